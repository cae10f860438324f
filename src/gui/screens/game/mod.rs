//! The game screen: the top bar, your bloc with the ledger on hover, the rival through the
//! fog, the world's markets, policies by category, event cards, orders, news, the computer's
//! explanations, Save and End turn. Hot-seat shows a hand-over page between the players.
//!
//! Everything drawn comes from the viewing side's [`SideView`]: nothing here reads the
//! rival's true state.

use crate::gui::bidi::{BidiResponse as _, BidiUi as _, cells};
use egui::{Color32, RichText, Ui};

use super::super::play::{News, Phase, Play};
use super::super::shell::{GameUi, Screen, WindowState};
use super::super::text::Strings;
use super::super::widgets::{
    big_button, category_name, cause_text, game_q_text, num, num_plain, q_desc, q_name, q_unit,
    quantity_text, region_name, side_color, side_label, side_mark, side_name, side_text_color,
    signed, sparkline,
};
pub(crate) use crate::i18n::order_text;
use crate::scenario::{Expectation, PolicyKind, Scenario};
use crate::sim::fog::SideView;
use crate::sim::game::JournalEntry;
use crate::sim::orders::Command;
use crate::sim::policies::{PolicyId, PolicyStatus};
use crate::sim::quantity::{BlocQ, GameQ, Quantity, Region, Side};
use crate::sim::scoring::ScoreAxis;

pub(crate) use crate::i18n::RESOURCES;

mod bars;
mod news;
mod own;
mod policies;
mod status;

use bars::*;
pub(crate) use news::news_text;
use news::*;
use own::*;
use policies::*;
use status::*;

/// The export-control quantities a side needs, shown under its resources: what the rival's
/// controls block and what gets through (China), or what the controls cost its chip makers
/// (the US).
pub(crate) fn control_rows(side: Side) -> &'static [BlocQ] {
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

/// The game screen's plugin: its own state ([`GameUi`], which the charts screen shares).
pub(crate) fn plugin(app: &mut bevy::prelude::App) {
    app.init_resource::<GameUi>();
    super::draws_with(app, Screen::Game, ui);
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
    /// A class's team takes back its sent orders to change them.
    Reopen,
}

/// Draw the game screen.
pub(crate) fn ui(root: &mut Ui, state: &mut WindowState, game_ui: &mut GameUi) {
    game_ui.follow(state);
    let Some(play) = state.play.as_ref() else {
        state.go(Screen::Title);
        return;
    };
    let mut actions = Vec::new();
    if let Phase::Handoff(side) = play.phase {
        handoff(root, &state.strings, play, side, &mut actions);
    } else {
        shortcuts(root.ctx(), game_ui, &mut actions);
        let play = state.play.as_ref().expect("checked above");
        let view = play.view(play.viewer);
        let t = &state.strings;
        top_bar(root, t, play, &view);
        bottom_bar(root, t, play, game_ui.autoplay, &mut actions);
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
                        budget_panel(ui, t, &view, &mut game_ui.budget, &mut actions);
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
        let new_turn = game_ui.seen_turn != Some(play.turn());
        game_ui.seen_turn = Some(play.turn());
        egui::CentralPanel::default().show(root, |ui| {
            let mut area = egui::ScrollArea::both().id_salt("centre-scroll");
            if new_turn {
                area = area.vertical_scroll_offset(0.0);
            }
            area.show(ui, |ui| {
                ui.flow(|ui| {
                    orders_panel(ui, t, play, &game_ui.refused, &mut actions);
                    events_panel(ui, t, play, &view, &mut actions);
                    markets_panel(ui, t, &view);
                    ui.separator();
                    policies_panel(ui, t, play, &view, &mut actions);
                });
            });
        });
        super::help::guide(root.ctx(), state, &mut game_ui.guide);
    }
    if super::help::overlay(root.ctx(), state, &mut game_ui.help, None) {
        game_ui.guide = Some(0);
    }
    apply(state, game_ui, actions);
}

fn apply(state: &mut WindowState, game_ui: &mut GameUi, actions: Vec<Action>) {
    let Some(play) = state.play.as_mut() else {
        return;
    };
    let mut goto = None;
    for a in actions {
        match a {
            Action::Draft(c) => {
                // A class's team changing its orders after sending them sends them again.
                play.reopen();
                game_ui.refused = play.draft(play.viewer, c).err();
            }
            Action::RemoveDraft(i) => {
                play.reopen();
                play.remove_draft(play.viewer, i);
            }
            Action::Reopen => play.reopen(),
            Action::EndTurn => {
                game_ui.refused = None;
                game_ui.budget = None;
                play.end_turn();
            }
            Action::TakeSeat => play.take_seat(),
            Action::Save => {
                play.status = Some(match play.save_game(&state.saves_dir) {
                    Ok(path) => (state.strings.f("saved", &[("path", path.into())]), false),
                    Err(e) => (
                        state.strings.f("save-failed", &[("reason", e.into())]),
                        true,
                    ),
                });
            }
            Action::Charts => goto = Some(Screen::Charts),
            Action::Menu => goto = Some(Screen::Title),
            Action::ToggleAutoplay => game_ui.autoplay = !game_ui.autoplay,
        }
    }
    if play.phase == Phase::Over {
        goto = Some(Screen::End);
    }
    if let Some(screen) = goto {
        state.go(screen);
    }
}

fn shortcuts(ctx: &egui::Context, game_ui: &mut GameUi, actions: &mut Vec<Action>) {
    // Keys do nothing while the player types in a field, nor in the frame after: a field
    // gives up its focus when Enter confirms it, and that Enter is the field's.
    let typing = ctx.egui_wants_keyboard_input();
    let was_typing = std::mem::replace(&mut game_ui.typing, typing);
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
        game_ui.help = !game_ui.help;
    }
    if esc {
        game_ui.help = false;
        game_ui.guide = None;
    }
}
