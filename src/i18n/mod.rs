//! The string tables of every front-end: the window's words (and the kit's, the class
//! report's) come from a Fluent file under `assets/i18n/`, and a scenario's texts from its
//! translation table (`assets/i18n/scenarios/`, see `scenario::text`). English,
//! Chinese and Arabic ship in the binary; adding a language is a new `.ftl` file, not a code
//! change.
//!
//! Must not: format numbers for the model or decide anything; it only turns keys into text.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The English table, compiled in so the game needs no files beside the binary.
pub(crate) const ENGLISH: &str = include_str!("../../assets/i18n/en.ftl");

/// The tables shipped in the binary (the browser build has no files): language tag and text.
/// A file `<tag>.ftl` in the tables' folder takes the place of a shipped one, so a
/// translator sees an edit without rebuilding.
pub const SHIPPED: &[(&str, &str)] = &[
    ("en", ENGLISH),
    ("zh-CN", include_str!("../../assets/i18n/zh-CN.ftl")),
    ("ar", include_str!("../../assets/i18n/ar.ftl")),
];

/// The folder of the string tables: `assets/i18n` where the game is run, or else the source
/// tree's (a missing folder is fine: the shipped tables are in the binary).
pub fn tables_dir() -> std::path::PathBuf {
    let local = std::path::PathBuf::from("assets/i18n");
    if local.is_dir() {
        local
    } else {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/i18n")
    }
}

/// The shipped languages, each by its tag and its own name (`language-name` in its table).
pub fn shipped_languages() -> &'static [(&'static str, String)] {
    static NAMES: std::sync::OnceLock<Vec<(&'static str, String)>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        SHIPPED
            .iter()
            .map(|(tag, text)| {
                let table = Strings::parse(text, tag).unwrap_or_else(|e| e.0);
                (*tag, table.t("language-name"))
            })
            .collect()
    })
}

/// The translations of the shipped scenarios' texts (see `scenario::text`), by
/// language tag; `assets/i18n/scenarios/<tag>.ftl` takes the place of a shipped one.
pub(crate) const SHIPPED_SCENARIO_TEXTS: &[(&str, &str)] = &[
    (
        "zh-CN",
        include_str!("../../assets/i18n/scenarios/zh-CN.ftl"),
    ),
    ("ar", include_str!("../../assets/i18n/scenarios/ar.ftl")),
];

/// The shipped table of a language tag, if there is one.
pub fn shipped(lang: &str) -> Option<&'static str> {
    SHIPPED.iter().find(|(l, _)| *l == lang).map(|(_, t)| *t)
}

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

/// True for languages written right to left (by their primary subtag).
pub fn is_rtl_language(lang: &str) -> bool {
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    matches!(primary, "ar" | "fa" | "he" | "ur" | "ps" | "yi")
}

/// A loaded string table: the chosen language, then English for any message it lacks.
pub struct Strings {
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Strings>>,
    lang: String,
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

    /// The English table, parsed once (for the command line and the reports, which say
    /// things in English through the same table as the window).
    pub(crate) fn english_shared() -> &'static Strings {
        static ENGLISH_TABLE: std::sync::OnceLock<Strings> = std::sync::OnceLock::new();
        ENGLISH_TABLE.get_or_init(Strings::english)
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
            lang: lang.to_owned(),
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
            // No such file, or no file system at all (the browser): the shipped table.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::Unsupported
                ) =>
            {
                match shipped(lang) {
                    Some(text) => text.to_owned(),
                    None => {
                        // No translation yet: play in English rather than not at all.
                        let mut have: Vec<String> =
                            SHIPPED.iter().map(|(l, _)| (*l).to_owned()).collect();
                        for l in available_languages(dir) {
                            if !have.contains(&l) {
                                have.push(l);
                            }
                        }
                        eprintln!(
                            "warning: there is no `{lang}` translation ({} not found); playing in English. Languages: {}",
                            path.display(),
                            have.join(", ")
                        );
                        return Ok(Strings::english());
                    }
                }
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
        table.add_scenario_texts(lang, dir);
        table.fallback = Some(Box::new(Strings::english()));
        Ok(table)
    }

    /// Add the translations of scenarios' texts for `lang`: `dir/scenarios/<lang>.ftl`, or
    /// the shipped table. Messages that do not parse are reported and left out.
    fn add_scenario_texts(&mut self, lang: &str, dir: &std::path::Path) {
        let path = dir.join("scenarios").join(format!("{lang}.ftl"));
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(_) => match SHIPPED_SCENARIO_TEXTS.iter().find(|(l, _)| *l == lang) {
                Some((_, text)) => (*text).to_owned(),
                None => return,
            },
        };
        let resource = match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    eprintln!("warning: {}: {e:?}", path.display());
                }
                r
            }
        };
        self.bundle.add_resource_overriding(resource);
    }

    /// A scenario's text (a policy's name, an event's description…) in the table's
    /// language: its translation if the table has one for exactly these English words, else
    /// the words as the scenario has them.
    pub fn scenario(&self, english: &str) -> String {
        let key = crate::scenario::text::key(english);
        let Some(pattern) = self.bundle.get_message(&key).and_then(|m| m.value()) else {
            return english.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned()
    }

    /// The table's language tag (`en-US`, `zh-CN`, `ar`).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// True when the language is written right to left (the window orders its text).
    pub fn rtl(&self) -> bool {
        is_rtl_language(&self.lang)
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

mod news;
mod words;
pub use news::*;
pub use words::*;

#[cfg(test)]
mod tests;
