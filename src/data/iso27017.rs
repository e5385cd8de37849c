//! ISO/IEC 27017:2015 Annex A (= ITU-T X.1631, JIS Q 27017:2016): the seven extended cloud controls, a row each
//! with its id, objective group, English short title (as our reference records it), a Japanese title of our own
//! (not the JIS wording, which is copyrighted), to whom the standard gives guidance (the reference's two columns),
//! and the routes by which the document reaches it.
//!
//! The routes are our judgement, reconciled with a blind second reading (`docs/coding/cld-reconciliation.md`): a
//! route names the section of the document that leads to the control, or the allocation of duties as a whole, the
//! party whose part it rests on, and why, in our words.

use crate::Control::{
    AdministratorLogs, AllocationOfResponsibilities, AuthorizationProcessForFacilities, CapacityManagement,
    ClassificationGuidelines, DisposalOfEquipmentWithMedia, ExternalPartyRisks, FaultLogging,
    InformationAccessRestriction, MaliciousCode, MonitoringSystemUse, NetworkServiceSecurity, OperatingProcedures,
    OperatingStandard, RemovalOfAccessRights, ReturnOfAssets, SecureLogOn, SegregationOfDuties,
    SensitiveSystemIsolation, SystemUtilities, TechnicalVulnerabilities,
};
use crate::Party;
use crate::iso::Guidance::{Both, Joint, Provider};
use crate::iso::{CloudControl as Row, CloudObjective as Objective, CloudRoute as Route};

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

/// `(id, objective, English title, Japanese title (ours), guidance, routes)`, in the standard's order.
pub(crate) static CLD: [Row; 7] = [
    Row::new(
        "CLD.6.3.1",
        CLD_6_3,
        "Shared roles and responsibilities within a cloud computing environment",
        "クラウド環境における役割及び責任の分担",
        Both,
        &ROUTES_6_3_1,
    ),
    Row::new(
        "CLD.8.1.5",
        CLD_8_1,
        "Removal of cloud service customer assets",
        "クラウドサービス利用者の資産の除去",
        Both,
        &ROUTES_8_1_5,
    ),
    Row::new(
        "CLD.9.5.1",
        CLD_9_5,
        "Segregation in virtual computing environments",
        "仮想環境における分離",
        Provider,
        &ROUTES_9_5_1,
    ),
    Row::new("CLD.9.5.2", CLD_9_5, "Virtual machine hardening", "仮想マシンの堅牢化", Joint, &ROUTES_9_5_2),
    Row::new(
        "CLD.12.1.5",
        CLD_12_1,
        "Administrator's operational security",
        "管理者の運用セキュリティ",
        Both,
        &ROUTES_12_1_5,
    ),
    Row::new("CLD.12.4.5", CLD_12_4, "Monitoring of cloud services", "クラウドサービスの監視", Both, &ROUTES_12_4_5),
    Row::new(
        "CLD.13.1.4",
        CLD_13_1,
        "Alignment of security management for virtual and physical networks",
        "仮想ネットワークと物理ネットワークのセキュリティ管理の整合",
        Provider,
        &ROUTES_13_1_4,
    ),
];

/// The routes to CLD.6.3.1.
static ROUTES_6_3_1: [Route; 3] = [
    Route::allocation(
        BOTH,
        "The allocation itself: the document sets out, section by section, what IDCF does and what it leaves to the customer, and the matrix and the customer's register record that division.",
        "分担そのもの。文書は節ごとにIDCFが行うこととお客さまに委ねることを示し、マトリクスとお客さまの台帳がその分担を記録する。",
    ),
    Route::via(
        AllocationOfResponsibilities,
        IDCF,
        "IDCF names the officer responsible for its cloud security and the contact points through which the customer reaches it.",
        "IDCFはクラウドのセキュリティ責任者を置き、お客さまからの連絡窓口を示している。",
    ),
    Route::via(
        AuthorizationProcessForFacilities,
        IDCF,
        "IDCF puts what is agreed for using the services, the SLA included, in its terms and conditions: where the division is agreed.",
        "IDCFはSLAを含む利用上の取り決めを約款で示しており、分担はそこで合意される。",
    ),
];

/// The routes to CLD.8.1.5.
static ROUTES_8_1_5: [Route; 3] = [
    Route::via(
        ReturnOfAssets,
        BOTH,
        "The customer changes or cancels its virtual machines itself; IDCF ends or changes the service when the customer asks.",
        "仮想マシンの変更・解約はお客さまが行い、IDCFはお客さまの申し出によりサービスを変更・終了する。",
    ),
    Route::via(
        RemovalOfAccessRights,
        BOTH,
        "The customer removes access to its virtual machines and the portal; IDCF deletes the account when the service is cancelled.",
        "仮想マシンとポータルのアクセス権の削除はお客さまが行い、IDCFは解約の申し出でアカウントを削除する。",
    ),
    Route::via(
        DisposalOfEquipmentWithMedia,
        IDCF,
        "IDCF disposes of or reuses equipment with storage so that no data leaks from it.",
        "IDCFは記憶媒体を含む装置を、情報が漏れないよう処分・再利用する。",
    ),
];

/// The routes to CLD.9.5.1.
static ROUTES_9_5_1: [Route; 3] = [
    Route::via(
        ClassificationGuidelines,
        IDCF,
        "IDCF separates each customer's cloud environment logically from the others'.",
        "IDCFはクラウド環境を利用者ごとに論理的に分離している。",
    ),
    Route::via(
        InformationAccessRestriction,
        IDCF,
        "IDCF's platform is built so that it cannot reach the customers' virtual machines.",
        "IDCFの基盤側からお客さまの仮想マシンへは、仕様上アクセスできない。",
    ),
    Route::via(
        SensitiveSystemIsolation,
        IDCF,
        "IDCF provides a dedicated server where the customer asks for one.",
        "お客さまの要望に応じ、IDCFが専用のサーバーを提供する。",
    ),
];

/// The routes to CLD.9.5.2.
static ROUTES_9_5_2: [Route; 5] = [
    Route::via(
        MaliciousCode,
        BOTH,
        "The customer secures the applications it installs on its virtual machines; IDCF offers port filtering, and IPS/IDS and WAF as options.",
        "仮想マシンに導入したアプリケーションの対策はお客さまが行い、IDCFはポートフィルタリングと、追加のIPS/IDS・WAFを提供する。",
    ),
    Route::via(
        SecureLogOn,
        BOTH,
        "IDCF sets up SSH key log-on to a new virtual machine; the customer changes the log-on settings to its own policy.",
        "IDCFは仮想マシンのログオンを初期設定でSSH鍵認証とし、その後の設定はお客さまが方針に沿って変える。",
    ),
    Route::via(
        SystemUtilities,
        CUSTOMER,
        "The customer controls the utilities and applications on its virtual machines.",
        "仮想マシン上のユーティリティやアプリケーションはお客さまが管理する。",
    ),
    Route::via(
        TechnicalVulnerabilities,
        CUSTOMER,
        "The customer gathers vulnerability information for its virtual machines and fixes them.",
        "仮想マシンの脆弱性の情報収集と対策はお客さまが行う。",
    ),
    Route::via(
        NetworkServiceSecurity,
        IDCF,
        "IDCF offers a firewall as a basic function, with which the customer closes what its virtual machines need not expose.",
        "IDCFは基本機能としてファイアウォールを提供し、お客さまはこれで仮想マシンの不要な公開を閉じられる。",
    ),
];

/// The routes to CLD.12.1.5.
static ROUTES_12_1_5: [Route; 3] = [
    Route::via(
        OperatingProcedures,
        IDCF,
        "IDCF supplies the customer handbook and quick start guide for the customer's administrative operations, and a help desk.",
        "IDCFはお客さまの管理操作のため、カスタマーハンドブック、クイックスタートガイドと問い合わせ窓口を用意している。",
    ),
    Route::via(
        SegregationOfDuties,
        CUSTOMER,
        "Who in the customer's organisation holds the administrator rights of its virtual machines and portal account is the customer's decision.",
        "仮想マシンとポータルの管理者権限を組織内の誰が持つかは、お客さまが決める。",
    ),
    Route::via(
        OperatingStandard,
        IDCF,
        "IDCF runs its own operations on an ITIL basis: IDCF's own measure, information for the customer.",
        "IDCFは自社の運用をITILに基づいて行う。IDCF自身の対策で、お客さまには参考情報となる。",
    ),
];

/// The routes to CLD.12.4.5.
static ROUTES_12_4_5: [Route; 5] = [
    Route::via(MonitoringSystemUse, IDCF, "IDCF offers a monitoring service.", "IDCFは監視サービスを提供している。"),
    Route::via(
        CapacityManagement,
        BOTH,
        "IDCF offers monitoring of the virtual machines' capacity and health-checks the platform; the customer watches its own virtual machines.",
        "IDCFは仮想マシンの容量・能力の監視機能を提供し、基盤のヘルスチェックを行う。仮想マシンの監視はお客さまが行う。",
    ),
    Route::via(
        FaultLogging,
        BOTH,
        "IDCF reports platform faults on the portal; faults of the virtual machines are the customer's to watch.",
        "IDCFは基盤の障害をポータルで知らせ、仮想マシンの障害はお客さまが管理する。",
    ),
    Route::via(
        AdministratorLogs,
        IDCF,
        "IDCF records the operations done on the portal.",
        "IDCFはポータル上の操作を記録している。",
    ),
    Route::via(
        ExternalPartyRisks,
        IDCF,
        "IDCF publishes fault and vulnerability information on the portal.",
        "IDCFは障害情報や脆弱性情報をポータルで公開している。",
    ),
];

/// The routes to CLD.13.1.4.
static ROUTES_13_1_4: [Route; 2] = [
    Route::via(
        ClassificationGuidelines,
        IDCF,
        "IDCF separates each customer's environment logically on its platform, the virtual networks included; the document does not say how this is aligned with the physical network.",
        "IDCFは基盤上で利用者ごとの環境を論理的に分離している。物理ネットワークとの整合について文書は述べていない。",
    ),
    Route::via(
        NetworkServiceSecurity,
        IDCF,
        "IDCF provides the firewall of the customer's virtual network as a basic function.",
        "IDCFはお客さまの仮想ネットワークのファイアウォールを基本機能として提供する。",
    ),
];
