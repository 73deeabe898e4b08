"""The command line: exit codes, the JSON document, one-line usage errors."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from PIL import Image, ImageDraw, ImageFont

from mockcheck.cli import main

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def draw_screen(path: Path, lines: list[str]) -> None:
    image = Image.new("RGB", (390, 700), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 20)
    for i, text in enumerate(lines):
        draw.text((24, 40 + 44 * i), text, fill="black", font=font)
    image.save(path)


@pytest.fixture
def submission(tmp_path: Path) -> Path:
    folder = tmp_path / "mockups"
    folder.mkdir()
    draw_screen(
        folder / "Screen 1.png",
        ["Connect your accounts", "Connect TikTok", "Connect Instagram", "Connect YouTube"],
    )
    draw_screen(
        folder / "Screen 2.png",
        [
            "Connecting to TikTok",
            "We will receive:",
            "- your watch history",
            "We use it to recommend",
            "playlists for you.",
            "Continue",
            "Go back",
        ],
    )
    draw_screen(folder / "Screen 10.png", ["You're all set!", "TikTok is connected."])
    (folder / "notes.txt").write_text("not a mockup")
    return folder


def schema() -> dict:
    return json.loads(resources.files("mockcheck.report").joinpath("report.schema.json").read_text())


def test_json_output_is_one_document_that_validates(
    submission: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["scan", str(submission), "--format", "json"])
    out = capsys.readouterr().out
    document = json.loads(out)
    jsonschema.validate(document, schema())
    assert code == 1
    assert document["passed"] is False
    assert [s["source"] for s in document["screens"]] == ["Screen 1.png", "Screen 2.png", "Screen 10.png"]
    assert document["skipped"] == ["notes.txt"]
    missing = [(f["rule"], f["step"]) for f in document["findings"] if f["rule"] == "missing-step"]
    assert missing == [("missing-step", "authorize")]


def test_text_output_lists_screens_findings_and_verdict(
    submission: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["scan", str(submission)])
    out = capsys.readouterr().out
    assert "Screen 10.png" in out
    assert "missing-step" in out
    assert "notes.txt" in out
    assert out.strip().splitlines()[-1].startswith("FAIL")


def test_passing_flow_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draw_screen(tmp_path / "1.png", ["Connect your accounts", "Connect TikTok", "Connect Instagram"])
    draw_screen(
        tmp_path / "2.png",
        [
            "Connecting to TikTok",
            "We will receive:",
            "- your watch history",
            "We use it to recommend",
            "playlists for you.",
            "Continue",
            "Go back",
        ],
    )
    draw_screen(
        tmp_path / "3.png",
        ["Log in to TikTok", "Use QR code", "Use phone / email / username", "Don't have an account? Sign up"],
    )
    draw_screen(tmp_path / "4.png", ["You're all set!", "TikTok is connected."])
    code = main(["scan", str(tmp_path), "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    assert [s["step"] for s in document["screens"]] == ["connect", "connecting", "authorize", "result"]
    assert document["findings"] == []
    assert code == 0


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["scan", "/no/such/folder"], "no such file"),
        (["scan", ".", "--no-such-option"], "No such option"),
        (["scan", ".", "--scopes", "portability.bogus.single"], "portability.activity.single"),
        (["scan", ".", "--format", "yaml"], "yaml"),
    ],
)
def test_usage_errors_are_one_line_and_exit_two(
    args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert needle in err
    assert "Traceback" not in err


def test_empty_folder_is_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(tmp_path)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_folder_of_only_broken_files_reports_them_and_exits_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.png").write_bytes(b"")
    (tmp_path / "b.jpg").write_text("<html>not an image</html>")
    code = main(["scan", str(tmp_path), "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 2
    assert sorted(f["source"] for f in document["findings"] if f["rule"] == "unreadable-input") == [
        "a.png",
        "b.jpg",
    ]


def test_broken_file_is_a_finding_and_the_rest_is_checked(
    submission: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (submission / "Screen 3.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    main(["scan", str(submission), "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    assert len(document["screens"]) == 3
    assert [f["source"] for f in document["findings"] if f["rule"] == "unreadable-input"] == ["Screen 3.png"]


def test_missing_tesseract_is_one_line_exit_two(
    submission: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    # With tesserocr installed ('mockcheck[fast]') the program is not needed: pin the pytesseract engine.
    monkeypatch.setenv("MOCKCHECK_OCR", "pytesseract")
    assert main(["scan", str(submission)]) == 2
    err = capsys.readouterr().err
    assert "tesseract-ocr" in err
    assert len(err.strip().splitlines()) == 1


def test_single_file_source_is_its_name(submission: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["scan", str(submission / "Screen 2.png"), "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    assert [s["source"] for s in document["screens"]] == ["Screen 2.png"]
    assert document["screens"][0]["step"] == "connecting"


def test_version_prints_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("mockcheck ")


def test_a_bug_is_one_line_not_a_traceback(
    submission: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import mockcheck.cli as cli

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something of ours broke")

    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    monkeypatch.setattr(cli, "check", broken)
    assert main(["scan", str(submission)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" in err and "Traceback" not in err
    monkeypatch.setenv(cli.DEBUG_ENV, "1")
    with pytest.raises(RuntimeError):
        main(["scan", str(submission)])
