//! `idcf diff`: what changed between an older export or an overlay and the built-in matrix.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Args;
use idcf_responsibility::{Lang, Matrix, Text};

use crate::common::{Done, LangArg, bad, chain, emit, read, warn};

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
    #[command(flatten)]
    lang: LangArg,
}

pub(crate) fn diff(args: &DiffArgs) -> Done {
    let lang = args.lang.lang;
    let later = crate::common::matrix_with(args.overlay.as_deref())?.into_owned();
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
        if lang != Lang::En {
            warn(&format!("the JSON carries both languages; --lang {lang} is ignored"));
        }
        serde_json::to_string_pretty(&cells).map_err(|e| bad(e.to_string()))? + "\n"
    } else if cells.is_empty() {
        let none = Text::new("no changes", "変更なし");
        format!("{}\n", none.get(lang))
    } else {
        let mut out = String::new();
        for cell in &cells {
            if lang == Lang::Ja {
                let _ = writeln!(
                    out,
                    "{} §{} 「{}」",
                    cell.service.label(lang),
                    cell.control.section(),
                    cell.control.title_ja()
                );
            } else {
                let _ = writeln!(out, "{} §{} {}", cell.service, cell.control.section(), cell.control.title_en());
            }
            for change in &cell.changes {
                let _ = writeln!(out, "  {}", change.describe(lang));
            }
        }
        out
    };
    emit(out.as_bytes())
}
