//! Overlays: a scenario written as changes to a base. Each operation's meaning, chains and
//! cycles, where problems are placed, the shipped variants, the warnings of meaning, and
//! events that know policies.
#![allow(
    clippy::float_cmp,
    reason = "values copied from the overlay text compare exactly"
)]

mod common;

use std::path::{Path, PathBuf};

use ai_race::Scenario;
use ai_race::scenario::ScenarioError;
use ai_race::scenario::overlay::{self, SHIPPED};
use ai_race::sim::Sim;
use ai_race::sim::events::EventId;
use ai_race::sim::orders::Command;
use ai_race::sim::policies::PolicyId;
use ai_race::sim::quantity::Side;

const BASELINE: &str = include_str!("../scenarios/baseline_2025.ron");

/// A fresh folder holding a copy of the baseline, for overlays to stand on.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ai-race-overlays-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("baseline_2025.ron"), BASELINE).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Load an overlay written in a fresh folder next to the baseline.
fn load(name: &str, text: &str) -> Result<Scenario, ScenarioError> {
    let dir = folder(name);
    Scenario::load(&write(&dir, "overlay.ron", text))
}

fn first(err: &ScenarioError) -> (usize, usize, String) {
    let d = err.diagnostics().first().expect("a diagnostic");
    (d.line.unwrap_or(0), d.col.unwrap_or(0), err.plain())
}

#[test]
fn the_shipped_variants_are_short_overlays_that_resolve_validate_and_play() {
    let base = common::baseline();
    for path in common::shipped() {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "baseline_2025" {
            assert!(!overlay::is_overlay(&text));
            continue;
        }
        assert!(overlay::is_overlay(&text), "{name} is an overlay");
        assert!(
            text.lines().count() < 100,
            "{name}: {} lines",
            text.lines().count()
        );
        let from_file = Scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
        // Compiled in (a browser): the base resolves among the shipped scenarios.
        let (_, shipped_text) = overlay::shipped(&name).expect("compiled in");
        let from_text = Scenario::from_ron_str(shipped_text, &name).unwrap();
        assert_eq!(from_file, from_text, "{name}");
        assert_ne!(from_file, base, "{name} changes something");
        // A fix to the baseline reaches it: everything it does not touch is the baseline's.
        assert_eq!(from_file.regions, base.regions, "{name}");
        assert_eq!(from_file.doctrines, base.doctrines, "{name}");
        let mut sim = Sim::new(&from_file, 7);
        while sim.advance_turn() {}
        assert!(sim.outcome().is_over(), "{name} plays to the end");
    }
}

#[test]
fn the_variants_keep_the_premise_of_the_baselines_assumption_sets() {
    let base = common::baseline();
    for (variant, set) in [
        ("fast_takeoff", "fast_takeoff"),
        ("scaling_slowdown", "scaling_slowdown"),
    ] {
        let (_, text) = overlay::shipped(variant).unwrap();
        let s = Scenario::from_ron_str(text, variant).unwrap();
        let assumed = ai_race::scenario::params::with_assumptions(&base, set).unwrap();
        assert_eq!(s.world.capability, assumed.world.capability, "{variant}");
        assert_eq!(s.world.frontier, assumed.world.frontier, "{variant}");
        assert_eq!(s.world.risk, assumed.world.risk, "{variant}");
        assert!(
            s.assumptions.iter().all(|a| a.id != set),
            "{variant} drops `{set}`"
        );
    }
}

#[test]
fn a_resolved_overlay_hashes_like_the_plain_file_it_equals() {
    let dir = folder("hash");
    let (_, text) = overlay::shipped("taiwan_crisis").unwrap();
    let resolved = Scenario::from_ron_str(text, "taiwan_crisis").unwrap();
    let plain = write(&dir, "plain.ron", &overlay::to_ron(&resolved));
    let text = std::fs::read_to_string(&plain).unwrap();
    assert!(!overlay::is_overlay(&text));
    let again = Scenario::load(&plain).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again, resolved);
    assert_eq!(
        ai_race::save::scenario_hash(&again),
        ai_race::save::scenario_hash(&resolved)
    );
}

#[test]
fn each_operation_does_what_it_says() {
    let s = load(
        "ops",
        r#"(
    base: "baseline_2025.ron",
    name: "Ops",
    description: "Every operation once.",
    start: (year: 2026, quarter: 1),
    turns: 20,
    set: [
        ("world.tension.baseline", 45.0, "model: test"),
        ("us.chips.price", 30.0, "model: test", (20.0, 40.0)),
    ],
    policies: [
        Patch((id: "us_grid_reform", cost: (capital: 1.0, money: 0.5), ai_priority: 9.0)),
        Remove("us_open_models"),
        Add((
            id: "us_new_policy", name: "New", side: us, category: "energy", kind: Toggle,
            cost: (capital: 2.0, money: 0.0), description: "d", source: "model: test", prompt: "p",
        )),
    ],
    events: [
        Remove("robotaxi_rollout"),
        Patch((id: "misuse_talks_offer", chance: 0.3)),
    ],
    doctrines: [Patch((id: "us_run_faster", budget: (0.5, 0.2, 0.3), prefer: [("us_grid_reform", 9.0)]))],
    assumptions: [Remove("fast_diffusion")],
    regions: [(id: europe, us_bias: (value: 2.5, source: "model: test"))],
    score: (lead_par_months: 4.0),
)"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let base = common::baseline();
    assert_eq!(s.name, "Ops");
    assert_eq!((s.start.year, s.turns), (2026, 20));
    assert_eq!(s.world.tension.baseline.v(), 45.0);
    assert_eq!(s.world.tension.baseline.source, "model: test");
    assert_eq!(
        s.world.tension.baseline.range,
        base.world.tension.baseline.range
    );
    assert_eq!(s.us.chips.price.range, Some((20.0, 40.0)));
    let grid = s
        .policies
        .iter()
        .find(|p| p.id == "us_grid_reform")
        .unwrap();
    let old = base
        .policies
        .iter()
        .find(|p| p.id == "us_grid_reform")
        .unwrap();
    assert_eq!(
        (grid.cost.capital, grid.cost.money, grid.ai_priority),
        (1.0, 0.5, 9.0)
    );
    assert_eq!(
        grid.effects, old.effects,
        "a patch keeps the fields it does not name"
    );
    assert!(s.policies.iter().all(|p| p.id != "us_open_models"));
    assert_eq!(s.policies.last().unwrap().id, "us_new_policy");
    assert_eq!(s.policies.len(), base.policies.len());
    assert!(s.events.iter().all(|e| e.id != "robotaxi_rollout"));
    let talks = s
        .events
        .iter()
        .find(|e| e.id == "misuse_talks_offer")
        .unwrap();
    assert_eq!(talks.chance, 0.3);
    let d = s
        .doctrines
        .iter()
        .find(|d| d.id == "us_run_faster")
        .unwrap();
    assert_eq!(d.budget, (0.5, 0.2, 0.3));
    assert!(s.assumptions.iter().all(|a| a.id != "fast_diffusion"));
    let europe = s.regions.iter().find(|r| r.id.id() == "europe").unwrap();
    assert_eq!(europe.us_bias.v(), 2.5);
    assert_eq!(s.score.lead_par_months, Some(4.0));
    assert_eq!(s.score.weights, base.score.weights);
    // Replace writes an entry anew whole.
    let replaced = load(
        "replace",
        r#"(base: "baseline_2025", policies: [Replace((
            id: "us_grid_reform", name: "Grid", side: us, category: "energy", kind: Toggle,
            cost: (capital: 2.0, money: 0.0), description: "d", source: "model: test", prompt: "p",
        ))])"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let grid = replaced
        .policies
        .iter()
        .find(|p| p.id == "us_grid_reform")
        .unwrap();
    assert!(grid.effects.is_empty() && grid.name == "Grid");
}

#[test]
fn a_change_that_cannot_be_made_is_placed_in_the_overlay_with_a_suggestion() {
    let cases = [
        (
            r#"(base: "baseline_2025", policies: [Patch((id: "us_grid_reforms", ai_priority: 1.0))])"#,
            (1, 36),
            "did you mean `us_grid_reform`?",
        ),
        (
            r#"(base: "baseline_2025", policies: [Remove("nothing_like_it")])"#,
            (1, 36),
            "no policy `nothing_like_it` to remove",
        ),
        (
            r#"(base: "baseline_2025", events: [Add((id: "deepseek_moment", name: "x", side: world, chance: 0.1, recurring: false, description: "d", source: "s", prompt: "p"))])"#,
            (1, 34),
            "already has an event `deepseek_moment`",
        ),
        (
            "(\n    base: \"baseline_2025\",\n    set: [(\"world.tension.baselin\", 45.0, \"x\")],\n)",
            (3, 11),
            "did you mean `world.tension.baseline`?",
        ),
        (
            "(\n    base: \"baseline_2025\",\n    assume: [\"fast_takof\"],\n)",
            (3, 14),
            "did you mean `fast_takeoff`?",
        ),
        (
            "(\n    base: \"baseline_2025\",\n    regions: [(id: europe, us_bias: (value: 2.5))],\n)",
            (3, 48),
            "missing field `source`",
        ),
    ];
    for (i, (text, (line, col), fragment)) in cases.into_iter().enumerate() {
        let err = load(&format!("misfit{i}"), text).unwrap_err();
        let (l, c, plain) = first(&err);
        assert!(plain.contains(fragment), "case {i}: {plain}");
        assert_eq!((l, c), (line, col), "case {i}: {plain}");
        assert!(
            plain.starts_with(&format!("{}", std::env::temp_dir().display())),
            "{plain}"
        );
    }
}

#[test]
fn a_problem_after_merging_names_the_overlay_line_and_the_base_entry() {
    // A value out of its range: at the overlay's entry, with where the base writes it.
    let err = load(
        "range",
        "(\n    base: \"baseline_2025.ron\",\n    set: [\n        (\"world.tension.baseline\", 70.0, \"model: test\"),\n    ],\n)",
    )
    .unwrap_err();
    let (l, c, plain) = first(&err);
    assert_eq!((l, c), (4, 9), "{plain}");
    assert!(plain.contains("outside its own range"), "{plain}");
    assert!(plain.contains("the base writes it at"), "{plain}");
    assert!(plain.contains("baseline_2025.ron:44:"), "{plain}");
    assert!(plain.contains("fourth element"), "{plain}");
    // A removal the base still refers to: in the base, naming the overlay's entry.
    let err = load(
        "removed",
        "(\n    base: \"baseline_2025.ron\",\n    policies: [Remove(\"china_ai_plus\")],\n)",
    )
    .unwrap_err();
    let plain = err.plain();
    assert!(plain.contains("baseline_2025.ron:"), "{plain}");
    assert!(plain.contains("no policy `china_ai_plus`"), "{plain}");
    assert!(plain.contains("policies[0] at"), "{plain}");
    assert!(plain.contains("overlay.ron:3:16"), "{plain}");
    assert!(err.diagnostics().iter().all(|d| d.line.is_some()));
}

#[test]
fn bases_chain_and_a_cycle_or_a_tower_is_refused() {
    let dir = folder("chain");
    write(
        &dir,
        "a.ron",
        r#"(base: "baseline_2025.ron", set: [("world.tension.baseline", 45.0, "model: a")])"#,
    );
    let b = write(
        &dir,
        "b.ron",
        r#"(base: "a.ron", set: [("world.tension.initial", 60.0, "model: b")])"#,
    );
    let s = Scenario::load(&b).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.world.tension.baseline.v(), 45.0);
    assert_eq!(s.world.tension.initial.v(), 60.0);
    // A cycle.
    write(&dir, "c.ron", r#"(base: "d.ron")"#);
    let d = write(&dir, "d.ron", r#"(base: "c.ron")"#);
    let err = Scenario::load(&d).unwrap_err();
    assert!(
        err.plain().contains("is built on this file again"),
        "{}",
        err.plain()
    );
    // A tower of ten.
    write(&dir, "t0.ron", r#"(base: "baseline_2025.ron")"#);
    for k in 1..10 {
        write(
            &dir,
            &format!("t{k}.ron"),
            &format!("(base: \"t{}.ron\")", k - 1),
        );
    }
    let err = Scenario::load(&dir.join("t9.ron")).unwrap_err();
    assert!(
        err.plain()
            .contains("more than 8 overlays stand on one another"),
        "{}",
        err.plain()
    );
    // A base that is not there.
    let err =
        Scenario::load(&write(&dir, "lost.ron", r#"(base: "baseline_2052.ron")"#)).unwrap_err();
    let plain = err.plain();
    assert!(
        plain.contains("there is no scenario `baseline_2052.ron`"),
        "{plain}"
    );
    assert!(
        plain.contains("did you mean `baseline_2025.ron`?"),
        "{plain}"
    );
    // A base with its own problem: shown in the base, after a line at `base`.
    write(
        &dir,
        "broken.ron",
        &BASELINE.replacen("turns: 24", "turns: 0", 1),
    );
    let err = Scenario::load(&write(&dir, "on_broken.ron", r#"(base: "broken.ron")"#)).unwrap_err();
    let plain = err.plain();
    assert!(
        plain.contains("its base `broken.ron` cannot be used"),
        "{plain}"
    );
    assert!(
        plain.contains("broken.ron:") && plain.contains("turns"),
        "{plain}"
    );
}

#[test]
fn a_new_scenario_skeleton_validates_as_it_is() {
    for (name, text) in SHIPPED {
        let base = Scenario::from_ron_str(text, name).unwrap();
        let skeleton = overlay::skeleton(&format!("{name}.ron"), &base);
        let s = Scenario::from_ron_str(&skeleton, "new.ron").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.policies, base.policies);
    }
}

/// The warnings a file raises, as plain text.
fn warnings_of(name: &str, text: &str) -> String {
    let dir = folder(name);
    let checked = Scenario::check(&write(&dir, "w.ron", text)).unwrap_or_else(|e| panic!("{e}"));
    checked.warnings.plain()
}

#[test]
fn the_shipped_scenarios_raise_no_warnings() {
    for path in common::shipped() {
        let checked = Scenario::check(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            checked.warnings.list.is_empty(),
            "{}:\n{}",
            path.display(),
            checked.warnings.plain()
        );
    }
}

#[test]
fn each_warning_of_meaning_fires_on_its_mistake() {
    let cases = [
        (
            "(base: \"baseline_2025\", start: (year: 2026, quarter: 1), turns: 20)",
            "outside the game (2026 Q1 to 2030 Q4): it can never fire",
        ),
        (
            "(base: \"baseline_2025\", score: (china_targets: [(by: (year: 2027, quarter: 4), share: 0.7)]))",
            "did you mean 70?",
        ),
        (
            "(base: \"baseline_2025\", set: [(\"world.tension.initial\", 0.55, \"model: oops\")])",
            "but this is a percentage (0–100)",
        ),
        (
            "(base: \"baseline_2025\", events: [Patch((id: \"misuse_incident\", effects: [(quantity: \"game.tension\", op: Add(0.05), duration: Once)]))])",
            "a change too small to notice",
        ),
        (
            "(base: \"baseline_2025\", events: [Patch((id: \"misuse_incident\", effects: [(quantity: \"china.chips.blocked_share\", op: Add(5.0), duration: Once)]))])",
            "more than its whole range",
        ),
        (
            "(base: \"baseline_2025\", policies: [Patch((id: \"shared_compute_reporting\", excludes: [\"shared_misuse_dialogue\"]))])",
            "can never be enacted",
        ),
        (
            "(base: \"baseline_2025\", events: [Patch((id: \"deepseek_moment\", choices: [(label: \"a\"), (label: \"b\")]))])",
            "the players' choice changes nothing",
        ),
        (
            "(base: \"baseline_2025\", events: [Patch((id: \"misuse_talks_offer\", when: [Above(\"game.tension\", 100.0)]))])",
            "the event can never fire",
        ),
        (
            "(base: \"baseline_2025\", set: [(\"world.risk.initial\", 10.0)])",
            "this changes nothing",
        ),
        (
            "(base: \"baseline_2025\", set: [(\"world.risk.initial\", 12.0)])",
            "keeps the base's source",
        ),
    ];
    for (i, (text, fragment)) in cases.into_iter().enumerate() {
        let w = warnings_of(&format!("warn{i}"), text);
        assert!(
            w.contains(fragment),
            "case {i}: expected `{fragment}` in:\n{w}"
        );
        assert!(!w.is_empty());
    }
    // A scenario without lead_par_months: scored by the old rule, said so.
    let without = BASELINE.replacen("lead_par_months: Some(3.0),", "", 1);
    assert_ne!(without, BASELINE);
    let w = warnings_of("par", &without);
    assert!(w.contains("has no lead_par_months"), "{w}");
}

/// The baseline with two events that know policies: one that needs a shared policy in force,
/// and a choice whose first option enacts a policy for the US.
fn with_policy_events() -> Scenario {
    let text = r#"(
    base: "baseline_2025",
    events: [
        Add((
            id: "hotline_call", name: "A call on the hotline", side: world,
            when: [InForce("shared_misuse_dialogue")], chance: 1.0, recurring: true,
            effects: [(quantity: "game.tension", op: Add(-1.0), duration: Once)],
            description: "d", source: "model: test", prompt: "p",
        )),
        Add((
            id: "reporting_offer", name: "An offer to report compute", side: us,
            window: (from: (year: 2030, quarter: 4), to: (year: 2030, quarter: 4)),
            chance: 0.0, recurring: false,
            choices: [
                (label: "Agree", orders: [Enact("shared_compute_reporting")]),
                (label: "Decline", effects: [(quantity: "game.tension", op: Add(2.0), duration: Once)]),
            ],
            description: "d", source: "model: test", prompt: "p",
        )),
    ],
)"#;
    Scenario::from_ron_str(text, "policy_events.ron").unwrap_or_else(|e| panic!("{e}"))
}

fn fired(sim: &Sim, s: &Scenario, id: &str) -> usize {
    let event = EventId::find(s, id).unwrap();
    sim.journal()
        .iter()
        .filter(|j| matches!(j, ai_race::sim::game::JournalEntry::EventFired { event: e, .. } if *e == event))
        .count()
}

#[test]
fn an_event_can_wait_for_a_policy_to_be_in_force() {
    let s = with_policy_events();
    let mut sim = Sim::new(&s, 3);
    for _ in 0..3 {
        sim.advance_turn();
    }
    assert_eq!(
        fired(&sim, &s, "hotline_call"),
        0,
        "no dialogue, no hotline call"
    );
    let dialogue = PolicyId::find(&s, "shared_misuse_dialogue").unwrap();
    sim.submit(Side::Us, Command::Enact { policy: dialogue })
        .unwrap();
    sim.advance_turn();
    sim.advance_turn();
    assert!(
        fired(&sim, &s, "hotline_call") >= 1,
        "the dialogue in force, the call comes"
    );
}

#[test]
fn a_choice_can_enact_a_policy_checked_like_an_order() {
    let s = with_policy_events();
    let offer = EventId::find(&s, "reporting_offer").unwrap();
    let reporting = PolicyId::find(&s, "shared_compute_reporting").unwrap();
    let dialogue = PolicyId::find(&s, "shared_misuse_dialogue").unwrap();
    let agree = Command::AnswerEvent {
        event: offer,
        choice: 0,
    };
    // Without its prerequisite, agreeing cannot be chosen.
    let mut sim = Sim::new(&s, 3);
    sim.force_event(offer);
    sim.advance_turn();
    let err = sim.submit(Side::Us, agree).unwrap_err().to_string();
    assert!(err.contains("option 1 of `reporting_offer`"), "{err}");
    assert!(err.contains("shared_misuse_dialogue"), "{err}");
    // With it, agreeing enacts the policy for the US.
    let mut sim = Sim::new(&s, 3);
    sim.submit(Side::Us, Command::Enact { policy: dialogue })
        .unwrap();
    sim.advance_turn();
    sim.force_event(offer);
    sim.advance_turn();
    sim.submit(Side::Us, agree).unwrap();
    sim.advance_turn();
    let view = sim.view(Side::Us);
    assert!(
        view.own.policies.in_force(reporting),
        "agreeing enacted compute reporting"
    );
}

#[test]
fn the_example_overlays_validate_without_warnings_and_play() {
    for path in common::examples() {
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(overlay::is_overlay(&text), "{}", path.display());
        let checked = Scenario::check(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            checked.warnings.list.is_empty(),
            "{}:\n{}",
            path.display(),
            checked.warnings.plain()
        );
        let mut sim = Sim::new(&checked.scenario, 11);
        while sim.advance_turn() {}
        assert!(
            sim.outcome().is_over(),
            "{} plays to the end",
            path.display()
        );
    }
    // The guide's large example: 30 parameters, a new start, 4 policies and 4 events added,
    // in under 250 lines.
    let cold = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/examples/cold_war_2.ron"
    );
    let text = std::fs::read_to_string(cold).unwrap();
    assert!(text.lines().count() < 250, "{} lines", text.lines().count());
    let s = Scenario::load(Path::new(cold)).unwrap();
    let base = common::baseline();
    let changed = ai_race::scenario::params::param_list(&s)
        .into_iter()
        .zip(ai_race::scenario::params::param_list(&base))
        .filter(|(a, b)| a.0 == b.0 && a.1.to_bits() != b.1.to_bits())
        .count();
    assert!(changed >= 30, "{changed} parameters changed");
    assert_ne!(s.start, base.start);
    let added = |ids: Vec<&str>, old: Vec<&str>| ids.iter().filter(|i| !old.contains(i)).count();
    assert!(
        added(
            s.policies.iter().map(|p| p.id.as_str()).collect(),
            base.policies.iter().map(|p| p.id.as_str()).collect()
        ) >= 4
    );
    assert!(
        added(
            s.events.iter().map(|p| p.id.as_str()).collect(),
            base.events.iter().map(|p| p.id.as_str()).collect()
        ) >= 4
    );
}

/// A value an overlay sets outside the range its base wrote for it is refused, with the help
/// saying how to give the new value a range of its own (the validator marks the problem's
/// kind; the overlay does not read its English).
#[test]
fn a_value_set_outside_the_bases_range_is_told_how_to_give_it_a_range() {
    let text = r#"(
    base: "baseline_2025.ron",
    set: [("china.chips.smuggle_rate", 0.9, "model: a test value")],
)"#;
    let err = load("own-range", text).expect_err("0.9 lies outside the base's (0.05, 0.4)");
    let d = err
        .diagnostics()
        .iter()
        .find(|d| d.message.contains("outside its own range"))
        .unwrap_or_else(|| panic!("a range problem: {}", err.plain()));
    let help = d.help.as_deref().unwrap_or_default();
    assert!(
        help.contains("its own range as a fourth element"),
        "the help says how: {help}"
    );
}
