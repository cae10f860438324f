//! The load screen: saves and autosaves in the saves folder, or any path.

use std::path::{Path, PathBuf};

use egui::RichText;

use super::super::play::Play;
use super::super::shell::{Screen, Shell};
use crate::save::{self, Session};

/// Saves in a folder, latest turn first (saves are named by turn).
fn saves_in(dir: &Path) -> Vec<PathBuf> {
    let mut list: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == save::EXTENSION))
        .collect();
    list.sort();
    list.reverse();
    list
}

/// Load a save into the shell, or keep its error on the screen.
pub fn open(shell: &mut Shell, path: &Path) {
    match Session::load(path) {
        Ok((session, _)) => match Play::resume(session) {
            Ok(mut play) => {
                play.autosave_dir = Some(shell.saves_dir.join("autosave"));
                shell.load.error = None;
                shell.begin(play);
            }
            Err(e) => shell.load.error = Some(e),
        },
        Err(e) => shell.load.error = Some(e.to_string()),
    }
}

/// Load a save's text (uploaded or kept by the browser) into the shell.
pub fn open_text(shell: &mut Shell, name: &str, text: &str) {
    let resumed = save::decode(text.as_bytes(), Path::new(name))
        .map_err(|e| e.to_string())
        .and_then(|(save, _)| Session::resume(save))
        .and_then(Play::resume);
    match resumed {
        Ok(play) => {
            shell.load.error = None;
            shell.begin(play);
        }
        Err(e) => shell.load.error = Some(e),
    }
}

/// Draw the load screen.
pub fn ui(root: &mut egui::Ui, shell: &mut Shell) {
    let mut chosen: Option<PathBuf> = None;
    if let Some((name, text)) = super::super::platform::take_files().pop() {
        open_text(shell, &name, &text);
        return;
    }
    let web = super::super::platform::is_web();
    egui::CentralPanel::default().show(root, |ui| {
        ui.heading(shell.t("load-title"));
        ui.add_space(8.0);
        let saves = saves_in(&shell.saves_dir);
        let autos = save::autosaves(&shell.saves_dir.join("autosave"));
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                ui.label(RichText::new(shell.t("load-saves")).strong());
                if saves.is_empty() {
                    ui.label(shell.strings.f(
                        "load-none",
                        &[("dir", shell.saves_dir.display().to_string().into())],
                    ));
                }
                for p in &saves {
                    if ui.button(p.display().to_string()).clicked() {
                        chosen = Some(p.clone());
                    }
                }
                ui.add_space(8.0);
                ui.label(RichText::new(shell.t("load-autosaves")).strong());
                for p in &autos {
                    if ui.button(p.display().to_string()).clicked() {
                        chosen = Some(p.clone());
                    }
                }
            });
        if web {
            ui.add_space(8.0);
            if ui.button(shell.t("load-upload")).clicked() {
                super::super::platform::pick_file(".aisave");
            }
            match super::super::platform::browser_autosave() {
                Some(text) => {
                    if ui.button(shell.t("load-browser-autosave")).clicked() {
                        open_text(shell, "autosave", &text);
                    }
                }
                None => {
                    ui.label(shell.t("load-no-browser-autosave"));
                }
            }
        }
        ui.add_space(8.0);
        ui.label(shell.t("load-path"));
        ui.add_enabled_ui(!web, |ui| {
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut shell.load.path).desired_width(480.0));
                if ui.button(shell.t("load-open")).clicked() {
                    chosen = Some(PathBuf::from(shell.load.path.trim()));
                }
            })
        });
        if let Some(e) = &shell.load.error {
            ui.add_space(8.0);
            ui.colored_label(egui::Color32::DARK_RED, shell.t("load-broken"));
            egui::ScrollArea::vertical()
                .id_salt("load-error")
                .show(ui, |ui| {
                    ui.label(RichText::new(e).monospace());
                });
        }
        ui.add_space(8.0);
        if ui.button(shell.t("back")).clicked() {
            shell.screen = Screen::Title;
        }
    });
    if let Some(p) = chosen {
        open(shell, &p);
    }
}
