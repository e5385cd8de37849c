//! The dataset: IDC Frontier, 「クラウドサービスにおけるセキュリティ対策概要」, 第1版, 2014-10-01.
//!
//! Nothing but data lives here: the document's chapters, headings and numbered sections (a row per section, each
//! citing its section id, with its duties and our judgements), and the document's metadata. Titles are quoted as
//! names; every summary, duty and reason is written in our own words. The macros in [`crate::control`] turn the
//! rows into types; `docs/codebook.md` says how each sentence became its duties.
//!
//! Reading a duty row: `#Sentence Party Kind Layer Scope [Capability] => "English" / "日本語";`, where `Scope` is
//! `All` (all five services), `Vm` (the services with virtual machines) or `NoVm` (Object Storage: our judgements
//! only), and an inferred duty ends with `because "reason" / "理由"`. A row's `not_applicable` lists the services the
//! section cannot apply to, with our reason; `misprint` records a number the document prints by mistake.

use std::borrow::Cow;

use crate::document::{Certification, Document, Guideline, Issuer};
use crate::{Service, Text};

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

/// The 68 numbered sections. `sentences:` is how many sentences the section has (`docs/coding/segment.py`); `iso:`
/// gives the ISO/IEC 27002:2005 control the section answers, with its short title and fit (`Exact`, `Close`), or
/// `None` for the document's own sections; `iso2013:` the ISO/IEC 27001:2013 successors we identify (`Identified`)
/// or judge nearest (`NearestFit`), from which the 2022 ids follow through Table B.2; `iso2022_judgement:` 2022 ids
/// of our own judgement that no 2013 id leads to.
macro_rules! sections {
    ($m:ident) => {
        $m! {
            AllocationOfResponsibilities {
                section: "2.1.1", category: InternalOrganization, sentences: 3,
                ja: "責任の割当て", en: "Allocation of information security responsibilities",
                iso: Exact "6.1.3" "Allocation of information security responsibilities",
                iso2013: Identified ["A.6.1.1"],
                iso2022_judgement: [],
                summary: "The provider has named an officer for cloud information security, and takes security and privacy questions through its portal, customer desk and a privacy contact."
                    / "IDCFは、クラウドのセキュリティを統括する責任者を任命している。セキュリティや個人情報に関する問い合わせは、ポータル、カスタマーデスク、「プライバシーポリシー」に記載の窓口で受け付けている。",
                duties: [
                    #1 Provider Performs ProviderOrganisation All => "Has appointed an officer responsible for the information security of its cloud services." / "IDCFは、クラウドの情報セキュリティを担当する責任者を置いている。";
                    #2 Provider Offers ProviderOrganisation All [SupportDesk] => "Takes questions about its information security through the portal, the customer desk and other channels." / "IDCFは、同社の情報セキュリティに関する質問を、ポータルやカスタマーデスク等で受け付けている。";
                    #3 Provider Offers ProviderOrganisation All [SupportDesk] => "Keeps a contact point for questions about personal information." / "IDCFは、個人情報に関する問い合わせ窓口も設けている。";
                    #3 Provider Discloses ProviderOrganisation All => "Names that contact point in its privacy policy." / "IDCFは、その窓口の連絡先を同社の「プライバシーポリシー」で示している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            AuthorizationProcessForFacilities {
                section: "2.1.2", category: InternalOrganization, sentences: 2,
                ja: "情報処理設備の認可プロセス", en: "Authorization process for information processing facilities",
                iso: Exact "6.1.4" "Authorization process for information processing facilities",
                iso2013: None [],
                iso2022_judgement: [],
                summary: "The provider supplies documents describing its services, and sets out the agreed terms of use, SLA included, in its terms and conditions."
                    / "IDCFはサービスを説明する資料を提供し、SLAを含む利用上の取り決めを約款で示している。",
                duties: [
                    #1 Provider Discloses ContractDocuments All [OperatingDocumentation] => "Supplies documents that describe its cloud services." / "IDCFは、クラウドの各サービスを説明する資料を提供している。";
                    #2 Provider Discloses ContractDocuments All => "Sets out what is agreed for using the services, the SLA included, in its terms and conditions." / "IDCFは、SLAを含む利用上の取り決めを約款で示している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ConfidentialityAgreements {
                section: "2.1.3", category: InternalOrganization, sentences: 1,
                ja: "秘密保持契約", en: "Confidentiality agreements",
                iso: Exact "6.1.5" "Confidentiality agreements",
                iso2013: Identified ["A.13.2.4"],
                iso2022_judgement: [],
                summary: "The terms and conditions contain confidentiality clauses, which cover the handling of personal information."
                    / "IDCFの約款には秘密保持の条項があり、個人情報の扱いもその対象になっている。",
                duties: [
                    #1 Provider Discloses ContractDocuments All => "Includes confidentiality clauses, covering the handling of personal information, in its terms and conditions." / "IDCFは、約款に秘密保持の条項（個人情報の取扱いを含む）を設けている。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ContactWithAuthorities {
                section: "2.1.4", category: InternalOrganization, sentences: 3,
                ja: "関係当局との連絡", en: "Contact with authorities",
                iso: Exact "6.1.6" "Contact with authorities",
                iso2013: Identified ["A.6.1.3"],
                iso2022_judgement: [],
                summary: "The provider operates under the Telecommunications Business Act, supervised by the Ministry of Internal Affairs and Communications, which, as of the document, also oversaw its handling of personal information; it names its support desk when service starts and its privacy contact in its privacy policy."
                    / "IDCFは電気通信事業法に基づく事業者で、監督官庁は総務省（出典文書の発行時点では、個人情報保護についても総務省と記載）。サポート窓口は提供開始時に通知され、個人情報の窓口は同社の「プライバシーポリシー」で示されている。",
                duties: [
                    #1 Provider Performs ProviderOrganisation All => "Runs its business under the Telecommunications Business Act, supervised by the Ministry of Internal Affairs and Communications (as of the document)." / "IDCFは、電気通信事業法に基づき事業を営み、総務省の監督を受けている（出典文書の発行時点の記載）。";
                    #3 Provider Discloses ProviderOrganisation All => "Names its support desk when service starts." / "IDCFは、提供開始時にサポート窓口を通知する。";
                    #3 Provider Discloses ProviderOrganisation All => "Names its contact for personal information in its privacy policy." / "IDCFは、個人情報に関する連絡先を同社の「プライバシーポリシー」で示している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ExternalPartyRisks {
                section: "2.2.1", category: ExternalParties, sentences: 2,
                ja: "外部組織に関係したリスクの識別", en: "Identification of risks related to external parties",
                iso: Exact "6.2.1" "Identification of risks related to external parties",
                iso2013: NearestFit ["A.15.1.1"],
                iso2022_judgement: ["A.5.23"],
                summary: "The provider writes the limits and cautions of use into its service specification and customer handbook, and publishes information on faults and vulnerabilities on the portal."
                    / "IDCFは、利用上の制限事項と注意事項を「サービス仕様書」と「カスタマーハンドブック」で周知し、障害や脆弱性の情報をポータルで公開している。",
                duties: [
                    #1 Provider Discloses ContractDocuments All => "Writes the limits and cautions of use into the service specification and the customer handbook." / "IDCFは、利用上の制限事項と注意事項を「サービス仕様書」と「カスタマーハンドブック」で周知している。";
                    #2 Provider Discloses Platform All => "Publishes information on faults and vulnerabilities through the portal." / "IDCFは、障害や脆弱性に関する情報をポータルで公開している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            InventoryOfAssets {
                section: "3.1.1", category: ResponsibilityForAssets, sentences: 1,
                ja: "資産目録", en: "Inventory of assets",
                iso: Exact "7.1.1" "Inventory of assets",
                iso2013: Identified ["A.8.1.1"],
                iso2022_judgement: [],
                summary: "Data, programs and other assets the customer places in the cloud are for the customer to manage."
                    / "クラウドに置いたデータ・プログラム等の資産は、お客さまが管理する。",
                duties: [
                    #1 Customer Performs CustomerEnvironment All => "Manages the data, programs and other assets it places in the cloud." / "クラウドに置いたデータ・プログラム等の資産は自ら管理する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            OwnershipOfAssets {
                section: "3.1.2", category: ResponsibilityForAssets, sentences: 1,
                ja: "資産の管理責任者", en: "Ownership of assets",
                iso: Exact "7.1.2" "Ownership of assets",
                iso2013: Identified ["A.8.1.2"],
                iso2022_judgement: [],
                summary: "As for the inventory, the assets the customer places in the cloud are the customer's to manage."
                    / "資産目録と同じく、クラウドに置いた資産はお客さまが管理する。",
                duties: [
                    #1 Customer Performs CustomerEnvironment All => "Manages the data, programs and other assets it places in the cloud." / "クラウドに置いた資産（データ・プログラム等）の管理は自社で行う。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ClassificationGuidelines {
                section: "3.2.1", category: InformationClassification, sentences: 2,
                ja: "分類の指針", en: "Classification guidelines",
                iso: Exact "7.2.1" "Classification guidelines",
                iso2013: Identified ["A.8.2.1"],
                iso2022_judgement: [],
                summary: "The provider does not alter customer information (it adds no metadata, for example), and the cloud environment is logically separated per customer."
                    / "IDCFは利用者の情報にメタデータ付与などの加工を行わず、環境を利用者単位で論理的に分けている。",
                duties: [
                    #1 Provider Performs CustomerEnvironment All => "Does not alter customer information in the cloud, for instance by adding metadata to it." / "IDCFは、クラウド上の利用者情報に対し、メタデータの付与などの加工を行わない。";
                    #2 Provider Performs Platform All => "Keeps the cloud environment logically separated between customers." / "IDCFは、クラウド環境を利用者単位で論理的に分離している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            LabellingAndHandling {
                section: "3.2.2", category: InformationClassification, sentences: 3,
                ja: "情報のラベル付けおよび取り扱い", en: "Information labelling and handling",
                iso: Exact "7.2.2" "Information labelling and handling",
                iso2013: Identified ["A.8.2.2", "A.8.2.3"],
                iso2022_judgement: [],
                summary: "The service has no function to label or mark information classes, and information on virtual machines is the customer's to manage; on the portal, what stored customer information each user sees depends on the role, administrator or general user."
                    / "IDCFのサービスには情報区分のラベル付け機能はなく、仮想マシン上の情報の管理はお客さまの責任である。ポータル上の情報は、管理者か一般ユーザーかによって開示範囲が異なる。",
                object_storage: "The service has no function to label or mark information classes, and we infer that classifying what is stored in Object Storage is the customer's; on the portal, what stored customer information each user sees depends on the role, administrator or general user."
                    / "IDCFのサービスには情報区分のラベル付け機能はなく、オブジェクトストレージに保存する情報の区分はお客さまが行う（推定）。ポータル上の情報は、管理者か一般ユーザーかによって開示範囲が異なる。",
                duties: [
                    #1 Provider LeavesToCustomer Platform All => "Has no function for labelling or marking classes of information, given the nature of the service." / "IDCFは、サービスの性格上、情報区分を示すラベル付けやマーキングの機能を提供していない。";
                    #1 Customer Performs CustomerEnvironment NoVm => "Classifies and handles the information it stores in Object Storage." / "オブジェクトストレージに保存する情報の区分と取り扱いは、自社で行う。"
                        because "The provider has no labelling function for any service (sentence 1); the sentence that gives the task to the customer speaks only of virtual machines. For Object Storage the task falls to the customer for the same reason."
                        / "IDCFのサービスにはいずれもラベル付けの機能がない（本節1文目）。お客さまの役割を述べる文は仮想マシンのみを対象としているが、同じ理由から、オブジェクトストレージでもお客さまの役割と推定した。";
                    #2 Customer Performs CustomerEnvironment Vm => "Manages, on its own responsibility, the information it builds and stores on its virtual machines." / "仮想マシンに構築・保存した情報は、自社の責任で管理する。";
                    #3 Provider Offers Portal All [PortalAccessLevels] => "Shows customer information stored on the portal according to the user's rights, administrator or general user." / "IDCFは、ポータル上のお客さま情報について、管理者か一般ユーザーかによって閲覧できる範囲が異なる仕組みとしている。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ReturnOfAssets {
                section: "4.1.1", category: TerminationOrChangeOfEmployment, sentences: 3,
                ja: "資産の返却", en: "Return of assets",
                iso: Exact "8.3.2" "Return of assets",
                iso2013: Identified ["A.8.1.4"],
                iso2022_judgement: [],
                summary: "When a customer's employee leaves, changing or cancelling virtual machines is the customer's responsibility; the provider acts on requests to change or cancel the service. The terms and the service specification say so."
                    / "お客さまの利用者との雇用関係の終了時には、仮想マシンの変更や解約はお客さまが行い、IDCFはお客さまからのサービス変更・解約の申し出を受けて対応する。約款と「サービス仕様書」に記載されている。",
                object_storage: "The provider changes or cancels the service when the customer applies for it; the terms and the service specification say so."
                    / "サービスの変更・解約は、お客さまの申し出を受けてIDCFが対応する。約款と「サービス仕様書」に記載されている。",
                duties: [
                    #1 Customer Performs CustomerEnvironment Vm => "Changes or cancels its virtual machines, under its own responsibility, when its employment relationship with a user ends." / "利用者との雇用関係の終了時には、仮想マシンの変更や解約を自社の責任で行う。";
                    #2 Customer Requests ContractDocuments All => "Applies to the provider to change or cancel the service." / "サービスの変更・解約をIDCFに申し出る。";
                    #2 Provider OnRequest ContractDocuments All => "Changes or cancels the service when the customer applies for it." / "IDCFは、お客さまからの申し出を受けて、サービスの変更や解約に対応する。";
                    #3 Provider Discloses ContractDocuments All => "States these arrangements in the terms and conditions and the service specification." / "IDCFは、これらの取扱いを約款と「サービス仕様書」で示している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            RemovalOfAccessRights {
                section: "4.1.2", category: TerminationOrChangeOfEmployment, sentences: 3,
                ja: "アクセス権の削除", en: "Removal of access rights",
                iso: Exact "8.3.3" "Removal of access rights",
                iso2013: Identified ["A.9.2.6"],
                iso2022_judgement: [],
                summary: "When a user leaves the customer, the customer changes or removes that user's access to virtual machines and to the portal; the provider deletes the account when the service is cancelled."
                    / "利用者の退職時、仮想マシンとポータルのアクセス権の変更・削除はお客さまが行う。IDCFは解約の申し出でアカウントを削除する。",
                object_storage: "When a user leaves the customer, the customer changes or removes that user's access to the portal; the provider deletes the account when the service is cancelled."
                    / "利用者の退職時、ポータルのアクセス権の変更・削除はお客さまが行う。IDCFは解約の申し出でアカウントを削除する。",
                duties: [
                    #1 Customer Performs CustomerEnvironment Vm => "Changes or removes, on its virtual machines, the access rights of a user whose employment has ended." / "雇用関係が終わった利用者について、仮想マシンでのアクセス権を変更・削除する。";
                    #1 Customer Performs Portal All => "Changes or removes, on the portal, the access rights of a user whose employment has ended." / "雇用関係が終わった利用者の、ポータル上のアクセス権を変更・削除する。";
                    #2 Customer Requests ContractDocuments All => "Applies to cancel the service." / "サービスの解約を申し出る。";
                    #2 Provider OnRequest Portal All => "Deletes the account when the customer applies to cancel the service." / "IDCFは、解約の申し出を受けてアカウントを消す。";
                    #3 Provider Discloses ContractDocuments All => "States these arrangements in the terms and conditions and the service specification." / "IDCFは、これらの取扱いを約款と「サービス仕様書」で示している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            WorkingInSecureAreas {
                section: "5.1.1", category: SecureAreas, sentences: 2,
                ja: "セキュリティを保つべき領域での作業", en: "Working in secure areas",
                iso: Exact "9.1.5" "Working in secure areas",
                iso2013: Identified ["A.11.1.5"],
                iso2022_judgement: [],
                summary: "The provider sets no limits on the environment from which virtual machines are used; the customer decides it to suit its own use."
                    / "仮想マシンを使う環境にIDCFの制限はなく、お客さまが利用形態に合わせて決める。",
                object_storage: "The document says nothing of the environment from which Object Storage is used; we infer that the customer decides it, as for the other services."
                    / "オブジェクトストレージを使う環境について文書は述べていない。ほかのサービスと同じく、お客さまが決めると推定した。",
                duties: [
                    #1 Provider LeavesToCustomer CustomerEnvironment Vm => "Places no restriction on the environment from which virtual machines are used." / "IDCFは、仮想マシンを使う場所や環境に制限を設けない。";
                    #2 Customer Performs CustomerEnvironment Vm => "Decides that environment to suit its own way of using the service." / "利用の形に合わせて、その環境を自ら決める。";
                    #2 Customer Performs CustomerEnvironment NoVm => "Decides the environment from which it uses Object Storage." / "オブジェクトストレージを使う環境は自ら決める。"
                        because "The section leaves the environment of use to the customer, but its sentences speak only of virtual machines; the document sets no environment for Object Storage, and we take the same to hold for it."
                        / "本節は利用環境をお客さまに委ねるが、文は仮想マシンについてのみ述べる。オブジェクトストレージの利用環境を定める記述はなく、同じ扱いと推定した。";
                ],
                withheld: [],
                not_applicable: [],
            }
            DisposalOfEquipmentWithMedia {
                section: "5.2.1", category: EquipmentSecurity, sentences: 1,
                ja: "記録媒体を内蔵した装置の処理", en: "Disposal of equipment containing storage media",
                iso: Close "9.2.6" "Secure disposal or re-use of equipment",
                iso2013: Identified ["A.11.2.7"],
                iso2022_judgement: [],
                summary: "Equipment with built-in storage media is processed before disposal or re-use so that no information leaks."
                    / "IDCFは、記憶媒体を内蔵する機器について、廃棄または再利用の前に情報漏えいを防ぐための処理を行っている。",
                duties: [
                    #1 Provider Performs Platform All => "Processes equipment with built-in storage media before disposal or re-use so that no information leaks." / "IDCFは、記憶媒体を内蔵した機器について、処分または再利用の前に情報漏えいを防ぐための処理を行う。";
                ],
                withheld: [],
                not_applicable: [],
            }
            OperatingStandard {
                section: "6.1.1", category: OperationalProcedures, sentences: 1,
                ja: "当社運用基準", en: "The provider's operating standard",
                iso: None,
                iso2013: None [],
                iso2022_judgement: [],
                summary: "The provider runs its operations on the basis of ITIL."
                    / "IDCFの業務運用はITILに基づいている。",
                duties: [
                    #1 Provider Performs ProviderOrganisation All => "Bases its operations on ITIL." / "IDCFは、業務運用の土台にITILを用いる。";
                ],
                withheld: [],
                not_applicable: [],
            }
            OperatingProcedures {
                section: "6.1.2", category: OperationalProcedures, sentences: 2,
                ja: "操作手順書", en: "Documented operating procedures",
                iso: Exact "10.1.1" "Documented operating procedures",
                iso2013: Identified ["A.12.1.1"],
                iso2022_judgement: [],
                summary: "A customer handbook and a quick-start guide are provided, and an enquiry desk answers questions about use."
                    / "IDCFは「カスタマーハンドブック」と「クイックスタートガイド」を提供し、利用上の疑問は問い合わせ窓口で受け付けている。",
                duties: [
                    #1 Provider Discloses ContractDocuments All [OperatingDocumentation] => "Supplies a customer handbook and a quick-start guide." / "IDCFは、「カスタマーハンドブック」と「クイックスタートガイド」を提供している。";
                    #2 Provider Offers ProviderOrganisation All [SupportDesk] => "Keeps an enquiry desk to clear up questions about use." / "IDCFは、利用上の疑問に答える問い合わせ窓口を設けている。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ChangeManagement {
                section: "6.1.3", category: OperationalProcedures, sentences: 2,
                ja: "変更管理", en: "Change management",
                iso: Exact "10.1.2" "Change management",
                iso2013: Identified ["A.12.1.2"],
                iso2022_judgement: [],
                summary: "Customers hear in advance about system changes that affect the virtual machine environment, and about what changes where their own environment is affected."
                    / "IDCFは、システムの変更が仮想マシン環境に及ぶときは事前に通知し、利用環境が変わるときは内容も前もって伝える。",
                object_storage: "Customers hear beforehand what will change where their environment of use is affected."
                    / "利用環境が変わるときは、何が変わるかをIDCFが前もって伝える。",
                duties: [
                    #1 Provider Discloses Platform Vm => "Tells customers in advance of system changes that reach the virtual machine environment." / "IDCFは、システムの変更が仮想マシン環境に及ぶ場合、事前にお客さまへ通知する。";
                    #2 Provider Discloses CustomerEnvironment All => "Tells customers beforehand what will change when their environment of use is affected." / "IDCFは、利用環境が変わる場合、その変更内容も事前に通知する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            SegregationOfDuties {
                section: "6.1.4", category: OperationalProcedures, sentences: 3,
                ja: "職務の分割", en: "Segregation of duties",
                iso: Exact "10.1.3" "Segregation of duties",
                iso2013: Identified ["A.6.1.2"],
                iso2022_judgement: [],
                summary: "Virtual machines come with administrator rights only, and their system environment is explained when use starts; which staff use which rights is the customer's policy. On the portal, the customer appoints and runs an account administrator."
                    / "IDCFは仮想マシンを管理者権限のみで提供し、利用開始時にシステム環境を案内する。契約で得た権限をどの職務の者に付与するかはお客さまが自社の方針で定め、ポータルもお客さまが管理者を置いて管理する。",
                object_storage: "Which staff use the rights the contract gives is the customer's policy, and on the portal the customer appoints and runs an account administrator; we infer that the provider explains the system environment when use starts here too."
                    / "契約で得た権限をどの職務の者に付与するかはお客さまが自社の方針で定め、ポータルもお客さまが管理者を置いて管理する。利用開始時のシステム環境の案内は、オブジェクトストレージについてもあると推定した。",
                duties: [
                    #1 Provider Offers CustomerEnvironment Vm [VmAdministratorRights] => "Provides virtual machines with administrator rights only." / "IDCFは、仮想マシンを管理者権限のみを付与した状態で提供する。";
                    #1 Provider Discloses CustomerEnvironment Vm => "Explains the system environment when the customer starts using it." / "IDCFは、利用開始時にシステム環境を案内する。";
                    #1 Provider Discloses CustomerEnvironment NoVm => "Explains the system environment when the customer starts using Object Storage." / "IDCFは、オブジェクトストレージについても、利用開始時にシステム環境を案内する。"
                        because "The clause on explaining the system environment stands in a sentence whose topic is virtual machines, so we take it as stated for them only. Read on its own, what it explains, the environment the customer starts to use, is no thing of virtual machines, and we take the provider to explain Object Storage's at the start of use too."
                        / "システム環境の案内は仮想マシンを主題とする文の中で述べられているため、文書の記載としては仮想マシンに限った。ただ、利用開始時に案内する環境は仮想マシン固有のものではないため、オブジェクトストレージでも同様の案内があると推定した。";
                    #2 Customer Performs CustomerEnvironment All => "Decides, by its own policy, which staff use the rights its contract gives." / "契約で得た権限をどの職務の者に付与するかは、自社の方針で決めて運用する。";
                    #3 Customer Performs Portal All => "Appoints an administrator for its portal account, who manages it." / "ポータルのアカウントに管理者を置き、管理する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ThirdPartyServiceDelivery {
                section: "6.2.1", category: ThirdPartyServiceManagement, sentences: 2,
                ja: "第三者が提供するサービス", en: "Service delivery",
                iso: Exact "10.2.1" "Service delivery",
                iso2013: NearestFit ["A.15.2.1"],
                iso2022_judgement: [],
                summary: "With the parties inside the scope its service specification states, the provider keeps arrangements that hold its service levels; third-party services the customer uses on its own side, such as networks, are the customer's to check."
                    / "IDCFは、「サービス仕様書」で示す提供範囲内の関係者との間で、サービスレベルを保つための体制を整えている。お客さま側でネットワークなどを提供する第三者のサービスは、お客さまが確認する。",
                duties: [
                    #1 Provider Performs ProviderPartners All => "Has arrangements with the parties inside the scope its service specification states that keep its service levels." / "IDCFは、「サービス仕様書」で示した提供範囲内の関係者との間で、IDCFの定めるサービスレベルを保つための体制を整えている。";
                    #2 Customer Performs CustomerThirdParties All => "Checks for itself the services of third parties, such as network providers, that it uses on its own side." / "自社側でネットワークなどを担う第三者のサービスを使う場合は、その内容を自社で確認する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ThirdPartyServiceMonitoring {
                section: "6.2.2", category: ThirdPartyServiceManagement, sentences: 3,
                ja: "第三者が提供するサービスの監視およびレビュー", en: "Monitoring and review of third party services",
                iso: Exact "10.2.2" "Monitoring and review of third party services",
                iso2013: Identified ["A.15.2.1"],
                iso2022_judgement: [],
                summary: "The provider audits the parties inside its stated scope but does not show customers the results; third-party services on the customer's side are the customer's to check."
                    / "提供範囲内の関係者はIDCFが監査するが、その結果は開示しない。お客さま側の第三者のサービスはお客さまが確認する。",
                duties: [
                    #1 Provider Performs ProviderPartners All => "Has arrangements to audit the parties inside its stated scope." / "IDCFは、提供範囲内の関係者を監査する体制を持つ。";
                    #3 Customer Performs CustomerThirdParties All => "Checks for itself the services of third parties, such as network providers, that it uses on its own side." / "自社側でネットワークなどを担う第三者のサービスを使う場合は、その内容を自社で確認する。";
                ],
                withheld: [ThirdPartyAuditResults],
                not_applicable: [],
            }
            ThirdPartyServiceChanges {
                section: "6.2.3", category: ThirdPartyServiceManagement, sentences: 3,
                ja: "第三者が提供するサービスの変更に対する管理", en: "Managing changes to third party services",
                iso: Exact "10.2.3" "Managing changes to third party services",
                iso2013: Identified ["A.15.2.2"],
                iso2022_judgement: [],
                summary: "The provider manages changes with the parties inside its stated scope and gives notice before a change that affects customers; third-party services on the customer's side are the customer's to check."
                    / "提供範囲内の関係者の変更はIDCFが管理し、お客さまに影響する場合は事前に通知する。お客さま側の第三者のサービスはお客さまが確認する。",
                duties: [
                    #1 Provider Performs ProviderPartners All => "Has arrangements to manage changes with the parties inside its stated scope." / "IDCFは、提供範囲内の関係者との変更を管理する体制を持つ。";
                    #2 Provider Discloses ProviderPartners All => "Gives notice before a change that affects customers." / "IDCFは、お客さまに影響する変更を前もって通知する。";
                    #2 Provider Performs ProviderPartners All => "Makes such a change once it has given that notice." / "IDCFは、通知したうえで、その変更を行う。";
                    #3 Customer Performs CustomerThirdParties All => "Checks for itself the services of third parties, such as network providers, that it uses on its own side." / "自社側でネットワークなどを担う第三者のサービスを使う場合は、その内容を自社で確認する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            CapacityManagement {
                section: "6.3.1", category: SystemPlanningAndAcceptance, sentences: 3,
                ja: "容量・能力の管理", en: "Capacity management",
                iso: Exact "10.3.1" "Capacity management",
                iso2013: Identified ["A.12.1.3"],
                iso2022_judgement: [],
                summary: "A monitoring function can watch the capacity of the customer's virtual machines, whose specifications are published; the provider runs health checks over the whole cloud platform."
                    / "IDCFは、仮想マシンの容量・性能を監視できる機能を用意し、仕様（スペック）も公開している。クラウド基盤全体の健全性は、IDCFが点検（ヘルスチェック）している。",
                object_storage: "The provider runs health checks over the whole cloud platform."
                    / "クラウド基盤全体の健全性は、IDCFが点検（ヘルスチェック）している。",
                duties: [
                    #1 Provider Offers Platform Vm [CapacityMonitoring] => "Offers a monitoring function that can watch the capacity of the customer's virtual machines." / "IDCFは、お客さまが使う仮想マシンの容量や性能を監視できる機能を用意している。";
                    #1 Customer Performs CustomerEnvironment Vm => "Watches the capacity of its virtual machines, with that function or otherwise." / "その機能などを使い、仮想マシンの容量や性能を監視する。"
                        because "The function serves capacity management only if the customer watches its machines with it; the section does not say who watches."
                        / "監視機能は、お客さまが使って監視してはじめて容量管理に役立つ。誰が監視するかを本節は述べていない。";
                    #2 Provider Discloses CustomerEnvironment Vm => "Publishes the specifications of its virtual machines." / "IDCFは、仮想マシンの仕様（スペック）を公開している。";
                    #3 Provider Performs Platform All => "Runs health checks across the whole cloud platform." / "IDCFは、クラウド基盤全体の健全性を点検（ヘルスチェック）している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            SystemAcceptance {
                section: "6.3.2", category: SystemPlanningAndAcceptance, sentences: 1,
                ja: "システムの受け入れ", en: "System acceptance",
                iso: Exact "10.3.2" "System acceptance",
                iso2013: Identified ["A.14.2.9"],
                iso2022_judgement: [],
                summary: "Changes to system or service specifications are shown to customers before they happen."
                    / "システムやサービスの仕様変更は、IDCFが事前にお客さまに示す。",
                duties: [
                    #1 Provider Discloses Platform All => "Shows customers changes to system or service specifications before they take effect." / "IDCFは、システムやサービスの仕様を変更する場合、事前にお客さまに通知する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            MaliciousCode {
                section: "6.4.1", category: MaliciousAndMobileCode, sentences: 4,
                ja: "悪意のあるコードに対する管理策", en: "Controls against malicious code",
                iso: Exact "10.4.1" "Controls against malicious code",
                iso2013: Identified ["A.12.2.1"],
                iso2022_judgement: [],
                summary: "A port filtering function is provided and security issues found in the platform are fixed in maintenance; security issues in the applications a customer installs on its virtual machines are the customer's to deal with, with IPS/IDS and WAF available as separate services."
                    / "IDCFはポートフィルタリングの機能を用意し、クラウド基盤で発見したセキュリティ上の問題はメンテナンスにより修正する。仮想マシンに導入したアプリケーションのセキュリティ対策はお客さまの責任で、IPS/IDSやWAFを別サービスとして利用することもできる。",
                object_storage: "A port filtering function is provided, and security issues found in the cloud platform are fixed in maintenance."
                    / "IDCFはポートフィルタリングの機能を用意し、クラウド基盤で発見したセキュリティ上の問題はメンテナンスにより修正する。",
                duties: [
                    #1 Provider Offers Platform All [PortFiltering] => "Offers a port filtering function." / "IDCFは、ポートフィルタリングの機能を用意している。";
                    #1 Customer Performs CustomerEnvironment Vm => "Sets the port filters its own servers need." / "自社のサーバーに必要なポートフィルタリングの規則を設定する。"
                        because "A filter protects only with the rules the customer sets for its own servers, and only the services with virtual machines have servers of the customer's behind it (in Object Storage the customer runs nothing there); the section does not say who sets them."
                        / "ポートフィルタリングは、お客さまが自社のサーバーに必要な規則を設定して初めて防御として機能する。フィルタの内側で保護されるお客さまのサーバーがあるのは仮想マシンのあるサービスだけで、オブジェクトストレージにはない。誰が設定するかについて、本節は述べていない。";
                    #2 Provider Performs Platform All => "Fixes security problems it finds anywhere in the cloud platform during maintenance." / "IDCFは、クラウド基盤で発見したセキュリティ上の問題を、メンテナンスにより修正する。";
                    #3 Customer Performs CustomerEnvironment Vm => "Deals, on its own responsibility, with security problems of the applications it installs on its virtual machines." / "自社の仮想マシンに導入したアプリケーションのセキュリティ上の問題には、自社の責任で対処する。";
                    #4 Provider Offers Platform Vm [IpsIdsWaf] => "Offers IPS/IDS and WAF as separate services the customer may take." / "IDCFは、IPS/IDSとWAFを別サービスとして選択できるようにしている。";
                ],
                withheld: [],
                not_applicable: [],
            }
            InformationBackup {
                section: "6.5.1", category: Backup, sentences: 2,
                ja: "情報のバックアップ", en: "Information back-up",
                iso: Exact "10.5.1" "Information back-up",
                iso2013: Identified ["A.12.3.1"],
                iso2022_judgement: [],
                summary: "Backing up and keeping the customer's information on virtual machines is the customer's own responsibility; the provider takes none for storing or backing it up."
                    / "仮想マシン上の情報のバックアップと保存はお客さま自身の責任で、IDCFはその保存やバックアップの責任を負わない。",
                object_storage: "The document says nothing of back-up for Object Storage; we infer that keeping copies of the data stored there is the customer's own task, as the customer manages the assets it places in the cloud (3.1.1)."
                    / "オブジェクトストレージのバックアップについて文書は述べていない。クラウドに置いた資産はお客さまが管理する（3.1.1）ことから、保存データのバックアップもお客さまの役割と推定した。",
                duties: [
                    #1 Customer Performs CustomerEnvironment Vm => "Backs up and keeps the information on its virtual machines, on its own responsibility." / "仮想マシン上の情報のバックアップと保管を、自社の責任で行う。";
                    #1 Customer Performs CustomerEnvironment NoVm => "Keeps its own back-ups of the data it stores in Object Storage, where it needs them." / "オブジェクトストレージに保存したデータのバックアップは、必要に応じて自社で取得する。"
                        because "The section disclaims back-up only for information on virtual machines, and the document names no back-up function for Object Storage; as the customer manages the assets it places in the cloud (3.1.1), we take back-up of them to rest with the customer."
                        / "本節でIDCFが責任を負わないとしているのは仮想マシン上の情報のみであり、オブジェクトストレージのバックアップ機能は文書に記載がない。クラウドに置いた資産はお客さまが管理する（3.1.1）ことから、そのバックアップもお客さまの役割と推定した。";
                    #2 Provider LeavesToCustomer CustomerEnvironment Vm => "Takes no responsibility for keeping or backing up customer information on virtual machines." / "IDCFは、仮想マシンに置かれたお客さま情報の保管やバックアップに責任を負わない。";
                ],
                withheld: [],
                not_applicable: [],
            }
            BackupFunction {
                section: "6.5.2", category: Backup, sentences: 2,
                ja: "バックアップ機能の提供", en: "Provision of a back-up function",
                iso: Close "10.5.1" "Information back-up",
                iso2013: Identified ["A.12.3.1"],
                iso2022_judgement: [],
                summary: "A function lets customers back up their own virtual machines; checking a restore from a back-up is the customer's task."
                    / "IDCFは仮想マシンをバックアップする機能を用意しており、お客さまが自ら利用できる。バックアップから復元できることの確認は、お客さまが行う。",
                duties: [
                    #1 Provider Offers Platform Vm [BackupFunction] => "Offers a function with which customers back up their own virtual machines." / "IDCFは、お客さまが自社の仮想マシンをバックアップできる機能を用意している。";
                    #1 Customer Performs CustomerEnvironment Vm => "Takes back-ups of its virtual machines with that function, as it needs." / "必要に応じて、その機能を使って仮想マシンをバックアップする。"
                        because "The function protects nothing unless the customer uses it, and 6.5.1 makes back-up the customer's responsibility."
                        / "この機能は、お客さまが実際に使用して初めて効果を持つ。また、6.5.1はバックアップをお客さまの責任としている。";
                    #2 Customer Performs CustomerEnvironment Vm => "Checks for itself that restoring from a back-up works." / "バックアップから復元できることを、自社で確認する。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section offers a function to back up the customer's virtual machines; Object Storage has no virtual machines." / "本節は仮想マシンをバックアップする機能を扱うが、オブジェクトストレージには仮想マシンがない。"],
            }
            NetworkServiceSecurity {
                section: "6.6.1", category: NetworkSecurityManagement, sentences: 1,
                ja: "ネットワークサービスのセキュリティ", en: "Security of network services",
                iso: Exact "10.6.2" "Security of network services",
                iso2013: Identified ["A.13.1.2"],
                iso2022_judgement: [],
                summary: "A firewall function is part of the basic service."
                    / "IDCFはファイアウォールを基本の機能として備えている。",
                duties: [
                    #1 Provider Offers Platform All [Firewall] => "Offers a firewall function as part of the basic service." / "IDCFは、ファイアウォールを基本機能として用意している。";
                    #1 Customer Performs CustomerEnvironment Vm => "Sets the firewall rules its own servers need." / "自社のサーバーに必要なファイアウォールの規則を設定する。"
                        because "A firewall protects only with the rules the customer sets for its own servers, and only the services with virtual machines have servers of the customer's behind it (in Object Storage the customer runs nothing there); the section does not say who sets them."
                        / "ファイアウォールは、お客さまが自社のサーバーに必要な規則を設定して初めて防御として機能する。ファイアウォールの内側で保護されるお客さまのサーバーがあるのは仮想マシンのあるサービスだけで、オブジェクトストレージにはない。誰が設定するかについて、本節は述べていない。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ElectronicMessaging {
                section: "6.7.1", category: ExchangeOfInformation, sentences: 2,
                ja: "電子的メッセージ通信", en: "Electronic messaging",
                iso: Exact "10.8.4" "Electronic messaging",
                iso2013: Identified ["A.13.2.3"],
                iso2022_judgement: [],
                summary: "Virtual machines are reached over SSH or through the portal, which uses SSL; as the provider does not restrict how they are used, the customer takes suitable measures under its own policy."
                    / "IDCFは仮想マシンへの接続手段として、SSHと、SSLを使うポータルを用意している。IDCFは仮想マシンの使い方に制限を設けておらず、適切な対策はお客さまが自社の利用方針に沿って講じる。",
                duties: [
                    #1 Provider Offers Platform Vm [SshAccess] => "Provides access to virtual machines over SSH." / "IDCFは、仮想マシンへの接続手段としてSSHを用意している。";
                    #1 Provider Offers Portal Vm [SslPortal] => "Provides access to virtual machines through a portal that uses SSL." / "IDCFは、SSLを使うポータルからも仮想マシンへ接続できるようにしている。";
                    #2 Provider LeavesToCustomer CustomerEnvironment Vm => "Does not restrict how customers use their virtual machines." / "IDCFは、仮想マシンの使い方に制限を設けない。";
                    #2 Customer Performs CustomerEnvironment Vm => "Takes suitable measures under its own usage policy." / "自社の利用方針に沿って、適切な対策を講じる。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "Every sentence of the section is about reaching and using virtual machines; Object Storage has none, and the measures the section leaves to the customer have nothing to act on there." / "本節の文はどれも仮想マシンへの接続と利用を扱う。オブジェクトストレージには仮想マシンがなく、お客さまに委ねる対策の対象もない。"],
            }
            AuditLogging {
                section: "6.8.1", category: Audit, sentences: 1,
                ja: "監査ログ取得", en: "Audit logging",
                iso: Exact "10.10.1" "Audit logging",
                iso2013: Identified ["A.12.4.1"],
                iso2022_judgement: [],
                summary: "Audit logs on the customer's virtual machines are collected by the customer under its own operating policy."
                    / "仮想マシン上の監査ログは、お客さまが自らの運用方針で取得する。",
                duties: [
                    #1 Customer Performs CustomerEnvironment Vm => "Collects the audit logs on its virtual machines itself, under its own operating policy." / "仮想マシン上の監査ログは、自社の運用方針に沿って自ら取得する。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section concerns audit logs kept on the customer's virtual machines; Object Storage has none, and the document says nothing of logs for it." / "本節は仮想マシン上の監査ログを扱う。オブジェクトストレージには仮想マシンがなく、そのログについて文書は何も述べていない。"],
            }
            MonitoringSystemUse {
                section: "6.8.2", category: Audit, sentences: 1,
                ja: "システム使用状況の監視", en: "Monitoring system use",
                iso: Exact "10.10.2" "Monitoring system use",
                iso2013: Identified ["A.12.4.1"],
                iso2022_judgement: [],
                summary: "A monitoring service is offered."
                    / "IDCFは監視サービスを用意している。",
                duties: [
                    #1 Provider Offers Platform All [MonitoringService] => "Offers a monitoring service." / "IDCFは、監視サービスを用意している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ProtectionOfLogs {
                section: "6.8.3", category: Audit, sentences: 1,
                ja: "ログ情報の保護", en: "Protection of log information",
                iso: Exact "10.10.3" "Protection of log information",
                iso2013: Identified ["A.12.4.2"],
                iso2022_judgement: [],
                summary: "The customer administers the data held on its virtual machines, and deals with it under its own operating policy."
                    / "仮想マシンに保存したデータについては、お客さまが管理者として、自社の運用方針に沿って対応する。",
                duties: [
                    #1 Customer Performs CustomerEnvironment Vm => "As the administrator of the data stored on its virtual machines, deals with it under its own operating policy." / "仮想マシンに保存したデータの管理者として、自社の運用方針に沿って対応する。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "Under the heading of log protection, the section asks the customer to deal with the data on its virtual machines; the logs it means are those kept on virtual machines (6.8.1), which Object Storage does not have." / "本節はログ保護の見出しのもとで、仮想マシン上のデータへの対応をお客さまに求める。対象のログは仮想マシン上のもの（6.8.1）で、オブジェクトストレージにはない。"],
            }
            AdministratorLogs {
                section: "6.8.4", category: Audit, sentences: 1,
                ja: "実務管理者および運用担当者の作業ログ", en: "Administrator and operator logs",
                iso: Exact "10.10.4" "Administrator and operator logs",
                iso2013: Identified ["A.12.4.3"],
                iso2022_judgement: [],
                summary: "Work done on the portal is logged."
                    / "ポータル上の操作はIDCFが記録している。",
                duties: [
                    #1 Provider Performs Portal All => "Records the operations carried out on the portal." / "IDCFは、ポータルで行われた操作を記録している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            FaultLogging {
                section: "6.8.5", category: Audit, sentences: 2,
                ja: "障害のログ取得", en: "Fault logging",
                iso: Exact "10.10.5" "Fault logging",
                iso2013: Identified ["A.12.4.1"],
                iso2022_judgement: [],
                summary: "Faults of the cloud platform are announced on the portal; faults of virtual machines are the customer's to manage."
                    / "クラウド基盤の障害はIDCFがポータルで知らせる。仮想マシンの障害はお客さまが管理する。",
                object_storage: "Faults of the cloud platform are announced on the portal."
                    / "クラウド基盤の障害はIDCFがポータルで知らせる。",
                duties: [
                    #1 Provider Discloses Platform All => "Reports faults of the cloud platform's systems on the portal." / "IDCFは、クラウド基盤で発生した障害をポータルで通知する。";
                    #2 Customer Performs CustomerEnvironment Vm => "Handles the faults of its virtual machines." / "仮想マシンの障害は自社で管理する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ClockSynchronization {
                section: "6.8.6", category: Audit, sentences: 1,
                ja: "クロックの同期", en: "Clock synchronization",
                iso: Exact "10.10.6" "Clock synchronization",
                iso2013: Identified ["A.12.4.4"],
                iso2022_judgement: [],
                summary: "Clocks are kept in step with NTP."
                    / "IDCFは時刻をNTPで同期している。",
                duties: [
                    #1 Provider Performs Platform All => "Keeps clocks synchronised with NTP." / "IDCFは、NTPにより時刻を同期している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            AccessControlPolicy {
                section: "7.1.1", category: BusinessRequirementForAccessControl, sentences: 1,
                ja: "アクセス制御方針", en: "Access control policy",
                iso: Exact "11.1.1" "Access control policy",
                iso2013: Identified ["A.9.1.1"],
                iso2022_judgement: [],
                summary: "Virtual machines are reached over SSH or through the portal, which uses SSL."
                    / "IDCFは仮想マシンへの接続手段として、SSHと、SSLを使うポータルを用意している。",
                duties: [
                    #1 Provider Offers Platform Vm [SshAccess] => "Provides access to virtual machines over SSH." / "IDCFは、仮想マシンへの接続手段としてSSHを用意している。";
                    #1 Provider Offers Portal Vm [SslPortal] => "Provides access to virtual machines through a portal that uses SSL." / "IDCFは、SSLを使うポータルからも仮想マシンへ接続できるようにしている。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section names only the channels for reaching virtual machines; Object Storage has none to reach." / "本節は仮想マシンへの接続手段だけを示す。オブジェクトストレージには接続先の仮想マシンがない。"],
            }
            UserRegistration {
                section: "7.2.1", category: UserAccessManagement, sentences: 1,
                ja: "利用者登録", en: "User registration",
                iso: Exact "11.2.1" "User registration",
                iso2013: Identified ["A.9.2.1", "A.9.2.2"],
                iso2022_judgement: [],
                summary: "The customer's administrator can register and delete users."
                    / "利用者の登録と削除は、お客さまの管理者が行える。",
                duties: [
                    #1 Customer May Portal All => "May register and delete users, through its administrator." / "自社の管理者が、利用者を登録・削除できる。";
                ],
                withheld: [],
                not_applicable: [],
            }
            PrivilegeManagement {
                section: "7.2.2", category: UserAccessManagement, sentences: 1,
                ja: "特権管理", en: "Privilege management",
                iso: Exact "11.2.2" "Privilege management",
                iso2013: Identified ["A.9.2.3"],
                iso2022_judgement: [],
                summary: "On its virtual machines the customer can create accounts with administrator rights according to its own policy."
                    / "仮想マシンには、お客さまが自らの方針で管理者権限を持つアカウントを作れる。",
                duties: [
                    #1 Customer May CustomerEnvironment Vm => "May create accounts with administrator rights on its virtual machines, by its own policy." / "自社の方針で、仮想マシンに管理者権限つきのアカウントを作れる。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section is about accounts with administrator rights on virtual machines; Object Storage has no virtual machines." / "本節は仮想マシン上の管理者権限付きアカウントを扱うが、オブジェクトストレージには仮想マシンがない。"],
            }
            UserPasswordManagement {
                section: "7.2.3", category: UserAccessManagement, sentences: 2,
                ja: "利用者パスワードの管理", en: "User password management",
                iso: Exact "11.2.3" "User password management",
                iso2013: Identified ["A.9.2.4"],
                iso2022_judgement: [],
                summary: "Passwords on virtual machines can be changed under the customer's policy, and customers change their own portal passwords. (The document's title carries a stray review mark, 「確認」, dropped here.)"
                    / "仮想マシンのパスワードはお客さまの方針で変更でき、ポータルのパスワードもお客さま自身で変更できる。（文書の見出し末尾の「確認」は校閲の残りとみて除いた。）",
                object_storage: "Customers change their own portal passwords. (The document's title carries a stray review mark, 「確認」, dropped here.)"
                    / "ポータルのパスワードはお客さま自身で変えられる。（文書の見出し末尾の「確認」は校閲の残りとみて除いた。）",
                duties: [
                    #1 Customer May CustomerEnvironment Vm => "May change passwords on its virtual machines by its own policy." / "仮想マシンのパスワードは、自社の方針で変えられる。";
                    #2 Customer May Portal All => "May change its own passwords on the portal." / "ポータルのパスワードは本人が変えられる。";
                    #2 Provider Offers Portal All [PortalPasswordChange] => "Lets customers change their own portal passwords." / "IDCFは、ポータルで本人がパスワードを変更できるようにしている。";
                ],
                withheld: [],
                not_applicable: [],
            }
            AccessRightsReview {
                section: "7.2.4", category: UserAccessManagement, sentences: 1,
                ja: "利用者アクセス権のレビュー", en: "Review of user access rights",
                iso: Exact "11.2.4" "Review of user access rights",
                iso2013: Identified ["A.9.2.5"],
                iso2022_judgement: [],
                summary: "Any means of reviewing access rights on the customer's virtual machines is the customer's to build."
                    / "仮想マシンでのアクセス権を見直す仕組みは、お客さまが作る。",
                duties: [
                    #1 Customer Performs CustomerEnvironment Vm => "Builds its own means of reviewing access rights on its virtual machines." / "仮想マシンでのアクセス権を見直す仕組みは、自社で作る。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section is about a review function for access rights on virtual machines; Object Storage has no virtual machines." / "本節は仮想マシンでのアクセス権を見直す仕組みを扱うが、オブジェクトストレージには仮想マシンがない。"],
            }
            ExternalUserAuthentication {
                section: "7.3.1", category: NetworkAccessControl, sentences: 3,
                ja: "外部から接続する利用者の認証", en: "User authentication for external connections",
                iso: Exact "11.4.2" "User authentication for external connections",
                iso2013: NearestFit ["A.9.4.2", "A.9.1.2"],
                iso2022_judgement: [],
                summary: "Log-on to virtual machines starts out as SSH key authentication plus connection through the portal, which the customer may change once in use; the portal itself authenticates by ID and password."
                    / "仮想マシンへのログオンは初期設定でSSH鍵認証とポータル経由の接続。利用開始後はお客さまの方針で変えられる。ポータルはIDとパスワードで認証する。",
                object_storage: "The portal authenticates its users by ID and password."
                    / "ポータルはIDとパスワードで利用者を認証する。",
                duties: [
                    #1 Provider Offers CustomerEnvironment Vm [SshKeyLogon] => "Sets up log-on to the customer's virtual machines, at the start, with SSH key authentication." / "IDCFは、仮想マシンへのログオンを、初めはSSH鍵認証にしている。";
                    #1 Provider Offers Portal Vm [SslPortal] => "Sets up connection to the customer's virtual machines, at the start, through the portal." / "IDCFは、仮想マシンへの接続を、初めはポータルを通じる設定にしている。";
                    #2 Customer May CustomerEnvironment Vm => "May change those log-on settings under its own policy once use has begun." / "利用を始めた後は、自社の方針でその設定を変えられる。";
                    #3 Provider Offers Portal All [PortalSignIn] => "Authenticates portal users by ID and password." / "IDCFは、ポータルの利用者をIDとパスワードで認証している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            RemotePortProtection {
                section: "7.3.2", category: NetworkAccessControl, sentences: 1,
                ja: "遠隔診断用および環境設定用ポートの保護", en: "Remote diagnostic and configuration port protection",
                iso: Exact "11.4.4" "Remote diagnostic and configuration port protection",
                iso2013: NearestFit ["A.13.1.1", "A.9.1.2"],
                iso2022_judgement: [],
                summary: "Console connections are provided over encrypted channels such as SSL; under this heading we read the console as that of the virtual machines."
                    / "IDCFは、SSLなどで暗号化したコンソール接続を用意している（この見出しのもとでは、仮想マシンのコンソールと解した）。",
                duties: [
                    #1 Provider Offers Platform Vm [EncryptedConsole] => "Offers console connections over encrypted channels such as SSL." / "IDCFは、SSL等で暗号化したコンソール接続を用意している。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section's one sentence offers an encrypted console connection without saying of what; under this heading (ports for remote diagnosis and configuration) the console is most plausibly that of the virtual machines, which Object Storage does not have. We take the sentence as stated for that narrower reading only." / "本節の一文は暗号化したコンソール接続の提供を述べるが、何のコンソールかは述べていない。この見出し（遠隔診断用・環境設定用のポート）のもとでは仮想マシンのコンソールと読むのが自然で、オブジェクトストレージには仮想マシンがない。文書の記載としては、この限定的な解釈を採った。"],
            }
            NetworkConnectionControl {
                section: "7.3.3", category: NetworkAccessControl, sentences: 1,
                ja: "ネットワークの接続制御", en: "Network connection control",
                iso: Exact "11.4.6" "Network connection control",
                iso2013: NearestFit ["A.13.1.1"],
                iso2022_judgement: [],
                summary: "The provider places no restriction on use; any control of network connections is thus left to the customer."
                    / "IDCFはネットワーク接続の利用に制限を設けていない。このため、接続の制御はお客さまが行う（推定）。",
                object_storage: "The provider places no restriction on use, which leaves any control of connections to the customer; in Object Storage the customer runs no systems of its own whose connections it could control, so we infer no task there."
                    / "IDCFはネットワーク接続の利用に制限を設けていない。接続の制御はお客さまに委ねられるが、オブジェクトストレージには接続を制御する対象となるお客さまのシステムがないため、お客さまの作業は推定していない。",
                duties: [
                    #1 Provider LeavesToCustomer Platform All => "Sets no restriction on use (of network connections, as the section's title has it)." / "IDCFは、ネットワーク接続の利用に制限を設けていない。";
                    #1 Customer Performs CustomerEnvironment Vm => "Controls which network connections its own systems accept, under its own policy." / "自社のシステムがどのネットワーク接続を受け入れるかは、自社の方針で管理する。"
                        because "The provider sets no restriction (sentence 1), so any control of connections is left to the customer; the section does not state the customer's part. Only the services with virtual machines have systems of the customer's whose connections it controls; in Object Storage it has nothing there to act on, so we infer no part for it there."
                        / "IDCFは制限を設けない（1文目）ため、接続の制御はお客さまに委ねられる。お客さまの役割を本節は述べていない。接続を制御する対象となるお客さまのシステムがあるのは仮想マシンのあるサービスだけで、オブジェクトストレージには対象がないため、そこでは役割を推定しない。";
                ],
                withheld: [],
                not_applicable: [],
            }
            SecureLogOn {
                section: "7.4.1", category: OperatingSystemAccessControl, sentences: 2,
                ja: "セキュリティに配慮したログオン手順", en: "Secure log-on procedures",
                iso: Exact "11.5.1" "Secure log-on procedures",
                iso2013: Identified ["A.9.4.2"],
                iso2022_judgement: [],
                summary: "Log-on to the customer's virtual machines starts out as SSH key authentication; the customer may change it under its own policy once in use."
                    / "仮想マシンへのログオンは初期設定でSSH鍵認証。利用開始後はお客さまの方針で変えられる。",
                duties: [
                    #1 Provider Offers CustomerEnvironment Vm [SshKeyLogon] => "Sets log-on to the customer's virtual machines to SSH key authentication at the start." / "IDCFは、仮想マシンへのログオンを、初めはSSH鍵認証にしている。";
                    #2 Customer May CustomerEnvironment Vm => "May change that setting under its own policy once use has begun." / "利用を始めた後は、自社の方針でその設定を変えられる。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section is about SSH key log-on to virtual machines; Object Storage has no virtual machines to log on to." / "本節は仮想マシンへのSSH鍵認証ログオンを扱うが、オブジェクトストレージにはログオンする仮想マシンがない。"],
            }
            UserIdentification {
                section: "7.4.2", category: OperatingSystemAccessControl, sentences: 3,
                ja: "利用者の識別および認証", en: "User identification and authentication",
                iso: Exact "11.5.2" "User identification and authentication",
                iso2013: Identified ["A.9.2.1", "A.9.4.2"],
                iso2022_judgement: [],
                summary: "Identifying users on virtual machines, and protecting that, is the customer's task; the provider gives the contracting customer's administrator a unique user ID and verifies portal users by ID and password."
                    / "仮想マシンの利用者の識別については、お客さまが自社の利用方針に沿って適切な保護策を講じる。IDCFは契約者の管理者に一意の利用者IDを割り当て、ポータルでは利用者IDとパスワードで本人確認を行う。",
                object_storage: "The provider verifies portal users by user ID and password."
                    / "IDCFはポータルでは利用者IDとパスワードで本人確認を行う。",
                duties: [
                    #1 Customer Performs CustomerEnvironment Vm => "Identifies the users of its virtual machines with suitable safeguards, under its own usage policy." / "仮想マシンの利用者の識別について、自社の利用方針に沿って適切な保護策を講じる。";
                    #2 Provider Performs Portal Vm => "Gives the administrator of the contracting customer a unique user ID." / "IDCFは、契約者の管理者に一意の利用者IDを割り当てる。";
                    #3 Provider Offers Portal All [PortalSignIn] => "Verifies portal users by user ID and password." / "IDCFは、ポータルでは利用者IDとパスワードで本人確認を行っている。";
                ],
                withheld: [],
                not_applicable: [],
            }
            PasswordManagementSystem {
                section: "7.4.3", category: OperatingSystemAccessControl, sentences: 2,
                ja: "パスワード管理システム", en: "Password management system",
                iso: Exact "11.5.3" "Password management system",
                iso2013: Identified ["A.9.4.3"],
                iso2022_judgement: [],
                summary: "Portal accounts have an interactive password-change site; the customer takes suitable safeguards under its own usage policy."
                    / "IDCFはポータルのアカウント向けに、対話形式でパスワードを変更できるサイトを用意している。適切な保護策は、お客さまが自社の利用方針に沿って講じる。",
                duties: [
                    #1 Provider Offers Portal All [PortalPasswordChange] => "Provides an interactive site for changing portal account passwords." / "IDCFは、ポータルのアカウント向けに、対話形式でパスワードを変更できるサイトを用意している。";
                    #2 Customer Performs Portal All => "Takes suitable safeguards under its own usage policy." / "自社の利用方針に沿って、適切な保護策を講じる。";
                ],
                withheld: [],
                not_applicable: [],
            }
            SystemUtilities {
                section: "7.4.4", category: OperatingSystemAccessControl, sentences: 2,
                ja: "システムユーティリティの使用", en: "Use of system utilities",
                iso: Exact "11.5.4" "Use of system utilities",
                iso2013: Identified ["A.9.4.4"],
                iso2022_judgement: [],
                summary: "Applications used on virtual machines are the customer's to manage, and the customer takes suitable safeguards under its own usage policy."
                    / "仮想マシンで使うアプリケーションはお客さまが管理し、適切な保護策もお客さまが自社の利用方針に沿って講じる。",
                duties: [
                    #1 Customer Performs CustomerEnvironment Vm => "Manages the applications used on its virtual machines." / "仮想マシンで使うアプリケーションは自社で管理する。";
                    #2 Customer Performs CustomerEnvironment Vm => "Takes suitable safeguards under its own usage policy." / "自社の利用方針に沿って、適切な保護策を講じる。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section is about applications run on virtual machines; Object Storage has no virtual machines." / "本節は仮想マシンで使うアプリケーションを扱うが、オブジェクトストレージには仮想マシンがない。"],
            }
            SessionTimeout {
                section: "7.4.5", category: OperatingSystemAccessControl, sentences: 3,
                ja: "セッションのタイムアウト", en: "Session time-out",
                iso: Exact "11.5.5" "Session time-out",
                iso2013: Identified ["A.9.4.2"],
                iso2022_judgement: [],
                summary: "The provider neither restricts how virtual machines are used nor provides any function on them; the customer takes suitable safeguards under its own usage policy."
                    / "IDCFは仮想マシンの使い方を制限せず、仮想マシン上でIDCFが機能を提供することもない。適切な保護策は、お客さまが自社の利用方針に沿って講じる。",
                duties: [
                    #1 Provider LeavesToCustomer CustomerEnvironment Vm => "Does not restrict how customers use their virtual machines." / "IDCFは、仮想マシンの使い方に制限を設けない。";
                    #2 Provider LeavesToCustomer CustomerEnvironment Vm => "Provides no function of its own on the customer's virtual machines." / "IDCFは、お客さまの仮想マシン上で機能を提供しない。";
                    #3 Customer Performs CustomerEnvironment Vm => "Takes suitable safeguards under its own usage policy." / "自社の利用方針に沿って、適切な保護策を講じる。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section concerns sessions on the customer's virtual machines; Object Storage has no virtual machines." / "本節は仮想マシン上のセッションを扱うが、オブジェクトストレージには仮想マシンがない。"],
            }
            ConnectionTimeLimit {
                section: "7.4.6", category: OperatingSystemAccessControl, sentences: 3,
                ja: "接続時間の制限", en: "Limitation of connection time",
                iso: Exact "11.5.6" "Limitation of connection time",
                iso2013: Identified ["A.9.4.2"],
                iso2022_judgement: [],
                summary: "As for session time-outs: the provider neither restricts how virtual machines are used nor provides any function on them, and the customer takes suitable safeguards under its own usage policy."
                    / "「セッションのタイムアウト」（7.4.5）と同じく、IDCFは仮想マシンの使い方を制限せず、仮想マシン上でIDCFが機能を提供することもない。適切な保護策は、お客さまが自社の利用方針に沿って講じる。",
                duties: [
                    #1 Provider LeavesToCustomer CustomerEnvironment Vm => "Does not restrict how customers use their virtual machines." / "IDCFは、仮想マシンの使い方に制限を設けない。";
                    #2 Provider LeavesToCustomer CustomerEnvironment Vm => "Provides no function of its own on the customer's virtual machines." / "IDCFは、お客さまの仮想マシン上で機能を提供しない。";
                    #3 Customer Performs CustomerEnvironment Vm => "Takes suitable safeguards under its own usage policy." / "自社の利用方針に沿って、適切な保護策を講じる。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section concerns connection times on the customer's virtual machines; Object Storage has no virtual machines." / "本節は仮想マシンへの接続時間を扱うが、オブジェクトストレージには仮想マシンがない。"],
            }
            InformationAccessRestriction {
                section: "7.5.1", category: ApplicationAndInformationAccessControl, sentences: 4,
                ja: "情報へのアクセス制限", en: "Information access restriction",
                iso: Exact "11.6.1" "Information access restriction",
                iso2013: Identified ["A.9.4.1"],
                iso2022_judgement: [],
                summary: "The provider neither restricts how virtual machines are used nor provides any function on them, and the customer takes suitable safeguards under its own usage policy; by design, the platform's own systems cannot reach into customers' virtual machines."
                    / "IDCFは仮想マシンの使い方を制限せず、仮想マシン上でIDCFが機能を提供することもない。適切な保護策は、お客さまが自社の利用方針に沿って講じる。なお、IDCFは、基盤側のシステムから仮想マシンへは仕様上アクセスできないとしている。",
                duties: [
                    #1 Provider LeavesToCustomer CustomerEnvironment Vm => "Does not restrict how customers use their virtual machines." / "IDCFは、仮想マシンの使い方に制限を設けない。";
                    #2 Provider LeavesToCustomer CustomerEnvironment Vm => "Provides no function of its own on the customer's virtual machines." / "IDCFは、お客さまの仮想マシン上で機能を提供しない。";
                    #3 Customer Performs CustomerEnvironment Vm => "Takes suitable safeguards under its own usage policy." / "自社の利用方針に沿って、適切な保護策を講じる。";
                    #4 Provider Performs Platform Vm => "Designs its platform so that its own systems cannot reach customers' virtual machines." / "IDCFは、仕様上、基盤側からお客さまの仮想マシンへアクセスできない構成としている。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section's sentences speak only of virtual machines: how they are used, functions on them, access to them, and the safeguards the customer takes there. The document says nothing of restricting access to information in Object Storage." / "本節の文は、仮想マシンの使い方、その上の機能、そこへのアクセスと、そこでお客さまが講じる保護策について述べるだけで、オブジェクトストレージでの情報へのアクセス制限について文書は何も述べていない。"],
            }
            SensitiveSystemIsolation {
                section: "7.5.2", category: ApplicationAndInformationAccessControl, sentences: 1,
                ja: "取り扱いに慎重を要するシステムの隔離", en: "Sensitive system isolation",
                iso: Exact "11.6.2" "Sensitive system isolation",
                iso2013: NearestFit ["A.13.1.3"],
                iso2022_judgement: [],
                summary: "At the customer's request, the provider can supply an independent server for a system to be kept apart."
                    / "お客さまの要望があれば、IDCFはシステムを分けるための独立したサーバーを用意できる。",
                duties: [
                    #1 Customer Requests CustomerEnvironment All => "Asks for an independent server where it wants a system kept apart." / "システムを分けたいときは、独立したサーバーをIDCFに求める。";
                    #1 Provider OnRequest Platform All [IndependentServers] => "Can provide an independent server at the customer's request." / "IDCFは、お客さまの要望に応じて、独立したサーバーを用意できる。";
                ],
                withheld: [],
                not_applicable: [],
            }
            MobileComputing {
                section: "7.6.1", category: MobileComputingAndTeleworking, sentences: 2,
                ja: "モバイルのコンピューティングおよび通信", en: "Mobile computing and communications",
                iso: Exact "11.7.1" "Mobile computing and communications",
                iso2013: Identified ["A.6.2.1"],
                iso2022_judgement: [],
                summary: "The provider sets no limits on the environment of use; the customer handles mobile use under its own operating policy."
                    / "利用環境にIDCFの制限はなく、モバイル利用はお客さまが運用方針に沿って扱う。",
                duties: [
                    #1 Provider LeavesToCustomer CustomerEnvironment All => "Does not restrict the environment in which the services are used." / "IDCFは、サービスを使う環境を制限しない。";
                    #2 Customer Performs CustomerEnvironment All => "Handles mobile computing and communication under its own operating policy." / "モバイルでの利用と通信は、自社の運用方針に沿って対応する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            Teleworking {
                section: "7.6.2", category: MobileComputingAndTeleworking, sentences: 2,
                ja: "テレワーキング", en: "Teleworking",
                iso: Exact "11.7.2" "Teleworking",
                iso2013: Identified ["A.6.2.2"],
                iso2022_judgement: [],
                summary: "The provider sets no limits on the environment of use; the customer handles teleworking under its own operating policy."
                    / "利用環境にIDCFの制限はなく、テレワークはお客さまが運用方針に沿って扱う。",
                duties: [
                    #1 Provider LeavesToCustomer CustomerEnvironment All => "Does not restrict the environment in which the services are used." / "IDCFは、サービスを使う環境を制限しない。";
                    #2 Customer Performs CustomerEnvironment All => "Handles teleworking under its own operating policy." / "テレワークでの利用は、自社の運用方針に沿って対応する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            SecurityRequirementsAnalysis {
                section: "8.1.1", category: SecurityRequirementsOfSystems, sentences: 1,
                ja: "セキュリティ要求事項の分析および仕様化", en: "Security requirements analysis and specification",
                iso: Exact "12.1.1" "Security requirements analysis and specification",
                iso2013: Identified ["A.14.1.1"],
                iso2022_judgement: [],
                summary: "The provider discloses what concerns security requirements in its terms and conditions, its membership rules, its specifications and the overview itself."
                    / "セキュリティ要求事項に関わる内容は、IDCFが約款、会員規約、仕様書および「クラウドサービスにおけるセキュリティ対策概要」で開示している。",
                duties: [
                    #1 Provider Discloses ContractDocuments All => "Discloses what concerns security requirements in its terms and conditions, membership rules, specifications and the overview itself." / "IDCFは、セキュリティ要求事項に関わる内容を、約款、会員規約、仕様書および「クラウドサービスにおけるセキュリティ対策概要」で開示している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            CryptographyPolicy {
                section: "8.2.1", category: CryptographicControls, sentences: 2,
                ja: "暗号による管理策の利用方針", en: "Policy on the use of cryptographic controls",
                iso: Exact "12.3.1" "Policy on the use of cryptographic controls",
                iso2013: Identified ["A.10.1.1"],
                iso2022_judgement: [],
                misprint: "8.2.2" => "The document prints the number 8.2.2 on this section's first sentence; there is no section 8.2.2." / "文書は本節の1文目に8.2.2の番号を付けているが、8.2.2という節はない。",
                summary: "The portal is encrypted with SSL, and measures on the customer's virtual machines are asked of the customer. (The document numbers the first sentence of this body 8.2.2; there is no section 8.2.2.)"
                    / "IDCFはポータルの通信をSSLで暗号化している。仮想マシン上の対策は、お客さまが行うようIDCFが依頼している。（文書は本文の一文目に8.2.2の番号を付けているが、8.2.2という節はない。）",
                object_storage: "The portal is encrypted with SSL. (The document numbers the first sentence of this body 8.2.2; there is no section 8.2.2.)"
                    / "IDCFはポータルの通信をSSLで暗号化している。（文書は本文の一文目に8.2.2の番号を付けているが、8.2.2という節はない。）",
                duties: [
                    #1 Provider Offers Portal All [SslPortal] => "Encrypts the portal with SSL." / "IDCFは、ポータルの通信をSSLで暗号化している。";
                    #2 Customer Performs CustomerEnvironment Vm => "Takes the security measures on its own virtual machines, as the provider asks." / "仮想マシン上のセキュリティ対策は、IDCFの依頼に基づき自社で行う。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ChangeControlProcedures {
                section: "8.3.1", category: DevelopmentAndSupportProcesses, sentences: 1,
                ja: "変更管理手順", en: "Change control procedures",
                iso: Exact "12.5.1" "Change control procedures",
                iso2013: Identified ["A.14.2.2"],
                iso2022_judgement: [],
                summary: "System changes are made after customers have been told in advance."
                    / "IDCFはシステムの変更を、事前にお客さまへ知らせたうえで行う。",
                duties: [
                    #1 Provider Discloses Platform All => "Tells customers in advance of a system change." / "IDCFは、システムを変更する場合、事前にお客さまへ通知する。";
                    #1 Provider Performs Platform All => "Carries out the change once it has given that notice." / "IDCFは、通知したうえで変更作業を行う。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ReviewAfterOsChanges {
                section: "8.3.2", category: DevelopmentAndSupportProcesses, sentences: 2,
                ja: "オペレーティングシステム変更後の業務用ソフトウェアの技術的レビュー", en: "Technical review of applications after operating system changes",
                iso: Exact "12.5.2" "Technical review of applications after operating system changes",
                iso2013: Identified ["A.14.2.3"],
                iso2022_judgement: [],
                summary: "The operating systems available for virtual machines are listed, and changes to them are announced in advance; reviewing its applications after a change falls to the customer (our inference). (The document prints this title and the start of its body on one line.)"
                    / "IDCFは仮想環境で使用できるOSを示し、変更する場合は事前に通知する。変更後のアプリケーションの見直しはお客さまが行う（推定）。（文書では見出しと本文の冒頭が同じ行にある。）",
                duties: [
                    #1 Provider Discloses CustomerEnvironment Vm [OperatingSystemList] => "Lists the operating systems available in the virtual environment." / "IDCFは、仮想環境で使用できるOSを示している。";
                    #2 Provider Discloses CustomerEnvironment Vm => "Gives notice in advance when they change." / "IDCFは、使用できるOSが変わる場合、事前に通知する。";
                    #2 Customer Performs CustomerEnvironment Vm => "Reviews its own applications after a change of operating system." / "OSが変わった後、自社のアプリケーションに問題がないかを見直す。"
                        because "The provider lists the operating systems and gives notice before a change (sentences 1 and 2); the section's control, the review of applications after such a change, is stated of no one. The applications on virtual machines are the customer's to manage (7.4.4) and the provider's systems cannot reach them (7.5.1), so the review can only be the customer's."
                        / "IDCFは使えるOSを示し、変更の前に通知する（1・2文目）。変更後のアプリケーションの見直しを誰が行うかは述べていない。仮想マシンのアプリケーションはお客さまの管理で（7.4.4）、基盤側からはアクセスできない（7.5.1）ため、見直しはお客さまの役割と推定した。";
                ],
                withheld: [],
                not_applicable: [ObjectStorage => "The section is about the operating systems offered for virtual machines; Object Storage has no virtual machines or operating systems of the customer's." / "本節は仮想マシンで使えるOSを扱うが、オブジェクトストレージには仮想マシンもお客さまのOSもない。"],
            }
            InformationLeakage {
                section: "8.3.3", category: DevelopmentAndSupportProcesses, sentences: 2,
                ja: "情報の漏えい", en: "Information leakage",
                iso: Exact "12.5.4" "Information leakage",
                iso2013: None [],
                iso2022_judgement: ["A.8.12"],
                summary: "The provider has internal rules against information leakage and applies them; measures on the customer's virtual machines are the customer's."
                    / "IDCFは情報漏えい対策の社内ルールを定めて運用している。仮想マシン上の対策はお客さまが行う。",
                object_storage: "The provider has internal rules against information leakage and applies them."
                    / "IDCFは情報漏えい対策の社内ルールを定めて運用している。",
                duties: [
                    #1 Provider Performs ProviderOrganisation All => "Has set internal rules against information leakage and applies them." / "IDCFは、情報漏えいを防ぐための社内ルールを定め、運用している。";
                    #2 Customer Performs CustomerEnvironment Vm => "Takes leakage measures on the virtual machines it uses." / "自社が利用する仮想マシン上の情報漏えい対策は、自社で行う。";
                ],
                withheld: [],
                not_applicable: [],
            }
            TechnicalVulnerabilities {
                section: "8.4.1", category: TechnicalVulnerabilityManagement, sentences: 2,
                ja: "技術的脆弱性の管理", en: "Control of technical vulnerabilities",
                iso: Exact "12.6.1" "Control of technical vulnerabilities",
                iso2013: Identified ["A.12.6.1"],
                iso2022_judgement: [],
                summary: "The customer gathers information on risks to its virtual machines and deals with them; the provider does the same for the cloud platform's systems, responding as needed."
                    / "仮想マシンのリスクはお客さまが情報を集めて対策する。基盤のシステムはIDCFが情報を集め、必要に応じて対応する。",
                object_storage: "The provider gathers information on the cloud platform's systems and responds as needed."
                    / "基盤のシステムはIDCFが情報を集め、必要に応じて対応する。",
                duties: [
                    #1 Customer Performs CustomerEnvironment Vm => "Gathers information on the risks to its virtual machines and acts on it." / "仮想マシンのリスクは、自社で情報を集めて手を打つ。";
                    #2 Provider Performs Platform All => "Gathers information on the cloud platform's systems and responds as needed." / "IDCFは、基盤システムについて情報を集め、必要なら対応する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            EventReporting {
                section: "9.1.1", category: ReportingEventsAndWeaknesses, sentences: 1,
                ja: "情報セキュリティ事象の報告", en: "Reporting information security events",
                iso: Exact "13.1.1" "Reporting information security events",
                iso2013: Identified ["A.16.1.2"],
                iso2022_judgement: [],
                summary: "An enquiry desk takes questions on the cloud services in general."
                    / "IDCFは、クラウドサービス全体についての問い合わせ窓口を設けている。",
                duties: [
                    #1 Provider Offers ProviderOrganisation All [SupportDesk] => "Keeps an enquiry desk for the cloud services as a whole." / "IDCFは、クラウドサービス全般に関する問い合わせ窓口を設けている。";
                    #1 Customer Performs ProviderOrganisation All => "Reports the security events it notices to that desk." / "認識したセキュリティ上の事象は、IDCFの当該窓口へ報告する。"
                        because "The desk serves event reporting only if customers report to it; the section does not say that they do."
                        / "窓口は、お客さまが実際に連絡して初めて事象の報告に役立つ。お客さまが報告することについて、本節は述べていない。";
                ],
                withheld: [],
                not_applicable: [],
            }
            LearningFromIncidents {
                section: "9.2.1", category: IncidentsAndImprovements, sentences: 2,
                ja: "情報セキュリティインシデントからの学習", en: "Learning from information security incidents",
                iso: Exact "13.2.2" "Learning from information security incidents",
                iso2013: Identified ["A.16.1.6"],
                iso2022_judgement: [],
                summary: "What the provider learns from incidents is kept as internal knowledge and not disclosed; depending on the impact, it may ask customers to take preventive steps. (The document repeats a sentence fragment here.)"
                    / "IDCFはインシデントの知見を社内のナレッジとして蓄積し、お客さまには開示しない。影響範囲によっては、お客さまに予防措置を依頼することがある。（文書はここで文の断片を重複して印字している。）",
                duties: [
                    #1 Provider Performs ProviderOrganisation All => "Gathers what it learns from incidents as internal knowledge." / "IDCFは、インシデントから得た知見を社内のナレッジとして蓄積している。";
                    #2 Provider Requests ProviderOrganisation All => "May ask customers to take preventive measures, depending on the reach of an impact." / "IDCFは、影響範囲によっては、お客さまに予防措置を依頼することがある。";
                    #2 Customer Performs CustomerEnvironment All => "Takes the preventive measures the provider asks for." / "IDCFから依頼された予防措置を実施する。"
                        because "The provider says it may ask customers to take preventive measures (sentence 2); such a request implies the customer's part, which the section does not state."
                        / "IDCFは予防措置を依頼することがあると述べている（本節2文目）。依頼はお客さまの対応を前提とするが、本節はそれを述べていない。";
                ],
                withheld: [IncidentKnowledge],
                not_applicable: [],
            }
            CollectionOfEvidence {
                section: "9.2.2", category: IncidentsAndImprovements, sentences: 2,
                ja: "証拠の収集", en: "Collection of evidence",
                iso: Exact "13.2.3" "Collection of evidence",
                iso2013: Identified ["A.16.1.7"],
                iso2022_judgement: [],
                summary: "The provider records evidence and keeps it properly; information on the customer's virtual machines is for the customer to record and keep."
                    / "IDCFは記録を取り適切に保管する。仮想マシン上の情報はお客さまが記録・保管する。",
                object_storage: "The provider records evidence and keeps it properly."
                    / "IDCFは記録を取り適切に保管する。",
                duties: [
                    #1 Provider Performs ProviderOrganisation All => "Records evidence and keeps it properly." / "IDCFは、証拠を記録し、適正に保管する。";
                    #2 Customer Performs CustomerEnvironment Vm => "Records and keeps properly the information on the virtual machines it uses." / "利用する仮想マシン上の情報は、自社で記録・保管する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            BusinessContinuityRiskAssessment {
                section: "10.1.1", category: BusinessContinuityAspects, sentences: 1,
                ja: "事業継続およびリスクアセスメント", en: "Business continuity and risk assessment",
                iso: Exact "14.1.2" "Business continuity and risk assessment",
                iso2013: NearestFit ["A.17.1.1"],
                iso2022_judgement: [],
                summary: "The provider assesses risks to keep its services running."
                    / "IDCFは、サービスを続けるためにリスクを評価している。",
                duties: [
                    #1 Provider Performs ProviderOrganisation All => "Assesses risks to keep its services running." / "IDCFは、サービス継続のためにリスクを評価している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ApplicableLegislation {
                section: "11.1.1", category: LegalRequirements, sentences: 1,
                ja: "適用法令の識別", en: "Identification of applicable legislation",
                iso: Exact "15.1.1" "Identification of applicable legislation",
                iso2013: Identified ["A.18.1.1"],
                iso2022_judgement: [],
                summary: "The applicable law is stated in the terms and conditions."
                    / "IDCFは、適用される法令を約款で示している。",
                duties: [
                    #1 Provider Discloses ContractDocuments All => "Sets out the applicable legislation in its terms and conditions." / "IDCFは、適用される法令を約款で示している。";
                ],
                withheld: [],
                not_applicable: [],
            }
            ProtectionOfRecords {
                section: "11.1.2", category: LegalRequirements, sentences: 2,
                ja: "組織の記録の保護", en: "Protection of organizational records",
                iso: Exact "15.1.3" "Protection of organizational records",
                iso2013: Identified ["A.18.1.3"],
                iso2022_judgement: [],
                summary: "The provider protects records as laws and regulations require; records on virtual machines are the customer's to protect."
                    / "IDCFは法令や規制に沿って記録を保護する。仮想マシン上の記録はお客さまが保護する。",
                object_storage: "The provider protects records as laws and regulations require."
                    / "IDCFは法令や規制に沿って記録を保護する。",
                duties: [
                    #1 Provider Performs ProviderOrganisation All => "Protects records as laws and regulations require." / "IDCFは、法令や規制に沿って記録を守る。";
                    #2 Customer Performs CustomerEnvironment Vm => "Protects the records on its virtual machines." / "仮想マシン上の記録は自社で守る。";
                ],
                withheld: [],
                not_applicable: [],
            }
            CryptographyRegulation {
                section: "11.1.3", category: LegalRequirements, sentences: 1,
                ja: "暗号化機能に対する規制", en: "Regulation of cryptographic controls",
                iso: Exact "15.1.6" "Regulation of cryptographic controls",
                iso2013: Identified ["A.18.1.5"],
                iso2022_judgement: [],
                summary: "The terms and conditions require customers to use the service in line with the law."
                    / "IDCFは、法令に沿って利用するよう約款でお客さまに求めている。",
                duties: [
                    #1 Provider Discloses ContractDocuments All => "States in its terms and conditions that the services are to be used in line with the law." / "IDCFは、法令を遵守して利用するよう、約款でお客さまに求めている。";
                    #1 Customer Performs CustomerEnvironment All => "Uses the services in line with the law, as the terms require." / "約款に従い、法令に沿って利用する。";
                ],
                withheld: [],
                not_applicable: [],
            }
            TechnicalComplianceChecking {
                section: "11.2.1", category: PoliciesStandardsAndTechnicalCompliance, sentences: 2,
                ja: "技術的順守点検", en: "Technical compliance checking",
                iso: Exact "15.2.2" "Technical compliance checking",
                iso2013: Identified ["A.18.2.3"],
                iso2022_judgement: [],
                summary: "The provider runs regular internal audits but does not disclose their results; technical checks of virtual machines are the customer's."
                    / "IDCFは定期的に内部監査を行うが、結果は開示しない。仮想マシンの技術的点検はお客さまが行う。",
                object_storage: "The provider runs regular internal audits but does not disclose their results."
                    / "IDCFは定期的に内部監査を行うが、結果は開示しない。",
                duties: [
                    #1 Provider Performs ProviderOrganisation All => "Runs internal audits regularly." / "IDCFは、定期的に内部監査を行っている。";
                    #2 Customer Performs CustomerEnvironment Vm => "Carries out the technical checks of its virtual machines." / "仮想マシンの技術的な点検は、自社で行う。";
                ],
                withheld: [InternalAuditResults],
                not_applicable: [],
            }
            SystemAuditControls {
                section: "11.3.1", category: AuditConsiderations, sentences: 2,
                ja: "情報システムの監査に対する管理策", en: "Information systems audit controls",
                iso: Exact "15.3.1" "Information systems audit controls",
                iso2013: Identified ["A.12.7.1"],
                iso2022_judgement: [],
                summary: "Told in advance, the provider cooperates with a customer's audit; the information it can give is limited to what the customer's contract covers."
                    / "事前に申し出があれば、IDCFはお客さまの監査に協力する。IDCFが開示できる情報は契約の範囲内に限られる。",
                duties: [
                    #1 Customer Requests ProviderOrganisation All => "Tells the provider in advance of an audit it wants support for." / "監査への協力を求めるときは、前もってIDCFに申し出る。";
                    #1 Provider OnRequest ProviderOrganisation All [AuditCooperation] => "Cooperates with the customer's audit when told in advance." / "IDCFは、事前の申し出があれば、お客さまの監査に協力する。";
                ],
                withheld: [InformationBeyondContract],
                not_applicable: [],
            }
            Certification {
                section: "11.4.1", category: GuidelineConformance, sentences: 1,
                ja: "認証規格", en: "Certification",
                iso: None,
                iso2013: None [],
                iso2022_judgement: [],
                summary: "As of the document (October 2014), the provider held ISO/IEC 27001:2005 (JIS Q 27001:2006) certification."
                    / "出典文書の発行時点（2014年10月）で、IDCFはISO/IEC 27001:2005（JIS Q 27001:2006）の認証を取得していた。",
                duties: [
                    #1 Provider Performs ProviderOrganisation All => "Holds ISO/IEC 27001:2005 (JIS Q 27001:2006) certification (as of the document)." / "IDCFは、ISO/IEC 27001:2005（JIS Q 27001:2006）の認証を取得している（出典文書の発行時点）。";
                ],
                withheld: [],
                not_applicable: [],
            }
            GuidelineConformance {
                section: "11.4.2", category: GuidelineConformance, sentences: 3,
                ja: "各種ガイドラインなどに関する管理策", en: "Controls on conformance with guidelines",
                iso: None,
                iso2013: None [],
                iso2022_judgement: [],
                summary: "The provider regularly self-checks its conformance with six guidelines from METI, MIC, MHLW, FISC and JDCC; some checks cover only the provider's own scope, and its sales staff give details."
                    / "IDCFは、経済産業省、総務省、厚生労働省、FISC、日本データセンター協会による計6つのガイドラインへの適合状況を、定期的に自己点検している。一部はIDCFの管理範囲のみの確認で、詳細はIDCFの営業担当が案内する。",
                duties: [
                    #1 Provider Performs ProviderOrganisation All => "Checks its conformance with the listed guidelines regularly, by self-assessment." / "IDCFは、出典文書に挙げられたガイドライン（計6つ）への適合状況を、定期的に自己点検している。";
                    #2 Provider Offers ProviderOrganisation All [SupportDesk] => "Answers questions about the details through its sales staff." / "IDCFの営業担当が、詳しい相談に応じる。";
                    #3 Provider Performs ProviderOrganisation All => "For some of the guidelines, the check covers the provider's own scope of management only." / "IDCFは、一部のガイドラインでは、点検の対象をIDCFの管理範囲に限る。";
                ],
                withheld: [],
                not_applicable: [],
            }
        }
    };
}
pub(crate) use sections;

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
    guidelines: Cow::Borrowed(&GUIDELINES),
    caveats: Cow::Borrowed(&CAVEATS),
};

/// The guidelines of 11.4.2, in the order listed. A static of its own: an array of values with destructors cannot be
/// borrowed in place inside another static before Rust 1.89, and the crate builds on 1.85.
static GUIDELINES: [Guideline; 6] = [
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
];

/// The document's caveats (its 1.1), in our words.
static CAVEATS: [Text; 2] = [
    Text::new(
        "The document describes the provider's measures as they stood on its issue date, 2014-10-01; they may have changed since.",
        "出典文書が記すのは発行日（2014年10月1日）時点のIDCFの取り組みで、その後変わっている場合がある。",
    ),
    Text::new(
        "For the details of the services' specifications, see the service specification the provider issues separately.",
        "サービスの仕様の詳細は、IDCFが別途発行する「サービス仕様書」を参照のこと。",
    ),
];
