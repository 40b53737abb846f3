#!/usr/bin/env python3
"""Checks a deployed copy of Output/ against its build-manifest.json.

Usage: verify-manifest.py DEPLOYED_FOLDER [MANIFEST]
Prints every missing, changed or extra file and exits 1 if there is any.
"""
import hashlib
import json
import os
import sys


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    root = sys.argv[1]
    manifest = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "build-manifest.json")
    listed = {f["path"]: f for f in json.load(open(manifest, encoding="utf-8"))["files"]}
    problems = 0
    for path, f in sorted(listed.items()):
        full = os.path.join(root, path)
        if not os.path.isfile(full):
            print("missing:", path)
            problems += 1
            continue
        data = open(full, "rb").read()
        if len(data) != f["size"] or hashlib.sha256(data).hexdigest() != f["sha256"]:
            print("changed:", path)
            problems += 1
    for dirpath, _, names in os.walk(root):
        for n in names:
            rel = os.path.relpath(os.path.join(dirpath, n), root).replace(os.sep, "/")
            if rel != "build-manifest.json" and rel not in listed:
                print("extra:", rel)
                problems += 1
    print("%d files checked, %d problems" % (len(listed), problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
