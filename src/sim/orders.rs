//! Orders: the one way anything outside the simulation changes it.
//!
//! Players and computer players [`submit`](super::Sim::submit) [`Command`]s; each is checked
//! when submitted (against the state the player sees and the orders already queued) and
//! again when applied at the start of the next turn, in the order given. An order that is no
//! longer legal then is rejected whole, with its reason in the journal. A save is scenario +
//! seed + commands.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::events::{EventId, EventState, answer};
use super::funding::Funding;
use super::game::{Game, JournalEntry};
use super::ledger::Cause;
use super::policies::{
    GameMut, OrderContext, Policies, PolicyId, PolicyStatus, TurnParts, check, money_cost,
    upkeep_of, with_game,
};
use super::politics::PoliticalCapital;
use super::quantity::{BlocQ, Quantity, Side};
use crate::scenario::{PolicyKind, Scenario};

/// Something a player orders.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// Split the bloc's funding between chips, power and research. Shares are relative
    /// weights: they are normalised to sum to 1.
    SetBudget {
        /// Weight of chips.
        chips: f64,
        /// Weight of power for data centres.
        grid: f64,
        /// Weight of research and talent.
        research: f64,
    },
    /// Enact a toggle policy or start a project.
    Enact {
        /// Which.
        policy: PolicyId,
    },
    /// Repeal a toggle policy.
    Repeal {
        /// Which.
        policy: PolicyId,
    },
    /// Set a level policy's level.
    SetLevel {
        /// Which.
        policy: PolicyId,
        /// The new level (0 = lowest).
        level: u8,
    },
    /// Answer an event's choice (0-based option).
    AnswerEvent {
        /// Which event.
        event: EventId,
        /// Which option.
        choice: u8,
    },
}

impl Command {
    /// Check the parts of a command that do not depend on the game's state.
    pub fn validate(&self) -> Result<(), CommandError> {
        if let Command::SetBudget {
            chips,
            grid,
            research,
        } = *self
        {
            let w = [chips, grid, research];
            if w.iter().any(|x| !x.is_finite() || *x < 0.0) || w.iter().sum::<f64>() <= 0.0 {
                return Err(CommandError::BadBudget(w));
            }
        }
        Ok(())
    }

    /// The policy a command changes, if any.
    pub fn policy(&self) -> Option<PolicyId> {
        match *self {
            Command::Enact { policy } | Command::Repeal { policy } => Some(policy),
            Command::SetLevel { policy, .. } => Some(policy),
            _ => None,
        }
    }

    /// The command in the text form [`Command::parse`] reads: `enact:ID`, `repeal:ID`,
    /// `level:ID=N`, `budget:CHIPS,GRID,RESEARCH` or `answer:EVENT=K`.
    pub fn to_text(&self, s: &Scenario) -> String {
        match *self {
            Command::SetBudget {
                chips,
                grid,
                research,
            } => format!("budget:{chips},{grid},{research}"),
            Command::Enact { policy } => format!("enact:{}", policy.name(s)),
            Command::Repeal { policy } => format!("repeal:{}", policy.name(s)),
            Command::SetLevel { policy, level } => format!("level:{}={level}", policy.name(s)),
            Command::AnswerEvent { event, choice } => format!("answer:{}={choice}", event.name(s)),
        }
    }

    /// Read an order written as [`Command::to_text`] writes it. The error says what was
    /// expected and, for an unknown id, lists the scenario's ids that look closest.
    pub fn parse(s: &Scenario, text: &str) -> Result<Command, String> {
        const FORMS: &str = "enact:POLICY, repeal:POLICY, level:POLICY=N, \
                             budget:CHIPS,GRID,RESEARCH or answer:EVENT=K";
        let text = text.trim();
        let Some((verb, rest)) = text.split_once(':') else {
            return Err(format!("`{text}` is not an order; write {FORMS}"));
        };
        let policy = |id: &str| {
            PolicyId::find(s, id.trim()).ok_or_else(|| {
                let ids: Vec<String> = s.policies.iter().map(|p| p.id.clone()).collect();
                format!(
                    "no policy `{}` in this scenario{}",
                    id.trim(),
                    crate::scenario::near_matches_note(id.trim(), &ids)
                )
            })
        };
        let number = |n: &str, what: &str| {
            n.trim()
                .parse::<u8>()
                .map_err(|_| format!("`{}` is not a {what} (a whole number from 0)", n.trim()))
        };
        let command = match verb.trim() {
            "enact" => Command::Enact {
                policy: policy(rest)?,
            },
            "repeal" => Command::Repeal {
                policy: policy(rest)?,
            },
            "level" => {
                let (id, n) = rest
                    .split_once('=')
                    .ok_or_else(|| format!("`{text}`: write level:POLICY=N"))?;
                Command::SetLevel {
                    policy: policy(id)?,
                    level: number(n, "level")?,
                }
            }
            "answer" => {
                let (id, n) = rest
                    .split_once('=')
                    .ok_or_else(|| format!("`{text}`: write answer:EVENT=K"))?;
                let event = EventId::find(s, id.trim()).ok_or_else(|| {
                    let ids: Vec<String> = s.events.iter().map(|e| e.id.clone()).collect();
                    format!(
                        "no event `{}` in this scenario{}",
                        id.trim(),
                        crate::scenario::near_matches_note(id.trim(), &ids)
                    )
                })?;
                Command::AnswerEvent {
                    event,
                    choice: number(n, "choice")?,
                }
            }
            "budget" => {
                let w: Vec<f64> = rest
                    .split(',')
                    .map(|x| x.trim().parse::<f64>())
                    .collect::<Result<_, _>>()
                    .map_err(|_| {
                        format!("`{text}`: write budget:CHIPS,GRID,RESEARCH (three numbers)")
                    })?;
                let [chips, grid, research] = w[..] else {
                    return Err(format!(
                        "`{text}`: write budget:CHIPS,GRID,RESEARCH (three numbers)"
                    ));
                };
                Command::SetBudget {
                    chips,
                    grid,
                    research,
                }
            }
            other => return Err(format!("`{other}` is not a kind of order; write {FORMS}")),
        };
        command.validate().map_err(|e| e.to_string())?;
        Ok(command)
    }

    /// The command in words, with the scenario's ids.
    pub fn describe(&self, s: &Scenario) -> String {
        match *self {
            Command::SetBudget {
                chips,
                grid,
                research,
            } => {
                // The weights are rescaled to add up to 1 when the order is applied: say the
                // shares the budget will have, not the weights as written.
                let sum = (chips + grid + research).max(f64::MIN_POSITIVE);
                let pct = |w: f64| 100.0 * w / sum;
                format!(
                    "budget chips {:.0}% / grid {:.0}% / research {:.0}%",
                    pct(chips),
                    pct(grid),
                    pct(research)
                )
            }
            Command::Enact { policy } => format!("enact {}", policy.name(s)),
            Command::Repeal { policy } => format!("repeal {}", policy.name(s)),
            Command::SetLevel { policy, level } => {
                format!("set {} to level {level}", policy.name(s))
            }
            Command::AnswerEvent { event, choice } => {
                format!("answer {} with option {choice}", event.name(s))
            }
        }
    }
}

/// Why a command was refused.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
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
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
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

/// Commands waiting for the next turn.
#[derive(Component, Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Orders {
    /// In the order given.
    pub pending: Vec<(Side, Command)>,
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
/// ([`OrderDesk::of_view`]); fog never hides a side's own state, so both see the same
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
    pub fn of_view(s: &'a Scenario, view: &'a super::fog::SideView) -> OrderDesk<'a> {
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
        let left = self.left(queued);
        check(
            &OrderContext {
                scenario: self.scenario,
                side: self.side,
                own: self.own,
                capital: left.capital,
                money: left.money,
                pending: self.pending,
                ordered: &left.ordered,
            },
            command,
        )
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
            let ctx = OrderContext {
                scenario: self.scenario,
                side: self.side,
                own: self.own,
                capital: left.capital,
                money: left.money,
                pending: self.pending,
                ordered: &left.ordered,
            };
            if let Ok(cost) = check(&ctx, c) {
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

/// Apply every pending command of every game, then answer by default the choices left
/// unanswered from earlier turns.
pub fn apply_orders(
    mut games: Query<(TurnParts, &mut Orders)>,
    mut blocs: Query<super::policies::BlocTurnParts>,
) {
    for (mut g, mut orders) in &mut games {
        if g.outcome.is_over() || (orders.pending.is_empty() && g.events.pending.is_empty()) {
            continue;
        }
        let pending = std::mem::take(&mut orders.pending);
        with_game(&mut g, &mut blocs, |game, rules, turn| {
            for (side, command) in pending {
                match game.desk(rules, side).check(&[], &command) {
                    Err(e) => game.journal.push(JournalEntry::OrderRejected {
                        side,
                        order: command,
                        via: None,
                        error: e,
                    }),
                    Ok(cost) => execute(game, rules, side, &command, cost, turn),
                }
            }
            // Choices from earlier turns that nobody answered: the first option.
            let overdue: Vec<_> = game
                .events
                .pending
                .iter()
                .filter(|c| c.turn < turn)
                .copied()
                .collect();
            for choice in overdue {
                resolve_choice(game, rules, choice, 0, turn, true);
            }
        });
    }
}

fn resolve_choice(
    game: &mut GameMut,
    rules: &Scenario,
    choice: super::events::PendingChoice,
    option: u8,
    turn: u32,
    by_default: bool,
) {
    answer(
        rules,
        choice,
        option,
        turn,
        by_default,
        game.events,
        game.effects,
        game.journal,
    );
    // The option's policy orders, each checked as the side's own order at this moment (an
    // answer checked them already; an option taken by default may find one impossible, and
    // the news says why).
    for order in super::policies::choice_orders(rules, choice.event, option) {
        match game.desk(rules, choice.side).check(&[], &order) {
            Ok(cost) => execute(game, rules, choice.side, &order, cost, turn),
            Err(e) => game.journal.push(JournalEntry::OrderRejected {
                side: choice.side,
                order,
                via: Some(choice.event),
                error: e,
            }),
        }
    }
}

fn execute(
    game: &mut GameMut,
    rules: &Scenario,
    side: Side,
    command: &Command,
    cost: f64,
    turn: u32,
) {
    match *command {
        Command::SetBudget {
            chips,
            grid,
            research,
        } => {
            let sum = chips + grid + research;
            let b = &mut game.q.blocs[side.index()].budget;
            let ledger = &mut *game.ledger;
            let q = |bq| Quantity::Bloc(side, bq);
            ledger.set(
                q(BlocQ::BudgetChips),
                Cause::Order,
                &mut b.chips,
                chips / sum,
            );
            ledger.set(q(BlocQ::BudgetGrid), Cause::Order, &mut b.grid, grid / sum);
            ledger.set(
                q(BlocQ::BudgetResearch),
                Cause::Order,
                &mut b.research,
                research / sum,
            );
        }
        Command::AnswerEvent { event, choice } => {
            let pending = game
                .events
                .pending
                .iter()
                .find(|c| c.event == event && c.side == side)
                .copied();
            if let Some(p) = pending {
                resolve_choice(game, rules, p, choice, turn, false);
            }
        }
        Command::Enact { policy }
        | Command::Repeal { policy }
        | Command::SetLevel { policy, .. } => {
            let Some(def) = policy.def(rules) else { return };
            let old = game.policies[side.index()].get(policy);
            let new = match (*command, &def.kind) {
                (Command::Enact { .. }, PolicyKind::Project { turns }) => {
                    if *turns == 0 {
                        PolicyStatus::Built { since: turn }
                    } else {
                        PolicyStatus::Building { turns_left: *turns }
                    }
                }
                (Command::Enact { .. }, _) => PolicyStatus::On { since: turn },
                (Command::SetLevel { level, .. }, _) => PolicyStatus::Level { level, since: turn },
                _ => PolicyStatus::Off,
            };
            game.pay(side, policy, cost);
            game.set_status(rules, side, policy, new, turn);
            game.journal.push(match (*command, old) {
                (Command::SetLevel { level, .. }, PolicyStatus::Level { level: from, .. }) => {
                    JournalEntry::LevelChanged {
                        side,
                        policy,
                        from,
                        to: level,
                    }
                }
                (Command::Repeal { .. }, _) => JournalEntry::PolicyRepealed { side, policy },
                _ => JournalEntry::PolicyEnacted { side, policy },
            });
            if matches!(new, PolicyStatus::Built { .. }) {
                game.journal
                    .push(JournalEntry::ProjectCompleted { side, policy });
            }
        }
    }
}
