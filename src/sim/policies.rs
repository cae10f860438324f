//! Policies in force: which each bloc has, how orders change them, and what they cost.
//!
//! A policy's effects are started and stopped through [`ActiveEffects`]; its money cost is
//! paid every quarter from the bloc's state funding while it is in force (or being built),
//! as `funding.upkeep`; its capital cost is paid when the order is applied. An order that is
//! not legal when applied (too little capital or state money, a prerequisite missing, the
//! wrong side, a policy the scenario fixes) is rejected whole with a reason in the journal. A
//! policy the state can no longer pay for lapses, the newest first, with a news item.

use bevy::ecs::query::QueryData;
use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::access::{BlocParts, GameParts, GameQuantities};
pub use super::effect_changes::{Change, EffectsChange};
use super::effects::{ActiveEffects, Owner};
use super::events::EventState;
use super::funding::Funding;
use super::game::{Calendar, Game, Journal, JournalEntry, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::orders::{Command, OrderDesk};
use super::quantity::{BlocQ, Quantity, Side};
use crate::scenario::{EffectDef, PolicyDef, PolicyKind, PolicySide, Scenario};

/// A policy, by its position in the scenario's list.
pub type PolicyId = super::index::Id<super::index::PolicyEntry>;

/// Where one policy stands for one bloc.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PolicyStatus {
    /// Not in force.
    Off,
    /// A toggle in force since a turn.
    On {
        /// Turn enacted.
        since: u32,
    },
    /// A level policy at a level.
    Level {
        /// Current level.
        level: u8,
        /// Turn it was set.
        since: u32,
    },
    /// A project being built.
    Building {
        /// Turns until it completes.
        turns_left: u32,
    },
    /// A completed project.
    Built {
        /// Turn completed.
        since: u32,
    },
}

impl PolicyStatus {
    /// True when the policy counts as in force (level policies above level 0).
    pub fn in_force(self) -> bool {
        match self {
            PolicyStatus::On { .. } | PolicyStatus::Built { .. } => true,
            PolicyStatus::Level { level, .. } => level > 0,
            PolicyStatus::Off | PolicyStatus::Building { .. } => false,
        }
    }

    /// The level of a level policy (0 for any other status).
    pub fn level(self) -> u8 {
        match self {
            PolicyStatus::Level { level, .. } => level,
            _ => 0,
        }
    }
}

/// A bloc's policies, indexed by [`PolicyId`].
#[derive(Component, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Policies {
    /// One status per scenario policy.
    pub status: Vec<PolicyStatus>,
}

clone_reusing!(Policies { status });

impl Policies {
    /// Status of a policy (Off if unknown).
    pub fn get(&self, id: PolicyId) -> PolicyStatus {
        self.status
            .get(id.index())
            .copied()
            .unwrap_or(PolicyStatus::Off)
    }

    /// True when a policy is in force.
    pub fn in_force(&self, id: PolicyId) -> bool {
        self.get(id).in_force()
    }

    /// The policies at the start of a scenario for one side.
    pub fn initial(s: &Scenario, side: Side) -> Policies {
        Policies {
            status: s
                .policies
                .iter()
                .map(|p| match (&p.kind, p.side.allows(side)) {
                    (_, false) => PolicyStatus::Off,
                    (PolicyKind::Levels { start, .. }, true) => PolicyStatus::Level {
                        level: *start,
                        since: 0,
                    },
                    (PolicyKind::Toggle, true) if p.start_active => PolicyStatus::On { since: 0 },
                    _ => PolicyStatus::Off,
                })
                .collect(),
        }
    }
}

/// True when a policy at this status costs its money every quarter: in force, or a project
/// under construction (a completed project costs nothing more).
pub fn paying(status: PolicyStatus) -> bool {
    match status {
        PolicyStatus::Building { .. } => true,
        PolicyStatus::Built { .. } => false,
        other => other.in_force(),
    }
}

/// The state money a bloc's policies cost this quarter, $B.
pub(crate) fn upkeep_of(s: &Scenario, policies: &Policies) -> f64 {
    s.policies
        .iter()
        .zip(&policies.status)
        .filter(|(_, st)| paying(**st))
        .map(|(p, _)| p.cost.money)
        .sum()
}

/// The money a command starts costing every quarter, $B (0 for orders that cost none).
pub(crate) fn money_cost(s: &Scenario, own: &Policies, command: &Command) -> f64 {
    let Some(id) = command.policy() else {
        return 0.0;
    };
    let Some(p) = id.def(s) else { return 0.0 };
    let before = paying(own.get(id));
    let after = match *command {
        Command::Enact { .. } => true,
        Command::SetLevel { level, .. } => level > 0,
        _ => false,
    };
    if after && !before { p.cost.money } else { 0.0 }
}

/// The effects a policy has in force at a status (levels: that level's effects).
pub(crate) fn effects_at(p: &PolicyDef, status: PolicyStatus) -> &[EffectDef] {
    match (&p.kind, status) {
        (PolicyKind::Levels { levels, .. }, PolicyStatus::Level { level, .. }) => levels
            .get(usize::from(level))
            .map_or(&[][..], |l| l.effects.as_slice()),
        (PolicyKind::Toggle, PolicyStatus::On { .. })
        | (PolicyKind::Project { .. }, PolicyStatus::Built { .. }) => &p.effects,
        _ => &[],
    }
}

/// The owner of a side's own effects of a policy at a status.
pub(super) fn owner(id: PolicyId, p: &PolicyDef, side: Side, status: PolicyStatus) -> Owner {
    let level = match status {
        PolicyStatus::Level { level, .. } => level,
        _ => 0,
    };
    Owner::Policy {
        id,
        side: (p.side != PolicySide::Shared).then_some(side),
        level,
    }
}

/// Start the effects of every policy in force at the start of a game.
pub(crate) fn start_initial_effects(
    s: &Scenario,
    policies: [&Policies; 2],
    effects: &mut ActiveEffects,
) {
    for (i, p) in s.policies.iter().enumerate() {
        let Ok(raw) = u16::try_from(i) else { break };
        let id = PolicyId::new(raw);
        match p.side {
            PolicySide::Shared => {
                if policies[0].in_force(id) && policies[1].in_force(id) {
                    effects.start(
                        owner(id, p, Side::Us, PolicyStatus::On { since: 0 }),
                        &p.effects,
                        0,
                    );
                }
            }
            _ => {
                for side in Side::BOTH {
                    let status = policies[side.index()].get(id);
                    let active = effects_at(p, status);
                    if !active.is_empty() {
                        effects.start(owner(id, p, side, status), active, 0);
                    }
                }
            }
        }
    }
}

/// The policy orders an event's option gives (ids the scenario does not know are left out:
/// validation reports them).
pub(crate) fn choice_orders(
    s: &Scenario,
    event: super::events::EventId,
    option: u8,
) -> Vec<Command> {
    let Some(def) = event
        .def(s)
        .and_then(|e| e.choices.get(usize::from(option)))
    else {
        return Vec::new();
    };
    def.orders
        .iter()
        .filter_map(|o| {
            let index = s.policies.iter().position(|p| p.id == o.policy())?;
            let policy = PolicyId::at(index)?;
            Some(match o {
                crate::scenario::ChoiceOrder::Enact(_) => Command::Enact { policy },
                crate::scenario::ChoiceOrder::Repeal(_) => Command::Repeal { policy },
                crate::scenario::ChoiceOrder::SetLevel(_, level) => Command::SetLevel {
                    policy,
                    level: *level,
                },
            })
        })
        .collect()
}

/// The parts of a game entity the order, project and upkeep systems read and change.
#[derive(QueryData)]
#[query_data(mutable)]
pub(crate) struct TurnParts {
    /// The game entity.
    pub entity: Entity,
    /// The game's blocs.
    pub links: &'static Game,
    /// Its scenario.
    pub rules: &'static Rules,
    /// Whether it is over.
    pub outcome: &'static Outcome,
    /// Its turn.
    pub calendar: &'static Calendar,
    /// Its event choices waiting for an answer.
    pub events: &'static mut EventState,
    /// The effects in force.
    pub effects: &'static mut ActiveEffects,
    /// This turn's causes.
    pub ledger: &'static mut Ledger,
    /// This turn's news.
    pub journal: &'static mut Journal,
    /// Its own quantities.
    pub quantities: GameParts,
}

/// The parts of a bloc entity those systems read and change: its quantities and policies.
pub(crate) type BlocTurnParts = (BlocParts, &'static mut Policies);

/// The blocs, read through their state money and policies alone (first) or fetched whole to
/// change (second).
pub(crate) type BlocsParam<'w, 's> = ParamSet<
    'w,
    's,
    (
        Query<'static, 'static, (&'static Funding, Ref<'static, Policies>)>,
        Query<'static, 'static, BlocTurnParts>,
    ),
>;

/// One game's parts for a policy change, looked up once: its quantities (the one writer,
/// `GameQuantities`), both blocs' policies, the effects in force, the ledger, the journal,
/// the waiting choices, and the queue of [`EffectsChange`] messages. Orders, projects and
/// upkeep decide changes through it; the effects those changes start and stop are carried
/// out by `start_and_stop_effects`. No part is taken out of the world and put back.
pub struct GameMut<'a, 'gw, 'gs, 'bw, 'bs> {
    /// The game entity.
    pub game: Entity,
    /// Its quantities.
    pub q: GameQuantities<'a, 'gw, 'gs, 'bw, 'bs>,
    /// Each bloc's policies, US then China.
    pub policies: [Mut<'bw, Policies>; 2],
    /// This turn's causes.
    pub ledger: &'a mut Ledger,
    /// This turn's news.
    pub journal: &'a mut Journal,
    /// Event choices waiting for an answer.
    pub events: &'a mut EventState,
    /// Where changes to the effects in force are sent.
    pub changes: &'a mut Messages<EffectsChange>,
}

/// Run `f` on one game's [`GameMut`] (nothing if a bloc is missing).
pub(crate) fn with_game<R>(
    g: &mut TurnPartsItem<'_, '_>,
    blocs: &mut Query<BlocTurnParts>,
    changes: &mut Messages<EffectsChange>,
    f: impl FnOnce(&mut GameMut, &Scenario, u32) -> R,
) -> Option<R> {
    let links = *g.links;
    let [(us, us_policies), (china, china_policies)] =
        blocs.get_many_mut([links.us, links.china]).ok()?;
    let rules = &g.rules.0;
    let turn = g.calendar.turn;
    let mut game = GameMut {
        game: g.entity,
        q: GameQuantities {
            game: &mut g.quantities,
            blocs: [us, china],
        },
        policies: [us_policies, china_policies],
        ledger: &mut g.ledger,
        journal: &mut g.journal,
        events: &mut g.events,
        changes,
    };
    Some(f(&mut game, rules, turn))
}

impl GameMut<'_, '_, '_, '_, '_> {
    /// Where `side`'s orders are checked now.
    pub(crate) fn desk<'s>(&'s self, s: &'s Scenario, side: Side) -> OrderDesk<'s> {
        let own = &*self.policies[side.index()];
        let bloc = &self.q.blocs[side.index()];
        OrderDesk {
            scenario: s,
            side,
            own,
            capital: bloc.politics.points,
            money: bloc.funding.state - upkeep_of(s, own),
            pending: &self.events.pending,
        }
    }

    /// Pay capital under a policy's cause.
    pub(crate) fn pay(&mut self, side: Side, id: PolicyId, cost: f64) {
        if cost <= 0.0 {
            return;
        }
        let capital = &mut self.q.blocs[side.index()].politics;
        self.ledger.add(
            Quantity::Bloc(side, BlocQ::PoliticalCapitalPoints),
            Cause::Policy(id),
            &mut capital.points,
            -cost,
        );
    }

    /// Change a policy's status for a side, and send the change for its effects (the side's
    /// own, or the joint effects of a shared policy) to start and stop.
    pub(crate) fn set_status(&mut self, side: Side, id: PolicyId, new: PolicyStatus, turn: u32) {
        let old = self.policies[side.index()].get(id);
        let rival_in_force = self.policies[side.rival().index()].in_force(id);
        let Some(slot) = self.policies[side.index()].status.get_mut(id.index()) else {
            return;
        };
        *slot = new;
        self.changes.write(EffectsChange {
            game: self.game,
            turn,
            what: Change::Policy {
                side,
                policy: id,
                from: old,
                to: new,
                rival_in_force,
            },
        });
    }
}

/// Projects under construction advance; completed ones start their effects.
pub(crate) fn progress_projects(
    mut games: Query<TurnParts>,
    mut blocs: BlocsParam,
    mut changes: ResMut<Messages<EffectsChange>>,
) {
    for mut g in &mut games {
        if g.outcome.is_over() {
            continue;
        }
        // Most games have nothing being built: looked at through the policies alone.
        let building = {
            let policies = blocs.p0();
            Side::BOTH.iter().any(|side| {
                policies.get(g.links.bloc(*side)).is_ok_and(|(_, ps)| {
                    ps.status
                        .iter()
                        .any(|st| matches!(st, PolicyStatus::Building { .. }))
                })
            })
        };
        if !building {
            continue;
        }
        with_game(&mut g, &mut blocs.p1(), &mut changes, |game, _, turn| {
            for side in Side::BOTH {
                let building: Vec<(PolicyId, u32)> = game.policies[side.index()]
                    .status
                    .iter()
                    .enumerate()
                    .filter_map(|(i, st)| match st {
                        PolicyStatus::Building { turns_left } => {
                            PolicyId::at(i).map(|id| (id, *turns_left))
                        }
                        _ => None,
                    })
                    .collect();
                for (id, left) in building {
                    if left > 1 {
                        if let Some(slot) = game.policies[side.index()].status.get_mut(id.index()) {
                            *slot = PolicyStatus::Building {
                                turns_left: left - 1,
                            };
                        }
                        continue;
                    }
                    game.set_status(side, id, PolicyStatus::Built { since: turn }, turn);
                    game.journal
                        .push(JournalEntry::ProjectCompleted { side, policy: id });
                }
            }
        });
    }
}

/// Pay for the policies in force from each bloc's state money (`funding.upkeep`). When the
/// state can no longer pay for them all, policies lapse — toggles and levels the newest
/// first, projects under construction last — until it can, each with a news item. State money
/// is never spent twice and never silently goes below zero.
pub(crate) fn pay_upkeep(
    mut games: Query<TurnParts>,
    mut blocs: BlocsParam,
    mut changes: ResMut<Messages<EffectsChange>>,
) {
    for mut g in &mut games {
        if g.outcome.is_over() {
            continue;
        }
        // Most quarters nothing changes: the upkeep is what it was and the state can pay it.
        // The upkeep is the sum over the policies' statuses, so it is summed again only when
        // a status changed since this system last ran (Bevy's change ticks see every writer:
        // orders, projects, a restored snapshot, a test); the sum over unchanged statuses
        // would give the same number to the bit.
        let unchanged = {
            let policies = blocs.p0();
            let rules = &g.rules.0;
            Side::BOTH.iter().all(|side| {
                policies
                    .get(g.links.bloc(*side))
                    .is_ok_and(|(funding, ps)| {
                        let upkeep = if ps.is_changed() {
                            upkeep_of(rules, &ps)
                        } else {
                            funding.upkeep
                        };
                        upkeep <= funding.state + 1e-9 && upkeep - funding.upkeep == 0.0
                    })
            })
        };
        if unchanged {
            continue;
        }
        with_game(
            &mut g,
            &mut blocs.p1(),
            &mut changes,
            |game, rules, turn| {
                for side in Side::BOTH {
                    let state = game.q.blocs[side.index()].funding.state;
                    let mut upkeep = upkeep_of(rules, &game.policies[side.index()]);
                    if upkeep > state + 1e-9 {
                        upkeep = lapse_unpaid(game, rules, side, state, turn);
                    }
                    let funding = &mut game.q.blocs[side.index()].funding;
                    let change = upkeep - funding.upkeep;
                    funding.upkeep = upkeep;
                    if game.ledger.enabled && change != 0.0 {
                        game.ledger.entries.push(super::ledger::Contribution {
                            quantity: Quantity::Bloc(side, BlocQ::FundingUpkeep),
                            cause: Cause::Upkeep,
                            amount: change,
                        });
                    }
                }
            },
        );
    }
}

/// Lapse a side's policies, newest first, until `state` money pays for the rest; returns the
/// upkeep left.
fn lapse_unpaid(game: &mut GameMut, rules: &Scenario, side: Side, state: f64, turn: u32) -> f64 {
    let policies = game.policies[side.index()].clone();
    let mut order: Vec<(u32, PolicyId, f64)> = rules
        .policies
        .iter()
        .zip(&policies.status)
        .enumerate()
        .filter(|(_, (p, st))| paying(**st) && p.cost.money > 0.0)
        .filter_map(|(i, (p, st))| {
            let key = match *st {
                PolicyStatus::On { since } | PolicyStatus::Level { since, .. } => since + 1,
                _ => 0,
            };
            PolicyId::at(i).map(|id| (key, id, p.cost.money))
        })
        .collect();
    // Newest first; among the same turn, the later in the scenario's list first.
    order.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let mut upkeep = upkeep_of(rules, &policies);
    for (_, id, money) in order {
        if upkeep <= state + 1e-9 {
            break;
        }
        let off = match policies.get(id) {
            PolicyStatus::Level { .. } => PolicyStatus::Level {
                level: 0,
                since: turn,
            },
            _ => PolicyStatus::Off,
        };
        game.set_status(side, id, off, turn);
        game.journal
            .push(JournalEntry::PolicyLapsed { side, policy: id });
        upkeep -= money;
    }
    upkeep.max(0.0)
}
