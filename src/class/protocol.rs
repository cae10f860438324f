//! What a team's browser and the class's host say to each other: versioned, typed messages
//! (JSON), each checked before anything changes. A message too large, malformed, of another
//! version, with an unknown code or token, for a turn already played, or with an order the
//! game would refuse gets a [`ClassError`] back and changes nothing.
//!
//! Must not: know how bytes travel (the transport does), or read a clock.

use serde::{Deserialize, Serialize};

use crate::scenario::Scenario;
use crate::sim::BlocState;
use crate::sim::fog::SideView;
use crate::sim::game::{JournalEntry, Outcome};
use crate::sim::orders::Command;
use crate::sim::orders::CommandError;
use crate::sim::quantity::Side;
use crate::sim::scoring::GameResult;

/// The protocol's version: a message of another version is refused with both numbers.
pub const PROTOCOL_VERSION: u32 = 1;

/// The largest message a team may send, in bytes (a turn's orders are a few hundred).
pub const MAX_MESSAGE_BYTES: usize = 16 * 1024;

/// The most orders one turn's submission may carry.
pub const MAX_ORDERS: usize = 64;

/// The longest team name, in characters.
pub const MAX_TEAM_NAME: usize = 40;

/// A seat's secret: kept by the browser, it brings a reloaded page back to its seat. Made by
/// the transport from a source of randomness; the class only compares it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Token(pub String);

/// Which seat: a game of the class and a side in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SeatId {
    /// The game, from 0.
    pub game: usize,
    /// The side the team plays.
    pub side: Side,
}

/// A message from a team to the host.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", deny_unknown_fields)]
pub enum ToHost {
    /// Take a free seat with the class's join code.
    Join {
        /// [`PROTOCOL_VERSION`] of the sender.
        version: u32,
        /// The code the host printed.
        code: String,
        /// The team's name.
        team: String,
    },
    /// Come back to a seat (a dropped connection, a reloaded page).
    Rejoin {
        /// [`PROTOCOL_VERSION`] of the sender.
        version: u32,
        /// The seat's token.
        token: Token,
    },
    /// The team's orders for a turn (replacing any sent before for that turn).
    Orders {
        /// [`PROTOCOL_VERSION`] of the sender.
        version: u32,
        /// The seat's token.
        token: Token,
        /// The turn the orders are for (the next one to be played).
        turn: u32,
        /// The orders, in the order given.
        orders: Vec<Command>,
    },
}

/// A message from the host to one team.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum ToTeam {
    /// The team has a seat: its token, where it sits, and the scenario its game plays (the
    /// page checks its orders and names its policies from it). The seat's views follow, one
    /// per turn played, so a page that comes back has its whole past again.
    Welcome {
        /// The seat's secret, to keep.
        token: Token,
        /// The seat.
        seat: SeatId,
        /// The team's name.
        team: String,
        /// The game's scenario, as the host loaded it.
        scenario: Box<Scenario>,
    },
    /// What the team's side knew after a turn (built on the host: the rival only as
    /// estimates), with that turn's public news.
    View {
        /// The seat.
        seat: SeatId,
        /// Turns played (0: the start).
        turn: u32,
        /// The side's view.
        view: Box<SideView>,
        /// What happened in that turn (empty for the start).
        news: Vec<JournalEntry>,
        /// How the game stands.
        outcome: Outcome,
        /// Once the game is over, the fog lifts: the score and the rival's true numbers.
        reveal: Option<Box<Reveal>>,
    },
    /// The orders were taken; how many seats the turn still waits for.
    Accepted {
        /// The turn they are for.
        turn: u32,
        /// Seats (with a person) that have not sent their orders.
        waiting: usize,
    },
    /// The message was refused; nothing changed.
    Refused {
        /// Why.
        error: ClassError,
    },
}

/// What a team learns when its game ends.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reveal {
    /// The final score of both sides.
    pub result: GameResult,
    /// The rival's true state at the end.
    pub rival: BlocState,
    /// The true lead in months (positive: the US ahead).
    pub lead_months: f64,
}

impl Reveal {
    /// What `side` learns from the game `sim` at its end.
    pub fn of(sim: &crate::sim::Sim, side: Side) -> Reveal {
        let snap = sim.snapshot();
        Reveal {
            result: sim.result(),
            lead_months: snap.value(crate::sim::quantity::Quantity::Game(
                crate::sim::quantity::GameQ::LeadMonths,
            )),
            rival: snap.blocs[side.rival().index()].clone(),
        }
    }
}

/// Why a team's message was refused: data, put into words by the page in its language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind")]
pub enum ClassError {
    /// The message is larger than [`MAX_MESSAGE_BYTES`].
    #[error("the message is {got} bytes; at most {max} are taken")]
    TooLarge {
        /// Its size.
        got: usize,
        /// The limit.
        max: usize,
    },
    /// The message is not one this version understands.
    #[error("the message cannot be read: {reason}")]
    Malformed {
        /// What the reader found.
        reason: String,
    },
    /// The sender speaks another version of the protocol.
    #[error("the page speaks protocol {got}, the host {want}: reload the page from the host")]
    WrongVersion {
        /// The host's.
        want: u32,
        /// The sender's.
        got: u32,
    },
    /// The join code is not this class's.
    #[error("that is not this class's join code")]
    UnknownCode,
    /// The team name is empty or too long.
    #[error("a team name needs 1 to {max} characters")]
    BadTeamName {
        /// The longest allowed.
        max: usize,
    },
    /// Every seat is taken.
    #[error("every seat of the class is taken")]
    ClassFull,
    /// No seat has this token.
    #[error("no seat has that token: join again with the class's code")]
    UnknownToken,
    /// The orders are for a turn other than the next one.
    #[error("the orders are for turn {got}, but turn {now} is next")]
    StaleTurn {
        /// The turn being planned.
        now: u32,
        /// The turn the orders named.
        got: u32,
    },
    /// Too many orders in one message.
    #[error("{got} orders in one turn; at most {max}")]
    TooManyOrders {
        /// How many were sent.
        got: usize,
        /// The limit.
        max: usize,
    },
    /// One of the orders would be refused by the game (which one, and why).
    #[error("order {index} is refused: {error}")]
    Order {
        /// Its position in the message, from 0.
        index: usize,
        /// Why the game refuses it (the page puts it into its language).
        error: CommandError,
    },
    /// The team's game is over.
    #[error("this game is over")]
    GameOver,
    /// The connection sends faster than the host takes messages; this one was dropped.
    #[error("too many messages: at most {per_second} a second after a burst; send it again")]
    TooFast {
        /// Messages a second taken once the burst is spent.
        per_second: u32,
    },
    /// The teacher has paused the class.
    #[error("the class is paused")]
    Paused,
}

/// Read a team's message: its size first, then its text, then its version.
pub fn decode(bytes: &[u8]) -> Result<ToHost, ClassError> {
    if bytes.len() > MAX_MESSAGE_BYTES {
        return Err(ClassError::TooLarge {
            got: bytes.len(),
            max: MAX_MESSAGE_BYTES,
        });
    }
    let message: ToHost = serde_json::from_slice(bytes).map_err(|e| ClassError::Malformed {
        reason: e.to_string(),
    })?;
    let version = match &message {
        ToHost::Join { version, .. }
        | ToHost::Rejoin { version, .. }
        | ToHost::Orders { version, .. } => *version,
    };
    if version != PROTOCOL_VERSION {
        return Err(ClassError::WrongVersion {
            want: PROTOCOL_VERSION,
            got: version,
        });
    }
    Ok(message)
}

/// Write a message for a team.
pub fn encode(message: &ToTeam) -> Vec<u8> {
    // Plain data (numbers, strings, enums): JSON always writes it.
    serde_json::to_vec(message).expect("the host's messages are plain data that JSON writes")
}
