//! Typed effects of policies and events: scheduled, applied each turn, and undone when a
//! policy leaves force.
//!
//! An effect names a state quantity, an operation (add, multiply, move toward) and a
//! duration. Every change lands in the ledger under the policy's or event's id, clamped to the
//! quantity's bounds. A held effect remembers how much it changed its quantity so that
//! leaving force undoes exactly that.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::access::{BlocParts, GameParts, GameQuantities};
use super::events::EventId;
use super::game::{Calendar, Game, Outcome};
use super::ledger::{Cause, Ledger};
use super::policies::PolicyId;
use super::quantity::{Quantity, Side};
use crate::scenario::{Duration, EffectDef, Op};

/// Who an effect belongs to, so it can be found and stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Owner {
    /// A policy of one side (`side` None: the shared half that needs both sides), at a level.
    Policy {
        /// The policy.
        id: PolicyId,
        /// The side whose policy it is; None for the joint effects of a shared policy.
        side: Option<Side>,
        /// Level of a level policy (0 for toggles and projects).
        level: u8,
    },
    /// An event that fired on a turn (its fixed effects, whoever they fall on).
    Event {
        /// The event.
        id: EventId,
        /// The turn it fired.
        turn: u32,
    },
    /// The running cost of a policy as saves before format 3 kept it (a held effect on state
    /// funding); reading such a save removes these and gives their money back
    /// (`save::migrate`). Never made by the simulation.
    #[serde(rename = "Upkeep")]
    LegacyUpkeep {
        /// The policy.
        id: PolicyId,
        /// The side paying.
        side: Side,
    },
    /// The option a side chose in answer to an event.
    Choice {
        /// The event.
        id: EventId,
        /// The turn it fired.
        turn: u32,
        /// The side that chose.
        side: Side,
    },
}

impl Owner {
    /// The ledger cause of this owner's effects.
    pub fn cause(self) -> Cause {
        match self {
            Owner::Policy { id, .. } | Owner::LegacyUpkeep { id, .. } => Cause::Policy(id),
            Owner::Event { id, .. } | Owner::Choice { id, .. } => Cause::Event(id),
        }
    }

    /// How much of this owner's effects on the shared risk and tension each side answers
    /// for, US then China: a side's own policy or choice is its own; a shared policy is half
    /// each side's; what events do by themselves is nobody's.
    pub(crate) fn responsibility(self) -> [f64; 2] {
        match self {
            Owner::Policy { side: Some(s), .. } | Owner::Choice { side: s, .. } => {
                let mut w = [0.0; 2];
                w[s.index()] = 1.0;
                w
            }
            Owner::Policy { side: None, .. } => [0.5, 0.5],
            Owner::Event { .. } | Owner::LegacyUpkeep { .. } => [0.0, 0.0],
        }
    }
}

/// The bloc quantity that keeps a side's own part of a shared quantity (risk or tension).
pub fn own_part(q: Quantity, side: Side) -> Option<Quantity> {
    use super::quantity::{BlocQ, GameQ};
    match q {
        Quantity::Game(GameQ::Risk) => Some(Quantity::Bloc(side, BlocQ::SafetyRiskAdded)),
        Quantity::Game(GameQ::Tension) => Some(Quantity::Bloc(side, BlocQ::SafetyTensionAdded)),
        _ => None,
    }
}

/// One scheduled or running effect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActiveEffect {
    /// Whose.
    pub owner: Owner,
    /// What it changes.
    pub quantity: Quantity,
    /// How.
    pub op: Op,
    /// For how long.
    pub duration: Duration,
    /// First turn it applies.
    pub starts: u32,
    /// Times applied so far.
    pub applied_times: u32,
    /// Net change made so far (undone when a held effect ends).
    pub applied_total: f64,
}

/// Every scheduled or running effect of a game (on the game entity).
#[derive(Component, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActiveEffects {
    /// In the order they were started.
    pub list: Vec<ActiveEffect>,
}

clone_reusing!(ActiveEffects { list });

impl ActiveEffects {
    /// Schedule effects for `owner`, starting on `turn` plus each effect's delay.
    pub fn start(&mut self, owner: Owner, effects: &[EffectDef], turn: u32) {
        for e in effects {
            self.list.push(ActiveEffect {
                owner,
                quantity: e.quantity.0,
                op: e.op,
                duration: e.duration,
                starts: turn + e.delay,
                applied_times: 0,
                applied_total: 0.0,
            });
        }
    }

    /// Take out every effect of `owner`, returning the amounts to undo (quantity, amount).
    pub fn stop(&mut self, owner: Owner) -> Vec<(Quantity, f64)> {
        let mut undo = Vec::new();
        self.list.retain(|e| {
            if e.owner != owner {
                return true;
            }
            if matches!(e.duration, Duration::Held | Duration::HeldFor(_)) && e.applied_times > 0 {
                undo.push((e.quantity, -e.applied_total));
            }
            false
        });
        undo
    }
}

/// The change `op` makes to a value `v` kept within `bounds` (0 if not finite).
#[inline(always)]
pub(crate) fn op_delta(op: Op, v: f64, bounds: super::quantity::Bounds) -> f64 {
    let raw = match op {
        Op::Add(x) => x,
        Op::Multiply(f) => v * (f - 1.0),
        Op::MoveToward { target, rate } => rate * (target - v),
    };
    let delta = bounds.clamp(v + raw) - v;
    if delta.is_finite() { delta } else { 0.0 }
}

/// Apply `op` to the value `v` of quantity `q` under `cause`, clamped to the quantity's
/// bounds, and record it; returns the change made.
#[inline(always)]
pub(crate) fn apply_to(v: &mut f64, q: Quantity, cause: Cause, op: Op, ledger: &mut Ledger) -> f64 {
    let delta = op_delta(op, *v, q.bounds());
    ledger.add(q, cause, v, delta);
    delta
}

/// Apply every effect that is due this turn, in every game; end the ones that are done.
/// Each game's entities are looked up once (`GameQuantities`), not once per effect.
pub(crate) fn apply_effects(
    mut games: Query<(
        &Game,
        &Outcome,
        &Calendar,
        &mut ActiveEffects,
        &mut Ledger,
        GameParts,
    )>,
    mut blocs: Query<BlocParts>,
) {
    for (links, outcome, calendar, mut effects, mut ledger, mut parts) in &mut games {
        let turn = calendar.turn;
        if outcome.is_over() || !effects.list.iter().any(|e| e.starts <= turn) {
            continue;
        }
        let Ok(blocs) = blocs.get_many_mut([links.us, links.china]) else {
            continue;
        };
        let mut fields = GameQuantities {
            game: &mut parts,
            blocs,
        };
        let ledger = &mut *ledger;
        effects
            .list
            .retain_mut(|e| step_effect(e, turn, &mut fields, ledger));
    }
}

/// One effect's turn: apply it if it is due, undo it if its time is up; false when it is
/// done. Held effects already in place (a third of a mid-game list) return at once.
#[inline]
fn step_effect(
    e: &mut ActiveEffect,
    turn: u32,
    fields: &mut GameQuantities,
    ledger: &mut Ledger,
) -> bool {
    if turn < e.starts {
        return true;
    }
    let apply_now = match e.duration {
        // Held effects already in place: nothing to do until they end.
        Duration::Held if e.applied_times > 0 => return true,
        Duration::HeldFor(n) if turn >= e.starts + n => {
            let undo = Op::Add(-e.applied_total);
            let delta = fields.apply(ledger, e.quantity, e.owner.cause(), undo);
            attribute(e, delta, fields, ledger);
            return false;
        }
        Duration::HeldFor(_) if e.applied_times > 0 => return true,
        Duration::Held | Duration::HeldFor(_) | Duration::Once => e.applied_times == 0,
        Duration::EachTurn => true,
        Duration::Turns(n) => e.applied_times < n,
    };
    if apply_now {
        let delta = fields.apply(ledger, e.quantity, e.owner.cause(), e.op);
        attribute(e, delta, fields, ledger);
        e.applied_total += delta;
        e.applied_times += 1;
    }
    match e.duration {
        Duration::Held | Duration::EachTurn | Duration::HeldFor(_) => true,
        Duration::Once => false,
        Duration::Turns(n) => e.applied_times < n,
    }
}

/// Book a change `delta` an effect made to the shared risk or tension to the sides that
/// answer for it (nothing for any other quantity).
#[inline]
fn attribute(e: &ActiveEffect, delta: f64, fields: &mut GameQuantities, ledger: &mut Ledger) {
    if delta == 0.0 || own_part(e.quantity, Side::Us).is_none() {
        return;
    }
    let weights = e.owner.responsibility();
    for side in Side::BOTH {
        let w = weights[side.index()];
        if let Some(own) = own_part(e.quantity, side)
            && w != 0.0
        {
            fields.apply(ledger, own, e.owner.cause(), Op::Add(w * delta));
        }
    }
}
