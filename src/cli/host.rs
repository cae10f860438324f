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
use crate::class::net::{Host, Pages};

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
    /// Language of the class debrief (`debrief`, and on `quit`): en, zh-CN or ar.
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub lang: String,
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
    let scenario = class.scenario().clone();
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
    if let Some(dir) = &args.web
        && !dir.join("index.html").is_file()
    {
        eprintln!(
            "error: {} has no index.html: build the web version with scripts/build-web.sh and pass its folder (dist/web)",
            dir.display()
        );
        return ExitCode::from(2);
    }
    if let Some(dir) = &args.web
        && !dir.join("ai_race_bg.wasm.gz").is_file()
    {
        eprintln!(
            "note: {} has no precompressed copies: every browser downloads the full build; scripts/build-web.sh --release writes them",
            dir.display()
        );
    }
    let strings = match crate::i18n::Strings::for_language(&args.lang, &crate::i18n::tables_dir()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: --lang: {e}");
            return ExitCode::from(2);
        }
    };
    let Some(key) = secret(12) else {
        eprintln!("error: this system gave no randomness for the teacher's key");
        return ExitCode::from(2);
    };
    let pages = Pages {
        web: args.web.clone(),
        key: key.clone(),
        // The same table, read again for the pages' thread (the tables are not shared).
        strings: match crate::i18n::Strings::for_language(&args.lang, &crate::i18n::tables_dir()) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: --lang: {e}");
                return ExitCode::from(2);
            }
        },
    };
    if let Err(e) = host.serve(SocketAddr::new(any, args.port), pages) {
        eprintln!(
            "error: cannot serve the class's pages on port {}: {e}; choose another with --port",
            args.port
        );
        return ExitCode::from(2);
    }
    if args.web.is_some() {
        println!(
            "Teams open:  http://{here}:{}/?class  in a browser (the join screen, with the host's address filled in)",
            args.port
        );
    }
    println!(
        "Host address {here}:{}  join code  {code}  (Join a class, in the browser or the game's window)",
        host.socket.port()
    );
    println!(
        "Teacher:     http://{here}:{}/teacher?key={key}  (the console: keep this address to yourself)",
        args.port
    );
    println!(
        "Projector:   http://{here}:{}/projector  (every game's public numbers)",
        args.port
    );
    println!("Games saved: {}", out.display());
    println!(
        "Commands: status, end (play the turn now), pause, resume, inject EVENT [GAME] (an event fires next turn), branch GAME TURN (a what-if save), computer GAME us|china (a seat to the computer), debrief (write the class debrief now), quit (write it and stop)"
    );
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
            "debrief" => debrief(&host, &out, &strings),
            cmd if cmd.starts_with("inject") => inject(&host, &scenario, cmd),
            cmd if cmd.starts_with("computer") => {
                let mut words = cmd.split_whitespace().skip(1);
                let game = words.next().and_then(|g| g.parse::<usize>().ok());
                let side = words.next().and_then(|v| {
                    crate::sim::quantity::Side::BOTH
                        .into_iter()
                        .find(|s| s.id() == v)
                });
                match (game, side) {
                    (Some(game), Some(side)) if game >= 1 => {
                        host.give_to_computer(crate::class::protocol::SeatId {
                            game: game - 1,
                            side,
                        });
                        println!("game {game} {}: the computer plays it now", side.name());
                    }
                    _ => println!("computer GAME us|china: that seat to the computer"),
                }
            }
            cmd if cmd.starts_with("branch") => {
                let mut words = cmd.split_whitespace().skip(1).map(str::parse::<u32>);
                match (words.next(), words.next()) {
                    (Some(Ok(game)), Some(Ok(turn))) if game >= 1 => {
                        match host.branch(game as usize - 1, turn) {
                            Ok(path) => println!(
                                "branch written: {} (open it with Load game in the game's window)",
                                path.display()
                            ),
                            Err(e) => println!("no branch: {e}"),
                        }
                    }
                    _ => println!("branch GAME TURN: game from 1, the turn to play again from"),
                }
            }
            "quit" => {
                debrief(&host, &out, &strings);
                break;
            }
            "" => {}
            other => {
                println!("unknown command `{other}`: status, end, pause, resume, debrief, quit")
            }
        }
    }
    ExitCode::SUCCESS
}

/// `inject EVENT [GAME]`: the event (its id in the scenario) fires at the next turn's start
/// in that game (from 1), or in every game.
fn inject(host: &Host, scenario: &crate::scenario::Scenario, cmd: &str) {
    let mut words = cmd.split_whitespace().skip(1);
    let Some(id) = words.next() else {
        let ids: Vec<&str> = scenario.events.iter().map(|e| e.id.as_str()).collect();
        println!(
            "inject EVENT [GAME]: the scenario's events are {}",
            ids.join(", ")
        );
        return;
    };
    let Some(event) = crate::sim::events::EventId::find(scenario, id) else {
        println!("the scenario has no event `{id}`: type `inject` for the list");
        return;
    };
    let game = match words.next().map(str::parse::<usize>) {
        None => None,
        Some(Ok(g)) if g >= 1 => Some(g - 1),
        Some(_) => {
            println!("GAME is a game's number, from 1");
            return;
        }
    };
    match host.inject(game, event) {
        Ok(games) if games.is_empty() => println!("no game is running: nothing injected"),
        Ok(games) => {
            let names: Vec<String> = games.iter().map(|g| (g + 1).to_string()).collect();
            println!(
                "`{id}` fires at the next turn's start in game(s) {}",
                names.join(", ")
            );
        }
        Err(e) => println!("not injected: {e}"),
    }
}

/// Write the class debrief from the saves in the class folder: every game side by side on
/// one page (the class report, each game named by its teams) and each game's own debrief
/// beside it. The games' saves are copied under `debrief/games/`, named by their teams.
fn debrief(host: &Host, out: &std::path::Path, strings: &crate::i18n::Strings) {
    let roster = host.roster();
    let games = roster
        .iter()
        .map(|(s, _)| s.seat.game + 1)
        .max()
        .unwrap_or(0);
    let dir = out.join("debrief");
    let copies = dir.join("games");
    if let Err(e) = std::fs::create_dir_all(&copies) {
        eprintln!("warning: no class debrief: {}: {e}", copies.display());
        return;
    }
    let team = |game: usize, side: crate::sim::quantity::Side| {
        let name = roster
            .iter()
            .find(|(s, _)| s.seat.game == game && s.seat.side == side)
            .and_then(|(s, _)| s.team.clone())
            .unwrap_or_else(|| strings.t("console-computer"));
        // A file name: letters, digits, spaces and dashes of the team's name.
        let clean: String = name
            .chars()
            .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
            .take(30)
            .collect();
        clean.trim().to_owned()
    };
    let mut named = Vec::new();
    for g in 0..games {
        let source = out.join(format!("game-{}.aisave", g + 1));
        use crate::sim::quantity::Side;
        let copy = copies.join(format!(
            "game-{} {} – {}.aisave",
            g + 1,
            team(g, Side::Us),
            team(g, Side::China)
        ));
        if let Err(e) = std::fs::copy(&source, &copy) {
            eprintln!(
                "warning: game {} is left out: {}: {e}",
                g + 1,
                source.display()
            );
            continue;
        }
        let written = crate::save::read(&source)
            .map_err(|e| e.to_string())
            .and_then(|(save, _)| {
                crate::report::debrief::write(&save, &dir.join(format!("game-{}", g + 1)), strings)
            });
        if let Err(e) = written {
            eprintln!("warning: no debrief for game {}: {e}", g + 1);
        }
        named.push(copy);
    }
    match crate::report::class::write(&named, &dir, strings) {
        Ok((path, _)) => println!("class debrief: {}", path.display()),
        Err(e) => eprintln!("warning: no class debrief: {e}"),
    }
}

/// Six letters and digits, without the ones people confuse (0/O, 1/I/L).
fn join_code() -> String {
    secret(6).unwrap_or_else(|| "CLASS1".into())
}

/// `n` letters and digits from the system's randomness, without the ones people confuse
/// (0/O, 1/I/L).
fn secret(n: usize) -> Option<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = vec![0u8; n];
    getrandom::fill(&mut bytes).ok()?;
    Some(
        bytes
            .iter()
            .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
            .collect(),
    )
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
