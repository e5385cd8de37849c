//! Markdown: a table per chapter.

use std::fmt::Write as _;

use super::part;
use crate::{Cell, Chapter, Document, Lang, Matrix, OwnerBasis, Party, Service};

/// The matrix as Markdown: a heading per chapter, and in it a table with a row per control: section, title, the
/// owner for each of the five services (`—` where not applicable, `*` after an owner that rests on our inference),
/// and the provider's and customer's parts for the services with virtual machines; where Object Storage's parts
/// differ, a row `↳ Object Storage` follows with its own. Inferred duties are marked in the parts. A legend, the
/// document's caveats and the source close the page.
///
/// ```
/// use idcf_responsibility::{export, Lang, Matrix};
/// let md = export::markdown(Matrix::builtin(), Lang::En);
/// assert_eq!(md.matches("\n## ").count(), 10 + 1); // ten chapters and the notes
/// assert!(md.contains("| 6.5.1 | Information back-up | customer | customer | customer | customer | customer* |"));
/// ```
#[must_use]
pub fn markdown(matrix: &Matrix, lang: Lang) -> String {
    let doc = Document::get();
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
            Lang::Ja => ("節", "題名", "当社の分担", "お客さまの分担"),
        };
        let _ = writeln!(out, "| {sec} | {ttl} | {} | {prov} | {cust} |", services.join(" | "));
        let _ = writeln!(out, "|---|---|{}---|---|", "---|".repeat(services.len()));
        for control in chapter.controls() {
            let owners: Vec<String> = Service::ALL
                .iter()
                .map(|&s| {
                    let cell = matrix.cell(s, control);
                    match (cell.owner(), cell.owner_basis()) {
                        (Some(owner), Some(OwnerBasis::Inferred)) => format!("{}*", <&str>::from(owner)),
                        (Some(owner), _) => <&str>::from(owner).to_owned(),
                        (None, _) => "—".to_owned(),
                    }
                })
                .collect();
            let parts = |c: &Cell| (part(c, Party::Provider, lang), part(c, Party::Customer, lang));
            let first = matrix.cell(Service::IdcfCloud, control);
            let (provider, customer) = parts(first);
            let title = control.label(lang);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                control.section(),
                escape(title),
                owners.join(" | "),
                escape(&provider),
                escape(&customer)
            );
            let storage = matrix.cell(Service::ObjectStorage, control);
            if storage.is_applicable() && storage.duties() != first.duties() {
                let (provider, customer) = parts(storage);
                let _ = writeln!(
                    out,
                    "| | ↳ {} |{} {} | {} |",
                    Service::ObjectStorage.label(lang),
                    " |".repeat(services.len()),
                    escape(&provider),
                    escape(&customer)
                );
            }
        }
        out.push('\n');
    }
    let notes = match lang {
        Lang::En => {
            "## Notes\n\nOwner is derived from the duties: provider, customer or shared. `*`: the owner rests on our \
             inference, not on what the document states for that service. `—`: not applicable to the service (our \
             inference: the section is wholly about a mechanism of virtual machines, which the service does not have). \
             Parts are in our own words; a duty marked `[our inference]` is ours, the others are stated by the section, \
             whose number is the citation."
        }
        Lang::Ja => {
            "## 注記\n\n担当は役割から導出（provider＝当社、customer＝お客さま、shared＝共同）。`*` はそのサービスについて文書の\
             記載ではなく本クレートの推定による担当。`—` はそのサービスに対象外（推定：節が仮想マシンの仕組みのみを扱い、\
             当該サービスに仮想マシンがない）。分担は本クレートの言葉による要約で、`[推定]` の付いた役割は推定、それ以外は節の\
             記載で、節番号が出典。"
        }
    };
    let _ = writeln!(out, "{notes}\n");
    for caveat in doc.caveats.iter() {
        let _ = writeln!(out, "- {}", caveat.get(lang));
    }
    let _ = writeln!(out, "\n{} {}, {}.", doc.publisher.get(lang), doc.title.get(lang), doc.issued);
    out
}

/// Escapes the characters that would break a table cell.
pub(super) fn escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
