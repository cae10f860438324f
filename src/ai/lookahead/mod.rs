//! Lookahead: each candidate order is played forward through the real simulation, from the
//! player's own view, in many games batched in one world ([`Ensemble::from_snapshots`]).
//!
//! The rival's hidden state is never read: each sample draws it from the view's estimates
//! (within their 90% intervals) with the player's own random stream, and every candidate is
//! judged on the same samples. The candidates are "no change", the policy orders, and every
//! other answer to each choice waiting for the player. In the rollouts nobody gives new policy
//! orders; choices that come up later are answered by doctrine: the player's own, and for the
//! rival the doctrine its public policies suggest. A candidate's value is the player's score
//! minus the rival's after `depth` turns, averaged over the samples, with the scenario's
//! weights ([`Judge::Score`]; the old hard kept for tests judges by its doctrine's). `normal`
//! weighs only its doctrine's plan ([`Candidates::Plan`]); `hard` every policy.

mod rollouts;
use rollouts::*;

use crate::scenario::{DoctrineDef, Duration, Scenario};
use crate::sim::chips::Frontier;
use crate::sim::compute::derive;
use crate::sim::effects::ActiveEffects;
use crate::sim::events::EventState;
use crate::sim::fog::{self, SideView};
use crate::sim::game::{Calendar, Outcome};
use crate::sim::orders::{Command, Orders};
use crate::sim::policies::{Policies, start_initial_effects};
use crate::sim::quantity::{GameQ, Side};
use crate::sim::regions::Markets;
use crate::sim::research::Lead;
use crate::sim::research::{capability, log_compute};
use crate::sim::risk::{Bubble, Risk, Tension};
use crate::sim::rng::{Stream, Streams, standard_normal_pair};
use crate::sim::scoring::score;
use crate::sim::{BlocState, Ensemble, Snapshot};

use super::{Decision, base_orders, doctrine_answer, infer_doctrine, ranked_policy_orders};
use crate::sim::orders::OrderDesk;

/// How much a lookahead may compute: in rollouts, never wall time, so decisions replay.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Budget {
    /// Candidate orders compared (doing nothing new is always one of them).
    pub candidates: usize,
    /// Samples of the rival's hidden state per candidate.
    pub samples: usize,
    /// Turns played forward.
    pub depth: u32,
    /// How many of the best single orders are also tried two at a time (0: none).
    pub pairs: usize,
    /// Sizes of the budget shifts weighed with the chosen orders, each tried towards chips,
    /// power and research (empty: the doctrine's split only).
    pub budget_steps: &'static [f64],
    /// What a rollout's end is judged by.
    pub judge: Judge,
    /// Which policy orders are candidates.
    pub candidates_from: Candidates,
}

/// Which policy orders a lookahead weighs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Candidates {
    /// Every legal policy order, the doctrine's favourites first.
    All,
    /// The doctrine's plan: the policies its `prefer` list names, and those no doctrine of
    /// the side names (shared by every plan). The rollouts choose among them and when; a
    /// rival doctrine's signature policies are left to the players who follow it.
    Plan,
}

/// What a lookahead values at the end of a rollout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Judge {
    /// Own score minus the rival's with the doctrine's weights (the doctrine's personality).
    Doctrine,
    /// Own score minus the rival's with the scenario's weights (what decides the game).
    Score,
}

impl Budget {
    /// True when a player with this budget keeps its last decision's worlds for the next: when
    /// one world holds its first evaluation (normal's). Hard's spans six worlds, and keeping
    /// its last one between decisions measured 8% slower than building them afresh.
    pub fn keeps_worlds(self) -> bool {
        self.candidates * self.samples <= crate::sim::ENSEMBLE_CHUNK
    }

    /// Game-turns one decision simulates.
    /// Game-turns one decision simulates, pairs not counted (how many are legal together
    /// depends on the position): the candidates, then three budget splits per step.
    pub fn game_turns(self) -> usize {
        (self.candidates + 3 * self.budget_steps.len()) * self.samples * self.depth as usize
    }
}

/// Decide by lookahead (all at once; `Thinker` does the same a turn of rollouts at a time).
pub fn decide(
    s: &Scenario,
    view: &SideView,
    doctrine: Option<&DoctrineDef>,
    budget: Budget,
    rng: &mut Stream,
) -> Decision {
    let mut thinker = Thinker::new(s, view, doctrine, budget, rng, None);
    loop {
        if let Some(d) = thinker.step() {
            return d;
        }
    }
}

/// Which evaluation a [`Thinker`] is running.
enum Stage {
    /// The single orders (and doing nothing new).
    Candidates,
    /// The best orders two at a time.
    Pairs(Vec<Vec<Command>>),
    /// The budget splits with the chosen orders.
    Splits(Vec<Vec<Command>>),
}

/// A lookahead decision in progress, one turn of rollouts per [`Thinker::step`], so a
/// window without threads (a browser) can think between frames. The random draws are all
/// made in [`Thinker::new`]; stepping does not change the decision.
pub(crate) struct Thinker {
    s: Scenario,
    judged: Scenario,
    view: SideView,
    doctrine: Option<DoctrineDef>,
    budget: Budget,
    base: Vec<Command>,
    candidates: Vec<Vec<Command>>,
    samples: Vec<(BlocState, u64)>,
    /// Whose doctrine answers each side's choices in the rollouts (US, China).
    answer_by: [Option<DoctrineDef>; 2],
    results: Vec<(f64, f64)>,
    /// Each candidate's value in each sample (the means of which are `results`), to say how
    /// sure the rollouts are of a gain.
    each: Vec<Vec<f64>>,
    best: usize,
    stage: Stage,
    eval: Option<Evaluation>,
    /// The last evaluation's worlds, reused by the next one.
    spare: Option<Ensemble>,
    ready: Option<Decision>,
}

impl Thinker {
    /// Choose the candidates and draw the rival's samples. `worlds` are an earlier
    /// decision's, reused if they play the same scenario (a new world pays about 220 µs to
    /// build and first run its schedule; the games are the same either way).
    pub fn new(
        s: &Scenario,
        view: &SideView,
        doctrine: Option<&DoctrineDef>,
        budget: Budget,
        rng: &mut Stream,
        worlds: Option<Ensemble>,
    ) -> Thinker {
        let base = base_orders(s, view, doctrine);
        // Candidates: no new order, then every legal policy order, the doctrine's favourites
        // first, as many as the budget allows.
        let prefs = super::preferences(s, doctrine);
        let mut ranked = ranked_policy_orders(s, view, &prefs, true);
        if let (Candidates::Plan, Some(d)) = (budget.candidates_from, doctrine) {
            ranked.retain(|(_, c)| in_plan(s, d, c));
        }
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut candidates: Vec<Vec<Command>> = vec![Vec::new()];
        candidates.extend(
            ranked
                .into_iter()
                .take(budget.candidates.saturating_sub(1))
                .map(|(_, c)| vec![c]),
        );
        // Every other answer to each waiting choice (the doctrine's answer is in the base).
        for c in &view.pending_choices {
            let options = c.event.def(s).map_or(0, |e| e.choices.len());
            let default =
                super::legal_answer(s, view, doctrine_answer(s, doctrine, c.event), c.event);
            for k in (0..options).filter_map(|k| u8::try_from(k).ok()) {
                let legal = OrderDesk::of_view(s, view)
                    .check(
                        &[],
                        &Command::AnswerEvent {
                            event: c.event,
                            choice: k,
                        },
                    )
                    .is_ok();
                if k != default && legal {
                    candidates.push(vec![Command::AnswerEvent {
                        event: c.event,
                        choice: k,
                    }]);
                }
            }
        }
        let mut answer_by: [Option<DoctrineDef>; 2] = [None, None];
        answer_by[view.side.index()] = doctrine.cloned();
        answer_by[view.side.rival().index()] = infer_doctrine(s, view).cloned();
        let mut thinker = Thinker {
            s: s.clone(),
            judged: s.clone(),
            view: view.clone(),
            doctrine: doctrine.cloned(),
            budget,
            base,
            candidates,
            samples: Vec::new(),
            answer_by,
            results: Vec::new(),
            each: Vec::new(),
            best: 0,
            stage: Stage::Candidates,
            eval: None,
            spare: worlds,
            ready: None,
        };
        if thinker.candidates.len() == 1 || budget.samples == 0 || budget.depth == 0 {
            thinker.ready = Some(Decision {
                commands: thinker.base.clone(),
                explanation: super::Explanation::NothingToWeigh,
            });
            return thinker;
        }
        // The same rival samples and seeds for every candidate (common random numbers).
        let rival_pace = view.rival(crate::sim::quantity::BlocQ::ResearchPace).value;
        thinker.samples = (0..budget.samples)
            .map(|_| {
                let mut rival = sample_rival(view, rng);
                rederive(s, &mut rival, rival_pace);
                (rival, rng.next_u64())
            })
            .collect();
        if let Some(d) = doctrine.filter(|_| budget.judge == Judge::Doctrine) {
            thinker.judged.score.weights = d.weights.clone();
        }
        thinker.eval = Some(Evaluation::new(
            s,
            view,
            &thinker.base,
            &thinker.candidates,
            &thinker.samples,
            budget.depth,
            thinker.answer_by.clone(),
            thinker.spare.take().filter(|e| e.plays(s)),
        ));
        thinker
    }

    /// The worlds of the last evaluation, for the player's next decision.
    pub(crate) fn take_worlds(&mut self) -> Option<Ensemble> {
        self.spare.take()
    }

    /// Play one turn of rollouts; the decision once the last evaluation is done.
    pub fn step(&mut self) -> Option<Decision> {
        if let Some(d) = &self.ready {
            return Some(d.clone());
        }
        let eval = self.eval.as_mut()?;
        if !eval.step(&self.s) {
            return None;
        }
        let (results, each) = eval.results(&self.judged, self.view.side, self.samples.len());
        self.spare = self.eval.take().map(|e| e.ensemble);
        match std::mem::replace(&mut self.stage, Stage::Candidates) {
            Stage::Candidates => {
                self.results = results;
                self.each = each;
                self.after_candidates();
            }
            Stage::Pairs(pairs) => {
                self.results.extend(results);
                self.each.extend(each);
                self.candidates.extend(pairs);
                self.after_pairs();
            }
            Stage::Splits(splits) => {
                self.finish(&splits, &results, &each);
            }
        }
        None
    }

    /// A larger budget also weighs the best orders two at a time, when both are legal
    /// together (policy orders only: answers are weighed on their own).
    fn after_candidates(&mut self) {
        let (s, view) = (&self.s, &self.view);
        if self.budget.pairs > 1 {
            let mut order: Vec<usize> = (1..self.candidates.len())
                .filter(|&i| !is_answer(&self.candidates[i]))
                .collect();
            order.sort_by(|&a, &b| self.results[b].0.total_cmp(&self.results[a].0));
            let top: Vec<Command> = order
                .iter()
                .take(self.budget.pairs)
                .map(|&i| self.candidates[i][0])
                .collect();
            let mut pairs = Vec::new();
            for (i, a) in top.iter().enumerate() {
                for b in &top[i + 1..] {
                    if legal_together(s, view, *a, *b) {
                        pairs.push(vec![*a, *b]);
                    }
                }
            }
            if !pairs.is_empty() {
                self.eval = Some(Evaluation::new(
                    s,
                    view,
                    &self.base,
                    &pairs,
                    &self.samples,
                    self.budget.depth,
                    self.answer_by.clone(),
                    self.spare.take(),
                ));
                self.stage = Stage::Pairs(pairs);
                return;
            }
        }
        self.after_pairs();
    }

    /// The answers to take: for each waiting choice, the option whose rollouts scored best
    /// (the doctrine's answer is the "no change" candidate's), where it is not the default.
    fn best_answers(&self) -> Vec<Command> {
        let mut out = Vec::new();
        for c in &self.view.pending_choices {
            let mut best: Option<(f64, Command)> = None;
            for (i, cand) in self.candidates.iter().enumerate() {
                if is_answer(cand)
                    && matches!(cand[0], Command::AnswerEvent { event, .. } if event == c.event)
                    && self.results[i].0 > best.map_or(self.results[0].0, |(v, _)| v)
                {
                    best = Some((self.results[i].0, cand[0]));
                }
            }
            if let Some((_, answer)) = best {
                out.push(answer);
            }
        }
        out
    }

    /// Then the budget split, with the chosen orders and answers: the doctrine's split, or it
    /// with a larger share for chips, for power, or for research. The chosen orders with the
    /// doctrine's split are weighed again alongside, so that every split is compared with
    /// the same orders.
    fn after_pairs(&mut self) {
        self.best = (0..self.candidates.len())
            .filter(|&i| !is_answer(&self.candidates[i]))
            .max_by(|&a, &b| {
                self.results[a]
                    .0
                    .total_cmp(&self.results[b].0)
                    .then(b.cmp(&a))
            })
            .unwrap_or(0);
        let view = &self.view;
        let (c0, g0, r0) = self.doctrine.as_ref().map_or(
            (
                view.own.budget.chips,
                view.own.budget.grid,
                view.own.budget.research,
            ),
            |d| d.budget,
        );
        let sum = (c0 + g0 + r0).max(1e-12);
        let mut chosen = self.best_answers();
        chosen.extend(self.candidates[self.best].iter().copied());
        let mut finals: Vec<Vec<Command>> = vec![chosen.clone()];
        finals.extend(
            self.budget
                .budget_steps
                .iter()
                .flat_map(|&step| (0..3).map(move |k| (step, k)))
                .map(|(step, k)| {
                    let mut w = [c0 / sum, g0 / sum, r0 / sum];
                    w[k] += step;
                    let mut orders = vec![Command::SetBudget {
                        chips: w[0],
                        grid: w[1],
                        research: w[2],
                    }];
                    orders.extend(chosen.iter().copied());
                    orders
                }),
        );
        if finals.len() == 1 && chosen.len() == self.candidates[self.best].len() {
            // No split to weigh and no answer changed: the chosen orders are already judged.
            let judged = self.results[self.best];
            let each = self.each[self.best].clone();
            self.finish(&finals, &[judged], &[each]);
        } else {
            self.eval = Some(Evaluation::new(
                &self.s,
                view,
                &self.base,
                &finals,
                &self.samples,
                self.budget.depth,
                self.answer_by.clone(),
                self.spare.take(),
            ));
            self.stage = Stage::Splits(finals);
        }
    }

    fn finish(
        &mut self,
        finals: &[Vec<Command>],
        final_results: &[(f64, f64)],
        final_each: &[Vec<f64>],
    ) {
        let s = &self.s;
        let best = (0..finals.len())
            .max_by(|&a, &b| {
                final_results[a]
                    .0
                    .total_cmp(&final_results[b].0)
                    .then(b.cmp(&a))
            })
            .unwrap_or(0);
        let (value, lead) = final_results.get(best).copied().unwrap_or(self.results[0]);
        let chosen = finals.get(best).cloned().unwrap_or_default();
        let none = self.results[0];
        let horizon = (self.view.turn + self.budget.depth).min(s.turns);
        let mut commands = self.base.clone();
        commands.retain(|c| !overridden(c, &chosen));
        let explanation = if chosen.is_empty() {
            super::Explanation::NoChange {
                best: self
                    .results
                    .iter()
                    .skip(1)
                    .map(|r| r.0)
                    .fold(f64::NEG_INFINITY, f64::max),
                none: none.0,
                lead: none.1,
                horizon,
            }
        } else {
            commands.extend(chosen.iter().copied());
            super::Explanation::Chosen {
                orders: chosen.clone(),
                value,
                none: none.0,
                interval: final_each
                    .get(best)
                    .zip(self.each.first())
                    .and_then(|(a, b)| paired_interval(a, b)),
                lead,
                horizon,
                rollouts: self.samples.len(),
                depth: self.budget.depth,
            }
        };
        self.ready = Some(Decision {
            commands,
            explanation,
        });
    }
}

/// The 95% interval of the mean gain of `a` over `b`, judged on the same samples (paired),
/// or None with fewer than two samples.
fn paired_interval(a: &[f64], b: &[f64]) -> Option<(f64, f64)> {
    let d: Vec<f64> = a.iter().zip(b).map(|(x, y)| x - y).collect();
    if d.len() < 2 {
        return None;
    }
    let n = d.len() as f64;
    let mean = d.iter().sum::<f64>() / n;
    let var = d.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (n - 1.0);
    let half = 1.96 * libm::sqrt(var / n);
    Some((mean - half, mean + half))
}

/// True when a policy order belongs to the doctrine's plan: its policy is on the doctrine's
/// `prefer` list, or on no list of a doctrine of the same side.
fn in_plan(s: &Scenario, doctrine: &DoctrineDef, c: &Command) -> bool {
    let Some(policy) = c.policy() else {
        return true;
    };
    let Some(def) = policy.def(s) else {
        return false;
    };
    let named = |d: &DoctrineDef| d.prefer.iter().any(|(id, _)| *id == def.id);
    named(doctrine)
        || !s
            .doctrines
            .iter()
            .any(|d| d.side == doctrine.side && named(d))
}

/// True for a candidate that is only an answer to a waiting choice.
fn is_answer(candidate: &[Command]) -> bool {
    matches!(candidate, [Command::AnswerEvent { .. }])
}

/// True when `c` is an answer to a choice that `candidate` answers otherwise.
fn overridden(c: &Command, candidate: &[Command]) -> bool {
    let Command::AnswerEvent { event, .. } = *c else {
        return false;
    };
    candidate
        .iter()
        .any(|o| matches!(*o, Command::AnswerEvent { event: e, .. } if e == event))
}

/// The base orders with a candidate's: the candidate's answers replace the base's.
fn with_candidate(base: &[Command], candidate: &[Command]) -> Vec<Command> {
    base.iter()
        .filter(|c| !overridden(c, candidate))
        .chain(candidate)
        .copied()
        .collect()
}

/// True when `b` is still legal once `a` is ordered (capital for both, no conflict).
fn legal_together(s: &Scenario, view: &SideView, a: Command, b: Command) -> bool {
    let desk = OrderDesk::of_view(s, view);
    desk.check(&[], &a).is_ok() && desk.check(&[a], &b).is_ok()
}
