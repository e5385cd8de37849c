//! The document's 68 numbered sections as controls, with their chapters, categories and ISO/IEC 27002:2005
//! counterparts. The rows themselves live in [`crate::data`]; the macros here turn them into types.

use std::borrow::Cow;

use crate::vocab::{self, Term, vocabulary};
use crate::{
    Duty, ParseError, Text, Withheld,
    iso::{Correspondence, Crosswalk, Edition, Fit, IsoMapping},
};

/// A row of the dataset's ISO column: the control id, its short title and the fit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct IsoRow {
    pub(crate) id: &'static str,
    pub(crate) title_en: &'static str,
    pub(crate) fit: Fit,
}

/// A row of the dataset: one numbered section of the document.
#[derive(Debug)]
pub(crate) struct Section {
    pub(crate) id: &'static str,
    pub(crate) category: Category,
    pub(crate) title_ja: &'static str,
    pub(crate) title_en: &'static str,
    pub(crate) iso: Option<IsoRow>,
    pub(crate) sentences: u8,
    pub(crate) misprint: Option<Misprint>,
    pub(crate) iso2013: &'static [Crosswalk],
    pub(crate) iso2022_judgement: &'static [&'static str],
    pub(crate) summary: Text,
    pub(crate) object_storage_summary: Option<Text>,
    pub(crate) duties: &'static [Duty],
    pub(crate) withheld: &'static [Withheld],
    pub(crate) not_applicable: &'static [(crate::Service, Text)],
}

/// A number the document's text prints for this section by mistake (`8.2.2` on 8.2.1's first sentence), with our
/// note. [`Control::find`] resolves it to the section, on purpose.
#[derive(Debug)]
pub(crate) struct Misprint {
    pub(crate) number: &'static str,
    pub(crate) note: Text,
}

/// Defines `Chapter` from the dataset's chapter rows.
macro_rules! define_chapters {
    ($( $variant:ident $id:literal $ja:literal $en:literal; )*) => {
        /// A chapter (domain) of the document, numbered 2 to 11, each following an ISO/IEC 27002:2005 clause.
        ///
        /// ```
        /// use idcf_responsibility::{Chapter, Control};
        /// assert_eq!(Control::InformationBackup.chapter(), Chapter::CommunicationsAndOperations);
        /// assert_eq!(Chapter::CommunicationsAndOperations.number(), "6");
        /// assert_eq!(Chapter::AccessControl.title_ja(), "アクセス制御");
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
        #[strum(serialize_all = "kebab-case")]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum Chapter {
            $( #[doc = concat!("Chapter ", $id, " 「", $ja, "」 (", $en, ").")] $variant, )*
        }

        impl Chapter {
            /// Every chapter, in document order.
            ///
            /// ```
            /// assert_eq!(idcf_responsibility::Chapter::ALL.len(), 10);
            /// ```
            pub const ALL: &'static [Chapter] = &[$(Chapter::$variant),*];

            /// The chapter number as printed (`"6"`).
            ///
            /// ```
            /// assert_eq!(idcf_responsibility::Chapter::Compliance.number(), "11");
            /// ```
            #[must_use]
            pub const fn number(self) -> &'static str {
                match self { $(Chapter::$variant => $id,)* }
            }

            /// The Japanese title as printed.
            ///
            /// ```
            /// assert_eq!(idcf_responsibility::Chapter::Compliance.title_ja(), "遵守");
            /// ```
            #[must_use]
            pub const fn title_ja(self) -> &'static str {
                match self { $(Chapter::$variant => $ja,)* }
            }

            /// An English title.
            ///
            /// ```
            /// assert_eq!(idcf_responsibility::Chapter::Compliance.title_en(), "Compliance");
            /// ```
            #[must_use]
            pub const fn title_en(self) -> &'static str {
                match self { $(Chapter::$variant => $en,)* }
            }

            /// The human label in a language: the title.
            ///
            /// ```
            /// use idcf_responsibility::{Chapter, Lang};
            /// assert_eq!(Chapter::AccessControl.label(Lang::En), "Access control");
            /// ```
            #[must_use]
            pub const fn label(self, lang: crate::Lang) -> &'static str {
                match lang {
                    crate::Lang::En => self.title_en(),
                    crate::Lang::Ja => self.title_ja(),
                }
            }

            /// The categories of the chapter, in document order.
            ///
            /// ```
            /// use idcf_responsibility::{Category, Chapter};
            /// assert_eq!(Chapter::AssetManagement.categories().count(), 2);
            /// ```
            pub fn categories(self) -> impl Iterator<Item = Category> {
                Category::ALL.iter().copied().filter(move |c| c.chapter() == self)
            }

            /// The controls of the chapter, in document order.
            ///
            /// ```
            /// use idcf_responsibility::Chapter;
            /// assert_eq!(Chapter::BusinessContinuity.controls().count(), 1);
            /// ```
            pub fn controls(self) -> impl Iterator<Item = Control> {
                Control::ALL.iter().copied().filter(move |c| c.chapter() == self)
            }
        }

        vocabulary!(Chapter, Chapter, "a chapter number 2 to 11, its id or its title", aliases: |c| match c {
            $(Chapter::$variant => &[$id, $ja, $en],)*
        });
    };
}

/// Defines `Category` from the dataset's category rows.
macro_rules! define_categories {
    ($( $variant:ident $id:literal $chapter:ident $ja:literal $en:literal; )*) => {
        /// A category of the document (a numbered heading such as 6.5 「バックアップ」), within a chapter.
        ///
        /// ```
        /// use idcf_responsibility::{Category, Chapter, Control};
        /// assert_eq!(Control::InformationBackup.category(), Category::Backup);
        /// assert_eq!(Category::Backup.number(), "6.5");
        /// assert_eq!(Category::Backup.chapter(), Chapter::CommunicationsAndOperations);
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
        #[strum(serialize_all = "kebab-case")]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum Category {
            $( #[doc = concat!("Heading ", $id, " 「", $ja, "」 (", $en, ").")] $variant, )*
        }

        impl Category {
            /// Every category, in document order.
            ///
            /// ```
            /// assert_eq!(idcf_responsibility::Category::ALL.len(), 32);
            /// ```
            pub const ALL: &'static [Category] = &[$(Category::$variant),*];

            /// The heading number as printed (`"6.5"`).
            ///
            /// ```
            /// assert_eq!(idcf_responsibility::Category::Audit.number(), "6.8");
            /// ```
            #[must_use]
            pub const fn number(self) -> &'static str {
                match self { $(Category::$variant => $id,)* }
            }

            /// The chapter it belongs to.
            ///
            /// ```
            /// use idcf_responsibility::{Category, Chapter};
            /// assert_eq!(Category::Audit.chapter(), Chapter::CommunicationsAndOperations);
            /// ```
            #[must_use]
            pub const fn chapter(self) -> Chapter {
                match self { $(Category::$variant => Chapter::$chapter,)* }
            }

            /// The Japanese title as printed.
            ///
            /// ```
            /// assert_eq!(idcf_responsibility::Category::Backup.title_ja(), "バックアップ");
            /// ```
            #[must_use]
            pub const fn title_ja(self) -> &'static str {
                match self { $(Category::$variant => $ja,)* }
            }

            /// An English title.
            ///
            /// ```
            /// assert_eq!(idcf_responsibility::Category::Backup.title_en(), "Back-up");
            /// ```
            #[must_use]
            pub const fn title_en(self) -> &'static str {
                match self { $(Category::$variant => $en,)* }
            }

            /// The human label in a language: the title.
            ///
            /// ```
            /// use idcf_responsibility::{Category, Lang};
            /// assert_eq!(Category::Backup.label(Lang::Ja), "バックアップ");
            /// ```
            #[must_use]
            pub const fn label(self, lang: crate::Lang) -> &'static str {
                match lang {
                    crate::Lang::En => self.title_en(),
                    crate::Lang::Ja => self.title_ja(),
                }
            }

            /// The controls of the category, in document order.
            ///
            /// ```
            /// assert_eq!(idcf_responsibility::Category::Backup.controls().count(), 2);
            /// ```
            pub fn controls(self) -> impl Iterator<Item = Control> {
                Control::ALL.iter().copied().filter(move |c| c.category() == self)
            }
        }

        vocabulary!(Category, Category, "a heading number such as 6.5, its id or its title", aliases: |c| match c {
            $(Category::$variant => &[$id, $ja, $en],)*
        });
    };
}

/// Helper for the ISO column of a section row.
macro_rules! iso_row {
    (None) => {
        None
    };
    ($fit:ident $id:literal $title:literal) => {
        Some(IsoRow { id: $id, title_en: $title, fit: Fit::$fit })
    };
}

/// Helper for the 2013 crosswalk column of a section row.
macro_rules! crosswalk {
    (None []) => {
        &[]
    };
    ($kind:ident [$($id:literal),+]) => {
        &[Crosswalk {
            edition: Edition::Iso27001_2013,
            ids: Cow::Borrowed(&[$(Cow::Borrowed($id)),+]),
            correspondence: Correspondence::$kind,
        }]
    };
}

/// Helper for a duty's scope in a section row: `All`, `Vm` (services with virtual machines), `NoVm`.
macro_rules! scope {
    (All) => {
        crate::Scope::AllServices
    };
    (Vm) => {
        crate::Scope::WithVirtualMachines
    };
    (NoVm) => {
        crate::Scope::WithoutVirtualMachines
    };
}

/// Helper for a duty's basis in a section row: stated, or `because` a reason.
macro_rules! basis {
    () => {
        crate::Basis::Stated
    };
    ($en:literal $ja:literal) => {
        crate::Basis::inferred($en, $ja)
    };
}

/// Defines `Control` and the static section table from the dataset's section rows.
macro_rules! define_controls {
    ($(
        $variant:ident {
            section: $id:literal,
            category: $category:ident,
            sentences: $sentences:literal,
            ja: $ja:literal,
            en: $en:literal,
            iso: $fit:ident $($iso_id:literal $iso_title:literal)?,
            iso2013: $k13:ident [$($i13:literal),*],
            iso2022_judgement: [$($j22:literal),*],
            $(misprint: $mis:literal => $mis_en:literal / $mis_ja:literal,)?
            summary: $sum_en:literal / $sum_ja:literal,
            $(object_storage: $os_en:literal / $os_ja:literal,)?
            duties: [$(
                # $sentence:literal $party:ident $kind:ident $layer:ident $scope:ident $([$cap:ident])?
                    => $den:literal / $dja:literal $(because $why_en:literal / $why_ja:literal)?;
            )+],
            withheld: [$($withheld:ident),*],
            not_applicable: [$($na_service:ident => $na_en:literal / $na_ja:literal),*],
        }
    )*) => {
        /// A numbered section of the document: one of its 68 controls, from 2.1.1 「責任の割当て」 to 11.4.2.
        ///
        /// The stable id is kebab-case (`information-backup`). Parsing ([`str::parse`]) accepts that id, the
        /// section id (`6.5.1`), the English or Japanese title, or an ISO/IEC 27001:2005 Annex A id (`A.10.5.1`)
        /// when that names exactly one section; [`Control::find`] returns every section an input names.
        ///
        /// ```
        /// use idcf_responsibility::Control;
        ///
        /// let c: Control = "6.5.1".parse()?;
        /// assert_eq!(c, Control::InformationBackup);
        /// assert_eq!(c.title_ja(), "情報のバックアップ");
        /// assert_eq!(c.to_string(), "information-backup");
        /// assert_eq!("情報のバックアップ".parse::<Control>()?, c);
        /// # Ok::<(), idcf_responsibility::Error>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
        #[strum(serialize_all = "kebab-case")]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum Control {
            $( #[doc = concat!("§", $id, " 「", $ja, "」 (", $en, ").")] $variant, )*
        }

        impl Control {
            /// Every control, in document order.
            ///
            /// ```
            /// assert_eq!(idcf_responsibility::Control::ALL.len(), 68);
            /// ```
            pub const ALL: &'static [Control] = &[$(Control::$variant),*];
        }

        /// The dataset: one row per section, in document order (`SECTIONS[c as usize]` is the row of `c`: the enum
        /// and the table come from the same rows).
        pub(crate) static SECTIONS: [Section; Control::COUNT] = [$(
            Section {
                id: $id,
                category: Category::$category,
                title_ja: $ja,
                title_en: $en,
                iso: iso_row!($fit $($iso_id $iso_title)?),
                sentences: $sentences,
                misprint: misprint!($($mis $mis_en $mis_ja)?),
                iso2013: crosswalk!($k13 [$($i13),*]),
                iso2022_judgement: &[$($j22),*],
                summary: Text::new($sum_en, $sum_ja),
                object_storage_summary: os_summary!($($os_en $os_ja)?),
                duties: &[$(
                    Duty::new(
                        cap!(
                            crate::Role::new(
                                crate::Party::$party,
                                crate::DutyKind::$kind,
                                crate::Layer::$layer,
                                scope!($scope),
                                $sentence,
                            ) $(, $cap)?
                        ),
                        basis!($($why_en $why_ja)?),
                        Text::new($den, $dja),
                    ),
                )+],
                withheld: &[$(Withheld::$withheld),*],
                not_applicable: &[$((crate::Service::$na_service, Text::new($na_en, $na_ja))),*],
            },
        )*];

        impl crate::text::sealed::Sealed for Control {}

        impl crate::Label for Control {
            fn label(self, lang: crate::Lang) -> &'static str {
                Control::label(self, lang)
            }
        }

        impl Term for Control {
            const ALL: &'static [Self] = Control::ALL;
            const WHAT: crate::Vocabulary = crate::Vocabulary::Control;
            const EXPECTED: &'static str = CONTROL_FORMS;
            fn id(self) -> &'static str {
                self.into()
            }
            fn aliases(self) -> &'static [&'static str] {
                match self { $(Control::$variant => &[$id, $en, $ja],)* }
            }
            fn folded() -> &'static [vocab::Folded] {
                static FOLDED: std::sync::LazyLock<Vec<vocab::Folded>> =
                    std::sync::LazyLock::new(vocab::Folded::all::<Control>);
                &FOLDED
            }
        }
    };
}

macro_rules! cap {
    ($role:expr) => {
        $role
    };
    ($role:expr, $cap:ident) => {
        $role.with_capability(crate::Capability::$cap)
    };
}

/// The optional Object Storage summary of a section row.
macro_rules! os_summary {
    () => {
        None
    };
    ($en:literal $ja:literal) => {
        Some(Text::new($en, $ja))
    };
}

macro_rules! misprint {
    () => {
        None
    };
    ($number:literal $en:literal $ja:literal) => {
        Some(Misprint { number: $number, note: Text::new($en, $ja) })
    };
}

/// What `Control` parsing accepts, for error messages.
const CONTROL_FORMS: &str = "a section id such as 6.5.1, a control id such as information-backup, a title in English or \
     Japanese, an ISO/IEC 27001:2005 Annex A id such as A.10.5.1, or an edition-qualified ISO id such as \
     iso27002-2005:10.5.1, iso27001-2013:A.12.3.1 or iso27001-2022:A.8.13";

crate::data::idcf_2014::chapters!(define_chapters);
crate::data::idcf_2014::categories!(define_categories);
crate::data::idcf_2014::sections!(define_controls);

impl Control {
    /// The number of controls (68).
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Control::COUNT, 68);
    /// ```
    pub const COUNT: usize = Self::ALL.len();

    #[allow(clippy::indexing_slicing, reason = "SECTIONS has one row per variant: the index is below its length")]
    const fn row(self) -> &'static Section {
        &SECTIONS[self as usize]
    }

    /// The stable kebab-case id, as serde and `Display` write it.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Control::SecureLogOn.id(), "secure-log-on");
    /// ```
    #[must_use]
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The position of the control in [`Control::ALL`] (document order).
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Control::AllocationOfResponsibilities.index(), 0);
    /// ```
    #[must_use]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The section number in the document (`"6.5.1"`): the citation of every cell of this control.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Control::SecureLogOn.section(), "7.4.1");
    /// ```
    #[must_use]
    pub const fn section(self) -> &'static str {
        self.row().id
    }

    /// The Japanese title as the document prints it, cleaned of the extraction defects (7.2.3 without its stray
    /// 「確認」, 8.3.2 without the body text that shares its line).
    ///
    /// ```
    /// use idcf_responsibility::Control;
    /// assert_eq!(Control::UserPasswordManagement.title_ja(), "利用者パスワードの管理");
    /// ```
    #[must_use]
    pub const fn title_ja(self) -> &'static str {
        self.row().title_ja
    }

    /// An English title (the ISO/IEC 27002:2005 short title where the section answers one exactly).
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Control::InformationBackup.title_en(), "Information back-up");
    /// ```
    #[must_use]
    pub const fn title_en(self) -> &'static str {
        self.row().title_en
    }

    /// The human label in a language: the title. 6.1.1's Japanese title, 当社運用基準, is printed quoted as the
    /// document's name for the section, with whose standard it is: bare, 当社 ("our company") would read as the
    /// customer in the customer's file.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Lang};
    /// assert_eq!(Control::InformationBackup.label(Lang::Ja), "情報のバックアップ");
    /// assert_eq!(Control::OperatingStandard.label(Lang::Ja), "「当社運用基準」（IDCFの運用基準）");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match (lang, self) {
            (crate::Lang::En, _) => self.title_en(),
            (crate::Lang::Ja, Control::OperatingStandard) => "「当社運用基準」（IDCFの運用基準）",
            (crate::Lang::Ja, _) => self.title_ja(),
        }
    }

    /// The category (numbered heading) the section sits under.
    ///
    /// ```
    /// use idcf_responsibility::{Category, Control};
    /// assert_eq!(Control::SecureLogOn.category(), Category::OperatingSystemAccessControl);
    /// ```
    #[must_use]
    pub const fn category(self) -> Category {
        self.row().category
    }

    /// The chapter (domain) the section sits in.
    ///
    /// ```
    /// use idcf_responsibility::{Chapter, Control};
    /// assert_eq!(Control::SecureLogOn.chapter(), Chapter::AccessControl);
    /// ```
    #[must_use]
    pub const fn chapter(self) -> Chapter {
        self.category().chapter()
    }

    /// The ISO/IEC 27002:2005 control the section answers, or `None` for the document's own sections (6.1.1,
    /// 11.4.1, 11.4.2).
    ///
    /// ```
    /// use idcf_responsibility::Control;
    /// // The document's numbering is its own: 7.3.3 answers ISO 11.4.6.
    /// assert_eq!(Control::NetworkConnectionControl.iso27002_2005().unwrap().id, "11.4.6");
    /// assert!(Control::Certification.iso27002_2005().is_none());
    /// ```
    #[must_use]
    pub const fn iso27002_2005(self) -> Option<IsoMapping> {
        match self.row().iso {
            Some(IsoRow { id, title_en, fit }) => Some(IsoMapping {
                scheme: Edition::Iso27002_2005,
                id: Cow::Borrowed(id),
                title_en: Cow::Borrowed(title_en),
                fit,
            }),
            None => None,
        }
    }

    /// The ISO/IEC 27001:2013 Annex A counterparts: our identification of the successor, or our nearest fit where
    /// the 2005 control was withdrawn ([`Correspondence`]). Empty where there is neither (the document's own
    /// sections, and withdrawn controls without a near successor).
    ///
    /// ```
    /// use idcf_responsibility::{Control, iso::Correspondence};
    /// let cw = &Control::InformationBackup.iso27001_2013()[0];
    /// assert_eq!((cw.ids[0].as_ref(), cw.correspondence), ("A.12.3.1", Correspondence::Identified));
    /// assert!(Control::AuthorizationProcessForFacilities.iso27001_2013().is_empty());
    /// ```
    #[must_use]
    pub const fn iso27001_2013(self) -> &'static [Crosswalk] {
        self.row().iso2013
    }

    /// The ISO/IEC 27001:2022 Annex A counterparts: those that follow from the 2013 ids through ISO/IEC
    /// 27002:2022 Annex B, Table B.2 (marked [`TableB2`](Correspondence::TableB2), or
    /// [`NearestFit`](Correspondence::NearestFit) when the 2013 ids are), then any of our own
    /// [`Judgement`](Correspondence::Judgement), each group with how it is known.
    ///
    /// ```
    /// use idcf_responsibility::{Control, iso::Correspondence};
    /// assert_eq!(Control::InformationBackup.iso27001_2022()[0].ids[0], "A.8.13");
    /// // 7.3.1's nearest 2013 ids are A.9.4.2 and A.9.1.2; Table B.2 takes them to A.8.5 and A.5.15.
    /// assert_eq!(Control::ExternalUserAuthentication.iso27001_2022()[0].ids.as_ref(), ["A.8.5", "A.5.15"]);
    /// // 2.2.1: A.5.23 (cloud services, new in 2022) is our judgement, not a successor.
    /// let groups = Control::ExternalPartyRisks.iso27001_2022();
    /// assert_eq!(groups[1].correspondence, Correspondence::Judgement);
    /// ```
    #[must_use]
    pub fn iso27001_2022(self) -> &'static [Crosswalk] {
        ISO2022.get(self.index()).map_or(&[], Vec::as_slice)
    }

    /// The counterparts in an edition, with their scheme: the 2005 one, or every id of the crosswalk.
    ///
    /// ```
    /// use idcf_responsibility::{Control, iso::Edition};
    /// let ids = Control::SecureLogOn.qualified_ids(Edition::Iso27001_2022);
    /// assert_eq!(ids, ["iso27001-2022:A.8.5"]);
    /// ```
    #[must_use]
    pub fn qualified_ids(self, edition: Edition) -> Vec<String> {
        let all = |groups: &[Crosswalk]| groups.iter().flat_map(Crosswalk::qualified).collect();
        match edition {
            Edition::Iso27002_2005 => self.iso27002_2005().map(|i| i.to_string()).into_iter().collect(),
            Edition::Iso27001_2013 => all(self.iso27001_2013()),
            Edition::Iso27001_2022 => all(self.iso27001_2022()),
        }
    }

    /// The number of sentences of the section, as `docs/coding/segment.py` cuts the document's text; every
    /// duty cites one of them ([`Duty::sentence`]).
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Control::InformationBackup.sentences(), 2);
    /// ```
    #[must_use]
    pub const fn sentences(self) -> u8 {
        self.row().sentences
    }

    /// A number the document's text prints for this section by mistake, with our note: 8.2.1's first sentence is
    /// numbered 8.2.2, and there is no section 8.2.2. [`Control::find`] resolves the misprint to the section.
    ///
    /// ```
    /// use idcf_responsibility::Control;
    /// let (number, note) = Control::CryptographyPolicy.misprint().unwrap();
    /// assert_eq!(number, "8.2.2");
    /// assert!(note.en.contains("no section 8.2.2"));
    /// assert_eq!(Control::find("8.2.2")?, [Control::CryptographyPolicy]);
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    #[must_use]
    pub const fn misprint(self) -> Option<(&'static str, &'static Text)> {
        match &self.row().misprint {
            Some(m) => Some((m.number, &m.note)),
            None => None,
        }
    }

    /// Our judgement that the section does not apply to a service, with the reason; `None` where it applies.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Service};
    /// assert!(Control::BackupFunction.not_applicable_reason(Service::ObjectStorage).is_some());
    /// assert!(Control::BackupFunction.not_applicable_reason(Service::IdcfCloud).is_none());
    /// ```
    #[must_use]
    pub fn not_applicable_reason(self, service: crate::Service) -> Option<&'static Text> {
        self.row().not_applicable.iter().find(|(s, _)| *s == service).map(|(_, reason)| reason)
    }

    /// What the whole section says, for all five services, summarised in our own words, in English and Japanese.
    /// A service's cell shows [`Control::summary`], which is true of that service.
    ///
    /// ```
    /// let s = idcf_responsibility::Control::ClockSynchronization.section_summary();
    /// assert!(s.en.contains("NTP"));
    /// ```
    #[must_use]
    pub const fn section_summary(self) -> &'static Text {
        &self.row().summary
    }

    /// The summary a service's cell shows: where the section's duties differ by scope, Object Storage has a summary
    /// of its own that speaks of Object Storage (or of what holds for all five services), never of virtual machines;
    /// every other cell shows [`Control::section_summary`].
    ///
    /// ```
    /// use idcf_responsibility::{Control, Service};
    /// let c = Control::InformationBackup;
    /// assert!(c.summary(Service::IdcfCloud).en.contains("virtual machines"));
    /// assert!(!c.summary(Service::ObjectStorage).en.contains("virtual machine"));
    /// assert_eq!(Control::ClockSynchronization.summary(Service::ObjectStorage), Control::ClockSynchronization.section_summary());
    /// ```
    #[must_use]
    pub const fn summary(self, service: crate::Service) -> &'static Text {
        match (&self.row().object_storage_summary, service) {
            (Some(summary), crate::Service::ObjectStorage) => summary,
            _ => &self.row().summary,
        }
    }

    /// Every duty of the whole section, for all five services: stated ones with their scope, and our inferred ones.
    /// A service's duties are its cell's ([`Matrix::cell`](crate::Matrix::cell), [`Cell::duties`](crate::Cell::duties)):
    /// those whose scope includes the service.
    ///
    /// ```
    /// use idcf_responsibility::{Capability, Control, Party};
    /// let duties = Control::BackupFunction.section_duties();
    /// assert!(duties.iter().any(|d| d.party == Party::Provider && d.capability == Some(Capability::BackupFunction)));
    /// ```
    #[must_use]
    pub const fn section_duties(self) -> &'static [Duty] {
        self.row().duties
    }

    /// What the section says the provider does not disclose.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Withheld};
    /// assert_eq!(Control::LearningFromIncidents.withheld(), &[Withheld::IncidentKnowledge]);
    /// ```
    #[must_use]
    pub const fn withheld(self) -> &'static [Withheld] {
        self.row().withheld
    }

    /// The control whose section id is exactly `section` (`"6.5.1"`), if any.
    ///
    /// ```
    /// use idcf_responsibility::Control;
    /// assert_eq!(Control::from_section("7.4.1"), Some(Control::SecureLogOn));
    /// assert_eq!(Control::from_section("8.2.2"), None); // a misprint of the text, not a section: see `find`
    /// ```
    #[must_use]
    pub fn from_section(section: &str) -> Option<Control> {
        let section = section.trim().trim_start_matches('§');
        Control::ALL.iter().copied().find(|c| c.section() == section)
    }

    /// Every control an id names, in document order.
    ///
    /// Accepts a section id (`6.5.1`, `§6.5.1`; the misprint `8.2.2` resolves to 8.2.1, see
    /// [`Control::misprint`]), a control id (`information-backup`), an English or Japanese title
    /// (forgiving case and separators), an edition-qualified ISO id (`iso27002-2005:10.5.1`,
    /// `iso27001-2013:A.12.3.1`, `iso27001-2022:A.8.13`), or an Annex A id whose edition its form tells:
    ///
    /// - `A.x.y` (two levels) is ISO/IEC 27001:2022 (`A.8.13`);
    /// - `A.x.y.z` (three levels) is ISO/IEC 27001:2005 (= 27002:2005) or 2013, whichever has the id; when both do
    ///   (`A.12.3.1`: cryptographic policy in 2005, back-up in 2013), nothing is chosen:
    ///   [`ParseError::AmbiguousEdition`] gives each edition's reading.
    ///
    /// An ISO id can name more than one section (`A.10.5.1` names both 6.5.1 and 6.5.2), and a 2013 or 2022 id
    /// names the sections whose crosswalk lists it, whatever its correspondence (see [`Control::iso27001_2022`]).
    /// A bare number (`10.1.1`) is read as a section of the document, never as ISO; one that is no section but an
    /// ISO id (`10.5.1`) is refused with its scheme-qualified forms ([`ParseError::NotASection`]).
    ///
    /// This is the exact resolver: keywords (`backup`, `ログ`) and heading numbers (`6.5`) name no control here.
    /// [`lookup`](crate::lookup) takes every form this accepts, headings and keywords too, and ranks what it finds.
    ///
    /// # Errors
    ///
    /// [`ParseError::Unknown`] with close candidates when the input names no control (a heading's controls for a
    /// heading number); [`ParseError::AmbiguousEdition`] and [`ParseError::NotASection`] as above.
    ///
    /// ```
    /// use idcf_responsibility::{Control, ParseError};
    /// assert_eq!(Control::find("A.10.5.1")?, [Control::InformationBackup, Control::BackupFunction]); // 2005 only
    /// assert_eq!(Control::find("iso27002-2005:11.4.6")?, [Control::NetworkConnectionControl]);
    /// assert_eq!(Control::find("A.8.13")?, [Control::InformationBackup, Control::BackupFunction]); // 2022
    /// assert_eq!(Control::find("A.5.23")?, [Control::ExternalPartyRisks]);
    /// assert_eq!(Control::find("ISO27001-2013:a.12.3.1")?, [Control::InformationBackup, Control::BackupFunction]);
    /// assert!(matches!(Control::find("A.12.3.1"), Err(ParseError::AmbiguousEdition { .. })));
    /// assert_eq!(Control::find("10.1.1")?, [Control::BusinessContinuityRiskAssessment]);
    /// assert!(matches!(Control::find("10.5.1"), Err(ParseError::NotASection { .. })));
    /// assert!(Control::find("A.5.1.1").is_err()); // an id of 2005 and 2013 that no section answers
    /// assert!(Control::find("backup").is_err()); // keywords: see `search`
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    pub fn find(input: &str) -> Result<Vec<Control>, ParseError> {
        match resolve(input) {
            Resolved::Found(_, found, _) => Ok(found),
            Resolved::Ambiguous(readings) => Err(ParseError::AmbiguousEdition { input: input.to_owned(), readings }),
            Resolved::NotASection(readings) => Err(ParseError::NotASection { input: input.to_owned(), readings }),
            Resolved::Category(category) => Err(match vocab::unknown::<Control>(input) {
                // A heading names its controls: suggest them (search lists them).
                ParseError::Unknown { what, input, expected, .. } => ParseError::Unknown {
                    what,
                    input,
                    expected,
                    suggestions: category.controls().map(Control::section).collect(),
                },
                other => other,
            }),
            Resolved::Iso(_) => Err(match vocab::unknown::<Control>(input) {
                // Names close in spelling to an ISO id are no help.
                ParseError::Unknown { what, input, expected, .. } => {
                    ParseError::Unknown { what, input, expected, suggestions: Vec::new() }
                }
                other => other,
            }),
            Resolved::Nothing => Err(vocab::unknown::<Control>(input)),
        }
    }
}

/// What an exact form names; [`Control::find`] and [`lookup`](crate::lookup) both start here. No suggestions are
/// computed.
#[derive(Debug)]
pub(crate) enum Resolved {
    /// Controls, and the form that named them; with the edition's reading when the form is an ISO id.
    Found(crate::search::Matched, Vec<Control>, Option<crate::iso::IsoReading>),
    /// A three-level Annex A id of 2005 and 2013 that leads to a section in one of them at least: nothing chosen.
    Ambiguous(Vec<crate::iso::IsoReading>),
    /// A bare number that is no section or heading of the document but an ISO id: its readings.
    NotASection(Vec<crate::iso::IsoReading>),
    /// A heading number (`6.5`): [`lookup`](crate::lookup) lists its controls.
    Category(Category),
    /// An ISO id, or a number, that leads to no section: how it was read (empty when no edition has it). Not a
    /// keyword either.
    Iso(Vec<crate::iso::IsoReading>),
    /// No exact form: keywords may find something.
    Nothing,
}

/// Whether `s` is numbers joined by dots (`12.3.1`), with `levels` numbers.
fn is_number(s: &str, levels: usize) -> bool {
    let parts = s.split('.');
    parts.clone().count() == levels && parts.into_iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The reading of `id` in `edition`, with the sections it leads to; `id` in the edition's own form, `A.` already
/// removed for 2005 and present for the others.
fn reading(edition: Edition, id: &str) -> crate::iso::IsoReading {
    let in_crosswalk = |groups: &[Crosswalk]| groups.iter().any(|cw| cw.ids.iter().any(|x| x.eq_ignore_ascii_case(id)));
    let controls = Control::ALL
        .iter()
        .copied()
        .filter(|&c| match edition {
            Edition::Iso27002_2005 => c.row().iso.is_some_and(|iso| iso.id == id),
            Edition::Iso27001_2013 => in_crosswalk(c.iso27001_2013()),
            Edition::Iso27001_2022 => in_crosswalk(c.iso27001_2022()),
        })
        .collect();
    crate::iso::IsoReading::new(edition, id, controls)
}

/// An id read in the edition its form names.
fn qualified(edition: Edition, id: &str) -> Resolved {
    let id = id.trim();
    let bare = strip_prefix_ignore_case(id, "A.").unwrap_or(id);
    let id = match edition {
        Edition::Iso27002_2005 => bare.to_owned(),
        _ => format!("A.{bare}"),
    };
    let read = reading(edition, &id);
    if read.controls.is_empty() {
        let known = edition.contains(&id);
        Resolved::Iso(if known { vec![read] } else { Vec::new() })
    } else {
        Resolved::Found(crate::search::Matched::Iso(edition), read.controls.clone(), Some(read))
    }
}

/// The readings of a bare ISO number (`12.3.1` or `A.12.3.1` alike, without `A.`): 2005 and 2013 for three
/// levels, 2022 for two; only the editions that have the id.
fn readings(number: &str) -> Vec<crate::iso::IsoReading> {
    let annex = format!("A.{number}");
    let mut out = Vec::new();
    if is_number(number, 3) {
        if Edition::Iso27002_2005.contains(number) {
            out.push(reading(Edition::Iso27002_2005, number));
        }
        if Edition::Iso27001_2013.contains(&annex) {
            out.push(reading(Edition::Iso27001_2013, &annex));
        }
    } else if is_number(number, 2) && Edition::Iso27001_2022.contains(&annex) {
        out.push(reading(Edition::Iso27001_2022, &annex));
    }
    out
}

/// The controls an exact form names, and which form it is. [`Control::find`] and [`lookup`](crate::lookup) both
/// start here; no suggestions are computed.
pub(crate) fn resolve(input: &str) -> Resolved {
    use crate::search::Matched;
    // As typed: `６.５.１`, `Ａ.８.１３`, `iso27001-2022：A.8.13` are the ASCII ids.
    let normalized = crate::fold::nfkc(input);
    let trimmed = normalized.as_ref();
    let number = trimmed.trim_start_matches('§');
    for (prefix, edition) in [
        ("iso27001-2013:", Edition::Iso27001_2013),
        ("iso27001-2022:", Edition::Iso27001_2022),
        ("iso27002-2005:", Edition::Iso27002_2005),
        ("iso27001-2005:", Edition::Iso27002_2005),
    ] {
        if let Some(id) = strip_prefix_ignore_case(trimmed, prefix) {
            return qualified(edition, id);
        }
    }
    if let Some(id) = strip_prefix_ignore_case(trimmed, "A.") {
        // Annex A without a scheme: two levels are 2022's; three levels are 2005's or 2013's, and when both
        // editions have the id and one of them leads to a section, nothing is chosen.
        let id = id.trim();
        let mut found = readings(id);
        return match found.len() {
            _ if found.iter().all(|r| r.controls.is_empty()) => Resolved::Iso(found),
            1 => {
                let read = found.swap_remove(0);
                Resolved::Found(Matched::Iso(read.edition), read.controls.clone(), Some(read))
            }
            _ => Resolved::Ambiguous(found),
        };
    }
    if let Some(c) = Control::from_section(trimmed) {
        return Resolved::Found(Matched::Section, vec![c], None);
    }
    if let Some(c) = Control::ALL.iter().copied().find(|c| c.misprint().is_some_and(|(n, _)| n == number)) {
        return Resolved::Found(Matched::Misprint, vec![c], None);
    }
    if let Some(&category) = Category::ALL.iter().find(|c| c.number() == number) {
        return Resolved::Category(category);
    }
    if is_number(number, 3) || is_number(number, 2) {
        let found = readings(number);
        return if found.iter().all(|r| r.controls.is_empty()) {
            Resolved::Iso(found)
        } else {
            Resolved::NotASection(found)
        };
    }
    let key = vocab::fold(trimmed);
    let names = &*FOLDED_NAMES;
    let from = names.partition_point(|(name, _)| name.as_str() < key.as_str());
    let mut found: Vec<Control> = names
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|(name, _)| !key.is_empty() && *name == key)
        .map(|&(_, c)| c)
        .collect();
    found.sort_unstable();
    found.dedup();
    // The folded names are the id, the section and the titles: say which one the input was.
    let matched = match found.as_slice() {
        [] => return Resolved::Nothing,
        [one] if trimmed.eq_ignore_ascii_case(one.id()) => Matched::ControlId,
        [one] if crate::Lang::ALL.iter().any(|&lang| vocab::fold(one.label(lang)) == key) => Matched::Title,
        [one] if vocab::fold(one.id()) == key => Matched::ControlId,
        [one] if vocab::fold(one.section()) == key => Matched::Section,
        _ => Matched::Title,
    };
    Resolved::Found(matched, found, None)
}

/// Every folded name of every control (its id, section and titles, as [`Vocabulary::aliases`] lists them), sorted
/// for binary search: what `Control::folded()` holds, in one table, so that resolving a name does not compare it
/// with every control's names.
static FOLDED_NAMES: std::sync::LazyLock<Vec<(String, Control)>> = std::sync::LazyLock::new(|| {
    let mut names: Vec<(String, Control)> = Control::ALL
        .iter()
        .flat_map(|&c| std::iter::once(c.id()).chain(c.aliases().iter().copied()).map(move |n| (vocab::fold(n), c)))
        .collect();
    names.sort();
    names.dedup();
    names
});

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| s.get(prefix.len()..)).flatten()
}

impl std::str::FromStr for Control {
    type Err = ParseError;

    /// Parses any form [`Control::find`] accepts, when it names exactly one control.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match Control::find(s)?.as_slice() {
            [one] => Ok(*one),
            many => Err(ParseError::Ambiguous { input: s.to_owned(), candidates: many.to_vec() }),
        }
    }
}

/// The 2022 crosswalk of every control, derived once from the 2013 ids through Table B.2, plus our judgements.
static ISO2022: std::sync::LazyLock<Vec<Vec<Crosswalk>>> = std::sync::LazyLock::new(|| {
    Control::ALL
        .iter()
        .map(|c| {
            let mut groups = Vec::new();
            for cw in c.iso27001_2013() {
                let mut ids: Vec<Cow<'static, str>> = Vec::new();
                for id in cw.ids.iter() {
                    let row = crate::data::iso27002_2022_b2::TABLE_B2.iter().find(|(from, _)| *from == id.as_ref());
                    for to in row.map_or(&[][..], |(_, to)| to) {
                        if !ids.iter().any(|x| x == to) {
                            ids.push(Cow::Borrowed(to));
                        }
                    }
                }
                let correspondence = match cw.correspondence {
                    Correspondence::NearestFit => Correspondence::NearestFit,
                    _ => Correspondence::TableB2,
                };
                groups.push(Crosswalk { edition: Edition::Iso27001_2022, ids: Cow::Owned(ids), correspondence });
            }
            let judgement = c.row().iso2022_judgement;
            if !judgement.is_empty() {
                groups.push(Crosswalk {
                    edition: Edition::Iso27001_2022,
                    ids: judgement.iter().map(|&id| Cow::Borrowed(id)).collect(),
                    correspondence: Correspondence::Judgement,
                });
            }
            groups
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sorted_name_table_finds_what_every_controls_names_match() {
        let mut keys: Vec<String> = FOLDED_NAMES.iter().map(|(n, _)| n.clone()).collect();
        keys.extend(FOLDED_NAMES.iter().map(|(n, _)| format!("{n}x")));
        keys.extend(FOLDED_NAMES.iter().filter_map(|(n, _)| n.get(1..).map(str::to_owned)));
        keys.push(String::new());
        for key in keys {
            let by_control: Vec<Control> =
                Control::ALL.iter().zip(Control::folded()).filter(|(_, f)| f.matches(&key)).map(|(&c, _)| c).collect();
            let by_table = match resolve(&key) {
                Resolved::Found(m, found, _)
                    if matches!(
                        m,
                        crate::search::Matched::ControlId
                            | crate::search::Matched::Title
                            | crate::search::Matched::Section
                    ) =>
                {
                    Some((m, found))
                }
                _ => None,
            };
            match by_table {
                Some((_, found)) if Control::from_section(&key).is_none() => assert_eq!(found, by_control, "{key:?}"),
                Some(_) => {}
                None => assert!(by_control.is_empty(), "{key:?}"),
            }
        }
    }
}
