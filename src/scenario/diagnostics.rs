//! Diagnostics for scenario files, the way rustc reports code: the file, line and column,
//! the source line with a marker, the message, and a help line. Plain text for logs, tests
//! and the window; colours on a terminal (not when `NO_COLOR` is set).

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config, termcolor::Buffer};

use super::Problem;
use super::locate::{line_col, locate};
use crate::sim::quantity::edit_distance;

/// Most problems reported for one file.
pub const MAX_REPORTED: usize = 50;

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
        }
    }

    /// A diagnostic for a semantic problem, placed by finding its path in the text.
    pub fn from_problem(text: &str, p: &Problem) -> Diagnostic {
        let span = locate(text, &p.path);
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
        }
    }

    /// One plain line (plus the source line and help, when known).
    pub fn plain(&self, origin: &str, text: &str) -> String {
        let mut out = String::from(origin);
        if let (Some(l), Some(c)) = (self.line, self.col) {
            out.push_str(&format!(":{l}:{c}"));
        }
        out.push_str(": ");
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
        let file = SimpleFile::new(origin, text);
        let message = match &self.path {
            Some(p) => format!("{p}: {}", self.message),
            None => self.message.clone(),
        };
        let mut report = Report::error().with_message(message);
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

/// The closest of `candidates` to `word`, if close enough to be a likely misspelling.
pub fn did_you_mean<'a>(
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
pub fn from_ron(text: &str, e: &ron::error::SpannedError) -> Diagnostic {
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
        E::ExpectedComma => (
            "expected a `,` (or a closing bracket) here".to_owned(),
            Some("separate fields and list items with commas; a number like 24.5 where a whole number is expected also ends here".into()),
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
    }
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
