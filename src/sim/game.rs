//! The game entity: which blocs it owns, the rules it runs by, its calendar and outcome.

use std::sync::Arc;

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::quantity::Side;
use crate::scenario::Scenario;

/// Marks a game entity and points at its two bloc entities.
#[derive(Component, Clone, Copy, Debug)]
pub struct Game {
    /// The United States' bloc entity.
    pub us: Entity,
    /// China's bloc entity.
    pub china: Entity,
}

impl Game {
    /// The bloc entity of a side.
    pub fn bloc(&self, side: Side) -> Entity {
        match side {
            Side::Us => self.us,
            Side::China => self.china,
        }
    }
}

/// Marks a bloc entity: its side and its game.
#[derive(Component, Clone, Copy, Debug)]
pub struct Bloc {
    /// Which bloc.
    pub side: Side,
    /// The game it belongs to.
    pub game: Entity,
}

/// The scenario a game runs by (shared, immutable).
#[derive(Component, Clone, Debug)]
pub struct Rules(pub Arc<Scenario>);

impl std::ops::Deref for Rules {
    type Target = Scenario;
    fn deref(&self) -> &Scenario {
        &self.0
    }
}

/// Where the game is in time.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calendar {
    /// Turns played so far (0 at the start; turn N is the N-th quarter).
    pub turn: u32,
}

/// How the game stands.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// Still being played.
    Running,
    /// All turns played.
    Finished,
    /// Risk was realised in this turn: both sides lose.
    Catastrophe {
        /// The turn it struck.
        turn: u32,
    },
}

impl Outcome {
    /// True once the game has ended.
    pub fn is_over(self) -> bool {
        !matches!(self, Outcome::Running)
    }
}

/// The calendar quarter of turn `turn` (1-based) of a scenario, as "2025 Q1".
/// Turn 0 is the start, labelled with the first quarter.
pub fn quarter_label(scenario: &Scenario, turn: u32) -> String {
    let (year, quarter) = quarter_of(scenario, turn);
    format!("{year} Q{quarter}")
}

/// Year and quarter (1–4) played in turn `turn` (turn 0 and 1 both give the first quarter).
pub fn quarter_of(scenario: &Scenario, turn: u32) -> (i64, u32) {
    let index =
        i64::from(scenario.start.quarter.saturating_sub(1)) + i64::from(turn.saturating_sub(1));
    (
        i64::from(scenario.start.year) + index.div_euclid(4),
        u32::try_from(index.rem_euclid(4)).unwrap_or(0) + 1,
    )
}

/// Start a turn: count it.
pub fn start_turn(mut games: Query<(&mut Calendar, &Outcome)>) {
    for (mut calendar, outcome) in &mut games {
        if !outcome.is_over() {
            calendar.turn += 1;
        }
    }
}

/// End the game after its last turn.
pub fn end_finished_games(mut games: Query<(&Rules, &Calendar, &mut Outcome)>) {
    for (rules, calendar, mut outcome) in &mut games {
        if *outcome == Outcome::Running && calendar.turn >= rules.turns {
            *outcome = Outcome::Finished;
        }
    }
}
