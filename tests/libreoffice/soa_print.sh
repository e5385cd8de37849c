#!/usr/bin/env bash
# Prints the Statement of Applicability workbook as an auditor would: LibreOffice Calc (headless) renders it to
# PDF, and tests/libreoffice/soa_print.py (pdfminer.six from PyPI, in a venv under target/) checks every page is
# A4 landscape, no text is below 8 pt, the column headers repeat on every page and the customer's header is
# printed. For an IDCF Cloud + Object Storage register with decisions, a record and the SoA header, in English
# and Japanese.
#   tests/libreoffice/soa_print.sh
# Needs: soffice (apt-get install libreoffice-calc-nogui) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v soffice >/dev/null || { echo "soffice is not installed: apt-get install libreoffice-calc-nogui" >&2; exit 1; }
. tests/venv.sh
work="$PWD/target/soa-print-check"
rm -rf "$work" && mkdir -p "$work"
make_venv "$PWD/target/soa-print-venv" tests/libreoffice/soa-requirements.txt
idcf() { cargo run --locked -q --all-features --bin idcf -- "$@"; }
reg="$work/register.json"
idcf register init "$reg" idcf-cloud object-storage >/dev/null
idcf register set "$reg" 7.6.2 --status not-applicable --justification "No teleworking (work rules, art. 12)" >/dev/null
idcf register decide "$reg" A.8.28 exclude --justification "No software is developed in house." --grounds business >/dev/null
idcf register decide "$reg" A.5.7 include --justification "Threat feeds are reviewed weekly." --risk RA-2026-03 >/dev/null
idcf register set "$reg" A.5.7 --status in-progress --team SOC --documents ISMS-PR-07 >/dev/null
idcf register soa-info "$reg" --organisation "Example KK" --scope "Web shop on IDCF Cloud and Object Storage" \
  --version 1.0 --date 2026-12-01 --approver "CISO" >/dev/null
for lang in en ja; do
  idcf register soa "$reg" --format xlsx --lang "$lang" -o "$work/soa-$lang.xlsx"
  (cd "$work" && soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
    "soa-$lang.xlsx" >/dev/null 2>&1)
done
"$PWD/target/soa-print-venv/bin/python" tests/libreoffice/soa_print.py "$work/soa-en.pdf" "$work/soa-ja.pdf"
