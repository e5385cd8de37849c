#!/usr/bin/env python3
"""Cuts the document's text into numbered sentences: the units the codebook codes.

Usage: python3 docs/coding/segment.py ../shared/seed > /tmp/units.tsv

Each output row is `SECTION#N<TAB>sentence`, N counting the sentences of a section from 1. The crate's duties cite
these numbers (`Duty::sentence`), and the second reading (docs/coding/second-reading.tsv) codes the same units, so
the two readings can be compared unit by unit. The output holds the document's sentences: it is for readers who
have the document, and is never committed.

Text defects handled (shared/reference/README.md): the number 8.2.2 sits on 8.2.1's body sentence; 7.2.3's title
ends in a stray review mark; 8.3.2's title shares its line with the body; sentences split across blank lines
(6.4.1, 7.4.2, 11.4.1) are joined; 9.2.1's repeated fragment 「ん。」 is dropped. Lists (11.4.2's guideline names)
are not sentences and are left out.
"""
import re
import sys
from pathlib import Path

seed = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/seed")
text = next(seed.glob("*.txt")).read_text(encoding="utf-8") if seed.is_dir() else seed.read_text(encoding="utf-8")
body = text[text.index("\n2 情報セキュリティのための組織\n"):text.index("\n附則")]

units = {}
order = []
current = None
for line in body.splitlines():
    line = line.strip()
    m = re.match(r"^(\d+\.\d+\.\d+) (.*)$", line)
    if m and m.group(1) != "8.2.2":
        current = m.group(1)
        order.append(current)
        units[current] = []
        rest = m.group(2)
        if current == "8.3.2":  # title and body share the line
            units[current].append(rest.split(" ", 1)[1])
        continue
    if m:  # 8.2.2: the body sentence of 8.2.1
        line = m.group(2)
    if current is None or not line or re.match(r"^\d+(\.\d+)? ", line) or line.startswith(("■", "- ・")):
        continue
    units[current].append(line)

for section in order:
    joined = "".join(units[section])
    sentences = [s.strip() for s in re.split(r"(?<=。)", joined)]
    sentences = [s for s in sentences if s and s != "ん。"]
    for n, s in enumerate(sentences, 1):
        print(f"{section}#{n}\t{s}")
