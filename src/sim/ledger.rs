//! The ledger: why every number changed this turn.
//!
//! Every change a system makes to a quantity goes through `Ledger::add` or [`Ledger::set`],
//! which apply it and, when the ledger is on, record a [`Contribution`] naming the cause. Over a
//! turn the contributions to a quantity sum to its change. Batch runs switch the ledger off;
//! the values change exactly the same way.

use bevy::prelude::Component;
use serde::{Deserialize, Serialize};

use super::events::EventId;
use super::policies::PolicyId;
use super::quantity::Quantity;
use crate::scenario::Scenario;

/// What moved a number: a mechanism of the model (later also a policy or an event).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// A player's (or the computer's) order.
    Order,
    /// Trend growth of private or state money.
    FundingGrowth,
    /// The quarter's random swing in investor sentiment.
    MarketSentiment,
    /// Sentiment returning toward neutral.
    SentimentReversion,
    /// An AI-bubble correction.
    BubbleCorrection,
    /// Chips bought on the world market through legal channels.
    ChipPurchases,
    /// Chips that came around export controls.
    Smuggling,
    /// Chips made in domestic fabs.
    FabOutput,
    /// Old chips taken out of service.
    Retirement,
    /// New chips of a different quality or efficiency changing the average.
    NewChipMix,
    /// Fab capacity growing on its own trend.
    FabGrowth,
    /// Fab capacity added: the industry's own growth and the chip budget's, within what the
    /// equipment allows.
    FabInvestment,
    /// Blocked import money turned to domestic chips, or redirected to power and research.
    Substitution,
    /// Chip makers' legal sales to the rival.
    ExportSales,
    /// The running cost of the policies in force.
    Upkeep,
    /// Investors following returns: sentiment moved by how AI use grows against the money.
    Returns,
    /// A bloc's own part of the shared risk and tension, fading.
    Attribution,
    /// Domestic chip design catching up with the frontier.
    FabLearning,
    /// The world's best chip improving.
    FrontierProgress,
    /// Power added by utilities and the state.
    GridBuild,
    /// Power bought with the AI budget.
    GridInvestment,
    /// The build rate itself growing.
    GridBuildGrowth,
    /// Recomputed from chips and power (derived quantity).
    ComputeRecalc,
    /// Effective compute recomputed, limited by the chips installed (power to spare).
    ChipLimited,
    /// Effective compute recomputed, limited by the power the grid supplies (chips idle).
    PowerLimited,
    /// Researchers joining.
    TalentInflow,
    /// Researchers leaving.
    TalentOutflow,
    /// Algorithmic progress from talent and research money.
    EfficiencyGrowth,
    /// The follower catching up through open models, papers and leaks.
    Diffusion,
    /// Recomputed from compute and efficiency (derived quantity).
    CapabilityRecalc,
    /// The smoothed pace taking in this quarter.
    PaceUpdate,
    /// The lead recomputed from both blocs' positions.
    LeadRecalc,
    /// Logistic spread of AI through the economy.
    AdoptionGrowth,
    /// Customers moving toward the more attractive bloc.
    MarketShift,
    /// Frontier capability gained without enough safety effort.
    RacingRisk,
    /// Risk fading.
    RiskDecay,
    /// Tension drifting toward its target.
    TensionDrift,
    /// Funding growing faster than adoption.
    BubbleBuildUp,
    /// Bubble pressure fading.
    BubbleDecay,
    /// Political capital earned this quarter.
    CapitalIncome,
    /// A value clamped to its allowed range.
    Clamp,
    /// A policy (its effects, upkeep and capital cost).
    Policy(PolicyId),
    /// An event.
    Event(EventId),
}

impl Cause {
    /// Snake-case id as written in the ledger output: the mechanism, or `policy:<id>` /
    /// `event:<id>` with the scenario's ids.
    pub fn label(self, s: &Scenario) -> String {
        match self {
            Cause::Policy(id) => format!("policy:{}", id.name(s)),
            Cause::Event(id) => format!("event:{}", id.name(s)),
            // serde_json gives the snake_case id without a hand-written table.
            other => serde_json::to_value(other)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
        }
    }
}

/// One recorded change.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    /// The number that changed.
    pub quantity: Quantity,
    /// Why.
    pub cause: Cause,
    /// By how much, in the quantity's unit.
    pub amount: f64,
}

/// The contributions of the turn being played, on the game entity.
#[derive(Component, Clone, Debug, Default)]
pub struct Ledger {
    /// Record contributions (off for batch runs; values change the same way).
    pub enabled: bool,
    /// This turn's contributions, in the order they were made.
    pub entries: Vec<Contribution>,
}

impl Ledger {
    /// Add `amount` to `field` and record it.
    #[inline]
    pub(crate) fn add(&mut self, quantity: Quantity, cause: Cause, field: &mut f64, amount: f64) {
        *field += amount;
        if self.enabled && amount != 0.0 {
            self.entries.push(Contribution {
                quantity,
                cause,
                amount,
            });
        }
    }

    /// Set `field` to `value` and record the difference.
    #[inline]
    pub fn set(&mut self, quantity: Quantity, cause: Cause, field: &mut f64, value: f64) {
        let amount = value - *field;
        *field = value;
        if self.enabled && amount != 0.0 {
            self.entries.push(Contribution {
                quantity,
                cause,
                amount,
            });
        }
    }
}
