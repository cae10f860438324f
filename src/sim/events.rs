//! The event deck: each turn every event whose window and conditions hold may fire, drawn
//! from the game's events stream (one draw per event per turn, whatever the state, so the
//! stream never shifts). A scheduled event (`at:`) is history: it fires in its quarter in
//! every game, without a draw. Fixed effects start at once; a choice waits for the side
//! concerned, who answers in its next orders, or gets the first option by default.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::access::QuantitiesRef;
use super::effects::{ActiveEffects, Owner};
use super::game::{Calendar, Game, Journal, JournalEntry, Outcome, Rules, quarter_of};
use super::quantity::Side;
use super::rng::Streams;
use crate::scenario::{Condition, EventDef, Scenario};

/// An event, by its position in the scenario's deck.
pub type EventId = super::index::Id<super::index::EventEntry>;

/// A choice waiting for an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingChoice {
    /// The side that chooses.
    pub side: Side,
    /// The event.
    pub event: EventId,
    /// The turn it fired.
    pub turn: u32,
}

/// The deck's state in one game (on the game entity).
#[derive(Component, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventState {
    /// Times each event has fired, by [`EventId`].
    pub fired: Vec<u32>,
    /// Choices waiting for answers.
    pub pending: Vec<PendingChoice>,
    /// Events forced to fire next turn (tests, teachers' "what if").
    pub forced: Vec<EventId>,
}

clone_reusing!(EventState {
    fired,
    pending,
    forced
});

/// True when an event's window contains the quarter `now` (year, quarter).
fn window_holds(e: &EventDef, now: (i64, u32)) -> bool {
    let Some(w) = e.window else { return true };
    let from = (i64::from(w.from.year), u32::from(w.from.quarter));
    let to = (i64::from(w.to.year), u32::from(w.to.quarter));
    from <= now && now <= to
}

/// Fire an event now: start its fixed effects, queue its choice, note it.
pub fn fire(
    s: &Scenario,
    id: EventId,
    turn: u32,
    state: &mut EventState,
    effects: &mut ActiveEffects,
    journal: &mut Journal,
) {
    let Some(e) = id.def(s) else { return };
    if let Some(n) = state.fired.get_mut(id.index()) {
        *n += 1;
    }
    effects.start(Owner::Event { id, turn }, &e.effects, turn);
    let side = e.side.side();
    if let Some(side) = side
        && !e.choices.is_empty()
    {
        state.pending.push(PendingChoice {
            side,
            event: id,
            turn,
        });
    }
    journal.push(JournalEntry::EventFired { event: id, side });
}

/// Answer a waiting choice: take it off the list, note the answer, and send the option's
/// effects to start (through [`EffectsChange`](super::policies::EffectsChange), in turn with
/// the policy changes of the same orders).
pub fn answer(
    s: &Scenario,
    choice: PendingChoice,
    option: u8,
    turn: u32,
    by_default: bool,
    game: &mut super::policies::GameMut,
) {
    game.events.pending.retain(|c| *c != choice);
    let known = choice
        .event
        .def(s)
        .is_some_and(|e| usize::from(option) < e.choices.len());
    if !known {
        return;
    }
    game.changes.write(super::policies::EffectsChange {
        game: game.game,
        turn,
        what: super::policies::Change::Answer { choice, option },
    });
    game.journal.push(JournalEntry::EventAnswered {
        side: choice.side,
        event: choice.event,
        choice: option,
        by_default,
    });
}

/// What the deck reads and changes on each game entity.
type DeckData = (
    Entity,
    &'static Game,
    &'static Rules,
    &'static Outcome,
    &'static Calendar,
    &'static mut Streams,
    &'static mut EventState,
    &'static mut ActiveEffects,
    &'static mut Journal,
);

/// A condition on a policy, read from both blocs' policies.
fn policy_condition(
    rules: &Scenario,
    links: Game,
    held: &Query<&super::policies::Policies>,
    c: &Condition,
) -> bool {
    let Some(id) = c.policy() else { return false };
    let Some(index) = rules
        .policies
        .iter()
        .position(|p| p.id == id)
        .and_then(|i| u16::try_from(i).ok())
    else {
        return false;
    };
    let policy = super::policies::PolicyId::new(index);
    let statuses = Side::BOTH.map(|side| {
        held.get(links.bloc(side))
            .map_or(super::policies::PolicyStatus::Off, |p| p.get(policy))
    });
    match c {
        Condition::InForce(_) => statuses.iter().any(|s| s.in_force()),
        Condition::NotInForce(_) => !statuses.iter().any(|s| s.in_force()),
        Condition::AtLeastLevel(_, level) => statuses.iter().any(|s| s.level() >= *level),
        Condition::Above(..) | Condition::Below(..) => false,
    }
}

/// Draw the deck for every game.
pub(crate) fn draw_events(
    mut games: Query<DeckData>,
    fields: QuantitiesRef,
    held: Query<&super::policies::Policies>,
) {
    let mut firing = Vec::new();
    for (game, links, rules, outcome, calendar, mut streams, mut state, mut effects, mut journal) in
        &mut games
    {
        if outcome.is_over() || rules.events.is_empty() {
            continue;
        }
        let turn = calendar.turn;
        let now = quarter_of(rules, turn);
        firing.clear();
        // One draw per event per turn, whatever the state, so the stream never shifts; the
        // stream is a counter, so only the draws an event's chance is tested against are
        // computed, and the stream then moves on past them all.
        let draws = &streams.events;
        for (i, e) in rules.events.iter().enumerate() {
            let Ok(raw) = u16::try_from(i) else { continue };
            let id = EventId::new(raw);
            // The scenario's tests first, then the draw, and the game's own record (memory
            // that is cold in a world of many games) only for an event that passed them.
            let fired_before = |state: &EventState| state.fired.get(i).copied().unwrap_or(0) > 0;
            if state.forced.contains(&id) {
                firing.push(id);
                continue;
            }
            if let Some(at) = e.at {
                if now == (i64::from(at.year), u32::from(at.quarter)) && !fired_before(&state) {
                    firing.push(id);
                }
                continue;
            }
            if !window_holds(e, now)
                || draws.uniform_ahead(u64::from(raw)) >= e.chance
                || (!e.recurring && fired_before(&state))
                || state.pending.iter().any(|c| c.event == id)
            {
                continue;
            }
            let holds = |c: &Condition| match c {
                Condition::Above(q, v) => fields.value(game, *links, q.0) > *v,
                Condition::Below(q, v) => fields.value(game, *links, q.0) < *v,
                Condition::InForce(_) | Condition::NotInForce(_) | Condition::AtLeastLevel(..) => {
                    policy_condition(rules, *links, &held, c)
                }
            };
            if e.when.iter().all(holds) {
                firing.push(id);
            }
        }
        streams
            .events
            .skip(u64::try_from(rules.events.len()).unwrap_or(u64::MAX));
        if firing.is_empty() && state.forced.is_empty() {
            continue;
        }
        state.forced.clear();
        for &id in &firing {
            fire(rules, id, turn, &mut state, &mut effects, &mut journal);
        }
    }
}
