//! The load screen: saves and autosaves in the saves folder, or any path.
//!
//! It reads the files' modification times (to list the newest first and say how long ago
//! each was saved): the one wall clock the window needs, far from the simulation, which the
//! lint that bans clocks is there to protect.
#![allow(
    clippy::disallowed_types,
    clippy::disallowed_methods,
    reason = "file times list the saves; the simulation never sees a clock"
)]

use crate::gui::bidi::{BidiResponse as _, BidiUi as _};
use std::path::{Path, PathBuf};

use super::super::play::Play;
use super::super::shell::{LoadForm, Screen, WindowState};
use crate::save::{self, Session};
use egui::RichText;

/// The load screen's plugin: its form, cleared of an old error on entering.
pub(super) fn plugin(app: &mut bevy::prelude::App) {
    use bevy::prelude::*;
    app.init_resource::<LoadForm>().add_systems(
        OnEnter(Screen::Load),
        |mut form: ResMut<LoadForm>| {
            enter(&mut form);
        },
    );
    super::draws_with(app, Screen::Load, ui);
}

/// Entering the screen: an error from an earlier visit is gone.
pub(crate) fn enter(form: &mut LoadForm) {
    form.error = None;
}

/// Saves in a folder, newest first.
fn saves_in(dir: &Path) -> Vec<PathBuf> {
    let mut list: Vec<(u64, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == save::EXTENSION))
        .map(|p| (modified(&p), p))
        .collect();
    list.sort();
    list.reverse();
    list.into_iter().map(|(_, p)| p).collect()
}

/// When the file was last written, in seconds since 1970 (0 if unknown).
fn modified(p: &Path) -> u64 {
    std::fs::metadata(p)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs())
}

/// One line for a save in the list: its file, scenario, who plays, the turn and date on
/// screen when it was saved, and how long ago. Read once per version of the file.
fn summary(state: &WindowState, form: &mut LoadForm, p: &Path) -> String {
    let when = modified(p);
    if let Some((at, text)) = form.summaries.get(p)
        && *at == when
    {
        return text.clone();
    }
    let t = &state.strings;
    let file = p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let text = match std::fs::read(p)
        .map_err(|e| e.to_string())
        .and_then(|b| save::decode(&b, p).map_err(|e| e.to_string()))
    {
        Ok((game, _)) => {
            let side =
                |k: usize| super::super::widgets::side_name(t, crate::sim::quantity::Side::BOTH[k]);
            let who = match &game.players {
                [save::Player::Human, save::Player::Human] => t.t("load-hotseat"),
                [save::Player::Human, save::Player::Computer { level, .. }] => t.f(
                    "load-you-play",
                    &[("side", side(0).into()), ("level", level.clone().into())],
                ),
                [save::Player::Computer { level, .. }, save::Player::Human] => t.f(
                    "load-you-play",
                    &[("side", side(1).into()), ("level", level.clone().into())],
                ),
                _ => t.t("load-watch"),
            };
            let on_screen = game.turns.len() as u32 + 1;
            let over = game.turns.len() as u32 >= game.scenario.turns;
            let turn = if over {
                t.t("load-finished")
            } else {
                t.f(
                    "load-turn",
                    &[
                        ("turn", on_screen.into()),
                        ("total", game.scenario.turns.into()),
                        (
                            "date",
                            crate::i18n::quarter_text(t, &game.scenario, on_screen).into(),
                        ),
                    ],
                )
            };
            format!(
                "{file} — {} · {who} · {turn} · {}",
                t.scenario(&game.scenario.name),
                age(t, when)
            )
        }
        Err(_) => t.f("load-unreadable", &[("file", file.into())]),
    };
    form.summaries.insert(p.to_path_buf(), (when, text.clone()));
    text
}

/// "saved 5 minutes ago", "saved 3 days ago".
fn age(t: &super::super::text::Strings, when: u64) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let secs = now.saturating_sub(when);
    let (n, unit) = match secs {
        s if s < 3600 => (s / 60, "load-age-minutes"),
        s if s < 86_400 => (s / 3600, "load-age-hours"),
        s => (s / 86_400, "load-age-days"),
    };
    t.f(unit, &[("n", (n as u32).into())])
}

/// Load a save into the state, or keep its error on the screen.
pub(crate) fn open(state: &mut WindowState, form: &mut LoadForm, path: &Path) {
    match Session::load(path) {
        Ok((session, _)) => match Play::resume(session) {
            Ok(mut play) => {
                play.autosave_dir = Some(state.saves_dir.join("autosave"));
                form.error = None;
                state.begin(play);
            }
            Err(e) => form.error = Some(e),
        },
        Err(e) => form.error = Some(e.to_string()),
    }
}

/// Load a save's text (uploaded or kept by the browser) into the state.
pub(crate) fn open_text(state: &mut WindowState, form: &mut LoadForm, name: &str, text: &str) {
    let resumed = save::decode(text.as_bytes(), Path::new(name))
        .map_err(|e| e.to_string())
        .and_then(|(save, _)| Session::resume(save))
        .and_then(Play::resume);
    match resumed {
        Ok(play) => {
            form.error = None;
            state.begin(play);
        }
        Err(e) => form.error = Some(e),
    }
}

/// Draw the load screen.
pub(crate) fn ui(root: &mut egui::Ui, state: &mut WindowState, form: &mut LoadForm) {
    let mut chosen: Option<PathBuf> = None;
    let picked = super::super::platform::take_files();
    if form.collecting && !picked.is_empty() {
        // The saves picked for a class report (a browser: a download).
        form.collecting = false;
        form.report = Some(super::super::platform::export_class_report(
            &picked,
            &state.strings,
            &state.saves_dir,
        ));
    } else if let Some((name, text)) = picked.into_iter().next_back() {
        open_text(state, form, &name, &text);
        return;
    }
    let web = super::super::platform::is_web();
    egui::CentralPanel::default().show(root, |ui| {
        ui.flow(|ui| {
            ui.text_heading(state.t("load-title"));
            ui.add_space(8.0);
            let saves = saves_in(&state.saves_dir);
            let autos = save::autosaves(&state.saves_dir.join("autosave"));
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    ui.text_label(RichText::new(state.t("load-saves")).strong());
                    if saves.is_empty() {
                        ui.text_label(
                            state.strings.f(
                                "load-none",
                                &[(
                                    "dir",
                                    crate::gui::bidi::isolate_ltr(
                                        ui.ctx(),
                                        &state.saves_dir.display().to_string(),
                                    )
                                    .into(),
                                )],
                            ),
                        );
                    }
                    for p in &saves {
                        let line = summary(state, form, p);
                        if ui
                            .text_button(line)
                            .hover(p.display().to_string())
                            .clicked()
                        {
                            chosen = Some(p.clone());
                        }
                    }
                    ui.add_space(8.0);
                    ui.text_label(RichText::new(state.t("load-autosaves")).strong());
                    for p in &autos {
                        let line = summary(state, form, p);
                        if ui
                            .text_button(line)
                            .hover(p.display().to_string())
                            .clicked()
                        {
                            chosen = Some(p.clone());
                        }
                    }
                });
            if web {
                ui.add_space(8.0);
                if ui.text_button(state.t("load-upload")).clicked() {
                    form.collecting = false;
                    super::super::platform::pick_file(".aisave");
                }
                if ui
                    .text_button(state.t("load-class-report-pick"))
                    .hover(state.t("load-class-report-hint"))
                    .clicked()
                {
                    form.collecting = true;
                    super::super::platform::pick_files(".aisave");
                }
                match super::super::platform::browser_autosave() {
                    Some(text) => {
                        if ui.text_button(state.t("load-browser-autosave")).clicked() {
                            open_text(state, form, "autosave", &text);
                        }
                    }
                    None => {
                        ui.text_label(state.t("load-no-browser-autosave"));
                    }
                }
            }
            ui.add_space(8.0);
            ui.text_label(state.t("load-path"));
            ui.add_enabled_ui(!web, |ui| {
                ui.row(|ui| {
                    ui.add(egui::TextEdit::singleline(&mut form.path).desired_width(480.0));
                    if ui.text_button(state.t("load-open")).clicked() {
                        chosen = Some(PathBuf::from(form.path.trim()));
                    }
                })
            });
            if let Some(e) = &form.error {
                ui.add_space(8.0);
                ui.text_label(RichText::new(state.t("load-broken")).color(egui::Color32::DARK_RED));
                egui::ScrollArea::vertical()
                    .id_salt("load-error")
                    .show(ui, |ui| {
                        ui.text_label(RichText::new(e).monospace());
                    });
            }
            // A class report of the saves listed above (desktop: the browser keeps no folder).
            if !web && saves.len() > 1 {
                ui.add_space(8.0);
                if ui
                    .text_button(state.t("load-class-report"))
                    .hover(state.t("load-class-report-hint"))
                    .clicked()
                {
                    let out = state.saves_dir.join("class_report");
                    form.report = Some(
                        crate::report::class::write(&saves, &out, &state.strings)
                            .map(|(page, _)| page.display().to_string()),
                    );
                }
            }
            {
                match &form.report {
                    Some(Ok(page)) => {
                        ui.text_label(state.strings.f(
                            "end-written",
                            &[("path", crate::gui::bidi::isolate_ltr(ui.ctx(), page).into())],
                        ));
                    }
                    Some(Err(e)) => {
                        ui.text_label(
                            RichText::new(
                                state
                                    .strings
                                    .f("end-not-written", &[("reason", e.clone().into())]),
                            )
                            .color(egui::Color32::DARK_RED),
                        );
                    }
                    None => {}
                }
            }
            ui.add_space(8.0);
            if ui.text_button(state.t("back")).clicked() {
                state.go(Screen::Title);
            }
        });
    });
    if let Some(p) = chosen {
        open(state, form, &p);
    }
}
