#!/usr/bin/env python3
"""Check that the source tree mirrors the public map, from rustdoc's JSON (format version 57 and near).

Usage: spans.py TARGET/doc/idcf_responsibility.json

Two rules, each fault printed with the item and the file it is in:

1. Every public item is defined under its module's path: an item a dependent names as `crate::plan::Register` is
   written in `src/plan.rs` or under `src/plan/`; an item of the root (`crate::Matrix`) in a file directly under
   `src/` that is not a public module's own file. An item reachable by several paths (a root re-export of
   `search::lookup`) passes when one of them matches.
2. A type's inherent methods have one home: every inherent `impl` block of a public type is in the file that
   defines the type (feature-gated blocks included: they sit beside the others).
"""
import json
import sys

doc = json.load(open(sys.argv[1]))
index = doc["index"]
root_id = str(doc["root"])


def item(i):
    return index.get(str(i))


def filename(it):
    span = it.get("span") if it else None
    return span["filename"] if span else None


# Public modules: their path (tuple of names) and their own file.
modules = {}
# Item id -> every public path (tuple of module names) it is reachable from.
paths = {}


def walk(mod_id, path):
    mod = item(mod_id)
    modules[path] = filename(mod)
    for child in mod["inner"]["module"]["items"]:
        it = item(child)
        if it is None or it.get("visibility") != "public":
            continue
        inner = it["inner"]
        if "use" in inner:
            target = inner["use"].get("id")
            if target is None or item(target) is None:
                continue
            target_item = item(target)
            if inner["use"].get("is_glob"):
                continue
            if "module" in target_item["inner"]:
                walk(str(target), path + (inner["use"]["name"],))
            else:
                paths.setdefault(str(target), set()).add(path)
        elif "module" in inner:
            walk(str(child), path + (it["name"],))
        else:
            paths.setdefault(str(child), set()).add(path)


walk(root_id, ())

module_files = {f for f in modules.values() if f}


def home_ok(path, file):
    """Whether `file` is a home for items of the module at `path`."""
    if not path:
        # The root: a file directly under src/ that is not a public module's own file.
        parts = file.split("/")
        return len(parts) == 2 and parts[0] == "src" and (file == "src/lib.rs" or file not in module_files)
    base = "src/" + "/".join(path)
    return file == base + ".rs" or file.startswith(base + "/")


faults = []
for item_id, where in sorted(paths.items(), key=lambda kv: (item(kv[0]).get("name") or "")):
    it = item(item_id)
    file = filename(it)
    if file is None or not file.startswith("src/"):
        continue
    if not any(home_ok(p, file) for p in where):
        shown = ", ".join("crate::" + "::".join(p + (it["name"],)) for p in sorted(where))
        faults.append(f"{shown} is defined in {file}, outside its module's path")

# Rule 2: inherent impls of public types in the type's file.
for item_id in paths:
    it = item(item_id)
    inner = it["inner"]
    kind = next(iter(inner))
    if kind not in ("struct", "enum", "union"):
        continue
    type_file = filename(it)
    for impl_id in inner[kind].get("impls", []):
        impl = item(impl_id)
        if impl is None:
            continue
        body = impl["inner"]["impl"]
        if body.get("trait") is not None or body.get("is_synthetic") or body.get("blanket_impl"):
            continue
        impl_file = filename(impl)
        if impl_file and impl_file.startswith("src/") and impl_file != type_file:
            faults.append(f"inherent methods of {it['name']} (defined in {type_file}) also in {impl_file}")

for f in sorted(set(faults)):
    print(f)
if faults:
    print(f"{len(set(faults))} fault(s): the source tree does not mirror the public map", file=sys.stderr)
    sys.exit(1)
print(f"ok: {len(paths)} public items under their module's path, inherent methods beside their type")
