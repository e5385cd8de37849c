//! Markdown: a table per chapter.

use std::fmt::Write as _;

use super::part;
use crate::{Chapter, Document, Lang, Matrix, Owner, Party, Service};

/// The matrix as Markdown: a heading per chapter, and in it a table with a row per control: section, title, the
/// owner for each of the five services (`—` where not applicable), and the provider's and customer's parts
/// (alike for every service where the control applies). A legend and the source close the page.
///
/// ```
/// use idcf_responsibility::{export, Lang, Matrix};
/// let md = export::markdown(Matrix::builtin(), Lang::En);
/// assert_eq!(md.matches("\n## ").count(), 10 + 1); // ten chapters and the notes
/// assert!(md.contains("| 6.5.1 | Information back-up | customer | customer | customer | customer | customer |"));
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
            let owners: Vec<&str> =
                Service::ALL.iter().map(|&s| matrix.owner(s, control).map_or("—", Owner::into)).collect();
            // The parts from the first service where the control applies.
            let cell = Service::ALL.iter().map(|&s| matrix.cell(s, control)).find(|c| c.is_applicable());
            let parts = cell.map_or((String::new(), String::new()), |c| {
                (part(c, Party::Provider, lang), part(c, Party::Customer, lang))
            });
            let title = control.title(lang);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                control.section(),
                escape(title),
                owners.join(" | "),
                escape(&parts.0),
                escape(&parts.1)
            );
        }
        out.push('\n');
    }
    let notes = match lang {
        Lang::En => {
            "## Notes\n\nOwner is derived from the duties: provider, customer or shared. `—`: not applicable to the service \
             (our inference: the section is wholly about virtual machines, which the service does not have). Parts are \
             summaries in our own words; the section number is the citation."
        }
        Lang::Ja => {
            "## 注記\n\n担当は職務から導出（provider＝当社、customer＝お客さま、shared＝共同）。`—` はそのサービスに対象外\
             （本クレートの推定：節が仮想マシンのみを扱い、当該サービスに仮想マシンがない）。分担は本クレートによる要約で、節番号が出典。"
        }
    };
    let _ = writeln!(out, "{notes}\n\n{} {}, {}.", doc.publisher.get(lang), doc.title.get(lang), doc.issued);
    out
}

/// Escapes the characters that would break a table cell.
fn escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
