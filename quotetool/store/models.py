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
    COMMENT = "comment"
    FLAG = "flag"
    REVIEWED = "reviewed"  # a document action: the article was read to its end and checked for misses
    UNREVIEWED = "unreviewed"
    UNDO = "undo"
    # the speaker registry and statement clusters (issue 12): decisions that name a registry row (target)
    MERGE = "merge"  # a merge proposal accepted: the merged speaker's quotes move to the kept one
    KEEP_APART = "keep-apart"  # a merge proposal rejected
    RENAME = "rename"
    SPLIT = "split"  # an alias split off to a speaker of its own, with the quotes that name it
    DELETE_SPEAKER = "delete-speaker"
    EXTERNAL_ID = "external-id"
    SPEAKER_KIND = "speaker-kind"  # person or organisation
    LINK = "link"  # statement links confirmed
    UNLINK = "unlink"  # statement links rejected: a quote split off its statement


class SpeakerStatus(StrEnum):
    ACTIVE = "active"
    MERGED = "merged"  # merged into another speaker (merged_into): its names resolve to that one
    DELETED = "deleted"  # no quote used it and an editor took it away


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class ProposalStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class LinkStatus(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class Flag(StrEnum):
    """What a quote may be flagged for; kept small on purpose (the filter and the export name it)."""

    SECOND_OPINION = "second-opinion"  # another editor should look at it before it counts
    CHECK_SOURCE = "check-source"  # the wording or the speaker must be checked against the original source


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
    {"status", "kind", "start", "end", "text", "parts", "speaker_id", "speaker_mention", "mention_start",
     "mention_end", "cue", "cue_start", "cue_end", "comment", "flag", "annotator", "decided_at"}
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
