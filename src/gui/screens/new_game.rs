//! The new-game screen: scenario (shipped or any file), side, opponent, doctrine, seed. A
//! broken scenario shows its diagnostics here, with lines and columns.

use crate::gui::bidi::{BidiResponse as _, BidiUi as _};
use egui::RichText;

use super::super::shell::{SHIPPED, Screen, Shell, SideChoice};
use super::super::widgets::big_button;
use crate::ai::Level;
use crate::scenario::PolicySide;
use crate::sim::quantity::Side;

/// Draw the new-game screen.
pub fn ui(root: &mut egui::Ui, shell: &mut Shell) {
    let mut start = false;
    // A scenario picked in the browser's file dialog or dropped onto the page.
    if let Some((name, text)) = super::super::platform::take_files().pop() {
        shell.new_game.load_text(&name, &text);
    }
    // Back and Start stay in view at the foot of the window, however long the form.
    egui::Panel::bottom("new-game-actions").show(root, |ui| {
        ui.add_space(6.0);
        ui.row(|ui| {
            if ui.text_button(shell.t("back")).clicked() {
                shell.go(Screen::Title);
            }
            let ok = shell.new_game.scenario.is_some();
            if ui
                .add_enabled_ui(ok, |ui| big_button(ui, shell.t("new-start")))
                .inner
                .clicked()
            {
                start = true;
            }
        });
        ui.add_space(6.0);
    });
    egui::CentralPanel::default().show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.flow(|ui| {
                ui.text_heading(shell.t("new-title"));
                ui.add_space(8.0);
                ui.text_label(RichText::new(shell.t("new-scenario")).strong());
                for (i, s) in SHIPPED.iter().enumerate() {
                    if ui
                        .radio(
                            shell.new_game.shipped == Some(i),
                            crate::gui::bidi::ordered(ui, s.name(&shell.strings), None),
                        )
                        .clicked()
                    {
                        shell.new_game.load_shipped(i);
                    }
                }
                // A browser has no paths: its file picker and drops stand in for them.
                let web = super::super::platform::is_web();
                if !web {
                    ui.text_label(shell.t("new-scenario-path"));
                    ui.row(|ui| {
                        let edit = ui.add(
                            egui::TextEdit::singleline(&mut shell.new_game.path)
                                .hint_text("scenarios/my_scenario.ron")
                                .desired_width(420.0),
                        );
                        let enter =
                            edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if ui.text_button(shell.t("new-scenario-open")).clicked() || enter {
                            shell.new_game.load_path();
                        }
                    });
                }
                if let Some(err) = shell.new_game.error.clone() {
                    ui.text_label(
                        RichText::new(shell.t("new-broken")).color(egui::Color32::DARK_RED),
                    );
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        egui::ScrollArea::vertical()
                            .id_salt("diagnostics")
                            .max_height(260.0)
                            .show(ui, |ui| {
                                ui.text_label(RichText::new(err).monospace());
                            });
                    });
                } else if let Some(s) = &shell.new_game.scenario {
                    ui.text_label(shell.strings.f(
                        "new-scenario-loaded",
                        &[("name", shell.strings.scenario(&s.name).into())],
                    ));
                    if !s.assumptions.is_empty() {
                        let sets: Vec<(String, String, String)> = s
                            .assumptions
                            .iter()
                            .map(|a| {
                                (
                                    a.id.clone(),
                                    shell.strings.scenario(&a.name),
                                    format!(
                                        "{}\n\n{}",
                                        shell.strings.scenario(&a.description),
                                        a.source
                                    ),
                                )
                            })
                            .collect();
                        ui.add_space(4.0);
                        ui.text_label(RichText::new(shell.t("new-assumptions")).strong());
                        let none = shell.t("new-assumptions-none");
                        let slot = &mut shell.new_game.assumptions;
                        ui.radio_value(slot, None, crate::gui::bidi::ordered(ui, none, None));
                        for (id, name, desc) in sets {
                            ui.radio_value(
                                slot,
                                Some(id),
                                crate::gui::bidi::ordered(ui, name, None),
                            )
                            .hover(desc);
                        }
                    }
                }
                if super::super::platform::is_web()
                    && ui.text_button(shell.t("new-scenario-upload")).clicked()
                {
                    super::super::platform::pick_file(".ron");
                }
                ui.add_space(8.0);
                ui.text_label(RichText::new(shell.t("new-side")).strong());
                for (choice, key) in [
                    (SideChoice::Us, "new-side-us"),
                    (SideChoice::China, "new-side-china"),
                    (SideChoice::HotSeat, "new-side-hotseat"),
                    (SideChoice::Watch, "new-side-watch"),
                ] {
                    let text = shell.t(key);
                    ui.radio_value(
                        &mut shell.new_game.side,
                        choice,
                        crate::gui::bidi::ordered(ui, text, None),
                    );
                }
                if shell.new_game.side != SideChoice::HotSeat {
                    ui.add_space(8.0);
                    ui.text_label(RichText::new(shell.t("new-difficulty")).strong());
                    for (level, key) in [
                        (Level::Random, "level-random"),
                        (Level::Easy, "level-easy"),
                        (Level::Normal, "level-normal"),
                        (Level::Hard, "level-hard"),
                        (Level::Rules, "level-rules"),
                    ] {
                        let text = shell.t(key);
                        ui.radio_value(
                            &mut shell.new_game.level,
                            level,
                            crate::gui::bidi::ordered(ui, text, None),
                        );
                    }
                    doctrines(ui, shell);
                }
                ui.add_space(8.0);
                ui.row(|ui| {
                    ui.text_label(shell.t("new-seed"));
                    ui.add(
                        egui::TextEdit::singleline(&mut shell.new_game.seed).desired_width(120.0),
                    );
                });
            });
        });
    });
    if start && let Err(e) = shell.start_game() {
        shell.new_game.error = Some(e);
    }
}

/// Doctrine pickers for the sides the computer plays.
fn doctrines(ui: &mut egui::Ui, shell: &mut Shell) {
    let Some(s) = &shell.new_game.scenario else {
        return;
    };
    let computer_sides: Vec<Side> = match shell.new_game.side {
        SideChoice::Us => vec![Side::China],
        SideChoice::China => vec![Side::Us],
        SideChoice::Watch => vec![Side::Us, Side::China],
        SideChoice::HotSeat => vec![],
    };
    for side in computer_sides {
        let owner = match side {
            Side::Us => PolicySide::Us,
            Side::China => PolicySide::China,
        };
        let options: Vec<(String, String, String)> = s
            .doctrines
            .iter()
            .filter(|d| d.side == owner)
            .map(|d| {
                (
                    d.id.clone(),
                    shell.strings.scenario(&d.name),
                    shell.strings.scenario(&d.description),
                )
            })
            .collect();
        if options.is_empty() {
            continue;
        }
        ui.add_space(4.0);
        ui.text_label(format!(
            "{} — {}",
            shell.t("new-doctrine"),
            shell.t(side.id())
        ));
        let slot = &mut shell.new_game.doctrine[side.index()];
        let drawn = shell.strings.t("new-doctrine-drawn");
        ui.radio_value(slot, None, crate::gui::bidi::ordered(ui, drawn, None));
        for (id, name, desc) in options {
            ui.radio_value(slot, Some(id), crate::gui::bidi::ordered(ui, name, None))
                .hover(desc);
        }
    }
}
