//! `idcf register rebase`: a register moved onto a new or changed overlay, or onto this build's dataset version,
//! keeping its work.

use std::fmt::Write as _;
use std::path::Path;

use idcf_responsibility::{Lang, plan::Entry};

use crate::common::{Done, conflicts, emit, load_overlay, warn};
use crate::register::{load_register, save_register};

/// One line about an entry: its service, section and duty.
fn about(e: &Entry) -> String {
    format!("{} §{}: {}", e.service(), e.control().section(), e.duty().text.get(Lang::En))
}

/// What is recorded on an entry, for the retired ones.
fn work(e: &Entry) -> String {
    let mut out = format!("status {}", e.status());
    if let Some(team) = e.team() {
        let _ = write!(out, ", team {team}");
    }
    if !e.evidence().is_empty() {
        let _ = write!(out, ", evidence {}", e.evidence().join("; "));
    }
    if let Some(due) = e.due() {
        let _ = write!(out, ", due {due}");
    }
    if e.notes().is_some() {
        out.push_str(", notes");
    }
    out
}

pub(crate) fn rebase(file: &Path, overlay: Option<&Path>, no_overlay: bool, dry_run: bool) -> Done {
    let _lock = crate::common::lock(file, "register")?;
    let register = load_register(file)?;
    let onto = match overlay {
        Some(path) => {
            let overlay = load_overlay(path)?;
            for conflict in conflicts(&overlay) {
                warn(&format!("overlay {}: {conflict}", path.display()));
            }
            Some(overlay)
        }
        None if no_overlay => None,
        None => register.overlay().cloned(),
    };
    let onto_label = match (overlay, &onto) {
        (Some(path), _) => format!("overlay {}", path.display()),
        (None, Some(_)) => "its own overlay".to_owned(),
        (None, None) => "no overlay".to_owned(),
    };
    let moved = register.rebase(onto);
    let new = &moved.register;
    let mut out = String::new();
    for &i in &moved.added {
        if let Some(e) = new.entries().get(i) {
            let _ = writeln!(out, "added: {}", about(e));
        }
    }
    for c in &moved.changed {
        if let Some(e) = new.entries().get(c.index) {
            let _ = writeln!(
                out,
                "changed, review the work against the new duty: {} (was: {})",
                about(e),
                c.before.text.get(Lang::En)
            );
        }
    }
    for &i in &moved.restored {
        if let Some(e) = new.entries().get(i) {
            let _ = writeln!(out, "restored from the retired entries: {} ({})", about(e), work(e));
        }
    }
    for &i in &moved.retired {
        if let Some(e) = new.retired().get(i) {
            let _ = writeln!(out, "retired, its duty is gone (kept with its work): {} ({})", about(e), work(e));
        }
    }
    let kept = new.entries().len() - moved.added.len() - moved.restored.len();
    let _ = writeln!(
        out,
        "{}: {} onto dataset version {} (was {}) and {onto_label}: {kept} entries kept ({} with a changed duty), \
         {} added, {} retired, {} restored; {} SoA decision(s) kept",
        file.display(),
        if dry_run { "would move" } else { "moved" },
        new.dataset_version(),
        register.dataset_version(),
        moved.changed.len(),
        moved.added.len(),
        moved.retired.len(),
        moved.restored.len(),
        new.soa_decisions().len(),
    );
    if !dry_run {
        save_register(file, new)?;
    }
    emit(out.as_bytes())
}
