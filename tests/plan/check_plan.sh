#!/usr/bin/env bash
# The plan through Excel as a team makes the round trip (plan::workbook, through `idcf register export-xlsx` and `import-xlsx`): the workbook
# is written, edited with another program (openpyxl: a status in Japanese and one in English, a team, a due date,
# a note), read back, and the register compared; a typo in a status, a deleted row and the workbook of another
# register are each refused with their place (exit 2) and leave the register file as it was; two teams' copies
# imported in either order both land, and a copy that clashes with one is refused with both values; the workbook
# opened and saved again by LibreOffice Calc keeps its drop-down and protection and reads back unchanged.
#   tests/plan/check_plan.sh
# Needs python3 (openpyxl from PyPI, pinned by tests/plan/requirements.txt, in a venv under target/plan-venv) and,
# for the LibreOffice part, soffice (skipped with a warning without it).
set -euo pipefail
cd "$(dirname "$0")/../.."

. tests/venv.sh
venv=target/plan-venv
make_venv "$venv" tests/plan/requirements.txt
py() { "$venv/bin/python" tests/plan/check_plan.py "$@"; }

work="$PWD/target/plan-check"
rm -rf "$work" && mkdir -p "$work"
cargo build --locked -q --features cli-full --bin idcf
idcf="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/debug/idcf"
register="$work/register.json"
"$idcf" register init "$register" idcf-cloud object-storage >/dev/null
"$idcf" register init "$work/other.json" self-cloud >/dev/null
for lang in en ja; do
  "$idcf" register export-xlsx "$register" "$work/plan-$lang.xlsx" --lang "$lang" >/dev/null
  py structure "$work/plan-$lang.xlsx" "$lang"
done
"$idcf" register export-xlsx "$work/other.json" "$work/other.xlsx" >/dev/null
py edit "$work"

# Each refusal: exit 2, the place in the message, the register file untouched.
refused() {
  local book="$1"; shift
  local before; before="$(sha256sum "$register")"
  set +e; out="$("$idcf" register import-xlsx "$register" "$work/$book" 2>&1)"; rc=$?; set -e
  [ "$rc" = 2 ] || { echo "$book: exit $rc, expected 2: $out" >&2; exit 1; }
  for expected in "$@"; do
    grep -qF -- "$expected" <<<"$out" || { echo "$book: no \"$expected\" in: $out" >&2; exit 1; }
  done
  [ "$(sha256sum "$register")" = "$before" ] || { echo "$book: the register changed" >&2; exit 1; }
  echo "ok: $book refused, the register unchanged"
}
refused typo.xlsx "workbook $work/typo.xlsx refused" "sheet Object Storage, row " "column H (Status): unknown status \"implemnted\"" "did you mean implemented?"
refused deleted.xlsx "sheet Object Storage: entry " "has no row (a row deleted?)"
refused other.xlsx "column N (Key): key \"plan2/self-cloud/" "which the register does not cover"

# The edited workbook: applied, listed, and the register compared.
out="$("$idcf" register import-xlsx "$register" "$work/edited.xlsx")"
grep -q ": 5 change(s) from " <<<"$out" || { echo "edited.xlsx: $out" >&2; exit 1; }
py compare "$register"

# Two teams fill in different rows of two copies: imported in either order, both land. A third copy changes a row
# the first team's import changed since: refused (exit 2) with both values, the register untouched, until a side is
# chosen.
"$idcf" register init "$work/teams-a.json" idcf-cloud object-storage >/dev/null
cp "$work/teams-a.json" "$work/teams-b.json"
"$idcf" register export-xlsx "$work/teams-a.json" "$work/teams.xlsx" >/dev/null
py teams "$work/teams.xlsx" "$work"
for book in ops net; do "$idcf" register import-xlsx "$work/teams-a.json" "$work/$book.xlsx" >/dev/null; done
for book in net ops; do "$idcf" register import-xlsx "$work/teams-b.json" "$work/$book.xlsx" >/dev/null; done
py same "$work/teams-a.json" "$work/teams-b.json"
before="$(sha256sum "$work/teams-a.json")"
set +e; out="$("$idcf" register import-xlsx "$work/teams-a.json" "$work/clash.xlsx" 2>&1)"; rc=$?; set -e
[ "$rc" = 2 ] || { echo "clash.xlsx: exit $rc, expected 2: $out" >&2; exit 1; }
grep -qF "status: register implemented, workbook in-progress" <<<"$out" || { echo "clash.xlsx: $out" >&2; exit 1; }
[ "$(sha256sum "$work/teams-a.json")" = "$before" ] || { echo "clash.xlsx: the register changed" >&2; exit 1; }
out="$("$idcf" register import-xlsx "$work/teams-a.json" "$work/clash.xlsx" --prefer register)"
grep -qF "the register's kept" <<<"$out" || { echo "clash.xlsx --prefer register: $out" >&2; exit 1; }
echo "ok: two teams' copies land in either order; a conflict is refused with both values, then settled"

# LibreOffice Calc opens and saves the workbook: the drop-down and the protection stay, and it reads back unchanged.
if command -v soffice >/dev/null; then
  "$idcf" register init "$work/fresh.json" idcf-cloud object-storage >/dev/null
  mkdir -p "$work/lo"
  for lang in en ja; do
    (cd "$work/lo" && soffice -env:UserInstallation="file://$work/profile" --headless --convert-to xlsx:"Calc MS Excel 2007 XML" \
      "$work/plan-$lang.xlsx" >/dev/null 2>&1)
    py structure "$work/lo/plan-$lang.xlsx" "$lang" --resaved
    out="$("$idcf" register import-xlsx "$work/fresh.json" "$work/lo/plan-$lang.xlsx")"
    grep -q ": 0 change(s) from " <<<"$out" || { echo "LibreOffice's plan-$lang.xlsx: $out" >&2; exit 1; }
    echo "ok: plan-$lang.xlsx saved by LibreOffice reads back unchanged"
  done
else
  echo "WARNING: soffice is not installed; the LibreOffice part of the plan check is skipped"
fi
echo "ok: the plan through Excel"
