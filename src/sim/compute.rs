//! Compute: effective compute = min(chips × quality, what the grid can power) × utilisation.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::chips::Chips;
use super::energy::EnergyGrid;
use super::game::{Game, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{BlocQ, Quantity, Side};
use crate::scenario::{BlocParams, Scenario};

/// A bloc's compute, million H100-equivalents.
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Compute {
    /// Installed chips × quality.
    pub raw: f64,
    /// What the grid can power.
    pub power_cap: f64,
    /// Share doing useful work.
    pub utilisation: f64,
    /// min(raw, power cap) × utilisation.
    pub effective: f64,
}

impl Compute {
    /// From the scenario and the starting chips and grid.
    pub fn initial(s: &Scenario, p: &BlocParams, chips: &Chips, grid: &EnergyGrid) -> Compute {
        let mut c = Compute {
            raw: 0.0,
            power_cap: 0.0,
            utilisation: p.compute.utilisation.v(),
            effective: 0.0,
        };
        let (raw, cap, eff) = derive(s, chips, grid, c.utilisation);
        c.raw = raw;
        c.power_cap = cap;
        c.effective = eff;
        c
    }
}

/// What limits a bloc's effective compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Binding {
    /// The chips installed: the grid could power more.
    Chips,
    /// The power the grid supplies: some chips stand idle.
    Power,
}

impl Compute {
    /// Which constraint binds, and by how much the other one exceeds it (power cap ÷ raw
    /// compute when chips bind, raw ÷ power cap when power binds; ≥ 1).
    pub(crate) fn binding(&self) -> (Binding, f64) {
        if self.raw <= self.power_cap {
            (Binding::Chips, self.power_cap / self.raw.max(1e-12))
        } else {
            (Binding::Power, self.raw / self.power_cap.max(1e-12))
        }
    }
}

/// (raw, power cap, effective) for a bloc's chips and grid.
pub fn derive(s: &Scenario, chips: &Chips, grid: &EnergyGrid, utilisation: f64) -> (f64, f64, f64) {
    let f = &s.world.frontier;
    let raw = chips.h100e();
    // GW ÷ kW per H100 = millions of H100s; × perf per watt = million H100e.
    let power_cap = grid.grid_gw * chips.perf_per_watt / (f.kw_per_h100.v() * f.pue.v());
    (raw, power_cap, raw.min(power_cap) * utilisation)
}

/// Recompute every bloc's compute from its chips and grid.
pub(crate) fn update_compute(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Ledger)>,
    mut blocs: Query<(&mut Compute, &Chips, &EnergyGrid)>,
) {
    for (game, rules, outcome, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        for side in Side::BOTH {
            let Ok((mut compute, chips, grid)) = blocs.get_mut(game.bloc(side)) else {
                continue;
            };
            let c = &mut *compute;
            let (raw, cap, eff) = derive(rules, chips, grid, c.utilisation);
            let q = |bq| Quantity::Bloc(side, bq);
            ledger.set(q(BlocQ::ComputeRaw), Cause::ComputeRecalc, &mut c.raw, raw);
            ledger.set(
                q(BlocQ::ComputePowerCap),
                Cause::ComputeRecalc,
                &mut c.power_cap,
                cap,
            );
            let cause = if raw <= cap {
                Cause::ChipLimited
            } else {
                Cause::PowerLimited
            };
            ledger.set(q(BlocQ::ComputeEffective), cause, &mut c.effective, eff);
        }
    }
}
