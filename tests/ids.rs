//! Every id form of every variant round-trips, and `Display`, `FromStr`, serde and the JSON Schema agree.

use std::fmt::Display;
use std::str::FromStr;

use idcf_responsibility::{Capability, Control, ParseError, Service, Vocabulary, iso::Edition};

mod common;

/// `Display` is the kebab-case id, `FromStr` reads it back (also upper-cased and with spaces for hyphens).
fn check_ids<T>(all: &[T])
where
    T: Copy + Display + FromStr<Err = ParseError> + PartialEq + std::fmt::Debug,
{
    let mut seen = std::collections::HashSet::new();
    for &v in all {
        let id = v.to_string();
        assert!(seen.insert(id.clone()), "duplicate id {id}");
        assert!(!id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{id}");
        assert_eq!(id.parse::<T>().unwrap(), v, "{id}");
        assert_eq!(id.to_uppercase().parse::<T>().unwrap(), v, "{id} upper-cased");
        assert_eq!(id.replace('-', " ").parse::<T>().unwrap(), v, "{id} with spaces");
        assert_eq!(format!("  {id}\t").parse::<T>().unwrap(), v, "{id} padded");
    }
}

#[test]
fn every_vocabulary_round_trips_its_ids() {
    for_each_vocabulary!(check_ids);
}

#[test]
fn services_parse_from_their_names() {
    for &s in Service::ALL {
        assert_eq!(s.label(idcf_responsibility::Lang::En).parse::<Service>().unwrap(), s);
        assert_eq!(s.label(idcf_responsibility::Lang::Ja).parse::<Service>().unwrap(), s);
        assert_eq!(
            s.label(idcf_responsibility::Lang::En).to_lowercase().replace(' ', "").parse::<Service>().unwrap(),
            s
        );
        assert_eq!(s.label(idcf_responsibility::Lang::En).replace(' ', "-").parse::<Service>().unwrap(), s);
    }
    assert_eq!("idcfクラウド".parse::<Service>().unwrap(), Service::IdcfCloud);
}

#[test]
fn controls_parse_from_every_form() {
    for &c in Control::ALL {
        assert_eq!(c.section().parse::<Control>().unwrap(), c);
        assert_eq!(format!("§{}", c.section()).parse::<Control>().unwrap(), c);
        assert_eq!(c.title_ja().parse::<Control>().unwrap(), c, "{}", c.title_ja());
        assert_eq!(c.title_en().parse::<Control>().unwrap(), c, "{}", c.title_en());
        if let Some(iso) = c.iso27002_2005() {
            assert!(Control::find(&iso.to_string()).unwrap().contains(&c));
            assert!(Control::find(&iso.to_string().to_uppercase()).unwrap().contains(&c));
            // The bare Annex A form resolves where 2013 has no such id, and is ambiguous where it has.
            for annex in [iso.annex_a(), iso.annex_a().to_lowercase()] {
                match Control::find(&annex) {
                    Ok(found) => assert!(found.contains(&c) && !Edition::Iso27001_2013.contains(&annex), "{annex}"),
                    Err(ParseError::AmbiguousEdition { readings, .. }) => {
                        assert!(Edition::Iso27001_2013.contains(&annex), "{annex}");
                        assert!(readings[0].controls.contains(&c), "{annex}");
                    }
                    Err(other) => panic!("{annex}: {other}"),
                }
            }
        }
        for edition in [Edition::Iso27001_2013, Edition::Iso27001_2022] {
            for id in c.qualified_ids(edition) {
                assert!(Control::find(&id).unwrap().contains(&c), "{id}");
            }
        }
        // Every 2022 id resolves without its scheme: two levels are 2022's.
        for cw in c.iso27001_2022() {
            for id in cw.ids.iter() {
                assert!(Control::find(id).unwrap().contains(&c), "{id}");
            }
        }
    }
}

#[test]
fn an_annex_a_id_of_two_sections_is_ambiguous_for_from_str() {
    let err = "A.10.5.1".parse::<Control>().unwrap_err();
    let ParseError::Ambiguous { candidates, .. } = &err else { panic!("{err:?}") };
    assert_eq!(candidates, &[Control::InformationBackup, Control::BackupFunction]);
    assert!(err.to_string().contains("6.5.1") && err.to_string().contains("6.5.2"), "{err}");
}

#[test]
fn bad_input_is_refused_with_the_input_and_what_is_accepted() {
    for bad in ["", "   ", "object", "cloud", "idcf cloud 2", "\u{0}", "オブジェクト"] {
        let err = bad.parse::<Service>().unwrap_err();
        let ParseError::Unknown { what, input, .. } = &err else { panic!("{err:?}") };
        assert_eq!((*what, input.as_str()), (Vocabulary::Service, bad));
        assert!(err.to_string().contains("idcf-cloud, self-cloud"), "{err}");
    }
    // 8.2.3 is no section, but ISO/IEC 27001:2013 A.8.2.3 leads to 3.2.2: its scheme is suggested.
    let err = "8.2.3".parse::<Control>().unwrap_err();
    assert!(matches!(&err, ParseError::NotASection { input, .. } if input == "8.2.3"), "{err:?}");
    assert!(err.to_string().contains("iso27001-2013:A.8.2.3 (→ 3.2.2)"), "{err}");
    for bad in ["", "6.5", "6.5.9", "A.5.1.1", "A.", "iso27002-2005:", "10.5.1.1", "backup", "A.8.35"] {
        let err = bad.parse::<Control>().unwrap_err();
        assert!(matches!(err, ParseError::Unknown { what: Vocabulary::Control, .. }), "{bad:?}: {err:?}");
        assert!(err.to_string().contains("section id such as 6.5.1"), "{err}");
    }
    assert!("A.5.1.1".parse::<Control>().unwrap_err().to_string().contains("\"A.5.1.1\""));
}

#[test]
fn typos_get_suggestions() {
    let suggestions = |e: ParseError| match e {
        ParseError::Unknown { suggestions, .. } => suggestions,
        other => panic!("{other:?}"),
    };
    assert_eq!(suggestions("obect-storage".parse::<Service>().unwrap_err()), ["object-storage"]);
    assert!(suggestions("informaton-backup".parse::<Control>().unwrap_err()).contains(&"information-backup"));
    assert!(suggestions("firewal".parse::<Capability>().unwrap_err()).contains(&"firewall"));
    assert!(suggestions("zzzzzzzz".parse::<Service>().unwrap_err()).is_empty());
}

#[cfg(feature = "serde")]
#[test]
fn serde_writes_and_reads_the_same_ids() {
    fn check<T>(all: &[T])
    where
        T: Copy + Display + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned,
    {
        for &v in all {
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, format!("\"{v}\""));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
        }
        // The JSON form is strict: a name people type is not an id.
        assert!(serde_json::from_str::<T>("\"NOT AN ID\"").is_err());
    }
    for_each_vocabulary!(check);
    assert!(serde_json::from_str::<Service>("\"Object Storage\"").is_err());
}

#[cfg(feature = "schemars")]
#[test]
fn json_schema_lists_exactly_the_ids() {
    fn check<T: Copy + Display + schemars::JsonSchema>(all: &[T]) {
        let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
        let mut listed: Vec<String> = schema["enum"]
            .as_array()
            .or_else(|| schema["oneOf"].as_array())
            .unwrap_or_else(|| panic!("{schema}"))
            .iter()
            .flat_map(|v| match v {
                serde_json::Value::String(s) => vec![s.clone()],
                other => other["enum"]
                    .as_array()
                    .map(|a| a.iter().map(|s| s.as_str().unwrap().to_owned()).collect())
                    .or_else(|| other["const"].as_str().map(|s| vec![s.to_owned()]))
                    .unwrap_or_default(),
            })
            .collect();
        let mut ids: Vec<String> = all.iter().map(ToString::to_string).collect();
        listed.sort();
        ids.sort();
        assert_eq!(listed, ids);
    }
    for_each_vocabulary!(check);
}

#[test]
fn every_vocabulary_has_a_label_in_both_languages() {
    fn check<T: Copy + Display + idcf_responsibility::Label>(all: &[T]) {
        for &v in all {
            let (en, ja) = (v.label(idcf_responsibility::Lang::En), v.label(idcf_responsibility::Lang::Ja));
            assert!(!en.trim().is_empty() && !ja.trim().is_empty(), "{v}");
            // The English label is not the bare id unless the id is a name (CSV, JSON…), and labels of one
            // vocabulary differ from each other.
            assert_eq!(all.iter().filter(|&&w| w.label(idcf_responsibility::Lang::En) == en).count(), 1, "{v}: {en}");
            assert_eq!(all.iter().filter(|&&w| w.label(idcf_responsibility::Lang::Ja) == ja).count(), 1, "{v}: {ja}");
        }
    }
    for_each_vocabulary!(check);
}
