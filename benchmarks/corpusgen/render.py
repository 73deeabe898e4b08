"""HTML to pixels with one headless Chromium, and the designer's export habits applied with Pillow."""

from __future__ import annotations

import io
import random
from types import TracebackType
from typing import Any

from PIL import Image, ImageDraw, ImageFilter

from benchmarks.corpusgen.common import CHROMIUM, CHROMIUM_ARGS, Device


class Renderer:
    """One browser for the whole run; one page per device, reused, because new contexts cost ~100 ms each."""

    def __init__(self) -> None:
        self._pw: Any = None
        self._browser: Any = None
        self._pages: dict[str, Any] = {}

    def __enter__(self) -> Renderer:
        from playwright.sync_api import sync_playwright  # only the generator needs Playwright

        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._browser.close()
        self._pw.stop()

    def _page(self, device: Device) -> Any:
        page = self._pages.get(device.name)
        if page is None:
            context = self._browser.new_context(
                viewport={"width": device.width, "height": device.height},
                device_scale_factor=device.scale,
                java_script_enabled=True,
            )
            page = context.new_page()
            self._pages[device.name] = page
        return page

    def screenshot(self, html: str, device: Device) -> Image.Image:
        page = self._page(device)
        page.set_content(html, wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        png = page.screenshot(type="png", full_page=False, animations="disabled")
        return Image.open(io.BytesIO(png)).convert("RGB")

    def visible_text(self, device: Device) -> dict[str, str]:
        """The words of the page last shot that show in the viewport, by role (for OCR recall).

        "all" is every visible word, a line per text node; "button" the words inside `.btn`
        controls; "chrome" those of the status bar and browser bar (outside `.app`; none on
        TikTok's own pages, which have no `.app`).
        """
        return self._page(device).evaluate(VISIBLE_TEXT_JS)  # type: ignore[no-any-return]


# A word is visible when its box is inside the viewport and every clipping ancestor, and the
# element on top at its centre is its own element or an ancestor (not an opaque modal or sheet).
VISIBLE_TEXT_JS = """() => {
  const vw = innerWidth, vh = innerHeight;
  const out = {all: [], button: [], chrome: []};
  const framed = document.querySelector(".app") !== null;  // TikTok's own pages have no .app
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const opaque = (el) => {
    const m = getComputedStyle(el).backgroundColor.match(/[\\d.]+/g);
    return m && (m.length < 4 || parseFloat(m[3]) >= 0.9);
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest("script,style,title")) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== "visible" || parseFloat(style.opacity) === 0) continue;
    const words = [];
    for (const m of node.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const r = range.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
      if (cx < 0 || cy < 0 || cx >= vw || cy >= vh) continue;
      let clipped = false;
      for (let a = el; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== "visible" || s.overflowY !== "visible") {
          const b = a.getBoundingClientRect();
          if (cx < b.left || cx > b.right || cy < b.top || cy > b.bottom) { clipped = true; break; }
        }
      }
      if (clipped) continue;
      const top = document.elementFromPoint(cx, cy);
      if (top && !top.contains(el) && !el.contains(top)) {
        let covered = false;
        for (let a = top; a && !a.contains(el); a = a.parentElement) if (opaque(a)) { covered = true; break; }
        if (covered) continue;
      }
      words.push(m[0]);
    }
    if (!words.length) continue;
    const text = words.join(" ");
    out.all.push(text);
    if (el.closest(".btn")) out.button.push(text);
    if (framed && !el.closest(".app")) out.chrome.push(text);
  }
  return {all: out.all.join("\\n"), button: out.button.join("\\n"), chrome: out.chrome.join("\\n")};
}"""


# ---------------------------------------------------------------- exports

CANVAS_COLORS = ("#f1f5f9", "#e0e7ff", "#fde68a", "#fbcfe8", "#d1fae5", "#1f2937", "#e5e5e5", "#c7d2fe")


def _rounded_mask(size: tuple[int, int], radius: int) -> Image.Image:
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, size[0] - 1, size[1] - 1), radius=radius, fill=255)
    return mask


def framed(img: Image.Image, device: Device, rng: random.Random) -> Image.Image:
    """The screen inside a device bezel (phones, tablets) or a shadowed window (desktop) on a coloured canvas."""
    unit = max(1, round(device.scale))
    phone = device.platform != "desktop"
    radius = (
        (38 if device.platform == "ios" else 26 if device.platform == "android" else 22) * unit
        if phone
        else 10
    )
    bezel = (12 if phone else 0) * unit
    margin = rng.randint(40, 110) * unit
    w, h = img.size
    outer = (w + 2 * bezel, h + 2 * bezel)
    canvas = Image.new("RGB", (outer[0] + 2 * margin, outer[1] + 2 * margin), rng.choice(CANVAS_COLORS))
    # Soft drop shadow: blur a small copy and scale it up, since blurring a 3x phone at full size is slow.
    shadow = Image.new("L", canvas.size, 0)
    offset = 14 * unit
    ImageDraw.Draw(shadow).rounded_rectangle(
        (margin, margin + offset, margin + outer[0], margin + outer[1] + offset),
        radius=radius + bezel,
        fill=110,
    )
    small = shadow.resize((max(1, canvas.width // 8), max(1, canvas.height // 8))).filter(
        ImageFilter.GaussianBlur(4)
    )
    canvas.paste((0, 0, 0), (0, 0), small.resize(canvas.size))
    if phone:
        body = Image.new("RGB", outer, rng.choice(["#111111", "#2b2b2e", "#d4d4d8"]))
        canvas.paste(body, (margin, margin), _rounded_mask(outer, radius + bezel))
    canvas.paste(img, (margin + bezel, margin + bezel), _rounded_mask(img.size, radius))
    return canvas


def export(
    img: Image.Image, kind: str, device: Device, rng: random.Random, *, quality: int, optimize: bool
) -> tuple[bytes, str]:
    """Encoded bytes and file extension for one screen saved the way a designer would."""
    if kind == "half":
        img = img.resize((img.width // 2, img.height // 2), Image.Resampling.LANCZOS)
    elif kind == "frame":
        img = framed(img, device, rng)
    buf = io.BytesIO()
    if kind == "jpeg":
        img.save(buf, "JPEG", quality=quality)
        return buf.getvalue(), ".jpg"
    if kind == "webp":
        img.save(buf, "WEBP", quality=quality + 10)
        return buf.getvalue(), ".webp"
    img.save(buf, "PNG", optimize=optimize, compress_level=9 if optimize else 3)
    return buf.getvalue(), ".png"
