//! Property tests: hostile input never panics and errors carry the offending input or place; export → load →
//! export is byte-identical for generated matrices.

use idcf_responsibility::{
    Answer, Category, Control, Matrix, ParseError, Service,
    iso::Edition,
    lookup,
    search::{Matched, SearchHit},
};
use proptest::prelude::*;

mod common;

/// A parse either succeeds or fails with an error that carries the input as given.
fn check_parse<T: std::str::FromStr<Err = ParseError>>(s: &str) {
    match s.parse::<T>() {
        Ok(_) => {}
        Err(
            ParseError::Unknown { input, .. }
            | ParseError::Ambiguous { input, .. }
            | ParseError::AmbiguousEdition { input, .. }
            | ParseError::NotASection { input, .. },
        ) => assert_eq!(input, s),
        Err(other) => panic!("unexpected error kind for {s:?}: {other:?}"),
    }
}

/// `check_parse` for the vocabulary whose values are `_all`.
fn check_vocabulary<T: std::str::FromStr<Err = ParseError>>(_all: &[T], s: &str) {
    check_parse::<T>(s);
}

fn check_all_parsers(s: &str) {
    for_each_vocabulary!(check_vocabulary, s);
    let exact = match Control::find(s) {
        Ok(found) => found,
        Err(
            ParseError::Unknown { input, .. }
            | ParseError::AmbiguousEdition { input, .. }
            | ParseError::NotASection { input, .. },
        ) => {
            assert_eq!(input, s);
            Vec::new()
        }
        Err(other) => panic!("{other:?}"),
    };
    check_search(s, &exact);
    // A lookup explains a miss, and only a miss.
    let found = idcf_responsibility::lookup(s);
    assert_eq!(found.hits.is_empty(), found.message().is_some(), "{s:?}");
    let _ = idcf_responsibility::iso::Iso2005Control::from_id(s);
}

/// What `search` promises for any input, given what `Control::find` made of it: the controls an exact form names
/// come first, in document order, scored `EXACT`; then keyword hits, each control once; scores never increase.
/// `Answer::new` finds the same hits for every service, applicable cells first within exact and keyword hits.
fn check_search(s: &str, exact: &[Control]) {
    let hits = lookup(s).hits;
    if hits.first().is_some_and(|h| h.matched == Matched::Category) {
        // A heading number (which `Control::find` refuses): its controls, in document order, and nothing else.
        let number = s.trim().trim_start_matches('§');
        let heading = Category::ALL.iter().find(|c| c.number() == number).expect("a heading");
        assert!(exact.is_empty(), "{s:?}");
        assert_eq!(hits.iter().map(|h| h.control).collect::<Vec<_>>(), heading.controls().collect::<Vec<_>>());
        assert!(hits.iter().all(|h| h.matched == Matched::Category && h.score == SearchHit::EXACT), "{s:?}");
        return;
    }
    let named: Vec<Control> = hits.iter().take_while(|h| h.matched.is_exact()).map(|h| h.control).collect();
    assert_eq!(named, exact, "{s:?}");
    assert!(hits.iter().take(exact.len()).all(|h| h.score == SearchHit::EXACT), "{s:?}");
    assert!(hits.iter().skip(exact.len()).all(|h| !h.matched.is_exact() && h.score < SearchHit::EXACT), "{s:?}");
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score), "{s:?}: {hits:?}");
    let mut controls: Vec<Control> = hits.iter().map(|h| h.control).collect();
    controls.sort();
    controls.dedup();
    assert_eq!(controls.len(), hits.len(), "{s:?}: a control twice");
    if s.split_whitespace().next().is_none() {
        assert!(hits.is_empty());
    }
    for &service in Service::ALL {
        let answer = Answer::new(Matrix::builtin(), service, s);
        let cells: Vec<(&idcf_responsibility::Cell, SearchHit)> =
            answer.cells().iter().copied().zip(answer.lookup().hits.iter().copied()).collect();
        assert_eq!(cells.len(), hits.len(), "{s:?} {service}");
        let mut again: Vec<SearchHit> = cells.iter().map(|&(_, hit)| hit).collect();
        assert!(cells.iter().all(|(cell, hit)| cell.service() == service && cell.control() == hit.control));
        let rank =
            |(cell, hit): &(&idcf_responsibility::Cell, SearchHit)| (!hit.matched.is_exact(), !cell.is_applicable());
        assert!(cells.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])), "{s:?} {service}");
        again.sort_by_key(|h| hits.iter().position(|x| x == h));
        assert_eq!(again, hits, "{s:?} {service}");
    }
}

/// The forms that name a control exactly, with the case and spacing people type.
fn exact_forms() -> impl Strategy<Value = String> {
    let mut forms: Vec<String> = Vec::new();
    for c in Control::ALL {
        forms.extend([c.id().to_owned(), c.section().to_owned(), format!("§{}", c.section())]);
        forms.extend([c.title_ja().to_owned(), c.title_en().to_owned(), c.title_en().to_uppercase()]);
        if let Some(iso) = c.iso27002_2005() {
            forms.extend([iso.annex_a(), iso.to_string()]);
        }
        for e in Edition::ALL {
            forms.extend(c.qualified_ids(*e));
        }
    }
    forms.push("8.2.2".to_owned());
    // Heading numbers list their sections (search only).
    forms.extend(Category::ALL.iter().map(|c| c.number().to_owned()));
    (prop::sample::select(forms), "[ \t]{0,2}", "[ \t]{0,2}").prop_map(|(f, a, b)| format!("{a}{f}{b}"))
}

/// One or two words of a control's English title, or its Japanese title with a word of the English: each query
/// finds at least that control.
fn keywords() -> impl Strategy<Value = String> {
    let titles: Vec<(Vec<String>, String)> = Control::ALL
        .iter()
        .map(|c| {
            let words = c
                .title_en()
                .split_whitespace()
                .map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()).to_owned())
                .filter(|w| !w.is_empty())
                .collect();
            (words, c.title_ja().to_owned())
        })
        .collect();
    (prop::sample::select(titles), any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0..3u8).prop_map(
        |((words, ja), i, j, shape)| {
            let (a, b) = (i.get(&words).clone(), j.get(&words).clone());
            match shape {
                0 => a,
                1 => format!("{a} {b}"),
                _ => format!("{ja} {}", a.to_uppercase()),
            }
        },
    )
}

/// Strings near real ids: ids, titles and ISO forms with a character changed, dropped or added.
fn near_ids() -> impl Strategy<Value = String> {
    let mut seeds: Vec<String> = Vec::new();
    for c in Control::ALL {
        seeds.extend([c.id().to_owned(), c.section().to_owned(), c.title_ja().to_owned(), c.title_en().to_owned()]);
        for e in Edition::ALL {
            seeds.extend(c.qualified_ids(*e));
        }
    }
    seeds.extend(
        Service::ALL.iter().flat_map(|s| [s.id().to_owned(), s.label(idcf_responsibility::Lang::Ja).to_owned()]),
    );
    (prop::sample::select(seeds), any::<prop::sample::Index>(), any::<char>(), 0..3u8).prop_map(|(seed, at, ch, op)| {
        let mut chars: Vec<char> = seed.chars().collect();
        let i = at.index(chars.len() + 1);
        match op {
            0 => chars.insert(i, ch),
            1 if i < chars.len() => {
                chars.remove(i);
            }
            _ if i < chars.len() => chars[i] = ch,
            _ => chars.push(ch),
        }
        chars.into_iter().collect()
    })
}

proptest! {
    // Each case runs every parser, search and suggestions (debug build); the fuzzers go deeper.
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn parsers_never_panic_on_any_string(s in any::<String>()) {
        check_all_parsers(&s);
    }

    #[test]
    fn parsers_never_panic_near_real_ids(s in near_ids()) {
        check_all_parsers(&s);
    }

    #[test]
    fn long_input_is_refused_quickly_with_a_short_message(s in "\\PC{200,400}") {
        let err = s.parse::<Control>().unwrap_err();
        prop_assert!(err.to_string().len() < 1200, "{}", err.to_string().len());
        let carries_input = matches!(err, ParseError::Unknown { ref input, .. } if *input == s);
        prop_assert!(carries_input);
    }

    #[test]
    fn exact_forms_come_first(s in exact_forms()) {
        match Control::find(&s) {
            Ok(exact) => check_search(&s, &exact),
            // An Annex A id that 2005 and 2013 both number finds nothing: no edition is chosen.
            Err(ParseError::AmbiguousEdition { .. }) => prop_assert!(lookup(&s).hits.is_empty(), "{s:?}"),
            // A heading number: search lists its sections.
            Err(_) => {
                prop_assert!(!lookup(&s).hits.is_empty(), "{s:?}");
                check_search(&s, &[]);
            }
        }
    }

    #[test]
    fn keywords_of_the_data_are_ranked(s in keywords()) {
        let hits = lookup(&s).hits;
        prop_assert!(!hits.is_empty(), "{s:?}");
        check_search(&s, &Control::find(&s).unwrap_or_default());
    }

    #[test]
    fn id_like_strings(s in "(A\\.|iso2700[12]-20(05|13|22):A?\\.?|§)?[0-9]{0,3}(\\.[0-9]{0,3}){0,4}") {
        check_all_parsers(&s);
    }
}

/// Every pointer of a JSON tree (`/cells/3/owner`), for the mutation tests of the loaders.
#[cfg(feature = "serde")]
fn pointers(v: &serde_json::Value, at: &str, out: &mut Vec<String>) {
    use serde_json::Value;
    out.push(at.to_owned());
    match v {
        Value::Object(m) => m.iter().for_each(|(k, c)| pointers(c, &format!("{at}/{k}"), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| pointers(c, &format!("{at}/{i}"), out)),
        _ => {}
    }
}

#[cfg(feature = "serde")]
mod json {
    use super::pointers;
    use idcf_responsibility::{Basis, Cell, Duty, DutyKind, Matrix, Party, Text, json::LoadError};
    use proptest::prelude::*;
    use serde_json::Value;

    fn builtin_value() -> Value {
        serde_json::from_str(&Matrix::builtin().to_json().unwrap()).unwrap()
    }

    /// Loading fails cleanly, naming a place, or succeeds and then round-trips.
    fn check_load(text: &str) {
        match Matrix::from_json(text) {
            Ok(m) => {
                let again = m.to_json().unwrap();
                assert_eq!(Matrix::from_json(&again).unwrap().to_json().unwrap(), again);
            }
            Err(LoadError::Json { path, source, .. }) => assert!(!path.is_empty() && !source.to_string().is_empty()),
            Err(LoadError::Inconsistent { inconsistency: i, .. }) => {
                assert!(!i.place.is_empty() && !i.problem.is_empty());
            }
            Err(other) => panic!("unexpected error kind: {other:?}"),
        }
    }

    static POINTERS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let mut all = Vec::new();
        pointers(&builtin_value(), "", &mut all);
        all
    });

    fn arbitrary_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
            ".{0,12}".prop_map(Value::String),
            prop::sample::select(vec!["provider", "customer", "shared", "object-storage", "6.5.1", "stated", ""])
                .prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        // Each case parses and validates the whole 0.5 MB export: fewer cases, each a large input.
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_text_never_panics(s in any::<String>()) {
            check_load(&s);
        }

        #[test]
        fn mutated_exports_never_panic(
            picks in prop::collection::vec((any::<prop::sample::Index>(), arbitrary_json(), 0..3u8), 1..4)
        ) {
            let mut v = builtin_value();
            // Pointers of the unmutated export; one a previous mutation removed is skipped.
            let all = &*POINTERS;
            for (pick, replacement, op) in picks {
                let target = all[pick.index(all.len())].clone();
                match op {
                    0 => { if let Some(slot) = v.pointer_mut(&target) { *slot = replacement; } }
                    1 => {
                        // Remove the value from its parent.
                        if let Some((parent, key)) = target.rsplit_once('/') {
                            match v.pointer_mut(parent) {
                                Some(Value::Object(m)) => { m.remove(key); }
                                Some(Value::Array(a)) => {
                                    if let Ok(i) = key.parse::<usize>() { if i < a.len() { a.remove(i); } }
                                }
                                _ => {}
                            }
                        }
                    }
                    _ => {
                        // Duplicate an array element.
                        if let Some(Value::Array(a)) = v.pointer_mut(&target) {
                            if let Some(first) = a.first().cloned() { a.push(first); }
                        }
                    }
                }
            }
            check_load(&v.to_string());
        }

        #[test]
        fn generated_matrices_round_trip_byte_identical(
            edits in prop::collection::vec(
                (0..340usize, any::<bool>(), any::<bool>(), "\\PC{1,40}", "\\PC{1,40}", any::<bool>()),
                0..12,
            )
        ) {
            let mut matrix = Matrix::builtin().clone();
            for (i, flip, reverse, en, ja, not_applicable) in edits {
                let cell = &matrix.cells().as_slice()[i];
                let (service, control) = (cell.service(), cell.control());
                let mut duties: Vec<Duty> = cell.duties().to_vec();
                if reverse { duties.reverse(); }
                if flip {
                    if let Some(d) = duties.first_mut() {
                        // The party changes hands; the kind becomes one both parties may carry.
                        d.party = if d.party == Party::Provider { Party::Customer } else { Party::Provider };
                        d.kind = DutyKind::Performs;
                        d.capability = None;
                    }
                }
                let reason = Text::owned(format!("generated {en}"), format!("生成 {ja}"));
                if let Some(d) = duties.last_mut() {
                    if !en.trim().is_empty() && !ja.trim().is_empty() {
                        d.text = Text::owned(en.clone(), ja.clone());
                        d.basis = Basis::Inferred { reason: reason.clone() };
                    }
                }
                let summary = control.section_summary().clone();
                let edited = if not_applicable || duties.is_empty() {
                    Cell::not_applicable(service, control, Basis::Tailored { reason }, summary)
                } else {
                    Cell::new(service, control, duties, cell.withheld().to_vec(), summary)
                };
                matrix.replace(edited.unwrap());
            }
            let text = matrix.to_json().unwrap();
            let loaded = Matrix::from_json(&text).unwrap();
            prop_assert_eq!(&loaded, &matrix);
            prop_assert_eq!(loaded.to_json().unwrap(), text);
        }
    }
}

/// The register's and the overlay's loaders on hostile input: an error that names a place, or a value that
/// exports and reloads byte for byte; every report of a loaded register is written without a panic; and their
/// `Deserialize` accepts and refuses exactly what the loader does.
#[cfg(feature = "serde")]
mod register_json {
    use super::pointers;
    use idcf_responsibility::{
        Control, Service, Text,
        json::LoadError,
        plan::report,
        plan::{EditScope, EntryEdit, Overlay, Register, Status},
    };
    use proptest::prelude::*;
    use serde_json::Value;

    fn sample_register() -> Register {
        let mut o = Overlay::new();
        o.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "なし。")).unwrap();
        let mut r = Register::new(&[Service::SelfCloud, Service::ObjectStorage], Some(o));
        r.edit(
            EditScope::All,
            Control::InformationBackup,
            &EntryEdit::new().status(Status::InProgress).append_note("Weekly."),
        )
        .unwrap();
        r.edit_entry(0, &EntryEdit::new().add_evidence("TICKET-1")).unwrap();
        r
    }

    fn check_error(err: &LoadError) {
        match err {
            LoadError::Json { path, source, .. } => assert!(!path.is_empty() && !source.to_string().is_empty()),
            LoadError::Inconsistent { inconsistency: i, .. } => assert!(!i.place.is_empty() && !i.problem.is_empty()),
            LoadError::TooLarge { .. } => {}
            other => panic!("unexpected error kind: {other:?}"),
        }
    }

    /// Deserializing is loading: `serde_json::from_str::<T>` (what a web framework's JSON extractor calls) accepts
    /// exactly what `T::from_json` accepts, and gives the same value. (`from_json` alone skips a byte-order mark
    /// and refuses input over `json::MAX_JSON_BYTES`: such text is left out.)
    fn agree<T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(text: &str, loaded: Result<&T, &LoadError>) {
        if text.starts_with('\u{FEFF}') || text.len() > idcf_responsibility::json::MAX_JSON_BYTES {
            return;
        }
        match (serde_json::from_str::<T>(text), loaded) {
            (Ok(typed), Ok(loaded)) => assert_eq!(&typed, loaded),
            (Err(_), Err(_)) => {}
            (typed, loaded) => panic!("serde_json::from_str and from_json disagree on {text}: {typed:?} / {loaded:?}"),
        }
    }

    fn check_register(text: &str) {
        let loaded = Register::from_json(text);
        agree::<Register>(text, loaded.as_ref());
        match loaded {
            Ok(r) => {
                let again = r.to_json().unwrap();
                assert_eq!(Register::from_json(&again).unwrap().to_json().unwrap(), again);
                let _ = (r.drift(), r.progress());
                for lang in idcf_responsibility::Lang::ALL {
                    let _ = (report::markdown(&r, *lang), report::html(&r, *lang), report::csv(&r, *lang));
                    #[cfg(feature = "oscal")]
                    let _ = idcf_responsibility::export::oscal::customer_ssp(&r, *lang);
                }
            }
            Err(err) => check_error(&err),
        }
    }

    fn check_overlay(text: &str) {
        let loaded = Overlay::from_json(text);
        agree::<Overlay>(text, loaded.as_ref());
        match loaded {
            Ok(o) => {
                let again = o.to_json().unwrap();
                assert_eq!(Overlay::from_json(&again).unwrap().to_json().unwrap(), again);
                let _ = o.apply(idcf_responsibility::Matrix::builtin());
            }
            Err(err) => check_error(&err),
        }
    }

    fn leaf() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            "\\PC{0,12}".prop_map(Value::String),
            prop::sample::select(vec![
                "not-started",
                "risk-accepted",
                "customer",
                "provider",
                "self-cloud",
                "object-storage",
                "2027-02-29",
                "",
                " ",
                "2.0.0",
                "stated",
                "performs",
            ])
            .prop_map(Value::from),
            Just(serde_json::json!({"state": "not-applicable", "justification": ""})),
        ]
    }

    /// The document mutated 1–3 times: a value replaced, a key or element removed, an element duplicated.
    fn mutate(mut v: Value, picks: Vec<(prop::sample::Index, Value, u8)>) -> String {
        let mut all = Vec::new();
        pointers(&v, "", &mut all);
        for (pick, replacement, op) in picks {
            let target = all[pick.index(all.len())].clone();
            match op {
                0 => {
                    if let Some(slot) = v.pointer_mut(&target) {
                        *slot = replacement;
                    }
                }
                1 => {
                    if let Some((parent, key)) = target.rsplit_once('/') {
                        match v.pointer_mut(parent) {
                            Some(Value::Object(m)) => {
                                m.remove(key);
                            }
                            Some(Value::Array(a)) => {
                                if let Ok(i) = key.parse::<usize>() {
                                    if i < a.len() {
                                        a.remove(i);
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                }
                _ => {
                    if let Some(Value::Array(a)) = v.pointer_mut(&target) {
                        if let Some(first) = a.first().cloned() {
                            a.push(first);
                        }
                    }
                }
            }
        }
        v.to_string()
    }

    proptest! {
        // Each case loads and re-derives a matrix: fewer cases.
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn register_loader_never_panics_on_any_text(s in any::<String>()) {
            check_register(&s);
            check_overlay(&s);
        }

        #[test]
        fn mutated_registers_never_panic(
            picks in prop::collection::vec((any::<prop::sample::Index>(), leaf(), 0..3u8), 1..4)
        ) {
            let v: Value = serde_json::from_str(&sample_register().to_json().unwrap()).unwrap();
            check_register(&mutate(v, picks));
        }

        #[test]
        fn mutated_overlays_never_panic(
            picks in prop::collection::vec((any::<prop::sample::Index>(), leaf(), 0..3u8), 1..4)
        ) {
            let overlay = sample_register().overlay().unwrap().clone();
            let v: Value = serde_json::from_str(&overlay.to_json().unwrap()).unwrap();
            check_overlay(&mutate(v, picks));
        }
    }
}
