//! The charts screen: any bloc quantity over time, yours exact and the rival's as your
//! estimates with a 90% band, with the turns of policies and events marked.

use egui::RichText;
use egui_plot::{Legend, Line, LineStyle, Plot, PlotPoints, Polygon, VLine};

use super::super::play::{News, Phase};
use super::super::shell::{Screen, Shell};
use super::super::widgets::{q_desc, q_name, q_unit, side_color, side_mark, side_name};
use super::game::news_text;
use crate::sim::game::JournalEntry;
use crate::sim::quantity::BlocQ;

/// Draw the charts screen.
pub fn ui(root: &mut egui::Ui, shell: &mut Shell) {
    let Some(play) = shell.play.as_ref() else {
        shell.screen = Screen::Title;
        return;
    };
    let t = &shell.strings;
    let viewer = play.viewer;
    let rival = viewer.rival();
    let mut back = false;
    let mut chart = shell.game_ui.chart;
    egui::Panel::left("chart-list")
        .default_size(260.0)
        .show(root, |ui| {
            ui.heading(t.t("charts-title"));
            if ui.button(t.t("back")).clicked() {
                back = true;
            }
            ui.label(RichText::new(t.t("charts-quantity")).strong());
            egui::ScrollArea::vertical().show(ui, |ui| {
                for &q in BlocQ::ALL {
                    ui.selectable_value(&mut chart, q, q_name(t, q))
                        .on_hover_text(q_desc(t, q));
                }
            });
        });
    egui::CentralPanel::default().show(root, |ui| {
        let q = chart;
        ui.label(
            RichText::new(format!("{} ({})", q_name(t, q), q_unit(t, q)))
                .size(20.0)
                .strong(),
        );
        ui.label(RichText::new(t.t("charts-hint")).small());
        let own: Vec<[f64; 2]> = play
            .past_states()
            .iter()
            .enumerate()
            .map(|(i, snap)| [i as f64, snap.blocs[viewer.index()].value(q)])
            .collect();
        let est: Vec<(f64, f64, f64, f64)> = play
            .past_views(viewer)
            .enumerate()
            .map(|(i, v)| {
                let e = v.rival(q);
                (i as f64, e.value, e.low, e.high)
            })
            .collect();
        // Turns with public acts: policies and events (the rival's hidden numbers are not used).
        let s = play.scenario();
        let mut markers: Vec<(u32, String)> = Vec::new();
        for (turn, n) in &play.news {
            let public = matches!(
                n,
                News::Journal(
                    JournalEntry::PolicyEnacted { .. }
                        | JournalEntry::PolicyRepealed { .. }
                        | JournalEntry::LevelChanged { .. }
                        | JournalEntry::EventFired { .. }
                )
            );
            if public && let Some(text) = news_text(t, s, viewer, n) {
                markers.push((*turn, text));
            }
        }
        let yours = t.f("charts-yours", &[("side", side_name(t, viewer).into())]);
        let theirs = t.f("charts-rival", &[("side", side_name(t, rival).into())]);
        let hovered_marker = std::cell::RefCell::new(None);
        let (year, quarter) = (i64::from(s.start.year), i64::from(s.start.quarter));
        let quarter_of = move |x: f64| {
            // Turn t is played in the quarter t - 1 after the start; the start is turn 0.
            let k = (x.round() as i64 - 1).max(0) + (quarter - 1);
            format!("{} Q{}", year + k.div_euclid(4), k.rem_euclid(4) + 1)
        };
        let band_name = format!("{} {theirs}", side_mark(rival));
        Plot::new("chart")
            .legend(Legend::default().position(egui_plot::Corner::LeftTop))
            .height(ui.available_height() - 120.0)
            .x_axis_label(t.t("charts-x"))
            .x_axis_formatter(move |mark, _| {
                if (mark.value - mark.value.round()).abs() < 1e-9 && mark.value >= 0.5 {
                    quarter_of(mark.value)
                } else {
                    String::new()
                }
            })
            .show(ui, |p| {
                // The band, one convex piece per turn (a plot polygon must be convex).
                for w in est.windows(2) {
                    let (a, b) = (w[0], w[1]);
                    p.polygon(
                        Polygon::new(
                            band_name.clone(),
                            PlotPoints::from(vec![[a.0, a.2], [b.0, b.2], [b.0, b.3], [a.0, a.3]]),
                        )
                        .fill_color(side_color(rival).gamma_multiply(0.25))
                        .stroke(egui::Stroke::NONE),
                    );
                }
                p.line(
                    Line::new(
                        band_name.clone(),
                        PlotPoints::from(est.iter().map(|e| [e.0, e.1]).collect::<Vec<_>>()),
                    )
                    .color(side_color(rival))
                    .style(LineStyle::dashed_loose())
                    .width(2.5),
                );
                p.line(
                    Line::new(
                        format!("{} {yours}", side_mark(viewer)),
                        PlotPoints::from(own.clone()),
                    )
                    .color(side_color(viewer))
                    .width(3.0),
                );
                // Unnamed, so the markers stay out of the legend; their text shows below.
                for (turn, _) in &markers {
                    p.vline(
                        VLine::new("", f64::from(*turn))
                            .color(egui::Color32::from_gray(150))
                            .width(0.5),
                    );
                }
                if let Some(ptr) = p.pointer_coordinate() {
                    let turn = ptr.x.round();
                    let at: Vec<&String> = markers
                        .iter()
                        .filter(|(m, _)| (f64::from(*m) - turn).abs() < 0.5)
                        .map(|(_, s)| s)
                        .collect();
                    if !at.is_empty() {
                        *hovered_marker.borrow_mut() =
                            Some(at.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"));
                    }
                }
            });
        ui.label(RichText::new(t.t("charts-markers")).strong());
        match hovered_marker.into_inner() {
            Some(text) => {
                ui.label(text);
            }
            None => {
                let recent: Vec<String> = markers
                    .iter()
                    .rev()
                    .take(4)
                    .map(|(_, s)| s.clone())
                    .collect();
                ui.label(RichText::new(recent.join(" · ")).small());
            }
        }
    });
    shell.game_ui.chart = chart;
    let ctx = root.ctx().clone();
    if back
        || ctx.input(|i| i.key_pressed(egui::Key::Escape) || i.key_pressed(egui::Key::C))
            && !ctx.egui_wants_keyboard_input()
    {
        shell.screen = if play.phase == Phase::Over {
            Screen::End
        } else {
            Screen::Game
        };
    }
}
