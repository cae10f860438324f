//! Scenario parameters by path, and assumption sets.
//!
//! Every [`Param`](super::Param) of a scenario has a path: the field names from the top,
//! joined by dots, with list items named by their `id` in brackets, the form the validator's
//! messages use: `china.chips.smuggle_rate`, `world.capability.returns_exponent`,
//! `regions[middle_east_africa].us_bias`. [`set_param`] changes one value by path (what
//! `experiment --vary` and assumption sets do); the changed scenario is validated again, so a
//! value outside its bounds is refused with the validator's message.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Scenario;
use crate::vocab::edit_distance;

/// A named set of parameter changes a scenario offers ("fast takeoff", "scaling slowdown"),
/// applied together before a game starts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssumptionSet {
    /// Short id, used with `--assumptions ID` (snake_case).
    pub id: String,
    /// Name shown to players.
    pub name: String,
    /// What the set assumes and why.
    pub description: String,
    /// What motivates it: an article paragraph or a public estimate.
    pub source: String,
    /// Parameters changed: (path, new value) or (path, new value, its source).
    pub set: Vec<super::overlay::SetEntry>,
    /// Policies added, replaced, patched or removed, as an overlay writes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policies: Vec<super::overlay::Op<super::PolicyDef, super::overlay::PolicyPatch>>,
    /// Events added, replaced, patched or removed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<super::overlay::Op<super::EventDef, super::overlay::EventPatch>>,
}

impl AssumptionSet {
    /// Its changes: an assumption set is an overlay kept inside a scenario.
    pub fn changes(&self) -> super::overlay::Changes<'_> {
        super::overlay::Changes {
            set: &self.set,
            policies: &self.policies,
            events: &self.events,
            doctrines: &[],
            assumptions: &[],
            regions: &[],
        }
    }
}

/// Why a parameter could not be set.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ParamError {
    /// No parameter has this path; the nearest paths are listed.
    #[error("no scenario parameter `{path}`{}", list_note(.near))]
    Unknown {
        /// The path asked for.
        path: String,
        /// Paths that look closest.
        near: Vec<String>,
    },
    /// The value makes the scenario invalid.
    #[error("`{path}` = {value}: {message}")]
    Invalid {
        /// The path.
        path: String,
        /// The value asked for.
        value: f64,
        /// The validator's message.
        message: String,
    },
    /// The scenario has no policy of this id.
    #[error("no policy `{id}` in this scenario{}", list_ids(.near))]
    UnknownPolicy {
        /// The id asked for.
        id: String,
        /// Ids that look closest.
        near: Vec<String>,
    },
    /// The scenario has no assumption set of this id.
    #[error("this scenario has no assumption set `{id}`; it has {}", if .known.is_empty() { "none".to_string() } else { .known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ") })]
    UnknownSet {
        /// The id asked for.
        id: String,
        /// The ids it has.
        known: Vec<String>,
    },
}

fn list_ids(near: &[String]) -> String {
    if near.is_empty() {
        "; `ai-race params --scenario FILE` lists the policies".into()
    } else {
        nearest_note(near)
    }
}

fn list_note(near: &[String]) -> String {
    if near.is_empty() {
        "; `ai-race params --scenario FILE` lists them all".into()
    } else {
        nearest_note(near)
    }
}

fn nearest_note(near: &[String]) -> String {
    format!(
        "; nearest: {}",
        near.iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// Up to five of `candidates` that look most like `word`: close in spelling, or sharing its
/// last part (`smuggle_rate` finds `china.chips.smuggle_rate`).
pub fn near_matches(word: &str, candidates: &[String]) -> Vec<String> {
    let last = |s: &str| s.rsplit(['.', '[']).next().unwrap_or(s).to_string();
    let word_last = last(word);
    let mut scored: Vec<(usize, &String)> = candidates
        .iter()
        .map(|c| {
            let whole = edit_distance(word, c);
            let tail = edit_distance(&word_last, &last(c)) + 1;
            let contains = if c.contains(word) || word.contains(c.as_str()) {
                1
            } else {
                usize::MAX
            };
            (whole.min(tail).min(contains), c)
        })
        .filter(|(d, _)| *d <= (word_last.chars().count() / 2).max(3))
        .collect();
    scored.sort();
    scored.into_iter().take(5).map(|(_, c)| c.clone()).collect()
}

/// ", did you mean `x`?"-style note for an id, or nothing when nothing is close.
pub fn near_matches_note(word: &str, candidates: &[String]) -> String {
    let near = near_matches(word, candidates);
    if near.is_empty() {
        String::new()
    } else {
        nearest_note(&near)
    }
}

fn to_value(s: &Scenario) -> Value {
    serde_json::to_value(s).unwrap_or(Value::Null)
}

fn walk<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    match v {
        Value::Object(map) => {
            if map.contains_key("value") && map.contains_key("source") {
                out.push((path, v));
                return;
            }
            for (k, child) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(child, p, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let label = child
                    .get("id")
                    .and_then(Value::as_str)
                    .map_or_else(|| i.to_string(), str::to_owned);
                walk(child, format!("{path}[{label}]"), out);
            }
        }
        _ => {}
    }
}

/// Every parameter of a scenario: its path, value and source, in file order.
pub fn param_list(s: &Scenario) -> Vec<(String, f64, String)> {
    let v = to_value(s);
    let mut out = Vec::new();
    walk(&v, String::new(), &mut out);
    out.into_iter()
        .map(|(p, v)| {
            (
                p,
                v.get("value").and_then(Value::as_f64).unwrap_or(f64::NAN),
                v.get("source")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
            )
        })
        .collect()
}

/// The range (low, high) written with the parameter at `path`, if it has one.
pub(crate) fn param_range(s: &Scenario, path: &str) -> Option<(f64, f64)> {
    let mut root = to_value(s);
    let r = locate(&mut root, path)?.get("range")?.as_array()?.clone();
    Some((r.first()?.as_f64()?, r.get(1)?.as_f64()?))
}

/// Every parameter path of a scenario.
pub(crate) fn param_paths(s: &Scenario) -> Vec<String> {
    param_list(s).into_iter().map(|(p, _, _)| p).collect()
}

/// The value of the parameter at `path`.
pub fn get_param(s: &Scenario, path: &str) -> Result<f64, ParamError> {
    param_list(s)
        .into_iter()
        .find(|(p, _, _)| p == path)
        .map(|(_, v, _)| v)
        .ok_or_else(|| unknown(s, path))
}

fn unknown(s: &Scenario, path: &str) -> ParamError {
    ParamError::Unknown {
        path: path.to_string(),
        near: near_matches(path, &param_paths(s)),
    }
}

/// Split `a.b[c].d` into `a`, `b`, `[c]`, `d`.
fn segments(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        while let Some(i) = rest.find('[') {
            if i > 0 {
                out.push(rest[..i].to_string());
            }
            let end = rest[i..].find(']').map_or(rest.len(), |j| i + j + 1);
            out.push(rest[i..end].to_string());
            rest = &rest[end..];
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out
}

/// The value of the parameter at `path` in a scenario written as JSON (None when there is no
/// such parameter).
pub(super) fn param_value(root: &Value, path: &str) -> Option<f64> {
    let mut root = root.clone();
    locate(&mut root, path)
        .filter(|p| p.get("source").is_some())
        .and_then(|p| p.get("value"))
        .and_then(Value::as_f64)
}

fn locate<'a>(root: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    let mut here = root;
    for seg in segments(path) {
        here = if let Some(label) = seg.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            let items = here.as_array_mut()?;
            let idx = items
                .iter()
                .position(|c| c.get("id").and_then(Value::as_str) == Some(label))
                .or_else(|| label.parse::<usize>().ok())?;
            items.get_mut(idx)?
        } else {
            here.as_object_mut()?.get_mut(&seg)?
        };
    }
    Some(here)
}

/// The scenario with parameters changed by path (value, and source when given), not
/// validated; on failure, the index of the entry that failed.
pub(crate) fn set_entries(
    s: &Scenario,
    entries: &[super::overlay::SetEntry],
) -> Result<Scenario, (usize, ParamError)> {
    if entries.is_empty() {
        return Ok(s.clone());
    }
    let mut root = to_value(s);
    for (i, e) in entries.iter().enumerate() {
        let param = locate(&mut root, &e.path)
            .filter(|p| p.get("value").is_some() && p.get("source").is_some())
            .ok_or_else(|| (i, unknown(s, &e.path)))?;
        if !e.value.is_finite() {
            return Err((
                i,
                ParamError::Invalid {
                    path: e.path.clone(),
                    value: e.value,
                    message: "is not a finite number".into(),
                },
            ));
        }
        param["value"] = serde_json::json!(e.value);
        if let Some(src) = &e.source {
            param["source"] = serde_json::json!(src);
        }
        if let Some((lo, hi)) = e.range {
            param["range"] = serde_json::json!([lo, hi]);
        }
    }
    serde_json::from_value(root).map_err(|err| {
        (
            0,
            ParamError::Invalid {
                path: entries[0].path.clone(),
                value: entries[0].value,
                message: err.to_string(),
            },
        )
    })
}

/// Set one parameter's value. The result is validated as a whole scenario.
pub fn set_param(s: &Scenario, path: &str, value: f64) -> Result<Scenario, ParamError> {
    set_params(s, &[(path.to_owned(), value)])
}

/// Set several parameters at once; the result is validated as a whole scenario (a problem is
/// reported at the first change).
pub(crate) fn set_params(s: &Scenario, changes: &[(String, f64)]) -> Result<Scenario, ParamError> {
    let mut root = to_value(s);
    for (path, value) in changes {
        let param = locate(&mut root, path)
            .filter(|p| p.get("value").is_some() && p.get("source").is_some())
            .ok_or_else(|| unknown(s, path))?;
        if !value.is_finite() {
            return Err(ParamError::Invalid {
                path: path.clone(),
                value: *value,
                message: "is not a finite number".into(),
            });
        }
        param["value"] = serde_json::json!(value);
    }
    let (path, value) = changes.first().cloned().unwrap_or_default();
    let changed: Scenario = serde_json::from_value(root).map_err(|e| ParamError::Invalid {
        path: path.clone(),
        value,
        message: e.to_string(),
    })?;
    match super::validate::validate_core(&changed).first() {
        None => Ok(changed),
        Some(p) => Err(ParamError::Invalid {
            path: changes
                .iter()
                .find(|(c, _)| p.path.starts_with(c.as_str()))
                .map_or(path, |(c, _)| c.clone()),
            value: changes
                .iter()
                .find(|(c, _)| p.path.starts_with(c.as_str()))
                .map_or(value, |(_, v)| *v),
            message: format!("{}: {}", p.path, p.message),
        }),
    }
}

/// The scenario with one of its assumption sets applied. Its name says so.
pub fn with_assumptions(s: &Scenario, id: &str) -> Result<Scenario, ParamError> {
    let set = s
        .assumptions
        .iter()
        .find(|a| a.id == id)
        .ok_or_else(|| ParamError::UnknownSet {
            id: id.into(),
            known: s.assumptions.iter().map(|a| a.id.clone()).collect(),
        })?
        .clone();
    let mut out = set.changes().apply(s).map_err(|m| ParamError::Invalid {
        path: format!("assumptions[{id}]"),
        value: f64::NAN,
        message: m
            .iter()
            .map(|m| format!("{}: {}", m.at, m.message))
            .collect::<Vec<_>>()
            .join("; "),
    })?;
    if let Some(p) = super::validate::validate_core(&out).first() {
        return Err(ParamError::Invalid {
            path: format!("assumptions[{id}]"),
            value: f64::NAN,
            message: format!("{}: {}", p.path, p.message),
        });
    }
    out.name = format!("{} — {}", s.name, set.name);
    Ok(out)
}

/// Hold a policy fixed for a whole game: a level policy at `level` from the start, a toggle
/// in force (`1`) or not (`0`), and nobody may change it (the scenario's own `fixed`). What
/// `experiment --hold ID=LEVEL` does, so that both the scenario and the players keep it.
pub fn hold_policy(s: &Scenario, id: &str, level: u8) -> Result<Scenario, ParamError> {
    let ids: Vec<String> = s.policies.iter().map(|p| p.id.clone()).collect();
    let mut out = s.clone();
    let Some(p) = out.policies.iter_mut().find(|p| p.id == id) else {
        return Err(ParamError::UnknownPolicy {
            id: id.to_string(),
            near: near_matches(id, &ids),
        });
    };
    let bad = |message: String| ParamError::Invalid {
        path: format!("policies[{id}]"),
        value: f64::from(level),
        message,
    };
    match &mut p.kind {
        super::PolicyKind::Levels { start, levels } => {
            if usize::from(level) >= levels.len() {
                return Err(bad(format!(
                    "has levels 0 to {}",
                    levels.len().saturating_sub(1)
                )));
            }
            *start = level;
        }
        super::PolicyKind::Toggle => {
            if level > 1 {
                return Err(bad("is a toggle: hold it at 1 (in force) or 0 (not)".into()));
            }
            p.start_active = level == 1;
        }
        super::PolicyKind::Project { .. } => {
            return Err(bad(
                "is a project: it cannot be held (it is built over several turns)".into(),
            ));
        }
    }
    p.fixed = true;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baseline() -> Scenario {
        Scenario::from_ron_str(
            include_str!("../../scenarios/baseline_2025.ron"),
            "baseline",
        )
        .expect("baseline")
    }

    #[test]
    fn paths_read_and_write() {
        let s = baseline();
        let paths = param_paths(&s);
        assert!(paths.iter().any(|p| p == "china.chips.smuggle_rate"));
        let old = get_param(&s, "china.chips.smuggle_rate").expect("path");
        let changed = set_param(&s, "china.chips.smuggle_rate", old / 2.0).expect("set");
        assert!((changed.china.chips.smuggle_rate.value - old / 2.0).abs() < 1e-12);
        assert_eq!(changed.us, s.us);
        let region = paths
            .iter()
            .find(|p| p.starts_with("regions["))
            .expect("a region path")
            .clone();
        let v = get_param(&s, &region).expect("region");
        assert!(set_param(&s, &region, v).is_ok());
    }

    #[test]
    fn unknown_path_lists_near_matches() {
        let s = baseline();
        let err = set_param(&s, "china.chips.smugle_rate", 0.1).expect_err("unknown");
        let ParamError::Unknown { near, .. } = &err else {
            panic!("{err}");
        };
        assert_eq!(
            near.first().map(String::as_str),
            Some("china.chips.smuggle_rate")
        );
        assert!(err.to_string().contains("china.chips.smuggle_rate"));
    }

    #[test]
    fn out_of_bounds_value_is_refused() {
        let s = baseline();
        let err = set_param(&s, "china.chips.smuggle_rate", -3.0).expect_err("bound");
        assert!(matches!(err, ParamError::Invalid { .. }), "{err}");
    }
}
