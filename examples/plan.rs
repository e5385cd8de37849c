//! The plan through Excel, both ways, from the command line: a short example of `export::plan` (the `idcf`
//! tool's `register export-xlsx` and `register import-xlsx` are the commands a team uses).
//!
//! ```text
//! cargo run --all-features --example plan -- export register.json plan.xlsx [--lang en|ja]
//! cargo run --all-features --example plan -- import register.json plan.xlsx
//! cargo run --all-features --example plan -- import-soa register.json soa.xlsx
//! ```
//!
//! `import` and `import-soa` print what changed, a line each, and write the register back in place; a refused
//! workbook is reported with every fault and its place (sheet, row, column), exit code 2, and the register file is
//! not written.

use std::process::ExitCode;

use idcf_responsibility::export::plan;
use idcf_responsibility::{Lang, plan::Register};

fn run(args: &[String]) -> Result<(), String> {
    let usage = "usage: plan export REGISTER OUT.xlsx [--lang en|ja] | plan import REGISTER IN.xlsx | plan import-soa REGISTER IN.xlsx";
    let [command, register_path, book_path, rest @ ..] = args else { return Err(usage.to_owned()) };
    let json = std::fs::read_to_string(register_path).map_err(|e| format!("cannot read {register_path}: {e}"))?;
    let register = Register::from_json(&json).map_err(|e| format!("{register_path}: {e}"))?;
    match (command.as_str(), rest) {
        ("export", [] | [_, _]) => {
            let lang = match rest {
                [flag, lang] if flag == "--lang" => lang.parse::<Lang>().map_err(|e| e.to_string())?,
                [] => Lang::En,
                _ => return Err(usage.to_owned()),
            };
            let book = plan::xlsx(&register, lang).map_err(|e| e.to_string())?;
            std::fs::write(book_path, book).map_err(|e| format!("cannot write {book_path}: {e}"))
        }
        ("import" | "import-soa", []) => {
            let bytes = std::fs::read(book_path).map_err(|e| format!("cannot read {book_path}: {e}"))?;
            let imported = if command == "import" {
                plan::import(&register, &bytes, book_path)
            } else {
                plan::import_soa_decisions(&register, &bytes, book_path)
            }
            .map_err(|e| e.to_string())?;
            for change in &imported.changes {
                println!("{change}");
            }
            println!("{} change(s)", imported.changes.len());
            std::fs::write(register_path, imported.register.to_json() + "\n")
                .map_err(|e| format!("cannot write {register_path}: {e}"))
        }
        _ => Err(usage.to_owned()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("plan: {message}");
            ExitCode::from(2)
        }
    }
}
