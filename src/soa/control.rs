//! The key of a row of the Statement of Applicability: an ISO/IEC 27001:2022 Annex A control, or one of ISO/IEC
//! 27017's extended cloud controls.

use crate::{ParseError, iso::Iso2022Control};

/// A control the Statement of Applicability has a row for, and the register keeps decisions and records by: an
/// Annex A control (`A.8.13`) or one of ISO/IEC 27017's seven extended controls (`CLD.9.5.1`, feature-free, always
/// built). It prints, parses and serialises as its id; Annex A controls sort first, each kind in the standard's
/// order.
///
/// ```
/// use idcf_responsibility::{iso::Iso2022Control, soa::SoaControl};
/// let backup: SoaControl = "A.8.13".parse()?;
/// assert_eq!(backup, SoaControl::from(Iso2022Control::from_id("A.8.13").unwrap()));
/// assert_eq!(backup.to_string(), "A.8.13");
/// assert!("A.8.99".parse::<SoaControl>().is_err());
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SoaControl {
    /// An ISO/IEC 27001:2022 Annex A control.
    Annex(Iso2022Control),
    /// One of ISO/IEC 27017's seven extended cloud controls.
    Cloud(crate::iso::CloudControl),
}

impl SoaControl {
    /// Every control the statement can have a row for: the 93 of Annex A, then the seven CLD controls.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::SoaControl::all().count(), 100);
    /// ```
    pub fn all() -> impl Iterator<Item = SoaControl> {
        Iso2022Control::catalogue()
            .iter()
            .map(|&c| SoaControl::Annex(c))
            .chain(crate::iso::CloudControl::catalogue().iter().map(|&c| SoaControl::Cloud(c)))
    }

    /// The id (`A.8.13`, `CLD.9.5.1`).
    ///
    /// ```
    /// use idcf_responsibility::soa::SoaControl;
    /// assert_eq!("cld.9.5.1".parse::<SoaControl>().unwrap().id(), "CLD.9.5.1");
    /// ```
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            SoaControl::Annex(c) => c.id(),
            SoaControl::Cloud(c) => c.id(),
        }
    }

    /// The English short title.
    ///
    /// ```
    /// use idcf_responsibility::soa::SoaControl;
    /// assert_eq!("A.6.7".parse::<SoaControl>().unwrap().title_en(), "Remote working");
    /// ```
    #[must_use]
    pub fn title_en(self) -> &'static str {
        match self {
            SoaControl::Annex(c) => c.title_en(),
            SoaControl::Cloud(c) => c.title_en(),
        }
    }

    /// Our Japanese short title (our translation; the JIS wording is not reproduced).
    ///
    /// ```
    /// use idcf_responsibility::soa::SoaControl;
    /// assert!(!"A.8.13".parse::<SoaControl>().unwrap().title_ja().is_empty());
    /// ```
    #[must_use]
    pub fn title_ja(self) -> &'static str {
        match self {
            SoaControl::Annex(c) => c.title_ja(),
            SoaControl::Cloud(c) => c.title_ja(),
        }
    }

    /// The Annex A control, if it is one.
    ///
    /// ```
    /// use idcf_responsibility::soa::SoaControl;
    /// assert!("CLD.6.3.1".parse::<SoaControl>().unwrap().annex().is_none());
    /// ```
    #[must_use]
    pub const fn annex(self) -> Option<Iso2022Control> {
        match self {
            SoaControl::Annex(c) => Some(c),
            SoaControl::Cloud(_) => None,
        }
    }

    /// The control of an id: an Annex A id in any form [`Iso2022Control::from_id`] accepts, or a CLD id.
    ///
    /// ```
    /// use idcf_responsibility::soa::SoaControl;
    /// assert_eq!(SoaControl::from_id("8.13").unwrap().id(), "A.8.13");
    /// assert!(SoaControl::from_id("CLD.9.9.9").is_none());
    /// ```
    #[must_use]
    pub fn from_id(id: &str) -> Option<SoaControl> {
        Iso2022Control::from_id(id)
            .map(SoaControl::Annex)
            .or_else(|| crate::iso::CloudControl::from_id(id).map(SoaControl::Cloud))
    }
}

impl From<Iso2022Control> for SoaControl {
    fn from(c: Iso2022Control) -> SoaControl {
        SoaControl::Annex(c)
    }
}

impl From<crate::iso::CloudControl> for SoaControl {
    fn from(c: crate::iso::CloudControl) -> SoaControl {
        SoaControl::Cloud(c)
    }
}

impl std::fmt::Display for SoaControl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl std::str::FromStr for SoaControl {
    type Err = ParseError;

    /// An Annex A id (`A.8.13`, `8.13`) or a CLD id (`CLD.9.5.1`), full-width forms as typed (`Ａ.８.１３`) too.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SoaControl::from_id(&crate::fold::nfkc(s)).ok_or_else(|| ParseError::Unknown {
            what: crate::Vocabulary::Iso2022Control,
            input: s.to_owned(),
            expected: "an ISO/IEC 27001:2022 Annex A id (A.5.1 to A.8.34) or an ISO/IEC 27017 CLD id (CLD.6.3.1, \
                       CLD.8.1.5, CLD.9.5.1, CLD.9.5.2, CLD.12.1.5, CLD.12.4.5, CLD.13.1.4)",
            suggestions: Vec::new(),
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for SoaControl {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for SoaControl {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        id.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for SoaControl {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SoaControl".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = SoaControl::all().map(SoaControl::id).collect();
        schemars::json_schema!({
            "description": "An ISO/IEC 27001:2022 Annex A id (A.8.13) or an ISO/IEC 27017 extended control id (CLD.9.5.1).",
            "type": "string",
            "enum": ids,
        })
    }
}
