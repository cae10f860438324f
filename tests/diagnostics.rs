//! Broken scenario files get diagnostics with the right message and line:col (each written by
//! hand in tests/fixtures/bad/expected.tsv); good files with a BOM or CRLF load; thousands of
//! mutated baselines never panic and always fail with a placed diagnostic.

mod common;

use std::path::Path;

use ai_race::Scenario;
use ai_race::scenario::ScenarioError;
use ai_race::sim::rng::{Purpose, purpose_stream, uniform};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// One broken scenario of the table: a piece of `minimal.ron` and what it becomes.
#[derive(serde::Deserialize)]
struct Case {
    name: String,
    find: String,
    replace: String,
    expect: String,
}

/// Where the first diagnostic must point.
const MARK: char = '‸';

/// The first diagnostic's `line:col` and the whole plain text, or why there is none.
fn first_place(err: &ScenarioError) -> Option<String> {
    let first = err.diagnostics().first()?;
    Some(format!(
        "{}:{}",
        first.line.map_or("?".into(), |l| l.to_string()),
        first.col.map_or("?".into(), |c| c.to_string())
    ))
}

/// The table's cases applied to `minimal.ron`: (name, text, expected line:col, fragment).
fn table_cases() -> Vec<(String, String, String, String)> {
    let dir = Path::new(FIXTURES);
    let minimal = std::fs::read_to_string(dir.join("good/minimal.ron")).expect("minimal.ron");
    let table = std::fs::read_to_string(dir.join("bad/cases.ron")).expect("cases.ron");
    let cases: Vec<Case> = ron::from_str(&table).expect("cases.ron parses");
    cases
        .into_iter()
        .map(|c| {
            assert_eq!(
                minimal.matches(&c.find).count(),
                1,
                "{}: `find` must occur exactly once in minimal.ron",
                c.name
            );
            let mark = c
                .replace
                .find(MARK)
                .unwrap_or_else(|| panic!("{}: no ‸", c.name));
            let at = minimal.find(&c.find).unwrap() + mark;
            let text = minimal.replacen(&c.find, &c.replace.replacen(MARK, "", 1), 1);
            let (l, col) = ai_race::scenario::locate::line_col(&text, at);
            (c.name, text, format!("{l}:{col}"), c.expect)
        })
        .collect()
}

#[test]
fn every_bad_case_reports_its_message_at_its_place() {
    let mut failures = Vec::new();
    let cases = table_cases();
    for (name, text, place, fragment) in &cases {
        let err = match Scenario::from_ron_str(text, name) {
            Ok(_) => {
                failures.push(format!("{name}: loaded, but should fail with `{fragment}`"));
                continue;
            }
            Err(e) => e,
        };
        let got = first_place(&err).unwrap_or_else(|| "none".into());
        let plain = err.plain();
        if &got != place || !plain.contains(fragment.as_str()) {
            failures.push(format!(
                "{name}: expected {place} `{fragment}`, got {got}:\n{plain}"
            ));
        }
    }
    // Files that cannot be a table row: empty, blank, not UTF-8.
    let dir = Path::new(FIXTURES).join("bad");
    let manifest = std::fs::read_to_string(dir.join("expected.tsv")).expect("expected.tsv");
    let mut files = 0;
    for line in manifest
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "bad manifest line: {line}");
        let (file, place, fragment) = (cols[0], cols[1], cols[2]);
        files += 1;
        match Scenario::load(&dir.join(file)) {
            Ok(_) => failures.push(format!("{file}: loaded, but should fail with `{fragment}`")),
            Err(err) => {
                let got = first_place(&err).unwrap_or_else(|| "none".into());
                if got != place || !err.plain().contains(fragment) {
                    failures.push(format!(
                        "{file}: expected {place} `{fragment}`, got {got}:\n{}",
                        err.plain()
                    ));
                }
            }
        }
    }
    assert!(
        cases.len() + files >= 99,
        "only {} cases",
        cases.len() + files
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len() + files,
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

/// Mutate an overlay: the three line and byte mutations of [`mutate`], or one number
/// replaced with something odd.
fn mutate_overlay(text: &str, seed: u64) -> Vec<u8> {
    if seed % 4 != 3 {
        return mutate(text, seed);
    }
    let mut rng = purpose_stream(seed, Purpose::Fog);
    let numbers: Vec<usize> = text
        .char_indices()
        .filter(|(i, c)| {
            c.is_ascii_digit() && !text[..*i].ends_with(|p: char| p.is_ascii_digit() || p == '.')
        })
        .map(|(i, _)| i)
        .collect();
    let k = numbers[((uniform(&mut rng) * numbers.len() as f64) as usize).min(numbers.len() - 1)];
    let end = text[k..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map_or(text.len(), |e| k + e);
    let odd = [
        "-1", "1e400", "NaN", "\"x\"", "0", "99999999", "-0.5", "()", "[]", "1.5.2",
    ][((uniform(&mut rng) * 10.0) as usize).min(9)];
    format!("{}{odd}{}", &text[..k], &text[end..]).into_bytes()
}

#[test]
fn thousands_of_mutated_overlays_never_panic_and_every_failure_is_placed() {
    let dir = std::env::temp_dir().join(format!("ai-race-overlay-mutants-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("baseline_2025.ron"),
        include_str!("../scenarios/baseline_2025.ron"),
    )
    .unwrap();
    let overlays = [
        include_str!("../scenarios/taiwan_crisis.ron"),
        include_str!("../scenarios/scaling_slowdown.ron"),
        include_str!("../scenarios/cooperative_world.ron"),
        include_str!("../scenarios/fast_takeoff.ron"),
    ];
    let path = dir.join("mutant.ron");
    let mut rejected = 0;
    for seed in 0..400u64 {
        let text = overlays[(seed % 4) as usize];
        std::fs::write(&path, mutate_overlay(text, seed / 4 * 4 + seed % 4)).unwrap();
        if let Err(e) = Scenario::load(&path) {
            rejected += 1;
            let placed = e
                .diagnostics()
                .iter()
                .all(|d| d.line.is_some() && d.col.is_some());
            assert!(
                placed || matches!(e, ScenarioError::Unreadable { .. }),
                "overlay mutant {seed}: a diagnostic without a place:\n{e}"
            );
            assert!(!e.diagnostics().is_empty() || matches!(e, ScenarioError::Unreadable { .. }));
        }
    }
    assert!(
        rejected > 40,
        "only {rejected} of 400 overlay mutants were rejected"
    );
    let _ = std::fs::remove_dir_all(&dir);
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
