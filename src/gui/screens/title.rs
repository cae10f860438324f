//! The title screen: new game, load, help, settings, quit.

use egui::RichText;

use super::super::shell::{Screen, Shell};
use super::super::widgets::big_button;

/// Draw the title screen.
pub fn ui(root: &mut egui::Ui, shell: &mut Shell) {
    egui::CentralPanel::default().show(root, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.label(RichText::new(shell.t("app-title")).size(48.0).strong());
            ui.label(RichText::new(shell.t("app-subtitle")).size(20.0));
            ui.add_space(12.0);
            ui.set_max_width(640.0);
            ui.label(shell.t("title-tagline"));
            ui.add_space(24.0);
            let playing = shell
                .play
                .as_ref()
                .map(|p| p.phase != super::super::play::Phase::Over);
            if playing.is_some() && big_button(ui, shell.t("title-continue")).clicked() {
                shell.screen = if playing == Some(true) {
                    Screen::Game
                } else {
                    Screen::End
                };
            }
            if big_button(ui, shell.t("title-new-game")).clicked() {
                shell.screen = Screen::NewGame;
            }
            if big_button(ui, shell.t("title-load-game")).clicked() {
                shell.load.error = None;
                shell.screen = Screen::Load;
            }
            if big_button(ui, shell.t("title-experiment")).clicked() {
                shell.experiment.back = Screen::Title;
                shell.screen = Screen::Experiment;
            }
            if big_button(ui, shell.t("title-help")).clicked() {
                shell.help = true;
            }
            // A page is closed by its browser, not by the game.
            if !super::super::platform::is_web() && big_button(ui, shell.t("title-quit")).clicked()
            {
                shell.quit = true;
            }
            ui.add_space(24.0);
            ui.group(|ui| {
                ui.label(RichText::new(shell.t("settings")).strong());
                ui.horizontal(|ui| {
                    ui.label(shell.t("settings-ui-scale"));
                    ui.add(
                        egui::Slider::new(&mut shell.settings.ui_scale, 0.75..=2.5).step_by(0.25),
                    );
                });
                ui.label(RichText::new(shell.t("settings-ui-scale-hint")).small());
                let label = shell.t("settings-guide");
                ui.checkbox(&mut shell.settings.guide, label);
            });
        });
    });
    super::help::overlay(root.ctx(), shell);
}
