//! The customer's implementation register, from the command line: make one, record what has been done, report
//! on it, and write the customer's OSCAL system-security-plan beside the provider's bundle.
//!
//! ```text
//! cargo run --all-features --example register -- init SERVICE… [--overlay FILE] > register.json
//! cargo run --all-features --example register -- status register.json SECTION STATUS [--service S] [--note TEXT] [--justification TEXT]
//! cargo run --all-features --example register -- report register.json [--format md|html|csv|xlsx] [--lang en|ja]
//! cargo run --all-features --example register -- oscal register.json DIR [--lang en|ja]
//! ```
//!
//! `init` prints a new register as JSON: an entry per customer duty of the services (ids or names, English or
//! Japanese), all not started, with the overlay laid over the matrix if one is given. `status` sets the status
//! of every entry of a control (a section such as `6.5.1`, a control id or a title), for one service or for all,
//! and writes the file back in place; `not-applicable` and `risk-accepted` need `--justification`. `report`
//! prints a report, open duties first (the workbook, `--format xlsx`, needs the `xlsx` feature (`--all-features`) and is refused on a
//! terminal). `oscal` writes the provider's OSCAL bundle (catalog, profile, component-definition, SSP) and the
//! customer's `customer-ssp.json`, which leverages the provider's SSP, into DIR.
//!
//! Every file is validated when it is loaded, hand edits included; a fault is printed with the file and its
//! place, an unknown service, control, status, format or language with the accepted values or the closest ones,
//! and the exit code is 2. A register made against another dataset version loads: what no longer matches the
//! matrix (`Register::drift`), and the overlay's conflicts with a changed dataset, are printed as warnings on
//! stderr, never dropped.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

mod common;

use idcf_responsibility::export::{oscal, report};
use idcf_responsibility::{
    Control, Lang, Matrix, ParseError, Service,
    plan::{Drift, EntryEdit, Overlay, Register, Status},
};

const USAGE: &str = "usage: register init SERVICE... [--overlay FILE]
       register status FILE SECTION STATUS [--service S] [--note TEXT] [--justification TEXT]
       register report FILE [--format md|html|csv|xlsx] [--lang en|ja]
       register oscal FILE DIR [--lang en|ja]";

/// A failure: the message for stderr; the exit code is 2.
type Failure = String;

/// The arguments that are not options, and the value of each option given (`--name VALUE`).
struct Args {
    positional: Vec<String>,
    options: Vec<(String, String)>,
}

impl Args {
    fn parse(args: impl Iterator<Item = String>, known: &[&str]) -> Result<Args, Failure> {
        let mut positional = Vec::new();
        let mut options = Vec::new();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if let Some(name) = arg.strip_prefix("--") {
                if !known.contains(&name) {
                    let expected: Vec<String> = known.iter().map(|k| format!("--{k}")).collect();
                    let expected = if expected.is_empty() { "none".to_owned() } else { expected.join(", ") };
                    return Err(format!("unknown option {arg:?}; this command takes {expected}\n{USAGE}"));
                }
                let value = args.next().ok_or_else(|| format!("{arg} needs a value\n{USAGE}"))?;
                if options.iter().any(|(n, _)| n == name) {
                    return Err(format!("{arg} is given twice"));
                }
                options.push((name.to_owned(), value));
            } else {
                positional.push(arg);
            }
        }
        Ok(Args { positional, options })
    }

    fn option(&self, name: &str) -> Option<&str> {
        self.options.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn lang(&self) -> Result<Lang, Failure> {
        self.option("lang").map_or(Ok(Lang::En), |l| l.parse::<Lang>().map_err(|e| format!("--lang: {e}")))
    }
}

fn read(path: &str) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

/// Prints the overlay's conflicts with the current dataset as warnings.
fn warn_conflicts(path: &str, overlay: &Overlay) {
    for c in overlay.apply(Matrix::builtin()).conflicts {
        let changes: Vec<String> = c.changes.iter().map(ToString::to_string).collect();
        let applied = if c.applied { "applied" } else { "could not be applied" };
        eprintln!(
            "register: warning: {path}: override {} ({}, §{}) was made against another base cell ({applied}): {}",
            c.index,
            c.service,
            c.control.section(),
            changes.join("; ")
        );
    }
}

/// Loads a register, validating it, and prints its drift and its overlay's conflicts as warnings.
fn load(path: &str) -> Result<Register, Failure> {
    let register = Register::from_json(&read(path)?).map_err(|e| format!("{path}: {}", common::chain(&e)))?;
    if let Some(overlay) = register.overlay() {
        warn_conflicts(path, overlay);
    }
    for d in register.drift() {
        match d {
            Drift::Gone { index, service, control, duty } => eprintln!(
                "register: warning: {path}: entries[{index}] ({service}, §{}): its duty is no longer a customer duty of the matrix: {}",
                control.section(),
                duty.text.en
            ),
            Drift::Untracked { service, control, duty } => eprintln!(
                "register: warning: {path}: {service} §{}: a customer duty no entry tracks: {}",
                control.section(),
                duty.text.en
            ),
            other => eprintln!("register: warning: {path}: {other:?}"),
        }
    }
    if register.dataset_version() != idcf_responsibility::DATASET_VERSION {
        eprintln!(
            "register: warning: {path}: made against dataset version {}; this crate has {}",
            register.dataset_version(),
            idcf_responsibility::DATASET_VERSION
        );
    }
    Ok(register)
}

/// A status as typed (`Status`'s parser: the id or the label, English or Japanese), with `--justification` as
/// the reason a not-applicable or risk-accepted status needs.
fn parse_status(input: &str, justification: Option<&str>) -> Result<Status, Failure> {
    let typed = match justification {
        Some(why) => format!("{input}: {why}"),
        None => input.to_owned(),
    };
    typed.parse::<Status>().map_err(|e| match e {
        ParseError::Invalid { .. } if justification.is_none() => format!("{e} (give it with --justification TEXT)"),
        e => e.to_string(),
    })
}

fn init(args: &Args) -> Result<String, Failure> {
    if args.positional.is_empty() {
        return Err(format!("init needs at least one service\n{USAGE}"));
    }
    let services = args
        .positional
        .iter()
        .map(|s| s.parse::<Service>().map_err(|e| format!("{e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let overlay = match args.option("overlay") {
        Some(path) => {
            let overlay = Overlay::from_json(&read(path)?).map_err(|e| format!("{path}: {}", common::chain(&e)))?;
            warn_conflicts(path, &overlay);
            Some(overlay)
        }
        None => None,
    };
    Ok(Register::new(&services, overlay).to_json() + "\n")
}

fn status(args: &Args) -> Result<(), Failure> {
    let [path, section, status] = args.positional.as_slice() else {
        return Err(format!("status needs FILE SECTION STATUS\n{USAGE}"));
    };
    let mut register = load(path)?;
    let control: Control = section.parse().map_err(|e| format!("{e}"))?;
    let service = args.option("service").map(str::parse::<Service>).transpose().map_err(|e| format!("{e}"))?;
    let status = parse_status(status, args.option("justification"))?;
    let mut edit = EntryEdit::new().status(status.clone());
    if let Some(note) = args.option("note") {
        edit = edit.append_note(note);
    }
    let changed = register.edit(service, control, &edit).map_err(|e| format!("{path}: {e}"))?;
    // Written next to the file, then renamed over it: an interrupted write leaves the register as it was.
    let tmp = format!("{path}.tmp");
    std::fs::write(&tmp, register.to_json() + "\n")
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| format!("cannot write {path}: {e}"))?;
    eprintln!(
        "register: {path}: {changed} entr{} of §{} now {}",
        if changed == 1 { "y" } else { "ies" },
        control.section(),
        status.id()
    );
    Ok(())
}

fn report(args: &Args) -> Result<Vec<u8>, Failure> {
    let [path] = args.positional.as_slice() else {
        return Err(format!("report needs FILE\n{USAGE}"));
    };
    let lang = args.lang()?;
    let format = args.option("format").unwrap_or("md");
    let register = load(path)?;
    match format.to_ascii_lowercase().as_str() {
        "md" | "markdown" => Ok(report::markdown(&register, lang).into_bytes()),
        "html" => Ok(report::html(&register, lang).into_bytes()),
        "csv" => Ok(report::csv(&register, lang).into_bytes()),
        #[cfg(feature = "xlsx")]
        "xlsx" => {
            if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                return Err("the workbook is binary: redirect it to a file (> register.xlsx)".to_owned());
            }
            report::xlsx(&register, lang).map_err(|e| e.to_string())
        }
        #[cfg(not(feature = "xlsx"))]
        "xlsx" => Err(
            "the workbook needs the feature: cargo run --all-features --example register -- report FILE --format xlsx"
                .to_owned(),
        ),
        other => Err(format!("unknown format {other:?}: expected md, html, csv or xlsx")),
    }
}

fn oscal(args: &Args) -> Result<(), Failure> {
    let [path, dir] = args.positional.as_slice() else {
        return Err(format!("oscal needs FILE DIR\n{USAGE}"));
    };
    let lang = args.lang()?;
    let register = load(path)?;
    let dir = Path::new(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut files: Vec<(&str, String)> =
        oscal::bundle(Matrix::builtin(), lang).into_iter().map(|f| (f.name, f.text)).collect();
    files.push((oscal::CUSTOMER_SSP_FILE, oscal::customer_ssp(&register, lang)));
    for (name, text) in files {
        let file = dir.join(name);
        std::fs::write(&file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        println!("{}", file.display());
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    let done = match command.as_str() {
        "init" => Args::parse(args, &["overlay"]).and_then(|a| init(&a)).map(String::into_bytes),
        "status" => {
            Args::parse(args, &["service", "note", "justification"]).and_then(|a| status(&a)).map(|()| Vec::new())
        }
        "report" => Args::parse(args, &["format", "lang"]).and_then(|a| report(&a)),
        "oscal" => Args::parse(args, &["lang"]).and_then(|a| oscal(&a)).map(|()| Vec::new()),
        "-h" | "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        "" => Err(format!("missing command\n{USAGE}")),
        other => Err(format!("unknown command {other:?}: expected init, status, report or oscal\n{USAGE}")),
    };
    match done {
        Ok(bytes) => common::finish("register", std::io::stdout().lock().write_all(&bytes)),
        Err(message) => {
            eprintln!("register: {message}");
            ExitCode::from(2)
        }
    }
}
