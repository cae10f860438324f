//! Everything the window keeps between frames, apart from Bevy itself: what the screens share
//! ([`WindowState`]: the screen shown, the game being played, the settings) and each screen's
//! own state (the forms, [`GameUi`]). In the window each is a resource, the screens' own
//! registered by their plugins; [`Shell`] holds them all for the tests and draws a frame as
//! the plugins do.
//!
//! Must not: hold rules. Orders go to [`Play`], which sends them to the game.

use std::path::PathBuf;

use super::play::Play;
use super::text::Strings;
use crate::ai::Level;
use crate::scenario::{Scenario, ScenarioError};
use crate::sim::quantity::{BlocQ, Side};

/// The screens of the window (a Bevy state in the window; a field in tests).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "gui", derive(bevy::prelude::States))]
pub enum Screen {
    /// Title: new game, load, help.
    #[default]
    Title,
    /// Choosing scenario, side, opponent and seed.
    NewGame,
    /// Choosing a save.
    Load,
    /// Playing.
    Game,
    /// Every quantity over time.
    Charts,
    /// The result.
    End,
    /// Many computer games of the scenario, with a parameter varied.
    Experiment,
    /// Joining a class's game on a host.
    Join,
}

/// A scenario shipped inside the game (its text is compiled in once, in
/// [`crate::scenario::overlay::SHIPPED`], where overlays find their bases too).
pub struct Shipped {
    /// Shown name.
    /// Its file stem in `scenarios/`.
    pub stem: &'static str,
}

impl Shipped {
    /// Its name on the new-game screen, from the string table (`shipped-<stem>`).
    pub fn name(&self, t: &Strings) -> String {
        t.t(&format!("shipped-{}", self.stem.replace('_', "-")))
    }

    /// Its text.
    pub fn text(&self) -> &'static str {
        crate::scenario::overlay::shipped(self.stem).map_or("", |(_, t)| t)
    }

    /// Where it lives in the repository (for its diagnostics).
    pub(crate) fn origin(&self) -> String {
        format!("scenarios/{}.ron", self.stem)
    }
}

/// The shipped scenarios as the new-game screen lists them.
pub const SHIPPED: &[Shipped] = &[
    Shipped {
        stem: "baseline_2025",
    },
    Shipped {
        stem: "scaling_slowdown",
    },
    Shipped {
        stem: "taiwan_crisis",
    },
    Shipped {
        stem: "cooperative_world",
    },
    Shipped {
        stem: "fast_takeoff",
    },
];

/// Who plays, as chosen on the new-game screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideChoice {
    /// The US against the computer.
    Us,
    /// China against the computer.
    China,
    /// Two people.
    HotSeat,
    /// The computer against itself.
    Watch,
}

/// The new-game form.
#[derive(Debug)]
#[cfg_attr(feature = "gui", derive(bevy::prelude::Resource))]
pub struct NewGameForm {
    /// Index into [`SHIPPED`], or None when a file is used.
    pub shipped: Option<usize>,
    /// A scenario path typed by the player.
    pub path: String,
    /// The scenario to play, once loaded.
    pub scenario: Option<Scenario>,
    /// Why the chosen scenario cannot be played (diagnostics with lines and columns).
    pub error: Option<String>,
    /// Who plays.
    pub side: SideChoice,
    /// The computer's level.
    pub level: Level,
    /// The computer's doctrine id per side (None: drawn).
    pub doctrine: [Option<String>; 2],
    /// The seed, as typed.
    pub seed: String,
    /// The scenario's assumption set to apply (None: as written).
    pub assumptions: Option<String>,
}

impl Default for NewGameForm {
    fn default() -> Self {
        let mut form = NewGameForm {
            shipped: Some(0),
            path: String::new(),
            scenario: None,
            error: None,
            side: SideChoice::Us,
            // A first game against `normal` teaches helplessness: easy is the default.
            level: Level::Easy,
            doctrine: [None, None],
            seed: "1".into(),
            assumptions: None,
        };
        form.load_shipped(0);
        form
    }
}

impl NewGameForm {
    /// Choose a shipped scenario.
    pub(crate) fn load_shipped(&mut self, i: usize) {
        self.shipped = Some(i);
        self.doctrine = [None, None];
        match SHIPPED.get(i) {
            Some(s) => self.set(Scenario::from_ron_str(s.text(), &s.origin())),
            None => self.error = Some(format!("no shipped scenario #{i}")),
        }
    }

    /// Open the scenario file typed in [`NewGameForm::path`].
    pub(crate) fn load_path(&mut self) {
        self.shipped = None;
        self.doctrine = [None, None];
        let path = PathBuf::from(self.path.trim());
        self.set(Scenario::load(&path));
    }

    /// Use a scenario's text (a file picked or dropped in the browser), with the same
    /// diagnostics as a file on the desktop.
    pub(crate) fn load_text(&mut self, name: &str, text: &str) {
        self.shipped = None;
        self.doctrine = [None, None];
        self.path = name.to_owned();
        self.set(Scenario::from_ron_str(text, name));
    }

    /// Start a game from the form.
    pub fn start(&self, state: &mut WindowState) -> Result<(), String> {
        let scenario = self
            .scenario
            .as_ref()
            .ok_or_else(|| self.error.clone().unwrap_or_default())?;
        let seed: u64 = self
            .seed
            .trim()
            .parse()
            .map_err(|_| format!("the seed must be a whole number, not `{}`", self.seed))?;
        let mode = match self.side {
            SideChoice::Us => super::play::Mode::Solo(Side::Us),
            SideChoice::China => super::play::Mode::Solo(Side::China),
            SideChoice::HotSeat => super::play::Mode::HotSeat,
            SideChoice::Watch => super::play::Mode::Watch,
        };
        let scenario = match &self.assumptions {
            Some(id) => crate::scenario::params::with_assumptions(scenario, id)
                .map_err(|e| e.to_string())?,
            None => scenario.clone(),
        };
        let mut play = Play::new(&scenario, seed, mode, self.level, self.doctrine.clone())?;
        play.autosave_dir = Some(state.saves_dir.join("autosave"));
        state.begin(play);
        Ok(())
    }

    fn set(&mut self, r: Result<Scenario, ScenarioError>) {
        self.assumptions = None;
        match r {
            Ok(s) => {
                self.scenario = Some(s);
                self.error = None;
            }
            Err(e) => {
                self.scenario = None;
                self.error = Some(e.plain());
            }
        }
    }
}

/// The load form.
#[derive(Debug, Default)]
#[cfg_attr(feature = "gui", derive(bevy::prelude::Resource))]
pub struct LoadForm {
    /// A save path typed by the player.
    pub path: String,
    /// Why the chosen save cannot be loaded.
    pub error: Option<String>,
    /// What each listed save holds, read once per file version (path → modified, in
    /// seconds since 1970, and the line shown).
    pub summaries: std::collections::BTreeMap<std::path::PathBuf, (u64, String)>,
    /// The last class report written from this screen: its path, or why it failed.
    pub report: Option<Result<String, String>>,
    /// Files the browser is picking are for a class report, not a game to open.
    pub collecting: bool,
}

/// What the charts screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chart {
    /// A bloc quantity: yours exact, the rival's as your estimates.
    Bloc(BlocQ),
    /// The lead in months, as your side estimates it.
    Lead,
    /// A public world quantity (tension, risk, the bubble).
    World(crate::sim::quantity::GameQ),
    /// Both sides' shares of a region's AI market (public).
    Market(crate::sim::quantity::Region),
}

/// What the game screen remembers between frames (the charts screen shares it).
#[derive(Debug)]
#[cfg_attr(feature = "gui", derive(bevy::prelude::Resource))]
pub struct GameUi {
    /// The help overlay is open.
    pub help: bool,
    /// The guided first turn's step (None: closed).
    pub guide: Option<usize>,
    /// Budget weights being edited (chips, grid, research).
    pub budget: Option<[f64; 3]>,
    /// The last refused order's reason.
    pub refused: Option<crate::sim::orders::CommandError>,
    /// The quantity shown on the charts screen.
    pub chart: Chart,
    /// Keep playing turns on their own (watch mode).
    pub autoplay: bool,
    /// The turn chosen for a branch on the charts screen.
    pub branch_turn: u32,
    /// Who a person plays from the branch on (None: the original players).
    pub branch_take: Option<Side>,
    /// A text field had the keyboard last frame (its Enter is not a shortcut).
    pub typing: bool,
    /// The turn the game screen last showed (a new one scrolls the centre to its top).
    pub seen_turn: Option<u32>,
    /// Which game this state is for ([`WindowState::games_begun`] when it began).
    pub game: u64,
}

impl Default for GameUi {
    fn default() -> Self {
        GameUi {
            help: false,
            guide: None,
            budget: None,
            refused: None,
            // The lead first: it is what the race is about.
            chart: Chart::Lead,
            autoplay: false,
            branch_turn: 1,
            branch_take: None,
            typing: false,
            seen_turn: None,
            game: 0,
        }
    }
}

/// Player settings.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Interface scale (1 = normal; 1.5–2 for a projector).
    pub ui_scale: f32,
    /// Show the guided first turn at the start of a game.
    pub guide: bool,
    /// The language last asked for with `--lang` (None: English), used when `--lang` is not
    /// given.
    pub lang: Option<String>,
}

/// The file the settings are kept in, beside the saves.
const SETTINGS_FILE: &str = "settings.ron";

impl Settings {
    /// The settings kept in `dir`, or the defaults (a damaged file is reported and ignored).
    pub fn load(dir: &std::path::Path) -> Settings {
        let path = dir.join(SETTINGS_FILE);
        let Ok(text) = std::fs::read_to_string(&path) else {
            return Settings::default();
        };
        match ron::from_str::<Settings>(&text) {
            Ok(s) if s.ui_scale.is_finite() => Settings {
                ui_scale: s.ui_scale.clamp(MIN_SCALE, MAX_SCALE),
                ..s
            },
            Ok(_) => Settings::default(),
            Err(e) => {
                eprintln!(
                    "warning: {}: {e}; using the default settings",
                    path.display()
                );
                Settings::default()
            }
        }
    }

    /// Keep the settings in `dir` for the next start (a failure is reported, never fatal).
    pub(crate) fn store(&self, dir: &std::path::Path) {
        if super::platform::is_web() {
            return;
        }
        // Plain numbers, flags and strings: writing them as RON cannot fail.
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .expect("settings are plain data that RON always writes");
        let path = dir.join(SETTINGS_FILE);
        if let Err(e) = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, text)) {
            eprintln!(
                "warning: cannot keep the settings in {}: {e}",
                path.display()
            );
        }
    }

    /// The largest interface scale at which a window of `size` (points at scale 1) still
    /// shows a 1000 × 640 screen whole: the game's panels need that much.
    pub(crate) fn max_scale_for(size: egui::Vec2) -> f32 {
        (size.x / 1000.0)
            .min(size.y / 640.0)
            .clamp(MIN_SCALE, MAX_SCALE)
    }
}

/// Smallest interface scale.
pub(crate) const MIN_SCALE: f32 = 0.75;
/// Largest interface scale (a large window on a projector).
pub(crate) const MAX_SCALE: f32 = 2.5;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            ui_scale: 1.0,
            guide: true,
            lang: None,
        }
    }
}

/// What every screen shares: the screen shown and the one asked for, the string table, the
/// settings, the game being played. In the window it is a Bevy resource; each screen's own
/// state (its form) is a resource its plugin registers. [`Shell`] holds the lot for tests.
#[cfg_attr(feature = "gui", derive(bevy::prelude::Resource))]
pub struct WindowState {
    /// The screen shown. In the window it is a copy of the Bevy state `State<Screen>`, the
    /// one place the screen is decided, refreshed every frame; the tests' harness keeps it
    /// itself. Screens never write it: they ask for another screen with
    /// `WindowState::go`.
    pub screen: Screen,
    /// The screen shown before this one (where "back" goes).
    pub previous: Screen,
    /// The screen a screen asked for this frame (`WindowState::go`): the window hands it
    /// to `NextState<Screen>`, the tests' harness ([`Shell::ui`]) shows it next.
    pub next: Option<Screen>,
    /// The string table.
    pub strings: Strings,
    /// Settings.
    pub settings: Settings,
    /// The game being played.
    pub play: Option<Play>,
    /// How many games have begun (the game screen starts its own state afresh for each).
    pub games_begun: u64,
    /// Where saves and autosaves go.
    pub saves_dir: PathBuf,
    /// The player asked to quit.
    pub quit: bool,
    /// The help overlay on screens other than the game.
    pub help: bool,
}

impl WindowState {
    /// The title screen, with settings kept in `saves_dir`.
    pub fn new(saves_dir: PathBuf, strings: Strings) -> WindowState {
        WindowState {
            screen: Screen::Title,
            previous: Screen::Title,
            next: None,
            strings,
            settings: Settings::load(&saves_dir),
            play: None,
            games_begun: 0,
            saves_dir,
            quit: false,
            help: false,
        }
    }

    /// Change the window's language (a shipped table, or one in the tables' folder) and
    /// remember it for the next start.
    pub(crate) fn set_language(&mut self, tag: &str) -> Result<(), String> {
        self.strings = Strings::for_language(tag, &super::text::tables_dir())?;
        self.settings.lang = Some(tag.to_owned());
        self.settings.store(&self.saves_dir);
        Ok(())
    }

    /// Short for the string table.
    pub fn t(&self, key: &str) -> String {
        self.strings.t(key)
    }

    /// Show a game (new or loaded); the game screen's own state starts afresh
    /// ([`GameUi::follow`]).
    pub(crate) fn begin(&mut self, play: Play) {
        self.play = Some(play);
        self.games_begun += 1;
        self.go(Screen::Game);
    }

    /// Ask for another screen (shown from the next frame).
    pub(crate) fn go(&mut self, screen: Screen) {
        self.next = Some(screen);
    }

    /// The screen changed to `now` (the window's state, or the tests' harness).
    pub(crate) fn entered(&mut self, now: Screen) {
        if now != self.screen {
            self.previous = self.screen;
            self.screen = now;
        }
    }
}

impl GameUi {
    /// Start afresh if a game began since this state was made (the guide opens on a new
    /// game's first turn when the settings ask for it).
    pub(crate) fn follow(&mut self, state: &WindowState) {
        if self.game == state.games_begun {
            return;
        }
        *self = GameUi {
            game: state.games_begun,
            guide: (state.settings.guide && state.play.as_ref().is_some_and(|p| p.turn() == 0))
                .then_some(0),
            ..GameUi::default()
        };
    }
}

/// The window's whole state for tests: the shared [`WindowState`] (reached through `Deref`)
/// and each screen's own state, drawn with [`Shell::ui`] as the window's screen plugins draw
/// them.
pub struct Shell {
    /// What the screens share.
    pub state: WindowState,
    /// The new-game screen's form.
    pub new_game: NewGameForm,
    /// The load screen's form.
    pub load: LoadForm,
    /// The game screen's own state (the charts screen shares it).
    pub game_ui: GameUi,
    /// The experiment screen's form and run.
    pub experiment: super::screens::experiment::ExperimentForm,
    /// The join screen's form.
    pub join: super::screens::join::JoinForm,
    /// The link to a class's host.
    pub(crate) link: super::class_link::ClassLink,
}

impl std::ops::Deref for Shell {
    type Target = WindowState;
    fn deref(&self) -> &WindowState {
        &self.state
    }
}

impl std::ops::DerefMut for Shell {
    fn deref_mut(&mut self) -> &mut WindowState {
        &mut self.state
    }
}

impl Shell {
    /// A window showing the title screen; saves go to `saves_dir`.
    pub fn new(saves_dir: PathBuf) -> Shell {
        Shell::with_strings(saves_dir, Strings::english())
    }

    /// [`Shell::new`] with a string table (a translation).
    pub(crate) fn with_strings(saves_dir: PathBuf, strings: Strings) -> Shell {
        Shell {
            state: WindowState::new(saves_dir, strings),
            new_game: NewGameForm::default(),
            load: LoadForm::default(),
            game_ui: GameUi::default(),
            experiment: Default::default(),
            join: Default::default(),
            link: Default::default(),
        }
    }

    /// Take a class host's messages and send the game's orders, as the window does once a
    /// frame (`dt`: seconds since the last call).
    pub fn poll_link(&mut self, dt: f32) {
        self.link.poll(&mut self.state, dt);
    }

    /// Start a game from the new-game form.
    pub fn start_game(&mut self) -> Result<(), String> {
        self.new_game.start(&mut self.state)
    }

    /// Draw the current screen, as the window's screen plugins do, and show the screen
    /// asked for from the next call (the window's `NextState`).
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        use super::screens;
        let state = &mut self.state;
        match state.screen {
            Screen::Title => screens::title::ui(ui, state, self.new_game.scenario.as_ref()),
            Screen::NewGame => screens::new_game::ui(ui, state, &mut self.new_game),
            Screen::Load => screens::load::ui(ui, state, &mut self.load),
            Screen::Game => screens::game::ui(ui, state, &mut self.game_ui),
            Screen::Charts => screens::charts::ui(ui, state, &mut self.game_ui),
            Screen::End => screens::end::ui(ui, state),
            Screen::Experiment => screens::experiment::ui(
                ui,
                state,
                &mut self.experiment,
                self.new_game.scenario.as_ref(),
            ),
            Screen::Join => screens::join::ui(ui, state, &mut self.join, &mut self.link),
        }
        if let Some(next) = self.state.next.take() {
            self.state.entered(next);
            if next == Screen::Load {
                screens::load::enter(&mut self.load);
            }
            if next == Screen::Join {
                self.join.open(&self.state);
            }
        }
    }
}
