//! Policies and events are named by their position in the scenario's lists: one generic
//! typed id, [`Id`], for both ([`PolicyId`](super::policies::PolicyId) is `Id<PolicyEntry>`,
//! [`EventId`](super::events::EventId) is `Id<EventEntry>`), so a policy's index can never
//! be passed where an event's is meant, and the lookups are written once.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::scenario::{EventDef, PolicyDef, Scenario};

/// A list of the scenario an [`Id`] points into.
pub trait ScenarioList {
    /// An entry's definition.
    type Def;
    /// The id's name in saves and debug output (`PolicyId`, `EventId`).
    const NAME: &'static str;
    /// What an entry is called in messages ("policy", "event").
    const WHAT: &'static str;
    /// The list in a scenario.
    fn list(s: &Scenario) -> &[Self::Def];
    /// An entry's id as the scenario writes it.
    fn key(d: &Self::Def) -> &str;
    /// An entry's name for people.
    fn title(d: &Self::Def) -> &str;
}

/// The scenario's policies.
#[derive(Debug)]
pub enum PolicyEntry {}

/// The scenario's events.
#[derive(Debug)]
pub enum EventEntry {}

impl ScenarioList for PolicyEntry {
    type Def = PolicyDef;
    const NAME: &'static str = "PolicyId";
    const WHAT: &'static str = "policy";
    fn list(s: &Scenario) -> &[PolicyDef] {
        &s.policies
    }
    fn key(d: &PolicyDef) -> &str {
        &d.id
    }
    fn title(d: &PolicyDef) -> &str {
        &d.name
    }
}

impl ScenarioList for EventEntry {
    type Def = EventDef;
    const NAME: &'static str = "EventId";
    const WHAT: &'static str = "event";
    fn list(s: &Scenario) -> &[EventDef] {
        &s.events
    }
    fn key(d: &EventDef) -> &str {
        &d.id
    }
    fn title(d: &EventDef) -> &str {
        &d.name
    }
}

/// An entry of one of the scenario's lists, by its position (`PolicyId::new(3)`).
pub struct Id<L>(pub u16, PhantomData<fn() -> L>);

impl<L: ScenarioList> Id<L> {
    /// The entry at position `raw`.
    pub const fn new(raw: u16) -> Self {
        Id(raw, PhantomData)
    }

    /// The entry at position `index`, if the index fits an id.
    pub fn at(index: usize) -> Option<Self> {
        u16::try_from(index).ok().map(Self::new)
    }

    /// The position in the scenario's list.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The entry's definition.
    pub fn def(self, s: &Scenario) -> Option<&L::Def> {
        L::list(s).get(self.index())
    }

    /// The entry's id as the scenario writes it, or `#N` if there is none.
    pub fn name(self, s: &Scenario) -> String {
        self.def(s)
            .map_or_else(|| format!("#{}", self.0), |d| L::key(d).to_owned())
    }

    /// The entry's name for people, or its id if the scenario has no such entry.
    pub fn title(self, s: &Scenario) -> String {
        self.def(s)
            .map_or_else(|| self.name(s), |d| L::title(d).to_owned())
    }

    /// Find an entry by its scenario id.
    pub fn find(s: &Scenario, id: &str) -> Option<Self> {
        L::list(s)
            .iter()
            .position(|d| L::key(d) == id)
            .and_then(Self::at)
    }

    /// Every entry of the scenario's list, in order.
    pub fn all(s: &Scenario) -> impl Iterator<Item = Self> + use<L> {
        (0..L::list(s).len()).filter_map(Self::at)
    }
}

// The derives would ask the marker type for the same traits; an id is a number whatever it
// points into.
impl<L> Clone for Id<L> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<L> Copy for Id<L> {}
impl<L> PartialEq for Id<L> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
impl<L> Eq for Id<L> {}
impl<L> PartialOrd for Id<L> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<L> Ord for Id<L> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}
impl<L> Hash for Id<L> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}
impl<L: ScenarioList> fmt::Debug for Id<L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple(L::NAME).field(&self.0).finish()
    }
}

// Saves and hashes see the same newtype as before the ids were one type.
impl<L: ScenarioList> Serialize for Id<L> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(L::NAME, &self.0)
    }
}

impl<'de, L: ScenarioList> Deserialize<'de> for Id<L> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit<L>(PhantomData<fn() -> L>);
        impl<'de, L: ScenarioList> serde::de::Visitor<'de> for Visit<L> {
            type Value = Id<L>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a {} id (a number)", L::WHAT)
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Id<L>, D::Error> {
                u16::deserialize(d).map(Id::new)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Id<L>, E> {
                u16::try_from(v)
                    .map(Id::new)
                    .map_err(|_| E::custom(format!("{} id {v} is too large", L::WHAT)))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Id<L>, E> {
                u16::try_from(v)
                    .map(Id::new)
                    .map_err(|_| E::custom(format!("{} id {v} is out of range", L::WHAT)))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Id<L>, A::Error> {
                let raw: u16 = seq
                    .next_element()?
                    .ok_or_else(|| serde::de::Error::invalid_length(0, &self))?;
                Ok(Id::new(raw))
            }
        }
        deserializer.deserialize_newtype_struct(L::NAME, Visit(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::events::EventId;
    use crate::sim::policies::PolicyId;

    #[derive(Serialize, Deserialize)]
    #[serde(rename = "PolicyId")]
    struct Before(u16);

    #[test]
    fn ids_read_and_write_as_the_newtypes_they_replaced() {
        let old = ron::to_string(&Before(7)).unwrap();
        assert_eq!(old, ron::to_string(&PolicyId::new(7)).unwrap());
        assert_eq!(ron::from_str::<PolicyId>(&old).unwrap(), PolicyId::new(7));
        let bytes = postcard::to_allocvec(&EventId::new(300)).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&300u16).unwrap());
        assert_eq!(
            postcard::from_bytes::<EventId>(&bytes).unwrap(),
            EventId::new(300)
        );
        assert_eq!(format!("{:?}", PolicyId::new(2)), "PolicyId(2)");
    }
}
