//! Checks of a scenario's rules: policies, events, effects, doctrines, the score and the fog.

use super::*;

/// Check the policies, events, score and fog of a scenario.
pub(crate) fn validate_rules(s: &Scenario, out: &mut Collector) {
    use crate::scenario::{EventSide, PolicyKind};
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
                    out.push_missing(format!("{here}.{field}[{k}]"), "policy", r, &policy_ids);
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
                if *turns > crate::scenario::MAX_TURNS {
                    out.push(
                        format!("{here}.kind.turns"),
                        format!("is {turns}; at most {}", crate::scenario::MAX_TURNS),
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
                crate::scenario::Condition::Above(_, v)
                | crate::scenario::Condition::Below(_, v) => {
                    if !v.is_finite() {
                        out.push(
                            format!("{here}.when[{k}]"),
                            "a condition needs a finite number".into(),
                        );
                    }
                }
                crate::scenario::Condition::InForce(id)
                | crate::scenario::Condition::NotInForce(id)
                | crate::scenario::Condition::AtLeastLevel(id, _) => {
                    match s.policies.iter().find(|p| &p.id == id) {
                        None => {
                            out.push_missing(format!("{here}.when[{k}]"), "policy", id, &policy_ids)
                        }
                        Some(p) => {
                            if let crate::scenario::Condition::AtLeastLevel(_, level) = c {
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
                    out.push_missing(at, "policy", id, &policy_ids);
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
                    (
                        crate::scenario::ChoiceOrder::SetLevel(_, level),
                        PolicyKind::Levels { levels, .. },
                    ) if usize::from(*level) >= levels.len() => {
                        out.push(
                            at,
                            format!(
                                "`{id}` has levels 0 to {}; there is no level {level}",
                                levels.len().saturating_sub(1)
                            ),
                        );
                    }
                    (crate::scenario::ChoiceOrder::SetLevel(..), PolicyKind::Levels { .. }) => {}
                    (crate::scenario::ChoiceOrder::SetLevel(..), _) => out.push_help(
                        at,
                        format!("`{id}` has no levels"),
                        Some(format!("write Enact(\"{id}\") or Repeal(\"{id}\")")),
                    ),
                    (
                        crate::scenario::ChoiceOrder::Enact(_)
                        | crate::scenario::ChoiceOrder::Repeal(_),
                        PolicyKind::Levels { .. },
                    ) => {
                        out.push_help(
                            at,
                            format!("`{id}` has levels"),
                            Some(format!("write SetLevel(\"{id}\", level)")),
                        );
                    }
                    (crate::scenario::ChoiceOrder::Repeal(_), PolicyKind::Project { .. }) => out
                        .push(
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
        if d.side == crate::scenario::PolicySide::Shared {
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
                None => out.push_missing(format!("{here}.prefer[{k}]"), "policy", pid, &policy_ids),
                Some(p) if p.side != crate::scenario::PolicySide::Shared && p.side != d.side => out
                    .push(
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
                None => out.push_missing(format!("{here}.answers[{k}]"), "event", eid, &event_ids),
                Some(e) if e.choices.is_empty() => out.push(
                    format!("{here}.answers[{k}]"),
                    format!("`{eid}` has no choices to answer"),
                ),
                Some(e)
                    if e.side.side().map(|x| x.id())
                        != Some(match d.side {
                            crate::scenario::PolicySide::Us => "us",
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

/// A one-sided policy may not spend the rival's political capital or set the rival's budget:
/// those are the rival's own choices.
pub(super) fn wrong_side(p: &crate::scenario::PolicyDef, here: &str, out: &mut Collector) {
    use crate::vocab::{BlocQ, Quantity, Side};
    let owner = match p.side {
        crate::scenario::PolicySide::Us => Side::Us,
        crate::scenario::PolicySide::China => Side::China,
        crate::scenario::PolicySide::Shared => return,
    };
    let mut lists: Vec<(String, &[crate::scenario::EffectDef])> =
        vec![(format!("{here}.effects"), &p.effects)];
    if let crate::scenario::PolicyKind::Levels { levels, .. } = &p.kind {
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
pub(super) fn check_id(list: &str, i: usize, ids: &[&str], out: &mut Collector) {
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
