//! Joining a class: the host's address, the class's join code and the team's name; or, when
//! this window (or page) kept a seat's key, straight back to that seat. The host gives the
//! seat; the game screen opens when the seat's first view arrives.

use crate::gui::bidi::BidiUi as _;
use bevy::prelude::Resource;
use egui::RichText;

use super::super::class_link::{ClassLink, LinkStatus, Ticket};
use super::super::shell::{Screen, WindowState};
use super::super::widgets::big_button;

/// The join screen's form (a resource).
#[derive(Resource, Clone, Debug, Default)]
pub struct JoinForm {
    /// The host's address (`host:port`), filled in with the page's own host.
    pub address: String,
    /// The class's join code.
    pub code: String,
    /// The team's name.
    pub team: String,
    /// The seat this window kept, read when the screen opens.
    kept: Option<Ticket>,
}

/// The join screen's plugin.
pub(super) fn plugin(app: &mut bevy::prelude::App) {
    app.init_resource::<JoinForm>()
        .init_non_send::<ClassLink>()
        .add_systems(bevy::prelude::Update, super::super::class_link::poll_link)
        .add_systems(bevy::prelude::OnEnter(Screen::Join), entered);
    super::draws(app, Screen::Join, draw);
}

fn entered(state: bevy::prelude::Res<WindowState>, mut form: bevy::prelude::ResMut<JoinForm>) {
    form.open(&state);
}

fn draw(
    mut contexts: bevy_egui::EguiContexts,
    mut state: bevy::prelude::ResMut<WindowState>,
    mut form: bevy::prelude::ResMut<JoinForm>,
    mut link: bevy::prelude::NonSendMut<ClassLink>,
) -> bevy::prelude::Result {
    ui(
        &mut super::root(&mut contexts)?,
        &mut state,
        &mut form,
        &mut link,
    );
    Ok(())
}

impl JoinForm {
    /// Fill in what can be guessed: the host's address, and the seat kept from before.
    pub(crate) fn open(&mut self, state: &WindowState) {
        self.kept = Ticket::kept(&state.saves_dir);
        if self.address.is_empty() {
            self.address = self
                .kept
                .as_ref()
                .map_or_else(super::super::platform::class_address, |k| k.address.clone());
        }
    }
}

/// Draw the join screen.
pub(crate) fn ui(
    root: &mut egui::Ui,
    state: &mut WindowState,
    form: &mut JoinForm,
    link: &mut ClassLink,
) {
    let t = &state.strings;
    let mut back = false;
    egui::CentralPanel::default().show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.set_max_width(560.0);
                ui.add_space(24.0);
                ui.text_heading(t.t("join-title"));
                ui.text_label(t.t("join-hint"));
                ui.add_space(12.0);
                let busy = matches!(link.status, LinkStatus::Connecting);
                if let Some(kept) = form.kept.clone() {
                    if big_button(
                        ui,
                        t.f("join-rejoin", &[("team", kept.team.clone().into())]),
                    )
                    .clicked()
                        && !busy
                    {
                        link.rejoin(&kept);
                    }
                    ui.text_label(RichText::new(t.t("join-rejoin-hint")).small());
                    ui.add_space(12.0);
                }
                egui::Grid::new("join-form").num_columns(2).show(ui, |ui| {
                    for (key, field) in [
                        ("join-address", &mut form.address),
                        ("join-code", &mut form.code),
                        ("join-team", &mut form.team),
                    ] {
                        // In reading order: the label first (on the right in Arabic).
                        crate::gui::bidi::cells(
                            ui,
                            &mut [
                                &mut |ui| {
                                    ui.text_label(t.t(key));
                                },
                                &mut |ui| {
                                    ui.add(egui::TextEdit::singleline(field).desired_width(260.0));
                                },
                            ],
                        );
                    }
                });
                ui.add_space(8.0);
                let ready = !form.address.trim().is_empty()
                    && !form.code.trim().is_empty()
                    && !form.team.trim().is_empty();
                ui.add_enabled_ui(ready && !busy, |ui| {
                    if big_button(ui, t.t("join-button")).clicked() {
                        link.join(&form.address, &form.code, &form.team);
                    }
                });
                let address = ("address", form.address.trim().to_owned().into());
                match &link.status {
                    LinkStatus::Idle | LinkStatus::Open | LinkStatus::Lost => {}
                    LinkStatus::Connecting => {
                        ui.row(|ui| {
                            ui.spinner();
                            ui.text_label(t.f("join-connecting", &[address]));
                        });
                    }
                    LinkStatus::Failed(reason) if reason.is_empty() => {
                        ui.text_label(
                            RichText::new(t.t("join-closed")).color(egui::Color32::DARK_RED),
                        );
                    }
                    LinkStatus::Failed(reason) => {
                        ui.text_label(
                            RichText::new(t.f("join-failed", &[("reason", reason.clone().into())]))
                                .color(egui::Color32::DARK_RED),
                        );
                    }
                    LinkStatus::Refused(error) => {
                        let text = crate::i18n::class_error_text(t, None, error);
                        ui.text_label(RichText::new(text).color(egui::Color32::DARK_RED));
                    }
                }
                ui.add_space(16.0);
                if ui.text_button(t.t("join-back")).clicked() {
                    back = true;
                }
            });
        });
    });
    if back {
        link.leave();
        state.go(Screen::Title);
    }
}
