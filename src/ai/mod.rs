//! Computer players. Every level reads only its side's [`SideView`] — the rival through fog
//! of war — and draws from its own random stream, so decisions are deterministic and never
//! peek at hidden state (the input type makes peeking impossible: a decision function takes a
//! view, not a game).
//!
//! - `random`: every waiting choice answered at random and one legal policy order (or none)
//!   picked uniformly.
//! - `easy`: the doctrine's rules, with some noise: its budget, its preferred policies first,
//!   events answered by the doctrine's `answers`.
//! - `normal`, `hard`: lookahead ([`lookahead`]): candidate orders and answers, each played
//!   forward through the real simulation from the player's view, many games batched in one
//!   world, judged by the scenario's score. `normal` weighs only its doctrine's plan (the
//!   policies its doctrine names and those no doctrine of its side names); `hard` weighs
//!   every policy, tries more candidates on more samples of the rival's hidden state, pairs
//!   the best and tries more budget splits, never with extra resources. Both look 24
//!   quarters ahead.
//! - `rules`: the plain rule-based doctrine of `rules`.

pub mod lookahead;
pub(crate) mod rules;

pub use rules::{legal_commands, rule_based_orders};
pub(crate) use rules::{preferences, ranked_policy_orders};

use crate::scenario::{DoctrineDef, PolicySide, Scenario};
use crate::sim::fog::SideView;
use crate::sim::orders::Command;
use crate::sim::policies::{PolicyId, PolicyStatus};
use crate::sim::quantity::Side;
use crate::sim::rng::{Purpose, Stream, purpose_stream, uniform};

/// How strong a computer player is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A uniform pick among the legal orders.
    Random,
    /// The doctrine's rules with noise, no lookahead.
    Easy,
    /// Lookahead with a modest budget.
    Normal,
    /// Lookahead with a larger budget.
    Hard,
    /// The plain rule-based doctrine.
    Rules,
    /// `hard` as it was before the lookahead weighed event choices and judged by the score
    /// (24 candidates, 12 samples, 4 pairs, the doctrine's weights): kept only to measure the
    /// present `hard` against (`ai-race tournament --us hard --china hard-before`); not
    /// offered in the window.
    HardBefore,
}

impl Level {
    /// Parse a level name.
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "random" => Some(Level::Random),
            "easy" => Some(Level::Easy),
            "normal" => Some(Level::Normal),
            "hard" => Some(Level::Hard),
            "rules" => Some(Level::Rules),
            "hard-before" => Some(Level::HardBefore),
            _ => None,
        }
    }

    /// The level's name.
    pub fn name(self) -> &'static str {
        match self {
            Level::Random => "random",
            Level::Easy => "easy",
            Level::Normal => "normal",
            Level::Hard => "hard",
            Level::Rules => "rules",
            Level::HardBefore => "hard-before",
        }
    }

    /// The lookahead budget of a level (None for levels that do not look ahead).
    pub fn budget(self) -> Option<lookahead::Budget> {
        match self {
            Level::Normal => Some(lookahead::Budget {
                candidates: 10,
                samples: 4,
                depth: 24,
                pairs: 0,
                budget_steps: &[0.2],
                judge: lookahead::Judge::Score,
                candidates_from: lookahead::Candidates::Plan,
            }),
            Level::Hard => Some(lookahead::Budget {
                candidates: 48,
                samples: 32,
                depth: 24,
                pairs: 6,
                budget_steps: &[0.2, 0.5],
                judge: lookahead::Judge::Score,
                candidates_from: lookahead::Candidates::All,
            }),
            Level::HardBefore => Some(lookahead::Budget {
                candidates: 24,
                samples: 12,
                depth: 24,
                pairs: 4,
                budget_steps: &[0.2, 0.5],
                judge: lookahead::Judge::Doctrine,
                candidates_from: lookahead::Candidates::All,
            }),
            _ => None,
        }
    }
}

/// What a computer player decided, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// The orders, in the order to submit them.
    pub commands: Vec<Command>,
    /// Why, as data: the numbers the evaluation computed (front-ends put it into words).
    pub explanation: Explanation,
}

/// Why a computer player gave its orders: which rule it followed, or what its rollouts
/// measured. The English is [`Explanation::english`] (command line, debrief); the window
/// says it through its string tables (`i18n::explanation_text`).
#[derive(Clone, Debug, PartialEq)]
pub enum Explanation {
    /// Not recorded (batch experiments switch explanations off).
    Silent,
    /// The rule-based doctrine.
    Rules,
    /// The random level's pick (None: no change).
    Random(Option<Command>),
    /// The easy level's doctrine pick (None: no change).
    Doctrine(Option<Command>),
    /// Lookahead found nothing worth weighing.
    NothingToWeigh,
    /// Lookahead kept things as they are.
    NoChange {
        /// The best alternative's expected score margin.
        best: f64,
        /// No change's expected score margin.
        none: f64,
        /// The US lead in months no change leads to by the horizon.
        lead: f64,
        /// The horizon (turn).
        horizon: u32,
    },
    /// Lookahead chose orders.
    Chosen {
        /// The orders chosen over no change.
        orders: Vec<Command>,
        /// Their expected score margin.
        value: f64,
        /// No change's expected score margin.
        none: f64,
        /// The 95% interval of the gain over no change, if measured.
        interval: Option<(f64, f64)>,
        /// The US lead in months the orders lead to by the horizon.
        lead: f64,
        /// The horizon (turn).
        horizon: u32,
        /// Rollouts per candidate.
        rollouts: usize,
        /// Turns per rollout.
        depth: u32,
    },
}

impl Explanation {
    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        *self == Explanation::Silent
    }

    /// True when the chosen orders are a gamble: the gain's interval includes no gain.
    pub fn is_gamble(&self) -> bool {
        matches!(self, Explanation::Chosen { interval: Some((lo, _)), .. } if *lo <= 0.0)
    }

    /// The explanation in English (the command line, the debrief): the window's words
    /// from the English table.
    pub fn english(&self, s: &Scenario) -> String {
        crate::i18n::explanation_text(crate::i18n::Strings::english_shared(), s, self)
    }
}

/// A decision being made ([`ComputerPlayer::begin`]).
pub(crate) enum Thinking {
    /// Decided at once.
    Ready(Decision),
    /// Lookahead, a turn of rollouts per step.
    Lookahead(Box<lookahead::Thinker>),
}

impl Thinking {
    /// Think a little more; the decision when done.
    pub fn step(&mut self) -> Option<Decision> {
        match self {
            Thinking::Ready(d) => Some(d.clone()),
            Thinking::Lookahead(t) => t.step(),
        }
    }
}

/// A computer player for one side.
#[derive(Clone, Debug)]
pub struct ComputerPlayer {
    /// Its side.
    pub side: Side,
    /// Its level.
    pub level: Level,
    /// Its doctrine (index into the scenario's doctrines), if the scenario has one for its side.
    pub doctrine: Option<usize>,
    /// The lookahead budget (the level's unless overridden, e.g. small in tests).
    pub budget: Option<lookahead::Budget>,
    /// Write the one-line explanation of each decision (off in batch experiments, where
    /// nobody reads it: the orders are the same).
    pub explain: bool,
    seed: u64,
    rng: Stream,
    worlds: Reused,
    /// Its doctrine's preference for each policy, by index, and the doctrine it was read for
    /// (read once rather than looked up by name at every decision).
    prefs: (Option<usize>, Vec<f64>),
}

/// The worlds of a player's last lookahead, reused by its next decision. A clone starts
/// without (worlds are not cloned; the decisions are the same either way).
#[derive(Default)]
struct Reused(Option<crate::sim::Ensemble>);

impl Clone for Reused {
    fn clone(&self) -> Reused {
        Reused(None)
    }
}

impl std::fmt::Debug for Reused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Reused(worlds)"
        } else {
            "Reused(none)"
        })
    }
}

impl ComputerPlayer {
    /// A player for `side` at `level`; `doctrine` names one of the scenario's doctrines for
    /// that side, or None to draw one from the player's own random stream.
    pub fn new(
        s: &Scenario,
        side: Side,
        level: Level,
        doctrine: Option<&str>,
        seed: u64,
    ) -> Result<ComputerPlayer, String> {
        let purpose = match side {
            Side::Us => Purpose::AiUs,
            Side::China => Purpose::AiChina,
        };
        let mut rng = purpose_stream(seed, purpose);
        let owner = match side {
            Side::Us => PolicySide::Us,
            Side::China => PolicySide::China,
        };
        let own: Vec<usize> = s
            .doctrines
            .iter()
            .enumerate()
            .filter(|(_, d)| d.side == owner)
            .map(|(i, _)| i)
            .collect();
        let doctrine = match doctrine {
            Some(name) => Some(
                s.doctrines
                    .iter()
                    .position(|d| d.id == name && d.side == owner)
                    .ok_or_else(|| {
                        format!(
                            "no {} doctrine `{name}`; this scenario has {}",
                            side.name(),
                            own.iter()
                                .map(|&i| format!("`{}`", s.doctrines[i].id))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    })?,
            ),
            None if own.is_empty() => None,
            None => Some(own[((uniform(&mut rng) * own.len() as f64) as usize).min(own.len() - 1)]),
        };
        Ok(ComputerPlayer {
            side,
            level,
            doctrine,
            budget: level.budget(),
            explain: true,
            seed,
            rng,
            worlds: Reused::default(),
            prefs: (None, Vec::new()),
        })
    }

    /// True when the player reads the rival's estimates (the lookahead levels); the others
    /// decide the same from [`SideView::build_without_estimates`].
    pub(crate) fn reads_estimates(&self) -> bool {
        matches!(self.level, Level::Normal | Level::Hard | Level::HardBefore)
    }

    /// The doctrine's definition.
    pub fn doctrine<'a>(&self, s: &'a Scenario) -> Option<&'a DoctrineDef> {
        self.doctrine.and_then(|i| s.doctrines.get(i))
    }

    /// Decide this turn's orders from the side's view. A player is given a view, never the
    /// game, so it cannot peek at the rival's hidden state:
    ///
    /// ```compile_fail
    /// use ai_race::ai::{ComputerPlayer, Level};
    /// use ai_race::{Scenario, Side, Sim};
    /// fn peek(s: &Scenario, sim: &Sim) {
    ///     let mut player = ComputerPlayer::new(s, Side::Us, Level::Normal, None, 1).unwrap();
    ///     player.decide(s, sim); // does not compile: `decide` takes a `&SideView`
    /// }
    /// ```
    pub fn decide(&mut self, s: &Scenario, view: &SideView) -> Decision {
        let mut thinking = self.begin(s, view);
        loop {
            if let Some(d) = thinking.step() {
                if let Thinking::Lookahead(t) = &mut thinking
                    && self.budget.is_none_or(lookahead::Budget::keeps_worlds)
                {
                    self.worlds.0 = t.take_worlds();
                }
                return d;
            }
        }
    }

    /// Start deciding this turn's orders; [`Thinking::step`] finishes (at once for the levels
    /// without lookahead, a turn of rollouts per step for the others). The decision is the
    /// one [`ComputerPlayer::decide`] gives.
    pub(crate) fn begin(&mut self, s: &Scenario, view: &SideView) -> Thinking {
        // A fresh stream for each turn, from the game's seed and the turn: a decision depends
        // only on the view and the turn, so a loaded or branched game replays the same
        // decisions as the original.
        let purpose = match self.side {
            Side::Us => Purpose::AiUs,
            Side::China => Purpose::AiChina,
        };
        self.rng = purpose_stream(
            crate::sim::rng::derive_seed(self.seed, u64::from(view.turn)),
            purpose,
        );
        match self.level {
            Level::Rules => Thinking::Ready(Decision {
                commands: rule_based_orders(s, view),
                explanation: Explanation::Rules,
            }),
            Level::Random => Thinking::Ready(self.random(s, view)),
            Level::Easy => Thinking::Ready(self.easy(s, view)),
            Level::Normal | Level::Hard | Level::HardBefore => {
                let budget = self.budget.unwrap_or(lookahead::Budget {
                    candidates: 4,
                    samples: 2,
                    depth: 3,
                    pairs: 0,
                    budget_steps: &[0.2],
                    judge: lookahead::Judge::Doctrine,
                    candidates_from: lookahead::Candidates::All,
                });
                Thinking::Lookahead(Box::new(lookahead::Thinker::new(
                    s,
                    view,
                    self.doctrine(s),
                    budget,
                    &mut self.rng,
                    self.worlds.0.take(),
                )))
            }
        }
    }

    fn random(&mut self, s: &Scenario, view: &SideView) -> Decision {
        // Every waiting choice at random, then one random policy order (or none).
        let mut commands: Vec<Command> = view
            .pending_choices
            .iter()
            .map(|c| {
                let n = c.event.def(s).map_or(1, |e| e.choices.len().max(1));
                let k = ((uniform(&mut self.rng) * n as f64) as usize).min(n - 1);
                let k = u8::try_from(k).unwrap_or(0);
                Command::AnswerEvent {
                    event: c.event,
                    choice: legal_answer(s, view, k, c.event),
                }
            })
            .collect();
        let legal: Vec<Command> = legal_commands(s, view)
            .into_iter()
            .filter(|c| !matches!(c, Command::AnswerEvent { .. }))
            .collect();
        let pick = (uniform(&mut self.rng) * (legal.len() + 1) as f64) as usize;
        let picked = legal.get(pick).copied();
        commands.extend(picked);
        let explanation = if self.explain {
            Explanation::Random(picked)
        } else {
            Explanation::Silent
        };
        Decision {
            commands,
            explanation,
        }
    }

    fn easy(&mut self, s: &Scenario, view: &SideView) -> Decision {
        let mut commands = base_orders(s, view, self.doctrine(s));
        let noise = 3.0;
        // Read again if the doctrine was changed since (the field is public) or not yet read.
        if self.prefs.0 != self.doctrine || self.prefs.1.len() != s.policies.len() {
            self.prefs = (self.doctrine, preferences(s, self.doctrine(s)));
        }
        let ranked = ranked_policy_orders(s, view, &self.prefs.1, false);
        let mut best: Option<(f64, Command)> = None;
        for (score, command) in ranked {
            let noisy = score + noise * uniform(&mut self.rng);
            if best.is_none_or(|(b, _)| noisy > b) {
                best = Some((noisy, command));
            }
        }
        let picked = best.map(|(_, c)| c);
        commands.extend(picked);
        let explanation = if self.explain {
            Explanation::Doctrine(picked)
        } else {
            Explanation::Silent
        };
        Decision {
            commands,
            explanation,
        }
    }
}

/// The orders every doctrine-following player gives: the doctrine's budget (or the
/// rule-based power rule without one) and the doctrine's answer to every waiting choice (the
/// first option without a doctrine or an answer for it).
pub(crate) fn base_orders(
    s: &Scenario,
    view: &SideView,
    doctrine: Option<&DoctrineDef>,
) -> Vec<Command> {
    let mut out = Vec::new();
    match doctrine {
        Some(d) => {
            let (c, g, r) = d.budget;
            let sum = c + g + r;
            let b = &view.own.budget;
            let differs =
                (b.chips - c / sum).abs() + (b.grid - g / sum).abs() + (b.research - r / sum).abs()
                    > 1e-9;
            if differs {
                out.push(Command::SetBudget {
                    chips: c,
                    grid: g,
                    research: r,
                });
            }
        }
        None => out.extend(
            rule_based_orders(s, view)
                .into_iter()
                .filter(|c| matches!(c, Command::SetBudget { .. })),
        ),
    }
    out.extend(view.pending_choices.iter().map(|c| Command::AnswerEvent {
        event: c.event,
        choice: legal_answer(s, view, doctrine_answer(s, doctrine, c.event), c.event),
    }));
    out
}

/// `preferred` if the side may give that answer now (an option's policy orders may be
/// impossible), else its first legal option, else `preferred` (the game then answers by
/// default).
pub(crate) fn legal_answer(
    s: &Scenario,
    view: &SideView,
    preferred: u8,
    event: crate::sim::events::EventId,
) -> u8 {
    let options = event.def(s).map_or(0, |e| e.choices.len());
    let legal = |choice: u8| {
        crate::sim::orders::OrderDesk::of_view(s, view)
            .check(&[], &Command::AnswerEvent { event, choice })
            .is_ok()
    };
    if legal(preferred) {
        return preferred;
    }
    (0..options)
        .filter_map(|k| u8::try_from(k).ok())
        .find(|&k| legal(k))
        .unwrap_or(preferred)
}

/// The option a doctrine gives an event's choice (the first without a doctrine).
pub(crate) fn doctrine_answer(
    s: &Scenario,
    doctrine: Option<&DoctrineDef>,
    event: crate::sim::events::EventId,
) -> u8 {
    match (doctrine, event.def(s)) {
        (Some(d), Some(e)) => {
            let k = d.answer(&e.id);
            if usize::from(k) < e.choices.len() {
                k
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// The rival's doctrine as a player can infer it from public acts: of the rival side's
/// doctrines, the one whose preferred policies the rival has in force most (weighted by
/// preference); the first of them when nothing is in force yet.
pub(crate) fn infer_doctrine<'a>(s: &'a Scenario, view: &SideView) -> Option<&'a DoctrineDef> {
    let rival = match view.side.rival() {
        Side::Us => PolicySide::Us,
        Side::China => PolicySide::China,
    };
    let status = |id: &str| {
        PolicyId::find(s, id)
            .and_then(|p| view.rival_policies.get(p.index()).copied())
            .is_some_and(PolicyStatus::in_force)
    };
    let mut best: Option<(f64, &DoctrineDef)> = None;
    for d in s.doctrines.iter().filter(|d| d.side == rival) {
        let fit: f64 = d
            .prefer
            .iter()
            .filter(|(p, _)| status(p))
            .map(|(_, w)| w)
            .sum();
        if best.is_none_or(|(b, _)| fit > b) {
            best = Some((fit, d));
        }
    }
    best.map(|(_, d)| d)
}
