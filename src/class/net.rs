//! The class host's transport: teams' messages over WebSocket, the web build over HTTP, on
//! the local network. One thread per connection; the [`Class`] behind one lock is the only
//! authority. Each connection has a message budget (a burst, then a few a second), and every
//! message goes through [`protocol::decode`] before the class sees it: a refused message gets
//! a `Refused` answer on that connection and changes nothing.
//!
//! After a turn is played (every team has sent its orders, or the turn's time ran out), each
//! connected team gets its new view, and every game is saved atomically to the class's
//! folder, one save per game (`game-1.aisave`, …).
//!
//! Must not: decide anything about the game (the class does), or run in a browser.
#![expect(
    clippy::disallowed_types,
    reason = "the host paces turns and connections by the clock; the games never see it"
)]

use std::collections::HashMap;
use std::io::ErrorKind;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tungstenite::protocol::WebSocketConfig;
use tungstenite::{Message, WebSocket};

use super::Class;
use super::protocol::{self, ClassError, MAX_MESSAGE_BYTES, SeatId, ToHost, ToTeam, Token};

/// Messages a connection may send at once, and how many more it earns a second.
const BURST: f64 = 20.0;
const PER_SECOND: f64 = 5.0;

/// How long a connection waits for a message before looking at what it must send.
const POLL: Duration = Duration::from_millis(50);

/// The class, its connections and where it is saved.
struct Shared {
    class: Class,
    /// Each connected seat's outbox and its connection's number (a reconnect replaces the
    /// old one; a connection that ends takes its own out).
    outboxes: HashMap<SeatId, (u64, Sender<ToTeam>)>,
    /// Connections made so far (their numbers).
    connections: u64,
    /// Where each game's save is written after every turn.
    out: Option<PathBuf>,
    /// When the turn being planned must end, if turns are timed.
    deadline: Option<Instant>,
    /// The last branch the console wrote: the game (from 0), the turn, the file.
    branched: Option<(usize, u32, PathBuf)>,
    turn_time: Option<Duration>,
}

/// A running host: where it listens, and a way to stop it.
pub struct Host {
    /// The WebSocket address teams connect to.
    pub socket: SocketAddr,
    shared: Arc<Mutex<Shared>>,
}

impl Host {
    /// Listen for teams on `addr` (port 0: any free port), with turns of at most `turn_time`
    /// when given, saving the games into `out` when given.
    pub fn start(
        class: Class,
        addr: SocketAddr,
        turn_time: Option<Duration>,
        out: Option<PathBuf>,
    ) -> std::io::Result<Host> {
        let listener = TcpListener::bind(addr)?;
        let socket = listener.local_addr()?;
        let shared = Arc::new(Mutex::new(Shared {
            class,
            outboxes: HashMap::new(),
            connections: 0,
            out,
            deadline: turn_time.map(|t| Instant::now() + t),
            turn_time,
            branched: None,
        }));
        {
            let s = lock(&shared);
            keep_games(&s);
            keep_seats(&s);
        }
        let accept = Arc::clone(&shared);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = Arc::clone(&accept);
                std::thread::spawn(move || connection(stream, &shared));
            }
        });
        let timer = Arc::clone(&shared);
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(200));
                let mut s = lock(&timer);
                if s.deadline.is_some_and(|d| Instant::now() >= d) {
                    play_turn(&mut s);
                }
            }
        });
        Ok(Host { socket, shared })
    }

    /// End the turn now (the teacher's "end the turn"): missing orders are no change.
    pub fn end_turn(&self) {
        play_turn(&mut lock(&self.shared));
    }

    /// Make an event fire at the next turn's start in one game or all (see
    /// [`Class::inject`]); the games are saved with it at once.
    pub fn inject(
        &self,
        game: Option<usize>,
        event: crate::sim::events::EventId,
    ) -> Result<Vec<usize>, String> {
        let mut s = lock(&self.shared);
        let set = s.class.inject(game, event)?;
        keep_games(&s);
        Ok(set)
    }

    /// Write a "what if" of one game (from 0), rewound to the start of `turn`, into the
    /// class's folder as `branch-game-G-turn-T.aisave` (see [`Class::branch`]).
    pub fn branch(&self, game: usize, turn: u32) -> Result<PathBuf, String> {
        branch(&mut lock(&self.shared), game, turn)
    }

    /// Pause or resume the class (orders are refused while paused).
    pub fn set_paused(&self, paused: bool) {
        lock(&self.shared).class.set_paused(paused);
    }

    /// Every seat, with whether a team is connected to it now.
    pub fn roster(&self) -> Vec<(super::SeatState, bool)> {
        roster_of(&lock(&self.shared))
    }

    /// How many teams the turn is waiting for.
    pub fn waiting(&self) -> usize {
        lock(&self.shared).class.waiting()
    }
}

fn roster_of(s: &Shared) -> Vec<(super::SeatState, bool)> {
    s.class
        .roster()
        .into_iter()
        .map(|r| {
            let connected = s.outboxes.contains_key(&r.seat);
            (r, connected)
        })
        .collect()
}

fn branch(s: &mut Shared, game: usize, turn: u32) -> Result<PathBuf, String> {
    let dir = s
        .out
        .clone()
        .ok_or("the class keeps no folder to write the branch into")?;
    let save = s.class.branch(game, turn)?;
    let path = dir.join(format!("branch-game-{}-turn-{turn}.aisave", game + 1));
    crate::save::Session::resume(save)?
        .save_to(&path)
        .map_err(|e| e.to_string())?;
    s.branched = Some((game, turn, path.clone()));
    Ok(path)
}

/// The class, locked. A connection that panicked while holding it left it consistent (every
/// change is made after its checks), so the lock is taken back rather than given up.
fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    shared
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Play the turn in every game, send each connected team its view, save the games.
fn play_turn(s: &mut Shared) {
    let changed = s.class.end_turn();
    s.deadline = s.turn_time.map(|t| Instant::now() + t);
    for seat in changed {
        if let (Some(view), Some((_, outbox))) = (s.class.view(seat), s.outboxes.get(&seat)) {
            let _ = outbox.send(view);
        }
    }
    keep_games(s);
    keep_seats(s);
}

/// Save every game into the class's folder (`game-1.aisave`, …).
fn keep_games(s: &Shared) {
    if let Some(dir) = &s.out {
        for (g, session) in s.class.sessions().enumerate() {
            let path = dir.join(format!("game-{}.aisave", g + 1));
            if let Err(e) = session.save_to(&path) {
                eprintln!("warning: game {} was not saved: {e}", g + 1);
            }
        }
    }
}

/// Keep who sits where (`class.json`), atomically, for `ai-race host --resume`.
fn keep_seats(s: &Shared) {
    if let Some(dir) = &s.out {
        let path = dir.join(CLASS_FILE);
        // Plain data: JSON always writes it.
        let bytes = serde_json::to_vec_pretty(&s.class.record())
            .expect("the class record is plain data that JSON writes");
        if let Err(e) = crate::save::write_atomic(&path, &bytes) {
            eprintln!(
                "warning: the seats were not kept in {}: {e}",
                path.display()
            );
        }
    }
}

/// The file a class folder keeps its seats in.
pub const CLASS_FILE: &str = "class.json";

/// Read a class folder written by a host: its record and its games' saves, in order.
pub fn read_class(dir: &Path) -> Result<Class, String> {
    let path = dir.join(CLASS_FILE);
    let text = std::fs::read(&path).map_err(|e| {
        format!(
            "{}: {e}; --resume takes the folder a host saved its class in",
            path.display()
        )
    })?;
    let record: super::ClassRecord = serde_json::from_slice(&text)
        .map_err(|e| format!("{}: {e}; the file is damaged", path.display()))?;
    let games = record.seats.len() / 2;
    let mut saves = Vec::with_capacity(games);
    for g in 1..=games {
        let file = dir.join(format!("game-{g}.aisave"));
        let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let (save, _) = crate::save::decode(&bytes, &file).map_err(|e| e.to_string())?;
        saves.push(save);
    }
    Class::resume(&record, saves)
}

/// A new seat's secret: 128 bits from the system's randomness, as hex.
fn new_token() -> Token {
    static MADE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        // No system randomness: a token from the clock and a count is still unique, if
        // guessable; say so.
        eprintln!("warning: no system randomness; seat tokens are weaker");
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let n = MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        bytes = (now ^ u128::from(n) << 64).to_le_bytes();
    }
    Token(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// One team's connection: read its messages (within its budget), answer them, and pass on
/// what the class sends it. When it ends, its seats show as disconnected.
fn connection(stream: TcpStream, shared: &Mutex<Shared>) {
    let id = {
        let mut s = lock(shared);
        s.connections += 1;
        s.connections
    };
    serve_team(stream, shared, id);
    lock(shared).outboxes.retain(|_, (owner, _)| *owner != id);
}

fn serve_team(stream: TcpStream, shared: &Mutex<Shared>, id: u64) {
    let config = WebSocketConfig {
        max_message_size: Some(MAX_MESSAGE_BYTES),
        max_frame_size: Some(MAX_MESSAGE_BYTES),
        ..Default::default()
    };
    let Ok(mut ws) = tungstenite::accept_with_config(stream, Some(config)) else {
        return;
    };
    if ws.get_ref().set_read_timeout(Some(POLL)).is_err() {
        return;
    }
    let (tx, rx): (Sender<ToTeam>, Receiver<ToTeam>) = channel();
    let mut budget = BURST;
    let mut last = Instant::now();
    loop {
        match ws.read() {
            Ok(Message::Text(text)) => {
                let now = Instant::now();
                budget = (budget + now.duration_since(last).as_secs_f64() * PER_SECOND).min(BURST);
                last = now;
                if budget < 1.0 {
                    // Said, not silently dropped: a page waiting for an answer gets one.
                    let refused = ToTeam::Refused {
                        error: ClassError::TooFast {
                            per_second: PER_SECOND as u32,
                        },
                    };
                    if send(&mut ws, &refused).is_err() {
                        return;
                    }
                    continue;
                }
                budget -= 1.0;
                for answer in answer(shared, text.as_bytes(), (id, &tx)) {
                    if send(&mut ws, &answer).is_err() {
                        return;
                    }
                }
            }
            Ok(Message::Binary(bytes)) => {
                let refused = ToTeam::Refused {
                    error: protocol::decode(&bytes)
                        .err()
                        .unwrap_or(ClassError::Malformed {
                            reason: "messages are JSON text".into(),
                        }),
                };
                if send(&mut ws, &refused).is_err() {
                    return;
                }
            }
            Ok(Message::Close(_)) => return,
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => return,
        }
        while let Ok(message) = rx.try_recv() {
            if send(&mut ws, &message).is_err() {
                return;
            }
        }
        if ws.flush().is_err() {
            return;
        }
    }
}

/// The class's answers to one message: the answer, and on a (re)join the seat's view.
fn answer(shared: &Mutex<Shared>, bytes: &[u8], outbox: (u64, &Sender<ToTeam>)) -> Vec<ToTeam> {
    let message: ToHost = match protocol::decode(bytes) {
        Ok(m) => m,
        Err(error) => return vec![ToTeam::Refused { error }],
    };
    let mut s = lock(shared);
    let reply = s.class.handle(message, new_token);
    let mut out = Vec::new();
    if let ToTeam::Welcome { seat, .. } = &reply {
        s.outboxes.insert(*seat, (outbox.0, outbox.1.clone()));
        keep_seats(&s);
        out.push(reply.clone());
        out.extend(s.class.history(*seat));
        return out;
    }
    out.push(reply);
    if s.class.ready() && out.iter().any(is_accepted) {
        play_turn(&mut s);
    }
    out
}

fn is_accepted(m: &ToTeam) -> bool {
    matches!(m, ToTeam::Accepted { .. })
}

/// Send one message; an error means the connection is gone (the caller ends it).
fn send(ws: &mut WebSocket<TcpStream>, message: &ToTeam) -> Result<(), ()> {
    let text = String::from_utf8(protocol::encode(message)).unwrap_or_default();
    ws.send(Message::text(text)).map_err(|_| ())
}

/// What the host's web server serves besides the web build.
pub struct Pages {
    /// The web build's folder (`index.html`, …), if any.
    pub web: Option<PathBuf>,
    /// The teacher's key: the console answers only with it (`/teacher?key=KEY`).
    pub key: String,
    /// The pages' language.
    pub strings: crate::i18n::Strings,
}

impl Host {
    /// Serve over HTTP on `addr`, for as long as the process runs: the teacher's console at
    /// `/teacher?key=KEY` (its buttons post to `/teacher/end`, `/pause` and `/resume` with the
    /// key), the projector view at `/projector` (public numbers only), and the web build
    /// (a file's `.gz` beside it is sent when the browser takes gzip). Returns the address.
    pub fn serve(&self, addr: SocketAddr, pages: Pages) -> std::io::Result<SocketAddr> {
        let server = tiny_http::Server::http(addr).map_err(std::io::Error::other)?;
        let bound = server
            .server_addr()
            .to_ip()
            .ok_or_else(|| std::io::Error::other("the web server has no IP address"))?;
        let shared = Arc::clone(&self.shared);
        std::thread::spawn(move || {
            for mut request in server.incoming_requests() {
                let response = route(&shared, &pages, &mut request);
                let _ = request.respond(response);
            }
        });
        Ok(bound)
    }
}

type Page = tiny_http::Response<std::io::Cursor<Vec<u8>>>;

/// The longest form the console posts, in bytes.
const MAX_FORM: u64 = 1024;

fn route(shared: &Mutex<Shared>, pages: &Pages, request: &mut tiny_http::Request) -> Page {
    let url = request.url().to_owned();
    let url = url.as_str();
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let keyed = query
        .split('&')
        .any(|p| p.strip_prefix("key=") == Some(pages.key.as_str()));
    let post = *request.method() == tiny_http::Method::Post;
    let t = &pages.strings;
    match path {
        "/teacher" | "/teacher/end" | "/teacher/pause" | "/teacher/resume" | "/teacher/inject"
        | "/teacher/branch"
            if !keyed =>
        {
            html(
                format!(
                    "<!DOCTYPE html><html lang=\"{}\"><meta charset=\"utf-8\"><p>{}</p></html>",
                    crate::report::debrief::esc(t.lang()),
                    crate::report::debrief::esc(&t.t("console-wrong-key"))
                ),
                403,
            )
        }
        "/teacher" => {
            let s = lock(shared);
            let roster = roster_of(&s);
            let injected = s.class.injected();
            let state = super::pages::ConsoleState {
                branched: s
                    .branched
                    .as_ref()
                    .map(|(g, t, p)| (*g, *t, p.display().to_string())),
                scenario: s.class.scenario(),
                injected: &injected,
                roster: &roster,
                waiting: s.class.waiting(),
                paused: s.class.paused(),
                seconds_left: s
                    .deadline
                    .map(|d| d.saturating_duration_since(Instant::now()).as_secs()),
            };
            html(super::pages::console(t, &state, &pages.key), 200)
        }
        "/teacher/end" | "/teacher/pause" | "/teacher/resume" | "/teacher/inject"
        | "/teacher/branch"
            if post =>
        {
            let mut form = String::new();
            let _ = std::io::Read::read_to_string(
                &mut std::io::Read::take(request.as_reader(), MAX_FORM),
                &mut form,
            );
            {
                let mut s = lock(shared);
                match path {
                    "/teacher/end" => play_turn(&mut s),
                    "/teacher/pause" => s.class.set_paused(true),
                    "/teacher/resume" => s.class.set_paused(false),
                    "/teacher/branch" => {
                        // game=<index>&turn=<turn>; a branch that cannot be made changes
                        // nothing (the page shows the last branch written).
                        let field = |name: &str| {
                            form.split('&')
                                .find_map(|p| p.strip_prefix(name)?.strip_prefix('='))
                        };
                        let game = field("game").and_then(|v| v.parse::<usize>().ok());
                        let turn = field("turn").and_then(|v| v.parse::<u32>().ok());
                        if let (Some(game), Some(turn)) = (game, turn) {
                            let _ = branch(&mut s, game, turn);
                        }
                    }
                    _ => {
                        // event=<index>&game=<all|index>; anything else changes nothing.
                        let field = |name: &str| {
                            form.split('&')
                                .find_map(|p| p.strip_prefix(name)?.strip_prefix('='))
                        };
                        let event = field("event")
                            .and_then(|v| v.parse::<u16>().ok())
                            .map(crate::sim::events::EventId::new);
                        let game = match field("game") {
                            Some("all") => Some(None),
                            Some(v) => v.parse::<usize>().ok().map(Some),
                            None => None,
                        };
                        if let (Some(event), Some(game)) = (event, game)
                            && s.class.inject(game, event).is_ok()
                        {
                            keep_games(&s);
                        }
                    }
                }
            }
            let mut response = html(String::new(), 303);
            let to = format!("/teacher?key={}", pages.key);
            if let Ok(h) = tiny_http::Header::from_bytes(&b"Location"[..], to.as_bytes()) {
                response.add_header(h);
            }
            response
        }
        "/projector" => {
            let s = lock(shared);
            html(
                super::pages::projector(t, s.class.scenario(), &s.class.public()),
                200,
            )
        }
        _ => match &pages.web {
            Some(dir) => web_file(dir, url, accepts_gzip(request)),
            None => not_found(),
        },
    }
}

fn html(text: String, status: u16) -> Page {
    let mut response = tiny_http::Response::from_data(text.into_bytes()).with_status_code(status);
    if let Ok(h) =
        tiny_http::Header::from_bytes(&b"Content-Type"[..], &b"text/html; charset=utf-8"[..])
    {
        response.add_header(h);
    }
    response
}

fn not_found() -> Page {
    tiny_http::Response::from_data(b"not found".to_vec()).with_status_code(404)
}

fn accepts_gzip(request: &tiny_http::Request) -> bool {
    request
        .headers()
        .iter()
        .any(|h| h.field.equiv("Accept-Encoding") && h.value.as_str().contains("gzip"))
}

/// The file a URL names inside `dir`, or a 404: only plain names inside the folder.
fn web_file(dir: &Path, url: &str, gzip: bool) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let rel = if path == "/" {
        "index.html"
    } else {
        path.trim_start_matches('/')
    };
    let safe = rel
        .split('/')
        .all(|part| !part.is_empty() && part != ".." && part != "." && !part.contains('\\'));
    if !safe {
        return not_found();
    }
    let file = dir.join(rel);
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    };
    let gz = PathBuf::from(format!("{}.gz", file.display()));
    let (bytes, zipped) = match (gzip, std::fs::read(&gz)) {
        (true, Ok(b)) => (b, true),
        _ => match std::fs::read(&file) {
            Ok(b) => (b, false),
            Err(_) => return not_found(),
        },
    };
    let mut response = tiny_http::Response::from_data(bytes);
    if let Ok(h) = tiny_http::Header::from_bytes(&b"Content-Type"[..], kind.as_bytes()) {
        response.add_header(h);
    }
    if zipped && let Ok(h) = tiny_http::Header::from_bytes(&b"Content-Encoding"[..], &b"gzip"[..]) {
        response.add_header(h);
    }
    response
}
