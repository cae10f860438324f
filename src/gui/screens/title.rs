//! The title screen: new game, load, help, settings, quit.

use crate::gui::bidi::BidiUi as _;
use egui::RichText;

use super::super::shell::{MIN_SCALE, Screen, Settings, WindowState};
use super::super::widgets::big_button;
use crate::scenario::Scenario;

/// The title screen's plugin.
pub(super) fn plugin(app: &mut bevy::prelude::App) {
    super::draws(app, Screen::Title, draw);
}

fn draw(
    mut contexts: bevy_egui::EguiContexts,
    mut state: bevy::prelude::ResMut<WindowState>,
    new_game: bevy::prelude::Res<super::super::shell::NewGameForm>,
) -> bevy::prelude::Result {
    ui(
        &mut super::root(&mut contexts)?,
        &mut state,
        new_game.scenario.as_ref(),
    );
    Ok(())
}

/// Draw the title screen.
pub(crate) fn ui(root: &mut egui::Ui, state: &mut WindowState, chosen: Option<&Scenario>) {
    egui::CentralPanel::default().show(root, |ui| {
        // Scrolls with the wheel anywhere over it, at any text size.
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(40.0);
                ui.text_label(RichText::new(state.t("app-title")).size(48.0).strong());
                ui.text_label(RichText::new(state.t("app-subtitle")).size(20.0));
                ui.add_space(12.0);
                ui.set_max_width(640.0);
                ui.text_label(state.t("title-tagline"));
                ui.add_space(24.0);
                let playing = state
                    .play
                    .as_ref()
                    .map(|p| p.phase != super::super::play::Phase::Over);
                if playing.is_some() && big_button(ui, state.t("title-continue")).clicked() {
                    state.go(if playing == Some(true) {
                        Screen::Game
                    } else {
                        Screen::End
                    });
                }
                if big_button(ui, state.t("title-new-game")).clicked() {
                    state.go(Screen::NewGame);
                }
                if big_button(ui, state.t("title-load-game")).clicked() {
                    state.go(Screen::Load);
                }
                if big_button(ui, state.t("title-experiment")).clicked() {
                    state.go(Screen::Experiment);
                }
                if big_button(ui, state.t("title-join")).clicked() {
                    state.go(Screen::Join);
                }
                if big_button(ui, state.t("title-help")).clicked() {
                    state.help = true;
                }
                // A page is closed by its browser, not by the game.
                if !super::super::platform::is_web()
                    && big_button(ui, state.t("title-quit")).clicked()
                {
                    state.quit = true;
                }
                ui.add_space(24.0);
                ui.group(|ui| {
                    ui.text_label(RichText::new(state.t("settings")).strong());
                    // Steps rather than a slider: the size changes when the button is released,
                    // and never beyond what this window can show.
                    let window = ui.ctx().content_rect().size() * ui.ctx().zoom_factor();
                    let max = Settings::max_scale_for(window);
                    let before = (state.settings.ui_scale, state.settings.guide);
                    ui.row(|ui| {
                        ui.text_label(state.t("settings-ui-scale"));
                        let scale = &mut state.settings.ui_scale;
                        if ui
                            .add_enabled(*scale > MIN_SCALE + 0.01, egui::Button::new("−"))
                            .clicked()
                        {
                            *scale = (*scale - 0.1).max(MIN_SCALE);
                        }
                        ui.text_label(format!("{:.0}%", *scale * 100.0));
                        if ui
                            .add_enabled(*scale < max - 0.01, egui::Button::new("+"))
                            .clicked()
                        {
                            *scale = (*scale + 0.1).min(max);
                        }
                    });
                    ui.text_label(RichText::new(state.t("settings-ui-scale-hint")).small());
                    ui.row(|ui| {
                        ui.text_label(state.t("settings-language"));
                        let mut chosen = None;
                        for (tag, name) in super::super::text::shipped_languages() {
                            let current = state.strings.lang().starts_with(tag);
                            if ui.text_selectable(current, name.as_str()).clicked() && !current {
                                chosen = Some(*tag);
                            }
                        }
                        if let Some(tag) = chosen
                            && let Err(e) = state.set_language(tag)
                        {
                            eprintln!("error: {e}");
                        }
                    });
                    let label = state.t("settings-guide");
                    ui.text_checkbox(&mut state.settings.guide, label);
                    if before != (state.settings.ui_scale, state.settings.guide) {
                        state.settings.store(&state.saves_dir);
                    }
                });
            });
        });
    });
    let mut open = state.help;
    // Reopening the guide means little before a game: the next game's guide follows the
    // setting.
    let _reopen_guide = super::help::overlay(root.ctx(), state, &mut open, chosen);
    state.help = open;
}
