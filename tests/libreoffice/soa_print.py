"""Checks the Statement of Applicability as LibreOffice prints it (tests/libreoffice/soa_print.sh): every page A4
landscape, no character below 8 pt, the column headers on every page of the statement, the customer's header on
the first page. Exit 1 with what failed. (Without a Japanese font installed LibreOffice prints tofu for Japanese
text, so the Japanese headers are compared by position, not by their words.)"""

import sys

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextContainer

A4 = (841.89, 595.28)  # landscape, in points
MIN_PT = 8.0


def chars(element):
    if isinstance(element, LTChar):
        yield element
    elif hasattr(element, "__iter__"):
        for child in element:
            yield from chars(child)


def check(path, control_header, organisation):
    faults = []
    pages = list(extract_pages(path))
    if not pages:
        return [f"{path}: no pages"]
    for n, page in enumerate(pages, 1):
        w, h = page.width, page.height
        if abs(w - A4[0]) > 2 or abs(h - A4[1]) > 2:
            faults.append(f"{path} page {n}: {w:.0f} x {h:.0f} pt, not A4 landscape (842 x 595)")
        small = [c for c in chars(page) if c.get_text().strip() and c.size < MIN_PT - 0.05]
        if small:
            sizes = sorted({round(c.size, 1) for c in small})
            sample = "".join(c.get_text() for c in small[:30])
            faults.append(f"{path} page {n}: {len(small)} characters below {MIN_PT} pt (sizes {sizes}): {sample!r}")
    texts = ["".join(t.get_text() for t in page if isinstance(t, LTTextContainer)) for page in pages]
    # The statement's pages carry the customer's organisation in their page header; the legend's pages do not.
    statement = [p for p, t in zip(pages, texts) if organisation in t]
    if len(statement) < 2:
        faults.append(f"{path}: fewer than two pages show a control id")
    # The column headers repeat: on every page, the top-left text below the page header (the top 30 pt) starts
    # with the same line, on the English pages the header of the control column.
    firsts = []
    for page in statement:
        boxes = [b for b in page if isinstance(b, LTTextContainer) and b.y1 < page.height - 30]
        if not boxes:
            firsts.append("")
            continue
        top = max(b.y1 for b in boxes)
        left = min((b for b in boxes if b.y1 > top - 20), key=lambda b: b.x0)
        firsts.append(left.get_text().split("\n")[0].strip())
    # The first page starts with the title block; the table's header follows it there.
    rest = firsts[1:]
    if rest and (len(set(rest)) != 1 or (control_header and rest[0] != control_header)):
        faults.append(f"{path}: the column headers are not repeated on every page ({sorted(set(rest))[:5]})")
    if organisation not in texts[0]:
        faults.append(f"{path} page 1: the customer's organisation {organisation!r} is not printed")
    print(f"{path}: {len(pages)} pages, {len(statement)} of the statement")
    return faults


def main():
    en, ja = sys.argv[1], sys.argv[2]
    faults = check(en, "control", "Example KK") + check(ja, None, "Example KK")
    for f in faults:
        print(f, file=sys.stderr)
    sys.exit(1 if faults else 0)


main()
