//! `idcf register`: the customer's register (plan), its reports, workbooks and Statement of Applicability.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
#[cfg(feature = "oscal")]
use idcf_responsibility::export::oscal;
#[cfg(feature = "xlsx")]
use idcf_responsibility::plan::merge::{OnConflict, Side};
use idcf_responsibility::plan::report;
use idcf_responsibility::{
    Control, Lang, ParseError, Service,
    plan::{Date, Drift, EditScope, EntryEdit, Register, Status},
    soa::{self, Choice, ControlEdit, Decision, Grounds, Soa, SoaControl, SoaOptions},
};

use crate::EXIT_CODES;
use crate::common::{
    Done, Failure, LangArg, Output, bad, chain, conflicts, deliver, emit, json_text, load_overlay, lock, read, replace,
    warn, write_new,
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
        /// Overwrites a register that exists (refused if it holds work, unless --discard-work too)
        #[arg(long)]
        force: bool,
        /// With --force, overwrites a register even though it holds work (statuses, teams, evidence, decisions):
        /// that work is lost; `register rebase` keeps it
        #[arg(long, requires = "force")]
        discard_work: bool,
    },
    /// Moves a register onto a new or changed overlay, or onto this build's dataset version, keeping the work of
    /// every entry whose duty is unchanged and the `SoA` decisions; lists entries added, entries whose duty changed
    /// (to review), and entries whose duty is gone (kept as retired entries, with their work)
    #[command(after_help = EXIT_CODES)]
    Rebase {
        /// The register (rewritten in place)
        file: PathBuf,
        /// The overlay to move onto (default: the register's own, as it is)
        #[arg(long, value_name = "OVERLAY", conflicts_with = "no_overlay")]
        overlay: Option<PathBuf>,
        /// Moves the register off its overlay, onto the built-in matrix
        #[arg(long)]
        no_overlay: bool,
        /// Prints what would move and writes nothing
        #[arg(long)]
        dry_run: bool,
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
    /// The draft ISO/IEC 27001:2022 Statement of Applicability from the matrix and the register, with ISO/IEC
    /// 27017's seven cloud controls after Annex A
    #[command(after_help = EXIT_CODES)]
    Soa {
        /// The register
        file: PathBuf,
        /// xlsx, md, csv or json
        #[arg(long, default_value = "md")]
        format: SoaFormat,
        /// Leaves out ISO/IEC 27017's cloud controls (CLD.6.3.1 …): Annex A only
        #[arg(long)]
        no_cld: bool,
        #[command(flatten)]
        lang: LangArg,
        #[command(flatten)]
        output: Output,
    },
    /// Records the customer's decision on an ISO/IEC 27001:2022 Annex A or ISO/IEC 27017 CLD control (it prevails
    /// over the tool's proposal in the `SoA`)
    #[command(after_help = EXIT_CODES)]
    Decide {
        /// The register
        file: PathBuf,
        /// The control: an Annex A id (A.8.13) or a CLD id (CLD.9.5.1)
        control: SoaControl,
        /// include (適用), exclude (除外), or withdraw (取り下げ: removes the decision, the proposal stands again)
        decision: DecideChoice,
        /// Why (needed to include or exclude)
        #[arg(long)]
        justification: Option<String>,
        /// The ground: risk-treatment, legal, contractual or business (English or Japanese)
        #[arg(long)]
        grounds: Option<Grounds>,
        /// A risk id of the risk treatment (repeat for several; implies --grounds risk-treatment)
        #[arg(long = "risk", value_name = "ID")]
        risks: Vec<String>,
    },
    /// Sets the header of the Statement of Applicability (printed on every format): the options given replace
    /// their field, the others are kept
    #[command(name = "soa-info", after_help = EXIT_CODES, disable_version_flag = true)]
    SoaInfo {
        /// The register
        file: PathBuf,
        /// The organisation
        #[arg(long)]
        organisation: Option<String>,
        /// The ISMS scope
        #[arg(long)]
        scope: Option<String>,
        /// The statement's version
        #[arg(long)]
        version: Option<String>,
        /// The statement's date, YYYY-MM-DD
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        /// Who approved it
        #[arg(long)]
        approver: Option<String>,
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
        #[command(flatten)]
        prefer: PreferArg,
    },
    /// Reads the customer's inputs (decision, ground, risk ids, justification, its own status, team, evidence, due
    /// date, related documents, JIS title) back from a workbook written by `register soa --format xlsx`; a
    /// workbook with any fault changes nothing
    #[command(name = "import-soa", after_help = EXIT_CODES)]
    ImportSoa {
        /// The register
        file: PathBuf,
        /// The Statement of Applicability workbook, with the decision columns filled in
        workbook: PathBuf,
        #[command(flatten)]
        prefer: PreferArg,
    },
}

/// Which side wins a row changed both in the register since the export and in the workbook.
#[derive(Args)]
pub(crate) struct PreferArg {
    /// Settles every conflict (a row changed both in the register since the workbook was written and in the
    /// workbook) for one side, listing each; without it, a conflict refuses the workbook
    #[arg(long, value_name = "SIDE")]
    prefer: Option<PreferSide>,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum PreferSide {
    Workbook,
    Register,
}

#[cfg(feature = "xlsx")]
impl PreferArg {
    fn on_conflict(&self) -> OnConflict {
        match self.prefer {
            None => OnConflict::Refuse,
            Some(PreferSide::Workbook) => OnConflict::Prefer(Side::Workbook),
            Some(PreferSide::Register) => OnConflict::Prefer(Side::Register),
        }
    }
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

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DecideChoice {
    #[value(alias = "適用", alias = "採用", alias = "included", alias = "applicable")]
    Include,
    #[value(alias = "除外", alias = "excluded", alias = "適用除外")]
    Exclude,
    #[value(alias = "取り下げ", alias = "取下げ", alias = "取消", alias = "取り消し")]
    Withdraw,
}

#[derive(Args)]
#[command(group = clap::ArgGroup::new("notes").multiple(false))]
pub(crate) struct SetArgs {
    /// The register (rewritten in place)
    file: PathBuf,
    /// A section (6.5.1), a control id or a title; or an ISO/IEC 27001:2022 Annex A id (A.5.7) or a CLD id
    /// (CLD.9.5.1) for the customer's own record of that control in its Statement of Applicability
    control: String,
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
    /// Marks the work reviewed against the duty, after a rebase changed the duty
    #[arg(long)]
    reviewed: bool,
    /// For an Annex A or CLD id: a related document that implements the control (repeat for several; replaces
    /// the list)
    #[arg(long = "documents", value_name = "DOC")]
    documents: Vec<String>,
    /// For an Annex A or CLD id: the control's title in the customer's licensed JIS Q 27001
    #[arg(long)]
    jis_title: Option<String>,
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
    replace(path, json_text(register.to_json())?.as_bytes())
}

pub(crate) fn register(command: RegisterCommand) -> Done {
    match command {
        RegisterCommand::Init { file, services, overlay, force, discard_work } => {
            let overlay = overlay.as_deref().map(load_overlay).transpose()?;
            if force && !discard_work {
                refuse_to_discard_work(&file)?;
            }
            if let Some(overlay) = &overlay {
                for conflict in conflicts(overlay) {
                    warn(&format!("overlay: {conflict}"));
                }
            }
            let register = Register::new(&services, overlay);
            write_new(&file, json_text(register.to_json())?.as_bytes(), force)?;
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
        RegisterCommand::Soa { file, format, no_cld, lang, output } => {
            let register = load_register(&file)?;
            let soa = Soa::of_with(&register, SoaOptions::new().cloud_controls(!no_cld));
            let lang = lang.lang;
            let (bytes, binary) = match format {
                SoaFormat::Md => (soa::markdown(&soa, lang).into_bytes(), false),
                SoaFormat::Csv => (soa::csv(&soa, lang).into_bytes(), false),
                SoaFormat::Json => {
                    if lang != Lang::En {
                        warn(&format!("the JSON carries both languages; --lang {lang} is ignored"));
                    }
                    (json_text(soa.to_json())?.into_bytes(), false)
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
        RegisterCommand::ImportXlsx { file, workbook, prefer } => import_workbook(
            &file,
            &workbook,
            prefer.on_conflict(),
            idcf_responsibility::plan::workbook::import_resolving,
        ),
        #[cfg(feature = "xlsx")]
        RegisterCommand::ImportSoa { file, workbook, prefer } => {
            import_workbook(&file, &workbook, prefer.on_conflict(), idcf_responsibility::soa::import_resolving)
        }
        RegisterCommand::Rebase { file, overlay, no_overlay, dry_run } => {
            crate::rebase::rebase(&file, overlay.as_deref(), no_overlay, dry_run)
        }
        #[cfg(not(feature = "xlsx"))]
        RegisterCommand::ExportXlsx { .. } | RegisterCommand::ImportXlsx { .. } | RegisterCommand::ImportSoa { .. } => {
            Err(crate::common::not_built("the workbook", "xlsx"))
        }
        RegisterCommand::Decide { file, control, decision, justification, grounds, risks } => {
            decide(&file, control, decision, justification.as_deref(), grounds, risks)
        }
        RegisterCommand::SoaInfo { file, organisation, scope, version, date, approver } => {
            let _lock = lock(&file, "register")?;
            let mut register = load_register(&file)?;
            let mut info = register.soa_info().clone();
            if organisation.is_none() && scope.is_none() && version.is_none() && date.is_none() && approver.is_none() {
                return Err(bad("nothing to set: give --organisation, --scope, --version, --date or --approver"));
            }
            if let Some(v) = organisation {
                info = info.organisation(v);
            }
            if let Some(v) = scope {
                info = info.scope(v);
            }
            if let Some(v) = version {
                info = info.version(v);
            }
            if let Some(v) = date {
                info = info.date(v);
            }
            if let Some(v) = approver {
                info = info.approver(v);
            }
            register.set_soa_info(info).map_err(|e| bad(format!("register {}: {e}", file.display())))?;
            save_register(&file, &register)?;
            let lines: Vec<String> =
                register.soa_info().lines(Lang::En).iter().map(|(k, v)| format!("{k}: {v}")).collect();
            emit(format!("{}: the SoA header\n{}\n", file.display(), lines.join("\n")).as_bytes())
        }
    }
}

/// Reads a workbook into a copy of the register, prints each change, and saves the register only when every row
/// passed: a refused workbook (exit 2) leaves the file as it was.
#[cfg(feature = "xlsx")]
pub(crate) fn import_workbook(
    file: &Path,
    workbook: &Path,
    on_conflict: OnConflict,
    read: fn(
        &Register,
        &[u8],
        &str,
        OnConflict,
    ) -> Result<
        idcf_responsibility::plan::workbook::Imported,
        idcf_responsibility::plan::workbook::WorkbookError,
    >,
) -> Done {
    use idcf_responsibility::plan::workbook::WorkbookError;
    let _lock = lock(file, "register")?;
    let register = load_register(file)?;
    let bytes = read_workbook(workbook)?;
    let imported = read(&register, &bytes, &workbook.display().to_string(), on_conflict).map_err(|e| match e {
        WorkbookError::Conflicted { .. } => bad(format!("{e} (give --prefer workbook or --prefer register)")),
        e => bad(e.to_string()),
    })?;
    if !imported.changes.is_empty() {
        save_register(file, &imported.register)?;
    }
    let mut out = String::new();
    for conflict in &imported.settled {
        let _ = std::fmt::Write::write_fmt(&mut out, format_args!("conflict settled: {conflict}\n"));
    }
    for change in &imported.changes {
        let _ = std::fmt::Write::write_fmt(&mut out, format_args!("{change}\n"));
    }
    let _ = std::fmt::Write::write_fmt(
        &mut out,
        format_args!("{}: {} change(s) from {}\n", file.display(), imported.changes.len(), workbook.display()),
    );
    emit(out.as_bytes())
}

/// Refuses to overwrite a register that holds work (`init --force` without `--discard-work`); a file that is not a
/// register, or one without work, may be overwritten.
fn refuse_to_discard_work(file: &Path) -> Done {
    let Ok(text) = std::fs::read_to_string(file) else { return Ok(()) };
    let Ok(old) = Register::from_json(&text) else { return Ok(()) };
    if !old.holds_work() {
        return Ok(());
    }
    let worked = old.entries().iter().filter(|e| e.holds_work()).count();
    Err(bad(format!(
        "register {} holds work ({worked} entr{} with a status, team, evidence, due date or notes, {} SoA decision(s), {} retired entr{}): \
         `idcf register rebase {0} --overlay FILE` moves it onto a new overlay keeping that work; \
         --force --discard-work overwrites it and loses the work",
        file.display(),
        if worked == 1 { "y" } else { "ies" },
        old.soa_decisions().len(),
        old.retired().len(),
        if old.retired().len() == 1 { "y" } else { "ies" },
    )))
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

/// `register decide`: records, replaces or withdraws the customer's decision on a control.
fn decide(
    file: &Path,
    control: SoaControl,
    decision: DecideChoice,
    justification: Option<&str>,
    grounds: Option<Grounds>,
    risks: Vec<String>,
) -> Done {
    let _lock = lock(file, "register")?;
    let mut register = load_register(file)?;
    let shown = file.display();
    let choice = match decision {
        DecideChoice::Include => Choice::Include,
        DecideChoice::Exclude => Choice::Exclude,
        DecideChoice::Withdraw => {
            if justification.is_some() || grounds.is_some() || !risks.is_empty() {
                return Err(bad("withdraw takes no --justification, --grounds or --risk"));
            }
            if register.withdraw(control).is_none() {
                return Err(bad(format!("register {shown}: no decision on {control} to withdraw")));
            }
            save_register(file, &register)?;
            return emit(format!("{shown}: {control} withdrawn: the tool's proposal stands\n").as_bytes());
        }
    };
    let Some(why) = justification else {
        return Err(bad(format!("to {choice} {control}, say why with --justification TEXT")));
    };
    if !risks.is_empty() && grounds.is_some_and(|g| g != Grounds::RiskTreatment) {
        return Err(bad("--risk goes with --grounds risk-treatment (or no --grounds)"));
    }
    let mut d = Decision::new(choice, why);
    if let Some(g) = grounds {
        d = d.grounds(g);
    }
    if !risks.is_empty() {
        d = d.risks(risks);
    }
    // What IDCF runs for the customer's system, before the decision hides it from the row: each section and
    // sentence once, in document order.
    let inherited: std::collections::BTreeSet<(Control, u8)> = if choice == Choice::Exclude {
        let soa = Soa::of(&register);
        soa.row(control)
            .map(|row| row.inherited_from().map(|(part, d)| (part.control, d.duty.sentence)).collect())
            .unwrap_or_default()
    } else {
        std::collections::BTreeSet::new()
    };
    register.record_decision(control, d).map_err(|e| bad(format!("register {shown}: {e}")))?;
    save_register(file, &register)?;
    if !inherited.is_empty() {
        let from: Vec<String> = inherited.iter().map(|(c, s)| format!("§{} sentence {s}", c.section())).collect();
        warn(&format!(
            "{control} is excluded, but IDCF runs part of it for the customer's system ({}): an auditor will ask why the customer holds it not applicable",
            from.join(", ")
        ));
    }
    emit(format!("{shown}: {control} {choice}\n").as_bytes())
}

/// Whether `set` names a control of the Statement of Applicability (`A.5.7`, `CLD.9.5.1`) rather than a section.
fn soa_control(input: &str) -> Option<SoaControl> {
    let t = input.trim();
    let prefixed = t.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("A."))
        || t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("CLD"))
        || t.get(..14).is_some_and(|p| p.eq_ignore_ascii_case("iso27001-2022:"));
    prefixed.then(|| SoaControl::from_id(t)).flatten()
}

/// `register set FILE A.5.7 …`: the customer's own record of a control of its Statement of Applicability.
fn set_control(args: &SetArgs, control: SoaControl) -> Done {
    if args.service.is_some() || args.note.is_some() || args.append_note.is_some() {
        return Err(bad(format!(
            "{control} is a control of the Statement of Applicability: --service, --note and --append-note go with a section (6.5.1); give --status, --team, --evidence, --due, --documents or --jis-title"
        )));
    }
    let mut register = load_register(&args.file)?;
    let mut edit = ControlEdit::new();
    let mut said = Vec::new();
    match &args.status {
        Some(status) => {
            let status = parse_status(status, args.justification.as_deref())?;
            if matches!(status, Status::NotApplicable { .. }) {
                return Err(bad(format!(
                    "--status: a control is not marked not-applicable; exclude it: idcf register decide {} {control} exclude --justification TEXT",
                    args.file.display()
                )));
            }
            said.push(format!("status {}", status.id()));
            edit = edit.status(status);
        }
        None if args.justification.is_some() => {
            return Err(bad("--justification goes with --status risk-accepted"));
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
    if !args.documents.is_empty() {
        said.push(format!("documents {}", args.documents.join(", ")));
        edit = edit.documents(args.documents.clone());
    }
    if let Some(title) = &args.jis_title {
        said.push("JIS title".to_owned());
        edit = edit.jis_title(Some(title.clone()));
    }
    if said.is_empty() {
        return Err(bad("nothing to set: give --status, --team, --evidence, --due, --documents or --jis-title"));
    }
    register.set_control(control, &edit).map_err(|e| bad(format!("register {}: {e}", args.file.display())))?;
    save_register(&args.file, &register)?;
    if args.status.is_some() {
        shadowed_status(&args.file, &register, control);
    }
    emit(format!("{}: {control}: {}\n", args.file.display(), said.join(", ")).as_bytes())
}

/// Warns when a control's own status is not the one its row of the Statement of Applicability shows: the
/// register's entries that map to the control decide its implementation, and the control's own status counts only
/// where none does.
fn shadowed_status(file: &Path, register: &Register, control: SoaControl) {
    let soa = Soa::of(register);
    let Some(row) = soa.row(control) else { return };
    // In document order, each once (the register lists its entries service by service).
    let sections: std::collections::BTreeSet<Control> =
        row.customer.iter().filter(|p| !matches!(p.status, Status::NotApplicable { .. })).map(|p| p.control).collect();
    if !sections.is_empty() {
        let list: Vec<String> = sections.iter().map(|c| format!("§{}", c.section())).collect();
        warn(&format!(
            "{control}'s implementation in the Statement of Applicability comes from the register's entries that map to it ({}); the status recorded for the control itself counts only where no such entry does. Set those entries' status instead: idcf register set {} SECTION --status …",
            list.join(", "),
            file.display()
        ));
    }
}

pub(crate) fn set(args: &SetArgs) -> Done {
    let _lock = lock(&args.file, "register")?;
    if let Some(control) = soa_control(&args.control) {
        return set_control(args, control);
    }
    if !args.documents.is_empty() || args.jis_title.is_some() {
        return Err(bad("--documents and --jis-title go with an Annex A or CLD id (A.5.7, CLD.9.5.1), not a section"));
    }
    let control: Control = args.control.parse().map_err(|e| bad(format!("{}: {e}", args.control)))?;
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
    if args.reviewed {
        said.push("marked reviewed".to_owned());
        edit = edit.reviewed();
    }
    if said.is_empty() {
        return Err(bad(
            "nothing to set: give --status, --team, --evidence, --due, --note, --append-note or --reviewed",
        ));
    }
    let changed = register
        .edit(args.service.map_or(EditScope::All, EditScope::Service), control, &edit)
        .map_err(|e| bad(format!("register {}: {e}", args.file.display())))?;
    save_register(&args.file, &register)?;
    emit(
        format!(
            "{}: {changed} entr{} of §{}: {}\n",
            args.file.display(),
            if changed == 1 { "y" } else { "ies" },
            control.section(),
            said.join(", ")
        )
        .as_bytes(),
    )
}
