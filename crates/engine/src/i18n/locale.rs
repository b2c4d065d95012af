//! A language tag's messages, direction, dates and numbers.

use super::catalogue::{fill, Catalogue, Messages};
use crate::layout::AxisLabel;
use crate::model::{ActorKind, Event, EventKind, Precision, Relation, Stance, Story, StoryDate};

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right, as English.
    LeftToRight,
    /// Right to left, as Arabic, Hebrew, Persian and Urdu.
    RightToLeft,
}

/// Primary languages written right to left.
const RIGHT_TO_LEFT: [&str; 10] = ["ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv"];

/// The month-name keys of a catalogue, January first.
const MONTH_KEYS: [&str; 12] = [
    "month.1", "month.2", "month.3", "month.4", "month.5", "month.6", "month.7", "month.8",
    "month.9", "month.10", "month.11", "month.12",
];

/// The short month-name keys of a catalogue (axis labels), January first.
const MONTH_SHORT_KEYS: [&str; 12] = [
    "month_short.1",
    "month_short.2",
    "month_short.3",
    "month_short.4",
    "month_short.5",
    "month_short.6",
    "month_short.7",
    "month_short.8",
    "month_short.9",
    "month_short.10",
    "month_short.11",
    "month_short.12",
];

/// One language tag's messages (falling back to English), direction and
/// ways of writing dates and numbers.
pub struct Locale {
    /// The tag as given, trimmed (`ar-EG`), or `en` when none was usable.
    tag: String,
    /// The primary language subtag in lower case (`ar`).
    language: String,
    direction: Direction,
    messages: Messages,
    /// The platform's formatters (the browser's `Intl`), for tags the
    /// catalogue's table does not write alone: a region or script (`en-US`),
    /// or a language not shipped.
    platform: Option<Box<dyn PlatformFormats>>,
}

/// Dates and numbers as a platform writes them in a language (the browser's
/// `Intl`); `None` where it cannot, and the catalogue's table writes instead.
pub trait PlatformFormats {
    /// The day `first_day` (days since 1970-01-01) at `precision`.
    fn date(&self, precision: Precision, first_day: i64) -> Option<String>;
    /// An axis label (a day, month or year of the common era).
    fn axis(&self, label: AxisLabel) -> Option<String>;
    /// A whole number with the language's digits and grouping.
    fn number(&self, n: usize) -> Option<String>;
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale")
            .field("tag", &self.tag)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Locale {
    fn eq(&self, other: &Self) -> bool {
        self.tag == other.tag
    }
}

impl Locale {
    /// The locale of BCP 47 tag `tag` (`fr`, `ar-EG`, `es_419`); a language
    /// with no catalogue shows English messages in its own direction.
    pub fn new(tag: &str) -> Self {
        let tag = simple_tag(tag).unwrap_or_else(|| "en".to_owned());
        let language = tag.split('-').next().unwrap_or("en").to_owned();
        let english = Catalogue::shipped("en").expect("English is shipped");
        let own = Catalogue::shipped(&language).unwrap_or_else(|| english.clone());
        let messages = Messages::new(&language, own, english);
        let direction = if RIGHT_TO_LEFT.contains(&language.as_str()) {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        };
        Self {
            platform: None,
            tag,
            language,
            direction,
            messages,
        }
    }

    /// The widget's language: the host's choice when given, else the story's.
    pub fn chosen(host: Option<&str>, story: &str) -> Self {
        Self::new(host.filter(|tag| !tag.trim().is_empty()).unwrap_or(story))
    }

    /// This locale with dates and numbers written by the platform's formats
    /// (made by `formats` from the tag) wherever the catalogue's table does
    /// not write the tag alone.
    #[must_use]
    pub fn with_platform(mut self, formats: impl FnOnce(&str) -> Box<dyn PlatformFormats>) -> Self {
        if !written_by_table(&self.tag) {
            self.platform = Some(formats(&self.tag));
        }
        self
    }

    /// The language tag, for the `lang` attribute.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The primary language subtag in lower case (`ar`).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Which way the language is written.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// Whether the language is written right to left (the timeline then runs
    /// from right, earliest, to left, latest).
    pub fn right_to_left(&self) -> bool {
        self.direction == Direction::RightToLeft
    }

    /// The value of the `dir` attribute: `ltr` or `rtl`.
    pub fn dir(&self) -> &'static str {
        match self.direction {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }

    /// The message `key`, in English when this language lacks it (empty when
    /// no catalogue has it, which the catalogue tests rule out).
    pub fn text(&self, key: &str) -> &'static str {
        self.messages.text(key)
    }

    /// The message `key` with its placeholders filled from `args`.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.text(key), args)
    }

    /// The form of message `key` for the number `n` (`key.one`, `key.other`, ...),
    /// with `{count}` written as the language writes numbers.
    pub fn count(&self, key: &str, n: usize, args: &[(&str, &str)]) -> String {
        let number = self.number(n);
        let mut all = vec![("count", number.as_str())];
        all.extend_from_slice(args);
        fill(self.plural(key, n), &all)
    }

    /// The plural form of message `key` for `n`, without filling it.
    pub fn plural(&self, key: &str, n: usize) -> &'static str {
        self.messages.plural(key, n)
    }

    /// A count as the language writes it ("2,000", "2 000", "2000").
    pub fn number(&self, n: usize) -> String {
        if let Some(written) = self
            .platform
            .as_ref()
            .and_then(|platform| platform.number(n))
        {
            return written;
        }
        self.number_natively(n)
    }

    /// A count as the catalogue's table writes it, without a browser.
    pub fn number_natively(&self, n: usize) -> String {
        let (separator, fewest_digits) = match self.language.as_str() {
            "fr" => ("\u{202f}", 4),
            "es" => (".", 5),
            "de" | "it" | "pt" => (".", 4),
            _ => (",", 4),
        };
        let digits = n.to_string();
        if digits.len() < fewest_digits {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + 8);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(separator);
            }
            out.push(digit);
        }
        out
    }

    /// A list of names joined as the language joins them ("a, b, c").
    pub fn list(&self, items: &[String]) -> String {
        items.join(self.text("list.separator"))
    }

    /// A story date in words at its own precision, with "around" and
    /// "possibly" when the story marks it so.
    pub fn date(&self, date: &StoryDate) -> String {
        self.qualified(date, self.plain_date(date))
    }

    /// A story date as the catalogue's table writes it, without a browser;
    /// equal to [`Locale::date`] in a browser (the end-to-end tests check it).
    pub fn date_natively(&self, date: &StoryDate) -> String {
        self.qualified(date, self.plain_date_natively(date))
    }

    /// An event's date or period in words ("9 April 2022 to 12 April 2022"),
    /// or "Undated".
    pub fn event_date(&self, event: &Event) -> String {
        match (event.date, event.end) {
            (Some(date), Some(end)) => self.fill(
                "date.range",
                &[("from", &self.date(&date)), ("to", &self.date(&end))],
            ),
            (Some(date), None) => self.date(&date),
            (None, _) => self.text("card.undated").to_owned(),
        }
    }

    /// A tick label of the time axis in the widget's language, with its
    /// short month names ("Aug 2021", "août 2021", "9 abr"). English is
    /// always written by the catalogue, as the layout estimates its width.
    pub fn axis_label(&self, label: AxisLabel) -> String {
        if self.language != "en" && label.year.is_none_or(|year| year > 0) {
            if let Some(written) = self
                .platform
                .as_ref()
                .and_then(|platform| platform.axis(label))
            {
                return written;
            }
        }
        self.axis_label_natively(label)
    }

    /// An axis label as the catalogue's table writes it, without a browser.
    pub fn axis_label_natively(&self, label: AxisLabel) -> String {
        let year = label.year.map(|year| {
            if year > 0 {
                year.to_string()
            } else {
                self.fill("date.bce", &[("year", &(1 - i64::from(year)).to_string())])
            }
        });
        let month = label
            .month
            .and_then(|month| MONTH_SHORT_KEYS.get(usize::from(month).saturating_sub(1)))
            .map_or("", |key| self.text(key));
        let day = label.day.map(|day| day.to_string()).unwrap_or_default();
        let year_text = year.clone().unwrap_or_default();
        let args = [
            ("day", day.as_str()),
            ("month", month),
            ("year", year_text.as_str()),
        ];
        match (label.day, label.month, year) {
            (Some(_), Some(_), Some(_)) => self.fill("axis.day_year", &args),
            (Some(_), Some(_), None) => self.fill("axis.day", &args),
            (None, Some(_), Some(_)) => self.fill("axis.month_year", &args),
            (_, Some(_), None) => month.to_owned(),
            (_, None, year) => year.unwrap_or_default(),
        }
    }

    /// The period `dates` cover, at the coarsest precision among them
    /// ("2019 – 2021", "mars 2021 – juin 2021"; in English "March to June
    /// 2021"), or one date; `None` when there are no dates.
    pub fn period(&self, dates: &[StoryDate]) -> Option<String> {
        if self.language == "en" {
            return english_period(dates);
        }
        let first = dates.iter().map(StoryDate::first_day).min()?;
        let last = dates.iter().map(StoryDate::end_day).max()? - 1;
        let precision = dates.iter().map(StoryDate::precision).min()?;
        let at = |day: i64| {
            let (year, month, date) = crate::model::date::civil_from_days(day);
            match precision {
                Precision::Year => Some(StoryDate::year(year)),
                Precision::Month => StoryDate::month(year, month),
                Precision::Day => StoryDate::day(year, month, date),
            }
        };
        let (from, to) = (at(first)?, at(last.max(first))?);
        Some(if from == to {
            self.date(&from)
        } else {
            self.fill(
                "date.range",
                &[("from", &self.date(&from)), ("to", &self.date(&to))],
            )
        })
    }

    /// A relation as a sentence: "United States condemns Russia: condemns
    /// the acceptance of Taliban diplomats (hostile)" in English; other
    /// languages may leave out the story's verb, which is English data.
    /// Right to left, the names and the label are isolated (FSI ... PDI), so
    /// two Latin names either side of the arrow keep their places.
    pub fn relation_sentence(&self, story: &Story, relation: &Relation) -> String {
        let isolated = |text: &str| {
            if self.right_to_left() {
                format!("\u{2068}{text}\u{2069}")
            } else {
                text.to_owned()
            }
        };
        let name = |id| isolated(story.actor(id).map_or("?", |actor| actor.name.as_str()));
        let stance = self.text(match relation.stance {
            Stance::Cooperative => "stance.cooperative",
            Stance::Hostile => "stance.hostile",
            Stance::Neutral => "stance.neutral",
        });
        let key = if relation.mutual {
            "relation.mutual"
        } else {
            "relation.directed"
        };
        self.fill(
            key,
            &[
                ("from", &name(&relation.from)),
                ("to", &name(&relation.to)),
                ("verb", &relation.kind.replace('_', " ")),
                ("label", &isolated(&relation.label)),
                ("stance", stance),
            ],
        )
    }

    /// The name of an event's kind ("Reported").
    pub fn event_kind(&self, kind: EventKind) -> &'static str {
        self.text(match kind {
            EventKind::Reported => "kind.reported",
            EventKind::Context => "kind.context",
            EventKind::Publication => "kind.publication",
        })
    }

    /// The name of an actor's kind ("Person").
    pub fn actor_kind(&self, kind: ActorKind) -> &'static str {
        self.text(match kind {
            ActorKind::Person => "kind.person",
            ActorKind::State => "kind.state",
            ActorKind::Organisation => "kind.organisation",
            ActorKind::Group => "kind.group",
            ActorKind::Place => "kind.place",
        })
    }

    fn qualified(&self, date: &StoryDate, plain: String) -> String {
        let key = match (date.is_approximate(), date.is_uncertain()) {
            (true, true) => "date.possibly_around",
            (true, false) => "date.around",
            (false, true) => "date.possibly",
            (false, false) => return plain,
        };
        self.fill(key, &[("date", &plain)])
    }

    fn plain_date(&self, date: &StoryDate) -> String {
        if date.astronomical_year() > 0 {
            if let Some(written) = self
                .platform
                .as_ref()
                .and_then(|platform| platform.date(date.precision(), date.first_day()))
            {
                return written;
            }
        }
        self.plain_date_natively(date)
    }

    fn plain_date_natively(&self, date: &StoryDate) -> String {
        let year = date.astronomical_year();
        let year = if year > 0 {
            year.to_string()
        } else {
            self.fill("date.bce", &[("year", &(1 - i64::from(year)).to_string())])
        };
        let first = crate::model::date::civil_from_days(date.first_day());
        let month = MONTH_KEYS
            .get(usize::from(first.1).saturating_sub(1))
            .map_or("", |key| self.text(key));
        let day = first.2.to_string();
        let args = [("day", day.as_str()), ("month", month), ("year", &year)];
        match date.precision() {
            Precision::Day => self.fill("date.day", &args),
            Precision::Month => self.fill("date.month", &args),
            Precision::Year => year,
        }
    }
}

/// The period `dates` cover in English, at the coarsest precision among
/// them, naming what the two ends share once: "2019 to 2021", "March to
/// June 2021", "3 to 9 April 2022", or one year, month or day; `None` when
/// there are no dates.
fn english_period(dates: &[StoryDate]) -> Option<String> {
    use crate::model::date::{civil_from_days, month_name, year_in_words};
    use crate::model::Precision;
    let first = dates.iter().map(|date| date.first_day()).min()?;
    let last = dates.iter().map(|date| date.end_day()).max()? - 1;
    let precision = dates
        .iter()
        .map(|date| date.precision())
        .min_by_key(|precision| match precision {
            Precision::Year => 0,
            Precision::Month => 1,
            Precision::Day => 2,
        })?;
    let (from, to) = (civil_from_days(first), civil_from_days(last.max(first)));
    let ((year, month, day), (last_year, last_month, last_day)) = (from, to);
    let years = (year_in_words(year), year_in_words(last_year));
    Some(match precision {
        _ if year != last_year => format!("{} to {}", years.0, years.1),
        Precision::Year => years.0,
        _ if month != last_month => format!(
            "{} to {} {}",
            month_name(month),
            month_name(last_month),
            years.0
        ),
        Precision::Month => format!("{} {}", month_name(month), years.0),
        _ if day != last_day => format!("{day} to {last_day} {} {}", month_name(month), years.0),
        Precision::Day => format!("{day} {} {}", month_name(month), years.0),
    })
}

/// `tag` reduced to its language, then an optional script, then an optional
/// region, each checked for shape and place (`ar_EG` -> `ar-EG`); whatever
/// follows is dropped, so `Intl` is never given a malformed tag
/// (`en-US-GB` -> `en-US`). `None` when it does not start with a language.
fn simple_tag(tag: &str) -> Option<String> {
    let mut subtags = tag.trim().split(['-', '_']).peekable();
    let language = subtags.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let mut out = language;
    let is_script =
        |subtag: &str| subtag.len() == 4 && subtag.bytes().all(|b| b.is_ascii_alphabetic());
    if let Some(script) = subtags.next_if(|subtag| is_script(subtag)) {
        out.push('-');
        out.push_str(&script[..1].to_ascii_uppercase());
        out.push_str(&script[1..].to_ascii_lowercase());
    }
    let is_region = |subtag: &str| {
        (subtag.len() == 2 && subtag.bytes().all(|b| b.is_ascii_alphabetic()))
            || (subtag.len() == 3 && subtag.bytes().all(|b| b.is_ascii_digit()))
    };
    if let Some(region) = subtags.next_if(|subtag| is_region(subtag)) {
        out.push('-');
        out.push_str(&region.to_ascii_uppercase());
    }
    Some(out)
}

/// Whether the catalogue's table writes `tag`'s dates and numbers: a shipped
/// language without region or script. The table writes them as the browser's
/// `Intl` does (the end-to-end tests compare the two), without the tens of
/// milliseconds `Intl` takes to load a language's data on a page's first date,
/// and exactly as the pre-rendered widget does. Plain `en` is written day
/// first ("9 April 2022"), as the widget always has.
fn written_by_table(tag: &str) -> bool {
    super::catalogue::SHIPPED.contains(&tag)
}

#[cfg(test)]
mod tests {
    use super::{simple_tag, written_by_table, AxisLabel, Locale};
    use crate::model::{parse_story, StoryDate};

    #[test]
    fn right_to_left_a_relation_isolates_its_names_and_label() {
        let story = parse_story(
            r#"{"version": 1, "meta": {"title": "t", "source": {"name": "s"}, "published": "2024-03-01"},
                "actors": [{"id": "a", "name": "Blue Crescent", "kind": "organisation"},
                           {"id": "b", "name": "Port Authority", "kind": "organisation"}],
                "relations": [{"id": "r", "from": "a", "to": "b", "kind": "opposes",
                               "stance": "hostile", "label": "diverts ships"}]}"#,
        )
        .expect("the story reads")
        .story;
        let relation = &story.relations[0];
        assert_eq!(
            Locale::new("he").relation_sentence(&story, relation),
            "\u{2068}Blue Crescent\u{2069} ← \u{2068}Port Authority\u{2069}: \u{2068}diverts ships\u{2069} (עוינות)"
        );
        assert_eq!(
            Locale::new("en").relation_sentence(&story, relation),
            "Blue Crescent opposes Port Authority: diverts ships (hostile)"
        );
    }

    #[test]
    fn tags_keep_language_script_and_region_only() {
        assert_eq!(simple_tag("ar_eg").as_deref(), Some("ar-EG"));
        assert_eq!(simple_tag(" zh-hant-tw ").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(simple_tag("es-419").as_deref(), Some("es-419"));
        assert_eq!(simple_tag("en-u-nu-arab").as_deref(), Some("en"));
        assert_eq!(simple_tag("en-US-GB").as_deref(), Some("en-US"));
        assert_eq!(simple_tag("en-US-Latn").as_deref(), Some("en-US"));
        assert_eq!(simple_tag("en-Latn-Cyrl").as_deref(), Some("en-Latn"));
        assert_eq!(simple_tag("pt-BR-PT").as_deref(), Some("pt-BR"));
        assert_eq!(simple_tag("<script>"), None);
        assert_eq!(simple_tag(""), None);
        assert!(written_by_table("en") && written_by_table("ar"));
        assert!(!written_by_table("en-US") && !written_by_table("de"));
    }

    #[test]
    fn right_to_left_languages_and_their_regions_mirror() {
        for tag in ["ar", "ar-EG", "he", "fa-IR", "ur"] {
            assert!(Locale::new(tag).right_to_left(), "{tag}");
            assert_eq!(Locale::new(tag).dir(), "rtl");
        }
        for tag in ["en", "fr-CA", "es", "de", "nonsense!"] {
            assert!(!Locale::new(tag).right_to_left(), "{tag}");
        }
    }

    #[test]
    fn the_host_choice_wins_over_the_story_language() {
        assert_eq!(Locale::chosen(Some("fr"), "en").tag(), "fr");
        assert_eq!(Locale::chosen(Some(" "), "ar").tag(), "ar");
        assert_eq!(Locale::chosen(None, "es-MX").language(), "es");
    }

    #[test]
    fn dates_follow_each_language_at_the_story_precision() {
        let day = StoryDate::day(2024, 3, 15).expect("a real day");
        let month = StoryDate::month(2024, 3).expect("a real month");
        let cases = [
            ("en", "15 March 2024", "March 2024"),
            ("fr", "15 mars 2024", "mars 2024"),
            ("es", "15 de marzo de 2024", "marzo de 2024"),
            ("ar", "15 مارس 2024", "مارس 2024"),
        ];
        for (tag, in_days, in_months) in cases {
            let locale = Locale::new(tag);
            assert_eq!(locale.date(&day), in_days);
            assert_eq!(locale.date(&month), in_months);
            assert_eq!(locale.date(&StoryDate::year(2024)), "2024");
        }
    }

    #[test]
    fn english_dates_read_as_the_story_model_writes_them() {
        let english = Locale::new("en");
        for text in [
            "2022-04-09",
            "2022-03~",
            "2021?",
            "2021-08%",
            "-0043",
            "0000",
        ] {
            let date: StoryDate = text.parse().expect("a valid date");
            assert_eq!(english.date(&date), date.in_words(), "{text}");
        }
    }

    #[test]
    fn qualifiers_are_translated() {
        let date: StoryDate = "2021-08%".parse().expect("a valid date");
        assert_eq!(Locale::new("fr").date(&date), "peut-être vers août 2021");
        assert_eq!(Locale::new("ar").date(&date), "ربما حوالي أغسطس 2021");
    }

    #[test]
    fn axis_labels_use_short_month_names() {
        let label = |day, month, year| AxisLabel { day, month, year };
        let cases = [
            ("fr", label(None, Some(8), Some(2021)), "août 2021"),
            ("fr", label(None, Some(9), None), "sept."),
            ("es", label(Some(9), Some(4), None), "9 abr"),
            ("ar", label(Some(1), Some(1), Some(2022)), "1 يناير 2022"),
            ("es", label(None, None, Some(-43)), "44 a. C."),
            ("en", label(None, Some(9), None), "Sep"),
            ("en", label(Some(9), Some(4), Some(2022)), "9 Apr 2022"),
            ("en", label(None, None, Some(-43)), "44 BCE"),
        ];
        for (tag, parts, written) in cases {
            assert_eq!(
                Locale::new(tag).axis_label(parts),
                written,
                "{tag} {parts:?}"
            );
        }
    }

    #[test]
    fn periods_are_written_at_their_coarsest_precision() {
        let dates: Vec<StoryDate> = ["2021-03-04", "2021-06"]
            .iter()
            .map(|text| text.parse().expect("a valid date"))
            .collect();
        assert_eq!(
            Locale::new("fr").period(&dates).as_deref(),
            Some("mars 2021 – juin 2021")
        );
        let one: Vec<StoryDate> = vec!["2022-04-09".parse().expect("a valid date")];
        assert_eq!(
            Locale::new("es").period(&one).as_deref(),
            Some("9 de abril de 2022")
        );
        assert_eq!(Locale::new("ar").period(&[]), None);
    }

    #[test]
    fn the_seed_story_relations_read_as_sentences() {
        let story = crate::model::parse_story(include_str!(
            "../../../../static/stories/russia-taliban-2022.json"
        ))
        .expect("the seed story reads")
        .story;
        let relation = |id: &str| {
            story
                .relations
                .iter()
                .find(|relation| relation.id.as_str() == id)
                .expect("the seed story has the relation")
        };
        assert_eq!(
            Locale::new("en").relation_sentence(&story, relation("us-condemns-russia")),
            "United States condemns Russia: condemns the acceptance of Taliban diplomats (hostile)"
        );
        let french =
            Locale::new("fr").relation_sentence(&story, relation("russia-engages-taliban"));
        assert!(french.starts_with("Russia → Taliban"), "{french}");
    }

    #[test]
    fn numbers_group_as_each_language_does() {
        let cases = [
            ("en", 2_000, "2,000"),
            ("fr", 2_000, "2\u{202f}000"),
            ("es", 2_000, "2000"),
            ("es", 20_000, "20.000"),
            ("ar", 1_234_567, "1,234,567"),
            ("en", 999, "999"),
        ];
        for (tag, n, written) in cases {
            assert_eq!(Locale::new(tag).number(n), written, "{tag} {n}");
        }
    }

    #[test]
    fn counts_take_the_plural_form() {
        let arabic = Locale::new("ar");
        let english = Locale::new("en");
        assert_eq!(
            english.count("steps.intro", 1, &[]),
            "1 event. Step through them in order."
        );
        assert_eq!(
            english.count("steps.intro", 6, &[]),
            "6 events. Step through them in order."
        );
        assert_ne!(
            arabic.count("steps.intro", 2, &[]),
            arabic.count("steps.intro", 3, &[])
        );
    }
}
