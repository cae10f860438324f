//! Funding: private and state money each quarter, investor sentiment, and how it is split.
//!
//! Private money grows at its trend times investor sentiment, with a random swing (the
//! market stream). Sentiment follows returns: it rises when AI use grows faster than the
//! money put into it and falls when the money runs ahead, and it returns slowly to neutral;
//! bubble corrections (`risk.rs`) knock it down (article ¶4). State money follows its own
//! growth; the policies in force are paid from it (`funding.upkeep`). Players steer the state
//! budget; no policy moves private money directly.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::adoption::Adoption;
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
    /// State money the policies in force cost this quarter, $B.
    #[serde(default)]
    pub upkeep: f64,
    /// Growth of private money this quarter.
    #[serde(default)]
    pub growth: f64,
}

impl Funding {
    /// From the scenario.
    pub fn from_params(p: &BlocParams) -> Funding {
        Funding {
            private: p.funding.private.v(),
            state: p.funding.state.v(),
            sentiment: 1.0,
            upkeep: 0.0,
            growth: 0.0,
        }
    }

    /// Money for the AI budget: private plus state money, less the policies' upkeep,
    /// $B per quarter.
    pub fn total(&self) -> f64 {
        (self.private + self.state - self.upkeep).max(0.0)
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

    /// Shares of money that found no chips to buy going to power and to research: the
    /// budget's own proportions between the two.
    pub(crate) fn redirect_shares(&self) -> (f64, f64) {
        let rest = self.grid + self.research;
        if rest > 0.0 {
            (self.grid / rest, self.research / rest)
        } else {
            (0.5, 0.5)
        }
    }

    /// Money for power this quarter, $B: the budget's share plus the part of the chip money
    /// that found nothing to buy.
    pub(crate) fn grid_money(&self, funding: &Funding, redirected: f64) -> f64 {
        funding.total() * self.grid + redirected * self.redirect_shares().0
    }

    /// Money for research and talent this quarter, $B.
    pub(crate) fn research_money(&self, funding: &Funding, redirected: f64) -> f64 {
        funding.total() * self.research + redirected * self.redirect_shares().1
    }
}

/// Sentiment follows returns; private money grows with it and swings; state money grows.
pub(crate) fn grow_funding(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Streams, &mut Ledger)>,
    mut blocs: Query<(&mut Funding, &Adoption)>,
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
            let Ok((mut funding, adoption)) = blocs.get_mut(game.bloc(side)) else {
                continue;
            };
            let f = &mut *funding;
            let q = |bq| Quantity::Bloc(side, bq);

            // Investors follow returns (last quarter's growth of AI use against the growth of
            // the money), and drift back toward neutral.
            let reversion = p.sentiment_reversion.v() * (1.0 - f.sentiment);
            ledger.add(
                q(BlocQ::FundingSentiment),
                Cause::SentimentReversion,
                &mut f.sentiment,
                reversion,
            );
            let returns = p.returns_response.v() * (adoption.growth - f.growth);
            ledger.add(
                q(BlocQ::FundingSentiment),
                Cause::Returns,
                &mut f.sentiment,
                returns,
            );
            if f.sentiment < 0.0 {
                ledger.set(
                    q(BlocQ::FundingSentiment),
                    Cause::Clamp,
                    &mut f.sentiment,
                    0.0,
                );
            }

            let before = f.private;
            let growth = f.private * p.private_growth.v() * f.sentiment;
            ledger.add(
                q(BlocQ::FundingPrivate),
                Cause::FundingGrowth,
                &mut f.private,
                growth,
            );
            // A swing can cut at most 90% of private money in one quarter.
            let swing = f.private * shock.max(-0.9);
            ledger.add(
                q(BlocQ::FundingPrivate),
                Cause::MarketSentiment,
                &mut f.private,
                swing,
            );
            let g = if before > 0.0 {
                f.private / before - 1.0
            } else {
                0.0
            };
            ledger.set(
                q(BlocQ::FundingGrowth),
                Cause::FundingGrowth,
                &mut f.growth,
                g,
            );
            let state_growth = f.state * p.state_growth.v();
            ledger.add(
                q(BlocQ::FundingState),
                Cause::FundingGrowth,
                &mut f.state,
                state_growth,
            );
        }
    }
}
