//! Prints the matrix in a format other tools read.
//!
//! ```text
//! cargo run --example export -- json     # the whole matrix, with document metadata and dataset version
//! cargo run --example export -- schema   # the JSON Schema of that export
//! ```
//!
//! An unknown format is refused with the list of known ones (exit code 2).

use std::io::Write as _;
use std::process::ExitCode;

use idcf_responsibility::{Matrix, json};

const FORMATS: &str = "json, schema";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(format), None) = (args.next(), args.next()) else {
        eprintln!("export: give exactly one format: {FORMATS}");
        return ExitCode::from(2);
    };
    let output = match format.as_str() {
        "json" => Matrix::builtin().to_json() + "\n",
        "schema" => json::schema(),
        other => {
            eprintln!("export: unknown format {other:?}; known formats: {FORMATS}");
            return ExitCode::from(2);
        }
    };
    // A reader that closed the pipe early (`| head`) is not an error.
    match std::io::stdout().lock().write_all(output.as_bytes()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("export: cannot write: {err}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}
