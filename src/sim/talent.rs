//! Talent: top AI researchers and engineers, joining with research money and leaving at a
//! steady rate (article ¶6: China's large pool of engineers).

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::chips::Chips;
use super::funding::{Budget, Funding};
use super::game::{Game, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{BlocQ, Quantity, Side};
use crate::scenario::BlocParams;

/// A bloc's researchers.
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Talent {
    /// Top AI researchers and engineers, thousands.
    pub researchers: f64,
}

/// Researchers joining this quarter, thousands, with `money` ($B) for research.
pub(crate) fn inflow(p: &BlocParams, money: f64) -> f64 {
    let money = money.max(0.0);
    p.talent.inflow.v()
        * super::math::pow(
            money / p.research.reference_spending.v(),
            p.research.spending_elasticity.v(),
        )
}

/// Researchers join and leave.
pub(crate) fn move_talent(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Ledger)>,
    mut blocs: Query<(&mut Talent, &Funding, &Budget, &Chips)>,
) {
    for (game, rules, outcome, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        for side in Side::BOTH {
            let Ok((mut talent, funding, budget, chips)) = blocs.get_mut(game.bloc(side)) else {
                continue;
            };
            let p = rules.bloc(side);
            let t = &mut *talent;
            let q = Quantity::Bloc(side, BlocQ::TalentResearchers);
            let leaving = t.researchers * p.talent.outflow.v();
            ledger.add(
                q,
                Cause::TalentInflow,
                &mut t.researchers,
                inflow(p, budget.research_money(funding, chips.redirected)),
            );
            ledger.add(q, Cause::TalentOutflow, &mut t.researchers, -leaving);
        }
    }
}
