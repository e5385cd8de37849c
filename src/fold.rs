//! How typed text is folded to one form, for the search and for every vocabulary alike. A file of its own, with no
//! dependency on the rest of the crate, so that the benchmark's floor scan (`benches/matrix.rs`) includes it by path
//! and folds exactly as the search does, without a public item for it.
//!
//! One fold: Unicode NFKC first (the `unicode-normalization` tables: full-width Latin letters and digits as ASCII,
//! half-width kana as full-width with their voicing marks joined, `：` as `:`, circled digits as digits), then
//! lowercase, hyphens and dashes dropped (`back-up` is `backup`), `・` and every kind of whitespace a space. A name's
//! key ([`fold_key`]) drops the spaces, underscores and slashes as well.

use unicode_normalization::UnicodeNormalization as _;

/// Folds text for keyword matching, appending to `out`: NFKC, lowercase, hyphens dropped, `・` and whitespace a
/// space.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        // ASCII is its own NFKC: skip the normalizer's buffering.
        s.chars().for_each(|c| push_folded(c, out));
    } else {
        s.nfkc().for_each(|c| push_folded(c, out));
    }
}

/// One character of NFKC text, folded.
fn push_folded(c: char, out: &mut String) {
    match c {
        // Hyphen-minus, hyphen, non-breaking hyphen, minus sign (NFKC has made the full-width one ASCII).
        '-' | '\u{2010}' | '\u{2011}' | '\u{2212}' => {}
        '・' => out.push(' '),
        c if c.is_whitespace() => out.push(' '),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    }
}

/// Folds a human-typed name to a comparison key: [`fold_into`], then without spaces, underscores and slashes, so
/// `Object Storage`, `object-storage`, `ＯＢＪＥＣＴ＿ＳＴＯＲＡＧＥ` and `objectstorage` compare equal.
pub(crate) fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out.retain(|c| !matches!(c, ' ' | '_' | '/'));
    out
}

/// The NFKC form of typed text, trimmed, for parsing ids and numbers (`６.５.１` is `6.5.1`, `Ａ.８.１３` is
/// `A.8.13`); borrowed when it is already so.
pub(crate) fn nfkc(s: &str) -> std::borrow::Cow<'_, str> {
    let s = s.trim();
    if s.is_ascii() || unicode_normalization::is_nfkc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.nfkc().collect::<String>().trim().to_owned())
    }
}
