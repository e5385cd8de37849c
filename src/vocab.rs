//! Forgiving parsing shared by every vocabulary enum: case, spaces, hyphens and underscores do not matter, and
//! a miss suggests the closest ids.

use crate::ParseError;

/// Folds a human-typed name to a comparison key: NFKC (full-width and half-width forms), lowercase, with spaces
/// (ASCII or ideographic), hyphens, underscores and slashes dropped, so `Object Storage`, `object-storage`,
/// `ＯＢＪＥＣＴ ＳＴＯＲＡＧＥ` and `objectstorage` compare equal. The search folds the same way
/// ([`crate::fold`]); this is its key without word boundaries.
pub(crate) fn fold(s: &str) -> String {
    crate::fold::fold_key(s)
}

/// Where a name splits into words, for suggestions.
fn is_separator(ch: char) -> bool {
    ch.is_whitespace() || matches!(ch, '-' | '_' | '/')
}

/// A vocabulary: a closed set of values, each with an id and other names people type.
pub(crate) trait Term: Copy + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];
    /// Which vocabulary it is, for errors and messages.
    const WHAT: crate::Vocabulary;
    /// What forms are accepted, for messages.
    const EXPECTED: &'static str;
    /// The stable kebab-case id.
    fn id(self) -> &'static str;
    /// Other names accepted when parsing (English and Japanese names, …).
    fn aliases(self) -> &'static [&'static str];
    /// The folded names of every value, index-aligned with [`Vocabulary::ALL`], computed once.
    fn folded() -> &'static [Folded];
}

/// The names of one value, folded once: what parsing compares and suggestions measure.
#[derive(Debug)]
pub(crate) struct Folded {
    /// The id and every alias, folded.
    names: Vec<String>,
    /// The words of the id and aliases (longer than three characters), folded, for suggestions.
    words: Vec<String>,
}

impl Folded {
    /// Folds the id and aliases of a value.
    pub(crate) fn new(id: &str, aliases: &[&str]) -> Folded {
        let all = || std::iter::once(id).chain(aliases.iter().copied());
        Folded {
            names: all().map(fold).collect(),
            words: all().flat_map(|n| n.split(is_separator)).filter(|w| w.len() > 3).map(fold).collect(),
        }
    }

    /// Whether a folded key is one of the names.
    pub(crate) fn matches(&self, key: &str) -> bool {
        !key.is_empty() && self.names.iter().any(|n| n == key)
    }

    /// The folded names of every value of `T`, for a vocabulary's cache.
    pub(crate) fn all<T: Term>() -> Vec<Folded> {
        T::ALL.iter().map(|v| Folded::new(v.id(), v.aliases())).collect()
    }
}

/// Parses `input` against every id and alias of `T`, forgiving case and separators.
pub(crate) fn parse<T: Term>(input: &str) -> Result<T, ParseError> {
    let key = fold(input);
    T::ALL.iter().zip(T::folded()).find(|(_, f)| f.matches(&key)).map(|(&v, _)| v).ok_or_else(|| unknown::<T>(input))
}

/// The error for an input that named no value of `T`, with the closest ids as suggestions.
pub(crate) fn unknown<T: Term>(input: &str) -> ParseError {
    ParseError::Unknown {
        what: T::WHAT,
        input: input.to_owned(),
        expected: T::EXPECTED,
        suggestions: suggest::<T>(input),
    }
}

/// Inputs longer than this (in characters, after folding) get no suggestions.
const MAX_SUGGEST_CHARS: usize = 80;

/// Up to three ids of `T` whose id or aliases, or a word of them, are close to `input` (by edit distance, or one
/// containing the other), best first.
pub(crate) fn suggest<T: Term>(input: &str) -> Vec<&'static str> {
    let key = fold(input);
    let key_len = key.chars().count();
    // Nothing is close to an empty or very long input; the bound also keeps the edit distances cheap.
    if key.is_empty() || key_len > MAX_SUGGEST_CHARS {
        return Vec::new();
    }
    let mut scored: Vec<(usize, &'static str)> = T::ALL
        .iter()
        .zip(T::folded())
        .filter_map(|(v, folded)| {
            folded
                .names
                .iter()
                .chain(&folded.words)
                .filter_map(|name| {
                    let name_len = name.chars().count();
                    let limit = (name_len.max(key_len) / 4).clamp(1, 3);
                    // The edit distance is at least the difference in length: skip it when that alone is too far.
                    if name_len.abs_diff(key_len) <= limit {
                        let d = distance(&key, name);
                        if d <= limit {
                            return Some(d);
                        }
                    }
                    (key_len >= 3 && (name.contains(&key) || key.contains(name.as_str()))).then_some(limit + 1)
                })
                .min()
                .map(|d| (d, v.id()))
        })
        .collect();
    scored.sort_by_key(|&(d, _)| d);
    scored.dedup_by_key(|&mut (_, id)| id);
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

/// Up to three of `candidates` close to `input` (by edit distance, folded as ids are), best first: the suggestion
/// for an unknown id or field name read from JSON, where the vocabulary is known only by its list, and for a status.
pub(crate) fn closest<'a>(input: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let key = fold(input);
    let key_len = key.chars().count();
    if key.is_empty() || key_len > MAX_SUGGEST_CHARS {
        return Vec::new();
    }
    let mut scored: Vec<(usize, &'a str)> = candidates
        .iter()
        .filter_map(|&name| {
            let folded = fold(name);
            let name_len = folded.chars().count();
            let limit = (name_len.max(key_len) / 4).clamp(1, 3);
            if name_len.abs_diff(key_len) <= limit {
                let d = distance(&key, &folded);
                if d <= limit {
                    return Some((d, name));
                }
            }
            (key_len >= 3 && (folded.contains(&key) || key.contains(folded.as_str()))).then_some((limit + 1, name))
        })
        .collect();
    scored.sort_by_key(|&(d, _)| d);
    scored.into_iter().take(3).map(|(_, name)| name).collect()
}

/// Levenshtein distance over chars.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            let (Some(&left), Some(&up)) = (row.get(j), row.get(j + 1)) else {
                continue;
            };
            let best = (prev + cost).min(left + 1).min(up + 1);
            prev = up;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = best;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

/// Implements `Term`, `FromStr` (forgiving) and the common serde/schemars plumbing-free helpers for an
/// enum whose strum `IntoStaticStr` gives the kebab-case id.
macro_rules! vocabulary {
    ($ty:ty, $what:ident, $expected:expr, aliases: |$v:ident| $aliases:expr) => {
        impl $crate::vocab::Term for $ty {
            const ALL: &'static [Self] = <$ty>::ALL;
            const WHAT: $crate::Vocabulary = $crate::Vocabulary::$what;
            const EXPECTED: &'static str = $expected;
            fn id(self) -> &'static str {
                self.into()
            }
            fn aliases(self) -> &'static [&'static str] {
                let $v = self;
                $aliases
            }
            fn folded() -> &'static [$crate::vocab::Folded] {
                static FOLDED: ::std::sync::LazyLock<Vec<$crate::vocab::Folded>> =
                    ::std::sync::LazyLock::new($crate::vocab::Folded::all::<$ty>);
                &FOLDED
            }
        }

        impl $crate::text::sealed::Sealed for $ty {}

        impl $crate::Label for $ty {
            fn label(self, lang: $crate::Lang) -> &'static str {
                <$ty>::label(self, lang)
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::ParseError;
            /// Parses the id or any other name of the value, forgiving case, spaces, hyphens and underscores.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::vocab::parse(s)
            }
        }
    };
}
pub(crate) use vocabulary;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_forgives_case_and_separators() {
        assert_eq!(fold("  Object_Storage "), "objectstorage");
        assert_eq!(fold("object  storage"), "objectstorage");
        assert_eq!(fold("IDCF-cloud"), "idcfcloud");
        assert_eq!(fold("オブジェクト\u{3000}ストレージ"), "オブジェクトストレージ");
        assert_eq!(fold("ＩＤＣＦクラウド"), "idcfクラウド");
        assert_eq!(fold("ﾊﾞｯｸｱｯﾌﾟ"), "バックアップ");
        assert_eq!(fold("ｵﾌﾞｼﾞｪｸﾄ ｽﾄﾚｰｼﾞ"), "オブジェクトストレージ");
        assert_eq!(fold("６.５.１"), "6.5.1");
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("same", "same"), 0);
    }
}
