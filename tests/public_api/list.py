#!/usr/bin/env python3
"""Print the crate's public API, one item a line, sorted, from rustdoc's JSON (format version 57 and near).

Usage: list.py TARGET/doc/idcf_responsibility.json

Every public path a dependent can name is listed with its kind: modules, types, their public fields and variants,
functions and methods with their signatures, constants, traits and the trait implementations of public types
(auto traits and blanket implementations left out). `tests/public_api/check.sh` compares the output with the
checked-in `tests/public_api/api.txt`, so that a review sees every addition and removal.
"""
import json
import sys

doc = json.load(open(sys.argv[1]))
index = doc["index"]
CRATE = index[str(doc["root"])]["name"]
out = set()


def ty(t):
    """Render a rustdoc type as Rust source, short paths."""
    if t is None:
        return "()"
    (kind, v), = t.items()
    if kind == "resolved_path":
        name = v["path"].split("::")[-1]
        return name + gen_args(v.get("args"))
    if kind == "primitive":
        return v
    if kind == "generic":
        return v
    if kind == "borrowed_ref":
        lt = (v["lifetime"] + " ") if v.get("lifetime") else ""
        return "&" + lt + ("mut " if v["is_mutable"] else "") + ty(v["type"])
    if kind == "slice":
        return "[" + ty(v) + "]"
    if kind == "array":
        return "[" + ty(v["type"]) + "; " + str(v["len"]) + "]"
    if kind == "tuple":
        return "(" + ", ".join(ty(x) for x in v) + ")"
    if kind == "impl_trait":
        return "impl " + " + ".join(bound(b) for b in v)
    if kind == "dyn_trait":
        return "dyn " + " + ".join(p["trait"]["path"].split("::")[-1] + gen_args(p["trait"].get("args")) for p in v["traits"])
    if kind == "qualified_path":
        return ty(v["self_type"]) + "::" + v["name"]
    if kind == "raw_pointer":
        return ("*mut " if v["is_mutable"] else "*const ") + ty(v["type"])
    if kind == "function_pointer":
        return "fn(..)"
    return kind


def gen_args(a):
    if not a:
        return ""
    if "angle_bracketed" in a:
        parts = []
        for x in a["angle_bracketed"]["args"]:
            if "type" in x:
                parts.append(ty(x["type"]))
            elif "lifetime" in x:
                parts.append(x["lifetime"])
            elif "const" in x:
                parts.append(str(x["const"].get("expr")))
        for c in a["angle_bracketed"].get("constraints", []):
            b = c.get("binding", {})
            if "equality" in b and "type" in b["equality"]:
                parts.append(c["name"] + " = " + ty(b["equality"]["type"]))
        return "<" + ", ".join(parts) + ">" if parts else ""
    if "parenthesized" in a:
        p = a["parenthesized"]
        return "(" + ", ".join(ty(x) for x in p["inputs"]) + ")" + (" -> " + ty(p["output"]) if p.get("output") else "")
    return ""


def bound(b):
    if "trait_bound" in b:
        t = b["trait_bound"]["trait"]
        return t["path"].split("::")[-1] + gen_args(t.get("args"))
    if "outlives" in b:
        return b["outlives"]
    return "?"


def sig(item):
    f = item["inner"]["function"]
    h = f["header"]
    params = []
    for name, t in f["sig"]["inputs"]:
        if name == "self":
            params.append({"Self": "self", "&Self": "&self", "&mut Self": "&mut self"}.get(ty(t), "self: " + ty(t)))
        else:
            params.append(name + ": " + ty(t))
    gens = [p["name"] for p in f["generics"]["params"] if "type" in p["kind"] and not p["name"].startswith("impl ")]
    g = "<" + ", ".join(gens) + ">" if gens else ""
    o = f["sig"]["output"]
    ret = (" -> " + ty(o)) if o is not None else ""
    return ("const " if h["is_const"] else "") + item["name"] + g + "(" + ", ".join(params) + ")" + ret


def type_items(path, item):
    """Fields, variants, inherent methods and trait impls of a public type."""
    inner = item["inner"]
    kind = next(iter(inner))
    v = inner[kind]
    attrs = " ".join(str(a) for a in item.get("attrs", []))
    ne = " #[non_exhaustive]" if "non_exhaustive" in attrs else ""
    out.add(f"pub {kind} {path}{ne}")
    if kind == "struct":
        k = v["kind"]
        if isinstance(k, dict) and "plain" in k:
            for fid in k["plain"]["fields"]:
                fi = index.get(str(fid))
                if fi and fi["visibility"] == "public":
                    out.add(f"pub field {path}::{fi['name']}: {ty(fi['inner']['struct_field'])}")
    if kind == "enum":
        for vid in v["variants"]:
            vi = index.get(str(vid))
            if vi:
                out.add(f"variant {path}::{vi['name']}")
    for iid in v.get("impls", []):
        im = index.get(str(iid))
        if not im:
            continue
        i = im["inner"]["impl"]
        if i["is_synthetic"] or i["blanket_impl"] is not None:
            continue
        if i["trait"] is None:
            for mid in i["items"]:
                m = index.get(str(mid))
                if not m or m["visibility"] != "public":
                    continue
                if "function" in m["inner"]:
                    out.add(f"pub method {path}::{sig(m)}")
                elif "assoc_const" in m["inner"] or "constant" in m["inner"]:
                    c = m["inner"].get("assoc_const") or m["inner"].get("constant")
                    out.add(f"pub const {path}::{m['name']}: {ty(c.get('type'))}")
        else:
            t = i["trait"]
            out.add(f"impl {t['path'].split('::')[-1]}{gen_args(t.get('args'))} for {path}")


def walk(mod_path, mod_item):
    out.add(f"pub mod {mod_path}")
    for iid in mod_item["inner"]["module"]["items"]:
        it = index.get(str(iid))
        if not it or it["visibility"] != "public":
            continue
        name = it["name"]
        inner = it["inner"]
        if "use" in inner:
            u = inner["use"]
            target = index.get(str(u["id"])) if u["id"] is not None else None
            if target is None:
                out.add(f"pub use {mod_path}::{u['name']} = {u['source']}")
                continue
            if u["is_glob"]:
                continue
            emit(f"{mod_path}::{u['name']}", target)
        else:
            emit(f"{mod_path}::{name}", it)


def emit(path, it):
    inner = it["inner"]
    kind = next(iter(inner))
    if kind == "module":
        walk(path, it)
    elif kind in ("struct", "enum", "union"):
        type_items(path, it)
    elif kind == "function":
        out.add(f"pub fn {path.rsplit('::', 1)[0]}::{sig(it)}".replace("::const ", "::").replace("pub fn", "pub const fn" if it["inner"]["function"]["header"]["is_const"] else "pub fn", 1))
    elif kind == "constant":
        out.add(f"pub const {path}: {ty(inner['constant']['type'])}")
    elif kind == "static":
        out.add(f"pub static {path}: {ty(inner['static']['type'])}")
    elif kind == "trait":
        out.add(f"pub trait {path}")
        for mid in inner["trait"]["items"]:
            m = index.get(str(mid))
            if m and "function" in m["inner"]:
                out.add(f"pub trait-method {path}::{sig(m)}")
    elif kind == "type_alias":
        out.add(f"pub type {path} = {ty(inner['type_alias']['type'])}")
    elif kind == "macro":
        out.add(f"pub macro {path}")
    else:
        out.add(f"pub {kind} {path}")


walk(CRATE, index[str(doc["root"])])
for line in sorted(out):
    print(line)
