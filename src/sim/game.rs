//! The game entity: which blocs it owns, the rules it runs by, its calendar and outcome.

use std::sync::Arc;

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::events::EventId;
use super::policies::PolicyId;
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

/// The scenario a game runs by (shared, immutable), and what it implies that never changes
/// during a game.
#[derive(Component, Clone, Debug)]
pub struct Rules(pub Arc<Scenario>, pub Derived);

/// Numbers that follow from a scenario alone, computed once when a game is spawned instead of
/// every turn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Derived {
    /// Each side's money for domestic chips at its starting parameters, US then China: the
    /// reference of the fab learning rate (`chips::catch_up_rate`).
    pub chip_reference_money: [f64; 2],
}

impl Rules {
    /// The rules of a scenario.
    pub fn new(s: Arc<Scenario>) -> Rules {
        let derived = Derived {
            chip_reference_money: Side::BOTH
                .map(|side| super::chips::reference_domestic_money(&s, s.bloc(side))),
        };
        Rules(s, derived)
    }
}

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
    /// A decisive capability breakthrough ended the race.
    Breakthrough {
        /// The side that broke through.
        leader: Side,
        /// The turn.
        turn: u32,
    },
}

/// Something that happened this turn, for the news log (on the game entity; cleared at the
/// start of each turn, like the ledger).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum JournalEntry {
    /// A toggle policy or project was enacted.
    PolicyEnacted {
        /// Who.
        side: Side,
        /// What.
        policy: PolicyId,
    },
    /// A toggle policy was repealed.
    PolicyRepealed {
        /// Who.
        side: Side,
        /// What.
        policy: PolicyId,
    },
    /// A level policy changed level.
    LevelChanged {
        /// Who.
        side: Side,
        /// What.
        policy: PolicyId,
        /// From.
        from: u8,
        /// To.
        to: u8,
    },
    /// The state could no longer pay for a policy: it lapsed.
    PolicyLapsed {
        /// Whose.
        side: Side,
        /// Which.
        policy: PolicyId,
    },
    /// A project was completed.
    ProjectCompleted {
        /// Whose.
        side: Side,
        /// Which.
        policy: PolicyId,
    },
    /// Both sides now keep a shared policy: its joint effects begin.
    SharedInForce {
        /// Which.
        policy: PolicyId,
    },
    /// A shared policy lapsed: its joint effects end.
    SharedLapsed {
        /// Which.
        policy: PolicyId,
    },
    /// An event fired.
    EventFired {
        /// Which.
        event: EventId,
        /// The side that must choose, if any.
        side: Option<Side>,
    },
    /// A side answered an event's choice.
    EventAnswered {
        /// Who.
        side: Side,
        /// Which event.
        event: EventId,
        /// Which option (0-based).
        choice: u8,
        /// True when nobody answered and the first option applied.
        by_default: bool,
    },
    /// An order could not be carried out; nothing of it was applied.
    OrderRejected {
        /// Whose.
        side: Side,
        /// The order.
        order: super::orders::Command,
        /// The event whose answer gave the order, if it came from one.
        via: Option<EventId>,
        /// Why (data: the front-ends put it into words).
        error: super::orders::CommandError,
    },
    /// An AI-bubble correction cut private funding.
    BubbleCorrection,
    /// Risk was realised.
    Catastrophe,
    /// A decisive breakthrough.
    Breakthrough {
        /// Who.
        side: Side,
    },
}

/// This turn's news (on the game entity).
#[derive(Component, Clone, Debug, Default, PartialEq)]
pub struct Journal {
    /// In order.
    pub entries: Vec<JournalEntry>,
}

impl Journal {
    /// Add an entry.
    pub fn push(&mut self, e: JournalEntry) {
        self.entries.push(e);
    }
}

impl Outcome {
    /// True once the game has ended.
    pub fn is_over(self) -> bool {
        !matches!(self, Outcome::Running)
    }
}

/// The calendar quarter of turn `turn` (1-based) of a scenario, as "2025 Q1".
/// Turn 0 is the start, labelled with the first quarter.
pub(crate) fn quarter_label(scenario: &Scenario, turn: u32) -> String {
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

/// Start a turn: count it; clear last turn's news.
pub(crate) fn start_turn(mut games: Query<(&mut Calendar, &Outcome, &mut Journal)>) {
    for (mut calendar, outcome, mut journal) in &mut games {
        if !outcome.is_over() {
            calendar.turn += 1;
            journal.entries.clear();
        }
    }
}

/// End the game after its last turn.
pub(crate) fn end_finished_games(mut games: Query<(&Rules, &Calendar, &mut Outcome)>) {
    for (rules, calendar, mut outcome) in &mut games {
        if *outcome == Outcome::Running && calendar.turn >= rules.turns {
            *outcome = Outcome::Finished;
        }
    }
}
