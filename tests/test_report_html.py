"""The HTML report and the batch index, opened in Debian's headless Chromium: images load, nothing errs, findings show."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from mockcheck.model import Report, Step
from mockcheck.report import html
from mockcheck.rules import RULES
from reportscans import CHROMIUM, CHROMIUM_ARGS, chromium_missing_reason, scanned, without_step

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def no_go_back() -> Report:
    return scanned("no-go-back")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = chromium_missing_reason()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Opened:
    """A page opened from a file, with every console error and page error it raised."""

    def __init__(self, browser: Any, path: Path, width: int = 1280, scheme: str = "light") -> None:
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def broken_images(self) -> list[str]:
        return self.page.eval_on_selector_all(
            "img", "imgs => imgs.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.alt)"
        )


@pytest.fixture(scope="module")
def report_file(no_go_back: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return html.write(no_go_back, tmp_path_factory.mktemp("html") / "report.html")


def test_report_is_self_contained(report_file: Path) -> None:
    document = report_file.read_text()
    sources = re.findall(r'<img[^>]+src="([^"]+)"', document)
    assert sources and all(s.startswith("data:image/") for s in sources)
    assert not re.search(r'(src|href)="(https?:)?//', document)
    assert "@import" not in document and "url(http" not in document


def test_report_opens_without_errors_and_every_image_loads(
    browser: Any, no_go_back: Report, report_file: Path
) -> None:
    opened = Opened(browser, report_file)
    assert opened.errors == []
    assert opened.broken_images() == []
    assert opened.page.locator("img").count() == 2 * len(no_go_back.screens)  # strip thumbnail + screen
    # Nothing is fetched but the file itself: images are data URIs.
    assert [u for u in opened.requests if not u.startswith(("file:", "data:"))] == []


def test_finding_is_visible_with_its_guideline_and_pinned_to_its_screen(
    browser: Any, no_go_back: Report, report_file: Path
) -> None:
    opened = Opened(browser, report_file)
    page = opened.page
    assert page.locator("#verdict").inner_text().count("Not ready") == 1
    summary = page.locator("#findings-title + .findings .finding").first
    assert summary.is_visible()
    assert "missing-go-back" in summary.inner_text()
    assert RULES["missing-go-back"].guideline in summary.inner_text()
    index = next(i for i, s in enumerate(no_go_back.screens) if s.source == "Frame 6.png")
    pinned = page.locator(f"#screen-{index + 1} .findings.pinned .finding")
    assert pinned.count() == 1 and pinned.first.is_visible()
    # The finding's mark is drawn on that screen, numbered like the list.
    assert page.locator(f"#screen-{index + 1} svg .mk-finding text").first.text_content().startswith("1 ")


def test_each_screen_shows_its_marks_and_collapsible_ocr_text(no_go_back: Report, report_file: Path) -> None:
    document = report_file.read_text()
    for kind in ("heading", "proceed", "data", "purpose"):
        assert f'class="mk mk-{kind}' in document
    assert document.count('<details class="ocr">') == len(no_go_back.screens)
    assert "Why it reads as Connecting to TikTok" in document


def test_missing_step_is_an_empty_marked_slot(browser: Any, no_go_back: Report, tmp_path: Path) -> None:
    report = without_step(no_go_back, Step.AUTHORIZE)
    opened = Opened(browser, html.write(report, tmp_path / "report.html"))
    slots = opened.page.locator(".strip .slot")
    assert slots.count() == 4
    missing = opened.page.locator(".strip .slot.missing")
    assert missing.count() == 1
    assert "3 · TikTok authorization" in missing.inner_text() and "Missing" in missing.inner_text()
    assert opened.errors == []


@pytest.mark.parametrize(("width", "scheme"), [(390, "dark"), (1280, "dark"), (390, "light")])
def test_readable_on_phone_and_laptop_in_both_schemes(
    browser: Any, report_file: Path, width: int, scheme: str
) -> None:
    opened = Opened(browser, report_file, width=width, scheme=scheme)
    page = opened.page
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    red, green, blue = (int(v) for v in re.findall(r"\d+", background)[:3])
    assert (red + green + blue < 150) == (scheme == "dark")
    assert opened.errors == []


def test_legend_hides_and_shows_a_kind_of_mark(browser: Any, report_file: Path) -> None:
    page = Opened(browser, report_file).page
    mark = page.locator("svg .mk-data").first
    assert mark.is_visible()
    page.locator('#legend input[data-kind="data"]').uncheck()
    assert not mark.is_visible()
    page.locator('#legend input[data-kind="data"]').check()
    assert mark.is_visible()


def test_report_without_kept_images_still_renders(no_go_back: Report) -> None:
    bare = replace(no_go_back, screens=tuple(replace(s, image=None) for s in no_go_back.screens))
    document = html.render(bare)
    assert "<img" not in document
    assert "missing-go-back" in document


def test_index_lists_each_submission_and_sorts_and_filters(
    browser: Any, no_go_back: Report, tmp_path: Path
) -> None:
    # Variants of the one scan stand in for other submissions: a passing one and one missing a step.
    complete = replace(no_go_back, findings=())
    missing = without_step(complete, Step.CONNECTING)
    out = tmp_path / "site"
    path = html.render_index(
        [
            ("no-go-back", no_go_back, "no-go-back/report.html"),
            ("complete-phone-light", complete, "complete-phone-light/report.html"),
            ("a-missing-connecting", missing, "a-missing-connecting/report.html"),
        ],
        out,
    )
    assert path == out / "index.html"
    opened = Opened(browser, path)
    page = opened.page
    assert opened.errors == [] and opened.broken_images() == []

    def names() -> list[str]:
        return page.eval_on_selector_all(
            "#submissions tbody tr:not([hidden]) td:first-child a", "as => as.map(a => a.textContent)"
        )

    assert names() == ["no-go-back", "complete-phone-light", "a-missing-connecting"]
    assert page.locator("#submissions tbody tr").nth(0).locator("a").first.get_attribute("href") == (
        "no-go-back/report.html"
    )
    assert page.locator("#submissions tbody tr").nth(2).locator(".chip.missing").count() == 1
    page.locator("th", has_text="Submission").locator("button").click()
    assert names() == ["a-missing-connecting", "complete-phone-light", "no-go-back"]
    page.locator("th", has_text="Steps found").locator("button").click()
    assert names()[0] == "a-missing-connecting"
    page.select_option("#verdict", "pass")
    assert names() == ["complete-phone-light"]
    page.select_option("#verdict", "")
    page.fill("#filter", "missing-go-back")
    assert names() == ["no-go-back"]
