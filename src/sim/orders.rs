//! Orders: the one way anything outside the simulation changes it.
//!
//! Players and computer players [`submit`](super::Sim::submit) [`Command`]s; they wait on the
//! game entity in [`Orders`] and are applied at the start of the next turn, in the order
//! given, by [`apply_orders`]. A save is scenario + seed + commands.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::funding::Budget;
use super::game::{Game, Outcome};
use super::ledger::{Cause, Ledger};
use super::quantity::{BlocQ, Quantity, Side};

/// Something a player orders.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// Split the bloc's funding between chips, power and research. Shares are relative
    /// weights: they are normalised to sum to 1.
    SetBudget {
        /// Weight of chips.
        chips: f64,
        /// Weight of power for data centres.
        grid: f64,
        /// Weight of research and talent.
        research: f64,
    },
}

/// Why a command was refused.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum CommandError {
    /// A budget weight is negative or not a number, or all are zero.
    #[error("budget weights must be finite, not negative, and not all zero (got {0:?})")]
    BadBudget([f64; 3]),
    /// The game is over.
    #[error("the game is over; no more orders are taken")]
    GameOver,
}

impl Command {
    /// Check a command before it is queued.
    pub fn validate(&self) -> Result<(), CommandError> {
        match *self {
            Command::SetBudget {
                chips,
                grid,
                research,
            } => {
                let w = [chips, grid, research];
                if w.iter().any(|x| !x.is_finite() || *x < 0.0) || w.iter().sum::<f64>() <= 0.0 {
                    return Err(CommandError::BadBudget(w));
                }
                Ok(())
            }
        }
    }
}

/// Commands waiting for the next turn.
#[derive(Component, Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Orders {
    /// In the order given.
    pub pending: Vec<(Side, Command)>,
}

/// Apply every pending command of every game.
pub fn apply_orders(
    mut games: Query<(&Game, &Outcome, &mut Orders, &mut Ledger)>,
    mut budgets: Query<&mut Budget>,
) {
    for (game, outcome, mut orders, mut ledger) in &mut games {
        if outcome.is_over() || orders.pending.is_empty() {
            continue;
        }
        for (side, command) in std::mem::take(&mut orders.pending) {
            let Ok(mut budget) = budgets.get_mut(game.bloc(side)) else {
                continue;
            };
            match command {
                Command::SetBudget {
                    chips,
                    grid,
                    research,
                } => {
                    let sum = chips + grid + research;
                    let b = &mut *budget;
                    let q = |bq| Quantity::Bloc(side, bq);
                    ledger.set(
                        q(BlocQ::BudgetChips),
                        Cause::Order,
                        &mut b.chips,
                        chips / sum,
                    );
                    ledger.set(q(BlocQ::BudgetGrid), Cause::Order, &mut b.grid, grid / sum);
                    ledger.set(
                        q(BlocQ::BudgetResearch),
                        Cause::Order,
                        &mut b.research,
                        research / sum,
                    );
                }
            }
        }
    }
}
