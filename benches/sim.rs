//! Benchmarks of the simulation core (divan). Run: `cargo bench --no-default-features`.
//!
//! Games run with the baseline scenario stretched to the maximum number of turns and the
//! catastrophe draw switched off, so every measured turn is a full turn of a running game
//! (an ended game skips its systems and would flatter the numbers).

use ai_race::{Ensemble, Scenario, Sim, Snapshot};
use divan::{Bencher, black_box, counter::ItemsCount};

fn main() {
    divan::main();
}

/// The baseline scenario as shipped.
fn baseline() -> Scenario {
    Scenario::from_ron_str(
        include_str!("../scenarios/baseline_2025.ron"),
        "baseline_2025.ron",
    )
    .expect("the baseline scenario is valid")
}

fn scenario() -> Scenario {
    let mut s = baseline();
    s.turns = ai_race::scenario::MAX_TURNS;
    s.world.risk.catastrophe_scale.value = 0.0;
    s
}

/// One turn of a single game, ledger on (as the window plays it).
#[divan::bench]
fn single_turn_ledger_on(bencher: Bencher) {
    let s = scenario();
    let mut sim = Sim::new(&s, 7);
    let start = sim.snapshot();
    bencher.bench_local(|| {
        if sim.turn() >= 390 {
            sim.restore(&start);
        }
        sim.advance_turn()
    });
}

/// One turn of a single game, ledger off.
#[divan::bench]
fn single_turn_ledger_off(bencher: Bencher) {
    let s = scenario();
    let mut sim = Sim::new(&s, 7);
    sim.set_ledger(false);
    let start = sim.snapshot();
    bencher.bench_local(|| {
        if sim.turn() >= 390 {
            sim.restore(&start);
        }
        sim.advance_turn()
    });
}

/// One turn of a 10,000-game ensemble on one thread; divan reports time per game-turn.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn ensemble_10k_turn(bencher: Bencher) {
    let s = scenario();
    let mut ensemble = Ensemble::new(&s, 7, 10_000);
    bencher
        .counter(ItemsCount::new(10_000usize))
        .bench_local(|| ensemble.advance_turn());
}

/// The fair ensemble benchmark: 10,000 copies of a turn-12 position of a normal-vs-normal
/// baseline game (the policies both sides enacted by then in force, every event live, the
/// catastrophe draw on), each with its own random streams, played four turns on one thread
/// ([`Ensemble::advance_turns`]: each world of the ensemble plays its four turns in a row);
/// divan reports time per game-turn. The ensemble is rebuilt before each sample, outside the
/// timing, so every sample plays the same turns 12 → 16 (the first turn after building a
/// world also pays for first touches of its memory, so one turn alone would overstate). It is
/// rebuilt in the worlds of the sample before, as any batch run's next ensemble on a thread
/// is (`Ensemble::from_snapshots` reuses the worlds dropped on its thread), so only the first
/// sample pays for building the 40 worlds' schedules.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn ensemble_10k_turn_fair(bencher: Bencher) {
    let s = baseline();
    let position = turn_12_position(&s);
    let snaps: Vec<Snapshot> = (0..10_000u64)
        .map(|k| {
            let mut c = position.clone();
            c.streams.seed = ai_race::sim::rng::derive_seed(position.streams.seed, k);
            c
        })
        .collect();
    bencher
        .counter(ItemsCount::new(40_000usize))
        .with_inputs(|| Ensemble::from_snapshots(&s, &snaps))
        .bench_local_refs(|e| e.advance_turns(4));
}

/// 10,000 whole baseline games as shipped (24 quarters, every event live, the catastrophe draw
/// on), no players: the side-by-side run with the numpy peer (`benches/peer/`) times one
/// sample of this. divan reports time per game-turn of the 240,000 the games would play if
/// none ended early.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn ensemble_10k_games(bencher: Bencher) {
    let s = baseline();
    bencher
        .counter(ItemsCount::new(10_000 * s.turns as usize))
        .with_inputs(|| Ensemble::new(&s, 7, 10_000))
        .bench_local_refs(|e| e.advance_turns(s.turns));
}

/// A baseline game between two `normal` computer players, after 12 turns.
fn turn_12_position(s: &Scenario) -> Snapshot {
    use ai_race::ai::{ComputerPlayer, Level};
    use ai_race::sim::quantity::Side;
    let mut sim = Sim::new(s, 7);
    let mut players = Side::BOTH
        .map(|side| ComputerPlayer::new(s, side, Level::Normal, None, 7).expect("a normal player"));
    for _ in 0..12 {
        for side in Side::BOTH {
            let view = sim.view(side);
            for c in players[side.index()].decide(s, &view).commands {
                let _ = sim.submit(side, c);
            }
        }
        sim.advance_turn();
    }
    let snap = sim.snapshot();
    let in_force = snap
        .blocs
        .iter()
        .map(|b| {
            b.policies
                .status
                .iter()
                .filter(|p| !matches!(p, ai_race::sim::policies::PolicyStatus::Off))
                .count()
        })
        .sum::<usize>();
    eprintln!(
        "turn-12 position: {in_force} policies in force or building, outcome {:?}",
        snap.outcome
    );
    snap
}

/// Building a one-game world from a scenario.
#[divan::bench]
fn sim_new(bencher: Bencher) {
    let s = scenario();
    bencher.bench_local(|| Sim::new(black_box(&s), 7));
}

/// Taking a snapshot of a game.
#[divan::bench]
fn snapshot(bencher: Bencher) {
    let s = scenario();
    let mut sim = Sim::new(&s, 7);
    for _ in 0..8 {
        sim.advance_turn();
    }
    bencher.bench_local(|| sim.snapshot());
}

/// Restoring a snapshot in place into an existing world.
#[divan::bench]
fn restore_in_place(bencher: Bencher) {
    let s = scenario();
    let mut sim = Sim::new(&s, 7);
    for _ in 0..8 {
        sim.advance_turn();
    }
    let snap: Snapshot = sim.snapshot();
    bencher.bench_local(|| sim.restore(black_box(&snap)));
}

/// The stable state hash (snapshot + canonical bytes + XXH3).
#[divan::bench]
fn state_hash(bencher: Bencher) {
    let s = scenario();
    let sim = Sim::new(&s, 7);
    bencher.bench_local(|| sim.state_hash());
}
