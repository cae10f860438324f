//! The classroom commands: `experiment`, `branch`, `compare`, `report` and `params`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{emit, load_scenario_as, parse_level, write_file};
use crate::ai::Level;
use crate::charts::{BarChart, LineChart, PALETTE, Series};
use crate::experiment::{self, METRICS, Spec, VariantResult};
use crate::save::SaveError;
use crate::scenario::params::param_list;
use crate::sim::orders::Command;
use crate::sim::quantity::Side;

/// Arguments of `experiment`.
#[derive(Debug, clap::Args)]
pub struct ExperimentArgs {
    /// Scenario file (RON).
    #[arg(long, value_name = "FILE")]
    pub scenario: PathBuf,
    /// Games per variant.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    pub runs: u32,
    /// Seed of game 0; game k of every variant plays with a seed derived from it.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Level of the computer playing the US.
    #[arg(long, default_value = "easy", value_parser = parse_level)]
    pub us: Level,
    /// Level of the computer playing China.
    #[arg(long, default_value = "easy", value_parser = parse_level)]
    pub china: Level,
    /// The US computer's doctrine in every game (each game draws one if not given; a name the
    /// scenario does not have is refused with the list of those it has).
    #[arg(long, value_name = "NAME")]
    pub us_doctrine: Option<String>,
    /// China's computer's doctrine in every game.
    #[arg(long, value_name = "NAME")]
    pub china_doctrine: Option<String>,
    /// Vary one parameter: PATH=V1,V2,... (one variant per value; `ai-race params` lists
    /// the paths). Without it, the scenario is played as it is.
    #[arg(long, value_name = "PATH=V1,V2,...")]
    pub vary: Option<String>,
    /// Apply one of the scenario's assumption sets first.
    #[arg(long, value_name = "NAME")]
    pub assumptions: Option<String>,
    /// Change a parameter for every variant, PATH=VALUE (repeatable).
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
    /// Hold a policy for the whole game, POLICY=LEVEL (a toggle: 1 in force, 0 not;
    /// repeatable): it starts there and neither the scenario nor the players change it.
    #[arg(long = "hold", value_name = "POLICY=LEVEL")]
    pub hold: Vec<String>,
    /// Write summary.md, runs.csv, per_turn.csv and the charts (SVG and PNG) here.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Worker threads (the results are the same whatever the number).
    #[arg(long)]
    pub threads: Option<usize>,
    /// No progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// Language of the summary: en, zh-CN or ar (English without it).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

/// Arguments of `branch`.
#[derive(Debug, clap::Args)]
pub struct BranchArgs {
    /// The save to branch.
    pub save: PathBuf,
    /// The turn whose orders change (1 = the first turn played).
    #[arg(long)]
    pub turn: u32,
    /// The side whose orders change.
    #[arg(long, value_parser = ["us", "china"])]
    pub side: String,
    /// The side's orders for that turn, replacing the ones given: enact:POLICY,
    /// repeal:POLICY, level:POLICY=N, budget:CHIPS,GRID,RESEARCH, answer:EVENT=K, or none.
    /// Repeat for several.
    #[arg(long = "order", required = true, value_name = "ORDER")]
    pub orders: Vec<String>,
    /// Level of the computer that plays on for a side a person played.
    #[arg(long, default_value = "normal", value_parser = parse_level)]
    pub level: Level,
    /// Where to write the branched game.
    #[arg(long, value_name = "NEW")]
    pub out: PathBuf,
}

/// Arguments of `compare`.
#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// The first timeline (a save).
    pub a: PathBuf,
    /// The second timeline.
    pub b: PathBuf,
    /// How many of the biggest divergences to list.
    #[arg(long, default_value_t = 12)]
    pub top: usize,
    /// Write every quantity's per-turn values in both timelines and their difference.
    #[arg(long, value_name = "PATH")]
    pub csv: Option<PathBuf>,
}

/// Arguments of `report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The save to report on.
    pub save: PathBuf,
    /// Folder to write debrief.html, history.csv and history.json into.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The page's language: en, zh-CN or ar (English without it).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

/// Arguments of `kit`.
#[derive(Debug, clap::Args)]
pub struct KitArgs {
    /// Scenario file (RON).
    #[arg(long, value_name = "FILE")]
    pub scenario: PathBuf,
    /// Folder to write kit.html into (created if needed).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Language of the kit: en, zh-CN, ar, or a table in assets/i18n/ [default: en]
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

/// The string table of `--lang` (English without it); a bad tag is an error that says so.
fn strings_for(lang: Option<&str>) -> Result<crate::i18n::Strings, ExitCode> {
    crate::i18n::Strings::for_language(lang.unwrap_or("en"), &crate::i18n::tables_dir()).map_err(
        |e| {
            eprintln!("error: --lang: {e}");
            ExitCode::from(2)
        },
    )
}

/// `ai-race kit`: the printable class kit of a scenario.
pub(crate) fn kit_cmd(args: &KitArgs) -> ExitCode {
    let s = match super::load_scenario(&args.scenario) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let strings = match strings_for(args.lang.as_deref()) {
        Ok(t) => t,
        Err(code) => return code,
    };
    match crate::kit::write(&s, &strings, &args.out) {
        Ok(path) => {
            emit(&format!(
                "wrote {} (print it from a browser: one page per card and sheet)\n",
                path.display()
            ));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// Arguments of `class-report`.
#[derive(Debug, clap::Args)]
pub struct ClassReportArgs {
    /// The saves of the class's games (any mix of scenarios; files that are not saves are
    /// named and skipped).
    #[arg(required = true, value_name = "SAVE")]
    pub saves: Vec<PathBuf>,
    /// Folder to write class_report.html and class_report.csv into (created if needed).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Language of the report: en, zh-CN, ar, or a table in assets/i18n/ [default: en]
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

/// `ai-race class-report`: one page about many saved games.
pub(crate) fn class_report_cmd(args: &ClassReportArgs) -> ExitCode {
    let strings = match strings_for(args.lang.as_deref()) {
        Ok(t) => t,
        Err(code) => return code,
    };
    match crate::report::class::write(&args.saves, &args.out, &strings) {
        Ok((path, skipped)) => {
            for s in &skipped {
                eprintln!("warning: skipped {}: {}", s.file, s.reason);
            }
            emit(&format!("wrote {}\n", path.display()));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn read_save(path: &Path) -> Result<crate::save::SaveGame, ExitCode> {
    crate::save::read(path).map(|(s, _)| s).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(match e {
            SaveError::Io { .. } => 2,
            _ => 1,
        })
    })
}

fn make_dir(dir: &Path) -> Result<(), ExitCode> {
    std::fs::create_dir_all(dir).map_err(|e| {
        eprintln!("error: cannot create {}: {e}", dir.display());
        ExitCode::from(2)
    })
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), ExitCode> {
    std::fs::write(path, bytes).map_err(|e| {
        eprintln!("error: cannot write {}: {e}", path.display());
        ExitCode::from(2)
    })
}

/// Charts of an experiment: outcome rates, and the per-turn bands of the main metrics.
pub(crate) fn experiment_charts(results: &[VariantResult]) -> Vec<(String, ChartKind)> {
    let colour = |i: usize| PALETTE[i % PALETTE.len()];
    let mut out = vec![(
        "outcomes".to_string(),
        ChartKind::Bar(BarChart {
            title: "How the games ended (95% intervals)".into(),
            y_label: "% of games".into(),
            categories: vec![
                "US wins".into(),
                "China wins".into(),
                "Draw".into(),
                "Shared loss".into(),
            ],
            groups: results
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    (
                        r.label.clone(),
                        colour(i),
                        ["us", "china", "draw", "shared_loss"]
                            .iter()
                            .map(|v| r.rate(v))
                            .collect(),
                    )
                })
                .collect(),
        }),
    )];
    for (name, m) in [
        ("lead", 0usize),
        ("china_adoption", 4),
        ("world_share_us", 5),
        ("world_share_china", 6),
        ("risk", 1),
    ] {
        let metric = METRICS[m];
        let x_labels = results.first().map(|r| r.dates.clone()).unwrap_or_default();
        out.push((
            name.to_string(),
            ChartKind::Line(LineChart {
                title: format!("{} — median and 10–90% band", metric.label()),
                y_label: metric.label(),
                x_labels,
                series: results
                    .iter()
                    .enumerate()
                    .map(|(i, r)| Series {
                        label: r.label.clone(),
                        colour: colour(i),
                        dashed: i % 2 == 1,
                        values: r.bands.iter().map(|row| row[m].p50).collect(),
                        band: Some((
                            r.bands.iter().map(|row| row[m].p10).collect(),
                            r.bands.iter().map(|row| row[m].p90).collect(),
                        )),
                    })
                    .collect(),
                marks: Vec::new(),
            }),
        ));
    }
    out
}

/// A chart of either kind.
pub(crate) enum ChartKind {
    /// Lines over turns.
    Line(LineChart),
    /// Bars with intervals.
    Bar(BarChart),
}

impl ChartKind {
    /// SVG text.
    pub(crate) fn svg(&self, size: (u32, u32)) -> Result<String, String> {
        match self {
            ChartKind::Line(c) => c.svg(size),
            ChartKind::Bar(c) => c.svg(size),
        }
    }

    /// PNG bytes.
    pub(crate) fn png(&self, size: (u32, u32)) -> Result<Vec<u8>, String> {
        match self {
            ChartKind::Line(c) => c.png(size),
            ChartKind::Bar(c) => c.png(size),
        }
    }
}

/// `ai-race experiment`.
pub(crate) fn experiment_cmd(args: &ExperimentArgs) -> ExitCode {
    let base = match load_scenario_as(&args.scenario, args.assumptions.as_deref()) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let base = match super::adjust_scenario(&base, &args.set, &args.hold) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let variants = match experiment::variants(&base, args.vary.as_deref()) {
        Ok(mut v) => {
            if let (Some(a), None) = (&args.assumptions, &args.vary) {
                v[0].label = format!("assumptions {a}");
            }
            v
        }
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let doctrines = [args.us_doctrine.clone(), args.china_doctrine.clone()];
    // A doctrine the scenario does not have is refused before any game starts.
    for (side, level, doctrine) in [
        (Side::Us, args.us, &doctrines[0]),
        (Side::China, args.china, &doctrines[1]),
    ] {
        if let Err(e) =
            crate::ai::ComputerPlayer::new(&base, side, level, doctrine.as_deref(), args.seed)
        {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    let spec = Spec {
        runs: args.runs,
        seed: args.seed,
        levels: [args.us, args.china],
        doctrines,
        variants,
    };
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, 64);
    let total = u64::from(spec.runs) * spec.variants.len() as u64 * u64::from(base.turns);
    let bar = if args.quiet {
        indicatif::ProgressBar::hidden()
    } else {
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {percent:>3}%  {pos}/{len} game-turns  eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    };
    let results = match experiment::run(&spec, threads, &|n| bar.inc(n)) {
        Ok(r) => r,
        Err(e) => {
            bar.finish_and_clear();
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    bar.finish_and_clear();
    let strings = match strings_for(args.lang.as_deref()) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let summary = experiment::summary_markdown(&spec, &results, &strings);
    emit(&summary);
    if let Some(dir) = &args.out {
        if let Err(code) = write_experiment(dir, &results, &summary) {
            return code;
        }
        emit(&format!("\nwrote {}\n", dir.display()));
    }
    ExitCode::SUCCESS
}

fn write_experiment(dir: &Path, results: &[VariantResult], summary: &str) -> Result<(), ExitCode> {
    make_dir(dir)?;
    write_file(&dir.join("summary.md"), summary)?;
    let csv_err = |e: csv::Error| {
        eprintln!("error: cannot build the CSV: {e}");
        ExitCode::from(2)
    };
    write_file(
        &dir.join("runs.csv"),
        &experiment::runs_csv(results).map_err(csv_err)?,
    )?;
    write_file(
        &dir.join("per_turn.csv"),
        &experiment::per_turn_csv(results).map_err(csv_err)?,
    )?;
    for (name, chart) in experiment_charts(results) {
        let fail = |e: String| {
            eprintln!("error: {name}: {e}");
            ExitCode::from(2)
        };
        write_file(
            &dir.join(format!("{name}.svg")),
            &chart.svg((900, 500)).map_err(fail)?,
        )?;
        write_bytes(
            &dir.join(format!("{name}.png")),
            &chart.png((900, 500)).map_err(fail)?,
        )?;
    }
    Ok(())
}

/// `ai-race branch`.
pub(crate) fn branch_cmd(args: &BranchArgs) -> ExitCode {
    let save = match read_save(&args.save) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let side = if args.side == "china" {
        Side::China
    } else {
        Side::Us
    };
    let mut orders = Vec::new();
    for text in &args.orders {
        if text.trim() == "none" {
            continue;
        }
        match Command::parse(&save.scenario, text) {
            Ok(c) => orders.push(c),
            Err(e) => {
                eprintln!("error: --order: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let session = match crate::branch::branch(&save, args.turn, side, &orders, args.level) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = session.save_to(&args.out) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let result = session.sim().result();
    emit(&format!(
        "branched at turn {} ({} orders: {}), played to turn {}: {:?}; wrote {}\n",
        args.turn,
        side.name(),
        if orders.is_empty() {
            "none".to_string()
        } else {
            orders
                .iter()
                .map(|c| c.to_text(&save.scenario))
                .collect::<Vec<_>>()
                .join(", ")
        },
        session.sim().turn(),
        result.verdict,
        args.out.display()
    ));
    ExitCode::SUCCESS
}

/// `ai-race compare`.
pub(crate) fn compare_cmd(args: &CompareArgs) -> ExitCode {
    let (a, b) = match (read_save(&args.a), read_save(&args.b)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let cmp = match crate::branch::compare(&a, &b) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    emit(&cmp.text(&a.scenario, args.top));
    if let Some(path) = &args.csv {
        match cmp.csv() {
            Ok(text) => {
                if let Err(code) = write_file(path, &text) {
                    return code;
                }
            }
            Err(e) => {
                eprintln!("error: cannot build the CSV: {e}");
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::SUCCESS
}

/// `ai-race report`.
pub(crate) fn report_cmd(args: &ReportArgs) -> ExitCode {
    let save = match read_save(&args.save) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let strings = match strings_for(args.lang.as_deref()) {
        Ok(t) => t,
        Err(code) => return code,
    };
    match crate::report::debrief::write(&save, &args.out, &strings) {
        Ok(path) => {
            emit(&format!("wrote {}\n", path.display()));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// `ai-race params`: every parameter path of a scenario, its value and source.
pub(crate) fn params_cmd(scenario: &Path) -> ExitCode {
    let s = match super::load_scenario(scenario) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut text = String::from("| path | value | range | source |\n|---|---|---|---|\n");
    for (path, v, source) in param_list(&s) {
        let range = crate::scenario::params::param_range(&s, &path)
            .map_or_else(String::new, |(lo, hi)| format!("{lo} to {hi}"));
        text.push_str(&format!("| `{path}` | {v} | {range} | {source} |\n"));
    }
    if !s.assumptions.is_empty() {
        text.push_str("\nAssumption sets (`--assumptions ID`):\n");
        for a in &s.assumptions {
            text.push_str(&format!(
                "- `{}`: {} — {} ({})\n",
                a.id, a.name, a.description, a.source
            ));
        }
    }
    emit(&text);
    ExitCode::SUCCESS
}
