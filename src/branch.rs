//! Rewind and branch: replay a saved game to the start of a turn, give one side different
//! orders for that turn, and play on; and compare two timelines of a game.
//!
//! Computer players decide from their view and a random stream drawn from the game's seed
//! and the turn, so a branch with the original orders reproduces the original game exactly,
//! and any difference in a branch comes from the changed orders.

use std::fmt::Write as _;

use crate::ai::{ComputerPlayer, Level};
use crate::report::History;
use crate::save::{Player, SaveGame, Session};
use crate::scenario::Scenario;
use crate::sim::game::quarter_label;
use crate::sim::orders::Command;
use crate::sim::quantity::{Quantity, Side};

/// The computer player that carries on for `player` on `side` (a person's side is played
/// at `stand_in`).
pub(crate) fn carry_on(
    s: &Scenario,
    side: Side,
    player: &Player,
    stand_in: Level,
    seed: u64,
) -> Result<ComputerPlayer, String> {
    match player {
        Player::Computer { level, doctrine } => {
            let level = Level::parse(level).unwrap_or(stand_in);
            ComputerPlayer::new(s, side, level, doctrine.as_deref(), seed)
        }
        Player::Human => ComputerPlayer::new(s, side, stand_in, None, seed),
    }
}

/// Replay `save` up to the start of `turn` (1-based; the turn after the last one played
/// too, while the game is not over) and return the session there, with the orders of `turn`
/// not yet given.
pub(crate) fn rewind(save: &SaveGame, turn: u32) -> Result<Session, String> {
    let played = save.turns.len() as u32;
    let last = if save
        .turns
        .last()
        .is_some_and(|t| t.snapshot.outcome.is_over())
    {
        played
    } else {
        played + 1
    };
    if turn == 0 || turn > last {
        return Err(format!(
            "turn {turn} cannot be branched in this game; pick a turn from 1 to {last} \
             ({played} played{})",
            if last > played {
                ", the next one not yet"
            } else {
                ""
            }
        ));
    }
    let (session, stop) = Session::replay(save, (turn - 1) as usize, true, |_| {
        std::ops::ControlFlow::<()>::Continue(())
    });
    match stop {
        None => Ok(session),
        Some(crate::save::ReplayStop::Refused { turn, error, .. }) => Err(format!(
            "this save does not replay: a recorded order of turn {turn} is refused ({error}); \
             `ai-race replay SAVE --verify` says more"
        )),
        Some(crate::save::ReplayStop::Ended { turn }) => Err(format!(
            "this save does not replay: it records turn {turn} after the game ended; \
             `ai-race replay SAVE --verify` says more"
        )),
        Some(crate::save::ReplayStop::Visitor(())) => Ok(session),
    }
}

/// Branch a saved game at `turn`: `side`'s orders of that turn are replaced by `orders`
/// (the rival's stay as they were), and computer players play the rest: the original
/// game's computers, and for a person's side a computer at `stand_in`. An order the game
/// refuses is an error that names it.
pub fn branch(
    save: &SaveGame,
    turn: u32,
    side: Side,
    orders: &[Command],
    stand_in: Level,
) -> Result<Session, String> {
    let s = &save.scenario;
    let mut session = rewind(save, turn)?;
    let mut players = [Side::Us, Side::China]
        .map(|who| carry_on(s, who, &save.players[who.index()], stand_in, save.seed));
    let mut computers = Vec::with_capacity(2);
    for p in players.iter_mut() {
        computers.push(std::mem::replace(p, Err(String::new()))?);
    }
    // The rival's orders of that turn as played; for the next turn, not yet played, its
    // player decides them.
    let original: Vec<(Side, Command)> = match save.turns.get((turn - 1) as usize) {
        Some(log) => log.orders.clone(),
        None => {
            let who = side.rival();
            let view = session.sim().view(who);
            computers[who.index()]
                .decide(s, &view)
                .commands
                .into_iter()
                .map(|c| (who, c))
                .collect()
        }
    };
    for who in Side::BOTH {
        if who == side {
            for c in orders {
                session.submit(side, *c).map_err(|e| {
                    format!(
                        "{}'s order `{}` is refused at turn {turn}: {e}",
                        side.name(),
                        c.to_text(s)
                    )
                })?;
            }
        } else {
            for (_, c) in original.iter().filter(|(w, _)| *w == who) {
                let _ = session.submit(who, *c);
            }
        }
    }
    session.advance_turn();
    session.play_out(
        &mut |sim, who| computers[who.index()].decide(s, &sim.view(who)),
        &mut |_| {},
        &mut |_, _| {},
    );
    Ok(session)
}

/// How two timelines of a game differ.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// The first turn whose orders differ: the turn, the side, and each timeline's orders of
    /// that side (as text).
    pub first_order: Option<(u32, Side, Vec<String>, Vec<String>)>,
    /// The first turn after which the states differ.
    pub first_state: Option<u32>,
    /// Quantities whose timelines differ most: path, turn of the largest gap, A's value,
    /// B's value, the gap relative to the quantity's scale.
    pub biggest: Vec<(String, u32, f64, f64, f64)>,
    /// Turns compared.
    pub turns: usize,
    /// A's and B's histories.
    pub histories: [History; 2],
}

/// Compare two saves of the same scenario: replay both and look for where they part.
pub fn compare(a: &SaveGame, b: &SaveGame) -> Result<Comparison, String> {
    if crate::save::scenario_hash(&a.scenario) != crate::save::scenario_hash(&b.scenario) {
        return Err(
            "the two saves play different scenarios (or different assumption sets); compare two timelines of one game".into(),
        );
    }
    let s = &a.scenario;
    let mut first_order = None;
    for (ta, tb) in a.turns.iter().zip(&b.turns) {
        for side in Side::BOTH {
            let pick = |orders: &[(Side, Command)]| -> Vec<String> {
                orders
                    .iter()
                    .filter(|(w, _)| *w == side)
                    .map(|(_, c)| c.to_text(s))
                    .collect()
            };
            let (oa, ob) = (pick(&ta.orders), pick(&tb.orders));
            if oa != ob {
                first_order = Some((ta.turn, side, oa, ob));
                break;
            }
        }
        if first_order.is_some() {
            break;
        }
    }
    let first_state = a
        .turns
        .iter()
        .zip(&b.turns)
        .find(|(x, y)| x.hash != y.hash)
        .map(|(x, _)| x.turn);
    let histories = [History::replay(a), History::replay(b)];
    let turns = a.turns.len().min(b.turns.len());
    let mut biggest = Vec::new();
    for (qi, q) in Quantity::all().into_iter().enumerate() {
        let mut best: Option<(u32, f64, f64, f64)> = None;
        let scale = (0..turns)
            .flat_map(|t| {
                [
                    histories[0].turns[t].values[qi],
                    histories[1].turns[t].values[qi],
                ]
            })
            .filter(|v| v.is_finite())
            .fold(0.0f64, |m, v| m.max(v.abs()))
            .max(1e-9);
        for t in 0..turns {
            let (va, vb) = (
                histories[0].turns[t].values[qi],
                histories[1].turns[t].values[qi],
            );
            let gap = (va - vb).abs() / scale;
            if gap.is_finite() && gap > 1e-9 && best.is_none_or(|(_, _, _, g)| gap > g) {
                best = Some((histories[0].turns[t].turn, va, vb, gap));
            }
        }
        if let Some((turn, va, vb, gap)) = best {
            biggest.push((q.path(), turn, va, vb, gap));
        }
    }
    biggest.sort_by(|x, y| y.4.total_cmp(&x.4).then_with(|| x.0.cmp(&y.0)));
    Ok(Comparison {
        first_order,
        first_state,
        biggest,
        turns,
        histories,
    })
}

impl Comparison {
    /// The report in words: the turn and order that made the difference first, then the
    /// quantities that diverge most.
    pub fn text(&self, s: &Scenario, top: usize) -> String {
        let mut out = String::new();
        let list = |v: &[String]| {
            if v.is_empty() {
                "no orders".to_string()
            } else {
                v.join(", ")
            }
        };
        match &self.first_order {
            Some((turn, side, a, b)) => {
                let _ = writeln!(
                    out,
                    "First difference: turn {turn} ({}), {} orders: A {} | B {}",
                    quarter_label(s, *turn),
                    side.name(),
                    list(a),
                    list(b)
                );
            }
            None => {
                let _ = writeln!(out, "The two timelines give the same orders on every turn.");
            }
        }
        match self.first_state {
            Some(t) => {
                let _ = writeln!(
                    out,
                    "The states part after turn {t} ({}).",
                    quarter_label(s, t)
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "The states are the same after every one of the {} turns compared.",
                    self.turns
                );
            }
        }
        let [ra, rb] = &self.histories.each_ref().map(|h| h.result.verdict);
        let _ = writeln!(out, "Result: A {ra:?} | B {rb:?}");
        if !self.biggest.is_empty() {
            let _ = writeln!(
                out,
                "\nBiggest divergences (gap relative to the quantity's largest value):\n{:<34} {:>5} {:>12} {:>12} {:>7}",
                "quantity", "turn", "A", "B", "gap"
            );
            for (path, turn, a, b, gap) in self.biggest.iter().take(top) {
                let _ = writeln!(
                    out,
                    "{path:<34} {turn:>5} {a:>12.3} {b:>12.3} {:>6.1}%",
                    gap * 100.0
                );
            }
        }
        out
    }

    /// Every quantity's per-turn values in both timelines and their difference (B − A).
    pub fn csv(&self) -> Result<String, csv::Error> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(["turn", "date", "quantity", "a", "b", "b_minus_a"])?;
        for t in 0..self.turns {
            let (ha, hb) = (&self.histories[0].turns[t], &self.histories[1].turns[t]);
            for (qi, q) in Quantity::all().into_iter().enumerate() {
                let (a, b) = (ha.values[qi], hb.values[qi]);
                w.write_record([
                    ha.turn.to_string(),
                    ha.date.clone(),
                    q.path(),
                    a.to_string(),
                    b.to_string(),
                    (b - a).to_string(),
                ])?;
            }
        }
        w.flush()?;
        Ok(String::from_utf8_lossy(&w.into_inner().unwrap_or_default()).into_owned())
    }
}
