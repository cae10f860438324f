//! Your bloc: its resources with the ledger on hover, and the budget split.

use super::*;

/// A number of your own, with the ledger on hover.
pub(super) fn own_number(
    ui: &mut Ui,
    t: &Strings,
    s: &Scenario,
    view: &SideView,
    q: BlocQ,
    text: String,
) {
    let r = ui.text_label(text);
    r.hover_ui(|ui| ledger_tooltip(ui, t, s, view, q));
}

pub(super) fn ledger_tooltip(ui: &mut Ui, t: &Strings, s: &Scenario, view: &SideView, q: BlocQ) {
    ui.text_label(RichText::new(q_name(t, q)).strong());
    ui.text_label(q_desc(t, q));
    ui.separator();
    ui.text_label(RichText::new(t.t("ledger-title")).strong());
    let mut total = 0.0;
    let mut any = false;
    ui.table(|ui| {
        egui::Grid::new("ledger").striped(true).show(ui, |ui| {
            for c in &view.own_ledger {
                if c.quantity == Quantity::Bloc(view.side, q) && c.amount != 0.0 {
                    any = true;
                    total += c.amount;
                    cells(
                        ui,
                        &mut [
                            &mut |ui| {
                                ui.text_label(cause_text(t, s, c.cause));
                            },
                            &mut |ui| {
                                ui.text_label(signed(c.amount));
                            },
                        ],
                    );
                }
            }
            if any {
                cells(
                    ui,
                    &mut [
                        &mut |ui| {
                            ui.text_label(RichText::new(t.t("ledger-total")).strong());
                        },
                        &mut |ui| {
                            ui.text_label(RichText::new(signed(total)).strong());
                        },
                    ],
                );
            }
        });
    });
    if !any {
        ui.text_label(t.t("ledger-none"));
    }
    if q == BlocQ::ComputeEffective {
        let (binding, by) = view.own.compute.binding();
        let key = match binding {
            crate::sim::compute::Binding::Chips => "compute-binding-chips",
            crate::sim::compute::Binding::Power => "compute-binding-power",
        };
        ui.separator();
        ui.text_label(
            RichText::new(t.f(
                key,
                &[
                    ("raw", num(view.own.compute.raw).into()),
                    ("cap", num(view.own.compute.power_cap).into()),
                    ("by", format!("{by:.2}").into()),
                ],
            ))
            .strong(),
        );
    }
}

pub(super) fn own_panel(ui: &mut Ui, t: &Strings, play: &Play, view: &SideView) {
    let s = play.scenario();
    let side = view.side;
    ui.text_label(side_label(t, side).size(18.0));
    ui.text_label(RichText::new(t.t("panel-resources")).strong());
    let history: Vec<&crate::sim::BlocState> = play.past_views(side).map(|v| &v.own).collect();
    resource_grid(ui, t, s, view, &history, "own-grid", RESOURCES);
    ui.add_space(4.0);
    ui.text_label(RichText::new(t.t("panel-controls")).strong())
        .hover(t.t(match side {
            Side::China => "panel-controls-hint-china",
            Side::Us => "panel-controls-hint-us",
        }));
    resource_grid(
        ui,
        t,
        s,
        view,
        &history,
        "controls-grid",
        control_rows(side),
    );
}

/// Rows of own quantities: name and unit, value and change (the ledger on hover), trend.
pub(super) fn resource_grid(
    ui: &mut Ui,
    t: &Strings,
    s: &Scenario,
    view: &SideView,
    history: &[&crate::sim::BlocState],
    id: &str,
    rows: &[BlocQ],
) {
    let side = view.side;
    ui.table(|ui| {
        egui::Grid::new(id)
            .num_columns(3)
            .striped(true)
            .min_col_width(56.0)
            .show(ui, |ui| {
                for &q in rows {
                    let now = view.own.value(q);
                    let before = history
                        .len()
                        .checked_sub(2)
                        .and_then(|i| history.get(i))
                        .map_or(now, |b| b.value(q));
                    let trend: Vec<f64> = history.iter().map(|b| b.value(q)).collect();
                    cells(
                        ui,
                        &mut [
                            &mut |ui| {
                                ui.vertical(|ui| {
                                    ui.add(
                                        egui::Label::new(crate::gui::bidi::ordered(
                                            ui,
                                            q_name(t, q),
                                            None,
                                        ))
                                        .extend(),
                                    )
                                    .hover(q_desc(t, q));
                                    ui.add(
                                        egui::Label::new(crate::gui::bidi::ordered(
                                            ui,
                                            RichText::new(q_unit(t, q)).small().weak(),
                                            None,
                                        ))
                                        .extend(),
                                    );
                                });
                            },
                            &mut |ui| {
                                ui.vertical(|ui| {
                                    ui.add(
                                        egui::Label::new(
                                            RichText::new(num(now)).strong().size(16.0),
                                        )
                                        .extend(),
                                    )
                                    .hover_ui(|ui| ledger_tooltip(ui, t, s, view, q));
                                    let delta = now - before;
                                    let color = if delta > 0.0 {
                                        Color32::DARK_GREEN
                                    } else if delta < 0.0 {
                                        Color32::DARK_RED
                                    } else {
                                        ui.visuals().weak_text_color()
                                    };
                                    ui.add(
                                        egui::Label::new(crate::gui::bidi::ordered(
                                            ui,
                                            RichText::new(t.f(
                                                "resource-change",
                                                &[("delta", signed(delta).into())],
                                            ))
                                            .small()
                                            .color(color),
                                            None,
                                        ))
                                        .extend(),
                                    )
                                    .hover_ui(|ui| ledger_tooltip(ui, t, s, view, q));
                                });
                            },
                            &mut |ui| sparkline(ui, &trend, side_color(side)),
                        ],
                    );
                }
            });
    });
}

pub(super) fn budget_panel(
    ui: &mut Ui,
    t: &Strings,
    view: &SideView,
    edit: &mut Option<[f64; 3]>,
    actions: &mut Vec<Action>,
) {
    ui.text_label(RichText::new(t.t("budget")).strong());
    let current = [
        view.own.value(BlocQ::BudgetChips),
        view.own.value(BlocQ::BudgetGrid),
        view.own.value(BlocQ::BudgetResearch),
    ];
    let w = edit.get_or_insert(current);
    // What the AI budget holds this quarter: each share shows the money it buys.
    let money = view.own.funding.total();
    let mut settled = false;
    for (i, key) in ["budget-chips", "budget-grid", "budget-research"]
        .iter()
        .enumerate()
    {
        ui.row(|ui| {
            // A right-to-left slider grows to the left.
            let range = if crate::gui::bidi::rtl(ui.ctx()) {
                1.0..=0.0
            } else {
                0.0..=1.0
            };
            let r = ui.add(
                egui::Slider::new(&mut w[i], range)
                    .fixed_decimals(2)
                    .text(crate::gui::bidi::visual(ui.ctx(), t.t(key))),
            );
            // The split becomes an order when the player lets go or types a number, not at
            // every step of a drag.
            settled |= r.drag_stopped() || (r.changed() && !r.dragged());
        });
    }
    let sum: f64 = w.iter().sum();
    if sum > 0.0 {
        let dollars: Vec<String> = w
            .iter()
            .map(|x| format!("${:.1}B", money * x / sum))
            .collect();
        ui.text_label(
            RichText::new(t.f(
                "budget-money",
                &[
                    ("chips", dollars[0].clone().into()),
                    ("grid", dollars[1].clone().into()),
                    ("research", dollars[2].clone().into()),
                ],
            ))
            .small(),
        );
    }
    if settled && sum > 0.0 {
        actions.push(Action::Draft(Command::SetBudget {
            chips: w[0],
            grid: w[1],
            research: w[2],
        }));
    }
    ui.text_label(RichText::new(t.t("budget-applies")).small().weak());
}
