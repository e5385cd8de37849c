//! Prints the matrix in a format other tools read.
//!
//! ```text
//! cargo run --all-features --example export -- json              # the whole matrix, with document metadata and dataset version
//! cargo run --all-features --example export -- schema            # the JSON Schema of that export
//! cargo run --all-features --example export -- oscal             # OSCAL 1.1.3 component-definition
//! cargo run --all-features --example export -- oscal-ssp         # OSCAL 1.1.3 system-security-plan of the provider's side
//! cargo run --all-features --example export -- oscal-bundle DIR  # DIR/catalog.json, profile.json, component-definition.json, ssp.json
//! cargo run --all-features --example export -- csv --lang ja     # a customer responsibility matrix, one row per service and control
//! cargo run --all-features --example export -- markdown          # a table per chapter
//! cargo run --all-features --example export -- html > matrix.html  # one self-contained page
//! cargo run --all-features --example export -- xlsx --lang ja > matrix.xlsx  # an Excel workbook
//! ```
//!
//! `--lang en|ja` picks the language of the text (default `en`). An unknown format or language is refused with
//! the list of known ones (exit code 2), and so is writing the binary workbook to a terminal. Every output is
//! deterministic. `oscal-bundle` writes the four OSCAL documents that resolve one another
//! (`export::oscal::bundle`) into DIR, creating it, and prints their paths.

use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod common;

use idcf_responsibility::export::{self, Format, oscal};
use idcf_responsibility::{Lang, Matrix};

const USAGE: &str = "usage: export <json|schema|oscal|oscal-ssp|csv|markdown|html|xlsx> [--lang en|ja]\n       export oscal-bundle DIR [--lang en|ja]";

/// What to write: one format to stdout, or the OSCAL bundle into a folder.
enum Output {
    Format(Format),
    Bundle(PathBuf),
}

/// The output and language asked for; `None` for `--help`.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<(Output, Lang)>, String> {
    let mut output = None;
    let mut lang = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let value = args.next().ok_or_else(|| format!("--lang needs a value: en or ja\n{USAGE}"))?;
                lang = Some(value.parse::<Lang>().map_err(|e| format!("{e}"))?);
            }
            "-h" | "--help" => return Ok(None),
            "oscal-bundle" if output.is_none() => {
                let dir = args
                    .next()
                    .filter(|dir| !dir.starts_with('-'))
                    .ok_or_else(|| format!("oscal-bundle needs a folder\n{USAGE}"))?;
                output = Some(Output::Bundle(PathBuf::from(dir)));
            }
            _ if output.is_none() => {
                let format = arg.parse::<Format>().map_err(|e| match arg.as_str() {
                    "xlsx" => {
                        format!(
                            "{e}\nthe workbook needs the feature: cargo run --all-features --example export -- xlsx"
                        )
                    }
                    _ => format!("{e}"),
                })?;
                output = Some(Output::Format(format));
            }
            _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}")),
        }
    }
    let output = output.ok_or_else(|| format!("missing format\n{USAGE}"))?;
    if let (Some(_), Output::Format(format)) = (lang, &output) {
        if !format.has_lang() {
            return Err(format!(
                "{format} carries both languages; --lang applies to oscal, oscal-ssp, oscal-bundle, csv, markdown, html and xlsx"
            ));
        }
    }
    Ok(Some((output, lang.unwrap_or_default())))
}

/// Writes the bundle's files into `dir` and lists them.
fn write_bundle(dir: &Path, lang: Lang) -> Result<String, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut listing = String::new();
    for file in oscal::bundle(Matrix::builtin(), lang) {
        let path = dir.join(file.name);
        std::fs::write(&path, file.text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        listing.push_str(&path.display().to_string());
        listing.push('\n');
    }
    Ok(listing)
}

fn main() -> ExitCode {
    let (output, lang) = match parse_args(std::env::args().skip(1)) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => return common::emit("export", &format!("{USAGE}\n")),
        Err(message) => {
            eprintln!("export: {message}");
            return ExitCode::from(2);
        }
    };
    match output {
        Output::Format(format) => {
            let stdout = std::io::stdout();
            if !format.is_text() && stdout.is_terminal() {
                eprintln!("export: {format} is binary; redirect it to a file: export {format} > matrix.{format}");
                return ExitCode::from(2);
            }
            let mut out = std::io::BufWriter::new(stdout.lock());
            let written = export::write(Matrix::builtin(), format, lang, &mut out).and_then(|()| out.flush());
            common::finish("export", written)
        }
        Output::Bundle(dir) => match write_bundle(&dir, lang) {
            Ok(listing) => common::emit("export", &listing),
            Err(message) => {
                eprintln!("export: {message}");
                ExitCode::FAILURE
            }
        },
    }
}
