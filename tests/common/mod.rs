//! Shared helpers for the integration tests.
#![allow(
    dead_code,
    reason = "each test file uses a different part of the harness"
)]

use ai_race::Scenario;

/// The shipped baseline scenario.
pub fn baseline() -> Scenario {
    Scenario::from_ron_str(
        include_str!("../../scenarios/baseline_2025.ron"),
        "baseline_2025.ron",
    )
    .expect("the baseline scenario is valid")
}

/// The baseline with a change.
pub fn baseline_with(change: impl FnOnce(&mut Scenario)) -> Scenario {
    let mut s = baseline();
    change(&mut s);
    s
}

/// Every scenario file shipped in `scenarios/`, sorted.
pub fn shipped() -> Vec<std::path::PathBuf> {
    ron_files_in(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
}

/// The worked examples in `scenarios/examples/`, sorted.
pub fn examples() -> Vec<std::path::PathBuf> {
    ron_files_in(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/examples"))
}

/// The `.ron` files in a folder (not below it), sorted; at least one.
fn ron_files_in(dir: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    files
}

/// A team takes a seat in `class` with the code `ABC123`; its token is `token-N`.
pub fn join(
    class: &mut ai_race::class::Class,
    team: &str,
    n: u32,
) -> ai_race::class::protocol::ToTeam {
    use ai_race::class::protocol::{PROTOCOL_VERSION, ToHost, Token};
    class.handle(
        ToHost::Join {
            version: PROTOCOL_VERSION,
            code: "ABC123".into(),
            team: team.into(),
        },
        || Token(format!("token-{n}")),
    )
}
