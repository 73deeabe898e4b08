"""The report for a person at a terminal: screens, findings grouped by step, a one-line verdict."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from mockcheck.model import JOURNEY, Report, Severity, Step

# Confidence under which the step shown is a guess the designer should check.
LOW_CONFIDENCE = 0.5

_STEP_TITLES = {
    Step.CONNECT: "1 Connection page",
    Step.CONNECTING: "2 Connecting to TikTok",
    Step.AUTHORIZE: "3 TikTok authorization",
    Step.RESULT: "4 Confirmation",
    Step.OTHER: "Other screens",
}


def one_line(text: str) -> str:
    """`text` with line breaks, tabs and other invisible characters shown as escapes ('a\\nb.png').

    File names can hold any of them (found by tests/test_report_fuzz.py): printed raw, a name
    with a newline would split its screen's row, and a right-to-left override would reverse it.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def write(report: Report, console: Console) -> None:
    console.print(
        f"[bold]mockcheck[/bold] {escape(one_line(report.target))}: {len(report.screens)} screen(s)",
        soft_wrap=True,
    )
    labels = [one_line(s.label) for s in report.screens]
    width = max((len(label) for label in labels), default=0)
    for screen, label in zip(report.screens, labels, strict=True):
        note = "  [yellow](unsure: check this)[/yellow]" if screen.confidence < LOW_CONFIDENCE else ""
        # One row per screen, never wrapped, so the list reads (and greps) as one line each.
        console.print(
            f"  {escape(label.ljust(width))}  {screen.step.value:<10} {screen.confidence:.2f}{note}",
            soft_wrap=True,
        )
    for name in report.skipped:
        console.print(f"  [dim]{escape(one_line(name))}  skipped (not an image or PDF)[/dim]")

    groups: dict[Step | None, list] = {}
    for finding in report.findings:
        groups.setdefault(finding.step, []).append(finding)
    order: list[Step | None] = [None, *JOURNEY, Step.OTHER]
    for step in order:
        if step not in groups:
            continue
        console.print()
        console.print(f"[bold]{_STEP_TITLES[step] if step else 'Files'}[/bold]")
        for finding in groups[step]:
            colour = "red" if finding.severity is Severity.ERROR else "yellow"
            console.print(
                f"  [{colour}]{finding.severity.value}[/{colour}] [bold]{finding.rule}[/bold]: "
                f"{escape(one_line(finding.message))}"
            )
    console.print()
    errors = sum(f.severity is Severity.ERROR for f in report.findings)
    warnings = len(report.findings) - errors
    if report.passed:
        extra = f" ({warnings} warning(s))" if warnings else ""
        console.print(f"[bold green]PASS[/bold green]: all four screens found and complete{extra}.")
    else:
        console.print(
            f"[bold red]FAIL[/bold red]: {errors} error(s), {warnings} warning(s); "
            "fix the errors before you upload."
        )
