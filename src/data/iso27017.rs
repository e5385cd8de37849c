//! ISO/IEC 27017:2015 Annex A (= ITU-T X.1631, JIS Q 27017:2016): the seven extended cloud controls, a row each
//! with its id, objective group, English short title (as our reference records it), a Japanese title of our own
//! (not the JIS wording, which is copyrighted), to whom the standard gives guidance (the reference's two columns),
//! what the customer inherits from IDCF and why, and the routes by which the document reaches it.
//!
//! Inheritance and routes are our judgement, reconciled with a blind second reading
//! (`docs/coding/cld-reconciliation.md`). Reading a route: `Route::via(section, [sentences], parties, scope, "why" /
//! "理由")` rests on the duties of those sentences of the section, of those parties, for the services of the scope;
//! `Route::allocation(parties, …)` rests on the division of duties as a whole, no single section.

use crate::Control::{
    AdministratorLogs, AllocationOfResponsibilities, AuditLogging, AuthorizationProcessForFacilities, BackupFunction,
    CapacityManagement, ClassificationGuidelines, DisposalOfEquipmentWithMedia, ExternalPartyRisks,
    ExternalUserAuthentication, FaultLogging, InformationAccessRestriction, InformationBackup, MaliciousCode,
    MonitoringSystemUse, NetworkServiceSecurity, OperatingProcedures, OwnershipOfAssets, RemovalOfAccessRights,
    ReturnOfAssets, SecureLogOn, SecurityRequirementsAnalysis, SegregationOfDuties, SensitiveSystemIsolation,
    SystemUtilities, TechnicalVulnerabilities,
};
use crate::Scope::{AllServices as All, WithVirtualMachines as Vm};
use crate::iso::Guidance::{Both, Joint, Provider};
use crate::iso::Inheritance::{Full, NotInherited, NotShown, Partial};
use crate::iso::{CloudControl as Row, CloudObjective as Objective, CloudRoute as Route};
use crate::{Party, Text};

/// IDCF's part.
const IDCF: &[Party] = &[Party::Provider];
/// The customer's part.
const CUSTOMER: &[Party] = &[Party::Customer];
/// Both parts.
const BOTH: &[Party] = &[Party::Provider, Party::Customer];

const CLD_6_3: Objective = Objective::new(
    "CLD.6.3",
    "Relationship between cloud service customer and cloud service provider",
    "クラウドサービス利用者と提供者の関係",
);
const CLD_8_1: Objective = Objective::new("CLD.8.1", "Responsibility for assets", "資産に対する責任");
const CLD_9_5: Objective = Objective::new(
    "CLD.9.5",
    "Access control of cloud service customer data in shared virtual environment",
    "共有の仮想環境における利用者データのアクセス制御",
);
const CLD_12_1: Objective =
    Objective::new("CLD.12.1", "Operational procedures and responsibilities", "運用の手順及び責任");
const CLD_12_4: Objective = Objective::new("CLD.12.4", "Logging and monitoring", "ログ取得及び監視");
const CLD_13_1: Objective = Objective::new("CLD.13.1", "Network security management", "ネットワークセキュリティ管理");

/// `(id, objective, English title, Japanese title (ours), guidance, inheritance, reason, routes)`, in the
/// standard's order.
pub(crate) static CLD: [Row; 7] = [
    Row::new(
        "CLD.6.3.1",
        CLD_6_3,
        "Shared roles and responsibilities within a cloud computing environment",
        "クラウド環境における役割及び責任の分担",
        Both,
        NotInherited,
        &REASON_6_3_1,
        &ROUTES_6_3_1,
    ),
    Row::new(
        "CLD.8.1.5",
        CLD_8_1,
        "Removal of cloud service customer assets",
        "クラウドサービス利用者の資産の除去",
        Both,
        Partial,
        &REASON_8_1_5,
        &ROUTES_8_1_5,
    ),
    Row::new(
        "CLD.9.5.1",
        CLD_9_5,
        "Segregation in virtual computing environments",
        "仮想環境における分離",
        Provider,
        Full,
        &REASON_9_5_1,
        &ROUTES_9_5_1,
    ),
    Row::new(
        "CLD.9.5.2",
        CLD_9_5,
        "Virtual machine hardening",
        "仮想マシンの堅牢化",
        Joint,
        Partial,
        &REASON_9_5_2,
        &ROUTES_9_5_2,
    ),
    Row::new(
        "CLD.12.1.5",
        CLD_12_1,
        "Administrator's operational security",
        "管理者の運用セキュリティ",
        Both,
        NotInherited,
        &REASON_12_1_5,
        &ROUTES_12_1_5,
    ),
    Row::new(
        "CLD.12.4.5",
        CLD_12_4,
        "Monitoring of cloud services",
        "クラウドサービスの監視",
        Both,
        Partial,
        &REASON_12_4_5,
        &ROUTES_12_4_5,
    ),
    Row::new(
        "CLD.13.1.4",
        CLD_13_1,
        "Alignment of security management for virtual and physical networks",
        "仮想ネットワークと物理ネットワークのセキュリティ管理の整合",
        Provider,
        NotShown,
        &REASON_13_1_4,
        &ROUTES_13_1_4,
    ),
];

// CLD.6.3.1 Shared roles and responsibilities within a cloud computing environment.

static REASON_6_3_1: Text = Text::new(
    "The document is IDCF's account of the division: section by section, what IDCF does and what it leaves to the customer. Allocating, documenting and communicating the roles on the customer's side remains the customer's own task; the register it keeps from this crate is that record. Most of the division is written for virtual machines, so for Object Storage only the sentences about all services apply.",
    "本文書は、節ごとにIDCFが行うこととお客さまに委ねることを示す、IDCF側からの分担の説明である。お客さま側の役割を割り当て、文書化し、周知するのはお客さま自身であり、本ツールで作る台帳がその記録になる。分担の記述の多くは仮想マシン向けのため、オブジェクトストレージには全サービスに関する記述だけが当てはまる。",
);

static ROUTES_6_3_1: [Route; 6] = [
    Route::allocation(
        BOTH,
        "The division itself: the document sets out what IDCF does and what it leaves to the customer, and the matrix and the customer's register record it, duty by duty.",
        "分担そのもの。文書はIDCFが行うこととお客さまに委ねることを示し、マトリクスとお客さまの台帳がそれを職務ごとに記録する。",
    ),
    Route::via(
        AllocationOfResponsibilities,
        &[1, 2, 3],
        IDCF,
        All,
        "IDCF names the officer responsible for its cloud security and the contact points through which the customer reaches it.",
        "IDCFはクラウドのセキュリティ責任者を置き、お客さまからの連絡窓口を示している。",
    ),
    Route::via(
        AuthorizationProcessForFacilities,
        &[1, 2],
        IDCF,
        All,
        "IDCF describes its services in documents and puts what is agreed for their use, the SLA included, in its terms and conditions: where the division is agreed.",
        "IDCFはサービスを資料で説明し、SLAを含む利用上の取り決めを約款で示す。分担はそこで合意される。",
    ),
    Route::via(
        SecurityRequirementsAnalysis,
        &[1],
        IDCF,
        All,
        "IDCF discloses its security requirements in the terms and conditions, the membership rules, the specifications and this document: where the customer reads IDCF's side.",
        "IDCFは約款・会員規約・仕様書と本文書でセキュリティ要求事項を開示しており、お客さまはIDCF側の役割をそこで確認できる。",
    ),
    Route::via(
        OwnershipOfAssets,
        &[1],
        CUSTOMER,
        All,
        "The customer manages the data and programs it places in the cloud: the plainest statement of the customer's side of the division.",
        "クラウドに置いたデータやプログラムはお客さまが管理する。分担のうちお客さま側を最も明確に示す記述である。",
    ),
    Route::via(
        SegregationOfDuties,
        &[1, 2, 3],
        BOTH,
        All,
        "IDCF hands over administrator rights and explains the environment at the start; who in the customer's organisation uses those rights, and who administers the portal account, the customer decides.",
        "IDCFは管理者権限を渡し、利用開始時に環境を案内する。その権限を組織内の誰に使わせるか、ポータルの管理者を誰にするかはお客さまが決める。",
    ),
];

// CLD.8.1.5 Removal of cloud service customer assets.

static REASON_8_1_5: Text = Text::new(
    "On cancellation IDCF ends the service and deletes the account at the customer's request, and it disposes of storage media so that nothing leaks: that part the customer inherits. The document promises no return of data and says nothing of when or how virtual machine disks and stored objects are erased, so the customer takes its own data out before cancelling and confirms the removal arrangements in the terms.",
    "解約時、IDCFはお客さまの申し出によりサービスを終了してアカウントを削除し、記憶媒体は漏えいのないよう処分する。この部分はIDCFから継承できる。データの返却や、仮想マシンのディスクや保存オブジェクトを消去する時期と方法は文書に記載がないため、お客さまは解約前に自らデータを取り出し、削除の取り決めを約款等で確認する。",
);

static ROUTES_8_1_5: [Route; 5] = [
    Route::via(
        ReturnOfAssets,
        &[1, 2],
        BOTH,
        All,
        "The customer changes or cancels its virtual machines itself and asks IDCF to change or end the service; IDCF acts on that request.",
        "仮想マシンの変更・解約はお客さまが行い、サービスの変更・終了をIDCFに申し出る。IDCFは申し出に応じる。",
    ),
    Route::via(
        RemovalOfAccessRights,
        &[1, 2],
        BOTH,
        All,
        "The customer removes access to its virtual machines and the portal; IDCF deletes the account when the service is cancelled.",
        "仮想マシンとポータルのアクセス権の削除はお客さまが行い、IDCFは解約の申し出によりアカウントを削除する。",
    ),
    Route::via(
        DisposalOfEquipmentWithMedia,
        &[1],
        IDCF,
        All,
        "IDCF disposes of or reuses equipment with storage so that no data leaks from it.",
        "IDCFは記憶媒体を含む装置を、情報が漏れないよう処分・再利用する。",
    ),
    Route::via(
        OwnershipOfAssets,
        &[1],
        CUSTOMER,
        All,
        "The data and programs the customer places in the cloud are the customer's to manage, taking them out at the end included.",
        "クラウドに置いたデータやプログラムはお客さまが管理するもので、終了時の引き上げもそれに含まれる。",
    ),
    Route::via(
        InformationBackup,
        &[1],
        CUSTOMER,
        All,
        "The customer keeps its own copies of its data, IDCF taking no responsibility for storing them: what the customer has at the end is what it kept.",
        "データの複製はお客さまが自ら保管し、IDCFは保管の責任を負わない。終了時にお客さまの手元に残るのは自ら保管したものである。",
    ),
];

// CLD.9.5.1 Segregation in virtual computing environments.

static REASON_9_5_1: Text = Text::new(
    "Separating one customer's environment from another's is IDCF's measure, stated for all five services; for virtual machines IDCF adds that its own platform cannot reach them. The customer, to whom the standard gives no guidance here, oversees IDCF through its supplier controls, and may ask IDCF for a dedicated server where it wants stronger isolation.",
    "利用者ごとの環境の分離はIDCFの対策で、全5サービスについて記載がある。仮想マシンについては、IDCFの基盤側から入れない仕様であることも示されている。本管理策で指針のないお客さまは、供給者管理の中でIDCFを確認し、より強い隔離が必要ならIDCFに専用サーバーを求めることができる。",
);

static ROUTES_9_5_1: [Route; 3] = [
    Route::via(
        ClassificationGuidelines,
        &[2],
        IDCF,
        All,
        "IDCF separates each customer's cloud environment logically from the others'.",
        "IDCFはクラウド環境を利用者ごとに論理的に分離している。",
    ),
    Route::via(
        InformationAccessRestriction,
        &[4],
        IDCF,
        Vm,
        "IDCF's platform is built so that it cannot reach the customers' virtual machines.",
        "IDCFの基盤側からお客さまの仮想マシンへは、仕様上アクセスできない。",
    ),
    Route::via(
        SensitiveSystemIsolation,
        &[1],
        BOTH,
        All,
        "Where the customer wants its systems apart, it asks IDCF for a dedicated server, which IDCF provides.",
        "システムを分けたい場合、お客さまはIDCFに専用サーバーを求め、IDCFがそれを提供する。",
    ),
];

// CLD.9.5.2 Virtual machine hardening.

static REASON_9_5_2: Text = Text::new(
    "For the virtual machines, IDCF sets key-based SSH log-on as the starting configuration and offers port filtering and a firewall; hardening the operating system and applications, closing what need not be open, patching, protection against malware and logging on the machines are the customer's. Object Storage has no virtual machines for this control to reach.",
    "仮想マシンについて、IDCFは初期設定をSSH鍵認証とし、ポートフィルタリングとファイアウォールの機能を提供する。OSとアプリケーションの堅牢化、不要な公開の停止、パッチ適用、マルウェア対策、ログ取得はお客さまが行う。オブジェクトストレージには仮想マシンがなく、本管理策は及ばない。",
);

static ROUTES_9_5_2: [Route; 8] = [
    Route::via(
        MaliciousCode,
        &[1, 3, 4],
        BOTH,
        Vm,
        "The customer secures the applications it installs on its virtual machines and sets its port filters; IDCF offers port filtering, and IPS/IDS and WAF as options.",
        "仮想マシンに導入したアプリケーションの対策とポートの絞り込みはお客さまが行い、IDCFはポートフィルタリングと、追加のIPS/IDS・WAFを提供する。",
    ),
    Route::via(
        NetworkServiceSecurity,
        &[1],
        BOTH,
        Vm,
        "IDCF offers a firewall as a basic function; the customer sets the rules its virtual machines need.",
        "IDCFは基本機能としてファイアウォールを提供し、お客さまが仮想マシンに必要な規則を設定する。",
    ),
    Route::via(
        SecureLogOn,
        &[1, 2],
        BOTH,
        Vm,
        "IDCF sets up SSH key log-on to a new virtual machine; the customer changes the log-on settings to its own policy.",
        "IDCFは仮想マシンのログオンを初期設定でSSH鍵認証とし、その後の設定はお客さまが方針に沿って変える。",
    ),
    Route::via(
        ExternalUserAuthentication,
        &[1, 2],
        BOTH,
        Vm,
        "The same starting configuration for connections from outside: SSH keys and the portal, which the customer may change.",
        "外部からの接続も同じく、初期設定はSSH鍵認証とポータル経由で、お客さまが変更できる。",
    ),
    Route::via(
        SystemUtilities,
        &[1, 2],
        CUSTOMER,
        Vm,
        "The customer controls the utilities and applications on its virtual machines and protects them.",
        "仮想マシン上のユーティリティやアプリケーションはお客さまが管理し、保護策を講じる。",
    ),
    Route::via(
        InformationAccessRestriction,
        &[3],
        CUSTOMER,
        Vm,
        "IDCF runs nothing on the customer's virtual machines; the customer takes the protective measures on them.",
        "IDCFはお客さまの仮想マシン上で機能を提供せず、保護策はお客さまが講じる。",
    ),
    Route::via(
        AuditLogging,
        &[1],
        CUSTOMER,
        Vm,
        "The customer collects the audit logs on its virtual machines.",
        "仮想マシン上の監査ログはお客さまが取得する。",
    ),
    Route::via(
        TechnicalVulnerabilities,
        &[1],
        CUSTOMER,
        Vm,
        "The customer gathers vulnerability information for its virtual machines and fixes them.",
        "仮想マシンの脆弱性の情報収集と対策はお客さまが行う。",
    ),
];

// CLD.12.1.5 Administrator's operational security.

static REASON_12_1_5: Text = Text::new(
    "IDCF supplies a customer handbook, a quick start guide and a help desk, and records work done on the portal; the procedures for the customer's own critical administrative operations (creating and deleting machines, back-up and checking restores, cancellation, running the portal administrator account) are the customer's to write, follow and watch.",
    "IDCFはカスタマーハンドブック、クイックスタートガイドと問い合わせ窓口を用意し、ポータル上の作業を記録している。仮想マシンの作成・削除、バックアップと復元の確認、解約、ポータル管理者アカウントの運用など、お客さま自身の重要な管理操作の手順を定め、守り、確認するのはお客さまである。",
);

static ROUTES_12_1_5: [Route; 5] = [
    Route::via(
        OperatingProcedures,
        &[1, 2],
        IDCF,
        All,
        "IDCF supplies the customer handbook and quick start guide for the customer's administrative operations, and a help desk.",
        "IDCFはお客さまの管理操作のため、カスタマーハンドブック、クイックスタートガイドと問い合わせ窓口を用意している。",
    ),
    Route::via(
        SegregationOfDuties,
        &[1, 2, 3],
        BOTH,
        All,
        "IDCF hands over administrator rights only; who in the customer's organisation holds them, and who administers the portal account, the customer decides.",
        "IDCFは管理者権限だけを渡す。組織内の誰がそれを持ち、誰がポータルのアカウントを管理するかはお客さまが決める。",
    ),
    Route::via(
        ReturnOfAssets,
        &[1, 2],
        BOTH,
        All,
        "Changing or cancelling virtual machines and the service is a critical operation of the customer's administrator, which IDCF carries out on request.",
        "仮想マシンやサービスの変更・解約はお客さまの管理者の重要な操作で、IDCFは申し出により対応する。",
    ),
    Route::via(
        BackupFunction,
        &[1, 2],
        BOTH,
        Vm,
        "IDCF offers a back-up function for virtual machines; taking back-ups and checking that they restore are the customer's operations.",
        "IDCFは仮想マシンのバックアップ機能を提供し、バックアップの取得と復元の確認はお客さまが行う。",
    ),
    Route::via(
        AdministratorLogs,
        &[1],
        IDCF,
        All,
        "IDCF records the operations done on the portal, where the customer's administrators work.",
        "IDCFは、お客さまの管理者が作業するポータル上の操作を記録している。",
    ),
];

// CLD.12.4.5 Monitoring of cloud services.

static REASON_12_4_5: Text = Text::new(
    "IDCF offers a capacity-monitoring function for virtual machines and a monitoring service, and announces platform faults and vulnerabilities on the portal, so part of the monitoring comes from IDCF; deciding what to watch, running the monitoring of its own machines and handling their faults are the customer's. For Object Storage the document gives only the monitoring service and the portal's notices.",
    "IDCFは仮想マシンの容量・能力の監視機能と監視サービスを提供し、基盤の障害や脆弱性をポータルで知らせるため、監視の一部はIDCFから得られる。何を監視するかを決め、自らの仮想マシンの監視を運用して障害に対処するのはお客さまである。オブジェクトストレージについては、監視サービスとポータルでの通知だけが示されている。",
);

static ROUTES_12_4_5: [Route; 4] = [
    Route::via(
        MonitoringSystemUse,
        &[1],
        IDCF,
        All,
        "IDCF offers a monitoring service (the document does not say what it covers).",
        "IDCFは監視サービスを提供している（対象の範囲は文書に記載がない）。",
    ),
    Route::via(
        CapacityManagement,
        &[1, 3],
        BOTH,
        All,
        "IDCF offers monitoring of the virtual machines' capacity, which the customer uses to watch them, and health-checks the platform as a whole.",
        "IDCFは仮想マシンの容量・能力の監視機能を提供し、お客さまはそれで仮想マシンを見守る。基盤全体のヘルスチェックはIDCFが行う。",
    ),
    Route::via(
        FaultLogging,
        &[1, 2],
        BOTH,
        All,
        "IDCF reports platform faults on the portal; faults of the virtual machines are the customer's to watch.",
        "IDCFは基盤の障害をポータルで知らせ、仮想マシンの障害はお客さまが管理する。",
    ),
    Route::via(
        ExternalPartyRisks,
        &[2],
        IDCF,
        All,
        "IDCF publishes fault and vulnerability information on the portal, which the customer follows.",
        "IDCFは障害情報や脆弱性情報をポータルで公開しており、お客さまはそれを確認する。",
    ),
];

// CLD.13.1.4 Alignment of security management for virtual and physical networks.

static REASON_13_1_4: Text = Text::new(
    "The control is addressed to IDCF alone, and the document shows only network functions of IDCF's platform (separation per customer, a firewall), no policy keeping the virtual networks' configuration consistent with the physical network. Nothing can be recorded as inherited: the customer either excludes the control as IDCF's matter or keeps it and asks IDCF for evidence under its supplier controls.",
    "本管理策はIDCFに向けたもので、文書はIDCFの基盤のネットワーク機能（利用者ごとの分離、ファイアウォール）を示すだけで、仮想ネットワークの構成を物理ネットワークと整合させる方針には触れていない。継承とは記録できず、お客さまはIDCF側の事項として除外するか、採用して供給者管理の中でIDCFに根拠を求めるかを判断する。",
);

static ROUTES_13_1_4: [Route; 2] = [
    Route::via(
        ClassificationGuidelines,
        &[2],
        IDCF,
        All,
        "IDCF separates each customer's environment logically on its platform; how this is aligned with the physical network, the document does not say.",
        "IDCFは基盤上で利用者ごとの環境を論理的に分離している。物理ネットワークとの整合について文書は述べていない。",
    ),
    Route::via(
        NetworkServiceSecurity,
        &[1],
        IDCF,
        All,
        "IDCF provides a firewall for the customer's virtual network as a basic function.",
        "IDCFはお客さまの仮想ネットワークのファイアウォールを基本機能として提供する。",
    ),
];
