#!/usr/bin/env bash
# Runs every fuzz target for a while, on stable Rust (libFuzzer without a sanitizer: `-s none`).
#   fuzz/run.sh [seconds per target, default 300]
# Corpora grow under fuzz/corpus/ (not committed), seeded from fuzz/seeds/ and, for load_json, the built-in
# export. Crashes land in fuzz/artifacts/<target>/; turn each into a regression test in tests/fuzz_regressions.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-300}"
for t in parse_ids who_owns_args load_json load_register import_workbook; do mkdir -p "fuzz/corpus/$t"; done
cargo run --locked -q --all-features --bin idcf -- export json > fuzz/corpus/load_json/builtin.json
cargo fuzz build -s none
for t in parse_ids who_owns_args load_json load_register import_workbook; do
  max_len=4096
  [ "$t" = load_json ] && max_len=600000
  [ "$t" = load_register ] && max_len=200000
  [ "$t" = import_workbook ] && max_len=200000
  echo "== $t for ${secs}s"
  cargo fuzz run -s none "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
    -max_total_time="$secs" -max_len="$max_len" -print_final_stats=1 2>&1 | tail -n 25
done
