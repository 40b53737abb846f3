"""`reportsite serve` against a real running server: pages, assets, reload events, errors, traversal.

Run with: python3 -m pytest e2e/serve (after `swift build --product reportsite`).
"""
import http.client
import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import tempfile
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("REPORTSITE_BIN", os.path.join(ROOT, ".build/debug/reportsite"))


# Every server runs with at most 4 GiB of address space: a regression with hostile input fails the test
# instead of exhausting the machine.
LIMITED = ["prlimit", "--as=4294967296", "--"]

# The tests below read serve's English words unless they say otherwise (REPORTSITE_LANG=en; the starter site
# is Vietnamese). `language(None)` is the environment without the variable.
def language(lang):
    env = {k: v for k, v in os.environ.items() if k != "REPORTSITE_LANG"}
    if lang:
        env["REPORTSITE_LANG"] = lang
    return env


ENGLISH = language("en")


class Server:
    def __init__(self, site, *args, env=ENGLISH):
        self.proc = subprocess.Popen([*LIMITED, BIN, "serve", "--port", "0", *args], cwd=site, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.port = None
        deadline = time.time() + 60
        self.lines = []
        while time.time() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            self.lines.append(line)
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if m:
                self.port = int(m.group(1))
                break
        assert self.port, "serve did not print its URL: %r" % self.lines

    def get(self, path):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        c.putrequest("GET", path, skip_accept_encoding=True)
        c.endheaders()
        r = c.getresponse()
        body = r.read()
        c.close()
        return r.status, r.getheader("Content-Type"), body

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                return self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                raise
        return self.proc.returncode


class Events:
    """Reads server-sent events from /__reportsite/events."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.conn.request("GET", "/__reportsite/events")
        self.resp = self.conn.getresponse()
        assert self.resp.status == 200
        assert self.resp.getheader("Content-Type").startswith("text/event-stream")
        self.buf = b""

    def next(self, timeout=20):
        deadline = time.time() + timeout
        while b"\n\n" not in self.buf:
            if time.time() > deadline:
                raise TimeoutError("no event")
            chunk = self.resp.read1(4096) if hasattr(self.resp, "read1") else self.resp.fp.read1(4096)
            if not chunk:
                raise EOFError("stream closed")
            self.buf += chunk
        raw, self.buf = self.buf.split(b"\n\n", 1)
        data = [l[5:].strip() for l in raw.decode().splitlines() if l.startswith("data:")]
        return json.loads("".join(data))

    def close(self):
        self.conn.close()


@pytest.fixture
def site():
    d = tempfile.mkdtemp(prefix="reportsite-serve-")
    subprocess.run([BIN, "init", d + "/site"], check=True, capture_output=True)
    yield d + "/site"
    shutil.rmtree(d, ignore_errors=True)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def test_pages_assets_and_no_script_on_disk(site):
    s = Server(site)
    try:
        status, ctype, body = s.get("/")
        assert status == 200 and ctype == "text/html; charset=utf-8"
        assert b'<script src="/__reportsite/live.js"></script></body>' in body
        on_disk = open(os.path.join(site, "Output/index.html"), "rb").read()
        assert b"__reportsite" not in on_disk
        expected = {
            "/assets/style.css": "text/css; charset=utf-8",
            "/assets/search.js": "text/javascript; charset=utf-8",
            "/rankings/2025/provinces.json": "application/json; charset=utf-8",
            "/rankings/2025/units.csv": "text/csv; charset=utf-8",
            "/static/logo.svg": "image/svg+xml",
            "/provinces/tinh-mau/index.html": "text/html; charset=utf-8",
            "/__reportsite/live.js": "text/javascript; charset=utf-8",
        }
        for path, want in expected.items():
            status, ctype, _ = s.get(path)
            assert (status, ctype) == (200, want), path
        status, _, body = s.get("/provinces/tinh-mau/")
        assert status == 200 and "Tỉnh Mẫu".encode() in body
        status, _, _ = s.get("/provinces")
        assert status == 301
        status, _, body = s.get("/no/such/page.html")
        assert status == 404 and "Không tìm thấy trang".encode() in body
    finally:
        assert s.stop() == 0


def test_traversal_is_refused(site):
    secret = os.path.join(os.path.dirname(site), "secret.txt")
    write(secret, "top secret")
    s = Server(site)
    try:
        for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/etc/passwd", "/..%2fsecret.txt",
                     "/assets%2f..%2f..%2fsecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "//etc/passwd",
                     "/etc/passwd", "/%00", "/Content/site.yaml", "/../Content/site.yaml"]:
            status, _, body = s.get(path)
            assert status in (400, 404), path
            assert b"top secret" not in body and b"root:" not in body and b"title:" not in body, path
    finally:
        s.stop()


def test_edit_reload_errors_and_fix(site):
    s = Server(site)
    ev = Events(s.port)
    try:
        first = ev.next()
        assert first["errors"] == []
        gen = first["generation"]
        page = os.path.join(site, "Content/pages/gioi-thieu.md")
        text = open(page, encoding="utf-8").read()

        started = time.time()
        write(page, text.replace("Giới thiệu", "Giới thiệu (đã sửa)"))
        e = ev.next()
        elapsed = time.time() - started
        print("edit to reload event: %.0f ms" % (elapsed * 1000))
        assert e["generation"] == gen + 1 and e["errors"] == []
        status, _, body = s.get("/pages/gioi-thieu/index.html")
        assert "Giới thiệu (đã sửa)".encode() in body

        # Break an assessment: the last good site stays, the diagnostics arrive as an event.
        csv = os.path.join(site, "Content/assessments/2024.csv")
        good = open(csv, encoding="utf-8").read()
        write(csv, good.replace("so-xay-dung,true,true,false,18,", "so-xay-dung,true,true,false,9.5x,"))
        e = ev.next()
        assert e["generation"] == gen + 1
        assert any(re.search(r"Content/assessments/2024\.csv:2:\d+: error: column \"leadership\"", l) for l in e["errors"]), e
        status, _, body = s.get("/pages/gioi-thieu/index.html")
        assert status == 200 and "Giới thiệu (đã sửa)".encode() in body

        write(csv, good)
        e = ev.next()
        assert e["generation"] == gen + 2 and e["errors"] == []
    finally:
        ev.close()
        assert s.stop() == 0
    out = "".join(s.lines) + s.proc.stdout.read()
    assert "still serving the last good site" in out


def test_warning_when_not_on_loopback(site):
    proc = subprocess.Popen([BIN, "serve", "--port", "0", "--host", "0.0.0.0"], cwd=site, env=ENGLISH,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert "warning:" in line and "0.0.0.0" in line
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)


def test_init_refuses_non_empty_folder(site):
    r = subprocess.run([BIN, "init", site], capture_output=True, text=True, env=ENGLISH)
    assert r.returncode == 2
    assert "is not empty" in r.stderr


def test_new_folder_and_file_are_seen(site):
    s = Server(site)
    ev = Events(s.port)
    try:
        gen = ev.next()["generation"]
        folder = os.path.join(site, "Content/units/tinh-moi")
        os.makedirs(folder)
        time.sleep(0.3)
        write(os.path.join(folder, "don-vi-moi.md"),
              "---\nname: \"Đơn vị mới\"\nkind: agency\nprovince: tinh-mau\n---\nMới.\n")
        # The folder and the file may come as one rebuild or two; wait for the page.
        deadline = time.time() + 20
        status, body = 404, b""
        while time.time() < deadline:
            e = ev.next()
            assert e["errors"] == []  # a unit never assessed is only a warning
            status, _, body = s.get("/units/don-vi-moi/index.html")
            if status == 200:
                break
        assert status == 200 and "Đơn vị mới".encode() in body
    finally:
        ev.close()
        s.stop()


def test_busy_port_is_refused_before_building(site):
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = busy.getsockname()[1]
    try:
        r = subprocess.run([*LIMITED, BIN, "serve", "--port", str(port)], cwd=site, capture_output=True, text=True, timeout=60,
                           env=ENGLISH)
    finally:
        busy.close()
    assert r.returncode == 3
    assert r.stderr.strip() == ("error: could not serve on 127.0.0.1:%d: the port is already in use by another program; "
                                "choose another with --port, or --port 0 for any free one" % port)
    assert not os.path.exists(os.path.join(site, "Output"))  # nothing was built


def test_alias_bomb_under_serve_is_an_error_and_the_server_survives(site):
    s = Server(site)
    ev = Events(s.port)
    try:
        gen = ev.next()["generation"]
        lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
        for name, previous in zip("bcdefghij", "abcdefghi"):
            lines.append("%s: &%s [%s]" % (name, name, ", ".join(["*" + previous] * 10)))
        write(os.path.join(site, "Content/pages/bom.md"), "---\ntitle: Bom\n" + "\n".join(lines) + "\n---\nx\n")
        e = ev.next()
        assert e["generation"] == gen
        assert any(l.startswith("Content/pages/bom.md:4:8: error: a YAML alias (*name) is not supported") for l in e["errors"]), e
        status, _, _ = s.get("/")
        assert status == 200
    finally:
        ev.close()
        assert s.stop() == 0


def test_replaced_content_folder_is_watched_again(site):
    s = Server(site)
    ev = Events(s.port)
    try:
        gen = ev.next()["generation"]
        content = os.path.join(site, "Content")
        os.rename(content, content + ".old")
        e = ev.next()
        assert any(l.startswith("Content:1:1: error: the content folder does not exist") for l in e["errors"]), e
        # Back, as a branch switch or a sync tool does it: a new folder moved into place.
        shutil.copytree(content + ".old", content + ".new")
        os.rename(content + ".new", content)
        e = ev.next()
        assert e["errors"] == [] and e["generation"] == gen + 1, e
        # Edits in the new folder are seen.
        page = os.path.join(content, "pages/gioi-thieu.md")
        write(page, open(page, encoding="utf-8").read().replace("Giới thiệu", "Giới thiệu (thư mục mới)"))
        e = ev.next()
        assert e["errors"] == [] and e["generation"] == gen + 2, e
        status, _, body = s.get("/pages/gioi-thieu/index.html")
        assert "Giới thiệu (thư mục mới)".encode() in body
    finally:
        ev.close()
        assert s.stop() == 0


BROKEN_LINK = "\nXem [đơn vị](unit:khong-co).\n"


def break_a_link(site, ev):
    """Adds a link to a unit that does not exist to a page; returns the state event of the failed rebuild."""
    page = os.path.join(site, "Content/pages/gioi-thieu.md")
    write(page, open(page, encoding="utf-8").read() + BROKEN_LINK)
    return ev.next()


def test_overlay_and_console_speak_the_sites_language(site):
    # The starter site says "language: vi" and nothing overrides it.
    s = Server(site, env=language(None))
    ev = Events(s.port)
    try:
        assert ev.next()["errors"] == []
        e = break_a_link(site, ev)
        assert e["title"] == ("reportsite: lần sửa vừa rồi làm trang bị lỗi; đây là bản tốt gần nhất. "
                              "Sửa các lỗi dưới đây rồi lưu lại, trang sẽ tự tải lại.")
        assert [re.sub(r":\d+:\d+:", ":L:C:", l) for l in e["errors"]] == [
            "Content/pages/gioi-thieu.md:L:C: error: liên kết tới đơn vị mã “khong-co”, nhưng không có đơn vị nào mang mã này"]
        # The console line comes right after the event.
        for _ in range(20):
            s.lines.append(s.proc.stdout.readline())
            if s.lines[-1].startswith("tạo lại"):
                break
        assert s.lines[-1] == "tạo lại không thành công: 1 lỗi; vẫn đang phục vụ bản tốt gần nhất\n", s.lines
    finally:
        ev.close()
        assert s.stop() == 0
    out = "".join(s.lines) + s.proc.stdout.read()
    assert re.search(r"^Đang phục vụ trang tại http://127\.0\.0\.1:\d+/  \(nhấn Ctrl-C để dừng\)$", out, re.M), out
    assert re.search(r"^đã tạo 38 tệp trong \d+ ms \(đọc \d+ tệp, dựng full, ghi 38\)$", out, re.M), out
    assert out.endswith("\nđã dừng\n"), out


def test_site_in_english_and_lang_override(site):
    settings = os.path.join(site, "Content/site.yaml")
    write(settings, open(settings, encoding="utf-8").read().replace("language: vi", "language: en"))
    for args, env, title in [((), language(None), "reportsite: the last edit broke the site"),
                             (("--lang", "vi"), language("en"), "reportsite: lần sửa vừa rồi làm trang bị lỗi")]:
        s = Server(site, *args, env=env)
        ev = Events(s.port)
        try:
            ev.next()
            e = break_a_link(site, ev)
            assert e["title"].startswith(title), (args, e)
        finally:
            ev.close()
            assert s.stop() == 0
        page = os.path.join(site, "Content/pages/gioi-thieu.md")
        write(page, open(page, encoding="utf-8").read().replace(BROKEN_LINK, ""))
