//! The ISO/IEC 27002:2005 control a section of the document answers, as the document aligns it, and how closely.

use std::borrow::Cow;

use super::Edition;
use crate::vocab::vocabulary;

/// How closely a section of the document answers the ISO/IEC 27002:2005 control it is mapped to.
///
/// ```
/// use idcf_responsibility::{Control, iso::Fit};
/// assert_eq!(Control::InformationBackup.iso27002_2005().unwrap().fit, Fit::Exact);
/// assert_eq!(Control::BackupFunction.iso27002_2005().unwrap().fit, Fit::Close);
/// assert!(Control::OperatingStandard.iso27002_2005().is_none()); // the document's own section
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Fit {
    /// The section answers the control itself (title and scope as in the standard).
    Exact,
    /// The section answers part of the control, or a sub-item the document adds under it.
    Close,
}

impl Fit {
    /// Both fits.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::Fit::ALL.len(), 2);
    /// ```
    pub const ALL: &'static [Fit] = &[Fit::Exact, Fit::Close];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, iso::Fit};
    /// assert_eq!(Fit::Close.label(Lang::Ja), "近い対応");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match (self, lang) {
            (Fit::Exact, crate::Lang::En) => "exact fit",
            (Fit::Exact, crate::Lang::Ja) => "完全な対応",
            (Fit::Close, crate::Lang::En) => "close fit",
            (Fit::Close, crate::Lang::Ja) => "近い対応",
        }
    }
}

vocabulary!(Fit, Fit, "exact or close", aliases: |_f| &[]);

/// An ISO/IEC 27002:2005 control that a section answers. The id always carries its scheme when printed
/// (`iso27002-2005:10.5.1`): the document's own numbers collide with ISO ones (`10.1.1` is both).
///
/// ```
/// use idcf_responsibility::Control;
///
/// let iso = Control::InformationBackup.iso27002_2005().unwrap();
/// assert_eq!(iso.id, "10.5.1");
/// assert_eq!(iso.to_string(), "iso27002-2005:10.5.1");
/// assert_eq!(iso.annex_a(), "A.10.5.1");
/// assert_eq!(iso.title_en, "Information back-up");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct IsoMapping {
    /// The scheme of `id`; always [`Edition::Iso27002_2005`] here.
    pub scheme: Edition,
    /// The control number in that scheme (`10.5.1`).
    #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"^[0-9]+\.[0-9]+\.[0-9]+$")))]
    pub id: Cow<'static, str>,
    /// The standard's short English title.
    pub title_en: Cow<'static, str>,
    /// How closely the section answers it.
    pub fit: Fit,
}

impl IsoMapping {
    /// The ISO/IEC 27001:2005 Annex A form of the id (`A.10.5.1`), which numbers the same controls.
    ///
    /// ```
    /// let iso = idcf_responsibility::Control::ClockSynchronization.iso27002_2005().unwrap();
    /// assert_eq!(iso.annex_a(), "A.10.10.6");
    /// ```
    #[must_use]
    pub fn annex_a(&self) -> String {
        format!("A.{}", self.id)
    }
}

impl std::fmt::Display for IsoMapping {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.scheme, self.id)
    }
}
