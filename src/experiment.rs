//! Experiments: many computer-vs-computer games of a scenario and its variants, batched many
//! games to a world, with the numbers a class looks at: outcome rates with 95% intervals,
//! distributions at the end, and per-turn medians with 10–90% bands.
//!
//! Game `k` of every variant plays with the seed [`derive_seed`]`(seed, k)`, so variants are
//! compared on the same draws, and each game is independent of the others in its world: the
//! results do not depend on how the games are split into batches or threads. This module
//! does no I/O and reads no clock; the CLI and the window drive it ([`Batch::step`] one turn
//! at a time, or [`run`] on threads).

use crate::i18n::Strings;
use std::fmt::Write as _;

use serde::Serialize;

use crate::ai::{ComputerPlayer, Level};
use crate::scenario::Scenario;
use crate::sim::fog::SideView;
use crate::sim::game::quarter_label;
use crate::sim::policies::PolicyStatus;
use crate::sim::quantity::{BlocQ, Side};
use crate::sim::rng::derive_seed;
use crate::sim::scoring::{ScoreAxis, Verdict, changed_without, score};
use crate::sim::{Ensemble, Snapshot};

/// Most games a world holds at once (larger runs are split into several batches). 256 games
/// keep a world's components in cache: 10,000 easy games took 0.9 s on two threads against
/// 1.5 s with 2,048 per world (release build, this 2-core machine).
pub const BATCH: usize = 256;

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
pub const METRICS: [Metric; 12] = [
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
pub enum Metric {
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
pub type PlayedGame = (RunRow, Vec<Vec<f64>>);

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
    /// [`METRICS`] at the end.
    pub end: Vec<f64>,
}

/// A verdict as a word for files (CSV): `us`, `china`, `draw`, `shared_loss`, `in_progress`.
pub fn verdict_word(v: Verdict) -> &'static str {
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

/// Percentiles 10, 50 and 90 of a metric at one turn.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Band {
    /// 10th percentile.
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 90th percentile.
    pub p90: f64,
}

/// The results of one variant.
#[derive(Clone, Debug, Serialize)]
pub struct VariantResult {
    /// Its label.
    pub label: String,
    /// Every game, in order.
    pub runs: Vec<RunRow>,
    /// `bands[t][m]`: metric `m` after turn `t` over all games (t = 0 is the start).
    pub bands: Vec<Vec<Band>>,
    /// The quarter of each row of `bands` ("2025 Q1" is the start).
    pub dates: Vec<String>,
}

/// How one pairing of doctrines fared.
#[derive(Clone, Debug, PartialEq)]
pub struct DoctrinePair {
    /// The US's doctrine.
    pub us: String,
    /// China's doctrine.
    pub china: String,
    /// Games played.
    pub games: usize,
    /// The US's share of the decided games, %, with its 95% interval.
    pub us_share: (f64, f64, f64),
}

/// Linear-interpolated percentile of sorted values.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let pos = p * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    let f = pos - lo as f64;
    sorted[lo] * (1.0 - f) + sorted[hi] * f
}

fn band(values: &mut [f64]) -> Band {
    values.sort_by(f64::total_cmp);
    Band {
        p10: percentile(values, 0.1),
        p50: percentile(values, 0.5),
        p90: percentile(values, 0.9),
    }
}

fn summarise(variant: &Variant, mut games: Vec<PlayedGame>) -> VariantResult {
    games.sort_by_key(|(r, _)| r.run);
    let turns = variant.scenario.turns as usize;
    let bands = (0..=turns)
        .map(|t| {
            (0..METRICS.len())
                .map(|m| {
                    let mut v: Vec<f64> = games
                        .iter()
                        .filter_map(|(_, s)| s.get(t.min(s.len().saturating_sub(1))))
                        .map(|row| row[m])
                        .collect();
                    band(&mut v)
                })
                .collect()
        })
        .collect();
    // Row t is the state after turn t, labelled with the quarter that turn played; row 0
    // is the start.
    let dates = (0..=turns as u32)
        .map(|t| {
            if t == 0 {
                "start".to_string()
            } else {
                quarter_label(&variant.scenario, t)
            }
        })
        .collect();
    VariantResult {
        label: variant.label.clone(),
        runs: games.into_iter().map(|(r, _)| r).collect(),
        bands,
        dates,
    }
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

/// Wilson 95% interval of a proportion, in %.
pub fn wilson(hits: usize, n: usize) -> (f64, f64) {
    if n == 0 {
        return (0.0, 0.0);
    }
    let (z, n, p) = (1.96, n as f64, hits as f64 / n as f64);
    let centre = (p + z * z / (2.0 * n)) / (1.0 + z * z / n);
    let half = z * ((p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt()) / (1.0 + z * z / n);
    (
        100.0 * (centre - half).max(0.0),
        100.0 * (centre + half).min(1.0),
    )
}

impl VariantResult {
    /// Share of games with this verdict word, in %, with its 95% interval.
    pub fn rate(&self, verdict: &str) -> (f64, f64, f64) {
        let n = self.runs.len();
        let hits = self.runs.iter().filter(|r| r.verdict == verdict).count();
        let (lo, hi) = wilson(hits, n);
        (100.0 * hits as f64 / n.max(1) as f64, lo, hi)
    }

    /// For each score axis ([`ScoreAxis::ALL`] order), the share of games (0–1) whose
    /// verdict would differ with that axis left out.
    pub fn axis_influence(&self) -> [f64; 5] {
        let n = self.runs.len().max(1) as f64;
        std::array::from_fn(|i| {
            self.runs.iter().filter(|r| r.changed_without[i]).count() as f64 / n
        })
    }

    /// A side's share of the decided games (wins of either side), in %, with its 95%
    /// interval; and the share of all games that were draws or shared losses, in %.
    pub fn balance(&self, side: Side) -> ((f64, f64, f64), f64) {
        let word = verdict_word(Verdict::Winner(side));
        let other = verdict_word(Verdict::Winner(side.rival()));
        let wins = self.runs.iter().filter(|r| r.verdict == word).count();
        let decided = wins + self.runs.iter().filter(|r| r.verdict == other).count();
        let (lo, hi) = wilson(wins, decided);
        let undecided = self.runs.len() - decided;
        (
            (100.0 * wins as f64 / decided.max(1) as f64, lo, hi),
            100.0 * undecided as f64 / self.runs.len().max(1) as f64,
        )
    }

    /// For one side, each policy it enacted or raised in some of its wins, with the share
    /// (0–1) of its wins in which it did, most frequent first.
    pub fn policies_in_wins(&self, side: Side) -> Vec<(u16, f64)> {
        let word = verdict_word(Verdict::Winner(side));
        let wins: Vec<&RunRow> = self.runs.iter().filter(|r| r.verdict == word).collect();
        let mut counts: Vec<(u16, usize)> = Vec::new();
        for r in &wins {
            for &p in &r.moved[side.index()] {
                match counts.iter_mut().find(|(q, _)| *q == p) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((p, 1)),
                }
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        counts
            .into_iter()
            .map(|(p, n)| (p, n as f64 / wins.len().max(1) as f64))
            .collect()
    }

    /// Each pairing of doctrines that played.
    pub fn doctrine_pairs(&self) -> Vec<DoctrinePair> {
        let mut pairs: Vec<(String, String)> = Vec::new();
        for r in &self.runs {
            let p = (r.doctrines[0].clone(), r.doctrines[1].clone());
            if !pairs.contains(&p) {
                pairs.push(p);
            }
        }
        pairs.sort();
        pairs
            .into_iter()
            .map(|(us, cn)| {
                let games: Vec<&RunRow> = self
                    .runs
                    .iter()
                    .filter(|r| r.doctrines[0] == us && r.doctrines[1] == cn)
                    .collect();
                let w = games.iter().filter(|r| r.verdict == "us").count();
                let l = games.iter().filter(|r| r.verdict == "china").count();
                let (lo, hi) = wilson(w, w + l);
                DoctrinePair {
                    games: games.len(),
                    us,
                    china: cn,
                    us_share: (100.0 * w as f64 / (w + l).max(1) as f64, lo, hi),
                }
            })
            .collect()
    }

    /// The end distribution of metric `m`.
    pub fn end_band(&self, m: usize) -> Band {
        let mut v: Vec<f64> = self.runs.iter().map(|r| r.end[m]).collect();
        band(&mut v)
    }
}

/// The summary in Markdown, in the language of `t`: outcome rates with 95% intervals, end
/// distributions, balance, the policies of the wins, doctrine pairings and what each score
/// axis decides.
pub fn summary_markdown(spec: &Spec, results: &[VariantResult], t: &Strings) -> String {
    let mut out = String::new();
    // A variant by its label (`path=value`, an id), or the scenario as written.
    let names: Vec<String> = results
        .iter()
        .zip(&spec.variants)
        .map(|(r, v)| match v.value {
            Some(_) => r.label.clone(),
            None => t.t("exp-as-written"),
        })
        .collect();
    let level = |l: crate::ai::Level| crate::i18n::level_name(t, l);
    let _ = writeln!(
        out,
        "# {}\n",
        t.f(
            "exp-md-title",
            &[
                ("runs", spec.runs.into()),
                ("us", level(spec.levels[0]).into()),
                ("china", level(spec.levels[1]).into()),
                ("seed", spec.seed.to_string().into()),
            ],
        )
    );
    let head = |keys: &[&str]| {
        let cells: Vec<String> = keys.iter().map(|k| t.t(k)).collect();
        format!("| {} |\n|{}", cells.join(" | "), "---|".repeat(cells.len()))
    };
    let _ = writeln!(
        out,
        "{}",
        head(&[
            "exp-col-variant",
            "exp-md-col-us",
            "exp-col-china",
            "exp-col-draw",
            "exp-col-loss"
        ])
    );
    for (r, name) in results.iter().zip(&names) {
        let cell = |v: &str| {
            let (p, lo, hi) = r.rate(v);
            format!("{p:.1} ({lo:.1}–{hi:.1})")
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            name,
            cell("us"),
            cell("china"),
            cell("draw"),
            cell("shared_loss")
        );
    }
    let _ = writeln!(out, "\n{}\n", t.t("exp-md-end"));
    let shown = [0usize, 4, 5, 6, 1];
    let _ = write!(out, "| {} |", t.t("exp-col-variant"));
    for &m in &shown {
        let _ = write!(out, " {} |", crate::i18n::metric_text(t, METRICS[m]));
    }
    let _ = write!(out, "\n|---|");
    for _ in &shown {
        let _ = write!(out, "---|");
    }
    let _ = writeln!(out);
    for (r, name) in results.iter().zip(&names) {
        let _ = write!(out, "| {name} |");
        for &m in &shown {
            let b = r.end_band(m);
            let _ = write!(
                out,
                " {} |",
                t.f(
                    "exp-md-band",
                    &[
                        ("p50", format!("{:.1}", b.p50).into()),
                        ("p10", format!("{:.1}", b.p10).into()),
                        ("p90", format!("{:.1}", b.p90).into()),
                    ],
                )
            );
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(
        out,
        "\n{}\n\n{}",
        t.t("exp-md-balance"),
        head(&[
            "exp-col-variant",
            "exp-md-col-us-share",
            "exp-md-col-china-share",
            "exp-md-col-undecided"
        ])
    );
    for (r, name) in results.iter().zip(&names) {
        let ((u, ul, uh), undecided) = r.balance(Side::Us);
        let ((c, cl, ch), _) = r.balance(Side::China);
        let _ = writeln!(
            out,
            "| {name} | {u:.1} ({ul:.1}–{uh:.1}) | {c:.1} ({cl:.1}–{ch:.1}) | {undecided:.1} |"
        );
    }
    for ((r, v), name) in results.iter().zip(&spec.variants).zip(&names) {
        let s = &v.scenario;
        let _ = writeln!(
            out,
            "\n{}\n",
            t.f("exp-md-policies", &[("variant", name.clone().into())])
        );
        for side in Side::BOTH {
            let list: Vec<String> = r
                .policies_in_wins(side)
                .iter()
                .take(6)
                .map(|(p, share)| {
                    let name = crate::sim::policies::PolicyId(*p).name(s);
                    format!("`{name}` {:.0}%", 100.0 * share)
                })
                .collect();
            let _ = writeln!(
                out,
                "- {}: {}",
                crate::i18n::side_name(t, side),
                if list.is_empty() {
                    t.t("exp-md-no-wins")
                } else {
                    list.join(", ")
                }
            );
        }
        let pairs = r.doctrine_pairs();
        if pairs.len() > 1 {
            let _ = writeln!(
                out,
                "\n{}\n\n{}",
                t.f("exp-md-doctrines", &[("variant", name.clone().into())]),
                head(&[
                    "exp-md-col-us-doctrine",
                    "exp-md-col-china-doctrine",
                    "exp-md-col-games",
                    "exp-md-col-us-share"
                ])
            );
            for d in pairs {
                let (p, lo, hi) = d.us_share;
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {p:.1} ({lo:.1}–{hi:.1}) |",
                    d.us, d.china, d.games
                );
            }
        }
    }
    let _ = writeln!(out, "\n{}\n", t.t("exp-md-axes"));
    let _ = write!(out, "| {} |", t.t("exp-col-variant"));
    for a in ScoreAxis::ALL {
        let _ = write!(out, " {} |", t.t(&format!("end-axis-{}", a.id())));
    }
    let _ = write!(out, "\n|---|");
    for _ in ScoreAxis::ALL {
        let _ = write!(out, "---|");
    }
    let _ = writeln!(out);
    for (r, name) in results.iter().zip(&names) {
        let _ = write!(out, "| {name} |");
        for share in r.axis_influence() {
            let _ = write!(out, " {:.1}% |", 100.0 * share);
        }
        let _ = writeln!(out);
    }
    out
}

/// Every game's end state, one row per game (variant, run, seed, verdict, turns, scores,
/// doctrines, then [`METRICS`]).
pub fn runs_csv(results: &[VariantResult]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = [
        "variant",
        "run",
        "seed",
        "verdict",
        "turns",
        "us_score",
        "china_score",
        "us_doctrine",
        "china_doctrine",
    ]
    .map(String::from)
    .to_vec();
    for side in ["us", "china"] {
        header.extend(ScoreAxis::ALL.map(|a| format!("{side}_{}", a.id())));
    }
    header.extend(METRICS.iter().map(|m| m.column()));
    w.write_record(&header)?;
    for r in results {
        for run in &r.runs {
            let mut rec = vec![
                r.label.clone(),
                run.run.to_string(),
                run.seed.to_string(),
                run.verdict.to_string(),
                run.turns.to_string(),
                run.scores[0].to_string(),
                run.scores[1].to_string(),
                run.doctrines[0].clone(),
                run.doctrines[1].clone(),
            ];
            rec.extend(run.axes.iter().flatten().map(f64::to_string));
            rec.extend(run.end.iter().map(f64::to_string));
            w.write_record(&rec)?;
        }
    }
    w.flush()?;
    Ok(String::from_utf8_lossy(&w.into_inner().unwrap_or_default()).into_owned())
}

/// Per-turn 10th, 50th and 90th percentiles of every metric, one row per variant and turn.
pub fn per_turn_csv(results: &[VariantResult]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = ["variant", "turn", "date"].map(String::from).to_vec();
    for m in METRICS {
        for p in ["p10", "p50", "p90"] {
            header.push(format!("{}_{p}", m.column()));
        }
    }
    w.write_record(&header)?;
    for r in results {
        for (t, row) in r.bands.iter().enumerate() {
            let mut rec = vec![r.label.clone(), t.to_string(), r.dates[t].clone()];
            for b in row {
                rec.extend([b.p10, b.p50, b.p90].map(|x| x.to_string()));
            }
            w.write_record(&rec)?;
        }
    }
    w.flush()?;
    Ok(String::from_utf8_lossy(&w.into_inner().unwrap_or_default()).into_owned())
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
