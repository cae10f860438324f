//! The string tables of every front-end: the window's words (and the kit's, the class
//! report's) come from a Fluent file under `assets/i18n/`, and a scenario's texts from its
//! translation table (`assets/i18n/scenarios/`, see [`crate::scenario::text`]). English,
//! Chinese and Arabic ship in the binary; adding a language is a new `.ftl` file, not a code
//! change.
//!
//! Must not: format numbers for the model or decide anything; it only turns keys into text.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The English table, compiled in so the game needs no files beside the binary.
pub const ENGLISH: &str = include_str!("../assets/i18n/en.ftl");

/// The tables shipped in the binary (the browser build has no files): language tag and text.
/// A file `<tag>.ftl` in the tables' folder takes the place of a shipped one, so a
/// translator sees an edit without rebuilding.
pub const SHIPPED: &[(&str, &str)] = &[
    ("en", ENGLISH),
    ("zh-CN", include_str!("../assets/i18n/zh-CN.ftl")),
    ("ar", include_str!("../assets/i18n/ar.ftl")),
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

/// The translations of the shipped scenarios' texts (see [`crate::scenario::text`]), by
/// language tag; `assets/i18n/scenarios/<tag>.ftl` takes the place of a shipped one.
pub const SHIPPED_SCENARIO_TEXTS: &[(&str, &str)] = &[
    ("zh-CN", include_str!("../assets/i18n/scenarios/zh-CN.ftl")),
    ("ar", include_str!("../assets/i18n/scenarios/ar.ftl")),
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
    pub fn english_shared() -> &'static Strings {
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

// Words for the game's data, shared by every front-end (the window, the kit, the reports).

/// A bloc's resources as every front-end lists them, in order (the window's panels, the
/// kit's role cards).
pub const RESOURCES: &[BlocQ] = &[
    BlocQ::ComputeEffective,
    BlocQ::ChipsInstalled,
    BlocQ::ChipsFabCapacity,
    BlocQ::FundingPrivate,
    BlocQ::FundingState,
    BlocQ::EnergyGridGw,
    BlocQ::TalentResearchers,
    BlocQ::AdoptionShare,
    BlocQ::ResearchCapability,
    BlocQ::SafetyEffort,
];

use crate::scenario::Scenario;
use crate::sim::quantity::{BlocQ, GameQ, Region, Side};

/// A side's full name from the string table.
pub fn side_name(t: &Strings, side: Side) -> String {
    t.t(side.id())
}

/// A number with sensible digits for its size.
pub fn num(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let a = v.abs();
    if a >= 1000.0 {
        format!("{v:.0}")
    } else if a >= 100.0 {
        format!("{v:.1}")
    } else if a >= 1.0 {
        format!("{v:.2}")
    } else if a == 0.0 {
        "0".into()
    } else {
        format!("{v:.3}")
    }
}

/// A change with its sign.
pub fn signed(v: f64) -> String {
    if v > 0.0 {
        format!("+{}", num(v))
    } else if v < 0.0 {
        format!("−{}", num(-v))
    } else {
        "±0".into()
    }
}

/// The string-table key of a quantity path (`q-chips-installed`).
pub fn key_of(path: &str) -> String {
    format!("q-{}", path.replace(['.', '_'], "-"))
}

/// A bloc quantity's name.
pub fn q_name(t: &Strings, q: BlocQ) -> String {
    t.t(&key_of(q.path()))
}

/// A bloc quantity's unit.
pub fn q_unit(t: &Strings, q: BlocQ) -> String {
    t.t(&format!("{}-unit", key_of(q.path())))
}

/// A bloc quantity's meaning.
pub fn q_desc(t: &Strings, q: BlocQ) -> String {
    t.t(&format!("{}-desc", key_of(q.path())))
}

/// A world quantity's name, unit and meaning.
pub fn game_q_text(t: &Strings, q: GameQ) -> (String, String, String) {
    let k = key_of(&format!("game.{}", q.path()));
    (
        t.t(&k),
        t.t(&format!("{k}-unit")),
        t.t(&format!("{k}-desc")),
    )
}

/// A region's name.
pub fn region_name(t: &Strings, r: Region) -> String {
    t.t(&format!("region-{}", r.id().replace('_', "-")))
}

/// A policy category's name (the scenario's id if the table has none).
pub fn category_name(t: &Strings, id: &str) -> String {
    let key = format!("category-{}", id.replace('_', "-"));
    if t.has(&key) {
        t.t(&key)
    } else {
        id.replace('_', " ")
    }
}

/// The arguments of the messages that explain how a game is scored (help, the guided turn's
/// first step, the end screen), read from the scenario so a variant's weights and pars show
/// as they are.
pub fn score_args(t: &Strings, s: &Scenario) -> Vec<(&'static str, Arg)> {
    let w = &s.score.weights;
    let n = |v: f64| Arg::Text(num_plain(v));
    // Whole counts go as numbers, so a language can pick the noun's plural form (Arabic has
    // six); other values as the text a person writes.
    let count = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e6 {
            Arg::Number(v)
        } else {
            n(v)
        }
    };
    let politics = |side: Side| &s.bloc(side).politics;
    let us = politics(Side::Us);
    let cn = politics(Side::China);
    vec![
        ("end", quarter_text(t, s, s.turns).into()),
        ("w-lead", n(w.lead)),
        ("w-market", n(w.market)),
        ("w-adoption", n(w.adoption)),
        ("w-economy", n(w.economy)),
        ("w-stability", n(w.stability)),
        (
            "w-total",
            n(w.lead + w.market + w.adoption + w.economy + w.stability),
        ),
        ("par", count(crate::sim::scoring::lead_par(s))),
        ("cap", count(s.score.lead_cap_months)),
        ("swing", count(s.score.market_swing)),
        ("growth", n(s.score.economy_full_growth)),
        ("margin", n(s.score.draw_margin)),
        (
            "breakthrough",
            s.score
                .breakthrough_months
                .map_or(Arg::Text("none".into()), count),
        ),
        ("us-capital", n(us.capital.v())),
        ("us-income", n(us.income.v())),
        ("us-cap", n(us.cap.v())),
        ("cn-capital", n(cn.capital.v())),
        ("cn-income", n(cn.income.v())),
        ("cn-cap", n(cn.cap.v())),
    ]
}

/// A parameter as a person writes it: at most two decimals, no trailing zeros (3, 0.5, 1.25).
pub fn num_plain(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// An order in words.
pub fn order_text(t: &Strings, s: &Scenario, c: &crate::sim::orders::Command) -> String {
    let pol = |p: crate::sim::policies::PolicyId| t.scenario(&p.title(s));
    // "What: detail", with the language's own colon.
    let line = |what: String, detail: String| {
        t.f(
            "order-line",
            &[("what", what.into()), ("detail", detail.into())],
        )
    };
    match *c {
        crate::sim::orders::Command::SetBudget {
            chips,
            grid,
            research,
        } => {
            let sum = (chips + grid + research).max(1e-12);
            line(
                t.t("budget"),
                format!(
                    "{} {:.0}% · {} {:.0}% · {} {:.0}%",
                    t.t("budget-chips"),
                    100.0 * chips / sum,
                    t.t("budget-grid"),
                    100.0 * grid / sum,
                    t.t("budget-research"),
                    100.0 * research / sum
                ),
            )
        }
        crate::sim::orders::Command::Enact { policy } => line(t.t("policy-enact"), pol(policy)),
        crate::sim::orders::Command::Repeal { policy } => line(t.t("policy-repeal"), pol(policy)),
        crate::sim::orders::Command::SetLevel { policy, level } => {
            let name = policy
                .def(s)
                .and_then(|d| match &d.kind {
                    crate::scenario::PolicyKind::Levels { levels, .. } => {
                        levels.get(usize::from(level))
                    }
                    _ => None,
                })
                .map_or_else(|| level.to_string(), |l| t.scenario(&l.name));
            line(pol(policy), name)
        }
        crate::sim::orders::Command::AnswerEvent { event, choice } => {
            let def = event.def(s);
            let label = def
                .and_then(|e| e.choices.get(usize::from(choice)))
                .map_or_else(|| format!("#{choice}"), |c| t.scenario(&c.label));
            line(t.scenario(&event.title(s)), label)
        }
    }
}

/// Any quantity's name, with its side or region.
pub fn quantity_text(t: &Strings, q: crate::sim::quantity::Quantity) -> String {
    use crate::sim::quantity::Quantity;
    match q {
        Quantity::Game(g) => game_q_text(t, g).0,
        Quantity::Bloc(side, b) => t.f(
            "side-quantity",
            &[
                ("side", t.t(&format!("{}-short", side.id())).into()),
                ("name", q_name(t, b).into()),
            ],
        ),
        Quantity::Region(r, side) => {
            format!(
                "{} — {}",
                region_name(t, r),
                t.t(&format!("{}-short", side.id()))
            )
        }
    }
}

/// The quarter played in `turn`, in the table's words ("2025 Q3", "2025年第3季度").
pub fn quarter_text(t: &Strings, s: &Scenario, turn: u32) -> String {
    let (year, quarter) = crate::sim::game::quarter_of(s, turn);
    t.f(
        "quarter",
        &[
            ("year", Arg::Text(year.to_string())),
            ("quarter", Arg::Text(quarter.to_string())),
        ],
    )
}

/// A game's verdict in words ("China wins", "A draw…"); an unfinished game reads as the
/// standing so far, a draw.
pub fn verdict_text(t: &Strings, v: crate::sim::scoring::Verdict) -> String {
    use crate::sim::scoring::Verdict;
    match v {
        Verdict::Winner(side) => t.f("end-winner", &[("side", side_name(t, side).into())]),
        Verdict::Draw | Verdict::InProgress => t.t("end-draw"),
        Verdict::SharedLoss => t.t("end-shared-loss"),
    }
}

/// Why a computer player gave its orders, in words: the rule it followed, or what its
/// rollouts measured (the orders named in the table's language).
pub fn explanation_text(t: &Strings, s: &Scenario, e: &crate::ai::Explanation) -> String {
    use crate::ai::Explanation;
    let signed = |v: f64| format!("{v:+.2}");
    let orders = |list: &[crate::sim::orders::Command]| {
        list.iter()
            .map(|c| order_text(t, s, c))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    match e {
        Explanation::Silent => String::new(),
        Explanation::Rules => t.t("why-rules"),
        Explanation::Random(Some(c)) => t.f("why-random", &[("order", order_text(t, s, c).into())]),
        Explanation::Random(None) => t.t("why-random-none"),
        Explanation::Doctrine(Some(c)) => {
            t.f("why-doctrine", &[("order", order_text(t, s, c).into())])
        }
        Explanation::Doctrine(None) => t.t("why-doctrine-none"),
        Explanation::NothingToWeigh => t.t("why-nothing-to-weigh"),
        Explanation::NoChange {
            best,
            none,
            lead,
            horizon,
        } => t.f(
            "why-no-change",
            &[
                ("best", signed(*best).into()),
                ("none", signed(*none).into()),
                ("lead", format!("{lead:+.1}").into()),
                ("horizon", quarter_text(t, s, *horizon).into()),
            ],
        ),
        Explanation::Chosen {
            orders: list,
            value,
            none,
            interval,
            lead,
            horizon,
            rollouts,
            depth,
        } => {
            let sureness = match interval {
                Some((lo, hi)) => t.f(
                    if *lo > 0.0 {
                        "why-interval"
                    } else {
                        "why-gamble"
                    },
                    &[("low", signed(*lo).into()), ("high", signed(*hi).into())],
                ),
                None => String::new(),
            };
            t.f(
                "why-chosen",
                &[
                    ("orders", orders(list).into()),
                    ("value", signed(*value).into()),
                    ("none", signed(*none).into()),
                    ("sureness", sureness.into()),
                    ("lead", format!("{lead:+.1}").into()),
                    ("horizon", quarter_text(t, s, *horizon).into()),
                    ("rollouts", Arg::Number(*rollouts as f64)),
                    ("depth", Arg::Number(f64::from(*depth))),
                ],
            )
        }
    }
}

/// A computer level's short name in the table's language (the part of `level-<id>` before
/// its dash).
pub fn level_name(t: &Strings, l: crate::ai::Level) -> String {
    let text = t.t(&format!("level-{}", l.name()));
    text.split('—').next().unwrap_or(&text).trim().to_owned()
}

/// A metric of the experiment in the table's language: the quantity's name and unit.
pub fn metric_text(t: &Strings, m: crate::experiment::Metric) -> String {
    use crate::experiment::Metric;
    use crate::sim::quantity::{BlocQ, GameQ};
    let bloc = |s: Side, q: BlocQ| {
        format!(
            "{} ({})",
            t.f(
                "side-quantity",
                &[
                    ("side", t.t(&format!("{}-short", s.id())).into()),
                    ("name", q_name(t, q).into()),
                ],
            ),
            q_unit(t, q)
        )
    };
    let game = |q: GameQ| {
        let (name, unit, _) = game_q_text(t, q);
        format!("{name} ({unit})")
    };
    match m {
        Metric::LeadMonths => game(GameQ::LeadMonths),
        Metric::Risk => game(GameQ::Risk),
        Metric::Tension => game(GameQ::Tension),
        Metric::Adoption(s) => bloc(s, BlocQ::AdoptionShare),
        Metric::WorldShare(s) => format!(
            "{} (%)",
            t.f("charts-share", &[("side", side_name(t, s).into())])
        ),
        Metric::Capability(s) => bloc(s, BlocQ::ResearchCapability),
        Metric::Compute(s) => bloc(s, BlocQ::ComputeEffective),
        Metric::Bloc(s, q) => bloc(s, q),
    }
}

/// Why a number changed, in words.
pub fn cause_text(t: &Strings, s: &Scenario, c: crate::sim::ledger::Cause) -> String {
    use crate::sim::ledger::Cause;
    match c {
        Cause::Policy(id) => t.f("cause-policy", &[("name", t.scenario(&id.title(s)).into())]),
        Cause::Event(id) => t.f("cause-event", &[("name", t.scenario(&id.title(s)).into())]),
        other => {
            let label = other.label(s);
            let key = format!("cause-{}", label.replace('_', "-"));
            if t.has(&key) {
                t.t(&key)
            } else {
                label.replace('_', " ")
            }
        }
    }
}

/// A refused order and why, in words ("Enact: National cloud — needs …"); `via` names the
/// event whose answer gave the order.
pub fn rejected_text(
    t: &Strings,
    s: &Scenario,
    order: &crate::sim::orders::Command,
    via: Option<crate::sim::events::EventId>,
    error: &crate::sim::orders::CommandError,
) -> String {
    let order = order_text(t, s, order);
    let reason = refusal_text(t, s, error);
    match via {
        Some(event) => t.f(
            "rejected-via",
            &[
                ("order", order.into()),
                ("event", t.scenario(&event.title(s)).into()),
                ("reason", reason.into()),
            ],
        ),
        None => t.f(
            "rejected",
            &[("order", order.into()), ("reason", reason.into())],
        ),
    }
}

/// What happened, in words: one journal entry as every reader may see it (the window keeps
/// a side's refused orders to that side).
pub fn journal_text(t: &Strings, s: &Scenario, e: &crate::sim::game::JournalEntry) -> String {
    use crate::sim::game::JournalEntry;
    let side = |x: Side| side_name(t, x);
    let pol = |p: crate::sim::policies::PolicyId| t.scenario(&p.title(s));
    let sp = |w: Side, p| [("side", side(w).into()), ("policy", pol(p).into())];
    match e {
        JournalEntry::PolicyEnacted { side: w, policy } => t.f("news-enacted", &sp(*w, *policy)),
        JournalEntry::PolicyRepealed { side: w, policy } => t.f("news-repealed", &sp(*w, *policy)),
        JournalEntry::LevelChanged {
            side: w,
            policy,
            from,
            to,
        } => t.f(
            "news-level",
            &[
                ("side", side(*w).into()),
                ("policy", pol(*policy).into()),
                ("from", u32::from(*from).into()),
                ("to", u32::from(*to).into()),
            ],
        ),
        JournalEntry::ProjectCompleted { side: w, policy } => {
            t.f("news-completed", &sp(*w, *policy))
        }
        JournalEntry::PolicyLapsed { side: w, policy } => t.f("news-unpaid", &sp(*w, *policy)),
        JournalEntry::SharedInForce { policy } => {
            t.f("news-shared", &[("policy", pol(*policy).into())])
        }
        JournalEntry::SharedLapsed { policy } => {
            t.f("news-lapsed", &[("policy", pol(*policy).into())])
        }
        JournalEntry::EventFired { event, side: who } => {
            let name = t.scenario(&event.title(s));
            // "must choose" only when there is a choice to make.
            let choice = event.def(s).is_some_and(|d| !d.choices.is_empty());
            match who.filter(|_| choice) {
                Some(w) => t.f(
                    "news-event-choose",
                    &[("event", name.into()), ("side", side(w).into())],
                ),
                None => t.f("news-event", &[("event", name.into())]),
            }
        }
        JournalEntry::EventAnswered {
            side: w,
            event,
            choice,
            by_default,
        } => {
            let label = event
                .def(s)
                .and_then(|e| e.choices.get(usize::from(*choice)))
                .map_or_else(|| format!("#{choice}"), |c| t.scenario(&c.label));
            let key = if *by_default {
                "news-answered-default"
            } else {
                "news-answered"
            };
            t.f(
                key,
                &[
                    ("side", side(*w).into()),
                    ("event", t.scenario(&event.title(s)).into()),
                    ("choice", label.into()),
                ],
            )
        }
        JournalEntry::OrderRejected {
            side: w,
            order,
            via,
            error,
        } => t.f(
            "news-rejected-of",
            &[
                ("side", side(*w).into()),
                ("reason", rejected_text(t, s, order, *via, error).into()),
            ],
        ),
        JournalEntry::BubbleCorrection => t.t("news-bubble"),
        JournalEntry::Catastrophe => t.t("news-catastrophe"),
        JournalEntry::Breakthrough { side: w } => {
            t.f("news-breakthrough", &[("side", side(*w).into())])
        }
    }
}

/// Why an order was refused, in words.
pub fn refusal_text(t: &Strings, s: &Scenario, e: &crate::sim::orders::CommandError) -> String {
    use crate::sim::orders::{CommandError, Refusal};
    let why = match e {
        CommandError::Refused(why) => why,
        CommandError::GameOver => return t.t("refusal-game-over"),
        CommandError::BadBudget(_) => return t.t("refusal-bad-budget"),
        CommandError::UnknownPolicy(_) => return e.to_string(),
    };
    // Policies and events by their names in the table's language.
    let policy = |id: &str| {
        s.policies
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_owned(), |p| t.scenario(&p.name))
    };
    let event = |id: &str| {
        s.events
            .iter()
            .find(|e| e.id == id)
            .map_or_else(|| id.to_owned(), |e| t.scenario(&e.name))
    };
    let side = |x: Side| t.t(x.id());
    let p = |id: &str| ("policy", Arg::Text(policy(id)));
    match why {
        Refusal::WrongSide {
            policy: id,
            side: x,
            ..
        } => t.f("refusal-wrong-side", &[p(id), ("side", side(*x).into())]),
        Refusal::AlreadyOrdered { policy: id } => t.f("refusal-already-ordered", &[p(id)]),
        Refusal::Capital {
            policy: id,
            cost,
            left,
            side: x,
        } => t.f(
            "refusal-capital",
            &[
                p(id),
                ("cost", format!("{cost:.1}").into()),
                ("left", format!("{left:.1}").into()),
                ("side", side(*x).into()),
            ],
        ),
        Refusal::Money {
            policy: id,
            cost,
            left,
            side: x,
        } => t.f(
            "refusal-money",
            &[
                p(id),
                ("cost", format!("{cost:.1}").into()),
                ("left", format!("{left:.1}").into()),
                ("side", side(*x).into()),
            ],
        ),
        Refusal::Fixed { policy: id } => t.f("refusal-fixed", &[p(id)]),
        Refusal::Requires { policy: id, needs } => t.f(
            "refusal-requires",
            &[p(id), ("needs", Arg::Text(policy(needs)))],
        ),
        Refusal::Excludes { policy: id, with } => t.f(
            "refusal-excludes",
            &[p(id), ("with", Arg::Text(policy(with)))],
        ),
        Refusal::HasLevels { policy: id } => t.f("refusal-has-levels", &[p(id)]),
        Refusal::AlreadyEnacted { policy: id } => t.f("refusal-already-enacted", &[p(id)]),
        Refusal::Project { policy: id } => t.f("refusal-project", &[p(id)]),
        Refusal::RepealLevels { policy: id } => t.f("refusal-repeal-levels", &[p(id)]),
        Refusal::NotInForce { policy: id } => t.f("refusal-not-in-force", &[p(id)]),
        Refusal::NoLevels { policy: id } => t.f("refusal-no-levels", &[p(id)]),
        Refusal::NoSuchLevel {
            policy: id,
            level,
            max,
        } => t.f(
            "refusal-no-such-level",
            &[
                p(id),
                ("level", Arg::Number(f64::from(*level))),
                ("max", Arg::Number(*max as f64)),
            ],
        ),
        Refusal::NotAvailable {
            policy: id,
            side: x,
        } => t.f("refusal-not-available", &[p(id), ("side", side(*x).into())]),
        Refusal::AlreadyAtLevel { policy: id, level } => t.f(
            "refusal-already-at-level",
            &[p(id), ("level", Arg::Number(f64::from(*level)))],
        ),
        Refusal::NoPendingChoice { event: id, side: x } => t.f(
            "refusal-no-pending-choice",
            &[("event", Arg::Text(event(id))), ("side", side(*x).into())],
        ),
        Refusal::NoSuchChoice {
            event: id,
            choice,
            options,
        } => t.f(
            "refusal-no-such-choice",
            &[
                ("event", Arg::Text(event(id))),
                ("choice", Arg::Number(f64::from(*choice) + 1.0)),
                ("options", Arg::Number(*options as f64)),
            ],
        ),
        Refusal::ChoiceOrder {
            event: id,
            option,
            order,
            reason,
        } => t.f(
            "refusal-choice-order",
            &[
                ("event", Arg::Text(event(id))),
                ("option", Arg::Number(f64::from(*option) + 1.0)),
                ("order", Arg::Text(order_text(t, s, order))),
                (
                    "reason",
                    Arg::Text(refusal_text(
                        t,
                        s,
                        &CommandError::Refused((**reason).clone()),
                    )),
                ),
            ],
        ),
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
            let keys =
                |m: &[(String, String)]| m.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
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
        let source = include_str!("sim/ledger.rs");
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
}
