//! The debrief: one self-contained HTML page about a played game (inline SVG charts, no
//! scripts, nothing fetched from the network), with the history as CSV and JSON beside it.
//!
//! It holds the timeline of both sides' orders and the events, the computer's one-line
//! reasons, charts of the main quantities, the "why" of the five biggest changes from the
//! ledger, the article facts each policy and event used rests on (with the paragraph), the
//! final score, and the discussion prompts of the policies used.

mod parts;
pub(crate) use parts::charts;
use parts::*;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::History;
use crate::ai::Level;
use crate::charts::{CHINA, LineChart, Series, US};
use crate::i18n::{
    Arg, Strings, cause_text, explanation_text, game_q_text, journal_text, order_text, q_name,
    q_unit, quantity_text, quarter_text, side_name, verdict_text,
};
use crate::save::{Player, SaveGame};
use crate::scenario::Scenario;
use crate::sim::game::JournalEntry;
use crate::sim::quantity::{BlocQ, GameQ, Quantity, Side};
use crate::sim::scoring::ScoreAxis;

/// Escape text for HTML.
pub(crate) fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

use crate::scenario::text::{claims, figures};

/// The debrief page, in the language of `t` (`lang` and `dir` set on the page; the fonts it
/// names are written beside it by [`write()`]).
pub(crate) fn html(save: &SaveGame, t: &Strings) -> String {
    let s = &save.scenario;
    let history = History::replay(save);
    let reasons = reasons(save);
    let mut h = String::new();
    let name = t.scenario(&s.name);
    let title = t.f("debrief-title", &[("scenario", name.clone().into())]);
    let dir = if t.rtl() { "rtl" } else { "ltr" };
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{FONTS}{STYLE}</style></head><body>\n",
        esc(t.lang()),
        esc(&title)
    );
    let last = save.turns.len().max(1) as u32;
    let _ = writeln!(
        h,
        "<header><h1>{}</h1><p class=\"meta\">{}</p></header>",
        esc(&title),
        esc(&t.f(
            "debrief-meta",
            &[
                ("scenario", name.into()),
                ("seed", Arg::Text(save.seed.to_string())),
                ("turns", Arg::Text(save.turns.len().to_string())),
                ("first", quarter_text(t, s, 1).into()),
                ("last", quarter_text(t, s, last).into()),
                ("us", player_text(t, s, &save.players[0]).into()),
                ("china", player_text(t, s, &save.players[1]).into()),
            ],
        ))
    );

    // The result.
    let r = &history.result;
    let w = &s.score.weights;
    let _ = writeln!(
        h,
        "<section id=\"score\"><h2>{}</h2><p class=\"verdict\">{}</p>\
         <table><thead><tr><th>{}</th><th>{}</th><th>■ {}</th><th>▲ {}</th></tr></thead><tbody>",
        esc(&t.t("debrief-result")),
        esc(&verdict_text(t, r.verdict)),
        esc(&t.t("end-axis")),
        esc(&t.t("debrief-weight")),
        esc(&side_name(t, Side::Us)),
        esc(&side_name(t, Side::China)),
    );
    // Every axis the score has, with its weight, then the totals.
    let rows = ScoreAxis::ALL
        .iter()
        .map(|&axis| {
            (
                t.t(&format!("end-axis-{}", axis.id())),
                format!("{}", axis.weight(w)),
                r.scores.each_ref().map(|sc| sc.axis(axis)),
            )
        })
        .chain(std::iter::once((
            t.t("end-axis-total"),
            String::new(),
            r.scores.each_ref().map(|sc| sc.total),
        )));
    for (name, weight, [a, b]) in rows {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{weight}</td><td>{a:.2}</td><td>{b:.2}</td></tr>",
            esc(&name)
        );
    }
    let _ = writeln!(h, "</tbody></table></section>");

    // Charts.
    let _ = writeln!(
        h,
        "<section id=\"charts\"><h2>{}</h2>",
        esc(&t.t("debrief-charts"))
    );
    for chart in charts(save, &history, t) {
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
        "<section id=\"timeline\"><h2>{}</h2><p>{}</p><table class=\"timeline\"><thead><tr>\
         <th>{}</th><th>{}</th><th>■ {}</th><th>▲ {}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&t.t("debrief-timeline")),
        esc(&t.t("debrief-timeline-intro")),
        esc(&t.t("debrief-col-turn")),
        esc(&t.t("debrief-col-quarter")),
        esc(&t.f(
            "debrief-col-orders",
            &[("side", side_name(t, Side::Us).into())]
        )),
        esc(&t.f(
            "debrief-col-orders",
            &[("side", side_name(t, Side::China).into())]
        )),
        esc(&t.t("debrief-col-news")),
        esc(&t.t("debrief-col-reasons")),
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
                .map(|(_, c)| esc(&order_text(t, s, c)))
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
            .map(|turn| {
                turn.journal
                    .iter()
                    .map(|j| esc(&journal_text(t, s, j)))
                    .collect()
            })
            .unwrap_or_default();
        let why: Vec<String> = Side::BOTH
            .into_iter()
            .filter_map(|side| {
                reasons
                    .get(i)
                    .and_then(|r| r[side.index()].as_ref())
                    .map(|e| {
                        format!(
                            "<b>{}</b> {}",
                            esc(&side_name(t, side)),
                            esc(&explanation_text(t, s, e))
                        )
                    })
            })
            .collect();
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"why\">{}</td></tr>",
            log.turn,
            esc(&quarter_text(t, s, log.turn)),
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
        "<section id=\"why\"><h2>{}</h2><p>{}</p>",
        esc(&t.t("debrief-why")),
        esc(&t.t("debrief-why-intro"))
    );
    for (i, q, before, after) in biggest_changes(&history) {
        let turn = &history.turns[i];
        let _ = writeln!(
            h,
            "<div class=\"change\"><h3>{}</h3><p><span dir=\"ltr\">{} → {}</span> {} (<span dir=\"ltr\">{:+.1}%</span>)</p><ul>",
            esc(&t.f(
                "debrief-change",
                &[
                    ("quantity", quantity_text(t, q).into()),
                    ("turn", Arg::Text(turn.turn.to_string())),
                    ("date", quarter_text(t, s, turn.turn).into()),
                ],
            )),
            fmt_num(before),
            fmt_num(after),
            esc(&unit_text(t, q)),
            100.0 * (after - before) / before.abs().max(1e-9)
        );
        let mut any = false;
        for c in turn.ledger.iter().filter(|c| c.quantity == q) {
            any = true;
            let _ = writeln!(
                h,
                "<li>{}: <span dir=\"ltr\">{}</span></li>",
                esc(&cause_text(t, s, c.cause)),
                fmt_signed(c.amount)
            );
        }
        if !any {
            let _ = writeln!(h, "<li>{}</li>", esc(&t.t("debrief-no-cause")));
        }
        let _ = writeln!(h, "</ul></div>");
    }
    let _ = writeln!(h, "</section>");

    // Policies and events used: their facts and prompts.
    let mut used_policies = BTreeSet::new();
    let mut fired_events = BTreeSet::new();
    for turn in &history.turns {
        for j in &turn.journal {
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
        "<section id=\"facts\"><h2>{}</h2><p>{}</p><table><thead><tr>\
         <th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&t.t("debrief-facts")),
        esc(&t.t("debrief-facts-intro")),
        esc(&t.t("debrief-col-move")),
        esc(&t.t("debrief-col-source")),
        esc(&t.t("debrief-col-said")),
    );
    let mut cite_rows = |name: &str, source: &str| {
        let (paras, figs) = citations(source);
        let mut said = Vec::new();
        for f in &figs {
            if let Some((id, text, para)) = figures.iter().find(|(id, _, _)| id == &format!("F{f}"))
            {
                said.push(format!(
                    "<b>{id}</b> (¶{}): {}",
                    esc(para),
                    esc(&t.scenario(text))
                ));
            }
        }
        for p in &paras {
            for (written, text) in claims.iter().filter(|(w, _)| para_matches(w, *p)) {
                let line = format!("<b>¶{}</b>: {}", esc(written), esc(&t.scenario(text)));
                if !said.contains(&line) {
                    said.push(line);
                }
            }
        }
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"source\">{}</td><td>{}</td></tr>",
            esc(name),
            esc(&t.scenario(source)),
            if said.is_empty() {
                esc(&t.t("debrief-modelling-choice"))
            } else {
                said.join("<br>")
            }
        );
    };
    for &i in &used_policies {
        if let Some(p) = s.policies.get(usize::from(i)) {
            cite_rows(&t.scenario(&p.name), &p.source);
        }
    }
    for &i in &fired_events {
        if let Some(e) = s.events.get(usize::from(i)) {
            cite_rows(
                &t.f("news-event", &[("event", t.scenario(&e.name).into())]),
                &e.source,
            );
        }
    }
    let _ = writeln!(h, "</tbody></table></section>");

    let _ = writeln!(
        h,
        "<section id=\"prompts\"><h2>{}</h2><ol class=\"prompts\">",
        esc(&t.t("debrief-prompts"))
    );
    let mut prompt = |name: &str, text: &str| {
        if !text.trim().is_empty() {
            let _ = writeln!(
                h,
                "<li class=\"prompt\"><b>{}</b>: {}</li>",
                esc(&t.scenario(name)),
                esc(&t.scenario(text))
            );
        }
    };
    for &i in &used_policies {
        if let Some(p) = s.policies.get(usize::from(i)) {
            prompt(&p.name, &p.prompt);
        }
    }
    for &i in &fired_events {
        if let Some(e) = s.events.get(usize::from(i)) {
            prompt(&e.name, &e.prompt);
        }
    }
    let _ = writeln!(
        h,
        "</ol></section><footer><p>{} <a href=\"history.csv\">history.csv</a>, \
         <a href=\"history.json\">history.json</a>. {} <code dir=\"ltr\">ai-race replay SAVE --verify</code></p></footer></body></html>",
        esc(&t.t("debrief-footer-data")),
        esc(&t.f(
            "debrief-footer-made",
            &[("version", env!("CARGO_PKG_VERSION").into())]
        )),
    );
    h
}

/// Write `debrief.html`, `history.csv` and `history.json` into `dir` (created if needed).
/// Returns the page's path.
pub(crate) fn write(save: &SaveGame, dir: &Path, t: &Strings) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    crate::fonts::write_beside(dir)?;
    let history = History::replay(save);
    let page = dir.join("debrief.html");
    let files = [
        (page.clone(), html(save, t)),
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

/// The shipped fonts, written beside the page in `fonts/`, so a browser without Arabic or
/// Chinese fonts of its own shows (and prints) the page.
const FONTS: &str = "@font-face{font-family:'Debrief Sans';src:url('fonts/NotoSans-Regular.ttf')}\
@font-face{font-family:'Debrief Arabic';src:url('fonts/NotoSansArabic-Regular.ttf')}\
@font-face{font-family:'Debrief CJK';src:url('fonts/DroidSansFallbackFull.ttf')}";

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Debrief Sans','Debrief Arabic','Debrief CJK',sans-serif;\
max-width:1100px;margin:2em auto;padding:0 1em;color:#1a1a1a;line-height:1.45}\
h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:2px solid #005A9C;padding-bottom:.2em;margin-top:1.6em}\
.meta{color:#444}.verdict{font-size:1.25em;font-weight:600}\
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:start}\
th{background:#eef3f8}.timeline td:nth-child(3){color:#003f6e}.timeline td:nth-child(4){color:#8a3a00}\
.why{font-size:.9em;color:#333}figure.chart{margin:.5em 0;display:inline-block;width:49%;min-width:380px}\
figure.chart figcaption{font-weight:600}svg.chart{width:100%;height:auto;border:1px solid #ddd;direction:ltr}\
.change h3{font-size:1.05em;margin-bottom:.2em}.prompts li{margin:.4em 0}\
@media print{section{page-break-inside:avoid}}";
