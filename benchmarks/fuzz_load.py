"""Coverage-guided fuzzing of the image, PDF and zip loaders with atheris, for a bounded time.

    pip install atheris
    python benchmarks/fuzz_load.py --seconds 120          # fuzz, starting from generated seeds
    python benchmarks/fuzz_load.py crash-1234abcd ...     # replay inputs (e.g. a crash file)

A finding is anything that escapes `load` other than its documented results: an exception
(a bad file must become a LoadProblem), a screen that is not RGB or is over the pixel limit,
one input taking more than --timeout seconds, or the process passing --rss-mb of memory.
libFuzzer writes such inputs as crash-*/timeout-*/oom-* files in --out; pin each one as a
regression test in tests/test_bad_inputs.py.

Pillow's Python plugins (where headers, chunks and EXIF are parsed) and mockcheck.load are
instrumented for coverage; the C decoders (libpng, libjpeg, pdfium) are prebuilt and only
exercised, not instrumented.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

# Smaller than the defaults so that one input stays fast; the checks are the same code.
FUZZ_LIMITS_KW = {
    "max_pixels": 4_000_000,
    "max_file_bytes": 4_000_000,
    "max_pdf_pages": 4,
    "max_zip_bytes": 8_000_000,
}
KINDS = (".png", ".jpg", ".gif", ".webp", ".tiff", ".bmp", ".pdf", ".zip")


def _seed_files() -> dict[str, bytes]:
    """Small valid files of every kind, written by the corpus generator's builders."""
    from badfiles import _encode, animated, exif_rotated_jpeg, pdf_pages, screen, zip_bytes

    small = screen(size=(64, 96))
    seeds = {
        f"seed{suffix}": _encode(small, fmt)
        for suffix, fmt in zip(KINDS[:6], ("PNG", "JPEG", "GIF", "WEBP", "TIFF", "BMP"), strict=True)
    }
    seeds["seed-rgba.png"] = _encode(small.convert("RGBA"), "PNG")
    seeds["seed-anim.webp"] = animated("WEBP", 2, (64, 64))
    seeds["seed-exif.jpg"] = exif_rotated_jpeg()
    seeds["seed.pdf"] = pdf_pages([(100, 150), (50, 50)])
    seeds["seed.zip"] = zip_bytes({"a.png": seeds["seed.png"], "b/c.pdf": seeds["seed.pdf"], "n.txt": b"x"})
    return seeds


def make_target(scratch: Path):
    from mockcheck.errors import InputError
    from mockcheck.load import Limits, load

    limits = Limits(**FUZZ_LIMITS_KW)

    def test_one_input(data: bytes) -> None:
        if not data:
            return
        suffix = KINDS[data[0] % len(KINDS)]
        path = scratch / f"input{suffix}"
        path.write_bytes(data[1:])
        try:
            loaded = load(path, limits)
        except InputError:
            if suffix == ".zip":
                return  # a zip holding no mockup at all: the documented one-line error
            raise
        # The documented results, and nothing else.
        assert loaded.screens or loaded.problems or suffix == ".zip"
        for shot in loaded.screens:
            assert shot.image.mode == "RGB", shot.image.mode
            assert shot.image.width * shot.image.height <= max(limits.max_pixels, limits.max_pdf_page_pixels)
        for problem in loaded.problems:
            assert problem.reason and "\n" not in problem.reason, problem.reason

    return test_one_input


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("inputs", nargs="*", help="replay these files instead of fuzzing")
    parser.add_argument("--seconds", type=int, default=60, help="total fuzzing time (default 60)")
    parser.add_argument("--timeout", type=int, default=10, help="seconds allowed for one input (default 10)")
    parser.add_argument(
        "--rss-mb", type=int, default=1024, help="memory allowed (default 1024, issue 8's bound)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "fuzz_load")
    args = parser.parse_args()

    try:
        import atheris
    except ImportError:
        sys.exit(
            "atheris is not installed: pip install atheris (it ships wheels for CPython 3.8-3.12 on Linux x86-64)"
        )

    with atheris.instrument_imports(include=["PIL", "mockcheck"]):
        import PIL.Image

        import mockcheck.load  # noqa: F401 - imported under instrumentation for coverage

        PIL.Image.init()  # import every plugin now, so they are instrumented too

    args.out.mkdir(parents=True, exist_ok=True)
    corpus = args.out / "corpus"
    corpus.mkdir(exist_ok=True)
    for name, payload in _seed_files().items():
        suffix = "." + name.rsplit(".", 1)[-1]
        (corpus / name).write_bytes(bytes([KINDS.index(suffix)]) + payload)

    with tempfile.TemporaryDirectory(prefix="mockcheck-fuzz-") as scratch:
        target = make_target(Path(scratch))
        libfuzzer_args = [
            sys.argv[0],
            f"-timeout={args.timeout}",
            f"-rss_limit_mb={args.rss_mb}",
            f"-artifact_prefix={args.out}/",
            "-max_len=65536",
        ]
        if args.inputs:
            libfuzzer_args += [str(Path(p).resolve()) for p in args.inputs]
        else:
            libfuzzer_args += [f"-max_total_time={args.seconds}", "-print_final_stats=1", str(corpus)]
        atheris.Setup(libfuzzer_args, target)
        atheris.Fuzz()


if __name__ == "__main__":
    main()
