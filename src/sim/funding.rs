//! Funding: private and state money each quarter, investor sentiment, and how it is split.
//!
//! Private money follows its trend growth and a random sentiment swing (the market stream);
//! state money follows its own growth. Bubble corrections are in `risk.rs`.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::game::{Game, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{BlocQ, Quantity, Side};
use super::rng::{Streams, standard_normal_pair};
use crate::scenario::BlocParams;

/// A bloc's money ($B per quarter).
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Funding {
    /// Private AI investment, $B per quarter.
    pub private: f64,
    /// State AI money, $B per quarter.
    pub state: f64,
    /// Investor sentiment (1 = neutral).
    pub sentiment: f64,
}

impl Funding {
    /// From the scenario.
    pub fn from_params(p: &BlocParams) -> Funding {
        Funding {
            private: p.funding.private.v(),
            state: p.funding.state.v(),
            sentiment: 1.0,
        }
    }

    /// Private plus state money, $B per quarter.
    pub fn total(&self) -> f64 {
        self.private + self.state
    }
}

/// How a bloc splits its money (shares summing to 1).
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Budget {
    /// Share for chips.
    pub chips: f64,
    /// Share for power.
    pub grid: f64,
    /// Share for research and talent.
    pub research: f64,
}

impl Budget {
    /// From the scenario, normalised.
    pub fn from_params(p: &BlocParams) -> Budget {
        let (c, g, r) = (p.budget.chips.v(), p.budget.grid.v(), p.budget.research.v());
        let sum = (c + g + r).max(f64::MIN_POSITIVE);
        Budget {
            chips: c / sum,
            grid: g / sum,
            research: r / sum,
        }
    }
}

/// Grow private and state money; swing sentiment.
pub fn grow_funding(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Streams, &mut Ledger)>,
    mut blocs: Query<&mut Funding>,
) {
    for (game, rules, outcome, mut streams, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        // Draw first, so the stream advances the same way whatever the state.
        let draws = standard_normal_pair(&mut streams.market);
        for side in Side::BOTH {
            let p = &rules.bloc(side).funding;
            let shock = p.sentiment_volatility.v() * draws[side.index()];
            let Ok(mut funding) = blocs.get_mut(game.bloc(side)) else {
                continue;
            };
            let f = &mut *funding;
            let q = |bq| Quantity::Bloc(side, bq);

            let growth = f.private * p.private_growth.v();
            ledger.add(
                q(BlocQ::FundingPrivate),
                Cause::FundingGrowth,
                &mut f.private,
                growth,
            );
            // A shock can cut at most 90% of private money in one quarter.
            let swing = f.private * shock.max(-0.9);
            ledger.add(
                q(BlocQ::FundingPrivate),
                Cause::MarketSentiment,
                &mut f.private,
                swing,
            );
            let state_growth = f.state * p.state_growth.v();
            ledger.add(
                q(BlocQ::FundingState),
                Cause::FundingGrowth,
                &mut f.state,
                state_growth,
            );
            let reversion = p.sentiment_reversion.v() * (1.0 - f.sentiment);
            ledger.add(
                q(BlocQ::FundingSentiment),
                Cause::SentimentReversion,
                &mut f.sentiment,
                reversion,
            );
            ledger.add(
                q(BlocQ::FundingSentiment),
                Cause::MarketSentiment,
                &mut f.sentiment,
                shock,
            );
            if f.sentiment < 0.0 {
                ledger.set(
                    q(BlocQ::FundingSentiment),
                    Cause::Clamp,
                    &mut f.sentiment,
                    0.0,
                );
            }
        }
    }
}
