//! A scenario's words for people — its name, the policies', events', doctrines' and
//! assumption sets' names, descriptions, discussion prompts, levels and options — listed so
//! that they can be translated without touching the scenario.
//!
//! A translation is a Fluent table (`assets/i18n/scenarios/<lang>.ftl`) whose message ids are
//! a hash of the English they translate (`s-` and 16 hex digits), the way gettext keys a
//! catalogue by its English: a text shared by several scenarios is translated once, and a
//! text a modder changes is shown in English until it is translated again, never with the
//! translation of words it no longer has. The scenario itself, and so its hash, saves and
//! replays, stays the same in every language.
//!
//! Must not: change the scenario; the sources (citations) are not listed: they name English
//! documents.

use super::Scenario;

/// The article summary the scenarios cite (`assets/reference/article_facts.md`).
pub(crate) const ARTICLE_FACTS: &str = include_str!("../../assets/reference/article_facts.md");

/// The article's figures: id (`F8`), text, paragraph(s) — the table of
/// `article_facts.md`, emphasis removed.
pub(crate) fn figures() -> Vec<(String, String, String)> {
    ARTICLE_FACTS
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (cells.len() >= 5 && cells[1].starts_with('F') && cells[1][1..].parse::<u32>().is_ok())
                .then(|| {
                    (
                        cells[1].to_owned(),
                        cells[2].replace("**", ""),
                        cells[3].to_owned(),
                    )
                })
        })
        .collect()
}

/// The article's qualitative claims by paragraph: (paragraphs as written, text) — the
/// `- ¶…:` lines of `article_facts.md`, emphasis removed.
pub(crate) fn claims() -> Vec<(String, String)> {
    ARTICLE_FACTS
        .lines()
        .filter_map(|l| l.strip_prefix("- ¶"))
        .filter_map(|l| l.split_once(':'))
        .map(|(p, text)| (p.trim().to_string(), text.trim().replace("**", "")))
        .collect()
}

/// One text of a scenario: where it is (for the translator) and its English.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Text {
    /// What it is (`policy us_export_controls: description`).
    pub place: String,
    /// The English, as written in the scenario.
    pub english: String,
}

/// The message id of a text's translation: `s-` and the XXH3-64 of its English.
pub(crate) fn key(english: &str) -> String {
    format!(
        "s-{:016x}",
        xxhash_rust::xxh3::xxh3_64(english.trim().as_bytes())
    )
}

/// Every text of a scenario a player reads, in the order the file has them (empty texts
/// left out).
pub(crate) fn texts(s: &Scenario) -> Vec<Text> {
    let mut out = Vec::new();
    let mut add = |place: String, english: &str| {
        if !english.trim().is_empty() {
            out.push(Text {
                place,
                english: english.to_owned(),
            });
        }
    };
    add("scenario: name".into(), &s.name);
    add("scenario: description".into(), &s.description);
    for a in &s.assumptions {
        add(format!("assumption set {}: name", a.id), &a.name);
        add(
            format!("assumption set {}: description", a.id),
            &a.description,
        );
    }
    for p in &s.policies {
        add(format!("policy {}: name", p.id), &p.name);
        add(format!("policy {}: description", p.id), &p.description);
        add(format!("policy {}: prompt", p.id), &p.prompt);
        add(format!("policy {}: source", p.id), &p.source);
        if let super::PolicyKind::Levels { levels, .. } = &p.kind {
            for (i, l) in levels.iter().enumerate() {
                add(format!("policy {}: level {i}", p.id), &l.name);
            }
        }
    }
    for e in &s.events {
        add(format!("event {}: name", e.id), &e.name);
        add(format!("event {}: description", e.id), &e.description);
        add(format!("event {}: prompt", e.id), &e.prompt);
        add(format!("event {}: source", e.id), &e.source);
        for (i, c) in e.choices.iter().enumerate() {
            add(format!("event {}: option {}", e.id, i + 1), &c.label);
        }
    }
    for d in &s.doctrines {
        add(format!("doctrine {}: name", d.id), &d.name);
        add(format!("doctrine {}: description", d.id), &d.description);
        add(format!("doctrine {}: source", d.id), &d.source);
    }
    out
}

/// A text as the right-hand side of a Fluent message: braces escaped, line breaks as
/// indented continuation lines.
fn fluent_value(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '{' => escaped.push_str("{\"{\"}"),
            '}' => escaped.push_str("{\"}\"}"),
            c => escaped.push(c),
        }
    }
    escaped
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n    ")
}

/// The English table of the texts of `scenarios` (each text once), to copy and translate:
/// each message preceded by a comment saying where it is.
pub(crate) fn fluent_template(scenarios: &[&Scenario]) -> String {
    let mut out = String::from(
        "# The texts of the scenarios, in English: copy this file to <lang>.ftl (zh-CN.ftl, ar.ftl)\n\
         # and translate the right-hand sides. The ids are a hash of the English, so keep them;\n\
         # a text changed in the scenario gets a new id and shows in English until translated.\n",
    );
    let mut seen = std::collections::BTreeSet::new();
    // The article's figures, which the kit's fact sheet shows in the reader's language.
    out.push_str("\n## The article's figures (assets/reference/article_facts.md)\n");
    for (id, text, _) in figures() {
        let k = key(&text);
        if seen.insert(k.clone()) {
            out.push_str(&format!(
                "\n# article figure {id}\n{k} = {}\n",
                fluent_value(&text)
            ));
        }
    }
    // And its claims by paragraph, which the debrief quotes behind each move.
    out.push_str("\n## The article's claims by paragraph (assets/reference/article_facts.md)\n");
    for (para, text) in claims() {
        let k = key(&text);
        if seen.insert(k.clone()) {
            out.push_str(&format!(
                "\n# article claim ¶{para}\n{k} = {}\n",
                fluent_value(&text)
            ));
        }
    }
    for s in scenarios {
        out.push_str(&format!("\n## {}\n", s.name.trim()));
        for t in texts(s) {
            let k = key(&t.english);
            if !seen.insert(k.clone()) {
                continue;
            }
            out.push_str(&format!(
                "\n# {}\n{k} = {}\n",
                t.place,
                fluent_value(&t.english)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baseline() -> Scenario {
        let (_, text) = super::super::overlay::shipped("baseline_2025").expect("shipped");
        Scenario::from_ron_str(text, "baseline_2025.ron").expect("parses")
    }

    #[test]
    fn the_baseline_lists_its_policies_events_and_doctrines() {
        let s = baseline();
        let t = texts(&s);
        let places: Vec<&str> = t.iter().map(|t| t.place.as_str()).collect();
        assert!(places.contains(&"policy us_export_controls: name"));
        assert!(
            places
                .iter()
                .any(|p| p.starts_with("event deepseek_moment: option"))
        );
        assert!(places.iter().any(|p| p.starts_with("doctrine ")));
        assert!(t.len() > 150, "{} texts", t.len());
    }

    #[test]
    fn a_text_keeps_its_key_and_a_changed_text_gets_another() {
        assert_eq!(key("Chip export controls"), key(" Chip export controls "));
        assert_ne!(key("Chip export controls"), key("Chip export control"));
    }

    #[test]
    fn braces_are_escaped_for_fluent() {
        assert_eq!(fluent_value("a {b}"), "a {\"{\"}b{\"}\"}");
    }
}
