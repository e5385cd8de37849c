//! What every subcommand shares: the language and output options, refusals, and reading and writing files.

use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};

use clap::Args;
use idcf_responsibility::{Lang, Matrix, plan::Overlay};

#[derive(Args, Clone, Copy)]
pub(crate) struct LangArg {
    /// The language of the text: en or ja
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub(crate) lang: Lang,
}

pub(crate) fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| e.to_string())
}

#[derive(Args)]
pub(crate) struct Output {
    /// Writes to FILE instead of stdout (a binary format needs it on a terminal)
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Overwrites an output that exists
    #[arg(long)]
    pub(crate) force: bool,
}

/// A refusal: the exit code (1 or 2) and the message for stderr.
pub(crate) struct Failure {
    pub(crate) code: u8,
    pub(crate) message: String,
}

pub(crate) type Done = Result<(), Failure>;

pub(crate) fn bad(message: impl Into<String>) -> Failure {
    Failure { code: 2, message: message.into() }
}

/// Writes to stdout; a reader that closed the pipe early (`| head -1`) is not an error.
pub(crate) fn emit(bytes: &[u8]) -> Done {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(bad(format!("cannot write: {err}"))),
        _ => Ok(()),
    }
}

/// A warning on stderr.
pub(crate) fn warn(message: &str) {
    let _ = writeln!(std::io::stderr(), "idcf: warning: {message}");
}

/// An output: to `-o FILE` (refused if it exists, unless `--force`) or stdout (refused for binary data on a
/// terminal).
pub(crate) fn deliver(output: &Output, bytes: &[u8], binary: bool, hint: &str) -> Done {
    match &output.output {
        Some(path) => write_new(path, bytes, output.force),
        None if binary && std::io::stdout().is_terminal() => {
            Err(bad(format!("the output is binary; write it to a file with -o {hint}")))
        }
        None => emit(bytes),
    }
}

/// Writes a new file: refused when it exists, unless `force`.
pub(crate) fn write_new(path: &Path, bytes: &[u8], force: bool) -> Done {
    if !force && path.exists() {
        return Err(bad(format!("{} exists; give --force to overwrite it", path.display())));
    }
    replace(path, bytes)
}

/// Writes a file through a temporary file beside it, renamed over it: an interrupted write leaves it as it was.
pub(crate) fn replace(path: &Path, bytes: &[u8]) -> Done {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| bad(format!("cannot write {}: {e}", path.display())))
}

pub(crate) fn read(path: &Path, kind: &str) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| bad(format!("cannot read the {kind} {}: {e}", path.display())))
}

/// An error with its causes, outermost first, joined by `: `.
pub(crate) fn chain(err: &dyn std::error::Error) -> String {
    let mut out = err.to_string();
    let mut next = err.source();
    while let Some(cause) = next {
        out.push_str(": ");
        out.push_str(&cause.to_string());
        next = cause.source();
    }
    out
}

pub(crate) fn load_overlay(path: &Path) -> Result<Overlay, Failure> {
    let overlay =
        Overlay::from_json(&read(path, "overlay")?).map_err(|e| bad(format!("{}: {}", path.display(), chain(&e))))?;
    Ok(overlay)
}

/// The overlay's conflicts with the built-in matrix, one line each.
pub(crate) fn conflicts(overlay: &Overlay) -> Vec<String> {
    overlay
        .apply(Matrix::builtin())
        .conflicts
        .iter()
        .map(|c| {
            let changes: Vec<String> = c.changes.iter().map(ToString::to_string).collect();
            let applied = if c.applied { "applied" } else { "could not be applied" };
            format!(
                "overrides[{}] ({}, {}) was made against another base cell ({applied}){}{}",
                c.index,
                c.service,
                c.control.section(),
                if changes.is_empty() { "" } else { ": " },
                changes.join("; ")
            )
        })
        .collect()
}

#[cfg_attr(not(feature = "oscal"), allow(dead_code))]
/// Writes files into a folder, creating it; every file is checked before any is written, so a refusal writes
/// nothing. Lists the paths written.
pub(crate) fn write_folder(dir: &Path, files: &[(&str, String)], force: bool) -> Done {
    if !force {
        if let Some(existing) = files.iter().map(|(name, _)| dir.join(name)).find(|p| p.exists()) {
            return Err(bad(format!("{} exists; give --force to overwrite it", existing.display())));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| bad(format!("cannot create {}: {e}", dir.display())))?;
    let mut listing = String::new();
    for (name, text) in files {
        let path = dir.join(name);
        replace(&path, text.as_bytes())?;
        listing.push_str(&path.display().to_string());
        listing.push('\n');
    }
    emit(listing.as_bytes())
}

/// A format this build was made without: the install command that has it.
#[cfg_attr(all(feature = "schemars", feature = "oscal", feature = "xlsx"), allow(dead_code))]
pub(crate) fn not_built(what: &str, feature: &str) -> Failure {
    bad(format!(
        "{what} needs the {feature} feature, which this build of idcf lacks: cargo install --path . --features cli,{feature} \
         (or cli-full for every format)"
    ))
}

/// A `to_json` result as the text of a file (with its final newline), or a refusal: never an empty file.
pub(crate) fn json_text(json: Result<String, idcf_responsibility::Error>) -> Result<String, Failure> {
    json.map(|text| text + "\n").map_err(|e| bad(e.to_string()))
}
