//! Benchmarks of computer players' decisions (divan). Run:
//! `cargo bench --no-default-features --bench ai`.

use ai_race::ai::{ComputerPlayer, Level};
use ai_race::{Scenario, Side, Sim};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn position() -> (Scenario, Sim) {
    let s = Scenario::from_ron_str(
        include_str!("../scenarios/baseline_2025.ron"),
        "baseline_2025.ron",
    )
    .expect("the baseline scenario is valid");
    let mut sim = Sim::new(&s, 7);
    for _ in 0..4 {
        sim.advance_turn();
    }
    (s, sim)
}

/// One decision for the US, four turns into the baseline, at each level.
#[divan::bench(args = ["random", "easy", "normal", "hard"], sample_count = 20)]
fn decision(bencher: Bencher, level: &str) {
    let (s, sim) = position();
    let view = sim.view(Side::Us);
    let level = Level::parse(level).expect("level");
    let mut player =
        ComputerPlayer::new(&s, Side::Us, level, Some("us_run_faster"), 7).expect("player");
    if let Some(b) = player.budget {
        eprintln!(
            "{level:?}: {} rollout game-turns per decision",
            b.game_turns()
        );
    }
    bencher.bench_local(|| player.decide(black_box(&s), black_box(&view)));
}
