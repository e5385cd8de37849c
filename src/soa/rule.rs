//! The inheritance rule: when a provider duty lets the customer inherit a control, and which case a row is.

use crate::vocab::vocabulary;
use crate::{Duty, DutyKind, Lang, Layer, Party, Text, iso::Theme};

use super::SoaControl;

/// What one of IDCF's duties under a row is for the customer, by the rule of [`Soa::new`](super::Soa::new).
///
/// ```
/// use idcf_responsibility::{Lang, soa::ProviderRole};
/// assert_eq!(ProviderRole::RunsForCustomer.label(Lang::En), "IDCF runs it for the customer (inherited)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum ProviderRole {
    /// IDCF performs or offers the control's measure (or acts on request) on the platform or the portal it runs
    /// for the customer, for a control whose subject that can be: the customer inherits this part.
    RunsForCustomer,
    /// IDCF's own measure, a disclosure, or a request: information for the customer's supplier controls
    /// (A.5.19–A.5.23). The customer implements the control itself.
    OwnMeasure,
    /// IDCF leaves the matter to the customer.
    LeavesToCustomer,
}

impl ProviderRole {
    /// Every role.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::ProviderRole::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [ProviderRole] =
        &[ProviderRole::RunsForCustomer, ProviderRole::OwnMeasure, ProviderRole::LeavesToCustomer];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::ProviderRole};
    /// assert!(ProviderRole::OwnMeasure.label(Lang::Ja).contains("A.5.19"));
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ProviderRole::RunsForCustomer, Lang::En) => "IDCF runs it for the customer (inherited)",
            (ProviderRole::RunsForCustomer, Lang::Ja) => "IDCFがお客さまのために実施（継承）",
            (ProviderRole::OwnMeasure, Lang::En) => {
                "IDCF's own measure, information for the customer's supplier controls (A.5.19–A.5.23)"
            }
            (ProviderRole::OwnMeasure, Lang::Ja) => {
                "IDCF自身の対策。お客さまの供給者管理（A.5.19〜A.5.23）のための情報"
            }
            (ProviderRole::LeavesToCustomer, Lang::En) => "left to the customer",
            (ProviderRole::LeavesToCustomer, Lang::Ja) => "お客さまに委ねる",
        }
    }
}

vocabulary!(ProviderRole, ProviderRole, "runs-for-customer, own-measure or leaves-to-customer", aliases: |_r| &[]);

/// Which case of the inheritance rule a row is (written in the README with an example each).
///
/// ```
/// use idcf_responsibility::{Lang, soa::InheritanceCase};
/// assert_eq!(InheritanceCase::Shared.label(Lang::En), "shared: partly inherited from IDCF");
/// assert_eq!(InheritanceCase::NotAddressed.label(Lang::Ja), "文書に記載なし");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum InheritanceCase {
    /// IDCF runs the control's measure for the customer, and no customer duty of the register maps to it: the
    /// customer inherits it.
    Inherited,
    /// IDCF runs its part (the platform's, the portal's) and the customer carries its own (its virtual machines,
    /// its data): partly inherited.
    Shared,
    /// The customer carries every part; IDCF's duties here, if any, are its own measures, information, or leave
    /// the matter to the customer.
    CustomerImplements,
    /// IDCF has only its own measures or information here and no customer duty maps to the control: the customer
    /// implements the control itself, and IDCF's part is information for its supplier controls.
    ProviderOwnMeasure,
    /// The customer marked every customer duty that maps to the control not applicable (or its overlay made the
    /// cells not applicable): the customer decides, nothing is inherited by another route.
    MarkedNotApplicable,
    /// Sections lead to the control, but none applies to the services used.
    NotInUse,
    /// No section of the document leads to the control.
    NotAddressed,
}

impl InheritanceCase {
    /// Every case.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::InheritanceCase::ALL.len(), 7);
    /// ```
    pub const ALL: &'static [InheritanceCase] = &[
        InheritanceCase::Inherited,
        InheritanceCase::Shared,
        InheritanceCase::CustomerImplements,
        InheritanceCase::ProviderOwnMeasure,
        InheritanceCase::MarkedNotApplicable,
        InheritanceCase::NotInUse,
        InheritanceCase::NotAddressed,
    ];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::InheritanceCase};
    /// assert_eq!(InheritanceCase::Inherited.label(Lang::Ja), "IDCFから継承");
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (InheritanceCase::Inherited, Lang::En) => "inherited from IDCF",
            (InheritanceCase::Inherited, Lang::Ja) => "IDCFから継承",
            (InheritanceCase::Shared, Lang::En) => "shared: partly inherited from IDCF",
            (InheritanceCase::Shared, Lang::Ja) => "分担：IDCFから一部継承",
            (InheritanceCase::CustomerImplements, Lang::En) => "the customer implements it",
            (InheritanceCase::CustomerImplements, Lang::Ja) => "お客さまが実施",
            (InheritanceCase::ProviderOwnMeasure, Lang::En) => {
                "IDCF's own measure only: the customer implements the control itself"
            }
            (InheritanceCase::ProviderOwnMeasure, Lang::Ja) => "IDCF自身の対策のみ：管理策はお客さまが実施",
            (InheritanceCase::MarkedNotApplicable, Lang::En) => {
                "every customer part marked not applicable by the customer: decision needed"
            }
            (InheritanceCase::MarkedNotApplicable, Lang::Ja) => "お客さまがすべての職務を該当なしとした：判断が必要",
            (InheritanceCase::NotInUse, Lang::En) => "no section applies to the services used",
            (InheritanceCase::NotInUse, Lang::Ja) => "利用サービスに該当する節なし",
            (InheritanceCase::NotAddressed, Lang::En) => "not addressed by the document",
            (InheritanceCase::NotAddressed, Lang::Ja) => "文書に記載なし",
        }
    }
}

vocabulary!(InheritanceCase, InheritanceCase,
    "inherited, shared, customer-implements, provider-own-measure, marked-not-applicable, not-in-use or not-addressed",
    aliases: |_c| &[]);

/// Whether the control's subject can be something IDCF runs for the customer: the physical and technological
/// controls, and of the organisational ones only ICT readiness for business continuity (A.5.30). The people
/// controls and the other organisational ones are about the customer's own organisation, rules and processes,
/// which no provider runs for it. Of ISO/IEC 27017's controls, those our reconciled reading finds inherited in
/// full or in part ([`CloudControl::inheritance`](crate::iso::CloudControl::inheritance)): CLD.8.1.5, CLD.9.5.1,
/// CLD.9.5.2, CLD.12.4.5.
pub(crate) fn subject_can_be_provider_run(control: SoaControl) -> bool {
    match control {
        SoaControl::Annex(c) => match c.theme() {
            Theme::Physical | Theme::Technological => true,
            Theme::Organizational => c.id() == "A.5.30",
            Theme::People => false,
        },
        SoaControl::Cloud(c) => c.inheritance().is_inherited(),
    }
}

/// Whether a provider duty is of a kind and on a layer through which IDCF runs something for the customer's
/// system: performs, offers or acts on request, on the platform or the portal. The first half of the rule of
/// [`role`]; the OSCAL customer plan marks only such duties `inherited` too.
pub(crate) fn runs_for_customer(duty: &Duty) -> bool {
    duty.party == Party::Provider
        && matches!(duty.kind, DutyKind::Performs | DutyKind::Offers | DutyKind::OnRequest)
        && matches!(duty.layer, Layer::Platform | Layer::Portal)
}

/// Whether a section of the document leads to an ISO/IEC 27001:2022 control whose subject a provider can run for
/// its customer ([`subject_can_be_provider_run`]): the second half of the rule, for outputs keyed by the document's
/// sections rather than by Annex A.
#[cfg(feature = "oscal")]
pub(crate) fn section_can_be_provider_run(section: crate::Control) -> bool {
    section.iso27001_2022().iter().flat_map(|cw| cw.ids.iter()).any(|id| {
        crate::iso::Iso2022Control::from_id(id).is_some_and(|c| subject_can_be_provider_run(SoaControl::Annex(c)))
    })
}

/// The role of one provider duty under a row, with why in a few words where it is not inherited.
pub(crate) fn role(duty: &Duty, control: SoaControl) -> (ProviderRole, Option<Text>) {
    debug_assert_eq!(duty.party, Party::Provider);
    match duty.kind {
        DutyKind::LeavesToCustomer => return (ProviderRole::LeavesToCustomer, None),
        DutyKind::Discloses => {
            return (
                ProviderRole::OwnMeasure,
                Some(Text::new(
                    "a disclosure: it implements nothing for the customer",
                    "開示・通知であり、お客さまのために何かを実施するものではない",
                )),
            );
        }
        DutyKind::Requests | DutyKind::May => {
            return (ProviderRole::OwnMeasure, Some(Text::new("a request to the customer", "お客さまへの依頼")));
        }
        DutyKind::Performs | DutyKind::Offers | DutyKind::OnRequest => {}
    }
    // A kind that runs something: only the layer can keep it from running for the customer.
    if !runs_for_customer(duty) {
        let why = match duty.layer {
            Layer::ProviderOrganisation => {
                Text::new("IDCF's own organisation and internal rules", "IDCF自身の組織と社内規程")
            }
            Layer::ProviderPartners => {
                Text::new("IDCF's arrangements with its own partners", "IDCFと自社の提供範囲内の関係者との取り決め")
            }
            Layer::ContractDocuments => Text::new("IDCF's contract documents", "IDCFの約款・仕様書"),
            Layer::CustomerEnvironment => Text::new(
                "a condition or initial setting of the customer's own environment, which the customer then runs",
                "お客さま自身の環境の条件または初期設定であり、その後はお客さまが運用する",
            ),
            Layer::CustomerThirdParties | Layer::Platform | Layer::Portal => {
                Text::new("not on a layer IDCF runs for the customer", "IDCFがお客さまのために運用する層ではない")
            }
        };
        return (ProviderRole::OwnMeasure, Some(why));
    }
    if !subject_can_be_provider_run(control) {
        let why = match control {
            SoaControl::Cloud(c) => Text::owned(
                format!("our reconciled judgement: {}", c.reason().en),
                format!("本ツールの判断（二者の読みを調整）：{}", c.reason().ja),
            ),
            SoaControl::Annex(_) => Text::new(
                "the control is about the customer's own organisation, rules and processes, which no provider runs for it",
                "この管理策はお客さま自身の組織・規則・手順に関するもので、提供者が代わりに実施するものではない",
            ),
        };
        return (ProviderRole::OwnMeasure, Some(why));
    }
    (ProviderRole::RunsForCustomer, None)
}

#[cfg(all(test, feature = "oscal"))]
mod tests {
    use super::*;
    use crate::Control;

    /// Sections keyed by the document, as the OSCAL customer plan reads them: a section that leads only to a people
    /// control (2.1.3, confidentiality agreements: A.6.6) can never be run by IDCF for the customer; back-up can.
    #[test]
    fn a_section_can_be_provider_run_only_through_a_control_whose_subject_can() {
        let section = |s: &str| s.parse::<Control>().unwrap();
        assert!(!section_can_be_provider_run(section("2.1.3")));
        assert!(section_can_be_provider_run(section("6.5.1")));
        assert!(section_can_be_provider_run(Control::ClockSynchronization));
    }
}
