//! One module per screen. Each draws from the [`super::shell::Shell`] into a root `egui::Ui`
//! and changes the shell's screen when the player moves on; the window runs each from its own
//! Bevy plugin.
//!
//! Must not: hold rules or talk to the game except through [`super::play::Play`].

pub mod charts;
pub mod end;
pub mod experiment;
pub mod game;
pub mod help;
pub mod load;
pub mod new_game;
pub mod title;
