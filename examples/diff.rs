//! What a tailored copy of the matrix changes, cell by cell.
//!
//! ```text
//! cargo run --example diff                    # a demonstration: a tailored copy made in memory
//! cargo run --example diff -- tailored.json   # the built-in matrix against a JSON file (from `export -- json`)
//! cargo run --example diff -- a.json b.json   # two JSON files
//! cargo run --example diff -- --json b.json   # the changes as JSON
//! ```
//!
//! A file that does not load prints the error with its place and exits with code 2.

use std::fmt::Write as _;
use std::process::ExitCode;

mod common;

use idcf_responsibility::{Basis, Cell, Control, Duty, DutyKind, Layer, Matrix, Party, Role, Scope, Service, Text};

fn load(path: &str) -> Result<Matrix, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Matrix::from_json(&text).map_err(|e| format!("{path}: {e}"))
}

/// A tailored copy for the demonstration: for Private Cloud, the customer runs its own time source instead of the
/// provider's NTP (6.8.6), and adds a duty to test a restore every month (6.5.1). Built with the typed API.
fn demonstration() -> Result<Matrix, String> {
    let ours = || Basis::inferred("Tailored by the customer.", "お客さまによる調整。");
    let service = Service::PrivateCloud;
    let mut tailored = Matrix::builtin().clone();

    let clock = Control::ClockSynchronization;
    let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 1);
    let own_ntp = Duty::new(
        role,
        ours(),
        Text::new("Runs its own NTP source for its virtual machines.", "仮想マシン用に自社のNTPを運用する。"),
    );
    tailored
        .replace(Cell::new(service, clock, vec![own_ntp], vec![], clock.summary().clone()).map_err(|e| e.to_string())?);

    let backup = Control::InformationBackup;
    let mut duties = tailored.cell(service, backup).duties().to_vec();
    let role =
        Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::WithVirtualMachines, 1);
    duties.push(Duty::new(
        role,
        ours(),
        Text::new("Tests a restore from back-up every month.", "毎月バックアップからの復元を試験する。"),
    ));
    tailored.replace(Cell::new(service, backup, duties, vec![], backup.summary().clone()).map_err(|e| e.to_string())?);
    Ok(tailored)
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().position(|a| a == "--json").map(|i| args.remove(i)).is_some();
    let pair = match args.as_slice() {
        [] => demonstration().map(|b| (Matrix::builtin().clone(), b)),
        [b] => load(b).map(|b| (Matrix::builtin().clone(), b)),
        [a, b] => load(a).and_then(|a| load(b).map(|b| (a, b))),
        _ => Err("usage: diff [--json] [FROM.json] [TO.json]".to_owned()),
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
