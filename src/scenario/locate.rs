//! Where a value sits in a RON text: a small structural parser that keeps byte spans, so
//! that problems found after parsing (a negative stock, an unknown id) can be reported at
//! their line and column like syntax errors.
//!
//! It only reads text the real parser has already accepted; on anything unexpected it gives
//! up and the problem is reported without a position.

use std::ops::Range;

/// A value with its span.
#[derive(Debug)]
enum Node {
    /// `(name: value, …)`, also as the content of an enum variant `Name(field: …)`.
    Struct(Vec<(String, Node)>, Range<usize>),
    /// `[a, b]`, `(a, b)` or `Name(a, b)`.
    Seq(Vec<Node>, Range<usize>),
    /// Anything else: a number, string, identifier.
    Atom(Range<usize>, String),
}

impl Node {
    fn span(&self) -> Range<usize> {
        match self {
            Node::Struct(_, s) | Node::Seq(_, s) | Node::Atom(s, _) => s.clone(),
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

const MAX_DEPTH: usize = 128;

impl<'a> Parser<'a> {
    fn skip(&mut self) {
        loop {
            while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            let rest = self.bytes.get(self.pos..).unwrap_or(&[]);
            if rest.starts_with(b"//") {
                while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
                    self.pos += 1;
                }
            } else if rest.starts_with(b"/*") {
                let mut depth = 0usize;
                while self.pos < self.bytes.len() {
                    let r = self.bytes.get(self.pos..).unwrap_or(&[]);
                    if r.starts_with(b"/*") {
                        depth += 1;
                        self.pos += 2;
                    } else if r.starts_with(b"*/") {
                        depth = depth.saturating_sub(1);
                        self.pos += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        self.pos += 1;
                    }
                }
            } else if rest.starts_with(b"#!") {
                // An attribute such as #![enable(implicit_some)].
                while self.pos < self.bytes.len() && self.bytes[self.pos] != b']' {
                    self.pos += 1;
                }
                self.pos = (self.pos + 1).min(self.bytes.len());
            } else {
                return;
            }
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip();
        self.bytes.get(self.pos).copied()
    }

    fn ident(&mut self) -> Option<(String, Range<usize>)> {
        self.skip();
        let start = self.pos;
        while self.pos < self.bytes.len() {
            let c = self.bytes[self.pos];
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'#' && self.pos == start {
                self.pos += 1;
            } else {
                break;
            }
        }
        (self.pos > start).then(|| (self.text[start..self.pos].to_owned(), start..self.pos))
    }

    fn string(&mut self) -> Option<Node> {
        let start = self.pos;
        // Raw strings r"…", r#"…"#.
        if self.bytes[self.pos] == b'r' {
            self.pos += 1;
            let mut hashes = 0;
            while self.bytes.get(self.pos) == Some(&b'#') {
                hashes += 1;
                self.pos += 1;
            }
            self.pos += 1; // opening quote
            let close: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', hashes))
                .collect();
            while self.pos < self.bytes.len()
                && !self
                    .bytes
                    .get(self.pos..)
                    .unwrap_or(&[])
                    .starts_with(&close)
            {
                self.pos += 1;
            }
            self.pos += close.len();
        } else {
            let quote = self.bytes[self.pos];
            self.pos += 1;
            while self.pos < self.bytes.len() && self.bytes[self.pos] != quote {
                if self.bytes[self.pos] == b'\\' {
                    self.pos += 1;
                }
                self.pos += 1;
            }
            self.pos += 1;
        }
        self.pos = self.pos.min(self.bytes.len());
        let end = self.pos;
        let inner = self.text.get(start..end)?;
        Some(Node::Atom(start..end, inner.trim_matches('"').to_owned()))
    }

    fn value(&mut self) -> Option<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let out = self.value_inner();
        self.depth -= 1;
        out
    }

    fn value_inner(&mut self) -> Option<Node> {
        let c = self.peek()?;
        let start = self.pos;
        match c {
            b'(' => self.parens(start),
            b'[' => {
                self.pos += 1;
                let items = self.items(b']')?;
                Some(Node::Seq(items, start..self.pos))
            }
            b'{' => {
                self.pos += 1;
                let mut items = Vec::new();
                while self.peek()? != b'}' {
                    self.value()?;
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.pos += 1;
                    items.push(self.value()?);
                    if self.peek()? == b',' {
                        self.pos += 1;
                    }
                }
                self.pos += 1;
                Some(Node::Seq(items, start..self.pos))
            }
            b'"' | b'\'' => self.string(),
            b'r' if matches!(self.bytes.get(self.pos + 1), Some(b'"' | b'#')) => self.string(),
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let (name, span) = self.ident()?;
                if self.peek() == Some(b'(') {
                    let inner_start = self.pos;
                    match self.parens(inner_start)? {
                        Node::Struct(f, _) => Some(Node::Struct(f, start..self.pos)),
                        Node::Seq(i, _) => Some(Node::Seq(i, start..self.pos)),
                        atom @ Node::Atom(..) => Some(atom),
                    }
                } else {
                    Some(Node::Atom(span, name))
                }
            }
            _ => {
                // A number: everything up to a delimiter.
                while self.pos < self.bytes.len()
                    && !matches!(
                        self.bytes[self.pos],
                        b',' | b')' | b']' | b'}' | b':' | b' ' | b'\n' | b'\r' | b'\t' | b'/'
                    )
                {
                    self.pos += 1;
                }
                (self.pos > start)
                    .then(|| Node::Atom(start..self.pos, self.text[start..self.pos].to_owned()))
            }
        }
    }

    /// `( … )`: a struct if it starts with `name:`, else a tuple.
    fn parens(&mut self, start: usize) -> Option<Node> {
        self.pos += 1; // (
        let save = self.pos;
        let is_struct = match self.ident() {
            Some(_) => self.peek() == Some(b':'),
            None => false,
        };
        self.pos = save;
        if is_struct {
            let mut fields = Vec::new();
            while self.peek()? != b')' {
                let (name, _) = self.ident()?;
                if self.peek()? != b':' {
                    return None;
                }
                self.pos += 1;
                fields.push((name, self.value()?));
                if self.peek()? == b',' {
                    self.pos += 1;
                }
            }
            self.pos += 1;
            Some(Node::Struct(fields, start..self.pos))
        } else {
            let items = self.items(b')')?;
            Some(Node::Seq(items, start..self.pos))
        }
    }

    fn items(&mut self, close: u8) -> Option<Vec<Node>> {
        let mut items = Vec::new();
        while self.peek()? != close {
            items.push(self.value()?);
            if self.peek()? == b',' {
                self.pos += 1;
            }
        }
        self.pos += 1;
        Some(items)
    }
}

/// One step of a path: a field, then any number of `[key]` (an index, or the `id` of an
/// element).
fn steps(path: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        let end = rest
            .find('.')
            .filter(|&d| rest[..d].matches('[').count() == rest[..d].matches(']').count());
        let (seg, tail) = match end {
            Some(d) => (&rest[..d], &rest[d + 1..]),
            None => (rest, ""),
        };
        rest = tail;
        let (name, keys) = match seg.find('[') {
            Some(b) => (&seg[..b], &seg[b..]),
            None => (seg, ""),
        };
        let keys = keys
            .split('[')
            .filter_map(|k| k.strip_suffix(']'))
            .map(str::to_owned)
            .collect();
        out.push((name.to_owned(), keys));
    }
    out
}

fn find<'n>(node: &'n Node, field: &str) -> Option<&'n Node> {
    match node {
        Node::Struct(fields, _) => fields.iter().find(|(n, _)| n == field).map(|(_, v)| v),
        // `Some(x)` and one-field wrappers: look inside.
        Node::Seq(items, _) if items.len() == 1 => find(&items[0], field),
        _ => None,
    }
}

fn element<'n>(node: &'n Node, key: &str) -> Option<&'n Node> {
    let Node::Seq(items, _) = node else {
        return None;
    };
    if let Ok(i) = key.parse::<usize>() {
        return items.get(i);
    }
    items
        .iter()
        .find(|item| matches!(find(item, "id"), Some(Node::Atom(_, id)) if id == key))
}

/// The byte span of the value at `path` (`us.chips.installed.value`,
/// `policies[us_export_controls].requires[0]`), if it can be found.
pub fn locate(text: &str, path: &str) -> Option<Range<usize>> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let root = p.value()?;
    let mut node = &root;
    for (field, keys) in steps(path) {
        if !field.is_empty() {
            node = find(node, &field)?;
        }
        for key in keys {
            node = element(node, &key)?;
        }
    }
    Some(node.span())
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"#![enable(implicit_some)]
// a comment
(
    name: "x (y)",
    us: (chips: (installed: (value: -3.5, source: "s"))),
    policies: [
        (id: "a", requires: ["b", "c"], kind: Levels(start: 2, levels: [])),
        (id: "b", window: (from: (year: 2025, quarter: 1), to: (year: 2024, quarter: 1))),
    ],
    regions: [(id: europe, share: (value: 1.0, source: "t"))],
)"#;

    fn at(path: &str) -> (usize, usize) {
        line_col(TEXT, locate(TEXT, path).expect(path).start)
    }

    #[test]
    fn finds_fields_list_elements_by_id_and_index() {
        assert_eq!(at("us.chips.installed.value"), (5, 37));
        assert_eq!(at("policies[a].requires[1]"), (7, 35));
        assert_eq!(at("policies[a].kind.start"), (7, 61));
        assert_eq!(at("policies[b].window"), (8, 27));
        assert_eq!(at("regions[europe].share.value"), (10, 43));
        assert_eq!(at("name"), (4, 11));
        assert!(locate(TEXT, "policies[zzz]").is_none());
    }
}
