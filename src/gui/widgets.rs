//! Small pieces every screen uses: the two sides' colours and marks, number formatting,
//! quantity and cause names from the string table, sparklines, fonts and the theme.
//!
//! Must not: decide anything about the game.

use std::sync::Arc;

use egui::{Color32, RichText, Ui};

use super::text::Strings;
pub use crate::i18n::{
    category_name, cause_text, game_q_text, num, num_plain, q_desc, q_name, q_unit, quantity_text,
    region_name, score_args, side_name, signed,
};
use crate::sim::quantity::Side;

/// The US colour: Okabe–Ito blue, dark.
pub(crate) const US_COLOR: Color32 = Color32::from_rgb(0x00, 0x5A, 0x9C);
/// China's colour: Okabe–Ito orange, light. The two differ in lightness as well as hue, and
/// every place that shows them also shows the side's mark (■ or ▲) or line style.
pub(crate) const CHINA_COLOR: Color32 = Color32::from_rgb(0xE6, 0x9F, 0x00);
/// Text colour for China on a light background (vermillion, darker than the fill).
pub(crate) const CHINA_TEXT: Color32 = Color32::from_rgb(0xB0, 0x48, 0x00);

/// A side's colour for fills and lines.
pub(crate) fn side_color(side: Side) -> Color32 {
    match side {
        Side::Us => US_COLOR,
        Side::China => CHINA_COLOR,
    }
}

/// A side's colour for text.
pub(crate) fn side_text_color(side: Side) -> Color32 {
    match side {
        Side::Us => US_COLOR,
        Side::China => CHINA_TEXT,
    }
}

/// A side's mark, shown beside its name wherever colour alone would tell them apart.
pub(crate) fn side_mark(side: Side) -> &'static str {
    match side {
        Side::Us => "■",
        Side::China => "▲",
    }
}

/// A side's name with its mark, coloured.
pub(crate) fn side_label(t: &Strings, side: Side) -> RichText {
    RichText::new(format!("{} {}", side_mark(side), side_name(t, side)))
        .color(side_text_color(side))
        .strong()
}

/// A small trend line of `values` (oldest first).
pub(crate) fn sparkline(ui: &mut Ui, values: &[f64], color: Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(60.0, 16.0), egui::Sense::hover());
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if finite.len() < 2 {
        return;
    }
    let lo = finite.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = finite.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let span = (hi - lo).max(1e-12);
    let n = finite.len() - 1;
    let points: Vec<egui::Pos2> = finite
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let x = rect.left() + rect.width() * (i as f32 / n as f32);
            let y = rect.bottom() - rect.height() * ((v - lo) / span) as f32;
            egui::pos2(x, y)
        })
        .collect();
    ui.painter()
        .add(egui::Shape::line(points, egui::Stroke::new(1.5, color)));
}

/// Install the shipped fonts (Latin, Arabic, CJK) after egui's own, so any string table shows.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    let add = |fonts: &mut egui::FontDefinitions, name: &str, bytes: &'static [u8]| {
        fonts.font_data.insert(
            name.to_owned(),
            Arc::new(egui::FontData::from_static(bytes)),
        );
    };
    add(&mut fonts, "noto-sans", crate::fonts::NOTO_SANS);
    add(&mut fonts, "noto-arabic", crate::fonts::NOTO_ARABIC);
    add(&mut fonts, "droid-cjk", crate::fonts::DROID_CJK);
    for (family, first) in [
        (egui::FontFamily::Proportional, true),
        (egui::FontFamily::Monospace, false),
    ] {
        let list = fonts.families.entry(family).or_default();
        if first {
            list.insert(0, "noto-sans".to_owned());
        }
        list.push("noto-arabic".to_owned());
        list.push("droid-cjk".to_owned());
        // egui's monospace font has the geometric marks (▲) the sides are drawn with.
        if first {
            list.push("Hack".to_owned());
        }
    }
    ctx.set_fonts(fonts);
}

/// The window's background, behind egui's transparent panels (egui's light panel grey).
pub(crate) const PANEL_BACKGROUND: [u8; 3] = [248, 248, 248];

/// The look: light (it projects better), larger text, clear focus.
pub(crate) fn install_theme(ctx: &egui::Context) {
    ctx.set_theme(egui::ThemePreference::Light);
    ctx.all_styles_mut(|style| {
        use egui::{FontFamily, FontId, TextStyle};
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(24.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(13.0, FontFamily::Monospace),
            ),
        ]
        .into();
        // Panels leave their background to the window's clear colour (PANEL_BACKGROUND): a
        // clear costs far less than shading a full-screen quad on a software renderer.
        style.visuals.panel_fill = Color32::TRANSPARENT;
        style.spacing.item_spacing = egui::vec2(8.0, 5.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}

/// A big button (End turn, Start).
pub(crate) fn big_button(ui: &mut Ui, text: String) -> egui::Response {
    ui.add(
        egui::Button::new(crate::gui::bidi::ordered(
            ui,
            RichText::new(text).size(18.0).strong(),
            None,
        ))
        .min_size(egui::vec2(160.0, 36.0)),
    )
}

/// What one effect of a scenario does, in words: "CN Adoption +2 (once)".
pub(crate) fn effect_text(t: &Strings, e: &crate::scenario::EffectDef) -> String {
    use crate::scenario::{Duration, Op};
    let quantity = quantity_text(t, e.quantity.0);
    let change = match e.op {
        Op::Add(v) => t.f(
            "effect-add",
            &[("quantity", quantity.into()), ("amount", signed(v).into())],
        ),
        Op::Multiply(f) => {
            let pct = (f - 1.0) * 100.0;
            t.f(
                "effect-multiply",
                &[
                    ("quantity", quantity.into()),
                    ("percent", format!("{pct:+.0}%").into()),
                ],
            )
        }
        Op::MoveToward { target, rate } => t.f(
            "effect-toward",
            &[
                ("quantity", quantity.into()),
                ("target", num(target).into()),
                ("rate", format!("{:.0}%", rate * 100.0).into()),
            ],
        ),
    };
    let how = match e.duration {
        Duration::Held => t.t("effect-held"),
        Duration::HeldFor(n) => t.f("effect-held-for", &[("turns", n.into())]),
        Duration::EachTurn => t.t("effect-each-turn"),
        Duration::Turns(n) => t.f("effect-turns", &[("turns", n.into())]),
        Duration::Once => t.t("effect-once"),
    };
    if e.delay > 0 {
        format!(
            "{change} ({how}, {})",
            t.f("effect-delay", &[("turns", e.delay.into())])
        )
    } else {
        format!("{change} ({how})")
    }
}
