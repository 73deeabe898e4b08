"""load(): folders, single files and zips become screens in journey order, within the limits."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from badfiles import animated, exif_rotated_jpeg, gray16_png, pdf_pages, pil_pdf, screen, zip_bytes
from mockcheck.errors import ExitCode, InputError
from mockcheck.load import Limits, load, natural_key


def _png(color: tuple[int, int, int] = (30, 120, 220), size: tuple[int, int] = (360, 640)) -> bytes:
    buffer = io.BytesIO()
    screen(color, size=size).save(buffer, "PNG")
    return buffer.getvalue()


def _write(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def _reasons(loaded, source: str) -> list[str]:
    return [p.reason for p in loaded.problems if p.source == source]


# --- order and names ----------------------------------------------------------------------


def test_natural_order_puts_screen_2_before_screen_10(tmp_path: Path) -> None:
    _write(
        tmp_path, {name: _png() for name in ("Screen 10.png", "Screen 2.png", "screen 1.png", "Screen 3.png")}
    )
    sources = [s.source for s in load(tmp_path).screens]
    assert sources == ["screen 1.png", "Screen 2.png", "Screen 3.png", "Screen 10.png"]


def test_natural_key_is_total_for_odd_names() -> None:
    names = ["²", "a1", "A1", "٣", "1", "01", "", "a01b", "a1b"]
    assert sorted(names, key=natural_key)  # no TypeError/ValueError on mixed digits
    assert natural_key("a1") != natural_key("A1")  # ties broken by the raw name


def test_subfolder_sources_are_posix_paths_relative_to_the_folder(tmp_path: Path) -> None:
    _write(tmp_path, {"phone/Screen 1.png": _png()})
    assert [s.source for s in load(tmp_path).screens] == ["phone/Screen 1.png"]


def test_single_file_source_is_its_name(tmp_path: Path) -> None:
    _write(tmp_path, {"Screen 1.png": _png()})
    loaded = load(tmp_path / "Screen 1.png")
    assert [(s.source, s.page, s.box) for s in loaded.screens] == [("Screen 1.png", None, None)]


def test_load_accepts_a_string_path(tmp_path: Path) -> None:
    _write(tmp_path, {"a.png": _png()})
    assert len(load(str(tmp_path)).screens) == 1


# --- skipped and hidden -------------------------------------------------------------------


def test_files_that_are_not_images_by_name_are_skipped_with_relative_paths(tmp_path: Path) -> None:
    _write(tmp_path, {"a.png": _png(), "notes.txt": b"x", "docs/spec.docx": b"x", "more.zip": zip_bytes({})})
    assert load(tmp_path).skipped == ("docs/spec.docx", "more.zip", "notes.txt")


def test_hidden_files_and_macos_residue_are_skipped_and_not_read(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "a.png": _png(),
            ".DS_Store": b"\x00Bud1",
            "._a.png": b"\x00\x05\x16\x07",
            "__MACOSX/._a.png": b"\x00\x05\x16\x07",
            ".git/objects/x.png": _png(),
        },
    )
    loaded = load(tmp_path)
    assert [s.source for s in loaded.screens] == ["a.png"]
    assert loaded.problems == ()
    assert set(loaded.skipped) == {".DS_Store", ".git/", "._a.png", "__MACOSX/"}


def test_the_settings_file_is_configuration_not_a_skipped_file(tmp_path: Path) -> None:
    settings = b'scopes = ["portability.activity.single"]'
    _write(tmp_path, {"a.png": _png(), "mockcheck.toml": settings, "old/mockcheck.toml": settings})
    # Only the top one is read by config.py; one deeper down is a stray file like any other.
    assert load(tmp_path).skipped == ("old/mockcheck.toml",)


def test_the_settings_file_of_a_zip_is_not_skipped(tmp_path: Path) -> None:
    settings = b'scopes = ["portability.activity.single"]'
    archive = tmp_path / "s.zip"
    archive.write_bytes(
        zip_bytes({"m/a.png": _png(), "m/mockcheck.toml": settings, "m/old/mockcheck.toml": settings})
    )
    assert load(archive).skipped == ("m/old/mockcheck.toml",)


# --- formats --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fmt,suffix",
    [("PNG", "png"), ("JPEG", "jpg"), ("WEBP", "webp"), ("BMP", "bmp"), ("TIFF", "tif"), ("GIF", "gif")],
)
def test_each_image_format_loads_as_one_rgb_screen(tmp_path: Path, fmt: str, suffix: str) -> None:
    buffer = io.BytesIO()
    screen().save(buffer, fmt)
    _write(tmp_path, {f"s.{suffix}": buffer.getvalue()})
    (shot,) = load(tmp_path).screens
    assert shot.image.mode == "RGB"
    assert shot.image.size == (360, 640)


def test_pdf_pages_become_screens_in_page_order(tmp_path: Path) -> None:
    _write(tmp_path, {"flow.pdf": pil_pdf(pages=3)})
    loaded = load(tmp_path)
    assert [(s.source, s.page) for s in loaded.screens] == [("flow.pdf", 1), ("flow.pdf", 2), ("flow.pdf", 3)]


def test_pdf_phone_frame_renders_at_twice_its_point_size(tmp_path: Path) -> None:
    _write(tmp_path, {"phone.pdf": pdf_pages([(390, 844)])})
    (page,) = load(tmp_path).screens
    assert page.image.size == (780, 1688)  # 144 dpi: a Figma frame comes out like a 2x export


def test_poster_pdf_page_is_rendered_within_the_page_pixel_limit(tmp_path: Path) -> None:
    _write(tmp_path, {"poster.pdf": pdf_pages([(14400, 14400)])})
    (page,) = load(tmp_path).screens
    width, height = page.image.size
    assert width * height <= Limits().max_pdf_page_pixels
    assert width > 4000  # still as sharp as the limit allows


def test_pdf_over_the_page_limit_reads_the_first_pages_and_says_so(tmp_path: Path) -> None:
    _write(tmp_path, {"deck.pdf": pdf_pages([(200, 300)] * 5)})
    loaded = load(tmp_path, Limits(max_pdf_pages=2))
    assert [s.page for s in loaded.screens] == [1, 2]
    assert any("max_pdf_pages" in r and "5 pages" in r for r in _reasons(loaded, "deck.pdf"))


def test_pdf_named_png_is_read_as_a_pdf(tmp_path: Path) -> None:
    _write(tmp_path, {"Screen 1.png": pil_pdf()})
    assert [(s.source, s.page) for s in load(tmp_path).screens] == [("Screen 1.png", 1)]


def test_transparent_pixels_become_white(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGBA", (100, 100), (255, 0, 0, 0)).save(buffer, "PNG")
    _write(tmp_path, {"clear.png": buffer.getvalue()})
    assert load(tmp_path).screens[0].image.getpixel((50, 50)) == (255, 255, 255)


def test_half_transparent_pixels_are_blended_on_white(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGBA", (100, 100), (0, 0, 0, 128)).save(buffer, "PNG")
    _write(tmp_path, {"half.png": buffer.getvalue()})
    red, green, blue = load(tmp_path).screens[0].image.getpixel((50, 50))
    assert 120 <= red <= 135 and red == green == blue


def test_16_bit_grey_keeps_its_mid_tones(tmp_path: Path) -> None:
    _write(tmp_path, {"g16.png": gray16_png()})
    assert load(tmp_path).screens[0].image.getpixel((10, 300)) == (127, 127, 127)


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    screen(mode="CMYK").save(buffer, "JPEG")
    _write(tmp_path, {"cmyk.jpg": buffer.getvalue()})
    assert load(tmp_path).screens[0].image.mode == "RGB"


def test_exif_rotated_phone_photo_is_read_upright(tmp_path: Path) -> None:
    _write(tmp_path, {"photo.jpg": exif_rotated_jpeg()})
    image = load(tmp_path).screens[0].image
    assert image.size == (360, 640)
    assert sum(image.getpixel((180, 10))) < 60  # the dark bar is at the top again


def test_animated_gif_reads_its_first_frame(tmp_path: Path) -> None:
    _write(tmp_path, {"anim.gif": animated("GIF", 4)})
    red, _, _ = load(tmp_path).screens[0].image.getpixel((10, 10))
    assert red < 10  # frame 0 has no red; frame 1 is red


def test_heic_says_what_to_do(tmp_path: Path) -> None:
    _write(tmp_path, {"a.png": _png(), "photo.heic": b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64})
    (reason,) = _reasons(load(tmp_path), "photo.heic")
    assert "HEIC" in reason or "damaged" in reason or "not supported" in reason


# --- limits ---------------------------------------------------------------------------------


def test_image_over_the_pixel_limit_names_the_file_and_the_limit(tmp_path: Path) -> None:
    _write(tmp_path, {"a.png": _png(size=(300, 300)), "big.png": _png(size=(400, 400))})
    loaded = load(tmp_path, Limits(max_pixels=150_000))
    (reason,) = _reasons(loaded, "big.png")
    assert "400×400" in reason and "max_pixels" in reason and "150,000" in reason
    assert [s.source for s in loaded.screens] == ["a.png"]


def test_file_over_the_byte_limit_is_not_opened(tmp_path: Path) -> None:
    noisy = io.BytesIO()
    Image.frombytes("RGB", (100, 100), os.urandom(30_000)).save(noisy, "PNG")
    _write(tmp_path, {"a.png": _png(size=(64, 64)), "b.png": noisy.getvalue()})
    loaded = load(tmp_path, Limits(max_file_bytes=2_000))
    assert [s.source for s in loaded.screens] == ["a.png"]
    assert any("max_file_bytes" in r for r in _reasons(loaded, "b.png"))


def test_sparse_huge_file_is_refused_by_its_size(tmp_path: Path) -> None:
    _write(tmp_path, {"a.png": _png()})
    with (tmp_path / "huge.png").open("wb") as handle:
        handle.write(_png()[:64])
        handle.truncate(Limits().max_file_bytes + 1)  # sparse: no disk used
    (reason,) = _reasons(load(tmp_path), "huge.png")
    assert "max_file_bytes" in reason


def test_tiny_image_is_too_small_to_be_a_screen(tmp_path: Path) -> None:
    _write(tmp_path, {"a.png": _png(), "dot.png": _png(size=(1, 1))})
    (reason,) = _reasons(load(tmp_path), "dot.png")
    assert "too small to be a screen" in reason


def test_folder_entry_limit_stops_the_walk_and_says_so(tmp_path: Path) -> None:
    _write(tmp_path, {f"{i:02}.png": _png(size=(64, 64)) for i in range(10)})
    loaded = load(tmp_path, Limits(max_folder_entries=4))
    assert len(loaded.screens) == 4
    assert any("max_folder_entries" in p.reason for p in loaded.problems)


# --- zip submissions ------------------------------------------------------------------------


def test_zip_submission_is_read_in_natural_order_without_extracting(tmp_path: Path) -> None:
    archive = tmp_path / "mockups.zip"
    archive.write_bytes(zip_bytes({"m/Screen 10.png": _png(), "m/Screen 2.png": _png(), "m/notes.txt": b"x"}))
    before = sorted(p.name for p in tmp_path.iterdir())
    loaded = load(archive)
    assert [s.source for s in loaded.screens] == ["m/Screen 2.png", "m/Screen 10.png"]
    assert loaded.skipped == ("m/notes.txt",)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_zip_slip_and_absolute_member_names_are_neutralised(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    archive.write_bytes(
        zip_bytes({"../../escape.png": _png(), "/etc/abs.png": _png(), "C:\\win\\drive.png": _png()})
    )
    sources = sorted(s.source for s in load(archive).screens)
    assert sources == ["escape.png", "etc/abs.png", "win/drive.png"]
    assert not (tmp_path.parent / "escape.png").exists()


def test_zip_macos_residue_and_nested_zips_are_skipped(tmp_path: Path) -> None:
    archive = tmp_path / "s.zip"
    archive.write_bytes(
        zip_bytes(
            {"a.png": _png(), "__MACOSX/._a.png": b"\x00\x05", ".DS_Store": b"x", "inner.zip": zip_bytes({})}
        )
    )
    loaded = load(archive)
    assert loaded.skipped == (".DS_Store", "__MACOSX/", "inner.zip")
    assert loaded.problems == ()


def test_zip_member_count_limit(tmp_path: Path) -> None:
    archive = tmp_path / "many.zip"
    archive.write_bytes(zip_bytes({f"{i}.png": _png(size=(64, 64)) for i in range(6)}))
    loaded = load(archive, Limits(max_zip_members=3))
    assert len(loaded.screens) == 3
    assert any("max_zip_members" in p.reason for p in loaded.problems)


def test_zip_total_uncompressed_limit_stops_reading(tmp_path: Path) -> None:
    bmp = io.BytesIO()
    screen().save(bmp, "BMP")  # 690 kB each, a few kB deflated: the zip is small, its contents are not
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as handle:
        for i in range(4):
            handle.writestr(f"{i}.bmp", bmp.getvalue())
    archive = tmp_path / "big.zip"
    archive.write_bytes(buffer.getvalue())
    loaded = load(archive, Limits(max_zip_bytes=int(len(bmp.getvalue()) * 2.5)))
    assert len(loaded.screens) == 2
    assert len(loaded.problems) == 2
    assert all("max_zip_bytes" in p.reason for p in loaded.problems)


def test_zip_bomb_member_is_cut_at_the_file_limit(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("a.png", _png())
        handle.writestr("bomb.png", b"\x00" * 20_000_000)  # 20 MB of zeros, ~20 kB zipped
    archive = tmp_path / "bomb.zip"
    archive.write_bytes(buffer.getvalue())
    loaded = load(archive, Limits(max_file_bytes=1_000_000))
    assert any("max_file_bytes" in r for r in _reasons(loaded, "bomb.png"))


def test_zip_member_lying_about_its_size_is_cut_while_inflating(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("a.png", _png())
        handle.writestr("liar.png", b"\x00" * 5_000_000)
    data = bytearray(buffer.getvalue())
    # Rewrite liar.png's declared uncompressed size (central directory and local header) to 100 bytes.
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (46 if signature == b"PK\x01\x02" else 30)
            if data[name_at : name_at + 8] == b"liar.png":
                data[start + offset : start + offset + 4] = (100).to_bytes(4, "little")
            start += 4
    archive = tmp_path / "liar.zip"
    archive.write_bytes(bytes(data))
    loaded = load(archive, Limits(max_file_bytes=1_000_000))
    assert _reasons(loaded, "liar.png")  # a problem, whatever zipfile noticed first
    assert [s.source for s in loaded.screens] == ["a.png"]


def test_encrypted_zip_member_is_a_problem(tmp_path: Path) -> None:
    data = bytearray(zip_bytes({"a.png": _png(), "locked.png": _png()}))
    # Set the "encrypted" flag of locked.png, as a password-protected zip has it.
    for signature, name_offset in ((b"PK\x01\x02", 46), (b"PK\x03\x04", 30)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            if data[start + name_offset : start + name_offset + 10] == b"locked.png":
                flag_at = start + (8 if signature == b"PK\x01\x02" else 6)
                data[flag_at] |= 0x01
            start += 4
    archive = tmp_path / "locked.zip"
    archive.write_bytes(bytes(data))
    (reason,) = _reasons(load(archive), "locked.png")
    assert "password" in reason


def test_symlink_member_in_zip_is_not_followed(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as handle:
        handle.writestr("a.png", _png())
        link = zipfile.ZipInfo("link.png")
        link.external_attr = (0o120777 << 16) | 0x20
        handle.writestr(link, "/etc/passwd")
    archive = tmp_path / "links.zip"
    archive.write_bytes(buffer.getvalue())
    (reason,) = _reasons(load(archive), "link.png")
    assert "link" in reason


def test_damaged_zip_is_a_problem_naming_the_zip(tmp_path: Path) -> None:
    archive = tmp_path / "broken.zip"
    archive.write_bytes(zip_bytes({"a.png": _png()})[:100])
    loaded = load(archive)
    assert loaded.screens == ()
    (reason,) = _reasons(loaded, "broken.zip")
    assert "zip archive is damaged" in reason


# --- nothing readable -----------------------------------------------------------------------


def test_missing_path_is_an_input_error_with_exit_code_2(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load(tmp_path / "nope")
    assert caught.value.exit_code is ExitCode.USAGE
    assert "no such file or folder" in str(caught.value)


def test_empty_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no images or PDFs found"):
        load(tmp_path)


def test_folder_of_only_broken_files_returns_their_problems_for_the_report(tmp_path: Path) -> None:
    _write(tmp_path, {"a.png": b"", "b.png": b"nope"})
    loaded = load(tmp_path)
    assert loaded.screens == ()
    assert [p.source for p in loaded.problems] == ["a.png", "b.png"]


def test_folder_with_only_a_zip_says_to_scan_the_zip(tmp_path: Path) -> None:
    _write(tmp_path, {"mockups.zip": zip_bytes({"a.png": _png()})})
    with pytest.raises(InputError, match="scan the zip itself"):
        load(tmp_path)


def test_single_non_image_file_is_an_input_error(tmp_path: Path) -> None:
    _write(tmp_path, {"notes.txt": b"x"})
    with pytest.raises(InputError, match="not an image or PDF"):
        load(tmp_path / "notes.txt")


def test_zip_larger_than_the_total_limit_is_not_opened(tmp_path: Path) -> None:
    archive = tmp_path / "huge.zip"
    archive.write_bytes(zip_bytes({"a.png": _png()}))
    loaded = load(archive, Limits(max_zip_bytes=100))
    (reason,) = _reasons(loaded, "huge.zip")
    assert "max_zip_bytes" in reason
