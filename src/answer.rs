//! An answer to "who owns this control for this service", printed: what `idcf who-owns` writes, as a library call.

use std::fmt::{self, Write as _};

use crate::{Cell, Lang, Matrix, Party, Provenance, Service, Text, document::Document};

/// The words an answer is printed with, in both languages.
mod words {
    use crate::Text;
    pub(super) const CONTROLS_FOR: Text = Text::new("control(s) for", "件の該当（検索語");
    pub(super) const OWNER: Text = Text::new("owner", "担当");
    pub(super) const STATED_OWNER: Text = Text::new("by stated duties alone", "記載された役割だけでは");
    pub(super) const NOT_SAID: Text = Text::new("the document does not say", "文書に記載なし");
    pub(super) const NOT_APPLICABLE: Text = Text::new("not applicable", "対象外");
    pub(super) const SUMMARY: Text = Text::new("summary", "概要");
    /// A cell that does not apply shows what its section covers, not what holds for the service.
    pub(super) const SECTION_COVERS: Text = Text::new("the section covers", "本節の内容");
    pub(super) const OFFERED: Text = Text::new("made available", "提供されるもの");
    pub(super) const WITHHELD: Text = Text::new("not disclosed", "非開示");
    pub(super) const OWN_SECTION: Text = Text::new(
        "the document's own section, no ISO/IEC 27002:2005 control",
        "文書独自の節（ISO/IEC 27002:2005に対応なし）",
    );
    pub(super) const ANSWERS: Text = Text::new("answers", "対応");
    pub(super) const MISPRINT: Text = Text::new("note", "注");
    pub(super) const CAVEATS: Text = Text::new("The document's caveats", "文書の注意書き");
}

/// The answer to a question about a service, in a language: for each cell found, the section and titles, the
/// ISO ids of each edition with how they are known, the owner and its provenance (derived from stated duties, our
/// inference, or the customer's decision), the summary, each party's duties with their provenance
/// ([`Provenance::cite`]: a stated duty cites its sentence, an inferred one gives our reason, a customer's decision
/// gives the customer's reason and cites no sentence) numbered by its place in the cell (the number `idcf overlay
/// remove-duty` takes), what is made available, what the provider does not
/// disclose or limits; then the document's caveats. Its [`Display`](fmt::Display) is the text `idcf who-owns`
/// prints.
///
/// ```
/// use idcf_responsibility::{Answer, Lang, Matrix, Service};
///
/// let answer = Answer::search(Matrix::builtin(), Service::ObjectStorage, "backup", Lang::En);
/// assert!(!answer.is_empty());
/// let text = answer.to_string();
/// assert!(text.starts_with("Object Storage: 2 control(s) for \"backup\""));
/// assert!(text.contains("§6.5.1 「情報のバックアップ」 Information back-up"));
/// assert!(text.contains("owner: customer (our inference)"));
/// assert!(text.contains("\n    1. Keeps its own back-ups of the data"));
/// assert!(text.contains("The document's caveats:"));
///
/// // The provider's limit in 11.3.1 is part of the answer.
/// let audit = Answer::search(Matrix::builtin(), Service::IdcfCloud, "11.3.1", Lang::Ja).to_string();
/// assert!(audit.contains("非開示: お客さまの監査で、ご契約範囲を超える情報"));
/// ```
#[derive(Debug, Clone)]
pub struct Answer<'a> {
    service: Service,
    query: &'a str,
    cells: Vec<&'a Cell>,
    lang: Lang,
}

impl<'a> Answer<'a> {
    /// An answer from cells already found (for instance by [`Matrix::search`]) for `service` and `query`.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Control, Lang, Matrix, Service};
    /// let m = Matrix::builtin();
    /// let cell = m.cell(Service::IdcfCloud, Control::ClockSynchronization);
    /// let text = Answer::new(Service::IdcfCloud, "6.8.6", vec![cell], Lang::En).to_string();
    /// assert!(text.contains("stated by the document, §6.8.6, sentence 1"));
    /// ```
    #[must_use]
    pub fn new(service: Service, query: &'a str, cells: Vec<&'a Cell>, lang: Lang) -> Self {
        Answer { service, query, cells, lang }
    }

    /// The answer `idcf who-owns` gives: every cell of `service` that [`Matrix::search`] finds for `query`, exact forms
    /// first, then keyword hits, the service's applicable cells first.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Control, Lang, Matrix, Service};
    /// let answer = Answer::search(Matrix::builtin(), Service::SelfCloud, "A.10.5.1", Lang::En);
    /// assert_eq!(answer.cells()[0].control(), Control::InformationBackup);
    /// assert!(Answer::search(Matrix::builtin(), Service::SelfCloud, "zzzz", Lang::En).is_empty());
    /// ```
    #[must_use]
    pub fn search(matrix: &'a Matrix, service: Service, query: &'a str, lang: Lang) -> Self {
        let cells = matrix.search(service, query).into_iter().map(|(cell, _)| cell).collect();
        Answer::new(service, query, cells, lang)
    }

    /// The cells the answer covers, in the order it prints them.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Lang, Matrix, Service};
    /// assert_eq!(Answer::search(Matrix::builtin(), Service::IdcfCloud, "6.5.1", Lang::En).cells().len(), 1);
    /// ```
    #[must_use]
    pub fn cells(&self) -> &[&'a Cell] {
        &self.cells
    }

    /// Whether nothing was found.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Lang, Service};
    /// assert!(Answer::new(Service::IdcfCloud, "x", Vec::new(), Lang::En).is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
}

impl fmt::Display for Answer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = self.lang;
        let name = self.service.label(lang);
        let n = self.cells.len();
        match lang {
            Lang::Ja => writeln!(f, "{name}: {n}{}「{}」）\n", words::CONTROLS_FOR.get(lang), self.query)?,
            Lang::En => writeln!(f, "{name}: {n} {} {:?}\n", words::CONTROLS_FOR.get(lang), self.query)?,
        }
        for cell in &self.cells {
            f.write_str(&render_cell(cell, lang, self.query))?;
        }
        writeln!(f, "{}:", words::CAVEATS.get(lang))?;
        for caveat in Document::builtin().caveats.iter() {
            writeln!(f, "  - {}", caveat.get(lang))?;
        }
        Ok(())
    }
}

/// One cell of an answer, ending with a blank line.
fn render_cell(cell: &Cell, lang: Lang, query: &str) -> String {
    let mut out = String::new();
    let w = |t: &Text| t.get(lang).to_owned();
    let c = cell.control();
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
        let provenance = cell.not_applicable_basis().map_or(Provenance::Inferred, crate::Basis::provenance);
        let reason = cell.not_applicable_reason().map_or("", |r| r.get(lang));
        let _ = writeln!(out, "  {} ({}): {reason}", w(&words::NOT_APPLICABLE), provenance.label(lang));
    }
    let summary_word = if cell.is_applicable() { &words::SUMMARY } else { &words::SECTION_COVERS };
    let _ = writeln!(out, "  {}: {}", w(summary_word), cell.summary().get(lang));
    for party in Party::ALL {
        let mut duties = cell.duties_of(*party).peekable();
        if duties.peek().is_none() {
            continue;
        }
        let _ = writeln!(out, "  {}:", party.label(lang));
        for d in duties {
            // The duty's number in the cell (1-based, in the cell's order): the place `idcf overlay remove-duty`
            // takes.
            let number = cell.duties().iter().position(|x| std::ptr::eq(x, d)).map_or(0, |i| i + 1);
            let _ = writeln!(
                out,
                "    {number}. {} [{}, {}, {}; {}]",
                d.text.get(lang),
                d.kind.label(lang),
                d.layer.label(lang),
                d.scope.label(lang),
                Provenance::cite(d, cell.section(), lang)
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
    out
}

#[cfg(test)]
mod tests {
    use crate::{Answer, Control, Lang, Matrix, Service};

    /// A cell that does not apply shows what its section covers, under a heading that says so: a summary about
    /// virtual machines is never offered as true of Object Storage.
    #[test]
    fn a_cell_that_does_not_apply_shows_its_section_as_the_section() {
        let m = Matrix::builtin();
        let na = m.cell(Service::ObjectStorage, Control::BackupFunction);
        let text = Answer::new(Service::ObjectStorage, "6.5.2", vec![na], Lang::En).to_string();
        assert!(text.contains("the section covers: A function lets customers back up their own virtual machines"));
        assert!(!text.contains("summary:"));
        let applies = m.cell(Service::IdcfCloud, Control::BackupFunction);
        let text = Answer::new(Service::IdcfCloud, "6.5.2", vec![applies], Lang::Ja).to_string();
        assert!(text.contains("概要: ") && !text.contains("本節の内容"));
    }
}
