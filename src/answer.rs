//! An answer to "who owns this control for this service", printed: what `idcf who-owns` writes, as a library call.

use std::fmt::{self, Write as _};

use crate::{
    Cell, Lang, Matrix, Party, Provenance, Service, Text,
    document::Document,
    iso::IsoReading,
    search::{Lookup, Miss},
};

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
    /// A reading's cell that does not apply to the service, in a refusal.
    pub(super) const INAPPLICABLE: Text = Text::new("not applicable", "該当なし");
}

/// The whole answer to "who owns this for that service?", from the text people type: the one call a program
/// (a web handler, a nightly job, `idcf who-owns`) makes.
///
/// [`Answer::new`] reads the query as [`lookup`](crate::lookup) does — ids, sections, titles, ISO ids of any
/// edition, keywords in English and Japanese — and ranks the service's cells: the controls the query names exactly
/// first, then keyword hits, and within each, the cells that apply to the service before those that do not. It
/// keeps how the query was read ([`Answer::lookup`]: the ISO edition, the words read through the synonym list), an
/// ISO id's readings with the service's cells for each (both editions' for an ambiguous id), and, when nothing
/// was found, why and the closest controls.
///
/// Its [`Display`](fmt::Display) is the text `idcf who-owns` prints, in the language of [`Answer::in_lang`]: the
/// notes on how the query was read, then for each cell the section and titles, the ISO ids of each edition with
/// how they are known, the owner and its provenance, the summary, each party's duties with their provenance
/// ([`Provenance::cite`]) numbered by their place in the cell (the number `idcf overlay remove-duty` takes), what
/// is made available, what the provider does not disclose or limits; then the document's caveats. With feature
/// `serde` it serializes to what `idcf who-owns --json` prints (its JSON Schema is `schema/answer.schema.json`).
///
/// ```
/// use idcf_responsibility::{Answer, Control, Lang, Matrix, Service};
///
/// let answer = Answer::new(Matrix::builtin(), Service::ObjectStorage, "backup");
/// // 6.5.2 (the VM back-up function) does not apply to Object Storage: 6.5.1 comes first.
/// assert_eq!(answer.cells()[0].control(), Control::InformationBackup);
/// assert!(answer.cells()[0].is_applicable() && !answer.cells()[1].is_applicable());
/// let text = answer.to_string();
/// assert!(text.starts_with("Object Storage: 2 control(s) for \"backup\""));
/// assert!(text.contains("§6.5.1 「情報のバックアップ」 Information back-up"));
/// assert!(text.contains("owner: customer (our inference)"));
/// assert!(text.contains("\n    1. Keeps its own back-ups of the data"));
/// assert!(text.contains("The document's caveats:"));
///
/// // The provider's limit in 11.3.1 is part of the answer.
/// let audit = Answer::new(Matrix::builtin(), Service::IdcfCloud, "11.3.1").in_lang(Lang::Ja).to_string();
/// assert!(audit.contains("非開示: お客さまの監査で、ご契約範囲を超える情報"));
/// ```
///
/// A miss keeps its reason: an ISO id of two editions lists each reading with the service's cells, a word the
/// document has no control for names the closest.
///
/// ```
/// use idcf_responsibility::{Answer, Control, Matrix, Service, search::Miss};
///
/// let answer = Answer::new(Matrix::builtin(), Service::ObjectStorage, "A.12.3.1");
/// assert_eq!(answer.miss(), Some(&Miss::Ambiguous));
/// let (reading, cells) = answer.readings().nth(1).unwrap();
/// assert_eq!((reading.qualified().as_str(), cells[0].control()), ("iso27001-2013:A.12.3.1", Control::InformationBackup));
///
/// let answer = Answer::new(Matrix::builtin(), Service::ObjectStorage, "MFA");
/// assert!(answer.is_empty());
/// assert!(answer.message().unwrap().contains("closest: 7.4.2 User identification and authentication"));
/// ```
///
/// A web handler (`GET /owner?service=object-storage&q=backup`) makes the one call and returns the answer as JSON
/// (feature `serde`):
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use idcf_responsibility::{Answer, Matrix, Service};
/// let (service, q) = ("object-storage", "backup");
/// let body = serde_json::to_value(Answer::new(Matrix::builtin(), service.parse::<Service>()?, q)).unwrap();
/// assert_eq!((&body["cells"][0]["section"], &body["cells"][0]["owner"]), (&"6.5.1".into(), &"customer".into()));
/// # }
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer<'a> {
    service: Service,
    /// How the query was read; its hits are in the answer's order, one per cell.
    lookup: Lookup,
    cells: Vec<&'a Cell>,
    /// For each of `lookup.readings`, the service's cells of its controls.
    reading_cells: Vec<Vec<&'a Cell>>,
    lang: Lang,
}

impl<'a> Answer<'a> {
    /// The answer for `service` to `query`, in `matrix` (the built-in [`Matrix::builtin`], or one an overlay
    /// tailored): every cell the query finds, the controls it names exactly first, then keyword hits, the
    /// service's applicable cells first within each; printed in English until [`Answer::in_lang`] says otherwise.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Control, Matrix, Service};
    /// let answer = Answer::new(Matrix::builtin(), Service::SelfCloud, "A.10.5.1");
    /// assert_eq!(answer.cells()[0].control(), Control::InformationBackup);
    /// assert!(Answer::new(Matrix::builtin(), Service::SelfCloud, "zzzz").is_empty());
    /// ```
    #[must_use]
    pub fn new(matrix: &'a Matrix, service: Service, query: &str) -> Self {
        let mut lookup = crate::lookup(query);
        // Stable: search order within each group.
        lookup.hits.sort_by_key(|hit| (!hit.matched.is_exact(), !matrix.cell(service, hit.control).is_applicable()));
        let cells = lookup.hits.iter().map(|hit| matrix.cell(service, hit.control)).collect();
        let reading_cells =
            lookup.readings.iter().map(|r| r.controls.iter().map(|&c| matrix.cell(service, c)).collect()).collect();
        Answer { service, lookup, cells, reading_cells, lang: Lang::En }
    }

    /// The same answer, printed in `lang`.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Lang, Matrix, Service};
    /// let text = Answer::new(Matrix::builtin(), Service::IdcfCloud, "6.5.1").in_lang(Lang::Ja).to_string();
    /// assert!(text.starts_with("IDCFクラウド: 1件の該当（検索語「6.5.1」）"));
    /// ```
    #[must_use]
    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// The service asked about.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Matrix, Service};
    /// assert_eq!(Answer::new(Matrix::builtin(), Service::SelfCloud, "6.5.1").service(), Service::SelfCloud);
    /// ```
    #[must_use]
    pub const fn service(&self) -> Service {
        self.service
    }

    /// The query, as given.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Matrix, Service};
    /// assert_eq!(Answer::new(Matrix::builtin(), Service::SelfCloud, "backup").query(), "backup");
    /// ```
    #[must_use]
    pub fn query(&self) -> &str {
        &self.lookup.query
    }

    /// The cells found, in the order the answer prints them: the cell of `lookup().hits[i]` is `cells()[i]`.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Matrix, Service};
    /// let answer = Answer::new(Matrix::builtin(), Service::IdcfCloud, "backup");
    /// assert_eq!(answer.cells().len(), answer.lookup().hits.len());
    /// assert!(answer.cells().iter().zip(&answer.lookup().hits).all(|(c, h)| c.control() == h.control));
    /// ```
    #[must_use]
    pub fn cells(&self) -> &[&'a Cell] {
        &self.cells
    }

    /// How the query was read: the hits (in the answer's order), the edition an ISO id was read in, the words
    /// read through the synonym list, and why nothing was found.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Lang, Matrix, Service};
    /// let answer = Answer::new(Matrix::builtin(), Service::IdcfCloud, "encryption");
    /// assert_eq!(answer.lookup().notes(Lang::En), ["encryption: read as 暗号, encrypt"]);
    /// ```
    #[must_use]
    pub const fn lookup(&self) -> &Lookup {
        &self.lookup
    }

    /// Each reading of an ISO id with the service's cells of the controls it leads to: the edition's reading of an
    /// id that resolved, both editions' of an ambiguous one. Empty for other forms.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Control, Matrix, Service, iso::Edition};
    /// let answer = Answer::new(Matrix::builtin(), Service::IdcfCloud, "A.8.13");
    /// let (reading, cells) = answer.readings().next().unwrap();
    /// assert_eq!(reading.edition, Edition::Iso27001_2022);
    /// assert_eq!(cells[0].control(), Control::InformationBackup);
    /// ```
    pub fn readings(&self) -> impl ExactSizeIterator<Item = (&IsoReading, &[&'a Cell])> {
        self.lookup.readings.iter().zip(self.reading_cells.iter().map(Vec::as_slice))
    }

    /// Why nothing was found, when nothing was.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Matrix, Service, search::Miss};
    /// assert_eq!(Answer::new(Matrix::builtin(), Service::IdcfCloud, "10.5.1").miss(), Some(&Miss::NotASection));
    /// assert_eq!(Answer::new(Matrix::builtin(), Service::IdcfCloud, "6.5.1").miss(), None);
    /// ```
    #[must_use]
    pub const fn miss(&self) -> Option<&Miss> {
        self.lookup.miss.as_ref()
    }

    /// Whether nothing was found.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Matrix, Service};
    /// assert!(Answer::new(Matrix::builtin(), Service::IdcfCloud, "zzzz").is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// How the query was read, one line each, in the answer's language ([`Lookup::notes`]).
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Matrix, Service};
    /// let answer = Answer::new(Matrix::builtin(), Service::IdcfCloud, "A.8.13");
    /// assert_eq!(answer.notes(), ["A.8.13: read as iso27001-2022:A.8.13 (Information backup)"]);
    /// ```
    #[must_use]
    pub fn notes(&self) -> Vec<String> {
        self.lookup.notes(self.lang)
    }

    /// Why nothing was found, for a reader, in the answer's language ([`Lookup::message_in`]), then, for an ISO id
    /// of two editions, each reading with the service's cells and their owner. `None` when something was
    /// found.
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Matrix, Service};
    /// let message = Answer::new(Matrix::builtin(), Service::IdcfCloud, "A.12.3.1").message().unwrap();
    /// assert!(message.contains("\n  iso27001-2013:A.12.3.1:\n    §6.5.1 「情報のバックアップ」 Information back-up: owner customer"));
    /// assert!(Answer::new(Matrix::builtin(), Service::IdcfCloud, "6.5.1").message().is_none());
    /// ```
    ///
    /// In Japanese ([`Answer::in_lang`]) the reason is Japanese too:
    ///
    /// ```
    /// use idcf_responsibility::{Answer, Lang, Matrix, Service};
    /// let message = Answer::new(Matrix::builtin(), Service::IdcfCloud, "MFA").in_lang(Lang::Ja).message().unwrap();
    /// assert!(message.starts_with("「MFA」に該当する文書の節はない"), "{message}");
    /// assert!(message.contains("。近い節：§7.4.2「利用者の識別および認証」"), "{message}");
    /// ```
    #[must_use]
    pub fn message(&self) -> Option<String> {
        let mut message = self.lookup.message_in(self.lang)?;
        if self.lookup.miss != Some(Miss::Ambiguous) {
            return Some(message);
        }
        let lang = self.lang;
        let (inapplicable, owner_word) = (words::INAPPLICABLE, words::OWNER);
        for (reading, cells) in self.readings() {
            let title = reading.title_en.as_deref().map_or_else(String::new, |t| format!(" ({t})"));
            let _ = write!(message, "\n  {}{title}:", reading.qualified());
            for cell in cells {
                let control = cell.control();
                let owner = cell.owner().map_or_else(|| inapplicable.get(lang), |o| o.label(lang));
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
        Some(message)
    }
}

impl fmt::Display for Answer<'_> {
    /// The notes on how the query was read (then a blank line), then the answer; for a miss, [`Answer::message`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(message) = self.message() {
            return writeln!(f, "{message}");
        }
        let lang = self.lang;
        let notes = self.notes();
        for note in &notes {
            writeln!(f, "{note}")?;
        }
        if !notes.is_empty() {
            writeln!(f)?;
        }
        let name = self.service.label(lang);
        let n = self.cells.len();
        let query = self.query();
        match lang {
            Lang::Ja => writeln!(f, "{name}: {n}{}「{query}」）\n", words::CONTROLS_FOR.get(lang))?,
            Lang::En => writeln!(f, "{name}: {n} {} \"{query}\"\n", words::CONTROLS_FOR.get(lang))?,
        }
        for cell in &self.cells {
            f.write_str(&render_cell(cell, lang, query))?;
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
    use crate::{Answer, Lang, Matrix, Service};

    /// A cell that does not apply shows what its section covers, under a heading that says so: a summary about
    /// virtual machines is never offered as true of Object Storage.
    #[test]
    fn a_cell_that_does_not_apply_shows_its_section_as_the_section() {
        let m = Matrix::builtin();
        let text = Answer::new(m, Service::ObjectStorage, "6.5.2").to_string();
        assert!(text.contains("the section covers: A function lets customers back up their own virtual machines"));
        assert!(!text.contains("summary:"));
        let text = Answer::new(m, Service::IdcfCloud, "6.5.2").in_lang(Lang::Ja).to_string();
        assert!(text.contains("概要: ") && !text.contains("本節の内容"));
    }
}

/// The JSON form of an [`Answer`]: what `idcf who-owns --json` prints (`schema/answer.schema.json`).
#[cfg(feature = "serde")]
mod json {
    use std::borrow::Cow;

    use crate::{
        Basis, Capability, Cell, CellBasis, Control, Duty, Owner, OwnerBasis, Service, Text, Withheld,
        document::Document,
        iso::{Crosswalk, Edition},
        json::CellRecord,
        search::{Matched, Miss, ReadAs, SearchHit},
    };

    use super::Answer;

    /// The answer to "who owns this for that service?" from the text a person typed: the cells found (the controls
    /// the query names exactly first, then keyword hits; the cells that apply to the service first within each),
    /// how the query was read, and why nothing was found when nothing was.
    #[derive(serde::Serialize)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema), schemars(rename = "Answer"))]
    pub(super) struct AnswerJson<'a> {
        /// The service asked about.
        service: Service,
        /// The query, as given.
        query: &'a str,
        /// The cells found, in the answer's order; empty exactly when `miss` is set.
        cells: Vec<AnswerCell>,
        /// How an ISO id was read, with the service's cells of each reading: the edition's reading when the form or
        /// the id tells the edition, one reading per edition when it does not (`miss` is then `ambiguous` or
        /// `not-a-section`). Empty for other forms.
        readings: Vec<AnswerReading<'a>>,
        /// The words of the query read through the synonym list, in the order of the query.
        read_as: &'a [ReadAs],
        /// How the query was read, one line each, in English and Japanese; empty when it was taken as written.
        notes: Vec<Text>,
        /// Why nothing was found; null when something was.
        miss: Option<&'a Miss>,
        /// The document's caveats, which hold for every answer.
        caveats: &'a [Text],
    }

    /// One reading of an ISO id, with the service's cells of the sections it leads to.
    #[derive(serde::Serialize)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    struct AnswerReading<'a> {
        /// The edition.
        edition: Edition,
        /// The id as the edition writes it: `12.3.1` for ISO/IEC 27002:2005, `A.12.3.1` for 2013, `A.8.13` for 2022.
        id: &'a str,
        /// The standard's short English title, where the crate holds it.
        title_en: Option<&'a str>,
        /// The id with its scheme (`iso27001-2013:A.12.3.1`): the form that resolves without doubt.
        qualified: String,
        /// The service's cells of the sections the id leads to, in document order (`matched` and `score` null).
        cells: Vec<AnswerCell>,
    }

    /// One cell of an answer: the cell as the matrix export writes it, with how the query found it, the control's
    /// titles and ISO ids, and what the provider makes available.
    #[derive(serde::Serialize)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    struct AnswerCell {
        /// What the query matched: a form that names the control, or keywords; null for a reading's cell.
        matched: Option<Matched>,
        /// How well it matched, higher first (4294967295 for a control the query names exactly); null for a
        /// reading's cell.
        score: Option<u32>,
        /// The service.
        service: Service,
        /// The control id.
        control: Control,
        /// The section of the document: the citation.
        section: Cow<'static, str>,
        /// The Japanese title as printed.
        title_ja: &'static str,
        /// An English title.
        title_en: &'static str,
        /// The ISO/IEC 27002:2005 control the section answers, with its scheme (`iso27002-2005:10.5.1`); null for
        /// the document's own sections.
        iso27002_2005: Option<String>,
        /// Its ISO/IEC 27001:2013 Annex A counterparts, identified or nearest fit.
        iso27001_2013: &'static [Crosswalk],
        /// Its ISO/IEC 27001:2022 Annex A counterparts, through Table B.2, nearest fit or our judgement.
        iso27001_2022: &'static [Crosswalk],
        /// Whether the control applies to the service.
        applicable: bool,
        /// Why it does not apply and whose judgement that is; null when it applies.
        not_applicable: Option<Basis>,
        /// How much of the cell the document states.
        basis: CellBasis,
        /// The owner from all duties; null when not applicable.
        owner: Option<Owner>,
        /// Whether the owner follows from the stated duties or rests on our inference; null when not applicable.
        owner_basis: Option<OwnerBasis>,
        /// The owner by the stated duties alone; null when the document does not say.
        stated_owner: Option<Owner>,
        /// What the section says, in our own words (for a cell that does not apply: what the section covers).
        summary: Text,
        /// What each party does, in the cell's order (a duty's place, from 1, is the number `idcf overlay
        /// remove-duty` takes).
        duties: Vec<Duty>,
        /// What the provider makes available to the customer in this cell.
        capabilities: Vec<Capability>,
        /// What the provider states it does not disclose or limits.
        withheld: Vec<Withheld>,
    }

    impl AnswerCell {
        fn new(cell: &Cell, hit: Option<&SearchHit>) -> Self {
            let control = cell.control();
            let CellRecord {
                service,
                section,
                applicable,
                not_applicable,
                basis,
                owner,
                owner_basis,
                stated_owner,
                summary,
                duties,
                withheld,
                ..
            } = CellRecord::from(cell);
            AnswerCell {
                matched: hit.map(|h| h.matched),
                score: hit.map(|h| h.score),
                service,
                control,
                section,
                title_ja: control.title_ja(),
                title_en: control.title_en(),
                iso27002_2005: control.iso27002_2005().map(|i| i.to_string()),
                iso27001_2013: control.iso27001_2013(),
                iso27001_2022: control.iso27001_2022(),
                applicable,
                not_applicable,
                basis,
                owner,
                owner_basis,
                stated_owner,
                summary,
                duties,
                capabilities: cell.capabilities().collect(),
                withheld,
            }
        }
    }

    impl<'a> From<&'a Answer<'_>> for AnswerJson<'a> {
        fn from(answer: &'a Answer<'_>) -> Self {
            let lookup = &answer.lookup;
            let cells = answer.cells.iter().zip(&lookup.hits).map(|(cell, hit)| AnswerCell::new(cell, Some(hit)));
            let readings = answer
                .readings()
                .map(|(r, cells)| AnswerReading {
                    edition: r.edition,
                    id: &r.id,
                    title_en: r.title_en.as_deref(),
                    qualified: r.qualified(),
                    cells: cells.iter().map(|cell| AnswerCell::new(cell, None)).collect(),
                })
                .collect();
            let notes = lookup
                .notes(crate::Lang::En)
                .into_iter()
                .zip(lookup.notes(crate::Lang::Ja))
                .map(|(en, ja)| Text { en: Cow::Owned(en), ja: Cow::Owned(ja) })
                .collect();
            AnswerJson {
                service: answer.service,
                query: &lookup.query,
                cells: cells.collect(),
                readings,
                read_as: &lookup.read_as,
                notes,
                miss: lookup.miss.as_ref(),
                caveats: &Document::builtin().caveats,
            }
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl serde::Serialize for Answer<'_> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            AnswerJson::from(self).serialize(serializer)
        }
    }

    #[cfg(feature = "schemars")]
    #[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
    impl schemars::JsonSchema for Answer<'_> {
        fn schema_name() -> Cow<'static, str> {
            AnswerJson::schema_name()
        }

        /// The schema [`json::answer_schema`](crate::json::answer_schema) publishes.
        fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
            crate::json::portable_json_schema::<AnswerJson>(generator)
        }
    }
}
