//! Property test: over random seeds and random sequences of legal orders, every quantity of
//! every shipped scenario stays finite and within its bounds, every turn.

mod common;

use ai_race::ai::legal_commands;
use ai_race::sim::orders::Command;
use ai_race::{Quantity, Scenario, Side, Sim};
use proptest::prelude::*;

fn shipped() -> Vec<Scenario> {
    common::shipped()
        .iter()
        .map(|p| Scenario::load(p).unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

fn check_bounds(sim: &Sim, context: &str) -> Result<(), TestCaseError> {
    for q in Quantity::all() {
        let v = sim.value(q);
        let b = q.bounds();
        prop_assert!(v.is_finite(), "{context}: {q} = {v}");
        prop_assert!(
            v >= b.low - 1e-9 && v <= b.high + 1e-9,
            "{context}: {q} = {v} outside [{}, {}]",
            b.low,
            b.high
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn quantities_stay_finite_and_in_bounds(
        seed in any::<u64>(),
        picks in proptest::collection::vec((any::<u16>(), 0u8..4, 0.0f64..1.0, 0.0f64..1.0, 0.0f64..1.0), 48),
    ) {
        for scenario in shipped() {
            let mut sim = Sim::new(&scenario, seed);
            check_bounds(&sim, "start")?;
            let mut i = 0;
            while !sim.outcome().is_over() {
                for side in Side::BOTH {
                    let (pick, budget_every, c, g, r) = picks[i % picks.len()];
                    i += 1;
                    let legal = legal_commands(&scenario, &sim.view(side));
                    if !legal.is_empty() {
                        let command = legal[usize::from(pick) % legal.len()];
                        prop_assert!(sim.submit(side, command).is_ok(), "{command:?} was listed as legal");
                    }
                    if budget_every == 0 && c + g + r > 0.0 {
                        sim.submit(side, Command::SetBudget { chips: c, grid: g, research: r }).unwrap();
                    }
                }
                sim.advance_turn();
                check_bounds(&sim, &format!("{} turn {}", scenario.name, sim.turn()))?;
            }
        }
    }
}
