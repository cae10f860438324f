//! The game window: Bevy + egui, one plugin per screen.
//!
//! The split: [`play::Play`] drives a game (orders, the computer's decisions, the news) and
//! never draws; `screens` draw the [`shell::WindowState`] and their own state into an
//! `egui::Ui`, each from its own plugin, and can be driven
//! without a window (egui_kittest); `window` is the Bevy app that hosts them, runs the
//! computer's thinking on a worker thread, and takes screenshots for the headless check.
//!
//! Must not: hold rules (they live in `sim`), or show anything the viewing side's fog hides.

pub mod bidi;
pub(crate) mod class_link;
mod dev_tools;
pub(crate) mod platform;
pub mod play;
pub(crate) mod screens;
pub mod shell;
pub mod text;
pub mod widgets;
pub(crate) mod window;

pub use window::{WindowOptions, run, run_web};
