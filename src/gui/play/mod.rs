//! A game being played in the window: who sits at each side, the orders being drafted, the
//! computer's pending decisions, the news. It drives a [`Session`] and never draws.
//!
//! Must not: read the rival's true state for anything shown (screens read [`Play::view`]),
//! touch egui or Bevy, or run the computer's thinking itself (the window hands
//! [`ThinkJob`]s to a worker thread; tests run them in place).

mod drafts;
mod remote;
mod thinking;
pub use remote::Remote;
pub use thinking::*;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::ai::{ComputerPlayer, Decision, Level};
use crate::save::{self, Player, Session};
use crate::scenario::Scenario;
use crate::sim::Snapshot;
use crate::sim::fog::SideView;
use crate::sim::game::{JournalEntry, Outcome};
use crate::sim::orders::Command;
use crate::sim::quantity::Side;

/// Who plays what, as chosen on the new-game screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// One person plays this side against the computer.
    Solo(Side),
    /// Two people share the screen.
    HotSeat,
    /// The computer plays both sides; the window shows one side's view.
    Watch,
}

impl Mode {
    /// True when a person plays `side`.
    pub(crate) fn human(self, side: Side) -> bool {
        match self {
            Mode::Solo(s) => s == side,
            Mode::HotSeat => true,
            Mode::Watch => false,
        }
    }
}

/// Where the turn stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Hot-seat: the screen is hidden until this side's player is at it.
    Handoff(Side),
    /// The viewing side is choosing its orders.
    Planning,
    /// A class's team has sent its orders; the host plays the turn when every team has.
    Sent,
    /// The game has ended.
    Over,
}

/// One line of news, kept with the turn it happened in.
#[derive(Clone, Debug, PartialEq)]
pub enum News {
    /// Something from the game's journal.
    Journal(JournalEntry),
    /// An order the game refused when the turn resolved.
    Refused {
        /// Whose.
        side: Side,
        /// The order.
        order: Command,
        /// Why.
        error: crate::sim::orders::CommandError,
    },
    /// The computer's explanation of its orders.
    Computer {
        /// Which side's computer.
        side: Side,
        /// Its one line.
        line: crate::ai::Explanation,
    },
    /// The game was loaded from a save.
    Loaded,
}

/// Where the game is played.
enum Backing {
    /// Here: the window holds the whole game.
    Local(Box<Session>),
    /// On a class's host: the window holds what its seat's side knows.
    Remote(Box<Remote>),
}

/// Why a class's game is not saved in the window.
const REMOTE_SAVE: &str = "the class's host keeps this game's save";

/// A game in the window.
pub struct Play {
    /// Tells this game's thinking from an earlier game's (a branch, a load or a new game
    /// replaces the game while the computer may still be thinking for the old one).
    id: u64,
    game: Backing,
    scenario: Arc<Scenario>,
    /// Who plays what.
    pub mode: Mode,
    /// Whose view the game screen shows.
    pub viewer: Side,
    /// Where the turn stands.
    pub phase: Phase,
    computers: [Option<ComputerPlayer>; 2],
    thinking: [bool; 2],
    decisions: [Option<Decision>; 2],
    drafts: [Vec<Command>; 2],
    /// Turn resolution was asked for while the computer was still thinking.
    pub end_requested: bool,
    /// Turn by turn: the news (turn it happened, item).
    pub news: Vec<(u32, News)>,
    /// `views[side][t]`: what each side knew after turn `t` (index 0 = the start). In a
    /// class, only the seat's side.
    views: [Vec<SideView>; 2],
    /// Where autosaves go (None: no autosave).
    pub autosave_dir: Option<PathBuf>,
    /// The last status line (saved, save failed, …) and whether it is an error.
    pub status: Option<(String, bool)>,
    /// After a branch: the timeline it left (the whole original game) and the turn where the
    /// branch starts.
    pub original: Option<(save::SaveGame, u32)>,
    /// The comparison of the two timelines, for the turns played so far (kept until the next
    /// turn).
    divergence: Option<(u32, std::sync::Arc<crate::branch::Comparison>)>,
}

impl Play {
    /// A new game. `computer` is the computer's level and doctrine for the sides people do
    /// not play.
    pub fn new(
        scenario: &Scenario,
        seed: u64,
        mode: Mode,
        level: Level,
        doctrines: [Option<String>; 2],
    ) -> Result<Play, String> {
        let players = Side::BOTH.map(|side| {
            if mode.human(side) {
                Player::Human
            } else {
                Player::Computer {
                    level: level.name().to_owned(),
                    doctrine: doctrines[side.index()].clone(),
                }
            }
        });
        let session = Session::new(scenario, seed, players);
        Play::from_session(session, mode)
    }

    /// Continue a loaded game; who plays what comes from the save.
    pub fn resume(session: Session) -> Result<Play, String> {
        let players = &session.save_game().players;
        let human = |i: usize| matches!(players[i], Player::Human);
        let mode = match (human(0), human(1)) {
            (true, true) => Mode::HotSeat,
            (true, false) => Mode::Solo(Side::Us),
            (false, true) => Mode::Solo(Side::China),
            (false, false) => Mode::Watch,
        };
        // The past news, from a replay of the save's orders (a save keeps orders and
        // states, not the journal).
        let past = crate::report::History::replay(session.save_game());
        let mut play = Play::from_session(session, mode)?;
        for record in &past.turns {
            for e in &record.journal {
                play.news.push((record.turn, News::Journal(e.clone())));
            }
        }
        let turn = play.turn();
        play.news.push((turn, News::Loaded));
        Ok(play)
    }

    fn from_session(mut session: Session, mode: Mode) -> Result<Play, String> {
        session.set_ledger(true);
        let scenario = Arc::new(session.sim().scenario().clone());
        let seed = session.save_game().seed;
        let mut computers = [None, None];
        for side in Side::BOTH {
            if let Player::Computer { level, doctrine } = &session.save_game().players[side.index()]
            {
                let level =
                    Level::parse(level).ok_or_else(|| format!("unknown level `{level}`"))?;
                computers[side.index()] = Some(ComputerPlayer::new(
                    &scenario,
                    side,
                    level,
                    doctrine.as_deref(),
                    seed,
                )?);
            }
        }
        // The past, for charts: what each side knew at the start and after every turn.
        let mut states = vec![Snapshot::initial(&scenario, seed)];
        states.extend(session.save_game().turns.iter().map(|t| t.snapshot.clone()));
        let views = Side::BOTH.map(|side| {
            states
                .iter()
                .map(|snap| SideView::build(&scenario, snap, side, &[]))
                .collect()
        });
        let viewer = match mode {
            Mode::Solo(side) => side,
            Mode::HotSeat | Mode::Watch => Side::Us,
        };
        let phase = if session.sim().outcome().is_over() {
            Phase::Over
        } else if mode == Mode::HotSeat {
            Phase::Handoff(Side::Us)
        } else {
            Phase::Planning
        };
        Ok(Play::with(
            Backing::Local(Box::new(session)),
            scenario,
            mode,
            viewer,
            phase,
            computers,
            views,
        ))
    }

    fn with(
        game: Backing,
        scenario: Arc<Scenario>,
        mode: Mode,
        viewer: Side,
        phase: Phase,
        computers: [Option<ComputerPlayer>; 2],
        views: [Vec<SideView>; 2],
    ) -> Play {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Play {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            game,
            scenario,
            mode,
            viewer,
            phase,
            computers,
            thinking: [false; 2],
            decisions: [None, None],
            drafts: [Vec::new(), Vec::new()],
            end_requested: false,
            news: Vec::new(),
            views,
            autosave_dir: None,
            status: None,
            original: None,
            divergence: None,
        }
    }

    /// A class's game, played on its host: the window plays `remote`'s seat and learns the
    /// game from the host's messages ([`Play::receive`]); its orders go out through
    /// [`Play::take_outbox`].
    pub fn remote(scenario: Scenario, remote: Remote) -> Play {
        let side = remote.seat.side;
        Play::with(
            Backing::Remote(Box::new(remote)),
            Arc::new(scenario),
            Mode::Solo(side),
            side,
            Phase::Planning,
            [None, None],
            [Vec::new(), Vec::new()],
        )
    }

    /// The class seat this window plays, if the game is a class's.
    pub fn remote_seat(&self) -> Option<&Remote> {
        match &self.game {
            Backing::Remote(r) => Some(r),
            Backing::Local(_) => None,
        }
    }

    /// Rewind to the start of `turn` (1 = the first turn played) and play on from there as
    /// a new timeline; this game is kept as the original to compare with. `take` makes a
    /// person play that side from the branch on (the teacher picks who plays); otherwise the
    /// original players go on.
    pub fn branch(&self, turn: u32, take: Option<Side>) -> Result<Play, String> {
        // Branching a branch compares with the first timeline.
        let here = self
            .session()
            .ok_or("a class's game is branched on its host")?
            .save_game();
        let (original, _) = self
            .original
            .clone()
            .unwrap_or_else(|| (here.clone(), turn));
        let mut session = crate::branch::rewind(here, turn)?;
        let mut mode = self.mode;
        if let Some(side) = take {
            session.set_player(side, Player::Human);
            mode = match mode {
                Mode::Watch => Mode::Solo(side),
                Mode::Solo(other) if other != side => Mode::HotSeat,
                m => m,
            };
        }
        let mut play = Play::from_session(session, mode)?;
        play.autosave_dir = self.autosave_dir.clone();
        play.news = self
            .news
            .iter()
            .filter(|(t, _)| *t < turn)
            .cloned()
            .collect();
        if let Some(side) = take {
            play.viewer = side;
        } else if self.mode != Mode::HotSeat {
            play.viewer = self.viewer;
        }
        play.original = Some((original, turn));
        Ok(play)
    }

    /// How this timeline differs from the original so far (None when it is not a branch).
    pub(crate) fn divergence(&mut self) -> Option<std::sync::Arc<crate::branch::Comparison>> {
        let (original, _) = self.original.as_ref()?;
        let turn = self.turn();
        if self.divergence.as_ref().is_none_or(|(t, _)| *t != turn) {
            let cmp = crate::branch::compare(original, self.session()?.save_game()).ok()?;
            self.divergence = Some((turn, std::sync::Arc::new(cmp)));
        }
        self.divergence.as_ref().map(|(_, c)| c.clone())
    }

    /// The scenario.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The game when it is played here (for the window's own checks; screens read
    /// [`Play::view`]); None for a class's game, which its host holds.
    pub fn session(&self) -> Option<&Session> {
        match &self.game {
            Backing::Local(s) => Some(s),
            Backing::Remote(_) => None,
        }
    }

    /// Turns played.
    pub fn turn(&self) -> u32 {
        match &self.game {
            Backing::Local(s) => s.sim().turn(),
            Backing::Remote(_) => self.views[self.viewer.index()].last().map_or(0, |v| v.turn),
        }
    }

    /// How the game stands.
    pub fn outcome(&self) -> Outcome {
        match &self.game {
            Backing::Local(s) => s.sim().outcome(),
            Backing::Remote(r) => r.outcome,
        }
    }

    /// Once the game is over, what the fog hid from the viewing side: the final score, the
    /// rival's true numbers and the true lead. None while the game runs.
    pub fn reveal(&self) -> Option<crate::class::protocol::Reveal> {
        if !self.outcome().is_over() {
            return None;
        }
        match &self.game {
            Backing::Local(s) => Some(crate::class::protocol::Reveal::of(s.sim(), self.viewer)),
            Backing::Remote(r) => r.reveal.clone(),
        }
    }

    /// What `side` knows now, with this turn's ledger. (A class's window knows its seat's
    /// side only, and shows it whichever side is asked.)
    pub fn view(&self, side: Side) -> SideView {
        match &self.game {
            Backing::Local(s) => s.sim().view(side),
            Backing::Remote(_) => self.views[self.viewer.index()]
                .last()
                .cloned()
                .expect("a class's game is shown once its first view has arrived"),
        }
    }

    /// What `side` knew after each turn so far (index 0 = the start).
    pub(crate) fn past_views(&self, side: Side) -> impl Iterator<Item = &SideView> {
        self.views[side.index()].iter()
    }

    /// True when a person plays `side`.
    pub fn is_human(&self, side: Side) -> bool {
        self.mode.human(side)
    }

    /// True while the computer is deciding for some side.
    pub(crate) fn is_thinking(&self) -> bool {
        self.thinking.iter().any(|t| *t)
    }

    /// The computer's decisions still to make this turn, to run off the UI thread.
    pub fn take_jobs(&mut self) -> Vec<ThinkJob> {
        if self.phase == Phase::Over {
            return Vec::new();
        }
        let turn = self.turn();
        let mut jobs = Vec::new();
        for side in Side::BOTH {
            let i = side.index();
            if self.decisions[i].is_some() || self.thinking[i] {
                continue;
            }
            if let Some(player) = self.computers[i].take() {
                self.thinking[i] = true;
                jobs.push(ThinkJob {
                    play: self.id,
                    side,
                    turn,
                    player,
                    scenario: Arc::clone(&self.scenario),
                    view: self.view(side),
                });
            }
        }
        jobs
    }

    /// Take a finished decision. If the player asked to end the turn while the computer was
    /// thinking, the turn resolves now.
    pub fn finish(&mut self, done: ThinkDone) {
        if done.play != self.id {
            // Thinking for a game this one replaced: its player stays with that game.
            return;
        }
        let i = done.side.index();
        self.computers[i] = Some(done.player);
        self.thinking[i] = false;
        if done.turn == self.turn() {
            self.decisions[i] = Some(done.decision);
        }
        if self.end_requested && !self.is_thinking() {
            self.end_requested = false;
            self.resolve();
        }
    }

    /// The player at the screen is done. In hot-seat the US's "done" passes the screen to
    /// China; otherwise (or after China) the turn resolves, or waits for the computer.
    pub fn end_turn(&mut self) {
        match self.phase {
            Phase::Over | Phase::Handoff(_) | Phase::Sent => {}
            Phase::Planning => {
                if let Backing::Remote(remote) = &mut self.game {
                    let turn = self.views[self.viewer.index()].last().map_or(0, |v| v.turn) + 1;
                    remote.send_orders(self.drafts[self.viewer.index()].clone(), turn);
                    self.phase = Phase::Sent;
                } else if self.mode == Mode::HotSeat && self.viewer == Side::Us {
                    self.phase = Phase::Handoff(Side::China);
                } else if self.is_thinking() || self.decisions_missing() {
                    self.end_requested = true;
                } else {
                    self.resolve();
                }
            }
        }
    }

    /// Hot-seat: the named side's player is at the screen.
    pub(crate) fn take_seat(&mut self) {
        if let Phase::Handoff(side) = self.phase {
            self.viewer = side;
            self.phase = Phase::Planning;
        }
    }

    fn decisions_missing(&self) -> bool {
        Side::BOTH
            .iter()
            .any(|s| self.computers[s.index()].is_some() && self.decisions[s.index()].is_none())
    }

    /// Submit both sides' orders (the US's first, always) and play the turn.
    fn resolve(&mut self) {
        let turn = self.turn() + 1;
        let Backing::Local(session) = &mut self.game else {
            return;
        };
        for side in Side::BOTH {
            let i = side.index();
            let commands = match self.decisions[i].take() {
                Some(d) => {
                    if !d.explanation.is_empty() {
                        self.news.push((
                            turn,
                            News::Computer {
                                side,
                                line: d.explanation,
                            },
                        ));
                    }
                    d.commands
                }
                None => std::mem::take(&mut self.drafts[i]),
            };
            for c in commands {
                if let Err(error) = session.submit(side, c) {
                    self.news.push((
                        turn,
                        News::Refused {
                            side,
                            order: c,
                            error,
                        },
                    ));
                }
            }
        }
        if !session.advance_turn() {
            self.phase = Phase::Over;
            return;
        }
        let played = session.sim().turn();
        for e in session.sim().journal() {
            self.news.push((played, News::Journal(e.clone())));
        }
        let snap = session.sim().snapshot();
        for side in Side::BOTH {
            self.views[side.index()].push(SideView::build(&self.scenario, &snap, side, &[]));
        }
        if let Err(e) = super::platform::autosave(session, self.autosave_dir.as_deref()) {
            self.status = Some((e, true));
        }
        self.phase = if self.outcome().is_over() {
            Phase::Over
        } else if self.mode == Mode::HotSeat {
            Phase::Handoff(Side::Us)
        } else {
            Phase::Planning
        };
    }

    /// Save the game for the player (a file in `dir`, or a download in a browser).
    pub fn save_game(&self, dir: &Path) -> Result<String, String> {
        let on_screen = self.turn() + 1;
        let date = crate::sim::game::quarter_label(&self.scenario, on_screen);
        let session = self.session().ok_or(REMOTE_SAVE)?;
        super::platform::save_game(session, dir, on_screen, &date)
    }

    /// Save the game to a file (verified before it is written).
    pub fn save_to(&self, path: &Path) -> Result<(), String> {
        let session = self.session().ok_or(REMOTE_SAVE)?;
        session.save_to(path).map_err(|e| e.to_string())
    }

    /// Run every pending computer decision here and now (tests and headless autoplay).
    pub fn think_in_place(&mut self) {
        for job in self.take_jobs() {
            let done = job.run();
            self.finish(done);
        }
    }
}

#[cfg(test)]
mod tests;
