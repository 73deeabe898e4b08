"""OCR word recall and speed on rendered UI screens whose strings are known: baseline Tesseract vs mockcheck's engine.

Methods: "baseline" is pytesseract.image_to_data on the raw image, "string" a plain
pytesseract.image_to_string (the speed reference of the pipeline benchmark), "ours" is
mockcheck.ocr.TesseractEngine. Both wall and CPU seconds per image are reported: on a shared
machine compare CPU seconds, or wall seconds within one run.

Run:  python benchmarks/ocr_quality.py [--json ocr_quality.json] [--cache DIR] [--only dev|holdout] [--limit N]

Screens are rendered once with Playwright and the system Chromium (never `playwright install`) and
cached; the holdout screens use fonts and accent colours that the dev screens do not, and are not
to be tuned on.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import random
import re
import resource
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PIL import Image
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpusgen.common import CHROMIUM, CHROMIUM_ARGS

# A word counts as read when an OCR token matches it at least this well (rapidfuzz ratio,
# case-insensitive); one wrong letter in a 6-letter word is ~83.
MATCH_RATIO = 80.0
CATEGORIES = ("heading", "body", "caption", "button", "link", "list", "tabbar")

DEV_FONTS = ("Inter", "Roboto", "Lato", "Open Sans", "EB Garamond")
HOLDOUT_FONTS = ("Noto Serif", "Liberation Sans Narrow", "League Spartan")
# (fill, label colour) of primary buttons.
DEV_ACCENTS = (("#FE2C55", "#FFFFFF"), ("#1877F2", "#FFFFFF"), ("#111111", "#FFFFFF"), ("#7C3AED", "#FFFFFF"))
HOLDOUT_ACCENTS = (
    ("#F59E0B", "#FFFFFF"),
    ("#25F4EE", "#000000"),
    ("#DB2777", "#FFFFFF"),
    ("#16A34A", "#FFFFFF"),
)
# (width, height, scale, platform)
DEVICES = (
    (360, 740, 1, "mobile"),
    (375, 667, 2, "mobile"),
    (393, 852, 3, "mobile"),
    (412, 915, 2.625, "mobile"),
    (1440, 900, 1, "desktop"),
    (1440, 900, 2, "desktop"),
)

APPS = ("Snapreel", "Moodboard", "Trailmix", "Loopy", "Cinemate", "Fitlog", "Quillpad", "Beatbox")
HEADINGS = (
    "Connect to TikTok",
    "Connecting to TikTok",
    "Share your TikTok activity",
    "You're all set",
    "Link your account",
    "Bring your videos along",
    "Import complete",
    "Choose what to share",
)
BODIES = (
    "We will receive a copy of your watch history and liked videos so we can recommend better playlists.",
    "Your data is used only to personalise your feed. You can disconnect at any time from settings.",
    "Here's what we'll receive from TikTok once you approve the request on the next screen.",
    "Connecting lets us import the videos you favourited and show them in your weekly digest.",
    "We never post on your behalf and we delete imported items when you remove the connection.",
)
LIST_ITEMS = (
    "Watch history",
    "Liked videos",
    "Favourite sounds",
    "Comments you posted",
    "Profile information",
    "Direct messages",
    "Search history",
    "Following list",
    "Shared videos",
    "Login history",
)
CAPTIONS = (
    "By continuing you agree to our Terms of Service and Privacy Policy.",
    "Last synced 3 minutes ago",
    "This may take up to 24 hours.",
    "Data is transferred securely over an encrypted connection.",
    "You can change these permissions later.",
)
PRIMARY = ("Continue", "Connect TikTok", "Authorize", "Proceed", "Allow access", "Get started", "Done")
SECONDARY = ("Manage permissions", "Learn more", "View details", "Skip for now", "Open settings")
LINKS = ("Go back", "Not now", "Cancel", "Maybe later")
CHIPS = ("Videos", "Sounds", "Profile", "Comments", "Likes", "History")
TABS = ("Home", "Discover", "Inbox", "Profile")


@dataclass(frozen=True)
class ScreenSpec:
    name: str
    split: str  # "dev" or "holdout"
    width: int
    height: int
    scale: float
    platform: str
    dark: bool
    font: str
    accent: tuple[str, str]
    jpeg: int | None  # JPEG quality of the export, None for PNG
    small: bool  # 12-px body text, as dense desktop and 1x Android mockups use
    seed: int


@dataclass
class ScreenTruth:
    spec: ScreenSpec
    strings: dict[str, list[str]] = field(default_factory=dict)


def screen_specs() -> list[ScreenSpec]:
    """40 screens: 30 dev, 10 holdout; every dev axis (dark, JPEG, 1x/3x, small text) is covered."""
    rng = random.Random(20240601)
    specs: list[ScreenSpec] = []
    for i in range(40):
        split = "holdout" if i % 4 == 3 else "dev"
        fonts = HOLDOUT_FONTS if split == "holdout" else DEV_FONTS
        accents = HOLDOUT_ACCENTS if split == "holdout" else DEV_ACCENTS
        width, height, scale, platform = DEVICES[i % len(DEVICES)]
        specs.append(
            ScreenSpec(
                name=f"{split}-{i:02d}",
                split=split,
                width=width,
                height=height,
                scale=scale,
                platform=platform,
                dark=i % 3 == 1,
                font=fonts[(i // 2) % len(fonts)],
                accent=accents[(i // 3) % len(accents)],
                jpeg=40 if i % 5 == 2 else None,
                small=i % 7 in (0, 4),
                seed=rng.randrange(1 << 30),
            )
        )
    return specs


def _build_html(spec: ScreenSpec) -> tuple[str, dict[str, list[str]]]:
    rng = random.Random(spec.seed)
    truth: dict[str, list[str]] = defaultdict(list)
    bg, fg, muted = ("#121212", "#F2F2F2", "#8A8A8A") if spec.dark else ("#FFFFFF", "#161823", "#9A9A9A")
    card = "#1E1E1E" if spec.dark else "#F4F4F6"
    fill, on_fill = spec.accent
    link_colour = "#FE2C55" if fill in ("#111111",) else fill
    if spec.dark and fill == "#111111":
        fill, on_fill, link_colour = "#F2F2F2", "#111111", "#F2F2F2"
    body_px = 12 if spec.small else 15
    desktop = spec.platform == "desktop"
    h_px = 34 if desktop else 24

    def text(cat: str, s: str) -> str:
        truth[cat].append(s)
        return html.escape(s)

    app = rng.choice(APPS)
    heading = rng.choice(HEADINGS)
    body = rng.choice(BODIES)
    items = rng.sample(LIST_ITEMS, 4)
    caption = rng.choice(CAPTIONS)
    primary = rng.choice(PRIMARY)
    secondary = rng.choice(SECONDARY)
    link = rng.choice(LINKS)
    chips = rng.sample(CHIPS, 3)
    bullet = rng.choice(("•", "✓", "1."))
    radius = rng.choice(("8px", "12px", "999px"))
    parts = [
        f'<div class="top"><span class="ic">←</span><span class="cap">{text("caption", app)}</span>'
        '<span class="ic">✕</span></div>',
        f"<h1>{text('heading', heading)}</h1>",
        f"<p>{text('body', body)}</p>",
        '<div class="chips">'
        + "".join(
            f'<span class="chip {"on" if j == 0 else ""}">{text("button", c)}</span>'
            for j, c in enumerate(chips)
        )
        + "</div>",
        '<ul class="card">'
        + "".join(
            f'<li><span class="b">{html.escape(bullet if bullet != "1." else f"{k + 1}.")}</span>'
            f"{text('list', s)}</li>"
            for k, s in enumerate(items)
        )
        + "</ul>",
        f'<p class="cap">{text("caption", caption)}</p>',
        f'<button class="primary">{text("button", primary)}</button>',
        f'<button class="secondary">{text("button", secondary)}</button>',
        f'<a class="link">{text("link", link)}</a>',
    ]
    if not desktop and rng.random() < 0.5:
        parts.append(
            '<nav class="tabs">' + "".join(f"<span>{text('tabbar', t)}</span>" for t in TABS) + "</nav>"
        )
    width_rule = "max-width: 560px; margin: 48px auto;" if desktop else "margin: 0 20px;"
    css = f"""
    * {{ box-sizing: border-box; }}
    body {{ margin:0; background:{bg}; color:{fg}; font-family:'{spec.font}'; font-size:{body_px}px; }}
    main {{ {width_rule} padding-top: 12px; }}
    .top {{ display:flex; justify-content:space-between; align-items:center; height:44px; }}
    .ic {{ font-size:20px; }}
    .cap {{ color:{muted}; font-size:{max(11, body_px - 2)}px; }}
    h1 {{ font-size:{h_px}px; font-weight:700; margin:16px 0 8px; }}
    p {{ line-height:1.45; margin: 8px 0; }}
    .chips {{ display:flex; gap:8px; margin:12px 0; }}
    .chip {{ border-radius:999px; padding:6px 12px; border:1px solid {muted}; font-size:13px; }}
    .chip.on {{ background:{fill}; color:{on_fill}; border-color:{fill}; }}
    .card {{ list-style:none; background:{card}; border-radius:12px; padding:8px 16px; margin:12px 0; }}
    .card li {{ padding:8px 0; display:flex; gap:10px; }}
    .b {{ color:{link_colour}; }}
    button {{ display:block; width:100%; font-family:inherit; font-size:16px; font-weight:600;
              padding:14px; border-radius:{radius}; margin:10px 0; }}
    .primary {{ background:{fill}; color:{on_fill}; border:0; }}
    .secondary {{ background:transparent; color:{fg}; border:1.5px solid {muted}; }}
    .link {{ display:block; text-align:center; color:{link_colour}; font-weight:600; margin:14px 0; }}
    .tabs {{ position:fixed; left:0; right:0; bottom:0; display:flex; justify-content:space-around;
             padding:10px 0 18px; font-size:11px; color:{muted}; background:{card}; }}
    """
    doc = f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body><main>"
    doc += "".join(parts) + "</main></body></html>"
    return doc, dict(truth)


def render(specs: list[ScreenSpec], cache: Path) -> list[tuple[ScreenTruth, Path]]:
    """Render every screen not yet in `cache`; return each screen's truth and image path."""
    cache.mkdir(parents=True, exist_ok=True)
    out: list[tuple[ScreenTruth, Path]] = []
    todo: list[tuple[ScreenSpec, str, Path]] = []
    for spec in specs:
        doc, strings = _build_html(spec)
        key = hashlib.sha1((doc + repr(spec)).encode()).hexdigest()[:12]
        path = cache / f"{spec.name}-{key}.{'jpg' if spec.jpeg else 'png'}"
        out.append((ScreenTruth(spec, strings), path))
        if not path.exists():
            todo.append((spec, doc, path))
    if todo:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for spec, doc, path in todo:
                ctx = browser.new_context(
                    viewport={"width": spec.width, "height": spec.height}, device_scale_factor=spec.scale
                )
                page = ctx.new_page()
                page.set_content(doc)
                page.evaluate("document.fonts.ready")
                png = path.with_suffix(".render.png")
                page.screenshot(path=str(png))
                ctx.close()
                if spec.jpeg:
                    Image.open(png).convert("RGB").save(path, quality=spec.jpeg)
                    png.unlink()
                else:
                    png.rename(path)
            browser.close()
    return out


def _tokens(text: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9']+", text.lower().replace("’", "'")) if t.strip("'")]


def recall_by_category(strings: dict[str, list[str]], read_text: str) -> dict[str, tuple[int, int]]:
    """(found, expected) word counts per category; each OCR token can satisfy one expected word."""
    pool = _tokens(read_text)
    used = [False] * len(pool)
    result: dict[str, tuple[int, int]] = {}
    for cat, values in strings.items():
        found = total = 0
        for word in (w for s in values for w in _tokens(s)):
            total += 1
            best, best_i = 0.0, -1
            for i, tok in enumerate(pool):
                if used[i]:
                    continue
                score = 100.0 if tok == word else (fuzz.ratio(tok, word) if len(word) > 3 else 0.0)
                if score > best:
                    best, best_i = score, i
                    if score == 100.0:
                        break
            if best >= MATCH_RATIO:
                used[best_i] = True
                found += 1
        result[cat] = (found, total)
    return result


def _groups(spec: ScreenSpec) -> list[str]:
    groups = [spec.split, f"{spec.split}/{'dark' if spec.dark else 'light'}"]
    if spec.jpeg:
        groups.append(f"{spec.split}/jpeg-q40")
    if spec.scale == 1:
        groups.append(f"{spec.split}/1x")
    if spec.scale >= 2.6:
        groups.append(f"{spec.split}/retina-3x")
    if spec.small:
        groups.append(f"{spec.split}/small-12px")
    return groups


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (tesseract runs as a child).

    Wall time on a shared machine measures the neighbours; CPU time measures the method.
    """
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _import_engine() -> type:
    """mockcheck's TesseractEngine, even while another stage of the package does not import yet."""
    try:
        from mockcheck.ocr import TesseractEngine
    except ImportError:
        # The package __init__ pulls in the whole pipeline; the OCR module needs none of it.
        import types

        package = types.ModuleType("mockcheck")
        package.__path__ = [str(Path(__file__).resolve().parents[1] / "src" / "mockcheck")]
        sys.modules["mockcheck"] = package
        from mockcheck.ocr import TesseractEngine
    return TesseractEngine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "mockcheck-ocr-quality")
    parser.add_argument("--json", type=Path, default=Path("ocr_quality.json"))
    parser.add_argument("--only", choices=("dev", "holdout"))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args(argv)

    import pytesseract

    TesseractEngine = _import_engine()

    specs = [s for s in screen_specs() if not args.only or s.split == args.only]
    if args.limit:
        specs = specs[: args.limit]
    screens = render(specs, args.cache)
    engine = TesseractEngine()

    def baseline(image: Image.Image) -> str:
        data = pytesseract.image_to_data(image, lang="eng", output_type=pytesseract.Output.DICT)
        return " ".join(t for t in data["text"] if t.strip())

    def plain_string(image: Image.Image) -> str:
        return pytesseract.image_to_string(image, lang="eng")

    def ours(image: Image.Image) -> str:
        return "\n".join(line.text for line in engine.read(image))

    methods = {"ours": ours}
    if not args.no_baseline:
        methods = {"baseline": baseline, "string": plain_string, "ours": ours}
    # counts[method][group][category] = [found, expected]; seconds[method][group] = [total, n]
    counts: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(lambda: [0, 0])))
    seconds: dict = defaultdict(lambda: defaultdict(lambda: [0.0, 0]))
    cpu_seconds: dict = defaultdict(lambda: defaultdict(float))
    per_screen = []
    for truth, path in screens:
        image = Image.open(path).convert("RGB")
        row: dict = {"screen": path.name, "spec": asdict(truth.spec)}
        for name, read in methods.items():
            start, cpu_start = time.perf_counter(), _cpu_seconds()
            text = read(image)
            elapsed = time.perf_counter() - start
            cpu = _cpu_seconds() - cpu_start
            rec = recall_by_category(truth.strings, text)
            row[name] = {"seconds": round(elapsed, 3), "cpu_seconds": round(cpu, 3), "recall": rec}
            for group in _groups(truth.spec):
                seconds[name][group][0] += elapsed
                seconds[name][group][1] += 1
                cpu_seconds[name][group] += cpu
                for cat, (f, t) in rec.items():
                    for c in (cat, "all"):
                        counts[name][group][c][0] += f
                        counts[name][group][c][1] += t
        per_screen.append(row)
        print(
            f"{path.name:28s} "
            + "  ".join(
                f"{n}: {row[n]['seconds']:.2f}s "
                f"{sum(f for f, _ in row[n]['recall'].values())}/{sum(t for _, t in row[n]['recall'].values())}"
                for n in methods
            ),
            file=sys.stderr,
        )

    summary: dict = {}
    cols = ("all", *CATEGORIES)
    print(f"{'group':22s} {'method':9s} {'s/img':>6s} {'cpu/img':>7s} " + " ".join(f"{c:>8s}" for c in cols))
    for group in sorted({g for n in methods for g in counts[n]}):
        for name in methods:
            total, n = seconds[name][group]
            cells = {c: counts[name][group][c] for c in cols if counts[name][group][c][1]}
            summary.setdefault(group, {})[name] = {
                "images": n,
                "seconds_per_image": round(total / n, 3) if n else None,
                "cpu_seconds_per_image": round(cpu_seconds[name][group] / n, 3) if n else None,
                "recall": {c: round(f / t, 3) for c, (f, t) in cells.items()},
                "words": {c: [f, t] for c, (f, t) in cells.items()},
            }
            print(
                f"{group:22s} {name:9s} {total / max(n, 1):6.2f} {cpu_seconds[name][group] / max(n, 1):7.2f} "
                + " ".join(f"{cells[c][0] / cells[c][1]:8.1%}" if c in cells else f"{'-':>8s}" for c in cols)
            )
    args.json.write_text(json.dumps({"summary": summary, "screens": per_screen}, indent=1))
    print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
