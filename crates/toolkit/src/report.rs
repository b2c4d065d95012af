//! `dateline validate`: the widget's own checks ([`parse_story`]), each
//! problem located in the file's text by line and column and named by its
//! JSON Pointer (`/events/0/date`), printed like a compiler's diagnostics or
//! as JSON for continuous integration.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::Value;

use dateline_engine::model::{parse_story, Severity, StoryError};

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
            let mut locator = Locator::new(text);
            let pointers: Vec<String> = checked
                .problems
                .iter()
                .map(|problem| path_to_pointer(&problem.path, root.as_ref()))
                .collect();
            let offsets: Vec<usize> = pointers
                .iter()
                .map(|pointer| locator.offset(pointer).0)
                .collect();
            let places = line_columns(text, &offsets);
            let mut problems: Vec<Diagnostic> = checked
                .problems
                .iter()
                .zip(pointers)
                .zip(places)
                .map(|((problem, pointer), (line, column))| Diagnostic {
                    severity: severity_name(problem.severity),
                    line,
                    column,
                    pointer,
                    message: problem.message.clone(),
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
                } => {
                    let (line, column) = syntax_position(text, *line, *column);
                    (
                        line,
                        column,
                        String::new(),
                        format!("not valid JSON: {message}"),
                    )
                }
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

/// The JSON reader's position of a syntax error, as a compiler gives it:
/// the reader says column 0 for a fault at a line break (a line break
/// inside a string, say), which is the line break at the end of the line
/// before, so that is where it is put.
fn syntax_position(text: &str, line: usize, column: usize) -> (usize, usize) {
    if column > 0 || line < 2 {
        return (line.max(1), column.max(1));
    }
    match text.match_indices('\n').nth(line - 2) {
        Some((newline, _)) => line_column(text, newline),
        None => (line, 1),
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
    Locator::new(text).offset(pointer)
}

/// Finds the values JSON Pointers name in one JSON text, reading each
/// object or list on the way at most once: the offsets of its members or
/// elements are kept, so locating many values (one per problem in a large
/// file) takes time in proportion to the text, not to the text for each.
pub struct Locator<'a> {
    text: &'a str,
    /// What is inside each object or list read so far, by its offset.
    containers: HashMap<usize, Container>,
}

/// The insides of an object or a list, as offsets of their values.
enum Container {
    /// An object's members, each key at the offset of its last value;
    /// `None` when a string or value in it could not be read.
    Object(Option<HashMap<String, usize>>),
    /// A list's elements, up to the first that could not be read.
    List(Vec<usize>),
    /// Neither: a string, number, literal, or the end of the text.
    Scalar,
}

impl<'a> Locator<'a> {
    /// A locator for `text`.
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            containers: HashMap::new(),
        }
    }

    /// The offset of the value `pointer` names, and whether it was found, as
    /// [`pointer_offset`].
    pub fn offset(&mut self, pointer: &str) -> (usize, bool) {
        let mut scan = Scanner {
            bytes: self.text.as_bytes(),
            pos: 0,
        };
        scan.skip_space();
        let mut at = scan.pos;
        if pointer.is_empty() {
            return (at, true);
        }
        for token in pointer.split('/').skip(1) {
            let token = token.replace("~1", "/").replace("~0", "~");
            let text = self.text;
            let container = self
                .containers
                .entry(at)
                .or_insert_with(|| Container::read(text, at));
            let found = match container {
                Container::Object(Some(members)) => members.get(&token).copied(),
                Container::List(elements) => token
                    .parse::<usize>()
                    .ok()
                    .and_then(|index| elements.get(index).copied()),
                Container::Object(None) | Container::Scalar => None,
            };
            match found {
                Some(offset) => at = offset,
                None => return (at, false),
            }
        }
        (at, true)
    }
}

impl Container {
    /// Reads the value at `at`: an object's members or a list's elements.
    fn read(text: &str, at: usize) -> Self {
        let mut scan = Scanner {
            bytes: text.as_bytes(),
            pos: at,
        };
        match scan.peek() {
            Some(b'{') => Self::Object(scan.members()),
            Some(b'[') => Self::List(scan.elements()),
            _ => Self::Scalar,
        }
    }
}

/// Line and column (both from 1, the column in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    line_columns(text, &[offset])[0]
}

/// Lines and columns (both from 1, the column in characters) of byte
/// offsets in any order, found in one pass over the text up to the last.
pub fn line_columns(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut found = vec![(1, 1); offsets.len()];
    // Where the count has reached: a byte offset, its line, and the
    // character count since that line's start.
    let (mut at, mut line, mut column) = (0, 1, 1);
    for i in order {
        let mut offset = offsets[i].min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        for c in text[at..offset].chars() {
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        at = offset;
        found[i] = (line, column);
    }
    found
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

    /// Inside an object at `{`: the offset of the last value of each key,
    /// or `None` when a key or a value cannot be read.
    fn members(&mut self) -> Option<HashMap<String, usize>> {
        self.pos += 1;
        let mut found = HashMap::new();
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Some(found);
            }
            let name = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Some(found);
            }
            self.pos += 1;
            self.skip_space();
            found.insert(name, self.pos);
            self.skip_value()?;
            self.skip_space();
            if self.peek() != Some(b',') {
                return Some(found);
            }
            self.pos += 1;
        }
    }

    /// Inside a list at `[`: the offset of each element, up to the first
    /// that cannot be read (included).
    fn elements(&mut self) -> Vec<usize> {
        self.pos += 1;
        let mut found = Vec::new();
        loop {
            self.skip_space();
            if matches!(self.peek(), None | Some(b']')) {
                return found;
            }
            found.push(self.pos);
            if self.skip_value().is_none() {
                return found;
            }
            self.skip_space();
            if self.peek() != Some(b',') {
                return found;
            }
            self.pos += 1;
        }
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
