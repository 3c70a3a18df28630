"""The pages in a real browser (Debian's chromium through Playwright) against a live server."""

from __future__ import annotations

import csv
import io

import pytest

from sagt.web.demo import SEED, XSS_ATTR, XSS_IMG, XSS_SCRIPT

pytestmark = pytest.mark.browser


def _clean(page) -> None:  # type: ignore[no-untyped-def]
    assert page.errors == [], page.errors  # no CSP violations, no script errors
    assert page.outside == [], page.outside  # nothing fetched from outside 127.0.0.1


def test_search_with_facet(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/")
    page.fill("input[name=q]", "beslut*")
    page.click("button[type=submit]")
    page.wait_for_selector("ol.hits li.hit")
    n_all = page.locator("ol.hits li.hit").count()
    total_all = int(page.locator("#result-count").inner_text().split()[0].replace("\u00a0", "").replace(" ", ""))
    assert n_all == min(20, total_all)
    # facet: choose an outlet (the select submits the form by itself)
    with page.expect_navigation():
        page.select_option("select[name=outlet]", "dn.se")
    assert "outlet=dn.se" in page.url and "q=beslut" in page.url
    hits = page.locator("ol.hits li.hit")
    assert 0 < hits.count() <= n_all
    for i in range(hits.count()):
        assert "dn.se" in hits.nth(i).locator(".where").inner_text()
    total_dn = int(page.locator("#result-count").inner_text().split()[0])
    assert total_dn < total_all
    # speaker facet + link to the article
    page.goto(page.base + "/?speaker=Olaf+Scholz")
    assert page.locator("ol.hits li.hit").count() == 7
    page.locator("ol.hits li.hit .src a").first.click()
    page.wait_for_selector("#article-text")
    assert "Putin" in page.locator("h1").inner_text()
    _clean(page)


def test_pagination(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/")
    first = page.locator("ol.hits li.hit blockquote").all_inner_texts()
    page.click("a[rel=next]")
    page.wait_for_url("**page=2**")
    assert "sida 2" in page.locator(".pager").first.inner_text()
    assert page.locator("ol.hits li.hit").count() > 0
    assert page.locator("ol.hits").get_attribute("start") == "21"
    assert page.locator("ol.hits li.hit blockquote").all_inner_texts() != first
    _clean(page)


def test_article_highlights(page, web_db) -> None:  # type: ignore[no-untyped-def]
    _db, ids = web_db
    page.goto(f"{page.base}/articles/{ids['svt-putin-scholz']}")
    text = page.locator("#article-text")
    n_statements = page.locator("#statement-list li").count()
    assert n_statements >= 14
    # every statement has a highlighted content span, coloured per speaker
    contents = text.locator("span.hl.content[id^=st-]")
    assert contents.count() == n_statements
    colours = {text.locator("span.hl.content", has_text="Redo att ta förhandlingsspåret").first.evaluate("e => getComputedStyle(e).backgroundColor"),
               text.locator("span.hl.content", has_text="Det är ett gott tecken").first.evaluate("e => getComputedStyle(e).backgroundColor")}
    assert len(colours) == 2 and "rgba(0, 0, 0, 0)" not in colours  # Putin and Scholz differ
    assert text.locator("span.hl.cue", has_text="säger").count() >= 4
    assert text.locator("span.hl.mention", has_text="Scholz").count() >= 1
    relays = text.locator("span.hl.relay").all_inner_texts()
    assert "TT" in relays and "Reuters" in relays
    people = page.locator("ul.people li").all_inner_texts()
    assert any("Vladimir Putin" in p and "president" in p for p in people)
    assert any("Olaf Scholz" in p and "förbundskansler" in p for p in people)
    assert page.locator("#original-link").get_attribute("href").startswith("https://www.svt.se/")
    # hovering a statement in the list marks its span in the text (static JS, allowed by the CSP)
    page.locator("#statement-list li").first.hover()
    assert text.locator("span.hl.active").count() >= 1
    _clean(page)


def test_speaker_page(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/speakers")
    page.click("text=Olaf Scholz")
    page.wait_for_selector("#speaker-name")
    assert page.locator("#speaker-name").inner_text() == "Olaf Scholz"
    facts = page.locator("dl.facts").inner_text()
    assert "förbundskansler" in facts and "man" in facts and "pronomen" in facts
    assert "Vladimir Putin" in page.locator("#cooccurring").inner_text()
    assert page.locator("svg.chart").count() >= 2  # timeline and outlets
    assert page.locator("ol.hits li.hit").count() == 7
    page.click("#cooccurring >> text=Vladimir Putin")
    page.wait_for_function("document.querySelector('#speaker-name').innerText === 'Vladimir Putin'")
    _clean(page)


def test_dashboard_and_csv(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/dashboard")
    charts = page.locator("section.chartcard")
    assert charts.count() >= 9
    for name in ("gender-statements", "gender-speakers", "type-statements", "role-statements", "top-speakers", "outlet-gender", "month-gender"):
        sec = page.locator(f"#chart-{name}")
        assert sec.locator("svg.chart rect").count() >= 2, name
    bars = page.locator("#chart-gender-statements svg rect title").all_text_contents()
    assert any("kvinnor" in b for b in bars) and any("män" in b for b in bars)
    with page.expect_download() as dl:
        page.click("#chart-outlet-gender a.csv")
    d = dl.value
    assert d.suggested_filename == "sagt-outlet-gender.csv"
    rows = list(csv.DictReader(io.StringIO(open(d.path(), encoding="utf-8-sig").read())))
    assert {"outlet", "gender", "n", "share"} <= set(rows[0]) and any(r["outlet"] == "dn.se" for r in rows)
    # a filter narrows every chart
    with page.expect_navigation():
        page.select_option("select[name=outlet]", "svt.se")
    assert "svt.se" in page.locator("#chart-outlet-gender").inner_text()
    assert "dn.se" not in page.locator("#chart-outlet-gender").inner_text()
    _clean(page)


def test_paste_reference_article(page) -> None:  # type: ignore[no-untyped-def]
    import sagt

    expected = sagt.extract(SEED.read_text(encoding="utf-8")).statements
    assert len(expected) >= 14
    page.goto(page.base + "/paste")
    page.fill("textarea[name=text]", SEED.read_text(encoding="utf-8"))
    page.click("#extract-button")
    page.wait_for_selector("#article-text")
    assert "inget har sparats" in page.locator(".notice").inner_text()
    items = page.locator("#statement-list li .q").all_inner_texts()
    assert len(items) == len(expected)
    for st, shown in zip(expected, items):
        assert " ".join(shown.split()) == " ".join(st.content.text.split())
    assert page.locator("#article-text span.hl.content[id^=st-]").count() == len(expected)
    names = " ".join(page.locator("ul.people li").all_inner_texts())
    assert "Vladimir Putin" in names and "Olaf Scholz" in names
    _clean(page)


def test_paste_file_upload(page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "artikel.html"
    f.write_text("<html><body><h1>Nytt bygge</h1><p>– Vi bygger för framtiden, säger kommunalrådet Eva Fransson.</p></body></html>", encoding="utf-8")
    page.goto(page.base + "/paste")
    page.set_input_files("input[type=file]", str(f))
    page.click("#extract-button")
    page.wait_for_selector("#article-text")
    assert "Vi bygger för framtiden" in page.locator("#statement-list").inner_text()
    assert "Eva Fransson" in page.locator("ul.people").inner_text()
    _clean(page)


def test_xss_is_shown_literally(page, web_db) -> None:  # type: ignore[no-untyped-def]
    _db, ids = web_db
    page.goto(f"{page.base}/articles/{ids['xss-test']}")
    body = page.locator("#article-text").inner_text()
    assert XSS_SCRIPT in body and XSS_IMG in body and XSS_ATTR in body
    assert XSS_SCRIPT in page.locator("h1").inner_text()
    page.locator("#article-text span.hl.content").last.hover()
    page.wait_for_timeout(300)  # let any (wrongly) injected handler run
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#article-text img, #article-text script").count() == 0

    page.goto(page.base + "/?q=citatet")
    assert XSS_SCRIPT in page.locator("ol.hits").inner_text()
    page.locator("ol.hits blockquote").first.hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"

    page.goto(page.base + "/?q=" + "%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E")
    assert page.locator("input[name=q]").input_value() == XSS_SCRIPT
    assert page.evaluate("typeof window.__pwned") == "undefined"

    page.goto(page.base + "/speakers?q=Malin")
    page.click("text=Malin Strand")
    page.wait_for_selector("#speaker-name")
    hits = page.locator("ol.hits").inner_text()
    assert XSS_IMG in hits and XSS_ATTR in hits
    for i in range(page.locator("ol.hits blockquote").count()):
        page.locator("ol.hits blockquote").nth(i).hover()
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main img").count() == 0

    # pasted text is untrusted too
    page.goto(page.base + "/paste")
    page.fill("textarea[name=text]", f"Rubrik {XSS_SCRIPT}\n\n– Jag skriver {XSS_IMG} här {XSS_ATTR}, säger Anna Berg.\n")
    page.click("#extract-button")
    page.wait_for_selector("#article-text")
    assert XSS_IMG in page.locator("#article-text").inner_text()
    page.locator("#article-text span.hl.content").first.hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    _clean(page)
