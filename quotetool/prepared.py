"""An article ready to store (its content hash and the detector's proposals), with no storage code.

The import's workers and the `detect` command build these; only the store writes them. Kept apart from
quotetool.store so that the commands that use no database do not load SQLModel and SQLAlchemy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from quotetool.detect import Kind, Proposal
from quotetool.ingest import Article

PIECE_CHARS = 1024 * 1024  # a long text is encoded a piece at a time, never as one copy


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article ready to store: its content hash and the detector's proposals.

    ``proposals`` may be an iterator (a very large article detected a part at a time): it is then
    stored in parts as it comes, and never held in memory as a whole.
    """

    article: Article
    digest: str
    proposals: Sequence[Proposal] | Iterator[Proposal]


# A proposal as a row ready for the store's insert (built in the detector's worker process, so the one
# writer only adds the document, the speaker and the time): the speaker's name as the detector gave it,
# then the quote's columns in the order of the store's ``INSERT`` (``parts`` as JSON), then the
# detector's own span and kind, kept beside the ones an editor may change.
ROW = ("speaker", "start", "end", "quote", "kind", "cue", "cue_start", "cue_end", "speaker_mention",
       "mention_start", "mention_end", "parts", "rule", "confidence", "learned", "start", "end", "kind")  # fmt: skip


def row(p: Proposal, text: str) -> tuple:
    """``p`` (found in ``text``) in ``ROW`` order; its quote is the text's slice, as the store keeps it."""
    kind = str(p.kind)
    parts = json.dumps([list(x) for x in p.parts]) if p.parts else None
    return (p.speaker, p.start, p.end, text[p.start : p.end], kind, p.cue, p.cue_start, p.cue_end,
            p.speaker_mention, p.mention_start, p.mention_end, parts, p.rule, p.confidence, p.learned,
            p.start, p.end, kind)  # fmt: skip


def proposal(r: tuple) -> Proposal:
    """The proposal a ``ROW`` was made from."""
    parts = tuple((s, e) for s, e in json.loads(r[11])) if r[11] else ()
    return Proposal(start=r[1], end=r[2], quote=r[3], kind=Kind(r[4]), cue=r[5], cue_start=r[6], cue_end=r[7],
                    speaker=r[0], speaker_mention=r[8], mention_start=r[9], mention_end=r[10], parts=parts,
                    rule=r[12], confidence=r[13], learned=r[14])  # fmt: skip


class Rows(Sequence[Proposal]):
    """An article's proposals as rows (``ROW``), as a detector worker sends them: the store inserts the rows
    as they are; a ``Proposal`` is made only for a caller that asks for one."""

    __slots__ = ("rows",)

    def __init__(self, rows: list[tuple]) -> None:
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> Proposal: ...
    @overload
    def __getitem__(self, index: slice) -> list[Proposal]: ...
    def __getitem__(self, index: int | slice) -> Proposal | list[Proposal]:
        if isinstance(index, slice):
            return [proposal(r) for r in self.rows[index]]
        return proposal(self.rows[index])


def utf8_pieces(text: str) -> Iterator[bytes]:
    for i in range(0, len(text), PIECE_CHARS):
        yield text[i : i + PIECE_CHARS].encode("utf-8")


def content_hash(text: str) -> str:
    """sha256 of the text's UTF-8, computed a piece at a time (re-importing the same text adds nothing)."""
    digest = hashlib.sha256()
    for piece in utf8_pieces(text):
        digest.update(piece)
    return digest.hexdigest()
