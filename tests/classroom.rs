//! The classroom kit: branch and compare, experiments, the debrief, assumption sets.

use std::path::PathBuf;
use std::process::Command as Process;

use ai_race::ai::{ComputerPlayer, Level};
use ai_race::branch::{branch, compare};
use ai_race::experiment::{self, Spec, Variant};
use ai_race::report::History;
use ai_race::save::SaveGame;
use ai_race::scenario::params::{set_param, with_assumptions};
use ai_race::sim::orders::Command;
use ai_race::{Scenario, Side};

const BIN: &str = env!("CARGO_BIN_EXE_ai-race");
const BASELINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/baseline_2025.ron");

fn baseline() -> Scenario {
    Scenario::load(std::path::Path::new(BASELINE)).expect("baseline")
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ai-race-classroom-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// A computer-vs-computer game, recorded.
fn played(s: &Scenario, seed: u64, levels: [Level; 2]) -> SaveGame {
    let mut players = [
        ComputerPlayer::new(s, Side::Us, levels[0], None, seed).unwrap(),
        ComputerPlayer::new(s, Side::China, levels[1], None, seed).unwrap(),
    ];
    let (_, session) = History::play_computers(s, seed, false, &mut players, &mut |_| {});
    session.save_game().clone()
}

fn orders_of(save: &SaveGame, turn: u32, side: Side) -> Vec<Command> {
    save.turns[(turn - 1) as usize]
        .orders
        .iter()
        .filter(|(w, _)| *w == side)
        .map(|(_, c)| *c)
        .collect()
}

#[test]
fn a_branch_with_the_same_orders_reproduces_the_game_exactly() {
    let s = baseline();
    for (seed, levels, turn, side) in [
        (3, [Level::Easy, Level::Normal], 5, Side::Us),
        (11, [Level::Rules, Level::Easy], 9, Side::China),
        (4, [Level::Random, Level::Easy], 1, Side::Us),
    ] {
        let original = played(&s, seed, levels);
        let same = orders_of(&original, turn, side);
        let again = branch(&original, turn, side, &same, Level::Normal).expect("branch");
        let again = again.save_game();
        assert_eq!(again.turns.len(), original.turns.len(), "seed {seed}");
        for (a, b) in original.turns.iter().zip(&again.turns) {
            assert_eq!(a.hash, b.hash, "seed {seed}: turn {} differs", a.turn);
            assert_eq!(a.orders, b.orders, "seed {seed}: turn {} orders", a.turn);
        }
        let cmp = compare(&original, again).expect("compare");
        assert!(cmp.first_order.is_none() && cmp.first_state.is_none());
        assert!(cmp.biggest.is_empty());
    }
}

#[test]
fn a_branch_with_another_order_is_reported_at_that_turn_and_order_first() {
    let s = baseline();
    let original = played(&s, 5, [Level::Easy, Level::Easy]);
    let turn = 6;
    let mut changed = orders_of(&original, turn, Side::China);
    let extra = Command::parse(&s, "budget:0.2,0.6,0.2").expect("order");
    changed.retain(|c| !matches!(c, Command::SetBudget { .. }));
    changed.push(extra);
    let new = branch(&original, turn, Side::China, &changed, Level::Normal).expect("branch");
    let cmp = compare(&original, new.save_game()).expect("compare");
    let (t, side, _, b) = cmp.first_order.clone().expect("a difference");
    assert_eq!((t, side), (turn, Side::China));
    assert!(b.contains(&"budget:0.2,0.6,0.2".to_string()), "{b:?}");
    assert_eq!(cmp.first_state, Some(turn));
    let text = cmp.text(&s, 5);
    let first = text.lines().next().unwrap();
    assert!(
        first.contains("turn 6") && first.contains("budget:0.2,0.6,0.2"),
        "{text}"
    );
    // Turns before the branch are untouched.
    for t in 0..(turn - 1) as usize {
        assert_eq!(original.turns[t].hash, new.save_game().turns[t].hash);
    }
    // An order the game refuses is an error that names it.
    let bad = Command::parse(&s, "enact:china_national_cloud").unwrap();
    let refused = branch(&original, 2, Side::Us, &[bad], Level::Normal);
    assert!(refused.is_err_and(|e| e.contains("enact:china_national_cloud")));
    assert!(branch(&original, 99, Side::Us, &[], Level::Normal).is_err());
}

#[test]
fn orders_read_back_as_written() {
    let s = baseline();
    for text in [
        "enact:us_export_controls",
        "level:us_export_controls=3",
        "budget:0.5,0.2,0.3",
        "repeal:china_national_cloud",
    ] {
        let c = Command::parse(&s, text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(c.to_text(&s), text);
    }
    let e = Command::parse(&s, "enact:us_export_control").unwrap_err();
    assert!(e.contains("us_export_controls"), "{e}");
    assert!(Command::parse(&s, "fly:moon").is_err());
    assert!(Command::parse(&s, "budget:0,0,0").is_err());
}

/// Run `ai-race experiment --scenario <the baseline>` with more arguments.
fn experiment(args: &[&str]) -> std::process::Output {
    Process::new(BIN)
        .args(["experiment", "--scenario", BASELINE])
        .args(args)
        .output()
        .unwrap()
}

fn small_spec(s: &Scenario, runs: u32, seed: u64) -> Spec {
    Spec {
        runs,
        seed,
        levels: [Level::Easy, Level::Random],
        doctrines: [None, None],
        variants: vec![
            Variant {
                label: "as written".into(),
                scenario: s.clone(),
                value: None,
            },
            Variant {
                label: "china.chips.smuggle_rate=0.05".into(),
                scenario: set_param(s, "china.chips.smuggle_rate", 0.05).unwrap(),
                value: Some(0.05),
            },
        ],
    }
}

#[test]
fn experiment_csv_is_the_same_for_any_thread_count_and_run() {
    let s = baseline();
    let spec = small_spec(&s, 37, 9);
    let csvs = |threads: usize| {
        let r = experiment::run(&spec, threads, &|_| {}).expect("run");
        (
            experiment::runs_csv(&r).unwrap(),
            experiment::per_turn_csv(&r).unwrap(),
        )
    };
    let one = csvs(1);
    assert_eq!(one, csvs(2));
    assert_eq!(one, csvs(3));
    assert_eq!(one, csvs(1));
    assert_eq!(one.0.lines().count(), 1 + 2 * 37);
    assert_eq!(one.1.lines().count(), 1 + 2 * (s.turns as usize + 1));
    // A different seed gives different games.
    let other = experiment::run(&small_spec(&s, 37, 10), 2, &|_| {}).unwrap();
    assert_ne!(one.0, experiment::runs_csv(&other).unwrap());
}

#[test]
fn experiment_batches_agree_with_single_games() {
    // Game k of an experiment is the game a single Sim plays with the same seed and players.
    // (Levels without lookahead decide from views without the rival's estimates in
    // experiments, and from full views in games: the same orders.)
    let s = baseline();
    for levels in [
        [Level::Easy, Level::Easy],
        [Level::Random, Level::Rules],
        [Level::Rules, Level::Easy],
    ] {
        let spec = Spec {
            runs: 3,
            seed: 21,
            levels,
            doctrines: [None, None],
            variants: vec![Variant {
                label: "x".into(),
                scenario: s.clone(),
                value: None,
            }],
        };
        let r = experiment::run(&spec, 1, &|_| {}).unwrap();
        for run in &r[0].runs {
            let save = played(&s, run.seed, levels);
            let last = save.turns.last().unwrap();
            let lead = last.snapshot.lead.months;
            assert_eq!(
                run.end[0].to_bits(),
                lead.to_bits(),
                "{levels:?} run {}",
                run.run
            );
            assert_eq!(run.turns, last.turn);
        }
    }
}

#[test]
fn experiment_command_writes_its_files_and_refuses_unknown_paths() {
    let out = temp("exp");
    let o = experiment(&[
        "--runs",
        "20",
        "--quiet",
        "--vary",
        "china.chips.smuggle_rate=0.05,0.3",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("china.chips.smuggle_rate=0.05") && stdout.contains("US wins"));
    for f in [
        "summary.md",
        "runs.csv",
        "per_turn.csv",
        "outcomes.svg",
        "outcomes.png",
        "lead.svg",
        "lead.png",
        "china_adoption.png",
        "risk.svg",
    ] {
        let meta = std::fs::metadata(out.join(f)).unwrap_or_else(|_| panic!("{f} missing"));
        assert!(meta.len() > 500, "{f} is nearly empty");
    }
    let o = experiment(&["--runs", "5", "--vary", "china.chip.smuggle_rate=0.1,0.2"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("no scenario parameter `china.chip.smuggle_rate`")
            && err.contains("china.chips.smuggle_rate"),
        "{err}"
    );
    let o = experiment(&["--runs", "5", "--assumptions", "nope"]);
    assert_eq!(o.status.code(), Some(2));
}

/// `--us-doctrine` and `--china-doctrine` hold each side to one doctrine in every game (the
/// runs file says which each game played); a doctrine the scenario lacks is refused, with the
/// ones it has.
#[test]
fn experiment_command_holds_the_doctrines_it_is_given() {
    let out = temp("exp-doctrines");
    let o = experiment(&[
        "--runs",
        "12",
        "--quiet",
        "--us-doctrine",
        "us_run_faster",
        "--china-doctrine",
        "china_acquisition",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let runs = std::fs::read_to_string(out.join("runs.csv")).unwrap();
    let rows: Vec<&str> = runs.lines().skip(1).collect();
    assert_eq!(rows.len(), 12);
    assert!(
        rows.iter()
            .all(|r| r.contains(",us_run_faster,china_acquisition,")),
        "{runs}"
    );
    let o = experiment(&["--runs", "5", "--us-doctrine", "us_faster"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("us_faster") && err.contains("us_run_faster"),
        "{err}"
    );
}

#[test]
fn branch_compare_and_report_from_the_command_line() {
    let s = baseline();
    let save = played(&s, 8, [Level::Easy, Level::Easy]);
    let a = temp("a.aisave");
    let session = ai_race::save::Session::resume(save.clone()).unwrap();
    session.save_to(&a).unwrap();
    let b = temp("b.aisave");
    let o = Process::new(BIN)
        .args([
            "branch",
            a.to_str().unwrap(),
            "--turn",
            "4",
            "--side",
            "us",
            "--order",
            "budget:0.2,0.6,0.2",
            "--out",
            b.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = Process::new(BIN)
        .args(["compare", a.to_str().unwrap(), b.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success());
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.starts_with("First difference: turn 4") && text.contains("budget:0.2,0.6,0.2"),
        "{text}"
    );
    let o = Process::new(BIN)
        .args([
            "branch",
            a.to_str().unwrap(),
            "--turn",
            "4",
            "--side",
            "us",
            "--order",
            "enact:nothing",
            "--out",
            b.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));

    let dir = temp("debrief");
    let o = Process::new(BIN)
        .args([
            "report",
            b.to_str().unwrap(),
            "--out",
            dir.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = std::fs::read_to_string(dir.join("debrief.html")).unwrap();
    assert!(html.matches("<svg").count() >= 4);
    assert!(html.contains("id=\"timeline\"") && html.contains("class=\"prompt\""));
    // Nothing is fetched: no scripts, no external sources or style sheets (SVG namespaces
    // are names, not fetches).
    for bad in [
        "<script",
        "src=\"http",
        "href=\"http",
        "@import",
        "url(http",
    ] {
        assert!(!html.contains(bad), "the debrief has {bad}");
    }
    assert!(std::fs::metadata(dir.join("history.csv")).unwrap().len() > 1000);
    assert!(std::fs::metadata(dir.join("history.json")).unwrap().len() > 1000);

    // The same debrief in Arabic and in Chinese: the page says its language and direction,
    // its headings and the scenario's words are translated, and it names the fonts written
    // beside it rather than anything on the network.
    for (lang, dir_attr, words) in [
        ("ar", "rtl", ["الخط الزمني", "أسئلة للنقاش", "ضوابط"]),
        ("zh-CN", "ltr", ["时间线", "讨论问题", "出口管制"]),
    ] {
        let out = temp(&format!("debrief-{lang}"));
        let o = Process::new(BIN)
            .args([
                "report",
                b.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--lang",
                lang,
            ])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let page = std::fs::read_to_string(out.join("debrief.html")).unwrap();
        assert!(
            page.contains(&format!("lang=\"{lang}\" dir=\"{dir_attr}\"")),
            "{lang}"
        );
        for w in words {
            assert!(page.contains(w), "the {lang} debrief lacks {w}");
        }
        for english in [
            "Timeline",
            "What happened",
            "Questions for discussion",
            " enacts ",
        ] {
            assert!(!page.contains(english), "the {lang} debrief says {english}");
        }
        assert!(out.join("fonts/NotoSansArabic-Regular.ttf").is_file());
    }
    let o = Process::new(BIN)
        .args([
            "report",
            b.to_str().unwrap(),
            "--out",
            dir.to_str().unwrap(),
            "--lang",
            "xx",
        ])
        .output()
        .unwrap();
    // An unknown language is said, with the languages there are, and the page is English.
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("no `xx` translation") && err.contains("zh-CN"),
        "{err}"
    );
}

#[test]
fn assumption_sets_change_their_parameters_and_are_checked() {
    let s = baseline();
    assert!(
        !s.assumptions.is_empty(),
        "the baseline offers assumption sets"
    );
    for set in &s.assumptions {
        let changed = with_assumptions(&s, &set.id).expect("applies");
        for e in &set.set {
            assert_eq!(
                ai_race::scenario::params::get_param(&changed, &e.path)
                    .unwrap()
                    .to_bits(),
                e.value.to_bits()
            );
        }
        assert!(changed.name.contains(&set.name));
    }
    assert!(with_assumptions(&s, "nope").is_err());
    // A set naming a parameter that does not exist fails validation with the path.
    let text = std::fs::read_to_string(BASELINE).unwrap();
    let broken = text.replacen("assumptions: [", "assumptions: [(id: \"bad\", name: \"Bad\", description: \"x\", source: \"model: test\", set: [(\"world.nothing\", 1.0)]),", 1);
    let err = Scenario::from_ron_str(&broken, "broken.ron")
        .unwrap_err()
        .to_string();
    assert!(err.contains("world.nothing"), "{err}");
}

#[test]
fn the_window_s_stepped_experiment_matches_the_threaded_one() {
    let s = baseline();
    let spec = small_spec(&s, 23, 4);
    let threaded = experiment::run(&spec, 2, &|_| {}).unwrap();
    let mut stepper = experiment::Stepper::new(spec, 5);
    let mut guard = 0;
    while !stepper.finished() {
        stepper.step().unwrap();
        guard += 1;
        assert!(guard < 100_000, "the stepper never finishes");
    }
    assert!((stepper.progress() - 1.0).abs() < 1e-9);
    let stepped = stepper.results();
    assert_eq!(
        experiment::runs_csv(&threaded).unwrap(),
        experiment::runs_csv(&stepped).unwrap()
    );
    assert_eq!(
        experiment::per_turn_csv(&threaded).unwrap(),
        experiment::per_turn_csv(&stepped).unwrap()
    );
}

#[test]
fn a_branch_at_the_next_turn_lets_the_computer_finish_a_game() {
    let s = baseline();
    let mut players = [
        ComputerPlayer::new(&s, Side::Us, Level::Easy, None, 2).unwrap(),
        ComputerPlayer::new(&s, Side::China, Level::Easy, None, 2).unwrap(),
    ];
    let mut session = ai_race::save::Session::new(
        &s,
        2,
        [
            ai_race::save::Player::Human,
            ai_race::save::Player::Computer {
                level: "easy".into(),
                doctrine: players[1].doctrine(&s).map(|d| d.id.clone()),
            },
        ],
    );
    for _ in 0..3 {
        for side in Side::BOTH {
            let d = players[side.index()].decide(&s, &session.sim().view(side));
            for c in d.commands {
                let _ = session.submit(side, c);
            }
        }
        session.advance_turn();
    }
    let save = session.save_game().clone();
    let order = Command::parse(&s, "budget:1,1,1").unwrap();
    let done = branch(&save, 4, Side::Us, &[order], Level::Easy).expect("branch at the next turn");
    assert!(done.sim().outcome().is_over());
    assert_eq!(&done.save_game().turns[..3], &save.turns[..]);
}

#[test]
fn every_shipped_scenario_validates_and_plays_to_the_end_under_every_level() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    for path in files {
        let s = Scenario::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for level in [
            Level::Random,
            Level::Easy,
            Level::Normal,
            Level::Hard,
            Level::Rules,
        ] {
            let mut players = [Side::Us, Side::China].map(|side| {
                let mut p = ComputerPlayer::new(&s, side, level, None, 5).unwrap();
                // Small lookahead budgets keep the debug build fast; the level's code path is the same.
                if let Some(b) = p.budget.as_mut() {
                    b.candidates = 2;
                    b.samples = 1;
                    b.depth = 2;
                    b.pairs = 0;
                }
                p
            });
            let (h, _) = History::play_computers(&s, 5, false, &mut players, &mut |_| {});
            assert!(
                h.outcome.is_over(),
                "{} under {}: not over after {} turns",
                path.display(),
                level.name(),
                h.turns.len()
            );
        }
    }
}

/// Write a save to a file for the class report.
fn save_file(save: &SaveGame, name: &str) -> PathBuf {
    let path = temp(name);
    let session = ai_race::save::Session::resume(save.clone()).expect("resumes");
    session.save_to(&path).expect("writes");
    path
}

/// A class report of three games of the baseline, one of another scenario and two files
/// that are not saves: the games are grouped by scenario, each game is a row, its lead a
/// curve and its orders a line of the timeline; the other files are named and skipped.
#[test]
fn the_class_report_groups_games_by_scenario_and_skips_what_is_not_a_save() {
    use ai_race::i18n::Strings;
    use ai_race::report::class;
    let s = baseline();
    let mut files: Vec<PathBuf> = (1..=3)
        .map(|seed| {
            save_file(
                &played(&s, seed, [Level::Easy, Level::Easy]),
                &format!("class-{seed}.aisave"),
            )
        })
        .collect();
    let taiwan = Scenario::load(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/taiwan_crisis.ron"
    )))
    .unwrap();
    files.push(save_file(
        &played(&taiwan, 9, [Level::Rules, Level::Easy]),
        "class-taiwan.aisave",
    ));
    let broken = temp("class-broken.aisave");
    std::fs::write(&broken, "AI-RACE-SAVE format=3 damaged").unwrap();
    files.push(broken);
    files.push(PathBuf::from(BASELINE));
    let (games, skipped) = class::load(&files);
    assert_eq!(games.len(), 4);
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(
        skipped
            .iter()
            .any(|k| k.file.ends_with("class-broken.aisave"))
    );
    assert!(
        skipped
            .iter()
            .any(|k| k.file.ends_with("baseline_2025.ron"))
    );
    let groups = class::groups(&games);
    assert_eq!(groups.iter().map(Vec::len).collect::<Vec<_>>(), vec![3, 1]);
    let page = class::html(&games, &skipped, &Strings::english());
    assert_eq!(page.matches("<section class=\"scenario\"").count(), 2);
    assert_eq!(page.matches("<tr class=\"game\">").count(), 4);
    assert_eq!(page.matches("<tr class=\"game-line\">").count(), 4);
    assert!(page.contains("class-broken.aisave") && page.contains("Files skipped"));
    assert!(page.contains("Where each game parted from class-1.aisave"));
    let csv = class::csv(&games).unwrap();
    assert_eq!(csv.lines().count(), 5, "a header and one row per game");
    // The browser's way: the same saves as picked files (name, text).
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|f| {
            (
                f.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(f).unwrap(),
            )
        })
        .collect();
    let (picked, skipped_picked) = class::load_texts(&texts);
    assert_eq!((picked.len(), skipped_picked.len()), (4, 2));
    assert_eq!(
        class::csv(&picked).unwrap().lines().count(),
        5,
        "the same games as from the files"
    );
    // In Chinese, the same report in Chinese words.
    let zh = Strings::for_language("zh-CN", std::path::Path::new("/nonexistent")).unwrap();
    let page = class::html(&games, &skipped, &zh);
    assert!(page.contains("班级报告") && page.contains("lang=\"zh-CN\""));
}
