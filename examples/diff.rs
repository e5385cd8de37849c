//! What a tailoring changes in the matrix, cell by cell.
//!
//! ```text
//! cargo run --all-features --example diff                                   # a sample overlay, made in memory
//! cargo run --all-features --example diff -- --save-overlay tailoring.json  # … and saved, to edit or reuse
//! cargo run --all-features --example diff -- --overlay tailoring.json       # what a saved overlay changes
//! cargo run --all-features --example diff -- tailored.json                  # the built-in matrix against a matrix file
//! cargo run --all-features --example diff -- a.json b.json                  # two matrix files (`export -- json`)
//! cargo run --all-features --example diff -- approved-1.0.0.json            # an export of an older dataset version → now
//! cargo run --all-features --example diff -- --json …                       # the changes as JSON
//! ```
//!
//! A matrix file of another dataset version (any published one: 1.0.0, 1.1.0, …) is the earlier side: the changes
//! go from it to the built-in matrix (or to the second file), with a warning on stderr naming both versions
//! (`Matrix::diff_from_json`). A file that does not load prints the error with its place and exits with code 2; an
//! overlay whose cells a newer dataset changed prints each conflict on stderr.

use std::fmt::Write as _;
use std::process::ExitCode;

mod common;

use idcf_responsibility::{
    Control, DATASET_VERSION, Duty, DutyKind, Layer, Matrix, Party, Role, Scope, Service, Text, diff::CellDiff,
    plan::Overlay,
};

const USAGE: &str =
    "usage: diff [--json] [--save-overlay FILE] | diff [--json] --overlay FILE | diff [--json] [FROM.json] TO.json";

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn load(path: &str) -> Result<Matrix, String> {
    Matrix::from_json(&read(path)?).map_err(|e| format!("{path}: {}", common::chain(&e)))
}

/// The changes from `from` (a matrix file of any dataset version) to `to`: a file of this crate's version as
/// `Matrix::diff` compares it, another version through `Matrix::diff_from_json`, its warning on stderr.
fn changes(from: &str, to: &Matrix) -> Result<Vec<CellDiff>, String> {
    let diff = to.diff_from_json(&read(from)?).map_err(|e| format!("{from}: {}", common::chain(&e)))?;
    if let Some(warning) = &diff.warning {
        eprintln!("diff: warning: {from}: {warning}");
    }
    Ok(diff.cells)
}

/// The dataset version a matrix file says it is, if it says.
fn version_of(path: &str) -> Result<Option<String>, String> {
    let value: serde_json::Value =
        serde_json::from_str(read(path)?.trim_start_matches('\u{FEFF}')).map_err(|e| format!("{path}: {e}"))?;
    Ok(value["dataset"]["version"].as_str().map(str::to_owned))
}

/// The sample overlay: for Private Cloud the customer runs its own time source beside the provider's NTP (6.8.6)
/// and tests a restore every month (6.5.1); Self Cloud's users never telework (7.6.2). Built with the typed API.
fn sample() -> Result<Overlay, String> {
    let mut overlay = Overlay::new();
    let customer = |layer, scope| Role::new(Party::Customer, DutyKind::Performs, layer, scope, 1);
    let ntp = Duty::new(
        customer(Layer::CustomerEnvironment, Scope::AllServices),
        idcf_responsibility::Basis::Stated,
        Text::new("Runs its own NTP source for its virtual machines.", "仮想マシン用に自社のNTPを運用する。"),
    );
    let why = Text::new("Our time-keeping policy.", "自社の時刻管理方針。");
    overlay.add_duty(Service::PrivateCloud, Control::ClockSynchronization, ntp, why).map_err(|e| e.to_string())?;
    let restore = Duty::new(
        customer(Layer::CustomerEnvironment, Scope::WithVirtualMachines),
        idcf_responsibility::Basis::Stated,
        Text::new("Tests a restore from back-up every month.", "毎月バックアップからの復元を試験する。"),
    );
    let why = Text::new("Required by our audit.", "自社監査の要求。");
    overlay.add_duty(Service::PrivateCloud, Control::InformationBackup, restore, why).map_err(|e| e.to_string())?;
    overlay
        .not_applicable(
            Service::SelfCloud,
            Control::Teleworking,
            Text::new("Nobody works remotely on this system.", "このシステムでリモートワークはしない。"),
        )
        .map_err(|e| e.to_string())?;
    Ok(overlay)
}

/// The matrix an overlay gives, with its conflicts on stderr.
fn tailored(overlay: &Overlay) -> Matrix {
    let t = overlay.apply(Matrix::builtin());
    for c in &t.conflicts {
        let changes: Vec<String> = c.changes.iter().map(ToString::to_string).collect();
        eprintln!(
            "diff: conflict: override {} on {} §{} — its cell has changed: {}",
            c.index,
            c.service,
            c.control.section(),
            changes.join("; ")
        );
    }
    t.matrix
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().position(|a| a == "--json").map(|i| args.remove(i)).is_some();
    let pair = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => sample().map(|o| Ok((Matrix::builtin().clone(), tailored(&o)))),
        ["--save-overlay", file] => sample().and_then(|o| {
            std::fs::write(file, o.to_json() + "\n").map_err(|e| format!("cannot write {file}: {e}"))?;
            Ok(Ok((Matrix::builtin().clone(), tailored(&o))))
        }),
        ["--overlay", file] => std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read {file}: {e}"))
            .and_then(|text| Overlay::from_json(&text).map_err(|e| format!("{file}: {}", common::chain(&e))))
            .map(|o| Ok((Matrix::builtin().clone(), tailored(&o)))),
        ["-h" | "--help"] => return common::emit("diff", &format!("{USAGE}\n")),
        [b] if !b.starts_with('-') => match version_of(b) {
            Ok(Some(v)) if v != DATASET_VERSION => changes(b, Matrix::builtin()).map(Err),
            Ok(_) => load(b).map(|b| Ok((Matrix::builtin().clone(), b))),
            Err(e) => Err(e),
        },
        [a, b] if !a.starts_with('-') => match version_of(a) {
            Ok(Some(v)) if v != DATASET_VERSION => load(b).and_then(|b| changes(a, &b)).map(Err),
            Ok(_) => load(a).and_then(|a| load(b).map(|b| Ok((a, b)))),
            Err(e) => Err(e),
        },
        _ => Err(USAGE.to_owned()),
    };
    let diff = match pair {
        Ok(Ok((from, to))) => from.diff(&to),
        Ok(Err(cells)) => cells,
        Err(message) => {
            eprintln!("diff: {message}");
            return ExitCode::from(2);
        }
    };
    let output = if json {
        match serde_json::to_string_pretty(&diff) {
            Ok(text) => text + "\n",
            Err(e) => {
                eprintln!("diff: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else if diff.is_empty() {
        "no changes\n".to_owned()
    } else {
        let mut out = String::new();
        for cell in &diff {
            let _ = writeln!(out, "{} §{} {}", cell.service, cell.control.section(), cell.control.title_en());
            for change in &cell.changes {
                let _ = writeln!(out, "  {change}");
            }
        }
        out
    };
    common::emit("diff", &output)
}
