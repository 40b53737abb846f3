"""Gate: no broken relative link (file or #fragment) anywhere in the built sites."""
import pytest

import linkcheck
from conftest import SITES, note


@pytest.mark.parametrize("site_name", SITES)
def test_no_broken_links(sites, site_name):
    site = sites(site_name)
    stats, problems = linkcheck.check(site.root)
    note(f"links   {site_name}: {stats['files']} files, {stats['checked']} internal links "
         f"({stats['fragments']} with #fragment, {stats['external']} external skipped): {len(problems)} broken")
    assert stats["files"] > 0 and stats["checked"] > 0
    if problems:
        pytest.fail(linkcheck.report(site.root, stats, problems), pytrace=False)


def test_checker_finds_what_it_should(tmp_path):
    """The checker itself: each kind of broken link is reported, good ones are not."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<p id="x">a</p><a href="../b.html#y">b</a>', encoding="utf-8")
    (tmp_path / "b.html").write_text(
        '<h1 id="y">b</h1>'
        '<a href="a/">ok dir index</a><a href="a/index.html#x">ok frag</a><a href="#y">ok self</a>'
        '<a href="https://example.org/">external</a><a href="mailto:x@example.org">mail</a>'
        '<a href="search.html?q=x">missing with query</a>'
        '<a href="a/index.html#nope">bad frag</a><a href="a">folder</a><a href="/b.html">absolute</a>'
        '<a href="../outside.html">outside</a><img src="img/none.png" alt=""><a href="#gone">bad self</a>',
        encoding="utf-8")
    stats, problems = linkcheck.check(tmp_path)
    bad = sorted(p[2] for p in problems)
    assert bad == sorted(["search.html?q=x", "a/index.html#nope", "a", "/b.html", "../outside.html",
                          "img/none.png", "#gone"]), problems
    assert stats["external"] == 2
