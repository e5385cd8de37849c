//! ISO/IEC 27001:2022 Annex A and ISO/IEC 27002:2022 Table B.2 in the crate: spot-checks written from the
//! reference, which stand without it, and a comparison of the whole tables with the reference's CSV files.
//!
//! A user's clone has no copy of the reference, so the comparison is ignored unless `IDCF_REFERENCE_DIR` names
//! the folder that holds it (`.ci/run` passes `../shared/reference`):
//!
//! ```text
//! IDCF_REFERENCE_DIR=../shared/reference cargo test --test annex_a -- --include-ignored
//! ```

use std::collections::{BTreeSet, HashSet};

use idcf_responsibility::{
    Control,
    iso::{Correspondence, Iso2022Control, Theme},
};

#[test]
fn ninety_three_controls_each_once_in_four_themes() {
    let all = Iso2022Control::catalogue();
    assert_eq!(all.len(), 93);
    let ids: HashSet<&str> = all.iter().map(|c| c.id()).collect();
    assert_eq!(ids.len(), 93);
    let counts: Vec<usize> = Theme::ALL.iter().map(|&t| t.controls().count()).collect();
    assert_eq!(counts, [37, 8, 14, 34]);
    for c in all {
        // The theme is the clause, the first number of the id.
        assert!(c.id().starts_with(&format!("A.{}.", c.theme().clause())), "{}", c.id());
        assert_eq!(c.id().parse::<Iso2022Control>().unwrap(), *c);
        assert!(!c.title_en().is_empty());
    }
    assert!(all.windows(2).all(|w| w[0] < w[1]), "the standard's order");
}

#[test]
fn each_control_prints_and_qualifies_as_its_own_id() {
    for c in Iso2022Control::catalogue() {
        assert_eq!(c.to_string(), c.id());
        assert_eq!(c.qualified(), format!("iso27001-2022:{}", c.id()));
    }
    assert_eq!(Iso2022Control::from_id("A.8.13").unwrap().qualified(), "iso27001-2022:A.8.13");
}

/// JSON is strict: every control round-trips as its id, and nothing else is read as one.
#[cfg(feature = "serde")]
#[test]
fn each_control_round_trips_through_json_and_only_its_exact_id_is_read() {
    for c in Iso2022Control::catalogue() {
        let json = serde_json::to_string(c).unwrap();
        assert_eq!(json, format!("\"{}\"", c.id()));
        assert_eq!(serde_json::from_str::<Iso2022Control>(&json).unwrap(), *c);
    }
    for bad in ["\"8.13\"", "\"a.8.13\"", "\"A.8.35\"", "\"\"", "13"] {
        assert!(serde_json::from_str::<Iso2022Control>(bad).is_err(), "{bad}");
    }
    let err = serde_json::from_str::<Iso2022Control>("\"A.9.1\"").unwrap_err().to_string();
    assert!(err.contains("\"A.9.1\"") && err.contains("A.5.1 to A.8.34"), "{err}");
}

/// The JSON Schema of a control id lists exactly the catalogue's ids.
#[cfg(feature = "schemars")]
#[test]
fn the_schema_of_a_control_id_is_the_catalogue() {
    let schema = serde_json::to_value(schemars::schema_for!(Iso2022Control)).unwrap();
    assert_eq!(schema["type"], "string");
    let ids: Vec<&str> = schema["enum"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let catalogue: Vec<&str> = Iso2022Control::catalogue().iter().map(|c| c.id()).collect();
    assert_eq!(ids, catalogue);
}

#[test]
fn titles_spot_checked() {
    let title = |id: &str| Iso2022Control::from_id(id).unwrap().title_en();
    assert_eq!(title("A.5.1"), "Policies for information security");
    assert_eq!(title("A.5.7"), "Threat intelligence");
    assert_eq!(title("A.5.23"), "Information security for use of cloud services");
    assert_eq!(title("A.6.7"), "Remote working");
    assert_eq!(title("A.7.4"), "Physical security monitoring");
    assert_eq!(title("A.8.13"), "Information backup");
    assert_eq!(title("A.8.34"), "Protection of information systems during audit testing");
    assert!("A.8.35".parse::<Iso2022Control>().unwrap_err().to_string().contains("A.8.35"));
}

#[test]
fn the_new_controls_are_exactly_those_table_b2_never_targets() {
    let new: BTreeSet<&str> =
        Iso2022Control::catalogue().iter().filter(|c| c.is_new_in_2022()).map(|c| c.id()).collect();
    let expected: BTreeSet<&str> =
        ["A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12", "A.8.16", "A.8.23", "A.8.28"]
            .into();
    assert_eq!(new, expected);
    let targeted: BTreeSet<&str> = Iso2022Control::table_b2().iter().flat_map(|(_, to)| to.iter().copied()).collect();
    let untargeted: BTreeSet<&str> =
        Iso2022Control::catalogue().iter().map(|c| c.id()).filter(|id| !targeted.contains(id)).collect();
    assert_eq!(untargeted, expected);
}

#[test]
fn table_b2_spot_checked() {
    let table = Iso2022Control::table_b2();
    assert_eq!(table.len(), 114);
    let from: HashSet<&str> = table.iter().map(|(f, _)| *f).collect();
    assert_eq!(from.len(), 114);
    // Only A.18.2.3 has two 2022 controls.
    let two: Vec<&str> = table.iter().filter(|(_, to)| to.len() > 1).map(|(f, _)| *f).collect();
    assert_eq!(two, ["A.18.2.3"]);
    // 57 controls from 2013 merge into 24 from 2022.
    let merged: Vec<&Iso2022Control> =
        Iso2022Control::catalogue().iter().filter(|c| c.predecessors().count() > 1).collect();
    assert_eq!(merged.len(), 24);
    assert_eq!(merged.iter().map(|c| c.predecessors().count()).sum::<usize>(), 57);
    // Rows per 2013 clause, A.5 to A.18.
    let per_clause: Vec<usize> =
        (5..=18).map(|n| table.iter().filter(|(f, _)| f.split('.').nth(1) == Some(&n.to_string())).count()).collect();
    assert_eq!(per_clause, [2, 7, 6, 10, 14, 2, 15, 14, 7, 13, 5, 7, 4, 8]);
    let to = |id: &str| Iso2022Control::from_2013(id).iter().map(|c| c.id()).collect::<Vec<_>>();
    assert_eq!(to("A.12.3.1"), ["A.8.13"]);
    assert_eq!(to("A.13.1.3"), ["A.8.22"]);
    assert_eq!(to("A.13.2.1"), ["A.5.14"]);
    assert_eq!(to("A.11.2.5"), ["A.7.10"]);
    // Every 2022 id of the table is in the catalogue.
    assert!(table.iter().all(|(_, to)| to.iter().all(|id| Iso2022Control::from_id(id).is_some())));
}

#[test]
fn every_2022_id_of_the_crosswalk_is_an_annex_a_control() {
    for &c in Control::ALL {
        for cw in c.iso27001_2022() {
            for id in cw.ids.iter() {
                let annex = Iso2022Control::from_id(id).unwrap_or_else(|| panic!("{}: {id}", c.section()));
                assert!(annex.addressed_by().any(|x| x == c));
                // A new control can only be reached by our judgement.
                assert_eq!(annex.is_new_in_2022(), cw.correspondence == Correspondence::Judgement, "{id}");
            }
        }
    }
}

/// The rows of a CSV file of the reference, header skipped; `None` without `IDCF_REFERENCE_DIR`.
fn reference_rows(name: &str) -> Option<Vec<Vec<String>>> {
    let dir = std::env::var_os("IDCF_REFERENCE_DIR")?;
    let path = std::path::Path::new(&dir).join(name);
    let mut reader = csv::Reader::from_path(&path)
        .unwrap_or_else(|e| panic!("IDCF_REFERENCE_DIR is set but {} cannot be read: {e}", path.display()));
    Some(reader.records().map(|r| r.unwrap().iter().map(|f| f.trim().to_owned()).collect()).collect())
}

#[test]
#[ignore = "needs the reference: IDCF_REFERENCE_DIR=../shared/reference"]
fn annex_a_is_the_reference_row_for_row() {
    let rows = reference_rows("iso27001-2022-annex-a.csv").expect("IDCF_REFERENCE_DIR names the reference folder");
    let ours = Iso2022Control::catalogue();
    assert_eq!(rows.len(), ours.len());
    for (row, c) in rows.iter().zip(ours) {
        assert_eq!(row.len(), 4, "{row:?}");
        assert_eq!(row[0], c.id());
        assert_eq!(row[1], c.theme().to_string(), "{}", c.id());
        assert_eq!(row[2], c.title_en(), "{}", c.id());
        assert_eq!(row[3] == "yes", c.is_new_in_2022(), "{}", c.id());
    }
}

#[test]
#[ignore = "needs the reference: IDCF_REFERENCE_DIR=../shared/reference"]
fn table_b2_is_the_reference_row_for_row() {
    let rows = reference_rows("iso27002-2022-table-b2.csv").expect("IDCF_REFERENCE_DIR names the reference folder");
    let ours = Iso2022Control::table_b2();
    assert_eq!(rows.len(), ours.len());
    for (row, (from, to)) in rows.iter().zip(ours) {
        assert_eq!(row.len(), 2, "{row:?}");
        assert_eq!(row[0], *from);
        assert_eq!(row[1].split_whitespace().collect::<Vec<_>>(), *to, "{from}");
    }
}

#[test]
fn japanese_titles_are_ours_and_plain() {
    for c in Iso2022Control::catalogue() {
        let ja = c.title_ja();
        assert!(!ja.is_empty(), "{}", c.id());
        // Japanese, not the English title again; no 当社/当方, no codebook code.
        assert!(ja.chars().any(|ch| ('\u{3040}'..='\u{9fff}').contains(&ch)), "{}: {ja}", c.id());
        for banned in ["当社", "当方"] {
            assert!(!ja.contains(banned), "{}: {ja}", c.id());
        }
        assert!(!ja.split(|ch: char| !ch.is_ascii_alphanumeric()).any(is_code), "{}: {ja}", c.id());
        assert_eq!(c.label(idcf_responsibility::Lang::Ja), ja);
        assert_eq!(c.label(idcf_responsibility::Lang::En), c.title_en());
    }
    let titles: HashSet<&str> = Iso2022Control::catalogue().iter().map(|c| c.title_ja()).collect();
    assert_eq!(titles.len(), 93, "every Japanese title names one control");
    let ja = |id: &str| Iso2022Control::from_id(id).unwrap().title_ja();
    assert_eq!(ja("A.5.23"), "クラウドサービス利用時の情報セキュリティ");
    assert_eq!(ja("A.8.13"), "情報のバックアップ");
    assert_eq!(ja("A.6.7"), "リモートワーク");
    assert_eq!(ja("A.7.14"), "装置の安全な処分又は再利用");
}

/// A codebook code: a capital letter and digits (J1, S4, T12).
fn is_code(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && word.len() > 1 && chars.all(|c| c.is_ascii_digit())
}
