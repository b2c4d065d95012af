//! Plural categories of whole numbers (CLDR's rules, for integers), which
//! pick the form of a message that depends on a count. Pure Rust: no DOM.

/// The CLDR plural category of the whole number `n` in primary language
/// `language`: `zero`, `one`, `two`, `few`, `many` or `other`. Languages
/// without a rule here use English's (`one` for 1, else `other`).
pub fn category(language: &str, n: usize) -> &'static str {
    match language {
        "ar" => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        "fr" => match n {
            0 | 1 => "one",
            n if n % 1_000_000 == 0 => "many",
            _ => "other",
        },
        "es" | "it" | "pt" => match n {
            1 => "one",
            n if n != 0 && n % 1_000_000 == 0 => "many",
            _ => "other",
        },
        "he" => match n {
            1 => "one",
            2 => "two",
            _ => "other",
        },
        "fa" | "hi" => match n {
            0 | 1 => "one",
            _ => "other",
        },
        _ => match n {
            1 => "one",
            _ => "other",
        },
    }
}

/// Every category [`category`] can give for `language`, `other` last.
pub fn categories(language: &str) -> &'static [&'static str] {
    match language {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "fr" | "es" | "it" | "pt" => &["one", "many", "other"],
        "he" => &["one", "two", "other"],
        _ => &["one", "other"],
    }
}

#[cfg(test)]
mod tests {
    use super::{categories, category};

    #[test]
    fn arabic_has_six_forms() {
        let forms: Vec<_> = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111]
            .into_iter()
            .map(|n| category("ar", n))
            .collect();
        assert_eq!(
            forms,
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other", "other",
                "few", "many"
            ]
        );
    }

    #[test]
    fn french_counts_zero_as_one_and_spanish_does_not() {
        assert_eq!(category("fr", 0), "one");
        assert_eq!(category("es", 0), "other");
        assert_eq!(category("fr", 2_000_000), "many");
        assert_eq!(category("en", 1), "one");
        assert_eq!(category("xx", 2), "other");
    }

    #[test]
    fn every_category_given_is_listed() {
        for language in ["en", "ar", "fr", "es", "he", "fa", "xx"] {
            for n in (0..1_200).chain([1_000_000, 2_000_000]) {
                assert!(categories(language).contains(&category(language, n)));
            }
        }
    }
}
