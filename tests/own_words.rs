//! Own words: no summary, duty, reason or note of the crate shares a run of 12 or more characters with the
//! document's text. Exempt are exactly what the codebook's wording rule exempts (`docs/codebook.md`, "Own words"): a
//! title quoted whole in 「」 (of a section, heading, chapter, the document, a guideline, or a document the text names,
//! such as 「カスタマーハンドブック」), and two identifiers, the publisher's registered name and the ids of the
//! standards. A document's name unquoted, or a common word that happens to be a title (バックアップ, 監査), counts
//! like any other.
//!
//! A user's clone has no copy of the document, so the test is ignored unless `IDCF_SEED_DIR` names the folder
//! that holds it (`.ci/run` passes `../shared/seed`):
//!
//! ```text
//! IDCF_SEED_DIR=../shared/seed cargo test --test own_words -- --include-ignored
//! ```

use std::collections::HashSet;

use idcf_responsibility::{Capability, Category, Chapter, Control, Lang, Layer, Text, Withheld, document::Document};

/// The longest run a text may share with the document.
const LONGEST_SHARED: usize = 11;

/// Whitespace is dropped before comparing: the document's extraction spaces words unevenly.
fn squash(s: &str) -> Vec<char> {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The documents the document names, exempt only as titles quoted whole in 「」 (the codebook's list).
const DOCUMENTS: [&str; 4] =
    ["サービス仕様書", "カスタマーハンドブック", "クイックスタートガイド", "プライバシーポリシー"];

/// The identifiers exempt wherever they stand: the ids of the standards the document names (the publisher's
/// registered name is added from the document's metadata).
const STANDARD_IDS: [&str; 2] = ["ISO/IEC 27001:2005", "JIS Q 27001:2006"];

/// What a text may repeat, as the codebook's "Own words" rule lists it: titles of sections, categories and
/// chapters, the document's title, the guidelines' and the documents the document names, each only where quoted
/// whole in 「」; and the publisher's registered name and the standards' ids, which are identifiers, not words.
fn names() -> Vec<String> {
    let doc = Document::builtin();
    let mut titles: Vec<String> = Control::ALL.iter().map(|c| c.title_ja().to_owned()).collect();
    titles.extend(Category::ALL.iter().map(|c| c.title_ja().to_owned()));
    titles.extend(Chapter::ALL.iter().map(|c| c.title_ja().to_owned()));
    titles.extend(doc.guidelines.iter().map(|g| g.title.ja.to_string()));
    titles.push(doc.title.ja.to_string());
    titles.extend(DOCUMENTS.map(str::to_owned));
    let mut names: Vec<String> = titles.into_iter().map(|t| format!("「{t}」")).collect();
    names.push(doc.publisher.ja.to_string());
    names.extend(STANDARD_IDS.map(str::to_owned));
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names
}

/// Every text the crate writes about the document, with where it is.
fn texts() -> Vec<(String, Text)> {
    let mut out = Vec::new();
    for &c in Control::ALL {
        out.push((format!("{} summary", c.section()), c.section_summary().clone()));
        let os = c.summary(idcf_responsibility::Service::ObjectStorage);
        if os != c.section_summary() {
            out.push((format!("{} Object Storage summary", c.section()), os.clone()));
        }
        for (i, d) in c.section_duties().iter().enumerate() {
            out.push((format!("{} duties[{i}]", c.section()), d.text.clone()));
            if let Some(reason) = d.basis.reason() {
                out.push((format!("{} duties[{i}] reason", c.section()), reason.clone()));
            }
        }
        for &s in idcf_responsibility::Service::ALL {
            if let Some(reason) = c.not_applicable_reason(s) {
                out.push((format!("{} not applicable to {s}", c.section()), reason.clone()));
            }
        }
        if let Some((_, note)) = c.misprint() {
            out.push((format!("{} misprint", c.section()), note.clone()));
        }
    }
    for w in Withheld::ALL {
        out.push((format!("withheld {w}"), Text::new(w.label(Lang::En), w.label(Lang::Ja))));
    }
    for (i, caveat) in Document::builtin().caveats.iter().enumerate() {
        out.push((format!("caveat {i}"), caveat.clone()));
    }
    for c in Capability::ALL {
        out.push((format!("capability {c}"), Text::new(c.label(Lang::En), c.label(Lang::Ja))));
    }
    for l in Layer::ALL {
        out.push((format!("layer {l}"), Text::new(l.label(Lang::En), l.label(Lang::Ja))));
    }
    out
}

/// The runs of `text` longer than [`LONGEST_SHARED`] that the document also contains, names blanked out first.
fn shared_runs(text: &str, windows: &HashSet<Vec<char>>, names: &[String]) -> Vec<String> {
    let mut blanked = text.to_owned();
    for name in names {
        blanked = blanked.replace(name.as_str(), "\u{0}");
    }
    let chars = squash(&blanked);
    let n = LONGEST_SHARED + 1;
    let mut runs: Vec<String> = Vec::new();
    let mut i = 0;
    while i + n <= chars.len() {
        if windows.contains(&chars[i..i + n]) {
            // Extend the run as far as the document goes along.
            let mut end = i + n;
            while end < chars.len() && windows.contains(&chars[end + 1 - n..=end]) {
                end += 1;
            }
            runs.push(chars[i..end].iter().collect());
            i = end;
        } else {
            i += 1;
        }
    }
    runs
}

#[test]
#[ignore = "needs the document: IDCF_SEED_DIR=../shared/seed"]
fn no_text_repeats_the_document() {
    let dir = std::env::var("IDCF_SEED_DIR").expect("set IDCF_SEED_DIR to the folder holding the document's text");
    let document: String = std::fs::read_dir(&dir)
        .expect("IDCF_SEED_DIR is a folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read_to_string(e.path()).expect("readable text"))
        .collect();
    assert!(document.contains("クラウドサービスにおけるセキュリティ対策概要"), "not the document");
    let doc = squash(&document);
    let windows: HashSet<Vec<char>> = doc.windows(LONGEST_SHARED + 1).map(<[char]>::to_vec).collect();
    let names = names();
    let mut faults = Vec::new();
    for (place, text) in texts() {
        for lang in [&text.en, &text.ja] {
            for run in shared_runs(lang, &windows, &names) {
                faults.push(format!("{place}: {run:?} ({} characters)", run.chars().count()));
            }
        }
    }
    assert!(faults.is_empty(), "texts that repeat the document:\n{}", faults.join("\n"));
}

#[test]
fn the_check_finds_a_copied_sentence() {
    // The checker itself, on a made-up document: it must flag a copied run and let a name through.
    let windows: HashSet<Vec<char>> =
        squash("当社は、仮想マシン上のお客さまの情報の保存、バックアップなどの責任を負っておりません。")
            .windows(LONGEST_SHARED + 1)
            .map(<[char]>::to_vec)
            .collect();
    let runs = shared_runs("仮想マシン上のお客さまの情報の保存は対象外", &windows, &[]);
    assert_eq!(runs, ["仮想マシン上のお客さまの情報の保存"]);
    assert!(shared_runs("仮想マシン上の情報は自社で守る", &windows, &[]).is_empty());
    let name = "「仮想マシン上のお客さまの情報の保存」".to_owned();
    assert!(shared_runs("「仮想マシン上のお客さまの情報の保存」", &windows, &[name]).is_empty());
}

#[test]
fn a_title_is_exempt_only_where_quoted_whole() {
    // 6.5.2's old Japanese summary shared 15 characters with the document around the word バックアップ, the title of
    // category 6.5; the word counts like any other unless the title is quoted whole as a name.
    let windows: HashSet<Vec<char>> =
        squash("お客さまがご自身の仮想マシンのバックアップを取得できる機能を提供しています。")
            .windows(LONGEST_SHARED + 1)
            .map(<[char]>::to_vec)
            .collect();
    let names = names();
    assert!(names.iter().any(|n| n == "「バックアップ」"));
    assert!(!names.iter().any(|n| n == "バックアップ"), "a bare title word must not be exempt");
    let runs = shared_runs("お客さまが自分の仮想マシンのバックアップを取れる機能がある。", &windows, &names);
    assert_eq!(runs, ["の仮想マシンのバックアップを取"]);
    // Quoted whole, the title is a name and breaks the run.
    assert!(shared_runs("仮想マシンの「バックアップ」を取得", &windows, &names).is_empty());
}

#[test]
fn a_document_name_is_exempt_only_as_a_quoted_title() {
    // 6.1.2's Japanese duty once shared 12 characters with the document through the unquoted name
    // クイックスタートガイド; the codebook exempts a document's name only where quoted whole as a title.
    let windows: HashSet<Vec<char>> = squash("カスタマーハンドブック、クイックスタートガイドを用意し提供しています。")
        .windows(LONGEST_SHARED + 1)
        .map(<[char]>::to_vec)
        .collect();
    let names = names();
    for document in DOCUMENTS {
        assert!(names.iter().any(|n| *n == format!("「{document}」")), "{document}");
        assert!(!names.iter().any(|n| n == document), "{document} must not be exempt unquoted");
    }
    assert_eq!(shared_runs("クイックスタートガイドを渡す", &windows, &names), ["クイックスタートガイドを"]);
    assert!(shared_runs("「クイックスタートガイド」を渡す", &windows, &names).is_empty());
}

#[test]
fn the_exemptions_are_the_codebooks() {
    // The codebook's "Own words" rule names every exemption this test makes, and no other document.
    // The packaged crate has no docs/ (Cargo.toml's include): there is nothing to compare with.
    let Ok(codebook) = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/codebook.md")) else {
        return;
    };
    let rule = codebook.split("- *Own words.*").nth(1).expect("the codebook's Own words rule");
    let rule = rule.split("\n\n").next().unwrap_or(rule);
    for document in DOCUMENTS {
        assert!(rule.contains(&format!("「{document}」")), "the codebook does not exempt 「{document}」");
    }
    for id in STANDARD_IDS {
        assert!(rule.contains(id), "the codebook does not exempt {id}");
    }
    assert!(
        rule.contains(Document::builtin().publisher.ja.as_ref()),
        "the codebook does not exempt the publisher's name"
    );
}
