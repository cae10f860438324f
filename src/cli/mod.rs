//! The command line: `ai-race play` (the window; also what no subcommand does), `simulate`,
//! `tournament`, `replay`, `validate`, `quantities`.
//!
//! Exit codes everywhere: 0 success; 1 invalid input (a scenario that fails validation: its
//! diagnostics); 2 usage errors and unreadable or unwritable files (one clear line).

pub(crate) mod classroom;
mod games;
#[cfg(not(target_arch = "wasm32"))]
mod host;
mod scenarios;
mod tournament;

use games::*;
use scenarios::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::ai::{ComputerPlayer, Level};
use crate::report::History;
use crate::save::{SaveError, autosave};
use crate::scenario::{MAX_TURNS, Scenario, ScenarioError};
use crate::sim::quantity::{Quantity, Side, markdown_table};

/// AI Race: a turn-based strategy game of the US–China race for artificial intelligence.
#[derive(Debug, Parser)]
#[command(name = "ai-race", version, about)]
pub struct Cli {
    /// What to do; without a subcommand the game window opens (when built with `gui`).
    #[command(subcommand)]
    pub command: Option<Commands>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Commands {
    /// Open the game window (the default). With --autoplay, play N turns computer against
    /// computer in the window, save a screenshot and exit: the headless check.
    Play(PlayArgs),
    /// Play a scenario headless, both sides played by the computer (normal unless --us and
    /// --china say otherwise), and print the race.
    Simulate(SimulateArgs),
    /// Play many computer-vs-computer games (in parallel) and report who wins how often.
    Tournament(TournamentArgs),
    /// Replay a saved game and print its per-turn table; --verify checks every recorded hash.
    Replay(ReplayArgs),
    /// (Test hook) load the save at PATH and write it back over PATH in a loop until killed.
    #[command(hide = true)]
    SaveLoop {
        /// Where to save.
        path: PathBuf,
    },
    /// Check scenario files: a one-line summary for each good file, the problems of each bad one.
    Validate {
        /// Scenario files (RON).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Also play quick tournaments (easy against easy, normal against normal) and warn
        /// when either side wins more than 75% of the decided games, surely.
        #[arg(long)]
        balance: bool,
        /// Games per tournament with --balance.
        #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u32).range(1..=100_000), requires = "balance")]
        games: u32,
        /// Print the whole scenario each file makes (an overlay merged onto its base) as RON.
        #[arg(long)]
        resolved: bool,
        /// Fail (exit 1) when a file has warnings, likely mistakes of meaning that do not stop
        /// it from loading.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Write a new scenario as an overlay of a base: a commented skeleton that validates as it
    /// is, to which you add only what differs.
    NewScenario {
        /// The scenario to build on: a shipped scenario's name (baseline_2025) or a file.
        #[arg(long, value_name = "NAME", default_value = "baseline_2025")]
        base: String,
        /// Where to write it (an existing file is never overwritten).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// List every quantity path with its unit and meaning (Markdown).
    Quantities,
    /// List every parameter path of a scenario (for --vary and assumption sets), its value
    /// and source, and the scenario's assumption sets.
    Params {
        /// Scenario file (RON).
        #[arg(long, value_name = "FILE")]
        scenario: PathBuf,
    },
    /// Print the texts of scenarios (names, descriptions, prompts, options) as a Fluent table
    /// to translate into assets/i18n/scenarios/LANG.ftl (the shipped scenarios if no file is
    /// given)
    Texts {
        /// Scenario files (RON); the shipped ones if none is given.
        #[arg(value_name = "FILE")]
        scenarios: Vec<PathBuf>,
    },
    /// Play many computer-vs-computer games of a scenario (and variants of one parameter):
    /// outcome rates with 95% intervals, distributions, per-turn bands, CSV and charts.
    Experiment(classroom::ExperimentArgs),
    /// Branch a saved game: replay it to a turn, give one side different orders there, and
    /// let the computer play the rest.
    Branch(classroom::BranchArgs),
    /// Compare two timelines of a game (a save and its branch): where they part, and which
    /// quantities diverge most.
    Compare(classroom::CompareArgs),
    /// Write a debrief of a saved game: a self-contained HTML page, with CSV and JSON.
    Report(classroom::ReportArgs),
    /// Write the printable class kit of a scenario: role cards, order sheets and a fact
    /// sheet, one page each when printed from a browser.
    Kit(classroom::KitArgs),
    /// Write one page about many saved games of a class: verdicts and scores side by side,
    /// the lead curves overlaid, the orders on one timeline, where the games parted.
    ClassReport(classroom::ClassReportArgs),
    /// Host a class on the local network (being built): teams join with a code over a
    /// WebSocket, plan at once, and a turn is played when all have sent their orders or the
    /// teacher ends it. The web build's join screen is not built yet.
    #[cfg(not(target_arch = "wasm32"))]
    Host(host::HostArgs),
    /// Measure the calibration suite: each claim of the article and the named estimates
    /// about how the race moves, as a statistic over many games against its band (Markdown).
    Calibrate(CalibrateArgs),
}

/// Arguments of `calibrate`.
#[derive(Debug, clap::Args)]
pub struct CalibrateArgs {
    /// Scenario file (RON).
    #[arg(
        long,
        value_name = "FILE",
        default_value = "scenarios/baseline_2025.ron"
    )]
    pub scenario: PathBuf,
    /// Games per claim.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub games: u32,
    /// Seed of game 0; game k plays with a seed derived from it.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Change a parameter first, PATH=VALUE (repeatable; `ai-race params` lists the paths):
    /// how the claims fare under another assumption.
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
    /// Apply one of the scenario's assumption sets first.
    #[arg(long, value_name = "NAME")]
    pub assumptions: Option<String>,
}

/// Arguments of `play`.
#[derive(Debug, Default, clap::Args)]
pub struct PlayArgs {
    /// Start a game from this scenario file at once (else the title screen opens).
    #[arg(long, value_name = "FILE")]
    pub scenario: Option<PathBuf>,
    /// Who plays: us, china, hotseat or watch.
    #[arg(long, value_parser = ["us", "china", "hotseat", "watch"])]
    pub side: Option<String>,
    /// The computer's level: random, easy, normal, hard or rules.
    #[arg(long, value_parser = parse_level)]
    pub level: Option<Level>,
    /// Seed of the game.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Join a class's host at ADDRESS (host:port, as `ai-race host` prints it) with --code
    /// and --team (with --autoplay N: send no change for N turns).
    #[arg(long, value_name = "ADDRESS", requires_all = ["code", "team"], conflicts_with_all = ["scenario", "side", "level", "seed"])]
    pub join: Option<String>,
    /// The class's join code (with --join).
    #[arg(long, requires = "join")]
    pub code: Option<String>,
    /// The team's name (with --join).
    #[arg(long, requires = "join")]
    pub team: Option<String>,
    /// Play N turns with the computer on both sides (seen from --side), then save the
    /// screenshot, write the text and exit 0.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=i64::from(MAX_TURNS)))]
    pub autoplay: Option<u32>,
    /// Where --autoplay saves the screenshot (PNG).
    #[arg(long, value_name = "PATH", requires = "autoplay")]
    pub screenshot: Option<PathBuf>,
    /// Where --autoplay writes the text visible on screen.
    #[arg(long, value_name = "PATH", requires = "autoplay")]
    pub dump_text: Option<PathBuf>,
    /// With --autoplay: the screen to show for the screenshot (the documentation's).
    #[arg(long, requires = "autoplay", value_parser = ["game", "charts", "market-chart", "end", "title", "new-game", "load", "help", "guide", "experiment", "branch", "join"])]
    pub show: Option<String>,
    /// With --autoplay: rest the pointer at X,Y (logical pixels) for the screenshot, so the
    /// tooltip of what lies under it shows.
    #[arg(long, value_name = "X,Y", requires = "autoplay", value_parser = parse_point)]
    pub pointer: Option<(f32, f32)>,
    /// Folder for saves, autosaves and settings [default: saves/ here if it exists, else the
    /// platform's data folder, e.g. ~/.local/share/ai-race/saves]
    #[arg(long, value_name = "DIR")]
    pub saves: Option<PathBuf>,
    /// Language of the window's text: a table assets/i18n/LANG.ftl (English fills its gaps).
    /// Remembered with the settings in the saves folder; without it, the last one asked for.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Window size in logical pixels, WIDTHxHEIGHT.
    #[arg(long, default_value = "1280x720", value_parser = parse_size)]
    pub size: (u32, u32),
    /// Apply one of the scenario's assumption sets (with --scenario).
    #[arg(long, value_name = "NAME", requires = "scenario")]
    pub assumptions: Option<String>,
}

fn parse_point(s: &str) -> Result<(f32, f32), String> {
    let bad = || format!("`{s}` is not a point; write it as X,Y in pixels, e.g. 640,360");
    let (x, y) = s.split_once(',').ok_or_else(bad)?;
    let x: f32 = x.trim().parse().map_err(|_| bad())?;
    let y: f32 = y.trim().parse().map_err(|_| bad())?;
    if !(x.is_finite() && y.is_finite() && x >= 0.0 && y >= 0.0) {
        return Err(bad());
    }
    Ok((x, y))
}

fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let bad = || format!("`{s}` is not a size; write it as WIDTHxHEIGHT, e.g. 1280x720");
    let (w, h) = s.split_once('x').ok_or_else(bad)?;
    let w: u32 = w.trim().parse().map_err(|_| bad())?;
    let h: u32 = h.trim().parse().map_err(|_| bad())?;
    if !(320..=8192).contains(&w) || !(240..=8192).contains(&h) {
        return Err(format!("`{s}`: the window must be 320x240 to 8192x8192"));
    }
    Ok((w, h))
}

/// Arguments of `simulate`.
#[derive(Debug, clap::Args)]
pub struct SimulateArgs {
    /// Scenario file (RON), e.g. scenarios/baseline_2025.ron.
    #[arg(long, value_name = "FILE")]
    pub scenario: PathBuf,
    /// Seed of the game's random streams.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Play this many turns instead of the scenario's number.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_TURNS)))]
    pub turns: Option<u32>,
    /// Write the full per-turn history as CSV (a column per quantity path).
    #[arg(long, value_name = "PATH")]
    pub csv: Option<PathBuf>,
    /// Write the full per-turn history as JSON.
    #[arg(long, value_name = "PATH")]
    pub json: Option<PathBuf>,
    /// Print the ledger of one quantity turn by turn, e.g. `china.compute.effective`.
    #[arg(long, value_name = "QUANTITY")]
    pub explain: Option<String>,
    /// Who plays.
    #[command(flatten)]
    pub players: PlayerArgs,
    /// Save the finished (or --turns-limited) game to PATH.
    #[arg(long, value_name = "PATH")]
    pub save: Option<PathBuf>,
    /// Autosave at the start of every turn into DIR (the newest three are kept).
    #[arg(long, value_name = "DIR")]
    pub autosave: Option<PathBuf>,
    /// Apply one of the scenario's assumption sets (`ai-race params` lists them).
    #[arg(long, value_name = "NAME")]
    pub assumptions: Option<String>,
}

/// The two computer players, for `simulate` and `tournament`.
#[derive(Debug, clap::Args)]
pub struct PlayerArgs {
    /// Level of the computer playing the US: random, easy, normal, hard or rules.
    #[arg(long, default_value = "normal", value_parser = parse_level)]
    pub us: Level,
    /// Level of the computer playing China.
    #[arg(long, default_value = "normal", value_parser = parse_level)]
    pub china: Level,
    /// The US computer's doctrine (drawn from its own random stream if not given).
    #[arg(long, value_name = "NAME")]
    pub us_doctrine: Option<String>,
    /// China's computer's doctrine.
    #[arg(long, value_name = "NAME")]
    pub china_doctrine: Option<String>,
}

impl PlayerArgs {
    /// The two players for a game seed.
    pub(crate) fn make(
        &self,
        scenario: &Scenario,
        seed: u64,
    ) -> Result<[ComputerPlayer; 2], String> {
        Ok([
            ComputerPlayer::new(
                scenario,
                Side::Us,
                self.us,
                self.us_doctrine.as_deref(),
                seed,
            )?,
            ComputerPlayer::new(
                scenario,
                Side::China,
                self.china,
                self.china_doctrine.as_deref(),
                seed,
            )?,
        ])
    }
}

/// Arguments of `tournament`.
#[derive(Debug, clap::Args)]
pub struct TournamentArgs {
    /// Scenario file (RON).
    #[arg(long, value_name = "FILE")]
    pub scenario: PathBuf,
    /// Games to play.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub games: u32,
    /// Who plays.
    #[command(flatten)]
    pub players: PlayerArgs,
    /// Seed of game 0; game k plays with a seed derived from it.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Worker threads (the results are the same whatever the number).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Write the results as JSON.
    #[arg(long, value_name = "PATH")]
    pub json: Option<PathBuf>,
    /// Apply one of the scenario's assumption sets.
    #[arg(long, value_name = "NAME")]
    pub assumptions: Option<String>,
}

pub(crate) fn parse_level(s: &str) -> Result<Level, String> {
    Level::parse(s)
        .ok_or_else(|| format!("`{s}` is not a level; use random, easy, normal, hard or rules"))
}

/// Arguments of `replay`.
#[derive(Debug, clap::Args)]
pub struct ReplayArgs {
    /// The save file.
    pub path: PathBuf,
    /// Replay every order from the start and check every recorded state hash.
    #[arg(long)]
    pub verify: bool,
    /// Print the ledger of one quantity turn by turn.
    #[arg(long, value_name = "QUANTITY")]
    pub explain: Option<String>,
}

/// Run the command line; returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Commands::Simulate(args)) => simulate(&args),
        Some(Commands::Validate {
            files,
            balance,
            games,
            resolved,
            deny_warnings,
        }) => validate(&files, balance.then_some(games), resolved, deny_warnings),
        Some(Commands::NewScenario { base, out }) => new_scenario(&base, &out),
        Some(Commands::Replay(args)) => replay(&args),
        Some(Commands::Tournament(args)) => crate::cli::tournament::run(&args),
        Some(Commands::SaveLoop { path }) => save_loop(&path),
        Some(Commands::Quantities) => {
            emit(&markdown_table());
            ExitCode::SUCCESS
        }
        Some(Commands::Params { scenario }) => classroom::params_cmd(&scenario),
        Some(Commands::Texts { scenarios }) => texts_cmd(&scenarios),
        Some(Commands::Experiment(args)) => classroom::experiment_cmd(&args),
        Some(Commands::Branch(args)) => classroom::branch_cmd(&args),
        Some(Commands::Compare(args)) => classroom::compare_cmd(&args),
        Some(Commands::Report(args)) => classroom::report_cmd(&args),
        Some(Commands::Kit(args)) => classroom::kit_cmd(&args),
        #[cfg(not(target_arch = "wasm32"))]
        Some(Commands::Host(args)) => host::host_cmd(&args),
        Some(Commands::ClassReport(args)) => classroom::class_report_cmd(&args),
        Some(Commands::Calibrate(args)) => calibrate(&args),
        Some(Commands::Play(args)) => play(args),
        None => play(PlayArgs {
            size: (1280, 720),
            lang: None,
            ..PlayArgs::default()
        }),
    }
}

#[cfg(feature = "gui")]
fn play(args: PlayArgs) -> ExitCode {
    use crate::gui::shell::SideChoice;
    let scenario = match &args.scenario {
        Some(path) => match load_scenario_as(path, args.assumptions.as_deref()) {
            Ok(s) => Some(s),
            Err(code) => return code,
        },
        None => None,
    };
    let side = args.side.as_deref().map(|s| match s {
        "china" => SideChoice::China,
        "hotseat" => SideChoice::HotSeat,
        "watch" => SideChoice::Watch,
        _ => SideChoice::Us,
    });
    // The headless check plays computer against computer, seen from --side (with no turns
    // to play, the chosen mode is kept, so the hot-seat hand-over page can be shown).
    let (side, viewer) = if args.autoplay.is_some_and(|n| n > 0) {
        (Some(SideChoice::Watch), side)
    } else {
        (side, side)
    };
    let dir = crate::gui::text::tables_dir();
    let saves = args.saves.clone().unwrap_or_else(crate::save::default_dir);
    let strings = match crate::gui::text::Strings::chosen(args.lang.as_deref(), &saves, &dir) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: --lang: {e}");
            return ExitCode::from(2);
        }
    };
    let join = args.join.map(|address| {
        (
            address,
            args.code.unwrap_or_default(),
            args.team.unwrap_or_default(),
        )
    });
    crate::gui::run(crate::gui::WindowOptions {
        join,
        class: false,
        strings: Some(strings),
        scenario,
        side,
        viewer,
        level: args.level,
        seed: args.seed,
        autoplay: args.autoplay,
        show: args.show,
        screenshot: args.screenshot,
        dump_text: args.dump_text,
        pointer: args.pointer,
        saves_dir: saves,
        size: args.size,
    })
}

#[cfg(not(feature = "gui"))]
fn play(_args: PlayArgs) -> ExitCode {
    eprintln!(
        "error: this build of AI Race has no game window (it was built without the `gui` feature).\n\
         Watch a headless game with `ai-race simulate --scenario scenarios/baseline_2025.ron`, \
         or build with `cargo run --release` for the window."
    );
    ExitCode::from(2)
}

/// Colours on standard error: only on a terminal, and never when `NO_COLOR` is set.
fn stderr_color() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Print a scenario error: one clear line for an unreadable file, rendered diagnostics for
/// an invalid one. Returns the exit code to use.
fn report_scenario_error(e: &ScenarioError) -> u8 {
    if e.is_unreadable() {
        eprintln!("error: {e}");
        2
    } else {
        eprint!("{}", e.render(stderr_color()));
        1
    }
}

/// Load a scenario, printing its diagnostics; the error is the exit code to use.
pub(crate) fn load_scenario(path: &Path) -> Result<Scenario, ExitCode> {
    Scenario::load(path).map_err(|e: ScenarioError| ExitCode::from(report_scenario_error(&e)))
}

fn calibrate(args: &CalibrateArgs) -> ExitCode {
    let mut s = match load_scenario_as(&args.scenario, args.assumptions.as_deref()) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match adjust_scenario(&s, &args.set, &[]) {
        Ok(next) => s = next,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    let measured = crate::calibration::measure_all(&s, args.seed, args.games);
    let mut out = format!(
        "Calibration of {} ({} games per claim, seed {})\n\n| claim | source | statistic | players | band | value | holds |\n|---|---|---|---|---|---|---|\n",
        args.scenario.display(),
        args.games,
        args.seed
    );
    let mut failed = 0;
    for (c, m) in crate::calibration::claims().iter().zip(&measured) {
        failed += usize::from(!m.holds);
        let players = match c.setup {
            crate::calibration::Setup::Plain(p) => p.name().to_string(),
            crate::calibration::Setup::CloudFirst(p) => {
                format!("{}; national cloud begun 2025 Q1", p.name())
            }
        };
        out.push_str(&format!(
            "| {} (`{}`) | {} | {} | {} | {} | {} | {} |\n",
            c.claim,
            c.id,
            c.source,
            c.statistic,
            players,
            c.band.text(),
            crate::calibration::format_value(m.value),
            if m.holds { "yes" } else { "**no**" }
        ));
    }
    out.push_str(&format!(
        "\n{} of {} claims hold.\n",
        measured.len() - failed,
        measured.len()
    ));
    emit(&out);
    ExitCode::SUCCESS
}

/// A scenario with parameters changed (`--set PATH=VALUE`) and policies held
/// (`--hold ID=LEVEL`), in that order; the error names the flag and what to write.
pub(crate) fn adjust_scenario(
    base: &Scenario,
    sets: &[String],
    holds: &[String],
) -> Result<Scenario, String> {
    let mut s = base.clone();
    for set in sets {
        let (path, v) = set
            .split_once('=')
            .ok_or_else(|| format!("--set `{set}`: write PATH=VALUE"))?;
        let v: f64 = v
            .trim()
            .parse()
            .map_err(|_| format!("--set `{set}`: `{}` is not a number", v.trim()))?;
        s = crate::scenario::params::set_param(&s, path.trim(), v)
            .map_err(|e| format!("--set: {e}"))?;
    }
    for hold in holds {
        let (id, level) = hold
            .split_once('=')
            .ok_or_else(|| format!("--hold `{hold}`: write POLICY=LEVEL (a toggle: 1 or 0)"))?;
        let level: u8 = level.trim().parse().map_err(|_| {
            format!(
                "--hold `{hold}`: `{}` is not a level (a whole number from 0)",
                level.trim()
            )
        })?;
        s = crate::scenario::params::hold_policy(&s, id.trim(), level)
            .map_err(|e| format!("--hold: {e}"))?;
    }
    Ok(s)
}

/// Load a scenario and apply one of its assumption sets (an unknown set: exit 2, naming the
/// sets it has).
pub(crate) fn load_scenario_as(
    path: &Path,
    assumptions: Option<&str>,
) -> Result<Scenario, ExitCode> {
    let s = load_scenario(path)?;
    match assumptions {
        None => Ok(s),
        Some(id) => crate::scenario::params::with_assumptions(&s, id).map_err(|e| {
            eprintln!("error: --assumptions: {e}");
            ExitCode::from(2)
        }),
    }
}

/// Write to standard output. A closed pipe (`ai-race simulate … | head`) is not an error:
/// the rest of the output is dropped quietly, and files are still written.
pub(crate) fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

pub(crate) fn write_file(path: &Path, text: &str) -> Result<(), ExitCode> {
    std::fs::write(path, text).map_err(|e| {
        eprintln!("error: cannot write {}: {e}", path.display());
        ExitCode::from(2)
    })
}
