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
// A customer's text (an overlay's reason, note or duty) may be in one language, the other left out of the JSON: at
// least one property (minProperties, which ajv's strict mode accepts where an anyOf of `required` is refused).
#[cfg_attr(feature = "schemars", schemars(extend("minProperties" = 1)))]
#[non_exhaustive]
pub struct Text {
    /// English; empty, and absent from the JSON, when a customer's text was given in Japanese only ([`Text::lacks`]).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "str::is_empty"))]
    #[cfg_attr(feature = "schemars", schemars(length(min = 1), regex(pattern = r"\S"), transform = no_default))]
    pub en: Cow<'static, str>,
    /// Japanese; empty, and absent from the JSON, when a customer's text was given in English only ([`Text::lacks`]).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "str::is_empty"))]
    #[cfg_attr(feature = "schemars", schemars(length(min = 1), regex(pattern = r"\S"), transform = no_default))]
    pub ja: Cow<'static, str>,
}

/// A missing language has no default text in the schema: it is absent, never empty.
#[cfg(feature = "schemars")]
fn no_default(schema: &mut schemars::Schema) {
    schema.remove("default");
}

/// What [`Text::get`] prints for a language the text was not given in: it says so rather than borrow the other.
const fn missing(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "(no English text given)",
        Lang::Ja => "（日本語の記載なし）",
    }
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
    ///
    /// A customer's text given in one language only prints the other as missing, never borrowed or translated:
    ///
    /// ```
    /// use idcf_responsibility::{Lang, Text};
    /// let t = Text::owned("Nightly to tape.", "");
    /// assert_eq!(t.get(Lang::Ja), "（日本語の記載なし）");
    /// assert_eq!(Text::owned("", "毎晩").get(Lang::En), "(no English text given)");
    /// ```
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        if self.lacks(lang) && !self.is_empty() {
            return missing(lang);
        }
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
        }
    }

    /// Whether the text is missing (empty or only whitespace) in `lang`.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, Text};
    /// assert!(Text::owned("only English", "").lacks(Lang::Ja));
    /// assert!(!Text::new("a", "あ").lacks(Lang::Ja));
    /// ```
    #[must_use]
    pub fn lacks(&self, lang: Lang) -> bool {
        match lang {
            Lang::En => self.en.trim().is_empty(),
            Lang::Ja => self.ja.trim().is_empty(),
        }
    }

    /// Whether either language is empty or only whitespace (the built-in data and a matrix file need both).
    ///
    /// ```
    /// assert!(idcf_responsibility::Text::new("a", " ").is_blank());
    /// ```
    #[must_use]
    pub fn is_blank(&self) -> bool {
        self.lacks(Lang::En) || self.lacks(Lang::Ja)
    }

    /// Whether both languages are empty or only whitespace: nothing was said (a customer's text needs one).
    ///
    /// ```
    /// use idcf_responsibility::Text;
    /// assert!(Text::owned(" ", "").is_empty());
    /// assert!(!Text::owned("", "あ").is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.lacks(Lang::En) && self.lacks(Lang::Ja)
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
///
/// The trait is sealed: only the crate's types implement it, so a method can be added without breaking anyone.
pub trait Label: sealed::Sealed {
    /// The label in `lang`.
    fn label(self, lang: Lang) -> &'static str;
}

/// Seals [`Label`]: implemented for the crate's vocabulary types only.
pub(crate) mod sealed {
    /// Not nameable outside the crate.
    pub trait Sealed {}
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
