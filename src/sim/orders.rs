//! Orders: the one way anything outside the simulation changes it.
//!
//! Players and computer players [`submit`](super::Sim::submit) [`Command`]s; each is checked
//! when submitted (against the state the player sees and the orders already queued) and
//! again when applied at the start of the next turn, in the order given. An order that is no
//! longer legal then is rejected whole, with its reason in the journal. A save is scenario +
//! seed + commands.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

pub use super::order_check::{CommandError, Commitments, OrderDesk, Refusal, check_against};

use super::events::{EventId, answer};
use super::game::JournalEntry;
use super::ledger::Cause;
use super::policies::{GameMut, PolicyId, PolicyStatus, TurnParts, with_game};
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

/// Commands waiting for the next turn.
#[derive(Component, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Orders {
    /// In the order given.
    pub pending: Vec<(Side, Command)>,
}

clone_reusing!(Orders { pending });

/// Apply every pending command of every game, then answer by default the choices left
/// unanswered from earlier turns.
pub(crate) fn apply_orders(
    mut games: Query<(TurnParts, &mut Orders)>,
    mut blocs: Query<super::policies::BlocTurnParts>,
    mut changes: ResMut<Messages<super::policies::EffectsChange>>,
) {
    for (mut g, mut orders) in &mut games {
        if g.outcome.is_over() || (orders.pending.is_empty() && g.events.pending.is_empty()) {
            continue;
        }
        let pending = std::mem::take(&mut orders.pending);
        with_game(&mut g, &mut blocs, &mut changes, |game, rules, turn| {
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
    answer(rules, choice, option, turn, by_default, game);
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
            game.set_status(side, policy, new, turn);
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
