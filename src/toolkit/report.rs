//! `dateline validate`: the widget's own checks ([`parse_story`]), each
//! problem located in the file's text by line and column and named by its
//! JSON Pointer (`/events/0/date`), printed like a compiler's diagnostics or
//! as JSON for continuous integration.

use serde::Serialize;
use serde_json::Value;

use crate::model::{parse_story, Severity, StoryError};

/// One problem in a story file, located in its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// `"error"` (the widget leaves the item out) or `"warning"` (it keeps it).
    pub severity: &'static str,
    /// Line of the value the problem is about, from 1.
    pub line: usize,
    /// Column of the value, in characters from 1.
    pub column: usize,
    /// JSON Pointer (RFC 6901) of the value, such as `/events/0/date`; empty for the whole file.
    pub pointer: String,
    /// What is wrong and what was expected.
    pub message: String,
}

/// Every problem found in one story file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FileReport {
    /// The file's name as given on the command line.
    pub file: String,
    /// Errors found, including those past the ones listed.
    pub errors: usize,
    /// Warnings found, including those past the ones listed.
    pub warnings: usize,
    /// The problems listed, in the order the widget reports them.
    pub problems: Vec<Diagnostic>,
    /// Problems found past the widget's limit of listed problems, only counted.
    pub not_listed: usize,
    /// Whether the widget refuses the file as a whole (not JSON, not a story, too large).
    pub refused: bool,
}

impl FileReport {
    /// A report for a file that could not be read at all.
    pub fn unreadable(file: &str, reason: &str) -> Self {
        Self {
            file: file.to_owned(),
            errors: 1,
            warnings: 0,
            problems: vec![Diagnostic {
                severity: "error",
                line: 1,
                column: 1,
                pointer: String::new(),
                message: format!("cannot read the file: {reason}"),
            }],
            not_listed: 0,
            refused: true,
        }
    }
}

/// Checks the text of a story file named `file`, as the widget would read it.
pub fn check_text(file: &str, text: &str) -> FileReport {
    match parse_story(text) {
        Ok(checked) => {
            let root: Option<Value> = serde_json::from_str(text).ok();
            let mut problems: Vec<Diagnostic> = checked
                .problems
                .iter()
                .map(|problem| {
                    let pointer = path_to_pointer(&problem.path, root.as_ref());
                    let (line, column) = line_column(text, pointer_offset(text, &pointer).0);
                    Diagnostic {
                        severity: severity_name(problem.severity),
                        line,
                        column,
                        pointer,
                        message: problem.message.clone(),
                    }
                })
                .collect();
            // In the order of the file, as a compiler lists them.
            problems.sort_by_key(|problem| (problem.line, problem.column));
            FileReport {
                file: file.to_owned(),
                errors: checked.count(Severity::Error),
                warnings: checked.count(Severity::Warning),
                problems,
                not_listed: checked.more_problems(),
                refused: false,
            }
        }
        Err(error) => {
            let (line, column, pointer, message) = match &error {
                StoryError::Syntax {
                    line,
                    column,
                    message,
                } => (
                    *line,
                    *column,
                    String::new(),
                    format!("not valid JSON: {message}"),
                ),
                StoryError::TooLarge { .. } => (1, 1, String::new(), error.to_string()),
                StoryError::NotAStory { message } => {
                    // Messages about one key start with it: "version: …", "events: …".
                    let key = message.split_once(": ").map(|(key, _)| key).filter(|key| {
                        !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase())
                    });
                    let pointer = key.map(|key| format!("/{key}")).unwrap_or_default();
                    let (line, column) = line_column(text, pointer_offset(text, &pointer).0);
                    let message = match key {
                        Some(key) => message[key.len() + 2..].to_owned(),
                        None => message.clone(),
                    };
                    (line, column, pointer, message)
                }
            };
            FileReport {
                file: file.to_owned(),
                errors: 1,
                warnings: 0,
                problems: vec![Diagnostic {
                    severity: "error",
                    line,
                    column,
                    pointer,
                    message,
                }],
                not_listed: 0,
                refused: true,
            }
        }
    }
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The reports as a compiler prints diagnostics: one line per problem,
/// `FILE:LINE:COLUMN: error: /events/0/date: message`, then a count per file.
pub fn render_text(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for report in reports {
        for problem in &report.problems {
            let at = if problem.pointer.is_empty() {
                String::new()
            } else {
                format!("{}: ", problem.pointer)
            };
            out.push_str(&format!(
                "{}:{}:{}: {}: {at}{}\n",
                report.file, problem.line, problem.column, problem.severity, problem.message
            ));
        }
        if report.not_listed > 0 {
            out.push_str(&format!(
                "{}: {} more {} not listed\n",
                report.file,
                report.not_listed,
                plural(report.not_listed, "problem", "problems")
            ));
        }
        let verdict = if report.refused {
            "refused: the widget cannot show this file"
        } else if report.errors > 0 {
            "the widget leaves out the items with errors"
        } else {
            "ok"
        };
        out.push_str(&format!(
            "{}: {} {}, {} {}; {verdict}\n",
            report.file,
            report.errors,
            plural(report.errors, "error", "errors"),
            report.warnings,
            plural(report.warnings, "warning", "warnings"),
        ));
    }
    out
}

/// The reports as JSON: `{"files": [...], "errors": n, "warnings": n}`.
pub fn render_json(reports: &[FileReport]) -> String {
    let errors: usize = reports.iter().map(|report| report.errors).sum();
    let warnings: usize = reports.iter().map(|report| report.warnings).sum();
    let value = serde_json::json!({ "files": reports, "errors": errors, "warnings": warnings });
    serde_json::to_string_pretty(&value).expect("a report serialises") + "\n"
}

fn plural<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 {
        one
    } else {
        many
    }
}

/// The JSON Pointer (RFC 6901) of a problem's path as the checks write it
/// (`events[3].date`, `meta.source.url`). Object keys may themselves hold
/// `.` or `[`, so each key is matched against the keys the document has
/// (`root`) where it can be; without the document, the path is split at
/// every `.` and `[`.
pub fn path_to_pointer(path: &str, root: Option<&Value>) -> String {
    let mut pointer = String::new();
    let mut node = root;
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            if let Some((digits, tail)) = after.split_once(']') {
                if let Ok(index) = digits.parse::<usize>() {
                    pointer.push_str(&format!("/{index}"));
                    node = node.and_then(|value| value.get(index));
                    rest = tail;
                    continue;
                }
            }
        }
        if let Some(after) = rest.strip_prefix('.') {
            rest = after;
            continue;
        }
        let ends_a_segment =
            |key: &str| matches!(rest[key.len()..].chars().next(), None | Some('.' | '['));
        let known = node.and_then(Value::as_object).and_then(|object| {
            object
                .keys()
                .filter(|key| rest.starts_with(key.as_str()) && ends_a_segment(key))
                .max_by_key(|key| key.len())
        });
        let key = match known {
            Some(key) => key.as_str(),
            None => &rest[..rest.find(['.', '[']).unwrap_or(rest.len())],
        };
        pointer.push('/');
        pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
        node = node.and_then(|value| value.get(key));
        rest = &rest[key.len()..];
    }
    pointer
}

/// The byte offset in `text` of the value a JSON Pointer names, found by
/// scanning the JSON text, and whether it was found. When it is missing
/// (a required field left out), the offset is that of the nearest enclosing
/// value that exists. A repeated key counts as its last occurrence, as
/// serde_json reads it. Never panics, whatever `text` holds.
pub fn pointer_offset(text: &str, pointer: &str) -> (usize, bool) {
    let mut scan = Scanner {
        bytes: text.as_bytes(),
        pos: 0,
    };
    scan.skip_space();
    let mut at = scan.pos;
    if pointer.is_empty() {
        return (at, true);
    }
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        scan.pos = at;
        let found = match scan.peek() {
            Some(b'{') => scan.member(&token),
            Some(b'[') => token
                .parse::<usize>()
                .ok()
                .and_then(|index| scan.element(index)),
            _ => None,
        };
        match found {
            Some(offset) => at = offset,
            None => return (at, false),
        }
    }
    (at, true)
}

/// Line and column (both from 1, the column in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// A forward-only reader over JSON text that finds values without building them.
struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Inside an object at `{`: the offset of the value of the last member named `key`.
    fn member(&mut self, key: &str) -> Option<usize> {
        self.pos += 1;
        let mut found = None;
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return found;
            }
            let name = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return found;
            }
            self.pos += 1;
            self.skip_space();
            if name == key {
                found = Some(self.pos);
            }
            self.skip_value()?;
            self.skip_space();
            if self.peek() != Some(b',') {
                return found;
            }
            self.pos += 1;
        }
    }

    /// Inside an array at `[`: the offset of element `index`.
    fn element(&mut self, index: usize) -> Option<usize> {
        self.pos += 1;
        for i in 0.. {
            self.skip_space();
            if matches!(self.peek(), None | Some(b']')) {
                return None;
            }
            if i == index {
                return Some(self.pos);
            }
            self.skip_value()?;
            self.skip_space();
            if self.peek() != Some(b',') {
                return None;
            }
            self.pos += 1;
        }
        None
    }

    /// Reads a string at `"` and returns it with its escapes decoded.
    fn string(&mut self) -> Option<String> {
        let start = self.pos + 1;
        self.skip_string()?;
        let raw = std::str::from_utf8(&self.bytes[start - 1..self.pos]).ok()?;
        serde_json::from_str(raw).ok()
    }

    /// Moves past a string that starts at `"`.
    fn skip_string(&mut self) -> Option<()> {
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Moves past one value of any kind, however deeply nested, without recursion.
    fn skip_value(&mut self) -> Option<()> {
        let mut depth = 0_usize;
        loop {
            match self.peek()? {
                b'"' => self.skip_string()?,
                b'{' | b'[' => {
                    depth += 1;
                    self.pos += 1;
                }
                b'}' | b']' if depth == 0 => return Some(()),
                b'}' | b']' => {
                    depth -= 1;
                    self.pos += 1;
                }
                b',' | b' ' | b'\t' | b'\n' | b'\r' | b':' if depth > 0 => self.pos += 1,
                b',' | b' ' | b'\t' | b'\n' | b'\r' | b':' => return Some(()),
                _ => self.pos += 1,
            }
            if depth == 0 && matches!(self.bytes.get(self.pos - 1), Some(b'}' | b']' | b'"')) {
                return Some(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = r#"{
  "version": 1,
  "meta": { "title": "T", "source": { "name": "N" } },
  "events": [
    { "id": "a", "date": "2022-03", "title": "A", "kind": "reported" },
    { "id": "b", "date": "2022-13", "title": "B \"quoted\" [x]", "kind": "reported" }
  ],
  "odd.key[0]": { "x/y~z": true }
}"#;

    fn root() -> Value {
        serde_json::from_str(STORY).unwrap()
    }

    #[test]
    fn paths_become_json_pointers() {
        assert_eq!(
            path_to_pointer("events[1].date", Some(&root())),
            "/events/1/date"
        );
        assert_eq!(
            path_to_pointer("meta.source.url", Some(&root())),
            "/meta/source/url"
        );
        assert_eq!(path_to_pointer("events[1].date", None), "/events/1/date");
    }

    #[test]
    fn keys_with_dots_brackets_and_slashes_are_matched_against_the_document() {
        assert_eq!(
            path_to_pointer("odd.key[0].x/y~z", Some(&root())),
            "/odd.key[0]/x~1y~0z"
        );
    }

    #[test]
    fn a_pointer_finds_its_value_in_the_text() {
        let (offset, found) = pointer_offset(STORY, "/events/1/date");
        assert!(found);
        assert!(STORY[offset..].starts_with("\"2022-13\""));
        assert_eq!(line_column(STORY, offset), (6, 26));
        let (offset, found) = pointer_offset(STORY, "/odd.key[0]/x~1y~0z");
        assert!(found);
        assert!(STORY[offset..].starts_with("true"));
    }

    #[test]
    fn strings_with_escaped_quotes_and_brackets_are_skipped_whole() {
        let (offset, found) = pointer_offset(STORY, "/events/1/kind");
        assert!(found);
        assert!(STORY[offset..].starts_with("\"reported\" }\n  ]"));
    }

    #[test]
    fn a_missing_value_points_at_its_nearest_ancestor() {
        let (offset, found) = pointer_offset(STORY, "/events/0/summary");
        assert!(!found);
        assert!(STORY[offset..].starts_with("{ \"id\": \"a\""));
        let (offset, found) = pointer_offset(STORY, "/events/7");
        assert!(!found);
        assert!(STORY[offset..].starts_with('['));
    }

    #[test]
    fn a_repeated_key_counts_as_its_last_occurrence() {
        let text = r#"{"a": 1, "a": 2}"#;
        assert_eq!(pointer_offset(text, "/a"), (14, true));
    }

    #[test]
    fn broken_text_never_panics() {
        for text in [
            "",
            "{",
            "[",
            "{\"a\": [1, 2",
            "\"",
            "{\"a\"",
            "}}]]",
            "{\"a\": \"\\",
        ] {
            for pointer in ["", "/a", "/a/1", "/0"] {
                let (offset, _) = pointer_offset(text, pointer);
                let _ = line_column(text, offset);
            }
        }
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(line_column("{\"é\": 1}", 7), (1, 7));
        assert_eq!(line_column("a\n€x", 5), (2, 2));
    }

    #[test]
    fn a_bad_date_is_reported_at_its_line_and_column() {
        let report = check_text("story.json", STORY);
        let problem = report
            .problems
            .iter()
            .find(|problem| problem.pointer == "/events/1/date")
            .expect("the bad date is reported");
        assert_eq!((problem.line, problem.column), (6, 26));
        assert_eq!(problem.severity, "error");
        assert!(render_text(&[report]).contains("story.json:6:26: error: /events/1/date: "));
    }

    #[test]
    fn syntax_errors_keep_the_readers_line_and_column() {
        let report = check_text("broken.json", "{\n  \"version\": 1,\n  \"meta\" {}\n}");
        assert!(report.refused);
        assert_eq!(
            (report.problems[0].line, report.problems[0].column),
            (3, 10)
        );
    }
}
