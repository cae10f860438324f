//! The title screen: new game, load, help, settings, quit.

use crate::gui::bidi::BidiUi as _;
use egui::RichText;

use super::super::shell::{MIN_SCALE, Screen, Settings, Shell};
use super::super::widgets::big_button;

/// Draw the title screen.
pub fn ui(root: &mut egui::Ui, shell: &mut Shell) {
    egui::CentralPanel::default().show(root, |ui| {
        // Scrolls with the wheel anywhere over it, at any text size.
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(40.0);
                ui.text_label(RichText::new(shell.t("app-title")).size(48.0).strong());
                ui.text_label(RichText::new(shell.t("app-subtitle")).size(20.0));
                ui.add_space(12.0);
                ui.set_max_width(640.0);
                ui.text_label(shell.t("title-tagline"));
                ui.add_space(24.0);
                let playing = shell
                    .play
                    .as_ref()
                    .map(|p| p.phase != super::super::play::Phase::Over);
                if playing.is_some() && big_button(ui, shell.t("title-continue")).clicked() {
                    shell.go(if playing == Some(true) {
                        Screen::Game
                    } else {
                        Screen::End
                    });
                }
                if big_button(ui, shell.t("title-new-game")).clicked() {
                    shell.go(Screen::NewGame);
                }
                if big_button(ui, shell.t("title-load-game")).clicked() {
                    shell.load.error = None;
                    shell.go(Screen::Load);
                }
                if big_button(ui, shell.t("title-experiment")).clicked() {
                    shell.experiment.back = Screen::Title;
                    shell.go(Screen::Experiment);
                }
                if big_button(ui, shell.t("title-help")).clicked() {
                    shell.help = true;
                }
                // A page is closed by its browser, not by the game.
                if !super::super::platform::is_web()
                    && big_button(ui, shell.t("title-quit")).clicked()
                {
                    shell.quit = true;
                }
                ui.add_space(24.0);
                ui.group(|ui| {
                    ui.text_label(RichText::new(shell.t("settings")).strong());
                    // Steps rather than a slider: the size changes when the button is released,
                    // and never beyond what this window can show.
                    let window = ui.ctx().content_rect().size() * ui.ctx().zoom_factor();
                    let max = Settings::max_scale_for(window);
                    let before = (shell.settings.ui_scale, shell.settings.guide);
                    ui.row(|ui| {
                        ui.text_label(shell.t("settings-ui-scale"));
                        let scale = &mut shell.settings.ui_scale;
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
                    ui.text_label(RichText::new(shell.t("settings-ui-scale-hint")).small());
                    ui.row(|ui| {
                        ui.text_label(shell.t("settings-language"));
                        let mut chosen = None;
                        for (tag, name) in super::super::text::shipped_languages() {
                            let current = shell.strings.lang().starts_with(tag);
                            if ui.text_selectable(current, name.as_str()).clicked() && !current {
                                chosen = Some(*tag);
                            }
                        }
                        if let Some(tag) = chosen
                            && let Err(e) = shell.set_language(tag)
                        {
                            eprintln!("error: {e}");
                        }
                    });
                    let label = shell.t("settings-guide");
                    ui.text_checkbox(&mut shell.settings.guide, label);
                    if before != (shell.settings.ui_scale, shell.settings.guide) {
                        shell.settings.store(&shell.saves_dir);
                    }
                });
            });
        });
    });
    super::help::overlay(root.ctx(), shell);
}
