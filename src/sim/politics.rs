//! Political capital: points earned each quarter, banked up to a cap, spent on policy
//! changes (the policies issue adds the spending).

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::game::{Game, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{BlocQ, Quantity, Side};
use crate::scenario::PoliticsParams;

/// A bloc's political capital.
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PoliticalCapital {
    /// Points available.
    pub points: f64,
}

/// What a bloc holding `points` earns at the next quarter's start, and what it loses to the
/// cap: the income, less whatever would lift the bank above the cap. The one place the
/// rule is written (the capital system earns by it; the window warns by it).
pub(crate) fn next_income(p: &PoliticsParams, points: f64) -> (f64, f64) {
    let income = p.income.v();
    let earned = income.min((p.cap.v() - points).max(0.0));
    (earned, income - earned)
}

/// Earn this quarter's political capital.
pub(crate) fn earn_capital(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Ledger)>,
    mut blocs: Query<&mut PoliticalCapital>,
) {
    for (game, rules, outcome, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        for side in Side::BOTH {
            let Ok(mut capital) = blocs.get_mut(game.bloc(side)) else {
                continue;
            };
            let p = &rules.bloc(side).politics;
            let c = &mut *capital;
            let (earned, _) = next_income(p, c.points);
            ledger.add(
                Quantity::Bloc(side, BlocQ::PoliticalCapitalPoints),
                Cause::CapitalIncome,
                &mut c.points,
                earned,
            );
        }
    }
}
