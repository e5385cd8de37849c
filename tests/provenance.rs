//! Where a word comes from, in every output: a customer's decision (a tailored duty) is printed as the customer's
//! decision — never as our inference, never with a sentence of the document cited — by the answer `who_owns` prints,
//! CSV, Markdown, HTML, the workbook, OSCAL and the four register reports; the Markdown carries the whole tailored
//! matrix; and no Japanese text the crate writes names the provider 当社 or itself 当方, or carries a codebook code.

use idcf_responsibility::plan::EntryEdit;
use idcf_responsibility::{
    Answer, Capability, CellBasis, Control, Duty, DutyKind, Label, Lang, Layer, Matrix, Owner, OwnerBasis, Party,
    Provenance, Role, Scope, Service, Text, Withheld,
    document::Document,
    iso::{Correspondence, Edition, Fit},
    plan::{Overlay, Register, Status},
};
use idcf_responsibility::{export, plan::report};

/// The customer's own duty, as an overlay adds it (`idcf overlay add-duty`).
const NTP: Text = Text::new("Runs its own NTP source for its virtual machines.", "仮想マシン用に自社のNTPを運用する。");
const WHY: Text = Text::new("Our time-keeping policy.", "自社の時刻管理方針。");

fn overlay() -> Overlay {
    let mut overlay = Overlay::new();
    let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 1);
    // The basis given here is replaced by the tailoring: the duty is the customer's decision.
    let ntp = Duty::new(role, idcf_responsibility::Basis::Stated, NTP);
    overlay.add_duty(Service::PrivateCloud, Control::ClockSynchronization, ntp, WHY).unwrap();
    overlay
        .not_applicable(
            Service::SelfCloud,
            Control::Teleworking,
            Text::new("Nobody works remotely on this system.", "このシステムでリモートワークはしない。"),
        )
        .unwrap();
    overlay
}

fn tailored() -> Matrix {
    let t = overlay().apply(Matrix::builtin());
    assert!(t.conflicts.is_empty());
    t.matrix
}

fn register() -> Register {
    let mut r = Register::new(Service::ALL, Some(overlay()));
    r.edit(Service::PrivateCloud, Control::ClockSynchronization, &EntryEdit::new().status(Status::InProgress)).unwrap();
    r
}

/// The English or the Japanese.
fn pick(lang: Lang, en: &'static str, ja: &'static str) -> &'static str {
    if lang == Lang::Ja { ja } else { en }
}

/// A sentence of the document cited, in either language.
fn cites_a_sentence(s: &str) -> bool {
    s.contains("sentence") || s.contains("文）") || s.contains('第') && s.contains('文')
}

/// A piece of output about the customer's duty: it names the customer's decision and nothing of ours.
#[track_caller]
fn is_the_customers(piece: &str, lang: Lang) {
    assert!(piece.contains(NTP.get(lang)), "not the duty: {piece}");
    assert!(piece.contains(Provenance::Tailored.label(lang)), "no customer's decision: {piece}");
    assert!(!piece.contains(Provenance::Inferred.label(lang)), "printed as our inference: {piece}");
    assert!(!cites_a_sentence(piece), "a sentence cited: {piece}");
}

/// The same in HTML, where an apostrophe is escaped.
#[track_caller]
fn is_the_customers_html(piece: &str) {
    let unescaped = piece.replace("&#39;", "'");
    for &lang in Lang::ALL {
        is_the_customers(&unescaped, lang);
    }
}

#[test]
fn one_wording_for_each_provenance() {
    // Each kind has its own words in each language; no two kinds share them.
    for &lang in Lang::ALL {
        let labels: Vec<&str> = Provenance::ALL.iter().map(|p| p.label(lang)).collect();
        assert_eq!(labels.len(), 3);
        assert!(labels[0] != labels[1] && labels[1] != labels[2] && labels[0] != labels[2]);
    }
    // The bases and owner bases take their words from it.
    assert_eq!(CellBasis::Tailored.label(Lang::En), Provenance::Tailored.label(Lang::En));
    assert_eq!(OwnerBasis::Tailored.label(Lang::Ja), Provenance::Tailored.label(Lang::Ja));
    assert_eq!(OwnerBasis::Inferred.label(Lang::Ja), Provenance::Inferred.label(Lang::Ja));
    let m = tailored();
    let cell = m.cell(Service::PrivateCloud, Control::ClockSynchronization);
    let duty = cell.duties().iter().find(|d| d.text == NTP).unwrap();
    assert_eq!(duty.basis.provenance(), Provenance::Tailored);
    for &lang in Lang::ALL {
        is_the_customers(&format!("{} {}", NTP.get(lang), Provenance::cite(duty, cell.section(), lang)), lang);
    }
}

#[test]
fn the_answer_prints_the_customers_decision() {
    let m = tailored();
    for &lang in Lang::ALL {
        let text = Answer::new(&m, Service::PrivateCloud, "6.8.6").in_lang(lang).to_string();
        let line = text.lines().find(|l| l.contains(NTP.get(lang))).unwrap();
        is_the_customers(line, lang);
        assert!(line.contains(WHY.get(lang)), "{line}");
        // The owner rests on the customer's decision, and the provider's stated duty still cites its sentence.
        let owner = format!(
            "{}: {} ({})",
            pick(lang, "owner", "担当"),
            Owner::Shared.label(lang),
            Provenance::Tailored.label(lang)
        );
        assert!(text.contains(&owner), "{text}");
        let provider = text.lines().find(|l| l.contains(Provenance::Stated.label(lang))).unwrap();
        assert!(cites_a_sentence(provider), "{provider}");
        // A cell the customer declared out of scope says so, not "our inference".
        let telework = Answer::new(&m, Service::SelfCloud, "7.6.2").in_lang(lang).to_string();
        let na = telework.lines().find(|l| l.contains(pick(lang, "not applicable", "対象外"))).unwrap();
        assert!(
            na.contains(Provenance::Tailored.label(lang)) && !na.contains(Provenance::Inferred.label(lang)),
            "{na}"
        );
    }
    // The built-in matrix: every stated duty cites its sentence, every inferred one gives our reason.
    let text = Answer::new(Matrix::builtin(), Service::ObjectStorage, "6.5.1").to_string();
    assert!(text.contains("our inference: "), "{text}");
    // Withheld items and limits are part of the answer.
    let text = Answer::new(Matrix::builtin(), Service::IdcfCloud, "9.2.1").to_string();
    assert!(text.contains("not disclosed: knowledge gained from security incidents"), "{text}");
}

#[test]
fn csv_prints_the_customers_decision() {
    let m = tailored();
    for &lang in Lang::ALL {
        let text = export::csv(&m, lang);
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let row = records.iter().find(|r| &r[0] == "private-cloud" && &r[2] == "6.8.6").unwrap();
        let field = |en: &str| {
            let i = header.iter().position(|h| {
                let ja = lang == Lang::Ja;
                (!ja && h == en) || (ja && ja_header(en) == h)
            });
            row[i.unwrap()].to_owned()
        };
        is_the_customers(&field("customer_part"), lang);
        let reasons = field("reasons");
        assert!(
            reasons.contains(&format!(
                "{}{}{}",
                Provenance::Tailored.label(lang),
                pick(lang, ": ", "："),
                WHY.get(lang)
            )),
            "{reasons}"
        );
        let (owner_basis, basis) = (field("owner_basis"), field("basis"));
        let expected = pick(lang, "tailored", "お客さまの決定");
        assert_eq!((owner_basis.as_str(), basis.as_str()), (expected, expected));
    }
}

/// The Japanese header of an English CSV key.
fn ja_header(en: &str) -> &'static str {
    match en {
        "customer_part" => "お客さまの分担",
        "reasons" => "理由（推定またはお客さまの決定）",
        "owner_basis" => "担当の根拠",
        "basis" => "根拠",
        _ => unreachable!(),
    }
}

#[test]
fn markdown_carries_the_whole_tailored_matrix() {
    let m = tailored();
    for &lang in Lang::ALL {
        let md = export::markdown(&m, lang);
        // The Private Cloud customer part, in a row of its own, marked as the customer's decision.
        let row = md
            .lines()
            .find(|l| {
                l.starts_with(&format!("| | ↳ {} |", Service::PrivateCloud.label(lang))) && l.contains(NTP.get(lang))
            })
            .unwrap_or_else(|| panic!("no Private Cloud row for 6.8.6:\n{md}"));
        assert!(row.contains(&format!("{} [{}]", NTP.get(lang), Provenance::Tailored.label(lang))), "{row}");
        assert!(!row.contains(Provenance::Inferred.label(lang)), "{row}");
        // The owner is marked as the customer's decision in the Private Cloud column, the out-of-scope cell too.
        let owners = md.lines().find(|l| l.starts_with("| 6.8.6 |")).unwrap();
        // The owner's label in the page's language: 共同 in Japanese, never the code `shared`.
        assert_eq!(
            owners.split(" | ").nth(5),
            Some(format!("{}\u{2020}", Owner::Shared.label(lang)).as_str()),
            "{owners}"
        );
        let telework = md.lines().find(|l| l.starts_with("| 7.6.2 |")).unwrap();
        assert_eq!(telework.split(" | ").nth(3), Some("—\u{2020}"), "{telework}");
        // What is withheld and limited.
        for (section, item) in [
            ("9.2.1", Withheld::IncidentKnowledge),
            ("11.2.1", Withheld::InternalAuditResults),
            ("11.3.1", Withheld::InformationBeyondContract),
        ] {
            let row = md.lines().find(|l| l.starts_with(&format!("| {section} |"))).unwrap();
            assert!(row.contains(item.label(lang)), "{row}");
        }
        // The caveats, and the crosswalk's provenance.
        for caveat in Document::builtin().caveats.iter() {
            assert!(md.contains(caveat.get(lang)));
        }
        for kind in [Correspondence::NearestFit, Correspondence::Judgement, Correspondence::TableB2] {
            assert!(md.lines().any(|l| l.starts_with("| ") && l.contains(kind.label(lang))), "{kind}");
        }
    }
}

#[test]
fn html_prints_the_customers_decision() {
    let html = export::html(&tailored(), Lang::En);
    let li = html.split("<li>").find(|li| li.contains(NTP.en.as_ref())).unwrap();
    let li = li.split("</li>").next().unwrap();
    is_the_customers_html(li);
    // The cell's source: the provider's stated sentence, and the customer's decision, which cites none.
    let cell = html.split("<td class=\"cell").find(|td| td.contains(NTP.en.as_ref())).unwrap();
    let source = cell.split("<p class=\"tag\">").nth(1).unwrap();
    assert!(source.replace("&#39;", "'").contains("§6.8.6, sentence 1; the customer's decision"), "{source}");
    // The grid marks the owner.
    assert!(cell.contains("shared\u{2020}"), "{cell}");
    // A cell the customer declared out of scope: its decision and reason, not a "why" of ours.
    let telework = html
        .split("<td class=\"cell")
        .find(|td| td.contains("data-service=\"self-cloud\"") && td.contains("§7.6.2 "))
        .unwrap()
        .replace("&#39;", "'");
    assert!(telework.contains("the customer's decision") && telework.contains("The customer's reason"), "{telework}");
    assert!(!telework.contains("our inference"), "{telework}");
    // Crosswalk provenance beside the ids.
    let backup = html
        .split("<td class=\"cell")
        .find(|td| td.contains("data-service=\"idcf-cloud\"") && td.contains("§6.5.1 "))
        .unwrap();
    assert!(
        backup.contains("iso27001-2022:A.8.13 (<span class=\"en\">through ISO/IEC 27002:2022 Table B.2</span>"),
        "{backup}"
    );
}

#[cfg(feature = "xlsx")]
mod workbook {
    use std::io::Cursor;

    use calamine::{Data, Reader as _, Xlsx, open_workbook_from_rs};

    use super::*;

    /// Every text cell of every sheet of a workbook, row by row.
    pub(super) fn rows(bytes: Vec<u8>) -> Vec<(String, Vec<String>)> {
        let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
        let mut out = Vec::new();
        for name in wb.sheet_names() {
            let range = wb.worksheet_range(&name).unwrap();
            for row in range.rows() {
                let cells = row
                    .iter()
                    .map(|d| match d {
                        Data::String(s) => s.clone(),
                        Data::Empty => String::new(),
                        other => other.to_string(),
                    })
                    .collect();
                out.push((name.clone(), cells));
            }
        }
        out
    }

    #[test]
    fn the_workbook_prints_the_customers_decision() {
        for &lang in Lang::ALL {
            let rows = rows(export::xlsx(&tailored(), lang).unwrap());
            let (_, row) =
                rows.iter().find(|(sheet, r)| sheet == Service::PrivateCloud.label(lang) && r[0] == "6.8.6").unwrap();
            let customer = row.iter().find(|c| c.contains(NTP.get(lang))).unwrap();
            is_the_customers(customer, lang);
            assert_eq!(row[6], Provenance::Tailored.label(lang));
            assert!(row[17].ends_with(Provenance::Tailored.label(lang)), "{row:?}");
            // The later editions' ids say how they are known.
            let (_, backup) =
                rows.iter().find(|(sheet, r)| sheet == Service::IdcfCloud.label(lang) && r[0] == "6.5.1").unwrap();
            assert_eq!(backup[16], format!("A.8.13 ({})", Correspondence::TableB2.label(lang)));
        }
    }

    #[test]
    fn the_register_workbook_prints_the_customers_decision() {
        for &lang in Lang::ALL {
            let rows = rows(report::xlsx(&register(), lang).unwrap());
            let (_, row) = rows.iter().find(|(_, r)| r.iter().any(|c| c.contains(NTP.get(lang)))).unwrap();
            let duty = row.iter().find(|c| c.contains(NTP.get(lang))).unwrap();
            is_the_customers(duty, lang);
            let source = row.last().unwrap();
            assert!(source.contains(WHY.get(lang)) && !cites_a_sentence(source), "{row:?}");
        }
    }
}

#[test]
fn the_register_reports_print_the_customers_decision() {
    let r = register();
    for &lang in Lang::ALL {
        let md = report::markdown(&r, lang);
        let line = md.lines().find(|l| l.contains(NTP.get(lang))).unwrap();
        is_the_customers(line, lang);
        assert!(line.contains(WHY.get(lang)), "{line}");
        let text = report::csv(&r, lang);
        let line = text.lines().find(|l| l.contains(NTP.get(lang))).unwrap();
        is_the_customers(line, lang);
        let html = report::html(&r, lang);
        let tr = html.split("<tr").find(|tr| tr.contains(NTP.get(lang))).unwrap();
        let tr = tr.replace("&#39;", "'");
        is_the_customers(&tr, lang);
    }
}

#[cfg(feature = "oscal")]
#[test]
fn oscal_says_tailored_and_cites_no_sentence() {
    use serde_json::Value;

    /// Every object whose description holds the duty's text, anywhere in a document.
    fn holding<'a>(v: &'a Value, text: &str, out: &mut Vec<&'a Value>) {
        match v {
            Value::Object(map) => {
                if map.get("description").and_then(Value::as_str).is_some_and(|d| d.contains(text)) {
                    out.push(v);
                }
                map.values().for_each(|x| holding(x, text, out));
            }
            Value::Array(items) => items.iter().for_each(|x| holding(x, text, out)),
            _ => {}
        }
    }
    fn props<'a>(v: &'a Value, name: &str) -> Vec<&'a str> {
        v["props"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["name"] == name)
            .filter_map(|p| p["value"].as_str())
            .collect()
    }
    let m = tailored();
    for &lang in Lang::ALL {
        let ssp: Value = serde_json::from_str(&export::oscal::system_security_plan(&m, lang)).unwrap();
        let mut found = Vec::new();
        holding(&ssp, NTP.get(lang), &mut found);
        let exact: Vec<&Value> = found.iter().copied().filter(|v| v["description"] == NTP.get(lang)).collect();
        assert!(!exact.is_empty(), "the duty is not in the plan");
        for v in exact {
            assert_eq!(props(v, "basis"), ["tailored"], "{v}");
            assert!(props(v, "sentence").is_empty(), "{v}");
        }
        let cd: Value = serde_json::from_str(&export::oscal::component_definition(&m, lang)).unwrap();
        let mut found = Vec::new();
        holding(&cd, NTP.get(lang), &mut found);
        assert!(!found.is_empty());
        for v in found {
            assert!(props(v, "basis").contains(&"tailored"), "{v}");
        }
        // The customer's plan names the customer's decision.
        let customer = export::oscal::customer_ssp(&register(), lang);
        assert!(customer.contains(Provenance::Tailored.label(lang)));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// 当社: the document's word for its author; 当方: "we". In our texts, read by the customer, both would read as the
// customer. Codebook codes (J1, S4, LT1, …) are tooling, not words a customer reads.

/// The text with every quoted title 「…」 removed: a title is the document's name for a thing, quoted whole.
fn outside_quotes(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for ch in text.chars() {
        match ch {
            '「' => depth += 1,
            '」' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    out
}

/// The places in `text` where 当社 or 当方 appears outside quoted titles, with some context.
fn tousha(text: &str) -> Vec<String> {
    let text = outside_quotes(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for i in 0..chars.len().saturating_sub(1) {
        if chars[i] == '当' && matches!(chars[i + 1], '社' | '方') {
            let from = i.saturating_sub(20);
            let to = (i + 22).min(chars.len());
            out.push(chars[from..to].iter().collect());
        }
    }
    out
}

/// The codebook codes in `text` (J1–J5, K1–K8, L1–L7, LT1–LT3, S1–S5, W; "the codebook" itself), with some
/// context: a code is one of those letters and a digit, with no letter or digit of ASCII on either side.
fn codes(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let alnum = |i: Option<&char>| i.is_some_and(char::is_ascii_alphanumeric);
    for i in 0..chars.len() {
        let prefix = if chars[i..].starts_with(&['L', 'T']) { 2 } else { 1 };
        let code = (prefix == 2 || matches!(chars[i], 'J' | 'K' | 'L' | 'S'))
            && chars.get(i + prefix).is_some_and(|c| ('1'..='9').contains(c))
            && !alnum(i.checked_sub(1).and_then(|j| chars.get(j)))
            && !alnum(chars.get(i + prefix + 1));
        if code || chars[i..].starts_with(&['コ', 'ー', 'ド', 'ブ', 'ッ', 'ク']) {
            out.push(chars[i.saturating_sub(20)..(i + 22).min(chars.len())].iter().collect());
        }
    }
    out
}

fn labels<T: Label + Copy>(all: &[T]) -> Vec<String> {
    all.iter().map(|v| v.label(Lang::Ja).to_owned()).collect()
}

/// Every Japanese string of the crate's public data: labels of every vocabulary, and every summary, duty, reason,
/// withheld item, note and caveat, each named by where it comes from.
fn japanese_strings() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |place: String, texts: Vec<String>| out.extend(texts.into_iter().map(|t| (place.clone(), t)));
    push("labels: Service".into(), labels(Service::ALL));
    push("labels: Owner".into(), labels(Owner::ALL));
    push("labels: Party".into(), labels(Party::ALL));
    push("labels: Layer".into(), labels(Layer::ALL));
    push("labels: DutyKind".into(), labels(DutyKind::ALL));
    push("labels: Scope".into(), labels(Scope::ALL));
    push("labels: Capability".into(), labels(Capability::ALL));
    push("labels: Withheld".into(), labels(Withheld::ALL));
    push("labels: CellBasis".into(), labels(CellBasis::ALL));
    push("labels: OwnerBasis".into(), labels(OwnerBasis::ALL));
    push("labels: Provenance".into(), labels(Provenance::ALL));
    push("labels: Correspondence".into(), labels(Correspondence::ALL));
    push("labels: Edition".into(), labels(Edition::ALL));
    push("labels: Fit".into(), labels(Fit::ALL));
    let doc = Document::builtin();
    push("src/data: caveats".into(), doc.caveats.iter().map(|c| c.ja.to_string()).collect());
    for &c in Control::ALL {
        let place = format!("src/data: §{}", c.section());
        let mut texts = vec![c.section_summary().ja.to_string()];
        for d in c.section_duties() {
            texts.push(d.text.ja.to_string());
            texts.extend(d.basis.reason().map(|r| r.ja.to_string()));
        }
        for &s in Service::ALL {
            texts.extend(c.not_applicable_reason(s).map(|r| r.ja.to_string()));
        }
        texts.extend(c.misprint().map(|(_, note)| note.ja.to_string()));
        push(place, texts);
    }
    for cell in Matrix::builtin().cells() {
        let place = format!("src/data: §{} {}", cell.section(), cell.service());
        push(place, vec![cell.summary().ja.to_string()]);
    }
    out
}

/// Every Japanese output: the exports of the built-in and of a tailored matrix, the register reports, the answers.
fn japanese_outputs() -> Vec<(String, String)> {
    let ja = Lang::Ja;
    let mut out = Vec::new();
    for (name, m) in [("built-in", Matrix::builtin().clone()), ("tailored", tailored())] {
        out.push((format!("csv ({name})"), export::csv(&m, ja)));
        out.push((format!("markdown ({name})"), export::markdown(&m, ja)));
        out.push((format!("html ({name})"), export::html(&m, ja)));
        #[cfg(feature = "xlsx")]
        {
            let cells: Vec<String> =
                workbook::rows(export::xlsx(&m, ja).unwrap()).into_iter().flat_map(|(_, r)| r).collect();
            out.push((format!("xlsx ({name})"), cells.join("\n")));
        }
        #[cfg(feature = "oscal")]
        for file in export::oscal::bundle(&m, ja) {
            out.push((format!("oscal {} ({name})", file.name), file.text));
        }
        for &s in Service::ALL {
            // Every cell, each answered by its section.
            let answers: String =
                m.for_service(s).iter().map(|c| Answer::new(&m, s, c.section()).in_lang(ja).to_string()).collect();
            out.push((format!("answer {s} ({name})"), answers));
        }
    }
    let r = register();
    out.push(("register markdown".into(), report::markdown(&r, ja)));
    out.push(("register html".into(), report::html(&r, ja)));
    out.push(("register csv".into(), report::csv(&r, ja)));
    #[cfg(feature = "xlsx")]
    {
        let cells: Vec<String> =
            workbook::rows(report::xlsx(&r, ja).unwrap()).into_iter().flat_map(|(_, r)| r).collect();
        out.push(("register xlsx".into(), cells.join("\n")));
    }
    #[cfg(feature = "oscal")]
    out.push(("register oscal".into(), export::oscal::customer_ssp(&r, ja)));
    let soa = idcf_responsibility::soa::Soa::of(&r);
    out.push(("soa markdown".into(), idcf_responsibility::soa::markdown(&soa, ja)));
    out.push(("soa csv".into(), idcf_responsibility::soa::csv(&soa, ja)));
    #[cfg(feature = "xlsx")]
    {
        let cells: Vec<String> = workbook::rows(idcf_responsibility::soa::xlsx(&soa, ja).unwrap())
            .into_iter()
            .flat_map(|(_, r)| r)
            .collect();
        out.push(("soa xlsx".into(), cells.join("\n")));
    }
    out
}

#[test]
fn the_quote_filter_keeps_what_is_outside() {
    assert_eq!(tousha("「当社の方針」に従う"), Vec::<String>::new());
    assert_eq!(tousha("当社に申し出る").len(), 1);
    assert_eq!(tousha("後継管理策の当方による同定").len(), 1);
}

#[test]
fn the_code_filter_finds_codes_and_nothing_else() {
    for text in ["（コードブックJ5）", "J1・J2の判定順", "LT1による", "S4で", "K5", "（J4）"] {
        assert!(!codes(text).is_empty(), "{text}");
    }
    for text in ["JIS Q 27001:2006", "ISO/IEC 27001:2005", "A.8.13", "IPS/IDS", "SSL", "OS", "SLA", "NTP", "SJ12"] {
        assert!(codes(text).is_empty(), "{text}");
    }
}

#[test]
fn no_tousha_in_any_japanese_string_of_the_crate() {
    let found: Vec<String> = japanese_strings()
        .into_iter()
        .flat_map(|(place, text)| tousha(&text).into_iter().map(move |t| format!("{place}: …{t}…")))
        .collect();
    assert!(found.is_empty(), "当社 or 当方 in {} strings:\n{}", found.len(), found.join("\n"));
}

#[test]
fn no_codebook_code_in_any_japanese_string_of_the_crate() {
    let found: Vec<String> = japanese_strings()
        .into_iter()
        .flat_map(|(place, text)| codes(&text).into_iter().map(move |t| format!("{place}: …{t}…")))
        .collect();
    assert!(found.is_empty(), "codebook codes in {} Japanese strings:\n{}", found.len(), found.join("\n"));
}

/// A page with both languages (the HTML) without its English spans: what a reader of the Japanese page sees.
fn japanese_only(text: &str) -> String {
    const EN: &str = "<span class=\"en\">";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(EN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + EN.len()..];
        rest = after.find("</span>").map_or("", |end| &after[end + "</span>".len()..]);
    }
    out.push_str(rest);
    out
}

#[test]
fn no_codebook_code_in_any_japanese_output() {
    // The English reasons keep the rule's code, for tooling and for the reviewer who reads the codebook (the JSON
    // carries it); the Japanese a customer reads carries none. The HTML holds both languages: its English spans
    // are left out.
    let found: Vec<String> = japanese_outputs()
        .into_iter()
        .flat_map(|(place, text)| codes(&japanese_only(&text)).into_iter().map(move |t| format!("{place}: …{t}…")))
        .collect();
    assert!(
        found.is_empty(),
        "codebook codes in {} places of the Japanese outputs:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn no_tousha_in_any_japanese_output() {
    // The dataset's strings that say 当社, to tell their occurrences (fixed in the dataset) from the exports' own.
    let dataset: Vec<String> = japanese_strings()
        .into_iter()
        .filter(|(place, text)| !place.starts_with("labels") && text.contains("当社"))
        .map(|(_, text)| text)
        .collect();
    // The document's titles are its names for its sections: 6.1.1's 当社運用基準 is printed quoted, 「当社運用基準」,
    // in every Japanese output (its label), so no title is exempt here.
    let (mut own, mut from_dataset) = (Vec::new(), 0);
    for (place, text) in japanese_outputs() {
        let mut rest = text.clone();
        for d in &dataset {
            from_dataset += rest.matches(d.as_str()).count();
            rest = rest.replace(d.as_str(), "");
        }
        own.extend(tousha(&rest).into_iter().map(|t| format!("{place}: …{t}…")));
    }
    assert!(own.is_empty(), "当社 or 当方 in {} places of the Japanese outputs:\n{}", own.len(), own.join("\n"));
    assert_eq!(from_dataset, 0, "当社 in the dataset's strings, as printed by the exports");
}

#[test]
fn each_citation_names_its_kind_its_sentence_and_its_reason() {
    let m = Matrix::builtin();
    let cell = m.cell(Service::IdcfCloud, Control::NetworkConnectionControl);
    assert_eq!(cell.basis(), CellBasis::PartlyInferred);
    let stated = cell.duties().iter().find(|d| d.is_stated()).unwrap();
    let inferred = cell.duties().iter().find(|d| d.basis.is_inferred()).unwrap();
    let (section, n, k) = (cell.section(), stated.sentence, inferred.sentence);
    assert_eq!(
        Provenance::cite(stated, section, Lang::En),
        format!("stated by the document, §{section}, sentence {n}")
    );
    assert_eq!(Provenance::cite(stated, section, Lang::Ja), format!("文書の記載（§{section} 第{n}文）"));
    let why = inferred.basis.reason().unwrap();
    assert_eq!(
        Provenance::cite(inferred, section, Lang::En),
        format!("our inference: {} (extends §{section}, sentence {k})", why.en)
    );
    assert_eq!(
        Provenance::cite(inferred, section, Lang::Ja),
        format!("推定：{}（§{section} 第{k}文の趣旨を適用）", why.ja)
    );
    let tailored = tailored();
    let cell = tailored.cell(Service::PrivateCloud, Control::ClockSynchronization);
    let ntp = cell.duties().iter().find(|d| d.text == NTP).unwrap();
    assert_eq!(Provenance::cite(ntp, cell.section(), Lang::En), format!("the customer's decision: {}", WHY.en));
    assert_eq!(Provenance::cite(ntp, cell.section(), Lang::Ja), format!("お客さまの決定：{}", WHY.ja));

    // Each basis answers for its own kind only, and carries a reason unless stated.
    for (basis, p) in [
        (&stated.basis, Provenance::Stated),
        (&inferred.basis, Provenance::Inferred),
        (&ntp.basis, Provenance::Tailored),
    ] {
        assert_eq!(basis.provenance(), p);
        assert_eq!(basis.is_inferred(), p == Provenance::Inferred);
        assert_eq!(basis.is_tailored(), p == Provenance::Tailored);
        assert_eq!(basis.reason().is_some(), p != Provenance::Stated);
        for &lang in Lang::ALL {
            assert_eq!(basis.label(lang), p.label(lang));
        }
    }
    assert_eq!(ntp.basis.reason(), Some(&WHY));
    assert_eq!(idcf_responsibility::Basis::inferred("a", "い").reason(), Some(&Text::new("a", "い")));
    // The ids, and the trait's label is the inherent one.
    assert_eq!(Provenance::ALL.iter().map(|p| p.id()).collect::<Vec<_>>(), ["stated", "inferred", "tailored"]);
    for &p in Provenance::ALL {
        assert_eq!(p.to_string(), p.id());
        for &lang in Lang::ALL {
            assert_eq!(Label::label(p, lang), p.label(lang));
        }
    }
    assert_eq!(
        OwnerBasis::ALL.iter().map(|b| b.provenance()).collect::<Vec<_>>(),
        [Provenance::Stated, Provenance::Inferred, Provenance::Tailored]
    );
}

#[test]
fn a_cell_basis_is_the_share_of_stated_duties_unless_tailored() {
    let m = Matrix::builtin();
    let mixed = m.cell(Service::IdcfCloud, Control::NetworkConnectionControl).duties();
    let stated: Vec<Duty> = mixed.iter().filter(|d| d.is_stated()).cloned().collect();
    let inferred: Vec<Duty> = mixed.iter().filter(|d| d.basis.is_inferred()).cloned().collect();
    assert!(!stated.is_empty() && !inferred.is_empty());
    assert_eq!(CellBasis::of(&stated), CellBasis::Stated);
    assert_eq!(CellBasis::of(&inferred), CellBasis::Inferred);
    assert_eq!(CellBasis::of(mixed), CellBasis::PartlyInferred);
    assert_eq!(CellBasis::of(&[]), CellBasis::Inferred);
    let ntp = tailored()
        .cell(Service::PrivateCloud, Control::ClockSynchronization)
        .duties()
        .iter()
        .find(|d| d.text == NTP)
        .cloned()
        .unwrap();
    let with_ntp: Vec<Duty> = stated.iter().cloned().chain([ntp]).collect();
    assert_eq!(CellBasis::of(&with_ntp), CellBasis::Tailored);
}

/// Where IDCF acts, the Japanese names it: every provider duty's Japanese text opens with IDCF as its subject, so
/// that printed alone in the customer's own file it never reads as the customer's act.
#[test]
fn every_provider_duty_in_japanese_names_idcf() {
    let m = Matrix::builtin();
    let mut unnamed = Vec::new();
    for &service in Service::ALL {
        for &control in Control::ALL {
            for d in m.cell(service, control).duties_of(Party::Provider) {
                let ja = d.text.get(Lang::Ja);
                if !ja.starts_with("IDCF") {
                    unnamed.push(format!("{service} §{}: {ja}", control.section()));
                }
            }
        }
    }
    assert!(unnamed.is_empty(), "provider duties whose Japanese does not name IDCF:\n{}", unnamed.join("\n"));
}

/// No reason the customer reads, in English either, carries a codebook code (J1, K8, L7, LT3, S5 …): the codebook
/// is ours, not the customer's (`docs/codebook.md` lists the rules; a reason says its rule in words).
#[test]
fn no_codebook_code_in_any_english_reason() {
    let m = Matrix::builtin();
    let code = |t: &str| {
        t.contains("codebook")
            || t.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                matches!(w.as_bytes(), [b'J' | b'S' | b'K' | b'L' | b'W', b'1'..=b'9'] | [b'L', b'T', b'1'..=b'9'])
            })
    };
    for &service in Service::ALL {
        for &control in Control::ALL {
            let cell = m.cell(service, control);
            for d in cell.duties() {
                if let Some(r) = d.basis.reason() {
                    assert!(!code(&r.en), "{service} §{}: {}", control.section(), r.en);
                }
            }
            if let Some(r) = control.not_applicable_reason(service) {
                assert!(!code(&r.en), "{service} §{}: {}", control.section(), r.en);
            }
        }
    }
}
