"""A session from JSON: validated against the schema, then against the domain.

Every omitted part takes its default: new_session's panels and agenda, the
built-in framework's texts, generated ids. ``"summary"`` is ignored; it is
recomputed from the ballots.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..domain import limits
from ..domain.agenda import default_agenda, slide_process
from ..domain.errors import KotterError
from ..domain.framework import Framework, Quadrant, builtin_framework
from ..domain.model import (
    SCALES,
    Action,
    AgendaItem,
    Ballot,
    Cluster,
    Note,
    NoteColor,
    Panel,
    Participant,
    Scale,
    Session,
    SessionInfo,
    new_id,
)
from ..domain.session_factory import parking_lot
from .errors import InterchangeError, fail, show
from .schema import check_session_data

MAX_FILE_BYTES = 50 * 1024 * 1024

Path_ = tuple[str | int, ...]


def read_json_file(path: str | Path) -> Session:
    """Read a JSON session file; any problem is one InterchangeError naming the file."""
    name = str(path)
    try:
        # Never wait on what is not a file: a pipe blocks until a writer comes.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            os.close(fd)
            what = "a folder" if stat.S_ISDIR(mode) else "a device or a pipe"
            raise InterchangeError("", f"it is {what}, not a file, so it was not read.", name)
        with open(fd, "rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InterchangeError("", f"the file cannot be read ({reason}).", name) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise InterchangeError(
            "",
            f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, "
            "too big to be a session.",
            name,
        )
    try:
        text = raw.decode("utf-8-sig")  # a BOM from a Windows editor is still UTF-8
    except UnicodeDecodeError as exc:
        raise InterchangeError(
            "", f"the file is not UTF-8 text (a bad byte at position {exc.start:,}).", name
        ) from exc
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            "",
            f"the file is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).",
            name,
        ) from exc
    except ValueError as exc:  # NaN, or an integer too long to convert
        raise InterchangeError("", f"the file is not valid JSON ({exc}).", name) from exc
    except RecursionError as exc:
        raise InterchangeError("", "the file is nested too deeply to be a session.", name) from exc
    try:
        return session_from_json(data)
    except InterchangeError as exc:
        raise exc.in_file(name) from exc


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def session_from_json(data: object) -> Session:
    """Build a session from parsed JSON; raise InterchangeError naming the first problem."""
    checked = check_session_data(data)
    try:
        session = _Reader(checked).session()
        limits.check_session(session)  # the same limits as every other way in
        return session
    except InterchangeError:
        raise
    except KotterError as exc:  # a domain rule this module did not foresee: still one sentence
        raise InterchangeError("top level", str(exc)) from exc


class _Reader:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def session(self) -> Session:
        info = self.info()
        framework = self.framework(builtin_framework(info.language))
        return Session(
            framework,
            info,
            agenda=self.agenda(framework),
            speaker_notes=self.speaker_notes(framework),
            roster=self.roster(),
            ballots=self.ballots(framework, info),
            started_rounds=self.rounds(framework, "started_rounds"),
            shown_rounds=self.rounds(framework, "shown_rounds"),
            panels=self.panels(framework, info),
            actions=self.actions(info),
        )

    # -- the session's own facts --------------------------------------------
    def info(self) -> SessionInfo:
        d = self.data
        defaults = SessionInfo()
        scale = defaults.scale
        if "scale" in d:
            lo, hi = d["scale"]["min"], d["scale"]["max"]
            if (lo, hi) not in SCALES:
                raise fail(("scale",), f"{lo}–{hi} is not supported; use 1–5, 1–7 or 1–10.")
            scale = Scale(int(lo), int(hi))
        return SessionInfo(
            title=d.get("title", defaults.title),
            team=d.get("team", defaults.team),
            facilitator=d.get("facilitator", defaults.facilitator),
            date=_date(d["date"], ("date",)) if "date" in d else defaults.date,
            language=d.get("language", defaults.language),
            scale=scale,
            is_template=d.get("template", False),
        )

    # -- the framework: built-in texts, with the file's customisations --------
    def framework(self, base: Framework) -> Framework:
        head = self.data.get("framework", {})
        pairs = list(base.pairs)
        for i, entry in enumerate(head.get("pairs", [])):
            at: Path_ = ("framework", "pairs", i)
            index = _index_of(pairs, entry["id"], at + ("id",), "pair")
            pair = pairs[index]
            for side in ("leadership", "management"):
                if side in entry and entry[side] != getattr(pair, side):
                    raise fail(
                        at + (side,),
                        f"the pair {pair.id} has {getattr(pair, side)} "
                        f"on the {side} side, not {show(entry[side])}.",
                    )
            pairs[index] = replace(pair, **_pick(entry, ("task", "task_detail")))
        _no_twice([e["id"] for e in head.get("pairs", [])], ("framework", "pairs"), "id")
        processes = list(base.processes)
        listed = self.data.get("processes", [])
        for i, entry in enumerate(listed):
            at = ("processes", i)
            index = _index_of(processes, entry["id"], at + ("id",), "process")
            process = processes[index]
            for key in ("side", "pair"):
                if key in entry and entry[key] != str(getattr(process, key)):
                    raise fail(
                        at + (key,),
                        f"{process.id} belongs to {getattr(process, key)}, not {show(entry[key])}.",
                    )
            texts = _pick(entry, ("title", "tagline", "meaning"))
            texts.update({k: tuple(entry[k]) for k in ("involves", "prompts") if k in entry})
            processes[index] = replace(process, **texts)
        _no_twice([e["id"] for e in listed], ("processes",), "id")
        changes: dict[str, Any] = _pick(
            head, ("id", "language", "title", "author", "thesis", "question")
        )
        if "prompts" in head:
            changes["prompts"] = tuple(head["prompts"])
        for key, field in (("diagnoses", "diagnoses"), ("quadrants", "quadrant_titles")):
            if key in head:
                changes[field] = {
                    **getattr(base, field),
                    **{Quadrant(k): v for k, v in head[key].items()},
                }
        if "balance" in head:
            changes["balance_texts"] = {**base.balance_texts, **head["balance"]}
        return replace(base, pairs=tuple(pairs), processes=tuple(processes), **changes)

    # -- agenda and speaker notes ---------------------------------------------
    def agenda(self, framework: Framework) -> list[AgendaItem]:
        if "agenda" not in self.data:
            return default_agenda(framework)
        items = []
        for i, entry in enumerate(self.data["agenda"]):
            for j, slide in enumerate(entry["slides"]):
                _check_slide(slide, framework, ("agenda", i, "slides", j))
            items.append(
                AgendaItem(
                    title=entry["title"],
                    slides=tuple(entry["slides"]),
                    planned_seconds=int(entry.get("planned_seconds", 0)),
                    actual_seconds=_whole(entry.get("actual_seconds")),
                    id=entry.get("id") or new_id(),
                )
            )
        _no_twice([e.get("id") for e in self.data["agenda"]], ("agenda",), "id")
        return items

    def speaker_notes(self, framework: Framework) -> dict[str, str]:
        notes = {}
        for slide, text in self.data.get("speaker_notes", {}).items():
            _check_slide(slide, framework, ("speaker_notes", slide))
            if text:  # the session never keeps an empty note; no text means none
                notes[slide] = text
        return notes

    # -- roster and ballots ---------------------------------------------------
    def roster(self) -> list[Participant]:
        entries = self.data.get("roster", [])
        _no_twice([e["id"] for e in entries], ("roster",), "id")
        return [Participant(e["id"], e.get("name", "")) for e in entries]

    def ballots(self, framework: Framework, info: SessionInfo) -> list[Ballot]:
        entries = self.data.get("ballots", [])
        if entries and info.is_template:
            raise fail(("ballots",), "a template holds no ballots.")
        ids = {e["id"] for e in entries if "id" in e}
        cast: dict[tuple[str, str, int], int] = {}
        ballots = []
        seen: set[str] = set()
        for i, entry in enumerate(entries):
            at: Path_ = ("ballots", i)
            process = entry["process"]
            _check_process(process, framework, at + ("process",))
            value = entry["value"]
            if value is not None:
                value = int(value)
                if not info.scale.contains(value):
                    raise fail(at + ("value",), f"{value} is outside the scale {info.scale}.")
            round_ = int(entry.get("round", 1))
            voter = entry.get("participant")
            if voter is not None:
                first = cast.setdefault((voter, process, round_), i)
                if first != i:
                    raise fail(
                        at,
                        f"{show(voter)} already has ballots[{first}] on {process} "
                        f"in round {round_}; a changed vote replaces the ballot.",
                    )
            ballot_id = entry.get("id") or _fresh(ids)
            if ballot_id in seen:
                raise fail(at + ("id",), f"{show(ballot_id)} is used by two ballots.")
            seen.add(ballot_id)
            ballots.append(Ballot(process, value, voter=voter, round=round_, id=ballot_id))
        return ballots

    def rounds(self, framework: Framework, key: str) -> dict[str, int]:
        """``shown_rounds`` or ``started_rounds``: process id to a round."""
        rounds = self.data.get(key, {})
        for process in rounds:
            _check_process(process, framework, (key, process))
        return {p: int(r) for p, r in rounds.items()}

    # -- panels, clusters and notes -------------------------------------------
    def panels(self, framework: Framework, info: SessionInfo) -> list[Panel]:
        if "panels" not in self.data:
            return _with_a_panel_per_process([], framework)
        panels: list[Panel] = []
        note_ids: set[str] = set()
        cluster_ids: set[str] = set()
        for i, entry in enumerate(self.data["panels"]):
            at: Path_ = ("panels", i)
            process = entry.get("process")
            if process is not None:
                _check_process(process, framework, at + ("process",))
            clusters = [
                self._cluster(c, at + ("clusters", j), cluster_ids)
                for j, c in enumerate(entry.get("clusters", []))
            ]
            own = {c.id for c in clusters}
            notes = [
                self._note(n, at + ("notes", j), note_ids, own)
                for j, n in enumerate(entry.get("notes", []))
            ]
            if notes and info.is_template:
                raise fail(at + ("notes",), "a template holds no notes.")
            panels.append(
                Panel(entry["title"], process, notes, clusters, id=entry.get("id") or new_id())
            )
        _no_twice([e.get("id") for e in self.data["panels"]], ("panels",), "id")
        return _with_a_panel_per_process(panels, framework)

    @staticmethod
    def _cluster(entry: dict, at: Path_, seen: set[str]) -> Cluster:
        cluster_id = entry.get("id") or new_id()
        if cluster_id in seen:
            raise fail(at + ("id",), f"{show(cluster_id)} is used by two clusters.")
        seen.add(cluster_id)
        return Cluster(
            entry["title"], x=_position(entry, "x", at), y=_position(entry, "y", at), id=cluster_id
        )

    @staticmethod
    def _note(entry: dict, at: Path_, seen: set[str], clusters: set[str]) -> Note:
        note_id = entry.get("id") or new_id()
        if note_id in seen:
            raise fail(at + ("id",), f"{show(note_id)} is used by two notes.")
        seen.add(note_id)
        cluster = entry.get("cluster")
        if cluster is not None and cluster not in clusters:
            raise fail(at + ("cluster",), f"{show(cluster)} is not a cluster on this panel.")
        return Note(
            entry["text"],
            NoteColor(entry.get("color", NoteColor.YELLOW.value)),
            x=_position(entry, "x", at),
            y=_position(entry, "y", at),
            votes=int(entry.get("votes", 0)),
            cluster=cluster,
            id=note_id,
        )

    # -- actions --------------------------------------------------------------
    def actions(self, info: SessionInfo) -> list[Action]:
        entries = self.data.get("actions", [])
        if entries and info.is_template:
            raise fail(("actions",), "a template holds no actions.")
        _no_twice([e.get("id") for e in entries], ("actions",), "id")
        return [
            Action(
                e["text"],
                e.get("owner", ""),
                _date(e["due"], ("actions", i, "due")) if e.get("due") is not None else None,
                id=e.get("id") or new_id(),
            )
            for i, e in enumerate(entries)
        ]


def _with_a_panel_per_process(panels: list[Panel], framework: Framework) -> list[Panel]:
    """Fill up a panel list that leaves out a process, as new_session would have it.

    Every process slide shows a panel, so a file that lists only some panels
    (like PRODUCT.md's smallest import) gets the default panel for each
    missing process, in slide order, and a parking lot if it has no free
    panel. A list with a panel for every process is kept exactly as it is.
    """
    if {p.id for p in framework.processes} <= {p.process for p in panels}:
        return panels
    result = []
    for process in framework.ordered():
        given = [p for p in panels if p.process == process.id]
        result.extend(given or [Panel(process.title, process=process.id)])
    free = [p for p in panels if p.process is None]
    return result + (free or [Panel(parking_lot(framework.language))])


def _date(text: str, at: Path_) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise fail(at, f"{show(text)} is not a real date.") from None


def _position(entry: dict, key: str, at: Path_) -> float:
    value = float(entry.get(key, 0.0))
    if not math.isfinite(value):
        raise fail(at + (key,), f"{show(value)} is not a finite number.")
    return value


def _check_process(process: str, framework: Framework, at: Path_) -> None:
    if all(p.id != process for p in framework.processes):
        known = ", ".join(p.id for p in framework.ordered())
        raise fail(at, f"{show(process)} is not a known process; the processes are {known}.")


def _check_slide(slide: str, framework: Framework, at: Path_) -> None:
    process = slide_process(slide)
    if process is not None and all(p.id != process for p in framework.processes):
        raise fail(at, f"{show(slide)} names no known process.")


def _index_of(items: list, item_id: str, at: Path_, what: str) -> int:
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    known = ", ".join(item.id for item in items)
    raise fail(at, f"{show(item_id)} is not a built-in {what}; the {what}s are {known}.")


def _no_twice(ids: list[str | None], at: Path_, key: str) -> None:
    seen: dict[str, int] = {}
    for i, item_id in enumerate(ids):
        if item_id is None:
            continue
        if item_id in seen:
            raise fail(
                at + (i, key), f"{show(item_id)} is already used by {at[-1]}[{seen[item_id]}]."
            )
        seen[item_id] = i


def _whole(value: float | None) -> int | None:
    return None if value is None else int(value)


def _pick(entry: dict, keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: entry[k] for k in keys if k in entry}


def _fresh(taken: set[str]) -> str:
    while (candidate := new_id()) in taken:
        pass
    return candidate
