//! Warnings: things a valid scenario probably did not mean (events that can never fire, numbers far from their unit's usual size, policies nobody can reach, identical options, rules left at their defaults).

use super::*;

/// Likely mistakes of meaning in a valid scenario: it loads and plays, but probably not as its
/// author meant. `ai-race validate` lists them (and fails on them with `--deny-warnings`).
pub(crate) fn warnings(s: &Scenario) -> Vec<Problem> {
    let mut out = Collector::default();
    unit_sizes(s, &mut out);
    dead_events(s, &mut out);
    unreachable_policies(s, &mut out);
    identical_choices(s, &mut out);
    defaulted_rules(s, &mut out);
    out.problems
}

/// Quarters since year 0 (for comparing dates).
pub(super) fn quarter_index(d: crate::scenario::StartDate) -> i64 {
    i64::from(d.year) * 4 + i64::from(d.quarter) - 1
}

pub(super) fn date_label(q: i64) -> String {
    format!("{} Q{}", q.div_euclid(4), q.rem_euclid(4) + 1)
}

/// Events whose window or date lies outside the game: they can never fire.
pub(super) fn dead_events(s: &Scenario, out: &mut Collector) {
    let first = quarter_index(s.start);
    let last = first + i64::from(s.turns) - 1;
    let game = format!("{} to {}", date_label(first), date_label(last));
    for e in &s.events {
        let here = format!("events[{}]", e.id);
        if let Some(at) = e.at {
            let q = quarter_index(at);
            if q < first || q > last {
                out.push_help(
                    format!("{here}.at"),
                    format!(
                        "is set for {}, outside the game ({game}): it can never fire",
                        date_label(q)
                    ),
                    Some(format!(
                        "the game starts {} and lasts {} quarters: move the date into the game (Replace the event with a new `at`), or Remove it",
                        date_label(first),
                        s.turns
                    )),
                );
            }
        }
        if let Some(w) = e.window {
            let (from, to) = (quarter_index(w.from), quarter_index(w.to));
            if to < first || from > last || to < from {
                out.push_help(
                    format!("{here}.window"),
                    format!(
                        "opens {} and closes {}, which never overlaps the game ({game}): it can never fire",
                        date_label(from),
                        date_label(to)
                    ),
                    Some(format!(
                        "the game starts {} and lasts {} quarters: move the window into the game, or remove the event",
                        date_label(first),
                        s.turns
                    )),
                );
            }
        }
        for (i, c) in e.when.iter().enumerate() {
            let (q, v, above) = match c {
                crate::scenario::Condition::Above(q, v) => (q.0, *v, true),
                crate::scenario::Condition::Below(q, v) => (q.0, *v, false),
                crate::scenario::Condition::InForce(_)
                | crate::scenario::Condition::NotInForce(_)
                | crate::scenario::Condition::AtLeastLevel(..) => continue,
            };
            let b = q.bounds();
            let never = if above { v >= b.high } else { v <= b.low };
            if never {
                out.push_help(
                    format!("{here}.when[{i}]"),
                    format!(
                        "`{}` is never {} {v} (it stays between {} and {}): the event can never fire",
                        q.path(),
                        if above { "above" } else { "below" },
                        b.low,
                        b.high
                    ),
                    None,
                );
            } else if b == crate::vocab::Bounds::PERCENT && v > 0.0 && v < 1.0 {
                out.push_help(
                    format!("{here}.when[{i}]"),
                    format!("compares `{}`, a percentage (0–100), with {v}", q.path()),
                    Some(format!("did you mean {}?", v * 100.0)),
                );
            }
        }
    }
}

/// Values whose size suggests the wrong unit: a fraction on a percentage, a share above 1, an
/// effect larger than its quantity's whole range.
pub(super) fn unit_sizes(s: &Scenario, out: &mut Collector) {
    use crate::scenario::Op;
    use crate::vocab::Bounds;
    for (list, targets) in [
        ("score.us_targets", &s.score.us_targets),
        ("score.china_targets", &s.score.china_targets),
    ] {
        for (i, t) in targets.iter().enumerate() {
            if t.share > 0.0 && t.share <= 1.0 {
                out.push_help(
                    format!("{list}[{i}].share"),
                    format!(
                        "is {}, but adoption is a percentage of firms (0–100): this target is met at once",
                        t.share
                    ),
                    Some(format!("did you mean {}?", t.share * 100.0)),
                );
            }
        }
    }
    let mut effects: Vec<(String, &[crate::scenario::EffectDef])> = Vec::new();
    for p in &s.policies {
        effects.push((format!("policies[{}].effects", p.id), &p.effects));
        if let crate::scenario::PolicyKind::Levels { levels, .. } = &p.kind {
            for (l, level) in levels.iter().enumerate() {
                effects.push((
                    format!("policies[{}].kind.levels[{l}].effects", p.id),
                    &level.effects,
                ));
            }
        }
    }
    for e in &s.events {
        effects.push((format!("events[{}].effects", e.id), &e.effects));
        for (c, choice) in e.choices.iter().enumerate() {
            effects.push((
                format!("events[{}].choices[{c}].effects", e.id),
                &choice.effects,
            ));
        }
    }
    for (path, list) in effects {
        for (i, e) in list.iter().enumerate() {
            let q = e.quantity.0;
            let b = q.bounds();
            let here = format!("{path}[{i}].op");
            match e.op {
                Op::Add(x) if b == Bounds::PERCENT && x != 0.0 && x.abs() < 0.1 => out.push_help(
                    here,
                    format!(
                        "adds {x} to `{}`, a percentage (0–100): a change too small to notice",
                        q.path()
                    ),
                    Some(format!("did you mean Add({})?", x * 100.0)),
                ),
                Op::Add(x) if (b.high - b.low).is_finite() && x.abs() > b.high - b.low => {
                    out.push_help(
                        here,
                        format!(
                            "adds {x} to `{}`, which stays between {} and {}: more than its whole range",
                            q.path(),
                            b.low,
                            b.high
                        ),
                        (b == Bounds::SHARE).then(|| format!("a share is 0–1: did you mean Add({})?", x / 100.0)),
                    );
                }
                Op::MoveToward { target, .. } if target < b.low || target > b.high => out
                    .push_help(
                        here,
                        format!(
                            "moves `{}` toward {target}, outside the range it stays in ({} to {})",
                            q.path(),
                            b.low,
                            b.high
                        ),
                        (b == Bounds::SHARE && target <= 100.0)
                            .then(|| format!("a share is 0–1: did you mean {}?", target / 100.0)),
                    ),
                Op::MoveToward { target, .. }
                    if b == Bounds::PERCENT && target > 0.0 && target < 1.0 =>
                {
                    out.push_help(
                        here,
                        format!(
                            "moves `{}`, a percentage (0–100), toward {target}",
                            q.path()
                        ),
                        Some(format!("did you mean {}?", target * 100.0)),
                    );
                }
                _ => {}
            }
        }
    }
    // Parameters that are percentages written as fractions.
    {
        for (path, v, _) in crate::scenario::params::param_list(s) {
            if crate::scenario::kinds::bound_of(&path)
                == Some(crate::scenario::kinds::Bound::Percent)
                && v > 0.0
                && v < 1.0
            {
                out.push_help(
                    format!("{path}.value"),
                    format!("is {v}, but this is a percentage (0–100)"),
                    Some(format!("did you mean {}?", v * 100.0)),
                );
            }
        }
    }
}

/// Policies nobody can ever enact: a prerequisite that cannot be met (itself unreachable, or
/// excluded by the policy, or a chain that comes back on itself).
pub(super) fn unreachable_policies(s: &Scenario, out: &mut Collector) {
    let n = s.policies.len();
    let index = |id: &str| s.policies.iter().position(|p| p.id == id);
    let excludes = |a: usize, b: usize| {
        s.policies[a].excludes.contains(&s.policies[b].id)
            || s.policies[b].excludes.contains(&s.policies[a].id)
    };
    // Possible: in force at the start, or every prerequisite possible and not excluded.
    let mut possible: Vec<bool> = s.policies.iter().map(|p| p.start_active).collect();
    loop {
        let mut changed = false;
        for a in 0..n {
            if possible[a] || s.policies[a].fixed {
                continue;
            }
            let ok = s.policies[a]
                .requires
                .iter()
                .all(|r| index(r).is_some_and(|b| possible[b] && b != a && !excludes(a, b)));
            if ok {
                possible[a] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for (a, p) in s.policies.iter().enumerate() {
        if possible[a] || p.fixed {
            continue;
        }
        let blocker = p
            .requires
            .iter()
            .find(|r| index(r).is_none_or(|b| !possible[b] || b == a || excludes(a, b)));
        out.push_help(
            format!("policies[{}].requires", p.id),
            match blocker {
                Some(r) => format!(
                    "can never be enacted: its prerequisite `{r}` can never be in force alongside it"
                ),
                None => "can never be enacted: its prerequisites cannot all be met".into(),
            },
            Some("check the chain of `requires` and `excludes`, or make a prerequisite start_active".into()),
        );
    }
}

/// Event choices whose options do the same thing: the choice is no choice.
pub(super) fn identical_choices(s: &Scenario, out: &mut Collector) {
    for e in &s.events {
        for (j, b) in e.choices.iter().enumerate() {
            if let Some(i) = e.choices[..j]
                .iter()
                .position(|a| a.effects == b.effects && a.orders == b.orders)
            {
                out.push_help(
                    format!("events[{}].choices[{j}]", e.id),
                    format!(
                        "does exactly what choices[{i}] (\"{}\") does: the players' choice changes nothing",
                        e.choices[i].label
                    ),
                    Some("give the options different effects, or make it one option".into()),
                );
            }
        }
    }
}

/// Rules left to defaults that change how the game is scored or played.
pub(super) fn defaulted_rules(s: &Scenario, out: &mut Collector) {
    if s.score.lead_par_months.is_none() {
        out.push_help(
            "score".into(),
            "has no lead_par_months: the lead axis then scores the change in the lead since the first quarter (the rule of scenarios before version 0.2), not the lead itself".into(),
            Some("write lead_par_months (the baseline's is 3.0) or the lead you mean to count as even".into()),
        );
    }
    {
        for (path, _, source) in crate::scenario::params::param_list(s) {
            if source.starts_with("default: ") {
                out.push_help(
                    path,
                    "is not written in the scenario; a default from older versions of the baseline is used (its source says which)".into(),
                    Some("write it, with a source, so that readers see it".into()),
                );
            }
        }
    }
}
