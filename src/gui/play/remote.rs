//! A class's game in the window: the seat's side as the host tells it. The window keeps the
//! views the host sends (one per turn played), drafts orders as in any game, and hands its
//! orders to the transport; it never holds the game itself, so it cannot show more than the
//! seat's side knows.
//!
//! Must not: touch the network (the window's class link carries the messages), or read a
//! clock.

use super::{Backing, News, Phase, Play};
use crate::class::protocol::{ClassError, PROTOCOL_VERSION, Reveal, SeatId, ToHost, ToTeam, Token};
use crate::sim::game::Outcome;
use crate::sim::orders::Command;

/// A seat in a class, as its window knows it.
#[derive(Clone, Debug)]
pub struct Remote {
    /// The seat.
    pub seat: SeatId,
    /// Its secret (kept by the window to come back to it).
    pub token: Token,
    /// The team's name.
    pub team: String,
    /// How the game stands, as the host last said.
    pub outcome: Outcome,
    /// The fog lifted, once the game is over.
    pub reveal: Option<Reveal>,
    /// After orders were taken: how many teams the turn still waits for.
    pub waiting: Option<usize>,
    /// The host's last refusal, until the next message.
    pub refused: Option<ClassError>,
    /// Whether the window is connected to the host (else it is trying again).
    pub connected: bool,
    outbox: Vec<ToHost>,
}

impl Remote {
    /// A seat the host has just given (its views follow).
    pub fn new(seat: SeatId, token: Token, team: String) -> Remote {
        Remote {
            seat,
            token,
            team,
            outcome: Outcome::Running,
            reveal: None,
            waiting: None,
            refused: None,
            connected: true,
            outbox: Vec::new(),
        }
    }

    pub(super) fn send_orders(&mut self, orders: Vec<Command>, turn: u32) {
        self.waiting = None;
        self.refused = None;
        self.outbox.push(ToHost::Orders {
            version: PROTOCOL_VERSION,
            token: self.token.clone(),
            turn,
            orders,
        });
    }
}

impl Play {
    /// Take a message from the class's host: a view (the start, a past turn on coming back,
    /// or the turn just played), the orders taken, or a refusal. Messages for another seat
    /// are ignored.
    pub fn receive(&mut self, message: ToTeam) {
        let side = self.viewer;
        let Backing::Remote(remote) = &mut self.game else {
            return;
        };
        match message {
            ToTeam::Welcome { seat, token, .. } => {
                if seat == remote.seat {
                    // Back on the seat: its whole past follows, from the start.
                    remote.token = token;
                    self.views[side.index()].clear();
                    self.news.clear();
                }
            }
            ToTeam::View {
                seat,
                turn,
                view,
                news,
                outcome,
                reveal,
            } => {
                let views = &mut self.views[side.index()];
                if seat != remote.seat || turn as usize != views.len() {
                    // Another seat's, or a view already held.
                    return;
                }
                views.push(*view);
                self.news
                    .extend(news.into_iter().map(|e| (turn, News::Journal(e))));
                remote.outcome = outcome;
                remote.reveal = reveal.map(|r| *r);
                remote.waiting = None;
                // A new turn to plan: last turn's orders were played.
                self.drafts[side.index()].clear();
                self.phase = if outcome.is_over() {
                    Phase::Over
                } else {
                    Phase::Planning
                };
            }
            ToTeam::Accepted { waiting, .. } => remote.waiting = Some(waiting),
            ToTeam::Refused { error } => {
                remote.refused = Some(error);
                // Orders the host refused are the team's to change and send again.
                if self.phase == Phase::Sent {
                    self.phase = Phase::Planning;
                }
            }
        }
    }

    /// True once the host has sent the seat's first view (the game screen can be shown).
    pub fn has_view(&self) -> bool {
        !self.views[self.viewer.index()].is_empty()
    }

    /// The window's link to the host dropped (`false`) or is back (`true`).
    pub fn set_connected(&mut self, connected: bool) {
        if let Backing::Remote(remote) = &mut self.game {
            remote.connected = connected;
        }
    }

    /// The messages for the class's host, in order (empty for a game played here).
    pub fn take_outbox(&mut self) -> Vec<ToHost> {
        match &mut self.game {
            Backing::Remote(remote) => std::mem::take(&mut remote.outbox),
            Backing::Local(_) => Vec::new(),
        }
    }

    /// A class's team takes back its sent orders to change them (they are sent again with
    /// End turn; the host keeps the last sent).
    pub(crate) fn reopen(&mut self) {
        if self.phase == Phase::Sent {
            self.phase = Phase::Planning;
        }
    }
}
