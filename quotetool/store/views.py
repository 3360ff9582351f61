"""Read-only snapshots handed to the UI and the CLI, so no session or ORM object leaves the store."""

from __future__ import annotations

import json
from dataclasses import dataclass

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

    @property
    def decided(self) -> bool:
        return self.status != "proposed"

    @classmethod
    def of(cls, quote: Quote, speaker: str | None) -> QuoteView:
        assert quote.id is not None
        parts = tuple(tuple(p) for p in json.loads(quote.parts)) if quote.parts else ()
        return cls(
            id=quote.id, document_id=quote.document_id, start=quote.start, end=quote.end, text=quote.text,
            kind=quote.kind, status=quote.status, origin=quote.origin, version=quote.version,
            speaker_id=quote.speaker_id, speaker=speaker, speaker_mention=quote.speaker_mention,
            mention_start=quote.mention_start, mention_end=quote.mention_end, cue=quote.cue,
            cue_start=quote.cue_start, cue_end=quote.cue_end, parts=parts,  # type: ignore[arg-type]
            rule=quote.rule, confidence=quote.confidence, annotator=quote.annotator,
            decided_at=quote.decided_at,
        )


@dataclass(frozen=True, slots=True)
class DocumentView:
    id: int
    title: str | None
    source_url: str | None
    origin: str
    text: str
    imported_at: str


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
