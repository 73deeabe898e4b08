"""Paths → screen images: a folder, one file or a zip, in natural (journey) order, images and PDF pages.

What loading promises, whatever the input (hostile or broken files included):

- It never raises for a bad file. A file that claims to be an image or PDF by its name and
  cannot be read becomes a `LoadProblem` (an `unreadable-input` finding) whose reason a
  designer understands, and the other files are still read. Only a missing PATH, or a PATH
  with nothing that claims to be a mockup (an empty folder), raises `InputError` (exit 2);
  a PATH whose every mockup is broken returns its problems, and the CLI exits 2 on no screens.
- It never writes: the scanned folder is only opened read-only, and a zip is read member
  by member in memory; nothing is extracted anywhere.
- Work and memory are bounded by `Limits`: pixels are checked from the file header before
  any pixel is decoded, bytes are counted before they are read, and only the first frame
  of an animation is ever decoded (so the frame bound is 1 by construction).

Which files are read:

- By name: PNG, JPEG, WEBP, BMP, TIFF, GIF, AVIF, HEIC/HEIF (when pillow-heif is installed)
  and PDF. Every other name is `skipped`. The contents decide how a file is decoded, so a
  PDF named `.png` is still read as a PDF; only the decoders of those formats are tried,
  never Pillow's other plugins (its EPS plugin would run Ghostscript on a renamed file).
- Hidden entries (names starting with "." such as `.DS_Store`, `._Screen 1.png` from
  macOS, `.git/`) and `__MACOSX/` are not read and are listed in `skipped`; a hidden or
  system folder is listed once, with a trailing "/", and not walked into.
- Symbolic links: a link to a file inside PATH is read; a link that leaves PATH, dangles
  or loops is not followed and is a `LoadProblem` when its name claims a mockup (else
  `skipped`); links to folders are never walked into (no loops, no duplicates).
- The submission's settings file, `mockcheck.toml` at the top of the folder (or the one
  config.py reads from a zip), is neither read as a mockup nor listed in `skipped`.
- A `.zip` given as PATH is one submission. Zips found inside a folder or inside the zip
  are `skipped`, not opened (an archive beside the images is usually the same images
  again); the error for a folder with nothing but a zip says to scan the zip itself.
"""

from __future__ import annotations

import errno
import io
import math
import os
import re
import stat
import unicodedata
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING

from PIL import Image, ImageOps, UnidentifiedImageError

from mockcheck.config import CONFIG_NAME, config_member
from mockcheck.errors import InputError
from mockcheck.model import Loaded, LoadProblem, ScreenImage

if TYPE_CHECKING:
    import pypdfium2 as pdfium

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".jpe", ".webp", ".bmp", ".tif", ".tiff", ".gif", ".avif", ".heic", ".heif"}
)
PDF_SUFFIXES = frozenset({".pdf"})
ZIP_SUFFIXES = frozenset({".zip"})
MOCKUP_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES

# Only these Pillow decoders are ever tried: the formats we claim to read. (Pillow's JPEG
# decoder also opens the multi-picture JPEGs, MPO, that phones save.)
_PILLOW_FORMATS = ("PNG", "JPEG", "WEBP", "BMP", "DIB", "TIFF", "GIF", "AVIF")


def _pillow_formats() -> tuple[str, ...]:
    """The formats above that this Pillow build has (AVIF needs libavif), so open() never asks for a missing one."""
    Image.init()
    return tuple(name for name in _PILLOW_FORMATS if name in Image.OPEN)


_MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds that keep one hostile file from exhausting the machine; past one, the file is a `LoadProblem`.

    The defaults fit real mockups with room to spare and keep the peak memory of loading one
    file well under 1 GB (measured by tests/test_bad_inputs.py::test_peak_memory_*).
    """

    # Largest image decoded, in pixels, checked from the header before decoding (decompression
    # bombs). A 3x retina full-page capture is about 1290×20000 = 26 MP; decoding 50 MP RGBA
    # takes 200 MB, and converting it to RGB on white another 150 MB.
    max_pixels: int = 50_000_000
    # Largest file read. Design-tool PNG exports of a long page are 5-40 MB; PDF decks with
    # embedded photos reach 50 MB.
    max_file_bytes: int = 100 * _MIB
    # Pages rendered from one PDF; a submission is four screens, a full design deck rarely 30.
    max_pdf_pages: int = 50
    # 144 dpi draws 9 pt text 18 px tall, which Tesseract reads; a Figma frame exported as a
    # PDF (1 px = 1 pt) comes out at the size of a 2x PNG export.
    pdf_dpi: float = 144.0
    # Rendered pixels of one PDF page; poster-sized pages are rendered at a lower resolution
    # to fit (an A0 page still gets about 140 dpi).
    max_pdf_page_pixels: int = 25_000_000
    # A screen narrower or lower than this cannot hold legible UI text: an icon, a 1×1
    # tracking pixel or a 20000×50 strip is reported rather than classified.
    min_screen_side: int = 64
    # Files and folders looked at when walking a folder (someone scanning their home folder).
    max_folder_entries: int = 10_000
    # Members listed in one zip, and uncompressed bytes read from it in total (zip bombs).
    max_zip_members: int = 1_000
    max_zip_bytes: int = 500 * _MIB
    # Seconds one OCR call (one screen) may take before it is an `unreadable-input` finding
    # (ocr_guard.py). A screen takes 0.4-0.8 s and a 50-page deck about 2.4 s a page
    # (benchmarks/speed.py); a 26 MP 3x retina page is shrunk to Tesseract's glyph size first,
    # so 60 s leaves a slow, busy machine tens of times the time it needs. 0 turns the limit off.
    ocr_seconds: float = 60.0


class _Unreadable(Exception):
    """A file that cannot be read; the message is the reason shown to the designer."""


def natural_key(name: str) -> tuple[object, ...]:
    """'Screen 2' sorts before 'Screen 10'; case and Unicode normalisation do not matter.

    The raw name breaks ties so that the order is total ('a.png' and 'A.png' both exist on Linux).
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    # re.split with one group puts the digit runs at odd indexes. A run is compared by its
    # length without leading zeros, then by its digits: the numeric order, without int(),
    # which refuses runs over 4300 digits (a zip member name can be 65535 bytes long).
    parts = re.split(r"(\d+)", folded)
    key = tuple(_number_key(part) if i % 2 else part for i, part in enumerate(parts))
    return (key, name)


def _number_key(digits: str) -> tuple[int, str]:
    ascii_digits = "".join(str(unicodedata.decimal(ch, 0)) for ch in digits).lstrip("0") or "0"
    return (len(ascii_digits), ascii_digits)


def load(path: Path | str, limits: Limits | None = None) -> Loaded:
    """Read every mockup under `path` (a folder, a single image or PDF, or a zip)."""
    limits = limits or Limits()
    path = Path(path)
    try:
        exists = path.exists()
    except (OSError, ValueError):  # a name too long, a link loop, a NUL byte in the name
        exists = False
    if not exists and _is_link_quietly(path):
        raise InputError(f"{path}: is a link to nothing (or a loop of links); give the file it points to.")
    if not exists:
        raise InputError(f"{path}: no such file or folder; give a folder of mockups or one image or PDF.")

    if path.is_dir():
        loaded = _load_folder(path, limits)
    elif path.suffix.lower() in ZIP_SUFFIXES:
        loaded = _load_zip(path, limits)
    else:
        loaded = _load_single(path, limits)

    if not loaded.screens and not loaded.problems:
        # Nothing claimed to be a mockup. Broken files, by contrast, are returned as problems:
        # the report names each one, and the caller exits 2 because no screen was read.
        raise InputError(_nothing_found_message(path, loaded))
    return loaded


# --- where the files come from -----------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    """A file that claims to be a mockup, and how to open it (a disk file or a zip member)."""

    source: str
    open: Callable[[], IO[bytes]]


def _load_single(path: Path, limits: Limits) -> Loaded:
    source = _printable(path.name)
    if path.suffix.lower() not in MOCKUP_SUFFIXES:
        return Loaded((), (), (source,))
    # PATH was named by the person running the scan, so a link there is followed.
    candidate = _Candidate(source, lambda: _open_regular_file(path, follow=True))
    screens, problems = _read_candidate(candidate, limits)
    return Loaded(tuple(screens), tuple(problems), ())


def _load_folder(root: Path, limits: Limits) -> Loaded:
    candidates, skipped, problems = _walk(root, limits)
    screens: list[ScreenImage] = []
    for candidate in candidates:
        found, trouble = _read_candidate(candidate, limits)
        screens.extend(found)
        problems.extend(trouble)
    return _loaded(screens, problems, skipped)


def _walk(root: Path, limits: Limits) -> tuple[list[_Candidate], list[str], list[LoadProblem]]:
    """List the folder without following links to folders, walking iteratively (deep trees)."""
    real_root = root.resolve()
    candidates: list[_Candidate] = []
    skipped: list[str] = []
    problems: list[LoadProblem] = []
    seen = 0
    pending: list[tuple[Path, str]] = [(root, "")]
    while pending:
        folder, prefix = pending.pop()
        try:
            entries = sorted(
                _scan(folder, limits.max_folder_entries + 1 - seen), key=lambda e: natural_key(e.name)
            )
        except OSError as exc:
            problems.append(
                LoadProblem(
                    _printable(prefix.rstrip("/")) or ".",
                    None,
                    f"the folder cannot be opened ({_os_reason(exc)})",
                )
            )
            continue
        for entry in entries:
            seen += 1
            if seen > limits.max_folder_entries:
                problems.append(
                    LoadProblem(
                        _printable(prefix.rstrip("/") or root.name or "."),
                        None,
                        f"the folder holds more than {limits.max_folder_entries:,} files and folders "
                        "(max_folder_entries); the rest were not looked at. "
                        "Scan the mockups folder itself.",
                    )
                )
                pending.clear()
                break
            rel = _printable(prefix + entry.name)
            try:
                is_link = entry.is_symlink()
                is_dir = not is_link and entry.is_dir(follow_symlinks=False)
            except OSError as exc:
                problems.append(LoadProblem(rel, None, f"cannot be looked at ({_os_reason(exc)})"))
                continue
            if _is_hidden(entry.name):
                skipped.append(rel + "/" if is_dir else rel)
            elif is_dir:
                pending.append((Path(entry.path), prefix + entry.name + "/"))
            elif PurePosixPath(entry.name).suffix.lower() in MOCKUP_SUFFIXES:
                if is_link:
                    candidate_or_problem = _follow_link(Path(entry.path), real_root, rel)
                    if isinstance(candidate_or_problem, LoadProblem):
                        problems.append(candidate_or_problem)
                    else:
                        candidates.append(candidate_or_problem)
                else:
                    file_path = Path(entry.path)
                    candidates.append(
                        _Candidate(rel, lambda p=file_path: _open_regular_file(p, follow=False))
                    )
            elif not prefix and entry.name == CONFIG_NAME:
                pass  # the submission's settings (config.py), not a stray file
            else:
                skipped.append(rel + "/" if is_link and _is_dir_quietly(Path(entry.path)) else rel)
    candidates.sort(key=lambda c: natural_key(c.source))
    return candidates, skipped, problems


def _scan(folder: Path, at_most: int) -> list[os.DirEntry[str]]:
    entries: list[os.DirEntry[str]] = []
    with os.scandir(folder) as iterator:
        for entry in iterator:
            entries.append(entry)
            if len(entries) >= at_most:
                break
    return entries


def _is_hidden(name: str) -> bool:
    return name.startswith(".") or name == "__MACOSX"


def _is_link_quietly(path: Path) -> bool:
    try:
        return path.is_symlink()
    except (OSError, ValueError):
        return False


def _is_dir_quietly(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _follow_link(link: Path, real_root: Path, rel: str) -> _Candidate | LoadProblem:
    try:
        target = link.resolve(strict=True)
    except RuntimeError:  # Python 3.11 reports a symlink loop this way
        return LoadProblem(rel, None, "is a link that loops back on itself; replace it with the image file")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return LoadProblem(
                rel, None, "is a link that loops back on itself; replace it with the image file"
            )
        return LoadProblem(
            rel, None, "is a link to a file that does not exist; replace it with the image file"
        )
    if not target.is_relative_to(real_root):
        # Following it would read (and report on) a file the submission does not contain.
        return LoadProblem(
            rel, None, "is a link to a file outside the scanned folder and was not followed; copy the file in"
        )
    return _Candidate(rel, lambda: _open_regular_file(target, follow=False))


def _open_regular_file(path: Path, *, follow: bool) -> IO[bytes]:
    """Open read-only; refuse pipes and devices, which would block or never end."""
    flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _Unreadable(f"the file cannot be opened ({_os_reason(exc)})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Unreadable(
                "is not a regular file (a folder, device or pipe); export the screen as an image file"
            )
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _load_zip(path: Path, limits: Limits) -> Loaded:
    """Read a submission zip member by member, in memory: nothing is extracted, names are only labels."""
    screens: list[ScreenImage] = []
    problems: list[LoadProblem] = []
    skipped: list[str] = []
    zip_name = _printable(path.name)
    try:
        handle = _open_regular_file(path, follow=True)
    except _Unreadable as exc:
        return Loaded((), (LoadProblem(zip_name, None, str(exc)),), ())
    # zipfile lists the whole central directory when it opens the archive, so a huge archive
    # could hold millions of entries before max_zip_members is looked at: its size comes first.
    archive_bytes = _size_of(handle)
    if archive_bytes > limits.max_zip_bytes:
        handle.close()
        reason = (
            f"the zip is {archive_bytes:,} bytes, over the limit of {limits.max_zip_bytes:,} "
            "(max_zip_bytes); zip only the mockups"
        )
        return Loaded((), (LoadProblem(zip_name, None, reason),), ())
    try:
        with handle, zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
            if len(members) > limits.max_zip_members:
                problems.append(
                    LoadProblem(
                        zip_name,
                        None,
                        f"the zip holds {len(members):,} entries, over the limit of "
                        f"{limits.max_zip_members:,} (max_zip_members); only the first ones were read",
                    )
                )
                members = members[: limits.max_zip_members]
            budget = [limits.max_zip_bytes]
            hidden_folders: set[str] = set()
            entries: list[tuple[str, zipfile.ZipInfo]] = []
            for info in members:
                label = _zip_label(info.filename)
                if label is None or info.is_dir():
                    continue
                parts = PurePosixPath(label).parts
                hidden_at = next((i for i, part in enumerate(parts) if _is_hidden(part)), None)
                if hidden_at is not None:
                    if hidden_at < len(parts) - 1:
                        hidden_folders.add("/".join(parts[: hidden_at + 1]) + "/")
                    else:
                        skipped.append(label)
                    continue
                entries.append((label, info))
            skipped.extend(sorted(hidden_folders))
            entries.sort(key=lambda item: natural_key(item[0]))
            settings = config_member(archive)
            for label, info in entries:
                if PurePosixPath(label).suffix.lower() not in MOCKUP_SUFFIXES:
                    if info is not settings:  # the submission's settings (config.py) are not a stray file
                        skipped.append(label)
                    continue
                if stat.S_ISLNK(info.external_attr >> 16):
                    problems.append(
                        LoadProblem(label, None, "is a symbolic link inside the zip and was not followed")
                    )
                    continue
                if budget[0] <= 0:
                    problems.append(
                        LoadProblem(
                            label,
                            None,
                            f"not read: the zip unpacks to more than {limits.max_zip_bytes:,} bytes "
                            "(max_zip_bytes)",
                        )
                    )
                    continue
                candidate = _Candidate(
                    label, lambda info=info: _read_zip_member(archive, info, limits, budget)
                )
                found, trouble = _read_candidate(candidate, limits)
                screens.extend(found)
                problems.extend(trouble)
    except NotImplementedError as exc:  # found by fuzzing: a "version needed" above what zipfile reads
        problems.append(
            LoadProblem(
                zip_name,
                None,
                f"the zip uses a feature that cannot be read ({_short(exc)}); zip the mockups again "
                "with standard settings",
            )
        )
    except Exception as exc:  # zipfile's directory parser raises many kinds on a damaged archive
        problems.append(
            LoadProblem(zip_name, None, f"the zip archive is damaged and cannot be opened ({_short(exc)})")
        )
    return _loaded(screens, problems, skipped)


def _zip_label(name: str) -> str | None:
    """The member's name as a safe relative path: no '..', no absolute or drive prefix (zip slip)."""
    parts = [p for p in re.split(r"[\\/]+", name) if p not in ("", ".", "..")]
    if parts and re.fullmatch(r"[A-Za-z]:", parts[0]):
        parts = parts[1:]
    return _printable("/".join(parts)) if parts else None


def _read_zip_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, budget: list[int]
) -> IO[bytes]:
    # The sizes in the zip directory can lie, so the bytes actually inflated are what is counted.
    cap = min(limits.max_file_bytes, budget[0])
    if info.file_size > limits.max_file_bytes:
        raise _Unreadable(_too_many_bytes(info.file_size, limits))
    try:
        with archive.open(info) as member:
            data = member.read(cap + 1)
    except RuntimeError as exc:  # zipfile's way of saying "password required"
        raise _Unreadable("is password-protected inside the zip; zip the mockups without a password") from exc
    except NotImplementedError as exc:
        raise _Unreadable(
            f"uses a compression method that cannot be read ({_short(exc)}); "
            "zip it again with standard settings"
        ) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise _Unreadable(f"is damaged inside the zip ({_short(exc)}); zip the mockups again") from exc
    budget[0] -= len(data)
    if len(data) > cap:
        if cap < limits.max_file_bytes:
            raise _Unreadable(
                f"not read: the zip unpacks to more than {limits.max_zip_bytes:,} bytes (max_zip_bytes)"
            )
        raise _Unreadable(_too_many_bytes(len(data), limits, at_least=True))
    return io.BytesIO(data)


def _loaded(screens: list[ScreenImage], problems: list[LoadProblem], skipped: list[str]) -> Loaded:
    problems.sort(key=lambda p: (natural_key(p.source), p.page or 0))
    return Loaded(tuple(screens), tuple(problems), tuple(sorted(skipped, key=natural_key)))


# --- reading one file ------------------------------------------------------------------------


def _read_candidate(candidate: _Candidate, limits: Limits) -> tuple[list[ScreenImage], list[LoadProblem]]:
    """Read one file into screens; every failure, expected or not, becomes a problem for that file."""
    source = candidate.source
    try:
        with candidate.open() as handle:
            size = _size_of(handle)
            if size == 0:
                raise _Unreadable("the file is empty (0 bytes); export the screen again")
            if size > limits.max_file_bytes:
                raise _Unreadable(_too_many_bytes(size, limits))
            head = handle.read(1024)
            handle.seek(0)
            if b"%PDF-" in head:
                return _read_pdf(handle, source, limits)
            return [_read_image(handle, head, source, limits)], []
    except _Unreadable as exc:
        return [], [LoadProblem(source, None, str(exc))]
    except MemoryError:
        return [], [LoadProblem(source, None, "ran out of memory while reading the file; export it smaller")]
    except Exception as exc:  # a decoder's failure is a finding for this file, never a crash
        return [], [LoadProblem(source, None, f"the file cannot be read ({_short(exc)})")]


def _size_of(handle: IO[bytes]) -> int:
    if isinstance(handle, io.BytesIO):
        return len(handle.getbuffer())
    return os.fstat(handle.fileno()).st_size


def _read_image(handle: IO[bytes], head: bytes, source: str, limits: Limits) -> ScreenImage:
    with warnings.catch_warnings():
        # Pillow warns about odd but readable files (corrupt EXIF, sizes between its own bomb
        # threshold and twice it, palette transparency); a warning is not a finding, and on
        # stderr it would only be noise. (catch_warnings is process-wide: batch uses processes.)
        warnings.simplefilter("ignore")
        rgb = _decode_first_frame(handle, head, limits)
    return ScreenImage(source=source, page=None, box=None, image=rgb)


def _decode_first_frame(handle: IO[bytes], head: bytes, limits: Limits) -> Image.Image:
    formats = _pillow_formats()
    if _heif_brand(head) is not None:
        if not _heif_available():
            raise _Unreadable("HEIC is not supported; export the screen as PNG")
        formats = (*formats, "HEIF")
    kind = _claimed_format(head)
    try:
        img = Image.open(handle, formats=formats)
    except UnidentifiedImageError as exc:
        raise _Unreadable(_what_it_is(head)) from exc
    except Image.DecompressionBombError as exc:
        raise _Unreadable(
            f"the image is far larger than the limit of {limits.max_pixels:,} pixels (max_pixels): "
            "a decompression bomb or an oversized export; export the screen at its normal size"
        ) from exc
    except Exception as exc:
        raise _Unreadable(_decode_failure(kind, exc)) from exc
    with img:
        width, height = img.size
        if width * height > limits.max_pixels:
            raise _Unreadable(
                f"the image is {width}×{height} = {width * height:,} pixels, over the limit of "
                f"{limits.max_pixels:,} (max_pixels); export the screen at its normal size or split it"
            )
        if width < limits.min_screen_side or height < limits.min_screen_side:
            raise _Unreadable(
                f"the image is only {width}×{height} pixels, too small to be a screen "
                f"(at least {limits.min_screen_side} px each way); export the full screen"
            )
        kind = img.format or kind
        try:
            img.load()  # the first frame only: animations are never decoded further
        except Exception as exc:
            raise _Unreadable(_decode_failure(kind, exc)) from exc
        upright = _upright(img)
        try:
            return _to_rgb(upright)
        except ValueError as exc:
            raise _Unreadable(
                f"the image uses the {upright.mode} colour mode, which cannot be converted to RGB; "
                "export it as an RGB PNG"
            ) from exc


def _upright(img: Image.Image) -> Image.Image:
    """Apply the EXIF orientation that phone photos carry; a broken EXIF block is ignored, not fatal."""
    try:
        orientation = img.getexif().get(0x0112, 1)
        if orientation in (2, 3, 4, 5, 6, 7, 8):
            return ImageOps.exif_transpose(img)
    except Exception:  # orientation is a nicety; the pixels are already decoded
        pass
    return img


def _to_rgb(img: Image.Image) -> Image.Image:
    """RGB for every mode: transparency on white, 16-bit and float scaled, CMYK and palettes converted."""
    mode = img.mode
    if mode == "RGB":
        return img
    if mode.startswith("I") or mode == "F":
        return _high_depth_to_rgb(img)
    if mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in img.info:
        # Transparent pixels of a UI export are meant to sit on a light canvas. Pasting with a
        # mask keeps one RGBA copy in memory instead of the three that alpha_composite needs.
        rgba = img.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, (255, 255, 255))
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    return img.convert("RGB")


def _high_depth_to_rgb(img: Image.Image) -> Image.Image:
    import numpy as np

    values = np.asarray(img)
    if img.mode == "F":
        finite = np.nan_to_num(values.astype(np.float64), nan=0.0, posinf=255.0, neginf=0.0)
        top = float(finite.max()) if finite.size else 0.0
        # Float images are either 0..1 (HDR/scientific exports) or already 0..255.
        scaled = finite * 255.0 if top <= 1.0 else finite
    else:
        # 16-bit grey (PNG, TIFF) spans 0..65535; Pillow's own convert to L clips it to white.
        scaled = values.astype(np.float64) / 257.0
    eight_bit = np.clip(scaled, 0, 255).astype(np.uint8)
    return Image.fromarray(eight_bit, "L").convert("RGB")


def _read_pdf(handle: IO[bytes], source: str, limits: Limits) -> tuple[list[ScreenImage], list[LoadProblem]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    screens: list[ScreenImage] = []
    problems: list[LoadProblem] = []
    try:
        pdf = pdfium.PdfDocument(handle)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise _Unreadable("the PDF is password-protected; export it again without a password") from exc
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise _Unreadable(
                "the PDF uses an encryption that cannot be opened; export it without protection"
            ) from exc
        raise _Unreadable("the PDF is damaged and cannot be opened; export it again") from exc
    with pdf:
        count = len(pdf)
        if count <= 0:
            raise _Unreadable("the PDF has no pages; export it again")
        if count > limits.max_pdf_pages:
            problems.append(
                LoadProblem(
                    source,
                    None,
                    f"the PDF has {count:,} pages, over the limit of {limits.max_pdf_pages} (max_pdf_pages); "
                    f"only the first {limits.max_pdf_pages} were read",
                )
            )
        for index in range(min(count, limits.max_pdf_pages)):
            number = index + 1
            try:
                screens.append(ScreenImage(source, number, None, _render_page(pdf, index, limits)))
            except _Unreadable as exc:
                problems.append(LoadProblem(source, number, str(exc)))
            except MemoryError:
                problems.append(LoadProblem(source, number, "ran out of memory drawing the page"))
            except Exception as exc:  # one bad page must not hide the others
                problems.append(LoadProblem(source, number, f"the page cannot be drawn ({_short(exc)})"))
    return screens, problems


def _render_page(pdf: pdfium.PdfDocument, index: int, limits: Limits) -> Image.Image:
    import pypdfium2.raw as pdfium_c

    page = pdf[index]
    try:
        width, height = page.get_size()
        if not (math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0):
            raise _Unreadable("the page has no area (its size is zero or invalid)")
        # pdfium decodes every embedded image at full size while drawing, whatever the page
        # size, so an image bomb inside a PDF is caught here, before rendering.
        for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=8):
            try:
                w, h = image.get_px_size()
            except Exception:  # an image pdfium cannot size is one it will skip too
                continue
            if w * h > limits.max_pixels:
                raise _Unreadable(
                    f"the page holds an image of {w}×{h} = {w * h:,} pixels, over the limit of "
                    f"{limits.max_pixels:,} (max_pixels); export the page with smaller images"
                )
        scale = limits.pdf_dpi / 72.0
        pixels = width * height * scale * scale
        if pixels > limits.max_pdf_page_pixels:
            scale *= (limits.max_pdf_page_pixels / pixels) ** 0.5
        if width * scale < 1 or height * scale < 1:
            raise _Unreadable(f"the page is {width:.0f}×{height:.0f} pt, too thin to be a screen")
        bitmap = page.render(scale=scale, may_draw_forms=False)
        try:
            # An opaque page renders as BGR, which to_pil already copies into an RGB image;
            # converting again would hold a third full-page buffer at the peak.
            image = bitmap.to_pil()
            return image if image.mode == "RGB" else image.convert("RGB")
        finally:
            bitmap.close()
    finally:
        page.close()


# --- reasons a designer understands ----------------------------------------------------------

_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1")


def _heif_brand(head: bytes) -> bytes | None:
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return head[8:12]
    return None


_heif_registered: bool | None = None


def _heif_available() -> bool:
    """pillow-heif (optional) reads iPhone HEIC; registered on first use so importing load stays cheap."""
    global _heif_registered
    if _heif_registered is None:
        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
            _heif_registered = True
        except Exception:  # missing or broken: say HEIC is unsupported
            _heif_registered = False
    return _heif_registered


def _what_it_is(head: bytes) -> str:
    """Why a file named like an image is not one, from its first bytes."""
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:512]:
        return "the file is a web page (HTML), not an image; download or export the screen again as PNG"
    if b"<svg" in lowered:
        return "the file is an SVG drawing; export the screen as PNG"
    if head.startswith(b"PK\x03\x04"):
        return "the file is a zip archive (or a Sketch/Office file), not an image; export the screen as PNG"
    if head.startswith(b"8BPS"):
        return "the file is a Photoshop document; export the screen as PNG"
    if head.startswith(b"fig-kiwi"):
        return "the file is a Figma document; export the screen as PNG from Figma"
    if head.startswith(b"%!PS"):
        return "the file is PostScript/EPS; export the screen as PNG or PDF"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "the file is an Office document; export the screen as PNG or PDF"
    if _heif_brand(head) is not None:
        return "the HEIC file is damaged and cannot be decoded; export the screen as PNG"
    if head[4:8] == b"ftyp":
        return "the file is a video or an image format that is not supported; export the screen as PNG"
    if head.startswith(b"\x89PNG"):
        return "the PNG file is damaged and cannot be decoded; export it again"
    if head.startswith(b"\xff\xd8"):
        return "the JPEG file is damaged and cannot be decoded; export it again"
    if head.startswith((b"GIF8", b"BM", b"II*\x00", b"MM\x00*")) or head[8:12] == b"WEBP":
        return "the image file is damaged and cannot be decoded; export it again"
    if _looks_like_text(head):
        return "the file contains text, not an image; export the screen as PNG"
    return (
        "the file is not an image that can be read (its contents are not PNG, JPEG, WEBP, BMP, TIFF, GIF "
        "or PDF, whatever its name says); export the screen as PNG"
    )


def _looks_like_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        # A multi-byte character cut at the end of the sample is still text.
        try:
            text = head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return False
    return bool(text) and all(ch.isprintable() or ch in "\r\n\t\f" for ch in text)


def _claimed_format(head: bytes) -> str:
    """The format the first bytes announce, to name it in a reason even when Pillow gave up."""
    signatures = {
        b"\x89PNG": "PNG",
        b"\xff\xd8": "JPEG",
        b"GIF8": "GIF",
        b"BM": "BMP",
        b"II*\x00": "TIFF",
        b"MM\x00*": "TIFF",
    }
    for signature, name in signatures.items():
        if head.startswith(signature):
            return name
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WEBP"
    return "image"


def _decode_failure(kind: str, exc: BaseException) -> str:
    detail = str(exc).lower()
    if isinstance(exc, EOFError) or "truncated" in detail or "broken data stream" in detail:
        return f"the {kind} file is cut off (truncated: an incomplete download or export); export it again"
    if "decompressed data too large" in detail:
        # Pillow refuses a text or ICC block that inflates past its cap (a metadata bomb).
        return f"the {kind} file carries metadata too large to read safely; export it again"
    return f"the {kind} file is damaged and cannot be decoded ({_short(exc)}); export it again"


def _too_many_bytes(size: int, limits: Limits, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (
        f"the file is {more}{size:,} bytes, over the limit of {limits.max_file_bytes:,} (max_file_bytes); "
        "export the screen smaller"
    )


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied; check the file's permissions"
    return exc.strerror or _short(exc)


def _short(exc: BaseException) -> str:
    """An exception as a short single line, for the parenthesis after a reason."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _printable(name: str) -> str:
    """A name safe to print and to write as JSON: undecodable bytes (surrogate escapes) become U+FFFD."""
    return (
        name.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if _has_surrogates(name) else name
    )


def _has_surrogates(name: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in name)


def _nothing_found_message(path: Path, loaded: Loaded) -> str:
    where = _printable(str(path))
    zips = [name for name in loaded.skipped if name.lower().endswith(".zip")]
    if zips:
        return f"{where}: no images or PDFs found, only the archive {zips[0]}; scan the zip itself."
    if path.is_file():
        return (
            f"{where}: not an image or PDF (PNG, JPEG, WEBP, BMP, TIFF, GIF, PDF); "
            "give a mockup file or a folder."
        )
    return (
        f"{where}: no images or PDFs found (PNG, JPEG, WEBP, BMP, TIFF, GIF, PDF); "
        "give the folder that holds the mockups."
    )
