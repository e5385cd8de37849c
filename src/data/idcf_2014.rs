//! The dataset: IDC Frontier, 「クラウドサービスにおけるセキュリティ対策概要」, 第1版, 2014-10-01.
//!
//! Nothing but data lives here: the document's chapters, headings and numbered sections (a row per section, each
//! citing its section id), the cells we judge not applicable, and the document's metadata. Titles are quoted as
//! names; every summary and duty is written in our own words. The macros in [`crate::control`] turn the rows
//! into types.
//!
//! Reading a duty row: `Party Kind Layer [Capability] => "English" / "日本語";`

use std::borrow::Cow;

use crate::document::{Certification, Document, Guideline, Issuer};
use crate::{Control, Service, Text};

/// Chapters 2–11 of the document (chapter 1 is about the document itself).
macro_rules! chapters {
    ($m:ident) => {
        $m! {
            OrganizationOfInformationSecurity "2" "情報セキュリティのための組織" "Organization of information security";
            AssetManagement "3" "資産の管理" "Asset management";
            HumanResourcesSecurity "4" "人的資源のセキュリティ" "Human resources security";
            PhysicalAndEnvironmentalSecurity "5" "物理的および環境的セキュリティ" "Physical and environmental security";
            CommunicationsAndOperations "6" "通信および運用管理" "Communications and operations management";
            AccessControl "7" "アクセス制御" "Access control";
            SystemsAcquisitionAndMaintenance "8" "情報システムの取得、開発および保守" "Information systems acquisition, development and maintenance";
            IncidentManagement "9" "情報セキュリティインシデントの管理" "Information security incident management";
            BusinessContinuity "10" "事業継続管理" "Business continuity management";
            Compliance "11" "遵守" "Compliance";
        }
    };
}
pub(crate) use chapters;

/// The numbered headings (categories) of the document, as its table of contents lists them.
macro_rules! categories {
    ($m:ident) => {
        $m! {
            InternalOrganization "2.1" OrganizationOfInformationSecurity "内部組織" "Internal organization";
            ExternalParties "2.2" OrganizationOfInformationSecurity "外部組織" "External parties";
            ResponsibilityForAssets "3.1" AssetManagement "資産に対する責任" "Responsibility for assets";
            InformationClassification "3.2" AssetManagement "情報の分類" "Information classification";
            TerminationOrChangeOfEmployment "4.1" HumanResourcesSecurity "雇用の終了または変更" "Termination or change of employment";
            SecureAreas "5.1" PhysicalAndEnvironmentalSecurity "セキュリティを保つべき領域" "Secure areas";
            EquipmentSecurity "5.2" PhysicalAndEnvironmentalSecurity "装置のセキュリティ" "Equipment security";
            OperationalProcedures "6.1" CommunicationsAndOperations "運用の手順および責任" "Operational procedures and responsibilities";
            ThirdPartyServiceManagement "6.2" CommunicationsAndOperations "第三者が提供するサービスの管理" "Third party service delivery management";
            SystemPlanningAndAcceptance "6.3" CommunicationsAndOperations "システム計画作成および受入れ" "System planning and acceptance";
            MaliciousAndMobileCode "6.4" CommunicationsAndOperations "悪意のあるコードおよびモバイルコードからの保護" "Protection against malicious and mobile code";
            Backup "6.5" CommunicationsAndOperations "バックアップ" "Back-up";
            NetworkSecurityManagement "6.6" CommunicationsAndOperations "ネットワークセキュリティ管理" "Network security management";
            ExchangeOfInformation "6.7" CommunicationsAndOperations "情報の交換" "Exchange of information";
            Audit "6.8" CommunicationsAndOperations "監査" "Audit (monitoring)";
            BusinessRequirementForAccessControl "7.1" AccessControl "アクセス制御に対する業務上の要求事項" "Business requirement for access control";
            UserAccessManagement "7.2" AccessControl "利用者アクセス管理" "User access management";
            NetworkAccessControl "7.3" AccessControl "ネットワークのアクセス制御" "Network access control";
            OperatingSystemAccessControl "7.4" AccessControl "オペレーティングシステムのアクセス制御" "Operating system access control";
            ApplicationAndInformationAccessControl "7.5" AccessControl "業務用ソフトウェアおよび情報のアクセス制御" "Application and information access control";
            MobileComputingAndTeleworking "7.6" AccessControl "モバイルコンピューティングおよびテレワーキング" "Mobile computing and teleworking";
            SecurityRequirementsOfSystems "8.1" SystemsAcquisitionAndMaintenance "情報システムのセキュリティ要求事項" "Security requirements of information systems";
            CryptographicControls "8.2" SystemsAcquisitionAndMaintenance "暗号による管理策" "Cryptographic controls";
            DevelopmentAndSupportProcesses "8.3" SystemsAcquisitionAndMaintenance "開発およびサポートプロセスにおけるセキュリティ" "Security in development and support processes";
            TechnicalVulnerabilityManagement "8.4" SystemsAcquisitionAndMaintenance "技術的脆弱性の管理" "Technical vulnerability management";
            ReportingEventsAndWeaknesses "9.1" IncidentManagement "情報セキュリティの事象および弱点の報告" "Reporting information security events and weaknesses";
            IncidentsAndImprovements "9.2" IncidentManagement "情報セキュリティインシデントの管理およびその改善" "Management of information security incidents and improvements";
            BusinessContinuityAspects "10.1" BusinessContinuity "事業継続における情報セキュリティの側面" "Information security aspects of business continuity management";
            LegalRequirements "11.1" Compliance "法的要求事項の遵守" "Compliance with legal requirements";
            PoliciesStandardsAndTechnicalCompliance "11.2" Compliance "セキュリティ方針および標準の順守、並びに技術的順守" "Compliance with security policies and standards, and technical compliance";
            AuditConsiderations "11.3" Compliance "情報システムの監査に対する考慮事項" "Information systems audit considerations";
            GuidelineConformance "11.4" Compliance "各種ガイドラインなどへの適合状況" "Conformance with guidelines";
        }
    };
}
pub(crate) use categories;

/// The 68 numbered sections. `iso:` gives the ISO/IEC 27002:2005 control the section answers, with its short
/// title and fit (`Exact`, `Close`), or `None` for the document's own sections.
macro_rules! sections {
    ($m:ident) => {
        $m! {
            AllocationOfResponsibilities {
                section: "2.1.1", category: InternalOrganization,
                ja: "責任の割当て", en: "Allocation of information security responsibilities",
                iso: Exact "6.1.3" "Allocation of information security responsibilities",
                iso2013: Published ["A.6.1.1"],
                iso2022: Published ["A.5.2"],
                summary: "The provider has named an officer for cloud information security, and takes security and privacy questions through its portal, customer desk and a privacy contact."
                    / "クラウドの情報セキュリティ責任者を任命済み。セキュリティや個人情報の質問は、ポータル・カスタマーデスク・プライバシーポリシー記載の窓口で受け付ける。",
                duties: [
                    Provider Performs ProviderOrganisation => "Appoints an officer responsible for the information security of its cloud services." / "クラウドサービスの情報セキュリティ責任者を任命する。";
                    Provider Offers ProviderOrganisation [SupportDesk] => "Answers security and personal-information enquiries via the portal, the customer desk and the contact named in its privacy policy." / "ポータル、カスタマーデスク、プライバシーポリシー記載の窓口で、セキュリティと個人情報の問い合わせに応じる。";
                ],
                withheld: [],
            }
            AuthorizationProcessForFacilities {
                section: "2.1.2", category: InternalOrganization,
                ja: "情報処理設備の認可プロセス", en: "Authorization process for information processing facilities",
                iso: Exact "6.1.4" "Authorization process for information processing facilities",
                iso2013: None [],
                iso2022: None [],
                summary: "Customers get documentation on the services before they adopt them, and the agreed terms of use, SLA included, are set out in the terms and conditions."
                    / "サービスの資料を提供し、SLAを含む利用上の取り決めは約款で示している。",
                duties: [
                    Provider Notifies ContractDocuments [OperatingDocumentation] => "Provides documentation on its cloud services." / "クラウドサービスの資料を提供する。";
                    Provider Notifies ContractDocuments => "Sets out the agreed terms of use, including the SLA, in its terms and conditions." / "SLAを含む利用上の合意事項を約款に示す。";
                ],
                withheld: [],
            }
            ConfidentialityAgreements {
                section: "2.1.3", category: InternalOrganization,
                ja: "秘密保持契約", en: "Confidentiality agreements",
                iso: Exact "6.1.5" "Confidentiality agreements",
                iso2013: Published ["A.13.2.4"],
                iso2022: Published ["A.6.6"],
                summary: "The terms and conditions contain confidentiality clauses, which cover the handling of personal information."
                    / "約款に秘密保持の条項があり、個人情報の扱いもその対象になっている。",
                duties: [
                    Provider Performs ContractDocuments => "Binds itself to confidentiality, personal information included, in its terms and conditions." / "約款の秘密保持条項（個人情報の扱いを含む）に従う。";
                ],
                withheld: [],
            }
            ContactWithAuthorities {
                section: "2.1.4", category: InternalOrganization,
                ja: "関係当局との連絡", en: "Contact with authorities",
                iso: Exact "6.1.6" "Contact with authorities",
                iso2013: Published ["A.6.1.3"],
                iso2022: Published ["A.5.5"],
                summary: "The provider operates under the Telecommunications Business Act, supervised by the Ministry of Internal Affairs and Communications, which also oversees its handling of personal information; it names its support desk when service starts and its privacy contact in its privacy policy."
                    / "電気通信事業法に基づく事業者で、監督官庁は総務省（個人情報保護についても同じ）。サポート窓口は提供開始時に、個人情報の窓口はプライバシーポリシーで示す。",
                duties: [
                    Provider Performs ProviderOrganisation => "Operates under the Telecommunications Business Act, with the Ministry of Internal Affairs and Communications as supervisor, also for personal information." / "電気通信事業法の下で事業を行い、総務省の監督を受ける（個人情報保護も同じ）。";
                    Provider Notifies ProviderOrganisation [SupportDesk] => "Names its support desk when service starts, and its personal-information contact in its privacy policy." / "提供開始時にサポート窓口を、プライバシーポリシーで個人情報の窓口を示す。";
                ],
                withheld: [],
            }
            ExternalPartyRisks {
                section: "2.2.1", category: ExternalParties,
                ja: "外部組織に関係したリスクの識別", en: "Identification of risks related to external parties",
                iso: Exact "6.2.1" "Identification of risks related to external parties",
                iso2013: NearestFit ["A.15.1.1"],
                iso2022: NearestFit ["A.5.19", "A.5.23"],
                summary: "Restrictions and cautions on use are written in the service specification and the customer handbook; faults and vulnerability information are published on the portal."
                    / "利用上の制限と注意点はサービス仕様書とカスタマーハンドブックに記載。障害や脆弱性の情報はポータルで公開する。",
                duties: [
                    Provider Notifies ContractDocuments [OperatingDocumentation] => "Documents restrictions and cautions on use in the service specification and the customer handbook." / "利用上の制限と注意点をサービス仕様書とカスタマーハンドブックに記載する。";
                    Provider Notifies Portal => "Publishes fault and vulnerability information on the portal." / "障害情報や脆弱性情報をポータルで公開する。";
                ],
                withheld: [],
            }
            InventoryOfAssets {
                section: "3.1.1", category: ResponsibilityForAssets,
                ja: "資産目録", en: "Inventory of assets",
                iso: Exact "7.1.1" "Inventory of assets",
                iso2013: Published ["A.8.1.1"],
                iso2022: Published ["A.5.9"],
                summary: "Data, programs and other assets the customer places in the cloud are for the customer to manage."
                    / "クラウドに置いたデータやプログラムなどの資産は、お客さまが管理する。",
                duties: [
                    Customer Performs CustomerEnvironment => "Keeps track of the data, programs and other assets it places in the cloud." / "クラウド上に置いたデータやプログラムなどの資産を自ら管理する。";
                ],
                withheld: [],
            }
            OwnershipOfAssets {
                section: "3.1.2", category: ResponsibilityForAssets,
                ja: "資産の管理責任者", en: "Ownership of assets",
                iso: Exact "7.1.2" "Ownership of assets",
                iso2013: Published ["A.8.1.2"],
                iso2022: Published ["A.5.9"],
                summary: "As for the inventory, the assets the customer places in the cloud are the customer's to manage: the customer is their responsible owner."
                    / "資産目録と同じく、クラウドに置いた資産の管理責任はお客さまにある。",
                duties: [
                    Customer Performs CustomerEnvironment => "Acts as the responsible owner of the data, programs and other assets it places in the cloud." / "クラウド上の自らの資産について管理責任者となる。";
                ],
                withheld: [],
            }
            ClassificationGuidelines {
                section: "3.2.1", category: InformationClassification,
                ja: "分類の指針", en: "Classification guidelines",
                iso: Exact "7.2.1" "Classification guidelines",
                iso2013: Published ["A.8.2.1"],
                iso2022: Published ["A.5.12"],
                summary: "The provider does not alter customer information (it adds no metadata, for example), and the cloud environment is logically separated per customer."
                    / "利用者の情報にメタデータ付与などの加工は行わず、環境は利用者ごとに論理的に分離している。",
                duties: [
                    Provider Performs Platform => "Leaves customer information in the cloud unaltered: it adds no metadata or other processing." / "クラウド上の利用者情報を加工しない（メタデータ付与なども行わない）。";
                    Provider Performs Platform => "Keeps the cloud environment logically separated between customers." / "クラウド環境を利用者ごとに論理的に分離する。";
                ],
                withheld: [],
            }
            LabellingAndHandling {
                section: "3.2.2", category: InformationClassification,
                ja: "情報のラベル付けおよび取り扱い", en: "Information labelling and handling",
                iso: Exact "7.2.2" "Information labelling and handling",
                iso2013: Published ["A.8.2.2", "A.8.2.3"],
                iso2022: Published ["A.5.13", "A.5.10"],
                summary: "The service has no function to label or mark information classes, and information on virtual machines is the customer's to manage; on the portal, what stored customer information each user sees depends on the role, administrator or general user."
                    / "情報区分のラベル付け機能はなく、仮想マシン上の情報管理はお客さまの責任。ポータル上の情報は、管理者か一般ユーザーかで開示範囲が変わる。",
                duties: [
                    Provider LeavesToCustomer Platform => "Provides no function to label or mark information classes." / "情報区分のラベル付け・マーキング機能は提供しない。";
                    Customer Performs CustomerEnvironment => "Manages, on its own responsibility, the information it builds and stores on its virtual machines." / "仮想マシン上に構築・保存した情報を自らの責任で管理する。";
                    Provider Offers Portal [PortalAccessLevels] => "Limits what stored customer information each portal role (administrator, general user) can see." / "ポータル上の情報の開示範囲を権限（管理者・一般ユーザー）で分ける。";
                ],
                withheld: [],
            }
            ReturnOfAssets {
                section: "4.1.1", category: TerminationOrChangeOfEmployment,
                ja: "資産の返却", en: "Return of assets",
                iso: Exact "8.3.2" "Return of assets",
                iso2013: Published ["A.8.1.4"],
                iso2022: Published ["A.5.11"],
                summary: "When a customer's employee leaves, changing or cancelling virtual machines is the customer's job; the provider acts on requests to change or cancel the service. The terms and the service specification say so."
                    / "お客さまの利用者が退職したときの仮想マシンの変更・解約はお客さまが行い、当社はサービス変更・解約の申し出を受けて対応する。約款と仕様書に明記。",
                duties: [
                    Customer Performs CustomerEnvironment => "Changes or cancels virtual machines when its employment relationship with a user ends." / "利用者との雇用関係が終わったとき、仮想マシンの変更・解約を行う。";
                    Provider OnRequest ContractDocuments => "Changes or cancels the service when the customer asks, as the terms and the service specification state." / "申し出に応じてサービスの変更・解約を行う（約款・仕様書に明記）。";
                ],
                withheld: [],
            }
            RemovalOfAccessRights {
                section: "4.1.2", category: TerminationOrChangeOfEmployment,
                ja: "アクセス権の削除", en: "Removal of access rights",
                iso: Exact "8.3.3" "Removal of access rights",
                iso2013: Published ["A.9.2.6"],
                iso2022: Published ["A.5.18"],
                summary: "When a user leaves the customer, the customer changes or removes that user's access to virtual machines and to the portal; the provider deletes the account when the service is cancelled."
                    / "利用者の退職時、仮想マシンとポータルのアクセス権の変更・削除はお客さまが行う。当社は解約の申し出でアカウントを削除する。",
                duties: [
                    Customer Performs CustomerEnvironment => "Changes or removes a departing user's access rights on its virtual machines." / "退職した利用者の仮想マシンのアクセス権を変更・削除する。";
                    Customer Performs Portal => "Changes or removes a departing user's access rights on the portal." / "退職した利用者のポータルのアクセス権を変更・削除する。";
                    Provider OnRequest Portal => "Deletes the account when the customer cancels the service." / "解約の申し出を受けてアカウントを削除する。";
                ],
                withheld: [],
            }
            WorkingInSecureAreas {
                section: "5.1.1", category: SecureAreas,
                ja: "セキュリティを保つべき領域での作業", en: "Working in secure areas",
                iso: Exact "9.1.5" "Working in secure areas",
                iso2013: Published ["A.11.1.5"],
                iso2022: Published ["A.7.6"],
                summary: "The provider sets no limits on the environment from which virtual machines are used; the customer decides it to suit its own use."
                    / "仮想マシンを使う環境に当社の制限はなく、お客さまが利用形態に合わせて決める。",
                duties: [
                    Provider LeavesToCustomer CustomerEnvironment => "Places no restriction on the environment from which virtual machines are used." / "仮想マシンの利用環境を制限しない。";
                    Customer Performs CustomerEnvironment => "Decides the environment in which it uses its virtual machines." / "仮想マシンの利用環境を自ら決める。";
                ],
                withheld: [],
            }
            DisposalOfEquipmentWithMedia {
                section: "5.2.1", category: EquipmentSecurity,
                ja: "記録媒体を内蔵した装置の処理", en: "Disposal of equipment containing storage media",
                iso: Close "9.2.6" "Secure disposal or re-use of equipment",
                iso2013: Published ["A.11.2.7"],
                iso2022: Published ["A.7.14"],
                summary: "Equipment with built-in storage media is processed before disposal or re-use so that no information leaks."
                    / "記憶媒体を内蔵する機器は、廃棄や再利用の前に情報が漏れないよう処理する。",
                duties: [
                    Provider Performs Platform => "Processes equipment with built-in storage media before disposal or re-use so that no information leaks." / "記憶媒体内蔵の機器を廃棄・再利用する際、情報漏えいがないよう処理する。";
                ],
                withheld: [],
            }
            OperatingStandard {
                section: "6.1.1", category: OperationalProcedures,
                ja: "当社運用基準", en: "The provider's operating standard",
                iso: None,
                iso2013: None [],
                iso2022: None [],
                summary: "The provider runs its operations on the basis of ITIL."
                    / "当社の業務運用はITILに基づいている。",
                duties: [
                    Provider Performs ProviderOrganisation => "Runs its operations on the basis of ITIL." / "ITILに基づいて業務を運用する。";
                ],
                withheld: [],
            }
            OperatingProcedures {
                section: "6.1.2", category: OperationalProcedures,
                ja: "操作手順書", en: "Documented operating procedures",
                iso: Exact "10.1.1" "Documented operating procedures",
                iso2013: Published ["A.12.1.1"],
                iso2022: Published ["A.5.37"],
                summary: "A customer handbook and a quick-start guide are provided, and an enquiry desk answers questions about use."
                    / "カスタマーハンドブックとクイックスタートガイドがあり、使い方の疑問は問い合わせ窓口で受け付ける。",
                duties: [
                    Provider Offers ContractDocuments [OperatingDocumentation] => "Provides a customer handbook and a quick-start guide." / "カスタマーハンドブックとクイックスタートガイドを提供する。";
                    Provider Offers ProviderOrganisation [SupportDesk] => "Keeps an enquiry desk for questions about use." / "利用上の疑問に応じる問い合わせ窓口を設ける。";
                ],
                withheld: [],
            }
            ChangeManagement {
                section: "6.1.3", category: OperationalProcedures,
                ja: "変更管理", en: "Change management",
                iso: Exact "10.1.2" "Change management",
                iso2013: Published ["A.12.1.2"],
                iso2022: Published ["A.8.32"],
                summary: "Customers hear in advance about system changes that affect the virtual machine environment, and about what changes where their own environment is affected."
                    / "仮想マシン環境に影響するシステム変更は事前に通知し、利用環境が変わるときは内容も前もって伝える。",
                duties: [
                    Provider Notifies Platform => "Notifies customers in advance of system changes that affect the virtual machine environment, with what changes where their environment is affected." / "仮想マシン環境に影響するシステム変更を事前に通知し、利用環境が変わる場合は内容も伝える。";
                ],
                withheld: [],
            }
            SegregationOfDuties {
                section: "6.1.4", category: OperationalProcedures,
                ja: "職務の分割", en: "Segregation of duties",
                iso: Exact "10.1.3" "Segregation of duties",
                iso2013: Published ["A.6.1.2"],
                iso2022: Published ["A.5.3"],
                summary: "Virtual machines come with administrator rights only, and the system environment is explained when use starts; which staff use which rights is the customer's policy. On the portal, the customer appoints and runs an account administrator."
                    / "仮想マシンは管理者権限のみで提供し、環境は利用開始時に案内する。どの職務の人に権限を使わせるかはお客さまの方針。ポータルもお客さまが管理者を立てて管理する。",
                duties: [
                    Provider Offers CustomerEnvironment [VmAdministratorRights] => "Provides virtual machines with administrator rights only, and explains the system environment at the start of use." / "仮想マシンは管理者権限のみで提供し、利用開始時にシステム環境を案内する。";
                    Customer Performs CustomerEnvironment => "Decides, by its own policy, which staff use the rights within its contract." / "契約範囲の権限をどの職務の人に使わせるかを自らの方針で決める。";
                    Customer Performs Portal => "Appoints an administrator for its portal account and manages it." / "ポータルのアカウント管理者を立てて管理する。";
                ],
                withheld: [],
            }
            ThirdPartyServiceDelivery {
                section: "6.2.1", category: ThirdPartyServiceManagement,
                ja: "第三者が提供するサービス", en: "Service delivery",
                iso: Exact "10.2.1" "Service delivery",
                iso2013: NearestFit ["A.15.2.1"],
                iso2022: NearestFit ["A.5.22"],
                summary: "With the parties inside the scope its service specification states, the provider keeps arrangements that hold its service levels; third-party services the customer uses on its own side, such as networks, are the customer's to check."
                    / "仕様書で示す提供範囲内の関係者とは、サービスレベルを保つ体制を持つ。お客さま側でネットワークなどを提供する第三者のサービスは、お客さまが確認する。",
                duties: [
                    Provider Performs ProviderPartners => "Keeps arrangements with the parties inside its stated scope that hold its service levels." / "提供範囲内の関係者との間で、サービスレベルを維持する体制を持つ。";
                    Customer Performs CustomerThirdParties => "Checks the third-party services, such as network access, that it uses on its own side." / "自らの側で利用する第三者のサービス（ネットワークなど）を確認する。";
                ],
                withheld: [],
            }
            ThirdPartyServiceMonitoring {
                section: "6.2.2", category: ThirdPartyServiceManagement,
                ja: "第三者が提供するサービスの監視およびレビュー", en: "Monitoring and review of third party services",
                iso: Exact "10.2.2" "Monitoring and review of third party services",
                iso2013: Published ["A.15.2.1"],
                iso2022: Published ["A.5.22"],
                summary: "The provider audits the parties inside its stated scope but does not show customers the results; third-party services on the customer's side are the customer's to check."
                    / "提供範囲内の関係者は当社が監査するが、その結果は開示しない。お客さま側の第三者のサービスはお客さまが確認する。",
                duties: [
                    Provider Performs ProviderPartners => "Audits the parties inside its stated scope." / "提供範囲内の関係者を監査する。";
                    Customer Performs CustomerThirdParties => "Checks the third-party services, such as network access, that it uses on its own side." / "自らの側で利用する第三者のサービス（ネットワークなど）を確認する。";
                ],
                withheld: [ThirdPartyAuditResults],
            }
            ThirdPartyServiceChanges {
                section: "6.2.3", category: ThirdPartyServiceManagement,
                ja: "第三者が提供するサービスの変更に対する管理", en: "Managing changes to third party services",
                iso: Exact "10.2.3" "Managing changes to third party services",
                iso2013: Published ["A.15.2.2"],
                iso2022: Published ["A.5.22"],
                summary: "The provider manages changes with the parties inside its stated scope and gives notice before a change that affects customers; third-party services on the customer's side are the customer's to check."
                    / "提供範囲内の関係者の変更は当社が管理し、お客さまに影響する場合は事前に通知する。お客さま側の第三者のサービスはお客さまが確認する。",
                duties: [
                    Provider Performs ProviderPartners => "Manages changes made with the parties inside its stated scope." / "提供範囲内の関係者に関わる変更を管理する。";
                    Provider Notifies ProviderPartners => "Gives notice before such a change when it affects customers." / "お客さまに影響する変更は事前に通知する。";
                    Customer Performs CustomerThirdParties => "Checks the third-party services, such as network access, that it uses on its own side." / "自らの側で利用する第三者のサービス（ネットワークなど）を確認する。";
                ],
                withheld: [],
            }
            CapacityManagement {
                section: "6.3.1", category: SystemPlanningAndAcceptance,
                ja: "容量・能力の管理", en: "Capacity management",
                iso: Exact "10.3.1" "Capacity management",
                iso2013: Published ["A.12.1.3"],
                iso2022: Published ["A.8.6"],
                summary: "A monitoring function lets customers watch the capacity of their virtual machines, whose specifications are published; the provider runs health checks over the whole cloud platform."
                    / "仮想マシンの容量・能力を監視できる機能を提供し、スペックも公開している。クラウド基盤全体は当社がヘルスチェックする。",
                duties: [
                    Provider Offers CustomerEnvironment [MonitoringService] => "Offers a function to monitor the capacity of the customer's virtual machines." / "仮想マシンの容量・能力を監視できる機能を提供する。";
                    Provider Notifies CustomerEnvironment => "Publishes the specifications of its virtual machines." / "仮想マシンのスペックを提示する。";
                    Provider Performs Platform => "Runs health checks over the whole cloud platform." / "クラウド基盤全体のヘルスチェックを行う。";
                ],
                withheld: [],
            }
            SystemAcceptance {
                section: "6.3.2", category: SystemPlanningAndAcceptance,
                ja: "システムの受け入れ", en: "System acceptance",
                iso: Exact "10.3.2" "System acceptance",
                iso2013: Published ["A.14.2.9"],
                iso2022: Published ["A.8.29"],
                summary: "Changes to system or service specifications are shown to customers before they happen."
                    / "システムやサービスの仕様変更は、事前にお客さまに示す。",
                duties: [
                    Provider Notifies Platform => "Presents changes to system or service specifications to customers in advance." / "システム仕様・サービス仕様の変更を事前に提示する。";
                ],
                withheld: [],
            }
            MaliciousCode {
                section: "6.4.1", category: MaliciousAndMobileCode,
                ja: "悪意のあるコードに対する管理策", en: "Controls against malicious code",
                iso: Exact "10.4.1" "Controls against malicious code",
                iso2013: Published ["A.12.2.1"],
                iso2022: Published ["A.8.7"],
                summary: "A port filtering function is provided and security issues found in the platform are fixed in maintenance; the applications a customer installs on its virtual machines are the customer's to secure, with IPS/IDS and WAF available as separate services."
                    / "ポートフィルタリング機能を提供し、基盤で見つかった課題はメンテナンスで直す。仮想マシンに入れたアプリケーションの対策はお客さまの責任で、IPS/IDSやWAFを別途使うこともできる。",
                duties: [
                    Provider Offers Platform [PortFiltering] => "Offers a port filtering function." / "ポートフィルタリング機能を提供する。";
                    Provider Performs Platform => "Fixes security issues it finds in the cloud platform during maintenance." / "クラウド基盤で見つけたセキュリティ上の課題をメンテナンスで修正する。";
                    Customer Performs CustomerEnvironment => "Deals with security issues in the applications it installs on its virtual machines." / "自ら仮想マシンに導入したアプリケーションのセキュリティ課題に対応する。";
                    Provider Offers Platform [IpsIdsWaf] => "Offers IPS/IDS and WAF as optional separate services." / "IPS/IDSとWAFを別サービスとして提供する。";
                ],
                withheld: [],
            }
            InformationBackup {
                section: "6.5.1", category: Backup,
                ja: "情報のバックアップ", en: "Information back-up",
                iso: Exact "10.5.1" "Information back-up",
                iso2013: Published ["A.12.3.1"],
                iso2022: Published ["A.8.13"],
                summary: "Backing up and keeping the customer's information on virtual machines is the customer's own responsibility; the provider takes none for storing or backing it up."
                    / "仮想マシン上の情報のバックアップと保存はお客さま自身の責任で、当社はその保存やバックアップの責任を負わない。",
                duties: [
                    Customer Performs CustomerEnvironment => "Backs up and keeps the information on its virtual machines, on its own responsibility." / "仮想マシン上の情報を自らの責任でバックアップし保存する。";
                    Provider LeavesToCustomer CustomerEnvironment => "Takes no responsibility for storing or backing up customer information on virtual machines." / "仮想マシン上のお客さま情報の保存・バックアップの責任を負わない。";
                ],
                withheld: [],
            }
            BackupFunction {
                section: "6.5.2", category: Backup,
                ja: "バックアップ機能の提供", en: "Provision of a back-up function",
                iso: Close "10.5.1" "Information back-up",
                iso2013: Published ["A.12.3.1"],
                iso2022: Published ["A.8.13"],
                summary: "A function lets customers back up their own virtual machines; checking a restore from a back-up is the customer's task."
                    / "お客さまが自分の仮想マシンのバックアップを取れる機能がある。バックアップからの復元の確認はお客さまが行う。",
                duties: [
                    Provider Offers CustomerEnvironment [BackupFunction] => "Offers a function for customers to back up their own virtual machines." / "お客さまが自分の仮想マシンをバックアップできる機能を提供する。";
                    Customer Performs CustomerEnvironment => "Checks that restoring from its back-ups works." / "バックアップからのリストアを確認する。";
                ],
                withheld: [],
            }
            NetworkServiceSecurity {
                section: "6.6.1", category: NetworkSecurityManagement,
                ja: "ネットワークサービスのセキュリティ", en: "Security of network services",
                iso: Exact "10.6.2" "Security of network services",
                iso2013: Published ["A.13.1.2"],
                iso2022: Published ["A.8.21"],
                summary: "A firewall function is part of the basic service."
                    / "基本機能としてファイアウォールを備える。",
                duties: [
                    Provider Offers Platform [Firewall] => "Offers a firewall function as a basic feature." / "基本機能としてファイアウォール機能を提供する。";
                ],
                withheld: [],
            }
            ElectronicMessaging {
                section: "6.7.1", category: ExchangeOfInformation,
                ja: "電子的メッセージ通信", en: "Electronic messaging",
                iso: Exact "10.8.4" "Electronic messaging",
                iso2013: Published ["A.13.2.3"],
                iso2022: Published ["A.5.14"],
                summary: "Virtual machines are reached over SSH or through the SSL-protected portal; as the provider does not restrict how they are used, the customer takes suitable measures under its own policy."
                    / "仮想マシンへはSSHかSSL対応ポータルから接続する。使い方は制限されないので、対策はお客さまが自らの方針で行う。",
                duties: [
                    Provider Offers Platform [SshAccess] => "Provides SSH access to virtual machines." / "仮想マシンへのSSH接続を用意する。";
                    Provider Offers Portal [TlsPortal] => "Provides access through a portal protected by SSL." / "SSLで保護したポータルからの接続を用意する。";
                    Provider LeavesToCustomer CustomerEnvironment => "Does not restrict how customers use their virtual machines." / "仮想マシンの使い方を制限しない。";
                    Customer Performs CustomerEnvironment => "Takes suitable measures under its own usage policy." / "自らの利用方針に従って適切な対策をとる。";
                ],
                withheld: [],
            }
            AuditLogging {
                section: "6.8.1", category: Audit,
                ja: "監査ログ取得", en: "Audit logging",
                iso: Exact "10.10.1" "Audit logging",
                iso2013: Published ["A.12.4.1"],
                iso2022: Published ["A.8.15"],
                summary: "Audit logs on the customer's virtual machines are collected by the customer under its own operating policy."
                    / "仮想マシン上の監査ログは、お客さまが自らの運用方針で取得する。",
                duties: [
                    Customer Performs CustomerEnvironment => "Collects the audit logs on its virtual machines under its own operating policy." / "仮想マシン上の監査ログを自らの運用方針で取得する。";
                ],
                withheld: [],
            }
            MonitoringSystemUse {
                section: "6.8.2", category: Audit,
                ja: "システム使用状況の監視", en: "Monitoring system use",
                iso: Exact "10.10.2" "Monitoring system use",
                iso2013: Published ["A.12.4.1"],
                iso2022: Published ["A.8.15"],
                summary: "A monitoring service is offered."
                    / "監視サービスがある。",
                duties: [
                    Provider Offers Platform [MonitoringService] => "Offers a monitoring service." / "監視サービスを提供する。";
                ],
                withheld: [],
            }
            ProtectionOfLogs {
                section: "6.8.3", category: Audit,
                ja: "ログ情報の保護", en: "Protection of log information",
                iso: Exact "10.10.3" "Protection of log information",
                iso2013: Published ["A.12.4.2"],
                iso2022: Published ["A.8.15"],
                summary: "The customer administers the data held on its virtual machines, and protects it under its own operating policy."
                    / "仮想マシン上のデータの管理者はお客さまで、運用方針に沿って保護する。",
                duties: [
                    Customer Performs CustomerEnvironment => "Protects the data stored on its virtual machines, as their administrator, under its own operating policy." / "仮想マシン上のデータの管理者として、運用方針に沿って対応する。";
                ],
                withheld: [],
            }
            AdministratorLogs {
                section: "6.8.4", category: Audit,
                ja: "実務管理者および運用担当者の作業ログ", en: "Administrator and operator logs",
                iso: Exact "10.10.4" "Administrator and operator logs",
                iso2013: Published ["A.12.4.3"],
                iso2022: Published ["A.8.15"],
                summary: "Work done on the portal is logged."
                    / "ポータル上の操作は記録されている。",
                duties: [
                    Provider Performs Portal => "Records the operations performed on the portal." / "ポータル上の作業を記録する。";
                ],
                withheld: [],
            }
            FaultLogging {
                section: "6.8.5", category: Audit,
                ja: "障害のログ取得", en: "Fault logging",
                iso: Exact "10.10.5" "Fault logging",
                iso2013: Published ["A.12.4.1"],
                iso2022: Published ["A.8.15"],
                summary: "Faults of the cloud platform are announced on the portal; faults of virtual machines are the customer's to manage."
                    / "クラウド基盤の障害はポータルで知らせる。仮想マシンの障害はお客さまが管理する。",
                duties: [
                    Provider Notifies Portal => "Announces cloud platform faults on the portal." / "クラウド基盤の障害をポータルで通知する。";
                    Customer Performs CustomerEnvironment => "Manages faults of its virtual machines." / "仮想マシンの障害を管理する。";
                ],
                withheld: [],
            }
            ClockSynchronization {
                section: "6.8.6", category: Audit,
                ja: "クロックの同期", en: "Clock synchronization",
                iso: Exact "10.10.6" "Clock synchronization",
                iso2013: Published ["A.12.4.4"],
                iso2022: Published ["A.8.17"],
                summary: "Clocks are kept in step with NTP."
                    / "時刻はNTPで同期している。",
                duties: [
                    Provider Performs Platform => "Synchronises clocks with NTP." / "NTPで時刻を同期する。";
                ],
                withheld: [],
            }
            AccessControlPolicy {
                section: "7.1.1", category: BusinessRequirementForAccessControl,
                ja: "アクセス制御方針", en: "Access control policy",
                iso: Exact "11.1.1" "Access control policy",
                iso2013: Published ["A.9.1.1"],
                iso2022: Published ["A.5.15"],
                summary: "Virtual machines are reached over SSH or through the SSL-protected portal."
                    / "仮想マシンへの接続手段として、SSHとSSL対応ポータルを用意している。",
                duties: [
                    Provider Offers Platform [SshAccess] => "Provides SSH access to virtual machines." / "仮想マシンへのSSH接続を用意する。";
                    Provider Offers Portal [TlsPortal] => "Provides access through a portal protected by SSL." / "SSLで保護したポータルからの接続を用意する。";
                ],
                withheld: [],
            }
            UserRegistration {
                section: "7.2.1", category: UserAccessManagement,
                ja: "利用者登録", en: "User registration",
                iso: Exact "11.2.1" "User registration",
                iso2013: Published ["A.9.2.1", "A.9.2.2"],
                iso2022: Published ["A.5.16", "A.5.18"],
                summary: "The customer's administrator registers and deletes users."
                    / "利用者の登録と削除は、お客さまの管理者が行える。",
                duties: [
                    Provider Offers Portal [PortalUserAdministration] => "Lets the customer's administrator register and delete users." / "お客さまの管理者が利用者を登録・削除できるようにする。";
                    Customer Performs Portal => "Registers and deletes its users through its administrator." / "管理者が利用者を登録・削除する。";
                ],
                withheld: [],
            }
            PrivilegeManagement {
                section: "7.2.2", category: UserAccessManagement,
                ja: "特権管理", en: "Privilege management",
                iso: Exact "11.2.2" "Privilege management",
                iso2013: Published ["A.9.2.3"],
                iso2022: Published ["A.8.2"],
                summary: "On its virtual machines the customer can create accounts with administrator rights according to its own policy."
                    / "仮想マシンでは、お客さまの方針で管理者権限を持つアカウントを作れる。",
                duties: [
                    Provider Offers CustomerEnvironment [VmAdministratorRights] => "Lets the customer create accounts with administrator rights on its virtual machines." / "仮想マシン上で管理者権限付きのアカウントを作成できるようにする。";
                    Customer Performs CustomerEnvironment => "Creates and manages privileged accounts on its virtual machines under its own policy." / "自らの方針で仮想マシンの特権アカウントを作成・管理する。";
                ],
                withheld: [],
            }
            UserPasswordManagement {
                section: "7.2.3", category: UserAccessManagement,
                ja: "利用者パスワードの管理", en: "User password management",
                iso: Exact "11.2.3" "User password management",
                iso2013: Published ["A.9.2.4"],
                iso2022: Published ["A.5.17"],
                summary: "Passwords on virtual machines can be changed under the customer's policy, and customers change their own portal passwords. (The document's title carries a stray review mark, 「確認」, dropped here.)"
                    / "仮想マシンのパスワードはお客さまの方針で変更でき、ポータルのパスワードもお客さま自身で変更できる。（文書の見出し末尾の「確認」は校閲の残りとみて除いた。）",
                duties: [
                    Customer Performs CustomerEnvironment => "Changes passwords on its virtual machines under its own policy." / "自らの方針で仮想マシンのパスワードを変更する。";
                    Provider Offers Portal [PortalPasswordChange] => "Lets customers change their portal passwords themselves." / "ポータルのパスワードをお客さま自身で変更できるようにする。";
                    Customer Performs Portal => "Changes its own portal passwords." / "ポータルのパスワードを自ら変更する。";
                ],
                withheld: [],
            }
            AccessRightsReview {
                section: "7.2.4", category: UserAccessManagement,
                ja: "利用者アクセス権のレビュー", en: "Review of user access rights",
                iso: Exact "11.2.4" "Review of user access rights",
                iso2013: Published ["A.9.2.5"],
                iso2022: Published ["A.5.18"],
                summary: "Any means of reviewing access rights on the customer's virtual machines is the customer's to build."
                    / "仮想マシン上のアクセス権を見直す仕組みは、お客さまが作る。",
                duties: [
                    Customer Performs CustomerEnvironment => "Builds its own means of reviewing access rights on its virtual machines." / "仮想マシン上のアクセス権レビューの仕組みを自ら構築する。";
                ],
                withheld: [],
            }
            ExternalUserAuthentication {
                section: "7.3.1", category: NetworkAccessControl,
                ja: "外部から接続する利用者の認証", en: "User authentication for external connections",
                iso: Exact "11.4.2" "User authentication for external connections",
                iso2013: NearestFit ["A.9.4.2", "A.9.1.2"],
                iso2022: NearestFit ["A.8.5"],
                summary: "Log-on to virtual machines starts out as SSH key authentication plus connection through the portal, which the customer may change once in use; the portal itself authenticates by ID and password."
                    / "仮想マシンへのログオンは初期設定でSSH鍵認証とポータル経由の接続。利用開始後はお客さまの方針で変えられる。ポータルはIDとパスワードで認証する。",
                duties: [
                    Provider Offers CustomerEnvironment [SshKeyLogon] => "Sets up log-on to virtual machines with SSH key authentication and connection through the portal by default." / "仮想マシンへのログオンを、SSH鍵認証とポータル経由の接続で初期設定する。";
                    Customer Performs CustomerEnvironment => "Changes the log-on settings of its virtual machines to suit its policy once in use." / "利用開始後、自らの方針に合わせてログオン設定を変更する。";
                    Provider Performs Portal => "Authenticates portal users by ID and password." / "ポータルの利用者をIDとパスワードで認証する。";
                ],
                withheld: [],
            }
            RemotePortProtection {
                section: "7.3.2", category: NetworkAccessControl,
                ja: "遠隔診断用および環境設定用ポートの保護", en: "Remote diagnostic and configuration port protection",
                iso: Exact "11.4.4" "Remote diagnostic and configuration port protection",
                iso2013: NearestFit ["A.13.1.1", "A.9.1.2"],
                iso2022: NearestFit ["A.8.20"],
                summary: "Console connections are provided over encrypted channels such as SSL."
                    / "コンソール接続はSSLなどで暗号化した通信で提供する。",
                duties: [
                    Provider Offers Platform [EncryptedConsole] => "Provides console connections over encrypted channels such as SSL." / "SSLなどで暗号化したコンソール接続を提供する。";
                ],
                withheld: [],
            }
            NetworkConnectionControl {
                section: "7.3.3", category: NetworkAccessControl,
                ja: "ネットワークの接続制御", en: "Network connection control",
                iso: Exact "11.4.6" "Network connection control",
                iso2013: NearestFit ["A.13.1.1"],
                iso2022: NearestFit ["A.8.20"],
                summary: "Network connections can be used without restriction."
                    / "ネットワークの接続に制限はない。",
                duties: [
                    Provider LeavesToCustomer Platform => "Places no restriction on network connections." / "ネットワークの接続を制限しない。";
                ],
                withheld: [],
            }
            SecureLogOn {
                section: "7.4.1", category: OperatingSystemAccessControl,
                ja: "セキュリティに配慮したログオン手順", en: "Secure log-on procedures",
                iso: Exact "11.5.1" "Secure log-on procedures",
                iso2013: Published ["A.9.4.2"],
                iso2022: Published ["A.8.5"],
                summary: "Log-on to the customer's virtual machines starts out as SSH key authentication; the customer may change it under its own policy once in use."
                    / "仮想マシンへのログオンは初期設定でSSH鍵認証。利用開始後はお客さまの方針で変えられる。",
                duties: [
                    Provider Offers CustomerEnvironment [SshKeyLogon] => "Sets SSH key authentication as the initial log-on to virtual machines." / "仮想マシンへのログオンをSSH鍵認証で初期設定する。";
                    Customer Performs CustomerEnvironment => "Changes the log-on procedure of its virtual machines to suit its policy once in use." / "利用開始後、自らの方針に合わせてログオン手順を変更する。";
                ],
                withheld: [],
            }
            UserIdentification {
                section: "7.4.2", category: OperatingSystemAccessControl,
                ja: "利用者の識別および認証", en: "User identification and authentication",
                iso: Exact "11.5.2" "User identification and authentication",
                iso2013: Published ["A.9.2.1"],
                iso2022: Published ["A.5.16"],
                summary: "Identifying users on virtual machines, and protecting that, is the customer's task; the provider gives the contracting customer's administrator a unique user ID and verifies portal users by ID and password."
                    / "仮想マシン上の利用者の識別と保護策はお客さまが行う。当社は契約者の管理者に一意のIDを付与し、ポータルではIDとパスワードで本人を確かめる。",
                duties: [
                    Customer Performs CustomerEnvironment => "Identifies users on its virtual machines and protects that under its own policy." / "自らの方針で仮想マシン上の利用者を識別し、保護策をとる。";
                    Provider Performs Portal => "Issues a unique user ID to the administrator of each contracting customer." / "契約者の管理者に一意の利用者IDを付与する。";
                    Provider Performs Portal => "Verifies portal users by user ID and password." / "ポータルでは利用者IDとパスワードで本人確認する。";
                ],
                withheld: [],
            }
            PasswordManagementSystem {
                section: "7.4.3", category: OperatingSystemAccessControl,
                ja: "パスワード管理システム", en: "Password management system",
                iso: Exact "11.5.3" "Password management system",
                iso2013: Published ["A.9.4.3"],
                iso2022: Published ["A.5.17"],
                summary: "Portal accounts have an interactive password-change site; beyond that, the customer protects passwords under its own policy."
                    / "ポータルのアカウントには対話式のパスワード変更サイトがある。それ以外の保護策はお客さまの方針で行う。",
                duties: [
                    Provider Offers Portal [PortalPasswordChange] => "Provides an interactive password-change site for portal accounts." / "ポータルのアカウント向けに対話式のパスワード変更サイトを用意する。";
                    Customer Performs CustomerEnvironment => "Takes suitable password protection measures under its own policy." / "自らの方針で適切な保護策をとる。";
                ],
                withheld: [],
            }
            SystemUtilities {
                section: "7.4.4", category: OperatingSystemAccessControl,
                ja: "システムユーティリティの使用", en: "Use of system utilities",
                iso: Exact "11.5.4" "Use of system utilities",
                iso2013: Published ["A.9.4.4"],
                iso2022: Published ["A.8.18"],
                summary: "Applications used on virtual machines are the customer's to manage and protect under its own policy."
                    / "仮想マシンで使うアプリケーションの管理と保護策はお客さまが行う。",
                duties: [
                    Customer Performs CustomerEnvironment => "Manages the applications used on its virtual machines and protects them under its own policy." / "仮想マシンで使うアプリケーションを管理し、自らの方針で保護策をとる。";
                ],
                withheld: [],
            }
            SessionTimeout {
                section: "7.4.5", category: OperatingSystemAccessControl,
                ja: "セッションのタイムアウト", en: "Session time-out",
                iso: Exact "11.5.5" "Session time-out",
                iso2013: Published ["A.9.4.2"],
                iso2022: Published ["A.8.5"],
                summary: "The provider neither restricts how virtual machines are used nor runs any function on them; the customer takes suitable measures under its own policy."
                    / "仮想マシンの使い方は制限されず、当社がその上で機能を提供することもない。保護策はお客さまの方針で行う。",
                duties: [
                    Provider LeavesToCustomer CustomerEnvironment => "Neither restricts how virtual machines are used nor provides any function on them." / "仮想マシンの使い方を制限せず、その上で機能も提供しない。";
                    Customer Performs CustomerEnvironment => "Takes suitable protective measures on its virtual machines under its own policy." / "自らの方針で仮想マシンに適切な保護策をとる。";
                ],
                withheld: [],
            }
            ConnectionTimeLimit {
                section: "7.4.6", category: OperatingSystemAccessControl,
                ja: "接続時間の制限", en: "Limitation of connection time",
                iso: Exact "11.5.6" "Limitation of connection time",
                iso2013: Published ["A.9.4.2"],
                iso2022: Published ["A.8.5"],
                summary: "As for session time-outs: the provider neither restricts how virtual machines are used nor runs any function on them, and the customer takes suitable measures under its own policy."
                    / "セッションのタイムアウトと同じく、仮想マシンの使い方は制限されず当社の機能もない。保護策はお客さまの方針で行う。",
                duties: [
                    Provider LeavesToCustomer CustomerEnvironment => "Neither restricts how virtual machines are used nor provides any function on them." / "仮想マシンの使い方を制限せず、その上で機能も提供しない。";
                    Customer Performs CustomerEnvironment => "Takes suitable protective measures on its virtual machines under its own policy." / "自らの方針で仮想マシンに適切な保護策をとる。";
                ],
                withheld: [],
            }
            InformationAccessRestriction {
                section: "7.5.1", category: ApplicationAndInformationAccessControl,
                ja: "情報へのアクセス制限", en: "Information access restriction",
                iso: Exact "11.6.1" "Information access restriction",
                iso2013: Published ["A.9.4.1"],
                iso2022: Published ["A.8.3"],
                summary: "The provider neither restricts how virtual machines are used nor runs any function on them, and the customer takes suitable measures; by design, the platform's own systems cannot reach into customers' virtual machines."
                    / "仮想マシンの使い方は制限されず当社の機能もないため、保護策はお客さまが行う。なお基盤側のシステムから仮想マシンへは仕様上アクセスできない。",
                duties: [
                    Provider LeavesToCustomer CustomerEnvironment => "Neither restricts how virtual machines are used nor provides any function on them." / "仮想マシンの使い方を制限せず、その上で機能も提供しない。";
                    Customer Performs CustomerEnvironment => "Restricts access to the information on its virtual machines under its own policy." / "自らの方針で仮想マシン上の情報へのアクセスを保護する。";
                    Provider Performs Platform => "Builds the platform so that its own systems cannot access customers' virtual machines." / "基盤側のシステムからお客さまの仮想マシンへアクセスできない仕様にしている。";
                ],
                withheld: [],
            }
            SensitiveSystemIsolation {
                section: "7.5.2", category: ApplicationAndInformationAccessControl,
                ja: "取り扱いに慎重を要するシステムの隔離", en: "Sensitive system isolation",
                iso: Exact "11.6.2" "Sensitive system isolation",
                iso2013: NearestFit ["A.13.1.3"],
                iso2022: NearestFit ["A.8.22"],
                summary: "Dedicated servers can be provided at the customer's request."
                    / "要望があれば専用のサーバーを提供できる。",
                duties: [
                    Provider OnRequest Platform [DedicatedServers] => "Provides independent, dedicated servers at the customer's request." / "要望に応じて独立したサーバーを提供する。";
                ],
                withheld: [],
            }
            MobileComputing {
                section: "7.6.1", category: MobileComputingAndTeleworking,
                ja: "モバイルのコンピューティングおよび通信", en: "Mobile computing and communications",
                iso: Exact "11.7.1" "Mobile computing and communications",
                iso2013: Published ["A.6.2.1"],
                iso2022: Published ["A.8.1"],
                summary: "The provider sets no limits on the environment of use; the customer handles mobile use under its own operating policy."
                    / "利用環境に当社の制限はなく、モバイル利用はお客さまが運用方針に沿って扱う。",
                duties: [
                    Provider LeavesToCustomer CustomerEnvironment => "Places no restriction on the environment of use." / "利用環境を制限しない。";
                    Customer Performs CustomerEnvironment => "Handles mobile computing under its own operating policy." / "モバイルでの利用を自らの運用方針で扱う。";
                ],
                withheld: [],
            }
            Teleworking {
                section: "7.6.2", category: MobileComputingAndTeleworking,
                ja: "テレワーキング", en: "Teleworking",
                iso: Exact "11.7.2" "Teleworking",
                iso2013: Published ["A.6.2.2"],
                iso2022: Published ["A.6.7"],
                summary: "The provider sets no limits on the environment of use; the customer handles teleworking under its own operating policy."
                    / "利用環境に当社の制限はなく、テレワークはお客さまが運用方針に沿って扱う。",
                duties: [
                    Provider LeavesToCustomer CustomerEnvironment => "Places no restriction on the environment of use." / "利用環境を制限しない。";
                    Customer Performs CustomerEnvironment => "Handles teleworking under its own operating policy." / "テレワークでの利用を自らの運用方針で扱う。";
                ],
                withheld: [],
            }
            SecurityRequirementsAnalysis {
                section: "8.1.1", category: SecurityRequirementsOfSystems,
                ja: "セキュリティ要求事項の分析および仕様化", en: "Security requirements analysis and specification",
                iso: Exact "12.1.1" "Security requirements analysis and specification",
                iso2013: Published ["A.14.1.1"],
                iso2022: Published ["A.5.8"],
                summary: "What the service provides is disclosed in the terms and conditions, the membership rules, the specifications and this overview."
                    / "約款・会員規約・仕様書と本書で開示している。",
                duties: [
                    Provider Notifies ContractDocuments => "Discloses its terms, membership rules, specifications and this security overview." / "約款・会員規約・仕様書と本書で開示する。";
                ],
                withheld: [],
            }
            CryptographyPolicy {
                section: "8.2.1", category: CryptographicControls,
                ja: "暗号による管理策の利用方針", en: "Policy on the use of cryptographic controls",
                iso: Exact "12.3.1" "Policy on the use of cryptographic controls",
                iso2013: Published ["A.10.1.1"],
                iso2022: Published ["A.8.24"],
                summary: "The portal is encrypted with SSL, and measures on the customer's virtual machines are asked of the customer. (The document numbers the first sentence of this body 8.2.2; there is no section 8.2.2.)"
                    / "ポータルはSSLで暗号化している。仮想マシン上の対策はお客さまにお願いしている。（文書は本文の一文目に8.2.2の番号を付けているが、8.2.2という節はない。）",
                duties: [
                    Provider Performs Portal [TlsPortal] => "Encrypts the portal with SSL." / "ポータルをSSLで暗号化する。";
                    Customer Performs CustomerEnvironment => "Takes the cryptographic measures on its own virtual machines." / "自らの仮想マシン上の対策を実施する。";
                ],
                withheld: [],
            }
            ChangeControlProcedures {
                section: "8.3.1", category: DevelopmentAndSupportProcesses,
                ja: "変更管理手順", en: "Change control procedures",
                iso: Exact "12.5.1" "Change control procedures",
                iso2013: Published ["A.14.2.2"],
                iso2022: Published ["A.8.32"],
                summary: "System changes are made only after customers have been told."
                    / "お客さまに通知してからシステムを変更する。",
                duties: [
                    Provider Notifies Platform => "Notifies customers before changing its systems." / "システム変更の前にお客さまへ通知する。";
                    Provider Performs Platform => "Carries out the system change after that notice." / "通知のうえで変更作業を行う。";
                ],
                withheld: [],
            }
            ReviewAfterOsChanges {
                section: "8.3.2", category: DevelopmentAndSupportProcesses,
                ja: "オペレーティングシステム変更後の業務用ソフトウェアの技術的レビュー", en: "Technical review of applications after operating system changes",
                iso: Exact "12.5.2" "Technical review of applications after operating system changes",
                iso2013: Published ["A.14.2.3"],
                iso2022: Published ["A.8.32"],
                summary: "The operating systems available for virtual machines are listed, and changes to them are announced in advance. (The document prints this title and the start of its body on one line.)"
                    / "仮想環境で使えるOSを示し、変わるときは事前に通知する。（文書では見出しと本文の冒頭が同じ行にある。）",
                duties: [
                    Provider Notifies CustomerEnvironment => "Lists the operating systems available on virtual machines." / "仮想環境で利用できるOSを提示する。";
                    Provider Notifies CustomerEnvironment => "Announces changes to those operating systems in advance." / "OSに変更があれば事前に通知する。";
                ],
                withheld: [],
            }
            InformationLeakage {
                section: "8.3.3", category: DevelopmentAndSupportProcesses,
                ja: "情報の漏えい", en: "Information leakage",
                iso: Exact "12.5.4" "Information leakage",
                iso2013: None [],
                iso2022: NearestFit ["A.8.12"],
                summary: "The provider has internal rules against information leakage and applies them; measures on the customer's virtual machines are the customer's."
                    / "情報漏えい対策の社内ルールを定めて運用している。仮想マシン上の対策はお客さまが行う。",
                duties: [
                    Provider Performs ProviderOrganisation => "Sets internal rules against information leakage and applies them." / "情報漏えい対策の社内ルールを定め、実施する。";
                    Customer Performs CustomerEnvironment => "Takes leakage measures on its virtual machines." / "仮想マシン上の漏えい対策を実施する。";
                ],
                withheld: [],
            }
            TechnicalVulnerabilities {
                section: "8.4.1", category: TechnicalVulnerabilityManagement,
                ja: "技術的脆弱性の管理", en: "Control of technical vulnerabilities",
                iso: Exact "12.6.1" "Control of technical vulnerabilities",
                iso2013: Published ["A.12.6.1"],
                iso2022: Published ["A.8.8"],
                summary: "The customer gathers information on risks to its virtual machines and deals with them; the provider does the same for the cloud platform's systems, responding as needed."
                    / "仮想マシンのリスクはお客さまが情報を集めて対策する。クラウド基盤のシステムは当社が情報を集め、必要に応じて対応する。",
                duties: [
                    Customer Performs CustomerEnvironment => "Gathers information on risks to its virtual machines and acts on it." / "仮想マシンのリスクについて情報を集め、対策する。";
                    Provider Performs Platform => "Gathers vulnerability information on the cloud platform and responds as needed." / "クラウド基盤について情報を集め、必要に応じて対応する。";
                ],
                withheld: [],
            }
            EventReporting {
                section: "9.1.1", category: ReportingEventsAndWeaknesses,
                ja: "情報セキュリティ事象の報告", en: "Reporting information security events",
                iso: Exact "13.1.1" "Reporting information security events",
                iso2013: Published ["A.16.1.2"],
                iso2022: Published ["A.6.8"],
                summary: "An enquiry desk takes questions on the cloud services in general."
                    / "クラウドサービス全般の問い合わせ窓口がある。",
                duties: [
                    Provider Offers ProviderOrganisation [SupportDesk] => "Keeps an enquiry desk for the cloud services in general." / "クラウドサービス全般の問い合わせ窓口を設ける。";
                ],
                withheld: [],
            }
            LearningFromIncidents {
                section: "9.2.1", category: IncidentsAndImprovements,
                ja: "情報セキュリティインシデントからの学習", en: "Learning from information security incidents",
                iso: Exact "13.2.2" "Learning from information security incidents",
                iso2013: Published ["A.16.1.6"],
                iso2022: Published ["A.5.27"],
                summary: "What the provider learns from incidents is kept as internal knowledge and not disclosed; depending on the impact, it may ask customers to take preventive steps. (The document repeats a sentence fragment here.)"
                    / "インシデントの知見は社内ナレッジとして蓄積し、お客さまには開示しない。影響範囲によっては予防措置をお願いすることがある。（文書はここで文の断片を重複して印字している。）",
                duties: [
                    Provider Performs ProviderOrganisation => "Keeps what it learns from incidents as internal knowledge." / "インシデントから得た知見を社内ナレッジとしてまとめる。";
                    Provider Notifies ProviderOrganisation => "May ask customers to take preventive measures, depending on the extent of the impact." / "影響範囲に応じて、お客さまに予防措置を依頼することがある。";
                ],
                withheld: [IncidentKnowledge],
            }
            CollectionOfEvidence {
                section: "9.2.2", category: IncidentsAndImprovements,
                ja: "証拠の収集", en: "Collection of evidence",
                iso: Exact "13.2.3" "Collection of evidence",
                iso2013: Published ["A.16.1.7"],
                iso2022: Published ["A.5.28"],
                summary: "The provider records evidence and keeps it properly; information on the customer's virtual machines is for the customer to record and keep."
                    / "当社は記録を取り適切に保管する。仮想マシン上の情報はお客さまが記録・保管する。",
                duties: [
                    Provider Performs ProviderOrganisation => "Records evidence and keeps it properly." / "記録を取り、適切に保管する。";
                    Customer Performs CustomerEnvironment => "Records and keeps the information on its virtual machines properly." / "仮想マシン上の情報を適切に記録・保管する。";
                ],
                withheld: [],
            }
            BusinessContinuityRiskAssessment {
                section: "10.1.1", category: BusinessContinuityAspects,
                ja: "事業継続およびリスクアセスメント", en: "Business continuity and risk assessment",
                iso: Exact "14.1.2" "Business continuity and risk assessment",
                iso2013: NearestFit ["A.17.1.1"],
                iso2022: NearestFit ["A.5.29"],
                summary: "The provider assesses risks to keep its services running."
                    / "サービスを継続するためのリスク評価を行っている。",
                duties: [
                    Provider Performs ProviderOrganisation => "Assesses risks to the continuity of its services." / "サービス継続のためのリスク評価を行う。";
                ],
                withheld: [],
            }
            ApplicableLegislation {
                section: "11.1.1", category: LegalRequirements,
                ja: "適用法令の識別", en: "Identification of applicable legislation",
                iso: Exact "15.1.1" "Identification of applicable legislation",
                iso2013: Published ["A.18.1.1"],
                iso2022: Published ["A.5.31"],
                summary: "The applicable law is stated in the terms and conditions."
                    / "適用される法令は約款で示している。",
                duties: [
                    Provider Notifies ContractDocuments => "States the applicable law in its terms and conditions." / "適用法令を約款で示す。";
                ],
                withheld: [],
            }
            ProtectionOfRecords {
                section: "11.1.2", category: LegalRequirements,
                ja: "組織の記録の保護", en: "Protection of organizational records",
                iso: Exact "15.1.3" "Protection of organizational records",
                iso2013: Published ["A.18.1.3"],
                iso2022: Published ["A.5.33"],
                summary: "The provider protects its records as laws and regulations require; records on virtual machines are the customer's to protect."
                    / "当社は法令や規制に沿って記録を保護する。仮想マシン上の記録はお客さまが保護する。",
                duties: [
                    Provider Performs ProviderOrganisation => "Protects its records as laws and regulations require." / "法令・規制に沿って記録を保護する。";
                    Customer Performs CustomerEnvironment => "Protects the records on its virtual machines." / "仮想マシン上の記録を保護する。";
                ],
                withheld: [],
            }
            CryptographyRegulation {
                section: "11.1.3", category: LegalRequirements,
                ja: "暗号化機能に対する規制", en: "Regulation of cryptographic controls",
                iso: Exact "15.1.6" "Regulation of cryptographic controls",
                iso2013: Published ["A.18.1.5"],
                iso2022: Published ["A.5.31"],
                summary: "The terms and conditions require customers to use the service, cryptography included, in line with the law."
                    / "法令に沿って利用するよう約款で求めている。",
                duties: [
                    Provider Notifies ContractDocuments => "States in its terms that the service must be used in line with the law." / "法令に従って利用するよう約款に明示する。";
                    Customer Performs CustomerEnvironment => "Uses the service, cryptographic functions included, in line with the law." / "法令に従って（暗号化機能を含め）利用する。";
                ],
                withheld: [],
            }
            TechnicalComplianceChecking {
                section: "11.2.1", category: PoliciesStandardsAndTechnicalCompliance,
                ja: "技術的順守点検", en: "Technical compliance checking",
                iso: Exact "15.2.2" "Technical compliance checking",
                iso2013: Published ["A.18.2.3"],
                iso2022: Published ["A.5.36", "A.8.8"],
                summary: "The provider runs regular internal audits but does not disclose their results; technical checks of virtual machines are the customer's."
                    / "定期的に内部監査を行うが、結果は開示しない。仮想マシンの技術的点検はお客さまが行う。",
                duties: [
                    Provider Performs ProviderOrganisation => "Runs internal audits regularly." / "定期的に内部監査を行う。";
                    Customer Performs CustomerEnvironment => "Carries out the technical compliance checks of its virtual machines." / "仮想マシンの技術的点検を行う。";
                ],
                withheld: [InternalAuditResults],
            }
            SystemAuditControls {
                section: "11.3.1", category: AuditConsiderations,
                ja: "情報システムの監査に対する管理策", en: "Information systems audit controls",
                iso: Exact "15.3.1" "Information systems audit controls",
                iso2013: Published ["A.12.7.1"],
                iso2022: Published ["A.8.34"],
                summary: "Told in advance, the provider cooperates with a customer's audit, with information limited to what the customer's contract covers."
                    / "事前に申告があれば、お客さまの監査に協力する。提供できる情報は契約の範囲内。",
                duties: [
                    Provider OnRequest ProviderOrganisation => "Cooperates with the customer's audit when told in advance, within the scope of the customer's contract." / "事前申告を受けて、契約範囲内でお客さまの監査に協力する。";
                ],
                withheld: [],
            }
            Certification {
                section: "11.4.1", category: GuidelineConformance,
                ja: "認証規格", en: "Certification",
                iso: None,
                iso2013: None [],
                iso2022: None [],
                summary: "The provider holds ISO/IEC 27001:2005 (JIS Q 27001:2006) certification."
                    / "ISO/IEC 27001:2005（JIS Q 27001:2006）の認証を取得している。",
                duties: [
                    Provider Performs ProviderOrganisation => "Holds ISO/IEC 27001:2005 (JIS Q 27001:2006) certification." / "ISO/IEC 27001:2005（JIS Q 27001:2006）の認証を保持する。";
                ],
                withheld: [],
            }
            GuidelineConformance {
                section: "11.4.2", category: GuidelineConformance,
                ja: "各種ガイドラインなどに関する管理策", en: "Controls on conformance with guidelines",
                iso: None,
                iso2013: None [],
                iso2022: None [],
                summary: "The provider regularly self-checks its conformance with six guidelines from METI, MIC, MHLW, FISC and JDCC; some checks cover only the provider's own scope, and its sales staff give details."
                    / "経済産業省・総務省・厚生労働省・FISC・日本データセンター協会の6つのガイドラインへの適合を定期的にセルフチェックしている。一部は当社の管理範囲のみの確認で、詳細は営業担当が案内する。",
                duties: [
                    Provider Performs ProviderOrganisation => "Self-checks its conformance with the listed guidelines regularly; for some, only within its own scope." / "挙げたガイドラインへの適合を定期的にセルフチェックする（一部は当社の管理範囲のみ）。";
                    Provider OnRequest ProviderOrganisation => "Gives details through its sales staff when asked." / "詳細は営業担当が問い合わせに応じて案内する。";
                ],
                withheld: [],
            }
        }
    };
}
pub(crate) use sections;

/// Cells we judge not applicable: a control whose every statement concerns a mechanism of virtual machines,
/// for a service that has none. Our inference, not the document's statement; each carries its reason.
pub(crate) static NOT_APPLICABLE: &[(Service, Control, Text)] = &[
    (
        Service::ObjectStorage,
        Control::BackupFunction,
        Text::new(
            "The section offers a function to back up the customer's own virtual machines; Object Storage has no virtual machines.",
            "本節は仮想マシンのバックアップ機能を扱うが、オブジェクトストレージには仮想マシンがない。",
        ),
    ),
    (
        Service::ObjectStorage,
        Control::PrivilegeManagement,
        Text::new(
            "The section is about accounts with administrator rights on virtual machines; Object Storage has no virtual machines.",
            "本節は仮想マシン上の管理者権限付きアカウントを扱うが、オブジェクトストレージには仮想マシンがない。",
        ),
    ),
    (
        Service::ObjectStorage,
        Control::SecureLogOn,
        Text::new(
            "The section is about SSH key log-on to virtual machines; Object Storage has no virtual machines to log on to.",
            "本節は仮想マシンへのSSH鍵認証ログオンを扱うが、オブジェクトストレージにはログオンする仮想マシンがない。",
        ),
    ),
    (
        Service::ObjectStorage,
        Control::SystemUtilities,
        Text::new(
            "The section is about applications run on virtual machines; Object Storage has no virtual machines.",
            "本節は仮想マシンで使うアプリケーションを扱うが、オブジェクトストレージには仮想マシンがない。",
        ),
    ),
    (
        Service::ObjectStorage,
        Control::ReviewAfterOsChanges,
        Text::new(
            "The section is about the operating systems offered for virtual machines; Object Storage has no virtual machines or operating systems of the customer's.",
            "本節は仮想マシンで使えるOSを扱うが、オブジェクトストレージには仮想マシンもお客さまのOSもない。",
        ),
    ),
];

/// The document's metadata (its cover, section 1.2, 11.4.1, 11.4.2 and 附則).
pub(crate) static DOCUMENT: Document = Document {
    publisher: Text::new("IDC Frontier Inc.", "株式会社IDCフロンティア"),
    title: Text::new(
        "Security measures for cloud services: an overview",
        "クラウドサービスにおけるセキュリティ対策概要",
    ),
    edition: 1,
    issued: Cow::Borrowed("2014-10-01"),
    services: Cow::Borrowed(Service::ALL),
    certification: Certification {
        standard: Cow::Borrowed("ISO/IEC 27001:2005"),
        jis: Cow::Borrowed("JIS Q 27001:2006"),
    },
    guidelines: Cow::Borrowed(&[
        Guideline {
            issuer: Issuer::Meti,
            title: Text::new(
                "Safety management guidelines for information processing businesses entrusted with medical information",
                "医療情報を受託管理する情報処理事業者における安全管理ガイドライン",
            ),
        },
        Guideline {
            issuer: Issuer::Mic,
            title: Text::new(
                "Safety management guidelines for ASP/SaaS providers handling medical information",
                "ASP・SaaS 事業者が医療情報を取り扱う際の安全管理に関するガイドライン",
            ),
        },
        Guideline {
            issuer: Issuer::Mic,
            title: Text::new(
                "Information security guidelines for ASP/SaaS",
                "ASP・SaaS における情報セキュリティ対策ガイドライン",
            ),
        },
        Guideline {
            issuer: Issuer::Mhlw,
            title: Text::new(
                "Guidelines for the safety management of medical information systems",
                "医療情報システムの安全管理に関するガイドライン",
            ),
        },
        Guideline { issuer: Issuer::Fisc, title: Text::new("FISC", "FISC") },
        Guideline {
            issuer: Issuer::Jdcc,
            title: Text::new("Data Center Facility Standard", "データセンターファシリティスタンダード"),
        },
    ]),
};
