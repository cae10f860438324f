//! The game screen: the top bar, your bloc with the ledger on hover, the rival through the
//! fog, the world's markets, policies by category, event cards, orders, news, the computer's
//! explanations, Save and End turn. Hot-seat shows a hand-over page between the players.
//!
//! Everything drawn comes from the viewing side's [`SideView`]: nothing here reads the
//! rival's true state.

use crate::gui::bidi::{BidiResponse as _, BidiUi as _, cells};
use egui::{Color32, RichText, Ui};

use super::super::play::{News, Phase, Play};
use super::super::shell::{Screen, Shell};
use super::super::text::Strings;
use super::super::widgets::{
    big_button, category_name, cause_text, game_q_text, num, num_plain, q_desc, q_name, q_unit,
    quantity_text, region_name, side_color, side_label, side_mark, side_name, side_text_color,
    signed, sparkline,
};
pub use crate::i18n::order_text;
use crate::scenario::{Expectation, PolicyKind, Scenario};
use crate::sim::fog::SideView;
use crate::sim::game::JournalEntry;
use crate::sim::orders::Command;
use crate::sim::policies::{PolicyId, PolicyStatus};
use crate::sim::quantity::{BlocQ, GameQ, Quantity, Region, Side};
use crate::sim::scoring::ScoreAxis;

pub use crate::i18n::RESOURCES;

/// The export-control quantities a side needs, shown under its resources: what the rival's
/// controls block and what gets through (China), or what the controls cost its chip makers
/// (the US).
pub fn control_rows(side: Side) -> &'static [BlocQ] {
    match side {
        Side::China => &[
            BlocQ::ChipsBlockedShare,
            BlocQ::ChipsImportQualityCap,
            BlocQ::ChipsSmuggled,
            BlocQ::ChipsDomesticSpending,
            BlocQ::ChipsRedirected,
            BlocQ::ChipsFabGrowthLimit,
        ],
        Side::Us => &[BlocQ::ChipsExportSales],
    }
}

/// What the player did this frame, applied after drawing.
enum Action {
    Draft(Command),
    RemoveDraft(usize),
    EndTurn,
    TakeSeat,
    Save,
    Charts,
    Menu,
    ToggleAutoplay,
}

/// Draw the game screen.
pub fn ui(root: &mut Ui, shell: &mut Shell) {
    let Some(play) = shell.play.as_ref() else {
        shell.screen = Screen::Title;
        return;
    };
    let mut actions = Vec::new();
    if let Phase::Handoff(side) = play.phase {
        handoff(root, &shell.strings, play, side, &mut actions);
    } else {
        shortcuts(root.ctx(), shell, &mut actions);
        let play = shell.play.as_ref().expect("checked above");
        let view = play.view(play.viewer);
        let t = &shell.strings;
        top_bar(root, t, play, &view);
        bottom_bar(root, t, play, shell.game_ui.autoplay, &mut actions);
        // Side panels take a share of the width, so the centre keeps room when the window is
        // small and nothing is clipped.
        let width = root.available_width();
        // A right-to-left panel scrolls only up and down: scrolled sideways, egui would show
        // its left part and cut off the right, where its headings begin.
        let rtl = crate::gui::bidi::rtl(root.ctx());
        let side_scroll = || {
            if rtl {
                egui::ScrollArea::vertical()
            } else {
                egui::ScrollArea::both()
            }
        };
        crate::gui::bidi::start_panel(root.ctx(), "own")
            // Arabic names run longer: a little more room for them.
            .exact_size(if rtl {
                (width * 0.29).clamp(240.0, 350.0)
            } else {
                (width * 0.27).clamp(240.0, 320.0)
            })
            .show(root, |ui| {
                side_scroll().id_salt("own-scroll").show(ui, |ui| {
                    ui.flow(|ui| {
                        own_panel(ui, t, play, &view);
                        ui.separator();
                        budget_panel(ui, t, &view, &mut shell.game_ui.budget, &mut actions);
                        ui.separator();
                        world_state(ui, t, &view);
                    });
                });
            });
        crate::gui::bidi::end_panel(root.ctx(), "rival")
            .exact_size((width * 0.3).clamp(250.0, 340.0))
            .show(root, |ui| {
                side_scroll().id_salt("rival-scroll").show(ui, |ui| {
                    ui.flow(|ui| {
                        score_panel(ui, t, play, &view);
                        ui.separator();
                        rival_panel(ui, t, play, &view);
                        ui.separator();
                        computer_panel(ui, t, play);
                        ui.separator();
                        news_panel(ui, t, play);
                    });
                });
            });
        // A new quarter brings the centre back to its top, where the new event cards are.
        let new_turn = shell.game_ui.seen_turn != Some(play.turn());
        shell.game_ui.seen_turn = Some(play.turn());
        egui::CentralPanel::default().show(root, |ui| {
            let mut area = egui::ScrollArea::both().id_salt("centre-scroll");
            if new_turn {
                area = area.vertical_scroll_offset(0.0);
            }
            area.show(ui, |ui| {
                ui.flow(|ui| {
                    orders_panel(ui, t, play, &shell.game_ui.refused, &mut actions);
                    events_panel(ui, t, play, &view, &mut actions);
                    markets_panel(ui, t, &view);
                    ui.separator();
                    policies_panel(ui, t, play, &view, &mut actions);
                });
            });
        });
        super::help::guide(root.ctx(), shell);
    }
    super::help::overlay(root.ctx(), shell);
    apply(shell, actions);
}

fn apply(shell: &mut Shell, actions: Vec<Action>) {
    let Some(play) = shell.play.as_mut() else {
        return;
    };
    for a in actions {
        match a {
            Action::Draft(c) => {
                shell.game_ui.refused = play.draft(play.viewer, c).err();
            }
            Action::RemoveDraft(i) => play.remove_draft(play.viewer, i),
            Action::EndTurn => {
                shell.game_ui.refused = None;
                shell.game_ui.budget = None;
                play.end_turn();
            }
            Action::TakeSeat => play.take_seat(),
            Action::Save => {
                play.status = Some(match play.save_game(&shell.saves_dir) {
                    Ok(path) => (shell.strings.f("saved", &[("path", path.into())]), false),
                    Err(e) => (
                        shell.strings.f("save-failed", &[("reason", e.into())]),
                        true,
                    ),
                });
            }
            Action::Charts => shell.screen = Screen::Charts,
            Action::Menu => shell.screen = Screen::Title,
            Action::ToggleAutoplay => shell.game_ui.autoplay = !shell.game_ui.autoplay,
        }
    }
    if play.phase == Phase::Over {
        shell.screen = Screen::End;
    }
}

fn shortcuts(ctx: &egui::Context, shell: &mut Shell, actions: &mut Vec<Action>) {
    // Keys do nothing while the player types in a field, nor in the frame after: a field
    // gives up its focus when Enter confirms it, and that Enter is the field's.
    let typing = ctx.egui_wants_keyboard_input();
    let was_typing = std::mem::replace(&mut shell.game_ui.typing, typing);
    if typing || was_typing {
        return;
    }
    let (enter, c, save, help, esc) = ctx.input(|i| {
        (
            i.key_pressed(egui::Key::Enter),
            i.key_pressed(egui::Key::C) && !i.modifiers.command,
            i.key_pressed(egui::Key::S) && i.modifiers.command,
            i.key_pressed(egui::Key::F1) || i.key_pressed(egui::Key::H),
            i.key_pressed(egui::Key::Escape),
        )
    });
    if enter {
        actions.push(Action::EndTurn);
    }
    if c {
        actions.push(Action::Charts);
    }
    if save {
        actions.push(Action::Save);
    }
    if help {
        shell.game_ui.help = !shell.game_ui.help;
    }
    if esc {
        shell.game_ui.help = false;
        shell.game_ui.guide = None;
    }
}

fn handoff(root: &mut Ui, t: &Strings, play: &Play, side: Side, actions: &mut Vec<Action>) {
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
fn public_screen(ui: &mut Ui, t: &Strings, play: &Play) {
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

fn top_bar(root: &mut Ui, t: &Strings, play: &Play, view: &SideView) {
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
                    if let Some((policy, doctrine)) = super::help::suggested_move(play) {
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

fn bottom_bar(root: &mut Ui, t: &Strings, play: &Play, autoplay: bool, actions: &mut Vec<Action>) {
    egui::Panel::bottom("bottom").show(root, |ui| {
        ui.row(|ui| {
            let watching = !play.is_human(play.viewer);
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
                if ui.text_button(t.t("button-save")).clicked() {
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

/// A number of your own, with the ledger on hover.
fn own_number(ui: &mut Ui, t: &Strings, s: &Scenario, view: &SideView, q: BlocQ, text: String) {
    let r = ui.text_label(text);
    r.hover_ui(|ui| ledger_tooltip(ui, t, s, view, q));
}

fn ledger_tooltip(ui: &mut Ui, t: &Strings, s: &Scenario, view: &SideView, q: BlocQ) {
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

fn own_panel(ui: &mut Ui, t: &Strings, play: &Play, view: &SideView) {
    let s = play.scenario();
    let side = view.side;
    ui.text_label(side_label(t, side).size(18.0));
    ui.text_label(RichText::new(t.t("panel-resources")).strong());
    let history: Vec<&crate::sim::BlocState> = play
        .past_states()
        .iter()
        .map(|snap| &snap.blocs[side.index()])
        .collect();
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
fn resource_grid(
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

fn budget_panel(
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

fn world_state(ui: &mut Ui, t: &Strings, view: &SideView) {
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
fn score_panel(ui: &mut Ui, t: &Strings, play: &Play, view: &SideView) {
    let s = play.scenario();
    let args = super::super::widgets::score_args(t, s);
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

fn rival_panel(ui: &mut Ui, t: &Strings, play: &Play, view: &SideView) {
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
fn names_in_force(t: &Strings, s: &Scenario, status: &[PolicyStatus]) -> Vec<String> {
    status
        .iter()
        .enumerate()
        .filter(|(_, st)| st.in_force())
        .filter_map(|(i, _)| s.policies.get(i).map(|p| t.scenario(&p.name)))
        .collect()
}

fn computer_panel(ui: &mut Ui, t: &Strings, play: &Play) {
    if Side::BOTH.iter().all(|&s| play.is_human(s)) {
        // Two people play: there is no computer to report on.
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

/// A news item in words, or None if the viewer may not see it.
pub fn news_text(t: &Strings, s: &Scenario, viewer: Side, n: &News) -> Option<String> {
    let refused = |reason: String| t.f("news-rejected", &[("reason", reason.into())]);
    match n {
        News::Loaded | News::Computer { .. } => None,
        News::Refused { side, order, error } => {
            (*side == viewer).then(|| refused(crate::i18n::rejected_text(t, s, order, None, error)))
        }
        News::Journal(JournalEntry::OrderRejected {
            side,
            order,
            via,
            error,
        }) => {
            (*side == viewer).then(|| refused(crate::i18n::rejected_text(t, s, order, *via, error)))
        }
        News::Journal(e) => Some(crate::i18n::journal_text(t, s, e)),
    }
}

fn news_panel(ui: &mut Ui, t: &Strings, play: &Play) {
    ui.text_label(RichText::new(t.t("panel-news")).strong());
    let s = play.scenario();
    let mut last_turn = None;
    for (turn, n) in play.news.iter().rev().take(60) {
        let Some(text) = news_text(t, s, play.viewer, n) else {
            continue;
        };
        if last_turn != Some(*turn) {
            ui.text_label(
                RichText::new(crate::i18n::quarter_text(t, s, *turn))
                    .small()
                    .strong(),
            );
            last_turn = Some(*turn);
        }
        ui.text_label(RichText::new(format!("• {text}")).small());
    }
}

fn orders_panel(
    ui: &mut Ui,
    t: &Strings,
    play: &Play,
    refused: &Option<crate::sim::orders::CommandError>,
    actions: &mut Vec<Action>,
) {
    ui.text_label(RichText::new(t.t("panel-orders")).strong());
    let drafts = play.drafts(play.viewer);
    if !play.is_human(play.viewer) && drafts.is_empty() && refused.is_none() {
        // Watching the computer: no orders of one's own to list.
        ui.separator();
        return;
    }
    // A fixed height for the list (it scrolls past four lines), so that drafting or removing
    // an order never moves the events and policy buttons below it under the pointer.
    let line = ui
        .text_style_height(&egui::TextStyle::Body)
        .max(ui.spacing().interact_size.y)
        + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt("orders-list")
        .max_height(line * 4.0)
        .min_scrolled_height(line * 4.0)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if drafts.is_empty() && play.is_human(play.viewer) {
                ui.text_label(RichText::new(t.t("panel-orders-none")).weak());
            }
            if let Some(r) = refused {
                let why = crate::i18n::refusal_text(t, play.scenario(), r);
                ui.text_label(
                    RichText::new(t.f("order-refused", &[("reason", why.into())]))
                        .color(Color32::DARK_RED),
                );
            }
            for (i, c) in drafts.iter().enumerate() {
                ui.row_wrapped(|ui| {
                    ui.text_label(format!("• {}", order_text(t, play.scenario(), c)));
                    if ui
                        .text_button(RichText::new(t.t("order-remove")).small())
                        .clicked()
                    {
                        actions.push(Action::RemoveDraft(i));
                    }
                });
            }
        });
    ui.separator();
}

fn events_panel(ui: &mut Ui, t: &Strings, play: &Play, view: &SideView, actions: &mut Vec<Action>) {
    if view.pending_choices.is_empty() {
        return;
    }
    let s = play.scenario();
    ui.text_label(RichText::new(t.t("panel-events")).strong());
    let drafts = play.drafts(play.viewer);
    for pc in &view.pending_choices {
        let Some(def) = pc.event.def(s) else {
            continue;
        };
        egui::Frame::group(ui.style())
            .fill(Color32::from_rgb(0xFF, 0xF4, 0xD6))
            .show(ui, |ui| {
                ui.row_wrapped(|ui| {
                    // A card that arrived with this quarter's news is marked new.
                    if pc.turn == play.turn() {
                        ui.text_label(
                            RichText::new(t.t("event-new"))
                                .strong()
                                .color(Color32::WHITE)
                                .background_color(Color32::from_rgb(0xB0, 0x3A, 0x2E)),
                        );
                    }
                    ui.text_label(RichText::new(t.scenario(&def.name)).size(18.0).strong());
                });
                ui.text_label(t.scenario(&def.description));
                ui.text_label(
                    RichText::new(t.f(
                        "event-source",
                        &[("source", t.scenario(&def.source).into())],
                    ))
                    .small()
                    .italics(),
                );
                if !def.prompt.is_empty() {
                    ui.text_label(
                        RichText::new(t.f(
                            "policy-prompt",
                            &[("prompt", t.scenario(&def.prompt).into())],
                        ))
                        .small(),
                    );
                }
                ui.row_wrapped(|ui| {
                    ui.text_label(t.t("event-choose"));
                    for (k, choice) in def.choices.iter().enumerate() {
                        let k8 = u8::try_from(k).unwrap_or(u8::MAX);
                        let cmd = Command::AnswerEvent {
                            event: pc.event,
                            choice: k8,
                        };
                        let chosen = drafts.contains(&cmd);
                        if ui
                            .add_enabled(
                                play.is_human(play.viewer),
                                egui::Button::new(crate::gui::bidi::ordered(
                                    ui,
                                    t.scenario(&choice.label),
                                    None,
                                ))
                                .selected(chosen),
                            )
                            .hover_ui(|ui| choice_tooltip(ui, t, s, choice))
                            .on_disabled_hover_ui(|ui| choice_tooltip(ui, t, s, choice))
                            .clicked()
                        {
                            actions.push(Action::Draft(cmd));
                        }
                    }
                });
            });
    }
    ui.separator();
}

fn markets_panel(ui: &mut Ui, t: &Strings, view: &SideView) {
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

fn status_text(t: &Strings, st: PolicyStatus) -> String {
    match st {
        PolicyStatus::Off => t.t("policy-status-off"),
        PolicyStatus::On { .. } => t.t("policy-status-on"),
        PolicyStatus::Level { level, .. } => {
            t.f("policy-status-level", &[("level", u32::from(level).into())])
        }
        PolicyStatus::Building { turns_left } => {
            t.f("policy-status-building", &[("turns", turns_left.into())])
        }
        PolicyStatus::Built { .. } => t.t("policy-status-built"),
    }
}

/// What an event's option does, as the scenario writes it.
fn choice_tooltip(ui: &mut Ui, t: &Strings, s: &Scenario, choice: &crate::scenario::ChoiceDef) {
    use crate::scenario::ChoiceOrder;
    ui.set_max_width(420.0);
    ui.text_label(RichText::new(t.scenario(&choice.label)).strong());
    if choice.effects.is_empty() && choice.orders.is_empty() {
        ui.text_label(t.t("choice-nothing"));
        return;
    }
    ui.text_label(t.t("choice-does"));
    for e in &choice.effects {
        ui.text_label(format!("  • {}", super::super::widgets::effect_text(t, e)));
    }
    let name = |id: &str| {
        s.policies
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| t.scenario(&p.name))
    };
    for o in &choice.orders {
        let line = match o {
            ChoiceOrder::Enact(p) => t.f("choice-enact", &[("policy", name(p).into())]),
            ChoiceOrder::Repeal(p) => t.f("choice-repeal", &[("policy", name(p).into())]),
            ChoiceOrder::SetLevel(p, l) => t.f(
                "choice-level",
                &[("policy", name(p).into()), ("level", u32::from(*l).into())],
            ),
        };
        ui.text_label(format!("  • {line}"));
    }
}

fn policy_tooltip(ui: &mut Ui, t: &Strings, s: &Scenario, id: PolicyId) {
    let Some(p) = id.def(s) else {
        return;
    };
    ui.set_max_width(420.0);
    ui.text_label(RichText::new(t.scenario(&p.name)).strong());
    ui.text_label(t.scenario(&p.description));
    ui.text_label(t.f(
        "policy-cost",
        &[
            ("capital", num(p.cost.capital).into()),
            ("money", num(p.cost.money).into()),
        ],
    ));
    if !p.expects.is_empty() {
        ui.text_label(t.t("policy-expect"));
        for e in &p.expects {
            let (key, path) = match e {
                Expectation::Rises(q) => ("policy-expect-rises", q),
                Expectation::Falls(q) => ("policy-expect-falls", q),
            };
            ui.text_label(format!(
                "  • {}",
                t.f(key, &[("quantity", quantity_text(t, path.0).into())])
            ));
        }
    }
    let names = |ids: &[String]| -> String {
        ids.iter()
            .map(|i| {
                s.policies
                    .iter()
                    .find(|q| &q.id == i)
                    .map_or_else(|| i.clone(), |q| t.scenario(&q.name))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !p.requires.is_empty() {
        ui.text_label(t.f("policy-requires", &[("list", names(&p.requires).into())]));
    }
    if !p.excludes.is_empty() {
        ui.text_label(t.f("policy-excludes", &[("list", names(&p.excludes).into())]));
    }
    ui.text_label(
        RichText::new(t.f("policy-source", &[("source", t.scenario(&p.source).into())]))
            .italics()
            .small(),
    );
    if !p.prompt.is_empty() {
        ui.text_label(
            RichText::new(t.f("policy-prompt", &[("prompt", t.scenario(&p.prompt).into())]))
                .small(),
        );
    }
}

fn policies_panel(
    ui: &mut Ui,
    t: &Strings,
    play: &Play,
    view: &SideView,
    actions: &mut Vec<Action>,
) {
    let s = play.scenario();
    let side = view.side;
    let human = play.is_human(side);
    let drafts = play.drafts(side);
    ui.text_label(RichText::new(t.t("panel-policies")).strong());
    let mut categories: Vec<&str> = Vec::new();
    for p in &s.policies {
        if p.side.allows(side) && !categories.contains(&p.category.as_str()) {
            categories.push(&p.category);
        }
    }
    for cat in categories {
        egui::CollapsingHeader::new(RichText::new(category_name(t, cat)).strong())
            .id_salt(("cat", cat))
            .default_open(true)
            .show(ui, |ui| {
                ui.table(|ui| {
                    egui::Grid::new(("pol", cat))
                        .num_columns(3)
                        .striped(true)
                        .max_col_width(250.0)
                        .show(ui, |ui| {
                            for (i, p) in s.policies.iter().enumerate() {
                                if p.category != cat || !p.side.allows(side) {
                                    continue;
                                }
                                let id = PolicyId(u16::try_from(i).unwrap_or(u16::MAX));
                                let status = view
                                    .own
                                    .policies
                                    .status
                                    .get(i)
                                    .copied()
                                    .unwrap_or(PolicyStatus::Off);
                                let drafted = drafts.iter().any(|c| c.policy() == Some(id));
                                let mut name = RichText::new(t.scenario(&p.name));
                                if status.in_force() {
                                    name = name.strong();
                                }
                                cells(
                                    ui,
                                    &mut [
                                        &mut |ui| {
                                            ui.text_label(name.clone())
                                                .hover_ui(|ui| policy_tooltip(ui, t, s, id));
                                        },
                                        &mut |ui| {
                                            ui.text_label(
                                                RichText::new(status_text(t, status)).small(),
                                            );
                                        },
                                        &mut |ui| {
                                            // Left to right inside its cell: a right-to-left
                                            // row would reach past the cell.
                                            ui.horizontal(|ui| {
                                                ui.add_enabled_ui(human, |ui| {
                                                    policy_controls(
                                                        ui, t, p, id, status, drafted, drafts,
                                                        actions,
                                                    );
                                                });
                                            });
                                        },
                                    ],
                                );
                            }
                        });
                });
            });
    }
}

#[expect(clippy::too_many_arguments, reason = "one row of the policy table")]
fn policy_controls(
    ui: &mut Ui,
    t: &Strings,
    p: &crate::scenario::PolicyDef,
    id: PolicyId,
    status: PolicyStatus,
    drafted: bool,
    drafts: &[Command],
    actions: &mut Vec<Action>,
) {
    match &p.kind {
        PolicyKind::Toggle => {
            let (label, cmd) = if status.in_force() {
                (t.t("policy-repeal"), Command::Repeal { policy: id })
            } else {
                (t.t("policy-enact"), Command::Enact { policy: id })
            };
            if ui
                .add(
                    egui::Button::new(crate::gui::bidi::ordered(ui, label, None)).selected(drafted),
                )
                .hover(t.scenario(&p.name))
                .clicked()
            {
                actions.push(Action::Draft(cmd));
            }
        }
        PolicyKind::Project { .. } => {
            if matches!(status, PolicyStatus::Off)
                && ui
                    .add(
                        egui::Button::new(crate::gui::bidi::ordered(ui, t.t("policy-build"), None))
                            .selected(drafted),
                    )
                    .hover(t.scenario(&p.name))
                    .clicked()
            {
                actions.push(Action::Draft(Command::Enact { policy: id }));
            }
        }
        PolicyKind::Levels { levels, .. } => {
            let current = match status {
                PolicyStatus::Level { level, .. } => level,
                _ => 0,
            };
            let drafted_level = drafts.iter().find_map(|c| match c {
                Command::SetLevel { policy, level } if *policy == id => Some(*level),
                _ => None,
            });
            for (k, l) in levels.iter().enumerate() {
                let k8 = u8::try_from(k).unwrap_or(u8::MAX);
                let selected = drafted_level.map_or(k8 == current, |d| d == k8);
                let r = ui
                    .add(egui::Button::new(format!("{k}")).selected(selected))
                    .hover(format!(
                        "{} {k}: {}",
                        t.t("policy-level"),
                        t.scenario(&l.name)
                    ));
                if r.clicked() && k8 != current {
                    actions.push(Action::Draft(Command::SetLevel {
                        policy: id,
                        level: k8,
                    }));
                }
            }
        }
    }
}
