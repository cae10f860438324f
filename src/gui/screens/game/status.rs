//! The state of the race: the world, the score, the rival through the fog, the computer's reasoning and the markets.

use super::*;

pub(super) fn world_state(ui: &mut Ui, t: &Strings, view: &SideView) {
    ui.text_label(RichText::new(t.t("panel-world-state")).strong());
    ui.table(|ui| {
        egui::Grid::new("world-grid").num_columns(2).show(ui, |ui| {
            for (q, v) in &view.world {
                if matches!(q, GameQ::FrontierPerfPerWatt) {
                    continue;
                }
                let (name, unit, desc) = game_q_text(t, *q);
                cells(
                    ui,
                    &mut [
                        &mut |ui| {
                            ui.text_label(name.as_str()).hover(desc.as_str());
                        },
                        &mut |ui| {
                            ui.text_label(format!("{} {unit}", num(*v)));
                        },
                    ],
                );
            }
        });
    });
}

/// Where both sides stand if the game ended now: the viewer's own axes exact, the rival's
/// from the viewer's estimates ([`crate::sim::scoring::standing`]).
pub(super) fn score_panel(ui: &mut Ui, t: &Strings, play: &Play, view: &SideView) {
    let s = play.scenario();
    let args = crate::gui::widgets::score_args(t, s);
    let standing = crate::sim::scoring::standing(s, view);
    let own = view.side;
    let rival = own.rival();
    ui.text_label(RichText::new(t.t("panel-score")).strong())
        .hover(t.t("panel-score-hint"));
    // The numbers come first, so a narrow panel clips the end of an axis's name, not a score.
    ui.table(|ui| {
        egui::Grid::new("score-grid")
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                cells(
                    ui,
                    &mut [
                        &mut |ui| {
                            ui.text_label(
                                RichText::new(t.t("panel-score-you")).color(side_text_color(own)),
                            )
                            .hover(side_name(t, own));
                        },
                        &mut |ui| {
                            ui.text_label(
                                RichText::new(t.t("panel-score-rival"))
                                    .color(side_text_color(rival)),
                            )
                            .hover(side_name(t, rival));
                        },
                        &mut |ui| {
                            ui.text_label("");
                        },
                    ],
                );
                for axis in ScoreAxis::ALL {
                    let key = format!("end-axis-{}", axis.id());
                    let weight = axis.weight(&s.score.weights);
                    let [a, b] = [own, rival]
                        .map(|side| format!("{:.2}", weight * standing[side.index()].axis(axis)));
                    cells(
                        ui,
                        &mut [
                            &mut |ui| {
                                ui.text_label(a.as_str());
                            },
                            &mut |ui| {
                                ui.text_label(b.as_str());
                            },
                            &mut |ui| {
                                ui.text_label(t.t(&key)).hover(format!(
                                    "{}\n{}",
                                    t.f("panel-score-weight", &[("weight", num(weight).into())]),
                                    t.f(&format!("{key}-desc"), &args)
                                ));
                            },
                        ],
                    );
                }
                let [a, b] =
                    [own, rival].map(|side| format!("{:.2}", standing[side.index()].total));
                crate::gui::bidi::text_cells(
                    ui,
                    [a, b, t.t("end-axis-total")].map(|c| RichText::new(c).strong()),
                );
            });
    });
    let gap = standing[own.index()].total - standing[rival.index()].total;
    // The game's own verdict on these totals, as if it ended now.
    let totals = [standing[0].total, standing[1].total];
    let key = match crate::sim::scoring::judge(s, crate::sim::game::Outcome::Finished, totals) {
        crate::sim::scoring::Verdict::Winner(side) if side == own => "panel-score-ahead",
        crate::sim::scoring::Verdict::Winner(_) => "panel-score-behind",
        _ => "panel-score-even",
    };
    let (low, high) = crate::sim::scoring::standing_range(s, view);
    ui.text_label(
        RichText::new(t.f(
            key,
            &[
                ("gap", format!("{:.2}", gap.abs()).into()),
                ("low", format!("{low:+.2}").into()),
                ("high", format!("{high:+.2}").into()),
            ],
        ))
        .small(),
    )
    .hover(t.t("panel-score-range-hint"));
}

pub(super) fn rival_panel(ui: &mut Ui, t: &Strings, play: &Play, view: &SideView) {
    let rival = view.side.rival();
    let s = play.scenario();
    ui.text_label(
        RichText::new(t.f("panel-rival", &[("side", side_name(t, rival).into())]))
            .color(side_text_color(rival))
            .strong(),
    )
    .hover(t.t("panel-rival-hint"));
    ui.table(|ui| {
        egui::Grid::new("rival-grid")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for &q in RESOURCES {
                    let e = view.rival(q);
                    cells(
                        ui,
                        &mut [
                            &mut |ui| {
                                ui.text_label(q_name(t, q)).hover(q_desc(t, q));
                            },
                            &mut |ui| {
                                ui.add(
                                    egui::Label::new(format!(
                                        "{} ({}–{})",
                                        num(e.value),
                                        num(e.low),
                                        num(e.high)
                                    ))
                                    .extend(),
                                )
                                .hover_ui(|ui| {
                                    ui.text_label(q_unit(t, q));
                                    ui.text_label(t.t("panel-rival-hint"));
                                    for (quantity, cause) in &view.rival_causes {
                                        if *quantity == Quantity::Bloc(rival, q) {
                                            ui.text_label(cause_text(t, s, *cause));
                                        }
                                    }
                                });
                            },
                        ],
                    );
                }
            });
    });
    let in_force = names_in_force(t, s, &view.rival_policies);
    if !in_force.is_empty() {
        ui.text_label(RichText::new(t.t("panel-policies")).strong());
        ui.text_label(RichText::new(in_force.join(" · ")).small());
    }
}

/// The names of the policies in force in a side's statuses (public acts).
pub(super) fn names_in_force(t: &Strings, s: &Scenario, status: &[PolicyStatus]) -> Vec<String> {
    status
        .iter()
        .enumerate()
        .filter(|(_, st)| st.in_force())
        .filter_map(|(i, _)| s.policies.get(i).map(|p| t.scenario(&p.name)))
        .collect()
}

pub(super) fn computer_panel(ui: &mut Ui, t: &Strings, play: &Play) {
    if Side::BOTH.iter().all(|&s| play.is_human(s)) || play.remote_seat().is_some() {
        // Two people play, or a class's rival plays on the host: no computer to report on.
        return;
    }
    ui.text_label(RichText::new(t.t("panel-computer")).strong());
    let mut any = false;
    for side in Side::BOTH {
        if play.is_human(side) {
            continue;
        }
        let last = play.news.iter().rev().find_map(|(turn, n)| match n {
            News::Computer { side: s, line } if *s == side => Some((*turn, line)),
            _ => None,
        });
        if let Some((turn, line)) = last {
            any = true;
            ui.text_label(side_label(t, side));
            ui.text_label(format!(
                "{}: {}",
                crate::i18n::quarter_text(t, play.scenario(), turn),
                crate::i18n::explanation_text(t, play.scenario(), line)
            ));
        }
    }
    if !any {
        ui.text_label(RichText::new(t.t("panel-computer-none")).weak());
    }
}

pub(super) fn markets_panel(ui: &mut Ui, t: &Strings, view: &SideView) {
    ui.text_label(RichText::new(t.t("panel-world")).strong())
        .hover(t.t("panel-world-hint"));
    let columns = ((ui.available_width() / 185.0).floor() as usize).clamp(1, 4);
    ui.table(|ui| {
        egui::Grid::new("markets")
            .num_columns(columns)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                // A row of regions in reading order (from the right in a right-to-left
                // language, a short last row kept at the right).
                let rtl = crate::gui::bidi::rtl(ui.ctx());
                for chunk in Region::ALL.chunks(columns) {
                    let mut row: Vec<Option<Region>> = chunk.iter().copied().map(Some).collect();
                    if rtl {
                        row.resize(columns, None);
                        row.reverse();
                    }
                    for r in row {
                        let Some(r) = r else {
                            ui.label("");
                            continue;
                        };
                        let shares = view.markets[r.index()];
                        // (Within a cell a row keeps egui's left-to-right order: a
                        // right-to-left row would reach past the cell.)
                        ui.vertical(|ui| {
                            ui.set_min_width(170.0);
                            ui.text_label(RichText::new(region_name(t, r)).strong());
                            for side in Side::BOTH {
                                let v = shares[side.index()];
                                ui.horizontal(|ui| {
                                    ui.text_label(
                                        RichText::new(side_mark(side)).color(side_color(side)),
                                    );
                                    let (rect, _) = ui.allocate_exact_size(
                                        egui::vec2(90.0, 12.0),
                                        egui::Sense::hover(),
                                    );
                                    ui.painter().rect_stroke(
                                        rect,
                                        2.0,
                                        egui::Stroke::new(1.0, Color32::GRAY),
                                        egui::StrokeKind::Inside,
                                    );
                                    // The bar fills from where reading starts.
                                    let filled = rect.width() * (v / 100.0).clamp(0.0, 1.0) as f32;
                                    let mut fill = rect;
                                    if rtl {
                                        fill.set_left(rect.right() - filled);
                                    } else {
                                        fill.set_width(filled);
                                    }
                                    ui.painter().rect_filled(fill, 2.0, side_color(side));
                                    ui.text_label(RichText::new(format!("{v:.0}%")).small());
                                });
                            }
                        });
                    }
                    ui.end_row();
                }
            });
    });
}
