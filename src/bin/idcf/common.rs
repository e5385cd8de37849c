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
    write_safely(path, bytes, force)
}

/// Writes a file in place: an interrupted write leaves it as it was (see [`write_safely`]).
pub(crate) fn replace(path: &Path, bytes: &[u8]) -> Done {
    write_safely(path, bytes, true)
}

/// Writes a file through a uniquely named temporary file in the target's own folder, renamed over it: an interrupted
/// write leaves the file as it was, and no other file (a user's `FILE.tmp`) is touched. Through a symbolic link, the
/// link's target is written and the link stays a link. The file keeps its mode and, where the user may, its owner
/// and group; the file and then its folder are synced before the call returns. Without `clobber`, a file that
/// appeared meanwhile is refused, not overwritten.
fn write_safely(path: &Path, bytes: &[u8], clobber: bool) -> Done {
    let fail = |e: std::io::Error| bad(format!("cannot write {}: {e}", path.display()));
    let target = through_links(path).map_err(fail)?;
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let existing = std::fs::metadata(&target).ok();
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(target.file_name().unwrap_or_default());
    prefix.push(".");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".idcf-tmp");
    #[cfg(unix)]
    if existing.is_none() {
        // A new file gets what any new file gets (0666 less the umask), not the temporary file's 0600.
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir).map_err(fail)?;
    if let Some(meta) = &existing {
        keep_owner(tmp.as_file(), meta);
        tmp.as_file().set_permissions(meta.permissions()).map_err(fail)?;
    }
    tmp.write_all(bytes).and_then(|()| tmp.as_file().sync_all()).map_err(fail)?;
    if clobber {
        tmp.persist(&target).map_err(|e| fail(e.error))?;
    } else {
        match tmp.persist_noclobber(&target) {
            Ok(_) => {}
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(bad(format!("{} exists; give --force to overwrite it", path.display())));
            }
            // A file system with neither a no-replace rename nor hard links (FAT): the check before the write stands.
            Err(e) => {
                e.file.persist(&target).map_err(|e| fail(e.error))?;
            }
        }
    }
    // The rename is durable once the folder is synced; a file system that cannot sync a folder has nothing to do.
    if let Ok(folder) = std::fs::File::open(&dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// The file a path names after following its symbolic links (a dangling link names the file it would create).
fn through_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// Gives the new file the old one's owner and group, or its group alone, as far as the user may; a user who may not
/// keeps the file as theirs, which is what any editor does.
#[cfg(unix)]
fn keep_owner(file: &std::fs::File, meta: &std::fs::Metadata) {
    use std::os::unix::fs::MetadataExt as _;
    if std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid())).is_err() {
        let _ = std::os::unix::fs::fchown(file, None, Some(meta.gid()));
    }
}

#[cfg(not(unix))]
fn keep_owner(_: &std::fs::File, _: &std::fs::Metadata) {}

/// How long an edit waits for another edit of the same file before it is refused.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// An advisory lock on a file, held for its read-modify-write and released when dropped.
pub(crate) struct Lock {
    _file: std::fs::File,
}

/// Locks the file a register or overlay edit reads and rewrites: another `idcf` editing it meanwhile waits (up to
/// [`LOCK_WAIT`]) and then reads the result, or is refused saying so; none of the edits is lost. The lock is on the
/// file itself (through a symbolic link, its target), taken again when the file was replaced while waiting.
pub(crate) fn lock(path: &Path, kind: &str) -> Result<Lock, Failure> {
    let target = through_links(path).map_err(|e| bad(format!("cannot read the {kind} {}: {e}", path.display())))?;
    let start = std::time::Instant::now();
    let mut pause = std::time::Duration::from_millis(5);
    loop {
        let file =
            std::fs::File::open(&target).map_err(|e| bad(format!("cannot read the {kind} {}: {e}", path.display())))?;
        match fs4::FileExt::try_lock(&file) {
            Ok(()) if same_file(&file, &target) => return Ok(Lock { _file: file }),
            // Replaced by the edit that held it: lock the file that is there now.
            Ok(()) => continue,
            Err(fs4::TryLockError::WouldBlock) => {}
            Err(fs4::TryLockError::Error(e)) => {
                return Err(bad(format!("cannot lock the {kind} {}: {e}", path.display())));
            }
        }
        if start.elapsed() >= LOCK_WAIT {
            return Err(bad(format!(
                "the {kind} {} is being edited by another idcf; waited {} s and changed nothing: try again",
                path.display(),
                LOCK_WAIT.as_secs()
            )));
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(std::time::Duration::from_millis(50));
    }
}

/// Whether an open file is still the one at `path` (not replaced since it was opened).
#[cfg(unix)]
fn same_file(file: &std::fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &std::fs::File, _: &Path) -> bool {
    true
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

/// The matrix to answer from: the built-in one, or with `--overlay FILE`, the built-in one tailored by the overlay
/// (its conflicts with the built-in matrix printed as warnings).
pub(crate) fn matrix_with(overlay: Option<&Path>) -> Result<std::borrow::Cow<'static, Matrix>, Failure> {
    let Some(path) = overlay else {
        return Ok(std::borrow::Cow::Borrowed(Matrix::builtin()));
    };
    let overlay = load_overlay(path)?;
    for conflict in conflicts(&overlay) {
        warn(&format!("overlay {}: {conflict}", path.display()));
    }
    Ok(std::borrow::Cow::Owned(overlay.apply(Matrix::builtin()).matrix))
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
        "{what} needs the {feature} feature, which this build of idcf lacks: cargo install --locked --path . --features cli,{feature} \
         (or cli-full for every format)"
    ))
}

/// A `to_json` result as the text of a file (with its final newline), or a refusal: never an empty file.
pub(crate) fn json_text(json: Result<String, idcf_responsibility::Error>) -> Result<String, Failure> {
    json.map(|text| text + "\n").map_err(|e| bad(e.to_string()))
}
