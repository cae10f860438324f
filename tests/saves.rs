//! Saves: exact continuation, verification that names the first difference, crash safety,
//! corruption, versions.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use ai_race::ai::rule_based_orders;
use ai_race::save::{
    self, Player, STEPS, SaveError, SaveGame, Session, Verdict, autosave, autosaves, decode,
    encode, verify, write_atomic_with,
};
use ai_race::sim::rng::{Purpose, purpose_stream, uniform};
use ai_race::{Scenario, Side};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ai-race-saves-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn play_turns(session: &mut Session, until: u32) {
    while session.sim().turn() < until && !session.sim().outcome().is_over() {
        for side in Side::BOTH {
            let orders = rule_based_orders(session.sim().scenario(), &session.sim().view(side));
            for c in orders {
                let _ = session.submit(side, c);
            }
        }
        session.advance_turn();
    }
}

fn hashes(session: &Session) -> Vec<u64> {
    session.save_game().turns.iter().map(|t| t.hash).collect()
}

fn players() -> [Player; 2] {
    [Player::rules(), Player::rules()]
}

#[test]
fn save_at_every_turn_load_and_continue_equals_the_uninterrupted_game() {
    let s = common::baseline();
    let dir = temp_dir("continue");
    for seed in [1, 7, 12] {
        let mut straight = Session::new(&s, seed, players());
        play_turns(&mut straight, s.turns);
        let expected = hashes(&straight);
        for stop in 0..expected.len() as u32 {
            let mut first = Session::new(&s, seed, players());
            play_turns(&mut first, stop);
            let path = dir.join(format!("s{seed}-t{stop}.aisave"));
            first.save_to(&path).unwrap();
            let (mut resumed, info) = Session::load(&path).unwrap();
            assert!(!info.other_version);
            assert_eq!(resumed.sim().turn(), stop);
            play_turns(&mut resumed, s.turns);
            assert_eq!(
                hashes(&resumed),
                expected,
                "seed {seed}, saved at turn {stop}"
            );
        }
    }
}

#[test]
fn verify_names_the_turn_and_quantity_of_a_perturbed_snapshot() {
    let s = common::baseline();
    let mut session = Session::new(&s, 4, players());
    play_turns(&mut session, 12);
    let mut save = session.save_game().clone();
    assert_eq!(verify(&save).verdict, Verdict::Verified);
    save.turns[6].snapshot.blocs[1].chips.installed += 0.001;
    let report = verify(&save);
    match &report.verdict {
        Verdict::Diverged { turn, what } => {
            assert_eq!(*turn, 7);
            assert!(what.contains("`china.chips.installed`"), "{what}");
        }
        other => panic!("{other:?}"),
    }
    assert!(
        report
            .to_string()
            .starts_with("diverged at turn 7: first difference in `china.chips.installed`")
    );

    // The same difference in a save from another game version is a change of rules.
    save.game_version = "0.0.1".into();
    assert!(matches!(
        verify(&save).verdict,
        Verdict::RulesChanged { turn: 7, .. }
    ));
}

#[test]
fn an_unverifiable_game_is_never_written_over_a_good_save() {
    let s = common::baseline();
    let dir = temp_dir("unverified");
    let path = dir.join("game.aisave");
    let mut session = Session::new(&s, 2, players());
    play_turns(&mut session, 4);
    session.save_to(&path).unwrap();
    let good = std::fs::read(&path).unwrap();
    // A session whose record was tampered with.
    let mut save = session.save_game().clone();
    save.turns[1].hash ^= 1;
    let tampered = Session::resume(save).unwrap();
    let err = tampered.save_to(&path).unwrap_err();
    assert!(matches!(err, SaveError::Unverified { .. }), "{err}");
    assert!(err.to_string().contains("the previous file is untouched"));
    assert_eq!(std::fs::read(&path).unwrap(), good);
}

/// A save that records a turn after its game ended does not verify: the replay stops there
/// and says so.
#[test]
fn a_turn_recorded_after_the_end_is_a_divergence() {
    let s = common::baseline();
    let mut session = Session::new(&s, 4, players());
    play_turns(&mut session, s.turns + 1);
    let mut save = session.save_game().clone();
    assert!(save.turns.last().unwrap().snapshot.outcome.is_over());
    assert_eq!(verify(&save).verdict, Verdict::Verified);
    let mut extra = save.turns.last().unwrap().clone();
    extra.turn += 1;
    // (With orders, the first refused order would say the game is over.)
    extra.orders.clear();
    save.turns.push(extra);
    let turns = save.turns.len() as u32;
    match verify(&save).verdict {
        Verdict::Diverged { turn, what } => {
            assert_eq!(turn, turns);
            assert!(what.contains("already ended"), "{what}");
        }
        other => panic!("{other:?}"),
    }
}

fn small_save(seed: u64, turns: u32) -> SaveGame {
    let s = common::baseline();
    let mut session = Session::new(&s, seed, players());
    play_turns(&mut session, turns);
    session.save_game().clone()
}

#[test]
fn a_failure_at_any_step_of_saving_leaves_the_new_or_the_old_save() {
    let dir = temp_dir("faults");
    let path = dir.join("game.aisave");
    let old = encode(&small_save(3, 2));
    let new = encode(&small_save(3, 3));
    for step in STEPS {
        std::fs::write(&path, &old).unwrap();
        let result = write_atomic_with(&path, &new, &mut |at| {
            if at == step {
                Err(std::io::Error::other("injected failure"))
            } else {
                Ok(())
            }
        });
        assert!(result.is_err(), "{step:?}");
        let now = std::fs::read(&path).unwrap();
        assert!(
            now == old || now == new,
            "{step:?}: the file is neither save"
        );
        decode(&now, &path).unwrap_or_else(|e| panic!("{step:?}: {e}"));
        // No temporary files left behind.
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n.to_string_lossy().contains(".tmp-"))
            .collect();
        assert!(leftovers.is_empty(), "{step:?}: {leftovers:?}");
    }
}

#[test]
fn a_process_killed_while_saving_leaves_a_loadable_save() {
    let dir = temp_dir("kill");
    let path = dir.join("game.aisave");
    std::fs::write(&path, encode(&small_save(5, 3))).unwrap();
    let mut rng = purpose_stream(99, Purpose::Events);
    let trials = std::env::var("AI_RACE_KILL_TRIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let mut mid_write = 0;
    for trial in 0..trials {
        let mut child = Process::new(env!("CARGO_BIN_EXE_ai-race"))
            .arg("save-loop")
            .arg(&path)
            .spawn()
            .unwrap();
        let wait = 2 + (uniform(&mut rng) * 40.0) as u64;
        std::thread::sleep(std::time::Duration::from_millis(wait));
        let _ = child.kill();
        let _ = child.wait();
        let bytes = std::fs::read(&path).unwrap();
        decode(&bytes, &path)
            .unwrap_or_else(|e| panic!("trial {trial} (killed after {wait} ms): {e}"));
        // A temporary sibling left behind means the kill landed in the middle of a write.
        mid_write += std::fs::read_dir(&dir)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .contains(".tmp-")
            })
            .count();
    }
    eprintln!("{mid_write} of {trials} kills landed mid-write");
    assert!(
        mid_write > 0,
        "no kill landed in the middle of a write; the test proves nothing"
    );
}

#[test]
fn a_thousand_mutated_saves_are_rejected_with_a_reason_or_load_correctly() {
    let original_save = small_save(8, 2);
    let original = encode(&original_save);
    let other = encode(&small_save(9, 1));
    let path = Path::new("mutated.aisave");
    let mut rng = purpose_stream(1234, Purpose::Fog);
    let mut rejected = 0;
    for i in 0..1200 {
        let mut bytes = original.clone();
        let at = |r: f64, len: usize| ((r * len as f64) as usize).min(len.saturating_sub(1));
        match i % 4 {
            0 => {
                for _ in 0..1 + i % 3 {
                    let k = at(uniform(&mut rng), bytes.len());
                    bytes[k] ^= 1 << (i % 8);
                }
            }
            1 => bytes.truncate(at(uniform(&mut rng), bytes.len())),
            2 => {
                let k = at(uniform(&mut rng), bytes.len());
                let j = at(uniform(&mut rng), other.len());
                bytes.truncate(k);
                bytes.extend_from_slice(&other[j..]);
            }
            _ => {
                let k = at(uniform(&mut rng), bytes.len());
                bytes.insert(k, (i % 251) as u8);
            }
        }
        match decode(&bytes, path) {
            Ok((save, _)) => {
                assert_eq!(save, original_save, "mutation {i} loaded as something else")
            }
            Err(e) => {
                let msg = e.to_string();
                assert!(msg.starts_with("mutated.aisave: "), "{msg}");
                rejected += 1;
            }
        }
    }
    assert!(rejected > 1000, "only {rejected} rejected");
}

#[test]
fn bad_files_get_clear_errors_and_the_newest_good_autosave_is_offered() {
    let dir = temp_dir("bad");
    let s = common::baseline();
    let mut session = Session::new(&s, 6, players());
    let autos = dir.join("autosaves");
    for _ in 0..5 {
        autosave(&session, &autos).unwrap();
        let next = session.sim().turn() + 1;
        play_turns(&mut session, next);
    }
    let kept = autosaves(&autos);
    assert_eq!(kept.len(), 3, "{kept:?}");
    assert!(
        kept[0]
            .to_string_lossy()
            .ends_with("autosave-turn0004.aisave")
    );

    let good = encode(session.save_game());
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("empty.aisave", Vec::new(), "the file is empty"),
        (
            "picture.aisave",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            "not an AI Race save",
        ),
        (
            "truncated.aisave",
            good[..good.len() / 2].to_vec(),
            "do not match their checksum",
        ),
        (
            "future.aisave",
            String::from_utf8_lossy(&good)
                .replacen(&format!("format={}", save::FORMAT_VERSION), "format=9", 1)
                .into_bytes(),
            "newer AI Race",
        ),
        (
            "flipped.aisave",
            {
                let mut b = good.clone();
                let n = b.len() - 100;
                b[n] ^= 0x10;
                b
            },
            "do not match their checksum",
        ),
    ];
    for (name, bytes, expected) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let err = match Session::load(&path) {
            Ok(_) => panic!("{name} loaded"),
            Err(e) => e.to_string(),
        };
        assert!(err.starts_with(&path.display().to_string()), "{err}");
        assert!(err.contains(expected), "{name}: {err}");
        assert!(
            err.contains("the newest good autosave is") && err.contains("autosave-turn0004"),
            "{name}: {err}"
        );
    }
}

#[test]
fn a_save_of_another_scenario_is_refused_by_name() {
    let dir = temp_dir("scenario");
    let path = dir.join("game.aisave");
    Session::new(&common::baseline(), 1, players())
        .save_to(&path)
        .unwrap();
    let other: Scenario = common::baseline_with(|s| s.name = "Scaling slowdown".into());
    let err = save::read_for(&path, &other).unwrap_err().to_string();
    assert!(err.contains("is a save of \"Baseline 2025"), "{err}");
    assert!(err.contains("not of \"Scaling slowdown\""), "{err}");
}

#[test]
fn the_committed_format_1_save_loads_continues_and_verifies() {
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/saves/format1_baseline_seed3_turn6.aisave"
    ));
    let (save, info) = save::read(path).expect("the committed fixture loads");
    // Written in format 1, before scenarios had doctrines: read through the migration.
    assert_eq!(info.format, 1);
    assert!(save.scenario.doctrines.is_empty());
    assert_eq!(save.turns.len(), 6);
    let report = verify(&save);
    assert!(
        matches!(
            report.verdict,
            Verdict::Verified | Verdict::RulesChanged { .. }
        ),
        "{report}"
    );
    let (mut session, _) = Session::load(path).unwrap();
    play_turns(&mut session, 8);
    assert_eq!(session.sim().turn(), 8);
}

#[test]
fn the_cli_saves_and_verifies_a_replay() {
    let dir = temp_dir("cli");
    let path = dir.join("g.aisave");
    let bin = env!("CARGO_BIN_EXE_ai-race");
    let baseline = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/baseline_2025.ron");
    let o = Process::new(bin)
        .args([
            "simulate",
            "--scenario",
            baseline,
            "--seed",
            "7",
            "--turns",
            "8",
            "--save",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = Process::new(bin)
        .args(["replay", "--verify"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("verified: 8 turns, all hashes match"), "{out}");
    // The replayed table is the simulated one.
    let sim = Process::new(bin)
        .args([
            "simulate",
            "--scenario",
            baseline,
            "--seed",
            "7",
            "--turns",
            "8",
        ])
        .output()
        .unwrap();
    let table = |s: &str| {
        s.lines()
            .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(table(&out), table(&String::from_utf8_lossy(&sim.stdout)));

    let o = Process::new(bin)
        .args(["replay"])
        .arg(dir.join("missing.aisave"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}
