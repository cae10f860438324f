//! Regions: each bloc's share of each region's AI market moves a step toward a target set by
//! relative attractiveness (capability and price), so influence is slow to win and to lose
//! (article ¶6: market share "up for grabs").

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::energy::EnergyGrid;
use super::game::{Game, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{Quantity, Region, Side};
use super::research::Research;
use crate::scenario::{RegionParams, Scenario};

/// What a bloc's AI costs and how strongly it pulls customers (on the bloc entity).
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Market {
    /// Price index before electricity prices (1 = the US at the start).
    pub price_index: f64,
    /// Multiplier on the bloc's pull in every region.
    pub influence: f64,
}

/// Market shares of both blocs in every region, % (on the game entity).
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Markets {
    /// `shares[region][side]`, regions in [`Region::ALL`] order, US first.
    pub shares: [[f64; 2]; Region::COUNT],
}

impl Markets {
    /// From the scenario.
    pub fn from_params(s: &Scenario) -> Markets {
        let mut shares = [[0.0; 2]; Region::COUNT];
        for r in &s.regions {
            shares[r.id.index()] = [r.us_share.v(), r.china_share.v()];
        }
        Markets { shares }
    }

    /// Each bloc's share of the world AI market, weighting regions by market size, %.
    pub(crate) fn world_share(&self, s: &Scenario, side: Side) -> f64 {
        let mut total = 0.0;
        let mut weighted = 0.0;
        for r in &s.regions {
            total += r.market_size.v();
            weighted += r.market_size.v() * self.shares[r.id.index()][side.index()];
        }
        if total > 0.0 { weighted / total } else { 0.0 }
    }
}

/// A bloc's price to customers: its price index moved by the electricity share of costs
/// (article F14: cheap subsidised power makes Chinese AI cheaper).
pub(crate) fn price_index(s: &Scenario, market: &Market, electricity_price: f64) -> f64 {
    let m = &s.world.markets;
    let share = m.energy_cost_share.v();
    let relative = electricity_price / m.reference_energy_price.v();
    (market.price_index * (1.0 - share + share * relative)).max(1e-6)
}

/// Each bloc's pull on customers before regional bias: e^(w·(K − K_max)/10) ÷ price^w_price.
/// Computed once per game and turn, then weighted by each region's biases.
pub(crate) fn bloc_pulls(
    s: &Scenario,
    capability: [f64; 2],
    price: [f64; 2],
    influence: [f64; 2],
) -> [f64; 2] {
    let m = &s.world.markets;
    let k_max = capability[0].max(capability[1]);
    let pull = |k: f64, price: f64, influence: f64| {
        influence * libm::exp(m.capability_weight.v() * (k - k_max) / 10.0)
            / super::math::pow(price, m.price_weight.v())
    };
    [
        pull(capability[0], price[0], influence[0]),
        pull(capability[1], price[1], influence[1]),
    ]
}

/// Target shares (US, China) in a region, %, given both blocs' pulls.
pub(crate) fn target_shares(r: &RegionParams, pulls: [f64; 2]) -> [f64; 2] {
    let us = r.us_bias.v() * pulls[0];
    let china = r.china_bias.v() * pulls[1];
    let total = us + china + r.others.v();
    if total > 0.0 {
        [100.0 * us / total, 100.0 * china / total]
    } else {
        [0.0, 0.0]
    }
}

/// Customers move toward the more attractive bloc.
pub(crate) fn shift_markets(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Markets, &mut Ledger)>,
    blocs: Query<(&Research, &EnergyGrid, &Market)>,
) {
    for (game, rules, outcome, mut markets, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let Ok([(us, us_grid, us_m), (china, cn_grid, cn_m)]) =
            blocs.get_many([game.us, game.china])
        else {
            continue;
        };
        let inertia = rules.world.markets.inertia.v();
        let price = [
            price_index(rules, us_m, us_grid.price),
            price_index(rules, cn_m, cn_grid.price),
        ];
        let pulls = bloc_pulls(
            rules,
            [us.capability, china.capability],
            price,
            [us_m.influence, cn_m.influence],
        );
        for r in &rules.regions {
            let region = r.id;
            let target = target_shares(r, pulls);
            for side in Side::BOTH {
                let share = &mut markets.shares[region.index()][side.index()];
                let step = inertia * (target[side.index()] - *share);
                ledger.add(
                    Quantity::Region(region, side),
                    Cause::MarketShift,
                    share,
                    step,
                );
            }
        }
    }
}
