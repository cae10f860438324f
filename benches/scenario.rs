//! Benchmarks of scenario loading (divan). Run:
//! `cargo bench --no-default-features --bench scenario`.

use ai_race::Scenario;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

const BASELINE: &str = include_str!("../scenarios/baseline_2025.ron");

/// Parse and validate the baseline from text (target: ≤ 20 ms).
#[divan::bench(sample_count = 50)]
fn load_and_validate_baseline(bencher: Bencher) {
    bencher.bench_local(|| {
        Scenario::from_ron_str(black_box(BASELINE), "baseline_2025.ron").expect("valid")
    });
}

/// Parse, validate and place the diagnostics of a baseline with one bad value.
#[divan::bench(sample_count = 50)]
fn diagnose_a_broken_baseline(bencher: Bencher) {
    let broken = BASELINE.replacen("installed: (value: 3.5,", "installed: (value: -3.5,", 1);
    bencher.bench_local(|| {
        Scenario::from_ron_str(black_box(&broken), "broken.ron").expect_err("invalid")
    });
}

/// Load and resolve the largest shipped overlay (its base, the baseline, is compiled in):
/// parse the overlay, parse and validate the base, apply the changes, validate the result.
/// Target: ≤ 20 ms.
#[divan::bench(sample_count = 50)]
fn resolve_the_largest_shipped_overlay(bencher: Bencher) {
    let (name, text) = ai_race::scenario::overlay::SHIPPED
        .iter()
        .filter(|(_, t)| ai_race::scenario::overlay::is_overlay(t))
        .max_by_key(|(_, t)| t.len())
        .copied()
        .expect("a shipped overlay");
    bencher.bench_local(|| Scenario::from_ron_str(black_box(text), name).expect("valid"));
}
