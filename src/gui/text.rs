//! The window's string table: every piece of text the window shows that is not from the
//! scenario (policy names, descriptions and sources are the modder's) comes from a Fluent
//! file under `assets/i18n/`. English ships in the binary; adding a language is a new `.ftl`
//! file, not a code change.
//!
//! Must not: format numbers for the model or decide anything; it only turns keys into text.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The English table, compiled in so the game needs no files beside the binary.
pub const ENGLISH: &str = include_str!("../../assets/i18n/en.ftl");

/// The translations in `dir` (the names of its `.ftl` files but English's), sorted.
fn available_languages(dir: &std::path::Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let lang = name.strip_suffix(".ftl")?;
            (lang != "en").then(|| lang.to_string())
        })
        .collect();
    out.sort();
    out
}

/// A loaded string table: the chosen language, then English for any message it lacks.
pub struct Strings {
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Strings>>,
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Strings")
    }
}

impl Strings {
    /// The English table.
    pub fn english() -> Strings {
        // The English file is part of the source and checked by a test, so a parse error
        // here is a build defect; the table still loads every message that parsed.
        Strings::parse(ENGLISH, "en-US").unwrap_or_else(|e| e.0)
    }

    /// Parse a table. On errors, returns the table of the messages that parsed and the
    /// errors in words.
    pub fn parse(text: &str, lang: &str) -> Result<Strings, Box<(Strings, Vec<String>)>> {
        let langid: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // egui draws the isolation marks as boxes; the text is laid out one line at a time.
        bundle.set_use_isolating(false);
        let mut errors = Vec::new();
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => r,
            Err((r, errs)) => {
                errors.extend(errs.iter().map(|e| format!("{e:?}")));
                r
            }
        };
        if let Err(errs) = bundle.add_resource(resource) {
            errors.extend(errs.iter().map(|e| format!("{e:?}")));
        }
        let strings = Strings {
            bundle,
            fallback: None,
        };
        if errors.is_empty() {
            Ok(strings)
        } else {
            Err(Box::new((strings, errors)))
        }
    }

    /// The table for `lang` from `dir/<lang>.ftl`, with English behind it for the messages a
    /// translation lacks. `en`/`en-US` (or no file) gives English alone. A file that cannot
    /// be read or parsed is an error naming it; messages that did parse are kept.
    pub fn for_language(lang: &str, dir: &std::path::Path) -> Result<Strings, String> {
        if lang == "en" || lang == "en-US" {
            return Ok(Strings::english());
        }
        if lang.parse::<unic_langid::LanguageIdentifier>().is_err() {
            return Err(format!(
                "`{lang}` is not a language tag; use one like zh-CN or ar"
            ));
        }
        let path = dir.join(format!("{lang}.ftl"));
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // No translation yet: play in English rather than not at all.
                let have = available_languages(dir);
                eprintln!(
                    "warning: there is no `{lang}` translation ({} not found); playing in English. Languages here: {}",
                    path.display(),
                    if have.is_empty() {
                        "en".to_string()
                    } else {
                        format!("en, {}", have.join(", "))
                    }
                );
                return Ok(Strings::english());
            }
            Err(e) => {
                return Err(format!(
                    "cannot read the string table {}: {e} (the tables are in {})",
                    path.display(),
                    dir.display()
                ));
            }
        };
        let mut table = match Strings::parse(&text, lang) {
            Ok(t) => t,
            Err(e) => {
                let (t, errors) = *e;
                // Keep what parsed; say what did not.
                for err in errors {
                    eprintln!("warning: {}: {err}", path.display());
                }
                t
            }
        };
        table.fallback = Some(Box::new(Strings::english()));
        Ok(table)
    }

    /// The table for the language asked for (`--lang`), or else the one remembered in the
    /// settings kept in `saves`, or else English. A language asked for that loads (English,
    /// or a table in `dir`) is remembered for the next start.
    pub fn chosen(
        asked: Option<&str>,
        saves: &std::path::Path,
        dir: &std::path::Path,
    ) -> Result<Strings, String> {
        let mut settings = super::shell::Settings::load(saves);
        let lang = asked
            .or(settings.lang.as_deref())
            .unwrap_or("en")
            .to_owned();
        let strings = Strings::for_language(&lang, dir)?;
        let found = lang == "en" || dir.join(format!("{lang}.ftl")).is_file();
        if found && asked.is_some() && settings.lang.as_deref() != asked {
            settings.lang = asked.map(str::to_owned);
            settings.store(saves);
        }
        Ok(strings)
    }

    /// True when the table (or its English fallback) has this message.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key) || self.fallback.as_ref().is_some_and(|f| f.has(key))
    }

    /// The text of a message without arguments. A missing key shows as `⟨key⟩`, so a gap
    /// in a translation is visible rather than blank.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The text of a message with arguments (`("side", "China".into())`).
    pub fn f(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Text(s) => fa.set(*k, FluentValue::from(s.clone())),
                Arg::Number(n) => fa.set(*k, FluentValue::from(*n)),
            }
        }
        self.format(key, Some(&fa))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return match &self.fallback {
                Some(f) => f.format(key, args),
                None => format!("⟨{key}⟩"),
            };
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// An argument of a message.
#[derive(Clone, Debug)]
pub enum Arg {
    /// Text, shown as given (numbers already formatted by the caller).
    Text(String),
    /// A count.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(f64::from(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // No file for a language: English, with a warning, never an error.
        let s = Strings::for_language("ar", &dir).expect("falls back to English");
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
}
