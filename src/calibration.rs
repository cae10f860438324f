//! The calibration suite: how the race *moves*, checked against the article and the named
//! public estimates.
//!
//! Each [`Claim`] is a claim about the dynamics (China doubles its fab capacity by 2026,
//! domestic chips stay behind the frontier for a decade, the lead stays "months, not years"…)
//! turned into a statistic over an ensemble of baseline games and a band written down before
//! the model was tuned. `tests/calibration.rs` asserts every band on 200 games per claim;
//! `ai-race calibrate` prints the table of `docs/calibration.md` for any seed and number of
//! games. This module plays games and computes numbers; it does no I/O.

use crate::ai::{ComputerPlayer, Level};
use crate::scenario::Scenario;
use crate::sim::fog::SideView;
use crate::sim::game::quarter_of;
use crate::sim::orders::Command;
use crate::sim::policies::{PolicyId, PolicyStatus};
use crate::sim::quantity::{BlocQ, GameQ, Quantity, Side};
use crate::sim::rng::derive_seed;
use crate::sim::{Ensemble, Snapshot};

/// Who plays in the games a claim is measured on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Players {
    /// Both sides follow the rule-based doctrine (`rules`): the race as both sides pursue
    /// their usual strategy, policies and event answers included.
    Rules,
    /// Nobody gives orders: the mechanisms alone, from the scenario's starting policies.
    Nobody,
}

impl Players {
    /// Name for the table.
    pub fn name(self) -> &'static str {
        match self {
            Players::Rules => "rules vs rules",
            Players::Nobody => "no orders",
        }
    }
}

/// One game's history: every quantity after every turn (row 0 is the start), and the turn
/// each project was completed, by policy and side.
#[derive(Clone, Debug)]
pub struct Record {
    /// `values[t][i]`: quantity `Quantity::all()[i]` after turn `t`.
    pub values: Vec<Vec<f64>>,
    /// Last turn played.
    pub turns: u32,
    /// The final state.
    pub last: Snapshot,
}

impl Record {
    /// A quantity after turn `t` (the last row if the game ended earlier).
    pub fn at(&self, t: usize, q: Quantity) -> f64 {
        let row = &self.values[t.min(self.values.len() - 1)];
        let i = Quantity::all().iter().position(|x| *x == q).unwrap_or(0);
        row[i]
    }

    /// The turn in which a project of `side` was completed.
    pub(crate) fn completed(&self, s: &Scenario, policy: &str, side: Side) -> Option<u32> {
        let id = PolicyId::find(s, policy)?;
        match self.last.blocs[side.index()].policies.get(id) {
            PolicyStatus::Built { since } => Some(since),
            _ => None,
        }
    }
}

/// Play `n` games of a scenario (game `k` with seed `derive_seed(seed, k)`), with `players`
/// on both sides, after `opening` orders given before turn 1. Returns each game's record.
pub fn play(
    s: &Scenario,
    seed: u64,
    n: u32,
    players: Players,
    opening: &[(Side, Command)],
) -> Vec<Record> {
    let all = Quantity::all();
    let read = |snap: &Snapshot| all.iter().map(|&q| value(s, snap, q)).collect::<Vec<f64>>();
    let seeds: Vec<u64> = (0..n).map(|k| derive_seed(seed, u64::from(k))).collect();
    let mut snaps: Vec<Snapshot> = seeds.iter().map(|&sd| Snapshot::initial(s, sd)).collect();
    let mut ensemble = Ensemble::from_snapshots(s, &snaps);
    let mut computer: Vec<[ComputerPlayer; 2]> = match players {
        Players::Rules => seeds
            .iter()
            .map(|&sd| {
                Side::BOTH.map(|side| {
                    let mut p = ComputerPlayer::new(s, side, Level::Rules, None, sd)
                        .expect("rules players need no doctrine");
                    p.explain = false;
                    p
                })
            })
            .collect(),
        Players::Nobody => Vec::new(),
    };
    let mut values: Vec<Vec<Vec<f64>>> = snaps.iter().map(|sn| vec![read(sn)]).collect();
    for turn in 1..=s.turns {
        for (k, snap) in snaps.iter().enumerate() {
            if snap.outcome.is_over() {
                continue;
            }
            if turn == 1 {
                for (side, c) in opening {
                    let _ = ensemble.submit(k, *side, *c);
                }
            }
            if let Some(pair) = computer.get_mut(k) {
                for side in Side::BOTH {
                    let view = SideView::build_without_estimates(s, snap, side);
                    for c in pair[side.index()].decide(s, &view).commands {
                        let _ = ensemble.submit(k, side, c);
                    }
                }
            }
        }
        ensemble.advance_turn();
        for k in 0..snaps.len() {
            if !snaps[k].outcome.is_over()
                && let Some(sn) = ensemble.snapshot(k)
            {
                snaps[k] = sn;
            }
            values[k].push(read(&snaps[k]));
        }
    }
    snaps
        .into_iter()
        .zip(values)
        .map(|(last, values)| Record {
            turns: last.calendar.turn,
            values,
            last,
        })
        .collect()
}

fn value(_s: &Scenario, snap: &Snapshot, q: Quantity) -> f64 {
    snap.value(q)
}

/// A band on a statistic: the statistic must lie in `[low, high]` (either end open).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    /// Lowest value allowed.
    pub low: Option<f64>,
    /// Highest value allowed.
    pub high: Option<f64>,
}

impl Band {
    /// True when `v` lies in the band.
    pub fn holds(self, v: f64) -> bool {
        v.is_finite() && self.low.is_none_or(|l| v >= l) && self.high.is_none_or(|h| v <= h)
    }

    /// The band in words: `1.6–2.4`, `≤ 48.5`, `≥ 0.9`.
    pub fn text(self) -> String {
        match (self.low, self.high) {
            (Some(l), Some(h)) => format!("{}–{}", num(l), num(h)),
            (Some(l), None) => format!("≥ {}", num(l)),
            (None, Some(h)) => format!("≤ {}", num(h)),
            (None, None) => "any".into(),
        }
    }
}

fn num(v: f64) -> String {
    if v.abs() >= 100.0 || v.fract() == 0.0 {
        format!("{v:.0}")
    } else if v.abs() >= 10.0 {
        format!("{v:.1}")
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// What the games are measured on: the players, and orders given before turn 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setup {
    /// The scenario as written, with these players.
    Plain(Players),
    /// China starts the national cloud in the first quarter; then these players.
    CloudFirst(Players),
}

/// One claim about how the race moves.
pub struct Claim {
    /// Short id (the test's name for it).
    pub id: &'static str,
    /// The claim in words.
    pub claim: &'static str,
    /// Where it comes from.
    pub source: &'static str,
    /// The statistic, in words.
    pub statistic: &'static str,
    /// The band the statistic must lie in.
    pub band: Band,
    /// The games it is measured on.
    pub setup: Setup,
    /// The statistic over the games.
    pub measure: fn(&Scenario, &[Record]) -> f64,
}

fn bq(side: Side, q: BlocQ) -> Quantity {
    Quantity::Bloc(side, q)
}

/// The turn after which the state is that of the end of `year` Q`quarter`.
pub(crate) fn turn_of(s: &Scenario, year: i64, quarter: u32) -> usize {
    (1..=s.turns)
        .find(|&t| quarter_of(s, t) == (year, quarter))
        .map_or(0, |t| t as usize)
}

fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    v
}

/// The median over games of a per-quarter flow summed over 2025 (turn 1 to 2025 Q4).
fn median_total_2025(s: &Scenario, g: &[Record], q: Quantity) -> f64 {
    let last = turn_of(s, 2025, 4);
    median(
        g.iter()
            .map(|r| (1..=last).map(|t| r.at(t, q)).sum())
            .collect(),
    )
}

/// Median of values (NaN when empty).
pub fn median(v: Vec<f64>) -> f64 {
    crate::experiment::percentile(&sorted(v), 0.5)
}

fn share(games: &[Record], f: impl Fn(&Record) -> bool) -> f64 {
    if games.is_empty() {
        return f64::NAN;
    }
    games.iter().filter(|g| f(g)).count() as f64 / games.len() as f64
}

fn ratio(g: &Record, q: Quantity, from: usize, to: usize) -> f64 {
    g.at(to, q) / g.at(from, q)
}

/// The multiple of China's 2025 Q1 fab capacity that the named projection gives for 2030 Q4:
/// F5's doubling by 2026 Q4, then SMIC's advanced-node wafer capacity growing from 60,000 to
/// 80,000 wafers a month a year (SemiAnalysis, Sep 2025) for the four years to 2030 Q4.
pub(crate) const FAB_PROJECTION_2030: f64 =
    2.0 * (80.0 / 60.0) * (80.0 / 60.0) * (80.0 / 60.0) * (80.0 / 60.0);

/// Every claim of the suite, in the order of `docs/calibration.md`.
pub fn claims() -> Vec<Claim> {
    vec![
        Claim {
            id: "fab_doubling_2026",
            claim: "Huawei doubles its chip-making capacity by next year",
            source: "article F5 (¶18)",
            statistic: "median of China's fab capacity in 2026 Q4 ÷ its 2025 Q1 value",
            band: Band {
                low: Some(1.6),
                high: Some(2.4),
            },
            setup: Setup::Plain(Players::Rules),
            measure: |s, g| {
                let t = turn_of(s, 2026, 4);
                median(
                    g.iter()
                        .map(|r| ratio(r, bq(Side::China, BlocQ::ChipsFabCapacity), 0, t))
                        .collect(),
                )
            },
        },
        Claim {
            id: "fab_growth_2030",
            claim: "After the doubling, capacity grows no faster than the equipment China can get allows",
            source: "F5, then SMIC's advanced-node capacity 60k → 80k wafers/month from 2026 to 2027, ≈ +33% a year (estimate: SemiAnalysis, Sep 2025): ×2 × (4/3)⁴ ≈ ×6.3 by 2030 Q4",
            statistic: "median of China's fab capacity in 2030 Q4 ÷ its 2025 Q1 value",
            band: Band {
                low: None,
                high: Some(FAB_PROJECTION_2030),
            },
            setup: Setup::Plain(Players::Rules),
            measure: |s, g| {
                let t = turn_of(s, 2030, 4);
                median(
                    g.iter()
                        .map(|r| ratio(r, bq(Side::China, BlocQ::ChipsFabCapacity), 0, t))
                        .collect(),
                )
            },
        },
        Claim {
            id: "domestic_quality_2030",
            claim: "China needs a full decade to make chips rivalling America's best",
            source: "article F6 (¶16), ¶20; estimate: CFR, Dec 2025 (the per-chip gap widens to 17× by 2027)",
            statistic: "share of games in which China's domestic chip quality in 2030 Q4 is ≤ 0.6 of the frontier's",
            band: Band {
                low: Some(0.9),
                high: None,
            },
            setup: Setup::Plain(Players::Rules),
            measure: |s, g| {
                let t = turn_of(s, 2030, 4);
                share(g, |r| {
                    r.at(t, bq(Side::China, BlocQ::ChipsFabQuality))
                        / r.at(t, Quantity::Game(GameQ::FrontierQuality))
                        <= 0.6
                })
            },
        },
        Claim {
            id: "china_chip_limited",
            claim: "Compute, not power, is China's bottleneck",
            source: "article ¶17 (lack of advanced compute delayed DeepSeek's next models), F13",
            statistic: "largest, over the turns to 2027 Q4, of the median of China's raw compute ÷ its power cap (≤ 1: limited by chips)",
            band: Band {
                low: None,
                high: Some(1.0),
            },
            setup: Setup::Plain(Players::Rules),
            measure: |s, g| {
                let last = turn_of(s, 2027, 4);
                (1..=last)
                    .map(|t| {
                        median(
                            g.iter()
                                .map(|r| {
                                    r.at(t, bq(Side::China, BlocQ::ComputeRaw))
                                        / r.at(t, bq(Side::China, BlocQ::ComputePowerCap))
                                })
                                .collect(),
                        )
                    })
                    .fold(f64::NEG_INFINITY, f64::max)
            },
        },
        Claim {
            id: "us_efficiency_growth",
            claim: "US algorithmic efficiency grows within the span of the baseline's own research-growth range (0.15–0.35 a quarter), policies and events included",
            source: "estimate: Epoch AI, 2024 (compute for a fixed result halves every ~8 months, 95% CI 5–14): ×1.15²⁴ ≈ 29 to ×1.35²⁴ ≈ 1,340",
            statistic: "share of games in which US efficiency grows ×29 to ×1,340 from 2025 Q1 to 2030 Q4",
            band: Band {
                low: Some(0.9),
                high: None,
            },
            setup: Setup::Plain(Players::Rules),
            measure: |s, g| {
                let t = turn_of(s, 2030, 4);
                share(g, |r| {
                    let m = ratio(r, bq(Side::Us, BlocQ::ResearchEfficiency), 0, t);
                    (29.0..=1340.0).contains(&m)
                })
            },
        },
        Claim {
            id: "us_power_2030",
            claim: "US power for AI stays within the projected data-centre use",
            source: "supplementary (estimates table): US data centres projected at 425 TWh a year by 2030 ≈ 48.5 GW; IEA, Energy and AI, 2025 (≈ 426 TWh)",
            statistic: "median US power for AI in 2030 Q4, GW",
            band: Band {
                low: None,
                high: Some(48.5),
            },
            setup: Setup::Plain(Players::Rules),
            measure: |s, g| {
                let t = turn_of(s, 2030, 4);
                median(
                    g.iter()
                        .map(|r| r.at(t, bq(Side::Us, BlocQ::EnergyGridGw)))
                        .collect(),
                )
            },
        },
        Claim {
            id: "china_power_faster",
            claim: "China's power for AI grows faster than America's",
            source: "article F13 (hundreds of billions into the grid), ¶7; IEA, 2025 (China's data-centre use +170% to 2030 against +130% in the US)",
            statistic: "median of (China's power growth 2025 Q1 → 2030 Q4) ÷ (the US's)",
            band: Band {
                low: Some(1.0),
                high: None,
            },
            setup: Setup::Plain(Players::Rules),
            measure: |s, g| {
                let t = turn_of(s, 2030, 4);
                median(
                    g.iter()
                        .map(|r| {
                            ratio(r, bq(Side::China, BlocQ::EnergyGridGw), 0, t)
                                / ratio(r, bq(Side::Us, BlocQ::EnergyGridGw), 0, t)
                        })
                        .collect(),
                )
            },
        },
        Claim {
            id: "lead_months_not_years",
            claim: "The US lead in AI models is months, not years",
            source: "article F8 (¶8, McGuire); estimate: Epoch AI, Jan 2026 (Chinese models 4–14 months behind since 2023)",
            statistic: "share of games in which the US lead, either way, is at most 12 months after every turn",
            band: Band {
                low: Some(0.9),
                high: None,
            },
            setup: Setup::Plain(Players::Rules),
            measure: |_, g| {
                share(g, |r| {
                    (0..=r.turns as usize)
                        .all(|t| r.at(t, Quantity::Game(GameQ::LeadMonths)).abs() <= 12.0)
                })
            },
        },
        Claim {
            id: "national_cloud_by_2028",
            claim: "The national cloud links hundreds of data centres by 2028",
            source: "article F12 (¶6)",
            statistic: "share of the games still running in 2028 Q4 in which the national cloud, begun in 2025 Q1, was completed between 2027 Q1 and 2028 Q4",
            band: Band {
                low: Some(1.0),
                high: None,
            },
            setup: Setup::CloudFirst(Players::Nobody),
            measure: |s, g| {
                let (from, to) = (turn_of(s, 2027, 1) as u32, turn_of(s, 2028, 4) as u32);
                let running: Vec<Record> = g.iter().filter(|r| r.turns >= to).cloned().collect();
                share(&running, |r| {
                    r.completed(s, "china_national_cloud", Side::China)
                        .is_some_and(|t| (from..=to).contains(&t))
                })
            },
        },
        Claim {
            id: "ascend_output_2025",
            claim: "Huawei makes a few hundred thousand AI chips in 2025",
            source: "estimate: BIS (Kessler), Jun 2025 (≤ 200,000) to SemiAnalysis, Sep 2025 (≈ 805,000)",
            statistic: "median of China's domestic chip output over 2025, million accelerators",
            band: Band {
                low: Some(0.2),
                high: Some(0.805),
            },
            setup: Setup::Plain(Players::Rules),
            measure: |s, g| median_total_2025(s, g, bq(Side::China, BlocQ::ChipsFabOutput)),
        },
        Claim {
            id: "smuggling_2025",
            claim: "Some US chips reach Chinese data centres through intermediaries",
            source: "article F23 (¶13); estimate: CNAS, Jun 2025 (10,000 to several hundred thousand chips smuggled in 2024, median ≈ 140,000)",
            statistic: "median of chips smuggled into China over 2025, million accelerators",
            band: Band {
                low: Some(0.01),
                high: Some(0.4),
            },
            setup: Setup::Plain(Players::Rules),
            measure: |s, g| median_total_2025(s, g, bq(Side::China, BlocQ::ChipsSmuggled)),
        },
        Claim {
            id: "china_compute_slower",
            claim: "Chinese AI compute grows more slowly than American",
            source: "estimate: Epoch AI, Jan 2025 (Chinese language models' compute ≈ 3× a year against ≈ 5× elsewhere); article ¶17",
            statistic: "median of (China's effective-compute growth 2025 Q1 → 2027 Q4) ÷ (the US's)",
            band: Band {
                low: None,
                high: Some(1.0),
            },
            setup: Setup::Plain(Players::Rules),
            measure: |s, g| {
                let t = turn_of(s, 2027, 4);
                median(
                    g.iter()
                        .map(|r| {
                            ratio(r, bq(Side::China, BlocQ::ComputeEffective), 0, t)
                                / ratio(r, bq(Side::Us, BlocQ::ComputeEffective), 0, t)
                        })
                        .collect(),
                )
            },
        },
    ]
}

/// A claim measured: the statistic and whether it lies in its band.
#[derive(Clone, Debug)]
pub struct Measured {
    /// The claim's id.
    pub id: &'static str,
    /// The statistic.
    pub value: f64,
    /// Whether it lies in the band.
    pub holds: bool,
}

/// Measure every claim on `n` games from `seed` (games shared between claims with the same
/// setup).
pub fn measure_all(s: &Scenario, seed: u64, n: u32) -> Vec<Measured> {
    let claims = claims();
    let mut played: Vec<(Setup, Vec<Record>)> = Vec::new();
    let mut out = Vec::new();
    for c in &claims {
        if !played.iter().any(|(setup, _)| *setup == c.setup) {
            played.push((c.setup, play_setup(s, seed, n, c.setup)));
        }
        let games = &played
            .iter()
            .find(|(setup, _)| *setup == c.setup)
            .map(|(_, g)| g);
        let value = games.map_or(f64::NAN, |g| (c.measure)(s, g));
        out.push(Measured {
            id: c.id,
            value,
            holds: c.band.holds(value),
        });
    }
    out
}

/// Play the games of a setup.
pub(crate) fn play_setup(s: &Scenario, seed: u64, n: u32, setup: Setup) -> Vec<Record> {
    match setup {
        Setup::Plain(p) => play(s, seed, n, p, &[]),
        Setup::CloudFirst(p) => {
            let opening: Vec<(Side, Command)> = PolicyId::find(s, "china_national_cloud")
                .map(|policy| vec![(Side::China, Command::Enact { policy })])
                .unwrap_or_default();
            play(s, seed, n, p, &opening)
        }
    }
}

/// Format a statistic for the table.
pub fn format_value(v: f64) -> String {
    if v.is_nan() { "—".into() } else { num(v) }
}
