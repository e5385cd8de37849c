//! Prints the matrix in a format other tools read.
//!
//! ```text
//! cargo run --example export -- json              # the whole matrix, with document metadata and dataset version
//! cargo run --example export -- schema            # the JSON Schema of that export
//! cargo run --example export -- oscal             # OSCAL 1.1.3 component-definition
//! cargo run --example export -- oscal-ssp         # OSCAL 1.1.3 system-security-plan of the provider's side
//! cargo run --example export -- csv --lang ja     # a customer responsibility matrix, one row per service and control
//! cargo run --example export -- markdown          # a table per chapter
//! cargo run --example export -- html > matrix.html  # one self-contained page
//! cargo run --example export --features xlsx -- xlsx --lang ja > matrix.xlsx  # an Excel workbook
//! ```
//!
//! `--lang en|ja` picks the language of the text (default `en`). An unknown format or language is refused with
//! the list of known ones (exit code 2), and so is writing the binary workbook to a terminal. Every output is
//! deterministic.

use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;

mod common;

use idcf_responsibility::export::{self, Format};
use idcf_responsibility::{Lang, Matrix};

const USAGE: &str = "usage: export <json|schema|oscal|oscal-ssp|csv|markdown|html|xlsx> [--lang en|ja]";

/// The format and language asked for; `None` for `--help`.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<(Format, Lang)>, String> {
    let mut format = None;
    let mut lang = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let value = args.next().ok_or_else(|| format!("--lang needs a value: en or ja\n{USAGE}"))?;
                lang = Some(value.parse::<Lang>().map_err(|e| format!("{e}"))?);
            }
            "-h" | "--help" => return Ok(None),
            _ if format.is_none() => {
                format = Some(arg.parse::<Format>().map_err(|e| match arg.as_str() {
                    "xlsx" => format!(
                        "{e}\nthe workbook needs the feature: cargo run --example export --features xlsx -- xlsx"
                    ),
                    _ => format!("{e}"),
                })?);
            }
            _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}")),
        }
    }
    let format = format.ok_or_else(|| format!("missing format\n{USAGE}"))?;
    if lang.is_some() && !format.has_lang() {
        return Err(format!(
            "{format} carries both languages; --lang applies to oscal, oscal-ssp, csv, markdown, html and xlsx"
        ));
    }
    Ok(Some((format, lang.unwrap_or_default())))
}

fn main() -> ExitCode {
    let (format, lang) = match parse_args(std::env::args().skip(1)) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => return common::emit("export", &format!("{USAGE}\n")),
        Err(message) => {
            eprintln!("export: {message}");
            return ExitCode::from(2);
        }
    };
    let stdout = std::io::stdout();
    if !format.is_text() && stdout.is_terminal() {
        eprintln!("export: {format} is binary; redirect it to a file: export {format} > matrix.{format}");
        return ExitCode::from(2);
    }
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = export::write(Matrix::builtin(), format, lang, &mut out).and_then(|()| out.flush());
    common::finish("export", written)
}
