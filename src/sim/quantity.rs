//! Where each quantity of the vocabulary (`vocab`) lives in the simulation: the
//! component and field behind every [`BlocQ`] and [`GameQ`], with readers and writers for
//! entities, systems and plain states. The names, units, meanings and bounds themselves are in
//! `vocab.rs`, below both the scenario format and the simulation; they are re-exported here.

use bevy::ecs::world::EntityRef;

use super::adoption::Adoption;
use super::chips::{Chips, Frontier};
use super::compute::Compute;
use super::energy::EnergyGrid;
use super::fog::Intelligence;
use super::funding::{Budget, Funding};
use super::politics::PoliticalCapital;
use super::regions::{Market, Markets};
use super::research::{Lead, Research};
use super::risk::{Bubble, Risk, Safety, Tension};
use super::talent::Talent;

pub use crate::vocab::*;

macro_rules! bloc_access {
    ($( $variant:ident => $comp:ident . $field:ident; )*) => {
        /// Read a bloc quantity from a bloc entity (NaN if the entity is not a bloc).
        pub(crate) fn read_bloc(e: &EntityRef<'_>, q: BlocQ) -> f64 {
            match q { $(BlocQ::$variant => e.get::<$comp>().map_or(f64::NAN, |c| c.$field)),* }
        }

        /// Read a bloc quantity through the per-component queries of a system.
        pub(crate) fn bloc_read(p: &super::access::QuantitiesRef<'_, '_>, e: bevy::prelude::Entity, q: BlocQ) -> f64 {
            use super::access::InParams;
            match q { $(BlocQ::$variant => <$comp>::query_ref(p).get(e).map_or(f64::NAN, |c| c.$field)),* }
        }

        /// A bloc quantity of a bloc's plain state, to change.
        pub(crate) fn bloc_state_field_mut(b: &mut super::BlocState, q: BlocQ) -> &mut f64 {
            match q { $(BlocQ::$variant => &mut <$comp as super::BlocPart>::of_mut(b).$field),* }
        }

        /// Read a bloc quantity from a bloc's plain state.
        pub(crate) fn read_bloc_state(b: &super::BlocState, q: BlocQ) -> f64 {
            match q { $(BlocQ::$variant => <$comp as super::BlocPart>::of(b).$field),* }
        }

        /// A bloc quantity within a bloc's fetched parts, to change.
        pub(crate) fn bloc_parts_field<'a>(b: &'a mut super::access::BlocPartsItem<'_, '_>, q: BlocQ) -> &'a mut f64 {
            use super::access::InParts;
            match q { $(BlocQ::$variant => &mut <$comp>::of_parts(b).$field),* }
        }
    };
}

bloc_access! {
    FundingPrivate => Funding.private;
    FundingState => Funding.state;
    FundingSentiment => Funding.sentiment;
    FundingUpkeep => Funding.upkeep;
    FundingGrowth => Funding.growth;
    BudgetChips => Budget.chips;
    BudgetGrid => Budget.grid;
    BudgetResearch => Budget.research;
    ChipsInstalled => Chips.installed;
    ChipsQuality => Chips.quality;
    ChipsPerfPerWatt => Chips.perf_per_watt;
    ChipsImports => Chips.imports;
    ChipsSmuggled => Chips.smuggled;
    ChipsFabOutput => Chips.fab_output;
    ChipsFabCapacity => Chips.fab_capacity;
    ChipsFabQuality => Chips.fab_quality;
    ChipsFabPerfPerWatt => Chips.fab_perf_per_watt;
    ChipsFabGrowthLimit => Chips.fab_growth_limit;
    ChipsDomesticSpending => Chips.domestic_spending;
    ChipsRedirected => Chips.redirected;
    ChipsExportSales => Chips.export_sales;
    ChipsImportShare => Chips.import_share;
    ChipsPrice => Chips.price;
    ChipsBlockedShare => Chips.blocked_share;
    ChipsSmuggleRate => Chips.smuggle_rate;
    ChipsSmuggleCap => Chips.smuggle_cap;
    ChipsSubstitution => Chips.substitution;
    ChipsImportQualityCap => Chips.import_quality_cap;
    EnergyGridGw => EnergyGrid.grid_gw;
    EnergyBuildRate => EnergyGrid.build_rate;
    EnergyPrice => EnergyGrid.price;
    ComputeRaw => Compute.raw;
    ComputePowerCap => Compute.power_cap;
    ComputeUtilisation => Compute.utilisation;
    ComputeEffective => Compute.effective;
    TalentResearchers => Talent.researchers;
    ResearchEfficiency => Research.efficiency;
    ResearchLogCompute => Research.log_compute;
    ResearchCapability => Research.capability;
    ResearchCapabilityGain => Research.capability_gain;
    ResearchPace => Research.pace;
    ResearchAbsorption => Research.absorption;
    ResearchDiffused => Research.diffused;
    AdoptionShare => Adoption.share;
    AdoptionGrowth => Adoption.growth;
    SafetyEffort => Safety.effort;
    SafetyRiskAdded => Safety.risk_added;
    SafetyTensionAdded => Safety.tension_added;
    PoliticalCapitalPoints => PoliticalCapital.points;
    MarketPriceIndex => Market.price_index;
    MarketInfluence => Market.influence;
    IntelLevel => Intelligence.level;
}

macro_rules! game_access {
    ($( $variant:ident => $comp:ident . $field:ident; )*) => {
        /// Read a game quantity from a game entity (NaN if the entity is not a game).
        pub(crate) fn read_game(e: &EntityRef<'_>, q: GameQ) -> f64 {
            match q { $(GameQ::$variant => e.get::<$comp>().map_or(f64::NAN, |c| c.$field)),* }
        }

        /// Read a game quantity through the per-component queries of a system.
        pub(crate) fn game_read(p: &super::access::QuantitiesRef<'_, '_>, e: bevy::prelude::Entity, q: GameQ) -> f64 {
            use super::access::InParams;
            match q { $(GameQ::$variant => <$comp>::query_ref(p).get(e).map_or(f64::NAN, |c| c.$field)),* }
        }

        /// Read a game quantity from a snapshot.
        pub(crate) fn read_game_state(g: &super::Snapshot, q: GameQ) -> f64 {
            match q { $(GameQ::$variant => <$comp as super::GamePart>::of(g).$field),* }
        }

        /// A game quantity within a game's fetched parts, to change.
        pub(crate) fn game_parts_field<'a>(g: &'a mut super::access::GamePartsItem<'_, '_>, q: GameQ) -> &'a mut f64 {
            use super::access::InParts;
            match q { $(GameQ::$variant => &mut <$comp>::of_parts(g).$field),* }
        }
    };
}

game_access! {
    Tension => Tension.value;
    Risk => Risk.value;
    Bubble => Bubble.pressure;
    FrontierQuality => Frontier.quality;
    FrontierPerfPerWatt => Frontier.perf_per_watt;
    LeadMonths => Lead.months;
}

/// Read a region share from a game entity.
pub(crate) fn read_region(e: &EntityRef<'_>, r: Region, side: Side) -> f64 {
    e.get::<Markets>()
        .map_or(f64::NAN, |m| m.shares[r.index()][side.index()])
}
