//! Chips: the chip frontier, what each bloc buys, smuggles and makes, and its installed stock.
//!
//! Money for chips is split between buying on the world market and building fabs. Of the
//! money meant for imports, the rival's export controls block a share; the allowed part
//! buys chips no better than the controls' quality cap, and a share of the blocked part
//! arrives anyway through intermediaries, at frontier quality (article F23). Domestic fabs
//! add their output and catch up with the frontier slowly (F5, F6, F22).

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::funding::{Budget, Funding};
use super::game::{Game, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{BlocQ, GameQ, Quantity, Side};
use crate::scenario::{BlocParams, Scenario};

/// The best chip on sale (on the game entity).
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Frontier {
    /// Performance, H100-equivalents per accelerator.
    pub quality: f64,
    /// Performance per watt relative to an H100.
    pub perf_per_watt: f64,
}

impl Frontier {
    /// From the scenario.
    pub fn from_params(s: &Scenario) -> Frontier {
        Frontier {
            quality: s.world.frontier.quality.v(),
            perf_per_watt: s.world.frontier.perf_per_watt.v(),
        }
    }
}

/// A bloc's accelerators.
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chips {
    /// Accelerators in service, millions.
    pub installed: f64,
    /// Average H100-equivalents per accelerator.
    pub quality: f64,
    /// Average performance per watt relative to an H100.
    pub perf_per_watt: f64,
    /// Bought abroad this quarter (smuggled included), millions.
    pub imports: f64,
    /// Smuggled this quarter, millions.
    pub smuggled: f64,
    /// Made at home this quarter, millions.
    pub fab_output: f64,
    /// Domestic fab capacity, millions per quarter.
    pub fab_capacity: f64,
    /// H100-equivalents per domestically made accelerator.
    pub fab_quality: f64,
    /// Share of demand blocked by the rival's export controls.
    pub blocked_share: f64,
    /// Share of blocked demand smuggled in.
    pub smuggle_rate: f64,
    /// Best chip allowed through legally, H100-equivalents.
    pub import_quality_cap: f64,
}

impl Chips {
    /// From the scenario.
    pub fn from_params(p: &BlocParams) -> Chips {
        let c = &p.chips;
        Chips {
            installed: c.installed.v(),
            quality: c.quality.v(),
            perf_per_watt: c.perf_per_watt.v(),
            imports: 0.0,
            smuggled: 0.0,
            fab_output: 0.0,
            fab_capacity: c.fab_capacity.v(),
            fab_quality: c.fab_quality.v(),
            blocked_share: c.blocked_share.v(),
            smuggle_rate: c.smuggle_rate.v(),
            import_quality_cap: c.import_quality_cap.v(),
        }
    }

    /// Installed performance, million H100-equivalents.
    pub fn h100e(&self) -> f64 {
        self.installed * self.quality
    }
}

/// One batch of new accelerators.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Batch {
    /// Millions of accelerators.
    pub units: f64,
    /// H100-equivalents each.
    pub quality: f64,
    /// Performance per watt relative to an H100.
    pub perf_per_watt: f64,
}

/// What a bloc acquires in one quarter.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Acquisition {
    /// Bought legally.
    pub purchased: Batch,
    /// Smuggled past export controls.
    pub smuggled: Batch,
    /// Made at home.
    pub fab: Batch,
    /// New fab capacity paid for this quarter, millions per quarter.
    pub new_fab_capacity: f64,
}

impl Acquisition {
    /// All new performance, million H100-equivalents.
    pub fn h100e(&self) -> f64 {
        [self.purchased, self.smuggled, self.fab]
            .iter()
            .map(|b| b.units * b.quality)
            .sum()
    }
}

/// What a bloc's chip budget buys this quarter, given its state and the frontier.
pub fn acquisitions(
    p: &BlocParams,
    chips: &Chips,
    frontier: &Frontier,
    funding: &Funding,
    budget: &Budget,
) -> Acquisition {
    let c = &p.chips;
    let chip_money = funding.total() * budget.chips;
    let import_money = chip_money * c.import_share.v();
    let fab_money = chip_money - import_money;
    let price = c.price.v(); // $ thousands per H100e = $B per million H100e

    let legal_quality = frontier.quality.min(chips.import_quality_cap);
    let legal_ppw = if legal_quality < frontier.quality {
        frontier.perf_per_watt * c.capped_perf_per_watt_ratio.v()
    } else {
        frontier.perf_per_watt
    };
    let blocked = chips.blocked_share.clamp(0.0, 1.0);
    let purchased = Batch {
        units: import_money * (1.0 - blocked) / (price * legal_quality),
        quality: legal_quality,
        perf_per_watt: legal_ppw,
    };
    let smuggled = Batch {
        units: import_money * blocked * chips.smuggle_rate.clamp(0.0, 1.0)
            / (price * frontier.quality),
        quality: frontier.quality,
        perf_per_watt: frontier.perf_per_watt,
    };
    let fab = Batch {
        units: chips.fab_capacity,
        quality: chips.fab_quality,
        perf_per_watt: c.fab_perf_per_watt.v(),
    };
    Acquisition {
        purchased,
        smuggled,
        fab,
        new_fab_capacity: fab_money / c.fab_cost.v(),
    }
}

/// The best chip improves.
pub fn advance_frontier(mut games: Query<(&Rules, &Outcome, &mut Frontier, &mut Ledger)>) {
    for (rules, outcome, mut frontier, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let p = &rules.world.frontier;
        let f = &mut *frontier;
        let dq = f.quality * p.quality_growth.v();
        ledger.add(
            Quantity::Game(GameQ::FrontierQuality),
            Cause::FrontierProgress,
            &mut f.quality,
            dq,
        );
        let dp = f.perf_per_watt * p.perf_per_watt_growth.v();
        ledger.add(
            Quantity::Game(GameQ::FrontierPerfPerWatt),
            Cause::FrontierProgress,
            &mut f.perf_per_watt,
            dp,
        );
    }
}

/// Retire old chips, add this quarter's purchases, smuggled chips and fab output, grow fabs.
pub fn acquire_chips(
    mut games: Query<(&Game, &Rules, &Outcome, &Frontier, &mut Ledger)>,
    mut blocs: Query<(&mut Chips, &Funding, &Budget)>,
) {
    for (game, rules, outcome, frontier, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        for side in Side::BOTH {
            let Ok((mut chips, funding, budget)) = blocs.get_mut(game.bloc(side)) else {
                continue;
            };
            let p = rules.bloc(side);
            let got = acquisitions(p, &chips, frontier, funding, budget);
            let frontier_growth = rules.world.frontier.quality_growth.v();
            update_stock(
                &mut chips,
                &got,
                p,
                frontier,
                frontier_growth,
                side,
                &mut ledger,
            );
        }
    }
}

fn update_stock(
    chips: &mut Chips,
    got: &Acquisition,
    p: &BlocParams,
    frontier: &Frontier,
    frontier_growth: f64,
    side: Side,
    ledger: &mut Ledger,
) {
    let q = |bq| Quantity::Bloc(side, bq);
    let retired = chips.installed * p.chips.retirement.v();
    ledger.add(
        q(BlocQ::ChipsInstalled),
        Cause::Retirement,
        &mut chips.installed,
        -retired,
    );

    // Average quality and efficiency after the new batches arrive.
    let mut units = chips.installed;
    let mut perf = chips.installed * chips.quality;
    let mut power = perf / chips.perf_per_watt;
    for b in [got.purchased, got.smuggled, got.fab] {
        if b.units > 0.0 {
            units += b.units;
            perf += b.units * b.quality;
            power += b.units * b.quality / b.perf_per_watt;
        }
    }
    ledger.add(
        q(BlocQ::ChipsInstalled),
        Cause::ChipPurchases,
        &mut chips.installed,
        got.purchased.units,
    );
    ledger.add(
        q(BlocQ::ChipsInstalled),
        Cause::Smuggling,
        &mut chips.installed,
        got.smuggled.units,
    );
    ledger.add(
        q(BlocQ::ChipsInstalled),
        Cause::FabOutput,
        &mut chips.installed,
        got.fab.units,
    );
    if units > 0.0 && power > 0.0 {
        ledger.set(
            q(BlocQ::ChipsQuality),
            Cause::NewChipMix,
            &mut chips.quality,
            perf / units,
        );
        ledger.set(
            q(BlocQ::ChipsPerfPerWatt),
            Cause::NewChipMix,
            &mut chips.perf_per_watt,
            perf / power,
        );
    }
    ledger.set(
        q(BlocQ::ChipsImports),
        Cause::ChipPurchases,
        &mut chips.imports,
        got.purchased.units + got.smuggled.units,
    );
    ledger.set(
        q(BlocQ::ChipsSmuggled),
        Cause::Smuggling,
        &mut chips.smuggled,
        got.smuggled.units,
    );
    ledger.set(
        q(BlocQ::ChipsFabOutput),
        Cause::FabOutput,
        &mut chips.fab_output,
        got.fab.units,
    );

    let trend = chips.fab_capacity * p.chips.fab_growth.v();
    ledger.add(
        q(BlocQ::ChipsFabCapacity),
        Cause::FabGrowth,
        &mut chips.fab_capacity,
        trend,
    );
    ledger.add(
        q(BlocQ::ChipsFabCapacity),
        Cause::FabInvestment,
        &mut chips.fab_capacity,
        got.new_fab_capacity,
    );
    // Domestic design closes a share of its *relative* gap to the frontier each quarter, on
    // top of following the frontier's own progress (F6: a decade to rival the best).
    let growth = 1.0 + frontier_growth;
    let ratio_before = if frontier.quality > 0.0 {
        (chips.fab_quality * growth / frontier.quality).min(1.0)
    } else {
        1.0
    };
    let ratio = ratio_before + p.chips.fab_catchup.v() * (1.0 - ratio_before);
    ledger.set(
        q(BlocQ::ChipsFabQuality),
        Cause::FabLearning,
        &mut chips.fab_quality,
        ratio * frontier.quality,
    );
}
