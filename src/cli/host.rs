//! `ai-race host`: a class on the local network. The host keeps every game; teams join with
//! the printed code and send their orders as protocol messages (see `class::protocol`); the
//! teacher types commands here (`status`, `end`, `pause`, `resume`, `quit`).

use std::io::BufRead;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use crate::ai::Level;
use crate::class::Class;
use crate::class::net::{Host, serve_web};

/// Arguments of `host`.
#[derive(Debug, clap::Args)]
pub struct HostArgs {
    /// Scenario file (RON).
    #[arg(long, value_name = "FILE", required_unless_present = "resume")]
    pub scenario: Option<PathBuf>,
    /// How many teams (two to a game; a lone team plays the computer).
    #[arg(long, value_name = "N", required_unless_present = "resume")]
    pub teams: Option<usize>,
    /// Carry on the class a host saved in this folder (after a crash or a restart): every
    /// game at its last turn, every team's seat kept for its token.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["scenario", "teams", "code", "seed", "level"])]
    pub resume: Option<PathBuf>,
    /// Port of the web build (HTTP); teams' messages use the next port (WebSocket).
    #[arg(long, value_name = "P", default_value_t = 8080)]
    pub port: u16,
    /// Seed of the first game (game g plays seed + g).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The folder of the release web build to serve (scripts/build-web.sh writes dist/web).
    #[arg(long, value_name = "DIR")]
    pub web: Option<PathBuf>,
    /// The join code teams type [default: six random letters and digits].
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,
    /// Minutes a turn may take before it is played with the orders sent so far.
    #[arg(long, value_name = "MINUTES")]
    pub turn_minutes: Option<f64>,
    /// The computer's level in seats no team takes.
    #[arg(long, value_name = "LEVEL", default_value = "easy", value_parser = super::parse_level)]
    pub level: Level,
    /// Folder the games are saved into after every turn [default: a `class` folder beside
    /// the game's saves].
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// Run a class until the teacher types `quit` (or standard input closes).
pub(crate) fn host_cmd(args: &HostArgs) -> ExitCode {
    let made = match (&args.resume, &args.scenario, args.teams) {
        (Some(dir), _, _) => crate::class::net::read_class(dir),
        (None, Some(path), Some(teams)) => {
            let scenario = match super::load_scenario(path) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let code = args.code.clone().unwrap_or_else(join_code);
            Class::new(&scenario, teams, args.seed, &code, args.level)
        }
        _ => Err("give --scenario and --teams, or --resume DIR".into()),
    };
    let class = match made {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let code = class.code().to_owned();
    let turn_time = match args.turn_minutes {
        Some(m) if m.is_finite() && m > 0.0 => Some(Duration::from_secs_f64(m * 60.0)),
        Some(m) => {
            eprintln!("error: --turn-minutes must be a positive number of minutes, not {m}");
            return ExitCode::from(2);
        }
        None => None,
    };
    let out = args
        .out
        .clone()
        .or_else(|| args.resume.clone())
        .unwrap_or_else(|| crate::save::default_dir().join("class"));
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("error: cannot make the class folder {}: {e}", out.display());
        return ExitCode::from(2);
    }
    let Some(ws_port) = args.port.checked_add(1) else {
        eprintln!("error: --port must leave the next port free for the teams' messages");
        return ExitCode::from(2);
    };
    let any = IpAddr::V4(Ipv4Addr::UNSPECIFIED);
    let host = match Host::start(
        class,
        SocketAddr::new(any, ws_port),
        turn_time,
        Some(out.clone()),
    ) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("error: cannot listen on port {ws_port}: {e}; choose another with --port");
            return ExitCode::from(2);
        }
    };
    let here = local_address();
    if let Some(dir) = &args.web {
        if !dir.join("index.html").is_file() {
            eprintln!(
                "error: {} has no index.html: build the web version with scripts/build-web.sh and pass its folder (dist/web)",
                dir.display()
            );
            return ExitCode::from(2);
        }
        match serve_web(dir.clone(), SocketAddr::new(any, args.port)) {
            Ok(_) => println!(
                "Teams open:  http://{here}:{}/?class  in a browser (the join screen, with the host's address filled in)",
                args.port
            ),
            Err(e) => {
                eprintln!(
                    "error: cannot serve the web build on port {}: {e}",
                    args.port
                );
                return ExitCode::from(2);
            }
        }
    }
    println!(
        "Host address {here}:{}  join code  {code}  (Join a class, in the browser or the game's window)",
        host.socket.port()
    );
    println!("Games saved: {}", out.display());
    println!("Commands: status, end (play the turn now), pause, resume, quit");
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        match line.trim() {
            "status" => {
                for (seat, connected) in host.roster() {
                    println!(
                        "game {} {:<13} {:<24} turn {:>2}  {}  {}",
                        seat.seat.game + 1,
                        seat.seat.side.name(),
                        seat.team.as_deref().unwrap_or(if seat.computer {
                            "(computer)"
                        } else {
                            "(open: computer for now)"
                        }),
                        seat.turn,
                        if seat.sent { "orders in" } else { "planning " },
                        if connected {
                            "connected"
                        } else {
                            "not connected"
                        },
                    );
                }
                println!("waiting for {} team(s)", host.waiting());
            }
            "end" => {
                host.end_turn();
                println!("turn played");
            }
            "pause" => host.set_paused(true),
            "resume" => host.set_paused(false),
            "quit" => break,
            "" => {}
            other => println!("unknown command `{other}`: status, end, pause, resume, quit"),
        }
    }
    ExitCode::SUCCESS
}

/// Six letters and digits, without the ones people confuse (0/O, 1/I/L).
fn join_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 6];
    if getrandom::fill(&mut bytes).is_err() {
        return "CLASS1".into();
    }
    bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect()
}

/// This computer's address on the local network (the interface a packet to another network
/// would leave by; nothing is sent), or `localhost`.
fn local_address() -> String {
    UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| {
            s.connect("192.0.2.1:9")?;
            s.local_addr()
        })
        .map_or_else(|_| "localhost".into(), |a| a.ip().to_string())
}
