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

mod resolve;
pub use resolve::*;

/// Most overlays in a chain above the plain scenario at its bottom (an overlay of an overlay
/// of … a plain scenario).
pub(crate) const MAX_DEPTH: usize = 8;

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
pub(crate) trait Keyed {
    /// Its id.
    fn key(&self) -> &str;
}

/// Changes to some fields of an entry of type `T`.
pub(crate) trait PatchOf<T> {
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
pub(crate) struct ScorePatch {
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
pub(crate) struct Overlay {
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
