//! The class host's logic (no network): seats, join codes, tokens, checked orders, turns
//! played together, views built on the host, and every refused message changing nothing.

mod common;
use ai_race::ai::Level;
use ai_race::class::Class;
use ai_race::class::protocol::{
    ClassError, MAX_MESSAGE_BYTES, PROTOCOL_VERSION, SeatId, ToHost, ToTeam, Token, decode,
};
use ai_race::sim::Sim;
use ai_race::sim::orders::Command;
use ai_race::sim::policies::PolicyId;
use ai_race::sim::quantity::Side;
use common::{baseline, join};

fn refused(answer: ToTeam) -> ClassError {
    match answer {
        ToTeam::Refused { error } => error,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn orders(token: &str, turn: u32, orders: Vec<Command>) -> ToHost {
    ToHost::Orders {
        version: PROTOCOL_VERSION,
        token: Token(token.into()),
        turn,
        orders,
    }
}

#[test]
fn teams_fill_seats_game_by_game_and_an_odd_team_plays_the_computer() {
    let mut class = Class::new(&baseline(), 3, 7, "ABC123", Level::Easy).unwrap();
    let seats: Vec<SeatId> = (0..3)
        .map(|n| match join(&mut class, &format!("Team {n}"), n) {
            ToTeam::Welcome { seat, .. } => seat,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        seats,
        vec![
            SeatId {
                game: 0,
                side: Side::Us
            },
            SeatId {
                game: 0,
                side: Side::China
            },
            SeatId {
                game: 1,
                side: Side::Us
            },
        ]
    );
    // The fourth seat is the computer's: the class is full.
    assert_eq!(refused(join(&mut class, "Late", 9)), ClassError::ClassFull);
    assert_eq!(class.saves().len(), 2);
    assert!(Class::new(&baseline(), 0, 7, "X", Level::Easy).is_err());
}

#[test]
fn wrong_codes_names_tokens_and_versions_are_refused() {
    let mut class = Class::new(&baseline(), 2, 7, "ABC123", Level::Easy).unwrap();
    let wrong = class.handle(
        ToHost::Join {
            version: PROTOCOL_VERSION,
            code: "NOPE".into(),
            team: "A".into(),
        },
        || Token("t".into()),
    );
    assert_eq!(refused(wrong), ClassError::UnknownCode);
    assert!(matches!(
        refused(join(&mut class, "   ", 1)),
        ClassError::BadTeamName { .. }
    ));
    assert!(matches!(
        refused(join(&mut class, &"x".repeat(100), 1)),
        ClassError::BadTeamName { .. }
    ));
    assert_eq!(
        refused(class.handle(orders("stolen", 1, vec![]), || Token("t".into()))),
        ClassError::UnknownToken
    );
    // Nothing was taken: both seats are still free.
    assert!(matches!(join(&mut class, "A", 1), ToTeam::Welcome { .. }));
    assert!(matches!(join(&mut class, "B", 2), ToTeam::Welcome { .. }));

    let old = format!(
        r#"{{"type":"Join","version":{},"code":"ABC123","team":"A"}}"#,
        PROTOCOL_VERSION + 1
    );
    assert!(matches!(
        decode(old.as_bytes()),
        Err(ClassError::WrongVersion { .. })
    ));
}

#[test]
fn hostile_bytes_get_an_error_never_a_panic() {
    let big = vec![b' '; MAX_MESSAGE_BYTES + 1];
    assert!(matches!(decode(&big), Err(ClassError::TooLarge { .. })));
    for bytes in [
        &b""[..],
        b"\xff\xfe\x00",
        b"{",
        b"[]",
        br#"{"type":"Orders"}"#,
        br#"{"type":"Join","version":1,"code":"A","team":"B","admin":true}"#,
        br#"{"type":"Orders","version":1,"token":"t","turn":-1,"orders":[]}"#,
        br#"{"type":"Orders","version":1,"token":"t","turn":1,"orders":[{"Enact":{"policy":99999999}}]}"#,
    ] {
        assert!(
            matches!(decode(bytes), Err(ClassError::Malformed { .. })),
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
    let ok = format!(r#"{{"type":"Rejoin","version":{PROTOCOL_VERSION},"token":"abc"}}"#);
    assert_eq!(
        decode(ok.as_bytes()).unwrap(),
        ToHost::Rejoin {
            version: PROTOCOL_VERSION,
            token: Token("abc".into())
        }
    );
}

#[test]
fn orders_are_checked_on_the_host_and_a_refusal_changes_nothing() {
    let s = baseline();
    let mut class = Class::new(&s, 2, 7, "ABC123", Level::Easy).unwrap();
    join(&mut class, "Washington", 1);
    join(&mut class, "Beijing", 2);
    assert_eq!(class.waiting(), 2);
    let china_policy = PolicyId::find(&s, "china_national_cloud").unwrap();
    let us_policy = PolicyId::find(&s, "us_open_models").unwrap();

    // The rival's policy, a stale turn, a paused class: refused, nothing recorded.
    let wrong_side = class.handle(
        orders(
            "token-1",
            1,
            vec![
                Command::Enact { policy: us_policy },
                Command::Enact {
                    policy: china_policy,
                },
            ],
        ),
        || unreachable!(),
    );
    assert!(matches!(
        refused(wrong_side),
        ClassError::Order { index: 1, .. }
    ));
    assert_eq!(
        refused(class.handle(orders("token-1", 3, vec![]), || unreachable!())),
        ClassError::StaleTurn { now: 1, got: 3 }
    );
    class.set_paused(true);
    assert_eq!(
        refused(class.handle(orders("token-1", 1, vec![]), || unreachable!())),
        ClassError::Paused
    );
    class.set_paused(false);
    assert_eq!(class.waiting(), 2);

    let taken = class.handle(
        orders("token-1", 1, vec![Command::Enact { policy: us_policy }]),
        || unreachable!(),
    );
    assert!(matches!(
        taken,
        ToTeam::Accepted {
            turn: 1,
            waiting: 1
        }
    ));
    assert!(!class.ready());
    class.handle(orders("token-2", 1, vec![]), || unreachable!());
    assert!(class.ready());
    assert_eq!(class.end_turn().len(), 2);

    let save = class.saves()[0];
    assert_eq!(save.turns.len(), 1);
    assert_eq!(
        save.turns[0].orders,
        vec![(Side::Us, Command::Enact { policy: us_policy })]
    );
    // The next turn waits for both teams again.
    assert_eq!(class.waiting(), 2);
}

#[test]
fn a_class_game_is_the_game_played_alone_and_each_team_sees_only_its_side() {
    let s = baseline();
    let mut class = Class::new(&s, 2, 11, "ABC123", Level::Easy).unwrap();
    join(&mut class, "A", 1);
    join(&mut class, "B", 2);
    for _ in 0..3 {
        class.end_turn();
    }
    // Nobody sent orders: no change, as in a game with no orders at all.
    let mut alone = Sim::new(&s, 11);
    for _ in 0..3 {
        alone.advance_turn();
    }
    let save = class.saves()[0];
    assert_eq!(save.turns.last().unwrap().hash, alone.state_hash());

    let seat = SeatId {
        game: 0,
        side: Side::China,
    };
    match class.view(seat).unwrap() {
        ToTeam::View { view, turn, .. } => {
            assert_eq!(turn, 3);
            assert_eq!(view.side, Side::China);
            let json = serde_json::to_string(&view).unwrap();
            // The rival's true state is not in the message: only its estimates.
            let us_truth = alone.bloc(Side::Us).unwrap().compute.effective;
            assert!(!json.contains(&format!("{us_truth}")));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_team_rejoins_its_seat_with_its_token_until_the_seat_is_given_away() {
    let mut class = Class::new(&baseline(), 2, 7, "ABC123", Level::Easy).unwrap();
    join(&mut class, "A", 1);
    let back = class.handle(
        ToHost::Rejoin {
            version: PROTOCOL_VERSION,
            token: Token("token-1".into()),
        },
        || unreachable!(),
    );
    assert!(matches!(
        back,
        ToTeam::Welcome {
            seat: SeatId {
                game: 0,
                side: Side::Us
            },
            ..
        }
    ));
    class.give_to_computer(SeatId {
        game: 0,
        side: Side::Us,
    });
    assert_eq!(
        class.seat_of(&Token("token-1".into())),
        Err(ClassError::UnknownToken)
    );
    // The computer plays it now: the turn no longer waits for that seat.
    assert_eq!(class.waiting(), 0);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Any bytes at all: read or refused, never a panic.
    #[test]
    fn any_bytes_are_read_or_refused(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600)) {
        let _ = decode(&bytes);
    }

    /// A team's real message with a stretch of it replaced: refused, or read and answered;
    /// a refused one changes nothing in the class.
    #[test]
    fn a_mangled_message_changes_nothing_when_refused(
        at in 0usize..200,
        len in 0usize..12,
        junk in "[ -~]{0,12}",
    ) {
        let s = baseline();
        let mut class = Class::new(&s, 2, 3, "ABC123", Level::Easy).unwrap();
        join(&mut class, "A", 1);
        join(&mut class, "B", 2);
        let open = PolicyId::find(&s, "us_open_models").unwrap();
        let real = serde_json::to_string(&orders("token-1", 1, vec![Command::Enact { policy: open }])).unwrap();
        let at = at.min(real.len());
        let end = (at + len).min(real.len());
        let (Some(head), Some(tail)) = (real.get(..at), real.get(end..)) else {
            return Ok(());
        };
        let mangled = format!("{head}{junk}{tail}");
        let before = (class.waiting(), class.roster());
        let answer = match decode(mangled.as_bytes()) {
            Ok(message) => class.handle(message, || Token("token-new".into())),
            Err(error) => ToTeam::Refused { error },
        };
        if matches!(answer, ToTeam::Refused { .. }) {
            proptest::prop_assert_eq!((class.waiting(), class.roster()), before);
        }
        proptest::prop_assert_eq!(class.saves()[0].turns.len(), 0);
    }
}

#[test]
fn an_injected_event_fires_in_its_game_only_and_a_replay_fires_it_too() {
    use ai_race::sim::events::EventId;
    let s = baseline();
    // An event that does not come up by itself in the first quarter of either game.
    let mut alone = Class::new(&s, 4, 8, "ABC123", Level::Easy).unwrap();
    alone.end_turn();
    let quiet = alone.public();
    let index = (0..s.events.len())
        .find(|&i| quiet.iter().all(|g| g.events_fired[i] == 0))
        .expect("some event of the deck stays quiet in the first quarter");
    let event = EventId::new(u16::try_from(index).unwrap());
    let mut class = Class::new(&s, 4, 8, "ABC123", Level::Easy).unwrap();
    assert_eq!(class.inject(Some(1), event), Ok(vec![1]));
    assert_eq!(class.injected(), vec![vec![], vec![event]]);
    assert!(class.inject(Some(2), event).is_err(), "there is no game 3");
    class.end_turn();
    let public = class.public();
    assert_eq!(public[1].events_fired[index], 1, "it fired in game 2");
    assert_eq!(public[0].events_fired[index], 0, "and not in game 1");
    let saves = class.saves();
    assert_eq!(saves[1].turns[0].injected, vec![event]);
    assert!(saves[0].turns[0].injected.is_empty());
    // The save replays to its own hashes (the injection is replayed), and keeps it when
    // written and read back.
    let report = ai_race::save::verify(saves[1]);
    assert!(
        matches!(report.verdict, ai_race::save::Verdict::Verified),
        "{report}"
    );
    let bytes = ai_race::save::encode(saves[1]);
    let (back, _) = ai_race::save::decode(&bytes, std::path::Path::new("game-2.aisave")).unwrap();
    assert_eq!(back.turns[0].injected, vec![event]);
    // Without the injection the same game is another game: the injection is what differs.
    let mut plain = back.clone();
    plain.turns[0].injected.clear();
    assert!(!matches!(
        ai_race::save::verify(&plain).verdict,
        ai_race::save::Verdict::Verified
    ));
    // A save without injections is written as before: no new field in it.
    let text = String::from_utf8_lossy(&ai_race::save::encode(saves[0])).into_owned();
    assert!(!text.contains("injected"));
}

#[test]
fn a_branch_of_one_game_rewinds_its_save_and_leaves_the_class_untouched() {
    let s = baseline();
    let mut class = Class::new(&s, 2, 6, "ABC123", Level::Easy).unwrap();
    join(&mut class, "A", 1);
    for _ in 0..3 {
        class.end_turn();
    }
    let what_if = class.branch(0, 2).unwrap();
    assert_eq!(what_if.turns.len(), 1, "rewound to the start of turn 2");
    assert_eq!(what_if.turns[0].hash, class.saves()[0].turns[0].hash);
    assert!(matches!(
        ai_race::save::verify(&what_if).verdict,
        ai_race::save::Verdict::Verified
    ));
    assert_eq!(class.saves()[0].turns.len(), 3, "the class's game goes on");
    assert!(class.branch(0, 9).is_err(), "turn 9 is not played yet");
    assert!(class.branch(5, 1).is_err(), "there is no game 6");
}

#[test]
fn each_games_save_says_who_played_each_side() {
    use ai_race::save::Player;
    let mut class = Class::new(&baseline(), 3, 4, "ABC123", Level::Easy).unwrap();
    let computer = Player::Computer {
        level: "easy".into(),
        doctrine: None,
    };
    join(&mut class, "A", 1);
    join(&mut class, "B", 2);
    let saves = class.saves();
    assert_eq!(saves[0].players, [Player::Human, Player::Human]);
    // An open seat is the computer's until a team takes it; the lone team's rival too.
    assert_eq!(saves[1].players, [computer.clone(), computer.clone()]);
    class.give_to_computer(SeatId {
        game: 0,
        side: Side::China,
    });
    assert_eq!(class.saves()[0].players, [Player::Human, computer]);
}
