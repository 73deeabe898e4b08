"""The one registry of rules: every rule module is listed here, and the pipeline knows rules only through it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mockcheck.model import ClassifiedScreen, Finding, LoadProblem
from mockcheck.rules import connect, connecting, inputs, quality, result, scopes, steps
from mockcheck.rules.base import Flow, Rule
from mockcheck.scopes import Scope

MODULES = (inputs, steps, connect, connecting, scopes, result, quality)

RULES: dict[str, Rule] = {r.id: r for module in MODULES for r in module.RULES}


def run_rules(
    screens: Sequence[ClassifiedScreen],
    problems: Iterable[LoadProblem] = (),
    requested: Sequence[Scope] = (),
    *,
    disabled: Iterable[str] = (),
) -> list[Finding]:
    flow = Flow(tuple(screens), tuple(problems), tuple(requested))
    off = set(disabled)
    findings: list[Finding] = []
    for rule in RULES.values():
        if rule.id in off:
            continue
        findings.extend(rule.run(flow))
    return findings


__all__ = ["RULES", "Flow", "Rule", "run_rules"]
