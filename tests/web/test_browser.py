"""The web page in a real headless Chromium (Debian's, driven by Playwright).

One researcher's path through the site, step by step; screenshots of each step go to
``var/screenshots/`` for humans to look at. ``.ci/run`` installs Chromium; where it is
missing outside CI these tests skip and say so.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.conftest import Server

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).parent.parent.parent / "var" / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not shutil.which(CHROMIUM) and not os.environ.get("CI"):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: object, server: Server) -> Iterator[object]:
    context = browser.new_context(  # type: ignore[attr-defined]
        base_url=server.url, viewport={"width": 1280, "height": 900}, accept_downloads=True
    )
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_search_an_inflected_umlaut_free_name_and_see_a_funding_fact_with_its_source(
    page: object,
) -> None:
    expect = playwright_api.expect
    page.goto("/")  # type: ignore[attr-defined]
    expect(page.locator("h1")).to_contain_text("Digitalisierung der Kommunen")  # type: ignore[attr-defined]
    expect(page.locator(".figures li").first).to_contain_text("Akteure")  # type: ignore[attr-defined]
    shot(page, "01-home")
    page.fill("#home-q", "Landes Baden-Wuerttemberg")  # type: ignore[attr-defined]
    page.press("#home-q", "Enter")  # type: ignore[attr-defined]
    first = page.locator("ol.hits li a").first  # type: ignore[attr-defined]
    expect(first).to_have_text("Land Baden-Württemberg")
    shot(page, "02-search")
    first.click()
    expect(page.locator("h1")).to_have_text("Land Baden-Württemberg")  # type: ignore[attr-defined]
    funding = page.locator(".statement", has_text="Förderer").first  # type: ignore[attr-defined]
    expect(funding).to_contain_text("Quelle:")
    expect(funding.locator(".source a").first).to_have_attribute("href", re.compile(r"^/id/doc/"))
    shot(page, "03-entity")


def test_run_a_canned_query_through_its_form_and_download_csv(page: object) -> None:
    expect = playwright_api.expect
    page.goto("/")  # type: ignore[attr-defined]
    page.click("text=Who funds what")  # type: ignore[attr-defined]
    page.fill("#p-funder", "Land Baden-Württemberg")  # type: ignore[attr-defined]
    page.click("button[name=run]")  # type: ignore[attr-defined]
    rows = page.locator(".results tbody tr")  # type: ignore[attr-defined]
    expect(rows.first).to_be_visible()
    count = rows.count()
    assert count >= 3
    cells = page.locator(".results tbody tr td:nth-child(3)").all_inner_texts()  # type: ignore[attr-defined]
    assert set(cells) == {"Land Baden-Württemberg"}
    shot(page, "04-canned-query")
    with page.expect_download() as caught:  # type: ignore[attr-defined]
        page.click("text=CSV")  # type: ignore[attr-defined]
    download = caught.value
    text = Path(download.path()).read_text(encoding="utf-8")
    table = list(csv.DictReader(io.StringIO(text)))
    assert len(table) == count
    assert {row["funderLabel"] for row in table} == {"Land Baden-Württemberg"}
    share = page.get_attribute("#share", "href")  # type: ignore[attr-defined]
    page.goto(share)  # type: ignore[attr-defined]
    expect(page.locator(".results tbody tr")).to_have_count(count)  # type: ignore[attr-defined]


def test_funding_flow_draws_bands_honestly_and_filters(page: object) -> None:
    expect = playwright_api.expect
    page.goto("/funding")  # type: ignore[attr-defined]
    bands = page.locator("#flow a.band")  # type: ignore[attr-defined]
    expect(bands.first).to_be_attached()
    total = bands.count()
    labels = page.locator("#flow .node-link text").all_text_contents()  # type: ignore[attr-defined]
    assert "Land Baden-Württemberg" in labels
    kinds = {bands.nth(i).get_attribute("data-kind") for i in range(total)}
    assert "sure" in kinds
    # a statement without an amount is a dotted band, never a filled one
    stated = {bands.nth(i).get_attribute("data-stated"): bands.nth(i) for i in range(total)}
    unknown = stated["ohne Betrag"]
    assert unknown.get_attribute("data-kind") == "unknown"
    assert unknown.locator("path.band-sure").count() == 0
    assert stated["mehr als 800.000 Euro"].locator("path.band-sure").count() == 1
    band_labels = page.locator("#flow text.band-label").all_text_contents()  # type: ignore[attr-defined]
    assert "1,6 Milliarden Euro" in band_labels
    shot(page, "05-funding-flow")
    page.select_option("#f-funder", label="Saarland")  # type: ignore[attr-defined]
    page.click("text=Filtern")  # type: ignore[attr-defined]
    filtered = page.locator("#flow a.band")  # type: ignore[attr-defined]
    expect(filtered.first).to_be_attached()
    assert 0 < filtered.count() < total
    funders = page.locator("#flow .node-link text").all_text_contents()  # type: ignore[attr-defined]
    assert "Land Baden-Württemberg" not in funders
    href = filtered.first.get_attribute("href")
    assert href is not None
    assert href.startswith("/id/fact/")


def test_workbench_shows_a_syntax_error_with_its_position_and_runs_queries(page: object) -> None:
    expect = playwright_api.expect
    page.goto("/workbench")  # type: ignore[attr-defined]
    editor = page.locator("#query")  # type: ignore[attr-defined]
    editor.fill("SELECT * WHERE {\n  ?s ?p \n}")
    editor.press("Control+Enter")
    error = page.locator("#error")  # type: ignore[attr-defined]
    expect(error).to_be_visible()
    expect(error).to_contain_text("Zeile 3")
    shot(page, "06-workbench-error")
    editor.fill(
        "PREFIX dk: <https://w3id.org/digikom/ontology#>\nSELECT ?s WHERE { ?s a dk:Startup }"
    )
    editor.press("Control+Enter")
    expect(page.locator("#results tbody tr")).to_have_count(5)  # type: ignore[attr-defined]
    expect(error).to_be_hidden()
    link = page.locator("#results tbody a").first  # type: ignore[attr-defined]
    expect(link).to_have_attribute("href", re.compile(r"^/id/org/"))
    shot(page, "07-workbench")


def test_pages_fit_a_phone_and_work_with_the_keyboard(browser: object, server: Server) -> None:
    context = browser.new_context(base_url=server.url, viewport={"width": 375, "height": 740})  # type: ignore[attr-defined]
    tab = context.new_page()
    try:
        for path in ("/", "/id/initiative/kommunale-digitallotsen", "/query/funding"):
            tab.goto(path)
            overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, (path, overflow)
        tab.goto("/")
        tab.keyboard.press("Tab")
        focused = tab.evaluate("document.activeElement.textContent")
        assert focused == "DigiKom KG"
        tab.focus("#home-q")
        tab.keyboard.type("Digitallotsen")
        tab.keyboard.press("Enter")
        playwright_api.expect(tab.locator("ol.hits li a").first).to_contain_text("Digitallotsen")
        shot(tab, "08-phone-search")
    finally:
        context.close()
