"""What a rule is: an id, a severity, the guideline sentence it enforces, and a check over the flow."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from mockcheck.model import ClassifiedScreen, Finding, LoadProblem, Severity, Step
from mockcheck.scopes import Scope


@dataclass(frozen=True)
class Flow:
    """One submission as the rules see it: its classified screens in journey order, and what failed to load."""

    screens: tuple[ClassifiedScreen, ...]
    problems: tuple[LoadProblem, ...]
    scopes: tuple[Scope, ...]

    def of_step(self, step: Step) -> tuple[ClassifiedScreen, ...]:
        return tuple(s for s in self.screens if s.step is step)


@dataclass(frozen=True)
class Issue:
    """A rule's raw result: what is wrong and where; the Rule turns it into a Finding."""

    message: str
    screen: ClassifiedScreen | None = None
    step: Step | None = None
    source: str | None = None
    page: int | None = None


Check = Callable[[Flow], Iterator[Issue]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    guideline: str  # the sentence of TikTok's guidelines (or spec) the rule enforces
    check: Check

    def run(self, flow: Flow) -> Iterator[Finding]:
        for issue in self.check(flow):
            screen = issue.screen
            yield Finding(
                rule=self.id,
                severity=self.severity,
                step=issue.step if issue.step is not None else (screen.step if screen else None),
                source=issue.source if issue.source is not None else (screen.source if screen else None),
                page=issue.page if issue.page is not None else (screen.page if screen else None),
                message=issue.message,
            )


def rule(id: str, severity: Severity, guideline: str) -> Callable[[Check], Rule]:
    """Decorator: a check function becomes a Rule with its id, severity and guideline sentence."""

    def wrap(check: Check) -> Rule:
        return Rule(id, severity, guideline, check)

    return wrap
