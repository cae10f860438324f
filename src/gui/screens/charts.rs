//! The charts screen: any bloc quantity over time, yours exact and the rival's as your
//! estimates with a 90% band; the lead in months as you estimate it; tension, risk and the
//! bubble; both sides' market shares region by region; with the turns of policies and events
//! marked.

use crate::gui::bidi::{BidiResponse as _, BidiUi as _};
use egui::RichText;
use egui_plot::{Legend, Line, LineStyle, Plot, PlotPoints, Polygon, VLine};

use super::super::play::{News, Phase};
use super::super::shell::{Chart, GameUi, Screen, WindowState};
use super::super::widgets::{
    game_q_text, num, q_desc, q_name, q_unit, quantity_text, region_name, side_color, side_mark,
    side_name,
};
use super::game::news_text;
use crate::sim::fog::SideView;
use crate::sim::game::JournalEntry;
use crate::sim::quantity::{BlocQ, GameQ, Quantity, Region};

/// The charts screen's plugin (its state is the game screen's [`GameUi`]).
pub(super) fn plugin(app: &mut bevy::prelude::App) {
    super::draws_with(app, Screen::Charts, ui);
}

/// A side's orders in words ("—" for none).
fn order_words(t: &super::super::text::Strings, s: &crate::Scenario, orders: &[String]) -> String {
    if orders.is_empty() {
        return "—".into();
    }
    orders
        .iter()
        .map(|o| match crate::Command::parse(s, o) {
            Ok(c) => super::game::order_text(t, s, &c),
            Err(_) => crate::report::name_ids(s, o),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// True for quantities the score counts (the lead, capability, adoption, money, markets,
/// tension and risk): shown before the inputs in the branch comparison.
fn is_outcome(path: &str) -> bool {
    match Quantity::from_path(path) {
        Ok(Quantity::Game(q)) => matches!(q, GameQ::LeadMonths | GameQ::Tension | GameQ::Risk),
        Ok(Quantity::Region(..)) => true,
        Ok(Quantity::Bloc(_, q)) => matches!(
            q,
            BlocQ::ResearchCapability
                | BlocQ::AdoptionShare
                | BlocQ::FundingPrivate
                | BlocQ::FundingState
                | BlocQ::ComputeEffective
        ),
        Err(_) => false,
    }
}

/// A chart's exact value in a snapshot, for `viewer` (None where the side may not know it).
fn exact(chart: Chart, view: &SideView) -> Option<f64> {
    match chart {
        Chart::Bloc(q) => Some(view.own.value(q)),
        Chart::World(q) => view.world.iter().find(|(g, _)| *g == q).map(|(_, v)| *v),
        Chart::Market(r) => Some(view.markets[r.index()][view.side.index()]),
        Chart::Lead => None,
    }
}

/// Draw the charts screen.
pub(crate) fn ui(root: &mut egui::Ui, state: &mut WindowState, game_ui: &mut GameUi) {
    game_ui.follow(state);
    let Some(play) = state.play.as_ref() else {
        state.go(Screen::Title);
        return;
    };
    let t = &state.strings;
    let viewer = play.viewer;
    let rival = viewer.rival();
    let mut back = false;
    let mut chart = game_ui.chart;
    crate::gui::bidi::start_panel(root.ctx(), "chart-list")
        .default_size(260.0)
        .show(root, |ui| {
            ui.text_heading(t.t("charts-title"));
            if ui.text_button(t.t("back")).clicked() {
                back = true;
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.flow(|ui| {
                    ui.text_label(RichText::new(t.t("charts-race")).strong());
                    let (name, _, desc) = game_q_text(t, GameQ::LeadMonths);
                    ui.selectable_value(
                        &mut chart,
                        Chart::Lead,
                        crate::gui::bidi::ordered(ui, name, None),
                    )
                    .hover(desc);
                    for q in [GameQ::Tension, GameQ::Risk, GameQ::Bubble] {
                        let (name, _, desc) = game_q_text(t, q);
                        ui.selectable_value(
                            &mut chart,
                            Chart::World(q),
                            crate::gui::bidi::ordered(ui, name, None),
                        )
                        .hover(desc);
                    }
                    ui.text_label(RichText::new(t.t("charts-markets")).strong());
                    for &r in Region::ALL {
                        ui.selectable_value(
                            &mut chart,
                            Chart::Market(r),
                            crate::gui::bidi::ordered(ui, region_name(t, r), None),
                        );
                    }
                    ui.text_label(RichText::new(t.t("charts-quantity")).strong());
                    for &q in BlocQ::ALL {
                        ui.selectable_value(
                            &mut chart,
                            Chart::Bloc(q),
                            crate::gui::bidi::ordered(ui, q_name(t, q), None),
                        )
                        .hover(q_desc(t, q));
                    }
                });
            });
        });
    let mut branch_to: Option<(u32, Option<crate::sim::quantity::Side>)> = None;
    branch_panel(root, state, game_ui, &mut branch_to);
    let Some(play) = state.play.as_ref() else {
        return;
    };
    let t = &state.strings;
    let original_line: Option<(Vec<[f64; 2]>, u32)> = play.original.as_ref().map(|(save, at)| {
        let start = crate::sim::Snapshot::initial(&save.scenario, save.seed);
        let pts = std::iter::once(&start)
            .chain(save.turns.iter().map(|l| &l.snapshot))
            .enumerate()
            .filter_map(|(i, snap)| {
                // What this side knew in the original timeline (the lead: its estimate).
                let view = SideView::build(&save.scenario, snap, viewer, &[]);
                let v = exact(chart, &view)
                    .or_else(|| (chart == Chart::Lead).then_some(view.lead_months.value));
                v.map(|v| [i as f64, v])
            })
            .collect();
        (pts, *at)
    });
    egui::CentralPanel::default().show(root, |ui| {
        ui.flow(|ui| {
            let (title, unit) = match chart {
                Chart::Bloc(q) => (q_name(t, q), q_unit(t, q)),
                Chart::Lead => {
                    let (n, u, _) = game_q_text(t, GameQ::LeadMonths);
                    (n, u)
                }
                Chart::World(q) => {
                    let (n, u, _) = game_q_text(t, q);
                    (n, u)
                }
                Chart::Market(r) => (
                    t.f(
                        "charts-market-title",
                        &[("region", region_name(t, r).into())],
                    ),
                    t.t("charts-market-unit"),
                ),
            };
            ui.text_label(
                RichText::new(format!("{title} ({unit})"))
                    .size(20.0)
                    .strong(),
            );
            ui.text_label(
                RichText::new(t.t(match chart {
                    Chart::Bloc(_) => "charts-hint",
                    Chart::Lead => "charts-hint-lead",
                    Chart::World(_) | Chart::Market(_) => "charts-hint-public",
                }))
                .small(),
            );
            // The solid line: your exact numbers, or the public ones; for a market, your share.
            let own: Vec<[f64; 2]> = play
                .past_views(viewer)
                .enumerate()
                .filter_map(|(i, view)| exact(chart, view).map(|v| [i as f64, v]))
                .collect();
            // The band: the rival's estimates, or your estimate of the lead.
            let est: Vec<(f64, f64, f64, f64)> = match chart {
                Chart::Bloc(q) => play
                    .past_views(viewer)
                    .enumerate()
                    .map(|(i, v)| {
                        let e = v.rival(q);
                        (i as f64, e.value, e.low, e.high)
                    })
                    .collect(),
                Chart::Lead => play
                    .past_views(viewer)
                    .enumerate()
                    .map(|(i, v)| {
                        let e = v.lead_months;
                        (i as f64, e.value, e.low, e.high)
                    })
                    .collect(),
                Chart::World(_) | Chart::Market(_) => Vec::new(),
            };
            // A market's other line: the rival's share, public and exact.
            let rival_share: Vec<[f64; 2]> = match chart {
                Chart::Market(r) => play
                    .past_views(viewer)
                    .enumerate()
                    .map(|(i, view)| [i as f64, view.markets[r.index()][rival.index()]])
                    .collect(),
                _ => Vec::new(),
            };
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
            let yours = match chart {
                Chart::Bloc(_) => t.f("charts-yours", &[("side", side_name(t, viewer).into())]),
                Chart::Market(_) => t.f("charts-share", &[("side", side_name(t, viewer).into())]),
                Chart::World(_) | Chart::Lead => t.t("charts-public"),
            };
            let theirs = match chart {
                Chart::Lead => t.t("charts-lead-estimate"),
                _ => t.f("charts-rival", &[("side", side_name(t, rival).into())]),
            };
            let band_color = match chart {
                Chart::Lead => side_color(viewer),
                _ => side_color(rival),
            };
            let rival_share_name = format!(
                "{} {}",
                side_mark(rival),
                t.f("charts-share", &[("side", side_name(t, rival).into())])
            );
            let hovered_marker = std::cell::RefCell::new(None);
            // Each turn's quarter in the table's words (ordered for a right-to-left language).
            let quarters: Vec<String> = (0..=s.turns + 1)
                .map(|turn| {
                    crate::gui::bidi::visual(ui.ctx(), crate::i18n::quarter_text(t, s, turn.max(1)))
                })
                .collect();
            let quarter_of = move |x: f64| {
                let turn = (x.round().max(1.0) as usize).min(quarters.len() - 1);
                quarters[turn].clone()
            };
            let band_name = match chart {
                Chart::Lead => theirs.clone(),
                _ => format!("{} {theirs}", side_mark(rival)),
            };
            // Legend entries are plain strings: ordered here for a right-to-left language.
            let ctx = ui.ctx().clone();
            let band_name = crate::gui::bidi::visual(&ctx, band_name);
            let rival_share_name = crate::gui::bidi::visual(&ctx, rival_share_name);
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
                                PlotPoints::from(vec![
                                    [a.0, a.2],
                                    [b.0, b.2],
                                    [b.0, b.3],
                                    [a.0, a.3],
                                ]),
                            )
                            .fill_color(band_color.gamma_multiply(0.25))
                            .stroke(egui::Stroke::NONE),
                        );
                    }
                    if !est.is_empty() {
                        p.line(
                            Line::new(
                                band_name.clone(),
                                PlotPoints::from(
                                    est.iter().map(|e| [e.0, e.1]).collect::<Vec<_>>(),
                                ),
                            )
                            .color(band_color)
                            .style(LineStyle::dashed_loose())
                            .width(2.5),
                        );
                    }
                    if !rival_share.is_empty() {
                        p.line(
                            Line::new(
                                rival_share_name.clone(),
                                PlotPoints::from(rival_share.clone()),
                            )
                            .color(side_color(rival))
                            .style(LineStyle::dashed_loose())
                            .width(2.5),
                        );
                    }
                    if let Some((pts, at)) = &original_line {
                        p.line(
                            Line::new(
                                crate::gui::bidi::visual(&ctx, t.t("charts-original")),
                                PlotPoints::from(pts.clone()),
                            )
                            .color(egui::Color32::from_gray(120))
                            .style(LineStyle::dotted_dense())
                            .width(2.0),
                        );
                        p.vline(
                            VLine::new(
                                crate::gui::bidi::visual(&ctx, t.t("charts-branch-point")),
                                f64::from(*at) - 1.0,
                            )
                            .color(egui::Color32::from_rgb(0x00, 0x9E, 0x73))
                            .width(1.5),
                        );
                    }
                    if !own.is_empty() {
                        let (name, color) = match chart {
                            Chart::World(_) => (yours.clone(), egui::Color32::from_gray(60)),
                            _ => (format!("{} {yours}", side_mark(viewer)), side_color(viewer)),
                        };
                        p.line(
                            Line::new(
                                crate::gui::bidi::visual(&ctx, name),
                                PlotPoints::from(own.clone()),
                            )
                            .color(color)
                            .width(3.0),
                        );
                    }
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
            ui.text_label(RichText::new(t.t("charts-markers")).strong());
            match hovered_marker.into_inner() {
                Some(text) => {
                    ui.text_label(text);
                }
                None => {
                    let recent: Vec<String> = markers
                        .iter()
                        .rev()
                        .take(4)
                        .map(|(_, s)| s.clone())
                        .collect();
                    ui.text_label(RichText::new(recent.join(" · ")).small());
                }
            }
        });
    });
    game_ui.chart = chart;
    if let Some((turn, take)) = branch_to {
        let made = state.play.as_ref().map(|p| p.branch(turn, take));
        match made {
            Some(Ok(play)) => {
                state.begin(play);
                return;
            }
            Some(Err(e)) => {
                if let Some(p) = state.play.as_mut() {
                    p.status = Some((e, true));
                }
            }
            None => {}
        }
    }
    let Some(play) = state.play.as_ref() else {
        return;
    };
    let ctx = root.ctx().clone();
    if back
        || ctx.input(|i| i.key_pressed(egui::Key::Escape) || i.key_pressed(egui::Key::C))
            && !ctx.egui_wants_keyboard_input()
    {
        state.go(if play.phase == Phase::Over {
            Screen::End
        } else {
            Screen::Game
        });
    }
}

/// Rewind and branch: pick a past turn and who plays on; after a branch, where the two
/// timelines part and which of the viewer's numbers diverge most.
fn branch_panel(
    root: &mut egui::Ui,
    state: &mut WindowState,
    ui_state: &mut GameUi,
    branch_to: &mut Option<(u32, Option<crate::sim::quantity::Side>)>,
) {
    use crate::sim::quantity::{Quantity, Side};
    let t = &state.strings;
    // A class's game is branched by the teacher, on the host.
    let Some(play) = state.play.as_mut().filter(|p| p.session().is_some()) else {
        return;
    };
    let played = play.turn();
    let viewer = play.viewer;
    let full_view = play.mode == super::super::play::Mode::Watch;
    let s = play.scenario().clone();
    let cmp = play.divergence();
    egui::Panel::bottom("branch")
        .resizable(true)
        .default_size(if cmp.is_some() { 230.0 } else { 80.0 })
        .show(root, |ui| {
            ui.add_space(4.0);
            ui.row_wrapped(|ui| {
                ui.text_label(RichText::new(t.t("branch-title")).strong());
                if played == 0 {
                    ui.text_label(t.t("branch-none-yet"));
                    return;
                }
                ui_state.branch_turn = ui_state.branch_turn.clamp(1, played);
                // A right-to-left slider runs from the right.
                let range = if crate::gui::bidi::rtl(ui.ctx()) {
                    played..=1
                } else {
                    1..=played
                };
                ui.add(
                    egui::Slider::new(&mut ui_state.branch_turn, range)
                        .text(crate::gui::bidi::visual(ui.ctx(), t.t("branch-turn"))),
                );
                ui.text_label(crate::i18n::quarter_text(t, &s, ui_state.branch_turn));
                egui::ComboBox::from_id_salt("branch-take")
                    .selected_text(crate::gui::bidi::ordered(
                        ui,
                        match ui_state.branch_take {
                            None => t.t("branch-same-players"),
                            Some(side) => {
                                t.f("branch-take", &[("side", side_name(t, side).into())])
                            }
                        },
                        None,
                    ))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(
                            &mut ui_state.branch_take,
                            None,
                            crate::gui::bidi::ordered(ui, t.t("branch-same-players"), None),
                        );
                        for side in Side::BOTH {
                            ui.selectable_value(
                                &mut ui_state.branch_take,
                                Some(side),
                                crate::gui::bidi::ordered(
                                    ui,
                                    t.f("branch-take", &[("side", side_name(t, side).into())]),
                                    None,
                                ),
                            );
                        }
                    });
                if ui
                    .text_button(t.f(
                        "branch-go",
                        &[("turn", ui_state.branch_turn.to_string().into())],
                    ))
                    .hover(t.t("branch-go-hint"))
                    .clicked()
                {
                    *branch_to = Some((ui_state.branch_turn, ui_state.branch_take));
                }
            });
            let Some(cmp) = cmp else {
                return;
            };
            ui.separator();
            let first = match &cmp.first_order {
                Some((turn, side, a, b)) => t.f(
                    "branch-first",
                    &[
                        ("turn", turn.to_string().into()),
                        ("date", crate::i18n::quarter_text(t, &s, *turn).into()),
                        ("side", side_name(t, *side).into()),
                        ("a", order_words(t, &s, a).into()),
                        ("b", order_words(t, &s, b).into()),
                    ],
                ),
                None => t.t("branch-same"),
            };
            ui.text_label(RichText::new(first).strong());
            ui.text_label(RichText::new(t.t("branch-table")).small());
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.table(|ui| {
                    egui::Grid::new("divergence").striped(true).show(ui, |ui| {
                        for h in [
                            "branch-col-quantity",
                            "branch-col-turn",
                            "branch-col-original",
                            "branch-col-branch",
                            "branch-col-gap",
                        ] {
                            ui.text_label(RichText::new(t.t(h)).strong());
                        }
                        ui.end_row();
                        // People see their own side's numbers (and every number when watching).
                        let visible = |path: &str| {
                            full_view
                                || Quantity::from_path(path).is_ok_and(
                                    |q| matches!(q, Quantity::Bloc(side, _) if side == viewer),
                                )
                        };
                        // Outcomes (what the score counts) before the inputs that moved them,
                        // each group by the size of its gap.
                        let mut rows: Vec<_> =
                            cmp.biggest.iter().filter(|r| visible(&r.0)).collect();
                        rows.sort_by_key(|r| !is_outcome(&r.0));
                        for (path, turn, a, b, gap) in rows.into_iter().take(10) {
                            let name = Quantity::from_path(path)
                                .map_or_else(|_| path.clone(), |q| quantity_text(t, q));
                            ui.text_label(name).hover(path.as_str());
                            ui.text_label(turn.to_string());
                            ui.text_label(num(*a));
                            ui.text_label(num(*b));
                            ui.text_label(format!("{:.1}%", gap * 100.0));
                            ui.end_row();
                        }
                    });
                });
            });
        });
}
