//! Histories of played games and their exports: CSV (one row per turn, a column per quantity
//! path), JSON, the per-turn table, and the ledger of one quantity.
//!
//! Nothing here changes a game; it reads a [`Sim`] after each turn.

pub mod class;
pub(crate) mod debrief;

use std::fmt::Write as _;

use crate::ai::{ComputerPlayer, Decision, rule_based_orders};
use crate::save::{Player, SaveGame, Session};
use crate::scenario::Scenario;
use crate::sim::Sim;
use crate::sim::game::{JournalEntry, Outcome, quarter_label};
use crate::sim::ledger::Contribution;
use crate::sim::orders::Command;
use crate::sim::quantity::{BlocQ, GameQ, Quantity, Side};
use crate::sim::scoring::{GameResult, Verdict};

/// One played turn.
#[derive(Clone, Debug)]
pub struct TurnRecord {
    /// Turn number, 1-based.
    pub turn: u32,
    /// The quarter played, e.g. "2025 Q1".
    pub date: String,
    /// Stable hash of the state after the turn.
    pub state_hash: u64,
    /// Every quantity after the turn, in [`Quantity::all`] order.
    pub values: Vec<f64>,
    /// Why the numbers changed this turn (empty when the ledger was off).
    pub ledger: Vec<Contribution>,
    /// What happened: policies, events, rejected orders.
    pub journal: Vec<JournalEntry>,
    /// The computer players' one-line explanations of the orders they gave for this turn.
    pub decisions: Vec<(Side, crate::ai::Explanation)>,
}

/// A whole game, turn by turn.
#[derive(Clone, Debug)]
pub struct History {
    /// The scenario played.
    pub rules: Scenario,
    /// Seed.
    pub seed: u64,
    /// The columns.
    pub quantities: Vec<Quantity>,
    /// The state before the first turn.
    pub start: Vec<f64>,
    /// One record per turn played.
    pub turns: Vec<TurnRecord>,
    /// How the game ended.
    pub outcome: Outcome,
    /// World market shares at the end (US, China), %.
    pub world_share: [f64; 2],
    /// The score and verdict at the end.
    pub result: GameResult,
}

impl History {
    /// Play a scenario headless with both sides on the rule-based doctrine.
    pub fn play_rule_based(scenario: &Scenario, seed: u64, ledger: bool) -> History {
        History::play(scenario, seed, ledger, &mut |sim, side| {
            rule_based_orders(sim.scenario(), &sim.view(side))
        })
    }

    /// Play a scenario headless; `orders` gives each side's orders each turn (from the
    /// side's own view, if it plays fair). Orders the game refuses are skipped.
    pub fn play(
        scenario: &Scenario,
        seed: u64,
        ledger: bool,
        orders: &mut dyn FnMut(&Sim, Side) -> Vec<Command>,
    ) -> History {
        History::play_recorded(
            scenario,
            seed,
            ledger,
            [Player::rules(), Player::rules()],
            orders,
            &mut |_| {},
        )
        .0
    }

    /// [`History::play`], also returning the recorded session (for saving); `turn_start` is
    /// called at the start of every turn, before orders (autosave hooks in there).
    pub(crate) fn play_recorded(
        scenario: &Scenario,
        seed: u64,
        ledger: bool,
        players: [Player; 2],
        orders: &mut dyn FnMut(&Sim, Side) -> Vec<Command>,
        turn_start: &mut dyn FnMut(&Session),
    ) -> (History, Session) {
        History::play_decided(
            scenario,
            seed,
            ledger,
            players,
            &mut |sim, side| Decision {
                commands: orders(sim, side),
                explanation: crate::ai::Explanation::Silent,
            },
            turn_start,
        )
    }

    /// Play with computer players (each deciding from its own side's view), recorded.
    pub fn play_computers(
        scenario: &Scenario,
        seed: u64,
        ledger: bool,
        computers: &mut [ComputerPlayer; 2],
        turn_start: &mut dyn FnMut(&Session),
    ) -> (History, Session) {
        let players = computers.each_ref().map(|c| Player::Computer {
            level: c.level.name().to_owned(),
            doctrine: c.doctrine(scenario).map(|d| d.id.clone()),
        });
        History::play_decided(
            scenario,
            seed,
            ledger,
            players,
            &mut |sim, side| computers[side.index()].decide(sim.scenario(), &sim.view(side)),
            turn_start,
        )
    }

    /// The loop every headless game runs.
    fn play_decided(
        scenario: &Scenario,
        seed: u64,
        ledger: bool,
        players: [Player; 2],
        decide: &mut dyn FnMut(&Sim, Side) -> Decision,
        turn_start: &mut dyn FnMut(&Session),
    ) -> (History, Session) {
        let mut session = Session::new(scenario, seed, players);
        session.set_ledger(ledger);
        let mut history = History::begin(scenario, seed, session.sim());
        session.play_out(decide, turn_start, &mut |sim, reasons| {
            history.record(sim, reasons);
        });
        history.finish(session.sim());
        (history, session)
    }

    /// Replay a saved game's orders from the start (the ledger on, for `--explain`).
    pub fn replay(save: &SaveGame) -> History {
        let mut history = History::begin(
            &save.scenario,
            save.seed,
            &Sim::new(&save.scenario, save.seed),
        );
        let (session, _) = Session::replay(save, save.turns.len(), true, |step| {
            if let crate::save::ReplayStep::After { sim, .. } = step {
                history.record(sim, Vec::new());
            }
            std::ops::ControlFlow::<()>::Continue(())
        });
        // A save with an order refused on replay is broken (`replay --verify` says where):
        // its history ends at the last turn that replayed.
        history.finish(session.sim());
        history
    }

    fn begin(scenario: &Scenario, seed: u64, sim: &Sim) -> History {
        History {
            rules: scenario.clone(),
            seed,
            quantities: Quantity::all(),
            start: sim.values(),
            turns: Vec::with_capacity(scenario.turns as usize),
            outcome: sim.outcome(),
            world_share: [0.0; 2],
            result: sim.result(),
        }
    }

    fn record(&mut self, sim: &Sim, decisions: Vec<(Side, crate::ai::Explanation)>) {
        self.turns.push(TurnRecord {
            decisions,
            turn: sim.turn(),
            date: quarter_label(&self.rules, sim.turn()),
            state_hash: sim.state_hash(),
            values: sim.values(),
            ledger: sim.ledger().to_vec(),
            journal: sim.journal().to_vec(),
        });
    }

    fn finish(&mut self, sim: &Sim) {
        let snap = sim.snapshot();
        self.outcome = sim.outcome();
        self.world_share = [
            snap.markets.world_share(&self.rules, Side::Us),
            snap.markets.world_share(&self.rules, Side::China),
        ];
        self.result = sim.result();
    }

    /// A journal entry in words, in the English table (the command line, the JSON history).
    pub(crate) fn describe(&self, e: &JournalEntry) -> String {
        crate::i18n::journal_text(crate::i18n::Strings::english_shared(), &self.rules, e)
    }

    fn column(&self, q: Quantity) -> Option<usize> {
        self.quantities.iter().position(|&c| c == q)
    }

    /// Value of `q` after turn record `i`.
    pub fn value(&self, i: usize, q: Quantity) -> f64 {
        match (self.turns.get(i), self.column(q)) {
            (Some(t), Some(c)) => t.values[c],
            _ => f64::NAN,
        }
    }

    /// The CSV text: `turn,date,state_hash,<every quantity path>`.
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut w = csv::Writer::from_writer(Vec::new());
        let mut header = vec!["turn".to_owned(), "date".into(), "state_hash".into()];
        header.extend(self.quantities.iter().map(|q| q.path()));
        w.write_record(&header)?;
        for t in &self.turns {
            let mut row = vec![
                t.turn.to_string(),
                t.date.clone(),
                format!("{:016x}", t.state_hash),
            ];
            row.extend(t.values.iter().map(|v| v.to_string()));
            w.write_record(&row)?;
        }
        let bytes = w.into_inner().map_err(|e| e.into_error())?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The JSON text: scenario, seed, outcome, units, and one object per turn.
    pub(crate) fn to_json(&self) -> Result<String, serde_json::Error> {
        let turns: Vec<serde_json::Value> = self
            .turns
            .iter()
            .map(|t| {
                let values: serde_json::Map<String, serde_json::Value> = self
                    .quantities
                    .iter()
                    .zip(&t.values)
                    .map(|(q, v)| (q.path(), serde_json::json!(v)))
                    .collect();
                serde_json::json!({
                    "turn": t.turn,
                    "date": t.date,
                    "state_hash": format!("{:016x}", t.state_hash),
                    "values": values,
                    "news": t.journal.iter().map(|e| self.describe(e)).collect::<Vec<_>>(),
                    "decisions": t.decisions.iter().map(|(side, why)| serde_json::json!({"side": side, "why": why.english(&self.rules)})).collect::<Vec<_>>(),
                })
            })
            .collect();
        let units: serde_json::Map<String, serde_json::Value> = self
            .quantities
            .iter()
            .map(|q| (q.path(), serde_json::json!(q.unit())))
            .collect();
        serde_json::to_string_pretty(&serde_json::json!({
            "scenario": self.rules.name,
            "seed": self.seed,
            "outcome": self.outcome,
            "result": self.result,
            "units": units,
            "turns": turns,
        }))
    }

    /// The compact per-turn table printed by `simulate`.
    pub fn table(&self) -> String {
        let cols: [(&str, Quantity); 12] = [
            ("US Ceff", Quantity::Bloc(Side::Us, BlocQ::ComputeEffective)),
            (
                "CN Ceff",
                Quantity::Bloc(Side::China, BlocQ::ComputeEffective),
            ),
            ("US K", Quantity::Bloc(Side::Us, BlocQ::ResearchCapability)),
            (
                "CN K",
                Quantity::Bloc(Side::China, BlocQ::ResearchCapability),
            ),
            ("lead mo", Quantity::Game(GameQ::LeadMonths)),
            ("US $B", Quantity::Bloc(Side::Us, BlocQ::FundingPrivate)),
            ("US GW", Quantity::Bloc(Side::Us, BlocQ::EnergyGridGw)),
            ("CN GW", Quantity::Bloc(Side::China, BlocQ::EnergyGridGw)),
            ("US ad%", Quantity::Bloc(Side::Us, BlocQ::AdoptionShare)),
            ("CN ad%", Quantity::Bloc(Side::China, BlocQ::AdoptionShare)),
            ("tension", Quantity::Game(GameQ::Tension)),
            ("risk", Quantity::Game(GameQ::Risk)),
        ];
        let mut out = format!("{:>4} {:<8}", "turn", "quarter");
        for (name, _) in &cols {
            let _ = write!(out, " {name:>8}");
        }
        out.push('\n');
        let row = |out: &mut String, label: &str, date: &str, values: &[f64]| {
            let _ = write!(out, "{label:>4} {date:<8}");
            for (_, q) in &cols {
                let v = self.column(*q).map_or(f64::NAN, |c| values[c]);
                let _ = write!(out, " {v:>8.2}");
            }
            out.push('\n');
        };
        row(&mut out, "0", "start", &self.start);
        for t in &self.turns {
            row(&mut out, &t.turn.to_string(), &t.date, &t.values);
            let en = crate::i18n::Strings::english_shared();
            for (side, why) in &t.decisions {
                let line = en.f(
                    "news-computer",
                    &[
                        ("side", crate::i18n::side_name(en, *side).into()),
                        (
                            "why",
                            crate::i18n::explanation_text(en, &self.rules, why).into(),
                        ),
                    ],
                );
                let _ = writeln!(out, "{:>14}{line}", "");
            }
            for e in &t.journal {
                let _ = writeln!(out, "{:>14}{}", "", self.describe(e));
            }
        }
        out.push_str("Ceff: effective compute, million H100e; K: capability index; lead mo: US lead in months (negative: China leads)\n");
        out
    }

    /// The closing lines: how the game ended, the score, and where the race stands against
    /// the article.
    pub fn summary(&self) -> String {
        let scenario = &self.rules;
        let last = self.turns.len().saturating_sub(1);
        let v = |q| self.value(last, q);
        let mut out = String::new();
        match self.outcome {
            Outcome::Catastrophe { turn } => {
                let _ = writeln!(
                    out,
                    "Result: CATASTROPHE in {} (turn {turn}): risk was realised and both sides lose.",
                    quarter_label(scenario, turn)
                );
            }
            Outcome::Breakthrough { leader, turn } => {
                let _ = writeln!(
                    out,
                    "Result: {} achieved a decisive breakthrough in {} (turn {turn}).",
                    leader.name(),
                    quarter_label(scenario, turn)
                );
            }
            Outcome::Finished | Outcome::Running => {
                let lead = v(Quantity::Game(GameQ::LeadMonths));
                let leader = if lead >= 0.0 { "the US" } else { "China" };
                let _ = writeln!(
                    out,
                    "Result: all {} turns played; {leader} leads by {:.1} months at the end.",
                    self.turns.len(),
                    lead.abs()
                );
            }
        }
        // The targets as this scenario sets them (none: nothing to quote).
        let targets = |side: Side| {
            let list = match side {
                Side::Us => &self.rules.score.us_targets,
                Side::China => &self.rules.score.china_targets,
            };
            if list.is_empty() {
                String::new()
            } else {
                let each: Vec<String> = list
                    .iter()
                    .map(|t| format!("{}% by {} Q{}", t.share, t.by.year, t.by.quarter))
                    .collect();
                format!(" (targets: {})", each.join(", "))
            }
        };
        let _ = writeln!(
            out,
            "World AI market share: US {:.1}%, China {:.1}%. Adoption: US {:.1}%{}, China {:.1}%{}. Risk {:.1}, tension {:.1}.",
            self.world_share[0],
            self.world_share[1],
            v(Quantity::Bloc(Side::Us, BlocQ::AdoptionShare)),
            targets(Side::Us),
            v(Quantity::Bloc(Side::China, BlocQ::AdoptionShare)),
            targets(Side::China),
            v(Quantity::Game(GameQ::Risk)),
            v(Quantity::Game(GameQ::Tension)),
        );
        let r = &self.result;
        let _ = writeln!(
            out,
            "Score          lead  market adoption economy stability   total"
        );
        for side in Side::BOTH {
            let sc = &r.scores[side.index()];
            let _ = writeln!(
                out,
                "  {:<10} {:>6.2} {:>7.2} {:>8.2} {:>7.2} {:>9.2} {:>7.2}",
                if side == Side::Us { "US" } else { "China" },
                sc.lead,
                sc.market,
                sc.adoption,
                sc.economy,
                sc.stability,
                sc.total
            );
        }
        let w = &scenario.score.weights;
        let _ = writeln!(
            out,
            "  (axes 0–1; weights lead {}, market {}, adoption {}, economy {}, stability {})",
            w.lead, w.market, w.adoption, w.economy, w.stability
        );
        let _ = writeln!(
            out,
            "Verdict: {}",
            match r.verdict {
                Verdict::Winner(side) => format!("{} wins", side.name()),
                Verdict::Draw => "a draw".into(),
                Verdict::SharedLoss => "a shared loss: nobody wins a catastrophe".into(),
                Verdict::InProgress => "in progress".into(),
            }
        );
        out
    }

    /// The ledger of one quantity, turn by turn.
    pub fn explain(&self, q: Quantity) -> String {
        let mut out = format!("Why {} ({}) changed, turn by turn:\n", q.path(), q.unit());
        let col = self.column(q);
        let mut before = col.map_or(f64::NAN, |c| self.start[c]);
        for t in &self.turns {
            let after = col.map_or(f64::NAN, |c| t.values[c]);
            let _ = writeln!(
                out,
                "{:>4} {:<8} {before:.4} -> {after:.4} ({:+.4})",
                t.turn,
                t.date,
                after - before
            );
            for c in t.ledger.iter().filter(|c| c.quantity == q) {
                let _ = writeln!(
                    out,
                    "       {:<22} {:+.4}",
                    c.cause.label(&self.rules),
                    c.amount
                );
            }
            if let Some(line) = self.why_line(q, &t.values) {
                let _ = writeln!(out, "       {line}");
            }
            before = after;
        }
        out
    }

    /// For effective compute, the binding constraint; for the lead, what it is made of.
    fn why_line(&self, q: Quantity, row: &[f64]) -> Option<String> {
        let at = |q: Quantity| self.column(q).map_or(f64::NAN, |c| row[c]);
        match q {
            Quantity::Bloc(side, BlocQ::ComputeEffective) => {
                let compute = crate::sim::compute::Compute {
                    raw: at(Quantity::Bloc(side, BlocQ::ComputeRaw)),
                    power_cap: at(Quantity::Bloc(side, BlocQ::ComputePowerCap)),
                    utilisation: at(Quantity::Bloc(side, BlocQ::ComputeUtilisation)),
                    effective: at(q),
                };
                let (binding, by) = compute.binding();
                Some(match binding {
                    crate::sim::compute::Binding::Chips => format!(
                        "limited by chips: raw compute {:.3} against a power cap of {:.3} (power to spare ×{by:.2})",
                        compute.raw, compute.power_cap
                    ),
                    crate::sim::compute::Binding::Power => format!(
                        "limited by power: raw compute {:.3} against a power cap of {:.3} (chips idle: ×{by:.2} more than the grid powers)",
                        compute.raw, compute.power_cap
                    ),
                })
            }
            Quantity::Game(GameQ::LeadMonths) => {
                let inputs = |side| crate::sim::research::LeadInputs {
                    compute: at(Quantity::Bloc(side, BlocQ::ComputeEffective)),
                    efficiency: at(Quantity::Bloc(side, BlocQ::ResearchEfficiency)),
                    diffused: at(Quantity::Bloc(side, BlocQ::ResearchDiffused)),
                    pace: at(Quantity::Bloc(side, BlocQ::ResearchPace)),
                };
                let p = crate::sim::research::lead_parts(
                    inputs(Side::Us),
                    inputs(Side::China),
                    self.rules.world.capability.min_pace.v(),
                );
                Some(format!(
                    "= compute {:+.1} months, algorithms {:+.1} months (of which diffusion {:+.1})",
                    p.compute, p.efficiency, p.diffusion
                ))
            }
            _ => None,
        }
    }
}

/// A line written with the scenario's policy and event ids (a computer's explanation, a
/// ledger cause), with their names for people in place of the ids.
pub fn name_ids(s: &Scenario, line: &str) -> String {
    let mut pairs: Vec<(&str, &str)> = s
        .policies
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .chain(s.events.iter().map(|e| (e.id.as_str(), e.name.as_str())))
        .collect();
    // Longest ids first, so an id that contains another is replaced whole.
    pairs.sort_by_key(|(id, _)| std::cmp::Reverse(id.len()));
    let mut out = line.to_owned();
    for (id, name) in pairs {
        out = out.replace(id, name);
    }
    out
}
