//! Policies and events are named by their position in the scenario (`PolicyId(3)`,
//! `EventId(7)`): the same four lookups for both, written once.

/// `def`, `name`, `title` and `find` for an index type over one of the scenario's lists.
macro_rules! scenario_index {
    ($id:ident, $def:ty, $list:ident, $what:literal) => {
        impl $id {
            #[doc = concat!("The ", $what, "'s definition.")]
            pub fn def(self, s: &Scenario) -> Option<&$def> {
                s.$list.get(usize::from(self.0))
            }

            #[doc = concat!("The ", $what, "'s id as the scenario writes it, or `#N` if there is none.")]
            pub fn name(self, s: &Scenario) -> String {
                self.def(s)
                    .map_or_else(|| format!("#{}", self.0), |d| d.id.clone())
            }

            #[doc = concat!("The ", $what, "'s name for people, or its id if the scenario has no such ", $what, ".")]
            pub fn title(self, s: &Scenario) -> String {
                self.def(s).map_or_else(|| self.name(s), |d| d.name.clone())
            }

            #[doc = concat!("Find a ", $what, " by its scenario id.")]
            pub fn find(s: &Scenario, id: &str) -> Option<$id> {
                s.$list
                    .iter()
                    .position(|d| d.id == id)
                    .and_then(|i| u16::try_from(i).ok())
                    .map($id)
            }
        }
    };
}

pub(crate) use scenario_index;
