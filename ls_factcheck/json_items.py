"""The items of a JSON array, streamed, with a limit on how deeply they may nest.

Label Studio exports and task files can be large, so they are read item by item (ijson's event
parser, in C where it is installed), never whole. Their items are built here rather than by
``ijson.items``: that tracks a path string for every event, which grows with the nesting, so a
file of deeply nested brackets costs time and memory with the square of its depth. A task nests
a handful of levels; anything deeper than ``MAX_DEPTH`` is refused with a clear error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import ijson

MAX_DEPTH = 64


class TooDeep(ValueError):
    """JSON nested deeper than the limit."""


def json_items(handle: IO[bytes], max_depth: int = MAX_DEPTH) -> Iterator[Any]:
    """Each item of the top-level JSON array in ``handle``; raises ``ValueError`` for anything else."""
    events = ijson.basic_parse(handle, use_float=True)
    first = next(events, None)
    if first is None or first[0] != "start_array":
        raise ValueError("expected a JSON array of tasks")
    stack: list[Any] = []  # containers being built; the key waiting for its value sits beside its dict
    keys: list[str | None] = []
    for event, value in events:
        if event in ("start_map", "start_array"):
            if len(stack) >= max_depth:
                raise TooDeep(f"JSON nested more than {max_depth} levels deep")
            stack.append({} if event == "start_map" else [])
            keys.append(None)
            continue
        if event == "map_key":
            keys[-1] = value
            continue
        if event in ("end_map", "end_array"):
            if not stack:
                return  # the end of the top-level array
            value = stack.pop()
            keys.pop()
        if not stack:
            yield value
        elif isinstance(stack[-1], dict):
            stack[-1][keys[-1]] = value
        else:
            stack[-1].append(value)
