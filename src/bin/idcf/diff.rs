//! `idcf diff`: what changed between an older export or an overlay and the built-in matrix.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Args;
use idcf_responsibility::Matrix;

use crate::common::{Done, bad, chain, conflicts, emit, load_overlay, read, warn};

#[derive(Args)]
pub(crate) struct DiffArgs {
    /// A matrix export (`idcf export json`) of this or any older dataset version: the earlier side
    old: Option<PathBuf>,
    /// An overlay: the later side is the built-in matrix with the overlay laid over it
    #[arg(long, value_name = "FILE")]
    overlay: Option<PathBuf>,
    /// Prints the changes as JSON
    #[arg(long)]
    json: bool,
}

pub(crate) fn diff(args: &DiffArgs) -> Done {
    let later = match &args.overlay {
        Some(path) => {
            let overlay = load_overlay(path)?;
            for conflict in conflicts(&overlay) {
                warn(&format!("overlay {}: {conflict}", path.display()));
            }
            overlay.apply(Matrix::builtin()).matrix
        }
        None => Matrix::builtin().clone(),
    };
    let cells = match &args.old {
        Some(path) => {
            let diff = later
                .diff_from_json(&read(path, "matrix")?)
                .map_err(|e| bad(format!("{}: {}", path.display(), chain(&e))))?;
            if let Some(warning) = &diff.warning {
                warn(&format!("{}: {warning}", path.display()));
            }
            diff.cells
        }
        None if args.overlay.is_none() => {
            return Err(bad("nothing to compare: give an older matrix export, --overlay FILE, or both"));
        }
        None => Matrix::builtin().diff(&later),
    };
    let out = if args.json {
        serde_json::to_string_pretty(&cells).map_err(|e| bad(e.to_string()))? + "\n"
    } else if cells.is_empty() {
        "no changes\n".to_owned()
    } else {
        let mut out = String::new();
        for cell in &cells {
            let _ = writeln!(out, "{} §{} {}", cell.service, cell.control.section(), cell.control.title_en());
            for change in &cell.changes {
                let _ = writeln!(out, "  {change}");
            }
        }
        out
    };
    emit(out.as_bytes())
}
