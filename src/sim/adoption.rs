//! Adoption: the share of firms that have put AI into production — the penetration China's
//! AI Plus plan targets (article F2; State Council, Aug 2025) — growing logistically, faster
//! once capability passes a usefulness threshold. Its growth is the return investors watch
//! (`funding.rs`).

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::game::{Game, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{BlocQ, Quantity, Side};
use super::research::Research;

/// A bloc's adoption.
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Adoption {
    /// Share of firms using AI in production, %.
    pub share: f64,
    /// Growth of the share this quarter (relative).
    #[serde(default)]
    pub growth: f64,
}

/// AI spreads through the economy.
pub(crate) fn spread_adoption(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Ledger)>,
    mut blocs: Query<(&mut Adoption, &Research)>,
) {
    for (game, rules, outcome, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        for side in Side::BOTH {
            let Ok((mut adoption, research)) = blocs.get_mut(game.bloc(side)) else {
                continue;
            };
            let p = &rules.bloc(side).adoption;
            let useful = (research.capability - p.capability_threshold.v()).max(0.0);
            let rate = p.base_rate.v() + p.capability_rate.v() * useful / 10.0;
            let a = &mut *adoption;
            let ceiling = p.ceiling.v();
            let growth = if ceiling > 0.0 {
                rate * a.share * (1.0 - a.share / ceiling)
            } else {
                0.0
            };
            let before = a.share;
            ledger.add(
                Quantity::Bloc(side, BlocQ::AdoptionShare),
                Cause::AdoptionGrowth,
                &mut a.share,
                growth,
            );
            let relative = if before > 0.0 {
                a.share / before - 1.0
            } else {
                0.0
            };
            ledger.set(
                Quantity::Bloc(side, BlocQ::AdoptionGrowth),
                Cause::AdoptionGrowth,
                &mut a.growth,
                relative,
            );
        }
    }
}
