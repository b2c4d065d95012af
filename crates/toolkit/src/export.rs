//! `dateline export`: a story as a static picture for print and social
//! media, drawn with the widget's own layout code: the whole timeline
//! ([`layout_timeline`] over every dated event, with the time scale's
//! calendar ticks) and the actor map ([`ActorMap`]'s settled force layout,
//! curved relations and placed labels) with a legend, under the story's
//! title and over its source line. On a phone-width picture the timeline
//! becomes a list in time order, as it does in the widget.
//!
//! The SVG names the font Noto Sans, whose metrics the text is measured
//! with; the PNG is rasterised by resvg with Noto Sans (shipped inside the
//! binary by the `notosans` crate, SIL Open Font License), so it looks the
//! same on every machine.

mod palette;
mod png;
mod text;

use std::fmt::Write as _;

use dateline::state::{Theme as WidgetTheme, ViewChoice};
use dateline_engine::i18n::Locale;
use dateline_engine::layout::actor_map::{ActorMap, MapOptions};
use dateline_engine::layout::scale::TimeScale;
use dateline_engine::layout::timeline::{layout_timeline, TimelineItem, TimelineOptions};
use dateline_engine::measures::NARROW_BELOW_PX;
use dateline_engine::model::{ActorKind, Stance, Story};

use self::palette::{Palette, DARK, LIGHT};
pub use self::png::{png_size, svg_to_png, MAX_PNG_PIXELS};
use self::text::{
    clip, escape, wrap, BODY_SIZE, LABEL_SIZE, PHONE_TITLE_SIZE, SECTION_SIZE, SMALL_SIZE,
    TITLE_SIZE,
};
pub use self::text::{text_width, FONT_FAMILY};

/// Which views to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportView {
    /// The timeline only.
    Timeline,
    /// The actor map only.
    Map,
    /// The timeline, then the actor map.
    Both,
}

impl ExportView {
    /// The view named as the widget's `view` option names it: `timeline`,
    /// `map` or `both` (the text view is not a picture).
    ///
    /// # Errors
    /// A sentence naming the views a picture can show.
    pub fn parse(name: &str) -> Result<Self, String> {
        match ViewChoice::parse(name) {
            Some(ViewChoice::Timeline) => Ok(Self::Timeline),
            Some(ViewChoice::Map) => Ok(Self::Map),
            Some(ViewChoice::Both) => Ok(Self::Both),
            Some(ViewChoice::Text) => {
                Err("the text view is not a picture; give timeline, map or both".to_owned())
            }
            None => Err(format!(
                "\"{name}\" is not a view; give timeline, map or both"
            )),
        }
    }
}

/// Light or dark colours, as the widget's themes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on white.
    Light,
    /// Light text on near-black.
    Dark,
}

impl Theme {
    /// The theme named as the widget's `theme` option names it: `light` or
    /// `dark` (a picture cannot follow the reader's setting).
    ///
    /// # Errors
    /// A sentence naming the themes a picture can have.
    pub fn parse(name: &str) -> Result<Self, String> {
        match WidgetTheme::parse(name) {
            Some(WidgetTheme::Light) => Ok(Self::Light),
            Some(WidgetTheme::Dark) => Ok(Self::Dark),
            Some(WidgetTheme::Auto) => {
                Err("a picture cannot follow the reader's setting; give light or dark".to_owned())
            }
            None => Err(format!("\"{name}\" is not a theme; give light or dark")),
        }
    }
}

/// How to draw a story.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// Width of the picture, in CSS px (320 to 4,000).
    pub width: f64,
    /// Which views to draw.
    pub view: ExportView,
    /// Colours.
    pub theme: Theme,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            width: 1200.0,
            view: ExportView::Both,
            theme: Theme::Light,
        }
    }
}

/// Writes SVG text into a string; formatting into a `String` cannot fail.
struct Canvas {
    svg: String,
}

impl Canvas {
    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        x: f64,
        y: f64,
        size: f64,
        bold: bool,
        fill: &str,
        anchor: &str,
        text: &str,
    ) {
        let weight = if bold { " font-weight=\"700\"" } else { "" };
        let anchor = if anchor == "start" {
            String::new()
        } else {
            format!(" text-anchor=\"{anchor}\"")
        };
        let _ = writeln!(
            self.svg,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size}\"{weight}{anchor} fill=\"{fill}\">{}</text>",
            escape(text)
        );
    }

    fn raw(&mut self, fragment: std::fmt::Arguments) {
        let _ = self.svg.write_fmt(fragment);
        self.svg.push('\n');
    }
}

/// The story as an SVG picture `options.width` CSS px wide.
pub fn story_svg(story: &Story, options: &ExportOptions) -> String {
    let palette = match options.theme {
        Theme::Light => &LIGHT,
        Theme::Dark => &DARK,
    };
    // The picture's words are English; dates and ticks are written as the widget writes them.
    let english = Locale::new("en");
    let width = options.width.clamp(320.0, 4000.0);
    let phone = width < NARROW_BELOW_PX;
    let pad = if phone { 16.0 } else { 32.0 };
    let inner = width - 2.0 * pad;
    let mut canvas = Canvas { svg: String::new() };
    let mut y = pad;

    // Title, summary and dateline.
    let title_size = if phone { PHONE_TITLE_SIZE } else { TITLE_SIZE };
    canvas.raw(format_args!(
        "<rect x=\"{pad:.1}\" y=\"{y:.1}\" width=\"48\" height=\"4\" fill=\"{}\"/>",
        palette.reported
    ));
    y += 14.0;
    for line in wrap(&story.meta.title, title_size, true, inner, 4) {
        y += title_size * 1.15;
        canvas.text(pad, y, title_size, true, &palette.text, "start", &line);
    }
    if let Some(summary) = &story.meta.summary {
        y += 6.0;
        for line in wrap(summary, BODY_SIZE, false, inner, 4) {
            y += BODY_SIZE * 1.4;
            canvas.text(pad, y, BODY_SIZE, false, &palette.muted, "start", &line);
        }
    }
    y += 12.0;

    let draw_timeline = matches!(options.view, ExportView::Timeline | ExportView::Both);
    let draw_map = matches!(options.view, ExportView::Map | ExportView::Both);
    if draw_timeline {
        y = section_heading(&mut canvas, palette, pad, y, inner, "Timeline");
        y = if phone {
            timeline_list(&mut canvas, palette, story, &english, pad, y, inner)
        } else {
            timeline_axis(&mut canvas, palette, story, &english, pad, y, inner)
        };
        y = undated(&mut canvas, palette, story, pad, y, inner);
    }
    if draw_map && !story.actors.is_empty() {
        y = section_heading(&mut canvas, palette, pad, y + 8.0, inner, "Who’s who");
        y = actor_map(&mut canvas, palette, story, pad, y, inner);
    }

    // Source line.
    y += 10.0;
    canvas.raw(format_args!(
        "<line x1=\"{pad:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{}\" stroke-width=\"1\"/>",
        pad + inner,
        &palette.rule
    ));
    let mut source = format!("Source: {}", story.meta.source.name);
    if let Some(published) = story.meta.published {
        let _ = write!(source, ", {}", english.date(&published));
    }
    if !story.meta.authors.is_empty() {
        let _ = write!(source, ", by {}", story.meta.authors.join(" and "));
    }
    for line in wrap(&source, SMALL_SIZE, false, inner, 3) {
        y += SMALL_SIZE * 1.5;
        canvas.text(pad, y, SMALL_SIZE, false, &palette.muted, "start", &line);
    }
    if let Some(url) = &story.meta.source.url {
        y += SMALL_SIZE * 1.5;
        let url = clip(url, SMALL_SIZE, false, inner);
        canvas.text(pad, y, SMALL_SIZE, false, &palette.muted, "start", &url);
    }
    y += pad;

    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"'{FONT_FAMILY}', 'Helvetica Neue', Arial, sans-serif\">",
        height = y.ceil()
    );
    let _ = writeln!(svg, "<title>{}</title>", escape(&story.meta.title));
    let _ = writeln!(
        svg,
        "<rect width=\"100%\" height=\"100%\" fill=\"{}\"/>",
        &palette.background
    );
    svg.push_str(&canvas.svg);
    svg.push_str("</svg>\n");
    svg
}

/// A section's name in small capitals over a rule; returns the y below it.
fn section_heading(
    canvas: &mut Canvas,
    palette: &Palette,
    x: f64,
    y: f64,
    width: f64,
    name: &str,
) -> f64 {
    let y = y + 18.0;
    canvas.raw(format_args!(
        "<line x1=\"{x:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{}\" stroke-width=\"1\"/>",
        x + width,
        &palette.rule
    ));
    let baseline = y + SECTION_SIZE + 8.0;
    canvas.raw(format_args!(
        "<text x=\"{x:.1}\" y=\"{baseline:.1}\" font-size=\"{SECTION_SIZE}\" font-weight=\"700\" letter-spacing=\"1.2\" fill=\"{}\">{}</text>",
        &palette.muted,
        escape(&name.to_uppercase())
    ));
    baseline + 10.0
}

/// The whole timeline on a true time axis, laid out by the widget's code.
fn timeline_axis(
    canvas: &mut Canvas,
    palette: &Palette,
    story: &Story,
    english: &Locale,
    x0: f64,
    y0: f64,
    width: f64,
) -> f64 {
    let events = story.events_in_time_order();
    if events.is_empty() {
        return y0;
    }
    let mut options = TimelineOptions::default().max_lanes(12);
    options.max_label_chars = if width > 900.0 { 44 } else { 34 };
    // Measure labels with the font they are drawn in, so none overlaps.
    let widest_char = events
        .iter()
        .map(|event| {
            let shown: String = event.title.chars().take(options.max_label_chars).collect();
            text_width(&shown, LABEL_SIZE, false) / shown.chars().count().max(1) as f64
        })
        .fold(6.0_f64, f64::max);
    options = options.char_width(widest_char);
    let items: Vec<TimelineItem> = events
        .iter()
        .filter_map(|event| TimelineItem::from_event(event, &options))
        .collect();
    let start = items
        .iter()
        .map(|item| item.start)
        .fold(f64::INFINITY, f64::min);
    let end = items
        .iter()
        .map(|item| item.end)
        .fold(f64::NEG_INFINITY, f64::max);
    let margin = ((end - start) * 0.04).max(15.0);
    let tick_count = ((width / options.tick_spacing).floor() as usize).max(2);
    let domain = TimeScale::new((start - margin, end + margin), (0.0, width))
        .nice(tick_count)
        .domain;
    let layout = layout_timeline(&items, domain, width, &options);
    let at = |x: f64| x0 + x;
    let top = y0;
    // Axis and ticks.
    let axis_y = top + layout.axis_y;
    canvas.raw(format_args!(
        "<line x1=\"{:.1}\" y1=\"{axis_y:.1}\" x2=\"{:.1}\" y2=\"{axis_y:.1}\" stroke=\"{}\" stroke-width=\"1\"/>",
        at(options.padding),
        at(width - options.padding),
        &palette.muted
    ));
    for tick in &layout.ticks {
        canvas.raw(format_args!(
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"1\"/>",
            axis_y - 4.0,
            top + layout.height,
            &palette.rule,
            x = at(tick.x)
        ));
        if let Some(label) = tick.label {
            canvas.text(
                at(tick.x),
                axis_y - 8.0,
                SMALL_SIZE,
                false,
                &palette.muted,
                "middle",
                &english.axis_label(label),
            );
        }
    }
    // Events.
    for placed in &layout.events {
        let item = &items[placed.index];
        let event = events[placed.index];
        let colour = palette.event(event.kind);
        let y = top + placed.y;
        canvas.raw(format_args!(
            "<g><title>{}</title>",
            escape(&english.dated_title(event))
        ));
        if item.point {
            canvas.raw(format_args!(
                "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"{:.1}\" fill=\"{colour}\" stroke=\"{}\" stroke-width=\"2\"/>",
                at(placed.x),
                options.marker_size / 2.0,
                &palette.background
            ));
        } else {
            canvas.raw(format_args!(
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"12\" rx=\"6\" fill=\"{colour}\" fill-opacity=\"0.22\" stroke=\"{colour}\" stroke-width=\"1.5\"/>",
                at(placed.x),
                y - 6.0,
                placed.width.max(3.0)
            ));
        }
        let shown: String = item.label.chars().take(item.shown_chars).collect();
        let label = if item.is_clipped() {
            format!("{}…", shown.trim_end())
        } else {
            shown
        };
        canvas.text(
            at(placed.label_x),
            y + LABEL_SIZE * 0.36,
            LABEL_SIZE,
            false,
            &palette.text,
            "start",
            &label,
        );
        canvas.svg.push_str("</g>\n");
    }
    for cluster in &layout.clusters {
        let titles: Vec<String> = cluster
            .items
            .iter()
            .map(|&i| english.dated_title(events[i]))
            .collect();
        canvas.raw(format_args!(
            "<g><title>{}</title>",
            escape(&titles.join("; "))
        ));
        let y = top + cluster.y;
        canvas.raw(format_args!(
            "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"10\" fill=\"{}\" stroke=\"{}\"/>",
            at(cluster.x),
            &palette.surface,
            &palette.muted
        ));
        canvas.text(
            at(cluster.x),
            y + 4.0,
            SMALL_SIZE,
            true,
            &palette.text,
            "middle",
            &format!("+{}", cluster.items.len()),
        );
        canvas.svg.push_str("</g>\n");
    }
    top + layout.height + 4.0
}

/// The timeline as a list in time order, for phone-width pictures.
fn timeline_list(
    canvas: &mut Canvas,
    palette: &Palette,
    story: &Story,
    english: &Locale,
    x0: f64,
    y0: f64,
    width: f64,
) -> f64 {
    let events = story.events_in_time_order();
    let mut y = y0 + 4.0;
    let line_x = x0 + 6.0;
    let text_x = x0 + 22.0;
    let text_width = width - 22.0;
    let first_y = y + 8.0;
    let mut rows = String::new();
    for event in &events {
        let dot_y = y + 8.0;
        let date = english.event_date(event);
        let colour = palette.event(event.kind);
        let _ = writeln!(
            rows,
            "<g><title>{}</title>",
            escape(&english.dated_title(event))
        );
        let _ = writeln!(
            rows,
            "<circle cx=\"{line_x:.1}\" cy=\"{dot_y:.1}\" r=\"5\" fill=\"{colour}\" stroke=\"{}\" stroke-width=\"2\"/>",
            &palette.background
        );
        let mut block = Canvas { svg: String::new() };
        y += SMALL_SIZE + 1.0;
        block.text(
            text_x,
            y,
            SMALL_SIZE,
            true,
            colour,
            "start",
            &date.to_uppercase(),
        );
        for line in wrap(&event.title, BODY_SIZE, false, text_width, 3) {
            y += BODY_SIZE * 1.35;
            block.text(text_x, y, BODY_SIZE, false, &palette.text, "start", &line);
        }
        rows.push_str(&block.svg);
        rows.push_str("</g>\n");
        y += 14.0;
    }
    if !events.is_empty() {
        canvas.raw(format_args!(
            "<line x1=\"{line_x:.1}\" y1=\"{first_y:.1}\" x2=\"{line_x:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"2\"/>",
            y - 14.0 - BODY_SIZE,
            &palette.rule
        ));
    }
    canvas.svg.push_str(&rows);
    y
}

/// Undated background events, named under the timeline.
fn undated(
    canvas: &mut Canvas,
    palette: &Palette,
    story: &Story,
    x0: f64,
    y0: f64,
    width: f64,
) -> f64 {
    let titles: Vec<&str> = story
        .undated_events()
        .map(|event| event.title.as_str())
        .collect();
    if titles.is_empty() {
        return y0;
    }
    let mut y = y0 + 4.0;
    let text = format!("Undated background: {}", titles.join(" · "));
    canvas.raw(format_args!("<g><title>{}</title>", escape(&text)));
    for line in wrap(&text, SMALL_SIZE, false, width, 4) {
        y += SMALL_SIZE * 1.5;
        canvas.text(x0, y, SMALL_SIZE, false, &palette.muted, "start", &line);
    }
    canvas.svg.push_str("</g>\n");
    y + 6.0
}

/// The actor map, laid out by the widget's code, with its legend.
fn actor_map(
    canvas: &mut Canvas,
    palette: &Palette,
    story: &Story,
    x0: f64,
    y0: f64,
    width: f64,
) -> f64 {
    let mut options = MapOptions::for_width(width);
    // Labels are measured with the font they are drawn in.
    let widest_char = story
        .actors
        .iter()
        .map(|actor| {
            let name = actor.display_name();
            text_width(name, LABEL_SIZE, false) / name.chars().count().max(1) as f64
        })
        .fold(6.0_f64, f64::max);
    options.char_width = widest_char;
    options.label_height = LABEL_SIZE + 4.0;
    let map = ActorMap::new(story, options.clone());
    let layout = map.layout();
    // The force layout fills a box of the map's height; the picture keeps
    // only the band the actors and their labels take.
    let top = layout
        .actors
        .iter()
        .flat_map(|placed| {
            [
                Some(placed.y - placed.radius),
                placed.label.as_ref().map(|label| label.y),
            ]
        })
        .flatten()
        .fold(f64::INFINITY, f64::min);
    let bottom = layout
        .actors
        .iter()
        .flat_map(|placed| {
            [
                Some(placed.y + placed.radius),
                placed.label.as_ref().map(|label| label.y + label.height),
            ]
        })
        .flatten()
        .fold(f64::NEG_INFINITY, f64::max);
    let (top, bottom) = if top.is_finite() && bottom.is_finite() {
        (top, bottom)
    } else {
        (0.0, layout.height)
    };
    let (ox, oy) = (x0, y0 + 8.0 - top);
    let drawn = map.drawn();
    for placed in &layout.relations {
        let relation = &story.relations[placed.index];
        let colour = palette.stance(relation.stance);
        let dash = if relation.stance == Stance::Neutral {
            " stroke-dasharray=\"4 3\""
        } else {
            ""
        };
        canvas.raw(format_args!(
            "<path d=\"M{:.1} {:.1} Q{:.1} {:.1} {:.1} {:.1}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.6\" stroke-opacity=\"0.85\"{dash}/>",
            ox + placed.start.0,
            oy + placed.start.1,
            ox + placed.control.0,
            oy + placed.control.1,
            ox + placed.end.0,
            oy + placed.end.1
        ));
        if let Some(arrow) = placed.arrow {
            canvas.raw(format_args!(
                "<path d=\"M{:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1} Z\" fill=\"{colour}\"/>",
                ox + arrow[0].0,
                oy + arrow[0].1,
                ox + arrow[1].0,
                oy + arrow[1].1,
                ox + arrow[2].0,
                oy + arrow[2].1
            ));
        }
    }
    for placed in &layout.actors {
        let actor = &story.actors[placed.index];
        let role = actor
            .role
            .as_deref()
            .map(|role| format!(", {role}"))
            .unwrap_or_default();
        canvas.raw(format_args!(
            "<g><title>{}</title>",
            escape(&format!("{} ({}{role})", actor.name, actor.kind.label()))
        ));
        canvas.raw(format_args!(
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{:.1}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"2\"/>",
            ox + placed.x,
            oy + placed.y,
            placed.radius,
            palette.kind(actor.kind),
            &palette.background
        ));
        canvas.svg.push_str("</g>\n");
    }
    for placed in &layout.actors {
        let actor = &story.actors[placed.index];
        if let Some(label) = &placed.label {
            canvas.raw(format_args!(
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{LABEL_SIZE}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">{}</text>",
                ox + label.x,
                oy + label.y + label.height * 0.74,
                &palette.text,
                &palette.background,
                escape(actor.display_name())
            ));
        }
    }
    let mut y = oy + bottom + 12.0;
    if map.actors_left_out() > 0 {
        y += SMALL_SIZE * 1.5;
        canvas.text(
            x0,
            y,
            SMALL_SIZE,
            false,
            &palette.muted,
            "start",
            &format!("{} more actors are not drawn.", map.actors_left_out()),
        );
    }
    // Legend: the kinds and stances the picture shows.
    let mut entries: Vec<(String, String, bool)> = Vec::new();
    for kind in [
        ActorKind::Person,
        ActorKind::State,
        ActorKind::Organisation,
        ActorKind::Group,
        ActorKind::Place,
    ] {
        if drawn.iter().any(|&i| story.actors[i].kind == kind) {
            let mut label = kind.label().to_owned();
            label[..1].make_ascii_uppercase();
            entries.push((label, palette.kind(kind).to_owned(), true));
        }
    }
    for (stance, name) in [
        (Stance::Cooperative, "Cooperative"),
        (Stance::Hostile, "Hostile"),
        (Stance::Neutral, "Neutral"),
    ] {
        if layout
            .relations
            .iter()
            .any(|placed| story.relations[placed.index].stance == stance)
        {
            entries.push((name.to_owned(), palette.stance(stance).to_owned(), false));
        }
    }
    let mut x = x0;
    y += 8.0 + SMALL_SIZE;
    for (label, colour, dot) in entries {
        let entry_width = 22.0 + text_width(&label, SMALL_SIZE, false) + 16.0;
        if x + entry_width > x0 + width && x > x0 {
            x = x0;
            y += SMALL_SIZE * 1.8;
        }
        if dot {
            canvas.raw(format_args!(
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"6\" fill=\"{colour}\"/>",
                x + 6.0,
                y - 4.0
            ));
        } else {
            canvas.raw(format_args!(
                "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"2.5\"/>",
                y - 4.0,
                x + 16.0,
                y - 4.0
            ));
        }
        canvas.text(
            x + 22.0,
            y,
            SMALL_SIZE,
            false,
            &palette.text,
            "start",
            &label,
        );
        x += entry_width;
    }
    y + 6.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_measured_with_the_shipped_font() {
        let narrow = text_width("iiii", 12.0, false);
        let wide = text_width("MMMM", 12.0, false);
        assert!(narrow < wide / 2.0, "{narrow} {wide}");
        assert!(text_width("Rose", 12.0, true) > text_width("Rose", 12.0, false));
    }

    #[test]
    fn long_text_wraps_and_clips_within_its_width() {
        let lines = wrap(
            "one two three four five six seven eight nine ten",
            12.0,
            false,
            60.0,
            3,
        );
        assert_eq!(lines.len(), 3);
        assert!(lines
            .iter()
            .all(|line| text_width(line, 12.0, false) <= 60.0 || !line.contains(' ')));
        assert!(lines[2].ends_with('…'));
    }

    #[test]
    fn story_text_is_escaped() {
        assert_eq!(
            escape("<b>\"A&B\"</b>"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }
}
