//! Who owns a control for a service, with what each party does and the section that says so.
//!
//! ```text
//! cargo run --bin who_owns -- object-storage backup
//! cargo run --bin who_owns -- --lang ja オブジェクトストレージ バックアップ
//! cargo run --bin who_owns --features serde -- --json "IDCF Cloud" 7.4.1
//! ```
//!
//! A binary, not an example, so that the first answer does not wait for the test and benchmark dependencies;
//! `--json` needs the `serde` feature.
//!
//! The service takes an id, or the English or Japanese name; the control takes a section id (`6.5.1`), a heading
//! (`6.5`), a control id, a title, an ISO id (`A.8.13` is ISO/IEC 27001:2022, `A.10.5.1` ISO/IEC 27002:2005, the
//! one edition with that id; `iso27001-2013:A.12.3.1`, `iso27002-2005:10.5.1` say their edition) or keywords,
//! common words read as the document's own (`encryption` as 暗号), which the answer says.
//!
//! Exit status: 0 answered; 1 no control of the document matches (the message names the closest controls, or the
//! scheme-qualified forms of a bare ISO number such as `10.5.1`); 2 a usage error: an unknown option, service or
//! language, a missing argument, or an Annex A id that two editions number differently (`A.12.3.1`), whose
//! readings are listed, each with its answer.

use std::process::ExitCode;

#[path = "../../examples/common/mod.rs"]
mod common;

use std::fmt::Write as _;

use idcf_responsibility::{Answer, Cell, Lang, Matrix, Service, Text, search::Miss};

const USAGE: &str = "usage: who_owns [--json] [--lang en|ja] <service> <control or keywords>...

  <service>   idcf-cloud, self-cloud, managed-cloud, private-cloud, object-storage (or the name in English or Japanese)
  <control>   a section id (6.5.1), a heading (6.5: its sections), a control id (information-backup), a title,
              an ISO id (A.8.13 is ISO/IEC 27001:2022; A.10.5.1 is 2005's, the one edition with that id; give the
              scheme where two editions have it: iso27001-2013:A.12.3.1, iso27002-2005:12.3.1), or keywords
              (backup, バックアップ; common words such as encryption are read as the document's own, and said so)
  --json      print a JSON array, one object per control
  --lang ja   write the answer in Japanese

exit status:
  0  answered
  1  no control of the document matches (the closest are named; for a bare ISO number, its scheme-qualified forms)
  2  usage error: an unknown option, service or language, a missing argument, or an ISO id that two editions
     number differently (each edition's reading is listed with its answer)";

struct Args {
    json: bool,
    lang: Lang,
    service: Service,
    query: String,
}

/// What the command line asked for: an answer, or the usage text.
enum Request {
    Answer(Args),
    Help,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Request, String> {
    let mut json = false;
    let mut lang = Lang::En;
    let mut rest = Vec::new();
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" if cfg!(feature = "serde") => json = true,
            "--json" => {
                return Err(
                    "--json needs the serde feature: cargo run --bin who_owns --features serde -- --json …".into()
                );
            }
            "--lang" => {
                let value = args.next().ok_or("--lang needs a value: en or ja")?;
                lang = value.parse().map_err(|e| format!("{e}"))?;
            }
            "-h" | "--help" => return Ok(Request::Help),
            _ => rest.push(arg),
        }
    }
    let mut rest = rest.into_iter();
    let service = rest.next().ok_or_else(|| format!("missing service\n{USAGE}"))?;
    let service: Service = service.parse().map_err(|e| format!("{e}"))?;
    let query = rest.collect::<Vec<_>>().join(" ");
    if query.trim().is_empty() {
        return Err(format!("missing control or keywords after the service\n{USAGE}"));
    }
    Ok(Request::Answer(Args { json, lang, service, query }))
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Request::Answer(args)) => args,
        Ok(Request::Help) => return common::emit("who_owns", &format!("{USAGE}\n")),
        Err(message) => {
            eprintln!("who_owns: {message}");
            return ExitCode::from(2);
        }
    };
    // Every form in one call, ranked: exact forms first, then keyword hits, the service's applicable cells first.
    // An id of two editions, or a query nothing matches, is answered here, before any printing.
    let found = idcf_responsibility::lookup(&args.query);
    if let Some(code) = refuse(&found, &args) {
        return code;
    }
    let cells: Vec<&Cell> =
        Matrix::builtin().search(args.service, &args.query).into_iter().map(|(cell, _)| cell).collect();
    // How the query was read (the edition of an ISO id, the words read through the synonym list) comes first.
    let notes = found.notes(args.lang);
    if args.json {
        for note in &notes {
            eprintln!("who_owns: {note}");
        }
    }
    let output = if args.json {
        json_answers(&cells)
    } else {
        let mut read = String::new();
        for note in &notes {
            let _ = writeln!(read, "{note}");
        }
        let gap = if read.is_empty() { "" } else { "\n" };
        format!("{read}{gap}{}", render_text(&args, &cells))
    };
    common::emit("who_owns", &output)
}

/// Says why nothing was found, on stderr, and gives the exit code: 2 for an ISO id of two editions (each
/// edition's reading is listed with its answer for the service: the caller must choose), 1 for no match (with the
/// closest controls, or the ISO id's scheme-qualified forms). `None` when something was found.
fn refuse(found: &idcf_responsibility::search::Lookup, args: &Args) -> Option<ExitCode> {
    let message = found.message()?;
    eprintln!("who_owns: {message}");
    if found.miss != Some(Miss::Ambiguous) {
        return Some(ExitCode::from(1));
    }
    let lang = args.lang;
    let not_applicable = Text::new("not applicable", "適用外");
    let owner_word = Text::new("owner", "担当");
    for reading in &found.readings {
        let title = reading.title_en.as_deref().map_or_else(String::new, |t| format!(" ({t})"));
        eprintln!("  {}{title}:", reading.qualified());
        for &control in &reading.controls {
            let cell = Matrix::builtin().cell(args.service, control);
            let owner = cell.owner().map_or_else(|| not_applicable.get(lang), |o| o.label(lang));
            let title_en = if lang == Lang::Ja { String::new() } else { format!(" {}", control.title_en()) };
            eprintln!(
                "    §{} 「{}」{title_en}: {} {owner}",
                control.section(),
                control.title_ja(),
                owner_word.get(lang)
            );
        }
    }
    Some(ExitCode::from(2))
}

/// The answers as a JSON array.
#[cfg(feature = "serde")]
fn json_answers(cells: &[&Cell]) -> String {
    let answers: Vec<serde_json::Value> = cells.iter().map(|c| to_json(c)).collect();
    format!("{:#}\n", serde_json::Value::Array(answers))
}

/// Without `serde` there is no JSON; `--json` is refused before this is reached.
#[cfg(not(feature = "serde"))]
fn json_answers(_cells: &[&Cell]) -> String {
    String::new()
}

/// One answer as JSON: the keys and values of the matrix export (`section` is the document's number, `control`
/// the control's id), with the control's titles and crosswalk, and the document's caveats.
#[cfg(feature = "serde")]
fn to_json(cell: &Cell) -> serde_json::Value {
    let c = cell.control();
    let mut v = serde_json::to_value(cell).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("title_ja".into(), c.title_ja().into());
        obj.insert("title_en".into(), c.title_en().into());
        obj.insert("iso27002_2005".into(), c.iso27002_2005().map(|i| i.to_string()).into());
        obj.insert("iso27001_2013".into(), serde_json::json!(c.iso27001_2013()));
        obj.insert("iso27001_2022".into(), serde_json::json!(c.iso27001_2022()));
        obj.insert("capabilities".into(), serde_json::json!(cell.capabilities().collect::<Vec<_>>()));
        obj.insert("caveats".into(), serde_json::json!(idcf_responsibility::document::Document::get().caveats));
    }
    v
}

/// The answer as text: the library's [`Answer`], which prints each cell's owner and every duty with its
/// provenance (stated, our inference, or the customer's decision), what is withheld, and the caveats.
fn render_text(args: &Args, cells: &[&Cell]) -> String {
    Answer::new(args.service, &args.query, cells.to_vec(), args.lang).to_string()
}
