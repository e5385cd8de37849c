#!/usr/bin/env bash
# The public API as a checked-in summary (tests/public_api/api.txt), one item a line: every addition or removal shows
# in review. Built from rustdoc's JSON (RUSTC_BOOTSTRAP lets stable rustdoc write it), listed by list.py.
# UPDATE_PINS=1 rewrites the summary instead of comparing (never under CI=true).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=target/public-api
RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$dir" cargo rustdoc --locked -q --lib --all-features -- -Z unstable-options --output-format json
python3 tests/public_api/list.py "$dir/doc/idcf_responsibility.json" > "$dir/api.txt"
if [ "${UPDATE_PINS:-}" = 1 ] && [ "${CI:-}" != true ]; then
  cp "$dir/api.txt" tests/public_api/api.txt
  echo "public API summary rewritten: $(wc -l < tests/public_api/api.txt) lines"
elif ! diff -u tests/public_api/api.txt "$dir/api.txt"; then
  echo "the public API changed (lines above: - removed, + added); if on purpose, run UPDATE_PINS=1 tests/public_api/check.sh" >&2
  exit 1
fi
# The tree mirrors the public map: every public item under its module's path, a type's inherent methods beside it.
python3 tests/public_api/spans.py "$dir/doc/idcf_responsibility.json"
