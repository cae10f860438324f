//! Fog of war: each side sees its own numbers exactly and the rival's as estimates with a
//! 90% interval whose width depends on its intelligence level.
//!
//! The noise of each estimate is a pure function of (game seed, turn, viewer, quantity): a
//! keyed counter-based draw, so reading a view never changes the game and two reads agree.
//! The error persists: each quarter it keeps `fog.persistence` of itself and takes the rest
//! from a fresh draw (a first-order autoregression that is standard normal at every turn),
//! so a rival's line moves smoothly and an estimate changes when the rival does, not because
//! the dice were thrown again.
//!
//! Estimates are log-normal around the truth for non-negative quantities and logit-normal
//! for bounded ones (a share stays within 0–1, a percentage within 0–100), so the true value
//! lies inside the shown interval exactly when the draw is within ±1.645 standard deviations:
//! 90% of the time by construction, at every intelligence level.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::events::PendingChoice;
use super::ledger::{Cause, Contribution};
use super::policies::PolicyStatus;
use super::quantity::{BlocQ, GameQ, Quantity, Region, Side};
use super::research::{Research, lead_months};
use super::rng::splitmix64;
use super::{BlocState, Snapshot};
use crate::scenario::Scenario;

/// z of a two-sided 90% interval.
pub(crate) const Z90: f64 = 1.644_853_626_951_472_2;

/// How clearly a bloc sees its rival (on the bloc entity).
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Intelligence {
    /// 0 (blind) to 1 (clear).
    pub level: f64,
}

/// A rival's number as one side sees it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// Best guess.
    pub value: f64,
    /// Low end of the 90% interval.
    pub low: f64,
    /// High end of the 90% interval.
    pub high: f64,
}

impl Estimate {
    /// An exactly known value.
    pub fn exact(v: f64) -> Estimate {
        Estimate {
            value: v,
            low: v,
            high: v,
        }
    }

    /// True when `v` lies in the interval.
    pub fn contains(&self, v: f64) -> bool {
        self.low <= v && v <= self.high
    }
}

/// Log-scale standard deviation of estimates at an intelligence level.
pub fn sigma(s: &Scenario, level: f64) -> f64 {
    let l = level.clamp(0.0, 1.0);
    s.fog.sigma_blind + (s.fog.sigma_clear - s.fog.sigma_blind) * l
}

/// Quarters of fresh draws an error remembers: older ones weigh `persistence^64` or less
/// (below 0.2% at the baseline's 0.9), so the error is computed from this window alone.
const MEMORY: u32 = 64;

/// One quarter's fresh standard-normal draw for an estimate: a pure function of its
/// coordinates.
fn innovation(seed: u64, turn: u32, viewer: Side, q: BlocQ) -> f64 {
    let mut state = seed
        ^ 0xF06_F06F_06F0_6F06
        ^ (u64::from(turn) << 32)
        ^ ((viewer.index() as u64) << 24)
        ^ (q as u64);
    let a = splitmix64(&mut state);
    let b = splitmix64(&mut state);
    let u1 = 1.0 - ((a >> 11) as f64 * (1.0 / (1u64 << 53) as f64));
    let u2 = (b >> 11) as f64 * (1.0 / (1u64 << 53) as f64);
    (-2.0 * libm::log(u1)).sqrt() * libm::cos(2.0 * core::f64::consts::PI * u2)
}

/// The standard-normal error of one estimate at a turn: z = ρ·z(previous quarter) +
/// √(1−ρ²)·fresh draw, started from a fresh draw, so it is standard normal at every turn
/// and moves from quarter to quarter by √(2(1−ρ)) standard deviations on average (0.45 at
/// ρ = 0.9, against 1.41 for draws made afresh). A pure function of its coordinates.
pub fn fog_z(seed: u64, turn: u32, viewer: Side, q: BlocQ, persistence: f64) -> f64 {
    let rho = persistence.clamp(0.0, 1.0);
    let fresh = (1.0 - rho * rho).sqrt();
    let start = turn.saturating_sub(MEMORY);
    let mut z = innovation(seed, start, viewer, q);
    for t in start + 1..=turn {
        z = rho * z + fresh * innovation(seed, t, viewer, q);
    }
    z
}

/// Estimate a true value with noise `z` at log-scale spread `sigma`.
pub fn estimate(truth: f64, z: f64, sigma: f64, q: BlocQ) -> Estimate {
    estimate_with(truth, z, sigma, libm::exp(Z90 * sigma), q)
}

/// Shares and percentages closer to a bound than this (relative to the range) are estimated
/// as if this close: the logit of the bound itself is infinite.
const EDGE: f64 = 1e-4;

fn logit(p: f64) -> f64 {
    libm::log(p / (1.0 - p))
}

fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + libm::exp(-x))
}

/// [`estimate`] with `spread` = e^(Z90·σ) computed once for many estimates.
fn estimate_with(truth: f64, z: f64, sigma: f64, spread: f64, q: BlocQ) -> Estimate {
    if q == BlocQ::ResearchLogCompute {
        // L is already a logarithm (doublings): a factor e^σ on compute is σ/ln 2 doublings.
        let scale = sigma / core::f64::consts::LN_2;
        let value = truth + scale * z;
        return Estimate {
            value,
            low: value - Z90 * scale,
            high: value + Z90 * scale,
        };
    }
    let bounds = q.bounds();
    if bounds.low == 0.0 && bounds.high.is_finite() {
        // A share or a percentage: logit-normal on the fraction of the range, so the estimate
        // and both ends of its interval stay inside the range.
        let top = bounds.high;
        let p = (truth / top).clamp(EDGE, 1.0 - EDGE);
        let x = logit(p) + sigma * z;
        let mut e = Estimate {
            value: top * logistic(x),
            low: top * logistic(x - Z90 * sigma),
            high: top * logistic(x + Z90 * sigma),
        };
        // A truth at the very edge: the interval reaches the edge when the draw says it
        // would have held the nudged value.
        if truth <= EDGE * top && e.low <= p * top {
            e.low = 0.0;
        }
        if truth >= (1.0 - EDGE) * top && e.high >= p * top {
            e.high = top;
        }
        return e;
    }
    if bounds.low >= 0.0 {
        let value = truth * libm::exp(sigma * z);
        Estimate {
            value,
            low: value / spread,
            high: value * spread,
        }
    } else {
        // Signed quantities: additive noise scaled to the magnitude.
        let scale = sigma * truth.abs().max(1e-6);
        let value = truth + scale * z;
        Estimate {
            value,
            low: value - Z90 * scale,
            high: value + Z90 * scale,
        }
    }
}

/// A value of `q` as plausible under an estimate as a standard-normal draw `z` says: the
/// estimate itself at 0, the ends of its 90% interval at ±1.645, on the same scale the
/// estimate was made on (log, logit or linear). The lookahead samples rivals with it.
pub(crate) fn plausible(e: &Estimate, q: BlocQ, z: f64) -> f64 {
    let bounds = q.bounds();
    let v = if q == BlocQ::ResearchLogCompute {
        e.value + (e.high - e.value) * z / Z90
    } else if bounds.low == 0.0 && bounds.high.is_finite() {
        let top = bounds.high;
        let at = |v: f64| logit((v / top).clamp(EDGE, 1.0 - EDGE));
        let x = at(e.value);
        top * logistic(x + (at(e.high) - x) * z / Z90)
    } else if bounds.low >= 0.0 && e.value > 0.0 && e.high > 0.0 {
        e.value * libm::pow(e.high / e.value, z / Z90)
    } else {
        e.value + (e.high - e.value) * z / Z90
    };
    bounds.clamp(v)
}

/// Everything one side may know: its own state exactly, the rival as estimates, the public
/// world. The computer players and the window read this, never the rival's true state.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SideView {
    /// Whose view.
    pub side: Side,
    /// Turns played.
    pub turn: u32,
    /// Own state, exact.
    pub own: BlocState,
    /// The rival's bloc quantities as estimates, in [`BlocQ::ALL`] order.
    pub rival: Vec<(BlocQ, Estimate)>,
    /// The rival's policies (public acts).
    pub rival_policies: Vec<PolicyStatus>,
    /// Public world quantities: tension, risk, bubble, frontier.
    pub world: Vec<(GameQ, f64)>,
    /// Market shares by region (public), `[region][side]`.
    pub markets: [[f64; 2]; Region::COUNT],
    /// The lead in months as this side estimates it (positive: the US ahead).
    pub lead_months: Estimate,
    /// Event choices waiting for this side's answer.
    pub pending_choices: Vec<PendingChoice>,
    /// Times each event has fired (public news).
    pub events_fired: Vec<u32>,
    /// Adoption recorded at target dates (public).
    pub scorecard: super::scoring::Scorecard,
    /// Own contributions of the last turn.
    pub own_ledger: Vec<Contribution>,
    /// The rival's last-turn changes this side can know: which policies and events moved
    /// which rival quantities (public acts), without the amounts.
    pub rival_causes: Vec<(Quantity, Cause)>,
}

impl SideView {
    /// What the lead is made of as this side estimates it: its own numbers exact, the
    /// rival's its best estimates (NaN in a view built without estimates).
    pub fn lead_parts(&self, s: &Scenario) -> super::research::LeadParts {
        let own = self.own.lead_inputs();
        let rival = super::research::LeadInputs {
            compute: self.rival(BlocQ::ComputeEffective).value,
            efficiency: self.rival(BlocQ::ResearchEfficiency).value,
            diffused: self.rival(BlocQ::ResearchDiffused).value,
            pace: self.rival(BlocQ::ResearchPace).value,
        };
        let (us, china) = match self.side {
            Side::Us => (own, rival),
            Side::China => (rival, own),
        };
        super::research::lead_parts(us, china, s.world.capability.min_pace.v())
    }

    /// The estimate of one rival quantity.
    pub fn rival(&self, q: BlocQ) -> Estimate {
        self.rival
            .iter()
            .find(|(r, _)| *r == q)
            .map_or(Estimate::exact(f64::NAN), |(_, e)| *e)
    }

    /// Build a view from a game's snapshot and last-turn ledger.
    pub fn build(s: &Scenario, snap: &Snapshot, side: Side, ledger: &[Contribution]) -> SideView {
        SideView::build_with(s, snap, side, ledger, true)
    }

    /// A view without the rival's estimates (`rival` empty, the lead unknown), for players
    /// that never read them (the levels without lookahead, in batch experiments): it knows
    /// less than [`SideView::build`]'s, never more, and costs a fraction of it.
    pub(crate) fn build_without_estimates(s: &Scenario, snap: &Snapshot, side: Side) -> SideView {
        SideView::build_with(s, snap, side, &[], false)
    }

    fn build_with(
        s: &Scenario,
        snap: &Snapshot,
        side: Side,
        ledger: &[Contribution],
        estimates: bool,
    ) -> SideView {
        let own = snap.blocs[side.index()].clone();
        let rival_state = &snap.blocs[side.rival().index()];
        let rival_side = side.rival();
        let sig = sigma(s, own.intel.level);
        let seed = snap.streams.seed;
        let turn = snap.calendar.turn;
        let spread = libm::exp(Z90 * sig);
        let mut rival: Vec<(BlocQ, Estimate)> = if estimates {
            BlocQ::ALL
                .iter()
                .map(|&q| {
                    let truth = rival_state.value(q);
                    (
                        q,
                        estimate_with(
                            truth,
                            fog_z(seed, turn, side, q, s.fog.persistence),
                            sig,
                            spread,
                            q,
                        ),
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        // Capability is a function of log-compute (points per doubling above a floor): its
        // estimate follows the estimate of log-compute, so that the two agree (a draw of its
        // own, log-normal on an index, read 400 for a true 200).
        let capability_of = |lc: f64| super::research::capability(lc, &s.world.capability);
        if let Some(l) = rival
            .iter()
            .find(|(r, _)| *r == BlocQ::ResearchLogCompute)
            .map(|(_, e)| *e)
            && let Some((_, k)) = rival
                .iter_mut()
                .find(|(r, _)| *r == BlocQ::ResearchCapability)
        {
            *k = Estimate {
                value: capability_of(l.value),
                low: capability_of(l.low),
                high: capability_of(l.high),
            };
        }
        let get = |q: BlocQ| {
            rival
                .iter()
                .find(|(r, _)| *r == q)
                .map_or(Estimate::exact(0.0), |(_, e)| *e)
        };
        // The lead from own exact L and the rival's estimated L and pace.
        let l = get(BlocQ::ResearchLogCompute);
        let pace = get(BlocQ::ResearchPace).value;
        let rival_at = |lc: f64| Research {
            log_compute: lc,
            pace,
            ..rival_state.research.clone()
        };
        let min_pace = s.world.capability.min_pace.v();
        let lead_with = |lc: f64| match side {
            Side::Us => lead_months(&own.research, &rival_at(lc), min_pace),
            Side::China => lead_months(&rival_at(lc), &own.research, min_pace),
        };
        let lead = if estimates {
            let (a, b) = (lead_with(l.low), lead_with(l.high));
            Estimate {
                value: lead_with(l.value),
                low: a.min(b),
                high: a.max(b),
            }
        } else {
            Estimate::exact(f64::NAN)
        };
        let world = [
            GameQ::Tension,
            GameQ::Risk,
            GameQ::Bubble,
            GameQ::FrontierQuality,
            GameQ::FrontierPerfPerWatt,
        ]
        .iter()
        .map(|&q| (q, snap.game_value(q)))
        .collect();
        SideView {
            side,
            turn,
            own_ledger: ledger
                .iter()
                .filter(|c| match c.quantity {
                    Quantity::Bloc(s2, _) => s2 == side,
                    _ => true,
                })
                .copied()
                .collect(),
            rival_causes: ledger
                .iter()
                .filter(|c| {
                    matches!(c.quantity, Quantity::Bloc(s2, _) if s2 == rival_side)
                        && matches!(c.cause, Cause::Policy(_) | Cause::Event(_))
                })
                .map(|c| (c.quantity, c.cause))
                .collect(),
            own,
            rival,
            rival_policies: rival_state.policies.status.clone(),
            world,
            markets: snap.markets.shares,
            lead_months: lead,
            pending_choices: snap
                .events
                .pending
                .iter()
                .filter(|c| c.side == side)
                .copied()
                .collect(),
            events_fired: snap.events.fired.clone(),
            scorecard: snap.scorecard.clone(),
        }
    }
}
