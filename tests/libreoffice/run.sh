#!/usr/bin/env bash
# Opens the xlsx export in LibreOffice Calc (headless), converts every sheet to CSV and compares cells with the
# matrix: the overview's grid against the crate's own CSV export, and known cells of the service sheets, in
# English and Japanese. A reader nobody on this project wrote, as a user's spreadsheet program reads the file.
#   tests/libreoffice/run.sh
# Needs: soffice (apt-get install libreoffice-calc-nogui) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v soffice >/dev/null || { echo "soffice is not installed: apt-get install libreoffice-calc-nogui" >&2; exit 1; }
work="$PWD/target/libreoffice-check"
rm -rf "$work" && mkdir -p "$work"
for lang in en ja; do
  cargo run --locked -q --all-features --bin idcf -- export xlsx --lang "$lang" > "$work/matrix-$lang.xlsx"
  cargo run --locked -q --all-features --bin idcf -- export csv --lang "$lang" > "$work/matrix-$lang.csv"
  # Filter options: comma, double quote, UTF-8 (76), from line 1, …, the last -1: every sheet to its own file.
  (cd "$work" && soffice -env:UserInstallation="file://$work/profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    "matrix-$lang.xlsx" >/dev/null 2>&1)
done
python3 tests/libreoffice/compare.py "$work"
