//! The printable class kit: one HTML page with print styles that prints (from any browser,
//! A4 or Letter) to five pages: a role card for each side, an order sheet for a turn for
//! each side, and a fact sheet of the article's figures the scenario rests on.
//!
//! Every word comes from the scenario (through its translation table) or the string tables,
//! so a kit in Chinese or Arabic is the same command with `--lang`.
//!
//! Must not: hold rules. Costs, weights, targets and start values are read from the
//! scenario and a freshly started game.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::i18n::{Arg, Strings, category_name, num, num_plain, q_name, q_unit, score_args};
use crate::report::debrief::esc;
use crate::scenario::text::figures;
use crate::scenario::{PolicyDef, PolicyKind, Scenario};
use crate::sim::Sim;
use crate::sim::quantity::{Quantity, Side};

/// The page's style: one printed page per `section.page`.
const STYLE: &str = "
@font-face { font-family: 'Kit Sans'; src: url('fonts/NotoSans-Regular.ttf'); }
@font-face { font-family: 'Kit Arabic'; src: url('fonts/NotoSansArabic-Regular.ttf'); }
@font-face { font-family: 'Kit CJK'; src: url('fonts/DroidSansFallbackFull.ttf'); }
@page { size: A4; margin: 10mm; }
body { font-family: 'Kit Sans', 'Kit Arabic', 'Kit CJK', sans-serif; font-size: 8pt; line-height: 1.2; color: #111; margin: 0; }
section.page { page-break-after: always; break-after: page; padding: 0; }
section.page:last-of-type { page-break-after: auto; break-after: auto; }
h1 { font-size: 15pt; margin: 0 0 1mm 0; }
h2 { font-size: 10.5pt; margin: 2mm 0 1mm 0; border-bottom: 1px solid #999; }
p { margin: 1mm 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #bbb; padding: 0.3mm 1.2mm; vertical-align: top; text-align: start; }
th { background: #eee; }
.us { color: #005A9C; } .china { color: #B04800; }
.small { font-size: 6.8pt; color: #333; }
.cols { columns: 2; column-gap: 6mm; }
.cols tr { break-inside: avoid; }
.blank { height: 7mm; }
.cat { font-weight: bold; background: #f4f4f4; }
td.cost { white-space: nowrap; }
@media screen { section.page { max-width: 190mm; margin: 8mm auto; padding: 8mm; box-shadow: 0 0 4px #999; } }
";

/// The first sentence of a paragraph (for a card, where a whole description would not fit).
fn first_sentence(text: &str) -> &str {
    let ends = [". ", "。", "؟ ", "! "];
    let cut = ends
        .iter()
        .filter_map(|e| text.find(e).map(|i| i + e.len()))
        .min()
        .unwrap_or(text.len());
    text[..cut].trim()
}

/// `text` cut to at most `max` characters at a space, with "…" when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':', '،']))
}

/// A side's policies grouped by category, in the scenario's order (fixed ones left out:
/// nobody can change them).
fn levers(s: &Scenario, side: Side) -> Vec<(String, Vec<&PolicyDef>)> {
    let mut out: Vec<(String, Vec<&PolicyDef>)> = Vec::new();
    for p in s
        .policies
        .iter()
        .filter(|p| p.side.allows(side) && !p.fixed)
    {
        match out.iter_mut().find(|(c, _)| *c == p.category) {
            Some((_, list)) => list.push(p),
            None => out.push((p.category.clone(), vec![p])),
        }
    }
    out
}

/// A policy's cost in words.
fn cost(t: &Strings, p: &PolicyDef) -> String {
    let capital = num_plain(p.cost.capital);
    if p.cost.money > 0.0 {
        t.f(
            "kit-cost-money",
            &[
                ("capital", capital.into()),
                ("money", num_plain(p.cost.money).into()),
            ],
        )
    } else {
        t.f("kit-cost", &[("capital", capital.into())])
    }
}

fn side_class(side: Side) -> &'static str {
    match side {
        Side::Us => "us",
        Side::China => "china",
    }
}

/// A role card: goal and score, the start, the levers.
fn role_card(out: &mut String, s: &Scenario, t: &Strings, sim: &Sim, side: Side) {
    let side_name = t.t(side.id());
    let args = score_args(t, s);
    let _ = write!(
        out,
        "<section class=\"page role\" data-side=\"{}\"><h1 class=\"{}\">{}</h1>",
        side.id(),
        side_class(side),
        esc(&t.f("kit-role-title", &[("side", side_name.clone().into())]))
    );
    let _ = write!(
        out,
        "<p>{}</p>",
        esc(&t.f(
            "kit-role-intro",
            &[
                ("side", side_name.clone().into()),
                ("scenario", t.scenario(&s.name).into()),
                ("start", crate::i18n::quarter_text(t, s, 1).into()),
                ("end", crate::i18n::quarter_text(t, s, s.turns).into()),
            ],
        ))
    );
    // The score: each axis with its weight and how it is measured, then the draw and the
    // catastrophe (the same words as the window's end screen and help).
    let _ = write!(out, "<h2>{}</h2><table>", esc(&t.t("kit-goal")));
    for axis in crate::sim::scoring::ScoreAxis::ALL {
        let id = axis.id();
        let _ = write!(
            out,
            "<tr><td><b>{}</b></td><td>×{}</td><td class=\"small\">{}</td></tr>",
            esc(&t.t(&format!("end-axis-{id}"))),
            esc(&num_plain(axis.weight(&s.score.weights))),
            esc(&t.f(&format!("end-axis-{id}-desc"), &args))
        );
    }
    let _ = write!(
        out,
        "</table><p class=\"small\">{} {}</p>",
        esc(&t.f("help-win-5", &args)),
        esc(&t.f("help-win-6", &args))
    );
    // Two numbers a row, to leave the page to the levers.
    let _ = write!(out, "<h2>{}</h2><table>", esc(&t.t("kit-start")));
    for pair in crate::i18n::RESOURCES.chunks(2) {
        out.push_str("<tr>");
        for q in pair {
            let v = sim.value(Quantity::Bloc(side, *q));
            let _ = write!(
                out,
                "<td>{}</td><td><b>{}</b> <span class=\"small\">{}</span></td>",
                esc(&q_name(t, *q)),
                esc(&num(v)),
                esc(&q_unit(t, *q))
            );
        }
        out.push_str("</tr>");
    }
    let politics = &s.bloc(side).politics;
    let _ = write!(
        out,
        "</table><p>{}</p>",
        esc(&t.f(
            "kit-capital",
            &[
                ("capital", num_plain(politics.capital.v()).into()),
                ("income", num_plain(politics.income.v()).into()),
                ("cap", num_plain(politics.cap.v()).into()),
            ],
        ))
    );
    let _ = write!(
        out,
        "<h2>{}</h2><div class=\"cols\">",
        esc(&t.t("kit-levers"))
    );
    for (category, list) in levers(s, side) {
        let _ = write!(
            out,
            "<table><tr><td class=\"cat\" colspan=\"2\">{}</td></tr>",
            esc(&category_name(t, &category))
        );
        for p in list {
            let mut name = t.scenario(&p.name);
            if let PolicyKind::Levels { levels, .. } = &p.kind {
                name = format!(
                    "{name} ({})",
                    t.f("kit-levels", &[("n", Arg::Number(levels.len() as f64))])
                );
            }
            let _ = write!(
                out,
                "<tr class=\"policy\"><td><b>{}</b><br><span class=\"small\">{}</span></td><td class=\"small cost\">{}</td></tr>",
                esc(&name),
                esc(&clip(first_sentence(&t.scenario(&p.description)), 95)),
                esc(&cost(t, p))
            );
        }
        out.push_str("</table>");
    }
    out.push_str("</div></section>\n");
}

/// An order sheet for one turn: every lever with boxes, the budget split, event answers.
fn order_sheet(out: &mut String, s: &Scenario, t: &Strings, side: Side) {
    let side_name = t.t(side.id());
    let _ = write!(
        out,
        "<section class=\"page orders\" data-side=\"{}\"><h1 class=\"{}\">{}</h1><p>{}</p>",
        side.id(),
        side_class(side),
        esc(&t.f("kit-orders-title", &[("side", side_name.into())])),
        esc(&t.t("kit-orders-turn"))
    );
    let _ = write!(
        out,
        "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&t.t("kit-orders-policy")),
        esc(&t.t("kit-orders-cost")),
        esc(&t.t("kit-orders-order"))
    );
    for (category, list) in levers(s, side) {
        let _ = write!(
            out,
            "<tr><td class=\"cat\" colspan=\"3\">{}</td></tr>",
            esc(&category_name(t, &category))
        );
        for p in list {
            let order = match &p.kind {
                PolicyKind::Levels { .. } => t.t("kit-orders-level"),
                _ => t.t("kit-orders-enact"),
            };
            let _ = write!(
                out,
                "<tr class=\"policy\"><td>{}</td><td class=\"small cost\">{}</td><td>{}</td></tr>",
                esc(&t.scenario(&p.name)),
                esc(&cost(t, p)),
                esc(&order)
            );
        }
    }
    let _ = write!(
        out,
        "</table><h2>{}</h2><p>{}</p><h2>{}</h2>",
        esc(&t.t("kit-orders-budget")),
        esc(&format!(
            "{} ____%    {} ____%    {} ____%",
            t.t("budget-chips"),
            t.t("budget-grid"),
            t.t("budget-research")
        )),
        esc(&t.t("kit-orders-events"))
    );
    for _ in 0..3 {
        let _ = write!(
            out,
            "<p class=\"blank\">{}</p>",
            esc(&t.t("kit-orders-event-line"))
        );
    }
    out.push_str("</section>\n");
}

/// The article's figures (`F1`…) and paragraphs (`¶n`) a scenario's sources cite.
pub(crate) fn cited(s: &Scenario) -> (Vec<String>, Vec<u32>) {
    let text = ron::to_string(s).unwrap_or_default();
    let mut figures = std::collections::BTreeSet::new();
    let mut paras = std::collections::BTreeSet::new();
    let bytes = text.as_bytes();
    for (i, _) in text.match_indices('F') {
        let digits: String = text[i + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let before = i.checked_sub(1).map(|j| bytes[j]);
        if !digits.is_empty() && !before.is_some_and(|b| b.is_ascii_alphanumeric()) {
            figures.insert(digits.parse::<u32>().unwrap_or(0));
        }
    }
    for (i, c) in text.char_indices() {
        if c == '¶' {
            let digits: String = text[i + c.len_utf8()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if let Ok(n) = digits.parse::<u32>() {
                paras.insert(n);
            }
        }
    }
    (
        figures.into_iter().map(|n| format!("F{n}")).collect(),
        paras.into_iter().collect(),
    )
}

/// The fact sheet: the cited figures, each with its paragraph; in Arabic, the paragraph of
/// the original.
fn fact_sheet(out: &mut String, s: &Scenario, t: &Strings) {
    let (cited_figures, _) = cited(s);
    let _ = write!(
        out,
        "<section class=\"page facts\"><h1>{}</h1><p class=\"small\">{}</p><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&t.t("kit-facts-title")),
        esc(&t.t("kit-facts-intro")),
        esc(&t.t("kit-facts-figure")),
        esc(&t.t("kit-facts-para")),
        esc(&t.t("kit-facts-text"))
    );
    for (id, text, paras) in figures()
        .into_iter()
        .filter(|(id, _, _)| cited_figures.contains(id))
    {
        // The figure in the table's language (translated with the scenarios' texts).
        let shown = t.scenario(&text);
        let _ = write!(
            out,
            "<tr class=\"fact\"><td>{}</td><td>{}</td><td class=\"small\">{}</td></tr>",
            esc(&id),
            esc(&paras),
            esc(&shown)
        );
    }
    out.push_str("</table></section>\n");
}

/// The kit as one HTML page.
pub(crate) fn html(s: &Scenario, t: &Strings) -> String {
    let sim = Sim::new(s, 1);
    let dir = if t.rtl() { "rtl" } else { "ltr" };
    let mut out = format!(
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        esc(t.lang()),
        esc(&t.f("kit-title", &[("scenario", t.scenario(&s.name).into())]))
    );
    for side in [Side::Us, Side::China] {
        role_card(&mut out, s, t, &sim, side);
    }
    for side in [Side::Us, Side::China] {
        order_sheet(&mut out, s, t, side);
    }
    fact_sheet(&mut out, s, t);
    out.push_str("</body></html>\n");
    out
}

/// Write `kit.html` into `dir` (created if needed), with the fonts it uses in `dir/fonts`;
/// returns its path.
pub(crate) fn write(s: &Scenario, t: &Strings, dir: &Path) -> Result<PathBuf, String> {
    crate::fonts::write_beside(dir)?;
    let path = dir.join("kit.html");
    std::fs::write(&path, html(s, t))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::sim::testing::baseline;

    #[test]
    fn the_kit_has_two_role_cards_two_order_sheets_and_a_fact_sheet() {
        let s = baseline();
        let page = html(&s, &Strings::english());
        assert_eq!(page.matches("<section class=\"page").count(), 5);
        assert!(page.contains("Chip export controls"));
        assert!(page.contains("<td>F2</td>"), "AI Plus's targets are cited");
        // Every lever of each side is on its order sheet.
        let us = s
            .policies
            .iter()
            .filter(|p| p.side.allows(Side::Us) && !p.fixed)
            .count();
        let sheet = page
            .split("class=\"page orders\" data-side=\"us\"")
            .nth(1)
            .unwrap();
        let sheet = sheet.split("</section>").next().unwrap();
        assert_eq!(sheet.matches("class=\"policy\"").count(), us);
    }

    #[test]
    fn a_translated_scenario_gives_a_translated_kit() {
        let s = baseline();
        let dir = std::path::Path::new("/nonexistent");
        let zh = html(&s, &Strings::for_language("zh-CN", dir).unwrap());
        assert!(
            zh.contains("lang=\"zh-CN\"") && zh.contains("出口管制"),
            "Chinese"
        );
        assert!(!zh.contains("Chip export controls"));
        let ar = html(&s, &Strings::for_language("ar", dir).unwrap());
        assert!(ar.contains("dir=\"rtl\"") && ar.contains("ضوابط"));
        assert!(!ar.contains("Chip export controls"));
    }
}
