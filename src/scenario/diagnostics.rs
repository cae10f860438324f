//! Diagnostics for scenario files, the way rustc reports code: the file, line and column,
//! the source line with a marker, the message, and a help line. Plain text for logs, tests
//! and the window; colours on a terminal (not when `NO_COLOR` is set).

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config, termcolor::Buffer};

use super::Problem;
use super::locate::{line_col, locate};
use crate::vocab::edit_distance;

/// Most problems reported for one file.
pub(crate) const MAX_REPORTED: usize = 50;

/// One problem in a scenario file, with its place when known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte span of the offending text.
    pub span: Option<Range<usize>>,
    /// 1-based line.
    pub line: Option<usize>,
    /// 1-based column (characters).
    pub col: Option<usize>,
    /// The field path, for problems found after parsing (`us.chips.installed.value`).
    pub path: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it, when there is a suggestion.
    pub help: Option<String>,
    /// The file the problem is in when it is not the file loaded (the base of an overlay):
    /// its name and text.
    pub file: Option<std::sync::Arc<(String, String)>>,
}

impl Diagnostic {
    /// A diagnostic at a byte span of `text`.
    pub fn at(text: &str, span: Range<usize>, message: String, help: Option<String>) -> Diagnostic {
        let (line, col) = line_col(text, span.start);
        Diagnostic {
            span: Some(span),
            line: Some(line),
            col: Some(col),
            path: None,
            message,
            help,
            file: None,
        }
    }

    /// The same diagnostic, shown in another file (`origin`, `text`) unless it already names one.
    pub(crate) fn in_file(mut self, file: &std::sync::Arc<(String, String)>) -> Diagnostic {
        if self.file.is_none() {
            self.file = Some(file.clone());
        }
        self
    }

    /// A diagnostic for a semantic problem, placed by finding its path in the text.
    pub(crate) fn from_problem(text: &str, p: &Problem) -> Diagnostic {
        // The field itself, else the nearest enclosing one that is written (a field left to
        // its default is not in the text).
        let mut at = p.path.clone();
        let span = loop {
            if let Some(span) = locate(text, &at) {
                break Some(span);
            }
            match at.rfind(['.', '[']) {
                Some(cut) if cut > 0 => at.truncate(cut),
                _ => break None,
            }
        };
        let (line, col) = span.as_ref().map_or((None, None), |s| {
            let (l, c) = line_col(text, s.start);
            (Some(l), Some(c))
        });
        Diagnostic {
            span,
            line,
            col,
            path: Some(p.path.clone()).filter(|p| !p.is_empty()),
            message: p.message.clone(),
            help: p.help.clone(),
            file: None,
        }
    }

    /// One plain line (plus the source line and help, when known).
    pub fn plain(&self, origin: &str, text: &str) -> String {
        self.plain_as(origin, text, "")
    }

    /// One plain line for a warning.
    pub(crate) fn plain_warning(&self, origin: &str, text: &str) -> String {
        self.plain_as(origin, text, "warning: ")
    }

    fn plain_as(&self, origin: &str, text: &str, kind: &str) -> String {
        let (origin, text) = self.file.as_deref().map_or((origin, text), |(o, t)| (o, t));
        let mut out = String::from(origin);
        if let (Some(l), Some(c)) = (self.line, self.col) {
            out.push_str(&format!(":{l}:{c}"));
        }
        out.push_str(": ");
        out.push_str(kind);
        if let Some(p) = &self.path {
            out.push_str(&format!("{p}: "));
        }
        out.push_str(&self.message);
        if let Some(l) = self.line
            && let Some(src) = text.lines().nth(l - 1)
        {
            let shown: String = src.chars().take(160).collect();
            out.push_str(&format!("\n    | {shown}"));
        }
        if let Some(h) = &self.help {
            out.push_str(&format!("\n    = help: {h}"));
        }
        out
    }

    /// Rendered with the source excerpt and a marker; ANSI colours when `color`.
    pub fn render(&self, origin: &str, text: &str, color: bool) -> String {
        self.render_as(origin, text, color, Report::error())
    }

    /// Rendered as a warning.
    pub(crate) fn render_warning(&self, origin: &str, text: &str, color: bool) -> String {
        self.render_as(origin, text, color, Report::warning())
    }

    fn render_as(&self, origin: &str, text: &str, color: bool, report: Report<()>) -> String {
        let (origin, text) = self.file.as_deref().map_or((origin, text), |(o, t)| (o, t));
        let file = SimpleFile::new(origin, text);
        let message = match &self.path {
            Some(p) => format!("{p}: {}", self.message),
            None => self.message.clone(),
        };
        let mut report = report.with_message(message);
        if let Some(span) = &self.span {
            let end = span
                .end
                .clamp(span.start + 1, text.len().max(span.start + 1))
                .min(text.len());
            let start = span.start.min(end);
            report = report.with_labels(vec![Label::primary((), start..end)]);
        }
        if let Some(h) = &self.help {
            report = report.with_notes(vec![format!("help: {h}")]);
        }
        let mut buf = if color {
            Buffer::ansi()
        } else {
            Buffer::no_color()
        };
        match term::emit_to_write_style(&mut buf, &Config::default(), &file, &report) {
            Ok(()) => String::from_utf8_lossy(&buf.into_inner()).into_owned(),
            Err(_) => self.plain(origin, text),
        }
    }
}

/// Diagnostics in reading order (those of the file loaded first, by line; then those of
/// other files; those without a place last), at most [`MAX_REPORTED`], and how many more.
pub(crate) fn in_order(mut found: Vec<Diagnostic>) -> (Vec<Diagnostic>, usize) {
    found.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            (
                d.file.as_ref().map(|f| f.0.clone()),
                d.line.is_none(),
                d.line,
                d.col,
            )
        };
        key(a).cmp(&key(b))
    });
    let more = found.len().saturating_sub(MAX_REPORTED);
    found.truncate(MAX_REPORTED);
    (found, more)
}

/// The closest of `candidates` to `word`, if close enough to be a likely misspelling.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= (word.chars().count() / 3).max(2))
        .min()
        .map(|(_, c)| format!("did you mean `{c}`?"))
}

/// A diagnostic from a RON parse error: its message, with a suggestion for a misspelt field
/// or variant.
pub(crate) fn from_ron(text: &str, e: &ron::error::SpannedError) -> Diagnostic {
    use ron::error::Error as E;
    let (message, help) = match &e.code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            format!(
                "unknown field `{found}`{}",
                outer.as_ref().map_or_else(String::new, |o| format!(" in `{o}`"))
            ),
            did_you_mean(found, expected.iter().copied()).or_else(|| {
                if outer.as_deref() == Some("Scenario")
                    && ["set", "assume", "base"].contains(&found.as_str())
                {
                    return Some(
                        "changes like this belong in an overlay, which starts with `base: \"baseline_2025.ron\",` (the scenario it changes)".into(),
                    );
                }
                Some(format!(
                    "the fields here are {}; if `{found}` belongs to the section around this one, a `)` is missing before it",
                    expected
                        .iter()
                        .map(|f| format!("`{f}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            }),
        ),
        E::DuplicateStructField { field, .. } => (
            format!("the field `{field}` is given twice"),
            Some("keep one of them".into()),
        ),
        E::ExpectedFloat | E::ExpectedInteger => (
            "expected a number here".to_owned(),
            Some("write a plain number such as 1.5 (whole numbers for counts and dates)".into()),
        ),
        E::IntegerOutOfBounds => (
            "this whole number is out of range here".to_owned(),
            Some("counts and dates are positive whole numbers (turns: 1 to 400, quarters: 1 to 4)".into()),
        ),
        E::ExpectedString => (
            "expected text in double quotes here".to_owned(),
            Some("write it as \"…\"".into()),
        ),
        E::ExpectedStringEnd => (
            "this text is not closed".to_owned(),
            Some("end it with a double quote; if the file stops here, it is cut off".into()),
        ),
        E::InvalidEscape(what) => (
            format!("invalid escape in text: {what}"),
            Some("inside quotes, write \\\\ for a backslash and \\\" for a quote".into()),
        ),
        E::ExpectedComma if fraction_after_whole(text, e) => (
            "expected a whole number here".to_owned(),
            Some(whole_number_help(text, e)),
        ),
        E::ExpectedComma => (
            "expected a `,` after this value (or a closing bracket)".to_owned(),
            Some("separate fields and list items with commas".into()),
        ),
        E::ExpectedStructLikeEnd | E::ExpectedArrayEnd if fraction_after_whole(text, e) => (
            "expected a whole number here".to_owned(),
            Some(whole_number_help(text, e)),
        ),
        E::ExpectedIdentifier => (
            "expected a field name here".to_owned(),
            Some(match text.get(offset_of(text, e.span.start.line, e.span.start.col)..).map(str::trim_start).and_then(|r| r.chars().next()) {
                Some('(') | Some('[') => "the section before this one is not closed: a `)` or `]` is missing at the end of the value before".into(),
                _ => "write `name: value`; a `)` or `]` may be missing before this".into(),
            }),
        ),
        E::ExpectedOption => (
            "expected Some(…) or None here".to_owned(),
            Some("write Some(value), or put #![enable(implicit_some)] on the file's first line to write the value alone".into()),
        ),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => (
            "expected a section in parentheses here".to_owned(),
            Some("write `( field: value, … )`".into()),
        ),
        E::ExpectedArray => (
            "expected a list in square brackets here".to_owned(),
            Some("write `[ item, … ]`, or `[]` for none".into()),
        ),
        E::ExpectedStructLikeEnd | E::ExpectedArrayEnd => (
            "expected the section or list to close here".to_owned(),
            Some("a `)` or `]` is missing, or something extra stands before it".into()),
        ),
        E::TrailingCharacters => (
            "there is more text after the scenario's closing `)`".to_owned(),
            Some("a scenario is one `( … )`; remove what follows it, or check for an extra `)` earlier".into()),
        ),
        E::UnclosedBlockComment => (
            "a /* comment is never closed".to_owned(),
            Some("end it with */".into()),
        ),
        E::UnexpectedChar(c) => (
            format!("unexpected character `{}`", c.escape_default()),
            Some("is the file damaged, or is this not a scenario?".into()),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            format!(
                "unknown variant `{found}`{}",
                outer.as_ref().map_or_else(String::new, |o| format!(" of `{o}`"))
            ),
            did_you_mean(found, expected.iter().copied()).or_else(|| {
                Some(format!(
                    "use one of {}",
                    expected
                        .iter()
                        .map(|f| format!("`{f}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            }),
        ),
        E::MissingStructField { field, outer } => (
            format!(
                "missing field `{field}`{}",
                outer.as_ref().map_or_else(String::new, |o| format!(" in `{o}`"))
            ),
            Some(format!("add `{field}: …` here (see docs/scenario_guide.md)")),
        ),
        E::ExceededRecursionLimit => (
            "the file nests more deeply than any scenario needs".to_owned(),
            Some("scenarios nest at most a few levels; look for unclosed or repeated brackets".into()),
        ),
        E::Eof => (
            "the file ends in the middle of a value".to_owned(),
            Some("close every ( and [ that is opened; the file may be cut off".into()),
        ),
        other => (other.to_string(), None),
    };
    let (mut line, mut col) = (e.span.start.line, e.span.start.col);
    let mut start = offset_of(text, line, col);
    // Point at the offending token itself: past blank space (RON reports a wrong-typed value
    // at the space after the colon), back onto a minus sign or an opening quote (RON reports
    // a negative number at its first digit and an error inside text at its first character).
    let skipped = text[start..].len() - text[start..].trim_start().len();
    if skipped > 0 && start + skipped < text.len() {
        start += skipped;
    } else if start > 0 {
        let before = text.as_bytes()[start - 1];
        let back = match e.code {
            E::IntegerOutOfBounds => before == b'-',
            E::InvalidEscape(_) | E::Message(_) => before == b'"',
            _ => false,
        };
        if back {
            start -= 1;
        }
    }
    if fraction_after_whole(text, e) {
        // `8.0` where a whole number is needed: point at the number.
        while start > 0
            && (text.as_bytes()[start - 1].is_ascii_digit() || text.as_bytes()[start - 1] == b'-')
        {
            start -= 1;
        }
    } else if matches!(e.code, E::ExpectedComma | E::ExpectedIdentifier) {
        // A missing comma or bracket: point at the end of the value that lacks it.
        start = end_of_previous_value(text, start, matches!(e.code, E::ExpectedIdentifier));
    }
    if matches!(e.code, E::Eof) {
        // The file stops early: point just after its last token, where the rest is missing.
        start = text.trim_end().len();
    }
    (line, col) = line_col(text, start);
    let end = text[start..]
        .char_indices()
        .find(|(_, c)| matches!(c, ',' | ')' | ']' | '\n' | ':' | ' '))
        .map_or(text.len(), |(i, _)| start + i.max(1));
    Diagnostic {
        span: Some(start..end.max(start)),
        line: Some(line),
        col: Some(col),
        path: None,
        message,
        help,
        file: None,
    }
}

/// The help for `8.0` where a whole number is needed, quoting the number.
fn whole_number_help(text: &str, e: &ron::error::SpannedError) -> String {
    let at = offset_of(text, e.span.start.line, e.span.start.col);
    let b = text.as_bytes();
    let mut start = at;
    while start > 0 && b[start - 1].is_ascii_digit() {
        start -= 1;
    }
    let mut end = at + 1;
    while end < b.len() && b[end].is_ascii_digit() {
        end += 1;
    }
    format!(
        "counts, dates, delays and durations are whole numbers: write {}, not {}",
        &text[start..at],
        &text[start..end]
    )
}

/// True when RON stopped at the `.` of a number like `8.0` where it wanted a whole number.
fn fraction_after_whole(text: &str, e: &ron::error::SpannedError) -> bool {
    let at = offset_of(text, e.span.start.line, e.span.start.col);
    let b = text.as_bytes();
    at > 0
        && at + 1 < b.len()
        && b[at] == b'.'
        && b[at - 1].is_ascii_digit()
        && b[at + 1].is_ascii_digit()
}

/// The offset of the last character of the value before `at`: back over blank space and comments
/// (and, when `comma`, over one comma), so that a missing separator or bracket is shown
/// where it belongs.
fn end_of_previous_value(text: &str, at: usize, comma: bool) -> usize {
    let mut end = at.min(text.len());
    let mut skipped_comma = !comma;
    loop {
        let before = &text[..end];
        let trimmed = before.trim_end();
        // A `//` comment on the line just before: step over it.
        let line_start = trimmed.rfind('\n').map_or(0, |i| i + 1);
        if let Some(c) = comment_start(&trimmed[line_start..]) {
            end = line_start + c;
            continue;
        }
        if !skipped_comma && trimmed.ends_with(',') {
            end = trimmed.len() - 1;
            skipped_comma = true;
            continue;
        }
        // Its last character.
        return match trimmed.char_indices().next_back() {
            Some((i, _)) => i,
            None => at,
        };
    }
}

/// Where a `//` comment starts in a line (outside text in quotes), if it has one.
fn comment_start(line: &str) -> Option<usize> {
    let mut quoted = false;
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if quoted => i += 1,
            b'"' => quoted = !quoted,
            b'/' if !quoted && b.get(i + 1) == Some(&b'/') => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Byte offset of a 1-based line and column (characters).
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(l.len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}
