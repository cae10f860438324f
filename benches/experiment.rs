//! Benchmark of `ai-race experiment`: 10,000 games of the baseline, easy players on both
//! sides, on all cores (target: at most 1 s on a 2-core machine). Run:
//! `cargo bench --no-default-features --bench experiment`.

use ai_race::Scenario;
use ai_race::ai::Level;
use ai_race::experiment::{self, Spec, Variant};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn spec(runs: u32) -> Spec {
    let s = Scenario::from_ron_str(
        include_str!("../scenarios/baseline_2025.ron"),
        "baseline_2025.ron",
    )
    .expect("the baseline scenario is valid");
    Spec {
        runs,
        seed: 1,
        levels: [Level::Easy, Level::Easy],
        doctrines: [None, None],
        variants: vec![Variant {
            label: "baseline".into(),
            scenario: s,
            value: None,
        }],
    }
}

/// The whole experiment, 10,000 games of 24 turns, every core.
#[divan::bench(sample_count = 5)]
fn experiment_10000_easy(bencher: Bencher) {
    let spec = spec(10_000);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    bencher.bench_local(|| experiment::run(black_box(&spec), threads, &|_| {}).expect("runs"));
}

/// The same per game-turn on one thread (1,000 games), for the per-game-turn cost.
#[divan::bench(sample_count = 5)]
fn experiment_1000_easy_one_thread(bencher: Bencher) {
    let spec = spec(1_000);
    bencher.bench_local(|| experiment::run(black_box(&spec), 1, &|_| {}).expect("runs"));
}
