//! Finding controls: one entry point, [`search`], for every form people type — ids, section numbers, titles, ISO
//! ids of any edition, keywords in English and Japanese — ranked, exact forms first.
//!
//! Keywords are matched against an index built once, on the first search: every searchable text of every control,
//! folded (lowercase, hyphens dropped, full-width Latin letters and digits made ASCII) into one string, and the
//! positions of each pair of adjacent characters in it. A term is looked up by its rarest character pair and
//! verified where that pair occurs, so a search costs in proportion to how often the term occurs, not to the size of
//! the text.

use std::sync::LazyLock;

use crate::{Control, Edition, Lang};

/// A control that a search found: which, how well, and by what.
///
/// ```
/// use idcf_responsibility::{search, Control, Matched};
/// let hits = search("backup");
/// assert_eq!(hits.len(), 2);
/// assert!(hits.iter().any(|h| h.control == Control::InformationBackup));
/// assert!(hits[0].score >= hits[1].score);
/// assert_eq!(hits[0].matched, Matched::Keywords);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SearchHit {
    /// The control.
    pub control: Control,
    /// How well it matched, higher first: [`SearchHit::EXACT`] for a control the query names exactly; for keywords,
    /// title matches weigh most, then capabilities and headings, then summaries and duties.
    pub score: u32,
    /// What the query matched: a form that names the control, or keywords.
    pub matched: Matched,
}

impl SearchHit {
    /// The score of a control the query names exactly (an id, a section, a title, an ISO id). Keyword scores stay
    /// below it.
    ///
    /// ```
    /// use idcf_responsibility::{search, SearchHit};
    /// assert_eq!(search("6.5.1")[0].score, SearchHit::EXACT);
    /// assert!(search("backup")[0].score < SearchHit::EXACT);
    /// ```
    pub const EXACT: u32 = u32::MAX;
}

/// What a query matched, for a [`SearchHit`].
///
/// ```
/// use idcf_responsibility::{search, Edition, Matched};
/// assert_eq!(search("6.5.1")[0].matched, Matched::Section);
/// assert_eq!(search("8.2.2")[0].matched, Matched::Misprint);
/// assert_eq!(search("information-backup")[0].matched, Matched::ControlId);
/// assert_eq!(search("情報のバックアップ")[0].matched, Matched::Title);
/// assert_eq!(search("A.10.5.1")[0].matched, Matched::Iso(Edition::Iso27002_2005));
/// assert_eq!(search("iso27001-2022:A.8.13")[0].matched, Matched::Iso(Edition::Iso27001_2022));
/// assert_eq!(search("バックアップ")[0].matched, Matched::Keywords);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Matched {
    /// The section number (`6.5.1`, `§6.5.1`).
    Section,
    /// The number the document's text prints by mistake for the section (`8.2.2` for 8.2.1; see
    /// [`Control::misprint`]).
    Misprint,
    /// The control's id (`information-backup`).
    ControlId,
    /// The English or Japanese title (forgiving case and separators).
    Title,
    /// An ISO id of the edition: `A.10.5.1` and `iso27002-2005:10.5.1` are 2005 ids, `iso27001-2013:…` and
    /// `iso27001-2022:…` the later editions'.
    Iso(Edition),
    /// Keywords found in the control's texts: titles, headings, capabilities, summaries, duties.
    Keywords,
}

impl Matched {
    /// Whether the query names the control exactly (every form but keywords).
    ///
    /// ```
    /// use idcf_responsibility::Matched;
    /// assert!(Matched::Title.is_exact());
    /// assert!(!Matched::Keywords.is_exact());
    /// ```
    #[must_use]
    pub const fn is_exact(self) -> bool {
        !matches!(self, Matched::Keywords)
    }
}

/// Finds the controls a query names or describes, ranked best first. This is the one entry point for every form
/// people type; [`Control::find`] and `str::parse::<Control>` stay exact.
///
/// - **Ids**: a section (`6.5.1`, `§6.5.1`; the document's misprint `8.2.2` gives 8.2.1), a control id
///   (`information-backup`), or an ISO id of any edition (`A.10.5.1`, `iso27002-2005:10.5.1`,
///   `iso27001-2013:A.12.3.1`, `iso27001-2022:A.8.13`) — exactly what [`Control::find`] accepts. The answer is
///   the controls the id names, in document order, and nothing else.
/// - **Titles**, English or Japanese: the titled control first, then the keyword hits of the title's words.
/// - **Keywords**, otherwise: every whitespace-separated term must occur in the control's titles, headings,
///   capabilities, summaries or duties (a term given twice counts once). Matching ignores case and hyphens (`backup` finds 「Information
///   back-up」). A Latin term inside a longer word (`log` in `logs`) counts half. A katakana term never matches
///   inside a longer katakana word: `ログ` finds 監査ログ but not プログラム or ログオン; `・` separates words.
///   Kanji compounds are matched as they are written (`暗号` finds 暗号化).
///
/// Exact hits score [`SearchHit::EXACT`]; keyword hits are ranked by score (title matches weigh most), ties in
/// document order; scores never increase along the list. An empty query finds nothing.
/// [`Matrix::search`](crate::Matrix::search) ranks a service's applicable cells first.
///
/// ```
/// use idcf_responsibility::{search, Control, Matched};
///
/// let controls = |q: &str| search(q).iter().map(|h| h.control).collect::<Vec<_>>();
/// assert_eq!(controls("7.4.1"), [Control::SecureLogOn]);
/// assert_eq!(controls("A.10.5.1"), [Control::InformationBackup, Control::BackupFunction]);
/// assert_eq!(controls("8.2.2"), [Control::CryptographyPolicy]); // the misprint, on purpose
///
/// let log = controls("ログ");
/// assert!(log.contains(&Control::AuditLogging));
/// assert!(!log.contains(&Control::InventoryOfAssets)); // プログラム is not a log
/// assert!(!log.contains(&Control::SecureLogOn)); // nor is ログオン
/// assert!(controls("password").starts_with(&[Control::UserPasswordManagement, Control::PasswordManagementSystem]));
/// assert!(controls("バックアップ").contains(&Control::BackupFunction));
/// assert!(search("   ").is_empty());
/// ```
#[must_use]
pub fn search(query: &str) -> Vec<SearchHit> {
    let mut hits: Vec<SearchHit> = Vec::new();
    if let Some((matched, controls)) = crate::control::resolve(query) {
        hits.extend(controls.into_iter().map(|control| SearchHit { control, score: SearchHit::EXACT, matched }));
        // An id names what it names; a title is also words, worth searching for.
        if matched != Matched::Title {
            return hits;
        }
    }
    let named = hits.len();
    let (alive, totals) = INDEX.keywords(query);
    for (&control, &score) in Control::ALL.iter().zip(totals.iter()) {
        if alive & bit(control.index()) != 0 && !hits.iter().take(named).any(|h| h.control == control) {
            hits.push(SearchHit { control, score: score.min(SearchHit::EXACT - 1), matched: Matched::Keywords });
        }
    }
    if let Some(keywords) = hits.get_mut(named..) {
        keywords.sort_unstable_by(|a, b| b.score.cmp(&a.score).then(a.control.cmp(&b.control)));
    }
    hits
}

/// Where a term was found, and what it weighs there.
const TITLE: u32 = 40;
const CAPABILITY: u32 = 15;
const CATEGORY: u32 = 10;
const SUMMARY: u32 = 8;
const DUTY: u32 = 3;

/// One bit per control, by index (there are fewer than 128).
type Set = u128;
const _: () = assert!(Control::COUNT <= Set::BITS as usize);

fn bit(index: usize) -> Set {
    1 << (index % 128)
}

/// The keyword index: the folded texts and where each pair of adjacent characters occurs in them.
struct Index {
    /// Every field's folded text followed by `\n`, fields in control order.
    text: String,
    /// The fields, by start offset in `text`.
    fields: Vec<Field>,
    /// Each character pair (as [`pair`]) with its range in `postings`, in an open-addressing hash table: a pair
    /// is at its [`slot`] or after it (wrapping), before the next empty entry (key [`EMPTY`]).
    pairs: Vec<(u64, u32, u32)>,
    /// Where each pair occurs, grouped by pair, ascending within a group.
    postings: Vec<Posting>,
}

/// An occurrence of a character pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Posting {
    /// Its byte offset in [`Index::text`].
    at: u32,
    /// The field it is in, as an index of [`Index::fields`].
    field: u32,
}

/// A searchable text of a control.
struct Field {
    /// Where it starts in [`Index::text`]; it ends at the next line break.
    start: u32,
    /// The control's index.
    control: usize,
    /// What a match in it weighs.
    weight: u32,
}

static INDEX: LazyLock<Index> = LazyLock::new(Index::build);

/// Every searchable text of a control, with what a match in it weighs, given to `push`.
fn fields(control: Control, mut push: impl FnMut(u32, &str)) {
    for &lang in Lang::ALL {
        let category = match lang {
            Lang::En => control.category().title_en(),
            Lang::Ja => control.category().title_ja(),
        };
        push(TITLE, control.label(lang));
        push(CATEGORY, category);
        push(SUMMARY, control.summary().get(lang));
        for duty in control.duties() {
            push(DUTY, duty.text.get(lang));
            if let Some(cap) = duty.capability {
                push(CAPABILITY, cap.label(lang));
            }
        }
    }
    if let Some(iso) = control.iso27002_2005() {
        push(TITLE / 2, &iso.title_en);
    }
}

/// A character pair as one key (below 2^42).
fn pair(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | u64::from(b)
}

/// The key of an empty entry of the pair table: no pair has it.
const EMPTY: u64 = u64::MAX;

/// Where a pair's entry starts looking in a table of `len` entries (a power of two): Fibonacci hashing.
fn slot(key: u64, len: usize) -> usize {
    let hash = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let bits = len.trailing_zeros();
    usize::try_from(hash.checked_shr(64 - bits).unwrap_or(0)).unwrap_or(0)
}

/// The pairs, distinct, in a table at most half full, each at its slot or the first free entry after it.
fn hash_table(pairs: &[(u64, u32, u32)]) -> Vec<(u64, u32, u32)> {
    let len = (pairs.len() * 2).next_power_of_two().max(2);
    let mut table = vec![(EMPTY, 0, 0); len];
    for &entry in pairs {
        let mut i = slot(entry.0, len);
        while let Some(slot) = table.get_mut(i) {
            if slot.0 == EMPTY {
                *slot = entry;
                break;
            }
            i = (i + 1) % len;
        }
    }
    table
}

impl Index {
    fn build() -> Index {
        let mut text = String::new();
        let mut fields = Vec::new();
        for &control in Control::ALL {
            self::fields(control, |weight, field| {
                let start = offset(&text);
                fold_into(field, &mut text);
                fields.push(Field { start, control: control.index(), weight });
                text.push('\n');
            });
        }
        let mut all: Vec<(u64, Posting)> = Vec::with_capacity(text.len());
        let mut field = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((at, a)) = chars.next() {
            match chars.peek() {
                // Fields end with a line break: a pair never spans two of them.
                _ if a == '\n' => field += 1,
                Some(&(_, b)) if !a.is_whitespace() && !b.is_whitespace() => {
                    all.push((pair(a, b), Posting { at: offset_of(at), field }));
                }
                _ => {}
            }
        }
        all.sort_unstable();
        let mut pairs: Vec<(u64, u32, u32)> = Vec::new();
        let mut postings = Vec::with_capacity(all.len());
        for (key, posting) in all {
            let end = offset_of(postings.len());
            match pairs.last_mut() {
                Some((last, _, stop)) if *last == key => *stop = end + 1,
                _ => pairs.push((key, end, end + 1)),
            }
            postings.push(posting);
        }
        text.shrink_to_fit();
        fields.shrink_to_fit();
        Index { text, fields, pairs: hash_table(&pairs), postings }
    }

    /// The controls that match every term of `query`, and each control's total score.
    fn keywords(&self, query: &str) -> (Set, [u32; Control::COUNT]) {
        let mut folded = String::with_capacity(query.len());
        fold_into(query, &mut folded);
        // A term said twice counts once (and costs once).
        let mut terms: Vec<&str> = folded.split_whitespace().collect();
        terms.sort_unstable();
        terms.dedup();
        let mut alive: Set = 0;
        let mut totals = [0u32; Control::COUNT];
        for (i, term) in terms.into_iter().enumerate() {
            let found = self.score_term(term, &mut totals);
            alive = if i == 0 { found } else { alive & found };
            if alive == 0 {
                break;
            }
        }
        (alive, totals)
    }

    /// Adds, for each control, what `term` scores in its fields: per field, its weight for a whole-word match,
    /// half for a match inside a longer Latin word, nothing for a match inside a longer katakana word. Returns
    /// the controls it scored in.
    fn score_term(&self, term: &str, scores: &mut [u32; Control::COUNT]) -> Set {
        let mut acc = Accumulator { index: self, field: 0, best: 0, scores, found: 0 };
        let mut chars = term.chars();
        let Some(first) = chars.next() else { return 0 };
        if chars.next().is_none() {
            // A term of one character has no pair: scan for it.
            for (start, _) in self.text.match_indices(first) {
                let at = offset_of(start);
                let field = self.fields.partition_point(|f| f.start <= at).saturating_sub(1);
                acc.occurrence(start, offset_of(field), term);
            }
        } else {
            // Look the term up by its rarest pair of characters (at byte `at` of the term); a pair that occurs
            // nowhere means the term does not either.
            let mut rarest: Option<(&[Posting], usize)> = None;
            for ((at, a), b) in term.char_indices().zip(term.chars().skip(1)) {
                let Some(postings) = self.postings(pair(a, b)) else { return 0 };
                if rarest.is_none_or(|(best, _)| postings.len() < best.len()) {
                    rarest = Some((postings, at));
                }
            }
            let Some((postings, at)) = rarest else { return 0 };
            for posting in postings {
                let start = usize::try_from(posting.at).unwrap_or(usize::MAX).wrapping_sub(at);
                if self.text.get(start..).is_some_and(|rest| rest.starts_with(term)) {
                    acc.occurrence(start, posting.field, term);
                }
            }
        }
        acc.flush();
        acc.found
    }

    /// Where a character pair occurs, if anywhere.
    fn postings(&self, key: u64) -> Option<&[Posting]> {
        let mut i = slot(key, self.pairs.len());
        let &(_, start, end) = loop {
            let entry = self.pairs.get(i)?;
            match entry.0 {
                k if k == key => break entry,
                EMPTY => return None,
                _ => i = (i + 1) % self.pairs.len(),
            }
        };
        self.postings.get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)
    }
}

/// Collects occurrences of one term, in ascending order of position, into per-control scores.
struct Accumulator<'a> {
    index: &'a Index,
    /// The field of the occurrences seen last.
    field: usize,
    /// The best match in that field: 2 whole word, 1 inside a longer Latin word, 0 none.
    best: u32,
    scores: &'a mut [u32; Control::COUNT],
    /// The controls with a match so far.
    found: Set,
}

impl Accumulator<'_> {
    /// `term` occurs at byte `start` of the text, in the field of that index.
    fn occurrence(&mut self, start: usize, field: u32, term: &str) {
        let found = word_match(&self.index.text, start, term);
        if found == 0 {
            return;
        }
        let field = usize::try_from(field).unwrap_or(usize::MAX);
        if field != self.field {
            self.flush();
            self.field = field;
        }
        self.best = self.best.max(found);
    }

    fn flush(&mut self) {
        if let Some(field) = self.index.fields.get(self.field) {
            let add = field.weight * self.best / 2;
            if let Some(score) = self.scores.get_mut(field.control).filter(|_| add > 0) {
                *score = score.saturating_add(add);
                self.found |= bit(field.control);
            }
        }
        self.best = 0;
    }
}

/// How `term`, found at byte `start` of `text`, stands there: 2 as a whole word, 1 inside a longer Latin word, 0
/// inside a longer katakana word (no match).
fn word_match(text: &str, start: usize, term: &str) -> u32 {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(start + term.len()..).and_then(|s| s.chars().next());
    let edges = [(before, term.chars().next()), (term.chars().next_back(), after)];
    let mut found = 2;
    for edge in edges {
        if let (Some(a), Some(b)) = edge {
            if is_katakana(a) && is_katakana(b) {
                return 0;
            }
            if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() {
                found = 1;
            }
        }
    }
    found
}

/// A katakana letter or the prolonged sound mark: the characters a katakana word is written with (not `・`, which
/// separates words).
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FE}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
}

/// Folds text for keyword matching, appending to `out`: lowercase; full-width Latin letters and digits as ASCII;
/// hyphens dropped (`back-up` is `backup`); `・` and every kind of whitespace a space.
fn fold_into(s: &str, out: &mut String) {
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

fn offset(text: &str) -> u32 {
    offset_of(text.len())
}

fn offset_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_joins_hyphens_and_separates_at_middle_dots() {
        let fold = |s: &str| {
            let mut out = String::new();
            fold_into(s, &mut out);
            out
        };
        assert_eq!(fold("Information Back-up"), "information backup");
        assert_eq!(fold("データ・プログラム"), "データ プログラム");
        assert_eq!(fold("ＢＡＣＫＵＰ\u{3000}ログ"), "backup ログ");
    }

    #[test]
    fn katakana_words_and_latin_words() {
        assert_eq!(word_match("プログラム", "プ".len(), "ログ"), 0);
        assert_eq!(word_match("ログオン", 0, "ログ"), 0);
        assert_eq!(word_match("監査ログを", "監査".len(), "ログ"), 2);
        assert_eq!(word_match("データ プログラム", "データ ".len(), "プログラム"), 2);
        assert_eq!(word_match("backups", 0, "backup"), 1);
        assert_eq!(word_match("a backup.", 2, "backup"), 2);
        assert_eq!(word_match("暗号化", 0, "暗号"), 2);
    }

    /// The index's answer for a query, recomputed without it: every occurrence of every term in every field, by
    /// `str::match_indices`.
    fn scan(query: &str) -> (Set, [u32; Control::COUNT]) {
        let index = &*INDEX;
        let mut folded = String::new();
        fold_into(query, &mut folded);
        let mut alive = None;
        let mut totals = [0u32; Control::COUNT];
        let mut terms: Vec<&str> = folded.split_whitespace().collect();
        terms.sort_unstable();
        terms.dedup();
        for term in terms {
            let mut scores = [0u32; Control::COUNT];
            for f in &index.fields {
                let text = index.text[f.start as usize..].lines().next().unwrap();
                let best = text.match_indices(term).map(|(at, _)| word_match(text, at, term)).max().unwrap_or(0);
                scores[f.control] += f.weight * best / 2;
            }
            let found = (0..Control::COUNT).filter(|&c| scores[c] > 0).fold(0, |set, c| set | bit(c));
            alive = Some(alive.unwrap_or(found) & found);
            for c in 0..Control::COUNT {
                totals[c] += scores[c];
            }
        }
        let alive = alive.unwrap_or(0);
        for (c, total) in totals.iter_mut().enumerate() {
            if alive & bit(c) == 0 {
                *total = 0;
            }
        }
        (alive, totals)
    }

    fn indexed(query: &str) -> (Set, [u32; Control::COUNT]) {
        let (alive, mut totals) = INDEX.keywords(query);
        for (c, total) in totals.iter_mut().enumerate() {
            if alive & bit(c) == 0 {
                *total = 0;
            }
        }
        (alive, totals)
    }

    #[test]
    fn the_index_finds_what_a_scan_of_every_field_finds() {
        let text = &INDEX.text;
        let mut queries: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
        // Substrings of 1 to 5 characters starting at every 7th character: inside words, across katakana words.
        let chars: Vec<char> = text.chars().collect();
        for start in (0..chars.len()).step_by(7) {
            for len in 1..=5 {
                if let Some(s) = chars.get(start..start + len) {
                    queries.push(s.iter().collect());
                }
            }
        }
        queries.extend(
            ["backup", "バックアップ", "password", "ログ", "暗号", "監査 ログ", "back-up ｌｏｇ", "zzzz", "ー"]
                .map(String::from),
        );
        queries.sort();
        queries.dedup();
        assert!(queries.len() > 10_000, "{}", queries.len());
        for q in &queries {
            assert_eq!(indexed(q), scan(q), "{q:?}");
        }
        // Two terms: each word with the next.
        let words: Vec<&str> = text.split_whitespace().collect();
        for w in words.windows(2).step_by(3) {
            let q = format!("{} {}", w[0], w[1]);
            assert_eq!(indexed(&q), scan(&q), "{q:?}");
        }
    }

    #[test]
    fn the_index_is_small() {
        let index = &*INDEX;
        let bytes = index.text.capacity()
            + index.fields.capacity() * std::mem::size_of::<Field>()
            + index.pairs.capacity() * std::mem::size_of::<(u64, u32, u32)>()
            + index.postings.capacity() * std::mem::size_of::<Posting>();
        println!(
            "search index: {bytes} bytes: text {} B, {} fields, {} pair slots, {} postings",
            index.text.len(),
            index.fields.len(),
            index.pairs.len(),
            index.postings.len()
        );
        assert!(bytes < 512 * 1024, "{bytes}");
    }

    #[test]
    fn every_field_is_indexed_once_in_order() {
        let index = &*INDEX;
        assert!(index.fields.windows(2).all(|w| w[0].start < w[1].start));
        assert_eq!(index.text.lines().count(), index.fields.len());
        let used = index.pairs.iter().filter(|p| p.0 != EMPTY).count();
        assert!(used > 1000 && used * 2 <= index.pairs.len(), "{used} of {}", index.pairs.len());
        for &(key, start, end) in index.pairs.iter().filter(|p| p.0 != EMPTY) {
            let postings = index.postings(key).unwrap();
            assert_eq!(postings.len(), (end - start) as usize);
        }
        assert!(index.postings(pair('\u{10FFFF}', 'x')).is_none());
        assert_eq!(index.fields.last().map(|f| f.control), Some(Control::COUNT - 1));
    }
}
