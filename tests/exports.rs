//! CSV, Markdown and HTML exports: parsed back by independent readers, deterministic, bilingual.

use idcf_responsibility::{Control, Lang, Matrix, OwnerBasis, Party, Service, export};

/// The CSV's header names in English (a machine's keys), in column order.
const CSV_KEYS: [&str; 25] = [
    "service",
    "service_name",
    "section",
    "control",
    "title_en",
    "title_ja",
    "owner",
    "owner_basis",
    "stated_owner",
    "applicable",
    "basis",
    "reasons",
    "provider_part",
    "customer_part",
    "capabilities",
    "withheld",
    "iso27002_2005",
    "iso27001_2013",
    "iso27001_2013_correspondence",
    "iso27001_2022",
    "iso27001_2022_correspondence",
    "fedramp_origination",
    "oscal_control_origination",
    "csa_ccm_ownership",
    "projection_notes",
];

/// A vocabulary value as the CSV writes it: the id in English, the label in Japanese.
fn csv_value(lang: Lang, id: &str, label: &str) -> String {
    if lang == Lang::En { id } else { label }.to_owned()
}

#[test]
fn csv_parses_back_to_the_matrix() {
    let m = Matrix::builtin();
    for &lang in Lang::ALL {
        let text = export::csv(m, lang);
        // A byte-order mark first, so that Excel on Japanese Windows reads UTF-8, not Shift-JIS.
        let body = text.strip_prefix('\u{feff}').expect("the CSV starts with a byte-order mark");
        assert!(!body.starts_with('\u{feff}'));
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        let headers = reader.headers().unwrap().clone();
        assert_eq!(headers.len(), CSV_KEYS.len());
        if lang == Lang::En {
            assert_eq!(headers.iter().collect::<Vec<_>>(), CSV_KEYS);
        } else {
            // Japanese headers: none of the English keys, and the ones a reader looks for first.
            assert!(headers.iter().all(|h| !CSV_KEYS.contains(&h)), "{headers:?}");
            assert_eq!(headers.iter().take(4).collect::<Vec<_>>(), ["サービスID", "サービス", "節", "管理策ID"]);
            assert_eq!(
                headers.iter().skip(6).take(5).collect::<Vec<_>>(),
                ["担当", "担当の根拠", "記載による担当", "対象", "根拠"]
            );
        }
        // Columns by position: the same in both languages.
        let col = |name: &str| CSV_KEYS.iter().position(|h| *h == name).unwrap();
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), 340);
        for (record, cell) in records.iter().zip(m.cells()) {
            assert_eq!(record.len(), headers.len());
            // Ids stay ids in both languages: a machine joins on them.
            assert_eq!(&record[col("service")], cell.service().id());
            assert_eq!(&record[col("service_name")], cell.service().label(lang));
            assert_eq!(&record[col("section")], cell.section());
            assert_eq!(&record[col("control")], cell.control().id());
            // Vocabulary values: ids in English, labels in Japanese.
            let owner = cell.owner().map_or(String::new(), |o| csv_value(lang, o.into(), o.label(lang)));
            assert_eq!(record[col("owner")], owner);
            let basis = cell.owner_basis().map_or(String::new(), |b| csv_value(lang, b.into(), b.label(lang)));
            assert_eq!(record[col("owner_basis")], basis);
            let stated = cell.stated_owner().map_or(String::new(), |o| csv_value(lang, o.into(), o.label(lang)));
            assert_eq!(record[col("stated_owner")], stated);
            let applicable = match (lang, cell.is_applicable()) {
                (Lang::En, yes) => yes.to_string(),
                (_, true) => "対象".to_owned(),
                (_, false) => "対象外".to_owned(),
            };
            assert_eq!(record[col("applicable")], applicable);
            assert_eq!(record[col("basis")], csv_value(lang, cell.basis().into(), cell.basis().label(lang)));
            // Each party's duties, with their kind and layer in the language; an inferred duty is marked as ours in
            // the part, and a stated one is not.
            for (party, column) in [(Party::Provider, col("provider_part")), (Party::Customer, col("customer_part"))] {
                let duties: Vec<_> = cell.duties_of(party).collect();
                for d in &duties {
                    let tagged = format!("{} [{} · {}", d.text.get(lang), d.kind.label(lang), d.layer.label(lang));
                    assert!(record[column].contains(&tagged), "{tagged} not in {}", &record[column]);
                }
                let marks = record[column].matches(OwnerBasis::Inferred.label(lang)).count();
                assert_eq!(marks, duties.iter().filter(|d| !d.is_stated()).count());
            }
            assert_eq!(record[col("capabilities")].is_empty(), cell.capabilities().next().is_none());
            assert_eq!(record[col("iso27001_2022")].is_empty(), cell.control().iso27001_2022().is_empty());
        }
        // Japanese mode writes no English vocabulary id in the vocabulary columns.
        if lang == Lang::Ja {
            for record in &records {
                for name in
                    ["owner", "owner_basis", "stated_owner", "applicable", "basis", "iso27001_2022_correspondence"]
                {
                    let v = &record[col(name)];
                    assert!(!v.chars().any(|c| c.is_ascii_lowercase()), "{name}: {v}");
                }
            }
        }
    }
}

#[test]
fn markdown_has_a_table_per_chapter() {
    let md = export::markdown(Matrix::builtin(), Lang::En);
    let (chapters, crosswalk) = md.split_once("\n## ISO/IEC 27001 crosswalk").unwrap();
    let (mut rows, mut service_rows) = (0, 0);
    for line in chapters.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| §")) {
        // Unescaped pipes separate the cells: 2 + 5 services + 2 parts, and the borders.
        let cells = line.replace("\\|", "").matches('|').count() - 1;
        assert_eq!(cells, 9, "{line}");
        if line.starts_with("| | ↳ ") {
            service_rows += 1;
        } else {
            rows += 1;
        }
    }
    assert_eq!(rows, 68);
    // A row of its own for every other service and applicable section whose parts differ from IDCF Cloud's.
    let m = Matrix::builtin();
    let differing = Control::ALL
        .iter()
        .flat_map(|&c| Service::ALL[1..].iter().map(move |&s| (s, c)))
        .filter(|&(s, c)| {
            let (cell, first) = (m.cell(s, c), m.cell(Service::IdcfCloud, c));
            cell.is_applicable() && (cell.duties() != first.duties() || cell.withheld() != first.withheld())
        })
        .count();
    assert!(differing > 0);
    assert_eq!(service_rows, differing);
    // The crosswalk: a row per control, each later id with how it is known.
    let crosswalk_rows: Vec<&str> =
        crosswalk.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| §")).collect();
    assert_eq!(crosswalk_rows.len(), 68);
    assert!(crosswalk.contains("| 6.5.1 | 10.5.1 (exact fit) | A.12.3.1 (our identification of the successor) | A.8.13 (through ISO/IEC 27002:2022 Table B.2) |"), "{crosswalk}");
    // 7.3.1's 2022 ids are a nearest fit, not a table row.
    let row = crosswalk_rows.iter().find(|l| l.starts_with("| 7.3.1 |")).unwrap();
    assert!(row.contains("nearest fit, our judgement") || row.contains("our judgement, new in 2022"), "{row}");
    assert!(md.contains("| 6.5.1 | Information back-up | customer | customer | customer | customer | customer* |"));
    assert_eq!(md.matches("\n## Chapter ").count(), 10);
    assert!(md.contains("| 7.4.1 | Secure log-on procedures | shared | shared | shared | shared | — |"));
    let ja = export::markdown(Matrix::builtin(), Lang::Ja);
    assert!(ja.contains("| 6.5.1 | 情報のバックアップ |"));
}

#[test]
fn html_is_self_contained_and_bilingual() {
    let page = export::html(Matrix::builtin(), Lang::En);
    assert!(page.starts_with("<!doctype html>") && page.trim_end().ends_with("</html>"));
    assert!(!page.contains("http://") && !page.contains("https://") && !page.contains(" src="), "no network");
    assert_eq!(page.matches("<tr class=\"control\"").count(), 68);
    assert_eq!(page.matches("<td class=\"cell owner-na\"").count(), 14);
    assert!(page.contains("<body class=\"en\" "));
    assert!(export::html(Matrix::builtin(), Lang::Ja).contains("<body class=\"ja\" "));
    // Text is escaped: no stray angle brackets from data.
    for c in Control::ALL {
        assert!(page.contains(c.title_ja()));
    }
    assert!(!page.contains("<script>alert"));
}

#[test]
fn html_japanese_spans_hold_no_english_labels_or_ids() {
    use idcf_responsibility::{CellBasis, DutyKind, Layer, Owner, Scope};
    let page = export::html(Matrix::builtin(), Lang::Ja);
    let ja: Vec<&str> = page.split("<span class=\"ja\">").skip(1).filter_map(|s| s.split("</span>").next()).collect();
    assert!(ja.len() > 1000, "{}", ja.len());
    let mut english: Vec<&str> = Vec::new();
    english.extend(DutyKind::ALL.iter().flat_map(|k| [k.label(Lang::En), k.into()]));
    english.extend(Layer::ALL.iter().flat_map(|l| [l.label(Lang::En), l.into()]));
    english.extend(Scope::ALL.iter().flat_map(|s| [s.label(Lang::En), s.into()]));
    english.extend(Owner::ALL.iter().map(|o| o.label(Lang::En)));
    english.extend(Party::ALL.iter().map(|p| p.label(Lang::En)));
    english.extend(CellBasis::ALL.iter().map(|b| b.label(Lang::En)));
    english.extend(OwnerBasis::ALL.iter().map(|b| b.label(Lang::En)));
    for text in &ja {
        for word in &english {
            assert!(!text.contains(word), "Japanese span holds {word:?}: {text}");
        }
    }
    // The filters' Japanese options, and the tags of a known duty, are the Japanese labels.
    assert!(page.contains("data-ja=\"お客さま\">お客さま</option>"));
    assert!(page.contains(&format!("<span class=\"ja\">{}</span>", DutyKind::LeavesToCustomer.label(Lang::Ja))));
    // The grid scrolls in its own box, and the page says it is made for narrow screens too.
    assert!(page.contains("<div class=\"grid\">\n<table id=\"grid\">"));
    assert!(page.contains("width=device-width"));
}

#[test]
fn every_export_is_deterministic() {
    let m = Matrix::builtin();
    for &lang in Lang::ALL {
        assert_eq!(export::csv(m, lang), export::csv(m, lang));
        assert_eq!(export::markdown(m, lang), export::markdown(m, lang));
        assert_eq!(export::html(m, lang), export::html(m, lang));
    }
    assert_ne!(export::csv(m, Lang::En), export::csv(m, Lang::Ja));
    // A tailored copy changes only what it changed.
    #[cfg(feature = "serde")]
    {
        let copy = Matrix::from_json(&m.to_json().unwrap()).unwrap();
        assert_eq!(export::csv(&copy, Lang::En), export::csv(m, Lang::En));
    }
}

#[test]
fn projections_onto_other_frameworks() {
    use idcf_responsibility::frameworks::{CcmOwnership, FedRampOrigination, OscalOrigination};
    let m = Matrix::builtin();
    let cell = m.cell(Service::SelfCloud, Control::InformationBackup);
    assert_eq!(cell.fedramp_origination().value, Some(FedRampOrigination::ProvidedByCustomer));
    assert_eq!(cell.oscal_origination().value, [OscalOrigination::CustomerProvided]);
    assert_eq!(cell.ccm_ownership().value, CcmOwnership::CscOwned);
    // A provider duty on both corporate and system layers: hybrid.
    let cell = m.cell(Service::IdcfCloud, Control::ExternalPartyRisks);
    assert_eq!(cell.fedramp_origination().value, Some(FedRampOrigination::SpHybrid));
    assert_eq!(cell.oscal_origination().value, [OscalOrigination::SpCorporate, OscalOrigination::SpSystem]);
    // Not applicable: FedRAMP has no word for it, and says so.
    let na = m.cell(Service::ObjectStorage, Control::SecureLogOn);
    assert_eq!(na.fedramp_origination().value, None);
    assert!(na.fedramp_origination().loss.is_some());
    assert_eq!(na.ccm_ownership().value, CcmOwnership::NotApplicable);
    // Shared maps exactly to the shared categories.
    let shared = m.cell(Service::IdcfCloud, Control::TechnicalVulnerabilities);
    assert_eq!(shared.fedramp_origination().value, Some(FedRampOrigination::Shared));
    assert!(shared.fedramp_origination().loss.is_none());
    // Nothing in the document is inherited or fully outsourced.
    for cell in m.cells() {
        assert_ne!(cell.fedramp_origination().value, Some(FedRampOrigination::Inherited));
        assert_ne!(cell.ccm_ownership().value, CcmOwnership::ThirdPartyOutsourced);
    }
}
