//! `dateline`: the newsroom's command-line tool, kept open beside the CMS.
//! Argument parsing, files and exit codes only; the work is done by
//! [`dateline_toolkit`], from the same model and layout code as the widget.
//!
//! Each subcommand is one variant of [`Command`] and one function; a new one
//! (such as a pre-renderer) is added with a variant and a match arm.

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

mod cli {
    use std::fs;
    use std::io::Write;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use clap::{Args, Parser, Subcommand, ValueEnum};

    use dateline_engine::model::StoryDate;
    use dateline_toolkit::{diff, draft, export, import, render, report};

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
        /// Where to write the snippet (default: standard output), or with --page the filled
        /// page (default: the page itself).
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
        /// with its pre-rendered widget, in place or to -o (story addresses relative to the page).
        #[arg(long, value_name = "PAGE.html")]
        page: Option<PathBuf>,
        /// With --page: the folder stories are read from, and that `/…` addresses start at
        /// (default: the page's folder); nothing outside it is read.
        #[arg(long, value_name = "DIR", requires = "page")]
        root: Option<PathBuf>,
        /// Also write the stylesheet pre-rendered widgets link (`dateline.css`), minified as
        /// the widget carries it, to this file.
        #[arg(long, value_name = "OUT.css")]
        stylesheet: Option<PathBuf>,
        /// Write through a symbolic link where a file is written (refused otherwise).
        #[arg(long)]
        force: bool,
    }

    fn render(args: RenderArgs) -> Result<ExitCode, String> {
        if let Some(stylesheet) = &args.stylesheet {
            write_file(
                stylesheet,
                dateline_toolkit::render::STYLESHEET.as_bytes(),
                args.force,
            )?;
        }
        if let Some(page) = &args.page {
            return render_page(page, &args);
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
        for option in options.read().1 {
            eprintln!("dateline: warning: {option}");
        }
        let snippet = render::snippet(&story, &src, &options)
            .map_err(|error| format!("{}: {error}", path.display()))?;
        write_output(
            args.output.as_deref(),
            (snippet + "\n").as_bytes(),
            args.force,
        )?;
        Ok(ExitCode::SUCCESS)
    }

    /// `render --page`: fills the page's story elements with stories read
    /// from under the root folder, says which it left empty and why, and
    /// writes the page (in place, or to `-o`). Fails, leaving the page as it
    /// was, when it has story elements and none could be filled.
    fn render_page(page: &Path, args: &RenderArgs) -> Result<ExitCode, String> {
        let text = read_text(page)?;
        let folder = page
            .parent()
            .filter(|folder| !folder.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let root_given = args.root.as_deref().unwrap_or(folder);
        let root = fs::canonicalize(root_given)
            .map_err(|error| format!("{}: {error}", root_given.display()))?;
        let page_folder = fs::canonicalize(folder)
            .ok()
            .and_then(|folder| Some(folder.strip_prefix(&root).ok()?.to_path_buf()));
        let filled = render::prerender_page(&text, args.width, |address| {
            read_story(&root, page_folder.as_deref(), address)
        })
        .map_err(|error| format!("{}: {error}", page.display()))?;
        for (address, option) in &filled.unknown_options {
            eprintln!("{}: {address:?}: warning: {option}", page.display());
        }
        for host in &filled.left_empty {
            eprintln!(
                "{}: {:?} left empty: {}",
                page.display(),
                host.address,
                host.reason
            );
        }
        if filled.filled == 0 && !filled.left_empty.is_empty() {
            return Err(format!(
                "{}: no story element could be filled; the page is left as it was",
                page.display()
            ));
        }
        let out = args.output.as_deref().unwrap_or(page);
        write_file(out, filled.html.as_bytes(), args.force)?;
        eprintln!(
            "pre-rendered {} widget(s) in {}",
            filled.filled,
            out.display()
        );
        Ok(ExitCode::SUCCESS)
    }

    /// The text of the story a page names at `address`, read only from
    /// under `root` (canonical): the reason otherwise.
    fn read_story(
        root: &Path,
        page_folder: Option<&Path>,
        address: &str,
    ) -> Result<String, String> {
        let path = root.join(render::story_path(address, page_folder)?);
        let real = fs::canonicalize(&path).map_err(|error| match error.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_owned(),
            _ => error.to_string(),
        })?;
        if !real.starts_with(root) {
            return Err("outside the root folder (a symbolic link leads out of it)".to_owned());
        }
        let meta = fs::metadata(&real).map_err(|error| error.to_string())?;
        if !meta.is_file() {
            return Err("not a file".to_owned());
        }
        if meta.len() > dateline_engine::model::validate::MAX_STORY_BYTES as u64 {
            return Err("over 5 MB, the most a story file may be".to_owned());
        }
        let bytes = fs::read(&real).map_err(|error| error.to_string())?;
        String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_owned())
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
        /// Write through a symbolic link at -o (refused otherwise).
        #[arg(long)]
        force: bool,
    }

    fn parse_day(text: &str) -> Result<StoryDate, String> {
        let date: StoryDate = text.parse().map_err(|error| format!("{error}"))?;
        if date.precision() != dateline_engine::model::Precision::Day {
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
        write_output(
            args.output.as_deref(),
            drafted.story.to_json().as_bytes(),
            args.force,
        )?;
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
        /// Write through a symbolic link at -o (refused otherwise).
        #[arg(long)]
        force: bool,
    }

    fn import(args: ImportArgs) -> Result<ExitCode, String> {
        let text = read_text(&args.file)?;
        let imported = import::import_timeline(&text).map_err(|error| error.to_string())?;
        write_output(
            args.output.as_deref(),
            imported.story.to_json().as_bytes(),
            args.force,
        )?;
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
        /// Which views to draw: timeline, map or both.
        #[arg(long, default_value = "both", value_parser = export::ExportView::parse)]
        view: export::ExportView,
        /// Width of the picture in CSS px; a PNG is this many pixels wide times --scale.
        #[arg(long, default_value_t = 1200, value_parser = clap::value_parser!(u32).range(320..=4000))]
        width: u32,
        /// Colours: light or dark.
        #[arg(long, default_value = "light", value_parser = export::Theme::parse)]
        theme: export::Theme,
        /// PNG pixels per CSS px (2 for sharp text on high-density screens); a PNG may have at most 50 million pixels.
        #[arg(long, default_value_t = 1.0)]
        scale: f32,
        /// Where to write the picture.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// Write through a symbolic link at -o (refused otherwise).
        #[arg(long)]
        force: bool,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum PictureFormat {
        Svg,
        Png,
    }

    fn export(args: ExportArgs) -> Result<ExitCode, String> {
        let text = read_text(&args.story)?;
        let checked = dateline_engine::model::parse_story(&text)
            .map_err(|error| format!("{}: {error}", args.story.display()))?;
        let errors = checked.count(dateline_engine::model::Severity::Error);
        if errors > 0 {
            eprintln!(
                "warning: {} has {errors} errors; the items with errors are left out (see `dateline validate`)",
                args.story.display()
            );
        }
        let options = export::ExportOptions {
            width: f64::from(args.width),
            view: args.view,
            theme: args.theme,
        };
        let svg = export::story_svg(&checked.story, &options);
        let bytes = match args.format {
            PictureFormat::Svg => svg.into_bytes(),
            PictureFormat::Png => export::svg_to_png(&svg, args.scale)?,
        };
        write_output(Some(&args.output), &bytes, args.force)?;
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
            UpdateKindArg::Update => dateline_engine::model::UpdateKind::Update,
            UpdateKindArg::Correction => dateline_engine::model::UpdateKind::Correction,
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
        let update = diff::new_update(&new, kind, date, &summary, &items);
        let written = diff::append_update(&new_text, &update).map_err(|reason| {
            format!("cannot add the update to {}: {reason}", args.new.display())
        })?;
        fs::write(&args.new, written)
            .map_err(|error| format!("cannot write {}: {error}", args.new.display()))?;
        eprintln!(
            "added the {} \"{}\" to {}, naming {} item(s)",
            kind.label(),
            update.id,
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

    /// Writes `bytes` to the file at `path` ([`write_file`]), or to standard output.
    fn write_output(path: Option<&Path>, bytes: &[u8], force: bool) -> Result<(), String> {
        match path {
            Some(path) => write_file(path, bytes, force),
            None => std::io::stdout()
                .write_all(bytes)
                .map_err(|error| format!("standard output: {error}")),
        }
    }

    /// Writes `bytes` to `path` atomically: into a new file in the same
    /// folder, renamed over `path` once complete, so no reader sees half a
    /// file and a failed write leaves the old one (an existing file keeps
    /// its permissions). A symbolic link at `path` is refused unless `force`,
    /// which writes to the file it leads to.
    fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<(), String> {
        let shown = path.display();
        let (target, existing) = match fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                if !force {
                    return Err(format!(
                        "{shown} is a symbolic link; not writing through it (--force does)"
                    ));
                }
                let target = fs::canonicalize(path).map_err(|error| {
                    format!("{shown}: the symbolic link leads nowhere: {error}")
                })?;
                let meta = fs::metadata(&target).ok();
                (target, meta)
            }
            Ok(meta) => (path.to_path_buf(), Some(meta)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                (path.to_path_buf(), None)
            }
            Err(error) => return Err(format!("{shown}: {error}")),
        };
        if existing.as_ref().is_some_and(|meta| !meta.is_file()) {
            return Err(format!("{shown} is not a file"));
        }
        let name = target
            .file_name()
            .ok_or_else(|| format!("{shown} is not a file name"))?
            .to_string_lossy()
            .into_owned();
        let folder = target
            .parent()
            .filter(|folder| !folder.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let mut temp = None;
        for attempt in 0..100 {
            let candidate = folder.join(format!(".{name}.{}-{attempt}.tmp", std::process::id()));
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&candidate)
            {
                Ok(file) => {
                    temp = Some((candidate, file));
                    break;
                }
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(error) => return Err(format!("cannot write {shown}: {error}")),
            }
        }
        let (temp, mut file) =
            temp.ok_or_else(|| format!("cannot write {shown}: no free temporary name"))?;
        let written = file
            .write_all(bytes)
            .and_then(|()| file.sync_all())
            .and_then(|()| match &existing {
                Some(meta) => fs::set_permissions(&temp, meta.permissions()),
                None => Ok(()),
            })
            .and_then(|()| fs::rename(&temp, &target));
        if let Err(error) = written {
            let _ = fs::remove_file(&temp);
            return Err(format!("cannot write {shown}: {error}"));
        }
        Ok(())
    }
}
