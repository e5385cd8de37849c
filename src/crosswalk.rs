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
/// use idcf_responsibility::Edition;
/// assert_eq!(Edition::Iso27001_2022.to_string(), "iso27001-2022");
/// assert_eq!(Edition::Iso27001_2013.name(), "ISO/IEC 27001:2013 Annex A");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
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
    /// assert_eq!(idcf_responsibility::Edition::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Edition] = &[Edition::Iso27002_2005, Edition::Iso27001_2013, Edition::Iso27001_2022];

    /// The human name of the scheme.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Edition::Iso27002_2005.name(), "ISO/IEC 27002:2005");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Edition::Iso27002_2005 => "ISO/IEC 27002:2005",
            Edition::Iso27001_2013 => "ISO/IEC 27001:2013 Annex A",
            Edition::Iso27001_2022 => "ISO/IEC 27001:2022 Annex A",
        }
    }

    /// The id with its scheme: `iso27001-2022:A.8.13`.
    ///
    /// ```
    /// use idcf_responsibility::Edition;
    /// assert_eq!(Edition::Iso27001_2022.qualify("A.8.13"), "iso27001-2022:A.8.13");
    /// ```
    #[must_use]
    pub fn qualify(self, id: &str) -> String {
        format!("{self}:{id}")
    }
}

vocabulary!(Edition, "edition", "iso27002-2005, iso27001-2013 or iso27001-2022", aliases: |e| match e {
    Edition::Iso27002_2005 => &["ISO/IEC 27002:2005", "iso27001-2005"],
    Edition::Iso27001_2013 => &["ISO/IEC 27001:2013"],
    Edition::Iso27001_2022 => &["ISO/IEC 27001:2022"],
});

/// How a control's counterpart in a later edition is known.
///
/// ```
/// use idcf_responsibility::{Control, Correspondence};
/// assert_eq!(Control::InformationBackup.iso27001_2022().unwrap().correspondence, Correspondence::Published);
/// // ISO/IEC 27002:2005 11.4.6 was withdrawn in 2013: its successor is our nearest fit.
/// assert_eq!(Control::NetworkConnectionControl.iso27001_2022().unwrap().correspondence, Correspondence::NearestFit);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Correspondence {
    /// From the published correspondence tables between the editions, as this crate's reference records them
    /// (not re-checked line by line against the standards).
    Published,
    /// The 2005 control was withdrawn; these are the nearest successors, a judgement and not a published mapping.
    NearestFit,
}

impl Correspondence {
    /// Both kinds.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Correspondence::ALL.len(), 2);
    /// ```
    pub const ALL: &'static [Correspondence] = &[Correspondence::Published, Correspondence::NearestFit];
}

vocabulary!(Correspondence, "correspondence", "published or nearest-fit", aliases: |_c| &[]);

/// A control's counterparts in one later edition, and how they are known.
///
/// ```
/// use idcf_responsibility::{Control, Edition};
/// let cw = Control::LabellingAndHandling.iso27001_2013().unwrap();
/// assert_eq!(cw.edition, Edition::Iso27001_2013);
/// assert_eq!(cw.ids.as_ref(), ["A.8.2.2", "A.8.2.3"]);
/// assert_eq!(cw.qualified().collect::<Vec<_>>(), ["iso27001-2013:A.8.2.2", "iso27001-2013:A.8.2.3"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Crosswalk {
    /// The edition the ids belong to.
    pub edition: Edition,
    /// The Annex A ids (`A.8.13`), one or more.
    pub ids: Cow<'static, [Cow<'static, str>]>,
    /// Published correspondence, or our nearest fit.
    pub correspondence: Correspondence,
}

impl Crosswalk {
    /// The ids with their scheme (`iso27001-2022:A.8.13`).
    ///
    /// ```
    /// use idcf_responsibility::Control;
    /// let cw = Control::InformationBackup.iso27001_2022().unwrap();
    /// assert_eq!(cw.qualified().next().unwrap(), "iso27001-2022:A.8.13");
    /// ```
    pub fn qualified(&self) -> impl Iterator<Item = String> + '_ {
        self.ids.iter().map(|id| self.edition.qualify(id))
    }
}

/// One control of ISO/IEC 27002:2005 (= ISO/IEC 27001:2005 Annex A): its id, clause, category and short title.
///
/// ```
/// use idcf_responsibility::Iso2005Control;
/// let all = Iso2005Control::catalogue();
/// assert_eq!(all.len(), 133);
/// assert_eq!(all[0].id, "5.1.1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
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
    /// assert!(idcf_responsibility::Iso2005Control::catalogue().iter().any(|c| c.id == "15.3.2"));
    /// ```
    #[must_use]
    pub fn catalogue() -> &'static [Iso2005Control] {
        &crate::data::iso27002_2005::CATALOGUE
    }

    /// The catalogue entry of an id (`10.5.1` or `A.10.5.1`).
    ///
    /// ```
    /// use idcf_responsibility::Iso2005Control;
    /// assert_eq!(Iso2005Control::get("A.10.5.1").unwrap().title_en, "Information back-up");
    /// assert!(Iso2005Control::get("10.5.9").is_none());
    /// ```
    #[must_use]
    pub fn get(id: &str) -> Option<&'static Iso2005Control> {
        let id = id.trim();
        let id = id.strip_prefix("A.").or_else(|| id.strip_prefix("a.")).unwrap_or(id);
        Self::catalogue().iter().find(|c| c.id == id)
    }

    /// The document's sections that answer this control.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Iso2005Control};
    /// let backup = Iso2005Control::get("10.5.1").unwrap();
    /// assert_eq!(backup.addressed_by().collect::<Vec<_>>(), [Control::InformationBackup, Control::BackupFunction]);
    /// ```
    pub fn addressed_by(&self) -> impl Iterator<Item = Control> + '_ {
        Control::ALL.iter().copied().filter(|c| c.iso27002_2005().is_some_and(|iso| iso.id == self.id))
    }

    /// The 2005 controls the document does not address, in the standard's order.
    ///
    /// ```
    /// use idcf_responsibility::Iso2005Control;
    /// let gaps: Vec<_> = Iso2005Control::unaddressed().map(|c| c.id.as_ref()).collect();
    /// assert!(gaps.contains(&"5.1.1")); // the security policy clause has no section
    /// assert!(!gaps.contains(&"10.5.1"));
    /// ```
    pub fn unaddressed() -> impl Iterator<Item = &'static Iso2005Control> {
        Self::catalogue().iter().filter(|c| c.addressed_by().next().is_none())
    }
}
