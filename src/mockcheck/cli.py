"""The command line: parse options, call check(), pick a writer, map the outcome to an exit code."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from mockcheck import __version__
from mockcheck.errors import ExitCode, MockcheckError
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

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check TikTok Data Portability UX mockups for the four required screens before you apply.",
)


class Format(StrEnum):
    text = "text"
    json = "json"


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
) -> None:
    """Check one submission's mockups and report what is missing."""
    report = check(path, scopes=scopes)
    if format is Format.json:
        sys.stdout.write(json_report.render(report) + "\n")
    else:
        text_report.write(report, Console(highlight=False))
    if not report.screens:
        _say(f"{path}: no mockup could be read; see the findings above.")
        raise typer.Exit(ExitCode.USAGE)
    raise typer.Exit(ExitCode.OK if report.passed else ExitCode.FINDINGS)


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
    # --help and a bare 'mockcheck' return instead of raising Exit.
    return int(result) if isinstance(result, int) else int(ExitCode.OK)


def _say(message: str) -> None:
    """One line on stderr: no wrapping, no markup, so scripts and people read it alike."""
    sys.stderr.write(f"mockcheck: {' '.join(message.split())}\n")


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
