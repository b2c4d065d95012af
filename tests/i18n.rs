//! The message catalogues: every language has every message, with the same
//! placeholders and the plural forms its rules need; the widget uses every
//! message and asks for none that is missing.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use dateline_engine::i18n::plural::categories;
use dateline_engine::i18n::{Catalogue, LANGUAGES};

#[path = "support/catalogue_shape.rs"]
mod catalogue_shape;
use catalogue_shape::{assert_same_messages, shape};

fn english() -> Catalogue {
    Catalogue::shipped("en").expect("English is shipped")
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = shape(&english());
    for (language, text) in LANGUAGES {
        let catalogue = shape(&Catalogue::parse(text));
        assert_same_messages(language, &english, &catalogue);
    }
}

#[test]
fn plural_messages_have_every_form_the_language_uses() {
    let english = shape(&english());
    for (language, text) in LANGUAGES {
        let catalogue = shape(&Catalogue::parse(text));
        for (key, forms) in &english {
            let plural = !forms.contains_key("");
            let theirs = &catalogue[key];
            if plural {
                for category in categories(language) {
                    assert!(
                        theirs.contains_key(category),
                        "{language} lacks {key}.{category}"
                    );
                }
                for form in theirs.keys() {
                    assert!(
                        categories(language).contains(form),
                        "{language} {key}.{form} is never used"
                    );
                }
            } else {
                assert_eq!(
                    theirs.keys().collect::<Vec<_>>(),
                    [&""],
                    "{language} {key} is a plain message"
                );
            }
        }
    }
}

#[test]
fn every_language_fills_the_same_placeholders() {
    let english = shape(&english());
    for (language, text) in LANGUAGES {
        let catalogue = shape(&Catalogue::parse(text));
        for (key, forms) in &english {
            // The relation's verb is the story's English data; other languages may leave it out.
            let optional = |slot: &&&str| language != "en" && **slot == "verb";
            let wanted: BTreeSet<&&str> = forms
                .values()
                .flatten()
                .filter(|slot| !optional(slot))
                .collect();
            let given: BTreeSet<&&str> = catalogue[key]
                .values()
                .flatten()
                .filter(|slot| !optional(slot))
                .collect();
            assert_eq!(
                given, wanted,
                "{language} {key}: placeholders differ from English"
            );
            for (form, slots) in &catalogue[key] {
                let other = catalogue[key].get("other").unwrap_or(slots);
                let allowed: BTreeSet<&&str> = wanted.iter().copied().collect();
                assert!(
                    slots.iter().all(|slot| allowed.contains(slot)),
                    "{language} {key}.{form} has an unknown placeholder"
                );
                assert!(other.iter().all(|slot| allowed.contains(slot)));
            }
        }
    }
}

/// Every string literal in the widget's and the crates' sources (Rust
/// files), but the studio's, whose words are its own catalogues'
/// (tests/studio_words.rs).
fn literals_in_sources() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut BTreeSet<String>) {
        for entry in fs::read_dir(dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.ends_with("crates/studio") {
                continue;
            }
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let source = fs::read_to_string(&path).expect("a source file is text");
                for (index, part) in source.split('"').enumerate() {
                    if index % 2 == 1 {
                        out.insert(part.to_owned());
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    // The widget's sources and every crate's: messages are named across them.
    for sources in ["../../src", "../../crates"] {
        walk(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join(sources),
            &mut out,
        );
    }
    out
}

#[test]
fn the_widget_uses_every_message() {
    let literals = literals_in_sources();
    let unused: Vec<_> = shape(&english())
        .into_keys()
        .filter(|key| !literals.contains(*key))
        .collect();
    assert!(unused.is_empty(), "messages no source names: {unused:?}");
}

#[test]
fn the_widget_asks_for_no_missing_message() {
    let english = shape(&english());
    let groups: BTreeSet<&str> = english
        .keys()
        .filter_map(|key| key.split_once('.'))
        .map(|(group, _)| group)
        .collect();
    let missing: Vec<_> = literals_in_sources()
        .into_iter()
        .filter(|literal| {
            literal.split_once('.').is_some_and(|(group, rest)| {
                groups.contains(group)
                    && !rest.is_empty()
                    && literal.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_'
                    })
            })
        })
        .filter(|literal| !english.contains_key(literal.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "sources ask for messages English lacks: {missing:?}"
    );
}

/// The dates the shared table lists: one day and one month in each month of
/// 2024 (days from the 1st to the 31st), the fixtures' days, and a few years.
fn table_dates() -> Vec<String> {
    let mut dates = Vec::new();
    for month in 1..=12u8 {
        let day = [1, 9, 10, 15, 28, 30, 5, 31, 30, 2, 11, 25][usize::from(month - 1)];
        dates.push(format!("2024-{month:02}-{day:02}"));
        dates.push(format!("2024-{month:02}"));
    }
    dates.extend(
        [
            "2024-03-04",
            "2024-03-12",
            "2024-03-15",
            "2022-04-18",
            "2021-08-31",
            "2024",
            "1066",
            "0044",
            "1999-12",
        ]
        .map(String::from),
    );
    dates
}

/// `tests/fixtures/dates-by-language.json`: how each shipped language writes
/// each of [`table_dates`], some counts and the axis labels without a browser. The end-to-end test of
/// languages checks that the browser's `Intl` writes every one the same way,
/// which keeps the native table (pre-rendered pages) and the widget in step.
#[test]
fn the_native_date_table_is_the_shared_one() {
    use dateline_engine::i18n::Locale;
    use dateline_engine::model::StoryDate;
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/dates-by-language.json"
    ));
    let mut rows = Vec::new();
    for (language, _) in LANGUAGES {
        let locale = Locale::new(language);
        for date in table_dates() {
            let parsed: StoryDate = date.parse().expect("the table's dates are valid");
            let written = locale.date_natively(&parsed);
            rows.push(format!(
                "  {{ \"language\": \"{language}\", \"date\": \"{date}\", \"written\": \"{written}\" }}"
            ));
        }
    }
    // Counts, with the language's digit grouping.
    for (language, _) in LANGUAGES {
        let locale = Locale::new(language);
        for number in [7, 1234, 12345, 1_234_567] {
            let written = locale.number_natively(number);
            rows.push(format!(
                "  {{ \"language\": \"{language}\", \"number\": {number}, \"written\": \"{written}\" }}"
            ));
        }
    }
    // Axis labels, each row keyed by the label as English writes it.
    let english = Locale::new("en");
    for (language, _) in LANGUAGES
        .into_iter()
        .filter(|(language, _)| *language != "en")
    {
        let locale = Locale::new(language);
        for label in axis_labels() {
            let english = english.axis_label(label);
            let written = locale.axis_label_natively(label);
            rows.push(format!(
                "  {{ \"language\": \"{language}\", \"axis\": \"{english}\", \"written\": \"{written}\" }}"
            ));
        }
    }
    let table = format!("[\n{}\n]\n", rows.join(",\n"));
    let bless = std::env::var_os("DATELINE_BLESS").is_some();
    assert!(
        !(bless && std::env::var_os("CI").is_some()),
        "DATELINE_BLESS rewrites the table and is refused under CI"
    );
    if bless {
        fs::write(path, &table).expect("the fixtures folder is writable");
    }
    let committed = fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == table,
        "{} differs from the native table; run with DATELINE_BLESS=1 if the change is deliberate",
        path.display()
    );
}

/// Tick labels as the layout gives them: each month of 2024 with and
/// without its year, days with and without theirs, and years, in the order
/// English writes them.
fn axis_labels() -> Vec<dateline_engine::i18n::AxisLabel> {
    use dateline_engine::i18n::{AxisLabel, Locale};
    use dateline_engine::layout::ticks::{tick_days, TickInterval};
    let from = dateline_engine::model::date::days_from_civil(2023, 12, 1);
    let to = dateline_engine::model::date::days_from_civil(2024, 12, 31);
    let year = |year| AxisLabel {
        day: None,
        month: None,
        year: Some(year),
    };
    let mut labels: Vec<AxisLabel> = [TickInterval::Months(1), TickInterval::Days(7)]
        .into_iter()
        .flat_map(|interval| tick_days(interval, from, to))
        .map(|tick| tick.label)
        .take(40)
        .chain([year(2024), year(1066)])
        .collect();
    let english = Locale::new("en");
    labels.sort_by_key(|label| english.axis_label(*label));
    labels.dedup();
    labels
}

#[test]
fn every_tick_label_is_written_with_the_languages_month_names() {
    use dateline_engine::i18n::Locale;
    use dateline_engine::layout::ticks::{tick_days, TickInterval};
    let from = dateline_engine::model::date::days_from_civil(-100, 1, 1);
    let to = dateline_engine::model::date::days_from_civil(2030, 1, 1);
    let (english, french) = (Locale::new("en"), Locale::new("fr"));
    for interval in [
        TickInterval::Years(100),
        TickInterval::Years(1),
        TickInterval::Months(1),
        TickInterval::Days(1),
    ] {
        for tick in tick_days(interval, from, to) {
            let (in_english, in_french) = (
                english.axis_label(tick.label),
                french.axis_label(tick.label),
            );
            assert!(!in_english.is_empty() && !in_french.is_empty(), "{tick:?}");
            if tick.label.month.is_some() {
                assert_ne!(in_french, in_english, "French names the month its own way");
            }
            if let Some(year) = tick.label.year.filter(|year| *year > 0) {
                assert!(in_french.contains(&year.to_string()), "{in_french}");
            }
        }
    }
}

#[test]
fn a_cluster_is_named_by_its_count_and_its_period() {
    use dateline_engine::i18n::Locale;
    use dateline_engine::model::StoryDate;
    let day = |y, m, d| StoryDate::day(y, m, d).expect("a real day");
    let month = |y, m| StoryDate::month(y, m).expect("a real month");
    let english = Locale::new("en");
    for (dates, period) in [
        (vec![day(2019, 3, 1), month(2021, 6)], "2019 to 2021"),
        (vec![month(2021, 3), day(2021, 6, 9)], "March to June 2021"),
        (vec![day(2022, 4, 3), day(2022, 4, 9)], "3 to 9 April 2022"),
        (vec![day(2022, 4, 9), day(2022, 4, 9)], "9 April 2022"),
        (vec![StoryDate::year(2020), day(2020, 5, 1)], "2020"),
        (
            vec![StoryDate::year(-43), StoryDate::year(-40)],
            "44 BCE to 41 BCE",
        ),
    ] {
        assert_eq!(english.period(&dates).as_deref(), Some(period), "{dates:?}");
    }
    assert_eq!(english.period(&[]), None);
    let name = |count, period| english.count("timeline.cluster", count, &[("period", period)]);
    assert_eq!(name(3, "5 to 6 May 2024"), "3 events, 5 to 6 May 2024");
    assert_eq!(name(1, "4 May 2024"), "1 event, 4 May 2024");
    assert_eq!(name(1200, "2024"), "1,200 events, 2024");
}
