#!/usr/bin/env bash
# Checks the HTML export, English and Japanese, at 1280 and 390 px in Debian's Chromium with playwright-core, and
# optionally writes screenshots (the English page at 1280 px with a cell open; the Japanese page at 390 px).
#   tests/browser/run.sh [desktop.png [phone.png]]
# Needs: chromium (apt-get install chromium), fonts-noto-cjk for Japanese glyphs in the screenshots, node/npm;
# playwright-core is installed under target/.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v chromium >/dev/null || { echo "chromium is not installed: apt-get install chromium" >&2; exit 1; }
work=target/browser-check
mkdir -p "$work"
[ -d "$work/node_modules/playwright-core" ] || (cd "$work" && npm install --silent --no-audit --no-fund playwright-core@1 >/dev/null)
cargo run --locked -q --all-features --bin idcf -- export html > "$work/matrix-en.html"
cargo run --locked -q --all-features --bin idcf -- export html --lang ja > "$work/matrix-ja.html"
cp tests/browser/check_html.mjs "$work/"
shots=()
for shot in "$@"; do shots+=("$(realpath -m "$shot")"); done
node "$work/check_html.mjs" "$PWD/$work/matrix-en.html" "$PWD/$work/matrix-ja.html" "${shots[@]}"

# The register's HTML report: a sample register with open and settled duties, in both languages.
register="$work/register.json"
reg() { cargo run --locked -q --all-features --bin idcf -- register "$@"; }
reg init "$register" idcf-cloud object-storage --force >/dev/null
reg set "$register" 6.5.1 --status implemented --note "Nightly snapshots."
reg set "$register" audit-logging --status in-progress --service idcf-cloud
reg set "$register" teleworking --status risk-accepted --justification "Accepted until the VPN is in place."
reg report "$register" --format html > "$work/register-en.html"
reg report "$register" --format html --lang ja > "$work/register-ja.html"
entries="$(grep -c '"service":' "$register")"
cp tests/browser/check_register.mjs "$work/"
node "$work/check_register.mjs" "$PWD/$work/register-en.html" "$PWD/$work/register-ja.html" "$entries"
