//! The hand-over page, the public screen, and the top and bottom bars of the game screen.

use super::*;

pub(super) fn handoff(
    root: &mut Ui,
    t: &Strings,
    play: &Play,
    side: Side,
    actions: &mut Vec<Action>,
) {
    egui::CentralPanel::default().show(root, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            let name = side_name(t, side);
            // The side's id lets a language choose its own grammar ("the United States").
            let who = [("side", name.into()), ("side-id", side.id().into())];
            ui.text_label(
                RichText::new(t.f("handoff-title", &who))
                    .size(36.0)
                    .color(side_text_color(side))
                    .strong(),
            );
            ui.text_label(
                RichText::new(side_mark(side))
                    .size(48.0)
                    .color(side_color(side)),
            );
            ui.add_space(12.0);
            ui.text_label(t.f(
                "handoff-body",
                &[
                    who[0].clone(),
                    who[1].clone(),
                    ("other", side_name(t, side.rival()).into()),
                    ("other-id", side.rival().id().into()),
                ],
            ));
            ui.text_label(crate::i18n::quarter_text(
                t,
                play.scenario(),
                play.turn() + 1,
            ));
            ui.add_space(24.0);
            if big_button(ui, t.f("handoff-ready", &who)).clicked() {
                actions.push(Action::TakeSeat);
            }
        });
        ui.add_space(24.0);
        public_screen(ui, t, play);
    });
}

/// What the whole room may see between hot-seat turns: last quarter's news, the policies in
/// force on both sides and the market shares. Nothing either side hides (no estimates, no
/// drafted orders, no refusals).
pub(super) fn public_screen(ui: &mut Ui, t: &Strings, play: &Play) {
    let s = play.scenario();
    egui::ScrollArea::vertical()
        .id_salt("public-screen")
        .show(ui, |ui| {
            ui.flow(|ui| {
                ui.text_label(RichText::new(t.t("public-title")).size(20.0).strong());
                ui.text_label(RichText::new(t.t("public-hint")).small());
                ui.add_space(8.0);
                let turn = play.turn();
                ui.text_label(RichText::new(t.t("panel-news")).strong());
                let mut any = false;
                for (when, n) in &play.news {
                    if *when != turn || !matches!(n, News::Journal(_)) {
                        continue;
                    }
                    // Journal entries are public acts; the viewer only matters for refusals.
                    if let Some(text) = news_text(t, s, play.viewer, n) {
                        ui.text_label(format!("• {text}"));
                        any = true;
                    }
                }
                if !any {
                    ui.text_label(RichText::new(t.t("public-no-news")).weak());
                }
                ui.add_space(8.0);
                let view = play.view(Side::Us);
                for side in Side::BOTH {
                    let status = match side {
                        Side::Us => &view.own.policies.status,
                        Side::China => &view.rival_policies,
                    };
                    let in_force = names_in_force(t, s, status);
                    ui.text_label(
                        RichText::new(
                            t.f("public-policies", &[("side", side_name(t, side).into())]),
                        )
                        .strong()
                        .color(side_text_color(side)),
                    );
                    ui.text_label(if in_force.is_empty() {
                        t.t("public-none")
                    } else {
                        in_force.join(" · ")
                    });
                }
                ui.add_space(8.0);
                markets_panel(ui, t, &view);
            });
        });
}

pub(super) fn top_bar(root: &mut Ui, t: &Strings, play: &Play, view: &SideView) {
    let s = play.scenario();
    egui::Panel::top("top").show(root, |ui| {
        ui.row_wrapped(|ui| {
            ui.text_label(
                RichText::new(crate::i18n::quarter_text(t, s, play.turn() + 1))
                    .size(22.0)
                    .strong(),
            );
            ui.text_label(t.f(
                "top-turn",
                &[
                    ("turn", (play.turn() + 1).into()),
                    ("total", s.turns.into()),
                ],
            ));
            ui.separator();
            let who = if play.is_human(play.viewer) {
                t.f("top-you-are", &[("side", side_name(t, play.viewer).into())])
            } else {
                t.f(
                    "top-watching",
                    &[("side", side_name(t, play.viewer).into())],
                )
            };
            ui.text_label(side_label(t, play.viewer).size(17.0))
                .hover(who);
            if let Some(remote) = play.remote_seat() {
                ui.text_label(t.f(
                    "class-seat",
                    &[
                        ("team", remote.team.clone().into()),
                        ("side", side_name(t, play.viewer).into()),
                        ("game", (remote.seat.game as u32 + 1).into()),
                    ],
                ));
            }
            ui.separator();
            if let Some((_, at)) = &play.original {
                ui.text_label(
                    RichText::new(t.f("top-branch", &[("turn", (*at).into())]))
                        .strong()
                        .color(Color32::from_rgb(0x00, 0x7A, 0x5A)),
                )
                .hover(t.t("top-branch-hint"));
                ui.separator();
            }
            let capital = view.own.value(BlocQ::PoliticalCapitalPoints);
            let left = play.capital_left(view.side);
            let text = if play.drafts(view.side).is_empty() || left >= capital {
                t.f("top-capital", &[("value", num(capital).into())])
            } else {
                t.f(
                    "top-capital-left",
                    &[("value", num(capital).into()), ("left", num(left).into())],
                )
            };
            own_number(ui, t, s, view, BlocQ::PoliticalCapitalPoints, text);
            // Capital that next quarter's income would push past the cap is lost: say so.
            let politics = &s.bloc(view.side).politics;
            let (_, lost) = crate::sim::politics::next_income(politics, left);
            if lost > 1e-9 {
                ui.text_label(
                    RichText::new(t.t("top-capital-full"))
                        .color(Color32::from_rgb(0xB0, 0x5A, 0x00)),
                )
                // Built only while hovered: asking the game for a move is not free.
                .hover_ui(|ui| {
                    ui.text_label(t.f(
                        "top-capital-full-hint",
                        &[
                            ("lost", num_plain(lost).into()),
                            ("cap", num_plain(politics.cap.v()).into()),
                        ],
                    ));
                    if let Some((policy, doctrine)) =
                        crate::gui::screens::help::suggested_move(play)
                    {
                        ui.text_label(t.f(
                            "top-capital-suggest",
                            &[
                                ("policy", t.scenario(&policy).into()),
                                ("doctrine", t.scenario(&doctrine).into()),
                            ],
                        ));
                    }
                });
            }
            ui.separator();
            let lead = view.lead_months;
            let lead_color = if lead.value >= 0.0 {
                side_text_color(Side::Us)
            } else {
                side_text_color(Side::China)
            };
            ui.text_label(
                RichText::new(t.f(
                    "top-lead",
                    &[
                        ("value", format!("{:+.1}", lead.value).into()),
                        ("low", format!("{:+.1}", lead.low).into()),
                        ("high", format!("{:+.1}", lead.high).into()),
                    ],
                ))
                .color(lead_color)
                .strong(),
            )
            .hover_ui(|ui| {
                ui.text_label(t.t("top-lead-hint"));
                let p = view.lead_parts(s);
                if p.compute.is_finite() {
                    ui.separator();
                    ui.text_label(t.f(
                        "lead-parts",
                        &[
                            ("compute", format!("{:+.1}", p.compute).into()),
                            ("efficiency", format!("{:+.1}", p.efficiency).into()),
                            ("diffusion", format!("{:+.1}", p.diffusion).into()),
                        ],
                    ));
                }
            });
        });
    });
}

pub(super) fn bottom_bar(
    root: &mut Ui,
    t: &Strings,
    play: &Play,
    autoplay: bool,
    actions: &mut Vec<Action>,
) {
    egui::Panel::bottom("bottom").show(root, |ui| {
        ui.row(|ui| {
            let watching = !play.is_human(play.viewer);
            let remote = play.remote_seat();
            if let Some(remote) = remote {
                class_status(ui, t, play, remote, actions);
            } else {
                let label = if watching {
                    t.t("button-next-turn")
                } else {
                    t.t("button-end-turn")
                };
                let waiting = play.end_requested;
                if ui
                    .add_enabled_ui(!waiting, |ui| big_button(ui, label))
                    .inner
                    .clicked()
                {
                    actions.push(Action::EndTurn);
                }
            }
            if watching {
                let text = if autoplay {
                    t.t("button-pause")
                } else {
                    t.t("button-autoplay")
                };
                if ui.text_button(text).clicked() {
                    actions.push(Action::ToggleAutoplay);
                }
            }
            if play.is_thinking() {
                ui.spinner();
                ui.text_label(t.t("thinking"));
            }
            ui.row_end(|ui| {
                if ui.text_button(t.t("button-menu")).clicked() {
                    actions.push(Action::Menu);
                }
                // A class's game is saved on its host.
                if remote.is_none() && ui.text_button(t.t("button-save")).clicked() {
                    actions.push(Action::Save);
                }
                if ui.text_button(t.t("button-charts")).clicked() {
                    actions.push(Action::Charts);
                }
                if let Some((msg, error)) = &play.status {
                    let color = if *error {
                        Color32::DARK_RED
                    } else {
                        Color32::DARK_GREEN
                    };
                    ui.text_label(RichText::new(msg).color(color));
                }
            });
        });
    });
}

/// A class's team: send the orders (or take them back to change them), and what the host
/// last said.
fn class_status(
    ui: &mut Ui,
    t: &Strings,
    play: &Play,
    remote: &crate::gui::play::Remote,
    actions: &mut Vec<Action>,
) {
    if play.phase == Phase::Sent {
        if ui.text_button(t.t("class-change")).clicked() {
            actions.push(Action::Reopen);
        }
        ui.spinner();
        ui.text_label(match remote.waiting {
            Some(n) if n > 0 => t.f("class-sent-waiting", &[("waiting", (n as u32).into())]),
            _ => t.t("class-sent"),
        });
    } else if big_button(ui, t.t("class-send")).clicked() {
        actions.push(Action::EndTurn);
    }
    if !remote.connected {
        ui.spinner();
        ui.text_label(RichText::new(t.t("class-lost")).color(Color32::DARK_RED));
    }
    if let Some(error) = &remote.refused {
        let text = crate::i18n::class_error_text(t, Some(play.scenario()), error);
        ui.text_label(RichText::new(text).color(Color32::DARK_RED));
    }
}
