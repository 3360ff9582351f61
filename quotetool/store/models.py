"""The tables. Their SQL lives in migrations.py; a test checks that the two agree."""

from __future__ import annotations

from enum import StrEnum

from sqlmodel import Field, SQLModel

# The values, re-exported beside the tables (enums.py holds them apart from the ORM).
from quotetool.store.enums import (  # noqa: F401
    Action,
    Flag,
    LinkStatus,
    Origin,
    ProposalStatus,
    SpeakerKind,
    SpeakerStatus,
    Status,
)


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
    outlet: str | None = None  # the `outlet` field of a record, else the host of its URL
    published: str | None = None  # ISO 8601 date (YYYY-MM-DD) when it could be read, else the text as given
    reviewed_by: str | None = None  # who marked the article reviewed (read to its end, misses added)
    reviewed_at: str | None = None


class Speaker(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)  # canonical: the fullest form seen
    name_key: str = Field(index=True)  # quotetool.detect.name_key(name): groups spellings of one person
    created_at: str
    external_id: str | None = None  # e.g. a Wikidata QID, typed by an editor
    kind: str | None = None  # one of SpeakerKind, None while nobody said
    status: str = "active"  # one of SpeakerStatus
    merged_into: int | None = Field(default=None, foreign_key="speaker.id", index=True)


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
    comment: str | None = None  # an editor's free text
    flag: str | None = None  # one of Flag
    detector_speaker: str | None = None  # the detector's proposal as it was made (canonical speaker name)
    detector_start: int | None = None
    detector_end: int | None = None
    detector_kind: str | None = None
    learned: str | None = None  # the learned entries the proposal exists or changed by ("speech-verb:poltern")


class LearnedKind(StrEnum):
    """What a learned entry is (``learned_entry.kind``)."""

    CONFIDENCE = "confidence"  # value: a rule's name; confidence: its re-estimated precision
    SPEECH_VERB = "speech-verb"
    FRAME_WORD = "frame-word"
    ROLE_NOUN = "role-noun"
    REJECTED_QUOTE = "rejected-quote"  # value: the phrase, normalised
    ALIAS = "alias"  # value: the mention as written; target: the person's canonical name


class LearnedEntry(SQLModel, table=True):
    """One thing ``quotetool learn`` derived from the decision log, with the decisions it rests on.

    Never deleted: ``lexicon remove`` sets ``removed_at``/``removed_by``, and a removed entry is not learned
    again."""

    __tablename__ = "learned_entry"

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    value: str
    target: str | None = None
    confidence: float | None = None
    evidence: str  # JSON list of decision ids
    count: int  # how many decisions (for a confidence: accepted unchanged + corrected + rejected)
    created_at: str
    updated_at: str | None = None
    removed_at: str | None = None
    removed_by: str | None = None


class Decision(SQLModel, table=True):
    """One row per editor action, never updated or deleted (triggers enforce it).

    A quote's decision names the quote; a document's (reviewed, unreviewed) names the document instead.
    Decisions made by one editor action (a speaker set for every quote of a mention) share ``step``, the
    id of the step's first decision, and one undo reverses them together.
    """

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int | None = Field(default=None, foreign_key="quote.id")
    document_id: int | None = Field(default=None, foreign_key="document.id")
    action: str
    annotator: str
    at: str
    before: str | None = None  # JSON of the changed columns before the action
    after: str | None = None  # JSON of the same columns after it
    undoes: int | None = Field(default=None, foreign_key="decision.id")
    step: int | None = None
    target: str | None = None  # a registry row the decision changed: speaker, speaker_alias, merge_proposal, ...
    target_id: int | None = None  # ... statement_link; then quote_id and document_id are NULL


class MergeProposalRow(SQLModel, table=True):
    """A proposed merge of speaker ``merge_id`` into ``keep_id`` (quotetool.crossref.propose_merges)."""

    __tablename__ = "merge_proposal"

    id: int | None = Field(default=None, primary_key=True)
    keep_id: int = Field(foreign_key="speaker.id")
    merge_id: int = Field(foreign_key="speaker.id", index=True)
    rule: str
    score: float
    keep_name: str | None = None  # the two spellings that matched
    merge_name: str | None = None
    status: str = Field(default="proposed", index=True)  # one of ProposalStatus
    created_at: str
    decided_by: str | None = None
    decided_at: str | None = None


class StatementLinkRow(SQLModel, table=True):
    """Quotes ``quote_a`` < ``quote_b`` carry one statement (quotetool.crossref.link_statements)."""

    __tablename__ = "statement_link"

    id: int | None = Field(default=None, primary_key=True)
    quote_a: int = Field(foreign_key="quote.id", ondelete="CASCADE")
    quote_b: int = Field(foreign_key="quote.id", ondelete="CASCADE", index=True)
    reason: str
    score: float
    status: str = "proposed"  # one of LinkStatus
    created_at: str
    decided_by: str | None = None
    decided_at: str | None = None


# Columns an editor's decisions may change; undo restores exactly these.
EDITABLE_COLUMNS = frozenset(
    {
        "status",
        "kind",
        "start",
        "end",
        "text",
        "parts",
        "speaker_id",
        "speaker_mention",
        "mention_start",
        "mention_end",
        "cue",
        "cue_start",
        "cue_end",
        "comment",
        "flag",
        "annotator",
        "decided_at",
    }
)
# The columns of a document that its decisions change.
DOCUMENT_EDITABLE_COLUMNS = frozenset({"reviewed_by", "reviewed_at"})
# The registry rows a decision may name (Decision.target), with the columns its undo restores.
TARGET_EDITABLE_COLUMNS = {
    "speaker": frozenset({"name", "name_key", "external_id", "kind", "status", "merged_into"}),
    "speaker_alias": frozenset({"speaker_id"}),
    "merge_proposal": frozenset({"status", "decided_by", "decided_at"}),
    "statement_link": frozenset({"status", "decided_by", "decided_at"}),
}
