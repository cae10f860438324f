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

fn scenario() -> Scenario {
    let mut s = Scenario::from_ron_str(
        include_str!("../scenarios/baseline_2025.ron"),
        "baseline_2025.ron",
    )
    .expect("the baseline scenario is valid");
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
