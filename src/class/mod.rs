//! A class on one host: teams in seats, two teams to a game, all games planned at once and
//! played a turn together. The host is the only authority: it builds each team's view (the
//! fog is enforced here, never by the page), checks every order with the game's own order
//! checker before taking it, fills empty seats with the computer, and records every game as
//! a save. A turn is played when every seat with a person has sent its orders, or when the
//! teacher ends it (missing orders are "no change").
//!
//! This is the host's logic; its transport is [`net`] (WebSocket, HTTP). The class reads no
//! clock: the transport keeps the turn timer and calls [`Class::end_turn`].
//!
//! Must not: read or write sockets or files, or reach the simulation except through
//! [`Session`] (orders in, views and saves out).

#[cfg(not(target_arch = "wasm32"))]
pub mod net;
pub mod pages;
pub mod protocol;
mod record;
pub use record::{ClassRecord, SeatRecord};

use crate::ai::{ComputerPlayer, Level};
use crate::save::{Player, SaveGame, Session};
use crate::scenario::Scenario;
use crate::sim::Snapshot;
use crate::sim::events::EventId;
use crate::sim::fog::SideView;
use crate::sim::game::{JournalEntry, Outcome};
use crate::sim::orders::Command;
use crate::sim::orders::OrderDesk;
use crate::sim::quantity::Side;
use protocol::{ClassError, MAX_ORDERS, MAX_TEAM_NAME, Reveal, SeatId, ToHost, ToTeam, Token};

/// Who sits in a seat.
enum Occupant {
    /// Nobody yet: the computer plays it until a team joins.
    Open,
    /// A team.
    Team {
        /// Its name.
        name: String,
        /// Its secret.
        token: Token,
    },
    /// The computer, for good (an odd team's rival, or a seat the teacher gave away).
    Computer,
}

struct Seat {
    occupant: Occupant,
    /// The computer that plays the seat while no team does.
    computer: ComputerPlayer,
    /// The team's orders for the turn being planned, once sent (checked).
    orders: Option<Vec<Command>>,
}

struct Game {
    session: Session,
    seats: [Seat; 2],
    /// Each turn's news (index 0: the start, empty), for the teams' pages.
    news: Vec<Vec<JournalEntry>>,
}

impl Game {
    fn new(mut session: Session, seats: [Seat; 2]) -> Game {
        // The teams' pages show their ledger, as the window does.
        session.set_ledger(true);
        // A resumed game's past news, from a replay of its orders (a save keeps orders and
        // states, not the journal).
        let mut news = vec![Vec::new()];
        if !session.save_game().turns.is_empty() {
            let past = crate::report::History::replay(session.save_game());
            news.extend(past.turns.into_iter().map(|t| t.journal));
        }
        Game {
            session,
            seats,
            news,
        }
    }
}

/// One seat, as the teacher's console lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct SeatState {
    /// The seat.
    pub seat: SeatId,
    /// The team there (None: the computer plays it).
    pub team: Option<String>,
    /// The computer plays it for good (else, with no team, it is open to join).
    pub computer: bool,
    /// Whether the team's orders for the turn are in.
    pub sent: bool,
    /// Turns its game has played.
    pub turn: u32,
}

/// The class: its games, seats and the turn being planned.
pub struct Class {
    code: String,
    level: Level,
    games: Vec<Game>,
    paused: bool,
}

impl Class {
    /// A class of `teams` teams (1 to 60) on `scenario`: `teams` / 2 games, rounded up, game
    /// `g` played with seed `seed + g`; a lone team's rival is the computer at `level`.
    /// `code` is the join code teams type.
    pub fn new(
        scenario: &Scenario,
        teams: usize,
        seed: u64,
        code: &str,
        level: Level,
    ) -> Result<Class, String> {
        if !(1..=60).contains(&teams) {
            return Err(format!(
                "a class has 1 to 60 teams, not {teams}: give --teams a number in that range"
            ));
        }
        let games = teams.div_ceil(2);
        let mut out = Vec::with_capacity(games);
        for g in 0..games {
            let seed = seed.wrapping_add(g as u64);
            let lone = g == games - 1 && teams % 2 == 1;
            let seat = |side: Side| -> Result<Seat, String> {
                Ok(Seat {
                    occupant: if lone && side == Side::China {
                        Occupant::Computer
                    } else {
                        Occupant::Open
                    },
                    computer: ComputerPlayer::new(scenario, side, level, None, seed)?,
                    orders: None,
                })
            };
            // Every seat is the computer's until a team takes it (the save says who played).
            let players = [Side::Us, Side::China].map(|_| computer_player(level));
            out.push(Game::new(
                Session::new(scenario, seed, players),
                [seat(Side::Us)?, seat(Side::China)?],
            ));
        }
        Ok(Class {
            code: code.to_owned(),
            level,
            games: out,
            paused: false,
        })
    }

    /// The join code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The scenario the class plays.
    pub fn scenario(&self) -> &Scenario {
        self.games[0].session.sim().scenario()
    }

    /// Whether the teacher has paused the class.
    pub fn paused(&self) -> bool {
        self.paused
    }

    /// Make an event of the scenario's deck fire at the start of the next turn, in one game
    /// (`Some(g)`, from 0) or in every game still running: recorded in each game's save with
    /// that turn, so a replay makes it fire too. Returns the games it was set in.
    pub fn inject(&mut self, game: Option<usize>, event: EventId) -> Result<Vec<usize>, String> {
        if event.def(self.scenario()).is_none() {
            return Err(format!("the scenario has no event #{}", event.index()));
        }
        if game.is_some_and(|g| g >= self.games.len()) {
            return Err(format!(
                "the class has {} games; there is no game {}",
                self.games.len(),
                game.unwrap_or(0) + 1
            ));
        }
        let mut set = Vec::new();
        for (g, each) in self.games.iter_mut().enumerate() {
            if game.is_none_or(|want| want == g) && each.session.inject(event).is_ok() {
                set.push(g);
            }
        }
        Ok(set)
    }

    /// A "what if" of one game (from 0): its save rewound to the start of `turn` (1-based),
    /// to be played on in the window while the class's game goes on untouched.
    pub fn branch(&self, game: usize, turn: u32) -> Result<SaveGame, String> {
        let g = self
            .games
            .get(game)
            .ok_or_else(|| format!("the class has no game {}", game + 1))?;
        Ok(crate::branch::rewind(g.session.save_game(), turn)?
            .save_game()
            .clone())
    }

    /// The events injected for the next turn, game by game.
    pub fn injected(&self) -> Vec<Vec<EventId>> {
        self.games
            .iter()
            .map(|g| g.session.save_game().pending_injected.clone())
            .collect()
    }

    /// What the whole room may see of every game: public numbers and acts only.
    pub fn public(&self) -> Vec<pages::PublicGame> {
        self.games
            .iter()
            .enumerate()
            .map(|(g, game)| {
                let sim = game.session.sim();
                let [us, china] = Side::BOTH.map(|side| sim.view(side));
                pages::PublicGame {
                    turn: sim.turn(),
                    outcome: sim.outcome(),
                    teams: Side::BOTH.map(|side| self.team_name(SeatId { game: g, side })),
                    world: us.world.clone(),
                    markets: us.markets,
                    // Each side's policies as its rival sees them: public acts.
                    policies: [china.rival_policies, us.rival_policies],
                    events_fired: us.events_fired,
                }
            })
            .collect()
    }

    /// Answer one message from a team. `token` makes a new seat's secret if the message
    /// takes one. The answer goes to the sender; on [`ToTeam::Welcome`] the transport sends
    /// the seat's view too ([`Class::view`]).
    pub fn handle(&mut self, message: ToHost, token: impl FnOnce() -> Token) -> ToTeam {
        let answer = match message {
            ToHost::Join { code, team, .. } => self.join(&code, &team, token()),
            ToHost::Rejoin { token, .. } => {
                self.seat_of(&token).map(|seat| self.welcome(seat, token))
            }
            ToHost::Orders {
                token,
                turn,
                orders,
                ..
            } => self.submit(&token, turn, orders),
        };
        answer.unwrap_or_else(|error| ToTeam::Refused { error })
    }

    fn join(&mut self, code: &str, team: &str, token: Token) -> Result<ToTeam, ClassError> {
        if code.trim() != self.code {
            return Err(ClassError::UnknownCode);
        }
        let name = team.trim();
        if name.is_empty() || name.chars().count() > MAX_TEAM_NAME {
            return Err(ClassError::BadTeamName { max: MAX_TEAM_NAME });
        }
        // Seats fill game by game, the US first.
        let seat = self
            .seats()
            .find(|&id| matches!(self.seat(id).occupant, Occupant::Open))
            .ok_or(ClassError::ClassFull)?;
        self.games[seat.game]
            .session
            .set_player(seat.side, Player::Human);
        self.seat_mut(seat).occupant = Occupant::Team {
            name: name.to_owned(),
            token: token.clone(),
        };
        Ok(self.welcome(seat, token))
    }

    fn welcome(&self, seat: SeatId, token: Token) -> ToTeam {
        ToTeam::Welcome {
            team: self.team_name(seat).unwrap_or_default(),
            token,
            seat,
            scenario: Box::new(self.games[seat.game].session.sim().scenario().clone()),
        }
    }

    fn submit(
        &mut self,
        token: &Token,
        turn: u32,
        orders: Vec<Command>,
    ) -> Result<ToTeam, ClassError> {
        let seat = self.seat_of(token)?;
        if self.paused {
            return Err(ClassError::Paused);
        }
        let sim = self.games[seat.game].session.sim();
        if sim.outcome().is_over() {
            return Err(ClassError::GameOver);
        }
        let now = sim.turn() + 1;
        if turn != now {
            return Err(ClassError::StaleTurn { now, got: turn });
        }
        if orders.len() > MAX_ORDERS {
            return Err(ClassError::TooManyOrders {
                got: orders.len(),
                max: MAX_ORDERS,
            });
        }
        // Checked as the window checks a drafted order: against the side's own view, each
        // given the orders before it.
        let view = sim.view(seat.side);
        let desk = OrderDesk::of_view(sim.scenario(), &view);
        for (index, order) in orders.iter().enumerate() {
            if let Err(error) = desk.check(&orders[..index], order) {
                return Err(ClassError::Order { index, error });
            }
        }
        self.seat_mut(seat).orders = Some(orders);
        Ok(ToTeam::Accepted {
            turn,
            waiting: self.waiting(),
        })
    }

    /// The seat a token holds.
    pub fn seat_of(&self, token: &Token) -> Result<SeatId, ClassError> {
        self.seats()
            .find(|&id| matches!(&self.seat(id).occupant, Occupant::Team { token: t, .. } if t == token))
            .ok_or(ClassError::UnknownToken)
    }

    /// A seat's team name, if a team sits there.
    pub fn team_name(&self, seat: SeatId) -> Option<String> {
        match &self.games.get(seat.game)?.seats[seat.side.index()].occupant {
            Occupant::Team { name, .. } => Some(name.clone()),
            _ => None,
        }
    }

    /// What a seat's side knows now, built on the host (the rival as estimates only), with
    /// the last turn's news.
    pub fn view(&self, seat: SeatId) -> Option<ToTeam> {
        let game = self.games.get(seat.game)?;
        self.view_at(seat, game.session.sim().turn())
    }

    /// Every view the seat's side had, from the start to now (for a page that joins or
    /// comes back).
    pub fn history(&self, seat: SeatId) -> Vec<ToTeam> {
        let Some(game) = self.games.get(seat.game) else {
            return Vec::new();
        };
        (0..=game.session.sim().turn())
            .filter_map(|turn| self.view_at(seat, turn))
            .collect()
    }

    /// What the seat's side knew after `turn` turns. The rival's refused orders are its own
    /// business and are left out of the news.
    fn view_at(&self, seat: SeatId, turn: u32) -> Option<ToTeam> {
        let game = self.games.get(seat.game)?;
        let sim = game.session.sim();
        let side = seat.side;
        let now = sim.turn();
        let view = if turn == now {
            // With the last turn's ledger.
            sim.view(side)
        } else {
            let save = game.session.save_game();
            let snap = match turn {
                0 => Snapshot::initial(sim.scenario(), save.seed),
                t => save.turns.get(t as usize - 1)?.snapshot.clone(),
            };
            SideView::build(sim.scenario(), &snap, side, &[])
        };
        let news = game
            .news
            .get(turn as usize)
            .map(|entries| {
                entries
                    .iter()
                    .filter(
                        |e| !matches!(e, JournalEntry::OrderRejected { side: s, .. } if *s != side),
                    )
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let over = turn == now && sim.outcome().is_over();
        Some(ToTeam::View {
            seat,
            turn,
            view: Box::new(view),
            news,
            outcome: if turn == now {
                sim.outcome()
            } else {
                Outcome::Running
            },
            reveal: over.then(|| Box::new(Reveal::of(sim, side))),
        })
    }

    /// Every seat as the teacher sees it: who sits there (None: the computer), whether its
    /// orders for the turn are in, and the game's turn.
    pub fn roster(&self) -> Vec<SeatState> {
        self.seats()
            .map(|id| {
                let seat = self.seat(id);
                SeatState {
                    seat: id,
                    team: self.team_name(id),
                    computer: matches!(seat.occupant, Occupant::Computer),
                    sent: seat.orders.is_some(),
                    turn: self.games[id.game].session.sim().turn(),
                }
            })
            .collect()
    }

    /// Seats with a team that have not sent orders for the turn, in games still running.
    pub fn waiting(&self) -> usize {
        self.games
            .iter()
            .filter(|g| !g.session.sim().outcome().is_over())
            .flat_map(|g| &g.seats)
            .filter(|s| matches!(s.occupant, Occupant::Team { .. }) && s.orders.is_none())
            .count()
    }

    /// True when every seat with a team has sent its orders (the turn can be played).
    pub fn ready(&self) -> bool {
        !self.paused && self.waiting() == 0
    }

    /// Pause or resume the class: orders are refused while paused.
    pub fn set_paused(&mut self, paused: bool) {
        self.paused = paused;
    }

    /// Give a seat to the computer for good (a team that left); its team's token no longer
    /// holds it.
    pub fn give_to_computer(&mut self, seat: SeatId) {
        let level = self.level;
        if let Some(g) = self.games.get_mut(seat.game) {
            g.seats[seat.side.index()].occupant = Occupant::Computer;
            g.session.set_player(seat.side, computer_player(level));
        }
    }

    /// Play the turn in every running game: each team's orders as sent (none sent: no
    /// change), the computer's for the seats it plays. Returns the seats whose view changed.
    pub fn end_turn(&mut self) -> Vec<SeatId> {
        let mut changed = Vec::new();
        for (g, game) in self.games.iter_mut().enumerate() {
            if game.session.sim().outcome().is_over() {
                continue;
            }
            for side in Side::BOTH {
                let seat = &mut game.seats[side.index()];
                let orders = match seat.occupant {
                    Occupant::Team { .. } => seat.orders.take().unwrap_or_default(),
                    Occupant::Open | Occupant::Computer => {
                        let sim = game.session.sim();
                        let view = sim.view(side);
                        seat.computer.decide(sim.scenario(), &view).commands
                    }
                };
                for order in orders {
                    // Checked when sent against the same state; a refusal here is recorded
                    // in the game's news like any refused order.
                    let _ = game.session.submit(side, order);
                }
            }
            game.session.advance_turn();
            game.news.push(game.session.sim().journal().to_vec());
            changed.extend(Side::BOTH.map(|side| SeatId { game: g, side }));
        }
        changed
    }

    /// Every game's save, in order (for the class debrief and each team's own).
    pub fn saves(&self) -> Vec<&SaveGame> {
        self.games.iter().map(|g| g.session.save_game()).collect()
    }

    /// Every game as a recorded session, in order (to write their saves).
    pub fn sessions(&self) -> impl Iterator<Item = &Session> {
        self.games.iter().map(|g| &g.session)
    }

    /// Every seat, game by game, the US first.
    pub fn seats(&self) -> impl Iterator<Item = SeatId> + use<> {
        (0..self.games.len()).flat_map(|game| Side::BOTH.map(|side| SeatId { game, side }))
    }

    fn seat(&self, id: SeatId) -> &Seat {
        &self.games[id.game].seats[id.side.index()]
    }

    fn seat_mut(&mut self, id: SeatId) -> &mut Seat {
        &mut self.games[id.game].seats[id.side.index()]
    }
}

/// The computer at the class's level, as a save records it.
fn computer_player(level: Level) -> Player {
    Player::Computer {
        level: level.name().into(),
        doctrine: None,
    }
}
