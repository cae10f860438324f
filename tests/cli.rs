//! The `ai-race` command line: outputs, determinism and exit codes.

use std::path::PathBuf;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_ai-race");
const BASELINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/baseline_2025.ron");

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ai-race-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn simulate_twice_gives_byte_identical_csv_with_one_row_per_turn() {
    let a = temp("a.csv");
    let b = temp("b.csv");
    for path in [&a, &b] {
        let o = run(&[
            "simulate",
            "--scenario",
            BASELINE,
            "--seed",
            "7",
            "--csv",
            path.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let text_a = std::fs::read(&a).unwrap();
    assert_eq!(text_a, std::fs::read(&b).unwrap());
    let text = String::from_utf8(text_a).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("turn,date,state_hash,game.tension,"));
    assert!(header.contains(",region.south_asia.china_share"));
    let rows: Vec<&str> = lines.collect();
    // Seed 7 plays all 24 turns (no catastrophe strikes).
    assert_eq!(rows.len(), 24);
    assert!(rows[23].starts_with("24,2030 Q4,"));
    for row in &rows {
        for cell in row.split(',').skip(3) {
            let v: f64 = cell.parse().unwrap();
            assert!(v.is_finite(), "{cell} in {row}");
        }
    }

    let c = temp("c.csv");
    let o = run(&[
        "simulate",
        "--scenario",
        BASELINE,
        "--seed",
        "8",
        "--csv",
        c.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    assert_ne!(std::fs::read(&c).unwrap(), text.as_bytes());
}

#[test]
fn simulate_prints_the_table_and_the_result() {
    let o = run(&["simulate", "--scenario", BASELINE, "--seed", "7"]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("2030 Q4"));
    assert!(out.contains("Result:"));
    assert!(out.contains("World AI market share"));
}

#[test]
fn json_has_every_turn() {
    let path = temp("h.json");
    let o = run(&[
        "simulate",
        "--scenario",
        BASELINE,
        "--seed",
        "7",
        "--turns",
        "6",
        "--json",
        path.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(v["turns"].as_array().unwrap().len(), 6);
    assert!(v["turns"][0]["values"]["us.chips.installed"].is_number());
    assert_eq!(v["units"]["us.energy.grid_gw"], "GW");
}

#[test]
fn explain_prints_the_ledger_of_one_quantity() {
    let o = run(&[
        "simulate",
        "--scenario",
        BASELINE,
        "--seed",
        "7",
        "--turns",
        "2",
        "--explain",
        "china.chips.installed",
    ]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Why china.chips.installed"));
    assert!(out.contains("retirement"));
    assert!(out.contains("smuggling"));
    assert!(out.contains("fab_output"));
}

#[test]
fn unknown_quantity_is_a_usage_error_with_a_suggestion() {
    let o = run(&[
        "simulate",
        "--scenario",
        BASELINE,
        "--explain",
        "china.compute.efective",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("did you mean `china.compute.effective`"),
        "{err}"
    );
}

#[test]
fn missing_file_and_bad_flags_exit_2() {
    let o = run(&["simulate", "--scenario", "no/such/file.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/file.ron: cannot read the scenario"));
    assert_eq!(stderr(&o).lines().count(), 1);

    let o = run(&["simulate", "--scenario", BASELINE, "--seeed", "3"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["simulate", "--scenario", BASELINE, "--turns", "0"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn syntax_error_names_line_and_column_and_exits_1() {
    let text = std::fs::read_to_string(BASELINE).unwrap();
    let broken = text.replacen("turns: 24,", "turns: 24", 1);
    let path = temp("syntax.ron");
    std::fs::write(&path, broken).unwrap();
    let o = run(&["simulate", "--scenario", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    // At the end of the value that lacks its comma.
    let line = text.lines().position(|l| l.contains("turns: 24,")).unwrap() + 1;
    assert!(err.contains(&format!("syntax.ron:{line}:13")), "{err}");
    assert!(
        err.contains("turns: 24") && err.contains("expected a `,` after this value"),
        "the offending line is shown: {err}"
    );
}

#[test]
fn unknown_field_is_reported_with_its_position() {
    let text = std::fs::read_to_string(BASELINE).unwrap();
    let broken = text.replacen("turns: 24,", "turns: 24,\n    turnz: 3,", 1);
    let path = temp("unknown.ron");
    std::fs::write(&path, broken).unwrap();
    let o = run(&["simulate", "--scenario", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("turnz"), "{err}");
    let line = text.lines().position(|l| l.contains("turns: 24,")).unwrap() + 2;
    assert!(err.contains(&format!("unknown.ron:{line}:")), "{err}");
}

#[test]
fn invalid_values_are_all_reported_and_exit_1() {
    let text = std::fs::read_to_string(BASELINE).unwrap();
    let broken = text
        .replacen("installed: (value: 3.5,", "installed: (value: -3.5,", 1)
        .replacen("range: (47.0, 57.0)", "range: (57.0, 47.0)", 1)
        .replacen("quarter: 1)", "quarter: 5)", 1);
    let path = temp("invalid.ron");
    std::fs::write(&path, broken).unwrap();
    let o = run(&["simulate", "--scenario", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("us.chips.installed.value: is -3.5; it must not be negative"),
        "{err}"
    );
    assert!(
        err.contains("us.funding.private.range: low 57 is above high 47"),
        "{err}"
    );
    assert!(err.contains("start.quarter: is 5"), "{err}");
}

#[test]
fn quantities_lists_every_path() {
    let o = run(&["quantities"]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("`us.chips.installed`, `china.chips.installed`"));
    assert!(out.contains("`game.lead_months`"));
}

#[test]
fn docs_quantities_md_matches_the_code() {
    let o = run(&["quantities"]);
    let table = String::from_utf8_lossy(&o.stdout).into_owned();
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/quantities.md"))
        .unwrap();
    assert!(
        doc.ends_with(&table),
        "docs/quantities.md is out of date: regenerate its table with `ai-race quantities`"
    );
}

/// Without a display the window says so in one line, points to headless play, and exits 2
/// (no panic, no hang).
#[cfg(all(feature = "gui", target_os = "linux"))]
#[test]
fn play_without_a_display_says_so_and_exits_2() {
    let o = Command::new(BIN)
        .args(["play", "--scenario", BASELINE])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary runs");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(
        err.contains("no display") && err.contains("simulate"),
        "{err}"
    );
}

#[test]
fn play_flags_are_checked() {
    let o = run(&["play", "--screenshot", "x.png"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--autoplay"), "{}", stderr(&o));
    let o = run(&["play", "--size", "big"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("WIDTHxHEIGHT"), "{}", stderr(&o));
    let o = run(&["play", "--scenario", "/no/such/file.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/no/such/file.ron"), "{}", stderr(&o));
}

/// `validate --balance` warns about a deliberately lopsided scenario (American algorithms
/// improving at the top of their range, Chinese at the bottom) and not about the baseline.
#[test]
fn validate_balance_warns_about_a_lopsided_scenario_only() {
    let text = std::fs::read_to_string(BASELINE).unwrap();
    let us = text.find("    us: (").unwrap();
    let china = text.find("    china: (").unwrap();
    let growth = |part: &str, value: &str| {
        part.replacen(
            "growth: (value: 0.28,",
            &format!("growth: (value: {value},"),
            1,
        )
    };
    let lopsided = format!(
        "{}{}{}",
        &text[..us],
        growth(&text[us..china], "0.35"),
        growth(&text[china..], "0.15")
    );
    let path = temp("lopsided.ron");
    std::fs::write(&path, lopsided).unwrap();
    let o = run(&[
        "validate",
        "--balance",
        "--games",
        "30",
        path.to_str().unwrap(),
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        out.contains("warning: at easy vs easy, United States wins more than 75%"),
        "{out}"
    );
    let o = run(&["validate", "--balance", "--games", "30", BASELINE]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("| easy vs easy |"), "{out}");
    assert!(!out.contains("warning"), "{out}");
}
