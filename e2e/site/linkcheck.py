#!/usr/bin/env python3
"""Link checker for a built site: every relative href/src must resolve to a file in the tree.

Usage: linkcheck.py OUTPUT_DIR        (exit 0: no broken link; 1: broken links; 2: usage)

Rules
  * every .html file under OUTPUT_DIR is parsed; href and src of any element are checked
    (a, link, script, img, source, iframe, area, svg <use>/<image>, ...)
  * ignored: http:, https:, mailto:, tel:, data:, javascript:, protocol-relative //host
  * "x/" means "x/index.html"; a query (?q=...) is dropped; %-escapes are decoded
  * the target must be a file inside OUTPUT_DIR (not a folder, not outside the tree);
    a root-absolute link ("/units/...") is an error: the site must work from file://
  * "page#frag": the target page must have an element with id="frag" (or <a name="frag">);
    a fragment-only link ("#frag") is checked against the page itself
Standard library only.
"""
import os
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

IGNORED_SCHEMES = ("http", "https", "mailto", "tel", "data", "javascript", "ftp")
URL_ATTRS = ("href", "src")


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []  # (line, tag, attr, value)

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if v is None:
                continue
            if k == "id" or (tag == "a" and k == "name"):
                self.ids.add(v)
            elif k in URL_ATTRS or (k == "xlink:href"):
                self.links.append((self.getpos()[0], tag, k, v))

    handle_startendtag = handle_starttag


def parse(path):
    p = _Page()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p


def check(root):
    """Returns (stats, problems); problems are (file, line, link, reason)."""
    root = Path(root).resolve()
    pages = {}
    for f in sorted(root.rglob("*.html")):
        pages[f.resolve()] = parse(f)
    problems = []
    stats = {"files": len(pages), "links": 0, "checked": 0, "external": 0, "fragments": 0}
    for f, page in pages.items():
        rel_f = f.relative_to(root)
        for line, tag, attr, value in page.links:
            stats["links"] += 1
            v = value.strip()
            if not v:
                continue
            parts = urlsplit(v)
            if parts.scheme or v.startswith("//"):
                if parts.scheme.lower() in IGNORED_SCHEMES or v.startswith("//"):
                    stats["external"] += 1
                    continue
                problems.append((rel_f, line, value, f"unexpected scheme {parts.scheme!r}"))
                continue
            stats["checked"] += 1
            frag = unquote(parts.fragment) if parts.fragment else None
            if not parts.path:  # fragment-only (or query-only): this page
                target = f
            else:
                if parts.path.startswith("/"):
                    problems.append((rel_f, line, value, "root-absolute link (breaks under file:// and sub-paths)"))
                    continue
                path = unquote(parts.path)
                if path.endswith("/"):
                    path += "index.html"
                target = Path(os.path.normpath(f.parent / path))
                try:
                    target.relative_to(root)
                except ValueError:
                    problems.append((rel_f, line, value, "points outside the site"))
                    continue
                if target.is_dir():
                    problems.append((rel_f, line, value, "points to a folder (add a trailing / or index.html)"))
                    continue
                if not target.is_file():
                    problems.append((rel_f, line, value, f"missing file {target.relative_to(root)}"))
                    continue
            if frag:
                stats["fragments"] += 1
                tp = pages.get(target.resolve())
                if tp is None:
                    if target.suffix.lower() in (".html", ".htm"):
                        tp = pages[target.resolve()] = parse(target)
                    else:
                        continue  # a fragment into a CSV/PDF/… is not ours to check
                if frag not in tp.ids:
                    problems.append((rel_f, line, value, f"no id {frag!r} in {target.relative_to(root)}"))
    return stats, problems


def report(root, stats, problems, limit=60):
    lines = [f"{root}: {stats['files']} HTML files, {stats['links']} links "
             f"({stats['checked']} internal checked, {stats['fragments']} with #fragment, "
             f"{stats['external']} external skipped): {len(problems)} broken"]
    for f, line, link, why in problems[:limit]:
        lines.append(f"  {f}:{line}: {link} -> {why}")
    if len(problems) > limit:
        lines.append(f"  … and {len(problems) - limit} more")
    return "\n".join(lines)


def main(argv):
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    stats, problems = check(argv[1])
    print(report(argv[1], stats, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
