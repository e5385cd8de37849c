//! Benchmarks: the typed owner lookup beside the naive alternatives, in the same run; keyword search beside a
//! substring scan of the same text; JSON export and import; schema generation.
//!
//! `cargo bench --all-features --bench matrix`; the README gives the figures and the machine.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use idcf_responsibility::{Control, Lang, Matrix, Owner, Service, json, lookup};
use memchr::memmem;

// The search's own folding, included by path: the floor scan reads the same folded text without a public item.
#[path = "../src/fold.rs"]
#[allow(dead_code, reason = "the bench uses the search's fold, not the vocabulary's key")]
mod fold;

/// The same pseudo-random sequence of (service, control) pairs for every lookup (a fixed LCG).
fn pairs(n: usize) -> Vec<(Service, Control)> {
    let mut state: u64 = 0x2014_1001;
    (0..n)
        .map(|_| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let hi = (state >> 33) as usize;
            (Service::ALL[hi % Service::COUNT], Control::ALL[(hi / Service::COUNT) % Control::COUNT])
        })
        .collect()
}

/// What an integrator without the crate writes: parse the exported JSON into a map keyed by (service id,
/// section id) with the owner as a string.
fn string_map(exported: &str) -> HashMap<(String, String), String> {
    let v: serde_json::Value = serde_json::from_str(exported).unwrap();
    v["cells"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let key = (c["service"].as_str().unwrap().to_owned(), c["section"].as_str().unwrap().to_owned());
            (key, c["owner"].as_str().unwrap_or("n/a").to_owned())
        })
        .collect()
}

fn owner_lookup(c: &mut Criterion) {
    const N: usize = 1000;
    let matrix = Matrix::builtin();
    let seq = pairs(N);
    // The integrator receives ids as strings.
    let str_pairs: Vec<(&str, &str)> = seq.iter().map(|(s, c)| (s.id(), c.section())).collect();
    let string_keys: Vec<(String, String)> = str_pairs.iter().map(|&(s, c)| (s.to_owned(), c.to_owned())).collect();
    let map = string_map(&matrix.to_json().unwrap());
    let index_pairs: Vec<(usize, usize)> = seq.iter().map(|(s, c)| (s.index(), c.index())).collect();
    let mut floor = [[None::<Owner>; Control::COUNT]; Service::COUNT];
    for cell in matrix.cells() {
        floor[cell.service().index()][cell.control().index()] = cell.owner();
    }

    let mut group = c.benchmark_group("owner_lookup");
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("typed", |b| {
        b.iter(|| {
            let mut shared = 0u32;
            for &(s, c) in black_box(&seq) {
                shared += u32::from(matrix.owner(s, c) == Some(Owner::Shared));
            }
            shared
        });
    });
    // A `HashMap<(String, String), _>` is queried with an owned key: that is what the integrator writes.
    group.bench_function("string_hashmap", |b| {
        b.iter(|| {
            let mut shared = 0u32;
            for &(s, c) in black_box(&str_pairs) {
                let key = (s.to_owned(), c.to_owned());
                shared += u32::from(map.get(&key).is_some_and(|o| o == "shared"));
            }
            shared
        });
    });
    // The same map with the keys built before timing: hashing and comparing only, no allocation.
    group.bench_function("string_hashmap_prebuilt_keys", |b| {
        b.iter(|| {
            let mut shared = 0u32;
            for key in black_box(&string_keys) {
                shared += u32::from(map.get(key).is_some_and(|o| o == "shared"));
            }
            shared
        });
    });
    group.bench_function("array_floor", |b| {
        b.iter(|| {
            let mut shared = 0u32;
            for &(s, c) in black_box(&index_pairs) {
                shared += u32::from(floor[s][c] == Some(Owner::Shared));
            }
            shared
        });
    });
    group.finish();
}

/// The naive alternative: lowercase every title, summary and duty of every control on each query and keep the
/// controls that contain it (no ranking, no hyphen folding).
fn naive_search(query: &str) -> Vec<Control> {
    let query = query.to_lowercase();
    Control::ALL
        .iter()
        .copied()
        .filter(|c| {
            let mut texts = vec![c.title_en(), c.title_ja(), &c.section_summary().en, &c.section_summary().ja];
            texts.extend(c.section_duties().iter().flat_map(|d| [d.text.en.as_ref(), d.text.ja.as_ref()]));
            texts.iter().any(|t| t.to_lowercase().contains(&query))
        })
        .collect()
}

/// Every searchable text of every control (titles, category, summary, duties, capabilities, the ISO title), one
/// per line, folded as the search folds queries: the same text the search's index reads, rebuilt here through the
/// public API, folded by the search's own function (`src/fold.rs`, included by path at the top).
fn folded_text() -> String {
    let mut out = String::new();
    let mut push = |s: &str| {
        fold::fold_into(s, &mut out);
        out.push('\n');
    };
    for &control in Control::ALL {
        for &lang in Lang::ALL {
            push(control.label(lang));
            push(control.category().label(lang));
            push(control.section_summary().get(lang));
            for duty in control.section_duties() {
                push(duty.text.get(lang));
                if let Some(cap) = duty.capability {
                    push(cap.label(lang));
                }
            }
        }
        if let Some(iso) = control.iso27002_2005() {
            push(&iso.title_en);
        }
    }
    out
}

/// The ranked search beside its floor: one pass of a prebuilt substring finder over the same folded text the
/// search reads (every searchable text of every control), counting occurrences without ranking or word checks.
/// The queries are already folded (lowercase, no hyphens), so the finder looks for what the search looks for.
fn keyword_search(c: &mut Criterion) {
    let folded = folded_text();
    let text = folded.as_bytes();
    let mut group = c.benchmark_group("search");
    for query in ["backup", "バックアップ", "password", "ログ", "暗号"] {
        assert!(!lookup(query).hits.is_empty(), "{query}");
        let finder = memmem::Finder::new(query);
        group.bench_function(format!("ranked/{query}"), |b| b.iter(|| lookup(black_box(query)).hits));
        group.bench_function(format!("floor_scan/{query}"), |b| b.iter(|| finder.find_iter(black_box(text)).count()));
        group.bench_function(format!("naive_contains/{query}"), |b| b.iter(|| naive_search(black_box(query))));
    }
    group.finish();
}

fn json_io(c: &mut Criterion) {
    let matrix = Matrix::builtin();
    let text = matrix.to_json().unwrap();
    let mut group = c.benchmark_group("json");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("export", |b| b.iter(|| black_box(matrix).to_json().unwrap()));
    group.bench_function("load_validated", |b| b.iter(|| Matrix::from_json(black_box(&text)).unwrap()));
    group.bench_function("schema", |b| b.iter(json::schema));
    group.finish();
}

criterion_group!(benches, owner_lookup, keyword_search, json_io);
criterion_main!(benches);
