//! Test harness: a world with one game of a scenario, to run single systems on.

use std::sync::Arc;

use bevy::ecs::component::Mutable;
use bevy::ecs::system::RunSystemOnce;
use bevy::prelude::*;

use super::game::Game;
use super::ledger::{Contribution, Ledger};
use super::quantity::Side;
use super::{Snapshot, spawn_game};
use crate::scenario::Scenario;

/// The shipped baseline scenario.
pub fn baseline() -> Scenario {
    Scenario::from_ron_str(
        include_str!("../../scenarios/baseline_2025.ron"),
        "baseline_2025.ron",
    )
    .expect("the baseline scenario is valid")
}

/// One game in a world, systems run one at a time.
pub struct Harness {
    /// The world.
    pub world: World,
    /// The game entity.
    pub game: Entity,
}

impl Harness {
    /// The baseline with some changes, seed 1, ledger on.
    pub fn with(change: impl FnOnce(&mut Scenario)) -> Harness {
        let mut s = baseline();
        change(&mut s);
        let scenario = Arc::new(s);
        let mut world = World::new();
        let game = spawn_game(
            &mut world,
            &scenario,
            &Snapshot::initial(&scenario, 1),
            true,
        );
        Harness { world, game }
    }

    /// The baseline, seed 1, ledger on.
    pub fn baseline() -> Harness {
        Harness::with(|_| {})
    }

    fn bloc_entity(&self, side: Side) -> Entity {
        self.world
            .get::<Game>(self.game)
            .expect("game entity")
            .bloc(side)
    }

    /// A component of a bloc.
    pub fn bloc<C: Component>(&self, side: Side) -> &C {
        self.world
            .get::<C>(self.bloc_entity(side))
            .expect("bloc component")
    }

    /// A component of a bloc, to change before running a system.
    pub(crate) fn bloc_mut<C: Component<Mutability = Mutable>>(
        &mut self,
        side: Side,
    ) -> Mut<'_, C> {
        let e = self.bloc_entity(side);
        self.world.get_mut::<C>(e).expect("bloc component")
    }

    /// A component of the game entity.
    pub fn game<C: Component>(&self) -> &C {
        self.world.get::<C>(self.game).expect("game component")
    }

    /// A component of the game entity, to change.
    pub(crate) fn game_mut<C: Component<Mutability = Mutable>>(&mut self) -> Mut<'_, C> {
        self.world.get_mut::<C>(self.game).expect("game component")
    }

    /// Run one system once.
    pub fn run<M>(&mut self, system: impl IntoSystem<(), (), M>) {
        self.world.run_system_once(system).expect("the system runs");
    }

    /// The ledger so far.
    pub fn ledger(&self) -> &[Contribution] {
        &self.game::<Ledger>().entries
    }
}

/// Assert two floats agree to a relative 1e-12.
#[track_caller]
pub(crate) fn assert_close(actual: f64, expected: f64) {
    let tol = 1e-12 * expected.abs().max(1.0);
    assert!(
        (actual - expected).abs() <= tol,
        "expected {expected}, got {actual}"
    );
}
