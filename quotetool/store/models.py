"""The tables. Their SQL lives in migrations.py; a test checks that the two agree."""

from __future__ import annotations

from enum import StrEnum

from sqlmodel import Field, SQLModel


class Status(StrEnum):
    PROPOSED = "proposed"  # from the detector, nobody has decided yet
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DELETED = "deleted"  # a manual quote taken back; kept so the log and undo can still reach it


class Origin(StrEnum):
    DETECTOR = "detector"
    MANUAL = "manual"


class Action(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    SPEAKER = "speaker"
    KIND = "kind"
    SPAN = "span"
    ADD = "add"
    DELETE = "delete"
    UNDO = "undo"


class Document(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str | None = None
    source_url: str | None = None
    origin: str  # the file (and line) it was imported from
    external_id: str | None = None  # the `id` field of a .jsonl/.csv record
    content_hash: str = Field(unique=True)  # sha256 of the stored text: re-imports add nothing
    text: str
    imported_at: str  # ISO 8601, UTC
    detector_version: str | None = None
    revision: int = 0  # bumped whenever the article's proposals are replaced (import, redetect)


class Speaker(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)  # canonical: the fullest form seen
    name_key: str = Field(index=True)  # quotetool.detect.name_key(name): groups spellings of one person
    created_at: str


class SpeakerAlias(SQLModel, table=True):
    __tablename__ = "speaker_alias"

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speaker.id", ondelete="CASCADE")
    alias: str
    alias_key: str = Field(index=True)


class Quote(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE")
    start: int
    end: int
    text: str  # == document.text[start:end], kept so exports need not slice large documents
    kind: str
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    speaker_id: int | None = Field(default=None, foreign_key="speaker.id")
    parts: str | None = None  # JSON [[start, end], …] of a split quote's pieces
    status: str = Status.PROPOSED
    origin: str
    rule: str | None = None
    confidence: float | None = None
    detector_version: str | None = None
    annotator: str | None = None  # who made the last decision
    decided_at: str | None = None
    created_at: str
    version: int = 1  # bumped on every change: a decision on a stale version is refused


class Decision(SQLModel, table=True):
    """One row per editor action, never updated or deleted (triggers enforce it)."""

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int = Field(foreign_key="quote.id")
    action: str
    annotator: str
    at: str
    before: str | None = None  # JSON of the changed columns before the action
    after: str | None = None  # JSON of the same columns after it
    undoes: int | None = Field(default=None, foreign_key="decision.id")


# Columns an editor's decisions may change; undo restores exactly these.
EDITABLE_COLUMNS = frozenset(
    {"status", "kind", "start", "end", "text", "parts", "speaker_id", "speaker_mention", "mention_start",
     "mention_end", "annotator", "decided_at"}
)
