//! Endings: catastrophe is reachable by reckless play and avoidable by cautious play; the
//! result names a winner, a draw or a shared loss with its breakdown.

mod common;

use ai_race::report::History;
use ai_race::scenario::Scenario;
use ai_race::sim::game::Outcome;
use ai_race::sim::policies::PolicyId;
use ai_race::sim::scoring::Verdict;
use ai_race::{Command, Side, Sim};

/// A script: on each turn, for each side, the policies to enact or the levels to set, in order
/// of preference; orders that are not legal yet (too little capital) wait for later turns.
fn scripted(s: &Scenario, seed: u64, wanted: &[(Side, &str, Option<u8>)]) -> History {
    let wanted: Vec<(Side, PolicyId, Option<u8>)> = wanted
        .iter()
        .map(|(side, id, level)| {
            (
                *side,
                PolicyId::find(s, id).unwrap_or_else(|| panic!("{id}")),
                *level,
            )
        })
        .collect();
    History::play(s, seed, false, &mut |sim: &Sim, side| {
        let view = sim.view(side);
        let mut out: Vec<Command> = view
            .pending_choices
            .iter()
            .map(|c| Command::AnswerEvent {
                event: c.event,
                choice: 0,
            })
            .collect();
        for (who, id, level) in &wanted {
            if *who != side {
                continue;
            }
            let command = match level {
                Some(level) => Command::SetLevel {
                    policy: *id,
                    level: *level,
                },
                None => Command::Enact { policy: *id },
            };
            let status = view.own.policies.get(*id);
            let done = match level {
                Some(l) => {
                    matches!(status, ai_race::sim::policies::PolicyStatus::Level { level, .. } if level == *l)
                }
                None => status != ai_race::sim::policies::PolicyStatus::Off,
            };
            if !done {
                out.push(command);
                break; // one new policy a turn, in order of preference
            }
        }
        out
    })
}

const RECKLESS: &[(Side, &str, Option<u8>)] = &[
    (Side::Us, "us_deregulation", None),
    (Side::Us, "us_export_controls", Some(4)),
    (Side::China, "china_regulation_easing", None),
    (Side::China, "china_swarm_clusters", None),
    (Side::China, "china_smuggling_networks", None),
];

const CAUTIOUS: &[(Side, &str, Option<u8>)] = &[
    (Side::Us, "us_safety_regulation", None),
    (Side::Us, "shared_misuse_dialogue", None),
    (Side::Us, "shared_safety_evaluations", None),
    (Side::Us, "us_export_controls", Some(1)),
    (Side::China, "china_content_controls", None),
    (Side::China, "shared_misuse_dialogue", None),
    (Side::China, "shared_safety_evaluations", None),
];

#[test]
fn reckless_play_can_reach_catastrophe() {
    let s = common::baseline();
    let hits = (0..200)
        .filter(|&seed| {
            matches!(
                scripted(&s, seed, RECKLESS).outcome,
                Outcome::Catastrophe { .. }
            )
        })
        .count();
    assert!(hits > 0, "no reckless game of 200 ended in catastrophe");
}

#[test]
fn cautious_play_never_reaches_catastrophe_over_200_seeds() {
    let s = common::baseline();
    for seed in 0..200 {
        let h = scripted(&s, seed, CAUTIOUS);
        assert!(
            !matches!(h.outcome, Outcome::Catastrophe { .. }),
            "seed {seed}: catastrophe under cautious play"
        );
    }
}

#[test]
fn catastrophe_is_a_shared_loss_and_a_finished_game_names_a_winner_or_a_draw() {
    let s = common::baseline();
    let mut saw_loss = false;
    let mut saw_verdict = false;
    for seed in 0..200 {
        let h = scripted(&s, seed, RECKLESS);
        match h.outcome {
            Outcome::Catastrophe { .. } => {
                assert_eq!(h.result.verdict, Verdict::SharedLoss);
                saw_loss = true;
            }
            Outcome::Finished | Outcome::Breakthrough { .. } => {
                assert!(matches!(
                    h.result.verdict,
                    Verdict::Winner(_) | Verdict::Draw
                ));
                let totals = [h.result.scores[0].total, h.result.scores[1].total];
                if let Verdict::Winner(side) = h.result.verdict {
                    assert!(totals[side.index()] > totals[side.rival().index()]);
                }
                saw_verdict = true;
            }
            Outcome::Running => panic!("a played game is over"),
        }
        if saw_loss && saw_verdict {
            break;
        }
    }
    assert!(saw_loss && saw_verdict);
}

/// The score panel's standing is the score itself: with the rival's estimates and the lead
/// replaced by the truth it equals the game's score, axis by axis, for both viewers; with the
/// fog in place, the viewer's own market, adoption, economy and stability stay exact.
#[test]
fn the_standing_a_side_sees_is_the_score_with_its_estimates() {
    let s = common::baseline();
    let mut sim = Sim::new(&s, 11);
    for _ in 0..9 {
        sim.advance_turn();
    }
    let snap = sim.snapshot();
    let truth = ai_race::sim::scoring::score(&s, &snap).scores;
    for side in Side::BOTH {
        let mut view = sim.view(side);
        let foggy = ai_race::sim::scoring::standing(&s, &view);
        let own = &foggy[side.index()];
        let exact = &truth[side.index()];
        for (a, b) in [
            (own.market, exact.market),
            (own.adoption, exact.adoption),
            (own.economy, exact.economy),
            (own.stability, exact.stability),
        ] {
            assert!((a - b).abs() < 1e-12, "{side:?}: {a} against {b}");
        }
        let rival = &snap.blocs[side.rival().index()];
        for (q, e) in &mut view.rival {
            *e = ai_race::sim::fog::Estimate::exact(rival.value(*q));
        }
        view.lead_months = ai_race::sim::fog::Estimate::exact(snap.lead.months);
        let clear = ai_race::sim::scoring::standing(&s, &view);
        for (a, b) in clear.iter().zip(&truth) {
            assert!(
                (a.total - b.total).abs() < 1e-9,
                "{side:?}: {a:?} against {b:?}"
            );
            assert!((a.lead - b.lead).abs() < 1e-12);
        }
    }
}

/// The score panel's 90% range of a side's lead over its rival holds the true gap about as
/// often as it claims: over 60 games seen from both sides at turns 4, 12 and 20, the truth
/// falls inside in 80–99% of the views (prints the rate).
#[test]
fn the_standing_range_holds_the_true_gap_about_as_often_as_it_says() {
    let s = common::baseline();
    let (mut inside, mut total) = (0u32, 0u32);
    for seed in 0..60 {
        let mut sim = Sim::new(&s, seed);
        for turn in 1..=20 {
            sim.advance_turn();
            if sim.snapshot().outcome.is_over() {
                break;
            }
            if turn % 8 != 4 {
                continue;
            }
            let truth = ai_race::sim::scoring::score(&s, &sim.snapshot()).scores;
            for side in Side::BOTH {
                let gap = truth[side.index()].total - truth[side.rival().index()].total;
                let (low, high) = ai_race::sim::scoring::standing_range(&s, &sim.view(side));
                assert!(low <= high);
                total += 1;
                if (low..=high).contains(&gap) {
                    inside += 1;
                }
            }
        }
    }
    let rate = f64::from(inside) / f64::from(total);
    println!(
        "the true gap inside the 90% range in {inside} of {total} views ({:.1}%)",
        100.0 * rate
    );
    assert!((0.80..=0.99).contains(&rate), "{inside} of {total}");
}
