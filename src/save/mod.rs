//! Saves, loads and exact replays.
//!
//! A save file is one header line — magic, format version, game version, the scenario's
//! canonical hash and a checksum of the body — then a RON body: the whole scenario, who plays
//! each side, the seed, and for every turn the orders given, the state hash after it and a
//! snapshot. Loading restores the latest snapshot (instant); verifying replays every order
//! from the start and checks every hash, naming the first turn and quantity that differ.
//! Writes are atomic (temporary sibling, fsync, rename, fsync of the directory) and a save is
//! verified before it may replace an existing file.
//!
//! This module does file I/O; the simulation itself stays free of it.

mod atomic;
mod file;
mod verify;

pub use file::*;
pub use verify::*;

pub use atomic::{STEPS, Step, write_atomic, write_atomic_with};

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::scenario::Scenario;
use crate::sim::orders::{Command, CommandError};
use crate::sim::quantity::{Quantity, Side};
use crate::sim::{Sim, Snapshot};

/// The current save format. 2: scenarios may carry doctrines. 3: policies' running costs
/// are paid each quarter rather than kept as held effects (formats 1 and 2 are migrated).
pub const FORMAT_VERSION: u32 = 3;
/// The first word of every save file.
pub(crate) const MAGIC: &str = "AI-RACE-SAVE";
/// Largest save file accepted, in bytes, checked before reading it whole.
pub(crate) const MAX_SAVE_BYTES: u64 = 64 * 1024 * 1024;
/// File extension of saves.
pub(crate) const EXTENSION: &str = "aisave";

/// Who plays a side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Player {
    /// A person.
    Human,
    /// The computer, at a level and with a doctrine.
    Computer {
        /// `random`, `easy`, `normal`, `hard`, or `rules` (the rule-based doctrine).
        level: String,
        /// The doctrine's name, if it has one.
        doctrine: Option<String>,
    },
}

impl Player {
    /// The rule-based doctrine (what `simulate` plays).
    pub fn rules() -> Player {
        Player::Computer {
            level: "rules".into(),
            doctrine: None,
        }
    }
}

/// One played turn in a save.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TurnLog {
    /// The turn (1-based).
    pub turn: u32,
    /// The orders applied at its start, in the order given (computer decisions and event
    /// answers included).
    pub orders: Vec<(Side, Command)>,
    /// Events the teacher made fire at the turn's start (a class's injected events), in the
    /// order given. Absent from saves without any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub injected: Vec<crate::sim::events::EventId>,
    /// The state hash after the turn.
    pub hash: u64,
    /// The state after the turn.
    pub snapshot: Snapshot,
}

/// Everything in a save file's body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SaveGame {
    /// The game version that wrote it.
    pub game_version: String,
    /// The scenario's canonical hash (see [`scenario_hash`]).
    pub scenario_hash: u64,
    /// The whole scenario, so the save stands alone.
    pub scenario: Scenario,
    /// US then China.
    pub players: [Player; 2],
    /// The seed.
    pub seed: u64,
    /// The state hash at the start.
    pub start_hash: u64,
    /// Every turn played.
    pub turns: Vec<TurnLog>,
    /// Orders given for the next turn, not yet played.
    pub pending: Vec<(Side, Command)>,
    /// Events injected for the next turn, not yet played.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pending_injected: Vec<crate::sim::events::EventId>,
}

/// The canonical hash of a parsed scenario: XXH3-64 of its postcard encoding. Formatting,
/// comments, a BOM or CRLF line ends do not change it.
pub fn scenario_hash(s: &Scenario) -> u64 {
    // postcard fails only for serde features a type uses (maps of unknown length, untyped
    // values), never for the data in it; a scenario that parsed always encodes, and a hash of
    // nothing would make every scenario look the same, so failing here is a defect to see.
    let bytes = postcard::to_allocvec(s).expect("every Scenario encodes with postcard");
    xxhash_rust::xxh3::xxh3_64(&bytes)
}

/// Why a save could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The file could not be read or written.
    #[error("{path}: {what}: {reason}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What was being done.
        what: &'static str,
        /// The operating system's reason.
        reason: String,
    },
    /// The file is not an AI Race save, is damaged, or is of an unknown version.
    #[error("{path}: {reason}{}", offer(.newest_autosave))]
    Bad {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
        /// The newest autosave next to it that loads, if any.
        newest_autosave: Option<PathBuf>,
    },
    /// The save would not replay to its own hashes, so it was not written.
    #[error(
        "{path}: not saved: the game does not replay to its recorded hashes ({detail}); the previous file is untouched"
    )]
    Unverified {
        /// The file.
        path: PathBuf,
        /// What diverged.
        detail: String,
    },
}

fn offer(autosave: &Option<PathBuf>) -> String {
    autosave.as_ref().map_or_else(String::new, |p| {
        format!("; the newest good autosave is {}", p.display())
    })
}

/// A game being played and recorded: a [`Sim`] plus everything a save needs.
pub struct Session {
    sim: Sim,
    save: SaveGame,
}

impl Session {
    /// A new recorded game.
    pub fn new(scenario: &Scenario, seed: u64, players: [Player; 2]) -> Session {
        let sim = Sim::new(scenario, seed);
        let save = SaveGame {
            game_version: env!("CARGO_PKG_VERSION").to_owned(),
            scenario_hash: scenario_hash(scenario),
            scenario: scenario.clone(),
            players,
            seed,
            start_hash: sim.state_hash(),
            turns: Vec::new(),
            pending: Vec::new(),
            pending_injected: Vec::new(),
        };
        Session { sim, save }
    }

    /// The game.
    pub fn sim(&self) -> &Sim {
        &self.sim
    }

    /// Who plays a side from now on (a branch where the teacher takes a side, say). The save
    /// records one player per side, so this replaces the side's player for the whole save.
    pub fn set_player(&mut self, side: Side, player: Player) {
        self.save.players[side.index()] = player;
    }

    /// Switch the ledger on or off.
    pub fn set_ledger(&mut self, on: bool) {
        self.sim.set_ledger(on);
    }

    /// What would be saved now.
    pub fn save_game(&self) -> &SaveGame {
        &self.save
    }

    /// Give an order for the next turn; recorded only if the game accepts it.
    pub fn submit(&mut self, side: Side, command: Command) -> Result<(), CommandError> {
        self.sim.submit(side, command)?;
        self.save.pending.push((side, command));
        Ok(())
    }

    /// Make an event of the scenario's deck fire at the start of the next turn (a teacher's
    /// "what if"), recorded with that turn so a replay makes it fire too.
    pub fn inject(&mut self, event: crate::sim::events::EventId) -> Result<(), String> {
        if event.def(self.sim.scenario()).is_none() {
            return Err(format!("the scenario has no event #{}", event.index()));
        }
        if self.sim.outcome().is_over() {
            return Err("the game is over".into());
        }
        self.sim.force_event(event);
        self.save.pending_injected.push(event);
        Ok(())
    }

    /// Play a turn and record it. Returns false when the game was already over.
    pub fn advance_turn(&mut self) -> bool {
        if !self.sim.advance_turn() {
            return false;
        }
        let snapshot = self.sim.snapshot();
        self.save.turns.push(TurnLog {
            turn: self.sim.turn(),
            orders: std::mem::take(&mut self.save.pending),
            injected: std::mem::take(&mut self.save.pending_injected),
            hash: snapshot.hash(),
            snapshot,
        });
        true
    }

    /// Play the game to its end: each turn, `turn_start` sees it, `decide` gives each side's
    /// orders (an order the game refuses is dropped: the player's mistake, not the game's),
    /// and `turn_played` sees it after the turn with the reasons the players gave. Headless
    /// games, tournaments and branches all play out through here.
    pub(crate) fn play_out(
        &mut self,
        decide: &mut dyn FnMut(&Sim, Side) -> crate::ai::Decision,
        turn_start: &mut dyn FnMut(&Session),
        turn_played: &mut dyn FnMut(&Sim, Reasons),
    ) {
        while !self.sim.outcome().is_over() {
            turn_start(self);
            let mut reasons = Vec::new();
            for side in Side::BOTH {
                let decision = decide(&self.sim, side);
                for command in decision.commands {
                    let _ = self.submit(side, command);
                }
                if !decision.explanation.is_empty() {
                    reasons.push((side, decision.explanation));
                }
            }
            self.advance_turn();
            turn_played(&self.sim, reasons);
        }
    }

    /// The one replay of a save: a fresh game of its scenario and seed with the recorded
    /// orders of its first `turns` turns given again, turn by turn, as a new recording. `visit`
    /// sees each turn before its orders are given and after it is played, and may stop the
    /// replay (`ControlFlow::Break`). A recorded order the game refuses stops it too: a save
    /// that replays is one whose every order is accepted again. Reports, the debrief, branching
    /// and verification all replay through here. Returns the game where the replay ended,
    /// and why it stopped early, if it did.
    pub fn replay<B>(
        save: &SaveGame,
        turns: usize,
        ledger: bool,
        mut visit: impl FnMut(ReplayStep<'_>) -> std::ops::ControlFlow<B>,
    ) -> (Session, Option<ReplayStop<B>>) {
        use std::ops::ControlFlow;
        let mut session = Session::new(&save.scenario, save.seed, save.players.clone());
        session.set_ledger(ledger);
        for log in save.turns.iter().take(turns) {
            if let ControlFlow::Break(b) = visit(ReplayStep::Before {
                log,
                sim: session.sim(),
            }) {
                return (session, Some(ReplayStop::Visitor(b)));
            }
            for &(side, command) in &log.orders {
                if let Err(error) = session.submit(side, command) {
                    let stop = ReplayStop::Refused {
                        turn: log.turn,
                        side,
                        command,
                        error,
                    };
                    return (session, Some(stop));
                }
            }
            for &event in &log.injected {
                // Recorded only when the game took it; a save naming no such event was
                // written for another scenario, which the turn's hash then shows.
                let _ = session.inject(event);
            }
            // A recorded turn after the game ended: the save records more than was played.
            if !session.advance_turn() {
                return (session, Some(ReplayStop::Ended { turn: log.turn }));
            }
            let Some(replayed) = session.save.turns.last() else {
                break;
            };
            if let ControlFlow::Break(b) = visit(ReplayStep::After {
                log,
                replayed,
                sim: &session.sim,
            }) {
                return (session, Some(ReplayStop::Visitor(b)));
            }
        }
        (session, None)
    }

    /// Continue a saved game: restore its latest snapshot (no replay) and its pending orders.
    pub fn resume(save: SaveGame) -> Result<Session, String> {
        let mut sim = match save.turns.last() {
            Some(last) => Sim::from_snapshot(&save.scenario, &last.snapshot),
            None => Sim::new(&save.scenario, save.seed),
        };
        for (side, command) in &save.pending {
            sim.submit(*side, *command)
                .map_err(|e| format!("a pending order is not legal: {e}"))?;
        }
        for &event in &save.pending_injected {
            sim.force_event(event);
        }
        Ok(Session { sim, save })
    }

    /// Verify, then write the save atomically to `path`. A save that does not replay to its
    /// own hashes is never written.
    pub fn save_to(&self, path: &Path) -> Result<(), SaveError> {
        let report = verify(&self.save);
        if let Verdict::Diverged { .. } | Verdict::RulesChanged { .. } = report.verdict {
            return Err(SaveError::Unverified {
                path: path.to_owned(),
                detail: report.to_string(),
            });
        }
        let bytes = encode(&self.save);
        write_atomic(path, &bytes).map_err(|e| SaveError::Io {
            path: path.to_owned(),
            what: "cannot write the save",
            reason: e.to_string(),
        })
    }

    /// Load a save file and continue from its latest snapshot.
    pub fn load(path: &Path) -> Result<(Session, LoadInfo), SaveError> {
        let (save, info) = read(path)?;
        let session = Session::resume(save).map_err(|reason| SaveError::Bad {
            path: path.to_owned(),
            reason,
            newest_autosave: newest_good_autosave(path),
        })?;
        Ok((session, info))
    }
}

/// The reasons the computer players gave for a turn's orders, by side.
pub(crate) type Reasons = Vec<(Side, crate::ai::Explanation)>;

/// A moment of a replay ([`Session::replay`]).
pub enum ReplayStep<'a> {
    /// A turn is about to be played: the game before its orders are given.
    Before {
        /// The turn's record in the save.
        log: &'a TurnLog,
        /// The game.
        sim: &'a Sim,
    },
    /// A turn was played with its recorded orders.
    After {
        /// The turn's record in the save.
        log: &'a TurnLog,
        /// The same turn as the replay recorded it (its state hash and snapshot).
        replayed: &'a TurnLog,
        /// The game after it.
        sim: &'a Sim,
    },
}

/// Why a replay stopped before its last turn.
#[derive(Debug)]
pub enum ReplayStop<B> {
    /// The visitor stopped it.
    Visitor(B),
    /// The game had ended before this recorded turn.
    Ended {
        /// The turn.
        turn: u32,
    },
    /// The game refused a recorded order.
    Refused {
        /// The turn.
        turn: u32,
        /// Whose order.
        side: Side,
        /// The order.
        command: Command,
        /// Why.
        error: CommandError,
    },
}

/// Autosave files kept per directory.
pub(crate) const AUTOSAVES_KEPT: usize = 3;

/// The autosave file name for a turn.
pub(crate) fn autosave_name(turn: u32) -> String {
    format!("autosave-turn{turn:04}.{EXTENSION}")
}

/// The autosaves in a directory, newest first.
pub fn autosaves(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("autosave-turn") && n.ends_with(EXTENSION))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.reverse();
    found
}

/// The folder the desktop keeps saves, autosaves and settings in when `--saves` does not
/// name one: `saves/` in the current directory if it already exists (where versions before
/// 0.3 wrote), else the platform's data folder (`~/.local/share/ai-race/saves` on Linux,
/// `~/Library/Application Support/ai-race/saves` on macOS, `%APPDATA%\ai-race\data\saves`
/// on Windows), else `saves/` when the platform names no home. (A browser keeps its saves in
/// local storage; there this is only a name.)
pub fn default_dir() -> PathBuf {
    let local = PathBuf::from("saves");
    #[cfg(not(target_arch = "wasm32"))]
    if !local.is_dir()
        && let Some(dirs) = directories::ProjectDirs::from("", "", "ai-race")
    {
        return dirs.data_dir().join("saves");
    }
    local
}

/// Autosave a session into `dir` (at the start of a turn), keeping the newest
/// `AUTOSAVES_KEPT`.
pub fn autosave(session: &Session, dir: &Path) -> Result<PathBuf, SaveError> {
    std::fs::create_dir_all(dir).map_err(|e| SaveError::Io {
        path: dir.to_owned(),
        what: "cannot create the autosave folder",
        reason: e.to_string(),
    })?;
    let path = dir.join(autosave_name(session.sim().turn()));
    session.save_to(&path)?;
    for old in autosaves(dir).into_iter().skip(AUTOSAVES_KEPT) {
        let _ = std::fs::remove_file(old);
    }
    Ok(path)
}

/// The newest autosave next to `path` (in its folder, or in `autosaves/` beside it) that
/// decodes, to offer when `path` does not.
pub(crate) fn newest_good_autosave(path: &Path) -> Option<PathBuf> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    [dir.to_owned(), dir.join("autosaves")]
        .iter()
        .flat_map(|d| autosaves(d))
        .filter(|p| p != path)
        .find(|p| std::fs::read(p).ok().is_some_and(|b| parse(&b).is_ok()))
}
