//! What the auditor receives: the [`Soa`] draft as Markdown, CSV (with the byte-order mark) and (feature `xlsx`) a
//! workbook whose customer's columns are input cells and whose derived columns are protected. The JSON form is
//! [`Soa::to_json`] (feature `serde`), its schema [`json::soa_schema`](crate::json::soa_schema).
//!
//! Every output says what the draft is (a starting point for the customer's ISMS, derived from a 2014 provider
//! document, not a certification statement), carries the document's caveats, and marks what is ours, what is the
//! document's and what is the customer's. Labels are English or Japanese; the standard's control titles are its
//! English short titles in both (no Japanese title could be verified). Deterministic: the same statement and
//! language give the same bytes.
//!
//! ```
//! use idcf_responsibility::{Lang, Service, plan::Register, soa::{self, Soa}};
//! let draft = Soa::of(&Register::new(&[Service::ObjectStorage], None));
//! let md = soa::markdown(&draft, Lang::En);
//! assert!(md.contains("| A.8.13 | Information backup |"));
//! assert!(soa::csv(&draft, Lang::Ja).starts_with('\u{feff}'));
//! ```

use std::fmt::Write as _;

use crate::export::csv::{BOM, row};
use crate::export::markdown::escape;
use crate::export::{pick, tagged};
use crate::{
    Lang, Text,
    iso::Theme,
    soa::{Applicability, Soa, SoaRow},
};

static TITLE: Text = Text::new("Statement of Applicability (draft)", "適用宣言書（草案）");

/// Whose a column is: the customer's input, or derived by the crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Whose {
    Derived,
    Customer,
}

/// The columns of the CSV and the workbook: the English key, the Japanese label, whose, and what it holds.
static COLUMNS: [(&str, &str, Whose, Text); 16] = [
    (
        "control",
        "管理策",
        Whose::Derived,
        Text::new("The ISO/IEC 27001:2022 Annex A id.", "ISO/IEC 27001:2022 附属書Aの番号。"),
    ),
    ("theme", "テーマ", Whose::Derived, Text::new("Its theme.", "管理策のテーマ。")),
    (
        "title_en",
        "管理策名（英語）",
        Whose::Derived,
        Text::new("Its English short title.", "英語の短い名称（日本語名は検証できなかったため載せない）。"),
    ),
    (
        "new_in_2022",
        "2022年版の新規",
        Whose::Derived,
        Text::new("Whether it is new in 2022.", "2022年版で新設されたか。"),
    ),
    (
        "routes",
        "文書からの対応",
        Whose::Derived,
        Text::new(
            "Each way from a section of the document to the control, each step with how it is known.",
            "文書の節からこの管理策への各経路と、各段階の対応の種類。",
        ),
    ),
    (
        "rests_on_judgement",
        "本データセットの判断を含む",
        Whose::Derived,
        Text::new(
            "Whether every way rests on a judgement of ours (a nearest fit or a 2022 id of ours).",
            "すべての経路が本データセットの判断（最も近い対応、2022年版の判断）を含むか。",
        ),
    ),
    (
        "provider_part",
        "IDCFの分担",
        Whose::Derived,
        Text::new(
            "IDCF's duties for each service used, stated by the document or our inference: what the customer inherits.",
            "利用サービスごとのIDCFの職務（文書の記載または本データセットの推定）。お客さまが継承するもの。",
        ),
    ),
    (
        "customer_part",
        "お客さまの分担",
        Whose::Derived,
        Text::new(
            "The customer's duties from its register, with status, team and evidence.",
            "台帳にあるお客さまの職務と、その状況・担当チーム・証跡。",
        ),
    ),
    (
        "proposal",
        "提案",
        Whose::Derived,
        Text::new("Our proposal, by the written rule.", "明文の規則による本データセットの提案。"),
    ),
    ("proposal_reason", "提案の理由", Whose::Derived, Text::new("Why.", "提案の理由。")),
    (
        "decision",
        "お客さまの決定",
        Whose::Customer,
        Text::new(
            "The customer's decision: include or exclude. It prevails over the proposal.",
            "お客さまの決定（適用または除外）。提案より優先する。",
        ),
    ),
    (
        "justification",
        "決定の理由",
        Whose::Customer,
        Text::new("The customer's justification of its decision.", "お客さまによる決定の理由。"),
    ),
    (
        "applicability",
        "適用",
        Whose::Derived,
        Text::new(
            "Applicable, excluded or for the customer to decide: the decision, or else the proposal.",
            "適用・除外・お客さまが判断：決定があればそれ、なければ提案。",
        ),
    ),
    ("decided_by", "決定者", Whose::Derived, Text::new("Whose word the applicability is.", "適用の判断が誰のものか。")),
    (
        "implementation",
        "実施状況",
        Whose::Derived,
        Text::new("Rolled up from the register by the written rule.", "明文の規則で台帳から集約した実施状況。"),
    ),
    ("implementation_reason", "実施状況の理由", Whose::Derived, Text::new("Why.", "実施状況の理由。")),
];

/// The header of a column in a language: the key in English (for a machine), the label in Japanese.
fn header(col: usize, lang: Lang) -> &'static str {
    COLUMNS.get(col).map_or("", |(en, ja, _, _)| pick(lang, en, ja))
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

/// The provider's part, a line per duty: `IDCF Cloud §6.8.6: … [performs · cloud platform]`.
fn provider_lines(row: &SoaRow, lang: Lang) -> Vec<String> {
    let sep = pick(lang, ": ", "：");
    row.provider
        .iter()
        .flat_map(|p| {
            p.duties.iter().map(move |d| format!("{} §{}{sep}{}", p.service.label(lang), p.section, tagged(d, lang)))
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
                let _ = write!(line, " ({why})");
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

/// The cells of a row, in the order of [`COLUMNS`]; several values in one cell are a line each.
fn cells(row: &SoaRow, lang: Lang) -> [String; 16] {
    let routes: Vec<String> = row.routes.iter().map(|r| r.describe(lang)).collect();
    [
        row.control.id().to_owned(),
        value(row.theme, lang),
        row.title_en.to_string(),
        yes_no(row.new_in_2022, lang),
        routes.join("\n"),
        if row.routes.is_empty() {
            String::new()
        } else {
            yes_no(row.routes.iter().all(crate::soa::Route::rests_on_judgement), lang)
        },
        provider_lines(row, lang).join("\n"),
        customer_lines(row, lang).join("\n"),
        value(row.proposal, lang),
        row.proposal_reason.get(lang).to_owned(),
        row.decision.as_ref().map(|d| value(d.choice, lang)).unwrap_or_default(),
        row.decision.as_ref().map(|d| d.justification.clone()).unwrap_or_default(),
        value(row.applicability, lang),
        value(row.decided_by, lang),
        value(row.implementation, lang),
        row.implementation_reason.get(lang).to_owned(),
    ]
}

/// The Statement of Applicability as CSV, as the matrix's CSV is written: UTF-8 with a byte-order mark (for Excel
/// on Japanese Windows), RFC 4180 quoting, `\n` line ends, a header row, then a row per Annex A control in the
/// standard's order. In English the header names are snake-case keys and the vocabulary columns hold the crate's
/// ids (`applicable`, `not-addressed`, `customer`); in Japanese the header and those values are Japanese labels.
/// The control id and the English title stay as they are in both. Several values in a cell are a line each.
/// `decision` and `justification` are the customer's; every other column is derived.
///
/// ```
/// use idcf_responsibility::{Lang, Service, plan::Register, soa::{self, Soa}};
/// let csv = soa::csv(&Soa::of(&Register::new(&[Service::SelfCloud], None)), Lang::En);
/// assert!(csv.starts_with("\u{feff}control,theme,title_en,"));
/// assert!(csv.contains("\nA.5.7,organizational,Threat intelligence,true,,,,,not-addressed,"));
/// ```
#[must_use]
pub fn csv(soa: &Soa, lang: Lang) -> String {
    let mut out = String::from(BOM);
    row(&mut out, (0..COLUMNS.len()).map(|c| header(c, lang).to_owned()));
    for r in &soa.rows {
        row(&mut out, cells(r, lang).into_iter());
    }
    out
}

/// The rules, in a line each, as the Markdown and the workbook's legend give them.
static RULES: [Text; 4] = [
    Text::new(
        "Routes: a section leads to a 2022 control through its 2013 ids and ISO/IEC 27002:2022 Table B.2, or by our judgement; 2005 → 2013 is our identification of the successor or our nearest fit.",
        "経路：文書の節は2013年版の番号とISO/IEC 27002:2022の表B.2を経て、または本データセットの判断で2022年版の管理策に至る。2005年版から2013年版への対応は本データセットによる後継の同定または最も近い対応。",
    ),
    Text::new(
        "Proposal: applicable where a section that leads to the control gives a duty, the customer's or IDCF's, for a service the customer uses; otherwise for the customer to decide (not addressed by the document, or no section applies to the services used). Never an exclusion.",
        "提案：対応する節がお客さまの利用サービスについてお客さままたはIDCFに職務を与えるなら適用。それ以外（文書の対象外、利用サービスに該当する節なし）はお客さまが判断する。本データセットが除外を提案することはない。",
    ),
    Text::new(
        "Decision: the customer's decision (include or exclude, with its justification) prevails over the proposal and is marked as the customer's.",
        "決定：お客さまの決定（適用または除外と、その理由）は提案より優先し、お客さまの決定として示す。",
    ),
    Text::new(
        "Implementation: implemented only when every customer duty of the register that maps to the control is (those marked not applicable aside); partly when some are implemented or in progress; otherwise not implemented; with none, inherited from IDCF where it has a part, else not in the register.",
        "実施状況：対応する台帳のお客さまの職務（対象外としたものを除く）がすべて実施済みのときに限り実施済み。一部が実施済みまたは対応中なら一部実施、それ以外は未実施。該当する職務がなければ、IDCFに分担があれば継承、なければ台帳になし。",
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

/// The Statement of Applicability as Markdown: what the draft is, the services, the document's caveats and the
/// rules, then a table per theme with a row per control: id, title, the ways from the document (each step with
/// how it is known), IDCF's part, the customer's part, the proposal, the customer's decision, the applicability
/// and whose word it is, and the implementation status.
///
/// ```
/// use idcf_responsibility::{Lang, Service, plan::Register, soa::{self, Soa}};
/// let md = soa::markdown(&Soa::of(&Register::new(&[Service::SelfCloud], None)), Lang::Ja);
/// assert!(md.starts_with("# 適用宣言書（草案）"));
/// assert!(md.contains("## 8 技術的管理策"));
/// ```
#[must_use]
pub fn markdown(soa: &Soa, lang: Lang) -> String {
    let mut out = String::new();
    let services: Vec<&str> = soa.services.iter().map(|s| s.label(lang)).collect();
    let _ = writeln!(out, "# {}: {}\n", TITLE.get(lang), services.join(", "));
    let _ = writeln!(out, "> {}\n", escape(soa.notice.get(lang)));
    let _ = writeln!(
        out,
        "{} {} · {} {}\n",
        pick(lang, "Source:", "出典："),
        escape(soa.document.get(lang)),
        pick(lang, "dataset version", "データセットの版"),
        soa.dataset_version
    );
    let _ = writeln!(out, "**{}**\n", pick(lang, "The document's caveats", "文書の注意事項"));
    for c in &soa.caveats {
        let _ = writeln!(out, "- {}", escape(c.get(lang)));
    }
    let _ = writeln!(out, "\n**{}**\n", pick(lang, "Rules", "規則"));
    for r in &RULES {
        let _ = writeln!(out, "- {}", escape(r.get(lang)));
    }
    out.push('\n');
    let head = [
        Text::new("Control", "管理策"),
        Text::new("Title", "管理策名（英語）"),
        Text::new("From the document", "文書からの対応"),
        Text::new("IDCF's part", "IDCFの分担"),
        Text::new("Customer's part", "お客さまの分担"),
        Text::new("Proposal", "提案"),
        Text::new("Customer's decision", "お客さまの決定"),
        Text::new("Applicability", "適用"),
        Text::new("Implementation", "実施状況"),
    ];
    for &theme in Theme::ALL {
        let _ = writeln!(out, "## {}\n", theme_heading(theme, lang));
        let header: Vec<&str> = head.iter().map(|h| h.get(lang)).collect();
        let _ = writeln!(out, "| {} |\n|{}", header.join(" | "), "---|".repeat(header.len()));
        for r in soa.theme(theme) {
            let cell = |lines: Vec<String>| lines.iter().map(|l| escape(l)).collect::<Vec<_>>().join("<br>");
            let decision = r
                .decision
                .as_ref()
                .map(|d| format!("{}: {}", d.choice.label(lang), d.justification))
                .unwrap_or_default();
            let applicability = format!("{} ({})", r.applicability.label(lang), r.decided_by.label(lang));
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                r.control,
                escape(&r.title_en),
                cell(r.routes.iter().map(|x| x.describe(lang)).collect()),
                cell(provider_lines(r, lang)),
                cell(customer_lines(r, lang)),
                escape(&format!("{}: {}", r.proposal.label(lang), r.proposal_reason.get(lang))),
                escape(&decision),
                escape(&applicability),
                escape(&format!("{}: {}", r.implementation.label(lang), r.implementation_reason.get(lang))),
            );
        }
        out.push('\n');
    }
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

/// The Statement of Applicability as an Excel workbook (`.xlsx`, feature `xlsx`), in the form an auditor expects:
///
/// - **Statement of Applicability** (適用宣言書): a heading row per theme, each followed by its controls (an
///   outline group), a row per control with the columns of [`csv()`]. The customer's columns (decision,
///   justification) are unlocked input cells, shaded, the decision offered as a list; every derived column is
///   protected (sheet protection without a password, filters and column widths still usable).
/// - **Legend** (凡例): what the draft is, each column with whose it is (the customer's or derived) and what it
///   holds, the rules, and the document's caveats.
///
/// Frozen header, auto-filter, columns as wide as their text up to a limit, A4 landscape; the creation date is the
/// dataset's release date, so the bytes are the same on every run.
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
fn workbook(soa: &Soa, lang: Lang) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use crate::export::xlsx::{Sheet, Styles};
    use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Workbook};

    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(TITLE.get(lang))
            .set_subject(soa.notice.get(lang))
            .set_comment(format!("{} {}", crate::DATASET, soa.dataset_version))
            .set_creation_datetime(&ExcelDateTime::parse_from_str(crate::DATASET_RELEASED)?),
    );
    let styles = Styles::new();
    let input = styles.text.clone().set_unlocked().set_background_color(Color::RGB(0x00FF_F8D6));
    let input_header = styles.header.clone().set_background_color(Color::RGB(0x00FF_E9A8));
    let group = styles.header.clone().set_background_color(Color::RGB(0x00DD_E4F0));
    let last_col = COLUMNS.len() as u16 - 1;

    let mut sheet = Sheet::new(pick(lang, "Statement of Applicability", "適用宣言書"))?;
    for (col, (_, _, whose, _)) in (0u16..).zip(&COLUMNS) {
        let format = if *whose == Whose::Customer { &input_header } else { &styles.header };
        sheet.put(0, col, header(usize::from(col), lang), format)?;
    }
    // After the last column, hidden and protected: each row's base for the import's three-way merge.
    let revision_col = last_col + 1;
    let [revision_en, revision_ja] = crate::plan::merge::SOA_REVISION_HEADER;
    let revision_header = pick(lang, revision_en, revision_ja);
    sheet.put(0, revision_col, revision_header, &styles.header)?;
    let mut r = 0u32;
    for &theme in Theme::ALL {
        r += 1;
        sheet.put_across(r, 0, last_col, &theme_heading(theme, lang), &group)?;
        let first = r + 1;
        for row in soa.theme(theme) {
            r += 1;
            for (col, (cell, (_, _, whose, _))) in (0u16..).zip(cells(row, lang).iter().zip(&COLUMNS)) {
                let format = if *whose == Whose::Customer { &input } else { &styles.text };
                sheet.put(r, col, cell, format)?;
            }
            let revision = crate::plan::merge::Revision::of_decision(row.decision.as_ref());
            sheet.put(r, revision_col, &revision.to_string(), &styles.text)?;
        }
        if r >= first {
            sheet.worksheet().group_rows(first, r)?;
        }
    }
    sheet.table(0, r, last_col)?;
    let choices: Vec<String> = crate::soa::Choice::ALL.iter().map(|&c| value(c, lang)).collect();
    let decision_col = COLUMNS.iter().position(|(key, ..)| *key == "decision").unwrap_or(0) as u16;
    let prompt = (
        pick(lang, "The customer's decision", "お客さまの決定"),
        pick(lang, "include or exclude; say why in the next column", "適用または除外。理由を右の列に"),
    );
    sheet.drop_down_and_protect(decision_col, r, &choices, prompt)?;
    sheet.worksheet().set_active(true);
    let mut statement = sheet.finish()?;
    statement.set_column_hidden(revision_col)?;

    let mut legend = Sheet::new(pick(lang, "Legend", "凡例"))?;
    legend.put_across(0, 0, 2, TITLE.get(lang), &styles.title)?;
    legend.put_across(1, 0, 2, soa.notice.get(lang), &styles.note)?;
    let services: Vec<&str> = soa.services.iter().map(|s| s.label(lang)).collect();
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
    let mut r = 4;
    for (col, h) in
        (0u16..).zip([pick(lang, "Column", "列"), pick(lang, "Whose", "記入者"), pick(lang, "What it holds", "内容")])
    {
        legend.put(r, col, h, &styles.header)?;
    }
    for (key, ja, whose, what) in &COLUMNS {
        r += 1;
        let (whose_label, format) = match whose {
            Whose::Customer => (pick(lang, "the customer's input", "お客さまが記入"), &input),
            Whose::Derived => (pick(lang, "derived by the crate (protected)", "自動で導出（保護）"), &styles.text),
        };
        legend.put(r, 0, pick(lang, key, ja), &styles.text)?;
        legend.put(r, 1, whose_label, format)?;
        legend.put(r, 2, what.get(lang), &styles.text)?;
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
            "The derived columns reflect the register when the workbook was made; record decisions in the register, where they prevail.",
            "導出した列は作成時点の台帳による。決定は台帳に記録し、そこで提案より優先する。",
        ),
        &styles.note,
    )?;
    book.push_worksheet(statement);
    book.push_worksheet(legend.finish()?);
    book.save_to_buffer()
}
