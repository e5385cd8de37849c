//! Bilingual text.

use std::borrow::Cow;

/// A short text in English and Japanese, written in this crate's own words (never the document's sentences).
///
/// Built-in data borrows `'static` strings; a matrix loaded from JSON owns its strings.
///
/// ```
/// use idcf_responsibility::{Control, Lang};
///
/// let summary = Control::InformationBackup.section_summary();
/// assert!(summary.en.contains("customer"));
/// assert!(summary.get(Lang::Ja).contains("お客さま"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Text {
    /// English.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1), regex(pattern = r"\S")))]
    pub en: Cow<'static, str>,
    /// Japanese.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1), regex(pattern = r"\S")))]
    pub ja: Cow<'static, str>,
}

impl Text {
    /// A text from two static strings (usable in constants).
    ///
    /// ```
    /// let t = idcf_responsibility::Text::new("backup", "バックアップ");
    /// assert_eq!(t.ja, "バックアップ");
    /// ```
    #[must_use]
    pub const fn new(en: &'static str, ja: &'static str) -> Self {
        Text { en: Cow::Borrowed(en), ja: Cow::Borrowed(ja) }
    }

    /// A text from owned or borrowed strings (a tailored copy, a label built at run time).
    ///
    /// ```
    /// let t = idcf_responsibility::Text::owned(format!("{} checks", 2), "二つの確認");
    /// assert_eq!(t.en, "2 checks");
    /// ```
    #[must_use]
    pub fn owned(en: impl Into<Cow<'static, str>>, ja: impl Into<Cow<'static, str>>) -> Self {
        Text { en: en.into(), ja: ja.into() }
    }

    /// The text in one language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, Text};
    /// assert_eq!(Text::new("a", "あ").get(Lang::En), "a");
    /// ```
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
        }
    }

    /// Whether either language is empty or only whitespace.
    ///
    /// ```
    /// assert!(idcf_responsibility::Text::new("a", " ").is_blank());
    /// ```
    #[must_use]
    pub fn is_blank(&self) -> bool {
        self.en.trim().is_empty() || self.ja.trim().is_empty()
    }
}

/// A value with a human label in English and Japanese: every vocabulary type of the crate (services, controls,
/// chapters, owners, parties, kinds, layers, capabilities, …). Each also has the same method inherently, usable in
/// constants; the trait lets generic code print any of them.
///
/// ```
/// use idcf_responsibility::{Label, Lang, Owner, Service};
/// fn both<T: Label + Copy>(value: T) -> String {
///     format!("{} / {}", value.label(Lang::En), value.label(Lang::Ja))
/// }
/// assert_eq!(both(Owner::Customer), "customer / お客さま");
/// assert_eq!(both(Service::SelfCloud), "Self Cloud / セルフクラウド");
/// ```
pub trait Label {
    /// The label in `lang`.
    fn label(self, lang: Lang) -> &'static str;
}

/// A language the crate writes text in.
///
/// ```
/// use idcf_responsibility::Lang;
/// assert_eq!("ja".parse::<Lang>()?, Lang::Ja);
/// assert_eq!("English".parse::<Lang>()?, Lang::En);
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Japanese (日本語).
    Ja,
}

impl Lang {
    /// Both languages.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Lang::ALL.len(), 2);
    /// ```
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Ja];

    /// The human label in a language: the language's own name, in `lang`.
    ///
    /// ```
    /// use idcf_responsibility::Lang;
    /// assert_eq!(Lang::Ja.label(Lang::En), "Japanese");
    /// assert_eq!(Lang::Ja.label(Lang::Ja), "日本語");
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Lang::En, Lang::En) => "English",
            (Lang::En, Lang::Ja) => "英語",
            (Lang::Ja, Lang::En) => "Japanese",
            (Lang::Ja, Lang::Ja) => "日本語",
        }
    }
}

crate::vocab::vocabulary!(Lang, Lang, "en or ja", aliases: |l| match l {
    Lang::En => &["english", "英語"],
    Lang::Ja => &["japanese", "日本語"],
});
