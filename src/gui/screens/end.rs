//! The end screen: who won, the score axis by axis, and the race against the article's
//! claims (the lead in months, China's adoption against its 70% and 90% targets).

use crate::gui::bidi::{BidiResponse as _, BidiUi as _, cells, text_cells};
use egui::RichText;

use super::super::shell::{Screen, WindowState};
use super::super::widgets::{
    big_button, num, q_name, q_unit, score_args, side_label, side_name, side_text_color,
};
use crate::sim::quantity::{BlocQ, Side};
use crate::sim::scoring::{ScoreAxis, Verdict};

/// The end screen's plugin.
pub(super) fn plugin(app: &mut bevy::prelude::App) {
    super::draws(app, Screen::End, draw);
}

fn draw(
    mut contexts: bevy_egui::EguiContexts,
    mut state: bevy::prelude::ResMut<WindowState>,
) -> bevy::prelude::Result {
    ui(&mut super::root(&mut contexts)?, &mut state);
    Ok(())
}

/// Draw the end screen.
pub(crate) fn ui(root: &mut egui::Ui, state: &mut WindowState) {
    let Some(play) = state.play.as_ref() else {
        state.go(Screen::Title);
        return;
    };
    let t = &state.strings;
    let s = play.scenario();
    let args = score_args(t, s);
    let Some(reveal) = play.reveal() else {
        // Not over yet (a class's game shows its end once the host says so).
        state.go(Screen::Game);
        return;
    };
    let result = &reveal.result;
    let view = play.view(play.viewer);
    let mut next = None;
    let mut debrief = None;
    egui::CentralPanel::default().show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.flow(|ui| {
                ui.vertical_centered(|ui| {
                    ui.text_heading(t.t("end-title"));
                    let headline = RichText::new(crate::i18n::verdict_text(t, result.verdict));
                    let headline = match result.verdict {
                        Verdict::Winner(side) => headline.color(side_text_color(side)),
                        Verdict::SharedLoss => headline.color(egui::Color32::DARK_RED),
                        Verdict::Draw | Verdict::InProgress => headline,
                    };
                    ui.text_label(headline.size(34.0).strong());
                    ui.text_label(crate::i18n::quarter_text(t, s, play.turn()));
                });
                ui.add_space(12.0);
                ui.text_label(RichText::new(t.t("end-score")).size(20.0).strong());
                ui.table(|ui| {
                    egui::Grid::new("score")
                        .num_columns(3)
                        .striped(true)
                        .show(ui, |ui| {
                            text_cells(
                                ui,
                                [
                                    RichText::new(t.t("end-axis")).strong(),
                                    side_label(t, Side::Us),
                                    side_label(t, Side::China),
                                ],
                            );
                            for axis in ScoreAxis::ALL {
                                let key = format!("end-axis-{}", axis.id());
                                let weight = axis.weight(&s.score.weights);
                                let [us, china] = result
                                    .scores
                                    .each_ref()
                                    .map(|sc| format!("{:.2}", sc.axis(axis)));
                                cells(
                                    ui,
                                    &mut [
                                        &mut |ui| {
                                            ui.text_label(format!("{} (× {weight:.2})", t.t(&key)))
                                                .hover(t.f(&format!("{key}-desc"), &args));
                                        },
                                        &mut |ui| {
                                            ui.text_label(us.as_str());
                                        },
                                        &mut |ui| {
                                            ui.text_label(china.as_str());
                                        },
                                    ],
                                );
                            }
                            let [us, china] = result
                                .scores
                                .each_ref()
                                .map(|sc| format!("{:.3}", sc.total));
                            text_cells(
                                ui,
                                [t.t("end-axis-total"), us, china]
                                    .map(|c| RichText::new(c).strong()),
                            );
                        });
                });
                // What each axis measures, in a sentence each.
                for axis in ScoreAxis::ALL {
                    let key = format!("end-axis-{}", axis.id());
                    let desc = t.f(&format!("{key}-desc"), &args);
                    ui.text_label(RichText::new(format!("{}: {desc}", t.t(&key))).small());
                }
                // The fog lifts: the rival's true numbers beside what this side estimated.
                let truth = &reveal;
                let rival = play.viewer.rival();
                ui.add_space(12.0);
                ui.text_label(RichText::new(t.t("end-truth")).size(20.0).strong());
                ui.text_label(t.f("end-truth-hint", &[("side", side_name(t, rival).into())]));
                ui.table(|ui| {
                    egui::Grid::new("truth")
                        .num_columns(3)
                        .striped(true)
                        .show(ui, |ui| {
                            let row = |ui: &mut egui::Ui, a: String, b: String, c: RichText| {
                                text_cells(ui, [egui::WidgetText::from(a), b.into(), c.into()]);
                            };
                            cells(
                                ui,
                                &mut [
                                    &mut |ui| {
                                        ui.text_label(
                                            RichText::new(t.t("end-truth-quantity")).strong(),
                                        );
                                    },
                                    &mut |ui| {
                                        ui.text_label(
                                            RichText::new(t.t("end-truth-estimated")).strong(),
                                        );
                                    },
                                    &mut |ui| {
                                        ui.text_label(
                                            RichText::new(t.t("end-truth-true")).strong(),
                                        );
                                    },
                                ],
                            );
                            let lead = view.lead_months;
                            let true_lead = Some(truth.lead_months);
                            row(
                                ui,
                                t.t("q-game-lead-months"),
                                format!(
                                    "{:+.1} ({:+.1} – {:+.1})",
                                    lead.value, lead.low, lead.high
                                ),
                                RichText::new(true_lead.map_or("—".into(), |v| format!("{v:+.1}")))
                                    .strong(),
                            );
                            for q in [
                                BlocQ::ResearchCapability,
                                BlocQ::ComputeEffective,
                                BlocQ::ChipsInstalled,
                                BlocQ::AdoptionShare,
                                BlocQ::FundingPrivate,
                                BlocQ::FundingState,
                            ] {
                                let e = view.rival(q);
                                let v = Some(truth.rival.value(q));
                                row(
                                    ui,
                                    format!("{} ({})", q_name(t, q), q_unit(t, q)),
                                    format!("{} ({}–{})", num(e.value), num(e.low), num(e.high)),
                                    RichText::new(v.map_or("—".into(), num)).strong(),
                                );
                            }
                        });
                });
                ui.add_space(12.0);
                ui.text_label(RichText::new(t.t("end-article")).size(20.0).strong());
                let true_lead = truth.lead_months;
                ui.text_label(t.f(
                    "end-article-lead",
                    &[
                        ("value", format!("{true_lead:+.1}").into()),
                        ("estimate", format!("{:+.1}", view.lead_months.value).into()),
                    ],
                ));
                for (i, target) in s.score.china_targets.iter().enumerate() {
                    let date = t.f(
                        "quarter",
                        &[
                            ("year", target.by.year.to_string().into()),
                            ("quarter", target.by.quarter.to_string().into()),
                        ],
                    );
                    match view.scorecard.hits[Side::China.index()]
                        .get(i)
                        .copied()
                        .flatten()
                    {
                        Some(got) => ui.text_label(t.f(
                            "end-article-target",
                            &[
                                ("date", date.into()),
                                ("got", format!("{got:.0}").into()),
                                ("target", format!("{:.0}", target.share).into()),
                            ],
                        )),
                        None => ui.text_label(t.f(
                            "end-article-target-pending",
                            &[
                                ("date", date.into()),
                                ("target", format!("{:.0}", target.share).into()),
                            ],
                        )),
                    };
                }
                ui.add_space(16.0);
                ui.row(|ui| {
                    if big_button(ui, t.t("end-charts")).clicked() {
                        next = Some(Screen::Charts);
                    }
                    // A class's game is kept, and debriefed, on its host.
                    if let Some(session) = play.session()
                        && big_button(ui, t.t("end-debrief"))
                            .hover(t.t("end-debrief-hint"))
                            .clicked()
                    {
                        debrief = Some(super::super::platform::export_debrief(
                            session.save_game(),
                            t,
                            &state.saves_dir,
                        ));
                    }
                    if big_button(ui, t.t("end-kit"))
                        .hover(t.t("end-kit-hint"))
                        .clicked()
                    {
                        debrief = Some(super::super::platform::export_kit(
                            play.scenario(),
                            t,
                            &state.saves_dir,
                        ));
                    }
                    if big_button(ui, t.t("end-experiment")).clicked() {
                        next = Some(Screen::Experiment);
                    }
                    if big_button(ui, t.t("end-new")).clicked() {
                        next = Some(Screen::NewGame);
                    }
                    if big_button(ui, t.t("end-title-screen")).clicked() {
                        next = Some(Screen::Title);
                    }
                });
                if let Some((text, error)) = &play.status {
                    if *error {
                        ui.text_label(RichText::new(text).color(egui::Color32::DARK_RED));
                    } else {
                        ui.text_label(text);
                    }
                }
            });
        });
    });
    if let Some(r) = debrief {
        let status = match r {
            Ok(path) => (
                state.strings.f("end-written", &[("path", path.into())]),
                false,
            ),
            Err(e) => (
                state.strings.f("end-not-written", &[("reason", e.into())]),
                true,
            ),
        };
        if let Some(p) = state.play.as_mut() {
            p.status = Some(status);
        }
    }
    if let Some(n) = next {
        state.go(n);
    }
}
