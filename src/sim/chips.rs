//! Chips: the chip frontier, what each bloc buys, smuggles and makes, and its installed stock.
//!
//! A bloc's chip money is split between imports and domestic chips (`import_share`). Of the
//! import money, the rival's export controls block a share; the allowed part buys chips no
//! better than the controls' quality cap, at a price per unit of performance that falls as
//! chips improve (Epoch AI). Part of the blocked money seeks chips through intermediaries, at
//! a premium and up to what the networks can carry (article F23; CNAS, FT); of the rest, a
//! share turns to domestic chips (¶17–19, F22) and what is left finds nothing to buy and goes
//! to power and research. Domestic money buys the fabs' output at the same price per unit of
//! performance (the fabs sell all they make, before imports) and pays for new capacity, which grows no faster than the chip-making
//! equipment the bloc can get allows (F5; SemiAnalysis). Domestic chips follow the
//! frontier's progress and close the gap in quality and efficiency slowly (F6, ¶20), faster
//! when more money flows to the domestic chip makers.

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

/// A bloc's accelerators, the channels it gets them through, and its chip industry.
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
    /// Performance per watt of a domestically made accelerator, relative to an H100.
    #[serde(default)]
    pub fab_perf_per_watt: f64,
    /// Most fab capacity can grow in a quarter (equipment), share of capacity.
    #[serde(default)]
    pub fab_growth_limit: f64,
    /// Share of import demand blocked by the rival's export controls.
    pub blocked_share: f64,
    /// Share of blocked demand that seeks chips through intermediaries.
    pub smuggle_rate: f64,
    /// Most performance smuggling networks can deliver a quarter, million H100e.
    #[serde(default)]
    pub smuggle_cap: f64,
    /// Best chip allowed through legally, H100-equivalents.
    pub import_quality_cap: f64,
    /// Share of blocked, unsmuggled import money turned to domestic chips.
    #[serde(default)]
    pub substitution: f64,
    /// Share of chip money spent on imports.
    #[serde(default)]
    pub import_share: f64,
    /// Price of an H100-equivalent of performance, $ thousands.
    #[serde(default)]
    pub price: f64,
    /// Money spent on domestic chips and fabs this quarter, $B.
    #[serde(default)]
    pub domestic_spending: f64,
    /// Chip money that found nothing to buy this quarter and went to power and research, $B.
    #[serde(default)]
    pub redirected: f64,
    /// This bloc's chip makers' legal sales to the rival this quarter, $B.
    #[serde(default)]
    pub export_sales: f64,
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
            fab_perf_per_watt: c.fab_perf_per_watt.v(),
            fab_growth_limit: c.fab_growth_limit.v(),
            blocked_share: c.blocked_share.v(),
            smuggle_rate: c.smuggle_rate.v(),
            smuggle_cap: c.smuggle_cap.v(),
            import_quality_cap: c.import_quality_cap.v(),
            substitution: c.substitution.v(),
            import_share: c.import_share.v(),
            price: c.price.v(),
            domestic_spending: 0.0,
            redirected: 0.0,
            export_sales: 0.0,
        }
    }

    /// Installed performance, million H100-equivalents.
    pub(crate) fn h100e(&self) -> f64 {
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

impl Batch {
    /// Performance, million H100-equivalents.
    pub(crate) fn h100e(&self) -> f64 {
        self.units * self.quality
    }
}

/// What a bloc acquires in one quarter, and where its chip money went.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Acquisition {
    /// Bought legally.
    pub purchased: Batch,
    /// Smuggled past export controls.
    pub smuggled: Batch,
    /// Made at home.
    pub fab: Batch,
    /// New fab capacity this quarter (the industry's own and the budget's), millions per quarter.
    pub new_fab_capacity: f64,
    /// Money spent on legal imports, $B (the rival's chip makers' sales).
    pub legal_money: f64,
    /// Money spent on smuggled chips, $B.
    pub smuggle_money: f64,
    /// Money directed to domestic chips and fabs, $B.
    pub domestic_money: f64,
    /// Blocked money that found nothing to buy, $B (goes to power and research).
    pub redirected: f64,
}

impl Acquisition {
    /// All new performance, million H100-equivalents.
    pub(crate) fn h100e(&self) -> f64 {
        self.purchased.h100e() + self.smuggled.h100e() + self.fab.h100e()
    }
}

/// What `chip_money` ($B this quarter) buys, given the bloc's chips and the frontier.
pub fn acquisitions(
    p: &BlocParams,
    chips: &Chips,
    frontier: &Frontier,
    chip_money: f64,
) -> Acquisition {
    let c = &p.chips;
    let chip_money = chip_money.max(0.0);
    let price = chips.price.max(1e-9); // $ thousands per H100e = $B per million H100e
    // The fabs sell all they make: if the money meant for domestic chips cannot buy the
    // whole output, buyers take the rest of it before importing.
    let unit_cost = price * chips.fab_quality.max(1e-9);
    let planned_import = chip_money * chips.import_share.clamp(0.0, 1.0);
    let shortfall =
        (chips.fab_capacity * unit_cost - (chip_money - planned_import)).clamp(0.0, planned_import);
    let import_money = planned_import - shortfall;

    // Legal imports: no better than the cap, at a lower efficiency when downgraded.
    let legal_quality = frontier.quality.min(chips.import_quality_cap).max(1e-9);
    let legal_ppw = if legal_quality < frontier.quality {
        frontier.perf_per_watt * c.capped_perf_per_watt_ratio.v()
    } else {
        frontier.perf_per_watt
    };
    let blocked = chips.blocked_share.clamp(0.0, 1.0);
    let legal_money = import_money * (1.0 - blocked);
    let purchased = Batch {
        units: legal_money / (price * legal_quality),
        quality: legal_quality,
        perf_per_watt: legal_ppw,
    };

    // Smuggling: part of the blocked money, at a premium, up to what the networks carry.
    let blocked_money = import_money * blocked;
    let smuggle_price = price * (1.0 + c.smuggle_premium.v());
    let wanted = blocked_money * chips.smuggle_rate.clamp(0.0, 1.0) / smuggle_price;
    let smuggled_h100e = wanted.min(chips.smuggle_cap.max(0.0));
    let smuggle_money = smuggled_h100e * smuggle_price;
    let smuggled = Batch {
        units: smuggled_h100e / frontier.quality.max(1e-9),
        quality: frontier.quality,
        perf_per_watt: frontier.perf_per_watt,
    };

    // The rest of the blocked money: a share turns to domestic chips, the rest is redirected.
    let unmet = (blocked_money - smuggle_money).max(0.0);
    let substituted = unmet * chips.substitution.clamp(0.0, 1.0);
    let domestic_money = chip_money - import_money + substituted;

    // Domestic chips at the world price per unit of performance; fabs with what is left,
    // no faster than the equipment allows.
    let units = chips.fab_capacity.min(domestic_money / unit_cost).max(0.0);
    let fab = Batch {
        units,
        quality: chips.fab_quality,
        perf_per_watt: chips.fab_perf_per_watt,
    };
    let invest = (domestic_money - units * unit_cost).max(0.0);
    let own = chips.fab_capacity * c.fab_growth.v();
    let room = chips.fab_capacity * chips.fab_growth_limit.max(0.0);
    let new_fab_capacity = (own + invest / c.fab_cost.v().max(1e-9)).min(room);
    Acquisition {
        purchased,
        smuggled,
        fab,
        new_fab_capacity,
        legal_money,
        smuggle_money,
        domestic_money,
        redirected: unmet - substituted,
    }
}

/// The money a bloc directs to domestic chips in the first quarter, at the start's budget,
/// funding and export controls, $B: the reference for how fast domestic chips catch up.
pub(crate) fn reference_domestic_money(s: &Scenario, p: &BlocParams) -> f64 {
    let b = Budget::from_params(p);
    let money = (p.funding.private.v() + p.funding.state.v()) * b.chips;
    acquisitions(p, &Chips::from_params(p), &Frontier::from_params(s), money).domestic_money
}

/// Log of the domestic-to-frontier ratio gained this quarter (quality and efficiency):
/// `fab_catchup` at the reference money ([`reference_domestic_money`], kept in [`Rules`]), ×
/// (money ÷ reference)^`learning_elasticity`.
pub(crate) fn catch_up_rate(reference: f64, p: &BlocParams, domestic_money: f64) -> f64 {
    let scale = if reference > 0.0 && domestic_money > 0.0 {
        super::math::pow(domestic_money / reference, p.chips.learning_elasticity.v())
    } else if domestic_money > 0.0 {
        1.0
    } else {
        0.0
    };
    p.chips.fab_catchup.v() * scale
}

/// The best chip improves.
pub(crate) fn advance_frontier(mut games: Query<(&Rules, &Outcome, &mut Frontier, &mut Ledger)>) {
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

/// Prices fall; retire old chips, add this quarter's purchases, smuggled chips and fab
/// output; grow fabs; domestic chips learn; each bloc's chip makers book their sales to the
/// rival.
pub(crate) fn acquire_chips(
    mut games: Query<(&Game, &Rules, &Outcome, &Frontier, &mut Ledger)>,
    mut blocs: Query<(&mut Chips, &Funding, &Budget)>,
) {
    for (game, rules, outcome, frontier, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let mut sales = [0.0; 2];
        for side in Side::BOTH {
            let Ok((mut chips, funding, budget)) = blocs.get_mut(game.bloc(side)) else {
                continue;
            };
            let p = rules.bloc(side);
            let cheaper = -chips.price * rules.world.frontier.price_decline.v();
            ledger.add(
                Quantity::Bloc(side, BlocQ::ChipsPrice),
                Cause::FrontierProgress,
                &mut chips.price,
                cheaper,
            );
            let got = acquisitions(p, &chips, frontier, funding.total() * budget.chips);
            // The rival's chip makers sold their share of the legal imports.
            sales[side.rival().index()] =
                got.legal_money * rules.bloc(side.rival()).chips.sells_rival_imports.v();
            update_stock(&mut chips, &got, p, rules, frontier, side, &mut ledger);
        }
        for side in Side::BOTH {
            if let Ok((mut chips, _, _)) = blocs.get_mut(game.bloc(side)) {
                ledger.set(
                    Quantity::Bloc(side, BlocQ::ChipsExportSales),
                    Cause::ExportSales,
                    &mut chips.export_sales,
                    sales[side.index()],
                );
            }
        }
    }
}

fn update_stock(
    chips: &mut Chips,
    got: &Acquisition,
    p: &BlocParams,
    rules: &Rules,
    frontier: &Frontier,
    side: Side,
    ledger: &mut Ledger,
) {
    let s: &Scenario = rules;
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
        if b.units > 0.0 && b.perf_per_watt > 0.0 {
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
    ledger.set(
        q(BlocQ::ChipsDomesticSpending),
        Cause::Substitution,
        &mut chips.domestic_spending,
        got.domestic_money,
    );
    ledger.set(
        q(BlocQ::ChipsRedirected),
        Cause::Substitution,
        &mut chips.redirected,
        got.redirected,
    );
    ledger.add(
        q(BlocQ::ChipsFabCapacity),
        Cause::FabInvestment,
        &mut chips.fab_capacity,
        got.new_fab_capacity,
    );

    // Domestic chips follow the frontier's own progress and close part of the gap (in logs),
    // faster when more money flows to the domestic chip makers (F6: a decade to rival the best).
    let rate = catch_up_rate(
        rules.1.chip_reference_money[side.index()],
        p,
        got.domestic_money,
    );
    let f = &s.world.frontier;
    for (bq, value, front, growth) in [
        (
            BlocQ::ChipsFabQuality,
            &mut chips.fab_quality,
            frontier.quality,
            f.quality_growth.v(),
        ),
        (
            BlocQ::ChipsFabPerfPerWatt,
            &mut chips.fab_perf_per_watt,
            frontier.perf_per_watt,
            f.perf_per_watt_growth.v(),
        ),
    ] {
        if front <= 0.0 {
            continue;
        }
        let before = (*value * (1.0 + growth) / front).min(1.0);
        let ratio = (before * libm::exp(rate)).min(1.0);
        ledger.set(q(bq), Cause::FabLearning, value, ratio * front);
    }
}
