//! The help overlay (keys and a glossary of every quantity) and the guided first turn.

use crate::gui::bidi::BidiUi as _;
use egui::RichText;

use super::super::shell::WindowState;
use super::super::text::Arg;
use super::super::widgets::{game_q_text, q_desc, q_name, q_unit, score_args};
use crate::scenario::Scenario;
use crate::sim::quantity::{BlocQ, GameQ};

/// Number of steps of the guided first turn (the first says how you win).
pub(crate) const GUIDE_STEPS: usize = 7;

/// Paragraphs of "How you win" in the help.
const WIN_PARAGRAPHS: [&str; 7] = [
    "help-win-1",
    "help-win-2",
    "help-win-3",
    "help-win-4",
    "help-win-5",
    "help-win-6",
    "help-win-7",
];

/// The help window, if `open_flag` (F1 or H on the game screen; a button on the title
/// screen), about the game's scenario or else `chosen`. True when the player asked to see the
/// guided first turn again.
pub(crate) fn overlay(
    ctx: &egui::Context,
    state: &WindowState,
    open_flag: &mut bool,
    chosen: Option<&Scenario>,
) -> bool {
    if !*open_flag {
        return false;
    }
    let mut open = true;
    let mut restart_guide = false;
    let t = &state.strings;
    // The game's scenario, or the one chosen on the new-game screen.
    let args = state
        .play
        .as_ref()
        .map(|p| p.scenario())
        .or(chosen)
        .map(|s| score_args(t, s))
        .unwrap_or_default();
    egui::Window::new(crate::gui::bidi::visual(ctx, t.t("help-title")))
        .open(&mut open)
        .default_size([640.0, 520.0])
        .vscroll(true)
        .show(ctx, |ui| {
            ui.flow(|ui| {
                ui.text_label(RichText::new(t.t("help-win-title")).strong());
                for key in WIN_PARAGRAPHS {
                    ui.text_label(t.f(key, &args));
                    ui.add_space(4.0);
                }
                ui.separator();
                ui.text_label(RichText::new(t.t("help-keys")).strong());
                for key in [
                    "help-key-enter",
                    "help-key-c",
                    "help-key-s",
                    "help-key-f1",
                    "help-key-esc",
                    "help-key-zoom",
                ] {
                    ui.text_label(format!("• {}", t.t(key)));
                }
                if ui.text_button(t.t("help-reopen-guide")).clicked() {
                    restart_guide = true;
                }
                ui.separator();
                ui.text_label(RichText::new(t.t("help-glossary")).strong());
                ui.table(|ui| {
                    egui::Grid::new("glossary")
                        .num_columns(3)
                        .striped(true)
                        .show(ui, |ui| {
                            for &q in GameQ::ALL {
                                let (name, unit, desc) = game_q_text(t, q);
                                crate::gui::bidi::text_cells(
                                    ui,
                                    [RichText::new(name).strong(), unit.into(), desc.into()],
                                );
                            }
                            for &q in BlocQ::ALL {
                                crate::gui::bidi::text_cells(
                                    ui,
                                    [
                                        RichText::new(q_name(t, q)).strong(),
                                        q_unit(t, q).into(),
                                        q_desc(t, q).into(),
                                    ],
                                );
                            }
                        });
                });
            });
        });
    *open_flag = open && !restart_guide;
    restart_guide
}

/// The guided first turn at `at` (None: closed): one note at a time, skippable, reopened
/// from help.
pub(crate) fn guide(ctx: &egui::Context, state: &WindowState, at: &mut Option<usize>) {
    let Some(step) = *at else {
        return;
    };
    let t = &state.strings;
    let mut next = Some(step);
    egui::Window::new(crate::gui::bidi::visual(
        ctx,
        t.f(
            "guide-title",
            &[
                ("step", ((step + 1) as u32).into()),
                ("total", (GUIDE_STEPS as u32).into()),
            ],
        ),
    ))
    .id(egui::Id::new("guide"))
    .collapsible(false)
    .resizable(false)
    .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
    .default_width(420.0)
    .show(ctx, |ui| {
        ui.flow(|ui| {
            let args = state
                .play
                .as_ref()
                .map(|p| {
                    let s = p.scenario();
                    let mut args = score_args(t, s);
                    let own = &s.bloc(p.viewer).politics;
                    args.push(("income", Arg::Number(own.income.v())));
                    args.push(("bank", Arg::Number(own.cap.v())));
                    args
                })
                .unwrap_or_default();
            ui.text_label(RichText::new(t.f(&format!("guide-{step}"), &args)).size(17.0));
            if step == 0
                && let Some(line) = first_move(state)
            {
                ui.add_space(6.0);
                ui.text_label(RichText::new(line).size(15.0).italics());
            }
            ui.add_space(8.0);
            ui.row(|ui| {
                if ui.text_button(t.t("guide-next")).clicked() {
                    next = (step + 1 < GUIDE_STEPS).then_some(step + 1);
                }
                if ui.text_button(t.t("guide-skip")).clicked() {
                    next = None;
                }
            });
        });
    });
    *at = next;
}

/// A first move to suggest to the player, in the guide's words. None when there is no game,
/// no person playing or nothing to suggest.
fn first_move(state: &WindowState) -> Option<String> {
    let (policy, doctrine) = suggested_move(state.play.as_ref()?)?;
    Some(state.strings.f(
        "guide-first-move",
        &[
            ("policy", state.strings.scenario(&policy).into()),
            ("doctrine", state.strings.scenario(&doctrine).into()),
        ],
    ))
}

/// A move to suggest to the person at the screen: the policy the scenario's doctrines for
/// their side prefer most that the game would take now (asked of the game itself), with the
/// doctrine that prefers it, in the scenario's words. None when nobody plays that side or
/// nothing can be enacted.
pub(crate) fn suggested_move(play: &super::super::play::Play) -> Option<(String, String)> {
    use crate::scenario::PolicySide;
    use crate::sim::orders::Command;
    use crate::sim::policies::PolicyId;
    let side = play.viewer;
    if !play.is_human(side) {
        return None;
    }
    let s = play.scenario();
    let owner = match side {
        crate::sim::quantity::Side::Us => PolicySide::Us,
        crate::sim::quantity::Side::China => PolicySide::China,
    };
    let mut prefs: Vec<(&str, f64, &str)> = s
        .doctrines
        .iter()
        .filter(|d| d.side == owner)
        .flat_map(|d| {
            d.prefer
                .iter()
                .map(move |(p, w)| (p.as_str(), *w, d.name.as_str()))
        })
        .collect();
    prefs.sort_by(|a, b| b.1.total_cmp(&a.1));
    prefs.into_iter().find_map(|(id, _, doctrine)| {
        let policy = PolicyId::find(s, id)?;
        let def = policy.def(s)?;
        play.would_take(side, Command::Enact { policy })
            .then(|| (def.name.clone(), doctrine.to_owned()))
    })
}
