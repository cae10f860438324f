//! The vocabulary of the model: sides, regions and every quantity's name, path, unit, meaning
//! and bounds. Both the scenario format (`scenario`) and the simulation (`sim`) use it; it
//! depends on neither. `docs/quantities.md` is generated from the tables here
//! (`ai-race quantities`); the simulation maps each quantity to its component field in
//! `sim/quantity.rs` (an exhaustive match, so the two lists cannot drift apart).

use serde::{Deserialize, Serialize};

/// One of the two blocs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The United States.
    Us,
    /// China.
    China,
}

impl Side {
    /// Both sides, US first (the order used everywhere).
    pub const BOTH: [Side; 2] = [Side::Us, Side::China];

    /// Path prefix: `us` or `china`.
    pub const fn id(self) -> &'static str {
        match self {
            Side::Us => "us",
            Side::China => "china",
        }
    }

    /// Name for people.
    pub const fn name(self) -> &'static str {
        match self {
            Side::Us => "United States",
            Side::China => "China",
        }
    }

    /// The other side.
    pub const fn rival(self) -> Side {
        match self {
            Side::Us => Side::China,
            Side::China => Side::Us,
        }
    }

    /// 0 for the US, 1 for China.
    pub const fn index(self) -> usize {
        match self {
            Side::Us => 0,
            Side::China => 1,
        }
    }
}

/// A world region whose AI market the blocs compete for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// United States, Canada, Mexico.
    NorthAmerica,
    /// Central and South America, the Caribbean.
    LatinAmerica,
    /// The EU, the UK and the rest of Europe.
    Europe,
    /// The Middle East and Africa.
    MiddleEastAfrica,
    /// India and its neighbours.
    SouthAsia,
    /// ASEAN countries.
    SoutheastAsia,
    /// China, Japan, Korea, Taiwan, Mongolia.
    EastAsia,
}

impl Region {
    /// Every region, in the canonical order.
    pub const ALL: &'static [Region] = &[
        Region::NorthAmerica,
        Region::LatinAmerica,
        Region::Europe,
        Region::MiddleEastAfrica,
        Region::SouthAsia,
        Region::SoutheastAsia,
        Region::EastAsia,
    ];
    /// Number of regions.
    pub(crate) const COUNT: usize = 7;

    /// Identifier as written in scenarios and paths.
    pub const fn id(self) -> &'static str {
        match self {
            Region::NorthAmerica => "north_america",
            Region::LatinAmerica => "latin_america",
            Region::Europe => "europe",
            Region::MiddleEastAfrica => "middle_east_africa",
            Region::SouthAsia => "south_asia",
            Region::SoutheastAsia => "southeast_asia",
            Region::EastAsia => "east_asia",
        }
    }

    /// Position in [`Region::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

macro_rules! quantities {
    ($enum:ident, $doc:literal, $( $variant:ident, $path:literal, $unit:literal, $desc:literal; )*) => {
        #[doc = $doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $enum { $( #[doc = $desc] $variant ),* }

        impl $enum {
            /// Every one of them, in the canonical order.
            pub const ALL: &'static [$enum] = &[$($enum::$variant),*];
            /// Path (below the side for a bloc quantity, below `game.` for a game one).
            pub const fn path(self) -> &'static str { match self { $($enum::$variant => $path),* } }
            /// Unit.
            pub const fn unit(self) -> &'static str { match self { $($enum::$variant => $unit),* } }
            /// Meaning.
            pub const fn description(self) -> &'static str { match self { $($enum::$variant => $desc),* } }
        }
    };
}

quantities! {
    BlocQ, "A quantity each bloc has; with a [`Side`] it names one number.",
    FundingPrivate, "funding.private", "$B/quarter", "Private AI investment this quarter.";
    FundingState, "funding.state", "$B/quarter", "State AI money this quarter.";
    FundingSentiment, "funding.sentiment", "index (1 = neutral)", "Investor sentiment: private money grows at its trend × sentiment; it rises when AI use grows faster than the money, falls in corrections.";
    FundingUpkeep, "funding.upkeep", "$B/quarter", "State money the policies in force cost this quarter (taken from state funding).";
    FundingGrowth, "funding.growth", "share/quarter", "Growth of private AI money this quarter.";
    BudgetChips, "budget.chips", "share 0–1", "Share of funding spent on chips.";
    BudgetGrid, "budget.grid", "share 0–1", "Share of funding spent on power for data centres.";
    BudgetResearch, "budget.research", "share 0–1", "Share of funding spent on research and talent.";
    ChipsInstalled, "chips.installed", "million accelerators", "Accelerators in service.";
    ChipsQuality, "chips.quality", "H100e per accelerator", "Average performance per installed accelerator.";
    ChipsPerfPerWatt, "chips.perf_per_watt", "× H100", "Average performance per watt of the installed chips.";
    ChipsImports, "chips.imports", "million accelerators/quarter", "Accelerators bought abroad this quarter (smuggled ones included).";
    ChipsSmuggled, "chips.smuggled", "million accelerators/quarter", "Of the imports, those that came around export controls.";
    ChipsFabOutput, "chips.fab_output", "million accelerators/quarter", "Domestically made accelerators this quarter.";
    ChipsFabCapacity, "chips.fab_capacity", "million accelerators/quarter", "Domestic fab capacity for AI accelerators.";
    ChipsFabQuality, "chips.fab_quality", "H100e per accelerator", "Performance of a domestically made accelerator.";
    ChipsFabPerfPerWatt, "chips.fab_perf_per_watt", "× H100", "Performance per watt of a domestically made accelerator.";
    ChipsFabGrowthLimit, "chips.fab_growth_limit", "share/quarter", "Most fab capacity can grow in a quarter, limited by the chip-making equipment the bloc can get.";
    ChipsDomesticSpending, "chips.domestic_spending", "$B/quarter", "Money spent on domestic chips and fabs this quarter (blocked import money turned home included).";
    ChipsRedirected, "chips.redirected", "$B/quarter", "Blocked chip money that found nothing to buy this quarter and went to power and research.";
    ChipsExportSales, "chips.export_sales", "$B/quarter", "This bloc's chip makers' legal sales to the rival this quarter.";
    ChipsImportShare, "chips.import_share", "share 0–1", "Share of chip money spent on imports (the rest on domestic chips and fabs).";
    ChipsPrice, "chips.price", "$ thousands per H100e", "Price of an H100-equivalent of performance; falls as chips improve.";
    ChipsBlockedShare, "chips.blocked_share", "share 0–1", "Share of chip demand blocked by the rival's export controls.";
    ChipsSmuggleRate, "chips.smuggle_rate", "share 0–1", "Share of blocked demand that seeks chips through intermediaries.";
    ChipsSmuggleCap, "chips.smuggle_cap", "million H100e/quarter", "Most performance the smuggling networks can deliver in a quarter.";
    ChipsSubstitution, "chips.substitution", "share 0–1", "Share of blocked, unsmuggled import money that buyers turn to domestic chips.";
    ChipsImportQualityCap, "chips.import_quality_cap", "H100e per accelerator", "Best chip export controls let through legally.";
    EnergyGridGw, "energy.grid_gw", "GW", "Power available to AI data centres.";
    EnergyBuildRate, "energy.build_rate", "GW/quarter", "Power added each quarter outside the AI budget.";
    EnergyPrice, "energy.price", "$/MWh", "Electricity price for data centres.";
    ComputeRaw, "compute.raw", "million H100e", "Installed chips × quality.";
    ComputePowerCap, "compute.power_cap", "million H100e", "Compute the grid can power.";
    ComputeUtilisation, "compute.utilisation", "share 0–1", "Share of powered compute doing useful work.";
    ComputeEffective, "compute.effective", "million H100e", "min(raw, power cap) × utilisation.";
    TalentResearchers, "talent.researchers", "thousand people", "Top AI researchers and engineers.";
    ResearchEfficiency, "research.efficiency", "× (multiplier)", "Algorithmic efficiency: how much each unit of compute is worth.";
    ResearchLogCompute, "research.log_compute", "doublings (log2 H100e)", "L = log2(effective compute in H100e × efficiency).";
    ResearchCapability, "research.capability", "index points", "Frontier capability K = points × (L − floor)^γ.";
    ResearchCapabilityGain, "research.capability_gain", "index points/quarter", "Capability gained this quarter.";
    ResearchPace, "research.pace", "doublings/quarter", "Smoothed growth of L: how fast this bloc is moving.";
    ResearchAbsorption, "research.absorption", "× (multiplier)", "How fast this bloc catches up when it follows (open models, espionage).";
    ResearchDiffused, "research.diffused", "doublings (log2)", "Algorithmic efficiency this bloc has gained by diffusion since the start.";
    AdoptionShare, "adoption.share", "% of firms", "Share of firms that have put AI into production (the penetration AI Plus targets).";
    AdoptionGrowth, "adoption.growth", "share/quarter", "Growth of adoption this quarter (the returns investors watch).";
    SafetyEffort, "safety.effort", "share 0–1", "Share of racing risk removed by safety work and regulation.";
    SafetyRiskAdded, "safety.risk_added", "risk points", "This bloc's own part of today's risk: its racing and its policies' and choices' effects on risk, fading as risk does.";
    SafetyTensionAdded, "safety.tension_added", "tension points", "This bloc's own part of today's tension: its policies' and choices' effects on tension, fading as tension does.";
    PoliticalCapitalPoints, "politics.capital", "points", "Political capital available for policy changes.";
    MarketPriceIndex, "market.price_index", "× (1 = US at the start)", "What the bloc's AI costs customers, before electricity prices.";
    MarketInfluence, "market.influence", "× (multiplier)", "The bloc's pull in every region (standards, alliances, open models).";
    IntelLevel, "intel.level", "0–1", "How clearly this bloc sees the rival (0 blind, 1 clear).";
}

quantities! {
    GameQ, "A quantity of the game as a whole (shared by both blocs).",
    Tension, "tension", "0–100", "Tension between the blocs.";
    Risk, "risk", "0–100", "Global catastrophe risk from misaligned or misused AI.";
    Bubble, "bubble", "0–100", "AI-bubble pressure: funding running ahead of adoption.";
    FrontierQuality, "frontier.quality", "H100e per accelerator", "Performance of the best chip on sale.";
    FrontierPerfPerWatt, "frontier.perf_per_watt", "× H100", "Performance per watt of the best chip on sale.";
    LeadMonths, "lead_months", "months (+ = US ahead)", "How long the follower, at its current pace, needs to reach the leader's L today.";
}

/// The range a quantity's value must stay in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Lowest allowed value.
    pub low: f64,
    /// Highest allowed value.
    pub high: f64,
}

impl Bounds {
    /// A share, 0–1.
    pub(crate) const SHARE: Bounds = Bounds {
        low: 0.0,
        high: 1.0,
    };
    /// A percentage, 0–100.
    pub(crate) const PERCENT: Bounds = Bounds {
        low: 0.0,
        high: 100.0,
    };
    /// Zero or more.
    pub(crate) const NON_NEGATIVE: Bounds = Bounds {
        low: 0.0,
        high: f64::INFINITY,
    };
    /// Any number.
    pub(crate) const ANY: Bounds = Bounds {
        low: f64::NEG_INFINITY,
        high: f64::INFINITY,
    };

    /// `v` clamped into the bounds.
    #[inline]
    pub(crate) fn clamp(self, v: f64) -> f64 {
        v.clamp(self.low, self.high)
    }
}

impl BlocQ {
    /// True for quantities the systems recompute every turn from others (effects on them
    /// would be overwritten, so scenarios may not target them).
    pub const fn is_derived(self) -> bool {
        matches!(
            self,
            BlocQ::ChipsImports
                | BlocQ::ChipsSmuggled
                | BlocQ::ChipsFabOutput
                | BlocQ::ChipsDomesticSpending
                | BlocQ::ChipsRedirected
                | BlocQ::ChipsExportSales
                | BlocQ::FundingUpkeep
                | BlocQ::FundingGrowth
                | BlocQ::AdoptionGrowth
                | BlocQ::SafetyRiskAdded
                | BlocQ::SafetyTensionAdded
                | BlocQ::ResearchDiffused
                | BlocQ::ComputeRaw
                | BlocQ::ComputePowerCap
                | BlocQ::ComputeEffective
                | BlocQ::ResearchLogCompute
                | BlocQ::ResearchCapability
                | BlocQ::ResearchCapabilityGain
                | BlocQ::ResearchPace
        )
    }

    /// The range the value must stay in.
    pub const fn bounds(self) -> Bounds {
        match self {
            BlocQ::BudgetChips
            | BlocQ::BudgetGrid
            | BlocQ::BudgetResearch
            | BlocQ::ChipsBlockedShare
            | BlocQ::ChipsSmuggleRate
            | BlocQ::ChipsSubstitution
            | BlocQ::ChipsImportShare
            | BlocQ::ComputeUtilisation
            | BlocQ::SafetyEffort
            | BlocQ::IntelLevel => Bounds::SHARE,
            BlocQ::AdoptionShare => Bounds::PERCENT,
            BlocQ::ResearchCapabilityGain
            | BlocQ::ResearchPace
            | BlocQ::ResearchDiffused
            | BlocQ::FundingGrowth
            | BlocQ::AdoptionGrowth
            | BlocQ::SafetyRiskAdded
            | BlocQ::SafetyTensionAdded => Bounds::ANY,
            _ => Bounds::NON_NEGATIVE,
        }
    }
}

impl Quantity {
    /// True for quantities recomputed every turn (see [`BlocQ::is_derived`]).
    pub(crate) fn is_derived(self) -> bool {
        match self {
            Quantity::Game(q) => q == GameQ::LeadMonths,
            Quantity::Bloc(_, q) => q.is_derived(),
            Quantity::Region(..) => false,
        }
    }

    /// The range the value must stay in.
    pub fn bounds(self) -> Bounds {
        match self {
            Quantity::Game(GameQ::LeadMonths) => Bounds::ANY,
            Quantity::Game(GameQ::FrontierQuality | GameQ::FrontierPerfPerWatt) => {
                Bounds::NON_NEGATIVE
            }
            Quantity::Game(_) | Quantity::Region(..) => Bounds::PERCENT,
            Quantity::Bloc(_, q) => q.bounds(),
        }
    }
}

/// Which of a region's two shares.
const REGION_SHARE_PATHS: [&str; 2] = ["us_share", "china_share"];

/// Every number of the model, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Quantity {
    /// A quantity of the game as a whole.
    Game(GameQ),
    /// A quantity of one bloc.
    Bloc(Side, BlocQ),
    /// One bloc's share of a region's AI market, %.
    Region(Region, Side),
}

impl Quantity {
    /// Every quantity in the canonical order (game, US, China, regions): the CSV column order.
    pub fn all() -> Vec<Quantity> {
        let mut out = Vec::with_capacity(GameQ::ALL.len() + 2 * BlocQ::ALL.len() + 14);
        out.extend(GameQ::ALL.iter().map(|&q| Quantity::Game(q)));
        for side in Side::BOTH {
            out.extend(BlocQ::ALL.iter().map(|&q| Quantity::Bloc(side, q)));
        }
        for &r in Region::ALL {
            for side in Side::BOTH {
                out.push(Quantity::Region(r, side));
            }
        }
        out
    }

    /// The dotted path, e.g. `china.compute.effective`.
    pub fn path(self) -> String {
        match self {
            Quantity::Game(q) => format!("game.{}", q.path()),
            Quantity::Bloc(side, q) => format!("{}.{}", side.id(), q.path()),
            Quantity::Region(r, side) => {
                format!("region.{}.{}", r.id(), REGION_SHARE_PATHS[side.index()])
            }
        }
    }

    /// Unit.
    pub(crate) fn unit(self) -> &'static str {
        match self {
            Quantity::Game(q) => q.unit(),
            Quantity::Bloc(_, q) => q.unit(),
            Quantity::Region(..) => "% of the region's AI market",
        }
    }

    /// Meaning.
    pub fn description(self) -> &'static str {
        match self {
            Quantity::Game(q) => q.description(),
            Quantity::Bloc(_, q) => q.description(),
            Quantity::Region(..) => "A bloc's share of a region's AI market.",
        }
    }

    /// Parse a dotted path; on failure the error names the closest paths.
    pub fn from_path(path: &str) -> Result<Quantity, UnknownQuantity> {
        let found = Quantity::all().into_iter().find(|q| q.path() == path);
        found.ok_or_else(|| UnknownQuantity {
            path: path.to_owned(),
            suggestions: closest_paths(path, 3),
        })
    }
}

impl std::fmt::Display for Quantity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.path())
    }
}

/// A path that names no quantity.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{path}` is not a quantity{}", suggestion_text(suggestions))]
pub struct UnknownQuantity {
    /// What was asked for.
    pub path: String,
    /// The nearest real paths.
    pub suggestions: Vec<String>,
}

fn suggestion_text(s: &[String]) -> String {
    if s.is_empty() {
        "; run `ai-race quantities` for the list".to_owned()
    } else {
        format!(
            "; did you mean {}? (`ai-race quantities` lists them all)",
            s.iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(" or ")
        )
    }
}

/// The `n` quantity paths closest to `path` by edit distance.
fn closest_paths(path: &str, n: usize) -> Vec<String> {
    let mut scored: Vec<(usize, String)> = Quantity::all()
        .into_iter()
        .map(|q| {
            let p = q.path();
            (edit_distance(path, &p), p)
        })
        .collect();
    scored.sort();
    let limit = (path.len() / 2).max(3);
    scored
        .into_iter()
        .filter(|(d, _)| *d <= limit)
        .take(n)
        .map(|(_, p)| p)
        .collect()
}

/// Levenshtein distance over characters.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The quantities as a Markdown table (the body of `docs/quantities.md`).
pub(crate) fn markdown_table() -> String {
    let mut out = String::from("| path | unit | meaning |\n|---|---|---|\n");
    for q in GameQ::ALL {
        out.push_str(&format!(
            "| `game.{}` | {} | {} |\n",
            q.path(),
            q.unit(),
            q.description()
        ));
    }
    for q in BlocQ::ALL {
        out.push_str(&format!(
            "| `us.{p}`, `china.{p}` | {} | {} |\n",
            q.unit(),
            q.description(),
            p = q.path()
        ));
    }
    out.push_str(&format!(
        "| `region.<region>.us_share`, `region.<region>.china_share` | % of the region's AI market | A bloc's share of a region's AI market. Regions: {}. |\n",
        Region::ALL
            .iter()
            .map(|r| format!("`{}`", r.id()))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    out
}
