"""What went wrong with one input, or what a user should know about it.

Every stage that reads untrusted input (files, lines, rows, task files, shards, uploads) records a
:class:`Problem` naming where it happened, and the run goes on with the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """Why one input (a file, a line, a row) was skipped, or a notice about one that was read.

    ``skipped`` is False for notices: the input was imported (decoded from a legacy encoding,
    read once of two identical copies, ...), but the user should know.
    """

    where: str
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def split_problems(problems: Iterable[Problem]) -> tuple[list[Problem], list[Problem]]:
    """``(skipped, notices)``: a run that skipped anything is a partial failure, notices are not."""
    problems = list(problems)
    return [p for p in problems if p.skipped], [p for p in problems if not p.skipped]
