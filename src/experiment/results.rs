//! An experiment's results: outcome rates with 95% intervals, end-of-game distributions,
//! per-turn bands, what each score axis decides, doctrine pairings, and the summary and CSV
//! files written from them.

use std::fmt::Write as _;

use serde::Serialize;

use super::{METRICS, PlayedGame, RunRow, Spec, Variant, verdict_word};
use crate::i18n::Strings;
use crate::sim::game::quarter_label;
use crate::sim::quantity::Side;
use crate::sim::scoring::{ScoreAxis, Verdict};

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
pub(crate) struct DoctrinePair {
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
    interpolate(sorted.len(), p, |k| sorted[k])
}

/// The percentile `p` of `n` values (n ≥ 1) whose `k`-th smallest is `at(k)`, interpolated
/// linearly between the two order statistics around it.
fn interpolate(n: usize, p: f64, mut at: impl FnMut(usize) -> f64) -> f64 {
    let pos = p * (n - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    let f = pos - lo as f64;
    at(lo) * (1.0 - f) + at(hi) * f
}

/// The 10th, 50th and 90th percentiles of `values` (reordered), as [`percentile`] gives them
/// on the sorted values: each comes from the one or two order statistics it interpolates,
/// found by selection rather than a full sort (an experiment takes 300 bands of up to
/// 10,000 values; equal values under `total_cmp` have the same bits, so the result is the
/// same to the bit).
pub(super) fn band(values: &mut [f64]) -> Band {
    let n = values.len();
    if n == 0 {
        return Band {
            p10: f64::NAN,
            p50: f64::NAN,
            p90: f64::NAN,
        };
    }
    // The median splits the values; the 10th percentile lies left of it, the 90th right.
    let (lo, mid, hi) = values.select_nth_unstable_by(n / 2, f64::total_cmp);
    let mid = *mid;
    let (lo_len, hi_len) = (lo.len(), hi.len());
    let mut at = |k: usize| -> f64 {
        match k.cmp(&lo_len) {
            std::cmp::Ordering::Less => *lo.select_nth_unstable_by(k, f64::total_cmp).1,
            std::cmp::Ordering::Equal => mid,
            std::cmp::Ordering::Greater => {
                let j = k - lo_len - 1;
                debug_assert!(j < hi_len);
                *hi.select_nth_unstable_by(j, f64::total_cmp).1
            }
        }
    };
    Band {
        p10: interpolate(n, 0.1, &mut at),
        p50: interpolate(n, 0.5, &mut at),
        p90: interpolate(n, 0.9, &mut at),
    }
}

pub(super) fn summarise(variant: &Variant, mut games: Vec<PlayedGame>) -> VariantResult {
    games.sort_by_key(|(r, _)| r.run);
    let turns = variant.scenario.turns as usize;
    // One pass over the games per turn fills every metric's column (reading each game's row
    // once), then each column gives its band.
    let mut columns: Vec<Vec<f64>> = vec![Vec::with_capacity(games.len()); METRICS.len()];
    let bands = (0..=turns)
        .map(|t| {
            for c in &mut columns {
                c.clear();
            }
            for row in games
                .iter()
                .filter_map(|(_, s)| s.get(t.min(s.len().saturating_sub(1))))
            {
                for (c, v) in columns.iter_mut().zip(row) {
                    c.push(*v);
                }
            }
            columns.iter_mut().map(|c| band(c)).collect()
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

/// Wilson 95% interval of a proportion, in %.
pub(crate) fn wilson(hits: usize, n: usize) -> (f64, f64) {
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
    pub(crate) fn axis_influence(&self) -> [f64; 5] {
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
    pub(crate) fn policies_in_wins(&self, side: Side) -> Vec<(u16, f64)> {
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
    pub(crate) fn doctrine_pairs(&self) -> Vec<DoctrinePair> {
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
    pub(crate) fn end_band(&self, m: usize) -> Band {
        let mut v: Vec<f64> = self.runs.iter().map(|r| r.end[m]).collect();
        band(&mut v)
    }
}

/// The summary in Markdown, in the language of `t`: outcome rates with 95% intervals, end
/// distributions, balance, the policies of the wins, doctrine pairings and what each score
/// axis decides.
pub(crate) fn summary_markdown(spec: &Spec, results: &[VariantResult], t: &Strings) -> String {
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
                    let name = crate::sim::policies::PolicyId::new(*p).name(s);
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
/// doctrines, then `METRICS`).
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The band by selection equals, bit for bit, the percentiles of the sorted values, for
    /// short and long inputs with ties, both zeros, negatives and infinities.
    #[test]
    fn band_by_selection_matches_the_sorted_percentiles() {
        let mut state = 7u64;
        let mut draw = || crate::sim::rng::splitmix64(&mut state);
        for n in (1..60).chain([999, 1000, 10_000]) {
            let values: Vec<f64> = (0..n)
                .map(|_| match draw() % 9 {
                    0 => 0.0,
                    1 => -0.0,
                    2 => 1.5,
                    3 => f64::INFINITY,
                    4 => -3.25,
                    _ => (draw() % 1000) as f64 / 7.0 - 50.0,
                })
                .collect();
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            let mut v = values;
            let b = band(&mut v);
            for (got, p) in [(b.p10, 0.1), (b.p50, 0.5), (b.p90, 0.9)] {
                let want = percentile(&sorted, p);
                assert!(
                    got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()),
                    "n {n}, p {p}: {got} against {want}"
                );
            }
        }
        let empty = band(&mut []);
        assert!(empty.p10.is_nan() && empty.p50.is_nan() && empty.p90.is_nan());
    }
}
