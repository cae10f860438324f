//! The one order checker: is this order legal now, after the orders already queued, and what
//! does it cost? [`OrderDesk`] holds what a check reads (a side's policies, political
//! capital, free state money and waiting choices); the simulation builds it from the game
//! ([`check_against`], and again for each order applied at the start of a turn), the computer
//! players and the window from the side's own view. A refusal is data ([`Refusal`]): the
//! front-ends put it into words.

use bevy::prelude::*;

use super::events::{EventState, PendingChoice};
use super::funding::Funding;
use super::game::Game;
use super::orders::Command;
use super::policies::{Policies, PolicyId, PolicyStatus, choice_orders, money_cost, upkeep_of};
use super::politics::PoliticalCapital;
use super::quantity::Side;
use crate::scenario::{PolicyDef, PolicyKind, Scenario};

/// Why a command was refused.
#[derive(Clone, Debug, PartialEq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum CommandError {
    /// A budget weight is negative or not a number, or all are zero.
    #[error("budget weights must be finite, not negative, and not all zero (got {0:?})")]
    BadBudget([f64; 3]),
    /// The game is over.
    #[error("the game is over; no more orders are taken")]
    GameOver,
    /// No policy with this index.
    #[error("there is no policy #{0} in this scenario")]
    UnknownPolicy(u16),
    /// The order is not legal now, and why (data: the front-ends put it into words).
    #[error("{0}")]
    Refused(Refusal),
}

/// Why a legal-looking order cannot be given now. Policies and events are named by their
/// scenario ids; the English here is for the command line and logs, and the window says the
/// same through its string tables (`i18n::refusal_text`).
#[derive(Clone, Debug, PartialEq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum Refusal {
    /// The policy belongs to the other side.
    #[error("`{policy}` is a {} policy; {} cannot enact it", owner.adjective(), side.name())]
    WrongSide {
        /// The policy's id.
        policy: String,
        /// Whose it is.
        owner: crate::scenario::PolicySide,
        /// Who ordered it.
        side: Side,
    },
    /// The policy already has an order this turn.
    #[error("`{policy}` already has an order this turn")]
    AlreadyOrdered {
        /// The policy's id.
        policy: String,
    },
    /// Too little political capital left.
    #[error("`{policy}` costs {cost:.1} political capital; {} has {left:.1} left this turn", side.name())]
    Capital {
        /// The policy's id.
        policy: String,
        /// What it costs.
        cost: f64,
        /// What is left.
        left: f64,
        /// Who ordered it.
        side: Side,
    },
    /// Too little state money left for its upkeep.
    #[error("`{policy}` costs ${cost:.1}B a quarter of state money; {} has ${left:.1}B a quarter left after the upkeep of its policies", side.name())]
    Money {
        /// The policy's id.
        policy: String,
        /// Its upkeep, $B a quarter.
        cost: f64,
        /// What is left, $B a quarter.
        left: f64,
        /// Who ordered it.
        side: Side,
    },
    /// The scenario fixes the policy.
    #[error("`{policy}` is fixed by this scenario; nobody can change it")]
    Fixed {
        /// The policy's id.
        policy: String,
    },
    /// A prerequisite is not in force.
    #[error("`{policy}` needs `{needs}` in force first")]
    Requires {
        /// The policy's id.
        policy: String,
        /// The policy it needs.
        needs: String,
    },
    /// An excluded policy is in force.
    #[error("`{policy}` cannot be in force together with `{with}`; repeal `{with}` first")]
    Excludes {
        /// The policy's id.
        policy: String,
        /// The policy in the way.
        with: String,
    },
    /// Enact was ordered for a policy with levels.
    #[error("`{policy}` has levels: set a level instead")]
    HasLevels {
        /// The policy's id.
        policy: String,
    },
    /// Already enacted.
    #[error("`{policy}` is already enacted")]
    AlreadyEnacted {
        /// The policy's id.
        policy: String,
    },
    /// A project cannot be repealed.
    #[error("`{policy}` is a project and cannot be repealed")]
    Project {
        /// The policy's id.
        policy: String,
    },
    /// Repeal was ordered for a policy with levels.
    #[error("`{policy}` has levels: set level 0 instead")]
    RepealLevels {
        /// The policy's id.
        policy: String,
    },
    /// Not in force.
    #[error("`{policy}` is not in force")]
    NotInForce {
        /// The policy's id.
        policy: String,
    },
    /// A level was ordered for a policy without levels.
    #[error("`{policy}` has no levels")]
    NoLevels {
        /// The policy's id.
        policy: String,
    },
    /// No such level.
    #[error("`{policy}` has levels 0 to {max}; there is no level {level}")]
    NoSuchLevel {
        /// The policy's id.
        policy: String,
        /// The level asked for.
        level: u8,
        /// The highest level.
        max: usize,
    },
    /// The side does not hold this level policy.
    #[error("`{policy}` is not available to {}", side.name())]
    NotAvailable {
        /// The policy's id.
        policy: String,
        /// Who ordered it.
        side: Side,
    },
    /// Already at that level.
    #[error("`{policy}` is already at level {level}")]
    AlreadyAtLevel {
        /// The policy's id.
        policy: String,
        /// The level.
        level: u8,
    },
    /// No choice of this event waits for the side.
    #[error("no choice of event `{event}` is waiting for {}", side.name())]
    NoPendingChoice {
        /// The event's id.
        event: String,
        /// Who answered.
        side: Side,
    },
    /// No such option.
    #[error("event `{event}` has {options} choices; there is no choice {choice}")]
    NoSuchChoice {
        /// The event's id.
        event: String,
        /// The option asked for (0-based).
        choice: u8,
        /// How many there are.
        options: usize,
    },
    /// An option's policy order would be refused.
    #[error("option {} of `{event}` would give an order that is refused: {reason}", u16::from(*option) + 1)]
    ChoiceOrder {
        /// The event's id.
        event: String,
        /// The option (0-based).
        option: u8,
        /// The order it would give.
        order: Command,
        /// Why that order is refused.
        reason: Box<Refusal>,
    },
}

/// Check a command for `side` against a game's current state and its queued orders.
pub fn check_against(
    world: &World,
    game: Entity,
    s: &Scenario,
    side: Side,
    command: &Command,
    queued: &[(Side, Command)],
) -> Result<f64, CommandError> {
    let links = world.get::<Game>(game).ok_or(CommandError::GameOver)?;
    let bloc = links.bloc(side);
    // Every game has its blocs' policies and its event state from the start: a missing one
    // means the game is not one (any more).
    let own = world.get::<Policies>(bloc).ok_or(CommandError::GameOver)?;
    let events = world
        .get::<EventState>(game)
        .ok_or(CommandError::GameOver)?;
    let desk = OrderDesk {
        scenario: s,
        side,
        own,
        capital: world
            .get::<PoliticalCapital>(bloc)
            .map_or(0.0, |c| c.points),
        money: world.get::<Funding>(bloc).map_or(0.0, |f| f.state) - upkeep_of(s, own),
        pending: &events.pending,
    };
    let queued: Vec<Command> = queued
        .iter()
        .filter(|(s2, _)| *s2 == side)
        .map(|(_, c)| *c)
        .collect();
    desk.check(&queued, command)
}

/// Where a side's orders are checked: its policies, political capital, free state money and
/// waiting choices. The one order checker: the simulation builds it from the game
/// ([`check_against`]), the computer players and the window from the side's own view
/// (`OrderDesk::of_view`); fog never hides a side's own state, so both see the same
/// numbers and take or refuse the same orders.
#[derive(Clone, Copy)]
pub struct OrderDesk<'a> {
    /// The scenario.
    pub scenario: &'a Scenario,
    /// The ordering side.
    pub side: Side,
    /// Its policies.
    pub own: &'a Policies,
    /// Its political capital.
    pub capital: f64,
    /// Its state money less the upkeep of the policies in force, $B a quarter.
    pub money: f64,
    /// Event choices waiting for an answer.
    pub pending: &'a [super::events::PendingChoice],
}

impl<'a> OrderDesk<'a> {
    /// The desk of the side whose view this is.
    pub(crate) fn of_view(s: &'a Scenario, view: &'a super::fog::SideView) -> OrderDesk<'a> {
        OrderDesk {
            scenario: s,
            side: view.side,
            own: &view.own.policies,
            capital: view.own.politics.points,
            money: view.own.funding.state - upkeep_of(s, &view.own.policies),
            pending: &view.pending_choices,
        }
    }

    /// Would the game take `command` after the side's `queued` orders (in the order given)?
    /// On success, the political capital it costs.
    pub fn check(&self, queued: &[Command], command: &Command) -> Result<f64, CommandError> {
        command.validate()?;
        check(&self.after(&self.left(queued)), command)
    }

    /// What an order is checked against once `left` is what the queued orders left.
    fn after<'b>(&'b self, left: &'b Commitments) -> OrderContext<'b> {
        OrderContext {
            scenario: self.scenario,
            side: self.side,
            own: self.own,
            capital: left.capital,
            money: left.money,
            pending: self.pending,
            ordered: &left.ordered,
        }
    }

    /// What the side has left once `queued` orders are paid for in turn, skipping any the game
    /// would refuse: what each later order, and the player's top bar, has left. The one place
    /// that sums what orders cost.
    pub fn left(&self, queued: &[Command]) -> Commitments {
        let mut left = Commitments {
            capital: self.capital,
            money: self.money,
            ordered: Vec::new(),
        };
        for c in queued {
            if let Ok(cost) = check(&self.after(&left), c) {
                left.capital -= cost;
                left.money -= money_cost(self.scenario, self.own, c);
            }
            if let Some(p) = c.policy() {
                left.ordered.push(p);
            }
        }
        left
    }
}

/// What a side has left once its queued orders are paid for.
#[derive(Clone, Debug, PartialEq)]
pub struct Commitments {
    /// Political capital not committed to the queued orders.
    pub capital: f64,
    /// State money not committed, $B a quarter.
    pub money: f64,
    /// The policies the queued orders touch.
    pub ordered: Vec<PolicyId>,
}

/// What a side sees when an order is checked.
pub(super) struct OrderContext<'a> {
    /// The scenario.
    pub scenario: &'a Scenario,
    /// The ordering side.
    pub side: Side,
    /// Its policies.
    pub own: &'a Policies,
    /// Its political capital not yet committed.
    pub capital: f64,
    /// Its state money not yet committed to policies, $B a quarter: state funding less the
    /// upkeep of the policies in force and of those ordered this turn.
    pub money: f64,
    /// Event choices waiting for answers.
    pub pending: &'a [PendingChoice],
    /// Policies already ordered this turn.
    pub ordered: &'a [PolicyId],
}

fn illegal(why: Refusal) -> Result<f64, CommandError> {
    Err(CommandError::Refused(why))
}

/// Check an order; on success return the capital it costs.
pub(super) fn check(ctx: &OrderContext<'_>, command: &Command) -> Result<f64, CommandError> {
    let s = ctx.scenario;
    let side = ctx.side;
    let policy = |id: PolicyId| -> Result<&PolicyDef, CommandError> {
        let p = id.def(s).ok_or(CommandError::UnknownPolicy(id.0))?;
        if !p.side.allows(side) {
            return Err(CommandError::Refused(Refusal::WrongSide {
                policy: p.id.clone(),
                owner: p.side,
                side,
            }));
        }
        if ctx.ordered.contains(&id) {
            return Err(CommandError::Refused(Refusal::AlreadyOrdered {
                policy: p.id.clone(),
            }));
        }
        Ok(p)
    };
    let afford = |p: &PolicyDef, cost: f64| -> Result<f64, CommandError> {
        if cost > ctx.capital + 1e-9 {
            return illegal(Refusal::Capital {
                policy: p.id.clone(),
                cost,
                left: ctx.capital,
                side,
            });
        }
        Ok(cost)
    };
    let fund = |p: &PolicyDef| -> Result<(), CommandError> {
        if p.cost.money > ctx.money + 1e-9 {
            return Err(CommandError::Refused(Refusal::Money {
                policy: p.id.clone(),
                cost: p.cost.money,
                left: ctx.money.max(0.0),
                side,
            }));
        }
        Ok(())
    };
    let fixed = |p: &PolicyDef| -> Result<(), CommandError> {
        if p.fixed {
            return Err(CommandError::Refused(Refusal::Fixed {
                policy: p.id.clone(),
            }));
        }
        Ok(())
    };
    let prerequisites = |p: &PolicyDef| -> Result<(), CommandError> {
        for r in &p.requires {
            if let Some(rid) = PolicyId::find(s, r)
                && !ctx.own.in_force(rid)
            {
                return Err(CommandError::Refused(Refusal::Requires {
                    policy: p.id.clone(),
                    needs: r.clone(),
                }));
            }
        }
        for x in &p.excludes {
            if let Some(xid) = PolicyId::find(s, x)
                && ctx.own.in_force(xid)
            {
                return Err(CommandError::Refused(Refusal::Excludes {
                    policy: p.id.clone(),
                    with: x.clone(),
                }));
            }
        }
        Ok(())
    };
    match *command {
        Command::SetBudget { .. } => {
            command.validate()?;
            Ok(0.0)
        }
        Command::Enact { policy: id } => {
            let p = policy(id)?;
            if matches!(p.kind, PolicyKind::Levels { .. }) {
                return illegal(Refusal::HasLevels {
                    policy: p.id.clone(),
                });
            }
            fixed(p)?;
            if ctx.own.get(id) != PolicyStatus::Off {
                return illegal(Refusal::AlreadyEnacted {
                    policy: p.id.clone(),
                });
            }
            prerequisites(p)?;
            fund(p)?;
            afford(p, p.cost.capital)
        }
        Command::Repeal { policy: id } => {
            let p = policy(id)?;
            fixed(p)?;
            match ctx.own.get(id) {
                PolicyStatus::On { .. } => {}
                PolicyStatus::Building { .. } | PolicyStatus::Built { .. } => {
                    return illegal(Refusal::Project {
                        policy: p.id.clone(),
                    });
                }
                PolicyStatus::Level { .. } => {
                    return illegal(Refusal::RepealLevels {
                        policy: p.id.clone(),
                    });
                }
                PolicyStatus::Off => {
                    return illegal(Refusal::NotInForce {
                        policy: p.id.clone(),
                    });
                }
            }
            afford(
                p,
                p.cost.capital * s.bloc(side).politics.repeal_cost_share.v(),
            )
        }
        Command::SetLevel { policy: id, level } => {
            let p = policy(id)?;
            let PolicyKind::Levels { levels, .. } = &p.kind else {
                return illegal(Refusal::NoLevels {
                    policy: p.id.clone(),
                });
            };
            if usize::from(level) >= levels.len() {
                return illegal(Refusal::NoSuchLevel {
                    policy: p.id.clone(),
                    level,
                    max: levels.len().saturating_sub(1),
                });
            }
            let PolicyStatus::Level { level: current, .. } = ctx.own.get(id) else {
                return illegal(Refusal::NotAvailable {
                    policy: p.id.clone(),
                    side,
                });
            };
            fixed(p)?;
            if current == level {
                return illegal(Refusal::AlreadyAtLevel {
                    policy: p.id.clone(),
                    level,
                });
            }
            if level > 0 {
                prerequisites(p)?;
            }
            if level > 0 && current == 0 {
                fund(p)?;
            }
            afford(p, p.cost.capital * f64::from(level.abs_diff(current)))
        }
        Command::AnswerEvent { event, choice } => {
            let Some(pending) = ctx
                .pending
                .iter()
                .find(|c| c.event == event && c.side == side)
            else {
                return illegal(Refusal::NoPendingChoice {
                    event: event.name(s),
                    side,
                });
            };
            let options = pending.event.def(s).map_or(0, |e| e.choices.len());
            if usize::from(choice) >= options {
                return illegal(Refusal::NoSuchChoice {
                    event: event.name(s),
                    choice,
                    options,
                });
            }
            // The option's policy orders must be orders the side could give itself.
            let mut cost = 0.0;
            let mut ordered = ctx.ordered.to_vec();
            for order in choice_orders(s, event, choice) {
                let sub = OrderContext {
                    capital: ctx.capital - cost,
                    ordered: &ordered,
                    ..*ctx
                };
                match check(&sub, &order) {
                    Ok(c) => cost += c,
                    Err(CommandError::Refused(why)) => {
                        return illegal(Refusal::ChoiceOrder {
                            event: event.name(s),
                            option: choice,
                            order,
                            reason: Box::new(why),
                        });
                    }
                    Err(other) => return Err(other),
                }
                if let Some(p) = order.policy() {
                    ordered.push(p);
                }
            }
            Ok(cost)
        }
    }
}
