use super::*;
use crate::sim::quantity::Side;

#[test]
fn english_parses_without_errors() {
    assert!(Strings::parse(ENGLISH, "en-US").is_ok());
}

#[test]
fn arguments_are_filled_in() {
    let s = Strings::english();
    assert_eq!(s.f("end-winner", &[("side", "China".into())]), "China wins");
    assert_eq!(s.t("no-such-key"), "⟨no-such-key⟩");
}

#[test]
fn a_translation_falls_back_to_english_for_missing_messages() {
    let dir = std::env::temp_dir().join(format!("ai-race-i18n-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("zh-CN.ftl"),
        "title-new-game = 新游戏\nend-winner = { $side } 获胜\n",
    )
    .unwrap();
    let s = Strings::for_language("zh-CN", &dir).unwrap();
    assert_eq!(s.t("title-new-game"), "新游戏");
    assert_eq!(s.f("end-winner", &[("side", "中国".into())]), "中国 获胜");
    assert_eq!(
        s.t("title-load-game"),
        "Load game",
        "English fills the gaps"
    );
    // No file and no shipped table for a language: English, with a warning, never an
    // error.
    let s = Strings::for_language("fr", &dir).expect("falls back to English");
    assert_eq!(s.t("title-load-game"), "Load game");
    assert!(Strings::for_language("not a tag!", &dir).is_err());
}

/// Every key the window's code asks for is in the English table: scan the sources for
/// `.t("…")` and `.f("…"` calls.
#[test]
fn every_key_used_in_code_exists() {
    let s = Strings::english();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/gui");
    let mut missing = Vec::new();
    let mut files = vec![dir];
    let mut seen = 0;
    while let Some(p) = files.pop() {
        if p.is_dir() {
            for e in std::fs::read_dir(&p).into_iter().flatten().flatten() {
                files.push(e.path());
            }
            continue;
        }
        if p.ends_with("text.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        for pat in [".t(\"", ".f(\""] {
            for (i, _) in text.match_indices(pat) {
                let rest = &text[i + pat.len()..];
                let key: String = rest.chars().take_while(|c| *c != '"').collect();
                seen += 1;
                if !s.has(&key) && key != "no-such-key" {
                    missing.push(format!("{}: {key}", p.display()));
                }
            }
        }
    }
    assert!(seen > 50, "the scan found only {seen} keys");
    assert!(missing.is_empty(), "keys missing from en.ftl: {missing:#?}");
}

/// The messages of a table by key: the key's line and its continuation lines.
fn messages(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let is_key = line.split_once(" =").is_some_and(|(k, _)| {
            !k.is_empty()
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
        if is_key {
            let (k, v) = line.split_once(" =").expect("checked");
            out.push((k.to_owned(), v.to_owned()));
        } else if line.starts_with(' ')
            && let Some(last) = out.last_mut()
        {
            last.1.push('\n');
            last.1.push_str(line);
        }
    }
    out
}

/// The variables a message uses (`$name`).
fn variables(value: &str) -> std::collections::BTreeSet<String> {
    // A variable is `$name` opening a placeable (`{ $name }`) or a selector
    // (`$name ->`); a dollar sign in text (`$B`) is not one.
    value
        .match_indices('$')
        .filter_map(|(i, _)| {
            let name: String = value[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            let opens = value[..i].trim_end().ends_with('{');
            let selects = value[i + 1 + name.len()..].trim_start().starts_with("->");
            (!name.is_empty() && (opens || selects)).then_some(name)
        })
        .collect()
}

/// The words in Latin letters a message shows, placeables and `code` left out.
fn latin_words(value: &str) -> Vec<String> {
    let mut shown = String::new();
    let (mut depth, mut code) = (0, false);
    for c in value.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            '`' => code = !code,
            _ if depth == 0 && !code => shown.push(c),
            _ => {}
        }
    }
    // Paths, file names, flags and command names are code, not English.
    let code_like = |t: &str| {
        t.starts_with("--") || {
            let t = t.trim_matches(|c: char| !c.is_alphanumeric());
            t.contains(['.', '_', '/', '=', '-'])
        }
    };
    shown
        .split_whitespace()
        .filter(|t| !code_like(t))
        .flat_map(|t| t.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| w.len() >= 3 && w.chars().any(|c| c.is_ascii_lowercase()))
        .map(str::to_owned)
        .collect()
}

/// Every shipped translation has exactly English's messages, with the same variables,
/// parses cleanly, and shows no English words (units, keys and names excepted).
#[test]
fn every_shipped_language_is_complete_and_translated() {
    // Units, keys of the keyboard, file formats and proper names stay as they are.
    const KEPT: &[&str] = &[
        "Enter", "Esc", "Ctrl", "Shift", "Tab", "MWh", "H100e", "Huawei", "Nvidia", "DeepSeek",
        "ChatGPT", "Alibaba", "Epoch", "Escape", "log2", "simulate", "ron",
    ];
    let english = messages(ENGLISH);
    for (tag, text) in SHIPPED.iter().filter(|(t, _)| *t != "en") {
        assert!(
            Strings::parse(text, tag).is_ok(),
            "{tag}.ftl has syntax errors"
        );
        let table = messages(text);
        let keys = |m: &[(String, String)]| m.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
        let (want, have) = (keys(&english), keys(&table));
        let missing: Vec<_> = want.iter().filter(|k| !have.contains(k)).collect();
        let extra: Vec<_> = have.iter().filter(|k| !want.contains(k)).collect();
        assert!(missing.is_empty(), "{tag}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{tag}.ftl has keys English has not: {extra:?}"
        );
        let mut problems = Vec::new();
        for (key, en) in &english {
            let tr = &table.iter().find(|(k, _)| k == key).expect("checked").1;
            if variables(en) != variables(tr) {
                problems.push(format!(
                    "{key}: variables {:?} ≠ English {:?}",
                    variables(tr),
                    variables(en)
                ));
            }
            let left: Vec<_> = latin_words(tr)
                .into_iter()
                .filter(|w| !KEPT.contains(&w.as_str()))
                .collect();
            if !left.is_empty() {
                problems.push(format!("{key}: English left: {left:?}"));
            }
        }
        assert!(problems.is_empty(), "{tag}.ftl:\n{}", problems.join("\n"));
    }
}

fn shipped_scenarios() -> Vec<crate::scenario::Scenario> {
    crate::scenario::overlay::SHIPPED
        .iter()
        .map(|(stem, text)| {
            crate::scenario::Scenario::from_ron_str(text, &format!("{stem}.ron"))
                .expect("a shipped scenario parses")
        })
        .collect()
}

/// Arabic gives a counted noun the form its number asks for: 3 أشهر, 12 شهرًا, 24 شهرًا.
#[test]
fn arabic_counts_take_the_plural_their_number_asks_for() {
    let ar = Strings::for_language("ar", std::path::Path::new("/nonexistent")).unwrap();
    let s = crate::sim::testing::baseline();
    let text = ar.f("help-win-2", &score_args(&ar, &s));
    let cap = s.score.lead_cap_months;
    assert!(cap > 10.0 && cap < 100.0, "the baseline's cap is {cap}");
    assert!(text.contains(&format!("{cap} شهرًا")), "{text}");
    assert!(!text.contains(&format!("{cap} أشهر")), "{text}");
    let few = Strings::parse(
        "x = { $n ->\n    [few] { $n } أشهر\n   *[other] { $n } شهر\n}\n",
        "ar",
    )
    .unwrap_or_else(|e| e.0);
    assert_eq!(few.f("x", &[("n", Arg::Number(3.0))]), "3 أشهر");
}

/// Every mechanism the ledger names as a cause has words in the table (a new `Cause`
/// variant without a `cause-…` message would show as its snake-case id).
#[test]
fn every_ledger_cause_has_words() {
    let source = include_str!("../sim/ledger.rs");
    let start = source.find("pub enum Cause").expect("the enum");
    let end = start + source[start..].find("\n}\n").expect("its end");
    let en = Strings::english();
    let mut missing = Vec::new();
    for line in source[start..end].lines() {
        let name = line.trim().trim_end_matches(',');
        let is_variant = line.starts_with("    ")
            && !line.starts_with("     ")
            && name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric());
        if !is_variant {
            continue;
        }
        let mut key = String::from("cause");
        for c in name.chars() {
            if c.is_ascii_uppercase() {
                key.push('-');
            }
            key.push(c.to_ascii_lowercase());
        }
        if !en.has(&key) {
            missing.push(key);
        }
    }
    assert!(missing.is_empty(), "en.ftl lacks {missing:?}");
}

/// The translators' English table is the shipped scenarios' texts as they are now.
#[test]
fn the_english_table_of_scenario_texts_is_up_to_date() {
    let scenarios = shipped_scenarios();
    let refs: Vec<_> = scenarios.iter().collect();
    let want = crate::scenario::text::fluent_template(&refs);
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n/scenarios/en.ftl");
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have.trim() == want.trim(),
        "{} is out of date: run `cargo run -- texts > assets/i18n/scenarios/en.ftl`, then translate the new ids",
        path.display()
    );
}

/// Every text a player reads in a shipped scenario is translated in every shipped
/// language, and no translation is the English again.
#[test]
fn every_shipped_scenario_text_is_translated() {
    let scenarios = shipped_scenarios();
    for (tag, text) in SHIPPED_SCENARIO_TEXTS {
        assert!(
            Strings::parse(text, tag).is_ok(),
            "scenarios/{tag}.ftl has syntax errors"
        );
        let table = Strings::for_language(tag, std::path::Path::new("/nonexistent")).unwrap();
        let mut missing = Vec::new();
        for s in &scenarios {
            for t in crate::scenario::text::texts(s) {
                let shown = table.scenario(&t.english);
                if shown == t.english && t.english.split_whitespace().count() > 1 {
                    missing.push(format!("{}: {}", t.place, t.english));
                }
            }
        }
        // And the article's figures, which the kit's fact sheet shows.
        for (id, english, _) in crate::scenario::text::figures() {
            if table.scenario(&english) == english {
                missing.push(format!("article figure {id}: {english}"));
            }
        }
        // And its claims, which the debrief quotes.
        for (para, english) in crate::scenario::text::claims() {
            if table.scenario(&english) == english {
                missing.push(format!("article claim ¶{para}: {english}"));
            }
        }
        missing.dedup();
        assert!(
            missing.is_empty(),
            "scenarios/{tag}.ftl lacks {} texts, e.g. {:#?}",
            missing.len(),
            &missing[..missing.len().min(5)]
        );
    }
}

/// A scenario's words are shown in the table's language only when the table translates
/// exactly those words; changed words show as the scenario has them.
#[test]
fn a_scenario_text_is_translated_only_for_the_words_it_translates() {
    let dir = std::env::temp_dir().join(format!("ai-race-i18n-sc-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("scenarios")).unwrap();
    std::fs::write(
        dir.join("scenarios/fr.ftl"),
        format!(
            "{} = Contrôles à l'exportation\n",
            crate::scenario::text::key("Chip export controls")
        ),
    )
    .unwrap();
    std::fs::write(dir.join("fr.ftl"), "title-new-game = Nouvelle partie\n").unwrap();
    let fr = Strings::for_language("fr", &dir).unwrap();
    assert_eq!(
        fr.scenario("Chip export controls"),
        "Contrôles à l'exportation"
    );
    assert_eq!(
        fr.scenario("Chip export controls, tighter"),
        "Chip export controls, tighter"
    );
    assert_eq!(
        Strings::english().scenario("Chip export controls"),
        "Chip export controls"
    );
}

/// A refusal is data; each language puts it into words with the scenario's names.
#[test]
fn a_refusal_is_said_in_the_table_s_language_with_the_policy_s_name() {
    use crate::sim::orders::{CommandError, Refusal};
    let s = shipped_scenarios().remove(0);
    let e = CommandError::Refused(Refusal::Capital {
        policy: "us_export_controls".into(),
        cost: 4.0,
        left: 1.5,
        side: Side::Us,
    });
    let en = refusal_text(&Strings::english(), &s, &e);
    assert_eq!(
        en,
        "Chip export controls costs 4.0 political capital; United States has 1.5 left this turn"
    );
    let dir = std::path::Path::new("/nonexistent");
    let zh = refusal_text(&Strings::for_language("zh-CN", dir).unwrap(), &s, &e);
    assert!(
        zh.contains("出口管制") && zh.contains("4.0") && !zh.contains("costs"),
        "{zh}"
    );
    let ar = refusal_text(&Strings::for_language("ar", dir).unwrap(), &s, &e);
    assert!(ar.contains("ضوابط") && ar.contains("1.5"), "{ar}");
    // The command line keeps its English, with the ids.
    assert!(e.to_string().contains("`us_export_controls` costs 4.0"));
}

/// The computer's reason is data; the window says it in its language.
#[test]
fn the_computer_s_reason_is_said_in_the_table_s_language() {
    use crate::ai::Explanation;
    let s = shipped_scenarios().remove(0);
    let enact = crate::sim::orders::Command::parse(&s, "enact:us_grid_reform").unwrap();
    let e = Explanation::Chosen {
        orders: vec![enact],
        value: 0.42,
        none: 0.1,
        interval: Some((-0.05, 0.6)),
        lead: 7.5,
        horizon: 8,
        rollouts: 4,
        depth: 3,
    };
    let en = explanation_text(&Strings::english(), &s, &e);
    assert!(
        en.contains("Grid and permitting reform") && en.contains("a gamble"),
        "{en}"
    );
    assert_eq!(
        e.english(&s),
        en,
        "one English for the window and the command line"
    );
    let zh = explanation_text(
        &Strings::for_language("zh-CN", std::path::Path::new("/nonexistent")).unwrap(),
        &s,
        &e,
    );
    assert!(
        zh.contains("赌博") && zh.contains("+0.42") && !zh.contains("expected"),
        "{zh}"
    );
}
