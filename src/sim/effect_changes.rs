//! Changes to the effects in force, as Bevy messages: the systems that decide a policy's
//! status (orders, projects, upkeep) or take an event's answer send an [`EffectsChange`];
//! `start_and_stop_effects` carries them out, in the order sent, through the one quantity
//! writer. It runs after each sending system, so each change has taken effect before the
//! next part of the turn.
//!
//! Must not: decide whether a change is allowed (the order checker and the sending systems
//! do) or read anything but the game the change names.

use bevy::prelude::*;

use super::access::{BlocParts, GameQuantities};
use super::effects::Owner;
use super::game::JournalEntry;
use super::ledger::Cause;
use super::policies::{PolicyId, PolicyStatus, TurnParts, effects_at, owner};
use super::quantity::{Quantity, Side};
use crate::scenario::{Op, PolicySide};

/// A change to the effects in force in one game, decided by orders, projects or upkeep: a
/// policy's status changed, or an event's choice was answered. `start_and_stop_effects`
/// carries them out in the order they were sent, so the effects of a turn start in the order
/// its orders were given.
#[derive(Message, Clone, Copy, Debug, PartialEq)]
pub struct EffectsChange {
    /// The game entity.
    pub game: Entity,
    /// The turn it happened.
    pub turn: u32,
    /// What changed.
    pub what: Change,
}

/// What an [`EffectsChange`] changed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// A policy's status changed.
    Policy {
        /// Whose.
        side: Side,
        /// Which.
        policy: PolicyId,
        /// The status before.
        from: PolicyStatus,
        /// The status now.
        to: PolicyStatus,
        /// Whether the rival had the policy in force when it changed (a shared policy acts
        /// while both have it).
        rival_in_force: bool,
    },
    /// An event's choice was answered with an option.
    Answer {
        /// The choice.
        choice: super::events::PendingChoice,
        /// The option taken.
        option: u8,
    },
}

/// Carry out the [`EffectsChange`]s sent so far: stop the effects a policy's old status had
/// (undoing what held effects still hold, through the one quantity writer) and start those
/// of its new status, or start an answered option's effects. Runs after each system that
/// sends changes, so every change has taken effect before the next part of the turn.
pub(super) fn start_and_stop_effects(
    mut changes: ResMut<Messages<EffectsChange>>,
    mut games: Query<TurnParts>,
    mut blocs: Query<BlocParts>,
) {
    if changes.is_empty() {
        return;
    }
    for change in changes.drain() {
        let Ok(mut g) = games.get_mut(change.game) else {
            continue;
        };
        let links = *g.links;
        let Ok([us, china]) = blocs.get_many_mut([links.us, links.china]) else {
            continue;
        };
        let mut q = GameQuantities {
            game: &mut g.quantities,
            blocs: [us, china],
        };
        let rules = &g.rules.0;
        let effects = &mut *g.effects;
        let ledger = &mut *g.ledger;
        let turn = change.turn;
        match change.what {
            Change::Answer { choice, option } => {
                let Some(option_def) = choice
                    .event
                    .def(rules)
                    .and_then(|e| e.choices.get(usize::from(option)))
                else {
                    continue;
                };
                effects.start(
                    Owner::Choice {
                        id: choice.event,
                        turn: choice.turn,
                        side: choice.side,
                    },
                    &option_def.effects,
                    turn,
                );
            }
            Change::Policy {
                side,
                policy: id,
                from,
                to,
                rival_in_force,
            } => {
                let Some(p) = id.def(rules) else { continue };
                let cause = Cause::Policy(id);
                let mut undo = |amounts: Vec<(Quantity, f64)>| {
                    for (quantity, amount) in amounts {
                        q.apply(ledger, quantity, cause, Op::Add(amount));
                    }
                };
                if p.side != PolicySide::Shared {
                    // The side's own effects of the old status stop; those of the new start.
                    undo(effects.stop(owner(id, p, side, from)));
                    let now = effects_at(p, to);
                    if !now.is_empty() {
                        effects.start(owner(id, p, side, to), now, turn);
                    }
                } else {
                    let joint = Owner::Policy {
                        id,
                        side: None,
                        level: 0,
                    };
                    let both_before = from.in_force() && rival_in_force;
                    let both_after = to.in_force() && rival_in_force;
                    if both_before && !both_after {
                        undo(effects.stop(joint));
                        g.journal.push(JournalEntry::SharedLapsed { policy: id });
                    } else if !both_before && both_after {
                        effects.start(joint, &p.effects, turn);
                        g.journal.push(JournalEntry::SharedInForce { policy: id });
                    }
                }
            }
        }
    }
}
