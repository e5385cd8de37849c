#!/usr/bin/env python3
"""Agreement between the crate's coding and the blind second reading (docs/coding/second-reading.tsv).

Usage:
    cargo run --all-features --bin idcf -- export json > /tmp/matrix.json
    python3 docs/coding/agreement.py /tmp/matrix.json docs/coding/second-reading.tsv [--diff]
    python3 docs/coding/agreement.py /tmp/matrix.json docs/coding/third-reading.tsv \
        --sections docs/coding/changed-sections.txt [--diff]

What it measures, on the duties the document states (inferred duties are our judgements, not a reading):
  - duty agreement: for each sentence, the duties of both readings matched on (party, kind, scope); the share of
    duties matched, 2·matched / (duties of the first + duties of the second);
  - Cohen's kappa on the owner of each section for the two groups of services (with virtual machines; Object
    Storage), from the stated duties alone, and from all duties including each reading's judgements.
--diff prints every sentence where the readings differ.

--sections FILE restricts every measure to the sections listed in FILE (one a line), as for the third reading,
which coded only the sections the 3.0.0 rules recode. With it the script also reports:
  - layer agreement: of the stated duties matched on (party, kind, scope), the share whose layers are equal too;
  - the reader's declared judgements, where its file has them (rows of kind `object-storage`, "applicable: owner
    X" or "not-applicable", and `vm-owner`, "owner X"), against the crate's cells.
--layers gives the layer agreement (and, with --diff, the differing layers) over all sections.
A reading file may carry those judgement rows; they are never counted as duties.
"""
import csv
import json
import os
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
    layers, owners = {}, {}
    seen = set()
    for cell in export["cells"]:
        section = sections[cell["control"]]
        if not cell["applicable"]:
            not_applicable.add(section)
        owners[(section, cell["service"])] = cell["owner"] if cell["applicable"] else "not-applicable"
        for d in cell["duties"]:
            key = (section, d["sentence"], d["party"], d["kind"], d["layer"], d["scope"], d["text"]["en"])
            if key in seen:
                continue
            seen.add(key)
            unit = f"{section}#{d['sentence']}"
            triple = (d["party"], d["kind"], d["scope"])
            if d["basis"]["kind"] == "stated":
                stated[(unit, triple)] += 1
                layers.setdefault((unit, triple), []).append(d["layer"])
            else:
                inferred.setdefault(section, []).append(triple)
    LAST.update(layers=layers, owners=owners)
    return list(sections.values()), stated, inferred, not_applicable


LAST = {}  # layers of the crate's stated duties and its owners per cell, for --sections


def second_coding(path):
    stated, inferred, not_applicable, units = Counter(), {}, set(), set()
    layers, declared = {}, {}
    LAST.update(reader_layers=layers, declared=declared)
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            unit = row["unit"]
            section = unit.split("#")[0]
            if row["kind"] in ("object-storage", "vm-owner"):
                # the reader's declared judgement for the section, never a duty
                note = row["note"]
                not_app = note.startswith(("not-applicable", "not applicable"))  # the fourth reader wrote it with a space
                value = "not-applicable" if not_app else note.split("owner ")[1].split()[0]
                declared[(section, row["kind"])] = value
                if row["kind"] == "object-storage" and value == "not-applicable":
                    not_applicable.add(section)
                continue
            units.add(unit)
            if row["kind"] == "not-applicable":
                not_applicable.add(section)
            elif row["kind"] == "none":
                continue
            elif row["basis"] == "stated":
                stated[(unit, (row["party"], row["kind"], row["scope"]))] += 1
                layers.setdefault((unit, (row["party"], row["kind"], row["scope"])), []).append(row["layer"])
            else:
                inferred.setdefault(section, []).append((row["party"], row["kind"], row["scope"]))
    return stated, inferred, not_applicable, units


def main():
    sections, a_stated, a_inferred, a_na = crate_coding(sys.argv[1])
    b_stated, b_inferred, b_na, units = second_coding(sys.argv[2])
    reader = os.path.basename(sys.argv[2]).rsplit(".", 1)[0].replace("-", " ")  # "second reading", "third reading"
    only = None
    if "--sections" in sys.argv:
        only = set(open(sys.argv[sys.argv.index("--sections") + 1], encoding="utf-8").read().split())
        keep = lambda c: Counter({k: n for k, n in c.items() if k[0].split("#")[0] in only})
        sections = [s for s in sections if s in only]
        a_stated, b_stated = keep(a_stated), keep(b_stated)
        a_na, b_na = a_na & only, b_na & only
        units = {u for u in units if u.split("#")[0] in only}
        print(f"restricted to {len(sections)} sections listed in {sys.argv[sys.argv.index('--sections') + 1]}")
    matched = sum((a_stated & b_stated).values())
    total = sum(a_stated.values()) + sum(b_stated.values())
    print(f"stated duties: crate {sum(a_stated.values())}, {reader} {sum(b_stated.values())}, "
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
    print(f"not applicable to Object Storage: crate {len(a_na)}, {reader} {len(b_na)}, both {len(a_na & b_na)}")
    if only is not None or "--layers" in sys.argv:
        same_os = sum((s in a_na) == (s in b_na) for s in sections)
        print(f"Object Storage applicability: same judgement in {same_os} of {len(sections)} sections")
        a_layers, b_layers = LAST["layers"], LAST["reader_layers"]
        matched_layers = same_layer = 0
        for key, n in (a_stated & b_stated).items():
            matched_layers += n
            same_layer += min(n, sum((Counter(a_layers[key]) & Counter(b_layers[key])).values()))
        print(f"layers of the {matched_layers} matched stated duties: {same_layer} equal ({same_layer / matched_layers:.1%})")
        declared, crate_owner = LAST["declared"], LAST["owners"]
        for kind, service in (("object-storage", "object-storage"), ("vm-owner", "idcf-cloud")):
            rows = [(crate_owner[(s, service)], declared[(s, kind)]) for s in sections if (s, kind) in declared]
            if rows:
                same = sum(a == b for a, b in rows)
                print(f"declared {kind} judgements: {same} of {len(rows)} equal to the crate's cell")
    if "--diff" in sys.argv:
        for u in all_units:
            a = sorted(t for (x, t), n in a_stated.items() if x == u for _ in range(n))
            b = sorted(t for (x, t), n in b_stated.items() if x == u for _ in range(n))
            if a != b:
                print(f"{u}\n  crate:  {a}\n  reader: {b}")
        print("not applicable, crate only:", sorted(a_na - b_na), "reader only:", sorted(b_na - a_na))
        if only is not None or "--layers" in sys.argv:
            for key, n in sorted((a_stated & b_stated).items()):
                a, b = LAST["layers"][key], LAST["reader_layers"][key]
                if sum((Counter(a) & Counter(b)).values()) < n:
                    print(f"layer {key[0]} {key[1]}\n  crate:  {a}\n  reader: {b}")


main()
