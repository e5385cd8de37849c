#!/usr/bin/env python3
"""Agreement between the crate's coding and the blind second reading (docs/coding/second-reading.tsv).

Usage:
    cargo run --all-features --example export -- json > /tmp/matrix.json
    python3 docs/coding/agreement.py /tmp/matrix.json docs/coding/second-reading.tsv [--diff]

What it measures, on the duties the document states (inferred duties are our judgements, not a reading):
  - duty agreement: for each sentence, the duties of both readings matched on (party, kind, scope); the share of
    duties matched, 2·matched / (duties of the first + duties of the second);
  - Cohen's kappa on the owner of each section for the two groups of services (with virtual machines; Object
    Storage), from the stated duties alone, and from all duties including each reading's judgements.
--diff prints every sentence where the readings differ.
"""
import csv
import json
import sys
from collections import Counter

VM, NOVM = "with-virtual-machines", "without-virtual-machines"


def includes(scope, group):
    return scope == "all-services" or scope == group


def owner(duties, group):
    """The codebook's owner rule over (party, kind, scope) triples, for a group of services."""
    provider = customer = False
    for party, kind, scope in duties:
        if not includes(scope, group):
            continue
        if party == "customer" or kind == "leaves-to-customer":
            customer = True
        else:
            provider = True
    return {(True, True): "shared", (True, False): "provider", (False, True): "customer"}.get((provider, customer), "none")


def kappa(pairs):
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def crate_coding(path):
    export = json.load(open(path, encoding="utf-8"))
    sections = {c["control"]: c["section"] for c in export["controls"]}
    stated, inferred, not_applicable = Counter(), {}, set()
    seen = set()
    for cell in export["cells"]:
        section = sections[cell["control"]]
        if not cell["applicable"]:
            not_applicable.add(section)
        for d in cell["duties"]:
            key = (section, d["sentence"], d["party"], d["kind"], d["layer"], d["scope"], d["text"]["en"])
            if key in seen:
                continue
            seen.add(key)
            unit = f"{section}#{d['sentence']}"
            triple = (d["party"], d["kind"], d["scope"])
            if d["basis"]["kind"] == "stated":
                stated[(unit, triple)] += 1
            else:
                inferred.setdefault(section, []).append(triple)
    return list(sections.values()), stated, inferred, not_applicable


def second_coding(path):
    stated, inferred, not_applicable, units = Counter(), {}, set(), set()
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            unit = row["unit"]
            units.add(unit)
            section = unit.split("#")[0]
            if row["kind"] == "not-applicable":
                not_applicable.add(section)
            elif row["kind"] == "none":
                continue
            elif row["basis"] == "stated":
                stated[(unit, (row["party"], row["kind"], row["scope"]))] += 1
            else:
                inferred.setdefault(section, []).append((row["party"], row["kind"], row["scope"]))
    return stated, inferred, not_applicable, units


def main():
    sections, a_stated, a_inferred, a_na = crate_coding(sys.argv[1])
    b_stated, b_inferred, b_na, units = second_coding(sys.argv[2])
    matched = sum((a_stated & b_stated).values())
    total = sum(a_stated.values()) + sum(b_stated.values())
    print(f"stated duties: crate {sum(a_stated.values())}, second reading {sum(b_stated.values())}, "
          f"matched on party, kind and scope {matched}: agreement {2 * matched / total:.1%}")
    by_unit = lambda c: {u for (u, _) in c}
    all_units = sorted(by_unit(a_stated) | by_unit(b_stated) | units, key=lambda u: [int(x) for x in u.replace("#", ".").split(".")])
    same_units = [u for u in all_units
                  if Counter({t: n for (x, t), n in a_stated.items() if x == u}) == Counter({t: n for (x, t), n in b_stated.items() if x == u})]
    print(f"sentences coded identically: {len(same_units)} of {len(all_units)} ({len(same_units) / len(all_units):.1%})")

    def owners(stated, inferred, na, with_inferred):
        out = []
        for section in sections:
            triples = [t for (u, t), n in stated.items() if u.split("#")[0] == section for _ in range(n)]
            if with_inferred:
                triples += inferred.get(section, [])
            for group in (VM, NOVM):
                if with_inferred and group == NOVM and section in na:
                    out.append("not-applicable")
                else:
                    out.append(owner(triples, group))
        return out

    for label, with_inferred in (("stated duties alone", False), ("with each reading's judgements", True)):
        pairs = list(zip(owners(a_stated, a_inferred, a_na, with_inferred), owners(b_stated, b_inferred, b_na, with_inferred)))
        observed, k = kappa(pairs)
        print(f"owner per section and service group ({len(pairs)} items), {label}: agreement {observed:.1%}, Cohen's kappa {k:.2f}")
    print(f"not applicable to Object Storage: crate {len(a_na)}, second reading {len(b_na)}, both {len(a_na & b_na)}")
    if "--diff" in sys.argv:
        for u in all_units:
            a = sorted(t for (x, t), n in a_stated.items() if x == u for _ in range(n))
            b = sorted(t for (x, t), n in b_stated.items() if x == u for _ in range(n))
            if a != b:
                print(f"{u}\n  crate:  {a}\n  second: {b}")
        print("not applicable, crate only:", sorted(a_na - b_na), "second only:", sorted(b_na - a_na))


main()
