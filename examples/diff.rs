//! What a tailoring changes in the matrix, cell by cell.
//!
//! ```text
//! cargo run --all-features --example diff                                   # a sample overlay, made in memory
//! cargo run --all-features --example diff -- --save-overlay tailoring.json  # … and saved, to edit or reuse
//! cargo run --all-features --example diff -- --overlay tailoring.json       # what a saved overlay changes
//! cargo run --all-features --example diff -- tailored.json                  # the built-in matrix against a matrix file
//! cargo run --all-features --example diff -- a.json b.json                  # two matrix files (`export -- json`)
//! cargo run --all-features --example diff -- --json …                       # the changes as JSON
//! ```
//!
//! A file that does not load prints the error with its place and exits with code 2; an overlay whose cells a newer
//! dataset changed prints each conflict on stderr.

use std::fmt::Write as _;
use std::process::ExitCode;

mod common;

use idcf_responsibility::{Control, Duty, DutyKind, Layer, Matrix, Overlay, Party, Role, Scope, Service, Text};

const USAGE: &str =
    "usage: diff [--json] [--save-overlay FILE] | diff [--json] --overlay FILE | diff [--json] [FROM.json] TO.json";

fn load(path: &str) -> Result<Matrix, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Matrix::from_json(&text).map_err(|e| format!("{path}: {}", common::chain(&e)))
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
    overlay.not_applicable(
        Service::SelfCloud,
        Control::Teleworking,
        Text::new("Nobody works remotely on this system.", "このシステムでリモートワークはしない。"),
    );
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
        [] => sample().map(|o| (Matrix::builtin().clone(), tailored(&o))),
        ["--save-overlay", file] => sample().and_then(|o| {
            std::fs::write(file, o.to_json() + "\n").map_err(|e| format!("cannot write {file}: {e}"))?;
            Ok((Matrix::builtin().clone(), tailored(&o)))
        }),
        ["--overlay", file] => std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read {file}: {e}"))
            .and_then(|text| Overlay::from_json(&text).map_err(|e| format!("{file}: {}", common::chain(&e))))
            .map(|o| (Matrix::builtin().clone(), tailored(&o))),
        ["-h" | "--help"] => return common::emit("diff", &format!("{USAGE}\n")),
        [b] if !b.starts_with('-') => load(b).map(|b| (Matrix::builtin().clone(), b)),
        [a, b] if !a.starts_with('-') => load(a).and_then(|a| load(b).map(|b| (a, b))),
        _ => Err(USAGE.to_owned()),
    };
    let (from, to) = match pair {
        Ok(pair) => pair,
        Err(message) => {
            eprintln!("diff: {message}");
            return ExitCode::from(2);
        }
    };
    let diff = from.diff(&to);
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
