"""TikTok Data Portability scopes and the data set each one transfers (../shared/spec/tiktok-data-portability.md)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from mockcheck.errors import UsageError


class DataSet(StrEnum):
    ACTIVITY = "activity"
    POSTS_AND_PROFILE = "postsandprofile"
    DIRECT_MESSAGES = "directmessages"
    ALL = "all"

    @property
    def human(self) -> str:
        return {
            DataSet.ACTIVITY: "activity data (e.g. watch history, liked videos)",
            DataSet.POSTS_AND_PROFILE: "posts and profile (e.g. your videos, profile info, followers)",
            DataSet.DIRECT_MESSAGES: "direct messages",
            DataSet.ALL: "all your TikTok data (your full data archive)",
        }[self]


@dataclass(frozen=True)
class Scope:
    name: str
    data_set: DataSet
    ongoing: bool  # repeated transfers over time, not one export


SCOPES: dict[str, Scope] = {
    f"portability.{ds.value}.{kind}": Scope(f"portability.{ds.value}.{kind}", ds, kind == "ongoing")
    for ds in DataSet
    for kind in ("single", "ongoing")
}


def parse_scopes(scopes: Iterable[str] | str | None) -> tuple[Scope, ...]:
    """Scope names (a list, or one comma-separated string) → Scopes; an unknown name is a usage error."""
    if scopes is None:
        return ()
    names = scopes.split(",") if isinstance(scopes, str) else list(scopes)
    parsed: list[Scope] = []
    for raw in names:
        name = raw.strip()
        if not name:
            continue
        scope = SCOPES.get(name.lower())
        if scope is None:
            valid = ", ".join(SCOPES)
            raise UsageError(f"unknown scope '{name}'; valid scopes are: {valid}")
        if scope not in parsed:
            parsed.append(scope)
    return tuple(parsed)


def covered_data_sets(scopes: Iterable[Scope]) -> set[DataSet]:
    """The data sets a set of scopes lets the app transfer ('all' covers every one)."""
    covered = {s.data_set for s in scopes}
    if DataSet.ALL in covered:
        covered |= set(DataSet)
    return covered
