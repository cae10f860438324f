//! The debrief: one self-contained HTML page about a played game (inline SVG charts, no
//! scripts, nothing fetched from the network), with the history as CSV and JSON beside it.
//!
//! It holds the timeline of both sides' orders and the events, the computer's one-line
//! reasons, charts of the main quantities, the "why" of the five biggest changes from the
//! ledger, the article facts each policy and event used rests on (with the paragraph), the
//! final score, and the discussion prompts of the policies used.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::History;
use crate::ai::Level;
use crate::charts::{CHINA, LineChart, Series, US};
use crate::save::{Player, SaveGame};
use crate::scenario::Scenario;
use crate::sim::game::{JournalEntry, quarter_label};
use crate::sim::quantity::{BlocQ, GameQ, Quantity, Side};
use crate::sim::scoring::Verdict;

pub use crate::scenario::text::ARTICLE_FACTS;

/// Escape text for HTML.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

use crate::scenario::text::figures;

/// The qualitative claims by paragraph: (paragraphs as written, text).
fn claims() -> Vec<(String, String)> {
    ARTICLE_FACTS
        .lines()
        .filter_map(|l| l.strip_prefix("- ¶"))
        .filter_map(|l| l.split_once(':'))
        .map(|(p, text)| (p.trim().to_string(), text.trim().replace("**", "")))
        .collect()
}

/// Paragraph numbers and figure ids cited in a `source` string.
fn citations(source: &str) -> (BTreeSet<u32>, BTreeSet<u32>) {
    let mut paras = BTreeSet::new();
    let mut figs = BTreeSet::new();
    let chars: Vec<char> = source.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == 'F' || c == '¶' {
            let mut j = i + 1;
            let mut n = String::new();
            while j < chars.len() && chars[j].is_ascii_digit() {
                n.push(chars[j]);
                j += 1;
            }
            if let Ok(v) = n.parse::<u32>() {
                if c == 'F' {
                    figs.insert(v);
                } else {
                    paras.insert(v);
                    // ¶21–22
                    if j < chars.len() && (chars[j] == '–' || chars[j] == '-') {
                        let mut k = j + 1;
                        let mut m = String::new();
                        while k < chars.len() && chars[k].is_ascii_digit() {
                            m.push(chars[k]);
                            k += 1;
                        }
                        if let Ok(end) = m.parse::<u32>() {
                            for p in v..=end.min(v + 10) {
                                paras.insert(p);
                            }
                        }
                    }
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    (paras, figs)
}

fn para_matches(written: &str, p: u32) -> bool {
    let nums: Vec<u32> = written
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    match (
        written.contains('–') || written.contains('-'),
        nums.as_slice(),
    ) {
        (true, [a, b, ..]) => (*a..=*b).contains(&p),
        _ => nums.contains(&p),
    }
}

/// The computer's one-line reasons for each turn, recomputed: computer decisions depend only
/// on the view and the turn, so replaying a computer side's decisions gives the reasons it
/// had. A reason is kept only where the recomputed orders are the recorded ones.
fn reasons(save: &SaveGame) -> Vec<[Option<String>; 2]> {
    let s = &save.scenario;
    let mut players: [Option<crate::ai::ComputerPlayer>; 2] =
        [Side::Us, Side::China].map(|side| match &save.players[side.index()] {
            Player::Computer { .. } => crate::branch::carry_on(
                s,
                side,
                &save.players[side.index()],
                Level::Normal,
                save.seed,
            )
            .ok(),
            Player::Human => None,
        });
    let mut sim = crate::sim::Sim::new(s, save.seed);
    sim.set_ledger(false);
    let mut out = Vec::with_capacity(save.turns.len());
    for log in &save.turns {
        let mut row: [Option<String>; 2] = [None, None];
        for side in Side::BOTH {
            if let Some(p) = players[side.index()].as_mut() {
                let d = p.decide(s, &sim.view(side));
                let given: Vec<_> = log
                    .orders
                    .iter()
                    .filter(|(w, _)| *w == side)
                    .map(|(_, c)| *c)
                    .collect();
                if given.starts_with(&d.commands) && !d.explanation.is_empty() {
                    row[side.index()] = Some(d.explanation.english(s));
                }
            }
        }
        for (side, c) in &log.orders {
            let _ = sim.submit(*side, *c);
        }
        sim.advance_turn();
        out.push(row);
    }
    out
}

fn verdict_text(v: Verdict) -> String {
    match v {
        Verdict::Winner(Side::Us) => "The United States wins".into(),
        Verdict::Winner(Side::China) => "China wins".into(),
        Verdict::Draw => "A draw".into(),
        Verdict::SharedLoss => "Shared loss: the catastrophe came, and both sides lose".into(),
        Verdict::InProgress => "The game is still being played".into(),
    }
}

fn player_text(p: &Player) -> String {
    match p {
        Player::Human => "a person".into(),
        Player::Computer { level, doctrine } => format!(
            "the computer ({level}{})",
            doctrine
                .as_ref()
                .map_or_else(String::new, |d| format!(", doctrine {d}"))
        ),
    }
}

fn svg_inline(svg: &str) -> String {
    // Drop any XML prolog; keep the <svg> element, sized by the page.
    let start = svg.find("<svg").unwrap_or(0);
    svg[start..].replacen("<svg ", "<svg role=\"img\" class=\"chart\" ", 1)
}

/// The charts of a game: lead, compute, adoption, world market share, risk and tension.
pub fn charts(save: &SaveGame, history: &History) -> Vec<LineChart> {
    let s = &save.scenario;
    let dates: Vec<String> = std::iter::once("start".to_string())
        .chain(history.turns.iter().map(|t| t.date.clone()))
        .collect();
    let col = |q: Quantity| -> Vec<f64> {
        let c = history.quantities.iter().position(|x| *x == q);
        std::iter::once(c.map_or(f64::NAN, |c| history.start[c]))
            .chain(
                history
                    .turns
                    .iter()
                    .map(|t| c.map_or(f64::NAN, |c| t.values[c])),
            )
            .collect()
    };
    let pair = |title: &str, y: &str, us: Vec<f64>, china: Vec<f64>| LineChart {
        title: title.into(),
        y_label: y.into(),
        x_labels: dates.clone(),
        series: vec![
            Series {
                label: "■ United States".into(),
                colour: US,
                dashed: false,
                values: us,
                band: None,
            },
            Series {
                label: "▲ China".into(),
                colour: CHINA,
                dashed: true,
                values: china,
                band: None,
            },
        ],
        marks: Vec::new(),
    };
    let both = |title: &str, y: &str, q: BlocQ| {
        pair(
            title,
            y,
            col(Quantity::Bloc(Side::Us, q)),
            col(Quantity::Bloc(Side::China, q)),
        )
    };
    let share = |side: Side| -> Vec<f64> {
        let start = crate::sim::Snapshot::initial(s, save.seed);
        std::iter::once(start.markets.world_share(s, side))
            .chain(
                save.turns
                    .iter()
                    .map(|t| t.snapshot.markets.world_share(s, side)),
            )
            .collect()
    };
    vec![
        LineChart {
            title: "The lead in months (+ = US ahead)".into(),
            y_label: "months".into(),
            x_labels: dates.clone(),
            series: vec![Series {
                label: "US lead".into(),
                colour: US,
                dashed: false,
                values: col(Quantity::Game(GameQ::LeadMonths)),
                band: None,
            }],
            marks: Vec::new(),
        },
        both(
            "Effective compute",
            "million H100e",
            BlocQ::ComputeEffective,
        ),
        both(
            "AI adoption",
            "% of firms using AI in production",
            BlocQ::AdoptionShare,
        ),
        pair(
            "Share of the world's AI market",
            "%",
            share(Side::Us),
            share(Side::China),
        ),
        LineChart {
            title: "Catastrophe risk and tension".into(),
            y_label: "0–100".into(),
            x_labels: dates.clone(),
            series: vec![
                Series {
                    label: "Risk".into(),
                    colour: (0xD5, 0x5E, 0x00),
                    dashed: false,
                    values: col(Quantity::Game(GameQ::Risk)),
                    band: None,
                },
                Series {
                    label: "Tension".into(),
                    colour: (0x55, 0x55, 0x55),
                    dashed: true,
                    values: col(Quantity::Game(GameQ::Tension)),
                    band: None,
                },
            ],
            marks: Vec::new(),
        },
    ]
}

/// The five biggest one-turn changes of the headline quantities, relative to the quantity's
/// size: (turn index, quantity, before, after).
fn biggest_changes(history: &History) -> Vec<(usize, Quantity, f64, f64)> {
    let headline: Vec<Quantity> = Side::BOTH
        .into_iter()
        .flat_map(|side| {
            [
                BlocQ::ComputeEffective,
                BlocQ::ChipsInstalled,
                BlocQ::AdoptionShare,
                BlocQ::ResearchCapability,
                BlocQ::FundingPrivate,
                BlocQ::FundingState,
                BlocQ::EnergyGridGw,
                BlocQ::TalentResearchers,
            ]
            .map(|q| Quantity::Bloc(side, q))
        })
        .chain([Quantity::Game(GameQ::Risk), Quantity::Game(GameQ::Tension)])
        .collect();
    let mut found = Vec::new();
    for q in headline {
        let Some(c) = history.quantities.iter().position(|x| *x == q) else {
            continue;
        };
        let mut before = history.start[c];
        for (i, t) in history.turns.iter().enumerate() {
            let after = t.values[c];
            let rel = (after - before).abs() / before.abs().max(after.abs()).max(1e-9);
            if rel.is_finite() && rel > 1e-6 {
                found.push((rel, i, q, before, after));
            }
            before = after;
        }
    }
    found.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut seen = BTreeSet::new();
    found
        .into_iter()
        .filter(|(_, _, q, _, _)| seen.insert(q.path()))
        .take(5)
        .map(|(_, i, q, a, b)| (i, q, a, b))
        .collect()
}

/// The debrief page.
pub fn html(save: &SaveGame) -> String {
    let s = &save.scenario;
    let history = History::replay(save);
    let reasons = reasons(save);
    let mut h = String::new();
    let title = format!("AI Race debrief — {}", s.name);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n",
        esc(&title)
    );
    let first = quarter_label(s, 1);
    let last = history
        .turns
        .last()
        .map_or_else(|| first.clone(), |t| t.date.clone());
    let _ = writeln!(
        h,
        "<header><h1>{}</h1><p class=\"meta\">Scenario <b>{}</b>, seed {}, {} turns played ({first} to {last}). \
         The United States: {}. China: {}.</p></header>",
        esc(&title),
        esc(&s.name),
        save.seed,
        save.turns.len(),
        esc(&player_text(&save.players[0])),
        esc(&player_text(&save.players[1]))
    );

    // The result.
    let r = &history.result;
    let w = &s.score.weights;
    let _ = writeln!(
        h,
        "<section id=\"score\"><h2>The result</h2><p class=\"verdict\">{}.</p>\
         <table><thead><tr><th>axis</th><th>weight</th><th>■ US</th><th>▲ China</th></tr></thead><tbody>",
        esc(&verdict_text(r.verdict))
    );
    for (name, weight, a, b) in [
        (
            "Capability lead",
            w.lead,
            r.scores[0].lead,
            r.scores[1].lead,
        ),
        (
            "World market share",
            w.market,
            r.scores[0].market,
            r.scores[1].market,
        ),
        (
            "Adoption",
            w.adoption,
            r.scores[0].adoption,
            r.scores[1].adoption,
        ),
        (
            "Economy",
            w.economy,
            r.scores[0].economy,
            r.scores[1].economy,
        ),
        (
            "Stability",
            w.stability,
            r.scores[0].stability,
            r.scores[1].stability,
        ),
        ("Total", f64::NAN, r.scores[0].total, r.scores[1].total),
    ] {
        let weight = if weight.is_nan() {
            String::new()
        } else {
            format!("{weight}")
        };
        let _ = writeln!(
            h,
            "<tr><td>{name}</td><td>{weight}</td><td>{a:.2}</td><td>{b:.2}</td></tr>"
        );
    }
    let _ = writeln!(h, "</tbody></table></section>");

    // Charts.
    let _ = writeln!(h, "<section id=\"charts\"><h2>The race in charts</h2>");
    for chart in charts(save, &history) {
        match chart.svg((760, 380)) {
            Ok(svg) => {
                let _ = writeln!(
                    h,
                    "<figure class=\"chart\" aria-label=\"{}\">{}</figure>",
                    esc(&chart.title),
                    svg_inline(&svg)
                );
            }
            Err(e) => {
                let _ = writeln!(h, "<p>{}</p>", esc(&e));
            }
        }
    }
    let _ = writeln!(h, "</section>");

    // Timeline.
    let _ = writeln!(
        h,
        "<section id=\"timeline\"><h2>Timeline</h2><p>Orders of each turn (a budget split only when it changes), what happened, and the computer's one-line reasons.</p><table class=\"timeline\"><thead><tr>\
         <th>turn</th><th>quarter</th><th>■ US orders</th><th>▲ China orders</th>\
         <th>what happened</th><th>the computer's reasons</th></tr></thead><tbody>"
    );
    // A budget order that repeats the side's split of the turn before is left out.
    let mut last_budget: [Option<crate::sim::orders::Command>; 2] = [None, None];
    for (i, log) in save.turns.iter().enumerate() {
        let mut orders = |side: Side| {
            let v: Vec<String> = log
                .orders
                .iter()
                .filter(|(w, _)| *w == side)
                .filter(|(_, c)| {
                    if matches!(c, crate::sim::orders::Command::SetBudget { .. }) {
                        let same = last_budget[side.index()] == Some(*c);
                        last_budget[side.index()] = Some(*c);
                        !same
                    } else {
                        true
                    }
                })
                .map(|(_, c)| esc(&order_words(s, c)))
                .collect();
            if v.is_empty() {
                "—".to_string()
            } else {
                v.join("<br>")
            }
        };
        let news: Vec<String> = history
            .turns
            .get(i)
            .map(|t| {
                t.journal
                    .iter()
                    .filter(|j| !matches!(j, JournalEntry::OrderRejected { .. }))
                    .map(|j| esc(&crate::report::name_ids(s, &history.describe(j))))
                    .collect()
            })
            .unwrap_or_default();
        let why: Vec<String> = Side::BOTH
            .into_iter()
            .filter_map(|side| {
                reasons
                    .get(i)
                    .and_then(|r| r[side.index()].as_ref())
                    .map(|t| {
                        format!(
                            "<b>{}</b> {}",
                            if side == Side::Us { "US:" } else { "China:" },
                            esc(&crate::report::name_ids(s, t))
                        )
                    })
            })
            .collect();
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"why\">{}</td></tr>",
            log.turn,
            esc(&quarter_label(s, log.turn)),
            orders(Side::Us),
            orders(Side::China),
            if news.is_empty() {
                "—".into()
            } else {
                news.join("<br>")
            },
            why.join("<br>")
        );
    }
    let _ = writeln!(h, "</tbody></table></section>");

    // Why: the five biggest changes.
    let _ = writeln!(
        h,
        "<section id=\"why\"><h2>Why: the five biggest changes</h2>\
         <p>The largest one-quarter changes of the main quantities, relative to their size, \
         with every cause the game's ledger recorded for them.</p>"
    );
    for (i, q, before, after) in biggest_changes(&history) {
        let t = &history.turns[i];
        let _ = writeln!(
            h,
            "<div class=\"change\"><h3>{} — turn {} ({})</h3><p>{} → {} {} ({:+.1}%)</p><ul>",
            esc(&q.path()),
            t.turn,
            esc(&t.date),
            fmt_num(before),
            fmt_num(after),
            esc(q.unit()),
            100.0 * (after - before) / before.abs().max(1e-9)
        );
        let mut any = false;
        for c in t.ledger.iter().filter(|c| c.quantity == q) {
            any = true;
            let _ = writeln!(
                h,
                "<li>{}: {}</li>",
                esc(&crate::report::name_ids(s, &c.cause.label(s))),
                fmt_signed(c.amount)
            );
        }
        if !any {
            let _ = writeln!(h, "<li>(no cause recorded)</li>");
        }
        let _ = writeln!(h, "</ul></div>");
    }
    let _ = writeln!(h, "</section>");

    // Policies and events used: their facts and prompts.
    let mut used_policies = BTreeSet::new();
    let mut fired_events = BTreeSet::new();
    for t in &history.turns {
        for j in &t.journal {
            match j {
                JournalEntry::PolicyEnacted { policy, .. }
                | JournalEntry::LevelChanged { policy, .. }
                | JournalEntry::ProjectCompleted { policy, .. } => {
                    used_policies.insert(policy.0);
                }
                JournalEntry::EventFired { event, .. } => {
                    fired_events.insert(event.0);
                }
                _ => {}
            }
        }
    }
    for (i, p) in s.policies.iter().enumerate() {
        if p.start_active {
            used_policies.insert(i as u16);
        }
    }
    let figures = figures();
    let claims = claims();
    let _ = writeln!(
        h,
        "<section id=\"facts\"><h2>What the article says behind the moves of this game</h2>\
         <p>Each policy enacted and each event that struck cites a figure (F) or paragraph (¶) of the \
         source article, an Arabic report on Ektisadi.com retelling Wall Street Journal reporting from 2025. \
         The summaries below are the game's English summary of those paragraphs.</p><table><thead><tr>\
         <th>policy or event</th><th>source</th><th>what the article says</th></tr></thead><tbody>"
    );
    let mut cite_rows = |name: &str, source: &str| {
        let (paras, figs) = citations(source);
        let mut said = Vec::new();
        for f in &figs {
            if let Some((id, text, para)) = figures.iter().find(|(id, _, _)| id == &format!("F{f}"))
            {
                said.push(format!("<b>{id}</b> (¶{}): {}", esc(para), esc(text)));
            }
        }
        for p in &paras {
            for (written, text) in claims.iter().filter(|(w, _)| para_matches(w, *p)) {
                let line = format!("<b>¶{}</b>: {}", esc(written), esc(text));
                if !said.contains(&line) {
                    said.push(line);
                }
            }
        }
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(name),
            esc(source),
            if said.is_empty() {
                "(a modelling choice of the game; see docs/sources.md)".into()
            } else {
                said.join("<br>")
            }
        );
    };
    for &i in &used_policies {
        if let Some(p) = s.policies.get(usize::from(i)) {
            cite_rows(&p.name, &p.source);
        }
    }
    for &i in &fired_events {
        if let Some(e) = s.events.get(usize::from(i)) {
            cite_rows(&format!("Event: {}", e.name), &e.source);
        }
    }
    let _ = writeln!(h, "</tbody></table></section>");

    let _ = writeln!(
        h,
        "<section id=\"prompts\"><h2>Questions for discussion</h2><ol class=\"prompts\">"
    );
    for &i in &used_policies {
        if let Some(p) = s.policies.get(usize::from(i))
            && !p.prompt.trim().is_empty()
        {
            let _ = writeln!(
                h,
                "<li class=\"prompt\"><b>{}</b>: {}</li>",
                esc(&p.name),
                esc(&p.prompt)
            );
        }
    }
    for &i in &fired_events {
        if let Some(e) = s.events.get(usize::from(i))
            && !e.prompt.trim().is_empty()
        {
            let _ = writeln!(
                h,
                "<li class=\"prompt\"><b>{}</b>: {}</li>",
                esc(&e.name),
                esc(&e.prompt)
            );
        }
    }
    let _ = writeln!(
        h,
        "</ol></section><footer><p>Every quantity, turn by turn: <a href=\"history.csv\">history.csv</a>, \
         <a href=\"history.json\">history.json</a>. Made by AI Race {} from a save that replays bit for bit: \
         <code>ai-race replay SAVE --verify</code>.</p></footer></body></html>",
        env!("CARGO_PKG_VERSION")
    );
    h
}

fn order_words(s: &Scenario, c: &crate::sim::orders::Command) -> String {
    use crate::sim::orders::Command;
    match *c {
        Command::SetBudget {
            chips,
            grid,
            research,
        } => {
            let sum = (chips + grid + research).max(1e-9);
            format!(
                "budget: chips {:.0}%, power {:.0}%, research {:.0}%",
                100.0 * chips / sum,
                100.0 * grid / sum,
                100.0 * research / sum
            )
        }
        Command::Enact { policy } => format!("enact {}", policy.title(s)),
        Command::Repeal { policy } => format!("repeal {}", policy.title(s)),
        Command::SetLevel { policy, level } => format!("{} to level {level}", policy.title(s)),
        Command::AnswerEvent { event, choice } => {
            let label = event
                .def(s)
                .and_then(|e| e.choices.get(usize::from(choice)))
                .map_or_else(|| format!("option {choice}"), |c| c.label.clone());
            format!("{}: {label}", event.title(s))
        }
    }
}

fn fmt_num(v: f64) -> String {
    if v.abs() >= 100.0 {
        format!("{v:.0}")
    } else if v.abs() >= 1.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.3}")
    }
}

fn fmt_signed(v: f64) -> String {
    let s = fmt_num(v);
    if v >= 0.0 { format!("+{s}") } else { s }
}

/// Write `debrief.html`, `history.csv` and `history.json` into `dir` (created if needed).
/// Returns the page's path.
pub fn write(save: &SaveGame, dir: &Path) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let history = History::replay(save);
    let page = dir.join("debrief.html");
    let files = [
        (page.clone(), html(save)),
        (
            dir.join("history.csv"),
            history.to_csv().map_err(|e| e.to_string())?,
        ),
        (
            dir.join("history.json"),
            history.to_json().map_err(|e| e.to_string())?,
        ),
    ];
    for (path, text) in files {
        crate::save::write_atomic(&path, text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(page)
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;\
max-width:1100px;margin:2em auto;padding:0 1em;color:#1a1a1a;line-height:1.45}\
h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:2px solid #005A9C;padding-bottom:.2em;margin-top:1.6em}\
.meta{color:#444}.verdict{font-size:1.25em;font-weight:600}\
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}\
th{background:#eef3f8}.timeline td:nth-child(3){color:#003f6e}.timeline td:nth-child(4){color:#8a3a00}\
.why{font-size:.9em;color:#333}figure.chart{margin:.5em 0;display:inline-block;width:49%;min-width:380px}\
figure.chart figcaption{font-weight:600}svg.chart{width:100%;height:auto;border:1px solid #ddd}\
.change h3{font-size:1.05em;margin-bottom:.2em}.prompts li{margin:.4em 0}\
@media print{section{page-break-inside:avoid}}";
