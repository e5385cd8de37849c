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
        let read = std::io::copy(&mut (&mut part).take(part_limit + 1), &mut sink)
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
}
