//! Same scenario + seed + orders → the same game, bit for bit; snapshots restore exactly;
//! a game is the same alone or in an ensemble; a committed golden hash list for seed 7.

mod common;

use ai_race::report::History;
use ai_race::sim::rng::derive_seed;
use ai_race::{Ensemble, Quantity, Sim};

#[test]
fn same_seed_twice_gives_identical_histories() {
    let s = common::baseline();
    let a = History::play_rule_based(&s, 7, true);
    let b = History::play_rule_based(&s, 7, true);
    let ha: Vec<u64> = a.turns.iter().map(|t| t.state_hash).collect();
    let hb: Vec<u64> = b.turns.iter().map(|t| t.state_hash).collect();
    assert_eq!(ha, hb);
    assert_eq!(a.to_csv().unwrap(), b.to_csv().unwrap());
}

#[test]
fn different_seeds_give_different_games() {
    let s = common::baseline();
    let a = History::play_rule_based(&s, 7, false);
    let b = History::play_rule_based(&s, 8, false);
    assert_ne!(a.to_csv().unwrap(), b.to_csv().unwrap());
}

#[test]
fn ledger_on_or_off_gives_the_same_game() {
    let s = common::baseline();
    let a = History::play_rule_based(&s, 3, true);
    let b = History::play_rule_based(&s, 3, false);
    assert_eq!(a.to_csv().unwrap(), b.to_csv().unwrap());
    assert!(b.turns.iter().all(|t| t.ledger.is_empty()));
}

#[test]
fn snapshot_restore_in_place_then_continue_equals_playing_through() {
    let s = common::baseline();
    let mut straight = Sim::new(&s, 11);
    let mut hashes = Vec::new();
    let mut snap_at_10 = None;
    while straight.advance_turn() {
        if straight.turn() == 10 {
            snap_at_10 = Some(straight.snapshot());
        }
        hashes.push(straight.state_hash());
    }
    let snap = snap_at_10.expect("the game reached turn 10");

    // Restore into a world that has moved on (in place: the same entities), then continue.
    let mut sim = Sim::new(&s, 999);
    for _ in 0..3 {
        sim.advance_turn();
    }
    sim.restore(&snap);
    assert_eq!(sim.snapshot(), snap);
    assert_eq!(sim.state_hash(), hashes[9]);
    let mut rest = Vec::new();
    while sim.advance_turn() {
        rest.push(sim.state_hash());
    }
    assert_eq!(rest, hashes[10..]);
}

#[test]
fn ensemble_game_k_has_the_history_of_the_same_game_alone() {
    let s = common::baseline();
    let n = 12;
    let mut ensemble = Ensemble::new(&s, 5, n);
    let mut per_game: Vec<Vec<u64>> = vec![Vec::new(); n];
    for _ in 0..s.turns {
        ensemble.advance_turn();
        for (k, hashes) in per_game.iter_mut().enumerate() {
            hashes.push(ensemble.snapshot(k).unwrap().hash());
        }
    }
    for k in [0, 3, 11] {
        let mut alone = Sim::new(&s, derive_seed(5, k as u64));
        let mut hashes = Vec::new();
        for _ in 0..s.turns {
            alone.advance_turn();
            hashes.push(alone.state_hash());
        }
        assert_eq!(hashes, per_game[k], "game {k}");
    }
}

#[test]
fn an_ensemble_split_over_several_worlds_plays_each_game_as_alone() {
    use ai_race::sim::ENSEMBLE_CHUNK;
    let s = common::baseline();
    let n = ENSEMBLE_CHUNK + 3;
    let turns = 6;
    let mut stepped = Ensemble::new(&s, 9, n);
    for _ in 0..turns {
        stepped.advance_turn();
    }
    let mut at_once = Ensemble::new(&s, 9, n);
    at_once.advance_turns(turns);
    for k in [0, ENSEMBLE_CHUNK - 1, ENSEMBLE_CHUNK, n - 1] {
        let mut alone = Sim::new(&s, derive_seed(9, k as u64));
        for _ in 0..turns {
            alone.advance_turn();
        }
        assert_eq!(
            stepped.snapshot(k).unwrap().hash(),
            alone.state_hash(),
            "game {k}"
        );
        assert_eq!(
            at_once.snapshot(k).unwrap().hash(),
            alone.state_hash(),
            "game {k}"
        );
    }
    assert!(stepped.snapshot(n).is_none());
}

/// `n` positions of the scenario, game `k` (seed `derive_seed(seed, k)`) played
/// `k % spread` turns, so that a batch holds games at different turns.
fn positions(s: &ai_race::Scenario, n: usize, seed: u64, spread: u64) -> Vec<ai_race::Snapshot> {
    (0..n as u64)
        .map(|k| {
            let mut sim = Sim::new(s, derive_seed(seed, k));
            for _ in 0..(k % spread) {
                sim.advance_turn();
            }
            sim.snapshot()
        })
        .collect()
}

#[test]
fn a_reset_ensemble_plays_as_a_fresh_one() {
    use ai_race::sim::ENSEMBLE_CHUNK;
    let s = common::baseline();
    let positions = |n: usize, seed: u64| positions(&s, n, seed, 5);
    let mut reused = Ensemble::new(&s, 3, ENSEMBLE_CHUNK + 10);
    reused.advance_turns(3);
    // Fewer games than before, then more than one world holds.
    for (n, seed) in [(40, 11), (ENSEMBLE_CHUNK + 20, 12)] {
        let snaps = positions(n, seed);
        reused.reset(&snaps);
        let mut fresh = Ensemble::from_snapshots(&s, &snaps);
        for _ in 0..4 {
            reused.advance_turn();
            fresh.advance_turn();
        }
        assert_eq!(reused.len(), n);
        for k in 0..n {
            assert_eq!(reused.snapshot(k), fresh.snapshot(k), "game {k} of {n}");
        }
    }
}

/// `Ensemble::from_snapshots` reuses the worlds of ensembles of the same scenario dropped
/// earlier on its thread: games played in those worlds must play exactly as in new ones
/// (built here on a fresh thread, whose pool is empty).
#[test]
fn an_ensemble_in_reused_worlds_plays_as_in_new_ones() {
    use ai_race::sim::ENSEMBLE_CHUNK;
    let s = common::baseline();
    let positions = |n: usize, seed: u64| positions(&s, n, seed, 7);
    let play = |s: &ai_race::Scenario, snaps: &[ai_race::Snapshot]| {
        let mut e = Ensemble::from_snapshots(s, snaps);
        e.advance_turns(5);
        (0..snaps.len())
            .map(|k| e.snapshot(k).unwrap())
            .collect::<Vec<_>>()
    };
    // More games than the worlds left behind hold, then fewer.
    for (before, after) in [(ENSEMBLE_CHUNK + 30, 2 * ENSEMBLE_CHUNK + 5), (300, 17)] {
        let snaps = positions(after, 31);
        let (s2, snaps2) = (s.clone(), snaps.clone());
        let new_worlds = std::thread::spawn(move || play(&s2, &snaps2))
            .join()
            .unwrap();
        // Warm this thread's pool with other games of the same scenario, played on.
        {
            let mut warm = Ensemble::from_snapshots(&s, &positions(before, 30));
            warm.advance_turns(9);
        }
        let reused = play(&s, &snaps);
        assert_eq!(reused.len(), new_worlds.len());
        for (k, (a, b)) in reused.iter().zip(&new_worlds).enumerate() {
            assert_eq!(a, b, "game {k} of {after} (after {before})");
        }
    }
}

#[test]
fn ensemble_from_snapshots_continues_each_position() {
    let s = common::baseline();
    let mut sim = Sim::new(&s, 21);
    for _ in 0..6 {
        sim.advance_turn();
    }
    let snap = sim.snapshot();
    let mut ensemble = Ensemble::from_snapshots(&s, &[snap.clone(), snap]);
    sim.advance_turn();
    ensemble.advance_turn();
    let q = Quantity::from_path("china.compute.effective").unwrap();
    assert_eq!(ensemble.value(0, q).to_bits(), sim.value(q).to_bits());
    assert_eq!(ensemble.snapshot(1).unwrap().hash(), sim.state_hash());
}

/// Per-turn state hashes of the baseline, seed 7, rule-based doctrine on both sides.
/// Regenerate only on purpose (`AI_RACE_BLESS=1 cargo test --test determinism`) and say why
/// in the commit.
#[test]
fn golden_hashes_for_baseline_seed_7() {
    let s = common::baseline();
    let history = History::play_rule_based(&s, 7, false);
    let text: String = history
        .turns
        .iter()
        .map(|t| format!("{} {} {:016x}\n", t.turn, t.date, t.state_hash))
        .collect();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/baseline_seed7_hashes.txt"
    );
    if std::env::var_os("AI_RACE_BLESS").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    let golden = std::fs::read_to_string(path).expect("golden file exists (bless to create)");
    assert_eq!(
        text, golden,
        "the seed-7 game changed; if on purpose, bless and say why"
    );
}
