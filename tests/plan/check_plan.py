"""The plan's workbook as another program sees it (openpyxl), for tests/plan/check_plan.sh.

  check_plan.py structure BOOK.xlsx LANG [--resaved]
                                           the drop-down of status labels, sheet protection without a password,
                                           input cells unlocked and the others locked, frozen header, auto-filter
  check_plan.py edit WORK                  writes the edited workbooks a team would save (see below)
  check_plan.py compare REGISTER.json      the register after the edited workbook's import
  check_plan.py teams BOOK.xlsx WORK       two teams' copies (ops.xlsx, net.xlsx) and a copy that clashes with ops
                                           (clash.xlsx), each filled in from BOOK.xlsx
  check_plan.py same A.json B.json         the two registers hold the same entries, with both teams' edits
"""
import datetime
import json
import sys

import openpyxl

LABELS = {
    "en": ["not started", "in progress", "implemented", "not applicable", "risk accepted"],
    "ja": ["未着手", "対応中", "実施済み", "対象外", "リスク受容"],
}
INPUT = "HIJKLM"  # status, justification, team, evidence, due, notes
STATUS, TEAM, EVIDENCE, DUE, NOTES, KEY = 8, 10, 11, 12, 13, 14


def fail(message):
    print(f"check_plan.py: {message}", file=sys.stderr)
    sys.exit(1)


OVERLAY = ("Overlay", "オーバーレイ")


def structure(path, lang, resaved=False):
    book = openpyxl.load_workbook(path)
    keys = book["keys"]
    if keys.sheet_state != "hidden" or not keys.protection.sheet:
        fail(f"{path}: the sheet of keys is not hidden and protected")
    for ws in book.worksheets:
        if ws.title == "keys":
            continue
        if not ws.protection.sheet:
            fail(f"{path} {ws.title}: the sheet is not protected")
        if ws.protection.password:
            fail(f"{path} {ws.title}: the sheet has a password")
        if ws.title in OVERLAY:
            # The customer's overlay decisions: information, protected, with no input cell.
            continue
        lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
        if not lists:
            fail(f"{path} {ws.title}: no drop-down")
        formula = lists[0].formula1.strip('"')
        if formula.split(",") != LABELS[lang]:
            fail(f"{path} {ws.title}: the drop-down offers {formula!r}, not the {lang} status labels")
        if "H2" not in str(lists[0].sqref):
            fail(f"{path} {ws.title}: the drop-down is on {lists[0].sqref}, not the status column")
        # LibreOffice converting headless keeps no view settings, frozen panes among them: checked on ours only.
        if (ws.freeze_panes != "A2" and not resaved) or not ws.auto_filter.ref:
            fail(f"{path} {ws.title}: header not frozen ({ws.freeze_panes}) or no auto-filter")
        for col in "ABCDEFGN":
            if not ws[f"{col}2"].protection.locked:
                fail(f"{path} {ws.title}: {col}2 is unlocked; only the input cells are")
        for col in INPUT:
            if ws[f"{col}2"].protection.locked:
                fail(f"{path} {ws.title}: input cell {col}2 is locked")
    print(f"ok: {path}: {len(book.worksheets) - 1} sheets and the hidden keys (the overlay's among them), drop-down of {lang} labels, protected, input cells unlocked")


def row_of(ws, section):
    for row in range(2, ws.max_row + 1):
        key = ws.cell(row, KEY).value or ""
        if f"/{section}/" in key:
            return row
    fail(f"{ws.title}: no row for §{section}")


def edit(work):
    # The English workbook: a status in Japanese and one in English, a team, a due date and a note.
    book = openpyxl.load_workbook(f"{work}/plan-en.xlsx")
    storage, cloud = book["Object Storage"], book["IDCF Cloud"]
    r = row_of(storage, "6.5.1")
    storage.cell(r, STATUS).value = "実施済み"
    storage.cell(r, NOTES).value = "Nightly copies to a second region."
    r = row_of(cloud, "6.5.1")
    cloud.cell(r, STATUS).value = "in progress"
    cloud.cell(r, TEAM).value = "Platform team"
    cloud.cell(r, DUE).value = datetime.date(2027, 3, 31)
    book.save(f"{work}/edited.xlsx")
    # A typo in a status.
    book = openpyxl.load_workbook(f"{work}/plan-en.xlsx")
    book["Object Storage"].cell(row_of(book["Object Storage"], "6.5.1"), STATUS).value = "implemnted"
    book.save(f"{work}/typo.xlsx")
    # A row deleted (openpyxl needs the sheet unprotected to say so; the file keeps the protection flag).
    book = openpyxl.load_workbook(f"{work}/plan-en.xlsx")
    storage = book["Object Storage"]
    storage.delete_rows(row_of(storage, "6.5.1"))
    book.save(f"{work}/deleted.xlsx")
    print("ok: edited.xlsx, typo.xlsx, deleted.xlsx written with openpyxl")


def compare(path):
    register = json.load(open(path, encoding="utf-8"))

    def entry(service, control):
        for e in register["entries"]:
            if e["service"] == service and e["control"] == control:
                return e
        fail(f"no entry {service} {control}")

    # §6.5.1 is information-backup; the first entry of each service there is the row edited.
    storage = entry("object-storage", "information-backup")
    cloud = entry("idcf-cloud", "information-backup")
    want = [
        (storage["status"], {"state": "implemented"}),
        (storage["notes"], "Nightly copies to a second region."),
        (cloud["status"], {"state": "in-progress"}),
        (cloud["team"], "Platform team"),
        (cloud["due"], "2027-03-31"),
    ]
    for got, expected in want:
        if got != expected:
            fail(f"{path}: {got!r}, expected {expected!r}")
    others = [e for e in register["entries"] if e not in (storage, cloud)]
    if any(e["status"] != {"state": "not-started"} or e["team"] or e["notes"] or e["due"] for e in others):
        fail(f"{path}: an entry the workbook did not change changed")
    print(f"ok: {path}: the two edited entries changed as the workbook says, the {len(others)} others did not")


def teams(path, work):
    # Ops fills in §6.5.1 of Object Storage in its copy, Network §6.5.1 of IDCF Cloud in its own.
    book = openpyxl.load_workbook(path)
    storage = book["Object Storage"]
    r = row_of(storage, "6.5.1")
    storage.cell(r, STATUS).value = "実施済み"
    storage.cell(r, EVIDENCE).value = "VM-01"
    book.save(f"{work}/ops.xlsx")
    book = openpyxl.load_workbook(path)
    cloud = book["IDCF Cloud"]
    cloud.cell(row_of(cloud, "6.5.1"), TEAM).value = "Network"
    book.save(f"{work}/net.xlsx")
    # A third copy sets the row Ops filled in to something else: a conflict once Ops's copy is in.
    book = openpyxl.load_workbook(path)
    storage = book["Object Storage"]
    storage.cell(row_of(storage, "6.5.1"), STATUS).value = "in progress"
    book.save(f"{work}/clash.xlsx")
    print("ok: ops.xlsx, net.xlsx, clash.xlsx written with openpyxl")


def same(a, b):
    ra = json.load(open(a, encoding="utf-8"))
    rb = json.load(open(b, encoding="utf-8"))
    if ra["entries"] != rb["entries"]:
        fail(f"{a} and {b}: the imports in either order differ")
    storage = [e for e in ra["entries"] if e["service"] == "object-storage" and e["control"] == "information-backup"][0]
    cloud = [e for e in ra["entries"] if e["service"] == "idcf-cloud" and e["control"] == "information-backup"][0]
    if storage["status"] != {"state": "implemented"} or storage["evidence"] != ["VM-01"] or cloud["team"] != "Network":
        fail(f"{a}: a team's edit is missing: {storage!r} {cloud!r}")
    print(f"ok: {a}, {b}: both teams' edits landed, in either order")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "structure":
        structure(sys.argv[2], sys.argv[3], sys.argv[4:] == ["--resaved"])
    elif mode == "edit":
        edit(sys.argv[2])
    elif mode == "compare":
        compare(sys.argv[2])
    elif mode == "teams":
        teams(sys.argv[2], sys.argv[3])
    elif mode == "same":
        same(sys.argv[2], sys.argv[3])
    else:
        fail(f"unknown mode {mode}")
