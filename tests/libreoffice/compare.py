"""Compares the sheets LibreOffice converted to CSV with the crate's CSV export and with known cells.

Usage: compare.py DIR   (DIR holds matrix-{en,ja}.csv from the crate and matrix-{en,ja}-<sheet>.csv from soffice)
"""
import csv
import sys
from pathlib import Path

work = Path(sys.argv[1])
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


SHEETS = {
    "en": ["Overview", "IDCF Cloud", "Self Cloud", "Managed Cloud", "Private Cloud", "Object Storage"],
    "ja": ["概要", "IDCFクラウド", "セルフクラウド", "マネージドクラウド", "プライベートクラウド", "オブジェクトストレージ"],
}
NOT_APPLICABLE = {"en": "not applicable", "ja": "対象外"}

for lang, sheets in SHEETS.items():
    files = {name: work / f"matrix-{lang}-{name}.csv" for name in sheets}
    for name, path in files.items():
        check(path.exists(), f"{lang}: LibreOffice wrote no sheet {name!r}")
    if failures:
        break
    # The crate's CSV: owner per (service name, section), as labels in this language.
    export = rows(work / f"matrix-{lang}.csv")
    col = {key: i for i, key in enumerate(rows(work / "matrix-en.csv")[0])}
    owners = {(r[col["service_name"]], r[col["section"]]): r[col["owner"]] for r in export[1:]}
    check(len(owners) == 340, f"{lang}: the CSV export has {len(owners)} cells")
    # The overview: its grid is the CSV's owners, a star where the owner basis is our inference, a dagger where it
    # is the customer's decision.
    overview = rows(files[sheets[0]])
    header_at = next(i for i, r in enumerate(overview) if r and r[0] in ("§", "節"))
    header = overview[header_at]
    check(header[3:8] == sheets[1:], f"{lang}: overview header {header}")
    grid = overview[header_at + 1:]
    check(len(grid) == 68, f"{lang}: overview has {len(grid)} control rows")
    basis = {(r[col["service_name"]], r[col["section"]]): r[col["owner_basis"]] for r in export[1:]}
    inferred = "inferred" if lang == "en" else "推定"
    tailored = "tailored" if lang == "en" else "お客さまの決定"
    for r in grid:
        for service, value in zip(sheets[1:], r[3:8]):
            # An English owner id is its English label; a Japanese CSV holds the Japanese label.
            owner = owners[(service, r[0])] or NOT_APPLICABLE[lang]
            # `*` our inference, `†` the customer's decision (a tailored matrix; the built-in one has none).
            star = {inferred: "*", tailored: "\u2020"}.get(basis[(service, r[0])], "")
            check(value == owner + star, f"{lang}: overview {service} §{r[0]}: {value!r}, the CSV says {owner + star!r}")
    # Known cells of the service sheets: Object Storage 6.5.1 is the customer's by our inference.
    storage = rows(files[sheets[5]])
    row = next(r for r in storage if r[0] == "6.5.1")
    expected = ("customer*", "our inference") if lang == "en" else ("お客さま*", "推定")
    check((row[5], row[6]) == expected, f"{lang}: Object Storage 6.5.1 owner and basis {row[5:7]}")
    check("iso27002-2005:10.5.1" in row[14], f"{lang}: Object Storage 6.5.1 ISO id {row[14]!r}")
    idcf = rows(files[sheets[1]])
    check(len(idcf) == 69, f"{lang}: IDCF Cloud sheet has {len(idcf)} rows")
    row = next(r for r in idcf if r[0] == "6.5.1")
    expected = ("customer", "derived from stated duties") if lang == "en" else ("お客さま", "記載された役割から導出")
    check((row[5], row[6]) == expected, f"{lang}: IDCF Cloud 6.5.1 owner and basis {row[5:7]}")

for f in failures[:20]:
    print("FAIL:", f)
if failures:
    sys.exit(1)
print("ok: LibreOffice reads both workbooks; the overview matches the CSV export cell by cell; known cells match")
