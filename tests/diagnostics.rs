//! Broken scenario files get diagnostics with the right message and line:col (each written by
//! hand in tests/fixtures/bad/expected.tsv); good files with a BOM or CRLF load; thousands of
//! mutated baselines never panic and always fail with a placed diagnostic.

mod common;

use std::path::Path;

use ai_race::Scenario;
use ai_race::scenario::ScenarioError;
use ai_race::sim::rng::{Purpose, purpose_stream, uniform};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

#[test]
fn every_bad_fixture_reports_its_message_at_its_line_and_column() {
    let dir = Path::new(FIXTURES).join("bad");
    let manifest = std::fs::read_to_string(dir.join("expected.tsv")).expect("expected.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in manifest
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "bad manifest line: {line}");
        let (file, place, fragment) = (cols[0], cols[1], cols[2]);
        count += 1;
        let err = match Scenario::load(&dir.join(file)) {
            Ok(_) => {
                failures.push(format!("{file}: loaded, but should fail with `{fragment}`"));
                continue;
            }
            Err(e) => e,
        };
        let Some(first) = err.diagnostics().first() else {
            failures.push(format!("{file}: no diagnostic: {err}"));
            continue;
        };
        let got = format!(
            "{}:{}",
            first.line.map_or("?".into(), |l| l.to_string()),
            first.col.map_or("?".into(), |c| c.to_string())
        );
        let text = err.plain();
        if got != place || !text.contains(fragment) {
            failures.push(format!(
                "{file}: expected {place} `{fragment}`, got {got}:\n{text}"
            ));
        }
    }
    assert!(count >= 60, "only {count} fixtures");
    assert!(
        failures.is_empty(),
        "{} of {count} fixtures differ:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn a_bom_or_crlf_line_ends_load_fine_and_hash_the_same() {
    let good = Path::new(FIXTURES).join("good");
    let plain = Scenario::load(&good.join("minimal.ron")).expect("minimal");
    for name in ["minimal_bom.ron", "minimal_crlf.ron"] {
        let s = Scenario::load(&good.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(s, plain, "{name}");
        assert_eq!(
            ai_race::save::scenario_hash(&s),
            ai_race::save::scenario_hash(&plain)
        );
    }
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let dir = std::env::temp_dir().join(format!("ai-race-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.ron");
    let chunk = vec![b' '; 1 << 20];
    let mut bytes = Vec::with_capacity(17 << 20);
    for _ in 0..17 {
        bytes.extend_from_slice(&chunk);
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Scenario::load(&path).unwrap_err();
    assert!(matches!(err, ScenarioError::TooLarge { .. }), "{err}");
    assert!(err.to_string().contains("more than the limit"));
    let _ = std::fs::remove_file(&path);
}

/// Mutate the baseline text: flip bytes, delete and duplicate lines, replace numbers.
fn mutate(text: &str, seed: u64) -> Vec<u8> {
    let mut rng = purpose_stream(seed, Purpose::Fog);
    let mut r = |n: usize| ((uniform(&mut rng) * n as f64) as usize).min(n.saturating_sub(1));
    match seed % 4 {
        0 => {
            let mut b = text.as_bytes().to_vec();
            for _ in 0..1 + r(4) {
                let k = r(b.len());
                b[k] ^= 1 << r(8);
            }
            b
        }
        1 => {
            let mut lines: Vec<&str> = text.lines().collect();
            let k = r(lines.len());
            lines.remove(k);
            lines.join("\n").into_bytes()
        }
        2 => {
            let mut lines: Vec<&str> = text.lines().collect();
            let k = r(lines.len());
            lines.insert(k, lines[k]);
            lines.join("\n").into_bytes()
        }
        _ => {
            // Replace one number with something odd.
            let numbers: Vec<(usize, usize)> = text
                .match_indices("value: ")
                .map(|(i, m)| {
                    let start = i + m.len();
                    let end = text[start..].find(',').map_or(start, |e| start + e);
                    (start, end)
                })
                .collect();
            let (start, end) = numbers[r(numbers.len())];
            let odd = [
                "-1", "1e400", "NaN", "\"x\"", "0", "99999999", "-0.5", "()", "[]", "1.5.2",
            ][r(10)];
            format!("{}{odd}{}", &text[..start], &text[end..]).into_bytes()
        }
    }
}

/// Check `n` mutants starting at seed `first`, on every core.
fn check_mutants(n: u64, first: u64) {
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get()) as u64;
    std::thread::scope(|scope| {
        for t in 0..threads {
            let (lo, hi) = (first + n * t / threads, first + n * (t + 1) / threads);
            scope.spawn(move || check_mutant_range(lo, hi, t));
        }
    });
}

fn check_mutant_range(first: u64, end: u64, thread: u64) {
    let n = end - first;
    let text = include_str!("../scenarios/baseline_2025.ron");
    let dir = std::env::temp_dir().join(format!("ai-race-mutants-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("mutant-{thread}.ron"));
    let mut rejected = 0;
    for seed in first..first + n {
        let bytes = mutate(text, seed);
        std::fs::write(&path, &bytes).unwrap();
        match Scenario::load(&path) {
            Ok(_) => {}
            Err(e) => {
                rejected += 1;
                let placed = e
                    .diagnostics()
                    .iter()
                    .all(|d| d.line.is_some() && d.col.is_some());
                assert!(
                    placed || matches!(e, ScenarioError::Unreadable { .. }),
                    "mutant {seed}: a diagnostic without a place:\n{e}"
                );
                assert!(
                    !e.diagnostics().is_empty()
                        || matches!(
                            e,
                            ScenarioError::Unreadable { .. } | ScenarioError::TooLarge { .. }
                        )
                );
            }
        }
    }
    assert!(rejected > 0);
}

#[test]
fn thousands_of_mutated_baselines_never_panic_and_every_failure_is_placed() {
    check_mutants(2_000, 0);
}

/// Hours of mutants: `AI_RACE_MUTANTS=1000000 cargo test --release --test diagnostics -- --ignored`.
#[test]
#[ignore = "long mode: set AI_RACE_MUTANTS"]
fn long_mutation_run() {
    let n = std::env::var("AI_RACE_MUTANTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    check_mutants(n, 1_000_000);
}
