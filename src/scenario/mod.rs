//! Scenario files: the RON schema every number of the model comes from, loading and
//! validation.
//!
//! A scenario holds the start date, the number of turns, and every parameter of the model
//! for both blocs, the shared world and the regions. Every parameter is a [`Param`]: a value,
//! the `source` it comes from ("article ¶6", "estimate: …", "model: …") and, where it is
//! uncertain, a `range`. Unknown fields are errors. This module does no simulation; it only
//! reads text and checks it.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::vocab::Region;

/// Largest scenario file accepted, in bytes, checked before parsing.
pub(crate) const MAX_SCENARIO_BYTES: usize = 16 * 1024 * 1024;
/// Most turns a scenario may ask for (100 years of quarters).
pub const MAX_TURNS: u32 = 400;

pub use kinds::{AtLeastOne, Growth, Kind, NonNegative, Param, Percent, Positive, Share};

/// First quarter of the game.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartDate {
    /// Calendar year, e.g. 2025.
    pub year: i32,
    /// Quarter 1–4.
    pub quarter: u8,
}

/// A whole scenario: the world at the start and the rules it runs by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Short name shown to players.
    pub name: String,
    /// One paragraph: what this scenario assumes.
    pub description: String,
    /// First quarter played.
    pub start: StartDate,
    /// Number of quarters played.
    pub turns: u32,
    /// Shared world: chip frontier, capability curve, risk, tension, bubble, markets.
    pub world: WorldParams,
    /// The United States.
    pub us: BlocParams,
    /// China.
    pub china: BlocParams,
    /// The world regions whose AI markets the blocs compete for; each region exactly once.
    pub regions: Vec<RegionParams>,
    /// What the players can choose.
    #[serde(default)]
    pub policies: Vec<PolicyDef>,
    /// The event deck.
    #[serde(default)]
    pub events: Vec<EventDef>,
    /// Strategies the computer players choose from.
    #[serde(default)]
    pub doctrines: Vec<DoctrineDef>,
    /// How the game is scored and when it ends early.
    pub score: ScoreParams,
    /// How well each side sees the other.
    pub fog: FogParams,
    /// Named sets of parameter changes a player may choose before a game (see
    /// [`params::with_assumptions`]). Left out of the canonical hash when empty, so scenarios
    /// and saves from before assumption sets keep their hashes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assumptions: Vec<params::AssumptionSet>,
}

impl Scenario {
    /// The parameters of one bloc.
    pub fn bloc(&self, side: crate::vocab::Side) -> &BlocParams {
        match side {
            crate::vocab::Side::Us => &self.us,
            crate::vocab::Side::China => &self.china,
        }
    }

    /// The parameters of a region (validation guarantees each region is present once).
    pub fn region(&self, region: Region) -> Option<&RegionParams> {
        self.regions.iter().find(|r| r.id == region)
    }

    /// Parse and validate a scenario from RON text. `origin` names the file in messages. An
    /// overlay's base is looked for among the shipped scenarios (there is no folder to look
    /// in; [`Scenario::load`] looks next to the file first).
    pub fn from_ron_str(text: &str, origin: &str) -> Result<Scenario, ScenarioError> {
        Scenario::read(text, origin, None, &mut Vec::new(), None)
    }

    /// Read, parse and validate a scenario file like [`Scenario::load`], and also look for
    /// likely mistakes of meaning that do not stop it from loading (warnings).
    pub fn check(path: &std::path::Path) -> Result<Checked, ScenarioError> {
        let (origin, text, dir, key) = open(path)?;
        let mut list = Vec::new();
        let scenario = Scenario::read(
            &text,
            &origin,
            dir.as_deref(),
            &mut vec![key],
            Some(&mut list),
        )?;
        let (list, _) = diagnostics::in_order(list);
        Ok(Checked {
            scenario,
            warnings: Warnings { origin, text, list },
        })
    }

    /// Read, parse and validate a scenario file (an overlay's base is looked for next to it,
    /// then among the shipped scenarios). A bare name with no such file in the current folder
    /// (`baseline_2025`, `taiwan_crisis.ron`) is a shipped scenario.
    pub fn load(path: &std::path::Path) -> Result<Scenario, ScenarioError> {
        let (origin, text, dir, key) = open(path)?;
        Scenario::read(&text, &origin, dir.as_deref(), &mut vec![key], None)
    }

    /// Parse and validate a plain scenario or an overlay. `dir` is where an overlay's base
    /// file may be; `chain` the files being read, to refuse a base that is built on itself.
    /// Warnings are looked for when `warnings` is given.
    pub(crate) fn read(
        text: &str,
        origin: &str,
        dir: Option<&std::path::Path>,
        chain: &mut Vec<String>,
        warnings: Option<&mut Vec<diagnostics::Diagnostic>>,
    ) -> Result<Scenario, ScenarioError> {
        Scenario::read_as(text, origin, dir, chain, warnings, true)
    }

    /// [`Scenario::read`]; with `check` false the result is parsed (and an overlay merged)
    /// but not validated: the base of an overlay, which is validated once, merged.
    pub(crate) fn read_as(
        text: &str,
        origin: &str,
        dir: Option<&std::path::Path>,
        chain: &mut Vec<String>,
        warnings: Option<&mut Vec<diagnostics::Diagnostic>>,
        check: bool,
    ) -> Result<Scenario, ScenarioError> {
        if text.len() > MAX_SCENARIO_BYTES {
            return Err(ScenarioError::TooLarge {
                origin: origin.to_owned(),
                bytes: text.len(),
            });
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let invalid =
            |diagnostics: Vec<diagnostics::Diagnostic>, more: usize| ScenarioError::Invalid {
                origin: origin.to_owned(),
                text: text.to_owned(),
                diagnostics,
                more,
            };
        if text.trim().is_empty() {
            return Err(invalid(
                vec![diagnostics::Diagnostic {
                    span: None,
                    line: Some(1),
                    col: Some(1),
                    path: None,
                    message: "the file is empty".into(),
                    help: Some(
                        "a scenario starts with `(` and names every section; `ai-race new-scenario --base baseline_2025 --out FILE` writes one to begin".into(),
                    ),
                    file: None,
                }],
                0,
            ));
        }
        if overlay::is_overlay(text) {
            return overlay::resolve(text, origin, dir, chain, warnings, check);
        }
        let options = ron::Options::default().with_recursion_limit(64);
        let scenario: Scenario =
            options
                .from_str(text)
                .map_err(|e: ron::error::SpannedError| {
                    invalid(vec![diagnostics::from_ron(text, &e)], 0)
                })?;
        if !check {
            return Ok(scenario);
        }
        let problems = validate::validate(&scenario);
        if problems.is_empty() {
            if let Some(w) = warnings {
                w.extend(
                    validate::warnings(&scenario)
                        .iter()
                        .map(|p| diagnostics::Diagnostic::from_problem(text, p)),
                );
            }
            Ok(scenario)
        } else {
            let found: Vec<diagnostics::Diagnostic> = problems
                .iter()
                .map(|p| diagnostics::Diagnostic::from_problem(text, p))
                .collect();
            let (found, more) = diagnostics::in_order(found);
            Err(invalid(found, more))
        }
    }
}

/// A scenario that loaded, with the likely mistakes found in it.
pub struct Checked {
    /// The scenario (resolved, when the file is an overlay).
    pub scenario: Scenario,
    /// What looks wrong but does not stop it from loading.
    pub warnings: Warnings,
}

/// Likely mistakes in a scenario file that loaded: values of a size that suggests the wrong
/// unit, events that can never fire, policies nobody can enact, and the like.
pub struct Warnings {
    /// File name.
    pub origin: String,
    /// Its text.
    pub text: String,
    /// Each warning with its place.
    pub list: Vec<diagnostics::Diagnostic>,
}

impl Warnings {
    /// Every warning rendered like a compiler warning, with colours when `color`.
    pub fn render(&self, color: bool) -> String {
        self.list
            .iter()
            .map(|d| d.render_warning(&self.origin, &self.text, color))
            .collect()
    }

    /// Every warning as plain text, one `file:line:col: warning: …` each.
    pub fn plain(&self) -> String {
        self.list
            .iter()
            .map(|d| d.plain_warning(&self.origin, &self.text))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A scenario file to read: its name for messages, its text, the folder its base is looked
/// for in, and a key naming it (to detect a chain of bases that comes back on itself).
type Opened = (String, String, Option<std::path::PathBuf>, String);

/// Open a scenario file, or a shipped scenario named bare (no folder) when there is no such
/// file.
fn open(path: &std::path::Path) -> Result<Opened, ScenarioError> {
    let bare = path.parent().is_none_or(|p| p.as_os_str().is_empty());
    if bare
        && !path.exists()
        && let Some((stem, text)) = path.to_str().and_then(overlay::shipped)
    {
        return Ok((
            format!("{stem}.ron (shipped)"),
            text.to_owned(),
            None,
            format!("shipped:{stem}"),
        ));
    }
    let origin = path.display().to_string();
    let text = read_text(path)?;
    let key =
        std::fs::canonicalize(path).map_or_else(|_| origin.clone(), |p| p.display().to_string());
    Ok((
        origin,
        text,
        path.parent().map(std::path::Path::to_path_buf),
        key,
    ))
}

/// A scenario file's text, or why it cannot be had.
fn read_text(path: &std::path::Path) -> Result<String, ScenarioError> {
    let origin = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| ScenarioError::Unreadable {
        origin: origin.clone(),
        reason: e.to_string(),
    })?;
    if meta.len() > MAX_SCENARIO_BYTES as u64 {
        return Err(ScenarioError::TooLarge {
            origin,
            bytes: usize::try_from(meta.len()).unwrap_or(usize::MAX),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| ScenarioError::Unreadable {
        origin: origin.clone(),
        reason: e.to_string(),
    })?;
    match String::from_utf8(bytes) {
        Ok(t) => Ok(t),
        Err(e) => {
            // Readable but not text: an invalid scenario, placed at the first bad byte.
            let good = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&e.as_bytes()[..good]).into_owned();
            let (line, col) = locate::line_col(&prefix, good);
            Err(ScenarioError::Invalid {
                origin,
                text: prefix,
                diagnostics: vec![diagnostics::Diagnostic {
                    span: None,
                    line: Some(line),
                    col: Some(col),
                    path: None,
                    message: format!("not UTF-8 text: byte {good} is not part of a character"),
                    help: Some(
                        "scenario files are UTF-8 text; is this the right file? save it as UTF-8"
                            .into(),
                    ),
                    file: None,
                }],
                more: 0,
            })
        }
    }
}

/// A problem found in a scenario that parsed: where (a field path) and what.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Problem {
    /// Dotted path of the offending field, e.g. `us.chips.installed.value`.
    pub path: String,
    /// What is wrong and how to fix it.
    pub message: String,
    /// A suggestion ("did you mean …?").
    pub help: Option<String>,
    /// Its kind, where a caller acts on it (the words are in `message`).
    pub kind: ProblemKind,
}

/// The kinds of scenario problem a caller acts on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) enum ProblemKind {
    /// Any other problem.
    #[default]
    Other,
    /// A parameter's value lies outside the range written with it (an overlay that sets a
    /// new value is told how to give it its own range).
    OutsideOwnRange,
    /// A reference to a policy or event the scenario does not have (an overlay that removed
    /// it is named in the help).
    Missing {
        /// The id referred to.
        id: String,
    },
}

/// Why a scenario could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    /// The file could not be read at all.
    #[error("{origin}: cannot read the scenario: {reason}")]
    Unreadable {
        /// File name.
        origin: String,
        /// The operating system's reason.
        reason: String,
    },
    /// The file is larger than `MAX_SCENARIO_BYTES`.
    #[error(
        "{origin}: the scenario is {bytes} bytes, more than the limit of {MAX_SCENARIO_BYTES}; scenario files are small text files"
    )]
    TooLarge {
        /// File name.
        origin: String,
        /// Its size.
        bytes: usize,
    },
    /// The text does not parse, or parses but some values make no sense: every problem, with
    /// its line and column where known.
    #[error("{}", self.plain())]
    Invalid {
        /// File name.
        origin: String,
        /// The file's text (for showing the offending lines).
        text: String,
        /// Every problem found (at most `diagnostics::MAX_REPORTED`).
        diagnostics: Vec<diagnostics::Diagnostic>,
        /// Problems found beyond those listed.
        more: usize,
    },
}

impl ScenarioError {
    /// True when the file could not be read (exit code 2), false when it was read but is
    /// invalid (exit code 1).
    pub(crate) fn is_unreadable(&self) -> bool {
        matches!(self, ScenarioError::Unreadable { .. })
    }

    /// Every problem as plain text: `file:line:col: message`, the source line, a help line.
    pub fn plain(&self) -> String {
        match self {
            ScenarioError::Invalid {
                origin,
                text,
                diagnostics,
                more,
            } => {
                let mut lines: Vec<String> =
                    diagnostics.iter().map(|d| d.plain(origin, text)).collect();
                if *more > 0 {
                    lines.push(format!("{origin}: … and {more} more problem(s)"));
                }
                lines.join("\n")
            }
            other => other.to_string(),
        }
    }

    /// Every problem rendered like a compiler error, with colours when `color`.
    pub fn render(&self, color: bool) -> String {
        match self {
            ScenarioError::Invalid {
                origin,
                text,
                diagnostics,
                more,
            } => {
                let mut out: String = diagnostics
                    .iter()
                    .map(|d| d.render(origin, text, color))
                    .collect();
                if *more > 0 {
                    out.push_str(&format!("… and {more} more problem(s) in {origin}\n"));
                }
                out
            }
            other => format!("error: {other}\n"),
        }
    }

    /// The diagnostics (empty for an unreadable or oversized file).
    pub fn diagnostics(&self) -> &[diagnostics::Diagnostic] {
        match self {
            ScenarioError::Invalid { diagnostics, .. } => diagnostics,
            _ => &[],
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

pub(crate) mod defaults;
pub(crate) mod diagnostics;
pub(crate) mod kinds;
pub mod locate;
mod model_params;
pub mod overlay;
pub mod params;
mod rules;
pub(crate) mod text;
mod validate;

pub use model_params::*;
pub use params::{AssumptionSet, near_matches, near_matches_note};
pub use rules::*;
