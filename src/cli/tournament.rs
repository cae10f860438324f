//! `ai-race tournament`: many computer-vs-computer games of one scenario, and who wins how
//! often. A tournament is an experiment with one variant ([`crate::experiment::run`]: the same
//! batches, worlds and threads); this file only words its results. They depend only on the
//! seed, never on the number of threads.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::{TournamentArgs, emit, load_scenario_as};
use crate::experiment::{RunRow, Spec, Variant};
use crate::scenario::Scenario;
use crate::sim::policies::PolicyId;
use crate::sim::quantity::Side;
use crate::sim::scoring::{SideScore, Verdict};

/// One game's result.
#[derive(Clone, Debug, Serialize)]
pub(super) struct GameSummary {
    /// Game index.
    pub game: u32,
    /// Its seed.
    pub seed: u64,
    /// Who won.
    pub verdict: Verdict,
    /// US then China.
    pub scores: [SideScore; 2],
    /// The doctrines played, US then China.
    pub doctrines: [Option<String>; 2],
    /// Policies each side enacted or raised during the game (ids, each once, in the order
    /// first moved), US then China.
    pub policies: [Vec<String>; 2],
}

impl GameSummary {
    /// The summary of an experiment's game.
    fn of(s: &Scenario, row: &RunRow) -> GameSummary {
        let side_score = |i: usize| {
            let [lead, market, adoption, economy, stability] = row.axes[i];
            SideScore {
                lead,
                market,
                adoption,
                economy,
                stability,
                total: row.scores[i],
            }
        };
        GameSummary {
            game: row.run,
            seed: row.seed,
            verdict: row.outcome,
            scores: [side_score(0), side_score(1)],
            doctrines: row
                .doctrines
                .each_ref()
                .map(|d| s.doctrines.iter().any(|x| x.id == *d).then(|| d.clone())),
            policies: row
                .moved
                .each_ref()
                .map(|ids| ids.iter().map(|&i| PolicyId::new(i).name(s)).collect()),
        }
    }
}

pub(super) use crate::experiment::wilson;

/// Run the tournament.
pub(super) fn run(args: &TournamentArgs) -> ExitCode {
    let scenario = match load_scenario_as(&args.scenario, args.assumptions.as_deref()) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // Check the players once before starting any thread.
    if let Err(e) = args.players.make(&scenario, args.seed) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, 64);
    let spec = Spec {
        runs: args.games,
        seed: args.seed,
        levels: [args.players.us, args.players.china],
        doctrines: [
            args.players.us_doctrine.clone(),
            args.players.china_doctrine.clone(),
        ],
        variants: vec![Variant {
            label: "tournament".into(),
            scenario: scenario.clone(),
            value: None,
        }],
    };
    let Some(played) = (match crate::experiment::run(&spec, threads, &|_| {}) {
        Ok(mut v) => v.pop(),
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }) else {
        eprintln!("error: the tournament played no games");
        return ExitCode::from(2);
    };
    let results: Vec<GameSummary> = played
        .runs
        .iter()
        .map(|r| GameSummary::of(&scenario, r))
        .collect();
    let report = Report::new(&results);
    let in_wins = Side::BOTH.map(|side| {
        played
            .policies_in_wins(side)
            .into_iter()
            .map(|(p, share)| (PolicyId::new(p).name(&scenario), share))
            .collect::<Vec<_>>()
    });
    emit(&report.text(&scenario, args, &in_wins));
    if let Some(path) = &args.json
        && let Err(code) = write_json(path, &report, &results)
    {
        return code;
    }
    ExitCode::SUCCESS
}

/// Totals of a tournament.
#[derive(Debug, Serialize)]
pub(super) struct Report {
    /// Games played.
    pub games: usize,
    /// US wins.
    pub us_wins: usize,
    /// China wins.
    pub china_wins: usize,
    /// Draws.
    pub draws: usize,
    /// Shared losses (catastrophes).
    pub shared_losses: usize,
    /// Mean score axes, US then China.
    pub mean_scores: [SideScore; 2],
    /// Policies most used by winners: (id, times).
    pub winners_policies: Vec<(String, usize)>,
}

impl Report {
    fn new(results: &[GameSummary]) -> Report {
        let count = |f: &dyn Fn(&Verdict) -> bool| results.iter().filter(|r| f(&r.verdict)).count();
        let n = results.len().max(1) as f64;
        let mean = |side: Side| {
            let sum = |f: &dyn Fn(&SideScore) -> f64| {
                results
                    .iter()
                    .map(|r| f(&r.scores[side.index()]))
                    .sum::<f64>()
                    / n
            };
            SideScore {
                lead: sum(&|s| s.lead),
                market: sum(&|s| s.market),
                adoption: sum(&|s| s.adoption),
                economy: sum(&|s| s.economy),
                stability: sum(&|s| s.stability),
                total: sum(&|s| s.total),
            }
        };
        let mut used: BTreeMap<String, usize> = BTreeMap::new();
        for r in results {
            if let Verdict::Winner(side) = r.verdict {
                for p in &r.policies[side.index()] {
                    *used.entry(p.clone()).or_default() += 1;
                }
            }
        }
        let mut winners_policies: Vec<(String, usize)> = used.into_iter().collect();
        winners_policies.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        winners_policies.truncate(10);
        Report {
            games: results.len(),
            us_wins: count(&|v| *v == Verdict::Winner(Side::Us)),
            china_wins: count(&|v| *v == Verdict::Winner(Side::China)),
            draws: count(&|v| *v == Verdict::Draw),
            shared_losses: count(&|v| *v == Verdict::SharedLoss),
            mean_scores: [mean(Side::Us), mean(Side::China)],
            winners_policies,
        }
    }

    /// The table in words; `in_wins`: each side's policies with the share of its wins in which
    /// it enacted or raised them.
    fn text(
        &self,
        s: &Scenario,
        args: &TournamentArgs,
        in_wins: &[Vec<(String, f64)>; 2],
    ) -> String {
        let mut out = format!(
            "{} — {} games, US {} vs China {} (seed {})\n",
            s.name,
            self.games,
            args.players.us.name(),
            args.players.china.name(),
            args.seed
        );
        for (name, hits) in [
            ("US wins", self.us_wins),
            ("China wins", self.china_wins),
            ("draws", self.draws),
            ("shared losses", self.shared_losses),
        ] {
            let (lo, hi) = wilson(hits, self.games);
            out.push_str(&format!(
                "  {name:<14} {hits:>6}  {:>5.1}%  (95% interval {lo:.1}–{hi:.1}%)\n",
                100.0 * hits as f64 / self.games.max(1) as f64
            ));
        }
        out.push_str("  mean score      lead  market adoption economy stability  total\n");
        for side in Side::BOTH {
            let m = &self.mean_scores[side.index()];
            out.push_str(&format!(
                "    {:<10} {:>6.2} {:>7.2} {:>8.2} {:>7.2} {:>9.2} {:>6.2}\n",
                if side == Side::Us { "US" } else { "China" },
                m.lead,
                m.market,
                m.adoption,
                m.economy,
                m.stability,
                m.total
            ));
        }
        // Each side's most frequent policies in its wins: a policy in nearly all of them is a
        // plan the side cannot do without (a dominant plan, if it is so for every doctrine).
        for side in Side::BOTH {
            let list = &in_wins[side.index()];
            if list.is_empty() {
                continue;
            }
            out.push_str(&format!(
                "  policies in {} wins: {}\n",
                if side == Side::Us {
                    "the US's"
                } else {
                    "China's"
                },
                list.iter()
                    .take(8)
                    .map(|(p, share)| format!("{p} {:.0}%", 100.0 * share))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        out
    }
}

fn write_json(path: &Path, report: &Report, results: &[GameSummary]) -> Result<(), ExitCode> {
    let value = serde_json::json!({
        "games": report.games,
        "us_wins": report.us_wins,
        "china_wins": report.china_wins,
        "draws": report.draws,
        "shared_losses": report.shared_losses,
        "mean_scores": report.mean_scores,
        "winners_policies": report.winners_policies,
        "results": results,
    });
    let text = serde_json::to_string_pretty(&value).map_err(|e| {
        eprintln!("error: cannot write the results as JSON: {e}");
        ExitCode::from(2)
    })?;
    std::fs::write(path, text).map_err(|e| {
        eprintln!("error: cannot write {}: {e}", path.display());
        ExitCode::from(2)
    })
}
