//! What reading a story file finds: its limits, each problem with an item,
//! and the one error that refuses a whole file.

use std::fmt;

use crate::model::story::Story;

/// Largest story file read, in bytes (5 MiB).
pub const MAX_STORY_BYTES: usize = 5 * 1024 * 1024;

/// Most items read in any one list (`actors`, `events`, `relations`, `quotes`, `updates`).
pub const MAX_ITEMS_PER_LIST: usize = 10_000;

/// Most entries kept in any one list inside an item: an event's `actors` and
/// `quotes`, a relation's `events` and `quotes`, an actor's `aliases` and the
/// meta's `authors`. The rest are left out with one warning per list.
pub const MAX_ITEMS_PER_INNER_LIST: usize = 100;

/// Most problems kept with a story, the first ones found; the rest are only
/// counted ([`CheckedStory::more_problems`]).
pub const MAX_PROBLEMS_KEPT: usize = 200;

/// What is wrong with a file nested deeper than the JSON reader follows.
pub const TOO_DEEP: &str = "it is nested too deeply (recursion limit exceeded: at most 128 levels)";

/// The story format version this build reads.
pub const FORMAT_VERSION: u64 = 1;

/// Whether a problem drops its item or only flags it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The item was dropped; the rest of the story is shown.
    Error,
    /// The item was kept, but something about it needs attention.
    Warning,
}

/// One thing wrong with a story file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Error (item dropped) or warning (item kept).
    pub severity: Severity,
    /// JSON path of the value, such as `events[3].date`.
    pub path: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{severity} at {}: {}", self.path, self.message)
    }
}

/// Why a file could not be read as a story at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoryError {
    /// The file is larger than [`MAX_STORY_BYTES`].
    TooLarge {
        /// Size of the file, in bytes.
        bytes: usize,
    },
    /// The file is not valid JSON.
    Syntax {
        /// Line of the fault, from 1.
        line: usize,
        /// Column of the fault, from 1.
        column: usize,
        /// What the JSON reader expected.
        message: String,
    },
    /// Valid JSON, but not a version 1 story, or a list longer than [`MAX_ITEMS_PER_LIST`].
    NotAStory {
        /// What is wrong and what was expected.
        message: String,
    },
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes } => write!(
                f,
                "the story file is {} KB; Dateline reads story files of up to {} MB",
                bytes / 1024,
                MAX_STORY_BYTES / 1_048_576
            ),
            Self::Syntax {
                line,
                column,
                message,
            } => {
                write!(
                    f,
                    "the story file is not valid JSON: {message} at line {line}, column {column}"
                )
            }
            Self::NotAStory { message } => f.write_str(message),
        }
    }
}

impl std::error::Error for StoryError {}

/// A story with the problems found while reading it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckedStory {
    /// Everything that was valid.
    pub story: Story,
    /// Everything that was not, in file order within each list: the first
    /// [`MAX_PROBLEMS_KEPT`] problems found.
    pub problems: Vec<Problem>,
    /// Problems found after the first [`MAX_PROBLEMS_KEPT`], counted but not kept.
    pub left_off: LeftOff,
}

/// How many problems of each severity were found but not kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LeftOff {
    /// Errors not kept.
    pub errors: usize,
    /// Warnings not kept.
    pub warnings: usize,
}

impl CheckedStory {
    /// Number of problems of one severity found, kept or not.
    pub fn count(&self, severity: Severity) -> usize {
        let kept = self
            .problems
            .iter()
            .filter(|problem| problem.severity == severity)
            .count();
        kept + match severity {
            Severity::Error => self.left_off.errors,
            Severity::Warning => self.left_off.warnings,
        }
    }

    /// Number of problems found but not kept in [`CheckedStory::problems`].
    pub fn more_problems(&self) -> usize {
        self.left_off.errors + self.left_off.warnings
    }
}

/// Whether a story's pictures may be given as paths.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PicturePaths {
    /// They may: they are read in the story file's folder, or in the folder
    /// the host names for pictures.
    #[default]
    InFolder,
    /// They may not: the story was given inline and the host names no
    /// folder for pictures, so only https addresses are kept.
    NoFolder,
}
