//! Overlays: a scenario written as changes to another ("like the baseline, but").
//!
//! An overlay names its `base` (a file next to it, or a shipped scenario by name) and lists
//! only what differs: parameters by path (`set`), id-keyed operations on policies, events,
//! doctrines and assumption sets (`Add`, `Replace`, `Patch`, `Remove`), field patches on
//! regions, the score and the fog, and the name, description, start and length. Resolving it
//! gives a plain [`Scenario`]; a save embeds that, so it stands alone, and an overlay that
//! resolves to the same content as a plain file hashes the same.
//!
//! The changes are typed serde structs (`Patch` structs with optional fields, `Op` enums), not
//! a merge of untyped values: RON keeps each value's position and each enum's variant, so a
//! mistake in an overlay is reported at its own line and column, and a problem that only
//! shows once merged is placed by the path of the entry the overlay touched. An assumption
//! set is the same kind of change kept inside a scenario and applied before a game
//! ([`Changes`] is what both apply).

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::diagnostics::{self, Diagnostic};
use super::locate::locate;
use super::params::{AssumptionSet, ParamError, set_entries};
use super::{
    Cost, DateWindow, DoctrineDef, EffectDef, EventDef, EventSide, Expectation, FogParams, Param,
    PolicyDef, PolicyKind, PolicySide, RegionParams, Scenario, ScoreWeights, StartDate,
};
use super::{Problem, ScenarioError};
use crate::vocab::Region;
use std::path::Path;
use std::sync::Arc;

/// Most overlays in a chain above the plain scenario at its bottom (an overlay of an overlay
/// of … a plain scenario).
pub const MAX_DEPTH: usize = 8;

/// One parameter changed: its path (as `ai-race params` lists it), the new value and, when they
/// change, where the new value comes from and its plausible range. Written `(path, value)`,
/// `(path, value, source)` or `(path, value, source, (low, high))`.
#[derive(Clone, Debug, PartialEq)]
pub struct SetEntry {
    /// Parameter path, e.g. `world.capability.returns_exponent`.
    pub path: String,
    /// The new value.
    pub value: f64,
    /// The new value's source (the old one is kept when absent).
    pub source: Option<String>,
    /// The new plausible range (the old one is kept when absent).
    pub range: Option<(f64, f64)>,
}

impl Serialize for SetEntry {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match (&self.source, self.range) {
            (Some(src), Some(r)) => (&self.path, self.value, src, r).serialize(s),
            (Some(src), None) => (&self.path, self.value, src).serialize(s),
            (None, _) => (&self.path, self.value).serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for SetEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SetEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "(\"parameter.path\", value), (\"parameter.path\", value, \"source\") or (\"parameter.path\", value, \"source\", (low, high))",
                )
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<SetEntry, A::Error> {
                let path: String = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let value: f64 = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                let source: Option<String> = seq.next_element()?;
                let range: Option<(f64, f64)> = match source {
                    Some(_) => seq.next_element()?,
                    None => None,
                };
                Ok(SetEntry {
                    path,
                    value,
                    source,
                    range,
                })
            }
        }
        d.deserialize_tuple(4, V)
    }
}

/// An operation on an id-keyed list (policies, events, doctrines, assumption sets).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Op<T, P> {
    /// A new entry; its id must not be in the base.
    Add(T),
    /// An entry of the base, written anew whole.
    Replace(T),
    /// An entry of the base with some fields changed (the rest as in the base).
    Patch(P),
    /// An entry of the base taken out (by id).
    Remove(String),
}

/// An entry of an id-keyed list.
pub trait Keyed {
    /// Its id.
    fn key(&self) -> &str;
}

/// Changes to some fields of an entry of type `T`.
pub trait PatchOf<T> {
    /// The id of the entry it changes.
    fn key(&self) -> &str;
    /// Change the fields it gives.
    fn apply(&self, t: &mut T);
}

macro_rules! keyed {
    ($($t:ty),*) => { $(impl Keyed for $t { fn key(&self) -> &str { &self.id } })* };
}
keyed!(PolicyDef, EventDef, DoctrineDef, AssumptionSet);

macro_rules! patch {
    ($(#[$meta:meta])* $name:ident for $target:ty { $($(#[$fmeta:meta])* $field:ident: $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// The id of the entry changed.
            pub id: String,
            $($(#[$fmeta])* #[serde(default, skip_serializing_if = "Option::is_none")] pub $field: Option<$ty>,)*
        }

        impl PatchOf<$target> for $name {
            fn key(&self) -> &str {
                &self.id
            }
            fn apply(&self, t: &mut $target) {
                $(if let Some(v) = &self.$field { t.$field = v.clone().into(); })*
            }
        }
    };
}

patch!(
    /// Some fields of a policy changed.
    PolicyPatch for PolicyDef {
        /// Name for people.
        name: String,
        /// Who may enact it.
        side: PolicySide,
        /// Group shown in the window.
        category: String,
        /// Toggle, levels or project.
        kind: PolicyKind,
        /// What it costs.
        cost: Cost,
        /// Policies that must be in force first.
        requires: Vec<String>,
        /// Policies that cannot be in force at the same time.
        excludes: Vec<String>,
        /// Effects of a toggle or project.
        effects: Vec<EffectDef>,
        /// A toggle in force when the game starts.
        start_active: bool,
        /// Fixed by the scenario.
        fixed: bool,
        /// What it does and why.
        description: String,
        /// Where it comes from.
        source: String,
        /// A question for class discussion.
        prompt: String,
        /// How much the rule-based doctrine wants it.
        ai_priority: f64,
        /// What it promises.
        expects: Vec<Expectation>,
    }
);

patch!(
    /// Some fields of an event changed.
    EventPatch for EventDef {
        /// Headline.
        name: String,
        /// Who it concerns.
        side: EventSide,
        /// Its date, for a scheduled event.
        at: StartDate,
        /// Its window of quarters.
        window: DateWindow,
        /// Its conditions.
        when: Vec<super::Condition>,
        /// Its chance a quarter.
        chance: f64,
        /// Whether it can fire again.
        recurring: bool,
        /// Its fixed effects.
        effects: Vec<EffectDef>,
        /// Its options.
        choices: Vec<super::ChoiceDef>,
        /// For the news.
        description: String,
        /// Where it comes from.
        source: String,
        /// A question for class discussion.
        prompt: String,
    }
);

patch!(
    /// Some fields of a doctrine changed.
    DoctrinePatch for DoctrineDef {
        /// Name for people.
        name: String,
        /// The idea.
        description: String,
        /// Its score weights.
        weights: ScoreWeights,
        /// Policies it reaches for.
        prefer: Vec<(String, f64)>,
        /// Its budget split.
        budget: (f64, f64, f64),
        /// How it answers events' choices.
        answers: Vec<(String, u8)>,
        /// Where the idea comes from.
        source: String,
    }
);

patch!(
    /// Some fields of an assumption set changed.
    AssumptionPatch for AssumptionSet {
        /// Name shown to players.
        name: String,
        /// What the set assumes and why.
        description: String,
        /// What motivates it.
        source: String,
        /// Its parameter changes.
        set: Vec<SetEntry>,
    }
);

/// Some parameters of a region changed (the seven regions are fixed, so a region is only
/// ever patched).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionPatch {
    /// Which region.
    pub id: Region,
    /// Size of its AI market.
    #[serde(default)]
    pub market_size: Option<Param>,
    /// Pull of US providers.
    #[serde(default)]
    pub us_bias: Option<Param>,
    /// Pull of Chinese providers.
    #[serde(default)]
    pub china_bias: Option<Param>,
    /// Pull of everyone else.
    #[serde(default)]
    pub others: Option<Param>,
    /// US share at the start.
    #[serde(default)]
    pub us_share: Option<Param<super::Percent>>,
    /// Chinese share at the start.
    #[serde(default)]
    pub china_share: Option<Param<super::Percent>>,
}

impl RegionPatch {
    fn apply(&self, r: &mut RegionParams) {
        fn take<K: super::Kind>(slot: &mut Param<K>, v: &Option<Param<K>>) {
            if let Some(v) = v {
                *slot = v.clone();
            }
        }
        take(&mut r.market_size, &self.market_size);
        take(&mut r.us_bias, &self.us_bias);
        take(&mut r.china_bias, &self.china_bias);
        take(&mut r.others, &self.others);
        take(&mut r.us_share, &self.us_share);
        take(&mut r.china_share, &self.china_share);
    }
}

/// Some fields of the score changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScorePatch {
    /// The axes' weights.
    #[serde(default)]
    pub weights: Option<ScoreWeights>,
    /// Months over par that earn the full lead score.
    #[serde(default)]
    pub lead_cap_months: Option<f64>,
    /// The lead that counts as even.
    #[serde(default)]
    pub lead_par_months: Option<f64>,
    /// Growth of AI money that earns the full economy score.
    #[serde(default)]
    pub economy_full_growth: Option<f64>,
    /// Points of market share gained for the full market score.
    #[serde(default)]
    pub market_swing: Option<f64>,
    /// Totals closer than this are a draw.
    #[serde(default)]
    pub draw_margin: Option<f64>,
    /// US adoption targets.
    #[serde(default)]
    pub us_targets: Option<Vec<super::AdoptionTarget>>,
    /// China's adoption targets.
    #[serde(default)]
    pub china_targets: Option<Vec<super::AdoptionTarget>>,
    /// The lead that ends the game at once.
    #[serde(default)]
    pub breakthrough_months: Option<f64>,
    /// Source of the scoring rules.
    #[serde(default)]
    pub source: Option<String>,
}

/// A scenario file written as changes to another.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    /// The scenario it changes: a file next to this one (`"baseline_2025.ron"`), or a shipped
    /// scenario's name.
    pub base: String,
    /// A new name.
    #[serde(default)]
    pub name: Option<String>,
    /// A new description.
    #[serde(default)]
    pub description: Option<String>,
    /// A new first quarter.
    #[serde(default)]
    pub start: Option<StartDate>,
    /// A new number of quarters.
    #[serde(default)]
    pub turns: Option<u32>,
    /// Assumption sets of the base made part of this scenario, in order, before its own
    /// changes (a variant built on "fast takeoff" stays what the baseline calls that).
    #[serde(default)]
    pub assume: Vec<String>,
    /// Parameters changed by path.
    #[serde(default)]
    pub set: Vec<SetEntry>,
    /// Policies added, replaced, patched or removed.
    #[serde(default)]
    pub policies: Vec<Op<PolicyDef, PolicyPatch>>,
    /// Events added, replaced, patched or removed.
    #[serde(default)]
    pub events: Vec<Op<EventDef, EventPatch>>,
    /// Doctrines added, replaced, patched or removed.
    #[serde(default)]
    pub doctrines: Vec<Op<DoctrineDef, DoctrinePatch>>,
    /// Assumption sets added, replaced, patched or removed.
    #[serde(default)]
    pub assumptions: Vec<Op<AssumptionSet, AssumptionPatch>>,
    /// Regions' parameters changed.
    #[serde(default)]
    pub regions: Vec<RegionPatch>,
    /// The score changed.
    #[serde(default)]
    pub score: Option<ScorePatch>,
    /// The fog of war, written anew.
    #[serde(default)]
    pub fog: Option<FogParams>,
}

/// Where in the overlay's text a change that failed is written (a path `locate` finds).
#[derive(Clone, Debug, PartialEq)]
pub struct Misfit {
    /// The overlay path of the offending entry, e.g. `set[2]` or `policies[4]`.
    pub at: String,
    /// What is wrong.
    pub message: String,
    /// A suggestion.
    pub help: Option<String>,
}

/// The changes an overlay or an assumption set makes, applied to a scenario.
pub struct Changes<'a> {
    /// Parameters by path.
    pub set: &'a [SetEntry],
    /// Policies.
    pub policies: &'a [Op<PolicyDef, PolicyPatch>],
    /// Events.
    pub events: &'a [Op<EventDef, EventPatch>],
    /// Doctrines.
    pub doctrines: &'a [Op<DoctrineDef, DoctrinePatch>],
    /// Assumption sets.
    pub assumptions: &'a [Op<AssumptionSet, AssumptionPatch>],
    /// Regions.
    pub regions: &'a [RegionPatch],
}

impl Overlay {
    /// Its changes to a base scenario.
    pub fn changes(&self) -> Changes<'_> {
        Changes {
            set: &self.set,
            policies: &self.policies,
            events: &self.events,
            doctrines: &self.doctrines,
            assumptions: &self.assumptions,
            regions: &self.regions,
        }
    }

    /// The base with this overlay's changes; a change that cannot be made is a [`Misfit`]
    /// placed in the overlay. The result is not validated yet.
    pub fn apply(&self, base: &Scenario) -> Result<Scenario, Vec<Misfit>> {
        let mut assumed = base.clone();
        for (i, id) in self.assume.iter().enumerate() {
            let Some(set) = base.assumptions.iter().find(|a| &a.id == id) else {
                let known: Vec<String> = base.assumptions.iter().map(|a| a.id.clone()).collect();
                return Err(vec![Misfit {
                    at: format!("assume[{i}]"),
                    message: format!("the base has no assumption set `{id}`"),
                    help: Some(match super::near_matches(id, &known).first() {
                        Some(n) => format!("did you mean `{n}`?"),
                        None if known.is_empty() => "the base has no assumption sets".into(),
                        None => format!("the base has {}", known.join(", ")),
                    }),
                }]);
            };
            assumed = set.changes().apply(&assumed).map_err(|m| {
                m.into_iter()
                    .map(|m| Misfit {
                        at: format!("assume[{i}]"),
                        message: format!(
                            "the base's assumption set `{id}`: {}: {}",
                            m.at, m.message
                        ),
                        help: m.help,
                    })
                    .collect::<Vec<_>>()
            })?;
        }
        let mut s = self.changes().apply(&assumed)?;
        if let Some(v) = &self.name {
            s.name.clone_from(v);
        }
        if let Some(v) = &self.description {
            s.description.clone_from(v);
        }
        if let Some(v) = self.start {
            s.start = v;
        }
        if let Some(v) = self.turns {
            s.turns = v;
        }
        if let Some(p) = &self.score {
            let sc = &mut s.score;
            if let Some(v) = &p.weights {
                sc.weights = v.clone();
            }
            macro_rules! take {
                ($($f:ident),*) => { $(if let Some(v) = &p.$f { sc.$f = v.clone().into(); })* };
            }
            take!(
                lead_cap_months,
                economy_full_growth,
                market_swing,
                draw_margin,
                us_targets,
                china_targets,
                source
            );
            if p.lead_par_months.is_some() {
                sc.lead_par_months = p.lead_par_months;
            }
            if p.breakthrough_months.is_some() {
                sc.breakthrough_months = p.breakthrough_months;
            }
        }
        if let Some(f) = &self.fog {
            s.fog = f.clone();
        }
        Ok(s)
    }
}

impl Changes<'_> {
    /// The base with these changes made (not validated).
    pub fn apply(&self, base: &Scenario) -> Result<Scenario, Vec<Misfit>> {
        let mut misfits = Vec::new();
        let mut s = match set_entries(base, self.set) {
            Ok(s) => s,
            Err((i, e)) => {
                let help = match &e {
                    ParamError::Unknown { near, .. } => Some(match near.first() {
                        Some(n) => format!("did you mean `{n}`?"),
                        None => {
                            "`ai-race params --scenario FILE` lists every parameter path".into()
                        }
                    }),
                    _ => None,
                };
                misfits.push(Misfit {
                    at: format!("set[{i}]"),
                    message: e.to_string(),
                    help,
                });
                base.clone()
            }
        };
        ops("policies", &mut s.policies, self.policies, &mut misfits);
        ops("events", &mut s.events, self.events, &mut misfits);
        ops("doctrines", &mut s.doctrines, self.doctrines, &mut misfits);
        ops(
            "assumptions",
            &mut s.assumptions,
            self.assumptions,
            &mut misfits,
        );
        for (i, patch) in self.regions.iter().enumerate() {
            let id = patch.id;
            match s.regions.iter_mut().find(|r| r.id == id) {
                Some(r) => patch.apply(r),
                None => misfits.push(Misfit {
                    at: format!("regions[{i}]"),
                    message: format!("the base has no region `{}`", id.id()),
                    help: None,
                }),
            }
        }
        if misfits.is_empty() {
            Ok(s)
        } else {
            Err(misfits)
        }
    }
}

/// Apply id-keyed operations to a list, in order.
fn ops<T: Keyed + Clone, P: PatchOf<T>>(
    list_name: &str,
    list: &mut Vec<T>,
    ops: &[Op<T, P>],
    misfits: &mut Vec<Misfit>,
) {
    let ids = |list: &Vec<T>| list.iter().map(|t| t.key().to_owned()).collect::<Vec<_>>();
    for (i, op) in ops.iter().enumerate() {
        let at = format!("{list_name}[{i}]");
        let missing = |id: &str, list: &Vec<T>, verb: &str| Misfit {
            at: at.clone(),
            message: format!("the base has no {} `{id}` to {verb}", singular(list_name)),
            help: Some(match super::near_matches(id, &ids(list)).first() {
                Some(n) => format!("did you mean `{n}`? To add a new one, write Add(…)"),
                None => "to add a new one, write Add(…)".into(),
            }),
        };
        match op {
            Op::Add(t) => {
                if list.iter().any(|x| x.key() == t.key()) {
                    misfits.push(Misfit {
                        at,
                        message: format!(
                            "the base already has {} {} `{}`",
                            if singular(list_name).starts_with(['a', 'e']) { "an" } else { "a" },
                            singular(list_name),
                            t.key()
                        ),
                        help: Some("write Replace(…) to change it whole, or Patch(…) to change some fields".into()),
                    });
                } else {
                    list.push(t.clone());
                }
            }
            Op::Replace(t) => match list.iter_mut().find(|x| x.key() == t.key()) {
                Some(slot) => *slot = t.clone(),
                None => misfits.push(missing(t.key(), list, "replace")),
            },
            Op::Patch(p) => match list.iter_mut().find(|x| x.key() == p.key()) {
                Some(slot) => p.apply(slot),
                None => misfits.push(missing(p.key(), list, "patch")),
            },
            Op::Remove(id) => match list.iter().position(|x| x.key() == id) {
                Some(k) => {
                    list.remove(k);
                }
                None => misfits.push(missing(id, list, "remove")),
            },
        }
    }
}

fn singular(list: &str) -> &str {
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
pub fn overlay_path(overlay: &Overlay, text: &str, problem: &str) -> Option<String> {
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
        if super::locate::locate(text, &path).is_some() {
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
    if super::locate::locate(text, "base").is_some() {
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
pub(super) fn resolve(
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
    let problems = super::validate::validate(&merged);
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
            if at_set(&overlay, &p.path) && p.message.contains("outside its own range") {
                d.help = Some(
                    "give the new value its own range as a fourth element: (path, value, \"source\", (low, high))".into(),
                );
            }
            if at_set(&overlay, &p.path)
                && let Some(span) = locate(&base_file.1, &p.path)
            {
                let (l, c) = super::locate::line_col(&base_file.1, span.start);
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
                .find(|(_, id)| p.message.contains(&format!("`{id}`")));
            let note = match removed.and_then(|(at, _)| locate(text, &at).map(|s| (at, s))) {
                Some((at, span)) => {
                    let (l, c) = super::locate::line_col(text, span.start);
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
            let before = super::validate::warnings(&base);
            w.extend(
                super::validate::warnings(&merged)
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
fn at_set(overlay: &Overlay, path: &str) -> bool {
    overlay.set.iter().any(|e| {
        path == e.path
            || path
                .strip_prefix(e.path.as_str())
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// The overlay's `Remove` operations: (overlay path, id removed).
fn removals(overlay: &Overlay) -> Vec<(String, String)> {
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
fn own_warnings(overlay: &Overlay, base: &Scenario) -> Vec<Misfit> {
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
        let Some(old) = super::params::param_value(&root, &e.path) else {
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
fn found_file(origin: &str, text: Option<String>, base: &Scenario) -> Arc<(String, String)> {
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
struct FoundBase {
    origin: String,
    text: Result<String, ScenarioError>,
    dir: Option<std::path::PathBuf>,
    key: String,
}

/// Find a base by name: a file in `dir` (with or without `.ron`), else a shipped scenario.
/// Err gives the help line.
fn find_base(name: &str, dir: Option<&Path>) -> Result<FoundBase, String> {
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
                text: super::read_text(&path),
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
        include_str!("../../scenarios/baseline_2025.ron"),
    ),
    (
        "scaling_slowdown",
        include_str!("../../scenarios/scaling_slowdown.ron"),
    ),
    (
        "taiwan_crisis",
        include_str!("../../scenarios/taiwan_crisis.ron"),
    ),
    (
        "cooperative_world",
        include_str!("../../scenarios/cooperative_world.ron"),
    ),
    (
        "fast_takeoff",
        include_str!("../../scenarios/fast_takeoff.ron"),
    ),
];
