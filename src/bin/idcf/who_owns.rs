//! `idcf who-owns`: who owns a control for a service, from text people type.

use std::fmt::Write as _;

use clap::Args;
use idcf_responsibility::{Answer, Cell, Lang, Matrix, Service, Text, search::Miss};

use crate::common::{Done, Failure, LangArg, bad, emit, warn};

#[derive(Args)]
pub(crate) struct WhoOwns {
    /// The service: idcf-cloud, self-cloud, managed-cloud, private-cloud, object-storage (or its English or
    /// Japanese name)
    service: Service,
    /// A section id (6.5.1), a heading (6.5), a control id, a title, an ISO id (A.8.13 is ISO/IEC 27001:2022;
    /// iso27001-2013:A.12.3.1, iso27002-2005:12.3.1 name their edition) or keywords (backup, バックアップ)
    #[arg(required = true, num_args = 1..)]
    control: Vec<String>,
    #[command(flatten)]
    lang: LangArg,
    /// Prints a JSON array, one object per control
    #[arg(long)]
    json: bool,
    /// Answers from the matrix tailored by this overlay: the customer's changes shown as the customer's decision,
    /// with its reason
    #[arg(long, value_name = "FILE")]
    overlay: Option<std::path::PathBuf>,
}

pub(crate) fn who_owns(args: &WhoOwns) -> Done {
    let query = args.control.join(" ");
    let lang = args.lang.lang;
    if query.trim().is_empty() {
        return Err(bad("missing control or keywords after the service"));
    }
    let matrix = crate::common::matrix_with(args.overlay.as_deref())?;
    let found = idcf_responsibility::lookup(&query);
    if let Some(message) = found.message() {
        return Err(refusal(&matrix, &found, message, args.service, lang));
    }
    let cells: Vec<&Cell> = matrix.search(args.service, &query).into_iter().map(|(cell, _)| cell).collect();
    let notes = found.notes(lang);
    if args.json {
        for note in &notes {
            warn(note);
        }
        let answers: Vec<serde_json::Value> = cells.iter().map(|c| cell_json(c)).collect();
        return emit(format!("{:#}\n", serde_json::Value::Array(answers)).as_bytes());
    }
    let mut out = String::new();
    for note in &notes {
        out.push_str(note);
        out.push('\n');
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&Answer::new(args.service, &query, cells, lang).to_string());
    emit(out.as_bytes())
}

/// Why nothing was found: exit 2 for an ISO id of two editions (each reading listed with its answer for the
/// service), 1 for no match.
pub(crate) fn refusal(
    matrix: &Matrix,
    found: &idcf_responsibility::search::Lookup,
    message: String,
    service: Service,
    lang: Lang,
) -> Failure {
    if found.miss != Some(Miss::Ambiguous) {
        return Failure { code: 1, message };
    }
    let mut message = message;
    let not_applicable = Text::new("not applicable", "適用外");
    let owner_word = Text::new("owner", "担当");
    for reading in &found.readings {
        let title = reading.title_en.as_deref().map_or_else(String::new, |t| format!(" ({t})"));
        let _ = write!(message, "\n  {}{title}:", reading.qualified());
        for &control in &reading.controls {
            let cell = matrix.cell(service, control);
            let owner = cell.owner().map_or_else(|| not_applicable.get(lang), |o| o.label(lang));
            let title_en = if lang == Lang::Ja { String::new() } else { format!(" {}", control.title_en()) };
            let _ = write!(
                message,
                "\n    §{} 「{}」{title_en}: {} {owner}",
                control.section(),
                control.title_ja(),
                owner_word.get(lang)
            );
        }
    }
    Failure { code: 2, message }
}

/// One answer as JSON: the keys and values of the matrix export, with the control's titles and crosswalk, and
/// the document's caveats.
pub(crate) fn cell_json(cell: &Cell) -> serde_json::Value {
    let c = cell.control();
    let mut v = serde_json::to_value(cell).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("title_ja".into(), c.title_ja().into());
        obj.insert("title_en".into(), c.title_en().into());
        obj.insert("iso27002_2005".into(), c.iso27002_2005().map(|i| i.to_string()).into());
        obj.insert("iso27001_2013".into(), serde_json::json!(c.iso27001_2013()));
        obj.insert("iso27001_2022".into(), serde_json::json!(c.iso27001_2022()));
        obj.insert("capabilities".into(), serde_json::json!(cell.capabilities().collect::<Vec<_>>()));
        obj.insert("caveats".into(), serde_json::json!(idcf_responsibility::document::Document::builtin().caveats));
    }
    v
}
