#!/usr/bin/env python3
"""Times creating N folders with one 3 KB file each, as a site's unit pages are laid out.

Used to see what the disk costs on its own, apart from any site generator (docs/performance.md, "Nothing
is deleted between runs"): run it on a quiet disk, then again right after deleting a large output.

    python3 bench/fs_create.py 10000 1 .bench/fs-test     # N, threads, a folder to create (replaced)
"""
import os
import shutil
import sys
import threading
import time

n, threads, root = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
if os.path.exists(root):
    shutil.rmtree(root)
os.makedirs(root + "/units")
data = b"x" * 3000


def work(k):
    for i in range(k, n, threads):
        d = f"{root}/units/u{i:06d}"
        os.mkdir(d)
        with open(d + "/index.html", "wb") as f:
            f.write(data)


t, c = time.time(), time.process_time()
ts = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(f"{n} folders and files, {threads} threads: wall {time.time() - t:.2f} s, CPU {time.process_time() - c:.2f} s")
