//! CSV, Markdown and HTML exports: parsed back by independent readers, deterministic, bilingual.

use idcf_responsibility::{Control, Lang, Matrix, Owner, Service, export};

#[test]
fn csv_parses_back_to_the_matrix() {
    let m = Matrix::builtin();
    for &lang in Lang::ALL {
        let text = export::csv(m, lang);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers = reader.headers().unwrap().clone();
        let col = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
        let (service, section, owner, applicable, basis) =
            (col("service"), col("section"), col("owner"), col("applicable"), col("basis"));
        let (customer, capabilities, iso2022) = (col("customer_part"), col("capabilities"), col("iso27001_2022"));
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), 340);
        for (record, cell) in records.iter().zip(m.cells()) {
            assert_eq!(record.len(), headers.len());
            assert_eq!(&record[service], cell.service().id());
            assert_eq!(&record[section], cell.section());
            assert_eq!(&record[owner], cell.owner().map_or("", Owner::into));
            assert_eq!(&record[applicable], cell.is_applicable().to_string());
            assert_eq!(&record[basis], cell.basis().to_string());
            let customer_duties: Vec<_> = cell.duties_of(idcf_responsibility::Party::Customer).collect();
            for d in &customer_duties {
                assert!(record[customer].contains(d.text.get(lang)), "{}", &record[customer]);
            }
            // An inferred duty is marked as ours in the part, and a stated one is not.
            let marks = record[customer].matches(idcf_responsibility::OwnerBasis::Inferred.label(lang)).count();
            assert_eq!(marks, customer_duties.iter().filter(|d| !d.is_stated()).count());
            assert_eq!(record[capabilities].is_empty(), cell.capabilities().next().is_none());
            assert_eq!(record[iso2022].is_empty(), cell.control().iso27001_2022().is_empty());
        }
    }
}

#[test]
fn markdown_has_a_table_per_chapter() {
    let md = export::markdown(Matrix::builtin(), Lang::En);
    let (mut rows, mut storage_rows) = (0, 0);
    for line in md.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| §")) {
        // Unescaped pipes separate the cells: 2 + 5 services + 2 parts, and the borders.
        let cells = line.replace("\\|", "").matches('|').count() - 1;
        assert_eq!(cells, 9, "{line}");
        if line.starts_with("| | ↳ Object Storage |") {
            storage_rows += 1;
        } else {
            rows += 1;
        }
    }
    assert_eq!(rows, 68);
    // A row of its own for every applicable section where Object Storage's duties differ.
    let m = Matrix::builtin();
    let differing = Control::ALL
        .iter()
        .filter(|&&c| {
            let storage = m.cell(Service::ObjectStorage, c);
            storage.is_applicable() && storage.duties() != m.cell(Service::IdcfCloud, c).duties()
        })
        .count();
    assert_eq!(storage_rows, differing);
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
    assert_eq!(page.matches("<td class=\"cell owner-na\"").count(), 10);
    assert!(page.contains("<body class=\"en\">"));
    assert!(export::html(Matrix::builtin(), Lang::Ja).contains("<body class=\"ja\">"));
    // Text is escaped: no stray angle brackets from data.
    for c in Control::ALL {
        assert!(page.contains(c.title_ja()));
    }
    assert!(!page.contains("<script>alert"));
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
        let copy = Matrix::from_json(&m.to_json()).unwrap();
        assert_eq!(export::csv(&copy, Lang::En), export::csv(m, Lang::En));
    }
}

#[test]
fn projections_onto_other_frameworks() {
    use idcf_responsibility::{CcmOwnership, FedRampOrigination, OscalOrigination};
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
