//! Semantic checks of a parsed scenario: every parameter finite, inside its stated range and
//! inside the bounds its meaning allows; dates, turns and regions consistent. All problems
//! are collected in one pass.

use super::{MAX_TURNS, Problem, Scenario};
use crate::vocab::Region;

/// Most policies in a scenario.
const MAX_POLICIES: usize = 500;
/// Most events in a scenario.
const MAX_EVENTS: usize = 500;
/// Most entries in a small list (effects, prerequisites, conditions, targets).
const MAX_LIST: usize = 64;
/// Longest name or description, in characters.
const MAX_TEXT: usize = 4000;

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
        });
    }

    /// A problem with a hint.
    fn push_help(&mut self, path: String, message: String, help: Option<String>) {
        self.problems.push(Problem {
            path,
            message,
            help,
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
                    out.push(
                        format!("{path}.value"),
                        format!(
                            "is {v}, outside its own range ({lo}, {hi}); move the value or widen the range"
                        ),
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

fn check_effects(path: &str, effects: &[super::EffectDef], in_event: bool, out: &mut Collector) {
    use super::{Duration, Op};
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

/// A one-sided policy may not spend the rival's political capital or set the rival's budget:
/// those are the rival's own choices.
fn wrong_side(p: &super::PolicyDef, here: &str, out: &mut Collector) {
    use crate::vocab::{BlocQ, Quantity, Side};
    let owner = match p.side {
        super::PolicySide::Us => Side::Us,
        super::PolicySide::China => Side::China,
        super::PolicySide::Shared => return,
    };
    let mut lists: Vec<(String, &[super::EffectDef])> =
        vec![(format!("{here}.effects"), &p.effects)];
    if let super::PolicyKind::Levels { levels, .. } = &p.kind {
        for (l, level) in levels.iter().enumerate() {
            lists.push((format!("{here}.kind.levels[{l}].effects"), &level.effects));
        }
    }
    for (path, effects) in lists {
        for (i, e) in effects.iter().enumerate() {
            if let Quantity::Bloc(side, q) = e.quantity.0
                && side != owner
                && matches!(
                    q,
                    BlocQ::BudgetChips
                        | BlocQ::BudgetGrid
                        | BlocQ::BudgetResearch
                        | BlocQ::PoliticalCapitalPoints
                )
            {
                out.push_help(
                    format!("{path}[{i}].quantity"),
                    format!(
                        "a {} policy cannot change `{}`: that is {}'s own choice",
                        owner.name(),
                        e.quantity.0.path(),
                        side.name()
                    ),
                    Some(format!(
                        "act on what {} has instead (its funding, chips, power…), or make the policy shared",
                        side.name()
                    )),
                );
            }
        }
    }
}

/// The `i`-th id of a list: snake_case, and not used before. Placed by index, so that a
/// duplicate is reported where it is, not at its first use.
fn check_id(list: &str, i: usize, ids: &[&str], out: &mut Collector) {
    let id = ids[i];
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        out.push(
            format!("{list}[{i}].id"),
            "ids are snake_case: lowercase letters, digits and _".into(),
        );
    }
    if ids[..i].contains(&id) {
        out.push(
            format!("{list}[{i}].id"),
            format!("`{id}` is used twice; ids must be unique"),
        );
    }
}

/// Check the policies, events, score and fog of a scenario.
pub(super) fn validate_rules(s: &Scenario, out: &mut Collector) {
    use super::{EventSide, PolicyKind};
    for (path, len, cap) in [
        ("policies", s.policies.len(), MAX_POLICIES),
        ("events", s.events.len(), MAX_EVENTS),
        ("score.us_targets", s.score.us_targets.len(), MAX_LIST),
        ("score.china_targets", s.score.china_targets.len(), MAX_LIST),
    ] {
        if len > cap {
            out.push(
                path.into(),
                format!("has {len} entries; at most {cap} are allowed"),
            );
        }
    }
    if s.policies.len() > MAX_POLICIES || s.events.len() > MAX_EVENTS {
        return;
    }
    let long_text = |t: &str| t.chars().count() > MAX_TEXT;
    if long_text(&s.name) || long_text(&s.description) {
        out.push(
            "description".into(),
            format!("names and descriptions are at most {MAX_TEXT} characters"),
        );
    }
    let policy_ids: Vec<&str> = s.policies.iter().map(|p| p.id.as_str()).collect();
    for (i, p) in s.policies.iter().enumerate() {
        let here = format!("policies[{}]", p.id);
        check_id("policies", i, &policy_ids, out);
        if p.requires.len() > MAX_LIST || p.excludes.len() > MAX_LIST {
            out.push(
                format!("{here}.requires"),
                format!("at most {MAX_LIST} prerequisites and exclusions"),
            );
        }
        for (field, list) in [("requires", &p.requires), ("excludes", &p.excludes)] {
            for (k, r) in list.iter().enumerate() {
                if !policy_ids.contains(&r.as_str()) {
                    out.push_help(
                        format!("{here}.{field}[{k}]"),
                        format!("no policy `{r}` in this scenario"),
                        hint(r, &policy_ids),
                    );
                }
            }
        }
        if !(p.cost.capital.is_finite()
            && p.cost.capital >= 0.0
            && p.cost.money.is_finite()
            && p.cost.money >= 0.0)
        {
            out.push(
                format!("{here}.cost"),
                "costs must be finite and not negative".into(),
            );
        }
        wrong_side(p, &here, out);
        match &p.kind {
            PolicyKind::Levels { start, levels } => {
                if levels.len() < 2 || levels.len() > 16 {
                    out.push(
                        format!("{here}.kind.levels"),
                        format!("has {} levels; give 2 to 16", levels.len()),
                    );
                }
                if !levels.is_empty() && usize::from(*start) >= levels.len() {
                    out.push(
                        format!("{here}.kind.start"),
                        format!(
                            "is {start}, but the levels are numbered 0 to {}",
                            levels.len().saturating_sub(1)
                        ),
                    );
                }
                if !p.effects.is_empty() {
                    out.push(
                        format!("{here}.effects"),
                        "a level policy lists its effects in each level, not here".into(),
                    );
                }
                if p.start_active {
                    out.push(
                        format!("{here}.start_active"),
                        "a level policy starts at `start`; remove start_active".into(),
                    );
                }
                for (l, level) in levels.iter().enumerate() {
                    check_effects(
                        &format!("{here}.kind.levels[{l}].effects"),
                        &level.effects,
                        false,
                        out,
                    );
                }
            }
            PolicyKind::Project { turns } => {
                if *turns > super::MAX_TURNS {
                    out.push(
                        format!("{here}.kind.turns"),
                        format!("is {turns}; at most {}", super::MAX_TURNS),
                    );
                }
                if p.start_active {
                    out.push(
                        format!("{here}.start_active"),
                        "a project cannot start built; remove start_active".into(),
                    );
                }
                check_effects(&format!("{here}.effects"), &p.effects, false, out);
            }
            PolicyKind::Toggle => check_effects(&format!("{here}.effects"), &p.effects, false, out),
        }
        if !(0.0..=100.0).contains(&p.ai_priority) {
            out.push(
                format!("{here}.ai_priority"),
                "must lie between 0 and 100".into(),
            );
        }
    }
    let event_ids: Vec<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
    for (i, e) in s.events.iter().enumerate() {
        let here = format!("events[{}]", e.id);
        check_id("events", i, &event_ids, out);
        if !(0.0..=1.0).contains(&e.chance) {
            out.push(
                format!("{here}.chance"),
                format!("is {}; a chance per turn lies between 0 and 1", e.chance),
            );
        }
        if let Some(at) = e.at {
            if !(1..=4).contains(&at.quarter) {
                out.push(format!("{here}.at"), "quarters are 1 to 4".into());
            }
            let also = [
                (
                    e.window.is_some(),
                    "window",
                    "a scheduled event happens in its quarter; remove the window",
                ),
                (
                    !e.when.is_empty(),
                    "when",
                    "a scheduled event happens whatever the state; remove the conditions",
                ),
                (
                    e.recurring,
                    "recurring",
                    "a scheduled event happens once; remove `recurring`",
                ),
                (
                    e.chance != 0.0,
                    "chance",
                    "a scheduled event is certain; remove the chance",
                ),
            ];
            for (bad, field, msg) in also {
                if bad {
                    out.push(format!("{here}.{field}"), msg.into());
                }
            }
        }
        if let Some(w) = e.window {
            let bad_q = |q: u8| !(1..=4).contains(&q);
            if bad_q(w.from.quarter) || bad_q(w.to.quarter) {
                out.push(format!("{here}.window"), "quarters are 1 to 4".into());
            } else if (w.from.year, w.from.quarter) > (w.to.year, w.to.quarter) {
                out.push(
                    format!("{here}.window"),
                    format!(
                        "starts in {} Q{} after it ends in {} Q{}; swap from and to",
                        w.from.year, w.from.quarter, w.to.year, w.to.quarter
                    ),
                );
            }
        }
        if e.when.len() > MAX_LIST {
            out.push(
                format!("{here}.when"),
                format!("at most {MAX_LIST} conditions"),
            );
        }
        for (k, c) in e.when.iter().enumerate() {
            match c {
                super::Condition::Above(_, v) | super::Condition::Below(_, v) => {
                    if !v.is_finite() {
                        out.push(
                            format!("{here}.when[{k}]"),
                            "a condition needs a finite number".into(),
                        );
                    }
                }
                super::Condition::InForce(id)
                | super::Condition::NotInForce(id)
                | super::Condition::AtLeastLevel(id, _) => {
                    match s.policies.iter().find(|p| &p.id == id) {
                        None => out.push_help(
                            format!("{here}.when[{k}]"),
                            format!("no policy `{id}` in this scenario"),
                            hint(id, &policy_ids),
                        ),
                        Some(p) => {
                            if let super::Condition::AtLeastLevel(_, level) = c {
                                match &p.kind {
                                    PolicyKind::Levels { levels, .. } => {
                                        if usize::from(*level) >= levels.len() {
                                            out.push(
                                                format!("{here}.when[{k}]"),
                                                format!(
                                                    "`{id}` has levels 0 to {}; there is no level {level}",
                                                    levels.len().saturating_sub(1)
                                                ),
                                            );
                                        }
                                    }
                                    _ => out.push_help(
                                        format!("{here}.when[{k}]"),
                                        format!("`{id}` has no levels"),
                                        Some(format!("write InForce(\"{id}\")")),
                                    ),
                                }
                            }
                        }
                    }
                }
            }
        }
        match (e.side, e.choices.len()) {
            (EventSide::World, n) if n > 0 => out.push(
                format!("{here}.choices"),
                "a world event has nobody to choose; give it side us or china, or remove the choices".into(),
            ),
            (_, 1) => out.push(format!("{here}.choices"), "a choice needs 2 or 3 options".into()),
            (_, n) if n > 3 => out.push(format!("{here}.choices"), format!("has {n} options; give 2 or 3")),
            _ => {}
        }
        check_effects(&format!("{here}.effects"), &e.effects, true, out);
        for (c, choice) in e.choices.iter().enumerate() {
            check_effects(
                &format!("{here}.choices[{c}].effects"),
                &choice.effects,
                true,
                out,
            );
            for (k, order) in choice.orders.iter().enumerate() {
                let at = format!("{here}.choices[{c}].orders[{k}]");
                let id = order.policy();
                let Some(p) = s.policies.iter().find(|p| p.id == id) else {
                    out.push_help(
                        at,
                        format!("no policy `{id}` in this scenario"),
                        hint(id, &policy_ids),
                    );
                    continue;
                };
                if let Some(side) = e.side.side()
                    && !p.side.allows(side)
                {
                    out.push(
                        at.clone(),
                        format!(
                            "`{id}` is not a policy {} may order; an option gives orders for the side that answers the event",
                            side.name()
                        ),
                    );
                }
                if p.fixed {
                    out.push(
                        at.clone(),
                        format!("`{id}` is fixed by the scenario; nobody can change it"),
                    );
                }
                match (order, &p.kind) {
                    (super::ChoiceOrder::SetLevel(_, level), PolicyKind::Levels { levels, .. })
                        if usize::from(*level) >= levels.len() =>
                    {
                        out.push(
                            at,
                            format!(
                                "`{id}` has levels 0 to {}; there is no level {level}",
                                levels.len().saturating_sub(1)
                            ),
                        );
                    }
                    (super::ChoiceOrder::SetLevel(..), PolicyKind::Levels { .. }) => {}
                    (super::ChoiceOrder::SetLevel(..), _) => out.push_help(
                        at,
                        format!("`{id}` has no levels"),
                        Some(format!("write Enact(\"{id}\") or Repeal(\"{id}\")")),
                    ),
                    (
                        super::ChoiceOrder::Enact(_) | super::ChoiceOrder::Repeal(_),
                        PolicyKind::Levels { .. },
                    ) => {
                        out.push_help(
                            at,
                            format!("`{id}` has levels"),
                            Some(format!("write SetLevel(\"{id}\", level)")),
                        );
                    }
                    (super::ChoiceOrder::Repeal(_), PolicyKind::Project { .. }) => out.push(
                        at,
                        format!("`{id}` is a project; a project once built cannot be repealed"),
                    ),
                    _ => {}
                }
            }
        }
    }
    for (i, d) in s.doctrines.iter().enumerate() {
        let here = format!("doctrines[{}]", d.id);
        let ids: Vec<&str> = s.doctrines.iter().map(|d| d.id.as_str()).collect();
        check_id("doctrines", i, &ids, out);
        if d.side == super::PolicySide::Shared {
            out.push(
                format!("{here}.side"),
                "a doctrine is played by one side: `us` or `china`".into(),
            );
        }
        let w = &d.weights;
        if [w.lead, w.market, w.adoption, w.economy, w.stability]
            .iter()
            .any(|x| !x.is_finite() || *x < 0.0)
        {
            out.push(
                format!("{here}.weights"),
                "weights must be finite and not negative".into(),
            );
        }
        let (c, g, r) = d.budget;
        if ![c, g, r].iter().all(|x| x.is_finite() && *x >= 0.0) || c + g + r <= 0.0 {
            out.push(
                format!("{here}.budget"),
                "three weights (chips, grid, research), not negative, not all zero".into(),
            );
        }
        if d.prefer.len() > MAX_LIST {
            out.push(
                format!("{here}.prefer"),
                format!("at most {MAX_LIST} preferences"),
            );
        }
        for (k, (pid, weight)) in d.prefer.iter().enumerate() {
            match s.policies.iter().find(|p| &p.id == pid) {
                None => out.push_help(
                    format!("{here}.prefer[{k}]"),
                    format!("no policy `{pid}` in this scenario"),
                    hint(pid, &policy_ids),
                ),
                Some(p) if p.side != super::PolicySide::Shared && p.side != d.side => out.push(
                    format!("{here}.prefer[{k}]"),
                    format!("`{pid}` belongs to the other side"),
                ),
                Some(_) if !(0.0..=10.0).contains(weight) => out.push(
                    format!("{here}.prefer[{k}]"),
                    "a preference weight lies between 0 and 10".into(),
                ),
                Some(_) => {}
            }
        }
        if d.answers.len() > MAX_LIST {
            out.push(
                format!("{here}.answers"),
                format!("at most {MAX_LIST} answers"),
            );
        }
        let event_ids: Vec<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
        for (k, (eid, option)) in d.answers.iter().enumerate() {
            match s.events.iter().find(|e| &e.id == eid) {
                None => out.push_help(
                    format!("{here}.answers[{k}]"),
                    format!("no event `{eid}` in this scenario"),
                    hint(eid, &event_ids),
                ),
                Some(e) if e.choices.is_empty() => out.push(
                    format!("{here}.answers[{k}]"),
                    format!("`{eid}` has no choices to answer"),
                ),
                Some(e)
                    if e.side.side().map(|x| x.id())
                        != Some(match d.side {
                            super::PolicySide::Us => "us",
                            _ => "china",
                        }) =>
                {
                    out.push(
                        format!("{here}.answers[{k}]"),
                        format!("`{eid}` is the other side's to answer"),
                    )
                }
                Some(e) if usize::from(*option) >= e.choices.len() => out.push(
                    format!("{here}.answers[{k}]"),
                    format!(
                        "`{eid}` has options 0 to {}; there is no option {option}",
                        e.choices.len() - 1
                    ),
                ),
                Some(_) => {}
            }
        }
    }
    let sc = &s.score;
    let w = &sc.weights;
    if [w.lead, w.market, w.adoption, w.economy, w.stability]
        .iter()
        .any(|x| !x.is_finite() || *x < 0.0)
    {
        out.push(
            "score.weights".into(),
            "weights must be finite and not negative".into(),
        );
    }
    if !(sc.lead_cap_months.is_finite() && sc.lead_cap_months > 0.0) {
        out.push(
            "score.lead_cap_months".into(),
            "must be greater than 0".into(),
        );
    }
    if !(sc.economy_full_growth.is_finite() && sc.economy_full_growth > 1.0) {
        out.push(
            "score.economy_full_growth".into(),
            "must be greater than 1 (a growth factor)".into(),
        );
    }
    if !(sc.market_swing.is_finite() && sc.market_swing > 0.0) {
        out.push("score.market_swing".into(), "must be greater than 0".into());
    }
    if !(sc.draw_margin.is_finite() && sc.draw_margin >= 0.0) {
        out.push("score.draw_margin".into(), "must not be negative".into());
    }
    if let Some(b) = sc.breakthrough_months
        && !(b.is_finite() && b > 0.0)
    {
        out.push(
            "score.breakthrough_months".into(),
            "must be greater than 0".into(),
        );
    }
    for (field, list) in [
        ("us_targets", &sc.us_targets),
        ("china_targets", &sc.china_targets),
    ] {
        for (i, t) in list.iter().enumerate() {
            if !(0.0..=100.0).contains(&t.share) || !(1..=4).contains(&t.by.quarter) {
                out.push(
                    format!("score.{field}[{i}]"),
                    "a target is a share 0–100 by a quarter 1–4".into(),
                );
            }
        }
    }
    let f = &s.fog;
    if !(f.sigma_blind.is_finite()
        && f.sigma_clear.is_finite()
        && f.sigma_clear >= 0.0
        && f.sigma_blind >= f.sigma_clear
        && f.sigma_blind <= 3.0)
    {
        out.push(
            "fog".into(),
            "needs 0 ≤ sigma_clear ≤ sigma_blind ≤ 3".into(),
        );
    }
    if !(0.0..=0.99).contains(&f.persistence) {
        out.push(
            "fog.persistence".into(),
            "the share of an estimate's error kept from one quarter to the next must lie in 0–0.99 (0: drawn afresh each quarter)".into(),
        );
    }
}

/// Likely mistakes of meaning in a valid scenario: it loads and plays, but probably not as its
/// author meant. `ai-race validate` lists them (and fails on them with `--deny-warnings`).
pub(super) fn warnings(s: &Scenario) -> Vec<Problem> {
    let mut out = Collector::default();
    unit_sizes(s, &mut out);
    dead_events(s, &mut out);
    unreachable_policies(s, &mut out);
    identical_choices(s, &mut out);
    defaulted_rules(s, &mut out);
    out.problems
}

/// Quarters since year 0 (for comparing dates).
fn quarter_index(d: super::StartDate) -> i64 {
    i64::from(d.year) * 4 + i64::from(d.quarter) - 1
}

fn date_label(q: i64) -> String {
    format!("{} Q{}", q.div_euclid(4), q.rem_euclid(4) + 1)
}

/// Events whose window or date lies outside the game: they can never fire.
fn dead_events(s: &Scenario, out: &mut Collector) {
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
                super::Condition::Above(q, v) => (q.0, *v, true),
                super::Condition::Below(q, v) => (q.0, *v, false),
                super::Condition::InForce(_)
                | super::Condition::NotInForce(_)
                | super::Condition::AtLeastLevel(..) => continue,
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
fn unit_sizes(s: &Scenario, out: &mut Collector) {
    use super::Op;
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
    let mut effects: Vec<(String, &[super::EffectDef])> = Vec::new();
    for p in &s.policies {
        effects.push((format!("policies[{}].effects", p.id), &p.effects));
        if let super::PolicyKind::Levels { levels, .. } = &p.kind {
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
        for (path, v, _) in super::params::param_list(s) {
            if super::kinds::bound_of(&path) == Some(super::kinds::Bound::Percent)
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
fn unreachable_policies(s: &Scenario, out: &mut Collector) {
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
fn identical_choices(s: &Scenario, out: &mut Collector) {
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
fn defaulted_rules(s: &Scenario, out: &mut Collector) {
    if s.score.lead_par_months.is_none() {
        out.push_help(
            "score".into(),
            "has no lead_par_months: the lead axis then scores the change in the lead since the first quarter (the rule of scenarios before version 0.2), not the lead itself".into(),
            Some("write lead_par_months (the baseline's is 3.0) or the lead you mean to count as even".into()),
        );
    }
    {
        for (path, _, source) in super::params::param_list(s) {
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
