//! The game window driven as a player would, without a window: egui_kittest runs the same
//! screens the Bevy app draws and finds widgets through their accessibility labels.
#![cfg(feature = "gui")]

use std::path::{Path, PathBuf};

use ai_race::Scenario;
use ai_race::gui::shell::{Screen, Shell};
use ai_race::scenario::{EventSide, PolicyKind};
use ai_race::sim::quantity::Side;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn baseline() -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/baseline_2025.ron");
    Scenario::load(&path).expect("baseline loads")
}

/// The baseline with one China event made certain from the first turn, so the test has an
/// event to answer.
fn with_certain_china_event() -> (Scenario, String, String) {
    let mut s = baseline();
    let e = s
        .events
        .iter_mut()
        .find(|e| e.side == EventSide::China && e.choices.len() >= 2)
        .expect("the baseline has a China event with choices");
    e.chance = 1.0;
    e.window = None;
    e.when.clear();
    e.recurring = false;
    let (name, first_choice) = (e.name.clone(), e.choices[0].label.clone());
    (s, name, first_choice)
}

/// Everything the harness shows, as one string (labels and values of all nodes).
fn screen_text(h: &Harness<'_, Shell>) -> String {
    let mut out = Vec::new();
    for node in h.query_all_by(|_| true) {
        let n = node.accesskit_node();
        if let Some(l) = n.label() {
            out.push(l.to_string());
        }
        if let Some(v) = n.value() {
            out.push(v.to_string());
        }
    }
    out.join("\n")
}

fn app(ui: &mut egui::Ui, shell: &mut Shell) {
    // As the window does each frame: the text direction of the language.
    ai_race::gui::bidi::set_rtl(ui.ctx(), shell.strings.rtl());
    shell.ui(ui);
    // The window runs the computer's thinking on a worker thread; here it runs in place.
    if let Some(play) = shell.play.as_mut() {
        play.think_in_place();
    }
}

fn saves_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn a_player_starts_as_china_enacts_answers_ends_turns_charts_and_saves() {
    let (scenario, event_name, first_choice) = with_certain_china_event();
    let dir = saves_dir("window-test-saves");
    let mut shell = Shell::new(dir.clone());
    // The player picks the scenario file; here the modified baseline is put in the form.
    shell.new_game.scenario = Some(scenario.clone());
    shell.new_game.shipped = None;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 3000.0))
        .build_ui_state(app, shell);

    // Title → new game.
    h.get_by_label("New game").click();
    h.run();
    assert_eq!(h.state().screen, Screen::NewGame);
    h.get_by_label("China").click();
    h.get_by_label("Easy — follows its doctrine, no lookahead (recommended for a first game)")
        .click();
    h.run();
    h.get_by_label("Start the game").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Game);

    // The guided first turn opens; skip it.
    let text = screen_text(&h);
    assert!(text.contains("Guided first turn (1/7)"));
    assert!(
        text.contains("How you win") && text.contains("A first move to try: enact"),
        "the first step says how you win and suggests a move: {text}"
    );
    h.get_by_label("Skip the tour").click();
    h.run();
    let text = screen_text(&h);
    assert!(!text.contains("Guided first turn"));
    assert!(text.contains("2025 Q1"), "the date shows");
    assert!(text.contains("▲ China"), "the side shows with its mark");
    assert!(
        text.contains("United States (estimates)"),
        "the rival is shown through the fog"
    );
    assert!(text.contains("No orders yet"));

    // Enact the two cheapest toggles China can afford. The Enact buttons are in the order
    // the screen lists policies: by category, in scenario order.
    let mut categories: Vec<&str> = Vec::new();
    for p in &scenario.policies {
        if p.side.allows(Side::China) && !categories.contains(&p.category.as_str()) {
            categories.push(&p.category);
        }
    }
    let toggles: Vec<&ai_race::scenario::PolicyDef> = categories
        .iter()
        .flat_map(|c| {
            scenario.policies.iter().filter(move |p| {
                p.category == *c
                    && p.side.allows(Side::China)
                    && p.kind == PolicyKind::Toggle
                    && !p.start_active
            })
        })
        .collect();
    let mut by_cost: Vec<usize> = (0..toggles.len())
        .filter(|&i| toggles[i].requires.is_empty() && toggles[i].excludes.is_empty())
        .collect();
    by_cost.sort_by(|&a, &b| toggles[a].cost.capital.total_cmp(&toggles[b].cost.capital));
    let chosen = [by_cost[0], by_cost[1]];
    for &i in &chosen {
        h.get_all_by_label("Enact")
            .nth(i)
            .expect("an Enact button")
            .click();
        h.run();
    }
    let text = screen_text(&h);
    for &i in &chosen {
        let line = format!("• Enact: {}", toggles[i].name);
        assert!(text.contains(&line), "{line} is in the orders:\n{text}");
    }
    assert!(!text.contains("Refused:"));

    // End the first turn: the policies are enacted and the event arrives.
    h.get_by_label("End turn (Enter)").click();
    h.run();
    let text = screen_text(&h);
    assert!(text.contains("2025 Q2"), "the next quarter shows");
    for &i in &chosen {
        let news = format!("China enacts {}", toggles[i].name);
        assert!(text.contains(&news), "{news} is in the news");
    }
    assert!(text.contains(&event_name), "the event card shows");

    // Answer the event.
    h.get_by_label(&first_choice).click();
    h.run();
    let text = screen_text(&h);
    assert!(text.contains(&format!("• {event_name}: {first_choice}")));

    // Two more turns.
    h.get_by_label("End turn (Enter)").click();
    h.run();
    let text = screen_text(&h);
    assert!(text.contains("2025 Q3"));
    assert!(text.contains(&format!("China answers {event_name}: {first_choice}")));
    h.get_by_label("End turn (Enter)").click();
    h.run();
    assert!(screen_text(&h).contains("2025 Q4"));
    assert_eq!(h.state().play.as_ref().map(|p| p.turn()), Some(3));

    // Charts.
    h.get_by_label("Charts (C)").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Charts);
    let text = screen_text(&h);
    assert!(text.contains("Effective compute"));
    h.get_by_label("Back").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Game);

    // The menu and back: the game is kept.
    h.get_by_label("Menu").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Title);
    h.get_by_label("Continue the game").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Game);
    assert!(screen_text(&h).contains("2025 Q4"));

    // Save.
    h.get_by_label("Save (Ctrl+S)").click();
    h.run();
    // Named by the turn and date on screen (2025 Q4 is the fourth turn).
    let saved = dir.join("save-turn04-2025Q4.aisave");
    assert!(saved.exists(), "the save file is written");
    assert!(screen_text(&h).contains("Saved to"));
    let (loaded, _) = ai_race::save::Session::load(&saved).expect("the save loads");
    assert_eq!(loaded.sim().turn(), 3);
}

#[test]
fn a_broken_scenario_shows_its_diagnostics_and_the_player_stays() {
    let dir = saves_dir("window-test-broken");
    let bad = dir.join("bad.ron");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(&bad, "(name: \"x\", turns: \"many\")").unwrap();
    let mut shell = Shell::new(dir);
    shell.screen = Screen::NewGame;
    shell.new_game.path = bad.display().to_string();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 1400.0))
        .build_ui_state(app, shell);
    h.get_by_label("Open").click();
    h.run();
    let text = screen_text(&h);
    assert_eq!(h.state().screen, Screen::NewGame);
    assert!(text.contains("This scenario cannot be played"));
    assert!(
        text.contains("bad.ron:1:"),
        "the diagnostics name line and column:\n{text}"
    );
}

#[test]
fn hot_seat_hides_the_first_players_orders() {
    let dir = saves_dir("window-test-hotseat");
    let mut shell = Shell::new(dir);
    shell.settings.guide = false;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 3000.0))
        .build_ui_state(app, shell);
    h.get_by_label("New game").click();
    h.run();
    h.get_by_label("Hot-seat (two players, one screen)").click();
    h.run();
    h.get_by_label("Start the game").click();
    h.run();
    h.get_by_label("I play for the United States — show my screen")
        .click();
    h.run();
    h.get_all_by_label("Enact")
        .next()
        .expect("a US policy")
        .click();
    h.run();
    assert!(screen_text(&h).contains("• Enact:"));
    h.get_by_label("End turn (Enter)").click();
    h.run();
    let text = screen_text(&h);
    assert!(text.contains("Pass the screen to China"));
    assert!(!text.contains("• Enact:"), "the US orders are hidden");
    assert!(
        text.contains("The orders of the United States are hidden")
            && !text.contains("United States's"),
        "{text}"
    );
    assert!(
        text.contains("For the whole room")
            && text.contains("United States: policies in force")
            && text.contains("North America"),
        "a public screen between turns: {text}"
    );
    assert!(
        !text.contains("(estimates)"),
        "no side's estimates on the public screen"
    );
    h.get_by_label("I play for China — show my screen").click();
    h.run();
    let text = screen_text(&h);
    assert!(
        text.contains("No orders yet"),
        "China sees only its own orders"
    );
    assert!(
        !text.contains("The computer has not moved yet"),
        "no computer in a two-player game"
    );
    h.get_by_label("End turn (Enter)").click();
    h.run();
    assert!(screen_text(&h).contains("Pass the screen to the United States"));
    assert_eq!(h.state().play.as_ref().map(|p| p.turn()), Some(1));
}

#[test]
fn the_load_screen_opens_a_save_and_reports_a_broken_one() {
    let dir = saves_dir("window-test-load");
    std::fs::create_dir_all(&dir).unwrap();
    // A game of three turns, saved from the command-line side of the game.
    let s = baseline();
    let mut session = ai_race::save::Session::new(
        &s,
        5,
        [
            ai_race::save::Player::Human,
            ai_race::save::Player::Computer {
                level: "easy".into(),
                doctrine: None,
            },
        ],
    );
    for _ in 0..3 {
        session.advance_turn();
    }
    let good = dir.join("save-turn03.aisave");
    session.save_to(&good).unwrap();
    let broken = dir.join("broken.aisave");
    std::fs::write(&broken, b"AI-RACE-SAVE 2\nnot a save at all").unwrap();

    let mut shell = Shell::new(dir.clone());
    shell.settings.guide = false;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 3000.0))
        .build_ui_state(app, shell);
    h.get_by_label("Load game").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Load);
    let text = screen_text(&h);
    assert!(
        text.contains("save-turn03.aisave — Baseline 2025")
            && text.contains("you: United States, against easy")
            && text.contains("turn 4/24, 2025 Q4")
            && text.contains("saved 0 min ago"),
        "the save is listed with its scenario, side, turn and age:\n{text}"
    );

    // The broken file: its error shows, the player stays.
    h.query_all_by(|n| n.label().is_some_and(|l| l.starts_with("broken.aisave")))
        .next()
        .expect("the broken save is listed")
        .click();
    h.run();
    assert_eq!(h.state().screen, Screen::Load);
    let text = screen_text(&h);
    assert!(text.contains("This save cannot be loaded"), "{text}");
    assert!(
        text.contains("broken.aisave"),
        "the error names the file:\n{text}"
    );

    // A class report of the listed saves: the good one reported, the broken one named.
    h.get_by_label("Class report of these saves").click();
    h.run();
    assert!(screen_text(&h).contains("Written:"), "{}", screen_text(&h));
    let page = std::fs::read_to_string(dir.join("class_report/class_report.html")).unwrap();
    assert_eq!(page.matches("<tr class=\"game\">").count(), 1);
    assert!(page.contains("broken.aisave"));

    // The good one: the game continues at turn 4, the US played by the person.
    h.query_all_by(|n| {
        n.label()
            .is_some_and(|l| l.starts_with("save-turn03.aisave"))
    })
    .next()
    .unwrap()
    .click();
    h.run();
    assert_eq!(h.state().screen, Screen::Game);
    let text = screen_text(&h);
    assert!(text.contains("2025 Q4"), "{text}");
    assert!(text.contains("■ United States"));
    assert!(
        text.contains("Event: "),
        "a loaded game shows its past news:\n{text}"
    );
    h.get_by_label("End turn (Enter)").click();
    h.run();
    assert_eq!(h.state().play.as_ref().map(|p| p.turn()), Some(4));
}

/// A short game against the easy computer, started from the shell (no clicks needed).
fn short_game(name: &str, turns: u32) -> Shell {
    let mut s = baseline();
    s.turns = turns;
    let mut shell = Shell::new(saves_dir(name));
    shell.settings.guide = false;
    shell.new_game.scenario = Some(s);
    shell.new_game.shipped = None;
    shell.new_game.level = ai_race::ai::Level::Easy;
    shell.start_game().expect("starts");
    shell
}

#[test]
fn a_teacher_rewinds_branches_and_sees_where_the_timelines_part() {
    let shell = short_game("window-branch", 24);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1400.0))
        .build_ui_state(app, shell);
    h.run();
    for _ in 0..3 {
        h.get_by_label("End turn (Enter)").click();
        h.run();
    }
    assert_eq!(h.state().play.as_ref().unwrap().turn(), 3);
    h.get_by_label("Charts (C)").click();
    h.run();
    h.state_mut().game_ui.branch_turn = 2;
    h.run();
    h.get_by_label("Branch from the start of turn 2").click();
    h.run();
    let play = h.state().play.as_ref().expect("a game");
    assert_eq!(play.turn(), 1, "the branch starts before turn 2");
    assert_eq!(play.original.as_ref().map(|(_, t)| *t), Some(2));
    assert_eq!(h.state().screen, Screen::Game);
    assert!(
        screen_text(&h).contains("A branch from turn 2"),
        "the game screen says a branch is being played"
    );
    // A different budget this time, then play the turn.
    let order = ai_race::Command::SetBudget {
        chips: 0.1,
        grid: 0.8,
        research: 0.1,
    };
    h.state_mut()
        .play
        .as_mut()
        .unwrap()
        .draft(Side::Us, order)
        .expect("a legal order");
    h.get_by_label("End turn (Enter)").click();
    h.run();
    h.get_by_label("Charts (C)").click();
    h.run();
    let text = screen_text(&h);
    assert!(
        text.contains("First difference: turn 2") && !text.contains("budget:0.1,0.8,0.1"),
        "the orders in words, not ids: {text}"
    );
    assert!(
        !text.contains("us.") && !text.contains("china."),
        "names, not paths: {text}"
    );
    assert!(text.contains("Original timeline"), "{text}");
}

#[test]
fn the_experiment_screen_runs_and_shows_outcomes_with_intervals() {
    let mut shell = Shell::new(saves_dir("window-experiment"));
    shell.experiment.runs = "6".into();
    shell.experiment.values = "0.9, 1.1".into();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1200.0))
        .build_ui_state(app, shell);
    h.run();
    h.get_by_label("Experiments").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Experiment);
    h.get_by_label("Run the experiment").click();
    for _ in 0..200 {
        h.step();
        if h.state().experiment.results.is_some() {
            break;
        }
    }
    h.run();
    let results = h.state().experiment.results.as_ref().expect("finished");
    assert_eq!(results.len(), 2);
    assert!(results.iter().all(|r| r.runs.len() == 6));
    let text = screen_text(&h);
    // Variants are named in words with their value (in English; an id in other languages);
    // the path is on hover.
    assert!(text.contains("capability returns exponent = 0.9"), "{text}");
    assert!(
        text.contains("US wins") && text.contains("Shared loss"),
        "{text}"
    );
    // A path that does not exist says so, with the nearest one.
    h.state_mut().experiment.path = "world.capability.return_exponent".into();
    h.run();
    h.get_by_label("Run the experiment").click();
    h.run();
    let err = h.state().experiment.error.clone().unwrap_or_default();
    assert!(err.contains("world.capability.returns_exponent"), "{err}");
    // Or the parameter is picked from the list, with its range as the values to try.
    h.state_mut().experiment.path.clear();
    h.run();
    h.query_all_by(|n| {
        let pick = |t: Option<String>| t.is_some_and(|t| t.starts_with("Pick a parameter"));
        pick(n.label().map(|l| l.to_string())) || pick(n.value().map(|v| v.to_string()))
    })
    .next()
    .expect("the parameter list")
    .click();
    h.run();
    let first = h
        .query_all_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with("world.") && l.contains(" = "))
        })
        .next()
        .expect("the parameters are listed with their values and ranges");
    let path = first
        .accesskit_node()
        .label()
        .unwrap()
        .split(" = ")
        .next()
        .unwrap()
        .to_string();
    first.click_accesskit();
    h.run();
    let form = &h.state().experiment;
    assert_eq!(form.path, path);
    assert_eq!(form.values.split(',').count(), 3, "{}", form.values);
}

#[test]
fn the_end_screen_exports_a_debrief() {
    let shell = short_game("window-debrief", 3);
    let dir = shell.saves_dir.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1400.0))
        .build_ui_state(app, shell);
    h.run();
    for _ in 0..3 {
        h.get_by_label("End turn (Enter)").click();
        h.run();
    }
    h.run();
    assert_eq!(h.state().screen, Screen::End);
    h.get_by_label("Export debrief").click();
    h.run();
    let text = screen_text(&h);
    assert!(text.contains("Written:"), "{text}");
    let pages: Vec<PathBuf> = std::fs::read_dir(dir.join("debrief"))
        .expect("a debrief folder")
        .flatten()
        .map(|e| e.path().join("debrief.html"))
        .collect();
    assert_eq!(pages.len(), 1);
    let html = std::fs::read_to_string(&pages[0]).expect("the page");
    assert!(html.contains("id=\"timeline\"") && html.matches("<svg").count() >= 4);
    // The class kit of the scenario, in the window's language, beside the saves.
    h.get_by_label("Print the class kit").click();
    h.run();
    let kit = dir.join("kit").join("en-US").join("kit.html");
    let html = std::fs::read_to_string(&kit).expect("the kit");
    assert_eq!(html.matches("<section class=\"page").count(), 5);
    assert!(
        dir.join("kit/en-US/fonts/DroidSansFallbackFull.ttf")
            .is_file()
    );
}

#[test]
fn thinking_for_a_replaced_game_does_not_reach_its_branch() {
    // Watch mode: the computer plays both sides. Three turns, then the computer starts
    // thinking for turn 4 while the teacher branches and takes the US.
    use ai_race::gui::play::{Mode, Play};
    let s = baseline();
    let mut play = Play::new(&s, 3, Mode::Watch, ai_race::ai::Level::Easy, [None, None]).unwrap();
    for _ in 0..3 {
        play.think_in_place();
        play.end_turn();
    }
    assert_eq!(play.turn(), 3);
    let stale = play.take_jobs();
    assert_eq!(stale.len(), 2, "both sides think for turn 4");
    let mut branch = play.branch(2, Some(Side::Us)).expect("branch");
    assert!(branch.is_human(Side::Us));
    for job in stale {
        branch.finish(job.run());
    }
    assert!(
        branch.is_human(Side::Us),
        "an old decision must not seat the computer again"
    );
    let order = ai_race::Command::SetBudget {
        chips: 0.2,
        grid: 0.6,
        research: 0.2,
    };
    branch.draft(Side::Us, order).unwrap();
    branch.think_in_place();
    branch.end_turn();
    branch.think_in_place();
    let played = &branch.session().unwrap().save_game().turns[1].orders;
    assert!(played.contains(&(Side::Us, order)), "{played:?}");
}

/// A game as China against `easy`, the guide closed, at the first turn's screen.
fn china_game(name: &str) -> Harness<'static, Shell> {
    china_game_of(name, None)
}

/// The same, of a given scenario (None: the shipped baseline the form opens with).
fn china_game_of(name: &str, scenario: Option<Scenario>) -> Harness<'static, Shell> {
    let mut shell = Shell::new(saves_dir(name));
    shell.settings.guide = false;
    if let Some(s) = scenario {
        shell.new_game.scenario = Some(s);
        shell.new_game.shipped = None;
    }
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 3000.0))
        .build_ui_state(app, shell);
    h.get_by_label("New game").click();
    h.run();
    h.get_by_label("China").click();
    h.get_by_label("Easy — follows its doctrine, no lookahead (recommended for a first game)")
        .click();
    h.run();
    h.get_by_label("Start the game").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Game);
    h
}

/// Click the first of the budget's number fields, type `text` and press Enter.
fn type_into_the_first_budget_field(h: &mut Harness<'_, Shell>, text: &str) {
    h.query_all_by_role(egui::accesskit::Role::SpinButton)
        .next()
        .expect("the budget's number fields")
        .click();
    h.run();
    h.query_all_by_role(egui::accesskit::Role::SpinButton)
        .next()
        .expect("the field, now being edited")
        .type_text(text);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.run();
}

fn turn(h: &Harness<'_, Shell>) -> u32 {
    h.state().play.as_ref().map_or(0, |p| p.turn())
}

/// Typing a number into a budget field and pressing Enter sets the number; it does not end
/// the turn. Enter with nothing focused still does.
#[test]
fn enter_in_a_text_field_does_not_end_the_turn() {
    let mut h = china_game("window-test-enter");
    type_into_the_first_budget_field(&mut h, "0.5");
    assert_eq!(turn(&h), 0, "Enter in a field must not end the turn");
    assert!(
        h.state()
            .play
            .as_ref()
            .unwrap()
            .drafts(Side::China)
            .iter()
            .any(|c| matches!(c, ai_race::Command::SetBudget { chips, .. } if (*chips - 0.5).abs() < 1e-9)),
        "the typed number was taken"
    );
    h.key_press(egui::Key::Enter);
    h.run();
    h.run();
    assert_eq!(turn(&h), 1, "Enter with no field focused ends the turn");
}

/// The top bar shows the capital left once the drafted orders are paid for, updated as an
/// order is drafted.
#[test]
fn the_capital_left_after_drafted_orders_shows_in_the_top_bar() {
    let mut h = china_game("window-test-capital");
    assert!(!screen_text(&h).contains("left after your orders"));
    h.get_all_by_label("Enact")
        .next()
        .expect("a China policy")
        .click();
    h.run();
    let text = screen_text(&h);
    let play = h.state().play.as_ref().unwrap();
    let left = play.capital_left(Side::China);
    let had = play.view(Side::China).own.politics.points;
    assert!(left < had, "an order costs capital: {left} of {had}");
    assert!(
        text.contains(&format!(
            "{} left after your orders",
            ai_race::gui::widgets::num(left)
        )),
        "{text}"
    );
}

/// Moving the budget drafts the new split at once (no button to forget), and each share
/// shows the money it buys.
#[test]
fn the_budget_applies_as_it_is_moved_and_shows_its_money() {
    let mut h = china_game("window-test-budget");
    assert!(
        screen_text(&h).contains("This quarter: chips $"),
        "each share shows its money"
    );
    type_into_the_first_budget_field(&mut h, "0.3");
    let play = h.state().play.as_ref().unwrap();
    assert!(
        play.drafts(Side::China)
            .iter()
            .any(|c| matches!(c, ai_race::Command::SetBudget { .. })),
        "the new split is an order: {:?}",
        play.drafts(Side::China)
    );
}

/// At the end the fog lifts: the rival's true numbers and the true lead beside the side's
/// estimates, and a sentence for each score axis.
#[test]
fn the_end_screen_shows_true_and_estimated_values_and_explains_the_axes() {
    let shell = short_game("window-end-truth", 2);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 2400.0))
        .build_ui_state(app, shell);
    h.run();
    for _ in 0..2 {
        h.get_by_label("End turn (Enter)").click();
        h.run();
    }
    h.run();
    assert_eq!(h.state().screen, Screen::End);
    let text = screen_text(&h);
    let play = h.state().play.as_ref().unwrap();
    let rival = play.viewer.rival();
    let truth = play.session().unwrap().sim().snapshot();
    let lead = truth.value(ai_race::Quantity::Game(
        ai_race::sim::quantity::GameQ::LeadMonths,
    ));
    let estimate = play.view(play.viewer).lead_months.value;
    assert!(text.contains("The fog lifts"), "{text}");
    assert!(
        text.contains(&format!("{lead:+.1}")),
        "the true lead: {text}"
    );
    assert!(
        text.contains(&format!("your side estimated {estimate:+.1}")),
        "{text}"
    );
    let capability = truth.value(ai_race::Quantity::Bloc(
        rival,
        ai_race::sim::quantity::BlocQ::ResearchCapability,
    ));
    assert!(
        text.contains(&ai_race::gui::widgets::num(capability)),
        "the rival's true capability: {text}"
    );
    assert!(text.contains("Capability lead: "), "each axis explained");
}

/// Drafting an order does not move the policy buttons below the order list: the pointer
/// that pressed Enact rests on the same place afterwards.
#[test]
fn drafting_an_order_does_not_move_the_buttons_below() {
    let mut h = china_game("window-test-layout");
    let rects = |h: &Harness<'_, Shell>| -> Vec<egui::Rect> {
        h.query_all_by(|n| matches!(n.label().as_deref(), Some("Enact") | Some("Repeal")))
            .map(|n| n.rect())
            .collect()
    };
    let before = rects(&h);
    assert!(before.len() >= 3, "policy buttons on screen");
    h.get_all_by_label("Enact").next().unwrap().click();
    h.run();
    h.run();
    assert_eq!(
        h.state().play.as_ref().unwrap().drafts(Side::China).len(),
        1
    );
    let after = rects(&h);
    // The buttons that remain labelled Enact or Repeal stand where they stood.
    let moved: Vec<_> = after
        .iter()
        .filter(|r| !before.iter().any(|b| (b.min - r.min).length() < 0.5))
        .collect();
    assert!(moved.is_empty(), "buttons moved: {moved:?}");
}

/// Hovering an event's option shows what it does, as the scenario writes it.
#[test]
fn an_event_option_shows_its_effects_on_hover() {
    let (scenario, _event, first_choice) = with_certain_china_event();
    let mut shell = Shell::new(saves_dir("window-test-choice"));
    shell.settings.guide = false;
    shell.new_game.scenario = Some(scenario.clone());
    shell.new_game.shipped = None;
    shell.new_game.side = ai_race::gui::shell::SideChoice::China;
    shell.new_game.level = ai_race::ai::Level::Easy;
    shell.start_game().expect("starts");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 3000.0))
        .build_ui_state(app, shell);
    h.run();
    h.get_by_label("End turn (Enter)").click();
    h.run();
    h.run();
    assert!(!screen_text(&h).contains("What this option does"));
    assert!(
        screen_text(&h).contains("NEW"),
        "a card that came with this quarter is marked new"
    );
    h.get_by_label(&first_choice).hover();
    h.run();
    h.run();
    let text = screen_text(&h);
    assert!(text.contains("What this option does"), "{text}");
}

/// The text size moves in steps, never past what the window can show, and is remembered
/// for the next start.
#[test]
fn the_text_size_steps_stays_within_the_window_and_is_remembered() {
    let dir = saves_dir("window-test-settings");
    let shell = Shell::new(dir.clone());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_ui_state(app, shell);
    h.run();
    for _ in 0..10 {
        if let Some(plus) = h.query_by_label("+") {
            plus.click();
        }
        h.run();
    }
    let scale = h.state().settings.ui_scale;
    assert!(
        scale > 1.0 && scale <= 1.13,
        "a 1280×720 window shows the game whole up to about 112%: {scale}"
    );
    let remembered = Shell::new(dir).settings.ui_scale;
    assert!(
        (remembered - scale).abs() < 1e-6,
        "the size is remembered: {remembered} against {scale}"
    );
}

/// The charts show what a class asks about: the lead as your side estimates it, tension and
/// risk, and both sides' market shares region by region, beside each bloc's quantities.
#[test]
fn the_charts_show_the_lead_tension_and_market_shares() {
    let shell = short_game("window-test-charts", 6);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1400.0))
        .build_ui_state(app, shell);
    h.run();
    for _ in 0..2 {
        h.get_by_label("End turn (Enter)").click();
        h.run();
    }
    h.get_by_label("Charts (C)").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Charts);
    h.get_by_label("Lead in months").click();
    h.run();
    let text = screen_text(&h);
    assert!(text.contains("Lead in months (months"), "{text}");
    assert!(
        text.contains("Your estimate of the lead (90% band)"),
        "{text}"
    );
    h.get_by_label("Tension").click();
    h.run();
    let text = screen_text(&h);
    assert!(text.contains("Public figure"), "{text}");
    h.get_by_label("Europe").click();
    h.run();
    let text = screen_text(&h);
    assert!(text.contains("Market share in Europe"), "{text}");
    assert!(
        text.contains("share of United States") && text.contains("share of China"),
        "both sides' shares: {text}"
    );
}

/// The score panel shows both sides' standing as the player can know it (the numbers
/// `scoring::standing` computes from the player's view), and help explains the scoring with
/// the scenario's own weights and draw margin rather than a copy of them.
#[test]
fn the_score_panel_shows_the_standing_and_help_reads_the_weights() {
    let mut h = china_game("window-test-score");
    let text = screen_text(&h);
    assert!(text.contains("Score if the game ended now"), "{text}");
    let play = h.state().play.as_ref().unwrap();
    let s = play.scenario().clone();
    let standing = ai_race::sim::scoring::standing(&s, &play.view(Side::China));
    for sc in &standing {
        assert!(
            text.contains(&format!("{:.2}", sc.total)),
            "{sc:?} in {text}"
        );
    }
    h.key_press(egui::Key::F1);
    h.run();
    let text = screen_text(&h);
    let w = &s.score.weights;
    assert!(
        text.contains(&format!(
            "the weights are capability lead {}, world market share {}",
            w.lead, w.market
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("within {} of each other", s.score.draw_margin)),
        "{text}"
    );
}

/// A language asked for with `--lang` is remembered with the settings and used at the next
/// start without the flag; a missing table is neither fatal nor remembered.
#[test]
fn the_language_is_remembered_with_the_settings() {
    use ai_race::gui::text::Strings;
    let saves = saves_dir("window-test-lang");
    let dir = saves.join("i18n");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("xx.ftl"), "help-title = Aide\n").unwrap();
    // Each start: the language asked for (if any), then what the window shows. A language
    // with no table falls back to English for that start only and is not remembered.
    for (asked, shown) in [
        (None, "Help"),
        (Some("xx"), "Aide"),
        (None, "Aide"),
        (Some("zz"), "Help"),
        (None, "Aide"),
        (Some("en"), "Help"),
        (None, "Help"),
    ] {
        let strings = Strings::chosen(asked, &saves, &dir).unwrap();
        assert_eq!(strings.t("help-title"), shown, "asked for {asked:?}");
    }
}

/// With a full bank of political capital the top bar says so, since next quarter's income
/// would be lost; drafting an order that spends enough takes the warning away.
#[test]
fn a_full_bank_of_capital_is_flagged_until_some_is_spent() {
    let mut s = baseline();
    s.china.politics.capital.value = 30.0;
    let lost = format!(
        "{} of next quarter's income is lost",
        s.china.politics.income.v()
    );
    let mut h = china_game_of("window-test-full-capital", Some(s));
    assert!(screen_text(&h).contains("(full)"), "{}", screen_text(&h));
    // Hovering the flag says what is lost and suggests a move the game would take.
    h.get_by_label("(full)").hover();
    h.run();
    let text = screen_text(&h);
    assert!(
        text.contains(&lost) && text.contains("One move to consider: enact"),
        "{text}"
    );
    h.get_all_by_label("Enact")
        .next()
        .expect("a policy")
        .click();
    h.run();
    assert!(!screen_text(&h).contains("(full)"), "{}", screen_text(&h));
}

/// The title screen's language choice switches the window at once and is remembered.
#[test]
fn the_language_chosen_in_the_settings_switches_the_window_and_is_remembered() {
    let dir = saves_dir("window-test-language-choice");
    let mut shell = Shell::new(dir.clone());
    shell.settings.guide = false;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(app, shell);
    h.run();
    h.get_by_label("简体中文").click();
    h.run();
    let text = screen_text(&h);
    assert!(
        text.contains("新游戏") && !text.contains("New game"),
        "{text}"
    );
    h.get_by_label("العربية").click();
    h.run();
    assert_eq!(h.state().strings.lang(), "ar");
    assert!(h.state().strings.rtl());
    let settings = std::fs::read_to_string(dir.join("settings.ron")).unwrap();
    assert!(settings.contains("\"ar\""), "{settings}");
    h.get_by_label("English").click();
    h.run();
    assert!(screen_text(&h).contains("New game"));
}

/// Every text drawn in the harness's last frame, one galley a line, as written (a
/// right-to-left line in logical order, not the order it is drawn in).
fn drawn_text(h: &Harness<'_, Shell>) -> Vec<String> {
    fn walk(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(t) => out.push(t.galley.text().to_owned()),
            egui::Shape::Vec(v) => v.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for c in &h.output().shapes {
        walk(&c.shape, &mut out);
    }
    out.iter()
        .map(|line| ai_race::gui::bidi::logical(&h.ctx, line))
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// Runs of three or more English words in a line: a sentence left untranslated. Names
/// (OpenAI, Huawei), ids with digits (H100e), units and shortcuts (Ctrl+S) are single words.
fn english_runs(line: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for word in line.split(|c: char| c.is_whitespace() || ",.:;()·—–/“”\"".contains(c)) {
        if word.is_empty() {
            continue;
        }
        if word.len() >= 2 && word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'') {
            run.push(word);
        } else {
            if run.len() >= 3 {
                runs.push(run.join(" "));
            }
            run.clear();
        }
    }
    if run.len() >= 3 {
        runs.push(run.join(" "));
    }
    runs
}

/// The game screen in Arabic and in Chinese, after two quarters (news, estimates and the
/// computer's reasons on screen): every character drawn has a glyph in the shipped fonts
/// (none becomes egui's replacement box), no English sentence is left, and the Arabic is
/// read back in logical order.
#[test]
fn the_game_screen_in_arabic_and_chinese_has_every_glyph_and_no_english() {
    let tables = ai_race::i18n::tables_dir();
    for lang in ["ar", "zh-CN"] {
        let mut shell = Shell::new(saves_dir(&format!("window-test-glyphs-{lang}")));
        shell.settings.guide = false;
        shell.strings = ai_race::i18n::Strings::for_language(lang, &tables).unwrap();
        shell.new_game.side = ai_race::gui::shell::SideChoice::China;
        shell.new_game.level = ai_race::ai::Level::Easy;
        shell.start_game().unwrap();
        let mut h = Harness::builder()
            .with_size(egui::vec2(1600.0, 3000.0))
            .build_ui_state(app, shell);
        ai_race::gui::widgets::install_fonts(&h.ctx);
        ai_race::gui::bidi::record_logical(&h.ctx);
        h.run();
        for _ in 0..2 {
            h.state_mut().play.as_mut().unwrap().end_turn();
            h.run();
            h.run();
        }
        assert_eq!(h.state().play.as_ref().unwrap().turn(), 2);
        h.run();
        let lines = drawn_text(&h);
        let all = lines.join("\n");
        let font = egui::FontId::proportional(14.0);
        let mut missing: Vec<char> = all
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .filter(|c| !h.ctx.fonts_mut(|f| f.has_glyph(&font, *c)))
            .collect();
        missing.dedup();
        assert!(missing.is_empty(), "{lang}: no glyph for {missing:?}");
        let english: Vec<String> = lines.iter().flat_map(|l| english_runs(l)).collect();
        assert!(
            english.is_empty(),
            "{lang}: English left on screen: {english:#?}"
        );
        let t = &h.state().strings;
        for key in ["panel-news", "button-end-turn"] {
            let want = t.t(key);
            assert!(
                lines.iter().any(|l| l.contains(want.trim())),
                "{lang}: `{want}` ({key}) is not on screen as written"
            );
        }
    }
}

/// Run the window until `done` holds, taking the host's messages as the window does each
/// frame (at most 10 s).
fn until_class(h: &mut Harness<'_, Shell>, done: impl Fn(&Shell) -> bool) {
    for _ in 0..500 {
        h.state_mut().poll_link(0.02);
        // A step, not a run: the spinner keeps asking for frames while the host is awaited.
        h.step();
        if done(h.state()) {
            // The frame that shows what was waited for.
            h.step();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("the class's host did not answer within 10 s");
}

#[test]
fn a_team_joins_a_class_on_this_machine_and_plays_its_turns() {
    use ai_race::ai::Level;
    use ai_race::class::Class;
    use ai_race::class::net::Host;
    let class = Class::new(&baseline(), 1, 5, "XYZ789", Level::Easy).unwrap();
    let host = Host::start(class, "127.0.0.1:0".parse().unwrap(), None, None).unwrap();
    let dir = saves_dir("window-class");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 3000.0))
        .build_ui_state(app, Shell::new(dir.clone()));
    h.get_by_label("Join a class").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Join);

    // A wrong code: the host's refusal, in words, and the team stays on the join screen.
    let address = host.socket.to_string();
    h.state_mut().join.address = address.clone();
    h.state_mut().join.code = "WRONG".into();
    h.state_mut().join.team = "Blue".into();
    h.get_by_label("Join").click();
    for _ in 0..500 {
        h.state_mut().poll_link(0.02);
        h.step();
        if screen_text(&h).contains("That is not this class's join code.") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let text = screen_text(&h);
    assert!(
        text.contains("That is not this class's join code."),
        "{text}"
    );
    assert_eq!(h.state().screen, Screen::Join);

    // The right code: a seat, the game screen with the team's side, and its turns.
    h.state_mut().join.code = "XYZ789".into();
    h.get_by_label("Join").click();
    until_class(&mut h, |s| s.screen == Screen::Game);
    let text = screen_text(&h);
    assert!(text.contains("Blue — United States, game 1"), "{text}");
    for turn in 1..=2 {
        h.get_by_label("Send orders (Enter)").click();
        until_class(&mut h, |s| {
            s.play.as_ref().is_some_and(|p| p.turn() == turn)
        });
    }
    assert_eq!(host.roster()[0].0.turn, 2);
    // The seat's key is kept beside the saves: the join screen offers to come back.
    h.get_by_label("Menu").click();
    h.run();
    h.get_by_label("Join a class").click();
    h.run();
    h.run();
    let text = screen_text(&h);
    assert!(text.contains("Back to your seat as Blue"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
