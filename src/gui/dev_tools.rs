//! The developer's tools, kept out of the game's own code paths: the headless check
//! (`ai-race play --autoplay N`: play N turns computer against computer, show a screen, take
//! the screenshot, write the visible text, report the frame times and quit), the pointer
//! resting for a tooltip in a screenshot, and each played turn's state hash on the console (so
//! the desktop and browser builds can be compared). Added by [`super::window`] only when
//! `--autoplay` is given.
#![expect(
    clippy::disallowed_types,
    reason = "the headless check measures the frame rate; the simulation never sees a clock"
)]

use std::path::PathBuf;

// A clock that also works in a browser (std's Instant panics there).
use bevy::platform::time::Instant;

use bevy::diagnostic::{DiagnosticsStore, FrameCount, FrameTimeDiagnosticsPlugin};
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use bevy::window::RequestRedraw;
use bevy_egui::{
    EguiContexts, EguiFullOutput, EguiInput, EguiPostUpdateSet, EguiPreUpdateSet,
    EguiPrimaryContextPass,
};

use super::play::Phase;
use super::screens::ScreenSystems;
use super::screens::experiment::ExperimentForm;
use super::shell::{GameUi, NewGameForm, Screen, WindowState};
use super::window::Timing;

/// The screens' own states the check sets up for the screen it shows.
#[derive(bevy::ecs::system::SystemParam)]
struct ScreenStates<'w> {
    game_ui: ResMut<'w, GameUi>,
    experiment: ResMut<'w, ExperimentForm>,
    new_game: Res<'w, NewGameForm>,
}

/// The headless check, as a plugin.
pub(super) struct DevToolsPlugin(pub(super) Autoplay);

impl Plugin for DevToolsPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(self.0.clone())
            .insert_resource(HashesReported(0))
            .init_resource::<VisibleText>()
            .add_systems(
                EguiPrimaryContextPass,
                set_up_context
                    .after(super::window::set_up_context)
                    .before(ScreenSystems),
            )
            .add_systems(
                PreUpdate,
                rest_pointer
                    .after(EguiPreUpdateSet::ProcessInput)
                    .before(EguiPreUpdateSet::BeginPass),
            )
            .add_systems(
                Update,
                (headless_turns, finish_autoplay)
                    .chain()
                    .after(super::window::think)
                    .before(super::window::follow_screen),
            )
            .add_systems(
                PostUpdate,
                collect_text
                    .after(EguiPostUpdateSet::EndPass)
                    .before(EguiPostUpdateSet::ProcessOutput),
            )
            .add_systems(Last, report_hashes);
    }
}

impl Autoplay {
    /// The check's options: turns to play, where the screenshot and the text go, the screen to
    /// show and where the pointer rests.
    pub(super) fn new(
        joining: bool,
        turns: u32,
        screenshot: Option<PathBuf>,
        dump_text: Option<PathBuf>,
        show: Option<String>,
        pointer: Option<(f32, f32)>,
    ) -> Autoplay {
        Autoplay {
            joining,
            turns,
            screenshot,
            dump_text,
            show,
            pointer,
            settled: 0,
            began: None,
            ended: None,
            shot_taken: false,
            captured: false,
            frames_after_capture: 0,
            branched: false,
        }
    }
}

/// Once: record text in logical order for `--dump-text`; tooltips at once where the pointer
/// rests (`--pointer`), or never (the pointer rests mid-window otherwise).
fn set_up_context(
    mut contexts: EguiContexts,
    mut done: Local<bool>,
    auto: Res<Autoplay>,
) -> Result {
    if *done {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    if auto.dump_text.is_some() {
        crate::gui::bidi::record_logical(ctx);
    }
    let delay = if auto.pointer.is_some() {
        0.0
    } else {
        f32::MAX
    };
    ctx.all_styles_mut(|s| s.interaction.tooltip_delay = delay);
    *done = true;
    Ok(())
}

/// `--pointer`: the pointer rests there (for a tooltip in the screenshot).
fn rest_pointer(mut inputs: Query<&mut EguiInput>, auto: Res<Autoplay>) {
    let Some((x, y)) = auto.pointer else {
        return;
    };
    for mut input in &mut inputs {
        input
            .0
            .events
            .push(egui::Event::PointerMoved(egui::pos2(x, y)));
    }
}

/// End a turn every few frames as the decisions arrive, until N turns are played: the frame
/// rate it reports is measured over a screen that keeps changing.
fn headless_turns(
    mut shell: ResMut<WindowState>,
    mut auto: ResMut<Autoplay>,
    frames: Res<FrameCount>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Some(play) = shell.play.as_mut() else {
        return;
    };
    if play.phase != Phase::Planning || play.end_requested || play.turn() >= auto.turns {
        return;
    }
    if auto
        .ended
        .is_some_and(|(_, f)| frames.0 < f + HEADLESS_FRAMES_PER_TURN)
    {
        return;
    }
    let now = Instant::now();
    auto.began.get_or_insert((now, frames.0));
    auto.ended = Some((now, frames.0));
    play.end_turn();
    redraw.write(RequestRedraw);
}

/// The headless check's progress.
#[derive(Resource, Clone)]
pub(super) struct Autoplay {
    /// The game is a class's: it is waited for until the host gives the seat.
    joining: bool,
    turns: u32,
    screenshot: Option<PathBuf>,
    dump_text: Option<PathBuf>,
    show: Option<String>,
    pointer: Option<(f32, f32)>,
    /// Frames since the last turn was played (the screen is let settle before the shot).
    settled: u32,
    /// When the first turn was played, and the frame count then (for the frame rate while
    /// the screen changes, start-up excluded).
    began: Option<(Instant, u32)>,
    /// When the last turn was played, and the frame count then.
    ended: Option<(Instant, u32)>,
    shot_taken: bool,
    captured: bool,
    frames_after_capture: u32,
    /// `--show branch`: the branch has been made (it is played to the same turn, then shown).
    branched: bool,
}

/// The last text egui drew, for `--dump-text`.
#[derive(Resource, Default)]
struct VisibleText(Vec<String>);

/// Frames between two turns of the headless check.
const HEADLESS_FRAMES_PER_TURN: u32 = 5;

/// After N turns: let the screen settle, take the screenshot, write the text, quit.
#[expect(clippy::too_many_arguments, reason = "a Bevy system's parameters")]
fn finish_autoplay(
    mut commands: Commands,
    mut auto: ResMut<Autoplay>,
    mut shell: ResMut<WindowState>,
    mut screens: ScreenStates,
    text: Res<VisibleText>,
    timing: Res<Timing>,
    frames: Res<FrameCount>,
    diagnostics: Res<DiagnosticsStore>,
    mut exit: MessageWriter<AppExit>,
) {
    let done = match shell.play.as_ref() {
        None => !auto.joining,
        Some(p) => {
            p.phase == Phase::Over
                || (p.turn() >= auto.turns && !p.end_requested && p.phase != Phase::Sent)
        }
    };
    // A finished game first goes to its end screen (the game screen asks for it): the screen
    // to show is asked for once that is done, so the two requests do not cross.
    let over = shell.play.as_ref().is_some_and(|p| p.phase == Phase::Over);
    if !done || (over && auto.settled < 2 && shell.screen == Screen::Game) {
        auto.settled = 0;
        return;
    }
    auto.settled += 1;
    if auto.settled == 2
        && let Some(show) = auto.show.clone()
    {
        let sh = &mut *shell;
        let game_ui = &mut *screens.game_ui;
        game_ui.follow(sh);
        match show.as_str() {
            "charts" => sh.go(Screen::Charts),
            "market-chart" => {
                sh.go(Screen::Charts);
                game_ui.chart =
                    crate::gui::shell::Chart::Market(crate::sim::quantity::Region::SoutheastAsia);
            }
            "end" => sh.go(Screen::End),
            "experiment" => {
                // Run a small experiment on the game's scenario and show its charts.
                sh.go(Screen::Experiment);
                let form = &mut *screens.experiment;
                form.runs = "300".into();
                let chosen = screens.new_game.scenario.as_ref();
                if let Err(e) = super::screens::experiment::start(sh, form, chosen) {
                    form.error = Some(e);
                }
            }
            "branch" if !auto.branched => {
                // Go back two turns, take the viewer's side, put everything into power for
                // the grid, and play back to the same turn: the charts then show both
                // timelines and where they part.
                auto.branched = true;
                if let Some(play) = sh.play.as_ref() {
                    let viewer = play.viewer;
                    let at = play.turn().saturating_sub(2).max(1);
                    if let Ok(mut branch) = play.branch(at, Some(viewer)) {
                        let _ = branch.draft(
                            viewer,
                            crate::sim::orders::Command::SetBudget {
                                chips: 0.15,
                                grid: 0.7,
                                research: 0.15,
                            },
                        );
                        sh.begin(branch);
                        // The branch's own screen state, showing the grid.
                        game_ui.follow(sh);
                        game_ui.chart = crate::gui::shell::Chart::Bloc(
                            crate::sim::quantity::BlocQ::EnergyGridGw,
                        );
                    }
                }
                auto.settled = 0;
                return;
            }
            "branch" => sh.go(Screen::Charts),
            "title" => sh.go(Screen::Title),
            "new-game" => sh.go(Screen::NewGame),
            "load" => sh.go(Screen::Load),
            "join" => sh.go(Screen::Join),
            "help" => game_ui.help = true,
            "guide" => game_ui.guide = Some(0),
            _ => {}
        }
    }
    if auto.settled < 10 {
        return;
    }
    // An experiment being shown is finished first.
    if shell.screen == Screen::Experiment
        && screens.experiment.run.is_some()
        && screens.experiment.results.is_none()
    {
        auto.settled = 9;
        return;
    }
    if cfg!(target_arch = "wasm32") {
        // A page does not exit: say the autoplay is over, once, and leave the game shown.
        if !auto.shot_taken {
            auto.shot_taken = true;
            crate::gui::platform::log("AI_RACE_AUTOPLAY_DONE");
        }
        return;
    }
    if !auto.shot_taken {
        auto.shot_taken = true;
        match auto.screenshot.clone() {
            Some(path) => {
                commands
                    .spawn(Screenshot::primary_window())
                    .observe(save_to_disk(path))
                    .observe(|_: On<ScreenshotCaptured>, mut auto: ResMut<Autoplay>| {
                        auto.captured = true;
                    });
            }
            None => auto.captured = true,
        }
        return;
    }
    if !auto.captured {
        return;
    }
    // Give the file a few frames to be written.
    auto.frames_after_capture += 1;
    if auto.frames_after_capture < 5 {
        return;
    }
    if let Some(path) = &auto.dump_text
        && let Err(e) = std::fs::write(path, text.0.join("\n"))
    {
        eprintln!("error: cannot write {}: {e}", path.display());
        exit.write(AppExit::error());
        return;
    }
    let frame_ms = diagnostics
        .get(&FrameTimeDiagnosticsPlugin::FRAME_TIME)
        .and_then(|d| d.average());
    // Sustained rate from the first turn to the last (start-up and shader compilation excluded).
    let sustained = match (auto.began, auto.ended) {
        (Some((t0, f0)), Some((t1, f1))) if f1 > f0 => {
            format!(
                "{:.1} fps over {} frames of play",
                f64::from(f1 - f0) / (t1 - t0).as_secs_f64(),
                f1 - f0
            )
        }
        _ => "no turns played".into(),
    };
    println!(
        "autoplay: {} turns, {} frames; {sustained}; last frames {:.2} ms each; first frame after {} ms",
        shell.play.as_ref().map_or(0, |p| p.turn()),
        frames.0,
        frame_ms.unwrap_or(f64::NAN),
        timing.first_frame.map_or(0, |d| d.as_millis()),
    );
    exit.write(AppExit::Success);
}

/// Keep the text egui drew this frame (for `--dump-text`).
/// Right-to-left text is kept as written, not in the order it is drawn.
fn collect_text(
    mut outputs: Query<(&EguiFullOutput, &mut bevy_egui::EguiContext)>,
    mut text: ResMut<VisibleText>,
) {
    for (out, mut ctx) in &mut outputs {
        let Some(full) = &out.0 else {
            continue;
        };
        let mut lines = Vec::new();
        for clipped in &full.shapes {
            texts_of(&clipped.shape, &mut lines);
        }
        let ctx = ctx.get_mut();
        for line in &mut lines {
            *line = crate::gui::bidi::logical(ctx, line);
        }
        if !lines.is_empty() {
            text.0 = lines;
        }
    }
}

fn texts_of(shape: &egui::Shape, out: &mut Vec<String>) {
    match shape {
        egui::Shape::Text(t) => {
            let s = t.galley.text();
            if !s.trim().is_empty() {
                out.push(s.to_owned());
            }
        }
        egui::Shape::Vec(v) => {
            for s in v {
                texts_of(s, out);
            }
        }
        _ => {}
    }
}

/// Turns whose state hash the autoplay has printed.
#[derive(Resource)]
struct HashesReported(usize);

/// During an autoplay, print each played turn's state hash (`AI_RACE_HASH <turn> <hex>`),
/// on standard output on the desktop and on the console in a browser, so the two builds can
/// be checked against each other. A class's game (held by its host) prints each turn the
/// host has played (`AI_RACE_CLASS_TURN <turn>`); its hashes are in the host's saves.
fn report_hashes(shell: Res<WindowState>, reported: Option<ResMut<HashesReported>>) {
    let (Some(mut reported), Some(play)) = (reported, shell.play.as_ref()) else {
        return;
    };
    let Some(session) = play.session() else {
        while (reported.0 as u32) < play.turn() {
            reported.0 += 1;
            crate::gui::platform::log(&format!("AI_RACE_CLASS_TURN {}", reported.0));
        }
        return;
    };
    let turns = &session.save_game().turns;
    while reported.0 < turns.len() {
        let t = &turns[reported.0];
        crate::gui::platform::log(&format!("AI_RACE_HASH {} {:016x}", t.turn, t.hash));
        reported.0 += 1;
    }
}
