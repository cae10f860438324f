//! The ledger explains every change: over a turn the contributions to each quantity sum to
//! its change, and two causes moving one quantity show as two lines.

mod common;

use ai_race::sim::ledger::Cause;
use ai_race::sim::quantity::BlocQ;
use ai_race::{Command, Quantity, Side, Sim};

#[test]
fn contributions_sum_to_each_quantitys_change_every_turn() {
    let s = common::baseline();
    let quantities = Quantity::all();
    for seed in [1, 2, 5] {
        let mut sim = Sim::new(&s, seed);
        let mut before = sim.values();
        let mut turn = 0;
        // An order on turn 3 so that the Order cause is covered too.
        while !sim.outcome().is_over() {
            turn += 1;
            if turn == 3 {
                sim.submit(
                    Side::China,
                    Command::SetBudget {
                        chips: 0.5,
                        grid: 0.3,
                        research: 0.2,
                    },
                )
                .unwrap();
            }
            sim.advance_turn();
            let after = sim.values();
            for (i, q) in quantities.iter().enumerate() {
                let sum: f64 = sim
                    .ledger()
                    .iter()
                    .filter(|c| c.quantity == *q)
                    .map(|c| c.amount)
                    .sum();
                let change = after[i] - before[i];
                let tol = 1e-9 * after[i].abs().max(before[i].abs()).max(1.0);
                assert!(
                    (sum - change).abs() <= tol,
                    "seed {seed} turn {turn}: {q} changed by {change} but the ledger sums to {sum}"
                );
            }
            before = after;
        }
    }
}

#[test]
fn two_causes_moving_one_quantity_are_both_named() {
    let s = common::baseline();
    let mut sim = Sim::new(&s, 1);
    sim.advance_turn();
    let installed = Quantity::Bloc(Side::China, BlocQ::ChipsInstalled);
    let causes: Vec<Cause> = sim
        .ledger()
        .iter()
        .filter(|c| c.quantity == installed)
        .map(|c| c.cause)
        .collect();
    // Old chips retired, chips bought legally, smuggled chips and domestic fab output.
    for cause in [
        Cause::Retirement,
        Cause::ChipPurchases,
        Cause::Smuggling,
        Cause::FabOutput,
    ] {
        assert!(causes.contains(&cause), "missing {cause:?} in {causes:?}");
    }
    let retired = sim
        .ledger()
        .iter()
        .find(|c| c.quantity == installed && c.cause == Cause::Retirement)
        .unwrap();
    assert!(retired.amount < 0.0);
}
