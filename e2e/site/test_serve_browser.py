"""`reportsite serve` in a real browser: an edit reloads the open page, a broken file shows the error
overlay (in the site's language) over the last good page, and fixing it removes the overlay."""
import re
import time
from pathlib import Path

from conftest import note, served_new_site


def wait_for(drv, script, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = drv.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out waiting for: " + script)


def test_reload_and_error_overlay(browser):
    with served_new_site("reportsite-serve-browser-") as (site, root):
        browser.get(root + "pages/gioi-thieu/index.html")
        wait_for(browser, "return document.readyState === 'complete'")
        # Mark the page: a reload replaces the document and the mark disappears.
        browser.execute_script("window.__mark = 1")
        page = site / "Content/pages/gioi-thieu.md"
        good = page.read_text(encoding="utf-8")
        started = time.time()
        page.write_text(good.replace("Giới thiệu", "Giới thiệu (sửa trực tiếp)"), encoding="utf-8")
        wait_for(browser, "return window.__mark === undefined && document.readyState === 'complete' && "
                          "document.querySelector('h1') && document.querySelector('h1').textContent.includes('sửa trực tiếp')")
        note("serve   browser: edit reloaded the open page in %.0f ms" % ((time.time() - started) * 1000))

        # Break the page's link: the overlay lists file:line:col, the last good page stays.
        broken = good.replace("Giới thiệu", "Giới thiệu (sửa trực tiếp)") + "\nXem [đơn vị](unit:khong-co).\n"
        page.write_text(broken, encoding="utf-8")
        text = wait_for(browser, "var b = document.getElementById('reportsite-errors'); return b && b.textContent")
        # In the site's language (the starter site is Vietnamese): the heading and the problem.
        assert text.startswith("reportsite: lần sửa vừa rồi làm trang bị lỗi; đây là bản tốt gần nhất."), text
        assert re.search(r"Content/pages/gioi-thieu\.md:\d+:\d+: error: liên kết tới đơn vị mã “khong-co”, "
                         r"nhưng không có đơn vị nào mang mã này", text), text
        assert "sửa trực tiếp" in browser.find_element("css selector", "h1").text
        browser.save_screenshot(str(Path("artifacts/screenshots") / "serve-error-overlay.png"))

        # Fix it: the page reloads and the overlay is gone.
        page.write_text(good, encoding="utf-8")
        wait_for(browser, "return !document.getElementById('reportsite-errors') && document.readyState === 'complete' && "
                          "document.querySelector('h1') && !document.querySelector('h1').textContent.includes('sửa trực tiếp')")
