//! Markdown: a table per chapter, and the crosswalk.

use std::fmt::Write as _;

use super::{crosswalk_text, owner_mark, part, pick};
use crate::{Cell, Chapter, Control, Lang, Matrix, Party, Service, document::Document, iso::Edition};

/// The matrix as Markdown, all of it: a heading per chapter, and in it a table with a row per control: section,
/// title, the owner for each of the five services (`—` where not applicable; `*` after an owner that rests on our
/// inference, `†` after one that rests on the customer's decision), and IDCF Cloud's provider and customer parts;
/// every other service whose parts differ follows in a row `↳ service` with its own. A duty the document does not
/// state is marked with its provenance (`[our inference]` or `[the customer's decision]`), and what the provider
/// does not disclose (9.2.1, 11.2.1, the limit of 11.3.1) closes the provider's part. A table of the ISO/IEC
/// 27001:2013 and 2022 ids, each with how it is known, the legend, the document's caveats and the source close
/// the page.
///
/// ```
/// use idcf_responsibility::{export, Lang, Matrix};
/// let md = export::markdown(Matrix::builtin(), Lang::En);
/// assert_eq!(md.matches("\n## ").count(), 10 + 2); // ten chapters, the crosswalk and the notes
/// assert!(md.contains("| 6.5.1 | Information back-up | customer | customer | customer | customer | customer* |"));
/// assert!(md.contains("Not disclosed: knowledge gained from security incidents."));
/// ```
#[must_use]
pub fn markdown(matrix: &Matrix, lang: Lang) -> String {
    let doc = Document::builtin();
    let mut out = String::new();
    let (title, chapter_label) = match lang {
        Lang::En => ("Shared-responsibility matrix", "Chapter"),
        Lang::Ja => ("責任分担マトリクス", "第"),
    };
    let _ = writeln!(out, "# {title}: {} ({})\n", doc.title.get(lang), doc.issued);
    let services: Vec<&str> = Service::ALL.iter().map(|s| s.label(lang)).collect();
    for &chapter in Chapter::ALL {
        let name = match lang {
            Lang::En => format!("{chapter_label} {} {}", chapter.number(), chapter.title_en()),
            Lang::Ja => format!("{chapter_label}{}章 {}", chapter.number(), chapter.title_ja()),
        };
        let _ = writeln!(out, "## {name}\n");
        let (sec, ttl, prov, cust) = match lang {
            Lang::En => ("§", "Title", "Provider's part", "Customer's part"),
            Lang::Ja => ("節", "題名", "IDCFの分担", "お客さまの分担"),
        };
        let _ = writeln!(out, "| {sec} | {ttl} | {} | {prov} | {cust} |", services.join(" | "));
        let _ = writeln!(out, "|---|---|{}---|---|", "---|".repeat(services.len()));
        for control in chapter.controls() {
            control_rows(&mut out, matrix, control, lang);
        }
        out.push('\n');
    }
    crosswalk_table(&mut out, lang);
    let notes = match lang {
        Lang::En => {
            "## Notes\n\nOwner is derived from the duties: provider (IDCF), customer or shared. `*`: the owner rests \
             on our inference, not on what the document states for that service. `\u{2020}`: the owner, or the \
             service's being out of scope, is the customer's decision (a tailoring), not the document's nor ours. \
             `—`: not applicable to the service (our inference, unless marked `\u{2020}`: the section is wholly about \
             a mechanism of virtual machines, which the service does not have). The parts are IDCF Cloud's; a row \
             `↳` follows for each service whose parts differ. Parts are in our own words; a duty marked \
             `[our inference]` is ours, one marked `[the customer's decision]` is the customer's, with no citation \
             to the document; the others are stated by the section, whose number is the citation. \
             \"Not disclosed\" lists what the provider states it withholds, or the limit of what it discloses."
        }
        Lang::Ja => {
            "## 注記\n\n担当は役割に基づき判定（IDCF、お客さま、または両者共同）。`*` はそのサービスについて文書の\
             記載ではなく本クレートの推定による担当。`\u{2020}` は担当（または対象外であること）がお客さまの決定（調整）による\
             もので、文書の記載でも推定でもない。`—` はそのサービスに対象外（`\u{2020}` がなければ推定：節が仮想マシンの仕組みのみを\
             扱い、当該サービスに仮想マシンがない）。分担はIDCFクラウドのもので、分担が異なるサービスごとに `↳` の行が続く。\
             分担は本クレートの言葉による要約で、`[推定]` の付いた役割は推定、`[お客さまの決定]` の付いた役割はお客さまの\
             決定で文書の出典はない。それ以外は節の記載で、節番号が出典。「非開示」はIDCFが開示しないと記載した事項、\
             または開示の範囲の限定。"
        }
    };
    let _ = writeln!(out, "{notes}\n");
    for caveat in doc.caveats.iter() {
        let _ = writeln!(out, "- {}", caveat.get(lang));
    }
    let _ = writeln!(out, "\n{} {}, {}.", doc.publisher.get(lang), doc.title.get(lang), doc.issued);
    out
}

/// A control's rows: IDCF Cloud's parts with every service's owner, then a `↳` row for each other applicable
/// service whose parts (duties or what is withheld) differ from IDCF Cloud's.
fn control_rows(out: &mut String, matrix: &Matrix, control: Control, lang: Lang) {
    let owners: Vec<String> = Service::ALL
        .iter()
        .map(|&s| {
            let cell = matrix.cell(s, control);
            match cell.owner() {
                Some(owner) => format!("{}{}", pick(lang, owner.into(), owner.label(lang)), owner_mark(cell)),
                None => format!("—{}", owner_mark(cell)),
            }
        })
        .collect();
    let first = matrix.cell(Service::IdcfCloud, control);
    let (provider, customer) = parts(first, lang);
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |",
        control.section(),
        escape(control.label(lang)),
        owners.join(" | "),
        escape(&provider),
        escape(&customer)
    );
    for &service in Service::ALL.iter().filter(|&&s| s != Service::IdcfCloud) {
        let cell = matrix.cell(service, control);
        if cell.is_applicable() && (cell.duties() != first.duties() || cell.withheld() != first.withheld()) {
            let (provider, customer) = parts(cell, lang);
            let _ = writeln!(
                out,
                "| | ↳ {} |{} {} | {} |",
                service.label(lang),
                " |".repeat(Service::ALL.len()),
                escape(&provider),
                escape(&customer)
            );
        }
    }
}

/// The provider's and the customer's parts of a cell; what the provider does not disclose closes its part.
fn parts(cell: &Cell, lang: Lang) -> (String, String) {
    let mut provider = part(cell, Party::Provider, lang);
    for w in cell.withheld() {
        if !provider.is_empty() {
            provider.push(' ');
        }
        let _ =
            write!(provider, "{}{}{}", pick(lang, "Not disclosed: ", "非開示："), w.label(lang), pick(lang, ".", "。"));
    }
    (provider, part(cell, Party::Customer, lang))
}

/// The ISO/IEC 27001 crosswalk: each control's 2005 id, and its 2013 and 2022 ids with how each is known (our
/// identification, a nearest fit, Table B.2 or our judgement), so no judgement reads as a table row.
fn crosswalk_table(out: &mut String, lang: Lang) {
    let (heading, intro, sec) = match lang {
        Lang::En => (
            "## ISO/IEC 27001 crosswalk",
            "How each later id is known follows it in brackets: only Table B.2 is a published table.",
            "§",
        ),
        Lang::Ja => (
            "## ISO/IEC 27001 対応表",
            "後の版の番号には、その対応の種類を括弧で添える。公表された表は表B.2のみ。",
            "節",
        ),
    };
    let _ = writeln!(out, "{heading}\n\n{intro}\n");
    let editions: Vec<&str> = Edition::ALL.iter().map(|e| e.label(lang)).collect();
    let _ = writeln!(out, "| {sec} | {} |", editions.join(" | "));
    let _ = writeln!(out, "|---|{}", "---|".repeat(editions.len()));
    for &control in Control::ALL {
        let y2005 =
            control.iso27002_2005().map_or_else(|| "—".to_owned(), |i| format!("{} ({})", i.id, i.fit.label(lang)));
        let or_dash = |s: String| if s.is_empty() { "—".to_owned() } else { s };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            control.section(),
            escape(&y2005),
            escape(&or_dash(crosswalk_text(control.iso27001_2013(), lang))),
            escape(&or_dash(crosswalk_text(control.iso27001_2022(), lang)))
        );
    }
    out.push('\n');
}

/// Escapes the characters that would break a table cell.
pub(crate) fn escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
