#!/usr/bin/env bash
# Checks the HTML export in Debian's Chromium with playwright-core, and optionally writes a screenshot.
#   tests/browser/run.sh [screenshot.png]
# Needs: chromium (apt-get install chromium) and node/npm; playwright-core is installed under target/.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v chromium >/dev/null || { echo "chromium is not installed: apt-get install chromium" >&2; exit 1; }
work=target/browser-check
mkdir -p "$work"
[ -d "$work/node_modules/playwright-core" ] || (cd "$work" && npm install --silent --no-audit --no-fund playwright-core@1 >/dev/null)
cargo run --locked -q --example export -- html > "$work/matrix.html"
cp tests/browser/check_html.mjs "$work/"
shot=""
[ $# -ge 1 ] && shot="$(realpath -m "$1")"
node "$work/check_html.mjs" "$PWD/$work/matrix.html" $shot
