//! `ai-race tournament`: many computer-vs-computer games, spread over threads; the results
//! depend only on the seed, never on the number of threads.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::{TournamentArgs, emit, load_scenario_as};
use crate::report::History;
use crate::scenario::Scenario;
use crate::sim::game::JournalEntry;
use crate::sim::quantity::Side;
use crate::sim::rng::derive_seed;
use crate::sim::scoring::{SideScore, Verdict};

/// One game's result.
#[derive(Clone, Debug, Serialize)]
pub struct GameSummary {
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
    /// Policies each side enacted or raised (ids), US then China.
    pub policies: [Vec<String>; 2],
}

/// Play game `k` of a tournament.
pub fn play_game(s: &Scenario, args: &TournamentArgs, k: u32) -> Result<GameSummary, String> {
    let seed = derive_seed(args.seed, u64::from(k));
    let mut players = args.players.make(s, seed)?;
    let (history, _) = History::play_computers(s, seed, false, &mut players, &mut |_| {});
    let mut policies: [Vec<String>; 2] = [Vec::new(), Vec::new()];
    for t in &history.turns {
        for j in &t.journal {
            if let JournalEntry::PolicyEnacted { side, policy }
            | JournalEntry::LevelChanged { side, policy, .. } = j
            {
                policies[side.index()].push(policy.name(s));
            }
        }
    }
    Ok(GameSummary {
        game: k,
        seed,
        verdict: history.result.verdict,
        scores: history.result.scores.clone(),
        doctrines: players
            .each_ref()
            .map(|p| p.doctrine(s).map(|d| d.id.clone())),
        policies,
    })
}

pub use crate::experiment::wilson;

/// Run the tournament.
pub fn run(args: &TournamentArgs) -> ExitCode {
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
    let games = args.games;
    let mut results: Vec<GameSummary> = Vec::with_capacity(games as usize);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let scenario = &scenario;
                scope.spawn(move || {
                    (0..games)
                        .filter(|k| *k as usize % threads == t)
                        .filter_map(|k| play_game(scenario, args, k).ok())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            if let Ok(part) = h.join() {
                results.extend(part);
            }
        }
    });
    results.sort_by_key(|r| r.game);
    let report = Report::new(&results);
    emit(&report.text(&scenario, args));
    if let Some(path) = &args.json
        && let Err(code) = write_json(path, &report, &results)
    {
        return code;
    }
    ExitCode::SUCCESS
}

/// Totals of a tournament.
#[derive(Debug, Serialize)]
pub struct Report {
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

    fn text(&self, s: &Scenario, args: &TournamentArgs) -> String {
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
        if !self.winners_policies.is_empty() {
            out.push_str("  policies most used by winners: ");
            out.push_str(
                &self
                    .winners_policies
                    .iter()
                    .map(|(p, n)| format!("{p} ({n})"))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
            out.push('\n');
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
    let text = serde_json::to_string_pretty(&value).unwrap_or_default();
    std::fs::write(path, text).map_err(|e| {
        eprintln!("error: cannot write {}: {e}", path.display());
        ExitCode::from(2)
    })
}
