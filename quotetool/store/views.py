"""Read-only snapshots handed to the UI and the CLI, so no session or ORM object leaves the store."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (not at run time: the review UI's first screen loads no ORM)
    from quotetool.store.models import Quote


@dataclass(frozen=True, slots=True)
class QuoteView:
    id: int
    document_id: int
    start: int
    end: int
    text: str
    kind: str
    status: str
    origin: str
    version: int
    speaker_id: int | None
    speaker: str | None  # canonical name
    speaker_mention: str | None
    mention_start: int | None
    mention_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    parts: tuple[tuple[int, int], ...]
    rule: str | None
    confidence: float | None
    annotator: str | None
    decided_at: str | None
    comment: str | None = None
    flag: str | None = None  # one of models.Flag
    detector_speaker: str | None = None  # the detector's proposal as made (None for a manual quote)
    detector_start: int | None = None
    detector_end: int | None = None
    detector_kind: str | None = None
    learned: str | None = None  # the learned entries the proposal exists or changed by

    @property
    def corrected(self) -> bool | None:
        """Whether the editor changed the detector's span, speaker or kind; None for a quote added by hand."""
        if self.origin != "detector":
            return None
        return (self.start, self.end, self.kind, self.speaker) != (
            self.detector_start,
            self.detector_end,
            self.detector_kind,
            self.detector_speaker,
        )

    @property
    def decided(self) -> bool:
        return self.status != "proposed"

    @classmethod
    def of(cls, quote: Quote, speaker: str | None) -> QuoteView:
        assert quote.id is not None
        parts = tuple(tuple(p) for p in json.loads(quote.parts)) if quote.parts else ()
        return cls(
            id=quote.id,
            document_id=quote.document_id,
            start=quote.start,
            end=quote.end,
            text=quote.text,
            kind=quote.kind,
            status=quote.status,
            origin=quote.origin,
            version=quote.version,
            speaker_id=quote.speaker_id,
            speaker=speaker,
            speaker_mention=quote.speaker_mention,
            mention_start=quote.mention_start,
            mention_end=quote.mention_end,
            cue=quote.cue,
            cue_start=quote.cue_start,
            cue_end=quote.cue_end,
            parts=parts,  # type: ignore[arg-type]
            rule=quote.rule,
            confidence=quote.confidence,
            annotator=quote.annotator,
            decided_at=quote.decided_at,
            comment=quote.comment,
            flag=quote.flag,
            detector_speaker=quote.detector_speaker,
            detector_start=quote.detector_start,
            detector_end=quote.detector_end,
            detector_kind=quote.detector_kind,
            learned=quote.learned,
        )


@dataclass(frozen=True, slots=True)
class DocumentView:
    id: int
    title: str | None
    source_url: str | None
    origin: str
    text: str
    imported_at: str
    outlet: str | None = None
    published: str | None = None
    reviewed_by: str | None = None
    reviewed_at: str | None = None


@dataclass(frozen=True, slots=True)
class ReviewMark:
    """Whether an article is marked reviewed (read to its end, misses added), by whom and when."""

    document_id: int
    reviewed_by: str | None
    reviewed_at: str | None

    @property
    def reviewed(self) -> bool:
        return self.reviewed_at is not None


@dataclass(frozen=True, slots=True)
class DocumentProgress:
    """One article in the progress list: its quotes decided and in all, and its reviewed mark."""

    document_id: int
    title: str | None
    decided: int
    total: int
    reviewed_by: str | None
    reviewed_at: str | None

    @property
    def reviewed(self) -> bool:
        return self.reviewed_at is not None


@dataclass(frozen=True, slots=True)
class Mention:
    start: int | None  # None: a mention whose place in the text is not stored
    end: int | None
    text: str


@dataclass(frozen=True, slots=True)
class Person:
    """A person or organisation of one article: the speaker of some of its quotes, and where the text names it."""

    speaker_id: int
    name: str
    quotes: int  # live quotes of the article with this speaker
    mentions: tuple[Mention, ...]  # in text order


@dataclass(frozen=True, slots=True)
class Corrections:
    """Detector proposals decided so far, for one rule or one annotator."""

    key: str  # the rule or the annotator
    unchanged: int  # accepted as proposed
    corrected: int  # accepted after the editor changed span, speaker or kind
    rejected: int


@dataclass(frozen=True, slots=True)
class ImportResult:
    document_id: int
    created: bool  # False: the same text was already stored, nothing was added
    proposals: int  # proposals stored now


@dataclass(frozen=True, slots=True)
class Stats:
    documents: int
    quotes_by_status: dict[str, int]
    quotes_by_kind: dict[str, int]
    top_speakers: list[tuple[str, int]]  # accepted quotes per speaker, most first
    by_rule: list[Corrections] = field(default_factory=list)  # by rule name
    by_annotator: list[Corrections] = field(default_factory=list)  # by who made the last decision
