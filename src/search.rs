//! Keyword search over the controls, in English and Japanese.

use std::sync::LazyLock;

use crate::{Control, Lang};

/// A control that matched a keyword search, with its score (higher is better).
///
/// ```
/// use idcf_responsibility::{search, Control};
/// let hits = search("backup");
/// assert_eq!(hits.len(), 2);
/// assert!(hits.iter().any(|h| h.control == Control::InformationBackup));
/// assert!(hits[0].score >= hits[1].score);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct SearchHit {
    /// The control.
    pub control: Control,
    /// How well it matched: title matches weigh most, then capabilities and headings, then summaries and duties.
    pub score: u32,
}

/// Where a term was found, and what it weighs there.
const TITLE: u32 = 40;
const CAPABILITY: u32 = 15;
const CATEGORY: u32 = 10;
const SUMMARY: u32 = 8;
const DUTY: u32 = 3;

/// Searches the controls for every whitespace-separated term of `query`, in English and Japanese, and returns
/// the matching controls ranked best first (ties in document order). Matching ignores case, hyphens and spaces
/// (`backup` finds 「Information back-up」), and a term that is only part of a longer word (`ログ` in
/// `ログオン`) counts half. A control must match every term. An empty query finds nothing.
///
/// ```
/// use idcf_responsibility::{search, Control};
///
/// let top: Vec<Control> = search("ログ").iter().take(4).map(|h| h.control).collect();
/// assert!(top.contains(&Control::AuditLogging));
/// assert!(top.contains(&Control::ProtectionOfLogs));
/// let password: Vec<Control> = search("password").iter().take(2).map(|h| h.control).collect();
/// assert!(password.contains(&Control::UserPasswordManagement));
/// assert!(password.contains(&Control::PasswordManagementSystem));
/// assert!(search("バックアップ").iter().any(|h| h.control == Control::BackupFunction));
/// assert!(search("   ").is_empty());
/// ```
#[must_use]
pub fn search(query: &str) -> Vec<SearchHit> {
    let terms: Vec<String> = query.split_whitespace().map(squash).filter(|t| !t.is_empty()).collect();
    if terms.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<SearchHit> = Control::ALL
        .iter()
        .zip(INDEX.iter())
        .filter_map(|(&control, fields)| {
            let mut total = 0;
            for term in &terms {
                let score = score_term(fields, term);
                if score == 0 {
                    return None;
                }
                total += score;
            }
            Some(SearchHit { control, score: total })
        })
        .collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.control.cmp(&b.control)));
    hits
}

/// Every searchable text of every control, squashed once, with the weight of a match in it.
static INDEX: LazyLock<Vec<Vec<(u32, String)>>> =
    LazyLock::new(|| Control::ALL.iter().map(|&control| fields(control)).collect());

fn fields(control: Control) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    for &lang in Lang::ALL {
        let category = match lang {
            Lang::En => control.category().title_en(),
            Lang::Ja => control.category().title_ja(),
        };
        out.push((TITLE, squash(control.label(lang))));
        out.push((CATEGORY, squash(category)));
        out.push((SUMMARY, squash(control.summary().get(lang))));
        for duty in control.duties() {
            out.push((DUTY, squash(duty.text.get(lang))));
            if let Some(cap) = duty.capability {
                out.push((CAPABILITY, squash(cap.label(lang))));
            }
        }
    }
    if let Some(iso) = control.iso27002_2005() {
        out.push((TITLE / 2, squash(&iso.title_en)));
    }
    out
}

fn score_term(fields: &[(u32, String)], term: &str) -> u32 {
    fields.iter().map(|(weight, text)| weight * found(text, term) / 2).sum()
}

/// 2 when `term` occurs in the squashed `text` as a whole word, 1 when only inside a longer word, 0 when not at
/// all.
fn found(text: &str, term: &str) -> u32 {
    let mut best = 0;
    for (at, _) in text.match_indices(term) {
        let before = text.get(..at).and_then(|s| s.chars().next_back());
        let after = text.get(at + term.len()..).and_then(|s| s.chars().next());
        let first = term.chars().next();
        let last = term.chars().next_back();
        let joined = |a: Option<char>, b: Option<char>| matches!((a, b), (Some(a), Some(b)) if same_word(a, b));
        if joined(before, first) || joined(last, after) {
            best = best.max(1);
        } else {
            return 2;
        }
    }
    best
}

/// Whether two adjacent characters belong to one word: both ASCII alphanumeric, or both katakana.
fn same_word(a: char, b: char) -> bool {
    let katakana = |c: char| ('\u{30A0}'..='\u{30FF}').contains(&c);
    (a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric()) || (katakana(a) && katakana(b))
}

/// Lowercases and drops hyphens and middle dots, so that `back-up` and `backup` compare equal.
fn squash(s: &str) -> String {
    s.chars().filter(|c| *c != '-' && *c != '・').flat_map(char::to_lowercase).collect()
}

/// The controls a query names: any id form [`Control::find`] accepts, or else the keyword search's hits, best
/// first. This is what `who_owns` answers for.
///
/// # Errors
///
/// [`ParseError::Unknown`](crate::ParseError::Unknown), with close control ids as suggestions, when the query is empty or
/// names no control and no keyword matches.
///
/// ```
/// use idcf_responsibility::{find_controls, Control};
///
/// assert_eq!(find_controls("7.4.1")?, [Control::SecureLogOn]);
/// assert_eq!(find_controls("A.10.5.1")?.len(), 2);
/// assert!(find_controls("backup")?.contains(&Control::InformationBackup));
/// assert!(find_controls("zzzz").is_err());
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
pub fn find_controls(query: &str) -> Result<Vec<Control>, crate::ParseError> {
    match Control::find(query) {
        Ok(found) => Ok(found),
        Err(err) => {
            let hits = search(query);
            if hits.is_empty() { Err(err) } else { Ok(hits.into_iter().map(|h| h.control).collect()) }
        }
    }
}
