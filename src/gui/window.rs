//! The Bevy app behind the window: the screens as states (one plugin each), the egui
//! context set-up (fonts, theme, UI scale), the computer's thinking on a worker thread, the
//! watch-mode autoplay, and the headless check (`ai-race play --autoplay N --screenshot`).
//!
//! Must not: draw game content itself (the screens do) or decide orders (the players do).
//! The clock is allowed here, and only here: the window measures its own start-up and paces
//! the watch mode; the game never sees it.
#![expect(
    clippy::disallowed_types,
    reason = "the window times its first frame and paces watch mode; the simulation never sees a clock"
)]

use std::path::PathBuf;
use std::time::Duration;

// A clock that also works in a browser (std's Instant panics there).
use bevy::platform::time::Instant;

use bevy::diagnostic::{FrameCount, FrameTimeDiagnosticsPlugin};
use bevy::prelude::*;
use bevy::tasks::{AsyncComputeTaskPool, Task, futures::check_ready};
use bevy::window::{RequestRedraw, WindowResolution};
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiInput, EguiPlugin, EguiPreUpdateSet, EguiPrimaryContextPass};

use super::dev_tools::{Autoplay, DevToolsPlugin};
use super::play::{Phase, ThinkDone};
use super::screens;
use super::screens::ScreenSystems;
use super::shell::{GameUi, NewGameForm, Screen, SideChoice, WindowState};
use super::text::Strings;
use crate::ai::Level;
use crate::scenario::Scenario;

/// How to open the window.
#[derive(Debug, Default)]
pub struct WindowOptions {
    /// Join a class at once: the host's address, the join code, the team's name.
    pub join: Option<(String, String, String)>,
    /// Open on the join screen (a page the class's host served, `?class`).
    pub class: bool,
    /// Start a game at once from this scenario (else: the title screen).
    pub scenario: Option<Scenario>,
    /// Who plays (with a scenario).
    pub side: Option<SideChoice>,
    /// Whose view the screen shows when the computer plays both sides.
    pub viewer: Option<SideChoice>,
    /// The computer's level.
    pub level: Option<Level>,
    /// Seed.
    pub seed: Option<u64>,
    /// Play this many turns with the computer on both sides, then take the screenshot and quit.
    pub autoplay: Option<u32>,
    /// The screen to show for the screenshot (with `autoplay`).
    pub show: Option<String>,
    /// Where to save the screenshot (with `autoplay`).
    pub screenshot: Option<PathBuf>,
    /// Where to write the text visible on screen (with `autoplay`).
    pub dump_text: Option<PathBuf>,
    /// Where the pointer rests for the screenshot (with `autoplay`), logical pixels.
    pub pointer: Option<(f32, f32)>,
    /// Where saves go.
    pub saves_dir: PathBuf,
    /// Window size in logical pixels.
    pub size: (u32, u32),
    /// The string table.
    pub strings: Option<Strings>,
}

/// The computer's decisions being made: on the worker pool on the desktop, a little each
/// frame in a browser (which has no worker threads).
#[derive(Resource, Default)]
pub(super) struct Thinking(Vec<Task<ThinkDone>>, Vec<super::play::ThinkSteps>);

/// When the app started, and when the first frame was drawn.
#[derive(Resource)]
pub(super) struct Timing {
    start: Instant,
    /// How long the first frame took to come, once it has.
    pub(super) first_frame: Option<Duration>,
}

/// The UI scale last applied to egui.
#[derive(Resource, Default)]
pub(super) struct AppliedScale(Option<f32>);

/// Open the window and run until it closes. Returns the process exit code.
pub fn run(opts: WindowOptions) -> std::process::ExitCode {
    let start = Instant::now();
    if let Some(msg) = no_display() {
        eprintln!("{msg}");
        return std::process::ExitCode::from(2);
    }
    install_adapter_hook();
    let mut state = WindowState::new(
        opts.saves_dir.clone(),
        opts.strings.unwrap_or_else(Strings::english),
    );
    let mut new_game = NewGameForm::default();
    if let Some(s) = opts.scenario.clone() {
        new_game.scenario = Some(s);
        new_game.shipped = None;
        new_game.error = None;
    }
    if let Some(side) = opts.side {
        new_game.side = side;
    }
    if let Some(level) = opts.level {
        new_game.level = level;
    }
    if let Some(seed) = opts.seed {
        new_game.seed = seed.to_string();
    }
    let autoplay = opts.autoplay.is_some();
    if autoplay {
        state.settings.guide = false;
    }
    if (opts.scenario.is_some() || autoplay) && opts.join.is_none() {
        if let Err(e) = new_game.start(&mut state) {
            eprintln!("error: {e}");
            return std::process::ExitCode::from(2);
        }
        if let Some(play) = state.play.as_mut()
            && let Some(side) = opts.viewer
            && play.mode == super::play::Mode::Watch
        {
            play.viewer = match side {
                SideChoice::China => crate::sim::quantity::Side::China,
                _ => crate::sim::quantity::Side::Us,
            };
        }
    }
    if opts.class && opts.join.is_none() {
        state.go(Screen::Join);
    }
    let initial = state.next.take().unwrap_or(state.screen);
    state.screen = initial;
    let shell_title = state.strings.t("app-title");
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: shell_title.clone(),
                    resolution: WindowResolution::new(opts.size.0, opts.size.1),
                    // In a browser: draw into the page's canvas and follow the page's size.
                    canvas: cfg!(target_arch = "wasm32").then(|| "#ai-race-canvas".to_owned()),
                    fit_canvas_to_parent: true,
                    ..default()
                }),
                ..default()
            })
            .set(bevy::log::LogPlugin {
                level: bevy::log::Level::WARN,
                ..default()
            }),
    )
    .add_plugins(EguiPlugin::default())
    .add_plugins(FrameTimeDiagnosticsPlugin::default())
    .insert_resource(ClearColor(Color::srgb_u8(
        super::widgets::PANEL_BACKGROUND[0],
        super::widgets::PANEL_BACKGROUND[1],
        super::widgets::PANEL_BACKGROUND[2],
    )))
    .insert_resource(if autoplay {
        WinitSettings::game()
    } else {
        WinitSettings::desktop_app()
    })
    .insert_resource(Timing {
        start,
        first_frame: None,
    })
    .init_resource::<Thinking>()
    .init_resource::<AppliedScale>()
    .insert_state(initial)
    .add_plugins(screens::plugin)
    // After the screens' plugins: the form the options filled in replaces the default one.
    .insert_resource(state)
    .insert_resource(new_game)
    .add_systems(Startup, spawn_camera)
    .add_systems(EguiPrimaryContextPass, set_up_context.before(ScreenSystems))
    .add_systems(
        Update,
        (think, autoplay_turns, follow_screen, quit_when_asked).chain(),
    )
    .add_systems(Last, note_first_frame)
    .add_systems(
        PreUpdate,
        drop_repeated_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    );
    if let Some((address, code, team)) = &opts.join {
        let mut link = super::class_link::ClassLink::default();
        link.join(address, code, team);
        app.insert_non_send(link);
    }
    if let Some(turns) = opts.autoplay {
        app.add_plugins(DevToolsPlugin(Autoplay::new(
            opts.join.is_some(),
            turns,
            opts.screenshot.clone(),
            opts.dump_text.clone(),
            opts.show.clone(),
            opts.pointer,
        )));
    }
    match app.run() {
        AppExit::Success => std::process::ExitCode::SUCCESS,
        AppExit::Error(code) => std::process::ExitCode::from(code.get()),
    }
}

/// On Linux, a window needs X11 (or Wayland, not built in): say so instead of panicking.
fn no_display() -> Option<String> {
    if cfg!(target_os = "linux")
        && !cfg!(target_arch = "wasm32")
        && std::env::var_os("DISPLAY").is_none()
    {
        return Some(
            "error: no display (DISPLAY is not set), so the game window cannot open. \
             Play headless with `ai-race simulate --scenario scenarios/baseline_2025.ron`, \
             or run the window under Xvfb (see README)."
                .into(),
        );
    }
    None
}

/// Bevy's renderer panics when no graphics adapter exists; turn that into one clear line.
fn install_adapter_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        if msg.contains("Unable to find a GPU") {
            eprintln!("error: {}", Strings::english().t("no-adapter"));
            std::process::exit(2);
        }
        default(info);
    }));
}

fn spawn_camera(mut commands: Commands) {
    // The window draws only egui: multisampling would cost fill rate (a lot on a software
    // renderer) for nothing.
    commands.spawn((Camera2d, bevy::render::view::Msaa::Off));
}

/// Fonts and theme once; the UI scale whenever it changes (from settings or Ctrl +/−).
pub(super) fn set_up_context(
    mut contexts: EguiContexts,
    mut done: Local<bool>,
    mut applied: ResMut<AppliedScale>,
    mut shell: ResMut<WindowState>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if !*done {
        super::widgets::install_fonts(ctx);
        super::widgets::install_theme(ctx);
        *done = true;
    }
    super::bidi::set_rtl(ctx, shell.strings.rtl());
    let wanted = shell.settings.ui_scale;
    match applied.0 {
        Some(a) if (a - wanted).abs() < f32::EPSILON => {
            let z = ctx.zoom_factor();
            if (z - a).abs() > f32::EPSILON {
                // The player zoomed with the keyboard: keep it as the setting, within what
                // the window can show, and remember it.
                let window = ctx.content_rect().size() * z;
                let z = z.min(super::shell::Settings::max_scale_for(window));
                ctx.set_zoom_factor(z);
                shell.settings.ui_scale = z;
                applied.0 = Some(z);
                let dir = shell.saves_dir.clone();
                shell.settings.store(&dir);
            }
        }
        _ => {
            ctx.set_zoom_factor(wanted);
            applied.0 = Some(wanted);
        }
    }
    Ok(())
}

/// The Bevy state `State<Screen>` is the one place the screen shown is decided: a screen's
/// request ([`WindowState::go`]) becomes `NextState`, and the shared state's `screen` (and
/// `previous`) follow the state for the screens that read them.
pub(super) fn follow_screen(
    mut shell: ResMut<WindowState>,
    state: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if let Some(wanted) = shell.next.take() {
        next.set(wanted);
        redraw.write(RequestRedraw);
    }
    shell.entered(*state.get());
}

/// Start the computer's decisions on the worker pool; take the finished ones.
pub(super) fn think(
    mut shell: ResMut<WindowState>,
    mut thinking: ResMut<Thinking>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Some(play) = shell.play.as_mut() else {
        thinking.0.clear();
        thinking.1.clear();
        return;
    };
    if cfg!(target_arch = "wasm32") {
        // Think for at most ~10 ms a frame, so the page keeps drawing and answering.
        for job in play.take_jobs() {
            thinking.1.push(job.begin());
        }
        let began = Instant::now();
        let mut still = Vec::new();
        for mut steps in thinking.1.drain(..) {
            while began.elapsed() < Duration::from_millis(10) && !steps.step() {}
            if steps.step() {
                play.finish(steps.finish());
            } else {
                still.push(steps);
            }
        }
        thinking.1 = still;
        if !thinking.1.is_empty() {
            redraw.write(RequestRedraw);
        }
        return;
    }
    let pool = AsyncComputeTaskPool::get();
    for job in play.take_jobs() {
        thinking.0.push(pool.spawn(async move { job.run() }));
    }
    let mut still = Vec::new();
    for mut task in thinking.0.drain(..) {
        match check_ready(&mut task) {
            Some(done) => play.finish(done),
            None => still.push(task),
        }
    }
    thinking.0 = still;
    if !thinking.0.is_empty() {
        // Keep frames coming so the result is picked up (the window is reactive otherwise).
        redraw.write(RequestRedraw);
    }
}

/// Watch mode's "play on its own": end a turn when the decisions have arrived and people
/// have had a second to read the last one. (The headless check paces its own turns:
/// [`super::dev_tools`].)
pub(super) fn autoplay_turns(
    mut shell: ResMut<WindowState>,
    game_ui: Res<GameUi>,
    mut last_turn: Local<Option<Instant>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let on = game_ui.autoplay;
    let Some(play) = shell.play.as_mut() else {
        return;
    };
    if !on || play.phase != Phase::Planning || play.end_requested {
        return;
    }
    let now = Instant::now();
    if last_turn.is_some_and(|t| now.duration_since(t) < Duration::from_millis(1200)) {
        redraw.write(RequestRedraw);
        return;
    }
    *last_turn = Some(now);
    play.end_turn();
    redraw.write(RequestRedraw);
}

fn quit_when_asked(shell: Res<WindowState>, mut exit: MessageWriter<AppExit>) {
    if shell.quit {
        exit.write(AppExit::Success);
    }
}

/// bevy_egui 0.42 reports the modifier keys to egui every frame, even when they did not
/// change; egui takes any input event as a reason to paint again, so the window never went
/// idle (93% of a core on the title screen). Pass on only real changes.
pub(super) fn drop_repeated_modifiers(
    mut inputs: Query<&mut EguiInput>,
    mut last: Local<Option<egui::Modifiers>>,
) {
    for mut input in &mut inputs {
        input.0.events.retain(|e| match e {
            egui::Event::ModifiersChanged(m) => {
                let changed = *last != Some(*m);
                *last = Some(*m);
                changed
            }
            _ => true,
        });
    }
}

fn note_first_frame(mut timing: ResMut<Timing>, frames: Res<FrameCount>) {
    if timing.first_frame.is_none() && frames.0 >= 1 {
        let took = timing.start.elapsed();
        timing.first_frame = Some(took);
        // The page and the web check wait for this line.
        super::platform::first_frame(took.as_millis());
    }
}

/// The browser's entry: the options come from the page's address
/// (`?autoplay=8&seed=7&side=us&level=easy&scenario=baseline_2025`; `?class` opens the join
/// screen; `?join=HOST:PORT&code=C&team=T` joins a class at once); without any, the title
/// screen opens.
pub fn run_web() -> std::process::ExitCode {
    let q = super::platform::query();
    let get = |k: &str| q.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
    let side = get("side").map(|s| match s.as_str() {
        "china" => SideChoice::China,
        "hotseat" => SideChoice::HotSeat,
        "watch" => SideChoice::Watch,
        _ => SideChoice::Us,
    });
    let autoplay = get("autoplay").and_then(|v| v.parse::<u32>().ok());
    let scenario = get("scenario").and_then(|name| {
        super::shell::SHIPPED
            .iter()
            .find(|s| s.stem == name)
            .and_then(|s| Scenario::from_ron_str(s.text(), &s.origin()).ok())
    });
    let (side, viewer) = if autoplay.is_some_and(|n| n > 0) {
        (Some(SideChoice::Watch), side)
    } else {
        (side, side)
    };
    let join = get("join").map(|address| {
        (
            address,
            get("code").unwrap_or_default(),
            get("team").unwrap_or_default(),
        )
    });
    run(WindowOptions {
        class: get("class").is_some(),
        join,
        scenario,
        side,
        viewer,
        level: get("level").and_then(|v| Level::parse(&v)),
        seed: get("seed").and_then(|v| v.parse().ok()),
        autoplay,
        saves_dir: PathBuf::from("saves"),
        size: (1280, 720),
        ..WindowOptions::default()
    })
}
