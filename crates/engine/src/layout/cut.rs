//! Where a label too long for its room is cut before its "…": after a
//! whole word, and outside brackets, so the words shown are words of the
//! label (what assistive technology compares with the accessible name,
//! WCAG 2.5.3) and a reader never meets half a word.

/// The most characters of `label`, at most `fitting`, that end after a
/// whole word and outside brackets; `fitting` itself when the label has no
/// such place before it (one long word, or a script written without
/// spaces), and all of it when it all fits.
pub fn cut_after_word(label: &str, fitting: usize) -> usize {
    let chars: Vec<char> = label.chars().collect();
    if fitting >= chars.len() {
        return chars.len();
    }
    let mut depth = 0_usize;
    let mut best = None;
    for (at, &c) in chars.iter().enumerate().take(fitting + 1) {
        // A cut before `at` ends the shown text after a word when a space starts here.
        if c.is_whitespace() && depth == 0 && at > 0 && !chars[at - 1].is_whitespace() {
            best = Some(at);
        }
        match c {
            '(' | '[' | '（' => depth += 1,
            ')' | ']' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    best.or_else(|| after_particle(&chars[..=fitting.min(chars.len() - 1)]))
        .unwrap_or(fitting)
}

/// Whether `c` is written without spaces between words (Chinese and
/// Japanese ideographs and kana), so a line may break on either side of it.
pub fn breaks_anywhere(c: char) -> bool {
    matches!(c,
        '\u{2e80}'..='\u{a4cf}'
        | '\u{f900}'..='\u{faff}'
        | '\u{ff00}'..='\u{ff60}'
        | '\u{20000}'..='\u{3fffd}')
}

/// In Japanese, written without spaces, the last place a word ends where
/// the text shows it ([`word_ends_at`]). `chars` ends with the first
/// character past the cut.
fn after_particle(chars: &[char]) -> Option<usize> {
    (1..chars.len()).rev().find(|&at| word_ends_at(chars, at))
}

/// Whether a word of Japanese visibly ends before `chars[at]`: after a
/// particle or ending in hiragana that a word in kanji or katakana follows
/// ("評議会は|特使が"), or after a comma or full stop.
pub fn word_ends_at(chars: &[char], at: usize) -> bool {
    let hiragana = |c: char| ('\u{3041}'..='\u{309f}').contains(&c);
    let stop = |c: char| matches!(c, '、' | '。' | '，' | '・');
    match (at.checked_sub(1).and_then(|i| chars.get(i)), chars.get(at)) {
        (Some(&before), Some(&after)) => {
            stop(before) || (hiragana(before) && !hiragana(after) && breaks_anywhere(after))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(label: &str, fitting: usize) -> String {
        label.chars().take(cut_after_word(label, fitting)).collect()
    }

    #[test]
    fn a_cut_falls_after_a_whole_word() {
        let label = "United Nations Assistance Mission in Afghanistan";
        assert_eq!(shown(label, 30), "United Nations Assistance");
        assert_eq!(shown(label, 25), "United Nations Assistance");
        assert_eq!(shown(label, 24), "United Nations");
        assert_eq!(shown(label, 100), label);
    }

    #[test]
    fn a_cut_never_leaves_a_bracket_open() {
        let label = "Leila Karimi (ليلى كريمي) of the council";
        assert_eq!(shown(label, 20), "Leila Karimi");
        assert_eq!(shown(label, 30), "Leila Karimi (ليلى كريمي) of");
    }

    #[test]
    fn ideographs_and_kana_break_anywhere_and_latin_does_not() {
        assert!("中国人民银行トヨタ".chars().all(breaks_anywhere));
        assert!(!"Zoë Ångström".chars().any(breaks_anywhere));
        assert!(!"김민준".chars().any(breaks_anywhere));
    }

    #[test]
    fn japanese_is_cut_after_a_particle() {
        assert_eq!(
            shown("評議会は特使が水利権をめぐる会談した", 9),
            "評議会は特使が"
        );
        assert_eq!(shown("評議会は特使が水利権をめぐる会談した", 5), "評議会は");
    }

    #[test]
    fn a_label_without_spaces_is_cut_where_it_must() {
        assert_eq!(shown("中国人民银行货币政策委员会", 6), "中国人民银行");
        assert_eq!(shown("Donaudampfschifffahrt", 8), "Donaudam");
    }
}
