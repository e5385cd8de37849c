//! The workbook import on arbitrary workbooks: the first byte chooses whether the rest is the whole file (zip
//! bytes) or the XML of the plan workbook's first sheet, put into a real plan workbook. Either way the import
//! returns a register or an error; nothing may panic, and a refusal changes nothing.
#![no_main]

use std::io::{Cursor, Read as _, Write as _};
use std::sync::LazyLock;

use idcf_responsibility::plan::{Register, workbook};
use idcf_responsibility::{Lang, Service};
use libfuzzer_sys::fuzz_target;

/// The register the workbooks are imported into.
static REGISTER: LazyLock<Register> = LazyLock::new(|| Register::new(&[Service::IdcfCloud], None));

/// The parts of the register's plan workbook, unpacked.
static PARTS: LazyLock<Vec<(String, Vec<u8>)>> = LazyLock::new(|| {
    let bytes = workbook::xlsx(&REGISTER, Lang::Ja).expect("the plan workbook");
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("it reads");
    (0..zip.len())
        .map(|i| {
            let mut part = zip.by_index(i).expect("a part");
            let mut bytes = Vec::new();
            part.read_to_end(&mut bytes).expect("it unpacks");
            (part.name().expect("a name").into_owned(), bytes)
        })
        .collect()
});

/// The plan workbook with its first sheet's XML replaced by `sheet`.
fn with_sheet(sheet: &[u8]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in PARTS.iter() {
        out.start_file(name.as_str(), stored).expect("a part");
        let body = if name == "xl/worksheets/sheet1.xml" { sheet } else { bytes };
        out.write_all(body).expect("written");
    }
    out.finish().expect("the zip").into_inner()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let bytes = if mode % 2 == 0 { rest.to_vec() } else { with_sheet(rest) };
    let before = REGISTER.to_json().expect("a register serializes");
    for import in [workbook::import, idcf_responsibility::soa::import] {
        match import(&REGISTER, &bytes, "fuzz.xlsx") {
            Ok(imported) => {
                let json = imported.register.to_json().expect("a register serializes");
                assert_eq!(Register::from_json(&json).expect("an imported register loads").to_json().ok(), Some(json));
            }
            Err(err) => assert!(!err.to_string().is_empty()),
        }
    }
    assert_eq!(REGISTER.to_json().ok(), Some(before));
});
