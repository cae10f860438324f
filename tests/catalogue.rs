//! The baseline's policies and events do what they say: every policy moves the quantities it
//! promises (down the causal chain too) and the ledger names it; every event's effects land
//! when it fires, and a choice applies only the chosen option; over 200 games every policy
//! is enacted and every event fires at least once.

mod common;

use std::collections::BTreeSet;

use ai_race::ai::{legal_commands, rule_based_orders};
use ai_race::report::History;
use ai_race::scenario::{Expectation, PolicyKind, PolicySide, Scenario};
use ai_race::sim::effects::own_part;
use ai_race::sim::events::EventId;
use ai_race::sim::game::JournalEntry;
use ai_race::sim::ledger::Cause;
use ai_race::sim::policies::PolicyId;
use ai_race::sim::rng::{Purpose, purpose_stream, uniform};
use ai_race::{Command, Quantity, Side, Sim};

/// The baseline without events, catastrophes or breakthroughs, and with capital to spare, so
/// that a policy's consequences can be compared alone.
fn quiet() -> Scenario {
    common::baseline_with(|s| {
        s.events.clear();
        s.world.risk.catastrophe_scale.value = 0.0;
        s.score.breakthrough_months = None;
        for b in [&mut s.us, &mut s.china] {
            b.politics.capital.value = 30.0;
            b.politics.income.value = 10.0;
        }
    })
}

fn sides(p: &ai_race::scenario::PolicyDef) -> Vec<Side> {
    match p.side {
        PolicySide::Us => vec![Side::Us],
        PolicySide::China => vec![Side::China],
        PolicySide::Shared => vec![Side::Us, Side::China],
    }
}

/// Orders that put policy `id` in force (a level policy one level up, or down from the top).
fn orders_for(s: &Scenario, id: PolicyId) -> (Vec<(Side, Command)>, bool) {
    let p = id.def(s).unwrap();
    let mut out = Vec::new();
    let mut reversed = false;
    for side in sides(p) {
        let command = match &p.kind {
            PolicyKind::Levels { start, levels } => {
                let up = usize::from(*start) + 1 < levels.len();
                reversed = !up;
                Command::SetLevel {
                    policy: id,
                    level: if up { start + 1 } else { start - 1 },
                }
            }
            _ => Command::Enact { policy: id },
        };
        out.push((side, command));
    }
    (out, reversed)
}

fn prerequisites(s: &Scenario, id: PolicyId) -> Vec<(Side, Command)> {
    let p = id.def(s).unwrap();
    p.requires
        .iter()
        .flat_map(|r| orders_for(s, PolicyId::find(s, r).unwrap()).0)
        .collect()
}

#[test]
fn every_policy_moves_what_it_promises_and_the_ledger_names_it() {
    let s = quiet();
    assert!(!s.policies.is_empty());
    let mut failures = Vec::new();
    for i in 0..s.policies.len() {
        let id = PolicyId::at(i).unwrap();
        let p = id.def(&s).unwrap();
        let (orders, reversed) = orders_for(&s, id);
        let pre = prerequisites(&s, id);
        let wait = match p.kind {
            PolicyKind::Project { turns } => turns,
            _ => 0,
        } + p
            .effects
            .iter()
            .chain(match &p.kind {
                PolicyKind::Levels { levels, .. } => levels
                    .iter()
                    .flat_map(|l| l.effects.iter())
                    .collect::<Vec<_>>(),
                _ => Vec::new(),
            })
            .map(|e| e.delay)
            .max()
            .unwrap_or(0);
        let end = (3 + wait + 4).min(s.turns);

        let mut without = Sim::new(&s, 5);
        let mut with = Sim::new(&s, 5);
        let mut causes = BTreeSet::new();
        for turn in 1..=end {
            for sim in [&mut without, &mut with] {
                if turn == 1 {
                    for (side, c) in &pre {
                        sim.submit(*side, *c).unwrap();
                    }
                }
            }
            if turn == 2 {
                for (side, c) in &orders {
                    with.submit(*side, *c)
                        .unwrap_or_else(|e| panic!("{}: {e}", p.id));
                }
            }
            without.advance_turn();
            with.advance_turn();
            causes.extend(
                with.ledger()
                    .iter()
                    .filter(|c| c.cause == Cause::Policy(id))
                    .map(|c| c.quantity),
            );
        }
        if p.expects.is_empty() {
            failures.push(format!("{}: promises nothing (`expects` is empty)", p.id));
            continue;
        }
        if causes.is_empty() {
            failures.push(format!("{}: the ledger never names it", p.id));
        }
        let direct: BTreeSet<Quantity> = causes.clone();
        let mut downstream = false;
        for e in &p.expects {
            let (q, rises) = match *e {
                Expectation::Rises(q) => (q.0, !reversed),
                Expectation::Falls(q) => (q.0, reversed),
            };
            let (a, b) = (without.value(q), with.value(q));
            let ok = if rises { b > a } else { b < a };
            if !ok {
                failures.push(format!(
                    "{}: {} should {} but is {b} with the policy and {a} without (turn {end})",
                    p.id,
                    q.path(),
                    if rises { "rise" } else { "fall" }
                ));
            }
            downstream |= !direct.contains(&q);
        }
        if !downstream {
            failures.push(format!(
                "{}: promises only quantities it changes directly; name a downstream one",
                p.id
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_event_lands_its_effects_and_choices_apply_only_the_chosen_option() {
    let mut s = quiet();
    s.events = common::baseline().events;
    for e in &mut s.events {
        e.chance = 0.0;
    }
    let mut failures = Vec::new();
    for i in 0..s.events.len() {
        let id = EventId::at(i).unwrap();
        let e = id.def(&s).unwrap().clone();
        let options = e.choices.len().max(1);
        for option in 0..options {
            let mut sim = Sim::new(&s, 3);
            sim.force_event(id);
            sim.advance_turn();
            let fired = sim
                .journal()
                .iter()
                .any(|j| matches!(j, JournalEntry::EventFired { event, .. } if *event == id));
            if !fired {
                failures.push(format!("{}: forced but did not fire", e.id));
                continue;
            }
            let mut moved: BTreeSet<Quantity> = sim
                .ledger()
                .iter()
                .filter(|c| c.cause == Cause::Event(id))
                .map(|c| c.quantity)
                .collect();
            for fx in e.effects.iter().filter(|fx| fx.delay == 0) {
                if !moved.contains(&fx.quantity.0) {
                    failures.push(format!(
                        "{}: fixed effect on {} did not land",
                        e.id, fx.quantity.0
                    ));
                }
            }
            if !e.choices.is_empty() {
                let side = e.side.side().unwrap();
                sim.submit(
                    side,
                    Command::AnswerEvent {
                        event: id,
                        choice: u8::try_from(option).unwrap(),
                    },
                )
                .unwrap_or_else(|err| panic!("{}: {err}", e.id));
                sim.advance_turn();
                moved = sim
                    .ledger()
                    .iter()
                    .filter(|c| c.cause == Cause::Event(id))
                    .map(|c| c.quantity)
                    .collect();
                let chosen: BTreeSet<Quantity> = e.choices[option]
                    .effects
                    .iter()
                    .filter(|fx| fx.delay == 0)
                    .map(|fx| fx.quantity.0)
                    .collect();
                for q in &chosen {
                    if !moved.contains(q) {
                        failures.push(format!(
                            "{} option {option}: effect on {q} did not land",
                            e.id
                        ));
                    }
                }
                let fixed: BTreeSet<Quantity> = e.effects.iter().map(|fx| fx.quantity.0).collect();
                // A chosen effect on risk or tension is also booked as the chooser's own part.
                let own_parts: BTreeSet<Quantity> = chosen
                    .iter()
                    .flat_map(|&q| {
                        Side::BOTH
                            .into_iter()
                            .filter_map(move |side| own_part(q, side))
                    })
                    .collect();
                for q in &moved {
                    if !chosen.contains(q) && !fixed.contains(q) && !own_parts.contains(q) {
                        failures.push(format!(
                            "{} option {option}: {q} moved, but only another option changes it",
                            e.id
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn over_200_games_every_policy_is_enacted_and_every_event_fires() {
    let s = common::baseline();
    let mut enacted = BTreeSet::new();
    let mut fired = BTreeSet::new();
    for seed in 0..200u64 {
        let mut rng = purpose_stream(seed, Purpose::AiUs);
        let h = History::play(&s, seed, false, &mut |sim, side| {
            let view = sim.view(side);
            let mut orders = rule_based_orders(sim.scenario(), &view);
            if uniform(&mut rng) < 0.35 {
                let legal = legal_commands(sim.scenario(), &view);
                if !legal.is_empty() {
                    let pick = (uniform(&mut rng) * legal.len() as f64) as usize;
                    orders.push(legal[pick.min(legal.len() - 1)]);
                }
            }
            orders
        });
        for t in &h.turns {
            for j in &t.journal {
                match j {
                    JournalEntry::PolicyEnacted { policy, .. }
                    | JournalEntry::LevelChanged { policy, .. } => {
                        enacted.insert(*policy);
                    }
                    JournalEntry::EventFired { event, .. } => {
                        fired.insert(*event);
                    }
                    _ => {}
                }
            }
        }
    }
    let never_enacted: Vec<String> = (0..s.policies.len())
        .map(|i| PolicyId::at(i).unwrap())
        .filter(|id| !enacted.contains(id))
        .map(|id| id.name(&s))
        .collect();
    let never_fired: Vec<String> = (0..s.events.len())
        .map(|i| EventId::at(i).unwrap())
        .filter(|id| !fired.contains(id))
        .map(|id| id.name(&s))
        .collect();
    assert!(never_enacted.is_empty(), "never enacted: {never_enacted:?}");
    assert!(never_fired.is_empty(), "never fired: {never_fired:?}");
}
