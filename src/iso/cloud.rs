//! ISO/IEC 27017's seven extended controls (CLD): the cloud controls an organisation using a cloud service adds to
//! its Statement of Applicability, with the routes by which the document reaches each. The rows live in
//! [`crate::data`].

use std::borrow::Cow;

use crate::vocab::vocabulary;
use crate::{Control, Duty, ParseError, Party, Provenance, Scope, Service, Text};

/// To whom ISO/IEC 27017 gives implementation guidance for a cloud control: the reference's two columns (customer,
/// provider) read together.
///
/// ```
/// use idcf_responsibility::{Lang, iso::{CloudControl, Guidance}};
/// let segregation = CloudControl::from_id("CLD.9.5.1").unwrap();
/// assert_eq!(segregation.guidance(), Guidance::Provider);
/// assert!(!Guidance::Provider.to_customer());
/// assert_eq!(Guidance::Joint.label(Lang::Ja), "利用者と提供者に共通の指針");
/// assert_eq!("joint".parse::<Guidance>()?, Guidance::Joint);
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Guidance {
    /// Guidance for the cloud service customer only; none for the provider.
    Customer,
    /// Guidance for the cloud service provider only; the customer's column says "no additional implementation
    /// guidance".
    Provider,
    /// Separate guidance for each: one text for the customer, another for the provider.
    Both,
    /// One text that addresses the customer and the provider together.
    Joint,
}

impl Guidance {
    /// Every value.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::Guidance::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [Guidance] = &[Guidance::Customer, Guidance::Provider, Guidance::Both, Guidance::Joint];

    /// Whether the standard gives the customer guidance (its own or a joint text).
    ///
    /// ```
    /// use idcf_responsibility::iso::Guidance;
    /// assert!(Guidance::Joint.to_customer());
    /// assert!(!Guidance::Provider.to_customer());
    /// ```
    #[must_use]
    pub const fn to_customer(self) -> bool {
        !matches!(self, Guidance::Provider)
    }

    /// Whether the standard gives the provider guidance (its own or a joint text).
    ///
    /// ```
    /// use idcf_responsibility::iso::Guidance;
    /// assert!(Guidance::Both.to_provider());
    /// assert!(!Guidance::Customer.to_provider());
    /// ```
    #[must_use]
    pub const fn to_provider(self) -> bool {
        !matches!(self, Guidance::Customer)
    }

    /// Whether the standard gives guidance to a party.
    ///
    /// ```
    /// use idcf_responsibility::{Party, iso::Guidance};
    /// assert!(Guidance::Provider.to(Party::Provider));
    /// assert!(!Guidance::Provider.to(Party::Customer));
    /// ```
    #[must_use]
    pub const fn to(self, party: Party) -> bool {
        match party {
            Party::Provider => self.to_provider(),
            Party::Customer => self.to_customer(),
        }
    }

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, iso::Guidance};
    /// assert_eq!(Guidance::Both.label(Lang::En), "customer and provider, each its own guidance");
    /// assert_eq!(Guidance::Provider.label(Lang::Ja), "提供者のみ");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            Guidance::Customer => ["customer only", "利用者のみ"],
            Guidance::Provider => ["provider only", "提供者のみ"],
            Guidance::Both => ["customer and provider, each its own guidance", "利用者と提供者（それぞれに指針）"],
            Guidance::Joint => ["customer and provider, one joint text", "利用者と提供者に共通の指針"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }
}

vocabulary!(Guidance, Guidance, "customer, provider, both or joint", aliases: |g| match g {
    Guidance::Customer => &["customer only", "利用者のみ"],
    Guidance::Provider => &["provider only", "提供者のみ"],
    Guidance::Both => &["customer and provider"],
    Guidance::Joint => &["共通"],
});

/// How a route reaches a cloud control: through a numbered section of the document, or through the allocation of
/// duties as a whole, which the document sets out section by section and this crate's matrix and register record
/// (CLD.6.3.1, shared roles and responsibilities, is that allocation; no single section is).
///
/// ```
/// use idcf_responsibility::iso::{CloudControl, RouteKind};
/// let shared_roles = CloudControl::from_id("CLD.6.3.1").unwrap();
/// assert_eq!(shared_roles.routes()[0].kind, RouteKind::Allocation);
/// assert_eq!(RouteKind::Section.to_string(), "section");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum RouteKind {
    /// A numbered section of the document leads to the control ([`CloudRoute::section`] names it).
    Section,
    /// The allocation of duties as a whole: the document's division of the work between IDCF and the customer,
    /// which the matrix and the customer's register record. No single section ([`CloudRoute::section`] is `None`).
    Allocation,
}

impl RouteKind {
    /// Every kind.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::RouteKind::ALL.len(), 2);
    /// ```
    pub const ALL: &'static [RouteKind] = &[RouteKind::Section, RouteKind::Allocation];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, iso::RouteKind};
    /// assert_eq!(RouteKind::Allocation.label(Lang::Ja), "責任分担の全体");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            RouteKind::Section => ["a section of the document", "文書の節"],
            RouteKind::Allocation => ["the allocation of duties as a whole", "責任分担の全体"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }
}

vocabulary!(RouteKind, RouteKind, "section or allocation", aliases: |k| match k {
    RouteKind::Section => &["節"],
    RouteKind::Allocation => &["責任分担"],
});

/// What the customer inherits from IDCF under a cloud control, by our reconciled judgement (two readers, see
/// `docs/coding/cld-reconciliation.md`) and the written rule: inherited only where IDCF performs or offers the
/// control's measure for the customer's system; never through a disclosure or IDCF's own organisation.
///
/// ```
/// use idcf_responsibility::{Lang, iso::{CloudControl, Inheritance}};
/// assert_eq!(CloudControl::from_id("CLD.9.5.1").unwrap().inheritance(), Inheritance::Full);
/// assert_eq!(CloudControl::from_id("CLD.6.3.1").unwrap().inheritance(), Inheritance::NotInherited);
/// assert_eq!(Inheritance::Partial.label(Lang::Ja), "一部を継承");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Inheritance {
    /// IDCF performs the control's measure for the customer's system; the customer oversees IDCF through its
    /// supplier controls.
    Full,
    /// IDCF performs or offers part of the measure; the customer implements the rest.
    Partial,
    /// The customer implements the control itself; what IDCF does under the routes is information for it (a
    /// disclosure, IDCF's own organisation) or a function the customer runs as part of its own measure.
    NotInherited,
    /// The measure would be IDCF's, but the document does not show it: nothing can be recorded as inherited, and
    /// the customer decides whether to include the control (and asks IDCF for evidence if it does).
    NotShown,
}

impl Inheritance {
    /// Every value.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::Inheritance::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [Inheritance] =
        &[Inheritance::Full, Inheritance::Partial, Inheritance::NotInherited, Inheritance::NotShown];

    /// Whether anything is inherited (in full or in part).
    ///
    /// ```
    /// use idcf_responsibility::iso::Inheritance;
    /// assert!(Inheritance::Partial.is_inherited());
    /// assert!(!Inheritance::NotShown.is_inherited());
    /// ```
    #[must_use]
    pub const fn is_inherited(self) -> bool {
        matches!(self, Inheritance::Full | Inheritance::Partial)
    }

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, iso::Inheritance};
    /// assert_eq!(Inheritance::NotShown.label(Lang::En), "not shown by the document: the customer decides");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            Inheritance::Full => ["inherited from IDCF", "IDCFから継承"],
            Inheritance::Partial => ["partly inherited from IDCF", "一部を継承"],
            Inheritance::NotInherited => ["implemented by the customer", "お客さまが実施"],
            Inheritance::NotShown => {
                ["not shown by the document: the customer decides", "文書に記載なし（お客さまが判断）"]
            }
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }
}

vocabulary!(Inheritance, Inheritance, "full, partial, not-inherited or not-shown", aliases: |i| match i {
    Inheritance::Full => &["fully", "inherited"],
    Inheritance::Partial => &["partly"],
    Inheritance::NotInherited => &["no"],
    Inheritance::NotShown => &[],
});

/// One route from the document to a cloud control: the section that leads to it (or the allocation as a whole),
/// the party whose part it concerns, and our reason. Every route is our judgement ([`Provenance::Inferred`]): the
/// document, written in 2014, does not cite ISO/IEC 27017.
///
/// ```
/// use idcf_responsibility::{Control, Party, Provenance, iso::CloudControl};
/// let segregation = CloudControl::from_id("CLD.9.5.1").unwrap();
/// let route = &segregation.routes()[0];
/// assert_eq!(route.section, Some(Control::ClassificationGuidelines)); // 3.2.1
/// assert_eq!(route.parties.as_ref(), [Party::Provider]);
/// assert_eq!(route.provenance, Provenance::Inferred);
/// assert!(route.reason.en.contains("IDCF"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CloudRoute {
    /// Whether a section or the allocation as a whole leads to the control.
    pub kind: RouteKind,
    /// The section, for a [`RouteKind::Section`] route; `None` for the allocation.
    pub section: Option<Control>,
    /// The sentences of the section the route rests on (numbered as [`Duty::sentence`]); empty for the
    /// allocation.
    pub sentences: Cow<'static, [u8]>,
    /// The parties whose part of those sentences the route rests on: IDCF's, the customer's, or both.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1, max = 2)))]
    pub parties: Cow<'static, [Party]>,
    /// The services the route concerns for this control (a route about virtual machines does not reach Object
    /// Storage).
    pub scope: Scope,
    /// Why the route leads to the control, in our words.
    pub reason: Text,
    /// How the route is known: always our judgement ([`Provenance::Inferred`]).
    pub provenance: Provenance,
}

impl CloudRoute {
    /// A route through some sentences of a section (built-in data).
    pub(crate) const fn via(
        section: Control,
        sentences: &'static [u8],
        parties: &'static [Party],
        scope: Scope,
        en: &'static str,
        ja: &'static str,
    ) -> Self {
        CloudRoute {
            kind: RouteKind::Section,
            section: Some(section),
            sentences: Cow::Borrowed(sentences),
            parties: Cow::Borrowed(parties),
            scope,
            reason: Text::new(en, ja),
            provenance: Provenance::Inferred,
        }
    }

    /// A route through the allocation as a whole (built-in data).
    pub(crate) const fn allocation(parties: &'static [Party], en: &'static str, ja: &'static str) -> Self {
        CloudRoute {
            kind: RouteKind::Allocation,
            section: None,
            sentences: Cow::Borrowed(&[]),
            parties: Cow::Borrowed(parties),
            scope: Scope::AllServices,
            reason: Text::new(en, ja),
            provenance: Provenance::Inferred,
        }
    }

    /// Whether the route rests on a party's part.
    ///
    /// ```
    /// use idcf_responsibility::{Party, iso::CloudControl};
    /// let hardening = CloudControl::from_id("CLD.9.5.2").unwrap();
    /// assert!(hardening.routes().iter().any(|r| r.concerns(Party::Customer)));
    /// ```
    #[must_use]
    pub fn concerns(&self, party: Party) -> bool {
        self.parties.contains(&party)
    }

    /// Whether the route concerns a service ([`CloudRoute::scope`]).
    ///
    /// ```
    /// use idcf_responsibility::{Service, iso::CloudControl};
    /// let hardening = CloudControl::from_id("CLD.9.5.2").unwrap();
    /// assert!(hardening.routes().iter().all(|r| !r.reaches(Service::ObjectStorage))); // no virtual machines
    /// assert!(hardening.routes().iter().all(|r| r.reaches(Service::IdcfCloud)));
    /// ```
    #[must_use]
    pub const fn reaches(&self, service: Service) -> bool {
        self.scope.includes(service)
    }

    /// The duties the route rests on: the section's duties from its sentences, of its parties, within its scope
    /// (none for the allocation, which rests on the whole matrix).
    ///
    /// ```
    /// use idcf_responsibility::{DutyKind, Layer, Party, iso::CloudControl};
    /// let segregation = CloudControl::from_id("CLD.9.5.1").unwrap();
    /// let duty = segregation.routes()[0].duties().next().unwrap(); // 3.2.1: logical separation
    /// assert_eq!((duty.party, duty.kind, duty.layer), (Party::Provider, DutyKind::Performs, Layer::Platform));
    /// ```
    pub fn duties(&self) -> impl Iterator<Item = &'static Duty> + '_ {
        self.section.map_or(&[][..], Control::section_duties).iter().filter(move |d| {
            self.sentences.contains(&d.sentence)
                && self.parties.contains(&d.party)
                && self.scope.services().any(|s| d.scope.includes(s))
        })
    }
}

/// The objective group of a cloud control (`CLD.9.5`), with its English title as ISO/IEC 27017 prints it and a
/// Japanese title of our own.
///
/// ```
/// use idcf_responsibility::iso::CloudControl;
/// let objective = CloudControl::from_id("CLD.12.4.5").unwrap().objective();
/// assert_eq!(objective.id(), "CLD.12.4");
/// assert_eq!(objective.title_en(), "Logging and monitoring");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CloudObjective {
    id: &'static str,
    title_en: &'static str,
    title_ja: &'static str,
}

impl CloudObjective {
    /// A row of the dataset.
    pub(crate) const fn new(id: &'static str, title_en: &'static str, title_ja: &'static str) -> Self {
        CloudObjective { id, title_en, title_ja }
    }

    /// The id (`CLD.9.5`).
    ///
    /// ```
    /// use idcf_responsibility::iso::CloudControl;
    /// assert_eq!(CloudControl::from_id("CLD.9.5.2").unwrap().objective().id(), "CLD.9.5");
    /// ```
    #[must_use]
    pub const fn id(self) -> &'static str {
        self.id
    }

    /// The English title.
    ///
    /// ```
    /// use idcf_responsibility::iso::CloudControl;
    /// assert_eq!(CloudControl::from_id("CLD.13.1.4").unwrap().objective().title_en(), "Network security management");
    /// ```
    #[must_use]
    pub const fn title_en(self) -> &'static str {
        self.title_en
    }

    /// The Japanese title: our translation, not the JIS Q 27017 wording.
    ///
    /// ```
    /// use idcf_responsibility::iso::CloudControl;
    /// assert_eq!(CloudControl::from_id("CLD.12.4.5").unwrap().objective().title_ja(), "ログ取得及び監視");
    /// ```
    #[must_use]
    pub const fn title_ja(self) -> &'static str {
        self.title_ja
    }

    /// The human label in a language: the title.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, iso::CloudControl};
    /// let o = CloudControl::from_id("CLD.8.1.5").unwrap().objective();
    /// assert_eq!(o.label(Lang::En), "Responsibility for assets");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.title_en,
            crate::Lang::Ja => self.title_ja,
        }
    }
}

impl std::fmt::Display for CloudObjective {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

/// The scheme prefix of a qualified cloud control id (`iso27017-2015:CLD.9.5.1`).
const SCHEME: &str = "iso27017-2015:";

/// What [`CloudControl`] parsing accepts, for error messages.
const CLOUD_FORMS: &str = "an ISO/IEC 27017 cloud control id with its CLD prefix: CLD.6.3.1, CLD.8.1.5, CLD.9.5.1, \
     CLD.9.5.2, CLD.12.1.5, CLD.12.4.5 or CLD.13.1.4 (a bare 9.5.1 is refused: it is also a number in other schemes)";

/// One of the seven extended controls of ISO/IEC 27017:2015 Annex A (= ITU-T X.1631; JIS Q 27017:2016 is its
/// Japanese edition): its id, objective group, English short title, a Japanese title of our own, to whom the
/// standard gives guidance, and the routes by which the document reaches it. A typed id: it prints, parses and
/// serialises as its id (`CLD.9.5.1`), and only the seven ids exist.
///
/// ```
/// use idcf_responsibility::{Control, iso::{CloudControl, Guidance}};
/// let segregation: CloudControl = "CLD.9.5.1".parse()?;
/// assert_eq!(segregation.title_en(), "Segregation in virtual computing environments");
/// assert_eq!(segregation.guidance(), Guidance::Provider);
/// assert_eq!(segregation.sections().next(), Some(Control::ClassificationGuidelines));
/// assert_eq!(CloudControl::catalogue().len(), 7);
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CloudControl {
    id: &'static str,
    objective: CloudObjective,
    title_en: &'static str,
    title_ja: &'static str,
    guidance: Guidance,
    inheritance: Inheritance,
    reason: &'static Text,
    routes: &'static [CloudRoute],
}

impl PartialOrd for CloudControl {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CloudControl {
    /// The standard's order (CLD.9.5.2 before CLD.12.1.5).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.index().cmp(&other.index()).then_with(|| self.id.cmp(other.id))
    }
}

impl CloudControl {
    /// A row of the dataset.
    #[allow(clippy::too_many_arguments, reason = "a row of the dataset, one argument per column")]
    pub(crate) const fn new(
        id: &'static str,
        objective: CloudObjective,
        title_en: &'static str,
        title_ja: &'static str,
        guidance: Guidance,
        inheritance: Inheritance,
        reason: &'static Text,
        routes: &'static [CloudRoute],
    ) -> Self {
        CloudControl { id, objective, title_en, title_ja, guidance, inheritance, reason, routes }
    }

    /// The seven controls, in the standard's order.
    ///
    /// ```
    /// use idcf_responsibility::iso::CloudControl;
    /// let all = CloudControl::catalogue();
    /// assert_eq!((all[0].id(), all[6].id()), ("CLD.6.3.1", "CLD.13.1.4"));
    /// ```
    #[must_use]
    pub fn catalogue() -> &'static [CloudControl] {
        &crate::data::iso27017::CLD
    }

    /// The control of an id, forgiving as people type it: `CLD.9.5.1`, `cld.9.5.1`, `CLD 9.5.1`, `CLD9.5.1`,
    /// `CLD-9-5-1` or `iso27017-2015:CLD.9.5.1`. The `CLD` prefix is required: a bare `9.5.1` or `6.3.1` is refused, because the
    /// same numbers are ids in other schemes (6.3.1 is a section of the document, capacity management).
    ///
    /// ```
    /// use idcf_responsibility::iso::CloudControl;
    /// assert_eq!(CloudControl::from_id("cld.9.5.1").unwrap().id(), "CLD.9.5.1");
    /// assert_eq!(CloudControl::from_id("iso27017-2015:CLD.13.1.4").unwrap().id(), "CLD.13.1.4");
    /// assert_eq!(CloudControl::from_id("CLD-12-4-5").unwrap().id(), "CLD.12.4.5");
    /// assert!(CloudControl::from_id("9.5.1").is_none());
    /// assert!(CloudControl::from_id("CLD.9.5.3").is_none());
    /// ```
    #[must_use]
    pub fn from_id(id: &str) -> Option<CloudControl> {
        let id = id.trim();
        let id = id.get(..SCHEME.len()).filter(|p| p.eq_ignore_ascii_case(SCHEME)).map_or(id, |_| &id[SCHEME.len()..]);
        let id = id.trim();
        let number = id.get(..3).filter(|p| p.eq_ignore_ascii_case("CLD")).and_then(|_| id.get(3..))?;
        let number = number.trim_start_matches([' ', '.', '-', '_', '\u{3000}']);
        // `9-5-1` and `9 5 1` read as `9.5.1`; anything longer than an id is nothing.
        let mut folded = [0u8; 8];
        let number = number.as_bytes();
        let folded = folded.get_mut(..number.len())?;
        for (to, &from) in folded.iter_mut().zip(number) {
            *to = if matches!(from, b'-' | b'_' | b' ') { b'.' } else { from };
        }
        Self::catalogue().iter().copied().find(|c| c.number().as_bytes() == folded)
    }

    /// The id without its `CLD.` prefix (`9.5.1`).
    fn number(self) -> &'static str {
        self.id.get(4..).unwrap_or("")
    }

    /// The id (`CLD.9.5.1`).
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::CloudControl::catalogue()[0].id(), "CLD.6.3.1");
    /// ```
    #[must_use]
    pub const fn id(self) -> &'static str {
        self.id
    }

    /// The id with its scheme (`iso27017-2015:CLD.9.5.1`).
    ///
    /// ```
    /// use idcf_responsibility::iso::CloudControl;
    /// assert_eq!(CloudControl::catalogue()[0].qualified(), "iso27017-2015:CLD.6.3.1");
    /// ```
    #[must_use]
    pub fn qualified(self) -> String {
        format!("{SCHEME}{}", self.id)
    }

    /// The objective group.
    ///
    /// ```
    /// use idcf_responsibility::iso::CloudControl;
    /// assert_eq!(CloudControl::from_id("CLD.9.5.1").unwrap().objective().id(), "CLD.9.5");
    /// ```
    #[must_use]
    pub const fn objective(self) -> CloudObjective {
        self.objective
    }

    /// The English short title, as ITU-T X.1631 prints it (for CLD.8.1.5 and CLD.12.4.5, as several secondary
    /// sources agree).
    ///
    /// ```
    /// use idcf_responsibility::iso::CloudControl;
    /// assert_eq!(CloudControl::from_id("CLD.9.5.2").unwrap().title_en(), "Virtual machine hardening");
    /// ```
    #[must_use]
    pub const fn title_en(self) -> &'static str {
        self.title_en
    }

    /// The Japanese short title: our translation, not the JIS title (JIS Q 27017's wording is copyrighted and is
    /// not reproduced).
    ///
    /// ```
    /// use idcf_responsibility::iso::CloudControl;
    /// assert_eq!(CloudControl::from_id("CLD.9.5.2").unwrap().title_ja(), "仮想マシンの堅牢化");
    /// ```
    #[must_use]
    pub const fn title_ja(self) -> &'static str {
        self.title_ja
    }

    /// The human label in a language: the short title ([`title_ja`](Self::title_ja) is our translation).
    ///
    /// ```
    /// use idcf_responsibility::{Lang, iso::CloudControl};
    /// let c = CloudControl::from_id("CLD.12.4.5").unwrap();
    /// assert_eq!(c.label(Lang::En), "Monitoring of cloud services");
    /// assert_eq!(c.label(Lang::Ja), c.title_ja());
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.title_en,
            crate::Lang::Ja => self.title_ja,
        }
    }

    /// To whom the standard gives implementation guidance.
    ///
    /// ```
    /// use idcf_responsibility::iso::{CloudControl, Guidance};
    /// assert_eq!(CloudControl::from_id("CLD.9.5.2").unwrap().guidance(), Guidance::Joint);
    /// assert_eq!(CloudControl::from_id("CLD.6.3.1").unwrap().guidance(), Guidance::Both);
    /// ```
    #[must_use]
    pub const fn guidance(self) -> Guidance {
        self.guidance
    }

    /// What the customer inherits from IDCF under the control, our reconciled judgement ([`reason`](Self::reason)
    /// says why).
    ///
    /// ```
    /// use idcf_responsibility::iso::{CloudControl, Inheritance};
    /// assert_eq!(CloudControl::from_id("CLD.9.5.2").unwrap().inheritance(), Inheritance::Partial);
    /// assert_eq!(CloudControl::from_id("CLD.13.1.4").unwrap().inheritance(), Inheritance::NotShown);
    /// ```
    #[must_use]
    pub const fn inheritance(self) -> Inheritance {
        self.inheritance
    }

    /// Why the control stands as it does for an IDCF customer: what IDCF does under it, what is left to the
    /// customer, in our words (IDCF named, no codebook codes).
    ///
    /// ```
    /// use idcf_responsibility::iso::CloudControl;
    /// let reason = CloudControl::from_id("CLD.9.5.1").unwrap().reason();
    /// assert!(reason.en.contains("IDCF") && reason.ja.contains("IDCF"));
    /// ```
    #[must_use]
    pub const fn reason(self) -> &'static Text {
        self.reason
    }

    /// The routes from the document to the control, each our judgement with its reason, the most direct first.
    ///
    /// ```
    /// use idcf_responsibility::{Party, iso::{CloudControl, RouteKind}};
    /// let shared_roles = CloudControl::from_id("CLD.6.3.1").unwrap();
    /// let allocation = &shared_roles.routes()[0];
    /// assert_eq!((allocation.kind, allocation.section), (RouteKind::Allocation, None));
    /// assert_eq!(allocation.parties.as_ref(), [Party::Provider, Party::Customer]);
    /// ```
    #[must_use]
    pub const fn routes(self) -> &'static [CloudRoute] {
        self.routes
    }

    /// The sections the routes name, in route order, each once.
    ///
    /// ```
    /// use idcf_responsibility::{Control, iso::CloudControl};
    /// let removal = CloudControl::from_id("CLD.8.1.5").unwrap();
    /// assert!(removal.sections().any(|s| s == Control::RemovalOfAccessRights)); // 4.1.2
    /// ```
    pub fn sections(self) -> impl Iterator<Item = Control> {
        self.routes.iter().enumerate().filter_map(|(i, r)| {
            let s = r.section?;
            (!self.routes.iter().take(i).any(|earlier| earlier.section == Some(s))).then_some(s)
        })
    }

    /// The cloud controls a section of the document leads to, in the standard's order.
    ///
    /// ```
    /// use idcf_responsibility::{Control, iso::CloudControl};
    /// let ids: Vec<_> = CloudControl::through(Control::ClassificationGuidelines).map(|c| c.id()).collect();
    /// assert_eq!(ids, ["CLD.9.5.1", "CLD.13.1.4"]); // 3.2.1's logical separation
    /// assert_eq!(CloudControl::through(Control::Teleworking).count(), 0);
    /// ```
    pub fn through(section: Control) -> impl Iterator<Item = CloudControl> {
        Self::catalogue().iter().copied().filter(move |c| c.routes.iter().any(|r| r.section == Some(section)))
    }

    /// The position of the control in [`CloudControl::catalogue`].
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::iso::CloudControl::from_id("CLD.9.5.1").unwrap().index(), 2);
    /// ```
    #[must_use]
    pub fn index(self) -> usize {
        Self::catalogue().iter().position(|c| c.id == self.id).unwrap_or(usize::MAX)
    }
}

impl std::fmt::Display for CloudControl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

impl std::str::FromStr for CloudControl {
    type Err = ParseError;

    /// Parses an id in any form [`CloudControl::from_id`] accepts. A bare number that is a CLD control's
    /// (`9.5.1`) is refused with the prefixed id as the suggestion.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CloudControl::from_id(s).ok_or_else(|| {
            let bare = s.trim();
            ParseError::Unknown {
                what: crate::Vocabulary::CloudControl,
                input: s.to_owned(),
                expected: CLOUD_FORMS,
                suggestions: Self::catalogue().iter().filter(|c| c.number() == bare).map(|c| c.id).collect(),
            }
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for CloudControl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for CloudControl {
    /// Strict, as machines read: the id exactly as the standard writes it (`CLD.9.5.1`).
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = String::deserialize(deserializer)?;
        CloudControl::catalogue().iter().copied().find(|c| c.id == id).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown ISO/IEC 27017 cloud control id {id:?}; expected one of CLD.6.3.1, CLD.8.1.5, CLD.9.5.1, \
                 CLD.9.5.2, CLD.12.1.5, CLD.12.4.5 or CLD.13.1.4"
            ))
        })
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for CloudControl {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CloudControl".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = CloudControl::catalogue().iter().map(|c| c.id).collect();
        schemars::json_schema!({
            "description": "An ISO/IEC 27017 cloud control id (CLD.6.3.1 to CLD.13.1.4).",
            "type": "string",
            "enum": ids,
        })
    }
}
