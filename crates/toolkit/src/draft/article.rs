//! An article's plain text read into its parts: headline, byline and
//! publication date from the opening lines, then body paragraphs (blocks
//! separated by blank lines, counted from 1 as the story format counts
//! them) split into sentences.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

use super::dates::{self, DateLine, WireDateline};
use dateline_engine::model::{Precision, StoryDate};

/// An article, read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    /// The headline: the first line.
    pub title: String,
    /// Bylined authors, from a "By …" line, or else from an author's note at the end.
    pub authors: Vec<String>,
    /// The publication date, from the date lines among the opening lines
    /// and the wire dateline (see [`dates::publication_date`]).
    pub published: Option<StoryDate>,
    /// The wire dateline opening the first body paragraph, if any.
    pub dateline: Option<WireDateline>,
    /// Body paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
}

/// One body paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    /// Its number in the story format's counting: the first body paragraph is 1.
    pub number: u32,
    /// Its text, verbatim; lines of a block are kept apart by `\n`.
    pub text: String,
    /// Its sentences, as byte ranges of `text` without surrounding space.
    pub sentences: Vec<Range<usize>>,
    /// For each sentence, whether it is a heading or caption line (no
    /// closing punctuation), which names are not read from.
    pub headings: Vec<bool>,
    /// Whether it is the publication's boilerplate ("Follow him on …",
    /// "Credit: …", "Read more"), which nothing is drafted from.
    pub boilerplate: bool,
}

impl Paragraph {
    /// The text of sentence `i`.
    pub fn sentence(&self, i: usize) -> &str {
        &self.text[self.sentences[i].clone()]
    }

    /// The sentence that holds byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        // The sentences are in order and do not overlap.
        let i = self
            .sentences
            .partition_point(|range| range.end.max(range.start + 1) <= offset);
        self.sentences
            .get(i)
            .is_some_and(|range| range.start <= offset)
            .then_some(i)
    }
}

static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:By|BY|Words by)\s+(.+)$").expect("valid pattern"));
static READ_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$").expect("valid pattern")
});
static AUTHOR_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,3}) is (?:a|an|the) ")
        .expect("valid pattern")
});

/// Reads an article's plain text.
pub fn read_article(text: &str) -> Article {
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let blocks: Vec<Vec<&str>> = text
        .split('\n')
        .map(str::trim)
        .collect::<Vec<_>>()
        .split(|line| line.is_empty())
        .filter(|block| !block.is_empty())
        .map(<[&str]>::to_vec)
        .collect();
    let mut article = Article::default();
    let Some(first) = blocks.first() else {
        return article;
    };
    article.title = first[0].to_owned();
    let mut header_lines: Vec<&str> = first[1..].to_vec();
    let mut body_start = 1;
    while let Some(block) = blocks.get(body_start) {
        if !block.iter().all(|line| is_header_line(line)) {
            break;
        }
        header_lines.extend(block);
        body_start += 1;
    }
    let mut date_lines = Vec::new();
    for line in header_lines {
        if let Some(byline) = BYLINE.captures(line) {
            let (names, date) =
                byline_and_date(byline.get(1).expect("the names are captured").as_str());
            article.authors.extend(byline_names(names));
            date_lines.extend(date);
        } else {
            date_lines.extend(dates::header_date(line));
        }
    }
    article.paragraphs = blocks[body_start.min(blocks.len())..]
        .iter()
        .enumerate()
        .map(|(i, lines)| paragraph(i as u32 + 1, lines))
        .collect();
    article.dateline = article
        .paragraphs
        .first()
        .and_then(|paragraph| dates::wire_dateline(&paragraph.text));
    article.published = dates::publication_date(
        &date_lines,
        article.dateline.and_then(|dateline| dateline.month_day),
    );
    if article.authors.is_empty() {
        let count = article.paragraphs.len();
        for paragraph in article.paragraphs[count.saturating_sub(4)..].iter() {
            if let Some(name) = AUTHOR_NOTE.captures(&paragraph.text) {
                article.authors.push(name[1].to_owned());
                break;
            }
        }
    }
    article
}

/// Whether a line among the opening ones is a byline, a date line (read or
/// not, as "Updated 2 hours ago" is not) or a reading time.
fn is_header_line(line: &str) -> bool {
    BYLINE.is_match(line)
        || READ_TIME.is_match(line)
        || (line.chars().count() <= 80
            && (dates::header_date(line).is_some() || dates::is_timestamp_line(line)))
}

/// A byline's names and the date line that may end it after a comma or a
/// bar: "Jane Doe, 12 October 2023" -> "Jane Doe" and the date.
fn byline_and_date(byline: &str) -> (&str, Option<DateLine>) {
    // The shortest date line that ends the byline: "Jane Doe, John Roe,
    // 12 Oct 2023" keeps both names.
    byline
        .rmatch_indices([',', '|', '·', '•', '—', '–'])
        .find_map(|(at, separator)| {
            let date = dates::header_date(byline[at + separator.len()..].trim())?;
            Some((byline[..at].trim_end(), Some(date)))
        })
        .unwrap_or((byline, None))
}

/// The names in a byline: "Sofia Brandt and Kenji Mori in Oster" -> both names.
fn byline_names(byline: &str) -> Vec<String> {
    let byline = match byline.find(" in ") {
        Some(at) => &byline[..at],
        None => byline,
    };
    byline
        .split(", ")
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(" & "))
        .map(str::trim)
        .filter(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            // "Local Democracy Reporter", "Transport Correspondent" are roles.
            let role = words.iter().any(|word| {
                matches!(
                    word.to_lowercase().as_str(),
                    "reporter"
                        | "correspondent"
                        | "editor"
                        | "writer"
                        | "staff"
                        | "desk"
                        | "team"
                        | "analyst"
                        | "columnist"
                )
            });
            !role
                && (1..=4).contains(&words.len())
                && words
                    .iter()
                    .all(|word| word.chars().next().is_some_and(char::is_uppercase))
        })
        .map(str::to_owned)
        .collect()
}

fn paragraph(number: u32, lines: &[&str]) -> Paragraph {
    // Prose wrapped at a fixed width is one paragraph of running text;
    // otherwise each line (a caption's title, say) stands apart.
    let wrapped = lines.len() > 1
        && lines[..lines.len() - 1]
            .iter()
            .all(|line| line.chars().count() > 50 && !ends_a_sentence(line));
    let text = lines.join(if wrapped { " " } else { "\n" });
    let mut sentences = Vec::new();
    let mut headings = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        let line_sentences = split_sentences(line);
        let heading = !ends_a_sentence(line)
            && line.split_whitespace().count() < 14
            && line_sentences.len() == 1;
        for range in line_sentences {
            sentences.push(line_start + range.start..line_start + range.end);
            headings.push(heading);
        }
        line_start += line.len() + 1;
    }
    let boilerplate = BOILERPLATE.iter().any(|lead| text.starts_with(lead));
    Paragraph {
        number,
        text,
        sentences,
        headings,
        boilerplate,
    }
}

/// How the publication's own lines begin: credits, follow-us lines, links.
const BOILERPLATE: &[&str] = &[
    "Credit:",
    "Credits:",
    "Copyright",
    "©",
    "Follow ",
    "Read more",
    "Related:",
    "Sign up",
    "Subscribe",
    "Live Story",
    "Advertisement",
    "Share this",
    "Image:",
    "Photo:",
];

fn ends_a_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', '”', '"', '’', ')', ';'])
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Sgt", "Sen", "Rep", "Gov", "Rev",
    "St", "Jr", "Sr", "No", "Nos", "vs", "v", "etc", "e.g", "i.e", "approx", "Inc", "Corp", "Co",
    "Ltd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mt", "Ft", "a.m", "p.m",
];

/// The sentences of one line of text, as byte ranges without surrounding
/// space: Unicode's sentence boundaries (UAX #29), joined again after
/// abbreviations ("Dr.", "Oct.") and initials ("U.S.", "J.").
pub fn split_sentences(line: &str) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut join_next = false;
    for (start, piece) in line.split_sentence_bound_indices() {
        let end = start + piece.len();
        if join_next {
            if let Some(last) = ranges.last_mut() {
                last.end = end;
            }
        } else {
            ranges.push(start..end);
        }
        let last_word = piece
            .trim_end()
            .strip_suffix('.')
            .and_then(|before| before.rsplit([' ', '(', '“', '"']).next())
            .unwrap_or("");
        let initials = !last_word.is_empty()
            && last_word
                .split('.')
                .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
        join_next = ABBREVIATIONS.contains(&last_word) || initials;
    }
    ranges
        .into_iter()
        .filter_map(|range| {
            let piece = &line[range.clone()];
            let lead = piece.len() - piece.trim_start().len();
            let trail = piece.len() - piece.trim_end().len();
            (range.start + lead < range.end - trail).then(|| range.start + lead..range.end - trail)
        })
        .collect()
}

/// Whether a date is a calendar day (a publication date must be).
pub fn is_day(date: &StoryDate) -> bool {
    date.precision() == Precision::Day
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_lines_give_headline_byline_and_date() {
        let article = read_article(
            "Port workers strike\n\nBy Amara Okafor and Ben Li in Kestrel\n\n14 March 2024\n\nFirst paragraph.\n\nSecond one.",
        );
        assert_eq!(article.title, "Port workers strike");
        assert_eq!(article.authors, ["Amara Okafor", "Ben Li"]);
        assert_eq!(
            article.published.map(|d| d.to_string()).as_deref(),
            Some("2024-03-14")
        );
        assert_eq!(article.paragraphs.len(), 2);
        assert_eq!(article.paragraphs[1].number, 2);
    }

    #[test]
    fn a_reading_time_is_part_of_the_header() {
        let article = read_article("Headline\n\n5 min read\n18 April, 2022\n\nBody.");
        assert_eq!(article.paragraphs[0].text, "Body.");
        assert_eq!(article.published.unwrap().to_string(), "2022-04-18");
    }

    fn published(text: &str) -> Option<String> {
        read_article(text).published.map(|date| date.to_string())
    }

    #[test]
    fn a_byline_may_end_with_the_date() {
        let article = read_article("Headline\n\nBy Jane Doe, 12 October 2023\n\nBody.");
        assert_eq!(article.authors, ["Jane Doe"]);
        assert_eq!(article.published.unwrap().to_string(), "2023-10-12");
        let article = read_article(
            "Headline\nBy Jane Doe, John Roe | Published 12 Oct 2023 09:15 BST\n\nBody.",
        );
        assert_eq!(article.authors, ["Jane Doe", "John Roe"]);
        assert_eq!(article.published.unwrap().to_string(), "2023-10-12");
    }

    #[test]
    fn a_published_line_outranks_an_updated_one_above_it() {
        let article = read_article(
            "Headline\n\nUpdated 13 Oct 2023 10:00 BST\nPublished 12 Oct 2023 09:15 BST\n\nBody.",
        );
        assert_eq!(article.published.unwrap().to_string(), "2023-10-12");
        assert_eq!(article.paragraphs[0].text, "Body.");
    }

    #[test]
    fn an_iso_timestamp_is_a_date_line() {
        assert_eq!(
            published("Headline\n\nBy Ann Lee\n\n2023-10-12T09:15:00Z\n\nBody.").as_deref(),
            Some("2023-10-12")
        );
    }

    #[test]
    fn a_wire_dateline_takes_its_year_from_the_header() {
        let article = read_article(
            "Headline\n\nBy Ann Lee\n\nLast updated on 12/10/2023\n\nLONDON, Oct 12 (Reuters) - Prices rose.",
        );
        assert_eq!(article.published.unwrap().to_string(), "2023-10-12");
        assert_eq!(article.paragraphs.len(), 1);
        assert_eq!(
            article.dateline.map(|dateline| dateline.len),
            Some("LONDON, Oct 12 (Reuters) - ".len())
        );
        assert_eq!(
            published(
                "Headline\n\nLast updated on 12/10/2023\n\nLONDON, Dec 10 (Reuters) - Prices rose."
            )
            .as_deref(),
            Some("2023-12-10")
        );
    }

    #[test]
    fn a_wire_dateline_alone_gives_no_year() {
        let article =
            read_article("Headline\n\nBy Ann Lee\n\nKYIV, Ukraine, Oct. 12 (AP) — Sirens sounded.");
        assert_eq!(article.published, None);
        assert!(article.dateline.is_some());
    }

    #[test]
    fn an_ambiguous_numeric_date_is_a_header_line_but_no_publication_date() {
        let article = read_article("Headline\n\nLast updated on 05/06/2023\n\nBody.");
        assert_eq!(article.published, None);
        assert_eq!(article.paragraphs[0].text, "Body.");
        let article = read_article("Headline\n\nUpdated 2 hours ago\n\nBody.");
        assert_eq!(article.paragraphs[0].text, "Body.");
    }

    #[test]
    fn a_date_in_the_body_is_not_the_publication_date() {
        let article =
            read_article("Headline\n\nBy Ann Lee\n\nThe deal was signed on 9 April 2022.\n\nMore.");
        assert_eq!(article.published, None);
        assert_eq!(
            article.paragraphs[0].text,
            "The deal was signed on 9 April 2022."
        );
        assert_eq!(
            published("Headline\n\nFirst paragraph.\n\nSecond one.\n\n12 October 2023\n\nThird."),
            None
        );
    }

    #[test]
    fn sentences_survive_abbreviations_and_initials() {
        let line = "Dr. Helen Park said the U.S. Army replaced it by Oct. 20. Then it rained.";
        let sentences: Vec<&str> = split_sentences(line)
            .into_iter()
            .map(|range| &line[range])
            .collect();
        assert_eq!(
            sentences,
            [
                "Dr. Helen Park said the U.S. Army replaced it by Oct. 20.",
                "Then it rained."
            ]
        );
    }

    #[test]
    fn a_caption_block_keeps_its_lines_apart() {
        let article = read_article(
            "H\n\nBody.\n\nHow the Taliban turned social media into a weapon\nThe Taliban swept to power in August 2021. [Getty]",
        );
        let caption = &article.paragraphs[1];
        assert_eq!(caption.sentences.len(), 3);
        assert!(caption.headings[0]);
        assert_eq!(
            caption.sentence(1),
            "The Taliban swept to power in August 2021."
        );
    }

    #[test]
    fn an_authors_note_at_the_end_gives_the_byline() {
        let article =
            read_article("H\n\nBody.\n\nGiorgio Cafiero is the CEO of Gulf State Analytics.");
        assert_eq!(article.authors, ["Giorgio Cafiero"]);
    }
}
