//! A hostile workbook: the plan workbook with its first sheet's XML replaced by a part of about 1.4 MB that unpacks
//! to 1.5 GB (one cell of a single letter, repeated), with its true size in its header or a lying one. The import
//! refuses both after reading at most `MAX_PART_BYTES`, with the register untouched. The time and peak memory of
//! the refusal through `idcf` are measured by hand (TESTING.md, "Bounded input"); `BOMB_OUT=FILE cargo test
//! --features xlsx --test workbook_bomb -- --ignored` writes the bomb for that.

use std::io::{Cursor, Write as _};

use idcf_responsibility::plan::{Register, workbook};
use idcf_responsibility::{Lang, Service};

/// Bits written least significant first, as deflate packs them.
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    /// `count` bits of `value`, least significant first (header fields, extra bits).
    fn put(&mut self, value: u64, count: u32) {
        self.acc |= value << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push((self.acc & 0xff) as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code of `len` bits, most significant first.
    fn code(&mut self, code: u64, len: u32) {
        for i in (0..len).rev() {
            self.put((code >> i) & 1, 1);
        }
    }

    /// A stored block of `data` (at most 65535 bytes).
    fn stored(&mut self, data: &[u8], last: bool) {
        self.put(u64::from(last), 1);
        self.put(0, 2);
        if self.n > 0 {
            self.put(0, 8 - self.n);
        }
        let len = u16::try_from(data.len()).expect("a stored block's size");
        self.out.extend_from_slice(&len.to_le_bytes());
        self.out.extend_from_slice(&(!len).to_le_bytes());
        self.out.extend_from_slice(data);
    }
}

/// A raw deflate stream of `prefix`, then `1 + 258 * repeats` letters `a`, then `suffix`: the letters as one literal
/// and `repeats` copies of the longest match at distance 1, two bits each in a dynamic Huffman block (the densest
/// deflate allows, about 1:1000).
fn deflate_bomb(prefix: &[u8], repeats: u64, suffix: &[u8]) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.stored(prefix, false);
    // A dynamic block: literal/length codes 285 (length 258) one bit, `a` and end-of-block two bits; one distance
    // code (distance 1) of one bit.
    bits.put(0, 1);
    bits.put(0b10, 2);
    bits.put(29, 5); // 286 literal/length codes
    bits.put(0, 5); // 1 distance code
    bits.put(14, 4); // 18 code-length code lengths, in the order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1
    for len in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        bits.put(len, 3);
    }
    // The code-length code: 18 is `0`, 1 is `10`, 2 is `11`.
    let zeros = |bits: &mut Bits, mut run: u64| {
        while run > 0 {
            let n = run.min(138);
            assert!(n >= 11, "a run of zeros this code writes");
            bits.code(0, 1);
            bits.put(n - 11, 7);
            run -= n;
        }
    };
    zeros(&mut bits, 97); // 0..=96
    bits.code(0b11, 2); // `a` (97): length 2
    zeros(&mut bits, 158); // 98..=255
    bits.code(0b11, 2); // end of block (256): length 2
    zeros(&mut bits, 28); // 257..=284
    bits.code(0b10, 2); // 285: length 1
    bits.code(0b10, 2); // distance code 0: length 1
    // Canonical codes: 285 is `0`, `a` is `10`, end of block `11`; distance 1 is `0`.
    bits.code(0b10, 2);
    for _ in 0..repeats {
        bits.code(0, 1);
        bits.code(0, 1);
    }
    bits.code(0b11, 2);
    bits.stored(suffix, true);
    if bits.n > 0 {
        bits.put(0, 8 - bits.n);
    }
    bits.out
}

/// A zip of one deflated part, written by hand (its header says it unpacks to `declared` bytes; its checksum is
/// not computed: the import refuses long before a reader would check it).
fn one_part_zip(name: &str, deflated: &[u8], declared: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let compressed = u32::try_from(deflated.len()).expect("a part under 4 GiB");
    let name_len = u16::try_from(name.len()).expect("a short name");
    let common = |out: &mut Vec<u8>| {
        out.extend_from_slice(&20u16.to_le_bytes()); // version needed
        out.extend_from_slice(&0u16.to_le_bytes()); // flags
        out.extend_from_slice(&8u16.to_le_bytes()); // deflated
        out.extend_from_slice(&[0, 0, 0x21, 0]); // time, date (1980-01-01)
        out.extend_from_slice(&0u32.to_le_bytes()); // crc-32
        out.extend_from_slice(&compressed.to_le_bytes());
        out.extend_from_slice(&declared.to_le_bytes());
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // extra field length
    };
    out.extend_from_slice(b"PK\x03\x04");
    common(&mut out);
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(deflated);
    let directory = u32::try_from(out.len()).expect("under 4 GiB");
    out.extend_from_slice(b"PK\x01\x02");
    out.extend_from_slice(&20u16.to_le_bytes()); // version made by
    common(&mut out);
    out.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
    out.extend_from_slice(&0u32.to_le_bytes()); // external attributes
    out.extend_from_slice(&0u32.to_le_bytes()); // offset of the local header
    out.extend_from_slice(name.as_bytes());
    let directory_len = u32::try_from(out.len()).expect("under 4 GiB") - directory;
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&directory_len.to_le_bytes());
    out.extend_from_slice(&directory.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// The register's plan workbook with its first sheet replaced by a part unpacking to about 1.5 GB; its header
/// declares `declared` bytes (the truth, or a lie).
fn bomb(register: &Register, declared: Option<u32>) -> Vec<u8> {
    let sheet = "xl/worksheets/sheet1.xml";
    let prefix = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"#;
    let suffix = b"</t></is></c></row></sheetData></worksheet>";
    let repeats: u64 = 1_500_000_000 / 258;
    let unpacked = prefix.len() as u64 + 1 + 258 * repeats + suffix.len() as u64;
    let deflated = deflate_bomb(prefix, repeats, suffix);
    let declared = declared.unwrap_or(u32::try_from(unpacked).expect("under 4 GiB"));
    let part = one_part_zip(sheet, &deflated, declared);
    let mut part = zip::ZipArchive::new(Cursor::new(part)).expect("the hand-made zip reads");
    let plan = workbook::xlsx(register, Lang::En).expect("the plan workbook");
    let mut plan = zip::ZipArchive::new(Cursor::new(plan)).expect("the plan workbook reads");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for index in 0..plan.len() {
        let file = plan.by_index_raw(index).expect("a part");
        if file.name().is_ok_and(|n| n == sheet) {
            drop(file);
            out.raw_copy_file(part.by_index_raw(0).expect("the bomb")).expect("copied");
        } else {
            out.raw_copy_file(file).expect("copied");
        }
    }
    out.finish().expect("the zip").into_inner()
}

#[test]
fn a_part_that_unpacks_to_gigabytes_is_refused_by_its_header_or_by_what_it_holds() {
    let register = Register::new(&[Service::IdcfCloud], None);
    let bytes = bomb(&register, None);
    assert!(bytes.len() < 1_600_000, "{} bytes", bytes.len());
    let err = workbook::import(&register, &bytes, "bomb.xlsx").expect_err("refused");
    assert!(matches!(err, workbook::WorkbookError::TooLarge { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        format!(
            "workbook bomb.xlsx refused, nothing changed: part xl/worksheets/sheet1.xml unpacks to more than {} MiB; \
             a plan workbook unpacks to far less",
            workbook::MAX_PART_BYTES >> 20
        )
    );
    let err = idcf_responsibility::soa::import(&register, &bytes, "bomb.xlsx").expect_err("refused");
    assert!(matches!(err, workbook::WorkbookError::TooLarge { .. }), "{err}");
    // A header that says 4 KiB: refused when the part passes what it said, as unreadable.
    let err = workbook::import(&register, &bomb(&register, Some(4096)), "lie.xlsx").expect_err("refused");
    assert!(matches!(err, workbook::WorkbookError::Unreadable { .. }), "{err}");
    assert!(err.to_string().contains("sheet1.xml: File is larger than its declared uncompressed size"), "{err}");
}

#[test]
fn the_bomb_unpacks_as_built_and_a_real_plan_is_far_under_the_limits() {
    // The first megabytes of the bomb's sheet are what it says: the XML, then the letter.
    let register = Register::new(Service::ALL, None);
    let bytes = bomb(&register, None);
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("reads");
    let mut sheet = zip.by_name("xl/worksheets/sheet1.xml").expect("the sheet");
    assert!(sheet.size() > 1_500_000_000);
    let mut head = vec![0; 4 << 20];
    std::io::Read::read_exact(&mut sheet, &mut head).expect("the first 4 MiB unpack");
    assert!(head.starts_with(b"<?xml") && head.ends_with(b"aaaa"));
    drop(sheet);
    // Every service's plan: its largest part and all of them, a small share of the limits.
    let plan = workbook::xlsx(&register, Lang::Ja).expect("the plan workbook");
    let mut plan = zip::ZipArchive::new(Cursor::new(plan)).expect("reads");
    let sizes: Vec<u64> = (0..plan.len()).map(|i| plan.by_index(i).expect("a part").size()).collect();
    assert!(sizes.iter().max().copied().unwrap_or(0) * 20 < workbook::MAX_PART_BYTES, "{sizes:?}");
    assert!(sizes.iter().sum::<u64>() * 20 < workbook::MAX_UNPACKED_BYTES, "{sizes:?}");
    assert!(sizes.len() * 20 < workbook::MAX_PARTS, "{sizes:?}");
}

/// Writes the bomb to `BOMB_OUT`, for measuring with a register of IDCF Cloud (`idcf register init`): its header
/// true, or saying `BOMB_DECLARED` bytes.
#[test]
#[ignore = "writes a file for measuring by hand"]
fn write_the_bomb() {
    let Ok(path) = std::env::var("BOMB_OUT") else {
        return;
    };
    let register = Register::new(&[Service::IdcfCloud], None);
    let declared = std::env::var("BOMB_DECLARED").ok().map(|d| d.parse().expect("a number of bytes"));
    std::fs::File::create(&path).and_then(|mut f| f.write_all(&bomb(&register, declared))).expect("written");
}

/// The register's plan workbook with its first sheet's XML changed by `edit`.
fn with_sheet_xml(register: &Register, edit: impl Fn(&str) -> String) -> Vec<u8> {
    let plan = workbook::xlsx(register, Lang::En).expect("the plan workbook");
    let mut plan = zip::ZipArchive::new(Cursor::new(plan)).expect("reads");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for index in 0..plan.len() {
        let mut part = plan.by_index(index).expect("a part");
        let name = part.name().expect("a name").into_owned();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut part, &mut bytes).expect("unpacks");
        if name == "xl/worksheets/sheet1.xml" {
            bytes = edit(std::str::from_utf8(&bytes).expect("utf-8")).into_bytes();
        }
        out.start_file(name, options).expect("a part");
        out.write_all(&bytes).expect("written");
    }
    out.finish().expect("the zip").into_inner()
}

/// Found by the `import_workbook` fuzz target: calamine 0.38 computes a cell reference's column in a `u32` that
/// overflows past seven letters (a panic where overflow is checked); the import refuses the reference first.
#[test]
fn a_cell_reference_beyond_the_last_cell_is_refused_without_a_panic() {
    let register = Register::new(&[Service::IdcfCloud], None);
    let untouched = with_sheet_xml(&register, str::to_owned);
    assert!(workbook::import(&register, &untouched, "plan.xlsx").expect("imports").changes.is_empty());
    for far in ["FQQQQQQQQQQQQQQQQQQQQQQ1", "A99999999999", "ABCD1"] {
        let book = with_sheet_xml(&register, |xml| xml.replacen(r#" r="A2""#, &format!(r#" r="{far}""#), 1));
        let err = workbook::import(&register, &book, "plan.xlsx").expect_err("refused");
        assert!(matches!(err, workbook::WorkbookError::Unreadable { .. }), "{err}");
        assert!(err.to_string().contains("a cell reference beyond Excel's last column XFD or row 1048576"), "{err}");
    }
}
