//! Research: algorithmic efficiency, capability, pace, and the lead in months.
//!
//! L = log2(effective compute in H100e × efficiency); capability K = points × (L − floor)^γ,
//! so γ < 1 makes each doubling pay less (article ¶21–22). The follower closes a share of
//! the gap in L each quarter through open models, papers and leaks (¶1, ¶7, F16), in
//! proportion to its absorptive capacity: a follower with less compute can use less of what
//! it learns (¶17: the lack of compute delayed DeepSeek's next models). The lead in months is
//! how long the follower, at its smoothed pace, needs to reach the leader's L today (F8:
//! "months, not years").

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::chips::Chips;
use super::compute::Compute;
use super::funding::{Budget, Funding};
use super::game::{Game, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{BlocQ, GameQ, Quantity, Side};
use super::talent::Talent;
use crate::scenario::{BlocParams, CapabilityParams};

/// A bloc's research position.
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Research {
    /// Algorithmic efficiency (multiplier on compute).
    pub efficiency: f64,
    /// L = log2(effective compute in H100e × efficiency).
    pub log_compute: f64,
    /// Frontier capability index K.
    pub capability: f64,
    /// Capability gained this quarter.
    pub capability_gain: f64,
    /// Smoothed growth of L, doublings per quarter.
    pub pace: f64,
    /// Multiplier on catch-up speed when following.
    pub absorption: f64,
    /// Efficiency gained by diffusion since the start, doublings.
    #[serde(default)]
    pub diffused: f64,
}

/// The lead (on the game entity).
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lead {
    /// Months the follower needs to reach the leader's L today; positive when the US leads.
    pub months: f64,
}

/// L for an effective compute (million H100e) and an efficiency.
pub(crate) fn log_compute(effective: f64, efficiency: f64) -> f64 {
    let x = effective * 1.0e6 * efficiency;
    if x > 1.0 { libm::log2(x) } else { 0.0 }
}

/// Capability K at log-compute L.
pub fn capability(l: f64, p: &CapabilityParams) -> f64 {
    let above = (l - p.floor_log2.v()).max(0.0);
    p.points_per_doubling.v() * super::math::pow(above, p.returns_exponent.v())
}

/// Growth of efficiency this quarter (0.3 = +30%).
pub(crate) fn efficiency_growth(p: &BlocParams, researchers: f64, money: f64) -> f64 {
    let r = &p.research;
    r.growth.v()
        * super::math::pow(
            (researchers / r.reference_researchers.v()).max(0.0),
            r.talent_elasticity.v(),
        )
        * super::math::pow(
            (money / r.reference_spending.v()).max(0.0),
            r.spending_elasticity.v(),
        )
}

/// Lead in months (positive: US ahead) from both blocs' L and pace.
pub fn lead_months(us: &Research, china: &Research, min_pace: f64) -> f64 {
    let gap = us.log_compute - china.log_compute;
    if gap >= 0.0 {
        3.0 * gap / china.pace.max(min_pace)
    } else {
        3.0 * gap / us.pace.max(min_pace)
    }
}

/// What a lead in months is made of, in months (positive: in the US's favour): the gap in
/// effective compute and the gap in algorithmic efficiency (which add up to the lead), and
/// the part of the efficiency gap that diffusion has closed for the follower (negative when
/// it has helped China).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LeadParts {
    /// From effective compute (chips × power × utilisation).
    pub compute: f64,
    /// From algorithmic efficiency (research, and what diffused).
    pub efficiency: f64,
    /// Of the efficiency part, what diffusion took from the leader (or gave the US).
    pub diffusion: f64,
}

/// One bloc's numbers the lead is made of: effective compute (million H100e), efficiency,
/// efficiency gained by diffusion (doublings) and pace (doublings a quarter).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeadInputs {
    /// Effective compute, million H100e.
    pub compute: f64,
    /// Algorithmic efficiency.
    pub efficiency: f64,
    /// Efficiency gained by diffusion since the start, doublings.
    pub diffused: f64,
    /// Smoothed pace, doublings a quarter.
    pub pace: f64,
}

/// The lead's parts: each gap in doublings, turned into months at the follower's pace as the
/// lead itself is (`lead_months`).
pub(crate) fn lead_parts(us: LeadInputs, china: LeadInputs, min_pace: f64) -> LeadParts {
    let l = |x: LeadInputs| log_compute(x.compute, x.efficiency);
    let gap = l(us) - l(china);
    let pace = if gap >= 0.0 { china.pace } else { us.pace }.max(min_pace);
    let months = |doublings: f64| 3.0 * doublings / pace;
    let log2 = |a: f64, b: f64| {
        if a > 0.0 && b > 0.0 {
            libm::log2(a / b)
        } else {
            0.0
        }
    };
    LeadParts {
        compute: months(log2(us.compute, china.compute)),
        efficiency: months(log2(us.efficiency, china.efficiency)),
        diffusion: months(us.diffused - china.diffused),
    }
}

/// Efficiency grows with talent and research money.
pub(crate) fn grow_efficiency(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Ledger)>,
    mut blocs: Query<(&mut Research, &Talent, &Funding, &Budget, &Chips)>,
) {
    for (game, rules, outcome, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        for side in Side::BOTH {
            let Ok((mut research, talent, funding, budget, chips)) = blocs.get_mut(game.bloc(side))
            else {
                continue;
            };
            let g = efficiency_growth(
                rules.bloc(side),
                talent.researchers,
                budget.research_money(funding, chips.redirected),
            );
            let r = &mut *research;
            let amount = r.efficiency * g;
            ledger.add(
                Quantity::Bloc(side, BlocQ::ResearchEfficiency),
                Cause::EfficiencyGrowth,
                &mut r.efficiency,
                amount,
            );
        }
    }
}

/// Share of the gap in L the follower closes this quarter: the diffusion rate, the
/// follower's absorption, and its absorptive capacity (its effective compute ÷ the leader's,
/// to the absorptive exponent).
pub(crate) fn diffusion_rate(
    p: &CapabilityParams,
    absorption: f64,
    follower: f64,
    leader: f64,
) -> f64 {
    let capacity = if leader > 0.0 && follower >= 0.0 {
        super::math::pow((follower / leader).min(1.0), p.absorptive_exponent.v())
    } else {
        1.0
    };
    p.diffusion.v() * absorption * capacity
}

/// The follower closes part of last quarter's gap in L.
pub(crate) fn diffuse_knowledge(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Ledger)>,
    mut blocs: Query<(&mut Research, &Compute)>,
) {
    for (game, rules, outcome, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let Ok([(mut us, us_c), (mut china, cn_c)]) = blocs.get_many_mut([game.us, game.china])
        else {
            continue;
        };
        let gap = us.log_compute - china.log_compute;
        let (side, follower, own, lead) = if gap >= 0.0 {
            (Side::China, &mut *china, cn_c.effective, us_c.effective)
        } else {
            (Side::Us, &mut *us, us_c.effective, cn_c.effective)
        };
        let rate = diffusion_rate(&rules.world.capability, follower.absorption, own, lead);
        let doublings = rate * gap.abs();
        let factor = libm::exp2(doublings) - 1.0;
        let amount = follower.efficiency * factor;
        ledger.add(
            Quantity::Bloc(side, BlocQ::ResearchEfficiency),
            Cause::Diffusion,
            &mut follower.efficiency,
            amount,
        );
        ledger.add(
            Quantity::Bloc(side, BlocQ::ResearchDiffused),
            Cause::Diffusion,
            &mut follower.diffused,
            doublings,
        );
    }
}

/// Recompute L, capability, its gain and the pace.
pub(crate) fn update_capability(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Ledger)>,
    mut blocs: Query<(&mut Research, &Compute)>,
) {
    for (game, rules, outcome, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let p = &rules.world.capability;
        for side in Side::BOTH {
            let Ok((mut research, compute)) = blocs.get_mut(game.bloc(side)) else {
                continue;
            };
            let r = &mut *research;
            let q = |bq| Quantity::Bloc(side, bq);
            let l = log_compute(compute.effective, r.efficiency);
            let dl = l - r.log_compute;
            let k = capability(l, p);
            let gain = k - r.capability;
            ledger.set(
                q(BlocQ::ResearchLogCompute),
                Cause::CapabilityRecalc,
                &mut r.log_compute,
                l,
            );
            ledger.set(
                q(BlocQ::ResearchCapability),
                Cause::CapabilityRecalc,
                &mut r.capability,
                k,
            );
            ledger.set(
                q(BlocQ::ResearchCapabilityGain),
                Cause::CapabilityRecalc,
                &mut r.capability_gain,
                gain,
            );
            let s = p.pace_smoothing.v();
            let pace = (1.0 - s) * r.pace + s * dl;
            ledger.set(q(BlocQ::ResearchPace), Cause::PaceUpdate, &mut r.pace, pace);
        }
    }
}

/// Measure the lead in months.
pub(crate) fn measure_lead(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Lead, &mut Ledger)>,
    blocs: Query<&Research>,
) {
    for (game, rules, outcome, mut lead, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let Ok([us, china]) = blocs.get_many([game.us, game.china]) else {
            continue;
        };
        let months = lead_months(us, china, rules.world.capability.min_pace.v());
        ledger.set(
            Quantity::Game(GameQ::LeadMonths),
            Cause::LeadRecalc,
            &mut lead.months,
            months,
        );
    }
}
