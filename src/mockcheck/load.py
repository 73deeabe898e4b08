"""Paths → screen images: a folder or one file, in natural (journey) order, images and PDF pages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from mockcheck.errors import InputError
from mockcheck.model import Loaded, LoadProblem, ScreenImage

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".gif"})
PDF_SUFFIXES = frozenset({".pdf"})


@dataclass(frozen=True)
class Limits:
    """Bounds that keep one hostile file from exhausting the machine."""

    max_pixels: int = 60_000_000  # a 3x retina full-page capture is ~ 1290×20000 = 26 MP
    max_file_bytes: int = 200 * 1024 * 1024
    max_pdf_pages: int = 50
    pdf_dpi: float = 144.0  # keeps 9 pt text legible to Tesseract
    max_pdf_page_pixels: int = 30_000_000


def natural_key(name: str) -> list[object]:
    """'Screen 2' sorts before 'Screen 10'; case does not matter."""
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", name)]


def _candidates(root: Path) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    skipped: list[str] = []
    for path in sorted(root.rglob("*"), key=lambda p: natural_key(p.relative_to(root).as_posix())):
        rel = path.relative_to(root).as_posix()
        if any(part.startswith(".") for part in path.relative_to(root).parts[:-1]):
            continue
        if path.is_dir():
            continue
        if path.suffix.lower() in IMAGE_SUFFIXES | PDF_SUFFIXES:
            files.append(path)
        else:
            skipped.append(rel)
    return files, skipped


def _read_image(path: Path, source: str, limits: Limits) -> ScreenImage:
    with Image.open(path) as img:
        if img.width * img.height > limits.max_pixels:
            raise ValueError(
                f"the image is {img.width}×{img.height} pixels, over the limit of "
                f"{limits.max_pixels:,} pixels"
            )
        img.seek(0)  # first frame of an animation
        img = ImageOps.exif_transpose(img)
        img.load()
        rgb = _to_rgb(img)
    return ScreenImage(source=source, page=None, box=None, image=rgb)


def _to_rgb(img: Image.Image) -> Image.Image:
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        # Transparent pixels of a UI export are meant to sit on a light canvas.
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        return img.point(lambda v: v / 256).convert("L").convert("RGB")
    return img.convert("RGB")


def _read_pdf(path: Path, source: str, limits: Limits) -> tuple[list[ScreenImage], list[LoadProblem]]:
    import pypdfium2 as pdfium

    screens: list[ScreenImage] = []
    problems: list[LoadProblem] = []
    pdf = pdfium.PdfDocument(path)
    try:
        count = len(pdf)
        if count == 0:
            raise ValueError("the PDF has no pages")
        if count > limits.max_pdf_pages:
            problems.append(
                LoadProblem(
                    source,
                    None,
                    f"the PDF has {count} pages; only the first {limits.max_pdf_pages} were read",
                )
            )
        for index in range(min(count, limits.max_pdf_pages)):
            page = pdf[index]
            width, height = page.get_size()
            scale = limits.pdf_dpi / 72.0
            pixels = width * height * scale * scale
            if pixels > limits.max_pdf_page_pixels:
                scale *= (limits.max_pdf_page_pixels / pixels) ** 0.5
            image = page.render(scale=scale).to_pil().convert("RGB")
            screens.append(ScreenImage(source=source, page=index + 1, box=None, image=image))
    finally:
        pdf.close()
    return screens, problems


def load(path: Path, limits: Limits | None = None) -> Loaded:
    """Read every mockup under `path` (a folder or a single file)."""
    limits = limits or Limits()
    if not path.exists():
        raise InputError(f"{path}: no such file or folder; give a folder of mockups or one image or PDF.")
    if path.is_dir():
        files, skipped = _candidates(path)
        root = path
    else:
        files, skipped = [path], []
        root = path.parent
    screens: list[ScreenImage] = []
    problems: list[LoadProblem] = []
    for file in files:
        source = file.relative_to(root).as_posix()
        try:
            size = file.stat().st_size
            if size == 0:
                raise ValueError("the file is empty (0 bytes)")
            if size > limits.max_file_bytes:
                raise ValueError(f"the file is {size:,} bytes, over the limit of {limits.max_file_bytes:,}")
            if _is_pdf(file):
                pages, page_problems = _read_pdf(file, source, limits)
                screens.extend(pages)
                problems.extend(page_problems)
            else:
                screens.append(_read_image(file, source, limits))
        except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
            problems.append(LoadProblem(source, None, _describe(file, exc)))
        except (OSError, ValueError, SyntaxError, EOFError) as exc:
            problems.append(LoadProblem(source, None, _describe(file, exc)))
        except Exception as exc:  # noqa: BLE001 - any decoder failure is a finding, never a crash
            problems.append(LoadProblem(source, None, _describe(file, exc)))
    return Loaded(tuple(screens), tuple(problems), tuple(skipped))


def _is_pdf(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(1024)
    return b"%PDF-" in head


def _describe(path: Path, exc: BaseException) -> str:
    if isinstance(exc, UnidentifiedImageError):
        with path.open("rb") as fh:
            head = fh.read(512).lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")):
            return "the file is an HTML page, not an image; export the screen as PNG or JPEG"
        return "the file is not an image that can be decoded (wrong extension or corrupt data)"
    if isinstance(exc, Image.DecompressionBombError):
        return f"the image is too large to read safely ({exc})"
    text = str(exc) or type(exc).__name__
    if "truncated" in text.lower():
        return "the image file is truncated (incomplete download or export); export it again"
    return text
