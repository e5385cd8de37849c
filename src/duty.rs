//! Who does what under a control: parties, layers, kinds of duty, capabilities, and what is withheld.

use crate::vocab::vocabulary;
use crate::{Control, Text};

/// A party to the shared responsibility.
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
    /// IDC Frontier, the provider (当社).
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
}

vocabulary!(Party, "party", "provider or customer", aliases: |p| match p {
    Party::Provider => &["当社", "idc frontier", "idcf"],
    Party::Customer => &["お客さま", "お客様", "利用者"],
});

/// The layer a duty concerns, named as the document implies it.
///
/// ```
/// use idcf_responsibility::Layer;
/// assert_eq!(Layer::CustomerEnvironment.to_string(), "customer-environment");
/// assert_eq!(Layer::Portal.name_ja(), "ポータルサイト");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Layer {
    /// The cloud platform the provider runs (クラウド基盤).
    Platform,
    /// The customer portal site (ポータルサイト).
    Portal,
    /// The customer's virtual machines and the data and programs it places on them (お客さまの仮想マシン).
    CustomerEnvironment,
    /// The parties inside the scope the provider's service specification states (提供範囲に含まれている関係者).
    ProviderPartners,
    /// Third parties the customer uses on its own side, such as network providers (お客さま側環境の第三者).
    CustomerThirdParties,
    /// Terms and conditions, service specification, handbooks (約款・仕様書).
    ContractDocuments,
    /// The provider's own organisation and internal rules (当社の組織).
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

    /// The English name.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Layer::Platform.name_en(), "cloud platform");
    /// ```
    #[must_use]
    pub const fn name_en(self) -> &'static str {
        self.names()[0]
    }

    /// The Japanese name.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Layer::Platform.name_ja(), "クラウド基盤");
    /// ```
    #[must_use]
    pub const fn name_ja(self) -> &'static str {
        self.names()[1]
    }

    const fn names(self) -> &'static [&'static str; 2] {
        match self {
            Layer::Platform => &["cloud platform", "クラウド基盤"],
            Layer::Portal => &["portal site", "ポータルサイト"],
            Layer::CustomerEnvironment => &["customer's virtual machines and data", "お客さまの仮想マシンとデータ"],
            Layer::ProviderPartners => &["provider's contracted partners", "当社の提供範囲内の関係者"],
            Layer::CustomerThirdParties => &["third parties on the customer's side", "お客さま側環境の第三者"],
            Layer::ContractDocuments => &["contract documents", "約款・仕様書"],
            Layer::ProviderOrganisation => &["provider's organisation", "当社の組織"],
        }
    }
}

vocabulary!(Layer, "layer", "platform, portal, customer-environment, provider-partners, customer-third-parties, contract-documents or provider-organisation", aliases: |l| l.names());

/// What kind of duty a party carries.
///
/// For the owner of a cell, a provider duty of kind [`DutyKind::LeavesToCustomer`] counts for the customer: a
/// provider that says "we do not restrict this" or "this is not our responsibility" leaves the matter with the
/// customer. See [`Owner::derive`](crate::Owner::derive).
///
/// ```
/// use idcf_responsibility::DutyKind;
/// assert_eq!("on request".parse::<DutyKind>()?, DutyKind::OnRequest);
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum DutyKind {
    /// The party carries it out itself.
    Performs,
    /// The provider offers a capability for the customer to use.
    Offers,
    /// The party notifies or discloses something to the other.
    Notifies,
    /// The provider does it when the customer asks.
    OnRequest,
    /// The provider does not restrict it, or disclaims responsibility: it rests with the customer.
    LeavesToCustomer,
}

impl DutyKind {
    /// Every kind.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::DutyKind::ALL.len(), 5);
    /// ```
    pub const ALL: &'static [DutyKind] =
        &[DutyKind::Performs, DutyKind::Offers, DutyKind::Notifies, DutyKind::OnRequest, DutyKind::LeavesToCustomer];
}

vocabulary!(DutyKind, "duty kind", "performs, offers, notifies, on-request or leaves-to-customer", aliases: |_k| &[]);

/// A capability the provider offers, linked to the controls whose duties mention it.
///
/// ```
/// use idcf_responsibility::{Capability, Control};
///
/// let controls: Vec<Control> = Capability::BackupFunction.controls().collect();
/// assert_eq!(controls, [Control::BackupFunction]);
/// assert_eq!(Capability::IpsIdsWaf.name_en(), "IPS/IDS and WAF (optional services)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Capability {
    /// A function for customers to back up their own virtual machines (6.5.2).
    BackupFunction,
    /// Monitoring: the capacity-monitoring function and the monitoring service (6.3.1, 6.8.2).
    MonitoringService,
    /// The firewall function, a basic feature (6.6.1).
    Firewall,
    /// The port filtering function (6.4.1).
    PortFiltering,
    /// IPS/IDS and WAF, available as separate optional services (6.4.1).
    IpsIdsWaf,
    /// SSH access to virtual machines (6.7.1, 7.1.1).
    SshAccess,
    /// The portal site, encrypted with SSL/TLS (6.7.1, 7.1.1, 8.2.1).
    TlsPortal,
    /// SSH key authentication as the initial log-on to virtual machines (7.3.1, 7.4.1).
    SshKeyLogon,
    /// Console connections over encrypted channels such as SSL (7.3.2).
    EncryptedConsole,
    /// Customers change their own portal passwords, on an interactive site (7.2.3, 7.4.3).
    PortalPasswordChange,
    /// The customer's administrator registers and deletes users (7.2.1).
    PortalUserAdministration,
    /// Portal information visible according to role, administrator or general user (3.2.2).
    PortalAccessLevels,
    /// Administrator rights on virtual machines (6.1.4, 7.2.2).
    VmAdministratorRights,
    /// Dedicated, independent servers at the customer's request (7.5.2).
    DedicatedServers,
    /// Customer handbook, quick-start guide and service specification (2.2.1, 6.1.2).
    OperatingDocumentation,
    /// Enquiry and support desks (2.1.1, 2.1.4, 6.1.2, 9.1.1).
    SupportDesk,
}

impl Capability {
    /// Every capability.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Capability::ALL.len(), 16);
    /// ```
    pub const ALL: &'static [Capability] = &[
        Capability::BackupFunction,
        Capability::MonitoringService,
        Capability::Firewall,
        Capability::PortFiltering,
        Capability::IpsIdsWaf,
        Capability::SshAccess,
        Capability::TlsPortal,
        Capability::SshKeyLogon,
        Capability::EncryptedConsole,
        Capability::PortalPasswordChange,
        Capability::PortalUserAdministration,
        Capability::PortalAccessLevels,
        Capability::VmAdministratorRights,
        Capability::DedicatedServers,
        Capability::OperatingDocumentation,
        Capability::SupportDesk,
    ];

    /// The English name.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Capability::Firewall.name_en(), "firewall");
    /// ```
    #[must_use]
    pub const fn name_en(self) -> &'static str {
        self.names()[0]
    }

    /// The Japanese name.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Capability::Firewall.name_ja(), "ファイアウォール機能");
    /// ```
    #[must_use]
    pub const fn name_ja(self) -> &'static str {
        self.names()[1]
    }

    /// The name in one language.
    ///
    /// ```
    /// use idcf_responsibility::{Capability, Lang};
    /// assert_eq!(Capability::Firewall.name(Lang::En), "firewall");
    /// ```
    #[must_use]
    pub const fn name(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.name_en(),
            crate::Lang::Ja => self.name_ja(),
        }
    }

    /// The controls of the document whose duties mention this capability, in document order.
    ///
    /// ```
    /// use idcf_responsibility::{Capability, Control};
    /// assert!(Capability::TlsPortal.controls().any(|c| c == Control::CryptographyPolicy));
    /// ```
    pub fn controls(self) -> impl Iterator<Item = Control> {
        Control::ALL.iter().copied().filter(move |c| c.duties().iter().any(|d| d.capability == Some(self)))
    }

    const fn names(self) -> &'static [&'static str; 2] {
        match self {
            Capability::BackupFunction => &["backup function", "バックアップ機能"],
            Capability::MonitoringService => &["monitoring", "監視機能・監視サービス"],
            Capability::Firewall => &["firewall", "ファイアウォール機能"],
            Capability::PortFiltering => &["port filtering", "ポートフィルタリング機能"],
            Capability::IpsIdsWaf => &["IPS/IDS and WAF (optional services)", "IPS/IDS・WAF（オプション）"],
            Capability::SshAccess => &["SSH access", "SSH接続"],
            Capability::TlsPortal => &["SSL/TLS-encrypted portal", "SSL暗号化ポータルサイト"],
            Capability::SshKeyLogon => &["SSH key log-on", "SSH鍵認証ログオン"],
            Capability::EncryptedConsole => &["encrypted console", "暗号化コンソール接続"],
            Capability::PortalPasswordChange => &["portal password change", "ポータルのパスワード変更"],
            Capability::PortalUserAdministration => &["portal user administration", "利用者の登録・削除"],
            Capability::PortalAccessLevels => &["role-based portal visibility", "権限別のポータル開示範囲"],
            Capability::VmAdministratorRights => &["VM administrator rights", "仮想マシンの管理者権限"],
            Capability::DedicatedServers => &["dedicated servers on request", "専用サーバーの提供"],
            Capability::OperatingDocumentation => &["operating documentation", "カスタマーハンドブック等"],
            Capability::SupportDesk => &["support and enquiry desk", "問い合わせ窓口"],
        }
    }
}

vocabulary!(Capability, "capability", "a capability id such as backup-function, firewall or ssh-key-logon", aliases: |c| c.names());

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
pub enum Withheld {
    /// Results of the provider's audits of the parties in its service scope (6.2.2).
    ThirdPartyAuditResults,
    /// What the provider learns from incidents, kept as internal knowledge (9.2.1).
    IncidentKnowledge,
    /// Results of the provider's regular internal audits (11.2.1).
    InternalAuditResults,
}

impl Withheld {
    /// Everything withheld.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Withheld::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Withheld] =
        &[Withheld::ThirdPartyAuditResults, Withheld::IncidentKnowledge, Withheld::InternalAuditResults];

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
            // Unreachable: `EVERY_WITHHELD_ITEM_HAS_ONE_SECTION` below checks the dataset at compile time.
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

    /// What is withheld, in both languages.
    ///
    /// ```
    /// assert!(idcf_responsibility::Withheld::IncidentKnowledge.text().en.contains("incident"));
    /// ```
    #[must_use]
    pub const fn text(self) -> Text {
        match self {
            Withheld::ThirdPartyAuditResults => Text::new(
                "results of audits of the partners in the service scope",
                "提供範囲内の関係者に対する監査の結果",
            ),
            Withheld::IncidentKnowledge => {
                Text::new("knowledge gained from security incidents", "インシデントから得た社内ナレッジ")
            }
            Withheld::InternalAuditResults => Text::new("results of internal audits", "内部監査の結果"),
        }
    }
}

/// Compile-time check of the dataset: every withheld item is listed by a section.
const EVERY_WITHHELD_ITEM_HAS_ONE_SECTION: () = {
    let mut items = Withheld::ALL;
    while let [item, rest @ ..] = items {
        assert!(Withheld::find_control(*item).is_some(), "a withheld item is listed by no section");
        items = rest;
    }
};
const _: () = EVERY_WITHHELD_ITEM_HAS_ONE_SECTION;

vocabulary!(Withheld, "withheld item", "third-party-audit-results, incident-knowledge or internal-audit-results", aliases: |_w| &[]);

/// One duty: what one party does under a control, on which layer, of what kind, and with which capability.
///
/// ```
/// use idcf_responsibility::{Control, DutyKind, Party};
///
/// let duties = Control::InformationBackup.duties();
/// assert!(duties.iter().any(|d| d.party == Party::Customer && d.kind == DutyKind::Performs));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Duty {
    /// Who carries it.
    pub party: Party,
    /// What it concerns.
    pub layer: Layer,
    /// What kind of duty it is.
    pub kind: DutyKind,
    /// The capability it offers or uses, if any.
    pub capability: Option<Capability>,
    /// What the party does, in our own words.
    pub text: Text,
}

impl Duty {
    /// A duty from static parts (usable in constants; the dataset is written with it).
    ///
    /// ```
    /// use idcf_responsibility::{Duty, DutyKind, Layer, Party};
    /// let d = Duty::new(Party::Customer, Layer::CustomerEnvironment, DutyKind::Performs, None, "backs up", "バックアップする");
    /// assert_eq!(d.text.en, "backs up");
    /// ```
    #[must_use]
    pub const fn new(
        party: Party,
        layer: Layer,
        kind: DutyKind,
        capability: Option<Capability>,
        en: &'static str,
        ja: &'static str,
    ) -> Self {
        Duty { party, layer, kind, capability, text: Text::new(en, ja) }
    }

    /// Whether, for the owner of its cell, this duty counts for the customer (a customer duty, or a provider
    /// duty that leaves the matter to the customer).
    ///
    /// ```
    /// use idcf_responsibility::{Duty, DutyKind, Layer, Party};
    /// let d = Duty::new(Party::Provider, Layer::Platform, DutyKind::LeavesToCustomer, None, "x", "x");
    /// assert!(d.rests_with_customer());
    /// ```
    #[must_use]
    pub const fn rests_with_customer(&self) -> bool {
        matches!(self.party, Party::Customer) || matches!(self.kind, DutyKind::LeavesToCustomer)
    }
}
