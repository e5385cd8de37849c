//! `idcf register`: the customer's register (plan), its reports, workbooks and Statement of Applicability.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
#[cfg(feature = "oscal")]
use idcf_responsibility::export::oscal;
use idcf_responsibility::plan::report;
use idcf_responsibility::{
    Control, Lang, ParseError, Service,
    iso::Iso2022Control,
    plan::{Date, Drift, EntryEdit, Register, Status},
    soa::{self, Choice, Soa},
};

use crate::EXIT_CODES;
use crate::common::{
    Done, Failure, LangArg, Output, bad, chain, conflicts, deliver, emit, load_overlay, lock, read, replace, warn,
    write_new,
};

#[derive(Subcommand)]
pub(crate) enum RegisterCommand {
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
        /// include (適用), exclude (除外), or withdraw (取り下げ: removes the decision, the proposal stands again)
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
pub(crate) enum ReportFormat {
    #[value(alias = "markdown")]
    Md,
    Html,
    Csv,
    Xlsx,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum SoaFormat {
    Xlsx,
    #[value(alias = "markdown")]
    Md,
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum DecideChoice {
    #[value(alias = "適用", alias = "採用")]
    Include,
    #[value(alias = "除外", alias = "適用除外")]
    Exclude,
    #[value(alias = "取り下げ", alias = "取下げ")]
    Withdraw,
}

#[derive(Args)]
#[command(group = clap::ArgGroup::new("notes").multiple(false))]
pub(crate) struct SetArgs {
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
    /// The due date: 2027-03-31, 2027/3/31 or 2027年3月31日
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

pub(crate) fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>().map_err(|e| e.to_string())
}

/// Loads a register, validating it, and prints its drift and its overlay's conflicts as warnings.
pub(crate) fn load_register(path: &Path) -> Result<Register, Failure> {
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

pub(crate) fn save_register(path: &Path, register: &Register) -> Done {
    replace(path, (register.to_json() + "\n").as_bytes())
}

pub(crate) fn register(command: RegisterCommand) -> Done {
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
                ReportFormat::Xlsx => return Err(crate::common::not_built("the workbook", "xlsx")),
            };
            deliver(&output, &bytes, binary, "report.xlsx")
        }
        #[cfg(not(feature = "oscal"))]
        RegisterCommand::Oscal { .. } => Err(crate::common::not_built("OSCAL", "oscal")),
        #[cfg(feature = "oscal")]
        RegisterCommand::Oscal { file, dir, lang, force } => {
            let register = load_register(&file)?;
            let lang = lang.lang;
            let mut files: Vec<(&str, String)> = oscal::bundle(idcf_responsibility::Matrix::builtin(), lang)
                .into_iter()
                .map(|f| (f.name, f.text))
                .collect();
            files.push((oscal::CUSTOMER_SSP_FILE, oscal::customer_ssp(&register, lang)));
            crate::common::write_folder(&dir, &files, force)
        }
        RegisterCommand::Soa { file, format, lang, output } => {
            let register = load_register(&file)?;
            let soa = Soa::of(&register);
            let lang = lang.lang;
            let (bytes, binary) = match format {
                SoaFormat::Md => (soa::markdown(&soa, lang).into_bytes(), false),
                SoaFormat::Csv => (soa::csv(&soa, lang).into_bytes(), false),
                SoaFormat::Json => {
                    if lang != Lang::En {
                        warn(&format!("the JSON carries both languages; --lang {lang} is ignored"));
                    }
                    ((soa.to_json() + "\n").into_bytes(), false)
                }
                #[cfg(feature = "xlsx")]
                SoaFormat::Xlsx => {
                    (soa::xlsx(&soa, lang).map_err(|e| bad(format!("cannot write the workbook: {e}")))?, true)
                }
                #[cfg(not(feature = "xlsx"))]
                SoaFormat::Xlsx => return Err(crate::common::not_built("the workbook", "xlsx")),
            };
            deliver(&output, &bytes, binary, "soa.xlsx")
        }
        #[cfg(feature = "xlsx")]
        RegisterCommand::ExportXlsx { file, out, lang, force } => {
            let register = load_register(&file)?;
            let bytes = idcf_responsibility::plan::workbook::xlsx(&register, lang.lang)
                .map_err(|e| bad(format!("cannot write the workbook: {e}")))?;
            write_new(&out, &bytes, force)?;
            emit(format!("{}: {} rows to fill in\n", out.display(), register.entries().len()).as_bytes())
        }
        #[cfg(feature = "xlsx")]
        RegisterCommand::ImportXlsx { file, workbook } => {
            import_workbook(&file, &workbook, idcf_responsibility::plan::workbook::import)
        }
        #[cfg(feature = "xlsx")]
        RegisterCommand::ImportSoa { file, workbook } => {
            import_workbook(&file, &workbook, idcf_responsibility::plan::workbook::import_soa_decisions)
        }
        #[cfg(not(feature = "xlsx"))]
        RegisterCommand::ExportXlsx { .. } | RegisterCommand::ImportXlsx { .. } | RegisterCommand::ImportSoa { .. } => {
            Err(crate::common::not_built("the workbook", "xlsx"))
        }
        RegisterCommand::Decide { file, control, decision, justification } => {
            let _lock = lock(&file, "register")?;
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
pub(crate) fn import_workbook(
    file: &Path,
    workbook: &Path,
    read: fn(
        &Register,
        &[u8],
        &str,
    ) -> Result<
        idcf_responsibility::plan::workbook::Imported,
        idcf_responsibility::plan::workbook::WorkbookError,
    >,
) -> Done {
    let _lock = lock(file, "register")?;
    let register = load_register(file)?;
    let bytes = read_workbook(workbook)?;
    let imported = read(&register, &bytes, &workbook.display().to_string()).map_err(|e| bad(e.to_string()))?;
    if !imported.changes.is_empty() {
        save_register(file, &imported.register)?;
    }
    let mut out = String::new();
    for change in &imported.changes {
        let _ = std::fmt::Write::write_fmt(&mut out, format_args!("{change}\n"));
    }
    let _ = std::fmt::Write::write_fmt(
        &mut out,
        format_args!("{}: {} change(s) from {}\n", file.display(), imported.changes.len(), workbook.display()),
    );
    emit(out.as_bytes())
}

/// A workbook's bytes, at most what the import would unpack in all (a larger file is no plan workbook).
#[cfg(feature = "xlsx")]
fn read_workbook(workbook: &Path) -> Result<Vec<u8>, Failure> {
    use std::io::Read as _;
    let limit = idcf_responsibility::plan::workbook::MAX_UNPACKED_BYTES;
    let cannot = |e: std::io::Error| bad(format!("workbook {}: cannot read it: {e}", workbook.display()));
    let mut bytes = Vec::new();
    std::fs::File::open(workbook).and_then(|f| f.take(limit + 1).read_to_end(&mut bytes)).map_err(cannot)?;
    if bytes.len() as u64 > limit {
        return Err(bad(format!(
            "workbook {}: larger than {} MiB, far more than a plan workbook; nothing changed",
            workbook.display(),
            limit >> 20
        )));
    }
    Ok(bytes)
}

/// A status as typed, with `--justification` as the reason a not-applicable or risk-accepted status needs.
pub(crate) fn parse_status(input: &str, justification: Option<&str>) -> Result<Status, Failure> {
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

pub(crate) fn set(args: &SetArgs) -> Done {
    let _lock = lock(&args.file, "register")?;
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
