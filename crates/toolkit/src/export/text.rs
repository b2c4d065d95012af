//! Text in the picture: the font it names, its sizes, and widths measured
//! with Noto Sans's own metrics to wrap and clip lines as they will be drawn.

use std::sync::LazyLock;

/// The font family the picture names and the PNG is drawn with.
pub const FONT_FAMILY: &str = "Noto Sans";

/// Font sizes, in CSS px.
pub(super) const TITLE_SIZE: f64 = 28.0;
pub(super) const PHONE_TITLE_SIZE: f64 = 22.0;
pub(super) const BODY_SIZE: f64 = 15.0;
pub(super) const LABEL_SIZE: f64 = 12.5;
pub(super) const SMALL_SIZE: f64 = 11.5;
pub(super) const SECTION_SIZE: f64 = 12.0;

/// One face of Noto Sans, for measuring text as it will be drawn.
pub(super) struct Font {
    face: ttf_parser::Face<'static>,
    /// The advances of the ASCII characters, looked up once.
    ascii: [u16; 128],
    /// The advance of a character the font lacks: that of "n".
    fallback: u16,
}

impl Font {
    fn new(data: &'static [u8]) -> Self {
        let face = ttf_parser::Face::parse(data, 0).expect("the shipped Noto Sans parses");
        let of = |c: char| {
            face.glyph_index(c)
                .and_then(|glyph| face.glyph_hor_advance(glyph))
        };
        let fallback = of('n').unwrap_or(550);
        let ascii = std::array::from_fn(|i| of(char::from(i as u8)).unwrap_or(fallback));
        Self {
            face,
            ascii,
            fallback,
        }
    }

    /// The advance of one character, in font units.
    fn advance(&self, c: char) -> u64 {
        let units = match self.ascii.get(c as usize) {
            Some(&units) => units,
            None => self
                .face
                .glyph_index(c)
                .and_then(|glyph| self.face.glyph_hor_advance(glyph))
                .unwrap_or(self.fallback),
        };
        u64::from(units)
    }

    /// The advance of a whole text, in font units: the sum of its characters'.
    fn advance_of(&self, text: &str) -> u64 {
        text.chars().map(|c| self.advance(c)).sum()
    }

    /// Font units to CSS px at `size`.
    fn px(&self, units: u64, size: f64) -> f64 {
        units as f64 * size / f64::from(self.face.units_per_em())
    }
}

/// The regular and bold faces, loaded once.
pub(super) struct Metrics {
    regular: Font,
    bold: Font,
}

pub(super) static METRICS: LazyLock<Metrics> = LazyLock::new(|| Metrics {
    regular: Font::new(notosans::REGULAR_TTF),
    bold: Font::new(notosans::BOLD_TTF),
});

impl Metrics {
    fn font(&self, bold: bool) -> &Font {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }
}

/// Width of `text` set in Noto Sans at `size` CSS px.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let font = METRICS.font(bold);
    font.px(font.advance_of(text), size)
}

/// Lines of at most `width` CSS px, broken at spaces (a word longer than a
/// line is left whole); at most `max_lines`, the last ending with "…" when cut.
///
/// Each word is measured once and the text is read only as far as the lines
/// it fills, so the work grows with the text's length however long its lines
/// or words are.
pub(super) fn wrap(text: &str, size: f64, bold: bool, width: f64, max_lines: usize) -> Vec<String> {
    let font = METRICS.font(bold);
    let space = font.advance(' ');
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_units = 0;
    let mut cut = false;
    for word in text.split_whitespace() {
        let word_units = font.advance_of(word);
        if line.is_empty() {
            line.push_str(word);
            line_units = word_units;
        } else if font.px(line_units + space + word_units, size) <= width {
            line.push(' ');
            line.push_str(word);
            line_units += space + word_units;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
            line_units = word_units;
            if lines.len() == max_lines {
                cut = true;
                break;
            }
        }
    }
    if !line.is_empty() && !cut {
        lines.push(line);
    }
    if cut || lines.len() > max_lines {
        lines.truncate(max_lines.max(1));
        let last = lines.last_mut().expect("max_lines is at least 1");
        *last = clip(&format!("{last} …"), size, bold, width);
    }
    lines
}

/// `text` cut to fit `width` CSS px, ending with "…" when cut: the longest
/// start of it (without the spaces it ends with) that fits with the "…",
/// found in one pass over its characters.
pub(super) fn clip(text: &str, size: f64, bold: bool, width: f64) -> String {
    let font = METRICS.font(bold);
    if font.px(font.advance_of(text), size) <= width {
        return text.to_owned();
    }
    let ellipsis = font.advance('…');
    // The widest start that fits, as a byte length; each start is measured
    // without its trailing spaces, and the width of a start only grows as it
    // gets longer, so the first start that does not fit ends the search.
    let mut fits = 0;
    let mut units = 0;
    for (at, c) in text.char_indices() {
        units += font.advance(c);
        if c.is_whitespace() {
            continue;
        }
        if font.px(units + ellipsis, size) > width {
            break;
        }
        fits = at + c.len_utf8();
    }
    let mut clipped = text[..fits].trim_end().to_owned();
    clipped.push('…');
    clipped
}

/// Whether XML 1.0 allows a character in a document (its `Char` rule): tab,
/// line feed, carriage return, U+0020 to U+D7FF, U+E000 to U+FFFD and
/// U+10000 up.
pub(super) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Text made safe for an SVG text node or attribute: tabs and line breaks
/// made spaces, characters XML does not allow (other control characters,
/// U+FFFE and U+FFFF) left out, so the picture is well-formed whatever the
/// story's text holds, then escaped as the toolkit escapes all markup it
/// writes ([`crate::escape::html`]).
pub(super) fn escape(text: &str) -> String {
    let allowed: String = text
        .chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() || !is_xml_char(c) => None,
            c => Some(c),
        })
        .collect();
    crate::escape::html(&allowed)
}
