//! What kind of number a parameter is, as part of its type: `Param<Share>` is a share (0–1),
//! `Param<Percent>` a percentage, and so on. The allowed range comes from the type written in
//! the schema, never from the field's name; validation reads each parameter's kind from the
//! schema itself (the kind is the name its value serializes under, which no file format
//! writes), and the unit warnings read the same kinds.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::sync::OnceLock;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The values a kind of parameter allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// Any finite number ≥ 0 (a count, an amount of money, a rate).
    NonNegative,
    /// Strictly positive (a price, a reference level, an exponent).
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

impl Bound {
    /// Whether `v` is allowed.
    pub fn allows(self, v: f64) -> bool {
        match self {
            Bound::NonNegative => v >= 0.0,
            Bound::Positive => v > 0.0,
            Bound::Share => (0.0..=1.0).contains(&v),
            Bound::Percent => (0.0..=100.0).contains(&v),
            Bound::Growth => v > -1.0,
            Bound::AtLeastOne => v >= 1.0,
        }
    }

    /// The rule, for messages ("must not be negative").
    pub fn rule(self) -> &'static str {
        match self {
            Bound::NonNegative => "must not be negative",
            Bound::Positive => "must be greater than 0",
            Bound::Share => "is a share and must lie between 0 and 1",
            Bound::Percent => "is a percentage and must lie between 0 and 100",
            Bound::Growth => "is a growth rate per quarter and must be above -1 (-100%)",
            Bound::AtLeastOne => "must be at least 1",
        }
    }
}

/// A kind of parameter: a marker type with its bound.
pub trait Kind: Clone + Copy + fmt::Debug + PartialEq + Default + 'static {
    /// What it allows.
    const BOUND: Bound;
    /// The name its values serialize under (`ParamShare`).
    const NAME: &'static str;
}

macro_rules! kinds {
    ($($(#[$m:meta])* $name:ident => $bound:ident),* $(,)?) => {
        $(
            $(#[$m])*
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
            pub struct $name;
            impl Kind for $name {
                const BOUND: Bound = Bound::$bound;
                const NAME: &'static str = concat!("Param", stringify!($name));
            }
        )*
        /// The bound of a kind by its serialized name.
        fn bound_named(name: &str) -> Option<Bound> {
            $(if name == <$name as Kind>::NAME { return Some(Bound::$bound); })*
            None
        }
    };
}

kinds! {
    /// Zero or more: counts, amounts of money, rates without a natural top.
    NonNegative => NonNegative,
    /// More than zero: prices, reference levels, exponents.
    Positive => Positive,
    /// A share, 0–1.
    Share => Share,
    /// A percentage, 0–100.
    Percent => Percent,
    /// A growth rate per quarter, above −100%.
    Growth => Growth,
    /// At least 1.
    AtLeastOne => AtLeastOne,
}

/// One number of the model with where it comes from; `K` is what kind of number it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Param<K: Kind = NonNegative> {
    /// The value, in the unit the field's documentation gives.
    pub value: f64,
    /// Where the number comes from: `article ¶N` or `article FN` (the figures of
    /// `docs/sources.md`), `supplementary: <what>` (a public estimate listed with the article
    /// facts), `estimate: <who/what>` (another published figure), or `model: <why>` (a
    /// modelling choice of this game, to be argued with).
    pub source: String,
    /// Plausible low and high, for numbers that are uncertain.
    pub range: Option<(f64, f64)>,
    kind: PhantomData<K>,
}

impl<K: Kind> Param<K> {
    /// A parameter.
    pub fn new(value: f64, source: impl Into<String>, range: Option<(f64, f64)>) -> Param<K> {
        Param {
            value,
            source: source.into(),
            range,
            kind: PhantomData,
        }
    }

    /// The value (shorthand used throughout the simulation).
    #[inline]
    pub fn v(&self) -> f64 {
        self.value
    }

    /// What its kind allows.
    #[cfg(test)]
    fn bound(&self) -> Bound {
        K::BOUND
    }
}

impl<K: Kind> Serialize for Param<K> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // The kind travels as the struct's name, which RON (without struct names), JSON and
        // postcard do not write: files and hashes are the same as for an untyped parameter.
        let mut st = s.serialize_struct(K::NAME, 3)?;
        st.serialize_field("value", &self.value)?;
        st.serialize_field("source", &self.source)?;
        st.serialize_field("range", &self.range)?;
        st.end()
    }
}

/// What a parameter is written as (named `Param` in messages: "missing field `source` in
/// `Param`").
#[derive(Deserialize)]
#[serde(rename = "Param", deny_unknown_fields)]
struct Written {
    value: f64,
    source: String,
    #[serde(default)]
    range: Option<(f64, f64)>,
}

impl<'de, K: Kind> Deserialize<'de> for Param<K> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let w = Written::deserialize(d)?;
        Ok(Param::new(w.value, w.source, w.range))
    }
}

/// The bound of every parameter path of the schema, with list items written `[]`
/// (`regions[].us_share`), read from the types by tracing how a scenario serializes.
pub(crate) fn bounds_by_path() -> &'static BTreeMap<String, Bound> {
    static TABLE: OnceLock<BTreeMap<String, Bound>> = OnceLock::new();
    TABLE.get_or_init(|| {
        use serde_reflection::{ContainerFormat, Format, Samples, Tracer, TracerConfig};
        // The baseline, parsed but not validated (validation reads this table), has one of
        // every part of the schema that holds parameters.
        let Ok(mut sample) = ron::Options::default()
            .from_str::<super::Scenario>(include_str!("../../scenarios/baseline_2025.ron"))
        else {
            return BTreeMap::new();
        };
        // Parameters live in the world, the blocs and the regions; the lists of rules (whose
        // entries leave out empty optional fields, which tracing would take for two shapes of
        // one type) hold none.
        sample.policies.clear();
        sample.events.clear();
        sample.doctrines.clear();
        sample.assumptions.clear();
        let mut tracer = Tracer::new(TracerConfig::default());
        let mut samples = Samples::new();
        let root = match tracer.trace_value(&mut samples, &sample) {
            Ok((root, _)) => root,
            Err(e) => {
                debug_assert!(false, "cannot trace the scenario schema: {e}");
                return BTreeMap::new();
            }
        };
        let registry = tracer.registry_unchecked();
        let mut out = BTreeMap::new();
        fn walk(
            f: &Format,
            path: String,
            registry: &serde_reflection::Registry,
            out: &mut BTreeMap<String, Bound>,
            depth: usize,
        ) {
            if depth > 32 {
                return;
            }
            match f {
                Format::TypeName(name) => {
                    if let Some(b) = bound_named(name) {
                        out.insert(path, b);
                    } else if let Some(ContainerFormat::Struct(fields)) = registry.get(name) {
                        for field in fields {
                            let p = if path.is_empty() {
                                field.name.clone()
                            } else {
                                format!("{path}.{}", field.name)
                            };
                            walk(&field.value, p, registry, out, depth + 1);
                        }
                    }
                }
                Format::Seq(inner) => walk(inner, format!("{path}[]"), registry, out, depth + 1),
                Format::Option(inner) => walk(inner, path, registry, out, depth + 1),
                _ => {}
            }
        }
        walk(&root, String::new(), &registry, &mut out, 0);
        out
    })
}

/// The bound of a parameter at a path as validation writes it (`regions[europe].us_share`).
pub(crate) fn bound_of(path: &str) -> Option<Bound> {
    let mut pattern = String::with_capacity(path.len());
    let mut inside = false;
    for c in path.chars() {
        match c {
            '[' => {
                inside = true;
                pattern.push('[');
            }
            ']' => {
                inside = false;
                pattern.push(']');
            }
            _ if inside => {}
            _ => pattern.push(c),
        }
    }
    bounds_by_path().get(&pattern).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_of_the_baseline_has_the_bound_of_its_type() {
        let s = crate::sim::testing::baseline();
        let params = crate::scenario::params::param_list(&s);
        assert!(params.len() > 100);
        for (path, _, _) in &params {
            assert!(bound_of(path).is_some(), "{path} has no kind in the table");
        }
        for (path, bound) in [
            ("world.frontier.pue", Bound::AtLeastOne),
            ("regions[europe].us_share", Bound::Percent),
            ("us.budget.chips", Bound::Share),
            ("china.chips.fab_growth", Bound::Growth),
            ("us.chips.price", Bound::Positive),
            ("world.tension.baseline", Bound::Percent),
            ("us.funding.private", Bound::NonNegative),
        ] {
            assert_eq!(bound_of(path), Some(bound), "{path}");
        }
        assert_eq!(s.world.frontier.pue.bound(), Bound::AtLeastOne);
    }

    #[test]
    fn the_kind_is_not_written_to_files_or_hashes() {
        let typed: Param<Share> = Param::new(0.5, "model: test", Some((0.0, 1.0)));
        let plain: Param<NonNegative> = Param::new(0.5, "model: test", Some((0.0, 1.0)));
        assert_eq!(
            ron::to_string(&typed).unwrap(),
            ron::to_string(&plain).unwrap()
        );
        assert_eq!(
            postcard::to_allocvec(&typed).unwrap(),
            postcard::to_allocvec(&plain).unwrap()
        );
    }
}
