//! Histories of played games and their exports: CSV (one row per turn, a column per quantity
//! path), JSON, the per-turn table, and the ledger of one quantity.
//!
//! Nothing here changes a game; it reads a [`Sim`] after each turn.

use std::fmt::Write as _;

use serde::Serialize;

use crate::ai::rule_based_orders;
use crate::scenario::Scenario;
use crate::sim::Sim;
use crate::sim::game::{Outcome, quarter_label};
use crate::sim::ledger::Contribution;
use crate::sim::quantity::{BlocQ, GameQ, Quantity, Side};

/// One played turn.
#[derive(Clone, Debug, Serialize)]
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
}

/// A whole game, turn by turn.
#[derive(Clone, Debug)]
pub struct History {
    /// Scenario name.
    pub scenario: String,
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
}

impl History {
    /// Play a scenario headless with both sides on the rule-based doctrine.
    pub fn play_rule_based(scenario: &Scenario, seed: u64, ledger: bool) -> History {
        let mut sim = Sim::new(scenario, seed);
        sim.set_ledger(ledger);
        let quantities = Quantity::all();
        let start = sim.values();
        let mut turns = Vec::with_capacity(scenario.turns as usize);
        while !sim.outcome().is_over() {
            for side in Side::BOTH {
                if let Some(own) = sim.bloc(side) {
                    for command in rule_based_orders(&own) {
                        // The doctrine only issues valid budgets; a refusal would be a bug
                        // in it, and the turn goes on without the order.
                        let _ = sim.submit(side, command);
                    }
                }
            }
            sim.advance_turn();
            turns.push(TurnRecord {
                turn: sim.turn(),
                date: quarter_label(scenario, sim.turn()),
                state_hash: sim.state_hash(),
                values: sim.values(),
                ledger: sim.ledger().to_vec(),
            });
        }
        let snap = sim.snapshot();
        History {
            scenario: scenario.name.clone(),
            seed,
            quantities,
            start,
            outcome: sim.outcome(),
            world_share: [
                snap.markets.world_share(scenario, Side::Us),
                snap.markets.world_share(scenario, Side::China),
            ],
            turns,
        }
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
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
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
                })
            })
            .collect();
        let units: serde_json::Map<String, serde_json::Value> = self
            .quantities
            .iter()
            .map(|q| (q.path(), serde_json::json!(q.unit())))
            .collect();
        serde_json::to_string_pretty(&serde_json::json!({
            "scenario": self.scenario,
            "seed": self.seed,
            "outcome": self.outcome,
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
        let mut row = |label: &str, date: &str, values: &[f64]| {
            let _ = write!(out, "{label:>4} {date:<8}");
            for (_, q) in &cols {
                let v = self.column(*q).map_or(f64::NAN, |c| values[c]);
                let _ = write!(out, " {v:>8.2}");
            }
            out.push('\n');
        };
        row("0", "start", &self.start);
        for t in &self.turns {
            row(&t.turn.to_string(), &t.date, &t.values);
        }
        out.push_str("Ceff: effective compute, million H100e; K: capability index; lead mo: US lead in months (negative: China leads)\n");
        out
    }

    /// The closing lines: how the game ended and where the race stands against the article.
    pub fn summary(&self, scenario: &Scenario) -> String {
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
        let _ = writeln!(
            out,
            "World AI market share: US {:.1}%, China {:.1}%. Adoption: US {:.1}%, China {:.1}% (AI Plus targets: 70% by 2027, 90% by 2030). Risk {:.1}, tension {:.1}.",
            self.world_share[0],
            self.world_share[1],
            v(Quantity::Bloc(Side::Us, BlocQ::AdoptionShare)),
            v(Quantity::Bloc(Side::China, BlocQ::AdoptionShare)),
            v(Quantity::Game(GameQ::Risk)),
            v(Quantity::Game(GameQ::Tension)),
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
                let _ = writeln!(out, "       {:<22} {:+.4}", c.cause.id(), c.amount);
            }
            before = after;
        }
        out
    }
}
