//! Who owns a control for a service, with what each party does and the section that says so.
//!
//! ```text
//! cargo run --example who_owns -- object-storage backup
//! cargo run --example who_owns -- --json "IDCF Cloud" 7.4.1
//! cargo run --example who_owns -- --lang ja オブジェクトストレージ バックアップ
//! ```
//!
//! The service takes an id, or the English or Japanese name; the control takes a section id (`6.5.1`), a control
//! id, a title, an ISO/IEC 27001:2005 Annex A id (`A.10.5.1`), an edition-qualified ISO id
//! (`iso27001-2022:A.8.13`, `iso27001-2013:A.12.3.1`, `iso27002-2005:10.5.1`) or keywords. Unknown or empty input prints a
//! message naming it, with close candidates, and exits with code 2.

use std::fmt::Write as _;
use std::process::ExitCode;

mod common;

use idcf_responsibility::{Basis, Cell, Control, Lang, Matrix, Party, Service, find_controls};

const USAGE: &str = "usage: who_owns [--json] [--lang en|ja] <service> <control or keywords>...";

struct Args {
    json: bool,
    lang: Lang,
    service: Service,
    query: String,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut json = false;
    let mut lang = Lang::En;
    let mut rest = Vec::new();
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--lang" => {
                let value = args.next().ok_or("--lang needs a value: en or ja")?;
                lang = value.parse().map_err(|e| format!("{e}"))?;
            }
            "-h" | "--help" => return Err(USAGE.to_owned()),
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
    Ok(Args { json, lang, service, query })
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("who_owns: {message}");
            return ExitCode::from(2);
        }
    };
    let controls = match find_controls(&args.query) {
        Ok(controls) => controls,
        Err(err) => {
            eprintln!("who_owns: {err}");
            return ExitCode::from(2);
        }
    };
    let matrix = Matrix::builtin();
    let cells: Vec<&Cell> = controls.iter().map(|&c| matrix.cell(args.service, c)).collect();
    let output = if args.json {
        let answers: Vec<serde_json::Value> = cells.iter().map(|c| to_json(c)).collect();
        format!("{:#}\n", serde_json::Value::Array(answers))
    } else {
        render_text(&args, &cells)
    };
    common::emit("who_owns", &output)
}

fn to_json(cell: &Cell) -> serde_json::Value {
    let duties = |party: Party| -> Vec<serde_json::Value> {
        cell.duties_of(party)
            .map(
                |d| serde_json::json!({ "layer": d.layer, "kind": d.kind, "capability": d.capability, "text": d.text }),
            )
            .collect()
    };
    serde_json::json!({
        "service": cell.service,
        "control": cell.section,
        "control_id": cell.control,
        "title_ja": cell.control.title_ja(),
        "title_en": cell.control.title_en(),
        "iso27002_2005": cell.control.iso27002_2005().map(|i| i.to_string()),
        "iso27001_2013": cell.control.iso27001_2013(),
        "iso27001_2022": cell.control.iso27001_2022(),
        "owner": cell.owner,
        "applicable": cell.applicable,
        "basis": cell.basis,
        "summary": cell.summary,
        "provider": duties(Party::Provider),
        "customer": duties(Party::Customer),
        "capabilities": cell.capabilities().collect::<Vec<_>>(),
        "withheld": cell.withheld,
    })
}

fn render_text(args: &Args, cells: &[&Cell]) -> String {
    let lang = args.lang;
    let name = args.service.name(lang);
    let n = cells.len();
    let mut out = format!("{name}: {n} control{} for {:?}\n\n", if n == 1 { "" } else { "s" }, args.query);
    for cell in cells {
        render_cell(&mut out, cell, lang);
    }
    out
}

fn render_cell(out: &mut String, cell: &Cell, lang: Lang) {
    let c: Control = cell.control;
    let iso = c.iso27002_2005().map_or_else(
        || "the document's own section, no ISO/IEC 27002:2005 control".to_owned(),
        |i| format!("answers {i}, {} fit", i.fit),
    );
    let _ = writeln!(out, "§{} 「{}」 {} ({iso})", cell.section, c.title_ja(), c.title_en());
    for cw in [c.iso27001_2013(), c.iso27001_2022()].into_iter().flatten() {
        let _ = writeln!(out, "  {}: {} ({})", cw.edition.name(), cw.ids.join(", "), cw.correspondence);
    }
    match (&cell.basis, cell.owner) {
        (Basis::Inferred { reason }, None) => {
            let _ = writeln!(out, "  not applicable (our inference): {}", reason.get(lang));
        }
        (basis, owner) => {
            let owner = owner.map_or("none", Into::into);
            let basis = if basis.is_inferred() { "our inference" } else { "stated by the document" };
            let _ = writeln!(out, "  owner: {owner} ({basis})");
        }
    }
    let _ = writeln!(out, "  summary: {}", cell.summary.get(lang));
    for party in Party::ALL {
        let mut duties = cell.duties_of(*party).peekable();
        if duties.peek().is_none() {
            continue;
        }
        let _ = writeln!(out, "  {party}:");
        for d in duties {
            let _ = writeln!(out, "    - {} [{}, {}]", d.text.get(lang), d.kind, d.layer);
        }
    }
    let caps: Vec<&str> = cell.capabilities().map(|c| c.name(lang)).collect();
    if !caps.is_empty() {
        let _ = writeln!(out, "  offered: {}", caps.join(", "));
    }
    for w in cell.withheld.iter() {
        let _ = writeln!(out, "  not disclosed: {}", w.text().get(lang));
    }
    out.push('\n');
}
