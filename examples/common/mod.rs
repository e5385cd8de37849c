//! What the examples share.

use std::io::Write as _;
use std::process::ExitCode;

/// Writes `text` to stdout; a reader that closed the pipe early (`| head`) is not an error.
#[allow(dead_code, reason = "each example compiles this module; the export example writes through `finish`")]
pub fn emit(tool: &str, text: &str) -> ExitCode {
    finish(tool, std::io::stdout().lock().write_all(text.as_bytes()))
}

/// The exit code of a write to stdout: success, also when the reader closed the pipe early (`| head`); otherwise
/// the error on stderr and failure.
pub fn finish(tool: &str, result: std::io::Result<()>) -> ExitCode {
    match result {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("{tool}: cannot write: {err}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// An error with its causes, outermost first, joined by `: ` (each cause printed once).
#[allow(dead_code, reason = "each example compiles this module; not every one loads JSON")]
pub fn chain(err: &dyn std::error::Error) -> String {
    let mut out = err.to_string();
    let mut next = err.source();
    while let Some(cause) = next {
        out.push_str(": ");
        out.push_str(&cause.to_string());
        next = cause.source();
    }
    out
}
