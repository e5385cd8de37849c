//! ISO/IEC 27001:2022 Annex A: its four themes and 93 controls, and ISO/IEC 27002:2022 Annex B, Table B.2, which
//! leads each 2013 control to its 2022 ones. The rows live in [`crate::data`].

use crate::vocab::vocabulary;
use crate::{Control, ParseError, iso::Edition};

/// The theme (clause) of an ISO/IEC 27001:2022 Annex A control: organizational (A.5, 37 controls), people (A.6,
/// 8), physical (A.7, 14) or technological (A.8, 34).
///
/// ```
/// use idcf_responsibility::{Lang, iso::Theme};
/// assert_eq!(Theme::Technological.to_string(), "technological");
/// assert_eq!(Theme::People.label(Lang::Ja), "人的管理策");
/// assert_eq!("組織的管理策".parse::<Theme>()?, Theme::Organizational);
/// assert_eq!(Theme::Physical.clause(), 7);
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Theme {
    /// Organizational controls (clause 5, A.5.x).
    Organizational,
    /// People controls (clause 6, A.6.x).
    People,
    /// Physical controls (clause 7, A.7.x).
    Physical,
    /// Technological controls (clause 8, A.8.x).
    Technological,
}

impl Theme {
    /// Every theme, in clause order.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::Theme::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [Theme] = &[Theme::Organizational, Theme::People, Theme::Physical, Theme::Technological];

    /// The clause of ISO/IEC 27002:2022 the theme is (5 to 8), which is the first number of its controls' ids.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::Theme::Organizational.clause(), 5);
    /// ```
    #[must_use]
    pub const fn clause(self) -> u8 {
        match self {
            Theme::Organizational => 5,
            Theme::People => 6,
            Theme::Physical => 7,
            Theme::Technological => 8,
        }
    }

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, iso::Theme};
    /// assert_eq!(Theme::Organizational.label(Lang::En), "organizational controls");
    /// assert_eq!(Theme::Technological.label(Lang::Ja), "技術的管理策");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match (self, lang) {
            (Theme::Organizational, crate::Lang::En) => "organizational controls",
            (Theme::Organizational, crate::Lang::Ja) => "組織的管理策",
            (Theme::People, crate::Lang::En) => "people controls",
            (Theme::People, crate::Lang::Ja) => "人的管理策",
            (Theme::Physical, crate::Lang::En) => "physical controls",
            (Theme::Physical, crate::Lang::Ja) => "物理的管理策",
            (Theme::Technological, crate::Lang::En) => "technological controls",
            (Theme::Technological, crate::Lang::Ja) => "技術的管理策",
        }
    }

    /// The controls of the theme, in the standard's order.
    ///
    /// ```
    /// use idcf_responsibility::iso::Theme;
    /// assert_eq!(Theme::People.controls().count(), 8);
    /// ```
    pub fn controls(self) -> impl Iterator<Item = Iso2022Control> {
        Iso2022Control::catalogue().iter().copied().filter(move |c| c.theme == self)
    }
}

vocabulary!(Theme, Theme, "organizational, people, physical or technological", aliases: |t| match t {
    Theme::Organizational => &["organizational controls", "organisational", "組織的管理策", "5", "A.5"],
    Theme::People => &["people controls", "人的管理策", "6", "A.6"],
    Theme::Physical => &["physical controls", "物理的管理策", "7", "A.7"],
    Theme::Technological => &["technological controls", "技術的管理策", "8", "A.8"],
});

/// One control of ISO/IEC 27001:2022 Annex A (= ISO/IEC 27002:2022 clauses 5 to 8): its id, theme and English
/// short title, and whether it is new in 2022. A typed id: it prints, parses and serialises as its id (`A.8.13`),
/// and only the 93 ids of the standard exist.
///
/// Each has an English short title and a Japanese one of our own translation ([`Iso2022Control::title_ja`]): the
/// JIS Q 27001:2023 titles are copyrighted and not reproduced.
///
/// ```
/// use idcf_responsibility::{iso::{Iso2022Control, Theme}};
/// let backup: Iso2022Control = "A.8.13".parse()?;
/// assert_eq!(backup.title_en(), "Information backup");
/// assert_eq!(backup.theme(), Theme::Technological);
/// assert_eq!(backup.to_string(), "A.8.13");
/// assert_eq!(backup.qualified(), "iso27001-2022:A.8.13");
/// assert_eq!(Iso2022Control::catalogue().len(), 93);
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Iso2022Control {
    id: &'static str,
    theme: Theme,
    title_en: &'static str,
    title_ja: &'static str,
    new_in_2022: bool,
}

impl PartialOrd for Iso2022Control {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Iso2022Control {
    /// The standard's order (A.5.2 before A.5.10).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.index().cmp(&other.index()).then_with(|| self.id.cmp(other.id))
    }
}

impl Iso2022Control {
    /// A row of the dataset.
    pub(crate) const fn new(
        id: &'static str,
        theme: Theme,
        title_en: &'static str,
        title_ja: &'static str,
        new_in_2022: bool,
    ) -> Self {
        Iso2022Control { id, theme, title_en, title_ja, new_in_2022 }
    }

    /// The whole of Annex A, 93 controls in the standard's order.
    ///
    /// ```
    /// let all = idcf_responsibility::iso::Iso2022Control::catalogue();
    /// assert_eq!((all[0].id(), all[92].id()), ("A.5.1", "A.8.34"));
    /// ```
    #[must_use]
    pub fn catalogue() -> &'static [Iso2022Control] {
        &crate::data::iso27001_2022::ANNEX_A
    }

    /// The control of an id: `A.8.13`, `a.8.13`, `8.13` or `iso27001-2022:A.8.13`.
    ///
    /// ```
    /// use idcf_responsibility::iso::Iso2022Control;
    /// assert_eq!(Iso2022Control::from_id("iso27001-2022:A.5.7").unwrap().title_en(), "Threat intelligence");
    /// assert_eq!(Iso2022Control::from_id("8.13").unwrap().id(), "A.8.13");
    /// assert!(Iso2022Control::from_id("A.8.35").is_none());
    /// assert!(Iso2022Control::from_id("A.12.3.1").is_none()); // a 2013 id
    /// ```
    #[must_use]
    pub fn from_id(id: &str) -> Option<Iso2022Control> {
        let id = id.trim();
        let id = id
            .get(..14)
            .filter(|p| p.eq_ignore_ascii_case("iso27001-2022:"))
            .map_or(id, |_| id.get(14..).unwrap_or(""));
        let id = id.trim();
        let bare = id.get(..2).filter(|p| p.eq_ignore_ascii_case("A.")).map_or(id, |_| id.get(2..).unwrap_or(""));
        Self::catalogue().iter().copied().find(|c| c.id.get(2..) == Some(bare))
    }

    /// The id (`A.8.13`).
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::Iso2022Control::catalogue()[0].id(), "A.5.1");
    /// ```
    #[must_use]
    pub const fn id(self) -> &'static str {
        self.id
    }

    /// The id with its scheme (`iso27001-2022:A.8.13`).
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::Iso2022Control::catalogue()[0].qualified(), "iso27001-2022:A.5.1");
    /// ```
    #[must_use]
    pub fn qualified(self) -> String {
        Edition::Iso27001_2022.qualify(self.id)
    }

    /// The theme.
    ///
    /// ```
    /// use idcf_responsibility::{iso::{Iso2022Control, Theme}};
    /// assert_eq!(Iso2022Control::from_id("A.7.4").unwrap().theme(), Theme::Physical);
    /// ```
    #[must_use]
    pub const fn theme(self) -> Theme {
        self.theme
    }

    /// The English short title (key on the id: ISO/IEC 27001 may print a title slightly differently, such as
    /// A.8.1 "User end point devices").
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::Iso2022Control::from_id("A.5.23").unwrap().title_en(), "Information security for use of cloud services");
    /// ```
    #[must_use]
    pub const fn title_en(self) -> &'static str {
        self.title_en
    }

    /// The Japanese short title: our translation, not the JIS title. JIS Q 27001:2023's wording is copyrighted and
    /// is not reproduced; a customer with a licence to it can print its own titles beside ours.
    ///
    /// ```
    /// use idcf_responsibility::iso::Iso2022Control;
    /// assert_eq!(Iso2022Control::from_id("A.8.13").unwrap().title_ja(), "情報のバックアップ");
    /// assert_eq!(Iso2022Control::from_id("A.6.7").unwrap().title_ja(), "リモートワーク");
    /// ```
    #[must_use]
    pub const fn title_ja(self) -> &'static str {
        self.title_ja
    }

    /// The human label in a language: the short title, [`title_en`](Self::title_en) or
    /// [`title_ja`](Self::title_ja) (our translation).
    ///
    /// ```
    /// use idcf_responsibility::{Lang, iso::Iso2022Control};
    /// let c = Iso2022Control::from_id("A.5.23").unwrap();
    /// assert_eq!(c.label(Lang::Ja), "クラウドサービス利用時の情報セキュリティ");
    /// assert_eq!(c.label(Lang::En), c.title_en());
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.title_en,
            crate::Lang::Ja => self.title_ja,
        }
    }

    /// Whether the control is new in 2022: no ISO/IEC 27001:2013 control leads to it through Table B.2 (11 of
    /// them).
    ///
    /// ```
    /// use idcf_responsibility::iso::Iso2022Control;
    /// assert!(Iso2022Control::from_id("A.5.7").unwrap().is_new_in_2022());
    /// assert_eq!(Iso2022Control::catalogue().iter().filter(|c| c.is_new_in_2022()).count(), 11);
    /// ```
    #[must_use]
    pub const fn is_new_in_2022(self) -> bool {
        self.new_in_2022
    }

    /// The position of the control in [`Iso2022Control::catalogue`].
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::Iso2022Control::from_id("A.6.1").unwrap().index(), 37);
    /// ```
    #[must_use]
    pub fn index(self) -> usize {
        Self::catalogue().iter().position(|c| c.id == self.id).unwrap_or(usize::MAX)
    }

    /// ISO/IEC 27002:2022 Annex B, Table B.2, whole: each of the 114 ISO/IEC 27001:2013 Annex A ids with its 2022
    /// ids, in 2013 order.
    ///
    /// ```
    /// use idcf_responsibility::iso::Iso2022Control;
    /// let table = Iso2022Control::table_b2();
    /// assert_eq!(table.len(), 114);
    /// assert!(table.contains(&("A.12.3.1", &["A.8.13"][..])));
    /// assert!(table.contains(&("A.18.2.3", &["A.5.36", "A.8.8"][..])));
    /// ```
    #[must_use]
    pub fn table_b2() -> &'static [(&'static str, &'static [&'static str])] {
        &crate::data::iso27002_2022_b2::TABLE_B2
    }

    /// The 2022 controls that Table B.2 gives for an ISO/IEC 27001:2013 Annex A id; empty for an id that is not
    /// one.
    ///
    /// ```
    /// use idcf_responsibility::iso::Iso2022Control;
    /// let ids: Vec<_> = Iso2022Control::from_2013("A.9.4.3").iter().map(|c| c.id()).collect();
    /// assert_eq!(ids, ["A.5.17"]);
    /// assert!(Iso2022Control::from_2013("A.10.5.1").is_empty()); // a 2005 id
    /// ```
    #[must_use]
    pub fn from_2013(id: &str) -> Vec<Iso2022Control> {
        let id = id.trim();
        Self::table_b2()
            .iter()
            .find(|(from, _)| from.eq_ignore_ascii_case(id))
            .map(|(_, to)| to.iter().filter_map(|t| Self::from_id(t)).collect())
            .unwrap_or_default()
    }

    /// The ISO/IEC 27001:2013 Annex A ids that Table B.2 leads to this control, in 2013 order (none for a
    /// control new in 2022).
    ///
    /// ```
    /// use idcf_responsibility::iso::Iso2022Control;
    /// let logging = Iso2022Control::from_id("A.8.15").unwrap();
    /// assert_eq!(logging.predecessors().collect::<Vec<_>>(), ["A.12.4.1", "A.12.4.2", "A.12.4.3"]);
    /// ```
    pub fn predecessors(self) -> impl Iterator<Item = &'static str> {
        Self::table_b2().iter().filter(move |(_, to)| to.contains(&self.id)).map(|(from, _)| *from)
    }

    /// The document's sections whose crosswalk reaches this control ([`Control::iso27001_2022`]), in document
    /// order, whatever the correspondence.
    ///
    /// ```
    /// use idcf_responsibility::{Control, iso::Iso2022Control};
    /// let backup = Iso2022Control::from_id("A.8.13").unwrap();
    /// assert_eq!(backup.addressed_by().collect::<Vec<_>>(), [Control::InformationBackup, Control::BackupFunction]);
    /// assert_eq!(Iso2022Control::from_id("A.5.7").unwrap().addressed_by().count(), 0);
    /// ```
    pub fn addressed_by(self) -> impl Iterator<Item = Control> {
        Control::ALL
            .iter()
            .copied()
            .filter(move |c| c.iso27001_2022().iter().any(|cw| cw.ids.iter().any(|id| id == self.id)))
    }
}

impl std::fmt::Display for Iso2022Control {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

impl std::str::FromStr for Iso2022Control {
    type Err = ParseError;

    /// Parses an id in any form [`Iso2022Control::from_id`] accepts, typed full-width too (`Ａ.８.１３`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Iso2022Control::from_id(&crate::fold::nfkc(s)).ok_or_else(|| ParseError::Unknown {
            what: crate::Vocabulary::Iso2022Control,
            input: s.to_owned(),
            expected: "an ISO/IEC 27001:2022 Annex A id, A.5.1 to A.5.37, A.6.1 to A.6.8, A.7.1 to A.7.14 or A.8.1 to A.8.34",
            suggestions: Vec::new(),
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Iso2022Control {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Iso2022Control {
    /// Strict, as machines read: the id exactly as the standard writes it (`A.8.13`).
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = String::deserialize(deserializer)?;
        Iso2022Control::catalogue().iter().copied().find(|c| c.id == id).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown ISO/IEC 27001:2022 Annex A id {id:?}; expected one of A.5.1 to A.8.34, such as A.8.13"
            ))
        })
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Iso2022Control {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Iso2022Control".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = Iso2022Control::catalogue().iter().map(|c| c.id).collect();
        schemars::json_schema!({
            "description": "An ISO/IEC 27001:2022 Annex A control id (A.5.1 to A.8.34).",
            "type": "string",
            "enum": ids,
        })
    }
}
