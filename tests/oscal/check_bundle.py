"""Checks an OSCAL bundle (`idcf export oscal-bundle -o DIR`) with the clients people use.

    python check_bundle.py DIR [DIR...]

A folder may also hold the customer's `customer-ssp.json` (`idcf register oscal REGISTER DIR`),
which leverages `ssp.json`; it goes through every stage too, and stage 3 checks that every uuid it references
(`provided-uuid`, `responsibility-uuid`, `inherited-uuid`, the leveraged plan's link) resolves in the provider's
files.

For each folder, each stage in a fresh process (the `oscal` package keeps loaded documents in a registry, and the
two languages' bundles share their UUIDs):

1. `oscal` (PyPI): every file loads as valid -- structure, data types, allowed values, cardinality and choice,
   checked against NIST's OSCAL 1.1.3 metaschema -- with every import in its chain resolved.
2. The same package is not a rubber stamp: an un-namespaced `label` prop where OSCAL forbids it, and a profile
   whose catalog is missing, both fail.
3. OSCAL 1.1.3 constraints the package does not check: an `export` has a `provided` or a `responsibility`, a
   `provided-uuid` names a `provided` of the same export, every control and statement id is one the catalog
   defines, and no UUID names two things.
4. compliance-trestle, as a user runs it: `trestle init`, `trestle import` of the four files, `trestle href` to
   point the profile at the imported catalog, `trestle validate -a`, and `trestle author ssp-generate`, whose
   markdown has a file per control that carries every duty of the component-definition.

Prints `N passed, 0 failed` and exits 0 when every check passes.
"""

import copy
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

FILES = ["catalog.json", "profile.json", "component-definition.json", "ssp.json"]
CUSTOMER = "customer-ssp.json"
ROOTS = {
    "catalog.json": "catalog",
    "profile.json": "profile",
    "component-definition.json": "component-definition",
    "ssp.json": "system-security-plan",
    CUSTOMER: "system-security-plan",
}
HERE = pathlib.Path(__file__).resolve().parent
# Work files live under the repository's target/, never in the source tree.
WORK = pathlib.Path(os.environ.get("OSCAL_CHECK_WORK", HERE.parent.parent / "target" / "oscal-check"))


def files(folder):
    """The bundle's four files, and the customer's SSP where the folder has it."""
    return FILES + ([CUSTOMER] if (folder / CUSTOMER).exists() else [])


def fail(message):
    raise AssertionError(message)


def read(folder, name):
    return json.loads((folder / name).read_text(encoding="utf-8"))


def walk(value, key):
    """Every value under `key`, anywhere (each element where it holds a list)."""
    if isinstance(value, dict):
        for k, child in value.items():
            if k == key:
                yield from child if isinstance(child, list) else [child]
            yield from walk(child, key)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item, key)


# ---------------------------------------------------------------------------------------------------------------
# 1-2. The `oscal` package


def oscal_support():
    """The package's support database (NIST's metaschemas), kept under target/ so a second run reuses it."""
    from oscal import oscal_support

    WORK.mkdir(parents=True, exist_ok=True)
    return oscal_support.configure_support(support_file=str(WORK / "oscal_support.db"))


def import_problems(node, path=""):
    """What in an import tree did not resolve: every node must be loaded and valid, or a duplicate of one that was."""
    here = f"{path} > {node.get('href_original')}"
    status = str(node.get("status"))
    problems = []
    if status.endswith("DUPLICATE") or status == "duplicate":
        pass  # the same href again (one per component's source); the first one was checked
    elif not (status.endswith("READY") or status == "ready") or not node.get("is_valid"):
        problems.append(f"{here}: {status} {node.get('failure')}")
    for child in node.get("imports", []):
        problems.extend(import_problems(child, here))
    return problems


def depth(node):
    loaded = [c for c in node.get("imports", []) if str(c.get("status")).lower().endswith("ready")]
    return 1 + max((depth(c) for c in loaded), default=0)


def stage_oscal(folder):
    from oscal import OSCAL

    oscal_support()
    checks = 0
    expected_depth = {"catalog.json": 1, "profile.json": 2, "component-definition.json": 3, "ssp.json": 3, CUSTOMER: 3}
    for name in files(folder):
        doc = OSCAL.load(str(folder / name))
        if not doc.is_valid:
            errors = doc.validation_errors[:5]
            fail(f"{name}: not valid ({doc.content_state.name}): {doc.validation_status} {errors}")
        if not all(doc.validation_status.get(p) for p in ("structure", "data-types", "allowed-values", "cardinality", "choice")):
            fail(f"{name}: a validation phase did not pass: {doc.validation_status}")
        if doc.oscal_version != "v1.1.3":
            fail(f"{name}: validated as {doc.oscal_version}, not v1.1.3")
        tree = doc.import_tree
        problems = import_problems(tree)
        if problems or not doc.imports_resolved:
            fail(f"{name}: imports not resolved: {problems}")
        if depth(tree) != expected_depth[name]:
            fail(f"{name}: import chain of depth {depth(tree)}, expected {expected_depth[name]}")
        print(f"ok   oscal: {name} valid, imports resolved (chain of {depth(tree)})")
        checks += 1
    return checks


def stage_oscal_negative(folder):
    """The package catches what it should: otherwise stage 1 proves nothing."""
    from oscal import OSCAL

    oscal_support()
    checks = 0
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        tmp = pathlib.Path(tmp)
        ssp = read(folder, "ssp.json")
        bad = copy.deepcopy(ssp)
        by = bad["system-security-plan"]["control-implementation"]["implemented-requirements"][0]["by-components"][0]
        by["props"].insert(0, {"name": "label", "value": "2.1.1"})
        bad["system-security-plan"]["uuid"] = "00000000-0000-4000-8000-000000000001"
        (tmp / "ssp.json").write_text(json.dumps(bad), encoding="utf-8")
        shutil.copy(folder / "profile.json", tmp / "profile.json")
        shutil.copy(folder / "catalog.json", tmp / "catalog.json")
        doc = OSCAL.load(str(tmp / "ssp.json"))
        found = [e for e in doc.validation_errors if e.get("error-type") == "allowed-values" and e.get("value") == "label"]
        if doc.is_valid or not found:
            fail("oscal accepted an un-namespaced 'label' prop on a by-component")
        print("ok   oscal refuses an un-namespaced label on a by-component")
        checks += 1
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        tmp = pathlib.Path(tmp)
        shutil.copy(folder / "profile.json", tmp / "profile.json")  # without its catalog
        doc = OSCAL.load(str(tmp / "profile.json"))
        if not import_problems(doc.import_tree) and doc.imports_resolved:
            fail("oscal resolved a profile whose catalog is missing")
        print("ok   oscal reports a profile whose catalog is missing")
        checks += 1
    return checks


# ---------------------------------------------------------------------------------------------------------------
# 3. Constraints of OSCAL 1.1.3 that the package does not check


def stage_constraints(folder):
    docs = {name: read(folder, name) for name in files(folder)}
    checks = 0
    catalog = docs["catalog.json"]["catalog"]
    parts = {}
    for control in walk(catalog, "controls"):
        parts[control["id"]] = {p for p in walk(control.get("parts", []), "id")}
    if len(parts) != 68:
        fail(f"catalog has {len(parts)} controls, expected 68")
    for name in docs:
        uuids = list(walk(docs[name], "uuid"))
        if len(set(uuids)) != len(uuids):
            fail(f"{name}: a UUID names two things")
    checks += 1
    for name in [n for n in docs if n in ("component-definition.json", "ssp.json", CUSTOMER)]:
        for req in walk(docs[name], "implemented-requirements"):
            control = req["control-id"]
            if control not in parts:
                fail(f"{name}: control {control} is not in the catalog")
            ids = [s["statement-id"] for s in req.get("statements", [])]
            if len(set(ids)) != len(ids):
                fail(f"{name}: {control}: a statement id twice")
            for sid in ids:
                if sid not in parts[control]:
                    fail(f"{name}: {control}: statement {sid} is not a part of the control in the catalog")
    checks += 1
    exports = list(walk(docs["ssp.json"], "export"))
    if not exports:
        fail("ssp.json has no export")
    for export in exports:
        provided = {p["uuid"] for p in export.get("provided", [])}
        responsibilities = export.get("responsibilities", [])
        if not provided and not responsibilities:
            fail(f"ssp.json: an export with neither provided nor responsibilities: {json.dumps(export)[:200]}")
        for r in responsibilities:
            if "provided-uuid" in r and r["provided-uuid"] not in provided:
                fail(f"ssp.json: provided-uuid {r['provided-uuid']} is not provided in the same export")
    checks += 1
    print(f"ok   constraints: ids in the catalog, unique UUIDs, {len(exports)} exports each with provided or responsibilities")
    if CUSTOMER in docs:
        checks += stage_customer(docs)
    return checks


def stage_customer(docs):
    """Every uuid the customer's SSP references resolves in the provider's SSP (or in itself)."""
    provider = docs["ssp.json"]["system-security-plan"]
    customer = docs[CUSTOMER]["system-security-plan"]
    provided = {p["uuid"] for p in walk(provider, "provided")}
    responsibilities = {r["uuid"] for r in walk(provider, "responsibilities")}
    inherited = [i["provided-uuid"] for i in walk(customer, "inherited")]
    satisfied = [s["responsibility-uuid"] for s in walk(customer, "satisfied")]
    if not inherited or not satisfied:
        fail(f"{CUSTOMER}: {len(inherited)} inherited and {len(satisfied)} satisfied items; expected both")
    for u in inherited:
        if u not in provided:
            fail(f"{CUSTOMER}: provided-uuid {u} is not a provided item of ssp.json")
    for u in satisfied:
        if u not in responsibilities:
            fail(f"{CUSTOMER}: responsibility-uuid {u} is not a responsibility of ssp.json")
    provider_components = {c["uuid"] for c in provider["system-implementation"]["components"]}
    leveraged = {la["uuid"]: la for la in customer["system-implementation"]["leveraged-authorizations"]}
    components = customer["system-implementation"]["components"]
    for c in components:
        props = {p["name"]: p["value"] for p in c.get("props", [])}
        if c["type"] == "this-system":
            continue
        if props.get("leveraged-authorization-uuid") not in leveraged:
            fail(f"{CUSTOMER}: component {c['title']} names no leveraged authorization of the plan")
        if props.get("inherited-uuid") not in provider_components:
            fail(f"{CUSTOMER}: component {c['title']}: inherited-uuid is not a component of ssp.json")
    ours = {c["uuid"] for c in components}
    for by in walk(customer, "by-components"):
        if by["component-uuid"] not in ours:
            fail(f"{CUSTOMER}: a by-component names component {by['component-uuid']}, which the plan lacks")
    resources = {r["uuid"]: r for r in customer["back-matter"]["resources"]}
    for la in leveraged.values():
        href = la["links"][0]["href"]
        resource = resources.get(href.lstrip("#"))
        if not href.startswith("#") or resource is None or resource["rlinks"][0]["href"] != "ssp.json":
            fail(f"{CUSTOMER}: the leveraged plan's link {href} does not lead to ssp.json")
    parties = {p["uuid"] for p in customer["metadata"]["parties"]}
    for role in walk(customer, "responsible-roles"):
        for u in role.get("party-uuids", []):
            if u not in parties:
                fail(f"{CUSTOMER}: party {u} is not in the metadata")
    print(f"ok   {CUSTOMER}: {len(inherited)} inherited and {len(satisfied)} satisfied items resolve in ssp.json; "
          "components, parties and the leveraged plan resolve")
    return 1


# ---------------------------------------------------------------------------------------------------------------
# 4. compliance-trestle


def trestle(args, cwd):
    exe = pathlib.Path(sys.executable).with_name("trestle")
    run = subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True, check=False)
    output = run.stdout + run.stderr
    if run.returncode != 0:
        fail(f"trestle {' '.join(args)} exited {run.returncode}:\n{output}")
    return output


def stage_trestle(folder):
    checks = 0
    WORK.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=WORK) as ws:
        ws = pathlib.Path(ws)
        trestle(["init"], cwd=ws)
        # Run from the bundle's folder, naming the workspace with -tr: trestle resolves a relative href (the SSP's
        # import-profile, the profile's import) against the folder it runs in.
        for name in FILES:
            trestle(["import", "-tr", str(ws), "-f", name, "-o", "idcf"], cwd=folder)
        names = files(folder)
        if CUSTOMER in names:
            # A second system-security-plan: it needs a name of its own in the workspace.
            trestle(["import", "-tr", str(ws), "-f", CUSTOMER, "-o", "idcf-customer"], cwd=folder)
        checks += 1
        print(f"ok   trestle import of the {len(names)} files")
        out = trestle(["href", "-tr", str(ws), "-n", "idcf", "-hr", "trestle://catalogs/idcf/catalog.json"], cwd=folder)
        profile = json.loads((ws / "profiles" / "idcf" / "profile.json").read_text(encoding="utf-8"))
        if profile["profile"]["imports"][0]["href"] != "trestle://catalogs/idcf/catalog.json":
            fail(f"trestle href did not point the profile at the imported catalog:\n{out}")
        checks += 1
        print("ok   trestle href points the profile at the imported catalog")
        out = trestle(["validate", "-tr", str(ws), "-a"], cwd=folder)
        valid = [line for line in out.splitlines() if line.startswith("VALID: Model")]
        bad = [line for line in out.splitlines() if "INVALID" in line or "ERROR" in line]
        if len(valid) != len(names) or bad:
            fail(f"trestle validate -a: {len(valid)} valid models, problems {bad}:\n{out}")
        checks += 1
        print(f"ok   trestle validate -a: {len(names)} models valid")
        trestle(["author", "ssp-generate", "-tr", str(ws), "--profile", "idcf", "--compdefs", "idcf", "-o", "ssp-md"], cwd=folder)
        md = {p.stem: p.read_text(encoding="utf-8") for p in (ws / "ssp-md").rglob("*.md")}
        cd = read(folder, "component-definition.json")["component-definition"]
        controls = {c["id"] for c in walk(read(folder, "catalog.json")["catalog"], "controls")}
        if set(md) != controls:
            fail(f"ssp-generate wrote {len(md)} files, not one per control ({len(controls)})")
        missing = []
        duties = 0
        for component in cd["components"]:
            for req in component["control-implementations"][0]["implemented-requirements"]:
                text = md[req["control-id"]]
                for statement in req["statements"]:
                    duties += 1
                    if statement["description"] not in text:
                        missing.append((component["title"], req["control-id"], statement["statement-id"]))
        if missing:
            fail(f"ssp-generate's markdown lacks {len(missing)} duties, e.g. {missing[:3]}")
        backup = md["information-backup"]
        for needle in ["## Implementation for part 6.5.1#2", "Implementation Status: not-applicable"]:
            if needle not in backup:
                fail(f"information-backup.md lacks {needle!r}:\n{backup}")
        if "Implementation Status: implemented" not in md["backup-function"]:
            fail("backup-function.md does not say the provider's part is implemented")
        checks += 1
        print(f"ok   trestle author ssp-generate: {len(md)} files, every one of {duties} duties in its control's file")
    return checks


STAGES = {
    "oscal": stage_oscal,
    "oscal-negative": stage_oscal_negative,
    "constraints": stage_constraints,
    "trestle": stage_trestle,
}


def main(argv):
    if len(argv) >= 3 and argv[1] == "--stage":
        stage, folder = argv[2], pathlib.Path(argv[3]).resolve()
        try:
            print(f"CHECKS {STAGES[stage](folder)}")
        except AssertionError as e:
            print(f"FAIL {stage} {folder}: {e}")
            return 1
        return 0
    if len(argv) < 2:
        print(__doc__)
        return 2
    passed = failed = 0
    for folder in argv[1:]:
        for stage in STAGES:
            print(f"== {stage}: {folder}")
            run = subprocess.run(
                [sys.executable, __file__, "--stage", stage, folder], capture_output=True, text=True, check=False
            )
            lines = run.stdout.splitlines()
            counted = [int(line.split()[1]) for line in lines if line.startswith("CHECKS ")]
            print("\n".join(line for line in lines if not line.startswith("CHECKS ")))
            if run.returncode == 0 and counted:
                passed += counted[0]
            else:
                failed += 1
                print(run.stderr[-4000:])
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
