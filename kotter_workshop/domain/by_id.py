"""Tuples of parts that have an id (notes, groups, actions, people): changed copies.

The session holds its lists as tuples, so that no one outside it can edit
them; a change builds the new tuple here, in one pass, and the session puts
it in place. A change of many notes at once (a drag, a tidy-up, a paste)
costs one pass over the panel, not one per note.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class HasId(Protocol):
    @property
    def id(self) -> str: ...


Part = TypeVar("Part", bound=HasId)


def index_of(parts: tuple[Part, ...], part_id: str) -> int | None:
    """Where the part with this id is, or None."""
    return next((i for i, p in enumerate(parts) if p.id == part_id), None)


def put(parts: tuple[Part, ...], part: Part, index: int | None = None) -> tuple[Part, ...]:
    """``parts`` with ``part`` in place of the one with its id, or inserted at ``index``
    (at the end when None), as ``list.insert`` would."""
    at = index_of(parts, part.id)
    if at is not None:
        return (*parts[:at], part, *parts[at + 1 :])
    if index is None:
        return (*parts, part)
    return (*parts[:index], part, *parts[index:])


def without(parts: tuple[Part, ...], index: int) -> tuple[Part, ...]:
    return parts[:index] + parts[index + 1 :]


def put_many(parts: tuple[Part, ...], new: Iterable[Part]) -> tuple[tuple[Part, ...], list]:
    """``parts`` with each of ``new`` put in turn (replaced in place, or added at the end),
    and for each of ``new`` the part it replaced (None for an added one)."""
    current = list(parts)
    where = {p.id: i for i, p in enumerate(current)}
    replaced = []
    for part in new:
        i = where.get(part.id)
        if i is None:
            where[part.id] = len(current)
            current.append(part)
            replaced.append(None)
        else:
            replaced.append(current[i])
            current[i] = part
    return tuple(current), replaced


def remove_many(
    parts: tuple[Part, ...], ids: Iterable[str]
) -> tuple[tuple[Part, ...], list[tuple[int, Part]]]:
    """``parts`` without those with these ids, and each removed part with its index in
    ``parts``. KeyError for an id that is not there, or that is named twice."""
    ids = list(ids)
    where = {p.id: i for i, p in enumerate(parts)}
    gone: set[int] = set()
    for part_id in ids:
        if part_id not in where or where[part_id] in gone:
            raise KeyError(part_id)
        gone.add(where[part_id])
    removed = [(where[i], parts[where[i]]) for i in ids]
    return tuple(p for i, p in enumerate(parts) if i not in gone), removed


def restore_many(parts: tuple[Part, ...], removed: Iterable[tuple[int, Part]]) -> tuple[Part, ...]:
    """Undo :func:`remove_many`: each part back at the index it had."""
    current: list[Part] = []
    rest = iter(parts)
    for index, part in sorted(removed, key=lambda r: r[0]):
        while len(current) < index:
            current.append(next(rest))
        current.append(part)
    current.extend(rest)
    return tuple(current)
