//! Experiments: many computer-vs-computer games of a scenario and its variants, batched many
//! games to a world, with the numbers a class looks at: outcome rates with 95% intervals,
//! distributions at the end, and per-turn medians with 10–90% bands.
//!
//! Game `k` of every variant plays with the seed [`derive_seed`]`(seed, k)`, so variants are
//! compared on the same draws, and each game is independent of the others in its world: the
//! results do not depend on how the games are split into batches or threads. This module
//! does no I/O and reads no clock; the CLI and the window drive it ([`Batch::step`] one turn
//! at a time, or [`run`] on threads).

use serde::Serialize;

use crate::ai::{ComputerPlayer, Level};
use crate::scenario::Scenario;
use crate::sim::fog::SideView;
use crate::sim::policies::PolicyStatus;
use crate::sim::quantity::{BlocQ, Side};
use crate::sim::rng::derive_seed;
use crate::sim::scoring::{ScoreAxis, Verdict, changed_without, score};
use crate::sim::{Ensemble, Snapshot};

mod results;
pub use results::*;

/// Most games a world holds at once (larger runs are split into several batches). 256 games
/// keep a world's components in cache: 10,000 easy games took 0.9 s on two threads against
/// 1.5 s with 2,048 per world (release build, this 2-core machine).
pub(crate) const BATCH: usize = 256;

/// One scenario to play: the base, or the base with a parameter changed.
#[derive(Clone, Debug)]
pub struct Variant {
    /// What it is, e.g. `china.chips.smuggle_rate=0.1`, or `baseline`.
    pub label: String,
    /// The scenario played.
    pub scenario: Scenario,
    /// The value given to the varied parameter (None: nothing varied), for front-ends that
    /// name the variant in their own words.
    pub value: Option<f64>,
}

/// What to run.
#[derive(Clone, Debug)]
pub struct Spec {
    /// Games per variant.
    pub runs: u32,
    /// Seed of game 0.
    pub seed: u64,
    /// The computer's level on each side, US then China.
    pub levels: [Level; 2],
    /// Each side's doctrine by id, US then China (None: each game draws one).
    pub doctrines: [Option<String>; 2],
    /// The variants.
    pub variants: Vec<Variant>,
}

/// Quantities followed turn by turn.
pub(crate) const METRICS: [Metric; 12] = [
    Metric::LeadMonths,
    Metric::Risk,
    Metric::Tension,
    Metric::Adoption(Side::Us),
    Metric::Adoption(Side::China),
    Metric::WorldShare(Side::Us),
    Metric::WorldShare(Side::China),
    Metric::Capability(Side::Us),
    Metric::Capability(Side::China),
    Metric::Compute(Side::China),
    Metric::Bloc(Side::China, BlocQ::ChipsDomesticSpending),
    Metric::Bloc(Side::Us, BlocQ::ChipsExportSales),
];

/// A number read off a game's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Metric {
    /// `game.lead_months`.
    LeadMonths,
    /// `game.risk`.
    Risk,
    /// `game.tension`.
    Tension,
    /// `SIDE.adoption.share`.
    Adoption(Side),
    /// A bloc's share of the world's AI market, %.
    WorldShare(Side),
    /// `SIDE.research.capability`.
    Capability(Side),
    /// `SIDE.compute.effective`.
    Compute(Side),
    /// Any other bloc quantity.
    Bloc(Side, BlocQ),
}

impl Metric {
    /// Column name in the CSV files.
    pub fn column(self) -> String {
        let side = |s: Side| if s == Side::Us { "us" } else { "china" };
        match self {
            Metric::LeadMonths => "lead_months".into(),
            Metric::Risk => "risk".into(),
            Metric::Tension => "tension".into(),
            Metric::Adoption(s) => format!("{}_adoption", side(s)),
            Metric::WorldShare(s) => format!("{}_world_share", side(s)),
            Metric::Capability(s) => format!("{}_capability", side(s)),
            Metric::Compute(s) => format!("{}_compute", side(s)),
            Metric::Bloc(s, q) => {
                let name = q.path().rsplit('.').next().unwrap_or(q.path());
                format!("{}_{name}", side(s))
            }
        }
    }

    /// Words for a chart's axis.
    pub fn label(self) -> String {
        let side = |s: Side| if s == Side::Us { "US" } else { "China" };
        match self {
            Metric::LeadMonths => "US lead, months (+ = US ahead)".into(),
            Metric::Risk => "Catastrophe risk (0–100)".into(),
            Metric::Tension => "Tension (0–100)".into(),
            Metric::Adoption(s) => format!("{} adoption, % of firms", side(s)),
            Metric::WorldShare(s) => format!("{} share of the world AI market, %", side(s)),
            Metric::Capability(s) => format!("{} capability (index points)", side(s)),
            Metric::Compute(s) => format!("{} effective compute (million H100e)", side(s)),
            Metric::Bloc(s, q) => format!("{} {} ({})", side(s), q.path(), q.unit()),
        }
    }

    /// The value in a state.
    pub fn read(self, s: &Scenario, snap: &Snapshot) -> f64 {
        use crate::sim::quantity::{GameQ, Quantity};
        match self {
            Metric::LeadMonths => snap.value(Quantity::Game(GameQ::LeadMonths)),
            Metric::Risk => snap.value(Quantity::Game(GameQ::Risk)),
            Metric::Tension => snap.value(Quantity::Game(GameQ::Tension)),
            Metric::Adoption(side) => snap.value(Quantity::Bloc(side, BlocQ::AdoptionShare)),
            Metric::WorldShare(side) => snap.markets.world_share(s, side),
            Metric::Capability(side) => snap.value(Quantity::Bloc(side, BlocQ::ResearchCapability)),
            Metric::Compute(side) => snap.value(Quantity::Bloc(side, BlocQ::ComputeEffective)),
            Metric::Bloc(side, q) => snap.value(Quantity::Bloc(side, q)),
        }
    }
}

/// A game's end and its per-turn series of [`METRICS`].
pub(crate) type PlayedGame = (RunRow, Vec<Vec<f64>>);

/// One game's end.
#[derive(Clone, Debug, Serialize)]
pub struct RunRow {
    /// Game index within its variant.
    pub run: u32,
    /// Its seed.
    pub seed: u64,
    /// `us`, `china`, `draw` or `shared_loss`.
    pub verdict: &'static str,
    /// The same, as the score's verdict.
    #[serde(skip)]
    pub outcome: Verdict,
    /// Turns played.
    pub turns: u32,
    /// US then China totals.
    pub scores: [f64; 2],
    /// US then China, each axis before its weight ([`ScoreAxis::ALL`] order).
    pub axes: [[f64; 5]; 2],
    /// Whether the verdict would differ with each axis left out ([`ScoreAxis::ALL`] order).
    pub changed_without: [bool; 5],
    /// The policies each side enacted or raised during the game (US, China), by index.
    #[serde(skip)]
    pub moved: [Vec<u16>; 2],
    /// The doctrines drawn, US then China.
    pub doctrines: [String; 2],
    /// `METRICS` at the end.
    pub end: Vec<f64>,
}

/// A verdict as a word for files (CSV): `us`, `china`, `draw`, `shared_loss`, `in_progress`.
pub(crate) fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Winner(Side::Us) => "us",
        Verdict::Winner(Side::China) => "china",
        Verdict::Draw => "draw",
        Verdict::SharedLoss => "shared_loss",
        Verdict::InProgress => "in_progress",
    }
}

/// A batch of games of one variant in one world, played turn by turn.
pub struct Batch {
    first: u32,
    seeds: Vec<u64>,
    ensemble: Ensemble,
    players: Vec<[ComputerPlayer; 2]>,
    /// `series[g][t][m]`: metric `m` of game `g` after turn `t` (the start is t = 0).
    series: Vec<Vec<Vec<f64>>>,
    /// Each game's state now (read once a turn, for both the views and the metrics).
    snaps: Vec<Snapshot>,
    /// `moved[g][side]`: the policies side enacted or raised in game g, so far.
    moved: Vec<[Vec<u16>; 2]>,
    turns_total: u32,
    turn: u32,
}

impl Batch {
    /// Games `first..first + n` of a variant.
    pub fn new(
        scenario: &Scenario,
        seed: u64,
        levels: [Level; 2],
        doctrines: &[Option<String>; 2],
        first: u32,
        n: u32,
    ) -> Result<Batch, String> {
        let seeds: Vec<u64> = (first..first + n)
            .map(|k| derive_seed(seed, u64::from(k)))
            .collect();
        let snaps: Vec<Snapshot> = seeds
            .iter()
            .map(|&sd| Snapshot::initial(scenario, sd))
            .collect();
        let players = seeds
            .iter()
            .map(|&sd| {
                let mut pair = [
                    ComputerPlayer::new(
                        scenario,
                        Side::Us,
                        levels[0],
                        doctrines[0].as_deref(),
                        sd,
                    )?,
                    ComputerPlayer::new(
                        scenario,
                        Side::China,
                        levels[1],
                        doctrines[1].as_deref(),
                        sd,
                    )?,
                ];
                for p in &mut pair {
                    p.explain = false;
                }
                Ok(pair)
            })
            .collect::<Result<Vec<_>, String>>()?;
        let series = snaps
            .iter()
            .map(|sn| vec![METRICS.iter().map(|m| m.read(scenario, sn)).collect()])
            .collect();
        Ok(Batch {
            first,
            seeds,
            ensemble: Ensemble::from_snapshots(scenario, &snaps),
            players,
            series,
            moved: vec![[Vec::new(), Vec::new()]; snaps.len()],
            snaps,
            turns_total: scenario.turns,
            turn: 0,
        })
    }

    /// Games in the batch.
    pub fn len(&self) -> usize {
        self.seeds.len()
    }

    /// True when the batch has no games.
    pub fn is_empty(&self) -> bool {
        self.seeds.is_empty()
    }

    /// True when every game is over.
    pub fn done(&self) -> bool {
        self.turn >= self.turns_total || self.snaps.iter().all(|s| s.outcome.is_over())
    }

    /// Play one turn of every running game: each computer decides from its view, then the
    /// world advances. Returns the number of game-turns played.
    pub fn step(&mut self) -> u64 {
        if self.done() {
            return 0;
        }
        let scenario = self.ensemble.shared_scenario();
        let mut played = 0;
        for k in 0..self.len() {
            let snap = &self.snaps[k];
            if snap.outcome.is_over() {
                continue;
            }
            played += 1;
            for side in Side::BOTH {
                let view = if self.players[k][side.index()].reads_estimates() {
                    SideView::build(&scenario, snap, side, &[])
                } else {
                    SideView::build_without_estimates(&scenario, snap, side)
                };
                let decision = self.players[k][side.index()].decide(&scenario, &view);
                for c in decision.commands {
                    let _ = self.ensemble.submit(k, side, c);
                }
            }
        }
        self.ensemble.advance_turn();
        self.turn += 1;
        for k in 0..self.len() {
            // A game that was already over did not change: no need to read it again.
            if !self.snaps[k].outcome.is_over() {
                let before = self.snaps[k]
                    .blocs
                    .each_ref()
                    .map(|b| b.policies.status.clone());
                // Read in place: the snapshot's memory is reused turn after turn.
                let read = self.ensemble.snapshot_into(k, &mut self.snaps[k]);
                assert!(read, "game {k} of a batch is in its ensemble");
                for side in Side::BOTH {
                    let after = &self.snaps[k].blocs[side.index()].policies.status;
                    for (i, (a, b)) in before[side.index()].iter().zip(after).enumerate() {
                        let list = &mut self.moved[k][side.index()];
                        if let Ok(i) = u16::try_from(i)
                            && raised(*a, *b)
                            && !list.contains(&i)
                        {
                            list.push(i);
                        }
                    }
                }
            }
            let row = METRICS
                .iter()
                .map(|m| m.read(&scenario, &self.snaps[k]))
                .collect();
            self.series[k].push(row);
        }
        played
    }

    /// Play to the end.
    pub fn run(&mut self, progress: &(dyn Fn(u64) + Sync)) {
        while !self.done() {
            progress(self.step());
        }
    }

    /// Each game's end, and its per-turn series.
    pub fn finish(self) -> Vec<PlayedGame> {
        let scenario = self.ensemble.shared_scenario();
        (0..self.len())
            .map(|k| {
                let snap = &self.snaps[k];
                let result = score(&scenario, snap);
                let series = &self.series[k];
                let row = RunRow {
                    run: self.first + k as u32,
                    seed: self.seeds[k],
                    verdict: verdict_word(result.verdict),
                    outcome: result.verdict,
                    turns: snap.calendar.turn,
                    scores: [result.scores[0].total, result.scores[1].total],
                    axes: result.scores.each_ref().map(|sc| sc.axes().map(|(_, v)| v)),
                    changed_without: ScoreAxis::ALL
                        .map(|a| changed_without(&scenario, snap.outcome, &result.scores, a)),
                    moved: self.moved[k].clone(),
                    doctrines: self.players[k].each_ref().map(|p| {
                        p.doctrine(&scenario)
                            .map_or_else(|| "-".to_string(), |d| d.id.clone())
                    }),
                    end: series.last().cloned().unwrap_or_default(),
                };
                (row, series.clone())
            })
            .collect()
    }
}

/// True when a policy's status went up: enacted, begun, or a level raised.
fn raised(before: PolicyStatus, after: PolicyStatus) -> bool {
    match (before, after) {
        (PolicyStatus::Level { level: x, .. }, PolicyStatus::Level { level: y, .. }) => y > x,
        (
            PolicyStatus::Off,
            PolicyStatus::On { .. } | PolicyStatus::Building { .. } | PolicyStatus::Built { .. },
        ) => true,
        _ => false,
    }
}

/// The variants of `--vary PATH=V1,V2,...` (or the scenario alone).
pub fn variants(base: &crate::Scenario, vary: Option<&str>) -> Result<Vec<Variant>, String> {
    let Some(vary) = vary else {
        return Ok(vec![Variant {
            label: "as written".into(),
            scenario: base.clone(),
            value: None,
        }]);
    };
    let (path, values) = vary
        .split_once('=')
        .ok_or_else(|| format!("--vary `{vary}`: write PATH=V1,V2,... (e.g. world.capability.returns_exponent=0.8,1.0,1.15)"))?;
    let path = path.trim();
    crate::scenario::params::get_param(base, path).map_err(|e| format!("--vary: {e}"))?;
    let values: Vec<f64> = values
        .split(',')
        .map(|v| {
            v.trim()
                .parse::<f64>()
                .map_err(|_| format!("--vary: `{}` is not a number", v.trim()))
        })
        .collect::<Result<_, _>>()?;
    if values.is_empty() || values.len() > 12 {
        return Err("--vary: give between 1 and 12 values".into());
    }
    values
        .into_iter()
        .map(|v| {
            Ok(Variant {
                label: format!("{path}={v}"),
                scenario: crate::scenario::params::set_param(base, path, v)
                    .map_err(|e| format!("--vary: {e}"))?,
                value: Some(v),
            })
        })
        .collect()
}

/// Play every variant's games on `threads` threads (1: on the caller's thread). `progress`
/// is called with game-turns played as they are. The results are the same for any number
/// of threads.
pub fn run(
    spec: &Spec,
    threads: usize,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<VariantResult>, String> {
    let threads = threads.max(1);
    let mut out = Vec::with_capacity(spec.variants.len());
    for variant in &spec.variants {
        // Contiguous slices of the runs, each cut into batches of at most BATCH games.
        let per = spec.runs.div_ceil(threads as u32).max(1);
        let slices: Vec<(u32, u32)> = (0..threads as u32)
            .map(|t| (t * per, ((t + 1) * per).min(spec.runs)))
            .filter(|(a, b)| a < b)
            .collect();
        let play_slice = |(a, b): (u32, u32)| -> Result<Vec<PlayedGame>, String> {
            let mut games = Vec::with_capacity((b - a) as usize);
            let mut first = a;
            while first < b {
                let n = (b - first).min(BATCH as u32);
                let mut batch = Batch::new(
                    &variant.scenario,
                    spec.seed,
                    spec.levels,
                    &spec.doctrines,
                    first,
                    n,
                )?;
                batch.run(progress);
                games.extend(batch.finish());
                first += n;
            }
            Ok(games)
        };
        let mut games = Vec::with_capacity(spec.runs as usize);
        if slices.len() <= 1 {
            for s in slices {
                games.extend(play_slice(s)?);
            }
        } else {
            let parts: Vec<Result<Vec<_>, String>> = std::thread::scope(|scope| {
                let handles: Vec<_> = slices
                    .iter()
                    .map(|&s| scope.spawn(move || play_slice(s)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join()
                            .unwrap_or_else(|_| Err("a worker thread failed".into()))
                    })
                    .collect()
            });
            for p in parts {
                games.extend(p?);
            }
        }
        out.push(summarise(variant, games));
    }
    Ok(out)
}

/// An experiment played a little at a time, for a window that must keep drawing (and for
/// the browser, which has no threads): [`Stepper::step`] plays one turn of one batch. The
/// results are those of [`run`].
pub struct Stepper {
    spec: Spec,
    batch_size: u32,
    variant: usize,
    next: u32,
    batch: Option<Batch>,
    games: Vec<Vec<PlayedGame>>,
    done_turns: u64,
}

impl Stepper {
    /// Prepare; batches hold `batch_size` games (small for lookahead levels, so one step
    /// stays short).
    pub fn new(spec: Spec, batch_size: u32) -> Stepper {
        let n = spec.variants.len();
        Stepper {
            spec,
            batch_size: batch_size.max(1),
            variant: 0,
            next: 0,
            batch: None,
            games: vec![Vec::new(); n],
            done_turns: 0,
        }
    }

    /// Share done, 0–1.
    pub fn progress(&self) -> f64 {
        let turns = self
            .spec
            .variants
            .first()
            .map_or(1, |v| u64::from(v.scenario.turns));
        let total = u64::from(self.spec.runs) * self.spec.variants.len() as u64 * turns;
        (self.done_turns as f64 / total.max(1) as f64).min(1.0)
    }

    /// True when every game has been played.
    pub fn finished(&self) -> bool {
        self.variant >= self.spec.variants.len()
    }

    /// Play one turn of the current batch (starting the next batch when one ends).
    pub fn step(&mut self) -> Result<(), String> {
        if self.finished() {
            return Ok(());
        }
        if self.batch.is_none() {
            let v = &self.spec.variants[self.variant];
            let n = (self.spec.runs - self.next).min(self.batch_size);
            self.batch = Some(Batch::new(
                &v.scenario,
                self.spec.seed,
                self.spec.levels,
                &self.spec.doctrines,
                self.next,
                n,
            )?);
            self.next += n;
        }
        if let Some(batch) = self.batch.as_mut() {
            if batch.done() {
                let games = self.batch.take().map(Batch::finish).unwrap_or_default();
                // Games that ended early count their remaining turns as done.
                let turns = u64::from(self.spec.variants[self.variant].scenario.turns);
                let played: u64 = games.iter().map(|(r, _)| u64::from(r.turns)).sum();
                self.done_turns +=
                    games.len() as u64 * turns - played.min(games.len() as u64 * turns);
                self.games[self.variant].extend(games);
                if self.next >= self.spec.runs {
                    self.variant += 1;
                    self.next = 0;
                }
            } else {
                self.done_turns += batch.step();
            }
        }
        Ok(())
    }

    /// The results, once [`Stepper::finished`].
    pub fn results(&self) -> Vec<VariantResult> {
        self.spec
            .variants
            .iter()
            .zip(&self.games)
            .map(|(v, g)| summarise(v, g.clone()))
            .collect()
    }

    /// What is being run.
    pub fn spec(&self) -> &Spec {
        &self.spec
    }
}
