//! AI Race: a turn-based strategy game of the US–China race for artificial intelligence.
//!
//! The library holds the deterministic simulation ([`sim`]), the scenario format
//! ([`scenario`]), the computer players ([`ai`]), the history exports ([`report`]) and the
//! command line ([`cli`]). Start with [`sim::Sim`] and [`scenario::Scenario`].

#![forbid(unsafe_code)]

pub mod ai;
pub mod branch;
pub mod calibration;
pub mod charts;
pub mod cli;
pub mod experiment;
pub mod fonts;
#[cfg(feature = "gui")]
pub mod gui;
pub mod i18n;
pub mod kit;
pub mod report;
pub mod save;
pub mod scenario;
pub mod sim;
pub mod vocab;

pub use scenario::Scenario;
pub use sim::orders::Command;
pub use sim::quantity::{Quantity, Side};
pub use sim::{Ensemble, Sim, Snapshot};
