//! Adoption: the share of the economy using AI, growing logistically, faster once capability
//! passes a usefulness threshold (China's AI Plus targets, article F2).

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::game::{Game, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{BlocQ, Quantity, Side};
use super::research::Research;

/// A bloc's adoption.
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Adoption {
    /// Share of the economy using AI, %.
    pub share: f64,
}

/// AI spreads through the economy.
pub fn spread_adoption(
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
            ledger.add(
                Quantity::Bloc(side, BlocQ::AdoptionShare),
                Cause::AdoptionGrowth,
                &mut a.share,
                growth,
            );
        }
    }
}
