#!/usr/bin/env python3
"""Writes mutated copies of the matrix export, each broken in a way the JSON Schema can see.

Usage: python3 tests/schema/mutate.py matrix.json OUT_DIR
tests/schema/check.sh then expects ajv to refuse every file and the crate's loader to refuse every file.
"""
import copy
import json
import sys
from pathlib import Path

export = json.load(open(sys.argv[1], encoding="utf-8"))
out = Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)


def cell(v, service, section):
    return next(c for c in v["cells"] if c["service"] == service and c["section"] == section)


def na_cell(v):
    return next(c for c in v["cells"] if not c["applicable"])


MUTATIONS = {
    "owner-unknown": lambda v: v["cells"][0].__setitem__("owner", "boss"),
    "cell-unknown-field": lambda v: v["cells"][0].__setitem__("note", "ours"),
    "duty-unknown-field": lambda v: v["cells"][0]["duties"][0].__setitem__("note", "ours"),
    "text-empty": lambda v: v["cells"][0]["duties"][0]["text"].__setitem__("en", ""),
    "text-blank": lambda v: v["cells"][0]["summary"].__setitem__("ja", "   "),
    "section-garbage": lambda v: v["cells"][0].__setitem__("section", "six"),
    "issued-not-a-date": lambda v: v["document"].__setitem__("issued", "yesterday"),
    "applicable-without-owner": lambda v: cell(v, "idcf-cloud", "6.5.1").__setitem__("owner", None),
    "applicable-without-duties": lambda v: cell(v, "idcf-cloud", "6.5.1").__setitem__("duties", []),
    "not-applicable-with-duties": lambda v: na_cell(v).__setitem__("duties", cell(v, "idcf-cloud", "6.5.1")["duties"]),
    "not-applicable-without-reason": lambda v: na_cell(v).__setitem__("not_applicable", None),
    "cell-missing": lambda v: v["cells"].pop(),
    "cell-extra": lambda v: v["cells"].append(copy.deepcopy(v["cells"][0])),
    "dataset-version": lambda v: v["dataset"].__setitem__("version", "1.0.0"),
    "sentence-zero": lambda v: v["cells"][0]["duties"][0].__setitem__("sentence", 0),
    "crosswalk-id": lambda v: v["controls"][0]["iso27001_2013"][0]["ids"].__setitem__(0, "6.1.1"),
    "basis-untitled-kind": lambda v: v["cells"][0]["duties"][0].__setitem__("basis", {"kind": "guessed"}),
    "scope-unknown": lambda v: v["cells"][0]["duties"][0].__setitem__("scope", "some-services"),
}

for name, mutate in MUTATIONS.items():
    v = copy.deepcopy(export)
    mutate(v)
    (out / f"{name}.json").write_text(json.dumps(v, ensure_ascii=False), encoding="utf-8")
print(len(MUTATIONS))
