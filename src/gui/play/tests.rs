use super::*;
use crate::sim::Sim;
use crate::sim::policies::PolicyId;

fn baseline() -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/baseline_2025.ron");
    Scenario::load(&path).expect("baseline loads")
}

#[test]
fn hot_seat_hides_then_resolves_after_china() {
    let s = baseline();
    let mut play = Play::new(&s, 3, Mode::HotSeat, Level::Easy, [None, None]).unwrap();
    assert_eq!(play.phase, Phase::Handoff(Side::Us));
    play.take_seat();
    assert_eq!(play.viewer, Side::Us);
    play.end_turn();
    assert_eq!(play.phase, Phase::Handoff(Side::China));
    assert_eq!(play.turn(), 0, "the turn waits for China");
    play.take_seat();
    assert_eq!(play.viewer, Side::China);
    play.end_turn();
    assert_eq!(play.turn(), 1);
    assert_eq!(play.phase, Phase::Handoff(Side::Us));
}

#[test]
fn drafts_replace_orders_on_the_same_policy_and_refuse_illegal_ones() {
    let s = baseline();
    let mut play = Play::new(&s, 3, Mode::Solo(Side::China), Level::Easy, [None, None]).unwrap();
    let us_only = PolicyId::find(&s, "us_export_controls").unwrap();
    assert!(
        play.draft(Side::China, Command::Enact { policy: us_only })
            .is_err()
    );
    let budget = |c| Command::SetBudget {
        chips: c,
        grid: 1.0,
        research: 1.0,
    };
    play.draft(Side::China, budget(1.0)).unwrap();
    play.draft(Side::China, budget(2.0)).unwrap();
    assert_eq!(play.drafts(Side::China), &[budget(2.0)]);
}

#[test]
fn the_turn_waits_for_the_computer_then_resolves() {
    let s = baseline();
    let mut play = Play::new(&s, 5, Mode::Solo(Side::Us), Level::Easy, [None, None]).unwrap();
    let jobs = play.take_jobs();
    assert_eq!(jobs.len(), 1);
    play.end_turn();
    assert!(play.end_requested);
    assert_eq!(play.turn(), 0);
    for job in jobs {
        let done = job.run();
        play.finish(done);
    }
    assert_eq!(play.turn(), 1);
    assert!(play.news.iter().any(|(_, n)| matches!(
        n,
        News::Computer {
            side: Side::China,
            ..
        }
    )));
}

/// Watching the computer play both sides in the window gives the same game as the
/// command line's `simulate` with the same players and seed.
#[test]
fn watching_matches_the_headless_game() {
    let s = baseline();
    let mut play = Play::new(&s, 9, Mode::Watch, Level::Easy, [None, None]).unwrap();
    for _ in 0..4 {
        play.think_in_place();
        play.end_turn();
        play.think_in_place();
    }
    let mut computers =
        Side::BOTH.map(|side| ComputerPlayer::new(&s, side, Level::Easy, None, 9).expect("player"));
    let mut sim = Sim::new(&s, 9);
    for _ in 0..4 {
        for side in Side::BOTH {
            let d = computers[side.index()].decide(&s, &sim.view(side));
            for c in d.commands {
                let _ = sim.submit(side, c);
            }
        }
        sim.advance_turn();
    }
    assert_eq!(play.turn(), 4);
    assert_eq!(play.session().unwrap().sim().state_hash(), sim.state_hash());
}
