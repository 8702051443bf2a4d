"""The tables of a ``.kotter`` file, as SQLAlchemy 2 typed mappings.

Only ``store`` sees these classes; the rest of the app gets domain objects.
Lists of short texts (a process's prompts, an agenda item's slides) are JSON
text columns; everything a facilitator edits one by one has its own table,
so one edit is one small row write.

Every table is STRICT (schema version 2): SQLite itself refuses a value of the
wrong kind, and ``PRAGMA quick_check`` reports one that got in some other way,
so opening a file need not scan every value. STRICT allows only the column
types INTEGER, REAL, TEXT, BLOB and ANY, hence the type map on ``Base``.
"""

from __future__ import annotations

from sqlalchemy import INTEGER, REAL, TEXT, CheckConstraint, Index, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: ``PRAGMA application_id``: "KOTW" (0x4B4F5457), so other tools can tell our files apart.
APPLICATION_ID = 0x4B4F5457
#: ``PRAGMA user_version``: the schema version this code writes.
SCHEMA_VERSION = 3

#: Every table's options: STRICT, so SQLite checks each value's kind.
STRICT = {"sqlite_strict": True}


class Base(DeclarativeBase):
    # Fixed constraint names keep the created SQL identical on every machine,
    # which the safety check relies on.
    metadata = MetaData(naming_convention={"ix": "ix_%(table_name)s_%(column_0_name)s"})
    type_annotation_map = {int: INTEGER(), float: REAL(), str: TEXT()}


class InfoRow(Base):
    """The one row of session details (SessionInfo)."""

    __tablename__ = "info"
    __table_args__ = (CheckConstraint("id = 1", name="one_info_row"), STRICT)
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    team: Mapped[str]
    facilitator: Mapped[str]
    date: Mapped[str]  # ISO 8601, so the file reads the same everywhere
    language: Mapped[str]
    scale_min: Mapped[int]
    scale_max: Mapped[int]
    is_template: Mapped[int]  # 0 or 1


class FrameworkRow(Base):
    """The session's own copy of the framework's head texts."""

    __tablename__ = "framework"
    __table_args__ = (CheckConstraint("id = 1", name="one_framework_row"), STRICT)
    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[str]
    language: Mapped[str]
    title: Mapped[str]
    author: Mapped[str]
    thesis: Mapped[str]
    question: Mapped[str]
    prompts: Mapped[str]  # JSON list of texts


class PairRow(Base):
    __tablename__ = "pair"
    __table_args__ = STRICT
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    task: Mapped[str]
    task_detail: Mapped[str]
    leadership: Mapped[str]
    management: Mapped[str]


class ProcessRow(Base):
    __tablename__ = "process"
    __table_args__ = STRICT
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    side: Mapped[str]
    pair: Mapped[str]
    title: Mapped[str]
    tagline: Mapped[str]
    meaning: Mapped[str]
    involves: Mapped[str]  # JSON list of texts
    prompts: Mapped[str]  # JSON list of texts


class FrameworkTextRow(Base):
    """Texts keyed by kind: 'diagnosis' and 'quadrant' (per quadrant), 'balance'."""

    __tablename__ = "framework_text"
    __table_args__ = STRICT
    kind: Mapped[str] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(primary_key=True)
    text: Mapped[str]


class BallotRow(Base):
    """A ballot; ``seq`` keeps the order in which ballots were cast."""

    __tablename__ = "ballot"
    __table_args__ = STRICT
    seq: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[str] = mapped_column(unique=True)
    process: Mapped[str]
    value: Mapped[int | None]
    voter: Mapped[str | None]
    round: Mapped[int]


class ShownRoundRow(Base):
    """The facilitator's choice of round for a process (absent: the latest)."""

    __tablename__ = "shown_round"
    __table_args__ = STRICT
    process: Mapped[str] = mapped_column(primary_key=True)
    round: Mapped[int]


class StartedRoundRow(Base):
    """A re-vote started for a process, even before its first ballot."""

    __tablename__ = "started_round"
    __table_args__ = STRICT
    process: Mapped[str] = mapped_column(primary_key=True)
    round: Mapped[int]


class PanelRow(Base):
    __tablename__ = "panel"
    __table_args__ = STRICT
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    title: Mapped[str]
    process: Mapped[str | None]


class ClusterRow(Base):
    __tablename__ = "cluster"
    __table_args__ = (Index(None, "panel_id", "position"), STRICT)
    id: Mapped[str] = mapped_column(primary_key=True)
    panel_id: Mapped[str]
    position: Mapped[int]
    title: Mapped[str]
    x: Mapped[float]
    y: Mapped[float]


class NoteRow(Base):
    __tablename__ = "note"
    __table_args__ = (Index(None, "panel_id", "position"), STRICT)
    id: Mapped[str] = mapped_column(primary_key=True)
    panel_id: Mapped[str]
    position: Mapped[int]
    text: Mapped[str]
    color: Mapped[str]
    x: Mapped[float]
    y: Mapped[float]
    votes: Mapped[int]
    cluster_id: Mapped[str | None]


class ActionRow(Base):
    __tablename__ = "action"
    __table_args__ = STRICT
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    text: Mapped[str]
    owner: Mapped[str]
    due: Mapped[str | None]  # ISO 8601 date


class AgendaRow(Base):
    __tablename__ = "agenda_item"
    __table_args__ = STRICT
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    title: Mapped[str]
    slides: Mapped[str]  # JSON list of slide keys
    planned_seconds: Mapped[int]
    actual_seconds: Mapped[int | None]


class SpeakerNoteRow(Base):
    """Speaker notes per slide; ``seq`` keeps the order they were first written."""

    __tablename__ = "speaker_note"
    __table_args__ = STRICT
    seq: Mapped[int] = mapped_column(primary_key=True)
    slide: Mapped[str] = mapped_column(unique=True)
    text: Mapped[str]


class ParticipantRow(Base):
    __tablename__ = "participant"
    __table_args__ = STRICT
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    name: Mapped[str]


class DraftRow(Base):
    """Text being typed, kept apart from what it edits and off the undo stack."""

    __tablename__ = "draft"
    __table_args__ = STRICT
    key: Mapped[str] = mapped_column(primary_key=True)
    text: Mapped[str]


class RoomRow(Base):
    """Where the room is: the slide, its step, the revealed results, the timer running.

    Written as they change (schema version 3), read only after an unclean close,
    to return the room to where it was.
    """

    __tablename__ = "room"
    __table_args__ = (CheckConstraint("id = 1", name="one_room_row"), STRICT)
    id: Mapped[int] = mapped_column(primary_key=True)
    slide: Mapped[str]
    phase: Mapped[int]
    revealed: Mapped[str]  # JSON list of slide keys
    timer_running: Mapped[int]  # 0 or 1


#: Tables that are part of the framework, written once and when it is replaced.
FRAMEWORK_TABLES = (FrameworkRow, PairRow, ProcessRow, FrameworkTextRow)
