"""Gate: search works in a real browser, opened from disk (file://) and over HTTP.

On search/index.html of the sample site: typing in the box (id q) lists results without
diacritics being needed; the header search form on the home page leads to the results.
"""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import note, set_viewport

# (typed text, what a listed result must be: exact title, or a part of it)
QUERIES = [
    ("hue", "Thành phố Huế", "exact"),
    ("03/ct", "Chỉ thị 03/CT-UBND", "exact"),
    ("dien luc", "Điện lực", "contains"),
]
MODES = ["file", "http"]


def result_titles(drv):
    # One script call: the list is rebuilt on each keystroke, so element handles go stale.
    return drv.execute_script(
        "return Array.from(document.querySelectorAll('#search-results a'), a => a.textContent.trim())")


def wait_for_result(drv, want, how, timeout=10):
    def found(d):
        titles = result_titles(d)
        return any((t == want) if how == "exact" else (want in t) for t in titles)
    try:
        WebDriverWait(drv, timeout, poll_frequency=0.1).until(found)
        return True
    except Exception:
        return False


def base_url(mode, sample_site, request):
    if mode == "file":
        return sample_site.root.as_uri() + "/"
    return request.getfixturevalue("http_sample")


def js_errors(drv):
    try:
        return [e["message"] for e in drv.get_log("browser") if e.get("level") == "SEVERE"]
    except Exception:  # not every driver exposes logs
        return []


@pytest.mark.parametrize("mode", MODES)
def test_search_page_finds(sample_site, browser, request, mode):
    base = base_url(mode, sample_site, request)
    set_viewport(browser, 1280)
    failures = []
    for text, want, how in QUERIES:
        browser.get(base + "search/index.html")  # a fresh page: no results left from the last query
        box = browser.find_element(By.ID, "q")
        box.send_keys(text)
        if not wait_for_result(browser, want, how):
            shown = result_titles(browser)
            status = browser.find_element(By.ID, "search-status").text
            failures.append(f"{text!r}: {want!r} not listed (status {status!r}; {len(shown)} results: {shown[:8]})")
    note(f"search  {mode}: {len(QUERIES) - len(failures)}/{len(QUERIES)} queries list what they should")
    errs = js_errors(browser)
    assert not failures, f"search over {mode} ({base}):\n" + "\n".join(failures) + (f"\nJS errors: {errs}" if errs else "")


@pytest.mark.parametrize("mode", MODES)
def test_header_search_form_leads_to_results(sample_site, browser, request, mode):
    base = base_url(mode, sample_site, request)
    set_viewport(browser, 1280)
    browser.get(base + "index.html")
    field = browser.find_element(By.ID, "site-search")
    field.send_keys("hue")
    field.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: "search/index.html" in d.current_url)
    url = browser.current_url
    assert "q=hue" in url, f"the form did not pass the query: {url}"
    ok = wait_for_result(browser, "Thành phố Huế", "exact")
    assert browser.find_element(By.ID, "q").get_attribute("value") == "hue", "the search box does not show the query"
    # The result link leads to the province page.
    if ok:
        link = [a for a in browser.find_elements(By.CSS_SELECTOR, "#search-results a") if a.text.strip() == "Thành phố Huế"][0]
        link.click()
        WebDriverWait(browser, 10).until(lambda d: "provinces/hue/" in d.current_url)
        h1 = browser.find_element(By.TAG_NAME, "h1").text.strip()
        assert h1 == "Thành phố Huế", f"the result link opened {browser.current_url} with h1 {h1!r}"
    note(f"search  {mode}: header form -> {url.replace(base, '')} -> {'Thành phố Huế listed and opens' if ok else 'NOT listed'}")
    assert ok, f"header search over {mode}: 'Thành phố Huế' not listed at {url}: {result_titles(browser)[:8]}"
