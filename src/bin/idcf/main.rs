//! `idcf`: IDC Frontier's 2014 security overview as a shared-responsibility matrix, from the command line.
//!
//! ```text
//! cargo install --path . --features cli
//! idcf who-owns object-storage backup
//! ```
//!
//! A thin layer over the library: who owns a control, every export, the difference a tailoring or a newer dataset
//! makes, the customer's register (plan) and Statement of Applicability, and the customer's overlay. `idcf --help`
//! and `idcf SUBCOMMAND --help` say the rest; the README's "The idcf program" section is the same text.

use std::fmt::Write as _;
use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, CommandFactory as _, Parser, Subcommand, ValueEnum};
#[cfg(feature = "oscal")]
use idcf_responsibility::export::oscal;
use idcf_responsibility::export::{self, Format, report};
use idcf_responsibility::{
    Answer, Cell, Control, Duty, DutyKind, Lang, Layer, Matrix, ParseError, Party, Role, Scope, Service, Text,
    iso::Iso2022Control,
    plan::{Date, Drift, EntryEdit, Overlay, Register, Status, Tailoring},
    search::Miss,
    soa::{Choice, Soa},
};

const EXIT_CODES: &str = "\
Exit status (every subcommand):
  0  answered (or written)
  1  no match: no control of the document matches the query (the closest are named on stderr)
  2  bad usage or bad input: an unknown option, value, service or control, a file that does not load (the message
     names the kind of file, matrix, overlay, register or workbook, and the place), an edit the register or overlay
     refuses, or an output file that exists without --force; nothing is written then

Files: an edit (register set, register decide, overlay add-duty, …) rewrites its FILE in place, atomically. Every
other output (-o FILE, DIR, init FILE) is refused when it exists, unless --force. Writing to a closed pipe
(`idcf … | head -1`) ends quietly.";

/// IDC Frontier's 2014 cloud security overview as a provider/customer responsibility matrix.
#[derive(Parser)]
#[command(name = "idcf", version, after_help = EXIT_CODES, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Who owns a control for a service, with each party's duties (numbered: the number is the duty's place that
    /// `overlay remove-duty` takes) and the section that says so
    #[command(after_help = EXIT_CODES)]
    WhoOwns(WhoOwns),
    /// Writes the matrix in a format other tools read
    #[command(after_help = EXIT_CODES)]
    Export(ExportArgs),
    /// What changed between an older export (any dataset version) or an overlay and the built-in matrix
    #[command(after_help = EXIT_CODES)]
    Diff(DiffArgs),
    /// The customer's register (plan): its duties, their status, and its Statement of Applicability
    #[command(subcommand)]
    Register(RegisterCommand),
    /// The customer's overlay: its tailoring of the matrix, kept apart from the built-in data
    #[command(subcommand)]
    Overlay(OverlayCommand),
    /// Prints a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
}

#[derive(Args)]
struct WhoOwns {
    /// The service: idcf-cloud, self-cloud, managed-cloud, private-cloud, object-storage (or its English or
    /// Japanese name)
    service: Service,
    /// A section id (6.5.1), a heading (6.5), a control id, a title, an ISO id (A.8.13 is ISO/IEC 27001:2022;
    /// iso27001-2013:A.12.3.1, iso27002-2005:12.3.1 name their edition) or keywords (backup, バックアップ)
    #[arg(required = true, num_args = 1..)]
    control: Vec<String>,
    #[command(flatten)]
    lang: LangArg,
    /// Prints a JSON array, one object per control
    #[arg(long)]
    json: bool,
}

#[derive(Args, Clone, Copy)]
struct LangArg {
    /// The language of the text: en or ja
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    lang: Lang,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| e.to_string())
}

#[derive(Args)]
struct Output {
    /// Writes to FILE instead of stdout (a binary format needs it on a terminal)
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Overwrites an output that exists
    #[arg(long)]
    force: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// The whole matrix as JSON, with the document's metadata and the dataset version (both languages)
    Json,
    /// The JSON Schema of the JSON export (both languages)
    Schema,
    /// OSCAL 1.1.3 component-definition
    Oscal,
    /// OSCAL 1.1.3 system-security-plan of the provider's side
    OscalSsp,
    /// The four OSCAL documents that resolve one another (catalog, profile, component-definition, SSP) into the
    /// folder -o DIR
    OscalBundle,
    /// A customer responsibility matrix, one row per service and control
    Csv,
    /// A table per chapter
    Markdown,
    /// One self-contained page
    Html,
    /// An Excel workbook: an overview sheet and a sheet per service
    Xlsx,
}

#[derive(Args)]
struct ExportArgs {
    /// The format
    format: ExportFormat,
    /// The language of the text: en or ja (json and schema carry both: ignored there, with a note)
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    lang: Lang,
    #[command(flatten)]
    output: Output,
}

#[derive(Args)]
struct DiffArgs {
    /// A matrix export (`idcf export json`) of this or any older dataset version: the earlier side
    old: Option<PathBuf>,
    /// An overlay: the later side is the built-in matrix with the overlay laid over it
    #[arg(long, value_name = "FILE")]
    overlay: Option<PathBuf>,
    /// Prints the changes as JSON
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
enum RegisterCommand {
    /// Writes a new register: an entry per customer duty of the services, all not started
    #[command(after_help = EXIT_CODES)]
    Init {
        /// The register to write (refused if it exists, unless --force)
        file: PathBuf,
        /// The services the customer uses (ids or names, English or Japanese)
        #[arg(required = true, num_args = 1..)]
        services: Vec<Service>,
        /// An overlay laid over the matrix first
        #[arg(long, value_name = "FILE")]
        overlay: Option<PathBuf>,
        /// Overwrites a register that exists
        #[arg(long)]
        force: bool,
    },
    /// Records what has been done for a control: status, team, evidence, due date, justification, notes
    #[command(after_help = EXIT_CODES)]
    Set(SetArgs),
    /// A report on the register, open duties first
    #[command(after_help = EXIT_CODES)]
    Report {
        /// The register
        file: PathBuf,
        /// md, html, csv or xlsx
        #[arg(long, default_value = "md")]
        format: ReportFormat,
        #[command(flatten)]
        lang: LangArg,
        #[command(flatten)]
        output: Output,
    },
    /// Writes the provider's OSCAL bundle and the customer's system-security-plan (customer-ssp.json) into DIR
    #[command(after_help = EXIT_CODES)]
    Oscal {
        /// The register
        file: PathBuf,
        /// The folder (created; its files are refused if they exist, unless --force)
        dir: PathBuf,
        #[command(flatten)]
        lang: LangArg,
        /// Overwrites files that exist
        #[arg(long)]
        force: bool,
    },
    /// The draft ISO/IEC 27001:2022 Statement of Applicability from the matrix and the register
    #[command(after_help = EXIT_CODES)]
    Soa {
        /// The register
        file: PathBuf,
        /// xlsx, md, csv or json
        #[arg(long, default_value = "md")]
        format: SoaFormat,
        #[command(flatten)]
        lang: LangArg,
        #[command(flatten)]
        output: Output,
    },
    /// Records the customer's decision on an ISO/IEC 27001:2022 control (it prevails over the proposal in the `SoA`)
    #[command(after_help = EXIT_CODES)]
    Decide {
        /// The register
        file: PathBuf,
        /// The ISO/IEC 27001:2022 Annex A control (A.8.13)
        control: Iso2022Control,
        /// include, exclude, or withdraw (removes the decision: the proposal stands again)
        decision: DecideChoice,
        /// Why (needed to include or exclude)
        #[arg(long, required_if_eq_any = [("decision", "include"), ("decision", "exclude")])]
        justification: Option<String>,
    },
    /// Writes the plan as a workbook a team fills in: a sheet per service, a row per customer duty, the status as a
    /// drop-down, team, evidence, due date and notes as input cells, every other column protected
    #[command(name = "export-xlsx", after_help = EXIT_CODES)]
    ExportXlsx {
        /// The register
        file: PathBuf,
        /// The workbook to write
        out: PathBuf,
        #[command(flatten)]
        lang: LangArg,
        /// Overwrite OUT if it exists
        #[arg(long)]
        force: bool,
    },
    /// Reads a workbook written by `export-xlsx` back into the register: every row checked, the changes printed;
    /// a workbook with any fault changes nothing
    #[command(name = "import-xlsx", after_help = EXIT_CODES)]
    ImportXlsx {
        /// The register
        file: PathBuf,
        /// The workbook, as the team filled it in
        workbook: PathBuf,
    },
    /// Reads the customer's decisions (include, exclude, with the justification) back from a workbook written by
    /// `register soa --format xlsx`; a workbook with any fault changes nothing
    #[command(name = "import-soa", after_help = EXIT_CODES)]
    ImportSoa {
        /// The register
        file: PathBuf,
        /// The Statement of Applicability workbook, with the decision columns filled in
        workbook: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    #[value(alias = "markdown")]
    Md,
    Html,
    Csv,
    Xlsx,
}

#[derive(Clone, Copy, ValueEnum)]
enum SoaFormat {
    Xlsx,
    #[value(alias = "markdown")]
    Md,
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum DecideChoice {
    Include,
    Exclude,
    Withdraw,
}

#[derive(Args)]
#[command(group = clap::ArgGroup::new("notes").multiple(false))]
struct SetArgs {
    /// The register (rewritten in place)
    file: PathBuf,
    /// A section (6.5.1), a control id or a title
    control: Control,
    /// One service of the register (default: every service of the register)
    #[arg(long)]
    service: Option<Service>,
    /// The status: an id or a label, English or Japanese (not-started, in-progress, implemented, not-applicable,
    /// risk-accepted, 実装済み, …); not-applicable and risk-accepted need --justification
    #[arg(long)]
    status: Option<String>,
    /// The team that carries the duty
    #[arg(long)]
    team: Option<String>,
    /// A reference to evidence (repeat for several; replaces the list)
    #[arg(long, value_name = "E")]
    evidence: Vec<String>,
    /// The due date, YYYY-MM-DD
    #[arg(long, value_parser = parse_date)]
    due: Option<Date>,
    /// Why not-applicable or risk-accepted
    #[arg(long)]
    justification: Option<String>,
    /// Replaces the notes
    #[arg(long, group = "notes")]
    note: Option<String>,
    /// Adds a line to the notes
    #[arg(long, group = "notes")]
    append_note: Option<String>,
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>().map_err(|e| e.to_string())
}

#[derive(Args)]
struct Cellref {
    /// The overlay (rewritten in place)
    file: PathBuf,
    /// The service
    service: Service,
    /// A section (6.5.1), a control id or a title
    control: Control,
}

#[derive(Args)]
#[command(group = clap::ArgGroup::new("reason_text").required(true).multiple(true))]
struct Reason {
    /// Why, in English (one language is enough: the other shows as missing)
    #[arg(long, group = "reason_text")]
    reason: Option<String>,
    /// Why, in Japanese
    #[arg(long, group = "reason_text")]
    reason_ja: Option<String>,
}

#[derive(Args)]
#[command(group = clap::ArgGroup::new("body").required(true).multiple(true))]
struct Body {
    /// The text in English (one language is enough: the other shows as missing)
    #[arg(long, group = "body")]
    text: Option<String>,
    /// The text in Japanese
    #[arg(long, group = "body")]
    text_ja: Option<String>,
}

#[derive(Subcommand)]
enum OverlayCommand {
    /// Writes an empty overlay
    #[command(after_help = EXIT_CODES)]
    Init {
        /// The overlay to write (refused if it exists, unless --force)
        file: PathBuf,
        /// Overwrites an overlay that exists
        #[arg(long)]
        force: bool,
    },
    /// Adds a duty to a cell
    #[command(after_help = EXIT_CODES)]
    AddDuty {
        #[command(flatten)]
        cell: Cellref,
        /// provider or customer
        #[arg(long)]
        party: Party,
        /// performs, offers, discloses, may, requests, on-request or leaves-to-customer
        #[arg(long)]
        kind: DutyKind,
        /// platform, portal, customer-environment, provider-partners, customer-third-parties, contract-documents
        /// or provider-organisation
        #[arg(long)]
        layer: Layer,
        /// The sentence of the section the duty belongs to
        #[arg(long, default_value_t = 1)]
        sentence: u8,
        #[command(flatten)]
        body: Body,
        #[command(flatten)]
        reason: Reason,
    },
    /// Removes a duty of the built-in cell, by its number as `idcf who-owns` prints it
    #[command(after_help = EXIT_CODES)]
    RemoveDuty {
        #[command(flatten)]
        cell: Cellref,
        /// The duty's number in the cell (`idcf who-owns SERVICE CONTROL`)
        duty: usize,
        #[command(flatten)]
        reason: Reason,
    },
    /// Declares a cell not applicable to the customer's use
    #[command(after_help = EXIT_CODES)]
    NotApplicable {
        #[command(flatten)]
        cell: Cellref,
        #[command(flatten)]
        reason: Reason,
    },
    /// Adds a note to a cell (the cell is unchanged)
    #[command(after_help = EXIT_CODES)]
    Note {
        #[command(flatten)]
        cell: Cellref,
        #[command(flatten)]
        body: Body,
        #[command(flatten)]
        reason: Reason,
    },
    /// Lists the overrides and what they change
    #[command(after_help = EXIT_CODES)]
    Show {
        /// The overlay
        file: PathBuf,
        #[command(flatten)]
        lang: LangArg,
    },
    /// Checks an overlay: it loads, and every override still fits the built-in matrix (exit 2 if not)
    #[command(after_help = EXIT_CODES)]
    Check {
        /// The overlay
        file: PathBuf,
    },
}

/// A refusal: the exit code (1 or 2) and the message for stderr.
struct Failure {
    code: u8,
    message: String,
}

type Done = Result<(), Failure>;

fn bad(message: impl Into<String>) -> Failure {
    Failure { code: 2, message: message.into() }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with exit 0, usage errors to stderr with exit 2; a closed pipe is quiet.
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    let done = match cli.command {
        Command::WhoOwns(args) => who_owns(&args),
        Command::Export(args) => export_matrix(&args),
        Command::Diff(args) => diff(&args),
        Command::Register(command) => register(command),
        Command::Overlay(command) => overlay(command),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "idcf", &mut out);
            emit(&out)
        }
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure { code, message }) => {
            let _ = writeln!(std::io::stderr(), "idcf: {message}");
            ExitCode::from(code)
        }
    }
}

/// Writes to stdout; a reader that closed the pipe early (`| head -1`) is not an error.
fn emit(bytes: &[u8]) -> Done {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(bad(format!("cannot write: {err}"))),
        _ => Ok(()),
    }
}

/// A warning on stderr.
fn warn(message: &str) {
    let _ = writeln!(std::io::stderr(), "idcf: warning: {message}");
}

/// An output: to `-o FILE` (refused if it exists, unless `--force`) or stdout (refused for binary data on a
/// terminal).
fn deliver(output: &Output, bytes: &[u8], binary: bool, hint: &str) -> Done {
    match &output.output {
        Some(path) => write_new(path, bytes, output.force),
        None if binary && std::io::stdout().is_terminal() => {
            Err(bad(format!("the output is binary; write it to a file with -o {hint}")))
        }
        None => emit(bytes),
    }
}

/// Writes a new file: refused when it exists, unless `force`.
fn write_new(path: &Path, bytes: &[u8], force: bool) -> Done {
    if !force && path.exists() {
        return Err(bad(format!("{} exists; give --force to overwrite it", path.display())));
    }
    replace(path, bytes)
}

/// Writes a file through a temporary file beside it, renamed over it: an interrupted write leaves it as it was.
fn replace(path: &Path, bytes: &[u8]) -> Done {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| bad(format!("cannot write {}: {e}", path.display())))
}

fn read(path: &Path, kind: &str) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| bad(format!("cannot read the {kind} {}: {e}", path.display())))
}

/// An error with its causes, outermost first, joined by `: `.
fn chain(err: &dyn std::error::Error) -> String {
    let mut out = err.to_string();
    let mut next = err.source();
    while let Some(cause) = next {
        out.push_str(": ");
        out.push_str(&cause.to_string());
        next = cause.source();
    }
    out
}

// ---------------------------------------------------------------------------------------------------------------
// who-owns

fn who_owns(args: &WhoOwns) -> Done {
    let query = args.control.join(" ");
    let lang = args.lang.lang;
    if query.trim().is_empty() {
        return Err(bad("missing control or keywords after the service"));
    }
    let found = idcf_responsibility::lookup(&query);
    if let Some(message) = found.message() {
        return Err(refusal(&found, message, args.service, lang));
    }
    let cells: Vec<&Cell> = Matrix::builtin().search(args.service, &query).into_iter().map(|(cell, _)| cell).collect();
    let notes = found.notes(lang);
    if args.json {
        for note in &notes {
            warn(note);
        }
        let answers: Vec<serde_json::Value> = cells.iter().map(|c| cell_json(c)).collect();
        return emit(format!("{:#}\n", serde_json::Value::Array(answers)).as_bytes());
    }
    let mut out = String::new();
    for note in &notes {
        out.push_str(note);
        out.push('\n');
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&Answer::new(args.service, &query, cells, lang).to_string());
    emit(out.as_bytes())
}

/// Why nothing was found: exit 2 for an ISO id of two editions (each reading listed with its answer for the
/// service), 1 for no match.
fn refusal(found: &idcf_responsibility::search::Lookup, message: String, service: Service, lang: Lang) -> Failure {
    if found.miss != Some(Miss::Ambiguous) {
        return Failure { code: 1, message };
    }
    let mut message = message;
    let not_applicable = Text::new("not applicable", "適用外");
    let owner_word = Text::new("owner", "担当");
    for reading in &found.readings {
        let title = reading.title_en.as_deref().map_or_else(String::new, |t| format!(" ({t})"));
        let _ = write!(message, "\n  {}{title}:", reading.qualified());
        for &control in &reading.controls {
            let cell = Matrix::builtin().cell(service, control);
            let owner = cell.owner().map_or_else(|| not_applicable.get(lang), |o| o.label(lang));
            let title_en = if lang == Lang::Ja { String::new() } else { format!(" {}", control.title_en()) };
            let _ = write!(
                message,
                "\n    §{} 「{}」{title_en}: {} {owner}",
                control.section(),
                control.title_ja(),
                owner_word.get(lang)
            );
        }
    }
    Failure { code: 2, message }
}

/// One answer as JSON: the keys and values of the matrix export, with the control's titles and crosswalk, and
/// the document's caveats.
fn cell_json(cell: &Cell) -> serde_json::Value {
    let c = cell.control();
    let mut v = serde_json::to_value(cell).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("title_ja".into(), c.title_ja().into());
        obj.insert("title_en".into(), c.title_en().into());
        obj.insert("iso27002_2005".into(), c.iso27002_2005().map(|i| i.to_string()).into());
        obj.insert("iso27001_2013".into(), serde_json::json!(c.iso27001_2013()));
        obj.insert("iso27001_2022".into(), serde_json::json!(c.iso27001_2022()));
        obj.insert("capabilities".into(), serde_json::json!(cell.capabilities().collect::<Vec<_>>()));
        obj.insert("caveats".into(), serde_json::json!(idcf_responsibility::document::Document::get().caveats));
    }
    v
}

// ---------------------------------------------------------------------------------------------------------------
// export

fn export_matrix(args: &ExportArgs) -> Done {
    let lang = args.lang;
    let format = match args.format {
        #[cfg(feature = "oscal")]
        ExportFormat::OscalBundle => {
            let Some(dir) = &args.output.output else {
                return Err(bad("oscal-bundle writes a folder: give it with -o DIR"));
            };
            let files: Vec<(&str, String)> =
                oscal::bundle(Matrix::builtin(), lang).into_iter().map(|f| (f.name, f.text)).collect();
            return write_folder(dir, &files, args.output.force);
        }
        ExportFormat::Json => Format::Json,
        #[cfg(feature = "schemars")]
        ExportFormat::Schema => Format::Schema,
        #[cfg(feature = "oscal")]
        ExportFormat::Oscal => Format::Oscal,
        #[cfg(feature = "oscal")]
        ExportFormat::OscalSsp => Format::OscalSsp,
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Markdown => Format::Markdown,
        ExportFormat::Html => Format::Html,
        #[cfg(feature = "xlsx")]
        ExportFormat::Xlsx => Format::Xlsx,
        #[cfg(not(feature = "schemars"))]
        ExportFormat::Schema => return Err(not_built("the schema", "schemars")),
        #[cfg(not(feature = "oscal"))]
        ExportFormat::Oscal | ExportFormat::OscalSsp | ExportFormat::OscalBundle => {
            return Err(not_built("OSCAL", "oscal"));
        }
        #[cfg(not(feature = "xlsx"))]
        ExportFormat::Xlsx => return Err(not_built("the workbook", "xlsx")),
    };
    if !format.has_lang() && lang != Lang::En {
        warn(&format!("{format} carries both languages; --lang {lang} is ignored"));
    }
    let bytes = export::render(Matrix::builtin(), format, lang).map_err(|e| bad(format!("cannot export: {e}")))?;
    deliver(&args.output, &bytes, !format.is_text(), &format!("matrix.{format}"))
}

/// A format this build was made without: the install command that has it.
#[cfg(not(all(feature = "schemars", feature = "oscal", feature = "xlsx")))]
fn not_built(what: &str, feature: &str) -> Failure {
    bad(format!(
        "{what} needs the {feature} feature, which this build of idcf lacks: cargo install --path . --features cli,{feature} \
         (or cli-full for every format)"
    ))
}

#[cfg(feature = "oscal")]
/// Writes files into a folder, creating it; every file is checked before any is written, so a refusal writes
/// nothing. Lists the paths written.
fn write_folder(dir: &Path, files: &[(&str, String)], force: bool) -> Done {
    if !force {
        if let Some(existing) = files.iter().map(|(name, _)| dir.join(name)).find(|p| p.exists()) {
            return Err(bad(format!("{} exists; give --force to overwrite it", existing.display())));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| bad(format!("cannot create {}: {e}", dir.display())))?;
    let mut listing = String::new();
    for (name, text) in files {
        let path = dir.join(name);
        replace(&path, text.as_bytes())?;
        listing.push_str(&path.display().to_string());
        listing.push('\n');
    }
    emit(listing.as_bytes())
}

// ---------------------------------------------------------------------------------------------------------------
// diff

fn load_overlay(path: &Path) -> Result<Overlay, Failure> {
    let overlay =
        Overlay::from_json(&read(path, "overlay")?).map_err(|e| bad(format!("{}: {}", path.display(), chain(&e))))?;
    Ok(overlay)
}

/// The overlay's conflicts with the built-in matrix, one line each.
fn conflicts(overlay: &Overlay) -> Vec<String> {
    overlay
        .apply(Matrix::builtin())
        .conflicts
        .iter()
        .map(|c| {
            let changes: Vec<String> = c.changes.iter().map(ToString::to_string).collect();
            let applied = if c.applied { "applied" } else { "could not be applied" };
            format!(
                "overrides[{}] ({}, {}) was made against another base cell ({applied}){}{}",
                c.index,
                c.service,
                c.control.section(),
                if changes.is_empty() { "" } else { ": " },
                changes.join("; ")
            )
        })
        .collect()
}

fn diff(args: &DiffArgs) -> Done {
    let later = match &args.overlay {
        Some(path) => {
            let overlay = load_overlay(path)?;
            for conflict in conflicts(&overlay) {
                warn(&format!("overlay {}: {conflict}", path.display()));
            }
            overlay.apply(Matrix::builtin()).matrix
        }
        None => Matrix::builtin().clone(),
    };
    let cells = match &args.old {
        Some(path) => {
            let diff = later
                .diff_from_json(&read(path, "matrix")?)
                .map_err(|e| bad(format!("{}: {}", path.display(), chain(&e))))?;
            if let Some(warning) = &diff.warning {
                warn(&format!("{}: {warning}", path.display()));
            }
            diff.cells
        }
        None if args.overlay.is_none() => {
            return Err(bad("nothing to compare: give an older matrix export, --overlay FILE, or both"));
        }
        None => Matrix::builtin().diff(&later),
    };
    let out = if args.json {
        serde_json::to_string_pretty(&cells).map_err(|e| bad(e.to_string()))? + "\n"
    } else if cells.is_empty() {
        "no changes\n".to_owned()
    } else {
        let mut out = String::new();
        for cell in &cells {
            let _ = writeln!(out, "{} §{} {}", cell.service, cell.control.section(), cell.control.title_en());
            for change in &cell.changes {
                let _ = writeln!(out, "  {change}");
            }
        }
        out
    };
    emit(out.as_bytes())
}

// ---------------------------------------------------------------------------------------------------------------
// register

/// Loads a register, validating it, and prints its drift and its overlay's conflicts as warnings.
fn load_register(path: &Path) -> Result<Register, Failure> {
    let shown = path.display();
    let register = Register::from_json(&read(path, "register")?).map_err(|e| bad(format!("{shown}: {}", chain(&e))))?;
    if let Some(overlay) = register.overlay() {
        for conflict in conflicts(overlay) {
            warn(&format!("register {shown}: its overlay's {conflict}"));
        }
    }
    for d in register.drift() {
        match d {
            Drift::Gone { index, service, control, duty } => warn(&format!(
                "register {shown}: entries[{index}] ({service}, §{}): its duty is no longer a customer duty of the matrix: {}",
                control.section(),
                duty.text.get(Lang::En)
            )),
            Drift::Untracked { service, control, duty } => warn(&format!(
                "register {shown}: {service} §{}: a customer duty no entry tracks: {}",
                control.section(),
                duty.text.get(Lang::En)
            )),
            other => warn(&format!("register {shown}: {other:?}")),
        }
    }
    if register.dataset_version() != idcf_responsibility::DATASET_VERSION {
        warn(&format!(
            "register {shown}: made against dataset version {}; this build has {}",
            register.dataset_version(),
            idcf_responsibility::DATASET_VERSION
        ));
    }
    Ok(register)
}

fn save_register(path: &Path, register: &Register) -> Done {
    replace(path, (register.to_json() + "\n").as_bytes())
}

fn register(command: RegisterCommand) -> Done {
    match command {
        RegisterCommand::Init { file, services, overlay, force } => {
            let overlay = overlay.as_deref().map(load_overlay).transpose()?;
            if let Some(overlay) = &overlay {
                for conflict in conflicts(overlay) {
                    warn(&format!("overlay: {conflict}"));
                }
            }
            let register = Register::new(&services, overlay);
            write_new(&file, (register.to_json() + "\n").as_bytes(), force)?;
            emit(format!("{}: {} entries\n", file.display(), register.entries().len()).as_bytes())
        }
        RegisterCommand::Set(args) => set(&args),
        RegisterCommand::Report { file, format, lang, output } => {
            let register = load_register(&file)?;
            let lang = lang.lang;
            let (bytes, binary) = match format {
                ReportFormat::Md => (report::markdown(&register, lang).into_bytes(), false),
                ReportFormat::Html => (report::html(&register, lang).into_bytes(), false),
                ReportFormat::Csv => (report::csv(&register, lang).into_bytes(), false),
                #[cfg(feature = "xlsx")]
                ReportFormat::Xlsx => {
                    (report::xlsx(&register, lang).map_err(|e| bad(format!("cannot write the workbook: {e}")))?, true)
                }
                #[cfg(not(feature = "xlsx"))]
                ReportFormat::Xlsx => return Err(not_built("the workbook", "xlsx")),
            };
            deliver(&output, &bytes, binary, "report.xlsx")
        }
        #[cfg(not(feature = "oscal"))]
        RegisterCommand::Oscal { .. } => Err(not_built("OSCAL", "oscal")),
        #[cfg(feature = "oscal")]
        RegisterCommand::Oscal { file, dir, lang, force } => {
            let register = load_register(&file)?;
            let lang = lang.lang;
            let mut files: Vec<(&str, String)> =
                oscal::bundle(Matrix::builtin(), lang).into_iter().map(|f| (f.name, f.text)).collect();
            files.push((oscal::CUSTOMER_SSP_FILE, oscal::customer_ssp(&register, lang)));
            write_folder(&dir, &files, force)
        }
        RegisterCommand::Soa { file, format, lang, output } => {
            let register = load_register(&file)?;
            let soa = Soa::of(&register);
            let lang = lang.lang;
            let (bytes, binary) = match format {
                SoaFormat::Md => (export::soa::markdown(&soa, lang).into_bytes(), false),
                SoaFormat::Csv => (export::soa::csv(&soa, lang).into_bytes(), false),
                SoaFormat::Json => {
                    if lang != Lang::En {
                        warn(&format!("the JSON carries both languages; --lang {lang} is ignored"));
                    }
                    ((soa.to_json() + "\n").into_bytes(), false)
                }
                #[cfg(feature = "xlsx")]
                SoaFormat::Xlsx => {
                    (export::soa::xlsx(&soa, lang).map_err(|e| bad(format!("cannot write the workbook: {e}")))?, true)
                }
                #[cfg(not(feature = "xlsx"))]
                SoaFormat::Xlsx => return Err(not_built("the workbook", "xlsx")),
            };
            deliver(&output, &bytes, binary, "soa.xlsx")
        }
        #[cfg(feature = "xlsx")]
        RegisterCommand::ExportXlsx { file, out, lang, force } => {
            let register = load_register(&file)?;
            let bytes =
                export::plan::xlsx(&register, lang.lang).map_err(|e| bad(format!("cannot write the workbook: {e}")))?;
            write_new(&out, &bytes, force)?;
            emit(format!("{}: {} rows to fill in\n", out.display(), register.entries().len()).as_bytes())
        }
        #[cfg(feature = "xlsx")]
        RegisterCommand::ImportXlsx { file, workbook } => import_workbook(&file, &workbook, export::plan::import),
        #[cfg(feature = "xlsx")]
        RegisterCommand::ImportSoa { file, workbook } => {
            import_workbook(&file, &workbook, export::plan::import_soa_decisions)
        }
        #[cfg(not(feature = "xlsx"))]
        RegisterCommand::ExportXlsx { .. } | RegisterCommand::ImportXlsx { .. } | RegisterCommand::ImportSoa { .. } => {
            Err(not_built("the workbook", "xlsx"))
        }
        RegisterCommand::Decide { file, control, decision, justification } => {
            let mut register = load_register(&file)?;
            let why = justification.as_deref().unwrap_or_default();
            let choice = match decision {
                DecideChoice::Include => Some((Choice::Include, why)),
                DecideChoice::Exclude => Some((Choice::Exclude, why)),
                DecideChoice::Withdraw => None,
            };
            let before =
                register.decide(control, choice).map_err(|e| bad(format!("register {}: {e}", file.display())))?;
            if choice.is_none() && before.is_none() {
                return Err(bad(format!("register {}: no decision on {control} to withdraw", file.display())));
            }
            save_register(&file, &register)?;
            let what = match decision {
                DecideChoice::Withdraw => "withdrawn: the proposal stands".to_owned(),
                DecideChoice::Include | DecideChoice::Exclude => choice.map(|(c, _)| c.to_string()).unwrap_or_default(),
            };
            emit(format!("{}: {control} {what}\n", file.display()).as_bytes())
        }
    }
}

/// Reads a workbook into a copy of the register, prints each change, and saves the register only when every row
/// passed: a refused workbook (exit 2) leaves the file as it was.
#[cfg(feature = "xlsx")]
fn import_workbook(
    file: &Path,
    workbook: &Path,
    read: fn(&Register, &[u8], &str) -> Result<export::plan::Imported, export::plan::WorkbookError>,
) -> Done {
    let register = load_register(file)?;
    let bytes =
        std::fs::read(workbook).map_err(|e| bad(format!("workbook {}: cannot read it: {e}", workbook.display())))?;
    let imported = read(&register, &bytes, &workbook.display().to_string()).map_err(|e| bad(e.to_string()))?;
    if !imported.changes.is_empty() {
        save_register(file, &imported.register)?;
    }
    let mut out = String::new();
    for change in &imported.changes {
        let _ = writeln!(out, "{change}");
    }
    let _ = writeln!(out, "{}: {} change(s) from {}", file.display(), imported.changes.len(), workbook.display());
    emit(out.as_bytes())
}

/// A status as typed, with `--justification` as the reason a not-applicable or risk-accepted status needs.
fn parse_status(input: &str, justification: Option<&str>) -> Result<Status, Failure> {
    let typed = match justification {
        Some(why) => format!("{input}: {why}"),
        None => input.to_owned(),
    };
    typed.parse::<Status>().map_err(|e| match e {
        ParseError::Invalid { .. } if justification.is_none() => {
            bad(format!("--status: {e} (give it with --justification TEXT)"))
        }
        e => bad(format!("--status: {e}")),
    })
}

fn set(args: &SetArgs) -> Done {
    let mut register = load_register(&args.file)?;
    let mut edit = EntryEdit::new();
    let mut said = Vec::new();
    match &args.status {
        Some(status) => {
            let status = parse_status(status, args.justification.as_deref())?;
            said.push(format!("status {}", status.id()));
            edit = edit.status(status);
        }
        None if args.justification.is_some() => {
            return Err(bad("--justification goes with --status not-applicable or risk-accepted"));
        }
        None => {}
    }
    if let Some(team) = &args.team {
        said.push(format!("team {team:?}"));
        edit = edit.team(team.clone());
    }
    if !args.evidence.is_empty() {
        said.push(format!("evidence {}", args.evidence.join(", ")));
        edit = edit.evidence(args.evidence.clone());
    }
    if let Some(due) = args.due {
        said.push(format!("due {due}"));
        edit = edit.due(due);
    }
    if let Some(note) = &args.note {
        said.push("notes replaced".to_owned());
        edit = edit.replace_notes(note.clone());
    }
    if let Some(note) = &args.append_note {
        said.push("a note added".to_owned());
        edit = edit.append_note(note.clone());
    }
    if said.is_empty() {
        return Err(bad("nothing to set: give --status, --team, --evidence, --due, --note or --append-note"));
    }
    let changed = register
        .edit(args.service, args.control, &edit)
        .map_err(|e| bad(format!("register {}: {e}", args.file.display())))?;
    save_register(&args.file, &register)?;
    emit(
        format!(
            "{}: {changed} entr{} of §{}: {}\n",
            args.file.display(),
            if changed == 1 { "y" } else { "ies" },
            args.control.section(),
            said.join(", ")
        )
        .as_bytes(),
    )
}

// ---------------------------------------------------------------------------------------------------------------
// overlay

/// A text from the English and Japanese options: one language is enough, the other stays missing.
fn text(en: Option<&String>, ja: Option<&String>) -> Text {
    Text::owned(en.cloned().unwrap_or_default(), ja.cloned().unwrap_or_default())
}

fn reason_text(reason: &Reason) -> Text {
    text(reason.reason.as_ref(), reason.reason_ja.as_ref())
}

fn edit_overlay(cell: &Cellref, change: impl FnOnce(&mut Overlay) -> Result<String, Failure>) -> Done {
    let mut overlay = load_overlay(&cell.file)?;
    let said = change(&mut overlay)?;
    replace(&cell.file, (overlay.to_json() + "\n").as_bytes())?;
    emit(format!("{}: {said}\n", cell.file.display()).as_bytes())
}

fn refused(cell: &Cellref) -> impl Fn(idcf_responsibility::Inconsistency) -> Failure + '_ {
    move |e| bad(format!("overlay {}: {e}", cell.file.display()))
}

fn overlay(command: OverlayCommand) -> Done {
    match command {
        OverlayCommand::Init { file, force } => {
            write_new(&file, (Overlay::new().to_json() + "\n").as_bytes(), force)?;
            emit(format!("{}: an empty overlay\n", file.display()).as_bytes())
        }
        OverlayCommand::AddDuty { cell, party, kind, layer, sentence, body, reason } => {
            edit_overlay(&cell, |overlay| {
                let role = Role::new(party, kind, layer, Scope::AllServices, sentence);
                let duty = Duty::new(
                    role,
                    idcf_responsibility::Basis::Stated,
                    text(body.text.as_ref(), body.text_ja.as_ref()),
                );
                overlay.add_duty(cell.service, cell.control, duty, reason_text(&reason)).map_err(refused(&cell))?;
                Ok(format!("a {party} duty added to {} §{}", cell.service, cell.control.section()))
            })
        }
        OverlayCommand::RemoveDuty { cell, duty, reason } => edit_overlay(&cell, |overlay| {
            let duties = Matrix::builtin().cell(cell.service, cell.control).duties();
            let Some(found) = duty.checked_sub(1).and_then(|i| duties.get(i)) else {
                return Err(bad(format!(
                    "{} §{} has no duty {duty}: its duties are numbered 1 to {} (idcf who-owns {} {})",
                    cell.service,
                    cell.control.section(),
                    duties.len(),
                    cell.service,
                    cell.control.section()
                )));
            };
            overlay
                .remove_duty(cell.service, cell.control, found.clone(), reason_text(&reason))
                .map_err(refused(&cell))?;
            Ok(format!("duty {duty} of {} §{} removed", cell.service, cell.control.section()))
        }),
        OverlayCommand::NotApplicable { cell, reason } => edit_overlay(&cell, |overlay| {
            overlay.not_applicable(cell.service, cell.control, reason_text(&reason)).map_err(refused(&cell))?;
            Ok(format!("{} §{} not applicable", cell.service, cell.control.section()))
        }),
        OverlayCommand::Note { cell, body, reason } => edit_overlay(&cell, |overlay| {
            overlay
                .note(cell.service, cell.control, text(body.text.as_ref(), body.text_ja.as_ref()), reason_text(&reason))
                .map_err(refused(&cell))?;
            Ok(format!("a note on {} §{}", cell.service, cell.control.section()))
        }),
        OverlayCommand::Show { file, lang } => {
            let overlay = load_overlay(&file)?;
            emit(show(&overlay, lang.lang).as_bytes())
        }
        OverlayCommand::Check { file } => {
            let overlay = load_overlay(&file)?;
            let conflicts = conflicts(&overlay);
            if conflicts.is_empty() {
                return emit(
                    format!(
                        "{}: {} overrides, all fit the built-in matrix\n",
                        file.display(),
                        overlay.overrides().len()
                    )
                    .as_bytes(),
                );
            }
            Err(bad(format!("overlay {}: {}", file.display(), conflicts.join("\n  "))))
        }
    }
}

fn show(overlay: &Overlay, lang: Lang) -> String {
    let mut out = format!("dataset version {}\n", overlay.dataset_version());
    if overlay.overrides().is_empty() {
        out.push_str("no overrides\n");
    }
    for (i, o) in overlay.overrides().iter().enumerate() {
        let what = match o.change() {
            Tailoring::AddDuty { duty } => format!("adds a {} duty: {}", duty.party, duty.text.get(lang)),
            Tailoring::RemoveDuty { duty } => format!("removes the {} duty: {}", duty.party, duty.text.get(lang)),
            Tailoring::NotApplicable => "not applicable".to_owned(),
            Tailoring::Note { text } => format!("note: {}", text.get(lang)),
            _ => "another change".to_owned(),
        };
        let _ = writeln!(
            out,
            "overrides[{i}] {} §{} {}: {what}\n  reason: {}",
            o.service(),
            o.control().section(),
            o.control().title_en(),
            o.reason().get(lang)
        );
    }
    for conflict in conflicts(overlay) {
        let _ = writeln!(out, "conflict: {conflict}");
    }
    out
}
