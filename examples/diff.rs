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

use idcf_responsibility::{Control, Matrix, Service};

fn load(path: &str) -> Result<Matrix, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Matrix::from_json(&text).map_err(|e| format!("{path}: {e}"))
}

/// A tailored copy for the demonstration: for Private Cloud, the customer runs its own time source instead of the
/// provider's NTP (6.8.6), and adds a duty to check back-ups monthly (6.5.1).
fn demonstration() -> Result<Matrix, String> {
    let mut v: serde_json::Value = serde_json::from_str(&Matrix::builtin().to_json()).map_err(|e| e.to_string())?;
    let index = |c: Control| Service::PrivateCloud.index() * Control::COUNT + c.index();
    let clock = &mut v["cells"][index(Control::ClockSynchronization)];
    clock["duties"][0]["party"] = "customer".into();
    clock["duties"][0]["text"]["en"] = "Runs its own NTP source for its virtual machines.".into();
    clock["owner"] = "customer".into();
    clock["basis"] = serde_json::json!({"kind": "inferred", "reason": {"en": "Tailored by the customer.", "ja": "お客さまによる調整。"}});
    let backup = &mut v["cells"][index(Control::InformationBackup)];
    backup["basis"] = serde_json::json!({"kind": "inferred", "reason": {"en": "Tailored by the customer.", "ja": "お客さまによる調整。"}});
    if let Some(duties) = backup["duties"].as_array_mut() {
        duties.push(serde_json::json!({
            "party": "customer", "layer": "customer-environment", "kind": "performs", "capability": null,
            "text": {"en": "Tests a restore from back-up every month.", "ja": "毎月バックアップからの復元を試験する。"}
        }));
    }
    Matrix::from_json(&v.to_string()).map_err(|e| e.to_string())
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
