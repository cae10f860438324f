//! Semantic checks of a parsed scenario: every parameter finite, inside its stated range and
//! inside the bounds its meaning allows; dates, turns and regions consistent. All problems
//! are collected in one pass.

use super::{MAX_TURNS, Problem, Scenario};
use crate::sim::quantity::Region;

/// What a parameter's meaning allows.
#[derive(Clone, Copy, Debug)]
enum Bound {
    /// Any finite number ≥ 0.
    NonNegative,
    /// Strictly positive.
    Positive,
    /// A share, 0–1.
    Share,
    /// A percentage, 0–100.
    Percent,
    /// A growth rate per quarter, above −1.
    Growth,
    /// At least 1 (power usage effectiveness).
    AtLeastOne,
}

/// The bound for a parameter, by the last one or two segments of its path.
fn bound_for(path: &str) -> Bound {
    let last = path.rsplit('.').next().unwrap_or(path);
    let parent_last = {
        let mut it = path.rsplit('.');
        it.next();
        it.next().unwrap_or("")
    };
    match (parent_last, last) {
        ("budget", _) => Bound::Share,
        ("frontier", "pue") => Bound::AtLeastOne,
        ("risk" | "tension" | "bubble", "initial" | "baseline" | "threshold") => Bound::Percent,
        ("tension", "per_blocked_share") | ("bubble", "span") => Bound::Positive,
        ("adoption", "share" | "ceiling") => Bound::Percent,
        (_, "us_share" | "china_share") => Bound::Percent,
        (
            _,
            "quality_growth"
            | "perf_per_watt_growth"
            | "private_growth"
            | "state_growth"
            | "fab_growth"
            | "build_rate_growth",
        ) => Bound::Growth,
        (
            _,
            "import_share"
            | "retirement"
            | "blocked_share"
            | "smuggle_rate"
            | "utilisation"
            | "outflow"
            | "effort"
            | "decay"
            | "drift"
            | "inertia"
            | "diffusion"
            | "pace_smoothing"
            | "max_chance"
            | "correction_cut"
            | "fab_catchup"
            | "sentiment_reversion"
            | "catastrophe_scale"
            | "capped_perf_per_watt_ratio",
        ) => Bound::Share,
        (
            _,
            "price"
            | "cost_per_gw"
            | "fab_cost"
            | "kw_per_h100"
            | "quality"
            | "perf_per_watt"
            | "fab_quality"
            | "fab_perf_per_watt"
            | "import_quality_cap"
            | "reference_researchers"
            | "reference_spending"
            | "price_index"
            | "min_pace"
            | "points_per_doubling"
            | "returns_exponent"
            | "efficiency",
        ) => Bound::Positive,
        _ => Bound::NonNegative,
    }
}

fn check_bound(bound: Bound, v: f64) -> Option<&'static str> {
    let ok = match bound {
        Bound::NonNegative => v >= 0.0,
        Bound::Positive => v > 0.0,
        Bound::Share => (0.0..=1.0).contains(&v),
        Bound::Percent => (0.0..=100.0).contains(&v),
        Bound::Growth => v > -1.0,
        Bound::AtLeastOne => v >= 1.0,
    };
    if ok {
        return None;
    }
    Some(match bound {
        Bound::NonNegative => "must not be negative",
        Bound::Positive => "must be greater than 0",
        Bound::Share => "is a share and must lie between 0 and 1",
        Bound::Percent => "is a percentage and must lie between 0 and 100",
        Bound::Growth => "is a growth rate per quarter and must be above -1 (-100%)",
        Bound::AtLeastOne => "must be at least 1",
    })
}

/// Check a parsed scenario; an empty list means it is valid.
pub(super) fn validate(s: &Scenario) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut push = |path: String, message: String| problems.push(Problem { path, message });

    if s.turns == 0 || s.turns > MAX_TURNS {
        push(
            "turns".into(),
            format!("is {}; it must be between 1 and {MAX_TURNS}", s.turns),
        );
    }
    if !(1..=4).contains(&s.start.quarter) {
        push(
            "start.quarter".into(),
            format!("is {}; a quarter is 1, 2, 3 or 4", s.start.quarter),
        );
    }
    if !(1900..=2200).contains(&s.start.year) {
        push(
            "start.year".into(),
            format!(
                "is {}; give a calendar year between 1900 and 2200",
                s.start.year
            ),
        );
    }

    // Every parameter, found generically so that a new field is checked without a new line here.
    match serde_json::to_value(s) {
        Ok(value) => walk(&value, String::new(), &mut push),
        Err(e) => push(String::new(), format!("cannot inspect the scenario: {e}")),
    }

    // Regions: each exactly once.
    for region in Region::ALL {
        let count = s.regions.iter().filter(|r| r.id == *region).count();
        if count != 1 {
            push(
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
            push(
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
            push(
                format!("{side}.budget"),
                "the three budget shares are all zero; give at least one a positive share".into(),
            );
        }
        if b.adoption.share.v() > b.adoption.ceiling.v() {
            push(
                format!("{side}.adoption.share.value"),
                format!(
                    "is {} but the ceiling is {}; adoption cannot start above its ceiling",
                    b.adoption.share.v(),
                    b.adoption.ceiling.v()
                ),
            );
        }
    }
    problems
}

fn walk(value: &serde_json::Value, path: String, push: &mut impl FnMut(String, String)) {
    match value {
        serde_json::Value::Object(map) => {
            if map.contains_key("value") && map.contains_key("source") {
                check_param(map, &path, push);
                return;
            }
            for (k, v) in map {
                let child = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(v, child, push);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let label = v
                    .get("id")
                    .and_then(|id| id.as_str())
                    .map_or_else(|| i.to_string(), str::to_owned);
                walk(v, format!("{path}[{label}]"), push);
            }
        }
        _ => {}
    }
}

fn check_param(
    map: &serde_json::Map<String, serde_json::Value>,
    path: &str,
    push: &mut impl FnMut(String, String),
) {
    // serde_json writes non-finite floats as null.
    let Some(v) = map.get("value").and_then(serde_json::Value::as_f64) else {
        push(
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
        push(
            format!("{path}.source"),
            "is empty; say where the number comes from (\"article ¶6\", \"estimate: …\", \"model: …\")"
                .into(),
        );
    }
    // Regions are written `regions[north_america].us_share`; the bound looks at the last segments.
    let bound = bound_for(path);
    if let Some(msg) = check_bound(bound, v) {
        push(format!("{path}.value"), format!("is {v}; it {msg}"));
    }
    if let Some(range) = map.get("range").and_then(|r| r.as_array()) {
        let lo = range.first().and_then(serde_json::Value::as_f64);
        let hi = range.get(1).and_then(serde_json::Value::as_f64);
        match (lo, hi) {
            (Some(lo), Some(hi)) if lo <= hi => {
                if v < lo || v > hi {
                    push(
                        format!("{path}.value"),
                        format!(
                            "is {v}, outside its own range ({lo}, {hi}); move the value or widen the range"
                        ),
                    );
                }
            }
            (Some(lo), Some(hi)) => push(
                format!("{path}.range"),
                format!("low {lo} is above high {hi}; write the range as (low, high)"),
            ),
            _ => push(
                format!("{path}.range"),
                "must be two finite numbers (low, high)".into(),
            ),
        }
    }
}
