//! Typed access to any quantity from inside a system, without going through the world by
//! type id: [`QuantitiesRef`] is a system parameter holding one query per component that
//! carries quantities, so reading one number touches one component; [`GameQuantities`] holds
//! one game's quantity-carrying components, fetched once, for a system that changes many of
//! them (the effects in force).

use bevy::ecs::query::QueryData;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

use super::adoption::Adoption;
use super::chips::{Chips, Frontier};
use super::compute::Compute;
use super::energy::EnergyGrid;
use super::fog::Intelligence;
use super::funding::{Budget, Funding};
use super::game::Game;
use super::ledger::{Cause, Ledger};
use super::politics::PoliticalCapital;
use super::quantity::{Quantity, bloc_read, game_read};
use super::regions::{Market, Markets};
use super::research::{Lead, Research};
use super::risk::{Bubble, Risk, Safety, Tension};
use super::talent::Talent;
use crate::scenario::Op;

/// A component with a query of its own in [`QuantitiesRef`].
pub(crate) trait InParams: Component + Sized {
    /// Its query for reading.
    fn query_ref<'a, 'w, 's>(p: &'a QuantitiesRef<'w, 's>) -> &'a Query<'w, 's, &'static Self>;
}

macro_rules! params {
    ($($comp:ident => $field:ident),* $(,)?) => {
        /// Read access to every quantity of every game.
        #[derive(SystemParam)]
        pub(crate) struct QuantitiesRef<'w, 's> {
            $($field: Query<'w, 's, &'static $comp>,)*
        }

        $(impl InParams for $comp {
            fn query_ref<'a, 'w, 's>(p: &'a QuantitiesRef<'w, 's>) -> &'a Query<'w, 's, &'static Self> {
                &p.$field
            }
        })*
    };
}

params!(
    Funding => funding, Budget => budget, Chips => chips, EnergyGrid => energy,
    Compute => compute, Talent => talent, Research => research, Adoption => adoption,
    Safety => safety, PoliticalCapital => politics, Market => market, Intelligence => intel,
    Tension => tension, Risk => risk, Bubble => bubble, Frontier => frontier, Lead => lead,
    Markets => markets,
);

impl QuantitiesRef<'_, '_> {
    /// The value of one quantity of a game (NaN if an entity is missing).
    pub fn value(&self, game: Entity, links: Game, q: Quantity) -> f64 {
        match q {
            Quantity::Bloc(side, bq) => bloc_read(self, links.bloc(side), bq),
            Quantity::Game(gq) => game_read(self, game, gq),
            Quantity::Region(r, side) => self
                .markets
                .get(game)
                .map_or(f64::NAN, |m| m.shares[r.index()][side.index()]),
        }
    }
}

/// The components of a bloc or game entity that carry quantities, fetched together: a system
/// that changes many quantities of one game (the effects in force) looks its entities up once
/// per game instead of once per change.
pub(crate) trait InParts<P> {
    /// This component within the fetched parts.
    fn of_parts(p: &mut P) -> &mut Self;
}

macro_rules! parts {
    ($(#[$doc:meta])* $name:ident, $item:ident: $($comp:ident => $field:ident),* $(,)?) => {
        $(#[$doc])*
        #[derive(QueryData)]
        #[query_data(mutable)]
        pub struct $name {
            $(
                #[doc = concat!("Its `", stringify!($comp), "`.")]
                pub $field: &'static mut $comp,
            )*
        }

        $(impl InParts<$item<'_, '_>> for $comp {
            fn of_parts<'a>(p: &'a mut $item<'_, '_>) -> &'a mut Self {
                &mut p.$field
            }
        })*
    };
}

parts!(
    /// Every quantity-carrying component of a bloc entity.
    BlocParts, BlocPartsItem:
    Funding => funding, Budget => budget, Chips => chips, EnergyGrid => energy,
    Compute => compute, Talent => talent, Research => research, Adoption => adoption,
    Safety => safety, PoliticalCapital => politics, Market => market, Intelligence => intel,
);

parts!(
    /// Every quantity-carrying component of a game entity.
    GameParts, GamePartsItem:
    Tension => tension, Risk => risk, Bubble => bubble, Frontier => frontier, Lead => lead,
    Markets => markets,
);

/// One game's quantities, looked up once: the game entity's parts and both blocs' parts.
pub struct GameQuantities<'a, 'gw, 'gs, 'bw, 'bs> {
    /// The game entity's parts.
    pub game: &'a mut GamePartsItem<'gw, 'gs>,
    /// Each bloc's parts, US then China.
    pub blocs: [BlocPartsItem<'bw, 'bs>; 2],
}

impl GameQuantities<'_, '_, '_, '_, '_> {
    /// The value of quantity `q`, to change.
    #[inline(always)]
    pub fn field(&mut self, q: super::quantity::Quantity) -> &mut f64 {
        use super::quantity::{Quantity, bloc_parts_field, game_parts_field};
        match q {
            Quantity::Bloc(side, bq) => bloc_parts_field(&mut self.blocs[side.index()], bq),
            Quantity::Game(gq) => game_parts_field(self.game, gq),
            Quantity::Region(r, side) => &mut self.game.markets.shares[r.index()][side.index()],
        }
    }

    /// Apply `op` to quantity `q` under `cause`, clamped to the quantity's bounds, and record
    /// it in the ledger; returns the change actually made.
    #[inline(always)]
    pub fn apply(
        &mut self,
        ledger: &mut Ledger,
        q: super::quantity::Quantity,
        cause: Cause,
        op: Op,
    ) -> f64 {
        super::effects::apply_to(self.field(q), q, cause, op, ledger)
    }
}
