"""A corpus of broken and hostile mockup files, made by code so that no binary is committed.

`make_corpus(folder)` writes every case into `folder` (beside a few good screens) and returns
what `load` must make of each: a screen, a problem, a skipped name, or either of the first two
(`ANY`: the file is odd but decodable, and the only promise is no crash).

Run `python tests/badfiles.py OUT` to write the corpus into OUT and try `mockcheck scan OUT`.
"""

from __future__ import annotations

import io
import os
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PIL import Image

SCREEN_SIZE = (360, 640)  # a small phone screen, big enough to pass min_screen_side


class Expect(StrEnum):
    SCREEN = "screen"  # read as one screen (or, for a PDF, screens)
    PROBLEM = "problem"  # a LoadProblem names it
    SKIPPED = "skipped"  # listed in Loaded.skipped
    ANY = "any"  # screen or problem, never an exception


@dataclass(frozen=True)
class Case:
    name: str  # path relative to the corpus folder, as load reports it
    expect: Expect
    why: str


# --- byte-level builders --------------------------------------------------------------------


def _encode(img: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, fmt, **params)
    return buffer.getvalue()


def screen(
    color: tuple[int, int, int] = (30, 120, 220), mode: str = "RGB", size: tuple[int, int] = SCREEN_SIZE
):
    """A plain screen with a dark bar, so orientation and colour can be checked after loading."""
    img = Image.new("RGB", size, color)
    img.paste((0, 0, 0), (0, 0, size[0], size[1] // 8))  # a top bar marks which way is up
    return img.convert(mode) if mode != "RGB" else img


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_claiming(width: int, height: int, idat: bytes = b"", color_type: int = 0) -> bytes:
    """A PNG whose header claims width×height, with whatever IDAT is given (a bomb when tiny)."""
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    body = png_chunk(b"IHDR", header)
    if idat:
        body += png_chunk(b"IDAT", idat)
    return b"\x89PNG\r\n\x1a\n" + body + png_chunk(b"IEND", b"")


def png_zero_bomb(width: int, height: int, color_type: int = 0) -> bytes:
    """A real, decodable PNG of zeros (grey, RGB or RGBA): tiny on disk, huge once decoded."""
    row_bytes = 1 + width * {0: 1, 2: 3, 6: 4}[color_type]
    compressor = zlib.compressobj(1)
    block = b"\x00" * (row_bytes * 500)  # 500 rows at a time keeps generation fast and small
    rows_left = height
    chunks = []
    while rows_left > 0:
        rows = min(500, rows_left)
        chunks.append(compressor.compress(block[: row_bytes * rows]))
        rows_left -= rows
    chunks.append(compressor.flush())
    return png_claiming(width, height, b"".join(chunks), color_type)


def jpeg_claiming(width: int, height: int) -> bytes:
    """A baseline JPEG header (SOI, SOF0) claiming width×height, with no image data."""
    sof = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + b"\xff\xc0" + struct.pack(">H", len(sof) + 2) + sof + b"\xff\xd9"


def gif_claiming(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HHBBB", width, height, 0, 0, 0) + b"\x3b"


def webp_claiming(width: int, height: int) -> bytes:
    """An extended (VP8X) WEBP header with a huge canvas and no frames."""
    vp8x = b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    chunk = b"VP8X" + struct.pack("<I", len(vp8x)) + vp8x
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def tiff_claiming(width: int, height: int) -> bytes:
    """A little-endian TIFF whose one IFD claims width×height of 8-bit grey, strip data absent."""
    entries = [
        (256, 4, 1, width),  # ImageWidth, LONG
        (257, 4, 1, height),  # ImageLength
        (258, 3, 1, 8),  # BitsPerSample
        (259, 3, 1, 1),  # Compression: none
        (262, 3, 1, 1),  # Photometric: black is zero
        (273, 4, 1, 8),  # StripOffsets
        (278, 4, 1, height),  # RowsPerStrip
        (279, 4, 1, width * height & 0xFFFFFFFF),  # StripByteCounts
    ]
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        ifd += struct.pack("<HHII", tag, kind, count, value)
    ifd += struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd


def pdf_document(objects: list[bytes], *, trailer_extra: bytes = b"") -> bytes:
    """A PDF from numbered object bodies (object 1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def pdf_pages(
    sizes: list[tuple[float, float]], *, extra_resources: bytes = b"", content: bytes = b""
) -> bytes:
    """A PDF with one page per (width, height) in points, each with a filled rectangle."""
    draw = content or b"0.1 0.4 0.9 rg 10 10 100 100 re f"
    count = len(sizes)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
    ]
    for i, (width, height) in enumerate(sizes):
        content_number = 4 + 2 * i
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Resources << %s >> /Contents %d 0 R >>"
            % (str(width).encode(), str(height).encode(), extra_resources, content_number)
        )
        objects.append(_stream(b"", draw))
    return pdf_document(objects)


def pdf_image_bomb(width: int, height: int) -> bytes:
    """One page drawing an image XObject that claims width×height pixels of grey, compressed to nothing."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 600] "
        b"/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
        _stream(b"", b"q 300 0 0 300 50 50 cm /Im0 Do Q"),
        _stream(
            b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /FlateDecode" % (width, height),
            zlib.compress(b"\x00" * 65536),
        ),
    ]
    return pdf_document(objects)


def pdf_encrypted() -> bytes:
    """A PDF protected by a user password (Standard handler, RC4 40-bit) that is not the empty one.

    /O and /U are random, so no password, and in particular not the empty one, opens it: exactly
    what a reader sees for a password-protected export.
    """
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 600] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >>" % (b"ab" * 32, b"cd" * 32),
    ]
    return pdf_document(objects, trailer_extra=b"/Encrypt 4 0 R /ID [<0123456789abcdef> <0123456789abcdef>] ")


def pil_pdf(pages: int = 1) -> bytes:
    first, *rest = [screen((20 * i % 255, 90, 160)) for i in range(pages)]
    return _encode(first, "PDF", save_all=True, append_images=rest, resolution=144.0)


def exif_rotated_jpeg() -> bytes:
    """A landscape-stored JPEG whose EXIF says 'rotate 90° clockwise', as phones write them."""
    # Orientation 6 means "turn 90° clockwise to view", so the stored pixels are the upright
    # screen turned 90° anticlockwise (landscape).
    stored = screen().transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    return _encode(stored, "JPEG", exif=exif.tobytes(), quality=90)


def broken_exif_jpeg() -> bytes:
    good = _encode(screen(), "JPEG", quality=90)
    app1 = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff\xde\xad"  # an IFD claiming 65535 entries
    return good[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + good[2:]


def animated(fmt: str, frames: int, size: tuple[int, int] = SCREEN_SIZE) -> bytes:
    images = [Image.new("RGB", size, (255 * (i % 2), 60, 200)) for i in range(frames)]
    return _encode(images[0], fmt, save_all=True, append_images=images[1:], duration=40, loop=0)


def gif_many_frames(frames: int) -> bytes:
    """A screen-sized GIF of `frames` 1×1 frames, written by hand (Pillow takes seconds to save it)."""
    header = b"GIF89a" + struct.pack("<HHBBB", *SCREEN_SIZE, 0x80, 0, 0) + b"\xff\xff\xff\x00\x00\x00"
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    # Graphic control (4 cs delay), a 1×1 image descriptor, and its LZW data (min code size 2).
    frame = b"\x21\xf9\x04\x00\x04\x00\x00\x00" + b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0)
    frame += b"\x02\x02\x44\x01\x00"
    return header + loop + frame * frames + b"\x3b"


def gray16_png() -> bytes:
    img = Image.new("I;16", SCREEN_SIZE, 32768)  # mid grey in 16 bits
    return _encode(img, "PNG")


def float_tiff() -> bytes:
    return _encode(Image.new("F", SCREEN_SIZE, 0.5), "TIFF")


def multipage_tiff() -> bytes:
    return _encode(screen(), "TIFF", save_all=True, append_images=[screen((200, 0, 0))])


def transparent_palette_png() -> bytes:
    img = screen().convert("P", palette=Image.Palette.ADAPTIVE, colors=8)
    img.info["transparency"] = 0
    return _encode(img, "PNG", transparency=0)


def text_chunk_bomb_png() -> bytes:
    """A good PNG with a zTXt chunk that inflates to 8 MB (Pillow caps text chunks at 1 MB)."""
    good = _encode(screen(), "PNG")
    ztxt = b"Comment\x00\x00" + zlib.compress(b"A" * (8 * 1024 * 1024), 1)
    return good[:33] + png_chunk(b"zTXt", ztxt) + good[33:]


def bad_crc_png() -> bytes:
    data = bytearray(_encode(screen(), "PNG"))
    idat = data.find(b"IDAT")
    data[idat + 10] ^= 0xFF  # damage the compressed pixels; the chunk's CRC no longer matches
    return bytes(data)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- the corpus -----------------------------------------------------------------------------

GOOD_FILES = ("Screen 1.png", "Screen 2.jpg", "Screen 3.pdf", "Screen 10.webp")


def _cases() -> list[tuple[str, Expect, str, Callable[[], bytes]]]:
    png = _encode(screen(), "PNG")
    jpg = _encode(screen(), "JPEG", quality=90)
    gif = _encode(screen(), "GIF")
    webp = _encode(screen(), "WEBP")
    tiff = _encode(screen(), "TIFF")
    bmp = _encode(screen(), "BMP")
    pdf = pil_pdf()
    html = b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Session expired</body></html>"
    P, S, K, A = Expect.PROBLEM, Expect.SCREEN, Expect.SKIPPED, Expect.ANY
    return [
        # good screens the broken ones sit beside
        ("Screen 1.png", S, "good PNG", lambda: png),
        ("Screen 2.jpg", S, "good JPEG", lambda: jpg),
        ("Screen 3.pdf", S, "good PDF", lambda: pdf),
        ("Screen 10.webp", S, "good WEBP", lambda: webp),
        # empty and truncated
        ("empty.png", P, "zero bytes", lambda: b""),
        ("empty.pdf", P, "zero bytes PDF", lambda: b""),
        ("truncated half.png", P, "PNG cut in half", lambda: png[: len(png) // 2]),
        ("truncated header.png", P, "PNG cut inside IHDR", lambda: png[:20]),
        ("truncated signature.png", P, "PNG cut inside its signature", lambda: png[:5]),
        ("truncated.jpg", P, "JPEG cut in half", lambda: jpg[: len(jpg) // 2]),
        ("truncated header.jpg", P, "JPEG cut after SOI", lambda: jpg[:4]),
        ("truncated.gif", P, "GIF cut in half", lambda: gif[: len(gif) // 2]),
        ("truncated.webp", P, "WEBP cut in half", lambda: webp[: len(webp) // 2]),
        ("truncated.tiff", P, "TIFF cut in half", lambda: tiff[: len(tiff) // 2]),
        ("truncated.bmp", P, "BMP cut in half", lambda: bmp[: len(bmp) // 2]),
        ("truncated.pdf", A, "PDF cut in half (pdfium may repair it)", lambda: pdf[: len(pdf) // 2]),
        ("truncated header.pdf", P, "PDF cut after its header", lambda: pdf[:16]),
        # wrong names and wrong contents
        ("pdf named.png", S, "a PDF named .png is read as the PDF it is", lambda: pdf),
        ("jpeg named.png", S, "a JPEG named .png", lambda: jpg),
        ("html named.jpg", P, "an HTML page saved as .jpg", lambda: html),
        ("text named.png", P, "a text file named .png", lambda: b"TODO: export the real screen\n"),
        ("unicode text.png", P, "UTF-8 text named .png", lambda: "écran à exporter ✓\n".encode()),
        ("svg named.png", P, "an SVG named .png", lambda: b'<?xml version="1.0"?><svg xmlns="x"></svg>'),
        ("zip named.png", P, "a zip named .png", lambda: zip_bytes({"a.png": png})),
        ("psd named.png", P, "a Photoshop file named .png", lambda: b"8BPS\x00\x01" + b"\x00" * 40),
        (
            "eps named.png",
            P,
            "EPS named .png: Ghostscript must never run",
            lambda: b"%!PS-Adobe-3.0 EPSF-3.0\n",
        ),
        ("figma named.png", P, "a Figma file named .png", lambda: b"fig-kiwi\x00\x00\x00\x00" + b"\x01" * 40),
        ("random bytes.png", P, "random bytes", lambda: os.urandom(4096)),
        ("random bytes.pdf", P, "random bytes named .pdf", lambda: os.urandom(4096)),
        ("fake heic.heic", P, "HEIC header and garbage", lambda: b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64),
        ("video named.jpg", P, "an MP4 named .jpg", lambda: b"\x00\x00\x00\x18ftypisom" + b"\x00" * 64),
        ("jpeg header only.jpg", P, "SOI and SOF, no scan", lambda: jpeg_claiming(400, 600)),
        ("gif header only.gif", P, "GIF header, no frame", lambda: gif_claiming(400, 600)),
        ("bad crc.png", P, "PNG with damaged IDAT", bad_crc_png),
        ("bad bmp header.bmp", P, "BMP with negative sizes", lambda: b"BM" + b"\xff" * 60),
        # PDFs
        ("encrypted.pdf", P, "password-protected PDF", pdf_encrypted),
        ("malformed.pdf", P, "PDF header then garbage", lambda: b"%PDF-1.7\n" + b"\x00garbage" * 100),
        (
            "no pages.pdf",
            P,
            "a PDF with no pages",
            lambda: pdf_document(
                [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
            ),
        ),
        ("zero size page.pdf", A, "MediaBox of zero area", lambda: pdf_pages([(0, 0)])),
        ("poster.pdf", S, "a 200-inch poster page, rendered bounded", lambda: pdf_pages([(14400, 14400)])),
        (
            "pdf image bomb.pdf",
            P,
            "page drawing a 100000×100000 image",
            lambda: pdf_image_bomb(100_000, 100_000),
        ),
        ("pdf junk before header.pdf", S, "bytes before %PDF-", lambda: b"\x00junk\n" + pdf),
        # colour modes
        ("cmyk.jpg", S, "CMYK JPEG", lambda: _encode(screen(mode="CMYK"), "JPEG")),
        ("cmyk.tiff", S, "CMYK TIFF", lambda: _encode(screen(mode="CMYK"), "TIFF")),
        ("gray16.png", S, "16-bit grey PNG", gray16_png),
        ("float.tiff", S, "32-bit float TIFF", float_tiff),
        ("palette.png", S, "palette PNG", lambda: _encode(screen().convert("P"), "PNG")),
        ("palette transparent.png", S, "palette PNG with a transparent index", transparent_palette_png),
        (
            "rgba transparent.png",
            S,
            "fully transparent RGBA",
            lambda: _encode(Image.new("RGBA", SCREEN_SIZE), "PNG"),
        ),
        ("la.png", S, "grey with alpha", lambda: _encode(screen(mode="LA"), "PNG")),
        ("bilevel.bmp", S, "1-bit BMP", lambda: _encode(screen(mode="1"), "BMP")),
        ("grey.gif", S, "grey GIF", lambda: _encode(screen(mode="L"), "GIF")),
        ("multipage.tiff", S, "two-page TIFF: first page", multipage_tiff),
        # orientation
        ("exif rotated.jpg", S, "EXIF orientation 6", exif_rotated_jpeg),
        ("exif broken.jpg", S, "EXIF IFD claiming 65535 entries", broken_exif_jpeg),
        # sizes and bombs
        ("one pixel.png", P, "1×1", lambda: _encode(Image.new("RGB", (1, 1)), "PNG")),
        ("strip 20000x50.png", P, "20000×50", lambda: _encode(Image.new("L", (20000, 50)), "PNG")),
        (
            "tall 64x20000.png",
            S,
            "64×20000: thin but allowed",
            lambda: _encode(Image.new("L", (64, 20000)), "PNG"),
        ),
        (
            "bomb header.png",
            P,
            "PNG header claiming 100000×100000",
            lambda: png_claiming(100_000, 100_000, zlib.compress(b"\x00" * 1024)),
        ),
        ("bomb 8000x8000.png", P, "64 MP of zeros, 60 kB on disk", lambda: png_zero_bomb(8000, 8000)),
        ("bomb max.png", P, "PNG claiming 2^31-1 squared", lambda: png_claiming(2**31 - 1, 2**31 - 1)),
        ("bomb.jpg", P, "JPEG claiming 65500×65500", lambda: jpeg_claiming(65500, 65500)),
        ("bomb.gif", P, "GIF claiming 65535×65535", lambda: gif_claiming(65535, 65535)),
        ("bomb.webp", P, "WEBP canvas 16384×16384", lambda: webp_claiming(16384, 16384)),
        ("bomb.tiff", P, "TIFF claiming 100000×100000", lambda: tiff_claiming(100_000, 100_000)),
        ("text chunk bomb.png", A, "zTXt inflating to 64 MB", text_chunk_bomb_png),
        # animations
        ("animated.gif", S, "3-frame GIF: first frame", lambda: animated("GIF", 3)),
        ("animated.webp", S, "3-frame WEBP: first frame", lambda: animated("WEBP", 3)),
        ("animated.png", S, "APNG: first frame", lambda: animated("PNG", 3)),
        (
            "many frames.gif",
            S,
            "100,000 frames, only the first decoded",
            lambda: gif_many_frames(100_000),
        ),
        # names
        ("name with  spaces .png", S, "spaces", lambda: png),
        ("écran ✓ 画面.png", S, "unicode name", lambda: png),
        ("new\nline.png", S, "a newline in the name", lambda: png),
        ("UPPER CASE.PNG", S, "upper-case suffix", lambda: png),
        ("sub/deeper/Screen 4.png", S, "a screen in a subfolder", lambda: png),
        ("folder named.png/inside.png", S, "a folder whose name ends in .png", lambda: png),
        # skipped, by name
        ("notes.txt", K, "not an image by name", lambda: b"notes"),
        ("README", K, "no suffix", lambda: b"readme"),
        ("design.sketch", K, "a design document", lambda: zip_bytes({"x": b"y"})),
        (
            "submission.zip",
            K,
            "an archive inside the folder is not opened",
            lambda: zip_bytes({"a.png": png}),
        ),
        (".DS_Store", K, "Finder metadata", lambda: b"\x00\x00\x00\x01Bud1" + b"\x00" * 64),
        (
            "._Screen 1.png",
            K,
            "AppleDouble file that claims .png",
            lambda: b"\x00\x05\x16\x07" + b"\x00" * 60,
        ),
        ("__MACOSX/._Screen 1.png", K, "macOS zip residue", lambda: b"\x00\x05\x16\x07" + b"\x00" * 60),
        (".hidden/Screen 9.png", K, "a hidden folder is not walked", lambda: png),
    ]


def _links(folder: Path, outside: Path) -> list[Case]:
    """Symbolic links and special files, which need the file system rather than bytes."""
    cases: list[Case] = []
    (outside / "secret.png").write_bytes(_encode(screen((200, 0, 0)), "PNG"))
    links = {
        "link outside.png": (outside / "secret.png", Expect.PROBLEM, "a link out of the folder"),
        "link to passwd.png": (Path("/etc/passwd"), Expect.PROBLEM, "a link to a system file"),
        "link loop.png": (Path("link loop.png"), Expect.PROBLEM, "a link to itself"),
        "link dangling.png": (Path("does not exist.png"), Expect.PROBLEM, "a link to nothing"),
        "link inside.png": (Path("Screen 1.png"), Expect.SCREEN, "a link to a screen in the folder"),
        "link dir outside": (outside, Expect.SKIPPED, "a link to a folder outside is not walked"),
        "link dir loop": (Path("."), Expect.SKIPPED, "a link to the folder itself is not walked"),
        "link to dir.png": (Path("sub"), Expect.PROBLEM, "a link named .png pointing at a folder"),
    }
    for name, (target, expect, why) in links.items():
        (folder / name).symlink_to(target)
        cases.append(Case(name + ("/" if name.startswith("link dir") else ""), expect, why))
    os.mkfifo(folder / "fifo.png")
    cases.append(Case("fifo.png", Expect.PROBLEM, "a named pipe: opening it must not block"))
    return cases


def _odd_names(folder: Path) -> list[Case]:
    """A name that is not UTF-8 (possible on Linux): load must report it with a printable name."""
    raw = os.fsencode(folder) + b"/bad \xff\xfe name.png"
    with open(raw, "wb") as handle:
        handle.write(_encode(screen(), "PNG"))
    return [Case("bad \ufffd\ufffd name.png", Expect.SCREEN, "a file name that is not UTF-8")]


def make_corpus(folder: Path, outside: Path | None = None) -> list[Case]:
    """Write the corpus into `folder` (links out of it point into `outside`) and return its cases."""
    folder.mkdir(parents=True, exist_ok=True)
    outside = outside or folder.parent / (folder.name + "-outside")
    outside.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []
    for name, expect, why, make in _cases():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(make())
        if name.startswith("__MACOSX/"):
            cases.append(Case("__MACOSX/", expect, why))
        elif name.startswith(".hidden/"):
            cases.append(Case(".hidden/", expect, why))
        else:
            cases.append(Case(name, expect, why))
    # A folder nested 60 deep: the walk is iterative, so depth costs nothing.
    deep = folder.joinpath(*["d"] * 60)
    deep.mkdir(parents=True)
    (deep / "deep.png").write_bytes(_encode(screen(), "PNG"))
    cases.append(Case("/".join(["d"] * 60) + "/deep.png", Expect.SCREEN, "60 folders deep"))
    cases += _links(folder, outside)
    cases += _odd_names(folder)
    return cases


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/badfiles.py OUT_FOLDER")
    made = make_corpus(Path(sys.argv[1]))
    print(f"{len(made)} files written to {sys.argv[1]}")
