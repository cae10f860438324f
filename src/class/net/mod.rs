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

mod http;
pub use http::Pages;

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
        inject(&mut lock(&self.shared), game, event)
    }

    /// Write a "what if" of one game (from 0), rewound to the start of `turn`, into the
    /// class's folder as `branch-game-G-turn-T.aisave` (see [`Class::branch`]).
    pub fn branch(&self, game: usize, turn: u32) -> Result<PathBuf, String> {
        branch(&mut lock(&self.shared), game, turn)
    }

    /// Give a seat to the computer for good (a team that left): the turn stops waiting for
    /// it, and the class folder records it.
    pub fn give_to_computer(&self, seat: SeatId) {
        give_to_computer(&mut lock(&self.shared), seat);
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

/// The teacher's changes, one function each, for the terminal ([`Host`]) and the console
/// page alike.
fn inject(
    s: &mut Shared,
    game: Option<usize>,
    event: crate::sim::events::EventId,
) -> Result<Vec<usize>, String> {
    let set = s.class.inject(game, event)?;
    keep_games(s);
    Ok(set)
}

fn give_to_computer(s: &mut Shared, seat: SeatId) {
    s.class.give_to_computer(seat);
    s.outboxes.remove(&seat);
    keep_seats(s);
    // The turn waited only for that seat: it is played now.
    if s.class.ready() && s.class.roster().iter().any(|r| r.sent) {
        play_turn(s);
    }
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
