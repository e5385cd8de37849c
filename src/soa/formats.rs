//! What the auditor receives: the [`Soa`] draft as Markdown, CSV (with the byte-order mark) and (feature `xlsx`) a
//! workbook whose customer's columns are input cells and whose derived columns are protected. The JSON form is
//! [`Soa::to_json`] (feature `serde`), its schema [`json::soa_schema`](crate::json::soa_schema).
//!
//! Every output says what the draft is (a starting point for the customer's ISMS, derived from a 2014 provider
//! document, not a certification statement), carries the customer's header and the document's caveats, and marks
//! what is ours, what is the document's and what is the customer's. Labels are English or Japanese; every row
//! carries the standard's English short title and our Japanese translation (labelled as ours; the JIS wording is
//! not reproduced), beside a column for the customer's own licensed JIS title. Deterministic: the same statement
//! and language give the same bytes.
//!
//! ```
//! use idcf_responsibility::{Lang, Service, plan::Register, soa::{self, Soa}};
//! let draft = Soa::of(&Register::new(&[Service::ObjectStorage], None));
//! let md = soa::markdown(&draft, Lang::En);
//! assert!(md.contains("| A.8.13 | Information backup<br>"));
//! assert!(soa::csv(&draft, Lang::Ja).starts_with('\u{feff}'));
//! ```

// The workbook (feature `xlsx`) alone reads the columns' widths, whose and what, and the sheet's layout.
#![cfg_attr(not(feature = "xlsx"), allow(dead_code))]

use std::fmt::Write as _;

use crate::export::csv::{BOM, row};
use crate::export::markdown::escape;
use crate::export::{pick, tagged};
use crate::{
    Lang, Text,
    iso::Theme,
    soa::{Applicability, InheritanceCase, ProviderRole, Soa, SoaRow},
};

static TITLE: Text = Text::new("Statement of Applicability (draft)", "適用宣言書（草案）");

/// Whose a column is: the customer's input, or derived by the tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Whose {
    Derived,
    Customer,
}

/// One column of the CSV and the workbook: the English key, the Japanese label, whose, its printed width (0: not
/// printed), and what it holds.
pub(crate) struct Column {
    pub(crate) key: &'static str,
    pub(crate) ja: &'static str,
    pub(crate) whose: Whose,
    pub(crate) width: f64,
    pub(crate) what: Text,
}

const fn col(key: &'static str, ja: &'static str, whose: Whose, width: f64, what: Text) -> Column {
    Column { key, ja, whose, width, what }
}

/// How many columns, from the first, the workbook prints (the auditor's columns).
pub(crate) const PRINTED: u16 = 11;

/// The columns, the auditor's first (printed), then the customer's other inputs, then the supporting
/// information.
pub(crate) static COLUMNS: [Column; 31] = [
    col(
        "control",
        "管理策番号",
        Whose::Derived,
        8.0,
        Text::new(
            "The ISO/IEC 27001:2022 Annex A id, or the ISO/IEC 27017 CLD id.",
            "ISO/IEC 27001:2022 附属書Aまたは ISO/IEC 27017 CLDの番号。",
        ),
    ),
    col(
        "title_en",
        "管理策名（英語）",
        Whose::Derived,
        16.0,
        Text::new("The standard's English short title.", "規格の英語の短い名称。"),
    ),
    col(
        "title_ja",
        "管理策名（日本語・本ツールによる訳）",
        Whose::Derived,
        14.0,
        Text::new(
            "Our Japanese translation of the title, not the JIS wording (which is copyrighted and not reproduced).",
            "本ツールによる日本語訳。JISの表現ではない（著作権のため転載しない）。",
        ),
    ),
    col(
        "jis_title",
        "管理策名（JIS・お客さま記入）",
        Whose::Customer,
        10.0,
        Text::new(
            "The title as the customer's licensed JIS Q 27001:2023 has it, if it fills it in; kept in the register on import.",
            "お客さまが利用許諾を受けたJIS Q 27001:2023の名称（任意）。取り込み時に台帳に保存する。",
        ),
    ),
    col(
        "applicability",
        "適用／除外",
        Whose::Derived,
        11.0,
        Text::new(
            "Applicable, excluded, or for the customer to decide, and whose word it is.",
            "適用・除外・お客さまが判断、およびその判断が誰のものか。",
        ),
    ),
    col(
        "grounds",
        "決定の根拠",
        Whose::Customer,
        9.0,
        Text::new(
            "The customer's ground: risk treatment, legal or regulatory, contractual, business.",
            "お客さまの根拠：リスク対応、法令・規制、契約、事業上の要求。",
        ),
    ),
    col(
        "risks",
        "リスクID",
        Whose::Customer,
        7.0,
        Text::new(
            "With risk treatment: the ids of the risks, a line each.",
            "リスク対応の場合、リスクのID（1行に1件）。",
        ),
    ),
    col(
        "justification",
        "決定の理由",
        Whose::Customer,
        18.0,
        Text::new("The customer's justification of its decision.", "お客さまによる決定の理由。"),
    ),
    col(
        "implementation",
        "実施状況",
        Whose::Derived,
        12.0,
        Text::new("How far it is implemented, by the written rule.", "明文の規則による実施状況。"),
    ),
    col(
        "documents",
        "関連文書",
        Whose::Customer,
        11.0,
        Text::new(
            "The customer's documents that implement the control (policies, procedures), a line each.",
            "管理策を実施するお客さまの文書（規程・手順書など、1行に1件）。",
        ),
    ),
    col(
        "provider_part",
        "IDCFの分担",
        Whose::Derived,
        28.0,
        Text::new(
            "IDCF's duties, a line each with the section, sentence and services, and what it is for the customer: inherited, IDCF's own measure (information for the supplier controls), or left to the customer.",
            "IDCFの職務（節・文・サービスごとに1行）と、お客さまにとっての位置づけ：継承、IDCF自身の対策（供給者管理のための情報）、お客さまに委ねる。",
        ),
    ),
    col(
        "decision",
        "お客さまの決定",
        Whose::Customer,
        0.0,
        Text::new(
            "The customer's decision: include or exclude. It prevails over the tool's proposal.",
            "お客さまの決定（適用または除外）。本ツールの提案より優先する。",
        ),
    ),
    col(
        "status",
        "お客さま自身の実施状況",
        Whose::Customer,
        0.0,
        Text::new(
            "The customer's own status of the control, where no register duty maps to it (not-started, in-progress, implemented, risk-accepted: why).",
            "台帳の職務が対応しない管理策についての、お客さま自身の実施状況（未着手・対応中・実施済み・リスク受容：理由）。",
        ),
    ),
    col("team", "担当", Whose::Customer, 0.0, Text::new("The team responsible.", "担当チーム。")),
    col(
        "evidence",
        "証跡",
        Whose::Customer,
        0.0,
        Text::new("References to evidence, a line each.", "証跡の参照（1行に1件）。"),
    ),
    col("due", "期限", Whose::Customer, 0.0, Text::new("The due date, YYYY-MM-DD.", "期限（YYYY-MM-DD）。")),
    col(
        "case",
        "継承の区分",
        Whose::Derived,
        0.0,
        Text::new("Which case of the inheritance rule applied.", "継承の規則のどの場合に当たるか。"),
    ),
    col(
        "case_reason",
        "継承の説明",
        Whose::Derived,
        0.0,
        Text::new(
            "The case in words, naming the provider duty (section, sentence) an inheritance rests on.",
            "その説明。継承の根拠となるIDCFの職務（節・文）を示す。",
        ),
    ),
    col(
        "customer_part",
        "お客さまの分担",
        Whose::Derived,
        0.0,
        Text::new(
            "The customer's duties from its register, with status, team and evidence.",
            "台帳にあるお客さまの職務と、その状況・担当・証跡。",
        ),
    ),
    col(
        "provider_detail",
        "IDCFの分担（詳細）",
        Whose::Derived,
        0.0,
        Text::new(
            "IDCF's duties per service with their kind, layer and basis, and why a duty is not inherited.",
            "サービスごとのIDCFの職務と種類・層・根拠、および継承しない理由。",
        ),
    ),
    col(
        "customer_tailoring",
        "お客さまのカスタマイズ",
        Whose::Derived,
        0.0,
        Text::new(
            "The customer's overlay decisions on the sections that lead here, with its reasons.",
            "ここに至る節についてのお客さまのオーバーレイでの決定と理由。",
        ),
    ),
    col(
        "proposal",
        "本ツールの提案（参考）",
        Whose::Derived,
        0.0,
        Text::new(
            "The tool's proposal, by the written rule: supporting information, not the customer's justification.",
            "明文の規則による本ツールの提案。参考情報であり、お客さまの決定の理由ではない。",
        ),
    ),
    col("proposal_reason", "提案の理由（参考）", Whose::Derived, 0.0, Text::new("Why.", "提案の理由。")),
    col(
        "routes",
        "文書からの対応（参考）",
        Whose::Derived,
        0.0,
        Text::new(
            "Each way from a section of the document to the control, each step with how it is known.",
            "文書の節からこの管理策への各経路と、各段階の対応の種類。",
        ),
    ),
    col(
        "rests_on_judgement",
        "本ツールの判断を含む",
        Whose::Derived,
        0.0,
        Text::new(
            "Whether every way rests on a judgement of ours (a nearest fit, a 2022 id or a CLD id of ours).",
            "すべての経路が本ツールの判断（最も近い対応、2022年版・CLDの判断）を含むか。",
        ),
    ),
    col(
        "decided_by",
        "決定者",
        Whose::Derived,
        0.0,
        Text::new(
            "Whose word the applicability is: the customer's decision or the tool's proposal.",
            "適用の判断が誰のものか：お客さまの決定か本ツールの提案か。",
        ),
    ),
    col("implementation_reason", "実施状況の理由", Whose::Derived, 0.0, Text::new("Why.", "実施状況の理由。")),
    col(
        "group",
        "区分",
        Whose::Derived,
        0.0,
        Text::new(
            "The theme of Annex A, or ISO/IEC 27017's extended controls.",
            "附属書Aのテーマ、またはISO/IEC 27017の追加管理策。",
        ),
    ),
    col(
        "new_in_2022",
        "2022年版の新規",
        Whose::Derived,
        0.0,
        Text::new("Whether it is new in 2022.", "2022年版で新設されたか。"),
    ),
    col(
        "guidance",
        "ISO/IEC 27017の指針の対象",
        Whose::Derived,
        0.0,
        Text::new(
            "For a CLD control: to which party ISO/IEC 27017 gives implementation guidance.",
            "CLD管理策について、ISO/IEC 27017が実施の手引を示す当事者。",
        ),
    ),
    col(
        "soa_header",
        "適用宣言書の情報",
        Whose::Derived,
        0.0,
        Text::new(
            "The statement's header: organisation, ISMS scope, version, date, approver.",
            "適用宣言書の情報：組織、ISMSの適用範囲、版、日付、承認者。",
        ),
    ),
];

/// The index of a column by its key.
pub(crate) fn column(key: &str) -> u16 {
    COLUMNS.iter().position(|c| c.key == key).and_then(|i| u16::try_from(i).ok()).unwrap_or(0)
}

/// The header of a column in a language: the key in English (for a machine), the label in Japanese.
fn header(col: usize, lang: Lang) -> &'static str {
    COLUMNS.get(col).map_or("", |c| pick(lang, c.key, c.ja))
}

/// A vocabulary value: its id in English (the ids read as English, and a machine matches them), its label in
/// Japanese, as the matrix's CSV does.
fn value<T: crate::Label + Copy + std::fmt::Display>(v: T, lang: Lang) -> String {
    match lang {
        Lang::En => v.to_string(),
        Lang::Ja => v.label(lang).to_owned(),
    }
}

fn yes_no(b: bool, lang: Lang) -> String {
    match (lang, b) {
        (Lang::En, b) => b.to_string(),
        (Lang::Ja, true) => "はい".to_owned(),
        (Lang::Ja, false) => "いいえ".to_owned(),
    }
}

/// The provider's part, a line per duty: `IDCF Cloud §6.8.6: … [performs · cloud platform] — IDCF runs it for the
/// customer (inherited)`.
fn provider_lines(row: &SoaRow, lang: Lang) -> Vec<String> {
    let sep = pick(lang, ": ", "：");
    row.provider
        .iter()
        .flat_map(|p| {
            p.duties.iter().map(move |d| {
                let mut line = format!(
                    "{} §{}{}{sep}{} — {}",
                    p.service.label(lang),
                    p.section,
                    match lang {
                        Lang::En => format!(" sentence {}", d.duty.sentence),
                        Lang::Ja => format!(" 第{}文", d.duty.sentence),
                    },
                    tagged(&d.duty, lang),
                    d.role.label(lang)
                );
                if let Some(why) = &d.why {
                    let _ = match lang {
                        Lang::En => write!(line, " ({})", why.get(lang)),
                        Lang::Ja => write!(line, "（{}）", why.get(lang)),
                    };
                }
                line
            })
        })
        .collect()
}

/// What a provider duty is for the customer, in a few words.
fn role_short(role: ProviderRole, lang: Lang) -> &'static str {
    match (role, lang) {
        (ProviderRole::RunsForCustomer, Lang::En) => "inherited",
        (ProviderRole::RunsForCustomer, Lang::Ja) => "継承",
        (ProviderRole::OwnMeasure, Lang::En) => "IDCF's own measure, information for A.5.19–A.5.23",
        (ProviderRole::OwnMeasure, Lang::Ja) => "IDCF自身の対策（A.5.19〜A.5.23の情報）",
        (ProviderRole::LeavesToCustomer, Lang::En) => "left to the customer",
        (ProviderRole::LeavesToCustomer, Lang::Ja) => "お客さまに委ねる",
    }
}

/// The provider's part in short, as printed: a line per duty (the services that share it together), inherited
/// ones first: `§5.2.1 s1 (IDCF Cloud, Object Storage): … — inherited`.
fn provider_summary(row: &SoaRow, lang: Lang) -> Vec<String> {
    let mut lines: Vec<(ProviderRole, &str, u8, &str, Vec<&str>)> = Vec::new();
    for p in &row.provider {
        for d in &p.duties {
            let text = d.duty.text.get(lang);
            let same = |(r, s, n, t, _): &&mut (ProviderRole, &str, u8, &str, Vec<&str>)| {
                *r == d.role && *s == p.section.as_ref() && *n == d.duty.sentence && *t == text
            };
            match lines.iter_mut().find(same) {
                Some((.., services)) => services.push(p.service.label(lang)),
                None => lines.push((d.role, p.section.as_ref(), d.duty.sentence, text, vec![p.service.label(lang)])),
            }
        }
    }
    lines.sort_by_key(|(r, ..)| *r);
    lines
        .into_iter()
        .map(|(role, section, n, text, services)| match lang {
            Lang::En => format!("§{section} s{n} ({}): {text} — {}", services.join(", "), role_short(role, lang)),
            Lang::Ja => format!("§{section} 第{n}文（{}）：{text}—{}", services.join("、"), role_short(role, lang)),
        })
        .collect()
}

/// The customer's part, a line per register entry: `Object Storage §6.5.1 (entry 3): … — implemented; team;
/// evidence`.
fn customer_lines(row: &SoaRow, lang: Lang) -> Vec<String> {
    row.customer
        .iter()
        .map(|p| {
            let mut line = match lang {
                Lang::En => format!(
                    "{} §{} (entry {}): {}",
                    p.service.label(lang),
                    p.section,
                    p.entry + 1,
                    tagged(&p.duty, lang)
                ),
                Lang::Ja => format!(
                    "{} §{}（項目{}）：{}",
                    p.service.label(lang),
                    p.section,
                    p.entry + 1,
                    tagged(&p.duty, lang)
                ),
            };
            let _ = write!(line, " — {}", p.status.label(lang));
            if let Some(why) = p.status.justification() {
                let _ = write!(line, " ({}{why})", pick(lang, "the customer's reason: ", "お客さまの理由："));
            }
            if let Some(team) = &p.team {
                let _ = write!(line, "; {}{team}", pick(lang, "team: ", "担当："));
            }
            if !p.evidence.is_empty() {
                let _ = write!(line, "; {}{}", pick(lang, "evidence: ", "証跡："), p.evidence.join(", "));
            }
            line
        })
        .collect()
}

/// The applicability and whose word it is: `applicable (the customer's decision)`.
fn applicability(row: &SoaRow, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} ({})", row.applicability.label(lang), row.decided_by.label(lang)),
        Lang::Ja => format!("{}（{}）", row.applicability.label(lang), row.decided_by.label(lang)),
    }
}

/// The implementation cell: the status, and for a shared row that IDCF's part is inherited.
fn implementation(row: &SoaRow, lang: Lang) -> String {
    let mut out = row.implementation.label(lang).to_owned();
    if row.case == InheritanceCase::Shared {
        out.push_str(pick(lang, "; IDCF's part inherited", "。IDCFの部分は継承"));
    }
    out
}

/// The group of a row: its theme, or ISO/IEC 27017.
fn group(row: &SoaRow, lang: Lang) -> String {
    row.theme.map_or_else(|| CLOUD_HEADING.get(lang).to_owned(), |t| value(t, lang))
}

/// The heading of the CLD block.
pub(crate) static CLOUD_HEADING: Text =
    Text::new("ISO/IEC 27017 extended cloud controls", "ISO/IEC 27017 クラウドサービス拡張管理策");

/// The header of the statement in a line.
fn header_line(soa: &Soa, lang: Lang) -> String {
    soa.header
        .lines(lang)
        .iter()
        .map(|(k, v)| format!("{k}{}{v}", pick(lang, ": ", "：")))
        .collect::<Vec<_>>()
        .join(pick(lang, "; ", "／"))
}

/// The cells of a row, in the order of [`COLUMNS`]; several values in one cell are a line each.
fn cells(row: &SoaRow, soa: &Soa, lang: Lang) -> [String; 31] {
    let routes: Vec<String> = row.routes.iter().map(|r| r.describe(lang)).collect();
    let rec = row.record.as_ref();
    let decision = row.decision.as_ref();
    [
        row.control.id().to_owned(),
        row.title_en.to_string(),
        row.title_ja.to_string(),
        row.jis_title.clone().unwrap_or_default(),
        applicability(row, lang),
        decision.and_then(|d| d.grounds).map(|g| value(g, lang)).unwrap_or_default(),
        decision.map(|d| d.risks.join("\n")).unwrap_or_default(),
        decision.map(|d| d.justification.clone()).unwrap_or_default(),
        implementation(row, lang),
        rec.map(|r| r.documents().join("\n")).unwrap_or_default(),
        provider_summary(row, lang).join("\n"),
        decision.map(|d| value(d.choice, lang)).unwrap_or_default(),
        rec.and_then(|r| r.status()).map(|s| status_cell(s, lang)).unwrap_or_default(),
        rec.and_then(|r| r.team()).unwrap_or_default().to_owned(),
        rec.map(|r| r.evidence().join("\n")).unwrap_or_default(),
        rec.and_then(crate::soa::ControlRecord::due).map(|d| d.to_string()).unwrap_or_default(),
        value(row.case, lang),
        row.case_reason.get(lang).to_owned(),
        customer_lines(row, lang).join("\n"),
        provider_lines(row, lang).join("\n"),
        row.tailoring.iter().map(|t| t.describe(lang)).collect::<Vec<_>>().join("\n"),
        value(row.proposal, lang),
        row.proposal_reason.get(lang).to_owned(),
        routes.join("\n"),
        if row.routes.is_empty() {
            String::new()
        } else {
            yes_no(row.routes.iter().all(crate::soa::Route::rests_on_judgement), lang)
        },
        value(row.decided_by, lang),
        row.implementation_reason.get(lang).to_owned(),
        group(row, lang),
        yes_no(row.new_in_2022, lang),
        row.guidance.as_ref().map(|g| g.get(lang).to_owned()).unwrap_or_default(),
        header_line(soa, lang),
    ]
}

/// A status as the workbook's status cell shows it: the label in Japanese, the id in English, and the
/// justification after a colon.
pub(crate) fn status_cell(s: &crate::plan::Status, lang: Lang) -> String {
    let name = match lang {
        Lang::En => s.id(),
        Lang::Ja => s.label(lang),
    };
    match s.justification() {
        Some(why) => format!("{name}{}{why}", pick(lang, ": ", "：")),
        None => name.to_owned(),
    }
}

/// The Statement of Applicability as CSV, as the matrix's CSV is written: UTF-8 with a byte-order mark (for Excel
/// on Japanese Windows), RFC 4180 quoting, `\n` line ends, a header row, then a row per control: Annex A in the
/// standard's order, then the CLD controls. The auditor's columns come first (id, English title, our Japanese
/// title, the customer's JIS title, applicability, the customer's ground, risk ids and justification, the
/// implementation status, related documents, IDCF's part), then the customer's other inputs, then the supporting
/// information (the inheritance case, the tool's proposal and the routes). In English the header names are
/// snake-case keys and the vocabulary columns hold the crate's ids; in Japanese both are Japanese labels. The last
/// column carries the statement's header (organisation, scope, version, date, approver) on every row.
///
/// ```
/// use idcf_responsibility::{Lang, Service, plan::Register, soa::{self, Soa}};
/// let csv = soa::csv(&Soa::of(&Register::new(&[Service::SelfCloud], None)), Lang::En);
/// assert!(csv.starts_with("\u{feff}control,title_en,title_ja,jis_title,applicability,"));
/// assert!(csv.contains("\nA.5.7,Threat intelligence,"));
/// assert!(csv.contains("\nCLD.9.5.1,"));
/// ```
#[must_use]
pub fn csv(soa: &Soa, lang: Lang) -> String {
    let mut out = String::from(BOM);
    row(&mut out, (0..COLUMNS.len()).map(|c| header(c, lang).to_owned()));
    for r in &soa.rows {
        row(&mut out, cells(r, soa, lang).into_iter());
    }
    out
}

/// The rules, in a line each, as the Markdown and the workbook's legend give them.
static RULES: [Text; 5] = [
    Text::new(
        "Routes: a section leads to a 2022 control through its 2013 ids and ISO/IEC 27002:2022 Table B.2, or by our judgement; 2005 → 2013 is our identification of the successor or our nearest fit. A section leads to a CLD control by our judgement, with its reason.",
        "経路：文書の節は2013年版の番号とISO/IEC 27002:2022の表B.2を経て、または本ツールの判断で2022年版の管理策に至る。2005年版から2013年版への対応は本ツールによる後継の同定または最も近い対応。CLD管理策へは本ツールの判断（理由付き）で至る。",
    ),
    Text::new(
        "Inheritance: the customer inherits (part of) a control only where IDCF performs or offers its measure, or acts on request, on the platform or the portal it runs for the customer, for a control whose subject that can be (physical and technological controls, A.5.30, CLD.8.1.5, CLD.9.5.1, CLD.9.5.2, CLD.12.4.5). Disclosures, requests, what IDCF leaves to the customer, and IDCF's own organisation, partners and contract documents are never inherited: they are IDCF's own measures, information for the customer's supplier controls (A.5.19–A.5.23), and the customer implements the control itself. A control whose every customer duty the customer marked not applicable is for the customer to decide, never inherited by another route.",
        "継承：IDCFがお客さまのために運用するクラウド基盤またはポータルで、管理策の対策を実施・提供する（または依頼に応じて実施する）場合に限り、その対象となり得る管理策（物理的・技術的管理策、A.5.30、CLD.8.1.5、CLD.9.5.1、CLD.9.5.2、CLD.12.4.5）をお客さまは（一部）継承する。開示・通知、依頼、お客さまに委ねるもの、IDCF自身の組織・関係者・約款は継承の根拠にならない。それらはIDCF自身の対策であり、お客さまの供給者管理（A.5.19〜A.5.23）のための情報で、管理策はお客さま自身が実施する。お客さまの職務をすべて該当なしとした管理策はお客さまが判断し、他の経路で継承することはない。",
    ),
    Text::new(
        "Proposal (the tool's, supporting information): applicable where a customer duty or an inherited part falls under a service the customer uses; otherwise for the customer to decide. Never an exclusion.",
        "提案（本ツールによる参考情報）：利用サービスについてお客さまの職務または継承する部分があれば適用。それ以外はお客さまが判断する。本ツールが除外を提案することはない。",
    ),
    Text::new(
        "Decision: the customer's decision (include or exclude, with its ground and justification) prevails over the proposal and is marked as the customer's.",
        "決定：お客さまの決定（適用または除外と、その根拠・理由）は提案より優先し、お客さまの決定として示す。",
    ),
    Text::new(
        "Implementation: implemented only when every customer duty of the register that maps to the control is (those marked not applicable aside); partly when some are implemented or in progress; otherwise not implemented. With none: the customer's own status of the control; else inherited in the inherited case; else no status recorded.",
        "実施状況：対応する台帳のお客さまの職務（該当なしとしたものを除く）がすべて実施済みのときに限り実施済み。一部が実施済みまたは対応中なら一部実施、それ以外は未実施。該当する職務がなければ、お客さま自身の記録による状況、継承の場合は継承、それ以外は記録なし。",
    ),
];

/// The heading of a theme's group: `5 Organizational controls`.
pub(crate) fn theme_heading(theme: Theme, lang: Lang) -> String {
    let label = theme.label(lang);
    let mut chars = label.chars();
    let label = match (lang, chars.next()) {
        (Lang::En, Some(first)) => first.to_uppercase().chain(chars).collect(),
        _ => label.to_owned(),
    };
    format!("{} {label}", theme.clause())
}

/// The overlay's decisions, in lines: a first line saying whether an overlay is applied, then a line per decision.
pub(crate) fn overlay_lines(soa: &Soa, lang: Lang) -> Vec<String> {
    overlay_summary(soa.overlay_applied, &soa.overlay, lang)
}

/// The overlay's decisions in lines (the register's reports and the plan workbook share it).
pub(crate) fn overlay_summary(applied: bool, decisions: &[crate::soa::CustomerTailoring], lang: Lang) -> Vec<String> {
    if !applied {
        return vec![pick(lang, "No overlay is applied.", "オーバーレイは適用していない。").to_owned()];
    }
    let mut out = vec![match lang {
        Lang::En => format!(
            "An overlay of the customer's is applied: {} decision(s) of the customer's, each with its reason.",
            decisions.len()
        ),
        Lang::Ja => {
            format!("お客さまのオーバーレイを適用している：お客さまの決定{}件（各理由付き）。", decisions.len())
        }
    }];
    out.extend(decisions.iter().map(|d| d.describe(lang)));
    out
}

/// The Statement of Applicability as Markdown: the header, what the draft is, the services, the overlay and its
/// decisions, the document's caveats and the rules, then a table per theme and one for the CLD controls, a row per
/// control with the auditor's columns and, apart, the supporting information.
///
/// ```
/// use idcf_responsibility::{Lang, Service, plan::Register, soa::{self, Soa}};
/// let md = soa::markdown(&Soa::of(&Register::new(&[Service::SelfCloud], None)), Lang::Ja);
/// assert!(md.starts_with("# 適用宣言書（草案）"));
/// assert!(md.contains("## 8 技術的管理策"));
/// assert!(md.contains("## ISO/IEC 27017 クラウドサービス拡張管理策"));
/// ```
#[must_use]
pub fn markdown(soa: &Soa, lang: Lang) -> String {
    let mut out = String::new();
    let services: Vec<&str> = soa.services.iter().map(|s| s.label(lang)).collect();
    let _ = writeln!(out, "# {}: {}\n", TITLE.get(lang), services.join(", "));
    for (k, v) in soa.header.lines(lang) {
        let _ = writeln!(out, "- **{k}**{} {}", pick(lang, ":", "："), escape(&v));
    }
    out.push('\n');
    let _ = writeln!(out, "> {}\n", escape(soa.notice.get(lang)));
    let _ = writeln!(
        out,
        "{} {} · {} {}\n",
        pick(lang, "Source:", "出典："),
        escape(soa.document.get(lang)),
        pick(lang, "dataset version", "データセットの版"),
        soa.dataset_version
    );
    let _ = writeln!(out, "**{}**\n", pick(lang, "The customer's overlay", "お客さまのオーバーレイ"));
    for line in overlay_lines(soa, lang) {
        let _ = writeln!(out, "- {}", escape(&line));
    }
    let _ = writeln!(out, "\n**{}**\n", pick(lang, "The document's caveats", "文書の注意事項"));
    for c in &soa.caveats {
        let _ = writeln!(out, "- {}", escape(c.get(lang)));
    }
    let _ = writeln!(out, "\n**{}**\n", pick(lang, "Rules", "規則"));
    for r in &RULES {
        let _ = writeln!(out, "- {}", escape(r.get(lang)));
    }
    out.push('\n');
    let head = [
        Text::new("Control", "管理策番号"),
        Text::new("Title (English / Japanese, our translation)", "管理策名（英語／日本語・本ツールによる訳）"),
        Text::new("Applicable / excluded", "適用／除外"),
        Text::new("Justification (the customer's)", "決定の理由（お客さま）"),
        Text::new("Implementation", "実施状況"),
        Text::new("Related documents", "関連文書"),
        Text::new("IDCF's part", "IDCFの分担"),
        Text::new("Inheritance", "継承"),
        Text::new("The tool's proposal and routes (supporting)", "本ツールの提案と経路（参考）"),
    ];
    let cell = |lines: Vec<String>| lines.iter().map(|l| escape(l)).collect::<Vec<_>>().join("<br>");
    let table = |out: &mut String, heading: String, rows: Vec<&SoaRow>| {
        if rows.is_empty() {
            return;
        }
        let _ = writeln!(out, "## {heading}\n");
        let header: Vec<&str> = head.iter().map(|h| h.get(lang)).collect();
        let _ = writeln!(out, "| {} |\n|{}", header.join(" | "), "---|".repeat(header.len()));
        for r in rows {
            let mut title = vec![
                r.title_en.to_string(),
                format!("{}{}", r.title_ja, pick(lang, " (our translation)", "（本ツールによる訳）")),
            ];
            if let Some(jis) = &r.jis_title {
                title.push(format!("{}{jis}", pick(lang, "JIS (the customer's): ", "JIS（お客さま記入）：")));
            }
            if let Some(g) = &r.guidance {
                title.push(g.get(lang).to_owned());
            }
            let mut why = Vec::new();
            if let Some(d) = &r.decision {
                let ground = d.grounds_line(lang);
                if !ground.is_empty() {
                    why.push(format!("{}{ground}", pick(lang, "Ground: ", "根拠：")));
                }
                why.push(d.justification.clone());
            }
            let sep = pick(lang, ": ", "：");
            // The reason says that IDCF's part is inherited where it is: the bare label, not `implementation`.
            let mut imp = vec![format!("{}{sep}{}", r.implementation.label(lang), r.implementation_reason.get(lang))];
            if let Some(rec) = &r.record {
                if let Some(team) = rec.team() {
                    imp.push(format!("{}{team}", pick(lang, "team: ", "担当：")));
                }
                if !rec.evidence().is_empty() {
                    imp.push(format!("{}{}", pick(lang, "evidence: ", "証跡："), rec.evidence().join(", ")));
                }
                if let Some(due) = rec.due() {
                    imp.push(format!("{}{due}", pick(lang, "due: ", "期限：")));
                }
            }
            imp.extend(customer_lines(r, lang));
            let mut support = vec![format!("{}{sep}{}", r.proposal.label(lang), r.proposal_reason.get(lang))];
            support.extend(r.routes.iter().map(|x| x.describe(lang)));
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                r.control,
                cell(title),
                escape(&applicability(r, lang)),
                cell(why),
                cell(imp),
                cell(r.record.as_ref().map(|x| x.documents().to_vec()).unwrap_or_default()),
                cell(provider_summary(r, lang)),
                cell(
                    std::iter::once(format!("{} — {}", r.case.label(lang), r.case_reason.get(lang)))
                        .chain(r.tailoring.iter().map(|t| t.describe(lang)))
                        .collect()
                ),
                cell(support),
            );
        }
        out.push('\n');
    };
    for &theme in Theme::ALL {
        table(&mut out, theme_heading(theme, lang), soa.theme(theme).collect());
    }
    table(&mut out, CLOUD_HEADING.get(lang).to_owned(), soa.cloud().collect());
    let excluded = soa.rows.iter().filter(|r| r.applicability == Applicability::Excluded).count();
    let undecided = soa.rows.iter().filter(|r| r.applicability == Applicability::Undecided).count();
    let _ = writeln!(
        out,
        "{}",
        match lang {
            Lang::En => format!(
                "{} controls: {} applicable, {excluded} excluded by the customer, {undecided} for the customer to decide.",
                soa.rows.len(),
                soa.rows.len() - excluded - undecided
            ),
            Lang::Ja => format!(
                "管理策{}件：適用{}件、お客さまによる除外{excluded}件、お客さまが判断するもの{undecided}件。",
                soa.rows.len(),
                soa.rows.len() - excluded - undecided
            ),
        }
    );
    out
}

/// The row of the statement sheet that holds the column headers (rows above it hold the title and the header).
pub(crate) const HEADER_ROW: u32 = 7;

/// The Statement of Applicability as an Excel workbook (`.xlsx`, feature `xlsx`), in the form an auditor expects:
///
/// - **Statement of Applicability** (適用宣言書): the title and the customer's header (organisation, ISMS scope,
///   version, date, approver) on top, then the column headers (row 8), a heading row per theme and one for the CLD
///   controls, each followed by its controls, with the columns of [`csv()`]. The customer's columns (JIS title,
///   decision, ground, risk ids, justification, its own status, team, evidence, due date, related documents) are
///   unlocked input cells, shaded, the decision, ground and status offered as lists; every derived column is
///   protected. [`import`](crate::soa::import) reads the inputs back.
/// - **Legend** (凡例): what the draft is, the overlay and its decisions, each column with whose it is, the rules,
///   and the document's caveats.
///
/// Printing: A4 landscape at 75 %, the auditor's first eleven columns, wrapped text, at least 8 pt, the column
/// headers repeated on every page, the header in the page header. The document properties carry the customer's
/// organisation and the statement's date (the dataset's release date when the customer set none), so the bytes
/// are the same on every run.
///
/// # Errors
///
/// An [`std::io::ErrorKind::Other`] error naming the fault if the workbook writer refuses what it is given.
///
/// ```
/// use idcf_responsibility::{Lang, Service, plan::Register, soa::{self, Soa}};
/// let draft = Soa::of(&Register::new(&[Service::SelfCloud], None));
/// let book = soa::xlsx(&draft, Lang::Ja)?;
/// assert!(book.starts_with(b"PK\x03\x04"));
/// assert_eq!(book, soa::xlsx(&draft, Lang::Ja)?);
/// # Ok::<(), std::io::Error>(())
/// ```
#[cfg(feature = "xlsx")]
#[cfg_attr(docsrs, doc(cfg(feature = "xlsx")))]
pub fn xlsx(soa: &Soa, lang: Lang) -> std::io::Result<Vec<u8>> {
    workbook(soa, lang).map_err(|err| std::io::Error::other(format!("cannot write the xlsx workbook: {err}")))
}

#[cfg(feature = "xlsx")]
#[allow(clippy::too_many_lines)]
fn workbook(soa: &Soa, lang: Lang) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use crate::export::xlsx::{Sheet, Styles};
    use rust_xlsxwriter::{Color, DataValidation, DocProperties, ExcelDateTime, Workbook};

    let mut book = Workbook::new();
    let date = soa.header.date.map_or_else(|| crate::DATASET_RELEASED.to_owned(), |d| format!("{d}T00:00:00Z"));
    let mut props = DocProperties::new()
        .set_title(TITLE.get(lang))
        .set_subject(soa.notice.get(lang))
        .set_comment(format!("{} {}", crate::DATASET, soa.dataset_version))
        .set_creation_datetime(&ExcelDateTime::parse_from_str(&date)?);
    if let Some(org) = &soa.header.organisation {
        props = props.set_company(org).set_author(org);
    }
    if let Some(approver) = &soa.header.approver {
        props = props.set_manager(approver);
    }
    if let Some(version) = &soa.header.version {
        props = props.set_keywords(format!("{} {version}", pick(lang, "version", "版")));
    }
    book.set_properties(&props);
    let styles = Styles::new();
    let input = styles.text.clone().set_unlocked().set_background_color(Color::RGB(0x00FF_F8D6));
    let input_header = styles.header.clone().set_background_color(Color::RGB(0x00FF_E9A8));
    let group = styles.header.clone().set_background_color(Color::RGB(0x00DD_E4F0));
    let last_col = COLUMNS.len() as u16 - 1;

    let mut sheet = Sheet::new(pick(lang, "Statement of Applicability", "適用宣言書"))?;
    let services: Vec<&str> = soa.services.iter().map(|s| s.label(lang)).collect();
    sheet.put_across(0, 0, PRINTED - 1, &format!("{}: {}", TITLE.get(lang), services.join(", ")), &styles.title)?;
    for (r, (k, v)) in (1u32..).zip(soa.header.lines(lang)) {
        sheet.put(r, 0, k, &styles.header)?;
        sheet.put_across(r, 1, PRINTED - 1, &v, &styles.text)?;
    }
    sheet.put_across(6, 0, PRINTED - 1, soa.notice.get(lang), &styles.note)?;
    for (col, c) in (0u16..).zip(&COLUMNS) {
        let format = if c.whose == Whose::Customer { &input_header } else { &styles.header };
        sheet.put(HEADER_ROW, col, header(usize::from(col), lang), format)?;
    }
    // After the last column, hidden and protected: each row's base for the import's three-way merge.
    let revision_col = last_col + 1;
    let [revision_en, revision_ja] = crate::plan::merge::SOA_REVISION_HEADER;
    sheet.put(HEADER_ROW, revision_col, pick(lang, revision_en, revision_ja), &styles.header)?;
    let mut r = HEADER_ROW;
    let mut blocks: Vec<(String, Vec<&SoaRow>)> =
        Theme::ALL.iter().map(|&t| (theme_heading(t, lang), soa.theme(t).collect())).collect();
    blocks.push((CLOUD_HEADING.get(lang).to_owned(), soa.cloud().collect()));
    for (heading, rows) in blocks {
        if rows.is_empty() {
            continue;
        }
        r += 1;
        sheet.put_across(r, 0, last_col, &heading, &group)?;
        let first = r + 1;
        for row in rows {
            r += 1;
            for (col, (cell, c)) in (0u16..).zip(cells(row, soa, lang).iter().zip(&COLUMNS)) {
                let format = if c.whose == Whose::Customer { &input } else { &styles.text };
                sheet.put(r, col, cell, format)?;
            }
            let revision = crate::plan::merge::Revision::of_soa_row(row.decision.as_ref(), row.record.as_ref());
            sheet.put(r, revision_col, &revision.to_string(), &styles.text)?;
        }
        sheet.worksheet().group_rows(first, r)?;
    }
    let lists: [(&str, Vec<String>, (&str, &str)); 3] = [
        (
            "decision",
            crate::soa::Choice::ALL.iter().map(|&c| value(c, lang)).collect(),
            (
                pick(lang, "The customer's decision", "お客さまの決定"),
                pick(lang, "include or exclude; give the ground and say why", "適用または除外。根拠と理由も記入"),
            ),
        ),
        (
            "grounds",
            crate::soa::Grounds::ALL.iter().map(|&g| value(g, lang)).collect(),
            (
                pick(lang, "The ground", "決定の根拠"),
                pick(lang, "risk treatment: list the risk ids", "リスク対応の場合はリスクIDも"),
            ),
        ),
        (
            "status",
            [crate::plan::Status::NotStarted, crate::plan::Status::InProgress, crate::plan::Status::Implemented]
                .iter()
                .map(|s| status_cell(s, lang))
                .collect(),
            (
                pick(lang, "The customer's own status", "お客さま自身の実施状況"),
                pick(lang, "or risk-accepted: why", "またはリスク受容：理由"),
            ),
        ),
    ];
    for (key, choices, prompt) in &lists {
        let list = DataValidation::new()
            .allow_list_strings(&choices.iter().map(String::as_str).collect::<Vec<&str>>())?
            .set_input_title(prompt.0)?
            .set_input_message(prompt.1)?
            .show_error_message(*key != "status");
        sheet.worksheet().add_data_validation(
            HEADER_ROW + 1,
            column(key),
            r.max(HEADER_ROW + 1),
            column(key),
            &list,
        )?;
    }
    sheet.protect();
    let ws = sheet.worksheet();
    ws.set_freeze_panes(HEADER_ROW + 1, 1)?;
    ws.autofilter(HEADER_ROW, 0, r, last_col)?;
    ws.set_active(true);
    // Printing: the auditor's columns at fixed widths, A4 landscape at 75 % (text of 11 pt prints at 8.25 pt); the
    // sheet sizes the title, header and heading rows to them.
    for (col, c) in (0u16..).zip(&COLUMNS) {
        sheet.set_width(col, if col < PRINTED { c.width } else { 30.0 });
    }
    let mut statement = sheet.finish()?;
    statement.set_column_hidden(revision_col)?;
    statement
        .set_landscape()
        .set_paper_size(9)
        .set_print_scale(75)
        .set_margins(0.25, 0.25, 0.6, 0.6, 0.3, 0.3)
        .set_header(print_header(soa, lang))
        .set_footer("&C&11&P / &N");
    statement.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    statement.set_print_area(0, 0, r, PRINTED - 1)?;
    fit_rows(&mut statement, soa, lang)?;

    let mut legend = Sheet::new(pick(lang, "Legend", "凡例"))?;
    legend.put_across(0, 0, 2, TITLE.get(lang), &styles.title)?;
    legend.put_across(1, 0, 2, soa.notice.get(lang), &styles.note)?;
    let source = format!(
        "{} {} · {} {} · {} {}",
        pick(lang, "Source:", "出典："),
        soa.document.get(lang),
        pick(lang, "services used:", "利用サービス："),
        services.join(", "),
        pick(lang, "dataset version", "データセットの版"),
        soa.dataset_version
    );
    legend.put_across(2, 0, 2, &source, &styles.note)?;
    let mut r = 3;
    for line in overlay_lines(soa, lang) {
        r += 1;
        legend.put_across(r, 0, 2, &line, &styles.note)?;
    }
    r += 2;
    for (col, h) in
        (0u16..).zip([pick(lang, "Column", "列"), pick(lang, "Whose", "記入者"), pick(lang, "What it holds", "内容")])
    {
        legend.put(r, col, h, &styles.header)?;
    }
    for c in &COLUMNS {
        r += 1;
        let (whose_label, format) = match c.whose {
            Whose::Customer => (pick(lang, "the customer's input", "お客さまが記入"), &input),
            Whose::Derived => (pick(lang, "derived by the tool (protected)", "自動で導出（保護）"), &styles.text),
        };
        legend.put(r, 0, pick(lang, c.key, c.ja), &styles.text)?;
        legend.put(r, 1, whose_label, format)?;
        legend.put(r, 2, c.what.get(lang), &styles.text)?;
    }
    r += 2;
    legend.put_across(r, 0, 2, pick(lang, "Rules", "規則"), &styles.header)?;
    for rule in &RULES {
        r += 1;
        legend.put_across(r, 0, 2, rule.get(lang), &styles.note)?;
    }
    r += 2;
    legend.put_across(r, 0, 2, pick(lang, "The document's caveats", "文書の注意事項"), &styles.header)?;
    for caveat in &soa.caveats {
        r += 1;
        legend.put_across(r, 0, 2, caveat.get(lang), &styles.note)?;
    }
    r += 2;
    legend.put_across(
        r,
        0,
        2,
        pick(
            lang,
            "The derived columns reflect the register when the workbook was made; `idcf register import-soa` reads the customer's columns back into the register, where they prevail.",
            "導出した列は作成時点の台帳による。`idcf register import-soa` でお客さまの記入欄を台帳に取り込み、そこで提案より優先する。",
        ),
        &styles.note,
    )?;
    let mut legend = legend.finish()?;
    legend.set_landscape().set_paper_size(9).set_print_fit_to_pages(1, 0);
    book.push_worksheet(statement);
    book.push_worksheet(legend);
    book.save_to_buffer()
}

/// The page header: the organisation on the left, the title in the middle, version and date on the right.
#[cfg(feature = "xlsx")]
fn print_header(soa: &Soa, lang: Lang) -> String {
    let esc = |s: &str| s.replace('&', "&&");
    let org = soa.header.organisation.as_deref().map(esc).unwrap_or_default();
    let right = [
        soa.header.version.as_deref().map(|v| format!("{} {}", pick(lang, "version", "版"), esc(v))),
        soa.header.date.map(|d| d.to_string()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let title: String = TITLE.get(lang).chars().take(60).collect();
    let org: String = org.chars().take(60).collect();
    format!("&L&11{org}&C&11{title}&R&11{right}")
}

/// Sets the height of every control row to the lines its printed cells wrap to at their fixed widths.
#[cfg(feature = "xlsx")]
fn fit_rows(ws: &mut rust_xlsxwriter::Worksheet, soa: &Soa, lang: Lang) -> Result<(), rust_xlsxwriter::XlsxError> {
    let mut r = HEADER_ROW;
    let mut blocks: Vec<Vec<&SoaRow>> = Theme::ALL.iter().map(|&t| soa.theme(t).collect()).collect();
    blocks.push(soa.cloud().collect());
    for rows in blocks {
        if rows.is_empty() {
            continue;
        }
        r += 1;
        for row in rows {
            r += 1;
            let cells = cells(row, soa, lang);
            let lines = cells
                .iter()
                .zip(&COLUMNS)
                .take(usize::from(PRINTED))
                .map(|(text, c)| {
                    text.lines()
                        .map(|l| (crate::export::xlsx::text_width(l) / (c.width - 1.0)).ceil().max(1.0))
                        .sum::<f64>()
                })
                .fold(1.0_f64, f64::max);
            ws.set_row_height(r, 15.0 * lines.min(26.0) + 2.0)?;
        }
    }
    Ok(())
}
