//! The source document's metadata.

use std::borrow::Cow;

use crate::vocab::vocabulary;
use crate::{Service, Text};

/// Metadata of the source document: IDC Frontier's 「クラウドサービスにおけるセキュリティ対策概要」, 1st edition.
///
/// ```
/// use idcf_responsibility::{Service, document::Document};
///
/// let doc = Document::builtin();
/// assert_eq!(doc.publisher.ja, "株式会社IDCフロンティア");
/// assert_eq!(doc.issued, "2014-10-01");
/// assert_eq!(doc.edition, 1);
/// assert_eq!(doc.services.len(), 5);
/// assert_eq!(doc.guidelines.len(), 6);
/// assert_eq!(doc.caveats.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Document {
    /// The publisher (the document's 1.1 misspells it 「株式会社IDCFロンティア」; this is the correct name).
    pub publisher: Text,
    /// The title; the English one is our translation.
    pub title: Text,
    /// The edition number (第1版 = 1).
    pub edition: u32,
    /// The issue date, ISO 8601 (附則: 2014年10月1日).
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date"), regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")))]
    pub issued: Cow<'static, str>,
    /// The services the document covers (its section 1.2).
    pub services: Cow<'static, [Service]>,
    /// The certification the provider holds (its section 11.4.1).
    pub certification: Certification,
    /// The guidelines the provider self-checks against (its section 11.4.2).
    pub guidelines: Cow<'static, [Guideline]>,
    /// The document's own caveats (its section 1.1), in our words: it describes the state at its issue date, and
    /// the service specifications prevail. Every printed answer should carry them.
    pub caveats: Cow<'static, [Text]>,
}

impl Document {
    /// The metadata of the document this crate encodes.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::document::Document::builtin().certification.jis, "JIS Q 27001:2006");
    /// ```
    #[must_use]
    pub fn builtin() -> &'static Document {
        &crate::data::idcf_2014::DOCUMENT
    }
}

/// A certification the provider states it holds.
///
/// ```
/// let c = &idcf_responsibility::document::Document::builtin().certification;
/// assert_eq!(c.standard, "ISO/IEC 27001:2005");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Certification {
    /// The international standard (`ISO/IEC 27001:2005`).
    pub standard: Cow<'static, str>,
    /// The equivalent Japanese Industrial Standard (`JIS Q 27001:2006`).
    pub jis: Cow<'static, str>,
}

/// A guideline the provider self-checks against, with its issuing body.
///
/// ```
/// use idcf_responsibility::{document::{Document, Issuer}};
/// let doc = Document::builtin();
/// assert_eq!(doc.guidelines.iter().filter(|g| g.issuer == Issuer::Mic).count(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Guideline {
    /// Who issues it.
    pub issuer: Issuer,
    /// Its title; the Japanese one as printed, the English one our translation.
    pub title: Text,
}

/// A body that issues a guideline the document lists.
///
/// ```
/// use idcf_responsibility::document::Issuer;
/// assert_eq!("総務省".parse::<Issuer>()?, Issuer::Mic);
/// assert_eq!(Issuer::Jdcc.label(idcf_responsibility::Lang::En), "Japan Data Center Council");
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Issuer {
    /// Ministry of Economy, Trade and Industry (経済産業省).
    Meti,
    /// Ministry of Internal Affairs and Communications (総務省).
    Mic,
    /// Ministry of Health, Labour and Welfare (厚生労働省).
    Mhlw,
    /// The Center for Financial Industry Information Systems (金融情報システムセンター).
    Fisc,
    /// Japan Data Center Council (日本データセンター協会).
    Jdcc,
}

impl Issuer {
    /// Every issuer, in the order the document lists them.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::document::Issuer::ALL.len(), 5);
    /// ```
    pub const ALL: &'static [Issuer] = &[Issuer::Meti, Issuer::Mic, Issuer::Mhlw, Issuer::Fisc, Issuer::Jdcc];

    /// The human label in a language: the issuer's English name, or its Japanese name as the document prints it.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, document::Issuer};
    /// assert_eq!(Issuer::Meti.label(Lang::En), "Ministry of Economy, Trade and Industry");
    /// assert_eq!(Issuer::Mhlw.label(Lang::Ja), "厚生労働省");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.names()[0],
            crate::Lang::Ja => self.names()[1],
        }
    }

    const fn names(self) -> &'static [&'static str; 2] {
        match self {
            Issuer::Meti => &["Ministry of Economy, Trade and Industry", "経済産業省"],
            Issuer::Mic => &["Ministry of Internal Affairs and Communications", "総務省"],
            Issuer::Mhlw => &["Ministry of Health, Labour and Welfare", "厚生労働省"],
            Issuer::Fisc => &["The Center for Financial Industry Information Systems", "金融情報システムセンター"],
            Issuer::Jdcc => &["Japan Data Center Council", "日本データセンター協会"],
        }
    }
}

vocabulary!(Issuer, Issuer, "meti, mic, mhlw, fisc or jdcc (or the English or Japanese name)", aliases: |i| i.names());
