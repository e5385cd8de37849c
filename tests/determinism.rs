//! Every export is byte-identical across runs and feature sets: its digest is pinned in
//! `tests/fixtures/export_digests.txt`, and this test runs under every feature set `.ci/run` builds (the
//! `--no-default-features` run checks the exports it has against the same pins; the `xlsx` feature adds the
//! workbooks' pins). A changed export fails; `UPDATE_PINS=1` rewrites its pin, to be reviewed and committed.

use std::collections::BTreeMap;

use idcf_responsibility::{Lang, Matrix, export};

/// FNV-1a, 64 bits: enough to pin bytes, no dependency.
fn digest(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x} {}", bytes.len())
}

fn outputs() -> Vec<(String, Vec<u8>)> {
    let m = Matrix::builtin();
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    for &lang in Lang::ALL {
        out.push((format!("csv-{lang}"), export::csv(m, lang).into_bytes()));
        out.push((format!("markdown-{lang}"), export::markdown(m, lang).into_bytes()));
        out.push((format!("html-{lang}"), export::html(m, lang).into_bytes()));
        #[cfg(feature = "oscal")]
        {
            out.push((format!("oscal-{lang}"), export::oscal::component_definition(m, lang).into_bytes()));
            out.push((format!("oscal-ssp-{lang}"), export::oscal::system_security_plan(m, lang).into_bytes()));
            out.push((format!("oscal-catalog-{lang}"), export::oscal::catalog(lang).into_bytes()));
            out.push((format!("oscal-profile-{lang}"), export::oscal::profile(lang).into_bytes()));
        }
        #[cfg(feature = "xlsx")]
        out.push((format!("xlsx-{lang}"), export::xlsx(m, lang).unwrap()));
    }
    #[cfg(feature = "serde")]
    out.push(("json".to_owned(), m.to_json().unwrap().into_bytes()));
    #[cfg(feature = "schemars")]
    out.push(("schema".to_owned(), idcf_responsibility::json::schema().into_bytes()));
    out
}

#[test]
fn exports_match_their_pinned_digests() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/export_digests.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut pins: BTreeMap<String, String> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once(' ').map(|(k, v)| (k.to_owned(), v.to_owned())))
        .collect();
    let mut changed: Vec<String> = Vec::new();
    // Twice in one run: no hidden state (time, randomness, map order) leaks into the bytes.
    for ((name, output), (_, again)) in outputs().into_iter().zip(outputs()) {
        assert_eq!(output, again, "{name} differs between two runs");
        let d = digest(&output);
        if pins.get(&name) != Some(&d) {
            changed.push(format!("{name}: pinned {}, now {d}", pins.get(&name).map_or("nothing", String::as_str)));
            pins.insert(name, d);
        }
    }
    if !changed.is_empty() {
        // Pins are rewritten only when asked (TESTING.md): a stray run never edits the source tree.
        if std::env::var_os("UPDATE_PINS").is_some_and(|v| v == "1") {
            let mut file = String::from(
                "# export digest (FNV-1a 64) and length; UPDATE_PINS=1 cargo test --all-features rewrites it\n",
            );
            for (k, v) in &pins {
                file.extend([k.as_str(), " ", v.as_str(), "\n"]);
            }
            std::fs::write(path, file).unwrap();
            eprintln!("rewrote {path}: review and commit it");
        } else {
            panic!(
                "exports differ from their pins:\n  {}\nif the change is intended, run `UPDATE_PINS=1 cargo test --all-features` and commit the pins",
                changed.join("\n  ")
            );
        }
    }
}
