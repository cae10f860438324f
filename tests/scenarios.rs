//! Every shipped scenario loads and plays to the end with finite, in-range numbers; the
//! baseline's starting picture matches the article.

mod common;

use ai_race::report::History;
use ai_race::sim::quantity::{BlocQ, GameQ};
use ai_race::{Quantity, Scenario, Side, Sim};

/// Stocks and shares that can never be negative: every quantity whose bounds start at 0.
fn never_negative(q: Quantity) -> bool {
    q.bounds().low >= 0.0
}

#[test]
fn every_shipped_scenario_plays_to_the_end_with_sane_numbers() {
    for path in common::shipped() {
        let s = Scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
        for seed in 0..8 {
            let h = History::play_rule_based(&s, seed, false);
            assert!(h.outcome.is_over());
            assert!(!h.turns.is_empty() && h.turns.len() <= s.turns as usize);
            for t in &h.turns {
                for (q, v) in h.quantities.iter().zip(&t.values) {
                    assert!(
                        v.is_finite(),
                        "{}: seed {seed} turn {}: {q} = {v}",
                        path.display(),
                        t.turn
                    );
                    if never_negative(*q) {
                        assert!(
                            *v >= 0.0,
                            "{}: seed {seed} turn {}: {q} = {v}",
                            path.display(),
                            t.turn
                        );
                    }
                }
                for q in [
                    Quantity::Game(GameQ::Risk),
                    Quantity::Game(GameQ::Tension),
                    Quantity::Game(GameQ::Bubble),
                ] {
                    let v = t.values[h.quantities.iter().position(|c| *c == q).unwrap()];
                    assert!(v <= 100.0, "{q} = {v}");
                }
            }
        }
    }
}

#[test]
fn baseline_plays_all_24_turns_when_no_catastrophe_strikes() {
    let s = common::baseline_with(|s| s.world.risk.catastrophe_scale.value = 0.0);
    let h = History::play_rule_based(&s, 7, false);
    assert_eq!(h.turns.len(), 24);
    assert_eq!(h.turns.last().unwrap().date, "2030 Q4");
}

#[test]
fn turn_zero_matches_the_article() {
    let s = common::baseline();
    let sim = Sim::new(&s, 1);
    let v = |q| sim.value(q);

    // F8: "months, not years" — the derived lead lies between 2 and 9 months.
    let lead = v(Quantity::Game(GameQ::LeadMonths));
    assert!((2.0..=9.0).contains(&lead), "lead at turn 0: {lead} months");

    // F1: $104B in H1 2025 ⇒ $52B ± 5B a quarter of US private funding.
    let us_private = v(Quantity::Bloc(Side::Us, BlocQ::FundingPrivate));
    assert!((47.0..=57.0).contains(&us_private), "{us_private}");

    // China's effective compute is 10–30% of the US's.
    let ratio = v(Quantity::Bloc(Side::China, BlocQ::ComputeEffective))
        / v(Quantity::Bloc(Side::Us, BlocQ::ComputeEffective));
    assert!(
        (0.10..=0.30).contains(&ratio),
        "China/US effective compute: {ratio}"
    );
}

#[test]
fn chinas_grid_grows_faster_than_the_uss_in_the_first_turn() {
    let s = common::baseline();
    let mut sim = Sim::new(&s, 1);
    let grid = |sim: &Sim, side| sim.value(Quantity::Bloc(side, BlocQ::EnergyGridGw));
    let (us0, cn0) = (grid(&sim, Side::Us), grid(&sim, Side::China));
    sim.advance_turn();
    let us_growth = grid(&sim, Side::Us) / us0 - 1.0;
    let cn_growth = grid(&sim, Side::China) / cn0 - 1.0;
    assert!(cn_growth > us_growth, "China {cn_growth} vs US {us_growth}");
}

/// A class turn is not swamped by decisions: in the baseline, a quarter rarely asks one side
/// to answer more than two events (the cards with choices; events without a choice are
/// news). Measured over 100 rule-based games; prints the distribution.
#[test]
fn a_quarter_rarely_brings_one_side_more_than_two_choices() {
    use ai_race::sim::game::JournalEntry;
    let s = common::baseline();
    let mut counts = [[0u32; 8]; 2];
    for seed in 0..100 {
        let h = History::play_rule_based(&s, seed, false);
        for t in &h.turns {
            let mut n = [0usize; 2];
            for j in &t.journal {
                if let JournalEntry::EventFired {
                    event,
                    side: Some(side),
                } = j
                    && event.def(&s).is_some_and(|e| !e.choices.is_empty())
                {
                    n[side.index()] += 1;
                }
            }
            for side in Side::BOTH {
                counts[side.index()][n[side.index()].min(7)] += 1;
            }
        }
    }
    println!(
        "side-quarters by number of choices (0, 1, 2, …): US {:?}, China {:?}",
        counts[0], counts[1]
    );
    for side in Side::BOTH {
        let c = &counts[side.index()];
        let total: u32 = c.iter().sum();
        let over: u32 = c[3..].iter().sum();
        assert!(
            f64::from(over) <= 0.02 * f64::from(total),
            "{side:?}: {over} of {total} quarters bring more than two choices"
        );
    }
}
