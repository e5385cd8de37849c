#!/usr/bin/env python3
"""Check the generated rustdoc pages for broken links and images.

Usage: check_links.py TARGET/doc CRATE

Every `href` and `src` of the crate's pages that points inside the documentation must name a file that exists
(and, with a `#fragment` on one of the crate's pages, an element with that id). Links that leave the
documentation must be absolute (`https://…`): a relative link to a repository file (`docs/x.png`, `CHANGELOG.md`)
resolves against `target/doc/` and is broken on docs.rs. Exits 1 with the list of broken links.
"""
import html.parser
import os
import sys
from urllib.parse import unquote, urldefrag

root, crate = sys.argv[1], sys.argv[2]


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key):
                self.links.append((tag, key, a[key]))


pages = {}
for dirpath, _, files in os.walk(os.path.join(root, crate)):
    for f in files:
        if f.endswith(".html"):
            p = os.path.join(dirpath, f)
            parser = Page()
            parser.feed(open(p, encoding="utf-8").read())
            pages[os.path.normpath(p)] = parser

broken = []
for path, page in sorted(pages.items()):
    if "/src/" in path.replace(os.sep, "/"):
        continue
    for tag, key, link in page.links:
        if link.startswith(("http://", "https://", "mailto:", "data:", "javascript:")):
            continue
        target, frag = urldefrag(link)
        if not target:
            target_path = path
        else:
            target_path = os.path.normpath(os.path.join(os.path.dirname(path), unquote(target)))
        if not os.path.exists(target_path):
            broken.append(f"{path}: <{tag} {key}=\"{link}\"> points to a missing file")
            continue
        if frag and target_path in pages and frag not in pages[target_path].ids and not frag.startswith("method."):
            broken.append(f"{path}: <{tag} {key}=\"{link}\"> names a missing anchor")

for b in broken:
    print(b)
print(f"{len(pages)} pages checked, {len(broken)} broken links", file=sys.stderr)
sys.exit(1 if broken else 0)
