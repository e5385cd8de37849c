//! How the search folds text and queries alike. A file of its own, with no dependency on the rest of the crate, so
//! that the benchmark's floor scan (`benches/matrix.rs`) includes it by path and folds exactly as the search does,
//! without a public item for it.

/// Folds text for keyword matching, appending to `out`: lowercase; full-width Latin letters and digits as ASCII;
/// hyphens dropped (`back-up` is `backup`); `・` and every kind of whitespace a space.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '-' | '\u{2010}' | '\u{2011}' | '\u{FF0D}' => {}
            '・' | '\u{FF65}' => out.push(' '),
            c if c.is_whitespace() => out.push(' '),
            '\u{FF01}'..='\u{FF5E}' => {
                let ascii = char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c);
                out.extend(ascii.to_lowercase());
            }
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}
