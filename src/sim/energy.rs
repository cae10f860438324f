//! Energy: the power available to AI data centres, and how fast it grows.
//!
//! Each quarter utilities and the state add the build rate (China's grid push, article F13),
//! and the AI budget's power share buys more at the bloc's cost per GW (with its part of the
//! chip money that found nothing to buy).

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::chips::Chips;
use super::funding::{Budget, Funding};
use super::game::{Game, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{BlocQ, Quantity, Side};
use crate::scenario::BlocParams;

/// A bloc's power for AI.
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EnergyGrid {
    /// Power available to AI data centres, GW.
    pub grid_gw: f64,
    /// GW added each quarter outside the AI budget.
    pub build_rate: f64,
    /// Electricity price, $/MWh.
    pub price: f64,
}

impl EnergyGrid {
    /// From the scenario.
    pub fn from_params(p: &BlocParams) -> EnergyGrid {
        EnergyGrid {
            grid_gw: p.energy.grid_gw.v(),
            build_rate: p.energy.build_rate.v(),
            price: p.energy.price.v(),
        }
    }
}

/// Power bought with the AI budget this quarter, GW.
pub(crate) fn invested_gw(
    p: &BlocParams,
    funding: &Funding,
    budget: &Budget,
    redirected: f64,
) -> f64 {
    budget.grid_money(funding, redirected) / p.energy.cost_per_gw.v()
}

/// Add this quarter's new power.
pub(crate) fn build_grid(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Ledger)>,
    mut blocs: Query<(&mut EnergyGrid, &Funding, &Budget, &Chips)>,
) {
    for (game, rules, outcome, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        for side in Side::BOTH {
            let Ok((mut grid, funding, budget, chips)) = blocs.get_mut(game.bloc(side)) else {
                continue;
            };
            let p = rules.bloc(side);
            let g = &mut *grid;
            let q = |bq| Quantity::Bloc(side, bq);
            let base = g.build_rate;
            ledger.add(
                q(BlocQ::EnergyGridGw),
                Cause::GridBuild,
                &mut g.grid_gw,
                base,
            );
            ledger.add(
                q(BlocQ::EnergyGridGw),
                Cause::GridInvestment,
                &mut g.grid_gw,
                invested_gw(p, funding, budget, chips.redirected),
            );
            let rate_growth = g.build_rate * p.energy.build_rate_growth.v();
            ledger.add(
                q(BlocQ::EnergyBuildRate),
                Cause::GridBuildGrowth,
                &mut g.build_rate,
                rate_growth,
            );
        }
    }
}
