//! ISO editions: the schemes ids belong to, the crosswalk of each control to ISO/IEC 27001:2013 and 2022, and the
//! full ISO/IEC 27002:2005 catalogue.

use std::borrow::Cow;

use crate::Control;
use crate::vocab::vocabulary;

/// The scheme an ISO control id belongs to. Every id the crate prints or accepts in qualified form carries it
/// (`iso27001-2022:A.8.13`): ids collide across editions (`A.12.3.1` is back-up in 2013 and cryptographic policy
/// in 2005) and with the document's own section numbers.
///
/// ```
/// use idcf_responsibility::iso::Edition;
/// assert_eq!(Edition::Iso27001_2022.to_string(), "iso27001-2022");
/// assert_eq!(Edition::Iso27001_2013.label(idcf_responsibility::Lang::En), "ISO/IEC 27001:2013 Annex A");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Edition {
    /// ISO/IEC 27002:2005 control numbers (`10.5.1`); the same controls as ISO/IEC 27001:2005 Annex A (`A.10.5.1`).
    #[strum(serialize = "iso27002-2005")]
    #[cfg_attr(feature = "serde", serde(rename = "iso27002-2005"))]
    Iso27002_2005,
    /// ISO/IEC 27001:2013 Annex A (`A.12.3.1`).
    #[strum(serialize = "iso27001-2013")]
    #[cfg_attr(feature = "serde", serde(rename = "iso27001-2013"))]
    Iso27001_2013,
    /// ISO/IEC 27001:2022 Annex A (`A.8.13`).
    #[strum(serialize = "iso27001-2022")]
    #[cfg_attr(feature = "serde", serde(rename = "iso27001-2022"))]
    Iso27001_2022,
}

impl Edition {
    /// Every edition, oldest first.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::Edition::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Edition] = &[Edition::Iso27002_2005, Edition::Iso27001_2013, Edition::Iso27001_2022];

    /// The human label in a language: the name of the scheme.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, iso::Edition};
    /// assert_eq!(Edition::Iso27002_2005.label(Lang::En), "ISO/IEC 27002:2005");
    /// assert_eq!(Edition::Iso27001_2022.label(Lang::Ja), "ISO/IEC 27001:2022 附属書A");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match (self, lang) {
            (Edition::Iso27002_2005, _) => "ISO/IEC 27002:2005",
            (Edition::Iso27001_2013, crate::Lang::En) => "ISO/IEC 27001:2013 Annex A",
            (Edition::Iso27001_2013, crate::Lang::Ja) => "ISO/IEC 27001:2013 附属書A",
            (Edition::Iso27001_2022, crate::Lang::En) => "ISO/IEC 27001:2022 Annex A",
            (Edition::Iso27001_2022, crate::Lang::Ja) => "ISO/IEC 27001:2022 附属書A",
        }
    }

    /// The id with its scheme: `iso27001-2022:A.8.13`.
    ///
    /// ```
    /// use idcf_responsibility::iso::Edition;
    /// assert_eq!(Edition::Iso27001_2022.qualify("A.8.13"), "iso27001-2022:A.8.13");
    /// ```
    #[must_use]
    pub fn qualify(self, id: &str) -> String {
        format!("{self}:{id}")
    }

    /// Whether `id` is a control of the edition, in the edition's own form: `10.5.1` (or `A.10.5.1`) for
    /// ISO/IEC 27002:2005, `A.12.3.1` for 2013, `A.8.13` for 2022; case is forgiven.
    ///
    /// ```
    /// use idcf_responsibility::iso::Edition;
    /// assert!(Edition::Iso27002_2005.contains("12.3.1") && Edition::Iso27001_2013.contains("A.12.3.1"));
    /// assert!(!Edition::Iso27001_2013.contains("A.10.5.1")); // clause A.10 of 2013 is cryptography, two controls
    /// assert!(Edition::Iso27001_2022.contains("a.8.13") && !Edition::Iso27001_2022.contains("A.8.35"));
    /// ```
    #[must_use]
    pub fn contains(self, id: &str) -> bool {
        let id = id.trim();
        match self {
            Edition::Iso27002_2005 => Iso2005Control::from_id(id).is_some(),
            Edition::Iso27001_2013 => {
                // Table B.2 has a row for each of the 114 controls of 2013.
                crate::data::iso27002_2022_b2::TABLE_B2.iter().any(|(x, _)| x.eq_ignore_ascii_case(id))
            }
            Edition::Iso27001_2022 => self.title(id).is_some(),
        }
    }

    /// The standard's short English title of a control of the edition, where the crate holds it: for 2005 and
    /// 2022 ids; the crate holds no 2013 titles.
    ///
    /// ```
    /// use idcf_responsibility::iso::Edition;
    /// assert_eq!(Edition::Iso27001_2022.title("A.8.13"), Some("Information backup"));
    /// assert_eq!(Edition::Iso27002_2005.title("12.3.1"), Some("Policy on the use of cryptographic controls"));
    /// assert_eq!(Edition::Iso27001_2013.title("A.12.3.1"), None);
    /// ```
    #[must_use]
    pub fn title(self, id: &str) -> Option<&'static str> {
        let id = id.trim();
        match self {
            Edition::Iso27002_2005 => Iso2005Control::from_id(id).map(|c| c.title_en.as_ref()),
            Edition::Iso27001_2013 => None,
            Edition::Iso27001_2022 => crate::iso::Iso2022Control::catalogue()
                .iter()
                .find(|c| c.id().eq_ignore_ascii_case(id))
                .map(|c| c.title_en()),
        }
    }
}

vocabulary!(Edition, Edition, "iso27002-2005, iso27001-2013 or iso27001-2022", aliases: |e| match e {
    Edition::Iso27002_2005 => &["ISO/IEC 27002:2005", "iso27001-2005"],
    Edition::Iso27001_2013 => &["ISO/IEC 27001:2013"],
    Edition::Iso27001_2022 => &["ISO/IEC 27001:2022"],
});

/// How a control's counterparts in a later edition are known.
///
/// The two steps differ in trust. From ISO/IEC 27002:2005 to the 2013 edition there is no correspondence table
/// this crate could check: every 2013 id is our identification of the successor, by title and intent. From 2013 to
/// 2022 the step follows ISO/IEC 27002:2022 Annex B, Table B.2, which the crate encodes; 2022 ids are derived from
/// the 2013 ids through it, never typed by hand.
///
/// ```
/// use idcf_responsibility::{Control, iso::Correspondence};
/// assert_eq!(Control::InformationBackup.iso27001_2013()[0].correspondence, Correspondence::Identified);
/// assert_eq!(Control::InformationBackup.iso27001_2022()[0].correspondence, Correspondence::TableB2);
/// // ISO/IEC 27002:2005 11.4.6 was withdrawn in 2013: its successor is our nearest fit, in both editions.
/// assert_eq!(Control::NetworkConnectionControl.iso27001_2022()[0].correspondence, Correspondence::NearestFit);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Correspondence {
    /// 2013: our identification of the successor of the 2005 control, by title and intent. Not a published table:
    /// the official 2005→2013 correspondence could not be checked.
    Identified,
    /// The 2005 control was withdrawn in 2013: these are the nearest successors, our judgement. In 2022, the ids
    /// that Table B.2 gives for those nearest 2013 ids.
    NearestFit,
    /// 2022: follows from the identified 2013 ids through ISO/IEC 27002:2022 Annex B, Table B.2.
    TableB2,
    /// 2022: an id of our own judgement that no 2013 id leads to (a control new in 2022).
    Judgement,
}

impl Correspondence {
    /// Every kind.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::Correspondence::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [Correspondence] =
        &[Correspondence::Identified, Correspondence::NearestFit, Correspondence::TableB2, Correspondence::Judgement];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, iso::Correspondence};
    /// assert_eq!(Correspondence::TableB2.label(Lang::En), "through ISO/IEC 27002:2022 Table B.2");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match (self, lang) {
            (Correspondence::Identified, crate::Lang::En) => "our identification of the successor",
            (Correspondence::Identified, crate::Lang::Ja) => "後継管理策への対応付け（本データセットによる）",
            (Correspondence::NearestFit, crate::Lang::En) => "nearest fit, our judgement",
            (Correspondence::NearestFit, crate::Lang::Ja) => "最も近い対応（判断）",
            (Correspondence::TableB2, crate::Lang::En) => "through ISO/IEC 27002:2022 Table B.2",
            (Correspondence::TableB2, crate::Lang::Ja) => "ISO/IEC 27002:2022 表B.2による",
            (Correspondence::Judgement, crate::Lang::En) => "our judgement, new in 2022",
            (Correspondence::Judgement, crate::Lang::Ja) => "2022年版の新規管理策（判断）",
        }
    }

    /// Whether the correspondence is our judgement (a nearest fit, or a 2022 id of our own) rather than an
    /// identification or a table row.
    ///
    /// ```
    /// use idcf_responsibility::iso::Correspondence;
    /// assert!(Correspondence::Judgement.is_judgement());
    /// assert!(!Correspondence::TableB2.is_judgement());
    /// ```
    #[must_use]
    pub const fn is_judgement(self) -> bool {
        matches!(self, Correspondence::NearestFit | Correspondence::Judgement)
    }
}

vocabulary!(Correspondence, Correspondence, "identified, nearest-fit, table-b2 or judgement", aliases: |_c| &[]);

/// One edition's reading of an ISO id that a query gave: the id in that edition and the sections of the document
/// it leads to. [`Control::find`](crate::Control::find) returns one per edition when an id is ambiguous
/// (`A.12.3.1`), [`lookup`](crate::lookup) says which edition an id was read in.
///
/// ```
/// use idcf_responsibility::{Control, ParseError, iso::Edition};
/// let err = Control::find("A.12.3.1").unwrap_err();
/// let ParseError::AmbiguousEdition { readings, .. } = &err else { panic!("{err:?}") };
/// assert_eq!(readings[0].edition, Edition::Iso27002_2005);
/// assert_eq!(readings[0].qualified(), "iso27002-2005:12.3.1");
/// assert_eq!(readings[0].controls, [Control::CryptographyPolicy]);
/// assert_eq!(readings[1].to_string(), "iso27001-2013:A.12.3.1 → 6.5.1, 6.5.2");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct IsoReading {
    /// The edition.
    pub edition: Edition,
    /// The id as the edition writes it: `12.3.1` for ISO/IEC 27002:2005, `A.12.3.1` for 2013, `A.8.13` for 2022.
    pub id: String,
    /// The standard's short English title, where the crate holds it ([`Edition::title`]).
    pub title_en: Option<Cow<'static, str>>,
    /// The sections the id leads to, in document order: the 2005 control they answer, or the crosswalk that lists
    /// the id. Empty when no section does.
    pub controls: Vec<Control>,
}

impl IsoReading {
    pub(crate) fn new(edition: Edition, id: &str, controls: Vec<Control>) -> IsoReading {
        IsoReading { edition, id: id.to_owned(), title_en: edition.title(id).map(Cow::Borrowed), controls }
    }

    /// The id with its scheme (`iso27001-2013:A.12.3.1`): the form that resolves without doubt.
    ///
    /// ```
    /// let err = idcf_responsibility::Control::find("A.12.3.1").unwrap_err();
    /// let idcf_responsibility::ParseError::AmbiguousEdition { readings, .. } = &err else { panic!() };
    /// assert_eq!(readings[1].qualified(), "iso27001-2013:A.12.3.1");
    /// ```
    #[must_use]
    pub fn qualified(&self) -> String {
        self.edition.qualify(&self.id)
    }
}

impl std::fmt::Display for IsoReading {
    /// The qualified id and the sections it leads to: `iso27001-2013:A.12.3.1 → 6.5.1, 6.5.2`, or `→ no section`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} →", self.qualified())?;
        if self.controls.is_empty() {
            return f.write_str(" no section");
        }
        for (i, c) in self.controls.iter().enumerate() {
            write!(f, "{}{}", if i == 0 { " " } else { ", " }, c.section())?;
        }
        Ok(())
    }
}

/// A control's counterparts in one later edition, and how they are known.
///
/// ```
/// use idcf_responsibility::{Control, iso::Edition};
/// let cw = &Control::LabellingAndHandling.iso27001_2013()[0];
/// assert_eq!(cw.edition, Edition::Iso27001_2013);
/// assert_eq!(cw.ids.as_ref(), ["A.8.2.2", "A.8.2.3"]);
/// assert_eq!(cw.qualified().collect::<Vec<_>>(), ["iso27001-2013:A.8.2.2", "iso27001-2013:A.8.2.3"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Crosswalk {
    /// The edition the ids belong to.
    pub edition: Edition,
    /// The Annex A ids (`A.8.13`), one or more.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1), inner(regex(pattern = r"^A\.[0-9]+(\.[0-9]+)+$"))))]
    pub ids: Cow<'static, [Cow<'static, str>]>,
    /// How the ids are known.
    pub correspondence: Correspondence,
}

impl Crosswalk {
    /// The ids with their scheme (`iso27001-2022:A.8.13`).
    ///
    /// ```
    /// use idcf_responsibility::Control;
    /// let cw = &Control::InformationBackup.iso27001_2022()[0];
    /// assert_eq!(cw.qualified().next().unwrap(), "iso27001-2022:A.8.13");
    /// ```
    pub fn qualified(&self) -> impl Iterator<Item = String> + '_ {
        self.ids.iter().map(|id| self.edition.qualify(id))
    }
}

/// One control of ISO/IEC 27002:2005 (= ISO/IEC 27001:2005 Annex A): its id, clause, category and short title.
///
/// ```
/// use idcf_responsibility::iso::Iso2005Control;
/// let all = Iso2005Control::catalogue();
/// assert_eq!(all.len(), 133);
/// assert_eq!(all[0].id, "5.1.1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Iso2005Control {
    /// The control number (`10.5.1`).
    pub id: Cow<'static, str>,
    /// The clause, with its number (`10 Communications and operations management`).
    pub clause: Cow<'static, str>,
    /// The category, with its number (`10.5 Back-up`).
    pub category: Cow<'static, str>,
    /// The standard's short English title.
    pub title_en: Cow<'static, str>,
}

impl Iso2005Control {
    pub(crate) const fn new(
        id: &'static str,
        clause: &'static str,
        category: &'static str,
        title_en: &'static str,
    ) -> Self {
        Iso2005Control {
            id: Cow::Borrowed(id),
            clause: Cow::Borrowed(clause),
            category: Cow::Borrowed(category),
            title_en: Cow::Borrowed(title_en),
        }
    }

    /// The whole catalogue, 133 controls in the standard's order.
    ///
    /// ```
    /// assert!(idcf_responsibility::iso::Iso2005Control::catalogue().iter().any(|c| c.id == "15.3.2"));
    /// ```
    #[must_use]
    pub fn catalogue() -> &'static [Iso2005Control] {
        &crate::data::iso27002_2005::CATALOGUE
    }

    /// The catalogue entry of an id (`10.5.1` or `A.10.5.1`).
    ///
    /// ```
    /// use idcf_responsibility::iso::Iso2005Control;
    /// assert_eq!(Iso2005Control::from_id("A.10.5.1").unwrap().title_en, "Information back-up");
    /// assert!(Iso2005Control::from_id("10.5.9").is_none());
    /// ```
    #[must_use]
    pub fn from_id(id: &str) -> Option<&'static Iso2005Control> {
        let id = id.trim();
        let id = id.strip_prefix("A.").or_else(|| id.strip_prefix("a.")).unwrap_or(id);
        Self::catalogue().iter().find(|c| c.id == id)
    }

    /// The document's sections that answer this control.
    ///
    /// ```
    /// use idcf_responsibility::{Control, iso::Iso2005Control};
    /// let backup = Iso2005Control::from_id("10.5.1").unwrap();
    /// assert_eq!(backup.addressed_by().collect::<Vec<_>>(), [Control::InformationBackup, Control::BackupFunction]);
    /// ```
    pub fn addressed_by(&self) -> impl Iterator<Item = Control> + '_ {
        Control::ALL.iter().copied().filter(|c| c.iso27002_2005().is_some_and(|iso| iso.id == self.id))
    }

    /// The 2005 controls the document does not address, in the standard's order.
    ///
    /// ```
    /// use idcf_responsibility::iso::Iso2005Control;
    /// let gaps: Vec<_> = Iso2005Control::unaddressed().map(|c| c.id.as_ref()).collect();
    /// assert!(gaps.contains(&"5.1.1")); // the security policy clause has no section
    /// assert!(!gaps.contains(&"10.5.1"));
    /// ```
    pub fn unaddressed() -> impl Iterator<Item = &'static Iso2005Control> {
        Self::catalogue().iter().filter(|c| c.addressed_by().next().is_none())
    }
}
