//! What the examples share.

use std::io::Write as _;
use std::process::ExitCode;

/// Writes `text` to stdout; a reader that closed the pipe early (`| head`) is not an error.
pub fn emit(tool: &str, text: &str) -> ExitCode {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("{tool}: cannot write: {err}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}
