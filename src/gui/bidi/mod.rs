//! Right-to-left text in the window. egui (0.36) shapes Arabic but lays every run of one
//! font out left to right and has no bidirectional layout (emilk/egui#1016), so an Arabic
//! sentence comes out with its words in reverse order and its numbers in the wrong place.
//! Until egui does it, the window orders each line itself before egui draws it:
//!
//! 1. a paragraph is broken into lines in logical order, at the width egui would wrap it
//!    (measured word by word with egui's own fonts);
//! 2. each line is put into visual order by the Unicode bidirectional algorithm
//!    (`unicode-bidi`), mirroring brackets in right-to-left runs;
//! 3. the letters of each Arabic word are turned back into logical order, because egui hands
//!    a run of the Arabic font to the shaper, which lays it out right to left itself.
//!
//! `BidiUi` and `BidiResponse` are the window's way to put text on screen: they do
//! nothing for a left-to-right language, and order the text for a right-to-left one.
//!
//! Must not: change what a text says; it only orders characters.

use egui::{Color32, FontSelection, Response, RichText, Ui, WidgetText};
use unicode_bidi::{Level, ParagraphBidiInfo};

pub use crate::i18n::is_rtl_language;

/// True for the characters of a right-to-left script that egui hands its shaper as one run
/// (Arabic and Hebrew letters, marks and punctuation, and the joiners), which the shaper
/// lays out right to left itself.
fn is_rtl_script(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x05FF | 0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB1D..=0xFDFF
        | 0xFE70..=0xFEFF | 0x200C | 0x200D)
}

/// The directional isolates (U+2066–U+2069), which a table or the window puts around a
/// path or file name so it keeps its left-to-right order inside an Arabic line.
fn is_isolate(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}')
}

/// `text` kept left to right as a whole inside a right-to-left line (a path, a file name);
/// as it is in a left-to-right language.
pub(crate) fn isolate_ltr(ctx: &egui::Context, text: &str) -> String {
    if rtl(ctx) {
        format!("\u{2066}{text}\u{2069}")
    } else {
        text.to_owned()
    }
}

/// The mirror image of a bracket, for a bracket inside a right-to-left run.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

/// One line (no line breaks) in the order egui should draw it, for a window whose base
/// direction is right to left. Text without right-to-left characters is returned as it is.
pub(crate) fn visual_line(line: &str) -> String {
    if !line.chars().any(is_rtl_script) {
        return line.replace(is_isolate, "");
    }
    let info = ParagraphBidiInfo::new(line, Some(Level::rtl()));
    let (levels, runs) = info.visual_runs(0..line.len());
    let mut out = String::with_capacity(line.len());
    for run in runs {
        let text = &line[run.clone()];
        if !levels[run.start].is_rtl() {
            out.push_str(text);
            continue;
        }
        // Reverse the run, mirror its brackets, and keep each Arabic word's letters in
        // logical order (the shaper reverses them).
        let mut word: Vec<char> = Vec::new();
        for c in text.chars().rev() {
            if is_rtl_script(c) {
                word.push(c);
                continue;
            }
            out.extend(word.drain(..).rev());
            out.push(mirrored(c));
        }
        out.extend(word.drain(..).rev());
    }
    // The isolates (a path, a file name kept left to right as a whole) have done their work
    // and draw as nothing.
    out.retain(|c| !is_isolate(c));
    out
}

/// A paragraph broken into lines no wider than `width` (measured by `measure`) in logical
/// order, each line then put into visual order. Existing line breaks are kept.
pub(crate) fn visual_paragraph(
    text: &str,
    width: f32,
    measure: &mut dyn FnMut(&str) -> f32,
) -> String {
    let mut lines: Vec<String> = Vec::new();
    let space = measure(" ");
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0;
        for word in para.split(' ') {
            let w = measure(word);
            if !line.is_empty() && line_width + space + w > width {
                lines.push(visual_line(&line));
                line.clear();
                line_width = 0.0;
            }
            if !line.is_empty() {
                line.push(' ');
                line_width += space;
            }
            line.push_str(word);
            line_width += w;
        }
        lines.push(visual_line(&line));
    }
    lines.join("\n")
}

/// Whether the window's language is written right to left (kept in egui's memory, so any
/// drawing code can ask without being handed the string table).
pub fn set_rtl(ctx: &egui::Context, rtl: bool) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::new("ai-race-rtl"), rtl));
}

/// The logical text of each ordered text drawn, kept while [`record_logical`] is on.
#[derive(Clone, Default)]
struct Logical(std::sync::Arc<std::sync::Mutex<std::collections::BTreeMap<String, String>>>);

fn logical_id() -> egui::Id {
    egui::Id::new("ai-race-logical-texts")
}

/// Keep, for every text put into visual order from now on, the text as it was written (for
/// `--dump-text` and the window's tests, which read what a person reads, in reading order).
pub fn record_logical(ctx: &egui::Context) {
    ctx.data_mut(|d| d.get_temp_mut_or_default::<Logical>(logical_id()).clone());
}

fn remember(ctx: &egui::Context, drawn: &str, written: &str) {
    if let Some(map) = ctx.data(|d| d.get_temp::<Logical>(logical_id()))
        && let Ok(mut map) = map.0.lock()
    {
        map.insert(drawn.to_owned(), written.to_owned());
    }
}

/// The text as written of a text drawn (itself when it was not reordered, or when
/// [`record_logical`] is off).
pub fn logical(ctx: &egui::Context, drawn: &str) -> String {
    ctx.data(|d| d.get_temp::<Logical>(logical_id()))
        .and_then(|map| map.0.lock().ok().and_then(|m| m.get(drawn).cloned()))
        .unwrap_or_else(|| drawn.to_owned())
}

/// See [`set_rtl`].
pub fn rtl(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp(egui::Id::new("ai-race-rtl")))
        .unwrap_or(false)
}

/// A plain string ordered for drawing (one or more lines, not wrapped): for the places
/// egui takes a `String` rather than widget text (plot legends, window titles, sliders).
pub(crate) fn visual(ctx: &egui::Context, text: impl Into<String>) -> String {
    let text = text.into();
    if !rtl(ctx) {
        return text;
    }
    let drawn = text
        .split('\n')
        .map(visual_line)
        .collect::<Vec<_>>()
        .join("\n");
    remember(ctx, &drawn, &text);
    drawn
}

/// `text` ordered for drawing in `ui`: unchanged for a left-to-right language; for a
/// right-to-left one, wrapped at `width` (or kept on one line when `None`) and put into
/// visual order, its style kept.
pub(crate) fn ordered(ui: &Ui, text: impl Into<WidgetText>, width: Option<f32>) -> WidgetText {
    let text = text.into();
    if !rtl(ui.ctx()) {
        return text;
    }
    let plain = text.text();
    if !plain.chars().any(is_rtl_script) {
        return text;
    }
    let job = text
        .clone()
        .into_layout_job(ui.style(), FontSelection::Default, ui.text_valign());
    let Some(format) = job.sections.first().map(|s| s.format.clone()) else {
        return text;
    };
    let font = format.font_id.clone();
    let reordered = match width {
        // A little slack, so egui's own wrapping (at the full width) never breaks a line
        // this measured as fitting.
        Some(w) => visual_paragraph(plain, w * 0.97, &mut |word| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(word.to_owned(), font.clone(), Color32::WHITE)
                    .size()
                    .x
            })
        }),
        None => plain
            .split('\n')
            .map(visual_line)
            .collect::<Vec<_>>()
            .join("\n"),
    };
    remember(ui.ctx(), &reordered, plain);
    match text {
        WidgetText::Text(_) => WidgetText::Text(reordered),
        _ => {
            let mut new = egui::text::LayoutJob::single_section(reordered, format);
            new.halign = job.halign;
            WidgetText::LayoutJob(std::sync::Arc::new(new))
        }
    }
}

/// The window's text widgets, ordered for the language's direction (see the module).
pub(crate) trait BidiUi {
    /// A label that wraps at the available width.
    fn text_label(&mut self, text: impl Into<WidgetText>) -> Response;
    /// A heading.
    fn text_heading(&mut self, text: impl Into<RichText>) -> Response;
    /// A button.
    fn text_button(&mut self, text: impl Into<WidgetText>) -> Response;
    /// A check box.
    fn text_checkbox(&mut self, checked: &mut bool, text: impl Into<WidgetText>) -> Response;
    /// A selectable label.
    fn text_selectable(&mut self, selected: bool, text: impl Into<WidgetText>) -> Response;
    /// Widgets side by side in reading order: left to right, or right to left in a
    /// right-to-left language.
    fn row<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R>;
    /// The same, wrapping onto more lines when the row is full.
    fn row_wrapped<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R>;
    /// Widgets side by side from the far end of the row (the right, or the left in a
    /// right-to-left language), filling the rest of the row.
    fn row_end<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R>;
    /// Widgets one below the other, lined up on the side reading starts from (the left, or
    /// the right in a right-to-left language): the body of every panel.
    fn flow<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R>;
    /// A table (an egui `Grid`), which egui lays out only left to right: in a right-to-left
    /// language it is lined up on the right, and its rows given through [`cells`] run from
    /// right to left.
    fn table<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R>;
}

impl BidiUi for Ui {
    fn text_label(&mut self, text: impl Into<WidgetText>) -> Response {
        // Wrap where egui would (not in grids and rows that extend instead).
        let width = (self.wrap_mode() == egui::TextWrapMode::Wrap).then(|| self.available_width());
        if !rtl(self.ctx()) {
            return self.label(text);
        }
        // Broken into lines already, in reading order: egui must not wrap it again (its
        // measure of a whole line can differ a little from the sum of its words', and a word
        // it pushed onto the next line would be the line's first, not its last).
        let t = ordered(self, text, width);
        self.add(egui::Label::new(t).wrap_mode(egui::TextWrapMode::Extend))
    }
    fn text_heading(&mut self, text: impl Into<RichText>) -> Response {
        let t = ordered(self, text.into().heading(), None);
        self.label(t)
    }
    fn text_button(&mut self, text: impl Into<WidgetText>) -> Response {
        let t = ordered(self, text, None);
        self.button(t)
    }
    fn text_checkbox(&mut self, checked: &mut bool, text: impl Into<WidgetText>) -> Response {
        let t = ordered(self, text, None);
        self.checkbox(checked, t)
    }
    fn text_selectable(&mut self, selected: bool, text: impl Into<WidgetText>) -> Response {
        let t = ordered(self, text, None);
        self.selectable_label(selected, t)
    }
    fn row<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
        if rtl(self.ctx()) {
            // One row tall, like `horizontal`, filled from the right.
            one_row(self, egui::Layout::right_to_left(egui::Align::Center), add)
        } else {
            self.horizontal(add)
        }
    }
    fn row_wrapped<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
        if rtl(self.ctx()) {
            one_row(
                self,
                egui::Layout::right_to_left(egui::Align::Center).with_main_wrap(true),
                add,
            )
        } else {
            self.horizontal_wrapped(add)
        }
    }
    fn row_end<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
        let layout = if rtl(self.ctx()) {
            egui::Layout::left_to_right(egui::Align::Center)
        } else {
            egui::Layout::right_to_left(egui::Align::Center)
        };
        self.with_layout(layout, add)
    }
    fn flow<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
        if !rtl(self.ctx()) {
            return self.with_layout(egui::Layout::top_down(egui::Align::Min), add);
        }
        // Lined up on the right, clear of a scroll bar floating over that edge.
        let inner = egui::Frame::NONE
            .inner_margin(egui::Margin {
                right: 10,
                ..Default::default()
            })
            .show(self, |ui| {
                ui.with_layout(egui::Layout::top_down(egui::Align::Max), add)
                    .inner
            });
        egui::InnerResponse::new(inner.inner, inner.response)
    }
    fn table<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
        if !rtl(self.ctx()) {
            return self.with_layout(egui::Layout::top_down(egui::Align::Min), add);
        }
        // egui lays a grid out from the left only: put it at the right by the width it had
        // last frame (its cells come in reverse order through [`cells`]).
        let id = self.next_auto_id().with("rtl-table");
        // Until its width is known (its first frame, which egui's grid draws invisibly to
        // measure it) it starts at the left, so it never widens what holds it.
        let width: Option<f32> = self.ctx().data(|d| d.get_temp(id));
        let offset = width.map_or(0.0, |w| (self.available_width() - w).max(0.0));
        // (Not `horizontal`: in a layout lined up on the right, egui makes that run right to
        // left.)
        let size = egui::vec2(self.available_width(), 0.0);
        let inner = self.allocate_ui_with_layout(
            size,
            egui::Layout::left_to_right(egui::Align::Min),
            |ui| {
                ui.add_space(offset);
                ui.vertical(|ui| {
                    // Cells keep their text on one line: wrapped at the room left of the
                    // offset, a table's width would change with where it is put.
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                    add(ui)
                })
            },
        );
        let drawn = inner.inner.response.rect.width();
        if width.is_none_or(|w| (drawn - w).abs() > 0.5) {
            self.ctx().data_mut(|d| d.insert_temp(id, drawn));
            self.ctx().request_repaint();
        }
        egui::InnerResponse::new(inner.inner.inner, inner.response)
    }
}

/// One row of a table: its cells in reading order (from the right in a right-to-left
/// language), then the end of the row.
pub(crate) fn cells(ui: &mut Ui, cells: &mut [&mut dyn FnMut(&mut Ui)]) {
    if rtl(ui.ctx()) {
        cells.iter_mut().rev().for_each(|c| c(ui));
    } else {
        cells.iter_mut().for_each(|c| c(ui));
    }
    ui.end_row();
}

/// One row of a table of labels, in reading order (see [`cells`]).
pub(crate) fn text_cells<T: Into<WidgetText>>(ui: &mut Ui, texts: impl IntoIterator<Item = T>) {
    let mut texts: Vec<WidgetText> = texts.into_iter().map(Into::into).collect();
    if rtl(ui.ctx()) {
        texts.reverse();
    }
    for text in texts {
        ui.text_label(text);
    }
    ui.end_row();
}

/// A row of widgets in `layout`, starting one widget tall (as egui's `horizontal` does), so
/// its cross alignment centres within the row and not within what is left of the panel.
fn one_row<R>(
    ui: &mut Ui,
    layout: egui::Layout,
    add: impl FnOnce(&mut Ui) -> R,
) -> egui::InnerResponse<R> {
    let size = egui::vec2(
        ui.available_size_before_wrap().x,
        ui.spacing().interact_size.y,
    );
    ui.allocate_ui_with_layout(size, layout, add)
}

/// A side panel at the side reading starts from: the left, or the right in a right-to-left
/// language.
pub(crate) fn start_panel(ctx: &egui::Context, id: impl Into<egui::Id>) -> egui::Panel {
    if rtl(ctx) {
        egui::Panel::right(id)
    } else {
        egui::Panel::left(id)
    }
}

/// A side panel at the side reading ends: the right, or the left in a right-to-left language.
pub(crate) fn end_panel(ctx: &egui::Context, id: impl Into<egui::Id>) -> egui::Panel {
    if rtl(ctx) {
        egui::Panel::left(id)
    } else {
        egui::Panel::right(id)
    }
}

/// Hover text ordered for the language's direction.
pub(crate) trait BidiResponse {
    /// Text shown when the pointer rests on the widget, wrapped in the tooltip's width.
    fn hover(self, text: impl Into<WidgetText>) -> Response;
    /// A tooltip of widgets, lined up on the side reading starts from.
    fn hover_ui(self, add: impl FnOnce(&mut Ui)) -> Response;
}

impl BidiResponse for Response {
    fn hover(self, text: impl Into<WidgetText>) -> Response {
        if !rtl(&self.ctx) {
            return self.on_hover_text(text);
        }
        let text = text.into();
        self.hover_ui(|ui| {
            ui.text_label(text);
        })
    }
    fn hover_ui(self, add: impl FnOnce(&mut Ui)) -> Response {
        self.on_hover_ui(|ui| {
            ui.flow(add);
        })
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod drawn;
