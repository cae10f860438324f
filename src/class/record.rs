//! What a class keeps beside its games' saves (`class.json`), and a class back from it after
//! the host stops.

use super::{Class, Game, Occupant, Seat};
use crate::ai::{ComputerPlayer, Level};
use crate::class::protocol::{SeatId, Token};
use crate::save::{SaveGame, Session};
use crate::sim::quantity::Side;

/// What a class keeps beside its games' saves, to come back after the host stops: the join
/// code, the computer's level and who sits where (team names and tokens). Orders sent for a
/// turn not yet played are not kept: teams send them again.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClassRecord {
    /// The join code.
    pub code: String,
    /// The computer's level in seats no team plays.
    pub level: String,
    /// Every seat, game by game, the US first.
    pub seats: Vec<SeatRecord>,
}

/// One seat in a [`ClassRecord`].
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeatRecord {
    /// The seat.
    pub seat: SeatId,
    /// The team there and its token (None: open, or the computer's).
    pub team: Option<(String, Token)>,
    /// The computer plays it for good.
    pub computer: bool,
}

impl Class {
    /// What to keep to come back after the host stops (with [`Class::saves`]).
    pub fn record(&self) -> ClassRecord {
        ClassRecord {
            code: self.code.clone(),
            level: self.level.name().to_owned(),
            seats: self
                .seats()
                .map(|seat| {
                    let occupant = &self.seat(seat).occupant;
                    SeatRecord {
                        seat,
                        team: match occupant {
                            Occupant::Team { name, token } => Some((name.clone(), token.clone())),
                            _ => None,
                        },
                        computer: matches!(occupant, Occupant::Computer),
                    }
                })
                .collect(),
        }
    }

    /// A class back from its record and its games' saves (game 1 first): every game at its
    /// last played turn, every team in its seat with its token.
    pub fn resume(record: &ClassRecord, saves: Vec<SaveGame>) -> Result<Class, String> {
        let level = Level::parse(&record.level)
            .ok_or_else(|| format!("the class record names no level `{}`", record.level))?;
        if record.seats.len() != saves.len() * 2 {
            return Err(format!(
                "the class record has {} seats for {} games: the folder's saves and class.json do not belong together",
                record.seats.len(),
                saves.len()
            ));
        }
        let mut games = Vec::with_capacity(saves.len());
        for save in saves {
            let seed = save.seed;
            let scenario = save.scenario.clone();
            let session = Session::resume(save)?;
            let seat = |side| -> Result<Seat, String> {
                Ok(Seat {
                    occupant: Occupant::Open,
                    computer: ComputerPlayer::new(&scenario, side, level, None, seed)?,
                    orders: None,
                })
            };
            games.push(Game::new(session, [seat(Side::Us)?, seat(Side::China)?]));
        }
        let mut class = Class {
            code: record.code.clone(),
            level,
            games,
            paused: false,
        };
        for r in &record.seats {
            if r.seat.game >= class.games.len() {
                return Err(format!(
                    "the class record names game {}, which has no save",
                    r.seat.game + 1
                ));
            }
            class.seat_mut(r.seat).occupant = match (&r.team, r.computer) {
                (Some((name, token)), _) => Occupant::Team {
                    name: name.clone(),
                    token: token.clone(),
                },
                (None, true) => Occupant::Computer,
                (None, false) => Occupant::Open,
            };
        }
        Ok(class)
    }
}
