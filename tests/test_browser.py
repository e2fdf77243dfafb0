"""The page in a real browser: the distribution's headless Chromium, driven by Playwright.

Playwright's own browser is never downloaded: it launches /usr/bin/chromium (installed by .ci/run
when missing). Without that binary the tests skip and say why.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import webserver
from tests.conftest import CORPUS, HEADLESS_CHROMIUM, SEED, needs_corpus
from tests.webserver import Server

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (the test extra)")

server = webserver.server  # the fixture


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=list(HEADLESS_CHROMIUM), headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server: Server) -> Iterator:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server.url + "/")
    yield page
    context.close()


def lint_findings(server: Server) -> list[dict]:
    return json.loads(server.post("/api/lint", {"report": [(SEED.name, SEED.read_bytes())]})[1])["findings"]


def test_the_seed_in_the_browser(page, server: Server, tmp_path: Path) -> None:
    import docx

    assert page.locator("h1").inner_text().startswith("indicheck 报告数字检查")
    page.set_input_files("#report", str(SEED))
    page.click("#run")
    page.wait_for_selector("#report-view .finding")
    expected = lint_findings(server)
    # The same findings `lint` gives, each on its figure, underlined (a <mark> of its severity).
    codes = page.eval_on_selector_all("#report-view aside .finding", "els => els.map(e => e.dataset.code)")
    assert sorted(codes) == sorted(f["code"] for f in expected if f["path"] == SEED.name)
    marks = page.locator("#report-view mark")
    assert marks.count() == len(codes)
    assert page.eval_on_selector("#report-view mark", "m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    # A click on a finding in the list scrolls to its figure; its computation is beside it.
    first = page.locator("#report-view .index a").first
    anchor = first.get_attribute("href")
    first.click()
    figure = page.locator(anchor)
    page.wait_for_function("id => { const r = document.getElementById(id).getBoundingClientRect();"
                           " return r.top >= -1 && r.bottom <= innerHeight; }", arg=anchor[1:])  # fmt: skip
    row = figure.locator("xpath=ancestor::div[contains(@class,'row')]")
    assert "计算" in row.locator(".finding code").first.inner_text()
    # Filters: by severity, then by rule.
    page.select_option("#f-severity", "info")
    visible = page.eval_on_selector_all("#report-view aside .finding", "els => els.filter(e => !e.hidden).length")
    assert visible == sum(1 for f in expected if f["severity"] == "info" and f["path"] == SEED.name)
    page.select_option("#f-severity", "")
    rule = codes[0]
    page.select_option("#f-rule", rule)
    visible = page.eval_on_selector_all("#report-view aside .finding", "els => els.filter(e => !e.hidden).length")
    assert visible == codes.count(rule)
    # The annotated copy: one Word comment per finding.
    with page.expect_download() as download:
        page.click("#dl-docx")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "donghe_2022_plan.indicheck.docx"
    assert len(list(docx.Document(str(saved)).comments)) == len(expected)
    with page.expect_download() as download:
        page.click("#dl-json")
    download.value.save_as(tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text())["findings"] == expected
    # The findings' CSV: a header and one row per finding, named as the JSON names them.
    with page.expect_download() as download:
        page.click("#dl-findings-csv")
    download.value.save_as(tmp_path / "out.csv")
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8", newline="")))
    assert [(r["code"], r["fingerprint"]) for r in rows] == [(f["code"], f["fingerprint"]) for f in expected]
    assert not page.locator("#dl-csv").is_visible()  # the targets' CSV needs last year's report
    page.screenshot(path=str(tmp_path / "seed.png"))
    assert (tmp_path / "seed.png").stat().st_size > 10_000


def test_english_switch(page) -> None:
    page.click("#lang")
    assert page.locator("#run").inner_text() == "Check"
    assert page.evaluate("document.documentElement.lang") == "en"
    page.click("#lang")
    assert page.locator("#run").inner_text() == "检查"


def test_a_hostile_upload_says_why_on_the_page(page, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    page.set_input_files("#report", str(broken))
    with page.expect_response("**/api/run?lang=zh", timeout=60_000) as response:
        page.click("#run")
    assert response.value.status == 422
    page.wait_for_function("document.getElementById('message').textContent.includes('broken.docx')", timeout=60_000)
    assert "Traceback" not in page.locator("#message").inner_text()


@needs_corpus
def test_targets_chart_of_guangdong(page, tmp_path: Path) -> None:
    page.set_input_files("#report", str(CORPUS / "guangdong_2026_zfgzbg.txt"))
    page.set_input_files("#previous", str(CORPUS / "guangdong_2025_zfgzbg.txt"))
    page.click("#run")
    page.wait_for_selector("#charts figure.chart svg")
    names = page.eval_on_selector_all("#charts figure.chart", "els => els.map(e => e.dataset.indicator)")
    assert "地区生产总值" in names
    assert page.locator("#charts circle.actual").count() >= 1
    assert page.locator("#dl-csv").is_visible()
    page.locator("#targets").screenshot(path=str(tmp_path / "targets.png"))
