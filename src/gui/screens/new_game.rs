//! The new-game screen: scenario (shipped or any file), side, opponent, doctrine, seed. A
//! broken scenario shows its diagnostics here, with lines and columns.

use crate::gui::bidi::{BidiResponse as _, BidiUi as _};
use egui::RichText;

use super::super::shell::{NewGameForm, SHIPPED, Screen, SideChoice, WindowState};
use super::super::widgets::big_button;
use crate::ai::Level;
use crate::scenario::PolicySide;
use crate::sim::quantity::Side;

/// The new-game screen's plugin: its form.
pub(super) fn plugin(app: &mut bevy::prelude::App) {
    app.init_resource::<NewGameForm>();
    super::draws_with(app, Screen::NewGame, ui);
}

/// Draw the new-game screen.
pub(crate) fn ui(root: &mut egui::Ui, state: &mut WindowState, form: &mut NewGameForm) {
    let mut start = false;
    // A scenario picked in the browser's file dialog or dropped onto the page.
    if let Some((name, text)) = super::super::platform::take_files().pop() {
        form.load_text(&name, &text);
    }
    // Back and Start stay in view at the foot of the window, however long the form.
    egui::Panel::bottom("new-game-actions").show(root, |ui| {
        ui.add_space(6.0);
        ui.row(|ui| {
            if ui.text_button(state.t("back")).clicked() {
                state.go(Screen::Title);
            }
            let ok = form.scenario.is_some();
            if ui
                .add_enabled_ui(ok, |ui| big_button(ui, state.t("new-start")))
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
                ui.text_heading(state.t("new-title"));
                ui.add_space(8.0);
                ui.text_label(RichText::new(state.t("new-scenario")).strong());
                for (i, s) in SHIPPED.iter().enumerate() {
                    if ui
                        .radio(
                            form.shipped == Some(i),
                            crate::gui::bidi::ordered(ui, s.name(&state.strings), None),
                        )
                        .clicked()
                    {
                        form.load_shipped(i);
                    }
                }
                // A browser has no paths: its file picker and drops stand in for them.
                let web = super::super::platform::is_web();
                if !web {
                    ui.text_label(state.t("new-scenario-path"));
                    ui.row(|ui| {
                        let edit = ui.add(
                            egui::TextEdit::singleline(&mut form.path)
                                .hint_text("scenarios/my_scenario.ron")
                                .desired_width(420.0),
                        );
                        let enter =
                            edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if ui.text_button(state.t("new-scenario-open")).clicked() || enter {
                            form.load_path();
                        }
                    });
                }
                if let Some(err) = form.error.clone() {
                    ui.text_label(
                        RichText::new(state.t("new-broken")).color(egui::Color32::DARK_RED),
                    );
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        egui::ScrollArea::vertical()
                            .id_salt("diagnostics")
                            .max_height(260.0)
                            .show(ui, |ui| {
                                ui.text_label(RichText::new(err).monospace());
                            });
                    });
                } else if let Some(s) = &form.scenario {
                    ui.text_label(state.strings.f(
                        "new-scenario-loaded",
                        &[("name", state.strings.scenario(&s.name).into())],
                    ));
                    if !s.assumptions.is_empty() {
                        let sets: Vec<(String, String, String)> = s
                            .assumptions
                            .iter()
                            .map(|a| {
                                (
                                    a.id.clone(),
                                    state.strings.scenario(&a.name),
                                    format!(
                                        "{}\n\n{}",
                                        state.strings.scenario(&a.description),
                                        a.source
                                    ),
                                )
                            })
                            .collect();
                        ui.add_space(4.0);
                        ui.text_label(RichText::new(state.t("new-assumptions")).strong());
                        let none = state.t("new-assumptions-none");
                        let slot = &mut form.assumptions;
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
                    && ui.text_button(state.t("new-scenario-upload")).clicked()
                {
                    super::super::platform::pick_file(".ron");
                }
                ui.add_space(8.0);
                ui.text_label(RichText::new(state.t("new-side")).strong());
                for (choice, key) in [
                    (SideChoice::Us, "new-side-us"),
                    (SideChoice::China, "new-side-china"),
                    (SideChoice::HotSeat, "new-side-hotseat"),
                    (SideChoice::Watch, "new-side-watch"),
                ] {
                    let text = state.t(key);
                    ui.radio_value(
                        &mut form.side,
                        choice,
                        crate::gui::bidi::ordered(ui, text, None),
                    );
                }
                if form.side != SideChoice::HotSeat {
                    ui.add_space(8.0);
                    ui.text_label(RichText::new(state.t("new-difficulty")).strong());
                    for (level, key) in [
                        (Level::Random, "level-random"),
                        (Level::Easy, "level-easy"),
                        (Level::Normal, "level-normal"),
                        (Level::Hard, "level-hard"),
                        (Level::Rules, "level-rules"),
                    ] {
                        let text = state.t(key);
                        ui.radio_value(
                            &mut form.level,
                            level,
                            crate::gui::bidi::ordered(ui, text, None),
                        );
                    }
                    doctrines(ui, state, form);
                }
                ui.add_space(8.0);
                ui.row(|ui| {
                    ui.text_label(state.t("new-seed"));
                    ui.add(egui::TextEdit::singleline(&mut form.seed).desired_width(120.0));
                });
            });
        });
    });
    if start && let Err(e) = form.start(state) {
        form.error = Some(e);
    }
}

/// Doctrine pickers for the sides the computer plays.
fn doctrines(ui: &mut egui::Ui, state: &WindowState, form: &mut NewGameForm) {
    let Some(s) = &form.scenario else {
        return;
    };
    let computer_sides: Vec<Side> = match form.side {
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
                    state.strings.scenario(&d.name),
                    state.strings.scenario(&d.description),
                )
            })
            .collect();
        if options.is_empty() {
            continue;
        }
        ui.add_space(4.0);
        ui.text_label(format!(
            "{} — {}",
            state.t("new-doctrine"),
            state.t(side.id())
        ));
        let slot = &mut form.doctrine[side.index()];
        let drawn = state.strings.t("new-doctrine-drawn");
        ui.radio_value(slot, None, crate::gui::bidi::ordered(ui, drawn, None));
        for (id, name, desc) in options {
            ui.radio_value(slot, Some(id), crate::gui::bidi::ordered(ui, name, None))
                .hover(desc);
        }
    }
}
