//! `dateline`: the newsroom's command-line tool, kept open beside the CMS.
//! Argument parsing, files and exit codes only; the work is done by
//! [`dateline::toolkit`], from the same model and layout code as the widget.
//!
//! Each subcommand is one variant of [`Command`] and one function; a new one
//! (such as a pre-renderer) is added with a variant and a match arm.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use clap::Parser;
    let cli = cli::Cli::parse();
    match cli::run(cli.command) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("dateline: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::fs;
    use std::io::Write;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use clap::{Args, Parser, Subcommand, ValueEnum};

    use dateline::model::StoryDate;
    use dateline::toolkit::{diff, draft, export, import, render, report};

    /// Tools for a graphics desk: check, draft, import and export Dateline stories.
    #[derive(Parser)]
    #[command(name = "dateline", version, about, max_term_width = 100)]
    pub struct Cli {
        #[command(subcommand)]
        pub command: Command,
    }

    #[derive(Subcommand)]
    pub enum Command {
        /// Check story files as the widget reads them; exit status 1 if any has an error.
        Validate(ValidateArgs),
        /// Draft a story from an article's plain text, for an editor to correct.
        Draft(DraftArgs),
        /// Make a story from a TimelineJS timeline (its JSON, or its Google Sheet as CSV).
        Import(ImportArgs),
        /// Draw a story as a static SVG or PNG picture, for print and social media.
        Export(ExportArgs),
        /// Show what changed between two versions of a story, and optionally record it as an update.
        Diff(DiffArgs),
        /// Pre-render a story as the widget's HTML snippet, or fill a page's story elements.
        Render(RenderArgs),
    }

    /// Runs one subcommand; `Err` is a message for standard error (exit status 1).
    pub fn run(command: Command) -> Result<ExitCode, String> {
        match command {
            Command::Validate(args) => validate(args),
            Command::Draft(args) => draft(args),
            Command::Import(args) => import(args),
            Command::Export(args) => export(args),
            Command::Diff(args) => diff(args),
            Command::Render(args) => render(args),
        }
    }

    #[derive(Args)]
    pub struct RenderArgs {
        /// The story file to pre-render as a snippet to paste into a page.
        #[arg(
            value_name = "STORY",
            required_unless_present = "page",
            conflicts_with = "page"
        )]
        story: Option<PathBuf>,
        /// Where to write the snippet (default: standard output).
        #[arg(short, long, value_name = "OUT.html")]
        output: Option<PathBuf>,
        /// The story file's address as the page will name it (default: STORY as given).
        #[arg(long, value_name = "URL")]
        src: Option<String>,
        /// Where Dateline's files are, relative to the page or absolute (for `dateline.css`).
        #[arg(long, value_name = "URL", default_value = "")]
        base: String,
        /// The view shown first: both, timeline, map or text.
        #[arg(long)]
        view: Option<String>,
        /// The theme: light, dark or auto.
        #[arg(long)]
        theme: Option<String>,
        /// The widget's language (BCP 47), instead of the story's.
        #[arg(long)]
        lang: Option<String>,
        /// The host's width on a wide screen, in CSS px; a phone-sized variant is always included.
        #[arg(long, value_name = "PX", default_value_t = render::DEFAULT_WIDTH_PX)]
        width: f64,
        /// Instead of a snippet: fill every empty `<div data-dateline-story>` in this page
        /// with its pre-rendered widget, in place (story addresses relative to the page).
        #[arg(long, value_name = "PAGE.html")]
        page: Option<PathBuf>,
        /// Also write the stylesheet pre-rendered widgets link (`dateline.css`), minified as
        /// the widget carries it, to this file.
        #[arg(long, value_name = "OUT.css")]
        stylesheet: Option<PathBuf>,
    }

    fn render(args: RenderArgs) -> Result<ExitCode, String> {
        if let Some(stylesheet) = &args.stylesheet {
            fs::write(stylesheet, dateline::embed::STYLESHEET)
                .map_err(|error| format!("cannot write {}: {error}", stylesheet.display()))?;
        }
        if let Some(page) = &args.page {
            let text = read_text(page)?;
            let folder = page.parent().unwrap_or(Path::new("."));
            let (filled, count) = render::prerender_page(&text, args.width, |src| {
                let path = folder.join(src.split(['?', '#']).next().unwrap_or(src));
                fs::read_to_string(path).ok()
            });
            fs::write(page, filled)
                .map_err(|error| format!("cannot write {}: {error}", page.display()))?;
            eprintln!("pre-rendered {count} widget(s) in {}", page.display());
            return Ok(ExitCode::SUCCESS);
        }
        let Some(path) = &args.story else {
            return Err("give a story file, or --page".to_owned());
        };
        let story = read_text(path)?;
        let src = args
            .src
            .clone()
            .unwrap_or_else(|| path.display().to_string());
        let options = render::RenderOptions {
            view: args.view.clone(),
            theme: args.theme.clone(),
            lang: args.lang.clone(),
            base: args.base.clone(),
            width: args.width,
        };
        let snippet = render::snippet(&story, &src, &options)
            .map_err(|error| format!("{}: {error}", path.display()))?;
        match &args.output {
            Some(output) => fs::write(output, snippet + "\n")
                .map_err(|error| format!("cannot write {}: {error}", output.display()))?,
            None => println!("{snippet}"),
        }
        Ok(ExitCode::SUCCESS)
    }

    #[derive(Args)]
    pub struct ValidateArgs {
        /// Story files (JSON).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// `text` prints one line per problem, as compilers do; `json` is for CI.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum ReportFormat {
        Text,
        Json,
    }

    fn validate(args: ValidateArgs) -> Result<ExitCode, String> {
        let reports: Vec<report::FileReport> = args
            .files
            .iter()
            .map(|path| {
                let name = path.display().to_string();
                match fs::read(path) {
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Ok(text) => report::check_text(&name, &text),
                        Err(_) => report::FileReport::unreadable(&name, "it is not UTF-8 text"),
                    },
                    Err(error) => report::FileReport::unreadable(&name, &error.to_string()),
                }
            })
            .collect();
        let out = match args.format {
            ReportFormat::Text => report::render_text(&reports),
            ReportFormat::Json => report::render_json(&reports),
        };
        print!("{out}");
        let failed = reports.iter().any(|report| report.errors > 0);
        Ok(if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        })
    }

    #[derive(Args)]
    pub struct DraftArgs {
        /// The article as plain text: headline first, then byline and date lines, then paragraphs separated by blank lines.
        #[arg(value_name = "ARTICLE.txt")]
        article: PathBuf,
        /// Where to write the story (default: standard output).
        #[arg(short, long, value_name = "STORY.json")]
        output: Option<PathBuf>,
        /// Publication date, when the article's opening lines do not give it (or give it wrongly).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        published: Option<StoryDate>,
        /// Name of the publication, for `meta.source.name`.
        #[arg(long, value_name = "NAME")]
        publication: Option<String>,
        /// The article's web address, for `meta.source.url` and the source links.
        #[arg(long, value_name = "URL")]
        url: Option<String>,
    }

    fn parse_day(text: &str) -> Result<StoryDate, String> {
        let date: StoryDate = text.parse().map_err(|error| format!("{error}"))?;
        if date.precision() != dateline::model::Precision::Day {
            return Err("give a day, such as 2022-04-18".to_owned());
        }
        Ok(date)
    }

    fn draft(args: DraftArgs) -> Result<ExitCode, String> {
        let text = read_text(&args.article)?;
        let options = draft::DraftOptions {
            published: args.published,
            publication: args.publication,
            url: args.url,
        };
        let drafted = draft::draft_story(&text, &options);
        write_output(args.output.as_deref(), drafted.story.to_json().as_bytes())?;
        eprintln!("{}", drafted.summary());
        Ok(ExitCode::SUCCESS)
    }

    #[derive(Args)]
    pub struct ImportArgs {
        /// A TimelineJS3 JSON file, or a TimelineJS Google Sheet exported as CSV; the format is told from the content.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Where to write the story (default: standard output).
        #[arg(short, long, value_name = "STORY.json")]
        output: Option<PathBuf>,
    }

    fn import(args: ImportArgs) -> Result<ExitCode, String> {
        let text = read_text(&args.file)?;
        let imported = import::import_timeline(&text).map_err(|error| error.to_string())?;
        write_output(args.output.as_deref(), imported.story.to_json().as_bytes())?;
        for warning in &imported.warnings {
            eprintln!("warning: {warning}");
        }
        eprintln!(
            "imported {} events from a TimelineJS {}",
            imported.story.events.len(),
            imported.format
        );
        Ok(ExitCode::SUCCESS)
    }

    #[derive(Args)]
    pub struct ExportArgs {
        /// The story file (JSON).
        #[arg(value_name = "STORY")]
        story: PathBuf,
        /// Picture format.
        #[arg(long, value_enum)]
        format: PictureFormat,
        /// Which views to draw.
        #[arg(long, value_enum, default_value_t = ViewArg::Both)]
        view: ViewArg,
        /// Width of the picture in CSS px; a PNG is this many pixels wide times --scale.
        #[arg(long, default_value_t = 1200, value_parser = clap::value_parser!(u32).range(320..=4000))]
        width: u32,
        /// Colours.
        #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
        theme: ThemeArg,
        /// PNG pixels per CSS px (2 for sharp text on high-density screens); a PNG may have at most 50 million pixels.
        #[arg(long, default_value_t = 1.0)]
        scale: f32,
        /// Where to write the picture.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum PictureFormat {
        Svg,
        Png,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum ViewArg {
        Timeline,
        Map,
        Both,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum ThemeArg {
        Light,
        Dark,
    }

    fn export(args: ExportArgs) -> Result<ExitCode, String> {
        let text = read_text(&args.story)?;
        let checked = dateline::model::parse_story(&text)
            .map_err(|error| format!("{}: {error}", args.story.display()))?;
        let errors = checked.count(dateline::model::Severity::Error);
        if errors > 0 {
            eprintln!(
                "warning: {} has {errors} errors; the items with errors are left out (see `dateline validate`)",
                args.story.display()
            );
        }
        let options = export::ExportOptions {
            width: f64::from(args.width),
            view: match args.view {
                ViewArg::Timeline => export::ExportView::Timeline,
                ViewArg::Map => export::ExportView::Map,
                ViewArg::Both => export::ExportView::Both,
            },
            theme: match args.theme {
                ThemeArg::Light => export::Theme::Light,
                ThemeArg::Dark => export::Theme::Dark,
            },
        };
        let svg = export::story_svg(&checked.story, &options);
        let bytes = match args.format {
            PictureFormat::Svg => svg.into_bytes(),
            PictureFormat::Png => export::svg_to_png(&svg, args.scale)?,
        };
        write_output(Some(&args.output), &bytes)?;
        Ok(ExitCode::SUCCESS)
    }

    #[derive(Args)]
    pub struct DiffArgs {
        /// The older version of the story file.
        #[arg(value_name = "OLD.json")]
        old: PathBuf,
        /// The newer version; `--write-update` adds an update to it.
        #[arg(value_name = "NEW.json")]
        new: PathBuf,
        /// Append an update naming the added and changed items to NEW.json, with this summary.
        #[arg(long, value_name = "SUMMARY")]
        write_update: Option<String>,
        /// The kind of update written: new reporting, or a correction.
        #[arg(long, value_enum, default_value_t = UpdateKindArg::Update, requires = "write_update")]
        kind: UpdateKindArg,
        /// The day the update is published (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day, requires = "write_update")]
        date: Option<StoryDate>,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum UpdateKindArg {
        Update,
        Correction,
    }

    fn diff(args: DiffArgs) -> Result<ExitCode, String> {
        let read_json = |path: &Path| -> Result<(String, serde_json::Value), String> {
            let text = read_text(path)?;
            let value = serde_json::from_str(&text)
                .map_err(|error| format!("{} is not valid JSON: {error}", path.display()))?;
            Ok((text, value))
        };
        let (_, old) = read_json(&args.old)?;
        let (new_text, new) = read_json(&args.new)?;
        let changes = diff::diff_stories(&old, &new);
        print!("{}", changes.render());
        let Some(summary) = args.write_update else {
            return Ok(ExitCode::SUCCESS);
        };
        if summary.trim().is_empty() {
            return Err("--write-update needs a summary of what changed".to_owned());
        }
        let kind = match args.kind {
            UpdateKindArg::Update => dateline::model::UpdateKind::Update,
            UpdateKindArg::Correction => dateline::model::UpdateKind::Correction,
        };
        let date = args.date.unwrap_or_else(today);
        let published = new
            .pointer("/meta/published")
            .and_then(serde_json::Value::as_str)
            .and_then(|text| text.parse::<StoryDate>().ok());
        if let Some(published) =
            published.filter(|published| date.first_day() < published.first_day())
        {
            return Err(format!(
                "{} is before the story was published, {}; give --date",
                date.in_words(),
                published.in_words()
            ));
        }
        let items = changes.added_and_changed();
        let entry = diff::UpdateEntry::new(&new, kind, date, &summary, &items);
        let written = diff::append_update(&new_text, &entry).map_err(|reason| {
            format!("cannot add the update to {}: {reason}", args.new.display())
        })?;
        fs::write(&args.new, written)
            .map_err(|error| format!("cannot write {}: {error}", args.new.display()))?;
        eprintln!(
            "added the {} \"{}\" to {}, naming {} item(s)",
            kind.label(),
            entry.id,
            args.new.display(),
            items.len()
        );
        Ok(ExitCode::SUCCESS)
    }

    /// Today, in the machine's UTC calendar.
    fn today() -> StoryDate {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| since.as_secs());
        StoryDate::from_day_number(i64::try_from(seconds / 86_400).unwrap_or(0))
    }

    fn read_text(path: &Path) -> Result<String, String> {
        let bytes = fs::read(path).map_err(|error| format!("{}: {error}", path.display()))?;
        String::from_utf8(bytes).map_err(|_| format!("{}: not UTF-8 text", path.display()))
    }

    fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<(), String> {
        match path {
            Some(path) => {
                fs::write(path, bytes).map_err(|error| format!("{}: {error}", path.display()))
            }
            None => std::io::stdout()
                .write_all(bytes)
                .map_err(|error| format!("standard output: {error}")),
        }
    }
}
