//! The window's link to a class's host: one WebSocket (`ewebsock`: the page's own WebSocket in
//! a browser, tungstenite on a thread on the desktop), polled once a frame. It carries the
//! host's messages to [`Play::receive`] and the game's orders from [`Play::take_outbox`]; a
//! dropped connection is tried again every few seconds with the seat's token, and the host
//! sends the seat's whole past again.
//!
//! Must not: hold rules or decide anything about the game (the host and [`Play`] do), or show
//! anything (the join screen and the game screen read [`ClassLink::status`]).

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::play::{Play, Remote};
use super::shell::WindowState;
use crate::class::protocol::{PROTOCOL_VERSION, ToHost, ToTeam, Token};

/// Seconds between tries to reach the host again after a dropped connection.
const RETRY_SECONDS: f32 = 3.0;

/// The largest message the window takes from a host (a seat's whole past comes as one view
/// per turn, each a few kilobytes; the scenario comes once).
const MAX_INCOMING: usize = 8 * 1024 * 1024;

/// Where the link stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) enum LinkStatus {
    /// Not in a class.
    #[default]
    Idle,
    /// Connecting, or connected and waiting for a seat.
    Connecting,
    /// In a class: the seat's game is being played.
    Open,
    /// The connection dropped during a class's game: trying again.
    Lost,
    /// The host could not be reached or closed the connection before a seat was given.
    Failed(String),
    /// The host refused to seat the team (a wrong code, a full class, …).
    Refused(crate::class::protocol::ClassError),
}

/// What the window keeps to come back to its seat: the host's address, the seat's token and
/// the team's name (in the browser's storage, or a file beside the saves).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct Ticket {
    /// The host's address (`host:port`, or a `ws://` address).
    pub(crate) address: String,
    /// The seat's secret.
    pub(crate) token: Token,
    /// The team's name.
    pub(crate) team: String,
}

impl Ticket {
    /// The ticket kept in `dir` (or the browser's storage), if any can be read.
    pub(crate) fn kept(dir: &std::path::Path) -> Option<Ticket> {
        serde_json::from_str(&super::platform::class_ticket(dir)?).ok()
    }
}

struct Connection {
    tx: ewebsock::WsSender,
    rx: ewebsock::WsReceiver,
}

/// The window's connection to a class's host (a resource kept on the main thread: a
/// browser's WebSocket cannot be sent between threads).
#[derive(Default)]
pub(crate) struct ClassLink {
    connection: Option<Connection>,
    /// Where the link stands.
    pub(crate) status: LinkStatus,
    /// The address connected to.
    address: String,
    /// What to say once the connection opens: join, or come back to a seat.
    hello: Option<ToHost>,
    /// The class's game until its first view arrives (then the window plays it).
    pending: Option<Play>,
    /// Seconds until the next try after a drop.
    retry: f32,
}

impl ClassLink {
    /// Ask the host at `address` for a seat for `team` with the class's join code.
    pub(crate) fn join(&mut self, address: &str, code: &str, team: &str) {
        self.connect(
            address,
            ToHost::Join {
                version: PROTOCOL_VERSION,
                code: code.trim().to_owned(),
                team: team.trim().to_owned(),
            },
        );
    }

    /// Come back to the seat a ticket names.
    pub(crate) fn rejoin(&mut self, ticket: &Ticket) {
        self.connect(
            &ticket.address,
            ToHost::Rejoin {
                version: PROTOCOL_VERSION,
                token: ticket.token.clone(),
            },
        );
    }

    /// Leave the class (the seat stays the team's on the host).
    pub(crate) fn leave(&mut self) {
        *self = ClassLink::default();
    }

    fn connect(&mut self, address: &str, hello: ToHost) {
        let url = ws_url(address);
        let options = ewebsock::Options {
            max_incoming_frame_size: MAX_INCOMING,
            ..Default::default()
        };
        self.address = address.trim().to_owned();
        self.hello = Some(hello);
        match ewebsock::connect(url, options) {
            Ok((tx, rx)) => {
                self.connection = Some(Connection { tx, rx });
                if self.status != LinkStatus::Lost {
                    self.status = LinkStatus::Connecting;
                }
            }
            Err(e) => {
                self.connection = None;
                if self.status != LinkStatus::Lost {
                    self.status = LinkStatus::Failed(e);
                }
            }
        }
    }

    fn send(&mut self, message: &ToHost) {
        if let (Some(c), Ok(text)) = (self.connection.as_mut(), serde_json::to_string(message)) {
            c.tx.send(ewebsock::WsMessage::Text(text));
        }
    }

    /// Take the host's messages and send the game's orders (once a frame). `dt` is the time
    /// since the last frame, in seconds (for trying again after a drop).
    pub(crate) fn poll(&mut self, state: &mut WindowState, dt: f32) {
        let in_class = state.play.as_ref().and_then(Play::remote_seat).is_some();
        while let Some(event) = self.connection.as_ref().and_then(|c| c.rx.try_recv()) {
            match event {
                ewebsock::WsEvent::Opened => {
                    if let Some(hello) = self.hello.clone() {
                        self.send(&hello);
                    }
                }
                ewebsock::WsEvent::Message(ewebsock::WsMessage::Text(text)) => {
                    match serde_json::from_str::<ToTeam>(&text) {
                        Ok(message) => self.take(message, state),
                        Err(e) => super::platform::log(&format!(
                            "warning: a message from the class's host could not be read: {e}"
                        )),
                    }
                }
                ewebsock::WsEvent::Message(_) => {}
                ewebsock::WsEvent::Error(e) => self.dropped(in_class, e, state),
                ewebsock::WsEvent::Closed => self.dropped(in_class, String::new(), state),
            }
        }
        if let Some(play) = state.play.as_mut() {
            for message in play.take_outbox() {
                self.send(&message);
            }
        }
        if self.status == LinkStatus::Lost && self.connection.is_none() {
            self.retry -= dt;
            if self.retry <= 0.0 {
                self.retry = RETRY_SECONDS;
                let seat = state.play.as_ref().and_then(Play::remote_seat);
                if let Some(remote) = seat {
                    let ticket = Ticket {
                        address: self.address.clone(),
                        token: remote.token.clone(),
                        team: remote.team.clone(),
                    };
                    self.rejoin(&ticket);
                }
            }
        }
    }

    /// True while the window waits for the host (it then redraws without input).
    pub(crate) fn active(&self) -> bool {
        self.status != LinkStatus::Idle
    }

    fn dropped(&mut self, in_class: bool, reason: String, state: &mut WindowState) {
        self.connection = None;
        if in_class {
            if let Some(play) = state.play.as_mut() {
                play.set_connected(false);
            }
            self.status = LinkStatus::Lost;
            self.retry = RETRY_SECONDS;
        } else if self.status == LinkStatus::Connecting {
            self.status = LinkStatus::Failed(reason);
        }
    }

    fn take(&mut self, message: ToTeam, state: &mut WindowState) {
        if let ToTeam::Welcome {
            token,
            seat,
            team,
            scenario,
        } = &message
        {
            let ticket = Ticket {
                address: self.address.clone(),
                token: token.clone(),
                team: team.clone(),
            };
            if let Ok(text) = serde_json::to_string(&ticket)
                && let Err(e) = super::platform::keep_class_ticket(&state.saves_dir, &text)
            {
                super::platform::log(&format!("warning: the class seat was not kept: {e}"));
            }
            let same_seat = state
                .play
                .as_ref()
                .and_then(Play::remote_seat)
                .is_some_and(|r| r.seat == *seat);
            if !same_seat {
                // A new seat: its game begins once its first view has come.
                let remote = Remote::new(*seat, token.clone(), team.clone());
                self.pending = Some(Play::remote((**scenario).clone(), remote));
                self.status = LinkStatus::Connecting;
                return;
            }
            self.status = LinkStatus::Open;
            if let Some(play) = state.play.as_mut() {
                play.set_connected(true);
            }
        }
        if let Some(mut play) = self.pending.take() {
            play.receive(message);
            if play.has_view() {
                self.status = LinkStatus::Open;
                state.begin(play);
            } else {
                self.pending = Some(play);
            }
        } else if let Some(play) = state.play.as_mut().filter(|p| p.remote_seat().is_some()) {
            play.receive(message);
        } else if let ToTeam::Refused { error } = message {
            // Refused before a seat: the join screen says why.
            self.status = LinkStatus::Refused(error);
        }
    }
}

/// A host's address as a WebSocket address: `host:port` becomes `ws://host:port`.
pub(crate) fn ws_url(address: &str) -> String {
    let a = address.trim();
    if a.starts_with("ws://") || a.starts_with("wss://") {
        a.to_owned()
    } else {
        format!("ws://{a}")
    }
}

/// The window's system: poll the link once a frame, and keep the window drawing while it
/// waits for the host.
pub(crate) fn poll_link(
    mut link: NonSendMut<ClassLink>,
    mut state: ResMut<WindowState>,
    time: Res<Time>,
    mut winit: ResMut<bevy::winit::WinitSettings>,
) {
    if !link.active() {
        return;
    }
    link.poll(&mut state, time.delta_secs());
    // Messages come without input: wake up often enough to show them.
    let often = bevy::winit::UpdateMode::reactive(std::time::Duration::from_millis(100));
    if winit.focused_mode != often {
        winit.focused_mode = often;
        winit.unfocused_mode = often;
    }
}
