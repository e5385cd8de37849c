//! Who does what under a control: parties, layers, kinds of duty, capabilities, and what is withheld.

use crate::vocab::vocabulary;
use crate::{Basis, Control, Text};

/// A party to the shared responsibility.
///
/// A closed set, like [`Owner`](crate::Owner): a `match` names both parties and needs no wildcard arm.
///
/// ```
/// use idcf_responsibility::Party;
/// assert_eq!("お客さま".parse::<Party>()?, Party::Customer);
/// assert_eq!(Party::Provider.to_string(), "provider");
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Party {
    /// IDC Frontier, the provider (IDCF; the document, written by it, says 当社).
    Provider,
    /// The customer organisation and its users (お客さま).
    Customer,
}

impl Party {
    /// Both parties.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Party::ALL.len(), 2);
    /// ```
    pub const ALL: &'static [Party] = &[Party::Provider, Party::Customer];

    /// The human label in a language, as every export and the examples print it.
    ///
    /// ```
    /// use idcf_responsibility::{Party, Lang};
    /// assert_eq!(Party::Customer.label(Lang::En), "customer");
    /// assert_eq!(Party::Customer.label(Lang::Ja), "お客さま");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            Party::Provider => ["provider", "IDCF"],
            Party::Customer => ["customer", "お客さま"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }
}

vocabulary!(Party, Party, "provider or customer", aliases: |p| match p {
    Party::Provider => &["当社", "idc frontier", "idcf"],
    Party::Customer => &["お客さま", "お客様", "利用者"],
});

/// The layer a duty concerns, named as the document implies it.
///
/// ```
/// use idcf_responsibility::Layer;
/// assert_eq!(Layer::CustomerEnvironment.to_string(), "customer-environment");
/// assert_eq!(Layer::Portal.label(idcf_responsibility::Lang::Ja), "ポータルサイト");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Layer {
    /// The cloud platform the provider runs (クラウド基盤).
    Platform,
    /// The customer portal site (ポータルサイト).
    Portal,
    /// The customer's own environment: its virtual machines, and the data, programs and information it places in
    /// the cloud (お客さまの環境).
    CustomerEnvironment,
    /// The parties inside the scope the provider's service specification states (提供範囲に含まれている関係者).
    ProviderPartners,
    /// Third parties the customer uses on its own side, such as network providers (お客さま側環境の第三者).
    CustomerThirdParties,
    /// Terms and conditions, service specification, handbooks (約款・仕様書).
    ContractDocuments,
    /// The provider's own organisation and internal rules (IDCFの組織).
    ProviderOrganisation,
}

impl Layer {
    /// Every layer.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Layer::ALL.len(), 7);
    /// ```
    pub const ALL: &'static [Layer] = &[
        Layer::Platform,
        Layer::Portal,
        Layer::CustomerEnvironment,
        Layer::ProviderPartners,
        Layer::CustomerThirdParties,
        Layer::ContractDocuments,
        Layer::ProviderOrganisation,
    ];

    /// The human label in a language (the English or Japanese name).
    ///
    /// ```
    /// use idcf_responsibility::{Lang, Layer};
    /// assert_eq!(Layer::Portal.label(Lang::Ja), "ポータルサイト");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.names()[0],
            crate::Lang::Ja => self.names()[1],
        }
    }

    /// Every name parsing accepts: the labels, and for the provider's layers the document's own word 当社 (forgiving
    /// input; the crate never writes it).
    const fn aliases(self) -> &'static [&'static str] {
        match self {
            Layer::ProviderPartners => {
                &["provider's contracted partners", "IDCFの提供範囲内の関係者", "当社の提供範囲内の関係者"]
            }
            Layer::ProviderOrganisation => &["provider's organisation", "IDCFの組織", "当社の組織"],
            _ => self.names(),
        }
    }

    const fn names(self) -> &'static [&'static str; 2] {
        match self {
            Layer::Platform => &["cloud platform", "クラウド基盤"],
            Layer::Portal => &["portal site", "ポータルサイト"],
            Layer::CustomerEnvironment => &["customer's environment and data", "お客さまの環境とデータ"],
            Layer::ProviderPartners => &["provider's contracted partners", "IDCFの提供範囲内の関係者"],
            Layer::CustomerThirdParties => &["third parties on the customer's side", "お客さま側環境の第三者"],
            Layer::ContractDocuments => &["contract documents", "約款・仕様書"],
            Layer::ProviderOrganisation => &["provider's organisation", "IDCFの組織"],
        }
    }
}

vocabulary!(Layer, Layer, "platform, portal, customer-environment, provider-partners, customer-third-parties, contract-documents or provider-organisation", aliases: |l| l.aliases());

/// What kind of duty a party carries: the codebook's kinds (`docs/codebook.md`, rules K1–K8), each the reading of a
/// recurring phrasing of the document.
///
/// For the owner of a cell, a provider duty of kind [`DutyKind::LeavesToCustomer`] counts for the customer: a
/// provider that says "we do not restrict this" or "this is not our responsibility" leaves the matter with the
/// customer. A permission ([`DutyKind::May`]) counts for the customer too: the decision is the customer's. See
/// [`Owner::of`](crate::Owner::of).
///
/// ```
/// use idcf_responsibility::DutyKind;
/// assert_eq!("on request".parse::<DutyKind>()?, DutyKind::OnRequest);
/// assert_eq!(DutyKind::May.to_string(), "may");
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum DutyKind {
    /// K1/K2: the party carries it out (for the customer: what the document asks of it).
    Performs,
    /// K3: the provider makes a function, service, facility or channel available.
    Offers,
    /// K4: the provider makes something known: documents, terms, notices, publications, contact points.
    Discloses,
    /// K5: the document permits the customer to do it, for its own users, accounts or settings; not an obligation.
    May,
    /// K7/K8: the party asks the other to act (the customer applies, the provider asks for measures).
    Requests,
    /// K7: the provider acts when the customer asks.
    OnRequest,
    /// K6: the provider does not restrict it, offers no function for it, or disclaims responsibility: it rests
    /// with the customer.
    LeavesToCustomer,
}

impl DutyKind {
    /// Every kind.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::DutyKind::ALL.len(), 7);
    /// ```
    pub const ALL: &'static [DutyKind] = &[
        DutyKind::Performs,
        DutyKind::Offers,
        DutyKind::Discloses,
        DutyKind::May,
        DutyKind::Requests,
        DutyKind::OnRequest,
        DutyKind::LeavesToCustomer,
    ];

    /// The human label in a language, as every export and the examples print it.
    ///
    /// ```
    /// use idcf_responsibility::{DutyKind, Lang};
    /// assert_eq!(DutyKind::LeavesToCustomer.label(Lang::En), "leaves to the customer");
    /// assert_eq!(DutyKind::LeavesToCustomer.label(Lang::Ja), "お客さまに委ねる");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            DutyKind::Performs => ["performs", "実施"],
            DutyKind::Offers => ["offers", "提供"],
            DutyKind::Discloses => ["discloses", "開示・通知"],
            DutyKind::May => ["may (permission)", "任意（許可）"],
            DutyKind::Requests => ["requests", "依頼"],
            DutyKind::OnRequest => ["on request", "依頼に応じて実施"],
            DutyKind::LeavesToCustomer => ["leaves to the customer", "お客さまに委ねる"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }

    /// Whether a provider duty of this kind may carry a capability: it makes the capability available.
    ///
    /// ```
    /// use idcf_responsibility::DutyKind;
    /// assert!(DutyKind::Offers.makes_available());
    /// assert!(!DutyKind::Performs.makes_available());
    /// ```
    #[must_use]
    pub const fn makes_available(self) -> bool {
        matches!(self, DutyKind::Offers | DutyKind::OnRequest | DutyKind::Discloses)
    }
}

vocabulary!(DutyKind, DutyKind, "performs, offers, discloses, may, requests, on-request or leaves-to-customer", aliases: |_k| &[]);

/// Which services a duty concerns, read from the document's wording (`docs/codebook.md`, rules S1–S3): a sentence
/// about the customer's virtual machines concerns the services that have them; a sentence about the platform, the
/// portal, the contract documents or the provider's organisation concerns all five.
///
/// ```
/// use idcf_responsibility::{Scope, Service};
/// assert!(Scope::WithVirtualMachines.includes(Service::PrivateCloud));
/// assert!(!Scope::WithVirtualMachines.includes(Service::ObjectStorage));
/// assert!(Scope::AllServices.includes(Service::ObjectStorage));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Scope {
    /// All five services (S3).
    AllServices,
    /// The services with virtual machines: IDCF Cloud, Self Cloud, Managed Cloud, Private Cloud (S1).
    WithVirtualMachines,
    /// The services without virtual machines (Object Storage). Only our judgements use it (J2).
    WithoutVirtualMachines,
}

impl Scope {
    /// Every scope.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Scope::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Scope] = &[Scope::AllServices, Scope::WithVirtualMachines, Scope::WithoutVirtualMachines];

    /// The human label in a language, as every export and the examples print it.
    ///
    /// ```
    /// use idcf_responsibility::{Scope, Lang};
    /// assert_eq!(Scope::WithVirtualMachines.label(Lang::En), "services with virtual machines");
    /// assert_eq!(Scope::WithVirtualMachines.label(Lang::Ja), "仮想マシンのあるサービス");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            Scope::AllServices => ["all services", "全サービス"],
            Scope::WithVirtualMachines => ["services with virtual machines", "仮想マシンのあるサービス"],
            Scope::WithoutVirtualMachines => ["services without virtual machines", "仮想マシンのないサービス"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }

    /// Whether the scope includes a service.
    ///
    /// ```
    /// use idcf_responsibility::{Scope, Service};
    /// assert!(Scope::WithoutVirtualMachines.includes(Service::ObjectStorage));
    /// ```
    #[must_use]
    pub const fn includes(self, service: crate::Service) -> bool {
        match self {
            Scope::AllServices => true,
            Scope::WithVirtualMachines => service.has_virtual_machines(),
            Scope::WithoutVirtualMachines => !service.has_virtual_machines(),
        }
    }

    /// The services in the scope, in the document's order.
    ///
    /// ```
    /// use idcf_responsibility::Scope;
    /// assert_eq!(Scope::WithVirtualMachines.services().count(), 4);
    /// ```
    pub fn services(self) -> impl Iterator<Item = crate::Service> {
        crate::Service::ALL.iter().copied().filter(move |&s| self.includes(s))
    }
}

vocabulary!(Scope, Scope, "all-services, with-virtual-machines or without-virtual-machines", aliases: |_s| &[]);

/// A capability the provider offers, linked to the controls whose duties mention it.
///
/// ```
/// use idcf_responsibility::{Capability, Control};
///
/// let controls: Vec<Control> = Capability::BackupFunction.controls().collect();
/// assert_eq!(controls, [Control::BackupFunction]);
/// assert_eq!(Capability::IpsIdsWaf.label(idcf_responsibility::Lang::En), "IPS/IDS and WAF (optional services)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Capability {
    /// A function for customers to back up their own virtual machines (6.5.2).
    BackupFunction,
    /// The function that can watch the capacity of the customer's virtual machines, which the customer operates
    /// (6.3.1).
    CapacityMonitoring,
    /// The monitoring service, which the provider runs (6.8.2).
    MonitoringService,
    /// The firewall function, a basic feature (6.6.1).
    Firewall,
    /// The port filtering function (6.4.1).
    PortFiltering,
    /// IPS/IDS and WAF, available as separate optional services (6.4.1).
    IpsIdsWaf,
    /// SSH access to virtual machines (6.7.1, 7.1.1).
    SshAccess,
    /// The portal site, encrypted with SSL as the document says (6.7.1, 7.1.1, 8.2.1). Our remark: TLS has since
    /// replaced SSL; the document, of 2014, names SSL only.
    SslPortal,
    /// SSH key authentication as the initial log-on to virtual machines (7.3.1, 7.4.1).
    SshKeyLogon,
    /// Console connections over encrypted channels such as SSL (7.3.2).
    EncryptedConsole,
    /// Customers change their own portal passwords, on an interactive site (7.2.3, 7.4.3).
    PortalPasswordChange,
    /// Sign-in to the portal by user ID and password (7.3.1, 7.4.2).
    PortalSignIn,
    /// Portal information visible according to role, administrator or general user (3.2.2).
    PortalAccessLevels,
    /// Administrator rights on virtual machines (6.1.4, 7.2.2).
    VmAdministratorRights,
    /// Independent servers (独立したサーバー) at the customer's request (7.5.2).
    IndependentServers,
    /// The list of operating systems available on virtual machines (8.3.2).
    OperatingSystemList,
    /// Cooperation with the customer's own audit, when told in advance (11.3.1).
    AuditCooperation,
    /// Documents the provider hands the customer to use: documents on the services, a customer handbook, a
    /// quick-start guide (2.1.2, 6.1.2).
    OperatingDocumentation,
    /// Enquiry and support desks (2.1.1, 6.1.2, 9.1.1).
    SupportDesk,
}

impl Capability {
    /// Every capability.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Capability::ALL.len(), 19);
    /// ```
    pub const ALL: &'static [Capability] = &[
        Capability::BackupFunction,
        Capability::CapacityMonitoring,
        Capability::MonitoringService,
        Capability::Firewall,
        Capability::PortFiltering,
        Capability::IpsIdsWaf,
        Capability::SshAccess,
        Capability::SslPortal,
        Capability::SshKeyLogon,
        Capability::EncryptedConsole,
        Capability::PortalPasswordChange,
        Capability::PortalSignIn,
        Capability::PortalAccessLevels,
        Capability::VmAdministratorRights,
        Capability::IndependentServers,
        Capability::OperatingSystemList,
        Capability::AuditCooperation,
        Capability::OperatingDocumentation,
        Capability::SupportDesk,
    ];

    /// The human label in a language (the English or Japanese name).
    ///
    /// ```
    /// use idcf_responsibility::{Capability, Lang};
    /// assert_eq!(Capability::Firewall.label(Lang::En), "firewall");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.names()[0],
            crate::Lang::Ja => self.names()[1],
        }
    }

    /// The controls of the document whose duties mention this capability, in document order.
    ///
    /// ```
    /// use idcf_responsibility::{Capability, Control};
    /// assert!(Capability::SslPortal.controls().any(|c| c == Control::CryptographyPolicy));
    /// ```
    pub fn controls(self) -> impl Iterator<Item = Control> {
        Control::ALL.iter().copied().filter(move |c| c.section_duties().iter().any(|d| d.capability == Some(self)))
    }

    const fn names(self) -> &'static [&'static str; 2] {
        match self {
            Capability::BackupFunction => &["backup function", "バックアップ機能"],
            Capability::CapacityMonitoring => &["capacity monitoring function", "容量・能力の監視機能"],
            Capability::MonitoringService => &["monitoring service", "監視サービス"],
            Capability::Firewall => &["firewall", "ファイアウォール機能"],
            Capability::PortFiltering => &["port filtering", "ポートフィルタリング"],
            Capability::IpsIdsWaf => &["IPS/IDS and WAF (optional services)", "IPS/IDS・WAF（オプション）"],
            Capability::SshAccess => &["SSH access", "SSH接続"],
            Capability::SslPortal => &["SSL-encrypted portal", "SSL暗号化ポータルサイト"],
            Capability::SshKeyLogon => &["SSH key log-on", "SSH鍵認証ログオン"],
            Capability::EncryptedConsole => &["encrypted console", "暗号化コンソール接続"],
            Capability::PortalPasswordChange => &["portal password change", "ポータルのパスワード変更"],
            Capability::PortalSignIn => &["portal sign-in by ID and password", "ポータルのID・パスワード認証"],
            Capability::PortalAccessLevels => &["role-based portal visibility", "権限別のポータル開示範囲"],
            Capability::VmAdministratorRights => &["VM administrator rights", "仮想マシンの管理者権限"],
            Capability::IndependentServers => &["independent servers on request", "独立したサーバーの提供"],
            Capability::OperatingSystemList => &["list of available operating systems", "利用可能なOSの一覧"],
            Capability::AuditCooperation => &["cooperation with the customer's audit", "お客さまの監査への協力"],
            Capability::OperatingDocumentation => &["operating documentation", "利用者向けの資料"],
            Capability::SupportDesk => &["support and enquiry desk", "問い合わせ窓口"],
        }
    }
}

vocabulary!(Capability, Capability, "a capability id such as backup-function, firewall or ssh-key-logon", aliases: |c| c.names());

/// Something the provider states it does not disclose to customers.
///
/// ```
/// use idcf_responsibility::{Control, Withheld};
/// assert_eq!(Withheld::InternalAuditResults.control(), Control::TechnicalComplianceChecking);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Withheld {
    /// Results of the provider's audits of the parties in its service scope (6.2.2).
    ThirdPartyAuditResults,
    /// What the provider learns from incidents, kept as internal knowledge (9.2.1).
    IncidentKnowledge,
    /// Results of the provider's regular internal audits (11.2.1).
    InternalAuditResults,
    /// In an audit of the customer's, information beyond the scope of the customer's contract (11.3.1): a partial
    /// limit on what the provider discloses.
    InformationBeyondContract,
}

impl Withheld {
    /// Everything withheld.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Withheld::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [Withheld] = &[
        Withheld::ThirdPartyAuditResults,
        Withheld::IncidentKnowledge,
        Withheld::InternalAuditResults,
        Withheld::InformationBeyondContract,
    ];

    /// The control whose section states it.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Withheld};
    /// assert_eq!(Withheld::IncidentKnowledge.control(), Control::LearningFromIncidents);
    /// ```
    #[must_use]
    pub const fn control(self) -> Control {
        match Self::find_control(self) {
            Some(control) => control,
            // Unreachable: a constant below checks at compile time that every item is listed by a section.
            None => Control::AllocationOfResponsibilities,
        }
    }

    /// The section that lists `item`, scanning the dataset (usable in constants).
    const fn find_control(item: Withheld) -> Option<Control> {
        let mut controls = Control::ALL;
        while let [control, rest @ ..] = controls {
            let mut listed = control.withheld();
            while let [w, more @ ..] = listed {
                if *w as u8 == item as u8 {
                    return Some(*control);
                }
                listed = more;
            }
            controls = rest;
        }
        None
    }

    /// The human label in a language: what is withheld.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, Withheld};
    /// assert!(Withheld::IncidentKnowledge.label(Lang::En).contains("incident"));
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            Withheld::ThirdPartyAuditResults => {
                ["results of audits of the partners in the service scope", "提供範囲内の関係者に対する監査の結果"]
            }
            Withheld::IncidentKnowledge => {
                ["knowledge gained from security incidents", "インシデントから得た社内ナレッジ"]
            }
            Withheld::InternalAuditResults => ["results of internal audits", "内部監査の結果"],
            Withheld::InformationBeyondContract => [
                "in a customer's audit, information beyond the customer's contract",
                "お客さまの監査で、ご契約範囲を超える情報",
            ],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }
}

// Compile-time check of the dataset: every withheld item is listed by a section (which makes the fallback of
// `Withheld::control` unreachable).
const _: () = {
    let mut items = Withheld::ALL;
    while let [item, rest @ ..] = items {
        assert!(Withheld::find_control(*item).is_some(), "a withheld item is listed by no section");
        items = rest;
    }
};

vocabulary!(Withheld, Withheld, "third-party-audit-results, incident-knowledge, internal-audit-results or information-beyond-contract", aliases: |_w| &[]);

/// One duty: what one party does under a control, of what kind, on which layer, for which services, from which
/// sentence of the section, on what basis, and with which capability.
///
/// ```
/// use idcf_responsibility::{Control, DutyKind, Party, Scope};
///
/// let duties = Control::InformationBackup.section_duties();
/// let customer = duties.iter().find(|d| d.party == Party::Customer && d.kind == DutyKind::Performs).unwrap();
/// assert_eq!(customer.scope, Scope::WithVirtualMachines);
/// assert_eq!(customer.sentence, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Duty {
    /// Who carries it.
    pub party: Party,
    /// What kind of duty it is.
    pub kind: DutyKind,
    /// What it concerns.
    pub layer: Layer,
    /// Which services it concerns.
    pub scope: Scope,
    /// The sentence of the section it comes from, counted from 1 (`docs/coding/segment.py` cuts them); for an
    /// inference, the sentence whose principle it extends.
    #[cfg_attr(feature = "schemars", schemars(range(min = 1)))]
    pub sentence: u8,
    /// The capability it makes available, if any (provider duties that offer, act on request or disclose).
    pub capability: Option<Capability>,
    /// Stated by the document, or our inference with the reason.
    pub basis: Basis,
    /// What the party does, in our own words.
    pub text: Text,
}

/// The parts of a [`Duty`] other than its text and basis: who, what kind, which layer and scope, which sentence
/// and capability. Lets [`Duty::new`] stay readable.
///
/// ```
/// use idcf_responsibility::{DutyKind, Layer, Party, Role, Scope};
/// let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 1);
/// assert_eq!(role.sentence, 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Role {
    /// Who carries the duty.
    pub party: Party,
    /// Its kind.
    pub kind: DutyKind,
    /// Its layer.
    pub layer: Layer,
    /// Its scope.
    pub scope: Scope,
    /// The sentence it comes from.
    pub sentence: u8,
    /// The capability it makes available.
    pub capability: Option<Capability>,
}

impl Role {
    /// A role without a capability.
    ///
    /// ```
    /// use idcf_responsibility::{DutyKind, Layer, Party, Role, Scope};
    /// let role = Role::new(Party::Provider, DutyKind::Offers, Layer::Platform, Scope::AllServices, 1);
    /// assert!(role.capability.is_none());
    /// ```
    #[must_use]
    pub const fn new(party: Party, kind: DutyKind, layer: Layer, scope: Scope, sentence: u8) -> Role {
        Role { party, kind, layer, scope, sentence, capability: None }
    }

    /// The same role, making a capability available.
    ///
    /// ```
    /// use idcf_responsibility::{Capability, DutyKind, Layer, Party, Role, Scope};
    /// let role = Role::new(Party::Provider, DutyKind::Offers, Layer::Platform, Scope::AllServices, 1)
    ///     .with_capability(Capability::Firewall);
    /// assert_eq!(role.capability, Some(Capability::Firewall));
    /// ```
    #[must_use]
    pub const fn with_capability(self, capability: Capability) -> Role {
        Role { capability: Some(capability), ..self }
    }
}

impl Duty {
    /// A duty from its role, basis and text (usable in constants; the dataset is written with it).
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Duty, DutyKind, Layer, Party, Role, Scope, Text};
    /// let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 1);
    /// let d = Duty::new(role, Basis::Stated, Text::new("backs up", "バックアップする"));
    /// assert_eq!(d.text.en, "backs up");
    /// ```
    #[must_use]
    pub const fn new(role: Role, basis: Basis, text: Text) -> Self {
        let Role { party, kind, layer, scope, sentence, capability } = role;
        Duty { party, kind, layer, scope, sentence, capability, basis, text }
    }

    /// Whether, for the owner of its cell, this duty counts for the customer (a customer duty, or a provider
    /// duty that leaves the matter to the customer).
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Duty, DutyKind, Layer, Party, Role, Scope, Text};
    /// let role = Role::new(Party::Provider, DutyKind::LeavesToCustomer, Layer::Platform, Scope::AllServices, 1);
    /// assert!(Duty::new(role, Basis::Stated, Text::new("x", "x")).rests_with_customer());
    /// ```
    #[must_use]
    pub const fn rests_with_customer(&self) -> bool {
        matches!(self.party, Party::Customer) || matches!(self.kind, DutyKind::LeavesToCustomer)
    }

    /// Whether the document states this duty.
    ///
    /// ```
    /// use idcf_responsibility::Control;
    /// assert!(Control::ClockSynchronization.section_duties().iter().all(|d| d.is_stated()));
    /// ```
    #[must_use]
    pub const fn is_stated(&self) -> bool {
        matches!(self.basis, Basis::Stated)
    }

    /// What is wrong with this duty for a cell of `service` under `control`, if anything: a scope that leaves the
    /// service out, a sentence the section does not have, a capability on a duty that does not make it available,
    /// empty text or an inference without its reason.
    pub(crate) fn problem(&self, service: crate::Service, control: Control) -> Option<String> {
        if !self.scope.includes(service) {
            return Some(format!("its scope {} does not include {service}", self.scope));
        }
        if self.sentence == 0 || self.sentence > control.sentences() {
            return Some(format!(
                "sentence {} is not a sentence of section {} (it has {})",
                self.sentence,
                control.section(),
                control.sentences()
            ));
        }
        let customer_kind = matches!(self.kind, DutyKind::Performs | DutyKind::May | DutyKind::Requests);
        if self.party == Party::Customer && !customer_kind {
            return Some(format!(
                "a customer duty of kind {}; a customer performs, may or requests (docs/codebook.md)",
                self.kind
            ));
        }
        if self.party == Party::Provider && self.kind == DutyKind::May {
            return Some("a provider duty of kind may; a permission is the customer's (docs/codebook.md, K5)".into());
        }
        if self.capability.is_some() && !(self.party == Party::Provider && self.kind.makes_available()) {
            return Some(format!(
                "a capability sits on a {} {} duty; only provider duties that offer, act on request or disclose carry one",
                self.party, self.kind
            ));
        }
        // The customer's own duty (an overlay's) may be written in one language; the document's need both.
        if let Basis::Tailored { reason } = &self.basis {
            if self.text.is_empty() {
                return Some("empty text: give it in English or Japanese".into());
            }
            if reason.is_empty() {
                return Some("a tailored duty needs its reason in English or Japanese".into());
            }
            return None;
        }
        if self.text.is_blank() {
            return Some("empty text in English or Japanese".into());
        }
        if self.basis.reason().is_some_and(Text::is_blank) {
            return Some("an inferred duty needs its reason in English and Japanese".into());
        }
        None
    }
}
