//! Resolving an overlay against its base: finding the base file, applying the changes in
//! order, reporting where each problem was written; and the skeleton a new overlay starts from.

use super::*;

pub(super) fn singular(list: &str) -> &str {
    match list {
        "policies" => "policy",
        "events" => "event",
        "doctrines" => "doctrine",
        "assumptions" => "assumption set",
        other => other,
    }
}

/// Where a problem of the merged scenario is written in an overlay: the entry of `set` that
/// changed the parameter, or the same path in the overlay's own text (an entry it added,
/// replaced or patched), else the nearest entry it touched. None when the overlay did not
/// touch it (the problem is in the base).
pub(crate) fn overlay_path(overlay: &Overlay, text: &str, problem: &str) -> Option<String> {
    for (i, e) in overlay.set.iter().enumerate() {
        // The parameter itself or a field of it, or the section that holds it (a check of
        // the whole section, such as two shares that must not exceed 100%).
        let inside = |a: &str, b: &str| {
            a.strip_prefix(b)
                .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        };
        if problem == e.path || inside(problem, &e.path) || inside(&e.path, problem) {
            return Some(format!("set[{i}]"));
        }
    }
    let mut path = problem.to_owned();
    loop {
        if crate::scenario::locate::locate(text, &path).is_some() {
            // Only entries the overlay wrote: the top level of a list or deeper.
            return path.contains('[').then_some(path);
        }
        match path.rfind(['.', '[']) {
            Some(cut) if cut > 0 => path.truncate(cut),
            _ => return None,
        }
    }
}

/// True when the text is an overlay: its top-level structure names a `base`.
pub fn is_overlay(text: &str) -> bool {
    if crate::scenario::locate::locate(text, "base").is_some() {
        return true;
    }
    // A broken file: look for a line starting `base:` outside comments, so that its errors are
    // reported against the overlay's fields, not a whole scenario's.
    text.lines().any(|l| {
        let l = l.trim_start().trim_start_matches('(').trim_start();
        l.strip_prefix("base")
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })
}

/// Resolve an overlay: find its base (next to it in `dir`, else shipped), read that (which may
/// be an overlay in turn), apply the changes and validate the result. Problems are reported
/// in the overlay where it wrote the change, else in the base.
pub(crate) fn resolve(
    text: &str,
    origin: &str,
    dir: Option<&Path>,
    chain: &mut Vec<String>,
    warnings: Option<&mut Vec<Diagnostic>>,
    check: bool,
) -> Result<Scenario, ScenarioError> {
    let invalid = |diagnostics: Vec<Diagnostic>, more: usize| ScenarioError::Invalid {
        origin: origin.to_owned(),
        text: text.to_owned(),
        diagnostics,
        more,
    };
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(64);
    let overlay: Overlay = options
        .from_str(text)
        .map_err(|e: ron::error::SpannedError| invalid(vec![diagnostics::from_ron(text, &e)], 0))?;
    let base_span = locate(text, "base").unwrap_or(0..0);
    let at_base = |message: String, help: Option<String>| {
        Diagnostic::at(text, base_span.clone(), message, help)
    };
    if chain.len() > MAX_DEPTH {
        return Err(invalid(
            vec![at_base(
                format!(
                    "more than {MAX_DEPTH} overlays stand on one another here ({})",
                    chain.join(" → ")
                ),
                Some("base this overlay on a plain scenario, or on a shorter chain".into()),
            )],
            0,
        ));
    }
    let found = match find_base(&overlay.base, dir) {
        Ok(f) => f,
        Err(help) => {
            return Err(invalid(
                vec![at_base(
                    format!("there is no scenario `{}` to build on", overlay.base),
                    Some(help),
                )],
                0,
            ));
        }
    };
    if chain.contains(&found.key) {
        return Err(invalid(
            vec![at_base(
                format!(
                    "`{}` is built on this file again ({} → {})",
                    overlay.base,
                    chain.join(" → "),
                    found.key
                ),
                Some(
                    "a scenario cannot stand on itself; base one of them on a plain scenario"
                        .into(),
                ),
            )],
            0,
        ));
    }
    chain.push(found.key.clone());
    let base_text = found.text.as_ref().ok().cloned();
    let base = found
        .text
        // Parsed and merged, not validated: the merged result is validated once below, and
        // the base only if that fails (to tell its own problems from the overlay's).
        .and_then(|t| {
            Scenario::read_as(&t, &found.origin, found.dir.as_deref(), chain, None, false)
        });
    chain.pop();
    let base_unusable = |e: ScenarioError| {
        let mut diagnostics = vec![at_base(
            format!("its base `{}` cannot be used (see below)", overlay.base),
            Some(format!("fix {}, or choose another base", found.origin)),
        )];
        match e {
            ScenarioError::Invalid {
                origin: o,
                text: t,
                diagnostics: d,
                more,
            } => {
                let file = Arc::new((o, t));
                diagnostics.extend(d.into_iter().map(|d| d.in_file(&file)));
                invalid(diagnostics, more)
            }
            other => {
                diagnostics[0].message = format!("its base cannot be used: {other}");
                invalid(diagnostics, 0)
            }
        }
    };
    let base = base.map_err(&base_unusable)?;
    let merged = match overlay.apply(&base) {
        Ok(m) => m,
        Err(misfits) => {
            let found = misfits
                .into_iter()
                .map(|m| {
                    let span = locate(text, &m.at).unwrap_or(base_span.clone());
                    Diagnostic::at(text, span, m.message, m.help)
                })
                .collect();
            let (found, more) = diagnostics::in_order(found);
            return Err(invalid(found, more));
        }
    };
    let base_file = found_file(&found.origin, base_text.clone(), &base);
    if !check {
        return Ok(merged);
    }
    let problems = crate::scenario::validate::validate(&merged);
    if !problems.is_empty()
        && let Some(t) = &base_text
    {
        // Validate the base on its own (only now, on the way to an error): its own
        // problems are shown in it, after a line at `base`.
        chain.push(found.key.clone());
        let own = Scenario::read_as(t, &found.origin, found.dir.as_deref(), chain, None, true);
        chain.pop();
        if let Err(e) = own {
            return Err(base_unusable(e));
        }
    }
    let place = |p: &Problem| match overlay_path(&overlay, text, &p.path) {
        Some(at) => {
            let mut d = Diagnostic::from_problem(
                text,
                &Problem {
                    path: at,
                    ..p.clone()
                },
            );
            d.path = Some(p.path.clone());
            if at_set(&overlay, &p.path) && p.kind == crate::scenario::ProblemKind::OutsideOwnRange
            {
                d.help = Some(
                    "give the new value its own range as a fourth element: (path, value, \"source\", (low, high))".into(),
                );
            }
            if at_set(&overlay, &p.path)
                && let Some(span) = locate(&base_file.1, &p.path)
            {
                let (l, c) = crate::scenario::locate::line_col(&base_file.1, span.start);
                let note = format!("the base writes it at {}:{l}:{c}", base_file.0);
                d.help = Some(match d.help.take() {
                    Some(h) => format!("{h} ({note})"),
                    None => note,
                });
            }
            d
        }
        None => {
            let mut d = Diagnostic::from_problem(&base_file.1, p).in_file(&base_file);
            // An entry the overlay removed that the base still refers to.
            let removed = removals(&overlay)
                .into_iter()
                .find(|(_, id)| matches!(&p.kind, crate::scenario::ProblemKind::Missing { id: missing } if missing == id));
            let note = match removed.and_then(|(at, _)| locate(text, &at).map(|s| (at, s))) {
                Some((at, span)) => {
                    let (l, c) = crate::scenario::locate::line_col(text, span.start);
                    format!("this part of the base is as it was; the overlay's {at} at {origin}:{l}:{c} removed what it refers to")
                }
                None => "this part of the base is as it was; a change made by the overlay makes it wrong".into(),
            };
            d.help = Some(match d.help.take() {
                Some(h) => format!("{h} ({note})"),
                None => note,
            });
            d
        }
    };
    if problems.is_empty() {
        if let Some(w) = warnings {
            // Only what the overlay brings: the base's own warnings are the base's to fix.
            let before = crate::scenario::validate::warnings(&base);
            w.extend(
                crate::scenario::validate::warnings(&merged)
                    .iter()
                    .filter(|p| !before.contains(p))
                    .map(place),
            );
            w.extend(own_warnings(&overlay, &base).into_iter().map(|m| {
                let span = locate(text, &m.at).unwrap_or(base_span.clone());
                Diagnostic::at(text, span, m.message, m.help)
            }));
        }
        return Ok(merged);
    }
    let found = problems.iter().map(place).collect();
    let (found, more) = diagnostics::in_order(found);
    Err(invalid(found, more))
}

/// True when the overlay sets this parameter (or a field of it) in `set`.
pub(super) fn at_set(overlay: &Overlay, path: &str) -> bool {
    overlay.set.iter().any(|e| {
        path == e.path
            || path
                .strip_prefix(e.path.as_str())
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// The overlay's `Remove` operations: (overlay path, id removed).
pub(super) fn removals(overlay: &Overlay) -> Vec<(String, String)> {
    fn of<T, P>(name: &str, ops: &[Op<T, P>], out: &mut Vec<(String, String)>) {
        for (i, op) in ops.iter().enumerate() {
            if let Op::Remove(id) = op {
                out.push((format!("{name}[{i}]"), id.clone()));
            }
        }
    }
    let mut out = Vec::new();
    of("policies", &overlay.policies, &mut out);
    of("events", &overlay.events, &mut out);
    of("doctrines", &overlay.doctrines, &mut out);
    of("assumptions", &overlay.assumptions, &mut out);
    out
}

/// Likely mistakes in the overlay's own changes: a parameter set to the value it already has,
/// or a value changed without a source for the new number.
pub(super) fn own_warnings(overlay: &Overlay, base: &Scenario) -> Vec<Misfit> {
    let mut out = Vec::new();
    if overlay.name.is_none() {
        out.push(Misfit {
            at: "base".into(),
            message: format!(
                "keeps the base's name, \"{}\": players cannot tell the two apart",
                base.name
            ),
            help: Some("give it a `name:` and a `description:` of its own".into()),
        });
    }
    // Two assumed sets that change the same parameter: the later one wins.
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for (i, id) in overlay.assume.iter().enumerate() {
        let Some(set) = base.assumptions.iter().find(|a| &a.id == id) else {
            continue;
        };
        for e in &set.set {
            if let Some((_, earlier)) = seen.iter().find(|(p, _)| *p == e.path) {
                out.push(Misfit {
                    at: format!("assume[{i}]"),
                    message: format!(
                        "`{id}` and `{earlier}` both set `{}`; `{id}`, assumed later, wins",
                        e.path
                    ),
                    help: Some(
                        "assume only one of them, or set the parameter yourself in `set`".into(),
                    ),
                });
            }
            seen.push((&e.path, id));
        }
    }
    let Ok(root) = serde_json::to_value(base) else {
        return out;
    };
    for (i, e) in overlay.set.iter().enumerate() {
        let Some(old) = crate::scenario::params::param_value(&root, &e.path) else {
            continue;
        };
        if old.to_bits() == e.value.to_bits() && e.source.is_none() && e.range.is_none() {
            out.push(Misfit {
                at: format!("set[{i}]"),
                message: format!(
                    "`{}` is {} in the base already; this changes nothing",
                    e.path, e.value
                ),
                help: Some("remove the entry, or write the value you meant".into()),
            });
        } else if old.to_bits() != e.value.to_bits() && e.source.is_none() {
            out.push(Misfit {
                at: format!("set[{i}]"),
                message: format!(
                    "`{}` changes from {old} to {} but keeps the base's source, written for {old}",
                    e.path, e.value
                ),
                help: Some("say where the new number comes from: (path, value, \"source\")".into()),
            });
        }
    }
    out
}

/// The base file's name and text for placing problems: its own text when it is a plain
/// scenario, else the resolved base written out (so a path can be found in it).
pub(super) fn found_file(
    origin: &str,
    text: Option<String>,
    base: &Scenario,
) -> Arc<(String, String)> {
    if let Some(text) = text
        && !is_overlay(&text)
    {
        return Arc::new((origin.to_owned(), text));
    }
    let text = to_ron(base);
    Arc::new((format!("{origin} (resolved)"), text))
}

/// A base found: its name for messages, its text, the folder its own base is looked for in,
/// and a key naming it uniquely (to detect a chain that comes back on itself).
pub(super) struct FoundBase {
    origin: String,
    text: Result<String, ScenarioError>,
    dir: Option<std::path::PathBuf>,
    key: String,
}

/// Find a base by name: a file in `dir` (with or without `.ron`), else a shipped scenario.
/// Err gives the help line.
pub(super) fn find_base(name: &str, dir: Option<&Path>) -> Result<FoundBase, String> {
    if let Some(dir) = dir {
        let mut candidates = vec![dir.join(name)];
        if !name.ends_with(".ron") {
            candidates.push(dir.join(format!("{name}.ron")));
        }
        if let Some(path) = candidates.into_iter().find(|p| p.is_file()) {
            let key = std::fs::canonicalize(&path)
                .map_or_else(|_| path.display().to_string(), |p| p.display().to_string());
            return Ok(FoundBase {
                origin: path.display().to_string(),
                text: crate::scenario::read_text(&path),
                dir: path.parent().map(Path::to_path_buf),
                key,
            });
        }
    }
    if let Some((stem, text)) = shipped(name) {
        return Ok(FoundBase {
            origin: format!("{stem}.ron (shipped)"),
            text: Ok(text.to_owned()),
            dir: None,
            key: format!("shipped:{stem}"),
        });
    }
    let mut names: Vec<String> = SHIPPED.iter().map(|(n, _)| format!("{n}.ron")).collect();
    if let Some(dir) = dir
        && let Ok(entries) = std::fs::read_dir(dir)
    {
        names.extend(
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".ron"))
                .take(200),
        );
    }
    names.sort();
    names.dedup();
    let near: Vec<String> = diagnostics::did_you_mean(name, names.iter().map(String::as_str))
        .into_iter()
        .collect();
    let place = match dir {
        Some(d) => format!(
            "no file `{name}` in {} and no shipped scenario of that name",
            d.display()
        ),
        None => "no shipped scenario of that name".into(),
    };
    Err(match near.first() {
        Some(n) => format!("{place}; {n}"),
        None => format!(
            "{place}; the shipped scenarios are {}",
            SHIPPED
                .iter()
                .map(|(n, _)| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    })
}

/// Write an overlay's skeleton for `base`: every section it may have, commented, that
/// validates as it is.
pub fn skeleton(base: &str, base_scenario: &Scenario) -> String {
    let policy = base_scenario
        .policies
        .first()
        .map_or("some_policy", |p| p.id.as_str());
    let event = base_scenario
        .events
        .iter()
        .find(|e| e.at.is_none())
        .or(base_scenario.events.first())
        .map_or("some_event", |e| e.id.as_str());
    format!(
        r#"// A scenario written as changes to `{base}`. Everything not changed here is as in the
// base; `ai-race validate --resolved THIS_FILE` prints the whole scenario it makes.
// Guide: docs/scenario_guide.md. Every number needs a source: a paragraph of the article
// ("article ¶6"), a published estimate ("estimate: …") or your reason ("model: …").
(
    base: "{base}",
    name: "My variant of {name}",
    description: "What this world assumes that the base does not, and why.",
    // start: (year: 2026, quarter: 1),
    // turns: 20,

    // Parameters by path (`ai-race params --scenario {base}` lists them):
    // (path, new value, its source).
    set: [
        // ("world.capability.returns_exponent", 0.8, "article ¶21–22: model: returns fall"),
    ],

    // Policies, events, doctrines and assumption sets by id:
    // Add((…a whole new entry…)), Replace((…a whole entry…)),
    // Patch((id: "…", only the fields that change)), Remove("id").
    policies: [
        // Patch((id: "{policy}", cost: (capital: 3.0, money: 0.0))),
    ],
    events: [
        // Patch((id: "{event}", chance: 0.2)),
    ],
    doctrines: [],
    assumptions: [],

    // Regions' parameters: (id: europe, us_bias: (value: 2.5, source: "…")).
    regions: [],

    // The score, field by field: score: (lead_par_months: 3.0),
)
"#,
        name = base_scenario.name
    )
}

/// A whole scenario written as RON (what `ai-race validate --resolved` prints): a plain
/// scenario that loads on its own and resolves to the same content.
pub fn to_ron(s: &Scenario) -> String {
    let config = ron::ser::PrettyConfig::default()
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME)
        .escape_strings(false)
        .indentor("    ".to_owned());
    let body = ron::ser::to_string_pretty(s, config).unwrap_or_default();
    format!(
        "// {}: resolved by `ai-race validate --resolved` (every overlay merged onto its base).\n{body}\n",
        s.name.replace('\n', " ")
    )
}

/// A shipped scenario's text by its name (`baseline_2025` or `baseline_2025.ron`).
pub fn shipped(name: &str) -> Option<(&'static str, &'static str)> {
    let stem = name.strip_suffix(".ron").unwrap_or(name);
    let stem = stem.rsplit('/').next().unwrap_or(stem);
    SHIPPED.iter().find(|(n, _)| *n == stem).copied()
}

/// The scenarios compiled into the game (file stem, text), so a shipped base resolves with
/// no files beside the game (a browser) and the window lists them.
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "baseline_2025",
        include_str!("../../../scenarios/baseline_2025.ron"),
    ),
    (
        "scaling_slowdown",
        include_str!("../../../scenarios/scaling_slowdown.ron"),
    ),
    (
        "taiwan_crisis",
        include_str!("../../../scenarios/taiwan_crisis.ron"),
    ),
    (
        "cooperative_world",
        include_str!("../../../scenarios/cooperative_world.ron"),
    ),
    (
        "fast_takeoff",
        include_str!("../../../scenarios/fast_takeoff.ron"),
    ),
];
