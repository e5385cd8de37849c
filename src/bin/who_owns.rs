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

use std::fmt::Write as _;
use std::process::ExitCode;

#[path = "../../examples/common/mod.rs"]
mod common;

use idcf_responsibility::{Cell, Control, Document, Lang, Matrix, Miss, Party, Service, Text};

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
fn refuse(found: &idcf_responsibility::Lookup, args: &Args) -> Option<ExitCode> {
    let message = found.message()?;
    eprintln!("who_owns: {message}");
    if found.miss != Some(Miss::Ambiguous) {
        return Some(ExitCode::from(1));
    }
    let (lang, not_applicable, owner_word) = (args.lang, words::NOT_APPLICABLE, words::OWNER);
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
        obj.insert("caveats".into(), serde_json::json!(Document::get().caveats));
    }
    v
}

/// The words the answer is printed with, in both languages.
mod words {
    use idcf_responsibility::Text;
    pub const CONTROLS_FOR: Text = Text::new("control(s) for", "件の該当（検索語");
    pub const OWNER: Text = Text::new("owner", "担当");
    pub const STATED_OWNER: Text = Text::new("by stated duties alone", "記載された役割だけでは");
    pub const NOT_SAID: Text = Text::new("the document does not say", "文書に記載なし");
    pub const NOT_APPLICABLE: Text = Text::new("not applicable (our inference)", "対象外（推定）");
    pub const SUMMARY: Text = Text::new("summary", "概要");
    pub const STATED: Text = Text::new("stated", "記載");
    pub const INFERRED: Text = Text::new("our inference", "推定");
    pub const OFFERED: Text = Text::new("made available", "提供されるもの");
    pub const WITHHELD: Text = Text::new("not disclosed", "非開示");
    pub const OWN_SECTION: Text = Text::new(
        "the document's own section, no ISO/IEC 27002:2005 control",
        "文書独自の節（ISO/IEC 27002:2005に対応なし）",
    );
    pub const ANSWERS: Text = Text::new("answers", "対応");
    pub const MISPRINT: Text = Text::new("note", "注");
    pub const CAVEATS: Text = Text::new("The document's caveats", "文書の注意書き");
}

fn render_text(args: &Args, cells: &[&Cell]) -> String {
    let lang = args.lang;
    let name = args.service.label(lang);
    let n = cells.len();
    let mut out = if lang == Lang::Ja {
        format!("{name}: {n}{}「{}」）\n\n", words::CONTROLS_FOR.get(lang), args.query)
    } else {
        format!("{name}: {n} {} {:?}\n\n", words::CONTROLS_FOR.get(lang), args.query)
    };
    for cell in cells {
        render_cell(&mut out, cell, lang, &args.query);
    }
    let _ = writeln!(out, "{}:", words::CAVEATS.get(lang));
    for caveat in Document::get().caveats.iter() {
        let _ = writeln!(out, "  - {}", caveat.get(lang));
    }
    out
}

fn render_cell(out: &mut String, cell: &Cell, lang: Lang, query: &str) {
    let w = |t: &Text| t.get(lang).to_owned();
    let c: Control = cell.control();
    let iso = c
        .iso27002_2005()
        .map_or_else(|| w(&words::OWN_SECTION), |i| format!("{} {i}, {}", w(&words::ANSWERS), i.fit.label(lang)));
    // The Japanese title as printed; in English, our English title beside it.
    let title_en = if lang == Lang::Ja { String::new() } else { format!(" {}", c.title_en()) };
    let _ = writeln!(out, "§{} 「{}」{title_en} ({iso})", cell.section(), c.title_ja());
    if let Some((number, note)) = c.misprint().filter(|(number, _)| query.trim().trim_start_matches('§') == *number) {
        let _ = writeln!(out, "  {} ({number}): {}", w(&words::MISPRINT), note.get(lang));
    }
    for cw in c.iso27001_2013().iter().chain(c.iso27001_2022()) {
        let _ =
            writeln!(out, "  {}: {} ({})", cw.edition.label(lang), cw.ids.join(", "), cw.correspondence.label(lang));
    }
    if let (Some(owner), Some(basis)) = (cell.owner(), cell.owner_basis()) {
        let _ = writeln!(out, "  {}: {} ({})", w(&words::OWNER), owner.label(lang), basis.label(lang));
        if cell.stated_owner() != Some(owner) {
            let stated = cell.stated_owner().map_or_else(|| w(&words::NOT_SAID), |o| o.label(lang).to_owned());
            let _ = writeln!(out, "  {}: {stated}", w(&words::STATED_OWNER));
        }
    } else {
        let reason = cell.not_applicable_reason().map_or("", |r| r.get(lang));
        let _ = writeln!(out, "  {}: {reason}", w(&words::NOT_APPLICABLE));
    }
    let _ = writeln!(out, "  {}: {}", w(&words::SUMMARY), cell.summary().get(lang));
    for party in Party::ALL {
        let mut duties = cell.duties_of(*party).peekable();
        if duties.peek().is_none() {
            continue;
        }
        let _ = writeln!(out, "  {}:", party.label(lang));
        for d in duties {
            let basis = match d.basis.reason() {
                None => format!("{} §{}#{}", w(&words::STATED), cell.section(), d.sentence),
                Some(reason) => format!("{}: {}", w(&words::INFERRED), reason.get(lang)),
            };
            let _ = writeln!(
                out,
                "    - {} [{}, {}, {}; {basis}]",
                d.text.get(lang),
                d.kind.label(lang),
                d.layer.label(lang),
                d.scope.label(lang)
            );
        }
    }
    let caps: Vec<&str> = cell.capabilities().map(|c| c.label(lang)).collect();
    if !caps.is_empty() {
        let _ = writeln!(out, "  {}: {}", w(&words::OFFERED), caps.join(", "));
    }
    for item in cell.withheld() {
        let _ = writeln!(out, "  {}: {}", w(&words::WITHHELD), item.label(lang));
    }
    out.push('\n');
}
