//! A class over the network, on this machine only (127.0.0.1): teams join a host with
//! WebSocket clients, play whole games, drop and come back, and the host stops and resumes.
//! Every read is bounded in time.

#![allow(
    clippy::disallowed_types,
    reason = "the tests bound their waits and measure delivery with the wall clock; the simulation never reads it"
)]

use std::time::{Duration, Instant};

mod common;
use ai_race::ai::{ComputerPlayer, Level};
use ai_race::class::Class;
use ai_race::class::net::Host;
use ai_race::class::protocol::{PROTOCOL_VERSION, SeatId, ToHost, ToTeam, Token};
use ai_race::save::{Player, Session};
use ai_race::sim::orders::Command;
use ai_race::sim::policies::PolicyId;
use ai_race::sim::quantity::Side;
use common::{baseline, join};

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ai-race-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A team's connection to a host on this machine, with every read bounded in time.
struct Team(tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<std::net::TcpStream>>);

impl Team {
    fn connect(addr: std::net::SocketAddr) -> Team {
        let (ws, _) = tungstenite::connect(format!("ws://{addr}")).expect("the host answers");
        if let tungstenite::stream::MaybeTlsStream::Plain(s) = ws.get_ref() {
            s.set_read_timeout(Some(std::time::Duration::from_secs(10)))
                .unwrap();
        }
        Team(ws)
    }

    fn say(&mut self, text: &str) {
        self.0.send(tungstenite::Message::text(text)).unwrap();
    }

    /// The next message, as JSON.
    fn hear(&mut self) -> serde_json::Value {
        loop {
            match self.0.read().expect("a message within 10 s") {
                tungstenite::Message::Text(t) => return serde_json::from_str(&t).unwrap(),
                _ => continue,
            }
        }
    }
}

#[test]
fn teams_play_a_turn_over_the_network_on_this_machine() {
    let s = baseline();
    let class = Class::new(&s, 2, 5, "ABC123", Level::Easy).unwrap();
    let dir = std::env::temp_dir().join(format!("ai-race-class-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let host = ai_race::class::net::Host::start(
        class,
        "127.0.0.1:0".parse().unwrap(),
        None,
        Some(dir.clone()),
    )
    .unwrap();
    let mut teams = Vec::new();
    let mut tokens = Vec::new();
    for name in ["Washington", "Beijing"] {
        let mut team = Team::connect(host.socket);
        team.say(&format!(
            r#"{{"type":"Join","version":{PROTOCOL_VERSION},"code":"ABC123","team":"{name}"}}"#
        ));
        let welcome = team.hear();
        assert_eq!(welcome["type"], "Welcome");
        tokens.push(welcome["token"].as_str().unwrap().to_owned());
        let view = team.hear();
        assert_eq!(view["type"], "View");
        assert_eq!(view["turn"], 0);
        teams.push(team);
    }
    assert_ne!(tokens[0], tokens[1]);
    assert_eq!(tokens[0].len(), 32, "128 random bits");

    // Hostile input on the wire: an error to that team, nothing else.
    teams[0].say("{not json");
    assert_eq!(teams[0].hear()["error"]["kind"], "Malformed");
    teams[1].say(r#"{"type":"Orders","version":1,"token":"guess","turn":1,"orders":[]}"#);
    assert_eq!(teams[1].hear()["error"]["kind"], "UnknownToken");
    assert_eq!(host.waiting(), 2);

    let open = PolicyId::find(&s, "us_open_models").unwrap();
    let order = serde_json::to_string(&vec![Command::Enact { policy: open }]).unwrap();
    teams[0].say(&format!(
        r#"{{"type":"Orders","version":{PROTOCOL_VERSION},"token":"{}","turn":1,"orders":{order}}}"#,
        tokens[0]
    ));
    let taken = teams[0].hear();
    assert_eq!(taken["type"], "Accepted");
    assert_eq!(taken["waiting"], 1);
    teams[1].say(&format!(
        r#"{{"type":"Orders","version":{PROTOCOL_VERSION},"token":"{}","turn":1,"orders":[]}}"#,
        tokens[1]
    ));
    assert_eq!(teams[1].hear()["type"], "Accepted");
    // The turn is played: each team gets its new view.
    for team in &mut teams {
        let view = team.hear();
        assert_eq!(view["type"], "View");
        assert_eq!(view["turn"], 1);
    }
    // The teacher's list: both teams seated and connected; a dropped connection shows.
    let roster = host.roster();
    assert_eq!(roster[0].0.team.as_deref(), Some("Washington"));
    assert!(roster[0].1 && roster[1].1);
    let mut gone = teams.remove(0);
    gone.0.close(None).unwrap();
    let _ = gone.0.flush();
    drop(gone);
    let mut dropped = false;
    for _ in 0..100 {
        if !host.roster()[0].1 {
            dropped = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        dropped,
        "a closed connection shows as not connected within 2 s"
    );
    let saved = dir.join("game-1.aisave");
    let (session, _) = ai_race::save::Session::load(&saved).expect("game 1 is saved");
    assert_eq!(
        session.save_game().turns[0].orders,
        vec![(Side::Us, Command::Enact { policy: open })]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_class_comes_back_after_the_host_stops_with_every_game_and_seat() {
    let s = baseline();
    let dir = std::env::temp_dir().join(format!("ai-race-class-resume-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut class = Class::new(&s, 3, 9, "ABC123", Level::Easy).unwrap();
    join(&mut class, "A", 1);
    join(&mut class, "B", 2);
    join(&mut class, "C", 3);
    // The first host keeps the class in `dir`, plays a turn, and is then left behind.
    let first = ai_race::class::net::Host::start(
        class,
        "127.0.0.1:0".parse().unwrap(),
        None,
        Some(dir.clone()),
    )
    .unwrap();
    first.end_turn();

    let back = ai_race::class::net::read_class(&dir).expect("the class folder reads back");
    assert_eq!(back.code(), "ABC123");
    assert_eq!(
        back.seat_of(&Token("token-3".into())),
        Ok(SeatId {
            game: 1,
            side: Side::Us
        })
    );
    assert_eq!(back.saves().len(), 2);
    assert!(back.saves().iter().all(|save| save.turns.len() == 1));
    // The lone team's rival is still the computer: the turn waits for three teams.
    assert_eq!(back.waiting(), 3);

    let second =
        ai_race::class::net::Host::start(back, "127.0.0.1:0".parse().unwrap(), None, None).unwrap();
    let mut team = Team::connect(second.socket);
    team.say(&format!(
        r#"{{"type":"Rejoin","version":{PROTOCOL_VERSION},"token":"token-2"}}"#
    ));
    let welcome = team.hear();
    assert_eq!(welcome["seat"]["game"], 0);
    assert_eq!(welcome["seat"]["side"], "china");
    assert!(
        welcome["scenario"].is_object(),
        "the page gets the game's scenario"
    );
    // The seat's whole past comes back: the start, then the turn played before the stop,
    // with that turn's news.
    assert_eq!(team.hear()["turn"], 0);
    let last = team.hear();
    assert_eq!(last["turn"], 1);
    assert!(last["news"].is_array());

    // A damaged record is an error that names the file, never a panic.
    std::fs::write(dir.join("class.json"), "{").unwrap();
    let err = ai_race::class::net::read_class(&dir).err().unwrap();
    assert!(err.contains("class.json"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_team_that_floods_the_host_is_told_to_slow_down() {
    let class = Class::new(&baseline(), 2, 5, "ABC123", Level::Easy).unwrap();
    let host = ai_race::class::net::Host::start(class, "127.0.0.1:0".parse().unwrap(), None, None)
        .unwrap();
    let mut team = Team::connect(host.socket);
    for _ in 0..30 {
        team.say("{}");
    }
    let kinds: Vec<String> = (0..30)
        .map(|_| team.hear()["error"]["kind"].as_str().unwrap().to_owned())
        .collect();
    // Every message is answered: the first burst read, the rest refused as too fast.
    assert!(kinds.iter().filter(|k| *k == "Malformed").count() >= 20);
    assert!(kinds.iter().any(|k| k == "TooFast"), "{kinds:?}");
}

impl Team {
    /// The next message, decoded as the window decodes it.
    fn hear_typed(&mut self) -> ToTeam {
        loop {
            match self.0.read().expect("a message within 10 s") {
                tungstenite::Message::Text(t) => {
                    return serde_json::from_str(&t).expect("every message decodes");
                }
                _ => continue,
            }
        }
    }

    fn send(&mut self, message: &ToHost) {
        self.say(&serde_json::to_string(message).unwrap());
    }

    /// Connect and take a seat with the class's code: the connection, its token and seat.
    fn join(socket: std::net::SocketAddr, code: &str, name: &str) -> (Team, Token, SeatId) {
        let mut team = Team::connect(socket);
        team.send(&ToHost::Join {
            version: PROTOCOL_VERSION,
            code: code.into(),
            team: name.into(),
        });
        match team.hear_typed() {
            ToTeam::Welcome { token, seat, .. } => (team, token, seat),
            other => panic!("{name} is not seated: {other:?}"),
        }
    }
}

/// A scripted team: its connection, its seat, the views it was sent, and the computer that
/// chooses its orders from those views alone.
struct Scripted {
    team: Team,
    token: Token,
    seat: SeatId,
    views: Vec<ai_race::sim::fog::SideView>,
    computer: ComputerPlayer,
    over: bool,
}

impl Scripted {
    /// Take messages until the view of `turn` has come, keeping every view on the way.
    fn until_view(&mut self, turn: u32) {
        loop {
            match self.team.hear_typed() {
                ToTeam::View {
                    seat,
                    turn: t,
                    view,
                    outcome,
                    reveal,
                    ..
                } => {
                    assert_eq!(seat, self.seat, "a team is sent its own seat's views only");
                    assert_eq!(view.side, self.seat.side);
                    assert_eq!(t as usize, self.views.len(), "views come in order");
                    self.views.push(*view);
                    self.over = outcome.is_over();
                    assert_eq!(reveal.is_some(), self.over, "the fog lifts at the end only");
                    if t == turn {
                        return;
                    }
                }
                ToTeam::Accepted { .. } | ToTeam::Welcome { .. } => {}
                ToTeam::Refused { error } => panic!("refused: {error}"),
            }
        }
    }
}

#[test]
fn six_teams_play_whole_games_over_the_network_as_the_same_games_played_here() {
    let s = baseline();
    let dir = temp_dir("class-six");
    let class = Class::new(&s, 6, 21, "ABC123", Level::Easy).unwrap();
    let host = Host::start(
        class,
        "127.0.0.1:0".parse().unwrap(),
        None,
        Some(dir.clone()),
    )
    .unwrap();
    let mut teams: Vec<Scripted> = (0..6)
        .map(|n| {
            let (team, token, seat) = Team::join(host.socket, "ABC123", &format!("Team {n}"));
            let seed = 21 + seat.game as u64;
            let computer = ComputerPlayer::new(&s, seat.side, Level::Easy, None, seed).unwrap();
            let mut scripted = Scripted {
                team,
                token,
                seat,
                views: Vec::new(),
                computer,
                over: false,
            };
            scripted.until_view(0);
            scripted
        })
        .collect();
    // orders[game][turn - 1][side]
    let mut sent: Vec<Vec<[Vec<Command>; 2]>> = vec![Vec::new(); 3];
    let mut turn = 0;
    while teams.iter().any(|t| !t.over) && turn < s.turns {
        turn += 1;
        for game in &mut sent {
            game.push([Vec::new(), Vec::new()]);
        }
        for t in teams.iter_mut().filter(|t| !t.over) {
            let view = t.views.last().unwrap().clone();
            let orders = t.computer.decide(&s, &view).commands;
            sent[t.seat.game][turn as usize - 1][t.seat.side.index()] = orders.clone();
            t.team.send(&ToHost::Orders {
                version: PROTOCOL_VERSION,
                token: t.token.clone(),
                turn,
                orders,
            });
        }
        for t in teams.iter_mut().filter(|t| !t.over) {
            t.until_view(turn);
        }
        if turn == 12 {
            // A page reloads: the first team comes back with its token and its whole past.
            let first = &mut teams[0];
            let _ = first.team.0.close(None);
            let _ = first.team.0.flush();
            let mut again = Team::connect(host.socket);
            again.send(&ToHost::Rejoin {
                version: PROTOCOL_VERSION,
                token: first.token.clone(),
            });
            let ToTeam::Welcome { seat, .. } = again.hear_typed() else {
                panic!("back on its seat");
            };
            assert_eq!(seat, first.seat);
            let before = std::mem::take(&mut first.views);
            first.team = again;
            first.until_view(12);
            assert_eq!(first.views.len(), before.len(), "the whole past again");
            for (a, b) in first.views.iter().zip(&before) {
                assert_eq!(a.rival, b.rival);
                assert_eq!(a.own, b.own);
            }
        }
    }
    assert!(turn >= 8, "the games ran {turn} turns");

    // Each game, played here with the same orders, has the same state after every turn, and
    // each team was sent exactly its side's fog estimates of the rival.
    let mut checked = 0;
    for (game, orders_of_game) in sent.iter().enumerate() {
        let saved = dir.join(format!("game-{}.aisave", game + 1));
        let (hosted, _) = Session::load(&saved).expect("the host saved the game");
        let mut here = Session::new(&s, 21 + game as u64, [Player::Human, Player::Human]);
        here.set_ledger(true);
        for (t, orders) in orders_of_game.iter().enumerate() {
            if here.sim().outcome().is_over() {
                break;
            }
            for side in Side::BOTH {
                for &c in &orders[side.index()] {
                    let _ = here.submit(side, c);
                }
            }
            here.advance_turn();
            assert_eq!(
                here.sim().state_hash(),
                hosted.save_game().turns[t].hash,
                "game {game}, turn {}",
                t + 1
            );
            for team in teams.iter().filter(|x| x.seat.game == game) {
                let side = team.seat.side;
                let Some(got) = team.views.get(t + 1) else {
                    continue;
                };
                let fog = here.sim().view(side);
                assert_eq!(got.rival, fog.rival, "game {game} {side:?} turn {}", t + 1);
                assert_eq!(got.own, fog.own);
                let truth = here.sim().bloc(side.rival()).unwrap();
                for (q, estimate) in &got.rival {
                    let exact = truth.value(*q);
                    if exact.abs() > 1e-9 && estimate.low < estimate.high {
                        assert!((estimate.value - exact).abs() > 0.0, "{q:?} is sent exact");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 500, "only {checked} estimates were checked");
    // The teacher's "what if" of game 2 from turn 3: a save beside the class's, two turns.
    let path = host.branch(1, 3).unwrap();
    let (what_if, _) = Session::load(&path).expect("the branch loads as any save");
    assert_eq!(what_if.save_game().turns.len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sixty_teams_each_get_every_view_and_the_time_to_deliver_it_is_reported() {
    const TEAMS: usize = 60;
    const TURNS: u32 = 5;
    let class = Class::new(&baseline(), TEAMS, 3, "ABC123", Level::Easy).unwrap();
    let host = Host::start(class, "127.0.0.1:0".parse().unwrap(), None, None).unwrap();
    let socket = host.socket;
    let start = Instant::now();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(TEAMS));
    // Each team: (when it sent each turn's orders, when it held that turn's view), as
    // seconds since `start`.
    let threads: Vec<_> = (0..TEAMS)
        .map(|n| {
            let barrier = barrier.clone();
            std::thread::spawn(move || -> Vec<(f64, f64)> {
                let (mut team, token, _) = Team::join(socket, "ABC123", &format!("Team {n}"));
                let mut times = Vec::new();
                for turn in 1..=TURNS {
                    barrier.wait();
                    team.send(&ToHost::Orders {
                        version: PROTOCOL_VERSION,
                        token: token.clone(),
                        turn,
                        orders: Vec::new(),
                    });
                    let sent = start.elapsed().as_secs_f64();
                    let deadline = Instant::now() + Duration::from_secs(30);
                    loop {
                        assert!(
                            Instant::now() < deadline,
                            "team {n} waited 30 s for turn {turn}"
                        );
                        if let ToTeam::View { turn: t, .. } = team.hear_typed()
                            && t == turn
                        {
                            break;
                        }
                    }
                    times.push((sent, start.elapsed().as_secs_f64()));
                }
                times
            })
        })
        .collect();
    let times: Vec<Vec<(f64, f64)>> = threads
        .into_iter()
        .map(|t| t.join().expect("every team gets every view"))
        .collect();
    // From the last order of a turn to each team holding that turn's view.
    let mut delays: Vec<f64> = Vec::new();
    for turn in 0..TURNS as usize {
        let last_order = times.iter().map(|t| t[turn].0).fold(0.0, f64::max);
        delays.extend(times.iter().map(|t| (t[turn].1 - last_order) * 1000.0));
    }
    delays.sort_by(f64::total_cmp);
    let at = |p: f64| delays[((delays.len() - 1) as f64 * p).round() as usize];
    let rss = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS"))
                .map(|l| l.to_owned())
        })
        .unwrap_or_default();
    eprintln!(
        "{TEAMS} teams, {TURNS} turns: last order to every view p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms; {rss} (host and teams in one process)",
        at(0.5),
        at(0.95),
        at(1.0)
    );
    assert_eq!(delays.len(), TEAMS * TURNS as usize);
}

/// One HTTP request to the host on this machine: the status and the body.
fn http(addr: std::net::SocketAddr, method: &str, path: &str) -> (u16, String) {
    http_with(addr, method, path, "")
}

/// [`http`] with a form as the body.
fn http_with(addr: std::net::SocketAddr, method: &str, path: &str, body: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_owned();
    (status, body)
}

#[test]
fn the_teachers_console_needs_its_key_and_the_projector_shows_public_numbers_only() {
    let s = baseline();
    let mut class = Class::new(&s, 3, 4, "ABC123", Level::Easy).unwrap();
    join(&mut class, "Washington", 1);
    let host = Host::start(class, "127.0.0.1:0".parse().unwrap(), None, None).unwrap();
    let strings =
        |lang| ai_race::i18n::Strings::for_language(lang, &ai_race::i18n::tables_dir()).unwrap();
    let pages = ai_race::class::net::Pages {
        web: None,
        key: "SECRETKEY123".into(),
        strings: strings("en"),
    };
    let web = host.serve("127.0.0.1:0".parse().unwrap(), pages).unwrap();

    // Without the key (or with a wrong one) nothing is shown and nothing changes.
    assert_eq!(http(web, "GET", "/teacher").0, 403);
    assert_eq!(http(web, "POST", "/teacher/end?key=GUESS").0, 403);
    assert_eq!(host.roster()[0].0.turn, 0);

    let (status, page) = http(web, "GET", "/teacher?key=SECRETKEY123");
    assert_eq!(status, 200);
    assert!(
        page.contains("Teacher's console") && page.contains("Washington"),
        "{page}"
    );
    assert!(page.contains("Waiting for one team"), "{page}");
    // The buttons: end the turn, pause.
    assert_eq!(http(web, "POST", "/teacher/end?key=SECRETKEY123").0, 303);
    assert_eq!(host.roster()[0].0.turn, 1);
    assert_eq!(http(web, "POST", "/teacher/pause?key=SECRETKEY123").0, 303);
    let (_, page) = http(web, "GET", "/teacher?key=SECRETKEY123");
    assert!(page.contains("The class is paused"), "{page}");
    // An event for game 2 at the next turn: the form's choice, shown as set; a form that
    // names no event or game changes nothing.
    let name = &s.events[3].name;
    assert_eq!(
        http_with(
            web,
            "POST",
            "/teacher/inject?key=SECRETKEY123",
            "event=3&game=1"
        )
        .0,
        303
    );
    assert_eq!(
        http_with(
            web,
            "POST",
            "/teacher/inject?key=SECRETKEY123",
            "event=x&game=99"
        )
        .0,
        303
    );
    assert_eq!(
        http_with(web, "POST", "/teacher/inject?key=GUESS", "event=4&game=all").0,
        403
    );
    let (_, page) = http(web, "GET", "/teacher?key=SECRETKEY123");
    let set = format!("Set for the next turn: {name} (game 2)");
    assert_eq!(page.matches("Set for the next turn").count(), 1, "{page}");
    let escaped = set.replace('&', "&amp;").replace('"', "&quot;");
    assert!(page.contains(&escaped), "{set} in {page}");

    // The projector: both games, public numbers; no team's own quantities or estimates.
    let (status, page) = http(web, "GET", "/projector");
    assert_eq!(status, 200);
    assert!(page.contains("Game 1") && page.contains("Game 2"), "{page}");
    assert!(
        page.contains("2025 Q2") && page.contains("North America"),
        "{page}"
    );
    for private in [
        "Effective compute",
        "Chips installed",
        "Political capital",
        "(est.)",
    ] {
        assert!(!page.contains(private), "the projector shows {private}");
    }
    assert!(page.contains("<html lang=\"en") && page.contains("dir=\"ltr\""));
    // In Arabic: a right-to-left page in the host's language.
    let arabic = ai_race::class::net::Pages {
        web: None,
        key: "SECRETKEY123".into(),
        strings: strings("ar"),
    };
    let web_ar = host.serve("127.0.0.1:0".parse().unwrap(), arabic).unwrap();
    let (_, page) = http(web_ar, "GET", "/projector");
    assert!(
        page.contains("dir=\"rtl\"") && page.contains("المباراة 1"),
        "{page}"
    );
    // A team that left: its seat to the computer (a seat named wrongly changes nothing).
    assert_eq!(
        http_with(
            web,
            "POST",
            "/teacher/computer?key=SECRETKEY123",
            "game=0&side=mars"
        )
        .0,
        303
    );
    assert!(!host.roster()[0].0.computer);
    assert_eq!(
        http_with(
            web,
            "POST",
            "/teacher/computer?key=SECRETKEY123",
            "game=0&side=us"
        )
        .0,
        303
    );
    assert!(host.roster()[0].0.computer && host.roster()[0].0.team.is_none());
    // This host keeps no folder: a branch cannot be written, and the page says none was.
    assert_eq!(
        http_with(
            web,
            "POST",
            "/teacher/branch?key=SECRETKEY123",
            "game=0&turn=1"
        )
        .0,
        303
    );
    assert!(
        !http(web, "GET", "/teacher?key=SECRETKEY123")
            .1
            .contains("is saved as")
    );
    // Unknown paths are not found (no web build was given).
    assert_eq!(http(web, "GET", "/index.html").0, 404);
    assert_eq!(http(web, "GET", "/../Cargo.toml").0, 404);
}

/// Two free ports in a row on this machine (the host's pages and its WebSocket).
fn free_ports() -> u16 {
    for _ in 0..50 {
        let Ok(a) = std::net::TcpListener::bind("127.0.0.1:0") else {
            continue;
        };
        let port = a.local_addr().unwrap().port();
        if port < u16::MAX && std::net::TcpListener::bind(("0.0.0.0", port + 1)).is_ok() {
            drop(a);
            return port;
        }
    }
    panic!("no two free ports in a row");
}

/// `ai-race host …` as a process on this machine, its commands kept open on its standard
/// input; returns it with the WebSocket address once it has printed it.
fn host_process(args: &[&str]) -> (std::process::Child, std::net::SocketAddr) {
    use std::io::BufRead;
    let port = free_ports();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ai-race"))
        .arg("host")
        .args(args)
        .args(["--port", &port.to_string()])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the host starts");
    let stdout = child.stdout.take().unwrap();
    let mut lines = std::io::BufReader::new(stdout).lines();
    let printed = lines
        .by_ref()
        .take(20)
        .map_while(Result::ok)
        .any(|l| l.starts_with("Host address"));
    assert!(printed, "the host printed its address");
    // Keep reading what it prints, so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    (child, ([127, 0, 0, 1], port + 1).into())
}

#[test]
fn a_host_killed_mid_class_comes_back_with_every_game_and_the_same_hashes() {
    let s = baseline();
    let dir = temp_dir("class-killed");
    let folder = dir.to_str().unwrap();
    let (mut first, socket) = host_process(&[
        "--scenario",
        "scenarios/baseline_2025.ron",
        "--teams",
        "2",
        "--code",
        "KILL42",
        "--seed",
        "31",
        "--out",
        folder,
    ]);
    let open = PolicyId::find(&s, "us_open_models").unwrap();
    let mut tokens = Vec::new();
    let mut teams: Vec<Team> = (0..2)
        .map(|n| {
            let (team, token, _) = Team::join(socket, "KILL42", &format!("Team {n}"));
            tokens.push(token);
            team
        })
        .collect();
    // Three turns; the US team enacts a policy in the first.
    let play = |teams: &mut Vec<Team>, tokens: &[Token], turn: u32| {
        for (n, team) in teams.iter_mut().enumerate() {
            let orders = if turn == 1 && n == 0 {
                vec![Command::Enact { policy: open }]
            } else {
                Vec::new()
            };
            team.send(&ToHost::Orders {
                version: PROTOCOL_VERSION,
                token: tokens[n].clone(),
                turn,
                orders,
            });
        }
        for team in teams.iter_mut() {
            while !matches!(team.hear_typed(), ToTeam::View { turn: t, .. } if t == turn) {}
        }
    };
    for turn in 1..=3 {
        play(&mut teams, &tokens, turn);
    }
    first.kill().unwrap();
    let _ = first.wait();
    drop(teams);
    let (before, _) = Session::load(&dir.join("game-1.aisave")).unwrap();
    assert_eq!(before.save_game().turns.len(), 3);

    // The class comes back: both teams to their seats with their whole past, and on.
    let (mut second, socket) = host_process(&["--resume", folder]);
    let mut teams: Vec<Team> = tokens
        .iter()
        .map(|token| {
            let mut team = Team::connect(socket);
            team.send(&ToHost::Rejoin {
                version: PROTOCOL_VERSION,
                token: token.clone(),
            });
            assert!(matches!(team.hear_typed(), ToTeam::Welcome { .. }));
            while !matches!(team.hear_typed(), ToTeam::View { turn: 3, .. }) {}
            team
        })
        .collect();
    for turn in 4..=5 {
        play(&mut teams, &tokens, turn);
    }
    let _ = second.kill();
    let _ = second.wait();
    let (after, _) = Session::load(&dir.join("game-1.aisave")).unwrap();
    let (a, b) = (before.save_game(), after.save_game());
    assert_eq!(b.turns.len(), 5);
    for (x, y) in a.turns.iter().zip(&b.turns) {
        assert_eq!(x.hash, y.hash, "turn {} kept its hash", x.turn);
    }
    // The same game played here in one go, with the same orders, ends in the same state.
    let mut here = Session::new(&s, 31, [Player::Human, Player::Human]);
    here.submit(Side::Us, Command::Enact { policy: open })
        .unwrap();
    for _ in 0..5 {
        here.advance_turn();
    }
    assert_eq!(here.sim().state_hash(), b.turns[4].hash);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_oversized_frame_closes_only_its_own_connection() {
    let class = Class::new(&baseline(), 2, 5, "ABC123", Level::Easy).unwrap();
    let host = Host::start(class, "127.0.0.1:0".parse().unwrap(), None, None).unwrap();
    let mut rude = Team::connect(host.socket);
    let huge = format!(
        r#"{{"type":"Join","version":{PROTOCOL_VERSION},"code":"ABC123","team":"{}"}}"#,
        "x".repeat(64 * 1024)
    );
    let _ = rude.0.send(tungstenite::Message::text(huge));
    // The host drops that connection (tungstenite refuses the frame before reading it).
    let mut closed = false;
    for _ in 0..5 {
        match rude.0.read() {
            Ok(tungstenite::Message::Close(_)) | Err(_) => {
                closed = true;
                break;
            }
            Ok(_) => {}
        }
    }
    assert!(closed, "an oversized frame ends its connection");
    // Nothing was taken, and the host still seats the next team.
    assert_eq!(
        host.roster()
            .iter()
            .filter(|(s, _)| s.team.is_some())
            .count(),
        0
    );
    Team::join(host.socket, "ABC123", "Polite");
}

#[test]
fn the_host_sends_a_files_precompressed_copy_to_a_browser_that_takes_gzip() {
    use std::io::{Read, Write};
    let dir = temp_dir("class-web");
    std::fs::write(dir.join("index.html"), "<html>plain</html>").unwrap();
    std::fs::write(dir.join("index.html.gz"), b"\x1f\x8bgzipped").unwrap();
    let class = Class::new(&baseline(), 2, 5, "ABC123", Level::Easy).unwrap();
    let host = Host::start(class, "127.0.0.1:0".parse().unwrap(), None, None).unwrap();
    let pages = ai_race::class::net::Pages {
        web: Some(dir.clone()),
        key: "K".into(),
        strings: ai_race::i18n::Strings::english(),
    };
    let web = host.serve("127.0.0.1:0".parse().unwrap(), pages).unwrap();
    let get = |gzip: bool| {
        let mut stream = std::net::TcpStream::connect(web).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let accept = if gzip {
            "Accept-Encoding: gzip, br\r\n"
        } else {
            ""
        };
        write!(stream, "GET /?class HTTP/1.0\r\nHost: x\r\n{accept}\r\n").unwrap();
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).unwrap();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let zipped = get(true);
    assert!(
        zipped.contains("Content-Encoding: gzip") && zipped.contains("gzipped"),
        "{zipped}"
    );
    let plain = get(false);
    assert!(
        !plain.contains("Content-Encoding") && plain.contains("plain"),
        "{plain}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
