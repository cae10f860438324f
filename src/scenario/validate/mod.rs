//! Semantic checks of a parsed scenario: every parameter finite, inside its stated range and
//! inside the bounds its meaning allows; dates, turns and regions consistent. All problems
//! are collected in one pass.

use super::{MAX_TURNS, Problem, ProblemKind, Scenario};
use crate::vocab::Region;

/// Most policies in a scenario.
const MAX_POLICIES: usize = 500;
/// Most events in a scenario.
const MAX_EVENTS: usize = 500;
/// Most entries in a small list (effects, prerequisites, conditions, targets).
const MAX_LIST: usize = 64;
/// Longest name or description, in characters.
const MAX_TEXT: usize = 4000;

mod rules;
mod warnings;
pub(super) use rules::validate_rules;
use rules::*;
pub(super) use warnings::warnings;

/// Problems found so far.
#[derive(Default)]
pub(super) struct Collector {
    problems: Vec<Problem>,
}

impl Collector {
    /// A problem at a path.
    fn push(&mut self, path: String, message: String) {
        self.problems.push(Problem {
            path,
            message,
            help: None,
            kind: ProblemKind::Other,
        });
    }

    /// A problem of a kind a caller acts on.
    fn push_kind(&mut self, path: String, message: String, kind: ProblemKind) {
        self.problems.push(Problem {
            path,
            message,
            help: None,
            kind,
        });
    }

    /// A reference to a `what` ("policy", "event") the scenario does not have, with the
    /// nearest id it does have.
    fn push_missing(&mut self, path: String, what: &str, id: &str, known: &[&str]) {
        self.problems.push(Problem {
            path,
            message: format!("no {what} `{id}` in this scenario"),
            help: hint(id, known),
            kind: ProblemKind::Missing { id: id.to_owned() },
        });
    }

    /// A problem with a hint.
    fn push_help(&mut self, path: String, message: String, help: Option<String>) {
        self.problems.push(Problem {
            path,
            message,
            help,
            kind: ProblemKind::Other,
        });
    }
}

/// Check a parsed scenario; an empty list means it is valid.
pub(super) fn validate(s: &Scenario) -> Vec<Problem> {
    let mut problems = validate_core(s);
    if problems.is_empty() {
        problems.extend(validate_assumptions(s));
    }
    problems
}

/// Each assumption set: a snake_case id used once, a name, a source, and changes that name
/// parameters of the scenario and keep it valid.
fn validate_assumptions(s: &Scenario) -> Vec<Problem> {
    let mut out = Collector::default();
    if s.assumptions.len() > MAX_LIST {
        out.push(
            "assumptions".into(),
            format!(
                "has {} sets; at most {MAX_LIST} are allowed",
                s.assumptions.len()
            ),
        );
        return out.problems;
    }
    let ids: Vec<&str> = s.assumptions.iter().map(|a| a.id.as_str()).collect();
    let mut base = s.clone();
    base.assumptions.clear();
    for (i, set) in s.assumptions.iter().enumerate() {
        check_id("assumptions", i, &ids, &mut out);
        if set.name.trim().is_empty() || set.source.trim().is_empty() {
            out.push(
                format!("assumptions[{}]", set.id),
                "needs a name and a source (the paragraph or estimate that motivates it)".into(),
            );
        }
        let changes = set.set.len() + set.policies.len() + set.events.len();
        if changes == 0
            || set.set.len() > MAX_LIST
            || set.policies.len() + set.events.len() > MAX_LIST
        {
            out.push(
                format!("assumptions[{}].set", set.id),
                format!("must change between 1 and {MAX_LIST} parameters (and policies or events)"),
            );
        }
        match set.changes().apply(&base) {
            Err(misfits) => {
                for m in misfits {
                    out.push_help(
                        format!("assumptions[{}].{}", set.id, m.at),
                        m.message,
                        m.help,
                    );
                }
            }
            Ok(changed) => {
                for p in validate_core(&changed) {
                    out.push(
                        format!("assumptions[{}]", set.id),
                        format!("makes the scenario invalid: {}: {}", p.path, p.message),
                    );
                }
            }
        }
    }
    out.problems
}

/// Everything but the assumption sets.
pub(super) fn validate_core(s: &Scenario) -> Vec<Problem> {
    let mut out = Collector::default();

    if s.turns == 0 || s.turns > MAX_TURNS {
        out.push(
            "turns".into(),
            format!("is {}; it must be between 1 and {MAX_TURNS}", s.turns),
        );
    }
    if !(1..=4).contains(&s.start.quarter) {
        out.push(
            "start.quarter".into(),
            format!("is {}; a quarter is 1, 2, 3 or 4", s.start.quarter),
        );
    }
    if !(1900..=2200).contains(&s.start.year) {
        out.push(
            "start.year".into(),
            format!(
                "is {}; give a calendar year between 1900 and 2200",
                s.start.year
            ),
        );
    }

    validate_rules(s, &mut out);

    // Every parameter, found generically so that a new field is checked without a new line here.
    match serde_json::to_value(s) {
        Ok(value) => walk(&value, String::new(), &mut out),
        Err(e) => out.push(String::new(), format!("cannot inspect the scenario: {e}")),
    }

    // Regions: each exactly once.
    for region in Region::ALL {
        let count = s.regions.iter().filter(|r| r.id == *region).count();
        if count != 1 {
            out.push(
                "regions".into(),
                format!(
                    "region `{}` appears {count} times; list each of {} exactly once",
                    region.id(),
                    Region::ALL
                        .iter()
                        .map(|r| r.id())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
    for r in &s.regions {
        let total = r.us_share.v() + r.china_share.v();
        if total > 100.0 {
            out.push(
                format!("regions[{}]", r.id.id()),
                format!(
                    "us_share + china_share is {total}; the two shares of one market cannot exceed 100%"
                ),
            );
        }
    }
    for (side, b) in [("us", &s.us), ("china", &s.china)] {
        let sum = b.budget.chips.v() + b.budget.grid.v() + b.budget.research.v();
        if sum <= 0.0 {
            out.push(
                format!("{side}.budget"),
                "the three budget shares are all zero; give at least one a positive share".into(),
            );
        }
        if b.adoption.share.v() > b.adoption.ceiling.v() {
            out.push(
                format!("{side}.adoption.share.value"),
                format!(
                    "is {} but the ceiling is {}; adoption cannot start above its ceiling",
                    b.adoption.share.v(),
                    b.adoption.ceiling.v()
                ),
            );
        }
    }
    out.problems
}

fn walk(value: &serde_json::Value, path: String, out: &mut Collector) {
    match value {
        serde_json::Value::Object(map) => {
            if map.contains_key("value") && map.contains_key("source") {
                check_param(map, &path, out);
                return;
            }
            for (k, v) in map {
                let child = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(v, child, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let label = v
                    .get("id")
                    .and_then(|id| id.as_str())
                    .map_or_else(|| i.to_string(), str::to_owned);
                walk(v, format!("{path}[{label}]"), out);
            }
        }
        _ => {}
    }
}

fn check_param(map: &serde_json::Map<String, serde_json::Value>, path: &str, out: &mut Collector) {
    // serde_json writes non-finite floats as null.
    let Some(v) = map.get("value").and_then(serde_json::Value::as_f64) else {
        out.push(
            format!("{path}.value"),
            "is not a finite number; write a plain number such as 1.5".into(),
        );
        return;
    };
    if map
        .get("source")
        .and_then(|s| s.as_str())
        .is_none_or(|s| s.trim().is_empty())
    {
        out.push(
            format!("{path}.source"),
            "is empty; say where the number comes from (\"article ¶6\", \"estimate: …\", \"model: …\")"
                .into(),
        );
    }
    // The bound comes from the parameter's type in the schema (`Param<Share>`, …).
    let bound = super::kinds::bound_of(path).unwrap_or(super::kinds::Bound::NonNegative);
    if !bound.allows(v) {
        out.push(
            format!("{path}.value"),
            format!("is {v}; it {}", bound.rule()),
        );
    }
    if let Some(range) = map.get("range").and_then(|r| r.as_array()) {
        let lo = range.first().and_then(serde_json::Value::as_f64);
        let hi = range.get(1).and_then(serde_json::Value::as_f64);
        match (lo, hi) {
            (Some(lo), Some(hi)) if lo <= hi => {
                if v < lo || v > hi {
                    out.push_kind(
                        format!("{path}.value"),
                        format!(
                            "is {v}, outside its own range ({lo}, {hi}); move the value or widen the range"
                        ),
                        ProblemKind::OutsideOwnRange,
                    );
                }
            }
            (Some(lo), Some(hi)) => out.push(
                format!("{path}.range"),
                format!("low {lo} is above high {hi}; write the range as (low, high)"),
            ),
            _ => out.push(
                format!("{path}.range"),
                "must be two finite numbers (low, high)".into(),
            ),
        }
    }
}

/// The id closest to `id` among `known`, for "did you mean" hints.
fn nearest<'a>(id: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    known
        .map(|k| (crate::vocab::edit_distance(id, k), k))
        .filter(|(d, _)| *d <= (id.len() / 3).max(2))
        .min()
        .map(|(_, k)| k)
}

fn hint(id: &str, known: &[&str]) -> Option<String> {
    nearest(id, known.iter().copied()).map(|k| format!("did you mean `{k}`?"))
}

fn check_effects(
    path: &str,
    effects: &[crate::scenario::EffectDef],
    in_event: bool,
    out: &mut Collector,
) {
    use crate::scenario::{Duration, Op};
    if effects.len() > MAX_LIST {
        out.push(
            path.into(),
            format!(
                "has {} effects; at most {MAX_LIST} are allowed",
                effects.len()
            ),
        );
        return;
    }
    for (i, e) in effects.iter().enumerate() {
        let here = format!("{path}[{i}]");
        let q = e.quantity.0;
        if q.is_derived() {
            out.push(
                format!("{here}.quantity"),
                format!(
                    "`{}` is recomputed every turn from other quantities, so an effect on it would be overwritten; change what it is computed from instead (see docs/quantities.md)",
                    q.path()
                ),
            );
        }
        match e.op {
            Op::Add(x) | Op::Multiply(x) if !x.is_finite() => {
                out.push(format!("{here}.op"), "must be a finite number".into());
            }
            Op::Multiply(x) if x < 0.0 => out.push(
                format!("{here}.op"),
                format!("Multiply({x}) would flip the sign; use a factor of 0 or more"),
            ),
            Op::MoveToward { target, rate }
                if !target.is_finite() || !(0.0..=1.0).contains(&rate) =>
            {
                out.push(
                    format!("{here}.op"),
                    "MoveToward needs a finite target and a rate between 0 and 1".into(),
                );
            }
            _ => {}
        }
        match e.duration {
            Duration::Turns(0) | Duration::HeldFor(0) => out.push(
                format!("{here}.duration"),
                "lasts 0 turns; give at least 1, or use Once".into(),
            ),
            Duration::Held | Duration::EachTurn if in_event => out.push_help(
                format!("{here}.duration"),
                format!(
                    "lasts `{}`, while something is in force{}, but an event is not in force",
                    if e.duration == Duration::Held {
                        "Held"
                    } else {
                        "EachTurn"
                    },
                    if e.duration == Duration::Held {
                        " (what an effect gets when no duration is written)"
                    } else {
                        ""
                    }
                ),
                Some("write duration: Once, Turns(n) or HeldFor(n)".into()),
            ),
            _ => {}
        }
    }
}
