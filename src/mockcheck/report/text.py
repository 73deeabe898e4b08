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


def write(report: Report, console: Console) -> None:
    console.print(f"[bold]mockcheck[/bold] {escape(report.target)}: {len(report.screens)} screen(s)")
    width = max((len(s.label) for s in report.screens), default=0)
    for screen in report.screens:
        note = "  [yellow](unsure: check this)[/yellow]" if screen.confidence < LOW_CONFIDENCE else ""
        console.print(
            f"  {escape(screen.label.ljust(width))}  {screen.step.value:<10} {screen.confidence:.2f}{note}"
        )
    for name in report.skipped:
        console.print(f"  [dim]{escape(name)}  skipped (not an image or PDF)[/dim]")

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
                f"{escape(finding.message)}"
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
