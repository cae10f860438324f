//! Benchmarks of saves (divan): a 24-turn baseline game. Run:
//! `cargo bench --no-default-features --bench save`.

use ai_race::ai::rule_based_orders;
use ai_race::save::{Player, Session, decode, encode, verify};
use ai_race::{Scenario, Side};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn game() -> Session {
    let s = Scenario::from_ron_str(
        include_str!("../scenarios/baseline_2025.ron"),
        "baseline_2025.ron",
    )
    .expect("the baseline scenario is valid");
    let mut session = Session::new(&s, 7, [Player::rules(), Player::rules()]);
    while !session.sim().outcome().is_over() {
        for side in Side::BOTH {
            for c in rule_based_orders(session.sim().scenario(), &session.sim().view(side)) {
                let _ = session.submit(side, c);
            }
        }
        session.advance_turn();
    }
    session
}

/// Save: verify by replay, encode, write atomically (fsync included).
#[divan::bench(sample_count = 20)]
fn save_24_turns(bencher: Bencher) {
    let session = game();
    let dir = std::env::temp_dir().join(format!("ai-race-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("bench.aisave");
    eprintln!(
        "save file: {} bytes for {} turns",
        encode(session.save_game()).len(),
        session.save_game().turns.len()
    );
    bencher.bench_local(|| session.save_to(&path).expect("saved"));
}

/// Load: read, check, decode, restore the latest snapshot.
#[divan::bench(sample_count = 20)]
fn load_24_turns(bencher: Bencher) {
    let session = game();
    let dir = std::env::temp_dir().join(format!("ai-race-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("bench-load.aisave");
    session.save_to(&path).expect("saved");
    bencher.bench_local(|| Session::load(black_box(&path)).expect("loaded"));
}

/// Decode only (no file system).
#[divan::bench(sample_count = 20)]
fn decode_24_turns(bencher: Bencher) {
    let bytes = encode(game().save_game());
    let path = std::path::Path::new("bench.aisave");
    bencher.bench_local(|| decode(black_box(&bytes), path).expect("decoded"));
}

/// Verify: replay 24 turns and compare every hash and snapshot.
#[divan::bench(sample_count = 20)]
fn verify_24_turns(bencher: Bencher) {
    let session = game();
    bencher.bench_local(|| verify(black_box(session.save_game())));
}
