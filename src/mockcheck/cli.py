"""The command line: parse options, call check(), pick a writer, map the outcome to an exit code."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from mockcheck import __version__
from mockcheck.config import effective_scopes
from mockcheck.errors import ExitCode, MockcheckError
from mockcheck.errors import UsageError as CliUsageError
from mockcheck.load import Limits
from mockcheck.ocr_cache import default_engine
from mockcheck.pipeline import check
from mockcheck.report import json as json_report
from mockcheck.report import text as text_report

try:  # typer 0.2x vendors click; older typers use click itself
    from typer._click.exceptions import ClickException, UsageError
except ImportError:  # pragma: no cover - depends on the installed typer
    from click.exceptions import ClickException, UsageError  # type: ignore[assignment]
try:
    from typer import Abort, Exit
except ImportError:  # pragma: no cover
    from click.exceptions import Abort, Exit  # type: ignore[assignment]

# One definition for scan and batch, so the two commands cannot drift apart.
DEFAULT_OCR_SECONDS = Limits().ocr_seconds
OcrTimeout = Annotated[
    float,
    typer.Option(
        "--ocr-timeout",
        min=0,
        help="Seconds OCR of one screen may take before the screen is reported unreadable; 0: no limit.",
    ),
]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check TikTok Data Portability UX mockups for the four required screens before you apply.",
)


class Format(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"  # SARIF 2.1.0, for code-scanning views (GitHub, GitLab)
    junit = "junit"  # JUnit XML, one test case per rule, for CI test views


def _version(value: bool) -> None:
    if value:
        print(f"mockcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Check TikTok Data Portability UX mockups for the four required screens before you apply."""


@app.command()
def scan(
    path: Annotated[Path, typer.Argument(help="A folder of mockups (one submission) or one image or PDF.")],
    scopes: Annotated[
        str | None,
        typer.Option(help="TikTok scopes you apply for, comma separated, e.g. portability.activity.single."),
    ] = None,
    format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.text,
    ocr_cache: Annotated[
        bool,
        typer.Option(
            "--ocr-cache/--no-ocr-cache",
            help="Reuse OCR of unchanged images from the user's cache directory (a second scan is fast).",
        ),
    ] = True,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Also write a self-contained HTML report with the screens drawn on."),
    ] = None,
    annotate: Annotated[
        Path | None,
        typer.Option("--annotate", help="Also write one annotated PNG per screen into this folder."),
    ] = None,
    ocr_timeout: OcrTimeout = DEFAULT_OCR_SECONDS,
) -> None:
    """Check one submission's mockups and report what is missing."""
    for output in (html, annotate):
        _refuse_inside(output, path)
    # --scopes overrides the submission's mockcheck.toml; the cache key includes the OCR engine's version.
    report = check(
        path,
        scopes=effective_scopes(path, scopes),
        engine=default_engine(ocr_cache),
        keep_images=html is not None or annotate is not None,
        limits=Limits(ocr_seconds=ocr_timeout),
    )
    if format is Format.json:
        sys.stdout.write(json_report.render(report) + "\n")
    elif format is Format.sarif:
        from mockcheck.report import sarif

        sys.stdout.write(sarif.render(report, path) + "\n")
    elif format is Format.junit:
        from mockcheck.report import junit

        sys.stdout.write(junit.render(report))
    else:
        text_report.write(report, Console(highlight=False))
    if html is not None:
        from mockcheck.report import html as html_report

        html_report.write(report, html)
        _say(f"HTML report written to {html}")
    if annotate is not None:
        from mockcheck.annotate import write_annotations

        written = write_annotations(report, annotate)
        _say(f"{len(written)} annotated screen(s) written to {annotate}")
    if not report.screens:
        _say(f"{path}: no mockup could be read; see the findings above.")
        raise typer.Exit(ExitCode.USAGE)
    raise typer.Exit(ExitCode.OK if report.passed else ExitCode.FINDINGS)


@app.command()
def batch(
    root: Annotated[Path, typer.Argument(help="A folder with one subfolder or .zip per submission.")],
    workers: Annotated[int, typer.Option(help="Worker processes; 0 uses every core.", min=0)] = 0,
    scopes: Annotated[
        str | None,
        typer.Option(help="Scopes for every submission, overriding each one's mockcheck.toml."),
    ] = None,
    jsonl: Annotated[Path | None, typer.Option(help="Write one report document per line here.")] = None,
    csv: Annotated[Path | None, typer.Option(help="Write one row per submission here.")] = None,
    db: Annotated[
        Path | None, typer.Option(help="Results store (SQLite); default: in the user's cache directory.")
    ] = None,
    force: Annotated[bool, typer.Option(help="Check every submission again, even unchanged ones.")] = False,
    timeout: Annotated[
        float, typer.Option(help="Seconds one submission may take before it is failed.")
    ] = 600.0,
    ocr_cache: Annotated[
        bool, typer.Option("--ocr-cache/--no-ocr-cache", help="Reuse OCR of unchanged images.")
    ] = True,
    executor: Annotated[
        str, typer.Option(help="'local' (a process pool) or 'dask' (needs --scheduler).")
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")
    ] = None,
    ocr_timeout: OcrTimeout = DEFAULT_OCR_SECONDS,
) -> None:
    """Check many submissions in parallel, resumably; write JSONL/CSV and a summary."""
    from mockcheck.batch import BatchOptions, run_with_progress
    from mockcheck.store import default_db_path

    options = BatchOptions(
        root=root,
        db=db or default_db_path(),
        workers=workers,
        scopes=scopes,
        force=force,
        timeout=timeout,
        jsonl=jsonl,
        csv=csv,
        ocr_cache=ocr_cache,
        executor=executor,
        scheduler=scheduler,
        ocr_seconds=ocr_timeout,
    )
    summary = run_with_progress(options, Console(stderr=True), Console(highlight=False))
    if summary.submissions == 0:
        _say(f"{root}: no submissions found; put one subfolder or .zip per submission in it.")
    raise typer.Exit(summary.exit_code)


def _refuse_inside(output: Path | None, scanned: Path) -> None:
    """The scanned folder is never written to: a report there would be read as a mockup next time."""
    if output is None or not scanned.is_dir():
        return
    if output.resolve().is_relative_to(scanned.resolve()):
        raise CliUsageError(f"{output} is inside the scanned folder {scanned}; write reports somewhere else.")


DEBUG_ENV = "MOCKCHECK_DEBUG"


def main(argv: list[str] | None = None) -> int:
    """Entry point: every failure a person can fix is one line on stderr and exit code 2, never a traceback."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="mockcheck", standalone_mode=False)
    except Exit as done:
        return int(done.exit_code)
    except Abort:
        _say("interrupted")
        return 130
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except UsageError as exc:
        if exc.format_message():  # a bare 'mockcheck' has shown the help already
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            _say(f"{exc.format_message()}{hint}")
        return int(ExitCode.USAGE)
    except ClickException as exc:
        _say(exc.format_message())
        return int(ExitCode.USAGE)
    except MockcheckError as exc:
        _say(str(exc))
        return int(exc.exit_code)
    except Exception as exc:
        # A bug of ours: one line for the person, the traceback only when asked for.
        if os.environ.get(DEBUG_ENV):
            raise
        _say(
            f"internal error ({type(exc).__name__}: {exc}); please report it (set {DEBUG_ENV}=1 for details)"
        )
        return int(ExitCode.USAGE)
    # --help and a bare 'mockcheck' return instead of raising Exit.
    return int(result) if isinstance(result, int) else int(ExitCode.OK)


def _say(message: str) -> None:
    """One line on stderr: no wrapping, no markup, so scripts and people read it alike."""
    sys.stderr.write(f"mockcheck: {' '.join(message.split())}\n")


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
