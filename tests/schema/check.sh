#!/usr/bin/env bash
# The JSON Schema as integrators use it: ajv in strict mode (draft 2020-12, ajv-formats) accepts the export and
# refuses mutated copies, which the crate's loader refuses too; json-schema-to-typescript generates types from it,
# and `tsc --strict` compiles a typed read of the export and rejects a misspelt field.
# Installs what it needs under target/schema-tools (npm registry).
set -euo pipefail
cd "$(dirname "$0")/../.."
tools="$PWD/target/schema-tools"
if [ ! -x "$tools/node_modules/.bin/tsc" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
    ajv-cli@5 ajv-formats@3 json-schema-to-typescript@15 typescript@5 >/dev/null)
fi
bin="$tools/node_modules/.bin"
work=target/schema-check
rm -rf "$work" && mkdir -p "$work/mutations"
cargo run --locked -q --all-features --bin idcf -- export json > "$work/matrix.json"
ajv=("$bin/ajv" --spec=draft2020 --strict=true -c ajv-formats -s schema/matrix.schema.json)
"${ajv[@]}" validate -d "$work/matrix.json"
n=$(python3 tests/schema/mutate.py "$work/matrix.json" "$work/mutations")
# `ajv test --invalid` fails unless every file is invalid.
"${ajv[@]}" test -d "$work/mutations/*.json" --invalid >/dev/null
# The Statement of Applicability draft (schema/soa.schema.json): a sample with both kinds of decision.
SOA_SAMPLE_OUT="$PWD/$work/soa.json" cargo test --locked -q --all-features --test soa -- --exact a_sample_with_both_decisions_for_ajv >/dev/null
"$bin/ajv" --spec=draft2020 --strict=true -c ajv-formats -s schema/soa.schema.json validate -d "$work/soa.json"
# The answer of `idcf who-owns --json` (schema/answer.schema.json): the program's own output, and the answers of
# tests/answer.rs's questions (a hit, an ambiguous ISO id, a word the document does not cover, a bare ISO number …).
cargo run --locked -q --all-features --bin idcf -- who-owns --json object-storage backup > "$work/answer.json"
ANSWER_SAMPLES_OUT="$PWD/$work/answers" cargo test --locked -q --all-features --test answer -- --exact answers_for_ajv >/dev/null
"$bin/ajv" --spec=draft2020 --strict=true -c ajv-formats -s schema/answer.schema.json validate -d "$work/answer.json"
"$bin/ajv" --spec=draft2020 --strict=true -c ajv-formats -s schema/answer.schema.json validate -d "$work/answers/*.json"
# The strict loader (Matrix::from_json) refuses each too; `idcf diff` would read an older dataset version on purpose.
IDCF_MUTATIONS_DIR="$PWD/$work/mutations" cargo test --locked -q --all-features --test json -- --ignored --exact \
  the_loader_refuses_every_mutated_export >/dev/null
echo "ajv and the loader refuse all $n mutated exports"
"$bin/json2ts" --maxItems=-1 -i schema/matrix.schema.json -o "$work/matrix.d.ts"
if grep -Eq 'interface Text[0-9]|\[k: string\]: unknown' "$work/matrix.d.ts"; then
  echo "generated types repeat Text or leave interfaces open" >&2; exit 1
fi
cp tests/schema/read.ts tests/schema/misspelt.ts "$work/"
"$bin/tsc" --strict --noEmit --target es2020 --moduleResolution node "$work/read.ts"
if "$bin/tsc" --strict --noEmit --target es2020 --moduleResolution node "$work/misspelt.ts" >"$work/misspelt.log" 2>&1; then
  echo "tsc accepted a misspelt field" >&2; exit 1
fi
grep -q "ownr" "$work/misspelt.log"
echo "generated TypeScript types compile a typed read and reject a misspelt field"
