//! The workbook import's bound on what a workbook may unpack to: each part of the zip, and all of them, read
//! through a counter before calamine sees the bytes, so that a small file that inflates to gigabytes (a zip bomb) is
//! refused after reading at most the limit, in bounded memory.

use std::io::{Cursor, Read as _};

/// Why a workbook's zip was refused before it was read as a workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// The zip itself cannot be read (left to calamine to name, as for any other unreadable file).
    Unreadable,
    /// A part that cannot be unpacked (one larger than its header says, a bad stream).
    Corrupt { part: String, message: String },
    /// More parts than any workbook has.
    TooManyParts { parts: usize, limit: usize },
    /// One part unpacks to more than the limit per part (by its header or by what it actually held).
    PartTooLarge { part: String, limit: u64 },
    /// The parts together unpack to more than the limit for the whole workbook.
    TooLarge { limit: u64 },
}

/// Reads every part of the zip in `bytes` through a counter, without keeping it: at most `part_limit` bytes
/// unpacked from one part, `total_limit` from all of them together, and `most_parts` parts. A part whose header
/// declares more is refused before it is unpacked; one whose header lies is refused once the counter passes the
/// limit.
pub(crate) fn check(bytes: &[u8], part_limit: u64, total_limit: u64, most_parts: usize) -> Result<(), Refusal> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Err(Refusal::Unreadable);
    };
    if archive.len() > most_parts {
        return Err(Refusal::TooManyParts { parts: archive.len(), limit: most_parts });
    }
    let mut total: u64 = 0;
    let mut sink = std::io::sink();
    for index in 0..archive.len() {
        // A part zip cannot open (an unknown compression, a bad header) is calamine's to refuse, if it reads it.
        let Ok(mut part) = archive.by_index(index) else {
            continue;
        };
        let name = part.name().map_or_else(|_| format!("part {index}"), std::borrow::Cow::into_owned);
        let too_large = |name: String| Refusal::PartTooLarge { part: name, limit: part_limit };
        if part.size() > part_limit {
            return Err(too_large(name));
        }
        if total.saturating_add(part.size()) > total_limit {
            return Err(Refusal::TooLarge { limit: total_limit });
        }
        // One byte past the limit tells a part that is larger than it says.
        let mut limited = (&mut part).take(part_limit + 1);
        let read = if name.starts_with("xl/worksheets/") {
            let mut scan = CellRefs::default();
            let read = std::io::copy(&mut limited, &mut scan);
            if scan.out_of_range {
                let message = "a cell reference beyond Excel's last column XFD or row 1048576".to_owned();
                return Err(Refusal::Corrupt { part: name, message });
            }
            read
        } else {
            std::io::copy(&mut limited, &mut sink)
        }
        .map_err(|e| Refusal::Corrupt { part: name.clone(), message: e.to_string() })?;
        if read > part_limit {
            return Err(too_large(name));
        }
        total = total.saturating_add(read);
        if total > total_limit {
            return Err(Refusal::TooLarge { limit: total_limit });
        }
    }
    Ok(())
}

/// Reads a sheet's XML as it streams by, for cell references (the attributes `r`, `ref`, `sqref`) with more than
/// three letters or seven digits: no sheet has them (its last cell is XFD1048576), and calamine 0.38 computes their
/// column and row in a `u32` that overflows, which panics where overflow is checked (debug builds, tests).
#[derive(Default)]
#[allow(clippy::struct_excessive_bools, reason = "a byte scanner's state, each flag one question about where it is")]
struct CellRefs {
    /// Inside `<…>`.
    in_tag: bool,
    /// The attribute name being read, or the last one (up to 8 bytes; longer names are no reference's).
    name: Vec<u8>,
    /// An `=` after the name.
    equals: bool,
    /// White space after the name: the next name byte starts another name.
    name_done: bool,
    /// The quote of the attribute value being read, if in one, and whether it is a reference's.
    quote: Option<(u8, bool)>,
    /// Letters and digits of the reference being read.
    letters: u32,
    digits: u32,
    /// A reference out of range was seen.
    out_of_range: bool,
}

impl CellRefs {
    fn byte(&mut self, b: u8) {
        if let Some((quote, is_ref)) = self.quote {
            if b == quote {
                self.quote = None;
                self.name.clear();
                self.equals = false;
                self.name_done = false;
            } else if is_ref {
                match b {
                    b'A'..=b'Z' | b'a'..=b'z' if self.digits == 0 => self.letters += 1,
                    b'0'..=b'9' => self.digits += 1,
                    b'$' => {}
                    _ => (self.letters, self.digits) = (0, 0),
                }
                self.out_of_range |= self.letters > 3 || self.digits > 7;
            }
            return;
        }
        match b {
            b'<' => {
                self.in_tag = true;
                self.name.clear();
                self.equals = false;
                self.name_done = false;
            }
            b'>' => self.in_tag = false,
            _ if !self.in_tag => {}
            b'"' | b'\'' if self.equals => {
                let is_ref = matches!(self.name.as_slice(), b"r" | b"ref" | b"sqref");
                self.quote = Some((b, is_ref));
                (self.letters, self.digits) = (0, 0);
            }
            b'=' => (self.equals, self.name_done) = (true, false),
            b' ' | b'\t' | b'\r' | b'\n' => self.name_done = true,
            _ => {
                if self.equals || self.name_done {
                    self.name.clear();
                    self.equals = false;
                    self.name_done = false;
                }
                if self.name.len() < 8 {
                    self.name.push(b);
                }
            }
        }
    }
}

impl std::io::Write for CellRefs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for &b in buf {
            self.byte(b);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    /// A zip of `(name, bytes)` parts, deflated.
    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in parts {
            out.start_file(*name, options).expect("part");
            out.write_all(bytes).expect("bytes");
        }
        out.finish().expect("zip").into_inner()
    }

    #[test]
    fn a_part_over_the_limit_is_refused_and_one_under_passes() {
        let big = vec![b'a'; 5000];
        let zip = zip_of(&[("xl/worksheets/sheet1.xml", &big), ("xl/workbook.xml", b"<workbook/>")]);
        assert_eq!(check(&zip, 5000, 10_000, 10), Ok(()));
        assert_eq!(
            check(&zip, 4999, 10_000, 10),
            Err(Refusal::PartTooLarge { part: "xl/worksheets/sheet1.xml".into(), limit: 4999 })
        );
        assert_eq!(check(&zip, 5000, 5005, 10), Err(Refusal::TooLarge { limit: 5005 }));
        assert_eq!(check(&zip, 5000, 10_000, 1), Err(Refusal::TooManyParts { parts: 2, limit: 1 }));
        assert_eq!(check(b"not a zip", 10, 10, 10), Err(Refusal::Unreadable));
    }

    #[test]
    fn a_cell_reference_beyond_the_last_cell_is_refused() {
        let sheet = |r: &str| {
            let xml = format!(
                r#"<worksheet><dimension ref="A1:C3"/><sheetData><row r="1"><c r={r} t="n"><v>1</v></c></row></sheetData></worksheet>"#
            );
            zip_of(&[("xl/worksheets/sheet1.xml", xml.as_bytes())])
        };
        for fine in [r#""A1""#, r#""XFD1048576""#, "'$B$2'", r#""A1" xr:uid="{ABCDEFGH12345678}""#] {
            assert_eq!(check(&sheet(fine), 1000, 1000, 10), Ok(()), "{fine}");
        }
        for far in [r#""AAAAAAAA1""#, r#"  "A12345678""#, "'ABCD1'"] {
            assert!(matches!(check(&sheet(far), 1000, 1000, 10), Err(Refusal::Corrupt { .. })), "{far}");
        }
        // The same text outside a reference (a cell's value, another attribute) is no reference.
        let text =
            br#"<worksheet><c r="A1" t="inlineStr"><is><t>r="AAAAAAAA1"</t></is></c><x u="AAAAAAAA1"/></worksheet>"#;
        assert_eq!(check(&zip_of(&[("xl/worksheets/sheet1.xml", text)]), 1000, 1000, 10), Ok(()));
    }
}
