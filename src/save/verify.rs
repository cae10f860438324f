//! Verifying a save by replaying every order from the start and checking every recorded hash, naming the first turn and quantity that differ.

use super::*;

/// How a replay compared with the recorded game.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// Every recorded hash matched.
    Verified,
    /// The replay differs from the record at a turn.
    Diverged {
        /// The first turn that differs.
        turn: u32,
        /// What differs first (a quantity path, or the part of the state).
        what: String,
    },
    /// The save was made by another game version and its replay differs: the rules changed,
    /// which is not corruption.
    RulesChanged {
        /// The version that made the save.
        version: String,
        /// The first turn that differs.
        turn: u32,
        /// What differs first.
        what: String,
    },
}

/// The result of [`verify`].
#[derive(Clone, Debug, PartialEq)]
pub struct VerifyReport {
    /// Turns replayed.
    pub turns: usize,
    /// The verdict.
    pub verdict: Verdict,
}

impl fmt::Display for VerifyReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.verdict {
            Verdict::Verified => write!(f, "verified: {} turns, all hashes match", self.turns),
            Verdict::Diverged { turn, what } => {
                write!(f, "diverged at turn {turn}: first difference in {what}")
            }
            Verdict::RulesChanged {
                version,
                turn,
                what,
            } => write!(
                f,
                "rules changed since version {version}: the replay differs from turn {turn} ({what}); the save itself is intact"
            ),
        }
    }
}

/// The first difference between two snapshots: a quantity path with both values, or the
/// name of the part of the state that differs.
pub(crate) fn first_difference(recorded: &Snapshot, replayed: &Snapshot) -> String {
    for q in Quantity::all() {
        let (a, b) = (recorded.value(q), replayed.value(q));
        if a.to_bits() != b.to_bits() {
            return format!("`{}` (recorded {a}, replayed {b})", q.path());
        }
    }
    let parts: [(&str, bool); 9] = [
        ("the calendar", recorded.calendar != replayed.calendar),
        ("the outcome", recorded.outcome != replayed.outcome),
        ("the random streams", recorded.streams != replayed.streams),
        (
            "the policies in force",
            recorded
                .blocs
                .iter()
                .zip(&replayed.blocs)
                .any(|(a, b)| a.policies != b.policies),
        ),
        ("the running effects", recorded.effects != replayed.effects),
        ("the event deck", recorded.events != replayed.events),
        ("the scorecard", recorded.scorecard != replayed.scorecard),
        ("the pending orders", recorded.orders != replayed.orders),
        ("the bubble's memory", recorded.bubble != replayed.bubble),
    ];
    parts.iter().find(|(_, differs)| *differs).map_or_else(
        || "an unnamed part of the state".to_owned(),
        |(name, _)| (*name).to_owned(),
    )
}

/// Replay a save's orders from the start and check every recorded hash.
pub fn verify(save: &SaveGame) -> VerifyReport {
    let other_version = save.game_version != env!("CARGO_PKG_VERSION");
    let diverged = |turn: u32, what: String| {
        if other_version {
            Verdict::RulesChanged {
                version: save.game_version.clone(),
                turn,
                what,
            }
        } else {
            Verdict::Diverged { turn, what }
        }
    };
    if Sim::new(&save.scenario, save.seed).state_hash() != save.start_hash {
        return VerifyReport {
            turns: 0,
            verdict: diverged(0, "the starting state".into()),
        };
    }
    let mut done = 0;
    let replay = Session::replay(save, save.turns.len(), false, |step| {
        let ReplayStep::After { log, replayed, .. } = step else {
            return std::ops::ControlFlow::Continue(());
        };
        if replayed.hash != log.hash || replayed.snapshot != log.snapshot {
            let what = if replayed.snapshot == log.snapshot {
                "the recorded hash (the snapshot itself matches)".to_owned()
            } else {
                first_difference(&log.snapshot, &replayed.snapshot)
            };
            return std::ops::ControlFlow::Break((log.turn, what));
        }
        done += 1;
        std::ops::ControlFlow::Continue(())
    });
    let verdict = match replay.1 {
        None => Verdict::Verified,
        Some(ReplayStop::Visitor((turn, what))) => diverged(turn, what),
        Some(ReplayStop::Ended { turn }) => {
            diverged(turn, "the game had already ended before this turn".into())
        }
        Some(ReplayStop::Refused { turn, error, .. }) => diverged(
            turn,
            format!("a recorded order is refused on replay: {error}"),
        ),
    };
    VerifyReport {
        turns: done,
        verdict,
    }
}
