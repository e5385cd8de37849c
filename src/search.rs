//! Finding controls: one entry point, [`lookup`], for every form people type — ids, section numbers, titles, ISO
//! ids of any edition, keywords in English and Japanese — ranked, exact forms first.
//!
//! Keywords are matched against an index built once, on the first search: every searchable text of every control,
//! folded (lowercase, hyphens dropped, full-width Latin letters and digits made ASCII) into one string, and the
//! positions of each pair of adjacent characters in it. A term is looked up by its rarest character pair and
//! verified where that pair occurs, so a search costs in proportion to how often the term occurs, not to the size of
//! the text.

use std::sync::LazyLock;

use std::fmt::Write as _;

use crate::control::Resolved;
use crate::data::synonyms::{Reads, SYNONYMS, Synonym};
use crate::fold::fold_into;
use crate::{
    Control, Lang, Text,
    iso::{Edition, IsoReading},
};

/// A control that a search found: which, how well, and by what.
///
/// ```
/// use idcf_responsibility::{Control, lookup, search::Matched};
/// let hits = lookup("backup").hits;
/// assert_eq!(hits.len(), 2);
/// assert!(hits.iter().any(|h| h.control == Control::InformationBackup));
/// assert!(hits[0].score >= hits[1].score);
/// assert_eq!(hits[0].matched, Matched::Keywords);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SearchHit {
    /// The control.
    pub control: Control,
    /// How well it matched, higher first: [`SearchHit::EXACT`] for a control the query names exactly; for keywords,
    /// title matches weigh most, then capabilities and headings, then summaries and duties.
    pub score: u32,
    /// What the query matched: a form that names the control, or keywords.
    pub matched: Matched,
}

impl SearchHit {
    /// The score of a control the query names exactly (an id, a section, a title, an ISO id). Keyword scores stay
    /// below it.
    ///
    /// ```
    /// use idcf_responsibility::{lookup, search::SearchHit};
    /// assert_eq!(lookup("6.5.1").hits[0].score, SearchHit::EXACT);
    /// assert!(lookup("backup").hits[0].score < SearchHit::EXACT);
    /// ```
    pub const EXACT: u32 = u32::MAX;
}

/// What a query matched, for a [`SearchHit`].
///
/// ```
/// use idcf_responsibility::{iso::Edition, lookup, search::Matched};
/// assert_eq!(lookup("6.5.1").hits[0].matched, Matched::Section);
/// assert_eq!(lookup("8.2.2").hits[0].matched, Matched::Misprint);
/// assert_eq!(lookup("information-backup").hits[0].matched, Matched::ControlId);
/// assert_eq!(lookup("情報のバックアップ").hits[0].matched, Matched::Title);
/// assert_eq!(lookup("A.10.5.1").hits[0].matched, Matched::Iso(Edition::Iso27002_2005));
/// assert_eq!(lookup("iso27001-2022:A.8.13").hits[0].matched, Matched::Iso(Edition::Iso27001_2022));
/// assert_eq!(lookup("A.8.13").hits[0].matched, Matched::Iso(Edition::Iso27001_2022));
/// assert_eq!(lookup("6.5").hits[0].matched, Matched::Category);
/// assert_eq!(lookup("バックアップ").hits[0].matched, Matched::Keywords);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Matched {
    /// The section number (`6.5.1`, `§6.5.1`).
    Section,
    /// The number the document's text prints by mistake for the section (`8.2.2` for 8.2.1; see
    /// [`Control::misprint`]).
    Misprint,
    /// The control's id (`information-backup`).
    ControlId,
    /// The English or Japanese title (forgiving case and separators).
    Title,
    /// An ISO id of the edition: `A.10.5.1` (an id of 2005 only) and `iso27002-2005:10.5.1` are 2005 ids, `A.8.13`
    /// (two levels) and `iso27001-2022:…` 2022 ids, `iso27001-2013:…` 2013 ids.
    Iso(Edition),
    /// Keywords found in the control's texts: titles, headings, capabilities, summaries, duties (and the
    /// document's words for a word of the synonym list).
    Keywords,
    /// A heading number (`6.5`): the heading's controls.
    Category,
}

impl Matched {
    /// Whether the query names the control exactly (every form but keywords).
    ///
    /// ```
    /// use idcf_responsibility::search::Matched;
    /// assert!(Matched::Title.is_exact());
    /// assert!(!Matched::Keywords.is_exact());
    /// ```
    #[must_use]
    pub const fn is_exact(self) -> bool {
        !matches!(self, Matched::Keywords)
    }
}

/// A query's answer with how it was read: the controls found, the edition an ISO id was read in, the words
/// read through the synonym list, and, when nothing was found, why and what comes closest.
///
/// ```
/// use idcf_responsibility::{lookup, Control, Lang, iso::Edition, search::Miss};
///
/// let found = lookup("A.8.13"); // two levels: ISO/IEC 27001:2022
/// assert_eq!(found.readings[0].edition, Edition::Iso27001_2022);
/// assert_eq!(found.hits[0].control, Control::InformationBackup);
///
/// let found = lookup("encryption");
/// assert!(found.hits.iter().any(|h| h.control == Control::CryptographyPolicy));
/// assert_eq!(found.notes(Lang::En), ["encryption: read as 暗号, encrypt"]);
///
/// let found = lookup("A.12.3.1"); // 2005 and 2013 number different controls A.12.3.1
/// assert!(found.hits.is_empty() && found.miss == Some(Miss::Ambiguous) && found.readings.len() == 2);
///
/// let found = lookup("MFA");
/// let Some(Miss::NoMatch { closest }) = &found.miss else { panic!() };
/// assert_eq!(closest[0], Control::UserIdentification);
/// assert!(found.message().unwrap().starts_with("no control of the document matches \"MFA\""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Lookup {
    /// The query, as given (up to [`MAX_QUERY_BYTES`]).
    pub query: String,
    /// The controls found, best first; empty exactly when [`Lookup::miss`] is set.
    pub hits: Vec<SearchHit>,
    /// How an ISO id was read: its edition's reading when the form or the id tells the edition (`A.8.13`), one
    /// reading per edition when it does not ([`Miss::Ambiguous`], [`Miss::NotASection`]). Empty for other forms.
    pub readings: Vec<IsoReading>,
    /// The words read through the synonym list, in the order of the query.
    pub read_as: Vec<ReadAs>,
    /// Why nothing was found, when nothing was.
    pub miss: Option<Miss>,
}

/// Why a [`Lookup`] found nothing.
///
/// ```
/// use idcf_responsibility::{lookup, search::Miss};
/// assert_eq!(lookup("A.12.3.1").miss, Some(Miss::Ambiguous));
/// assert_eq!(lookup("10.5.1").miss, Some(Miss::NotASection));
/// assert!(matches!(lookup("two-factor").miss, Some(Miss::NoMatch { .. })));
/// assert_eq!(lookup("backup").miss, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Miss {
    /// An Annex A id that ISO/IEC 27001:2005 and 2013 both number, for different controls: nothing is chosen, and
    /// [`Lookup::readings`] holds each edition's reading. The scheme-qualified form resolves. A usage error, not
    /// an empty answer.
    Ambiguous,
    /// A bare number that is no section or heading of the document but an ISO id (`10.5.1`): [`Lookup::readings`]
    /// holds its scheme-qualified forms, each with the sections it leads to.
    NotASection,
    /// No control of the document matches: the closest controls, best first (may be empty). A word the synonym
    /// list knows the document has no control for says why in [`Lookup::read_as`].
    NoMatch {
        /// The controls closest to the query, best first.
        closest: Vec<Control>,
    },
}

/// A word of the query read through the synonym list: the document's own words searched for it as well, or why
/// the document has no control for it.
///
/// ```
/// use idcf_responsibility::{lookup, Lang};
/// let read = &lookup("二要素認証").read_as[0];
/// assert!(read.words.is_empty() && read.uncovered.is_some());
/// assert_eq!(lookup("patching").read_as[0].describe(Lang::En), "patching: read as 脆弱性, vulnerability");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ReadAs {
    /// The word as the query has it, folded (lowercase, no hyphens).
    pub term: String,
    /// The document's words searched for it as well; empty when the document has no control for it.
    pub words: &'static [&'static str],
    /// Why the document has no control for it, when it has none.
    pub uncovered: Option<&'static Text>,
}

impl ReadAs {
    /// How the word was read, in a language: `encryption: read as 暗号, encrypt`, or why nothing matches it.
    ///
    /// ```
    /// use idcf_responsibility::{lookup, Lang};
    /// assert_eq!(lookup("encryption").read_as[0].describe(Lang::Ja), "encryption: 暗号, encrypt として検索");
    /// assert_eq!(lookup("MFA").read_as[0].describe(Lang::En), "mfa: the document names no second factor of authentication");
    /// ```
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        match (self.uncovered, lang) {
            (Some(why), _) => format!("{}: {}", self.term, why.get(lang)),
            (None, Lang::En) => format!("{}: read as {}", self.term, self.words.join(", ")),
            (None, Lang::Ja) => format!("{}: {} として検索", self.term, self.words.join(", ")),
        }
    }
}

impl Lookup {
    /// How the query was read, one line each, for a reader: the edition of an ISO id that resolved
    /// (`A.8.13: read as iso27001-2022:A.8.13 (Information backup)`) and each word read through the synonym list.
    /// Empty when the query was taken as written.
    ///
    /// ```
    /// use idcf_responsibility::{lookup, Lang};
    /// assert_eq!(lookup("A.10.5.1").notes(Lang::En), ["A.10.5.1: read as iso27002-2005:10.5.1 (Information back-up)"]);
    /// assert_eq!(lookup("A.8.13").notes(Lang::Ja), ["A.8.13: iso27001-2022:A.8.13（Information backup）として解釈"]);
    /// assert!(lookup("backup").notes(Lang::En).is_empty());
    /// ```
    #[must_use]
    pub fn notes(&self, lang: Lang) -> Vec<String> {
        let mut notes = Vec::new();
        let query = self.query.trim();
        // A scheme-qualified id says its edition itself.
        if let ([read], true) = (self.readings.as_slice(), self.miss.is_none() && !query.contains(':')) {
            let title = read.title_en.as_deref();
            notes.push(match (lang, title) {
                (Lang::En, Some(t)) => format!("{query}: read as {} ({t})", read.qualified()),
                (Lang::En, None) => format!("{query}: read as {}", read.qualified()),
                (Lang::Ja, Some(t)) => format!("{query}: {}（{t}）として解釈", read.qualified()),
                (Lang::Ja, None) => format!("{query}: {} として解釈", read.qualified()),
            });
        }
        notes.extend(self.read_as.iter().filter(|r| r.uncovered.is_none()).map(|r| r.describe(lang)));
        notes
    }

    /// The error [`Control::find`] gives for the same query, for the misses that are about the form of an id:
    /// [`ParseError::AmbiguousEdition`](crate::ParseError::AmbiguousEdition) and
    /// [`ParseError::NotASection`](crate::ParseError::NotASection).
    ///
    /// ```
    /// use idcf_responsibility::{lookup, ParseError};
    /// assert!(matches!(lookup("A.12.3.1").error(), Some(ParseError::AmbiguousEdition { .. })));
    /// assert!(lookup("MFA").error().is_none());
    /// ```
    #[must_use]
    pub fn error(&self) -> Option<crate::ParseError> {
        let (input, readings) = (self.query.clone(), self.readings.clone());
        match self.miss {
            Some(Miss::Ambiguous) => Some(crate::ParseError::AmbiguousEdition { input, readings }),
            Some(Miss::NotASection) => Some(crate::ParseError::NotASection { input, readings }),
            _ => None,
        }
    }

    /// Why nothing was found, in English, lowercase, with the query: the ambiguity or the scheme-qualified forms
    /// of an id; or `no control of the document matches "…"`, the reason where the synonym list knows it, and the
    /// closest controls. `None` when something was found.
    ///
    /// ```
    /// let message = idcf_responsibility::lookup("two-factor").message().unwrap();
    /// assert_eq!(
    ///     message,
    ///     "no control of the document matches \"two-factor\" (twofactor: the document names no second factor of \
    ///      authentication); closest: 7.4.2 User identification and authentication, 7.3.1 User authentication for \
    ///      external connections, 7.4.1 Secure log-on procedures"
    /// );
    /// ```
    #[must_use]
    pub fn message(&self) -> Option<String> {
        self.message_in(Lang::En)
    }

    /// Why nothing was found, in a language: [`Lookup::message`] in English; in Japanese the same reasons in the
    /// plain style of the crate's other Japanese, the closest sections by their Japanese titles.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, lookup};
    /// let message = lookup("MFA").message_in(Lang::Ja).unwrap();
    /// assert!(message.starts_with("「MFA」に該当する文書の節はない"), "{message}");
    /// assert!(message.contains("。近い節：§7.4.2「利用者の識別および認証」"), "{message}");
    /// assert_eq!(lookup("MFA").message_in(Lang::En), lookup("MFA").message());
    /// ```
    #[must_use]
    pub fn message_in(&self, lang: Lang) -> Option<String> {
        if lang == Lang::Ja {
            return self.message_ja();
        }
        if let Some(err) = self.error() {
            return Some(err.to_string());
        }
        let Some(Miss::NoMatch { closest }) = &self.miss else { return None };
        let mut out = format!("no control of the document matches \"{}\"", self.query);
        let why: Vec<String> =
            self.read_as.iter().filter(|r| r.uncovered.is_some()).map(|r| r.describe(Lang::En)).collect();
        let iso: Vec<String> = self
            .readings
            .iter()
            .map(|r| match &r.title_en {
                Some(t) => format!("read as {} {t:?}, which no section answers", r.qualified()),
                None => format!("read as {}, which no section answers", r.qualified()),
            })
            .collect();
        let said: Vec<String> = why.into_iter().chain(iso).collect();
        if !said.is_empty() {
            let _ = write!(out, " ({})", said.join("; "));
        }
        if !closest.is_empty() {
            let list: Vec<String> = closest.iter().map(|c| format!("{} {}", c.section(), c.title_en())).collect();
            let _ = write!(out, "; closest: {}", list.join(", "));
        }
        Some(out)
    }

    /// [`Lookup::message_in`] for Japanese.
    fn message_ja(&self) -> Option<String> {
        let query = self.query.as_str();
        let out = match self.miss.as_ref()? {
            Miss::Ambiguous => {
                let example = self.readings.first().map_or_else(String::new, IsoReading::qualified);
                format!(
                    "「{query}」は{}つの版がそれぞれ別の管理策に付けた番号である。規格と版を付けて指定する（例：{example}）。",
                    self.readings.len()
                )
            }
            Miss::NotASection => {
                let forms: Vec<String> =
                    self.readings.iter().map(|r| format!("{}{}", r.qualified(), leads_to(r))).collect();
                format!(
                    "「{query}」は文書の節番号ではない。ISOの番号であれば規格と版を付けて指定する：{}。",
                    forms.join("、")
                )
            }
            Miss::NoMatch { closest } => {
                let mut out = format!("「{query}」に該当する文書の節はない");
                let said: Vec<String> = self
                    .read_as
                    .iter()
                    .filter(|r| r.uncovered.is_some())
                    .map(|r| r.describe(Lang::Ja))
                    .chain(self.readings.iter().map(|r| {
                        let title = r.title_en.as_deref().map_or_else(String::new, |t| format!("（{t}）"));
                        format!("{}{title}として解釈したが、対応する節はない", r.qualified())
                    }))
                    .collect();
                if !said.is_empty() {
                    let _ = write!(out, "（{}）", said.join("。"));
                }
                out.push('。');
                if !closest.is_empty() {
                    let list: Vec<String> =
                        closest.iter().map(|c| format!("§{}「{}」", c.section(), c.title_ja())).collect();
                    let _ = write!(out, "近い節：{}", list.join("、"));
                }
                out
            }
        };
        Some(out)
    }
}

/// `（→ 6.5.1、6.5.2）`: the sections a reading leads to, or nothing.
fn leads_to(reading: &IsoReading) -> String {
    if reading.controls.is_empty() {
        return String::new();
    }
    let sections: Vec<&str> = reading.controls.iter().map(|c| c.section()).collect();
    format!("（→ {}）", sections.join("、"))
}

/// Finds the controls a query names or describes, ranked best first, with how it was read ([`Lookup`]). This is
/// the one entry point for every form people type; `str::parse::<Control>` stays exact.
///
/// - **Ids**: a section (`6.5.1`, `§6.5.1`; the document's misprint `8.2.2` gives 8.2.1), a control id
///   (`information-backup`), or an ISO id (`A.8.13` is 2022's, `A.10.5.1` 2005's, `iso27001-2013:A.12.3.1`,
///   `iso27002-2005:10.5.1`). The answer is the controls the id names, in
///   document order, and nothing else. An id that names nothing, names nothing: an Annex A id of two editions
///   (`A.12.3.1`) and a bare ISO number that is no section (`10.5.1`) find nothing, and [`lookup`] says why.
/// - **Headings**: a heading number (`6.5`) lists its controls.
/// - **Titles**, English or Japanese: the titled control first, then the keyword hits of the title's words.
/// - **Keywords**, otherwise: every whitespace-separated term must occur in the control's titles, headings,
///   capabilities, summaries or duties (a term given twice counts once). Matching ignores case and hyphens (`backup` finds 「Information
///   back-up」). A Latin term inside a longer word (`log` in `logs`) counts half. A katakana term never matches
///   inside a longer katakana word: `ログ` finds 監査ログ but not プログラム or ログオン; `・` separates words.
///   Kanji compounds are matched as they are written (`暗号` finds 暗号化).
/// - **Synonyms**: a word of a short written list (`encryption`, `two-factor`, `二要素認証`, `deletion`,
///   `logging`, `patch` …) is searched with the document's own words for it as well (`encryption` as 暗号), and
///   [`lookup`] says so ([`ReadAs`]). A word the list knows the document has no control for (`MFA`) finds
///   nothing; [`lookup`] says so and gives the closest controls.
/// - **Japanese compounds**: a Japanese word found nowhere as written is searched as its parts, cut at `の`, where
///   katakana meets kanji and before a word such as `管理` or `対策` (`ログ管理` and `ログの管理` find the log
///   controls that `ログ` and `管理` find together); one that still finds nothing names the closest controls by
///   the pairs of characters it is written with (`量子暗号` by `暗号`).
/// - **Width**: full-width and half-width forms are folded (NFKC): `６.５.１`, `Ａ.８.１３`, `ﾊﾞｯｸｱｯﾌﾟ`.
/// - **Length**: a query is read up to [`MAX_QUERY_BYTES`]; the rest is cut at a character boundary (and
///   [`Lookup::query`] holds what was read), so a caller passing on what users type needs no bound of its own.
///
/// Exact hits score [`SearchHit::EXACT`]; keyword hits are ranked by score (title matches weigh most), ties in
/// document order; scores never increase along the list. An empty query finds nothing.
/// [`Answer::new`](crate::Answer::new) answers for a service: its applicable cells first.
///
/// ```
/// use idcf_responsibility::{lookup, Control};
///
/// let controls = |q: &str| lookup(q).hits.iter().map(|h| h.control).collect::<Vec<_>>();
/// assert_eq!(controls("7.4.1"), [Control::SecureLogOn]);
/// assert_eq!(controls("A.10.5.1"), [Control::InformationBackup, Control::BackupFunction]);
/// assert_eq!(controls("8.2.2"), [Control::CryptographyPolicy]); // the misprint, on purpose
///
/// let log = controls("ログ");
/// assert!(log.contains(&Control::AuditLogging));
/// assert!(!log.contains(&Control::InventoryOfAssets)); // プログラム is not a log
/// assert!(!log.contains(&Control::SecureLogOn)); // nor is ログオン
/// assert!(controls("password").starts_with(&[Control::UserPasswordManagement, Control::PasswordManagementSystem]));
/// assert!(controls("バックアップ").contains(&Control::BackupFunction));
/// assert!(lookup("   ").hits.is_empty());
/// ```
///
/// A heading lists its sections:
///
/// ```
/// use idcf_responsibility::{lookup, Control};
/// let six_five: Vec<Control> = lookup("6.5").hits.iter().map(|h| h.control).collect();
/// assert_eq!(six_five, [Control::InformationBackup, Control::BackupFunction]);
/// ```
#[must_use]
pub fn lookup(query: &str) -> Lookup {
    let query = within_bound(query);
    let mut found =
        Lookup { query: query.to_owned(), hits: Vec::new(), readings: Vec::new(), read_as: Vec::new(), miss: None };
    let exact = |controls: Vec<Control>, matched| {
        controls.into_iter().map(move |control| SearchHit { control, score: SearchHit::EXACT, matched })
    };
    match crate::control::resolve(query) {
        Resolved::Found(matched, controls, reading) => {
            found.hits.extend(exact(controls, matched));
            found.readings.extend(reading);
            // An id names what it names; a title is also words, worth searching for.
            if matched != Matched::Title {
                return found;
            }
        }
        Resolved::Category(category) => {
            found.hits.extend(exact(category.controls().collect(), Matched::Category));
            return found;
        }
        Resolved::Ambiguous(readings) => {
            found.readings = readings;
            found.miss = Some(Miss::Ambiguous);
            return found;
        }
        Resolved::NotASection(readings) => {
            found.readings = readings;
            found.miss = Some(Miss::NotASection);
            return found;
        }
        Resolved::Iso(readings) => {
            found.readings = readings;
            found.miss = Some(Miss::NoMatch { closest: Vec::new() });
            return found;
        }
        Resolved::Nothing => {}
    }
    let named = found.hits.len();
    let mut folded = String::with_capacity(query.len());
    fold_into(query, &mut folded);
    let terms = terms(&folded, &mut found.read_as);
    let uncovered: Vec<&'static [&'static str]> = terms.iter().filter_map(|t| t.uncovered).collect();
    if !uncovered.is_empty() {
        // Say so rather than guess: the closest sections the list names.
        let mut closest: Vec<Control> = Vec::new();
        for section in uncovered.iter().flat_map(|s| s.iter()) {
            if let Some(c) = Control::from_section(section).filter(|c| !closest.contains(c)) {
                closest.push(c);
            }
        }
        found.hits.truncate(named);
        if found.hits.is_empty() {
            found.miss = Some(Miss::NoMatch { closest });
        }
        return found;
    }
    let (mut alive, mut totals) = INDEX.keywords_of(&terms);
    // A Japanese compound that occurs nowhere as written (`ログ管理`, `ログの管理`) is searched as its parts.
    let split = if alive == 0 { compound_parts(&terms) } else { None };
    if let Some(parts) = &split {
        (alive, totals) = INDEX.keywords_of(parts);
    }
    let terms = split.unwrap_or(terms);
    for (&control, &score) in Control::ALL.iter().zip(totals.iter()) {
        if alive & bit(control.index()) != 0 && !found.hits.iter().take(named).any(|h| h.control == control) {
            found.hits.push(SearchHit { control, score: score.min(SearchHit::EXACT - 1), matched: Matched::Keywords });
        }
    }
    if let Some(keywords) = found.hits.get_mut(named..) {
        keywords.sort_unstable_by(|a, b| b.score.cmp(&a.score).then(a.control.cmp(&b.control)));
    }
    if found.hits.is_empty() {
        found.miss = Some(Miss::NoMatch { closest: INDEX.closest(&terms, query) });
    }
    found
}

/// The longest query [`lookup`] reads, in bytes (a thousand ASCII characters, about 340 Japanese ones): far more
/// than a question, little enough that every query costs microseconds.
///
/// ```
/// use idcf_responsibility::search::MAX_QUERY_BYTES;
/// let long = "backup ".repeat(1000);
/// let found = idcf_responsibility::lookup(&long);
/// assert!(found.query.len() <= MAX_QUERY_BYTES && !found.hits.is_empty());
/// let japanese = "バックアップ".repeat(200);
/// assert!(idcf_responsibility::lookup(&japanese).query.len() <= MAX_QUERY_BYTES);
/// ```
pub const MAX_QUERY_BYTES: usize = 1024;

/// The query up to [`MAX_QUERY_BYTES`], cut at a character boundary.
fn within_bound(query: &str) -> &str {
    if query.len() <= MAX_QUERY_BYTES {
        return query;
    }
    let end = (0..=MAX_QUERY_BYTES).rev().find(|&i| query.is_char_boundary(i)).unwrap_or(0);
    query.get(..end).unwrap_or_default()
}

/// A term of a query: its folded text, and what the synonym list adds to it.
struct Term<'q> {
    text: &'q str,
    /// The document's words searched as well.
    also: &'static [&'static str],
    /// The closest sections, when the list says the document has no control for the term.
    uncovered: Option<&'static [&'static str]>,
}

/// The folded query as terms, each distinct: runs of up to three words that the synonym list knows are one term
/// (`two factor`), the longest first; every other word a term of its own. What the list says of a term goes to
/// `read_as`.
fn terms<'q>(folded: &'q str, read_as: &mut Vec<ReadAs>) -> Vec<Term<'q>> {
    let words: Vec<(usize, &str)> = folded
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let mut terms: Vec<Term<'q>> = Vec::new();
    let mut i = 0;
    while let Some(&(start, word)) = words.get(i) {
        let mut taken = (1, word, None);
        for n in (2..=3).rev() {
            let Some(&(last, last_word)) = words.get(i + n - 1) else { continue };
            let phrase = folded.get(start..last + last_word.len()).unwrap_or_default();
            // Only single spaces between the words: the list's phrases are written so.
            if let Some(row) = synonym(phrase).filter(|_| phrase.split(' ').count() == n) {
                taken = (n, phrase, Some(row));
                break;
            }
        }
        let (n, text, row) = match taken {
            (1, word, None) => (1, word, synonym(word)),
            other => other,
        };
        i += n;
        if terms.iter().any(|t| t.text == text) {
            continue;
        }
        let (also, uncovered) = match row.map(|r| &r.reads) {
            Some(Reads::As { words, .. }) => (*words, None),
            Some(Reads::Uncovered { closest, .. }) => (&[][..], Some(*closest)),
            None => (&[][..], None),
        };
        if let Some(row) = row {
            let why = match &row.reads {
                Reads::Uncovered { why, .. } => Some(why),
                Reads::As { .. } => None,
            };
            read_as.push(ReadAs { term: text.to_owned(), words: also, uncovered: why });
        }
        terms.push(Term { text, also, uncovered });
    }
    terms
}

/// Words that end Japanese compounds without naming their subject (`ログ管理` is `ログ` managed; `ウイルス対策`
/// is about `ウイルス`): a compound is split before them.
const COMPOUND_ENDS: &[&str] =
    &["管理", "対策", "機能", "手順", "方針", "体制", "運用", "設定", "対応", "計画", "規程"];

/// The terms with each Japanese word that the synonym list does not know split into its parts: at `の`, where
/// katakana meets other script, and before a word of [`COMPOUND_ENDS`]; `None` when no word splits. Japanese writes compounds without spaces, so a
/// compound the document never writes as such (`ログ管理`, `ログの管理`) would otherwise find nothing although each
/// part does; splitting at these few markers finds what the parts find together, where a synonym row per compound
/// would never be complete.
fn compound_parts<'q>(terms: &[Term<'q>]) -> Option<Vec<Term<'q>>> {
    let mut out: Vec<Term<'q>> = Vec::new();
    let mut split = false;
    for term in terms {
        if term.text.is_ascii() || !term.also.is_empty() || term.uncovered.is_some() {
            out.push(Term { text: term.text, also: term.also, uncovered: term.uncovered });
            continue;
        }
        for piece in term.text.split('の').flat_map(script_runs).filter(|p| !p.is_empty()) {
            let end = COMPOUND_ENDS.iter().find(|end| piece.len() > end.len() && piece.ends_with(*end));
            let pieces = match end {
                Some(end) => {
                    let (head, tail) = piece.split_at(piece.len() - end.len());
                    vec![head, tail]
                }
                None => vec![piece],
            };
            for text in pieces {
                if !out.iter().any(|t| t.text == text) {
                    let (also, uncovered) = match synonym(text).map(|r| &r.reads) {
                        Some(Reads::As { words, .. }) => (*words, None),
                        Some(Reads::Uncovered { closest, .. }) => (&[][..], Some(*closest)),
                        None => (&[][..], None),
                    };
                    out.push(Term { text, also, uncovered });
                }
            }
        }
        split |= out.last().is_some_and(|t| t.text != term.text);
    }
    split.then_some(out)
}

/// A Japanese word cut where katakana meets other script (`ネットワーク分離` is `ネットワーク`, `分離`): a
/// loanword in katakana and a word in kanji are two words, written without a space.
fn script_runs(word: &str) -> impl Iterator<Item = &str> {
    let katakana = |c: char| matches!(c, '\u{30A0}'..='\u{30FF}');
    let mut rest = word;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let end = rest.char_indices().find(|&(_, c)| katakana(c) != katakana(first)).map_or(rest.len(), |(i, _)| i);
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some(run)
    })
}

/// The synonym row of a folded word or phrase, if the list has one.
fn synonym(text: &str) -> Option<&'static Synonym> {
    let table = &*SYNONYM_TABLE;
    let at = table.binary_search_by(|(typed, _)| (*typed).cmp(text)).ok()?;
    table.get(at).and_then(|&(_, row)| SYNONYMS.get(row))
}

/// Every typed word of the synonym list with its row, sorted for binary search.
static SYNONYM_TABLE: LazyLock<Vec<(&'static str, usize)>> = LazyLock::new(|| {
    let mut table: Vec<(&'static str, usize)> =
        SYNONYMS.iter().enumerate().flat_map(|(i, row)| row.typed.iter().map(move |&t| (t, i))).collect();
    table.sort_unstable();
    table
});

/// Where a term was found, and what it weighs there.
const TITLE: u32 = 40;
const CAPABILITY: u32 = 15;
const CATEGORY: u32 = 10;
const SUMMARY: u32 = 8;
const DUTY: u32 = 3;

/// One bit per control, by index (there are fewer than 128).
type Set = u128;
const _: () = assert!(Control::COUNT <= Set::BITS as usize);

fn bit(index: usize) -> Set {
    1 << (index % 128)
}

/// The keyword index: the folded texts and where each pair of adjacent characters occurs in them.
struct Index {
    /// Every field's folded text followed by `\n`, fields in control order.
    text: String,
    /// The fields, by start offset in `text`.
    fields: Vec<Field>,
    /// Each character pair (as [`pair`]) with its range in `postings`, in an open-addressing hash table: a pair
    /// is at its [`slot`] or after it (wrapping), before the next empty entry (key [`EMPTY`]).
    pairs: Vec<(u64, u32, u32)>,
    /// Where each pair occurs, grouped by pair, ascending within a group.
    postings: Vec<Posting>,
}

/// An occurrence of a character pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Posting {
    /// Its byte offset in [`Index::text`].
    at: u32,
    /// The field it is in, as an index of [`Index::fields`].
    field: u32,
}

/// A searchable text of a control.
struct Field {
    /// Where it starts in [`Index::text`]; it ends at the next line break.
    start: u32,
    /// The control's index.
    control: usize,
    /// What a match in it weighs.
    weight: u32,
}

static INDEX: LazyLock<Index> = LazyLock::new(Index::build);

/// Every searchable text of a control, with what a match in it weighs, given to `push`.
fn fields(control: Control, mut push: impl FnMut(u32, &str)) {
    for &lang in Lang::ALL {
        let category = match lang {
            Lang::En => control.category().title_en(),
            Lang::Ja => control.category().title_ja(),
        };
        push(TITLE, control.label(lang));
        push(CATEGORY, category);
        push(SUMMARY, control.section_summary().get(lang));
        for duty in control.section_duties() {
            push(DUTY, duty.text.get(lang));
            if let Some(cap) = duty.capability {
                push(CAPABILITY, cap.label(lang));
            }
        }
    }
    if let Some(iso) = control.iso27002_2005() {
        push(TITLE / 2, &iso.title_en);
    }
}

/// A character pair as one key (below 2^42).
fn pair(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | u64::from(b)
}

/// The key of an empty entry of the pair table: no pair has it.
const EMPTY: u64 = u64::MAX;

/// Where a pair's entry starts looking in a table of `len` entries (a power of two): Fibonacci hashing.
fn slot(key: u64, len: usize) -> usize {
    let hash = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let bits = len.trailing_zeros();
    usize::try_from(hash.checked_shr(64 - bits).unwrap_or(0)).unwrap_or(0)
}

/// The pairs, distinct, in a table at most half full, each at its slot or the first free entry after it.
fn hash_table(pairs: &[(u64, u32, u32)]) -> Vec<(u64, u32, u32)> {
    let len = (pairs.len() * 2).next_power_of_two().max(2);
    let mut table = vec![(EMPTY, 0, 0); len];
    for &entry in pairs {
        let mut i = slot(entry.0, len);
        while let Some(slot) = table.get_mut(i) {
            if slot.0 == EMPTY {
                *slot = entry;
                break;
            }
            i = (i + 1) % len;
        }
    }
    table
}

impl Index {
    fn build() -> Index {
        let mut text = String::new();
        let mut fields = Vec::new();
        for &control in Control::ALL {
            self::fields(control, |weight, field| {
                let start = offset(&text);
                fold_into(field, &mut text);
                fields.push(Field { start, control: control.index(), weight });
                text.push('\n');
            });
        }
        let mut all: Vec<(u64, Posting)> = Vec::with_capacity(text.len());
        let mut field = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((at, a)) = chars.next() {
            match chars.peek() {
                // Fields end with a line break: a pair never spans two of them.
                _ if a == '\n' => field += 1,
                Some(&(_, b)) if !a.is_whitespace() && !b.is_whitespace() => {
                    all.push((pair(a, b), Posting { at: offset_of(at), field }));
                }
                _ => {}
            }
        }
        all.sort_unstable();
        let mut pairs: Vec<(u64, u32, u32)> = Vec::new();
        let mut postings = Vec::with_capacity(all.len());
        for (key, posting) in all {
            let end = offset_of(postings.len());
            match pairs.last_mut() {
                Some((last, _, stop)) if *last == key => *stop = end + 1,
                _ => pairs.push((key, end, end + 1)),
            }
            postings.push(posting);
        }
        text.shrink_to_fit();
        fields.shrink_to_fit();
        Index { text, fields, pairs: hash_table(&pairs), postings }
    }

    /// The controls that match every term of `query` taken as written (no synonyms), and each control's total
    /// score: what the tests compare with a scan.
    #[cfg(test)]
    fn keywords(&self, query: &str) -> (Set, [u32; Control::COUNT]) {
        let mut folded = String::with_capacity(query.len());
        fold_into(query, &mut folded);
        let mut words: Vec<&str> = folded.split_whitespace().collect();
        words.sort_unstable();
        words.dedup();
        let terms: Vec<Term<'_>> = words.into_iter().map(|text| Term { text, also: &[], uncovered: None }).collect();
        self.keywords_of(&terms)
    }

    /// The controls that match every term, and each control's total score. A term given twice counts once (and
    /// costs once): [`terms`] gives each once.
    fn keywords_of(&self, terms: &[Term<'_>]) -> (Set, [u32; Control::COUNT]) {
        let mut alive: Set = 0;
        let mut totals = [0u32; Control::COUNT];
        for (i, term) in terms.iter().enumerate() {
            let found = self.score_alternatives(term, &mut totals);
            alive = if i == 0 { found } else { alive & found };
            if alive == 0 {
                break;
            }
        }
        (alive, totals)
    }

    /// [`Index::score_term`] for a term and the document's words the synonym list adds to it: a control scores
    /// its best among them, and is found by any of them.
    fn score_alternatives(&self, term: &Term<'_>, totals: &mut [u32; Control::COUNT]) -> Set {
        if term.also.is_empty() {
            return self.score_term(term.text, totals);
        }
        let mut best = [0u32; Control::COUNT];
        let mut found = self.score_term(term.text, &mut best);
        for word in term.also {
            let mut scores = [0u32; Control::COUNT];
            found |= self.score_term(word, &mut scores);
            for (b, s) in best.iter_mut().zip(scores) {
                *b = (*b).max(s);
            }
        }
        for (t, b) in totals.iter_mut().zip(best) {
            *t = t.saturating_add(b);
        }
        found
    }

    /// The controls closest to a query that found nothing, best first, three at most: those that match the most
    /// of its terms, then by score; when no term matches anywhere, the controls whose names are closest in
    /// spelling.
    fn closest(&self, terms: &[Term<'_>], query: &str) -> Vec<Control> {
        let mut matched = [0u32; Control::COUNT];
        let mut totals = [0u32; Control::COUNT];
        for term in terms {
            let mut scores = [0u32; Control::COUNT];
            let found = self.score_alternatives(term, &mut scores);
            // A rare term says more than a common one: `log` in `log management` outweighs `management`, which
            // half the titles carry.
            let rarity = Control::COUNT as u32 / found.count_ones().max(1);
            for (c, ((m, t), s)) in matched.iter_mut().zip(totals.iter_mut()).zip(scores).enumerate() {
                if found & bit(c) != 0 {
                    *m += 1;
                    *t = t.saturating_add(s.saturating_mul(rarity));
                }
            }
        }
        if matched.iter().all(|&m| m == 0) {
            // No Japanese term occurs anywhere (`量子暗号`): the pairs of characters it is written with do, and
            // say what it is about (`暗号`), as a misspelt English word is close to a title.
            for term in terms.iter().filter(|t| !t.text.is_ascii()) {
                let bounds: Vec<usize> =
                    term.text.char_indices().map(|(i, _)| i).chain(std::iter::once(term.text.len())).collect();
                for pair in bounds.windows(3).filter_map(|w| term.text.get(*w.first()?..*w.last()?)) {
                    let mut scores = [0u32; Control::COUNT];
                    let found = self.score_term(pair, &mut scores);
                    let rarity = Control::COUNT as u32 / found.count_ones().max(1);
                    for (c, ((m, t), s)) in matched.iter_mut().zip(totals.iter_mut()).zip(scores).enumerate() {
                        if found & bit(c) != 0 {
                            *m += 1;
                            *t = t.saturating_add(s.saturating_mul(rarity));
                        }
                    }
                }
            }
        }
        let mut ranked: Vec<(u32, u32, Control)> = Control::ALL
            .iter()
            .zip(matched.into_iter().zip(totals))
            .filter(|(_, (m, _))| *m > 0)
            .map(|(&c, (m, t))| (m, t, c))
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let mut out: Vec<Control> = ranked.into_iter().take(3).map(|(_, _, c)| c).collect();
        if out.is_empty() {
            out = crate::vocab::suggest::<Control>(query)
                .into_iter()
                .filter_map(|id| Control::ALL.iter().copied().find(|c| c.id() == id))
                .collect();
        }
        out
    }

    /// Adds, for each control, what `term` scores in its fields: per field, its weight for a whole-word match,
    /// half for a match inside a longer Latin word, nothing for a match inside a longer katakana word. Returns
    /// the controls it scored in.
    fn score_term(&self, term: &str, scores: &mut [u32; Control::COUNT]) -> Set {
        let mut acc = Accumulator { index: self, field: 0, best: 0, scores, found: 0 };
        let mut chars = term.chars();
        let Some(first) = chars.next() else { return 0 };
        if chars.next().is_none() {
            // A term of one character has no pair: scan for it.
            for (start, _) in self.text.match_indices(first) {
                let at = offset_of(start);
                let field = self.fields.partition_point(|f| f.start <= at).saturating_sub(1);
                acc.occurrence(start, offset_of(field), term);
            }
        } else {
            // Look the term up by its rarest pair of characters (at byte `at` of the term); a pair that occurs
            // nowhere means the term does not either.
            let mut rarest: Option<(&[Posting], usize)> = None;
            for ((at, a), b) in term.char_indices().zip(term.chars().skip(1)) {
                // A phrase of the synonym list holds spaces; the index holds no pair with one.
                if a.is_whitespace() || b.is_whitespace() {
                    continue;
                }
                let Some(postings) = self.postings(pair(a, b)) else { return 0 };
                if rarest.is_none_or(|(best, _)| postings.len() < best.len()) {
                    rarest = Some((postings, at));
                }
            }
            let Some((postings, at)) = rarest else { return 0 };
            for posting in postings {
                let start = usize::try_from(posting.at).unwrap_or(usize::MAX).wrapping_sub(at);
                if self.text.get(start..).is_some_and(|rest| rest.starts_with(term)) {
                    acc.occurrence(start, posting.field, term);
                }
            }
        }
        acc.flush();
        acc.found
    }

    /// Where a character pair occurs, if anywhere.
    fn postings(&self, key: u64) -> Option<&[Posting]> {
        let mut i = slot(key, self.pairs.len());
        let &(_, start, end) = loop {
            let entry = self.pairs.get(i)?;
            match entry.0 {
                k if k == key => break entry,
                EMPTY => return None,
                _ => i = (i + 1) % self.pairs.len(),
            }
        };
        self.postings.get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)
    }
}

/// Collects occurrences of one term, in ascending order of position, into per-control scores.
struct Accumulator<'a> {
    index: &'a Index,
    /// The field of the occurrences seen last.
    field: usize,
    /// The best match in that field: 2 whole word, 1 inside a longer Latin word, 0 none.
    best: u32,
    scores: &'a mut [u32; Control::COUNT],
    /// The controls with a match so far.
    found: Set,
}

impl Accumulator<'_> {
    /// `term` occurs at byte `start` of the text, in the field of that index.
    fn occurrence(&mut self, start: usize, field: u32, term: &str) {
        let found = word_match(&self.index.text, start, term);
        if found == 0 {
            return;
        }
        let field = usize::try_from(field).unwrap_or(usize::MAX);
        if field != self.field {
            self.flush();
            self.field = field;
        }
        self.best = self.best.max(found);
    }

    fn flush(&mut self) {
        if let Some(field) = self.index.fields.get(self.field) {
            let add = field.weight * self.best / 2;
            if let Some(score) = self.scores.get_mut(field.control).filter(|_| add > 0) {
                *score = score.saturating_add(add);
                self.found |= bit(field.control);
            }
        }
        self.best = 0;
    }
}

/// How `term`, found at byte `start` of `text`, stands there: 2 as a whole word, 1 inside a longer Latin word, 0
/// inside a longer katakana word (no match).
fn word_match(text: &str, start: usize, term: &str) -> u32 {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(start + term.len()..).and_then(|s| s.chars().next());
    let edges = [(before, term.chars().next()), (term.chars().next_back(), after)];
    let mut found = 2;
    for edge in edges {
        if let (Some(a), Some(b)) = edge {
            if is_katakana(a) && is_katakana(b) {
                return 0;
            }
            if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() {
                found = 1;
            }
        }
    }
    found
}

/// A katakana letter or the prolonged sound mark: the characters a katakana word is written with (not `・`, which
/// separates words).
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FE}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
}

fn offset(text: &str) -> u32 {
    offset_of(text.len())
}

fn offset_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_joins_hyphens_and_separates_at_middle_dots() {
        let fold = |s: &str| {
            let mut out = String::new();
            fold_into(s, &mut out);
            out
        };
        assert_eq!(fold("Information Back-up"), "information backup");
        assert_eq!(fold("データ・プログラム"), "データ プログラム");
        assert_eq!(fold("ＢＡＣＫＵＰ\u{3000}ログ"), "backup ログ");
    }

    #[test]
    fn katakana_words_and_latin_words() {
        assert_eq!(word_match("プログラム", "プ".len(), "ログ"), 0);
        assert_eq!(word_match("ログオン", 0, "ログ"), 0);
        assert_eq!(word_match("監査ログを", "監査".len(), "ログ"), 2);
        assert_eq!(word_match("データ プログラム", "データ ".len(), "プログラム"), 2);
        assert_eq!(word_match("backups", 0, "backup"), 1);
        assert_eq!(word_match("a backup.", 2, "backup"), 2);
        assert_eq!(word_match("暗号化", 0, "暗号"), 2);
    }

    /// The index's answer for a query, recomputed without it: every occurrence of every term in every field, by
    /// `str::match_indices`.
    fn scan(query: &str) -> (Set, [u32; Control::COUNT]) {
        let index = &*INDEX;
        let mut folded = String::new();
        fold_into(query, &mut folded);
        let mut alive = None;
        let mut totals = [0u32; Control::COUNT];
        let mut terms: Vec<&str> = folded.split_whitespace().collect();
        terms.sort_unstable();
        terms.dedup();
        for term in terms {
            let mut scores = [0u32; Control::COUNT];
            for f in &index.fields {
                let text = index.text[f.start as usize..].lines().next().unwrap();
                let best = text.match_indices(term).map(|(at, _)| word_match(text, at, term)).max().unwrap_or(0);
                scores[f.control] += f.weight * best / 2;
            }
            let found = (0..Control::COUNT).filter(|&c| scores[c] > 0).fold(0, |set, c| set | bit(c));
            alive = Some(alive.unwrap_or(found) & found);
            for c in 0..Control::COUNT {
                totals[c] += scores[c];
            }
        }
        let alive = alive.unwrap_or(0);
        for (c, total) in totals.iter_mut().enumerate() {
            if alive & bit(c) == 0 {
                *total = 0;
            }
        }
        (alive, totals)
    }

    fn indexed(query: &str) -> (Set, [u32; Control::COUNT]) {
        let (alive, mut totals) = INDEX.keywords(query);
        for (c, total) in totals.iter_mut().enumerate() {
            if alive & bit(c) == 0 {
                *total = 0;
            }
        }
        (alive, totals)
    }

    #[test]
    fn the_index_finds_what_a_scan_of_every_field_finds() {
        let text = &INDEX.text;
        let mut queries: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
        // Substrings of 1 to 5 characters starting at every 7th character: inside words, across katakana words.
        let chars: Vec<char> = text.chars().collect();
        for start in (0..chars.len()).step_by(7) {
            for len in 1..=5 {
                if let Some(s) = chars.get(start..start + len) {
                    queries.push(s.iter().collect());
                }
            }
        }
        queries.extend(
            ["backup", "バックアップ", "password", "ログ", "暗号", "監査 ログ", "back-up ｌｏｇ", "zzzz", "ー"]
                .map(String::from),
        );
        queries.sort();
        queries.dedup();
        assert!(queries.len() > 10_000, "{}", queries.len());
        for q in &queries {
            assert_eq!(indexed(q), scan(q), "{q:?}");
        }
        // Two terms: each word with the next.
        let words: Vec<&str> = text.split_whitespace().collect();
        for w in words.windows(2).step_by(3) {
            let q = format!("{} {}", w[0], w[1]);
            assert_eq!(indexed(&q), scan(&q), "{q:?}");
        }
    }

    /// Each row of the synonym list: written folded, each typed word once; the document's words it adds occur in
    /// the searched texts; a search for each typed word finds the row's sections and says how it read the word,
    /// or, for what the document has no control for, finds nothing and names the row's closest sections.
    #[test]
    fn every_synonym_row_reads_as_it_says() {
        let fold = |s: &str| {
            let mut out = String::new();
            fold_into(s, &mut out);
            out
        };
        let section = |s: &str| Control::from_section(s).unwrap_or_else(|| panic!("no section {s}"));
        let mut seen = std::collections::HashSet::new();
        for row in SYNONYMS {
            for &typed in row.typed {
                assert_eq!(fold(typed), typed, "write typed words folded");
                assert!(typed.split(' ').count() <= 3 && !typed.contains("  "), "{typed:?}");
                assert!(seen.insert(typed), "{typed:?} twice");
                let found = lookup(typed);
                let controls: Vec<Control> = found.hits.iter().map(|h| h.control).collect();
                match &row.reads {
                    Reads::As { words, finds } => {
                        for &word in *words {
                            assert_eq!(fold(word), word, "{word:?}");
                            assert!(INDEX.text.contains(word), "{word:?} occurs in no searched text");
                        }
                        assert_eq!(
                            found.read_as,
                            [ReadAs { term: typed.to_owned(), words, uncovered: None }],
                            "{typed:?}"
                        );
                        for s in *finds {
                            assert!(controls.contains(&section(s)), "{typed:?} misses {s}: {controls:?}");
                        }
                        assert!(!finds.is_empty());
                        assert_eq!(found.notes(Lang::En), [format!("{typed}: read as {}", words.join(", "))]);
                        assert_eq!(found.miss, None);
                    }
                    Reads::Uncovered { why, closest } => {
                        assert!(!INDEX.text.contains(typed), "{typed:?} is in the texts: is it uncovered?");
                        assert!(found.hits.is_empty(), "{typed:?}: {controls:?}");
                        let closest: Vec<Control> = closest.iter().map(|s| section(s)).collect();
                        assert_eq!(found.miss, Some(Miss::NoMatch { closest }), "{typed:?}");
                        let message = found.message().unwrap();
                        assert!(message.starts_with(&format!("no control of the document matches {typed:?}")));
                        assert!(message.contains(why.en.as_ref()) && message.contains("; closest: "), "{message}");
                        assert!(found.notes(Lang::En).is_empty());
                    }
                }
            }
        }
    }

    #[test]
    fn a_phrase_of_the_list_is_one_term_and_other_words_still_count() {
        // `two factor` is one term, `authentication` another; the phrase decides.
        let found = lookup("Two-Factor  authentication");
        assert_eq!(found.read_as.len(), 1, "{found:?}");
        assert!(found.hits.is_empty());
        let found = lookup("two factor authentication");
        assert_eq!(found.read_as[0].term, "two factor");
        // Words of a phrase alone are ordinary words.
        assert!(lookup("factor").read_as.is_empty());
        // A synonym with another keyword: both must match.
        let both: Vec<Control> = lookup("encryption portal").hits.iter().map(|h| h.control).collect();
        assert!(both.contains(&Control::CryptographyPolicy), "{both:?}");
        assert!(!both.contains(&Control::CryptographyRegulation), "{both:?}");
    }

    #[test]
    fn the_index_is_small() {
        let index = &*INDEX;
        let bytes = index.text.capacity()
            + index.fields.capacity() * std::mem::size_of::<Field>()
            + index.pairs.capacity() * std::mem::size_of::<(u64, u32, u32)>()
            + index.postings.capacity() * std::mem::size_of::<Posting>();
        println!(
            "search index: {bytes} bytes: text {} B, {} fields, {} pair slots, {} postings",
            index.text.len(),
            index.fields.len(),
            index.pairs.len(),
            index.postings.len()
        );
        assert!(bytes < 512 * 1024, "{bytes}");
    }

    #[test]
    fn every_field_is_indexed_once_in_order() {
        let index = &*INDEX;
        assert!(index.fields.windows(2).all(|w| w[0].start < w[1].start));
        assert_eq!(index.text.lines().count(), index.fields.len());
        let used = index.pairs.iter().filter(|p| p.0 != EMPTY).count();
        assert!(used > 1000 && used * 2 <= index.pairs.len(), "{used} of {}", index.pairs.len());
        for &(key, start, end) in index.pairs.iter().filter(|p| p.0 != EMPTY) {
            let postings = index.postings(key).unwrap();
            assert_eq!(postings.len(), (end - start) as usize);
        }
        assert!(index.postings(pair('\u{10FFFF}', 'x')).is_none());
        assert_eq!(index.fields.last().map(|f| f.control), Some(Control::COUNT - 1));
    }
}
