//! The computer's decisions in the window: a job handed to a worker thread (or stepped a slice per frame in a browser) and the decision it brings back.

use super::*;

/// The computer's thinking for one side, to run off the UI thread.
pub struct ThinkJob {
    /// The game it belongs to (`Play::id`).
    pub play: u64,
    /// For which side.
    pub side: Side,
    /// The turn it decides for (turns played so far).
    pub turn: u32,
    pub(super) player: ComputerPlayer,
    pub(super) scenario: Arc<Scenario>,
    pub(super) view: SideView,
}

/// A [`ThinkJob`] done a little at a time (a browser has no worker threads).
pub(crate) struct ThinkSteps {
    pub(super) play: u64,
    pub(super) side: Side,
    pub(super) turn: u32,
    pub(super) player: ComputerPlayer,
    pub(super) thinking: crate::ai::Thinking,
    pub(super) decision: Option<Decision>,
}

impl ThinkSteps {
    /// Think a little more (one turn of rollouts); true when the decision is made.
    pub fn step(&mut self) -> bool {
        if self.decision.is_none() {
            self.decision = self.thinking.step();
        }
        self.decision.is_some()
    }

    /// The finished job (call once [`ThinkSteps::step`] returned true).
    pub fn finish(self) -> ThinkDone {
        ThinkDone {
            play: self.play,
            side: self.side,
            turn: self.turn,
            player: self.player,
            decision: self.decision.unwrap_or(Decision {
                commands: Vec::new(),
                explanation: crate::ai::Explanation::Silent,
            }),
        }
    }
}

/// A finished [`ThinkJob`].
pub struct ThinkDone {
    pub(super) play: u64,
    pub(super) side: Side,
    pub(super) turn: u32,
    pub(super) player: ComputerPlayer,
    pub(super) decision: Decision,
}

impl ThinkJob {
    /// Start deciding, to be finished step by step.
    pub(crate) fn begin(mut self) -> ThinkSteps {
        let thinking = self.player.begin(&self.scenario, &self.view);
        ThinkSteps {
            play: self.play,
            side: self.side,
            turn: self.turn,
            player: self.player,
            thinking,
            decision: None,
        }
    }

    /// Decide (takes milliseconds to a second; deterministic).
    pub fn run(mut self) -> ThinkDone {
        let decision = self.player.decide(&self.scenario, &self.view);
        ThinkDone {
            play: self.play,
            side: self.side,
            turn: self.turn,
            player: self.player,
            decision,
        }
    }
}
