//! The host's HTTP side: the teacher's console (behind the key), the projector view, and the
//! web build's files. Every change a page asks for goes through the same class, locked, as
//! the teams' messages.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use super::{Host, Shared, branch, give_to_computer, inject, lock, play_turn, roster_of};
use crate::class::protocol::SeatId;
use crate::sim::quantity::Side;

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
        | "/teacher/branch" | "/teacher/computer"
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
            let state = crate::class::pages::ConsoleState {
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
            html(crate::class::pages::console(t, &state, &pages.key), 200)
        }
        "/teacher/end" | "/teacher/pause" | "/teacher/resume" | "/teacher/inject"
        | "/teacher/branch" | "/teacher/computer"
            if post =>
        {
            let mut form = String::new();
            let _ = std::io::Read::read_to_string(
                &mut std::io::Read::take(request.as_reader(), MAX_FORM),
                &mut form,
            );
            // A form that names nothing valid changes nothing.
            let field = |name: &str| {
                form.split('&')
                    .find_map(|p| p.strip_prefix(name)?.strip_prefix('='))
            };
            let number = |name: &str| field(name).and_then(|v| v.parse::<usize>().ok());
            {
                let mut s = lock(shared);
                match path {
                    "/teacher/end" => play_turn(&mut s),
                    "/teacher/pause" => s.class.set_paused(true),
                    "/teacher/resume" => s.class.set_paused(false),
                    // game=<index>&side=<us|china>
                    "/teacher/computer" => {
                        let side = field("side")
                            .and_then(|v| Side::BOTH.into_iter().find(|s| s.id() == v));
                        if let (Some(game), Some(side)) = (number("game"), side) {
                            give_to_computer(&mut s, SeatId { game, side });
                        }
                    }
                    // game=<index>&turn=<turn> (the page shows the last branch written)
                    "/teacher/branch" => {
                        let turn = field("turn").and_then(|v| v.parse::<u32>().ok());
                        if let (Some(game), Some(turn)) = (number("game"), turn) {
                            let _ = branch(&mut s, game, turn);
                        }
                    }
                    // event=<index>&game=<all|index>
                    _ => {
                        let event = field("event")
                            .and_then(|v| v.parse::<u16>().ok())
                            .map(crate::sim::events::EventId::new);
                        let game = match field("game") {
                            Some("all") => Some(None),
                            _ => number("game").map(Some),
                        };
                        if let (Some(event), Some(game)) = (event, game) {
                            let _ = inject(&mut s, game, event);
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
                crate::class::pages::projector(t, s.class.scenario(), &s.class.public()),
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
