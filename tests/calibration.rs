//! The calibration suite: every claim of `ai_race::calibration::claims()` — how the race moves
//! according to the article and the named estimates — holds on 200 baseline games, and the
//! mechanisms behind export controls, money and history work as `docs/calibration.md` says.
//! The bands live with the claims; this file asserts them and never edits them.

mod common;

use ai_race::calibration::{self, Players, play};
use ai_race::report::History;
use ai_race::scenario::{Param, PolicyKind};
use ai_race::sim::chips::{Chips, Frontier, acquisitions};
use ai_race::sim::events::EventId;
use ai_race::sim::game::{JournalEntry, quarter_of};
use ai_race::sim::ledger::Cause;
use ai_race::sim::policies::PolicyId;
use ai_race::sim::quantity::{BlocQ, GameQ};
use ai_race::{Command, Quantity, Scenario, Side, Sim};

/// Games per claim, as the issue that set the bands asks (≥ 200).
const GAMES: u32 = 200;

#[test]
fn every_claim_holds_on_200_baseline_games() {
    let s = common::baseline();
    let claims = calibration::claims();
    let measured = calibration::measure_all(&s, 1, GAMES);
    let failures: Vec<String> = claims
        .iter()
        .zip(&measured)
        .filter(|(_, m)| !m.holds)
        .map(|(c, m)| {
            format!(
                "{} ({}): {} = {} is outside {}",
                c.id,
                c.source,
                c.statistic,
                calibration::format_value(m.value),
                c.band.text()
            )
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The baseline with US export controls held at `level` for the whole game.
fn held(level: u8) -> Scenario {
    ai_race::scenario::params::hold_policy(&common::baseline(), "us_export_controls", level)
        .unwrap()
}

#[test]
fn standing_controls_alone_keep_tension_under_the_taiwan_crisis_trigger() {
    let s = held(2);
    let trigger = s
        .events
        .iter()
        .find(|e| e.id == "taiwan_supply_crisis")
        .and_then(|e| {
            e.when.iter().find_map(|c| match *c {
                ai_race::scenario::Condition::Above(q, v)
                    if q.0 == Quantity::Game(GameQ::Tension) =>
                {
                    Some(v)
                }
                _ => None,
            })
        })
        .expect("the crisis is triggered by tension");
    let games = play(&s, 11, GAMES, Players::Nobody, &[]);
    let under = games
        .iter()
        .filter(|g| {
            (0..=g.turns as usize).all(|t| g.at(t, Quantity::Game(GameQ::Tension)) <= trigger)
        })
        .count();
    assert!(
        under * 100 >= games.len() * 95,
        "tension stayed under {trigger} in only {under} of {} games",
        games.len()
    );
}

#[test]
fn china_spends_more_on_domestic_chips_the_more_is_blocked() {
    // The mechanism: the same money, more of it blocked, more of it spent at home.
    let s = common::baseline();
    let p = &s.china;
    let frontier = Frontier::from_params(&s);
    let mut last = f64::NEG_INFINITY;
    for blocked in [0.0, 0.3, 0.6, 0.85, 0.98] {
        let mut chips = Chips::from_params(p);
        chips.blocked_share = blocked;
        let got = acquisitions(p, &chips, &frontier, 11.0);
        assert!(
            got.domestic_money > last,
            "at blocked share {blocked} domestic spending is {} (was {last})",
            got.domestic_money
        );
        last = got.domestic_money;
    }
    // And in games: over 2025, China's domestic chip spending rises with the level held.
    let mean = |level: u8| {
        let s = held(level);
        let games = play(&s, 3, 50, Players::Nobody, &[]);
        let q = Quantity::Bloc(Side::China, BlocQ::ChipsDomesticSpending);
        games
            .iter()
            .map(|g| (1..=4).map(|t| g.at(t, q)).sum::<f64>())
            .sum::<f64>()
            / games.len() as f64
    };
    let by_level: Vec<f64> = (0..=4).map(mean).collect();
    assert!(
        by_level.windows(2).all(|w| w[1] > w[0]),
        "China's 2025 domestic chip spending by level held: {by_level:?}"
    );
}

#[test]
fn export_controls_cost_us_chip_sales_not_venture_money() {
    let s = common::baseline();
    let id = PolicyId::find(&s, "us_export_controls").unwrap();
    let PolicyKind::Levels { levels, .. } = &id.def(&s).unwrap().kind else {
        panic!("export controls have levels");
    };
    for (i, level) in levels.iter().enumerate() {
        for e in &level.effects {
            assert_ne!(
                e.quantity.0,
                Quantity::Bloc(Side::Us, BlocQ::FundingPrivate),
                "level {i} moves US venture money"
            );
        }
    }
    // Raising the controls to 4: the ledger never books US private money to them, and US
    // chip makers sell less to China.
    let mut up = Sim::new(&s, 5);
    let mut stay = Sim::new(&s, 5);
    up.submit(
        Side::Us,
        Command::SetLevel {
            policy: id,
            level: 4,
        },
    )
    .unwrap();
    for _ in 0..6 {
        up.advance_turn();
        stay.advance_turn();
        assert!(!up.ledger().iter().any(|c| c.cause == Cause::Policy(id)
            && c.quantity == Quantity::Bloc(Side::Us, BlocQ::FundingPrivate)));
    }
    let sales = Quantity::Bloc(Side::Us, BlocQ::ChipsExportSales);
    assert!(up.value(sales) < stay.value(sales));
}

/// The baseline with almost no US state money, so that money, not capital, binds.
fn poor() -> Scenario {
    common::baseline_with(|s| {
        s.us.funding.state = Param::new(0.4, "test", None);
        s.us.politics.capital.value = 30.0;
    })
}

#[test]
fn an_enactment_the_state_cannot_pay_for_is_refused_with_the_reason() {
    let s = poor();
    let id = PolicyId::find(&s, "us_fab_subsidies").unwrap();
    assert!(id.def(&s).unwrap().cost.money > 0.4);
    let mut sim = Sim::new(&s, 1);
    let err = sim
        .submit(Side::Us, Command::Enact { policy: id })
        .unwrap_err()
        .to_string();
    assert!(err.contains("state money"), "{err}");
    // A policy that costs no money is still fine.
    let free = PolicyId::find(&s, "us_grid_reform").unwrap();
    sim.submit(Side::Us, Command::Enact { policy: free })
        .unwrap();
}

#[test]
fn a_policy_the_state_can_no_longer_pay_for_lapses_with_a_news_item() {
    let s = common::baseline();
    let id = PolicyId::find(&s, "us_fab_subsidies").unwrap();
    let cost = id.def(&s).unwrap().cost.money;
    let mut sim = Sim::new(&s, 1);
    sim.submit(Side::Us, Command::Enact { policy: id }).unwrap();
    sim.advance_turn();
    let upkeep = Quantity::Bloc(Side::Us, BlocQ::FundingUpkeep);
    assert!((sim.value(upkeep) - cost).abs() < 1e-9);
    // The state budget is cut below the upkeep (as an event could).
    let mut snap = sim.snapshot();
    snap.blocs[0].funding.state = cost / 2.0;
    sim.restore(&snap);
    sim.advance_turn();
    assert!(
        !sim.snapshot().blocs[0].policies.in_force(id),
        "the unpaid policy is still in force"
    );
    assert!(sim.journal().iter().any(|j| matches!(
        j,
        JournalEntry::PolicyLapsed { side: Side::Us, policy } if *policy == id
    )));
    assert!(sim.value(upkeep) <= sim.value(Quantity::Bloc(Side::Us, BlocQ::FundingState)));
    // State money never goes below zero by paying for policies.
    assert!(sim.value(Quantity::Bloc(Side::Us, BlocQ::FundingState)) >= 0.0);
}

#[test]
fn every_scheduled_historical_event_fires_at_its_quarter_in_every_game() {
    let s = common::baseline();
    let scheduled: Vec<(EventId, (i64, u32))> = s
        .events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            e.at.map(|at| {
                (
                    EventId::at(i).unwrap(),
                    (i64::from(at.year), u32::from(at.quarter)),
                )
            })
        })
        .collect();
    for id in [
        "deepseek_moment",
        "vance_paris_speech",
        "xi_meets_founders",
        "alibaba_agi_pledge",
        "ai_action_plan",
    ] {
        assert!(
            scheduled.iter().any(|(e, _)| e.name(&s) == id),
            "{id} is not scheduled"
        );
    }
    for seed in 0..50 {
        let h = History::play_rule_based(&s, seed, false);
        for &(id, when) in &scheduled {
            let fired: Vec<u32> = h
                .turns
                .iter()
                .filter(|t| {
                    t.journal.iter().any(
                        |j| matches!(j, JournalEntry::EventFired { event, .. } if *event == id),
                    )
                })
                .map(|t| t.turn)
                .collect();
            let due = (1..=s.turns).find(|&t| quarter_of(&s, t) == when).unwrap();
            if h.turns.len() as u32 >= due {
                assert_eq!(
                    fired,
                    vec![due],
                    "seed {seed}: {} fired {fired:?}",
                    id.name(&s)
                );
            }
        }
    }
}

#[test]
fn deepseek_is_counted_once() {
    // The starting efficiency is R1's (F16); the scheduled event moves money, not efficiency.
    let s = common::baseline();
    let e = s.events.iter().find(|e| e.id == "deepseek_moment").unwrap();
    let efficiency = |q: Quantity| q == Quantity::Bloc(Side::China, BlocQ::ResearchEfficiency);
    assert!(!e.effects.iter().any(|fx| efficiency(fx.quantity.0)));
    assert!(s.china.research.efficiency.source.contains("F16"));
}

#[test]
fn no_parameter_of_a_shipped_scenario_is_sourced_by_the_bare_word_model() {
    let mut failures = Vec::new();
    for path in common::shipped() {
        let s = Scenario::load(&path).unwrap();
        for (p, _, source) in ai_race::scenario::params::param_list(&s) {
            let reason = source.trim().strip_prefix("model").map(str::trim);
            if matches!(reason, Some("" | ":")) || source.trim().is_empty() {
                failures.push(format!("{}: {p}: source `{source}`", path.display()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "give each a reason (`model: why`):\n{}",
        failures.join("\n")
    );
}
