//! Regions: each bloc's share of each region's AI market moves a step toward a target set by
//! relative attractiveness (capability and price), so influence is slow to win and to lose
//! (article ¶6: market share "up for grabs").

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::game::{Game, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{Quantity, Region, Side};
use super::research::Research;
use crate::scenario::{RegionParams, Scenario};

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
    pub fn world_share(&self, s: &Scenario, side: Side) -> f64 {
        let mut total = 0.0;
        let mut weighted = 0.0;
        for r in &s.regions {
            total += r.market_size.v();
            weighted += r.market_size.v() * self.shares[r.id.index()][side.index()];
        }
        if total > 0.0 { weighted / total } else { 0.0 }
    }
}

/// Each bloc's pull on customers before regional bias: e^(w·(K − K_max)/10) ÷ price^w_price.
/// Computed once per game and turn, then weighted by each region's biases.
pub fn bloc_pulls(s: &Scenario, k_us: f64, k_china: f64) -> [f64; 2] {
    let m = &s.world.markets;
    let k_max = k_us.max(k_china);
    let pull = |k: f64, price: f64| {
        libm::exp(m.capability_weight.v() * (k - k_max) / 10.0)
            / super::math::pow(price, m.price_weight.v())
    };
    [
        pull(k_us, s.us.market.price_index.v()),
        pull(k_china, s.china.market.price_index.v()),
    ]
}

/// Target shares (US, China) in a region, %, given both blocs' pulls.
pub fn target_shares(r: &RegionParams, pulls: [f64; 2]) -> [f64; 2] {
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
pub fn shift_markets(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Markets, &mut Ledger)>,
    blocs: Query<&Research>,
) {
    for (game, rules, outcome, mut markets, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let Ok([us, china]) = blocs.get_many([game.us, game.china]) else {
            continue;
        };
        let inertia = rules.world.markets.inertia.v();
        let pulls = bloc_pulls(rules, us.capability, china.capability);
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
