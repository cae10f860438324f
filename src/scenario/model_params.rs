//! The model's parameters as a scenario writes them: the shared world's, each bloc's (funding, chips, energy, compute, talent, research, adoption, safety, politics, markets, intelligence) and each region's.

use super::*;

/// Parameters shared by both blocs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorldParams {
    /// The best chips money can buy.
    pub frontier: FrontierParams,
    /// How compute becomes capability, and how the lead is measured.
    pub capability: CapabilityParams,
    /// Catastrophe risk.
    pub risk: RiskParams,
    /// Tension between the blocs.
    pub tension: TensionParams,
    /// AI-bubble pressure and corrections.
    pub bubble: BubbleParams,
    /// Regional market competition.
    pub markets: MarketParams,
}

/// The chip frontier and the power rules of thumb.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontierParams {
    /// Performance of the best chip on sale, H100-equivalents per accelerator.
    pub quality: Param<Positive>,
    /// Growth of frontier chip performance per quarter (0.08 = +8%).
    pub quality_growth: Param<Growth>,
    /// Performance per watt of the best chip, relative to an H100.
    pub perf_per_watt: Param<Positive>,
    /// Growth of frontier performance per watt per quarter.
    pub perf_per_watt_growth: Param<Growth>,
    /// Fall of the price of a unit of performance per quarter (0.064 = 6.4% cheaper each
    /// quarter): chips get cheaper per H100-equivalent as they get better.
    #[serde(default = "defaults::price_decline")]
    pub price_decline: Param<Share>,
    /// Power one H100 draws, kW.
    pub kw_per_h100: Param<Positive>,
    /// Facility overhead: total data-centre power per accelerator ÷ the chip's own draw
    /// (servers, networking and cooling; wider than the usual PUE).
    pub pue: Param<AtLeastOne>,
}

/// The capability curve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapabilityParams {
    /// log2 of the effective compute (H100-equivalents × efficiency) that counts as zero capability.
    pub floor_log2: Param,
    /// Capability points for each doubling of effective compute above the floor.
    pub points_per_doubling: Param<Positive>,
    /// Returns exponent γ: K = points × (L − floor)^γ; 1 = each doubling pays the same, < 1 = diminishing.
    pub returns_exponent: Param<Positive>,
    /// Share of the log-compute gap the follower closes each quarter through open models,
    /// papers and leaks, when it has as much compute as the leader.
    pub diffusion: Param<Share>,
    /// Absorptive capacity: the follower catches up in proportion to (its effective compute ÷
    /// the leader's) to this power; 0 = compute does not matter, 1 = proportional.
    #[serde(default = "defaults::absorptive_exponent")]
    pub absorptive_exponent: Param,
    /// Weight of the latest quarter in the smoothed pace (0–1).
    pub pace_smoothing: Param<Share>,
    /// Smallest pace used to measure the lead, doublings per quarter (avoids dividing by zero).
    pub min_pace: Param<Positive>,
}

/// Catastrophe risk from misaligned or misused AI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskParams {
    /// Risk at the start, 0–100.
    pub initial: Param<Percent>,
    /// Risk points per capability point gained without safety effort.
    pub per_capability: Param,
    /// Share of risk that fades each quarter.
    pub decay: Param<Share>,
    /// Extra racing risk at tension 100 (0.5 = +50%).
    pub tension_amplifier: Param,
    /// Chance of catastrophe per quarter at risk 100; below it the chance is this × x³,
    /// with x = (risk − safe_below) ÷ (100 − safe_below).
    pub catastrophe_scale: Param<Share>,
    /// Risk at or below which catastrophe cannot strike.
    pub safe_below: Param<Percent>,
}

/// Tension between the blocs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TensionParams {
    /// Tension at the start, 0–100.
    pub initial: Param<Percent>,
    /// Level tension drifts to with the export controls of the start and no other provocation.
    pub baseline: Param<Percent>,
    /// Extra target tension per unit of China's blocked chip demand above its level at the
    /// start (negative below it: lifting controls eases tension).
    pub per_blocked_share: Param<Positive>,
    /// Share of the distance to the target closed each quarter.
    pub drift: Param<Share>,
}

/// AI-bubble pressure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BubbleParams {
    /// Pressure at the start, 0–100.
    pub initial: Param<Percent>,
    /// Pressure added per percentage point by which private funding growth outruns adoption growth.
    pub build_up: Param,
    /// Share of pressure that fades each quarter.
    pub decay: Param<Share>,
    /// Pressure above which a correction can strike.
    pub threshold: Param<Percent>,
    /// Pressure above the threshold at which the chance reaches `max_chance`.
    pub span: Param<Positive>,
    /// Highest chance of a correction in one quarter.
    pub max_chance: Param<Share>,
    /// Share of private funding lost in a correction.
    pub correction_cut: Param<Share>,
    /// Fall of investor sentiment in a correction.
    pub sentiment_drop: Param,
}

/// Regional market competition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketParams {
    /// How strongly a capability lead pulls customers (per 10 capability points).
    pub capability_weight: Param,
    /// How strongly price pushes customers away (exponent on the price index).
    pub price_weight: Param,
    /// Share of the cost of serving AI that is electricity: a bloc's price index moves by this
    /// share of the change in its electricity price.
    pub energy_cost_share: Param<Share>,
    /// Electricity price at which a bloc's price index is as written, $/MWh.
    pub reference_energy_price: Param<Positive>,
    /// Share of the distance to the target market share covered each quarter.
    pub inertia: Param<Share>,
}

/// Everything about one bloc.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlocParams {
    /// Money.
    pub funding: FundingParams,
    /// How money is split at the start.
    pub budget: BudgetParams,
    /// Accelerators.
    pub chips: ChipParams,
    /// Power for AI data centres.
    pub energy: EnergyParams,
    /// Use of the installed chips.
    pub compute: ComputeParams,
    /// Researchers and engineers.
    pub talent: TalentParams,
    /// Algorithmic progress.
    pub research: ResearchParams,
    /// Use of AI across the economy.
    pub adoption: AdoptionParams,
    /// Safety effort.
    pub safety: SafetyParams,
    /// Political capital.
    pub politics: PoliticsParams,
    /// What the bloc's AI costs customers.
    pub market: BlocMarketParams,
    /// Intelligence about the rival.
    pub intel: IntelParams,
}

/// Intelligence parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntelParams {
    /// How well this bloc sees the rival at the start, 0 (blind) to 1 (clear).
    pub level: Param<Share>,
}

/// Funding parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundingParams {
    /// Private AI investment, $B per quarter at the start.
    pub private: Param,
    /// State AI money, $B per quarter at the start.
    pub state: Param,
    /// Trend growth of private funding per quarter.
    pub private_growth: Param<Growth>,
    /// Growth of state funding per quarter.
    pub state_growth: Param<Growth>,
    /// Standard deviation of the quarterly random swing in private funding.
    pub sentiment_volatility: Param,
    /// Share of the distance to neutral sentiment (1.0) recovered each quarter.
    pub sentiment_reversion: Param<Share>,
    /// How investors follow returns: sentiment rises by this × (growth of AI use − growth of
    /// private AI money) each quarter, in shares per quarter.
    #[serde(default = "defaults::returns_response")]
    pub returns_response: Param,
}

/// Budget split at the start (shares of all funding; normalised to sum to 1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetParams {
    /// Share spent on chips (imports and domestic fabs).
    pub chips: Param<Share>,
    /// Share spent on power for data centres.
    pub grid: Param<Share>,
    /// Share spent on research and talent.
    pub research: Param<Share>,
}

/// Chip parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChipParams {
    /// Accelerators in service at the start, millions.
    pub installed: Param,
    /// Average performance per installed accelerator, H100-equivalents.
    pub quality: Param<Positive>,
    /// Average performance per watt of the installed chips, relative to an H100.
    pub perf_per_watt: Param<Positive>,
    /// Domestic fab output of AI accelerators, millions per quarter.
    pub fab_capacity: Param,
    /// Performance of a domestically made accelerator, H100-equivalents.
    pub fab_quality: Param<Positive>,
    /// Performance per watt of a domestically made accelerator at the start, relative to an
    /// H100 (it then follows the frontier's and closes the gap as domestic quality does).
    pub fab_perf_per_watt: Param<Positive>,
    /// Growth of fab capacity per quarter that the chip industry pays for itself, before
    /// money from the AI budget.
    pub fab_growth: Param<Growth>,
    /// Most fab capacity can grow in a quarter, limited by the chip-making equipment the bloc
    /// can get (at the start; export controls on equipment and self-reliance drives move it).
    #[serde(default = "defaults::fab_growth_limit")]
    pub fab_growth_limit: Param<Share>,
    /// $B of investment per million accelerators a quarter of new fab capacity.
    pub fab_cost: Param<Positive>,
    /// Log of the ratio of domestic to frontier chip quality (and performance per watt) gained
    /// per quarter at the reference domestic chip spending (domestic chips also follow the
    /// frontier's own progress).
    pub fab_catchup: Param<Growth>,
    /// How catch-up speeds up with the money spent on domestic chips: ×(spending ÷ the
    /// spending of the first quarter at the start's budget and controls)^this.
    #[serde(default = "defaults::learning_elasticity")]
    pub learning_elasticity: Param,
    /// Share of the chip budget spent buying chips on the world market at the start (the rest
    /// buys domestic chips and builds fabs).
    pub import_share: Param<Share>,
    /// Price of one H100-equivalent of frontier performance at the start, $ thousands (it then
    /// falls by `world.frontier.price_decline` a quarter).
    pub price: Param<Positive>,
    /// Share of accelerators retired each quarter.
    pub retirement: Param<Share>,
    /// Share of this bloc's chip demand the rival's export controls block.
    pub blocked_share: Param<Share>,
    /// Share of the blocked demand that seeks chips through intermediaries.
    pub smuggle_rate: Param<Share>,
    /// Share of the rival's legal chip imports that this bloc's chip makers sell: the US's
    /// sell China its legal imports (Nvidia's export-compliant chips); China's sell the US
    /// none (the US's imports are American designs made in Taiwan). Counts in the economy.
    #[serde(default = "defaults::sells_rival_imports")]
    pub sells_rival_imports: Param<Share>,
    /// Price premium of smuggled chips over the legal price (0.5 = 50% dearer).
    #[serde(default = "defaults::smuggle_premium")]
    pub smuggle_premium: Param,
    /// Most performance the smuggling networks can deliver in a quarter, million
    /// H100-equivalents (at the start; enforcement and tolerated networks move it).
    #[serde(default = "defaults::smuggle_cap")]
    pub smuggle_cap: Param,
    /// Share of the blocked import money (not smuggled) that buyers turn to domestic chips
    /// and fabs instead; the rest finds nothing to buy and goes to power and research.
    #[serde(default = "defaults::substitution")]
    pub substitution: Param<Share>,
    /// Best chip performance export controls let through, H100-equivalents per accelerator.
    pub import_quality_cap: Param<Positive>,
    /// Performance per watt of capped (downgraded) imports relative to the frontier chip.
    pub capped_perf_per_watt_ratio: Param<Share>,
}

/// Energy parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnergyParams {
    /// Power available to AI data centres at the start, GW.
    pub grid_gw: Param,
    /// Power added each quarter by utilities and the state without the AI budget, GW.
    pub build_rate: Param,
    /// Growth of that build rate per quarter.
    pub build_rate_growth: Param<Growth>,
    /// $B per GW of new power bought from the AI budget.
    pub cost_per_gw: Param<Positive>,
    /// Electricity price for data centres, $ per MWh.
    pub price: Param<Positive>,
}

/// Compute parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComputeParams {
    /// Share of powered compute doing useful work.
    pub utilisation: Param<Share>,
}

/// Talent parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TalentParams {
    /// Top AI researchers and engineers at the start, thousands.
    pub researchers: Param,
    /// New researchers per quarter at the reference research spending, thousands.
    pub inflow: Param,
    /// Share of researchers who leave each quarter.
    pub outflow: Param<Share>,
}

/// Research parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchParams {
    /// Algorithmic efficiency at the start (multiplier on compute).
    pub efficiency: Param<Positive>,
    /// Growth of efficiency per quarter at the reference talent and spending.
    pub growth: Param,
    /// Elasticity of efficiency growth to researchers.
    pub talent_elasticity: Param,
    /// Researchers at which growth is the reference growth, thousands.
    pub reference_researchers: Param<Positive>,
    /// Elasticity of efficiency growth (and talent inflow) to research spending.
    pub spending_elasticity: Param,
    /// Research spending at which growth is the reference growth, $B per quarter.
    pub reference_spending: Param<Positive>,
    /// Multiplier on how fast this bloc catches up when it follows (open models, espionage).
    pub absorption: Param<Positive>,
}

/// Adoption parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdoptionParams {
    /// Share of firms using AI in production at the start, % (the penetration AI Plus targets).
    pub share: Param<Percent>,
    /// Logistic growth rate per quarter without capability above the threshold.
    pub base_rate: Param,
    /// Extra growth rate per 10 capability points above the threshold.
    pub capability_rate: Param,
    /// Capability at which AI becomes broadly useful.
    pub capability_threshold: Param,
    /// Highest share reachable, %.
    pub ceiling: Param<Percent>,
}

/// Safety parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyParams {
    /// Share of racing risk removed by safety work and regulation (0–1).
    pub effort: Param<Share>,
}

/// Political capital parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PoliticsParams {
    /// Points at the start.
    pub capital: Param,
    /// Points earned each quarter.
    pub income: Param,
    /// Most points that can be banked.
    pub cap: Param,
    /// Share of a policy's capital cost paid to repeal it.
    pub repeal_cost_share: Param<Share>,
}

/// Market parameters of one bloc.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlocMarketParams {
    /// What the bloc's AI services cost customers at the reference electricity price,
    /// relative (1.0 = the US).
    pub price_index: Param<Positive>,
    /// Multiplier on the bloc's pull in every region (standards, alliances, open models).
    pub influence: Param<Positive>,
}

/// One world region.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionParams {
    /// Which region.
    pub id: Region,
    /// Size of the region's AI market, share of the world (weights sum need not be 1).
    pub market_size: Param,
    /// Pull of US providers at equal capability and price (alliances, language, trust).
    pub us_bias: Param,
    /// Pull of Chinese providers at equal capability and price.
    pub china_bias: Param,
    /// Pull of everyone else (local and third-country providers).
    pub others: Param,
    /// US share of the region's AI market at the start, %.
    pub us_share: Param<Percent>,
    /// Chinese share of the region's AI market at the start, %.
    pub china_share: Param<Percent>,
}
