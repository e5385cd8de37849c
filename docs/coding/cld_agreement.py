#!/usr/bin/env python3
"""Agreement between two readings of ISO/IEC 27017's seven cloud controls against the document.

Usage:
    python3 docs/coding/cld_agreement.py docs/coding/cld-first-reading.tsv docs/coding/cld-second-reading.tsv

Both files have the columns of the blind second reading: `cld_id`, `sections` (space-separated section numbers;
the first reading may also name `allocation`, the division of duties as a whole, which is no section and is not
counted), `party_by_section` (`3.2.1:provider`, `…:customer`, `…:both`), `proposal`, `inherited`.

What it measures:
  - sections: per control, the sections both readings name, and over all controls 2·common / (first + second);
  - parties: of the sections both name, the share where both give the same party;
  - inherited: the class per control (full / partial / no; `yes`, `fully`, `partly` and `partial` read as such),
    percentage agreement and Cohen's kappa over the seven controls;
  - proposal: whether both propose the control applicable or leave it to the customer.
"""
import csv
import sys
from collections import Counter

INHERITED = {"yes": "full", "fully": "full", "full": "full", "partly": "partial", "partial": "partial", "no": "no"}


def read(path):
    rows = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            sections = [s for s in row["sections"].split() if s != "allocation"]
            parties = dict(p.split(":", 1) for p in row["party_by_section"].split() if not p.startswith("allocation"))
            rows[row["cld_id"]] = {
                "sections": sections,
                "parties": parties,
                "inherited": INHERITED[row["inherited"].strip()],
                "proposal": row["proposal"].strip(),
            }
    return rows


def kappa(pairs):
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in set(first) | set(second)) / (n * n)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else float("nan")


def main(first_path, second_path):
    first, second = read(first_path), read(second_path)
    assert first.keys() == second.keys(), "both readings cover the same controls"
    common_total = first_total = second_total = party_same = party_total = 0
    print("| control | first | second | both | only first | only second | parties differ |")
    print("|---|---|---|---|---|---|---|")
    for cid in first:
        a, b = first[cid], second[cid]
        both = [s for s in a["sections"] if s in b["sections"]]
        differ = [s for s in both if a["parties"].get(s) != b["parties"].get(s)]
        common_total += len(both)
        first_total += len(a["sections"])
        second_total += len(b["sections"])
        party_total += len(both)
        party_same += len(both) - len(differ)
        only_a = [s for s in a["sections"] if s not in b["sections"]]
        only_b = [s for s in b["sections"] if s not in a["sections"]]
        parties = " ".join(f"{s} ({a['parties'][s]}/{b['parties'][s]})" for s in differ) or "–"
        print(f"| {cid} | {len(a['sections'])} | {len(b['sections'])} | {len(both)} | {' '.join(only_a) or '–'} "
              f"| {' '.join(only_b) or '–'} | {parties} |")
    print()
    print(f"sections: {common_total} named by both of {first_total} (first) and {second_total} (second): "
          f"{200 * common_total / (first_total + second_total):.1f} %")
    print(f"parties on the sections both name: {party_same} of {party_total} ({100 * party_same / party_total:.1f} %)")
    pairs = [(first[c]["inherited"], second[c]["inherited"]) for c in first]
    observed, k = kappa(pairs)
    print(f"inherited class: {sum(a == b for a, b in pairs)} of {len(pairs)} ({100 * observed:.1f} %), "
          f"Cohen's kappa = {k:.2f}")
    for c in first:
        if first[c]["inherited"] != second[c]["inherited"]:
            print(f"  {c}: {first[c]['inherited']} / {second[c]['inherited']}")
    proposals = [(first[c]["proposal"], second[c]["proposal"]) for c in first]
    print(f"proposal: {sum(a == b for a, b in proposals)} of {len(proposals)} agree")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
