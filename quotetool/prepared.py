"""An article ready to store (its content hash and the detector's proposals), with no storage code.

The import's workers and the `detect` command build these; only the store writes them. Kept apart from
quotetool.store so that the commands that use no database do not load SQLModel and SQLAlchemy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from quotetool.detect import Proposal
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


def utf8_pieces(text: str) -> Iterator[bytes]:
    for i in range(0, len(text), PIECE_CHARS):
        yield text[i : i + PIECE_CHARS].encode("utf-8")


def content_hash(text: str) -> str:
    """sha256 of the text's UTF-8, computed a piece at a time (re-importing the same text adds nothing)."""
    digest = hashlib.sha256()
    for piece in utf8_pieces(text):
        digest.update(piece)
    return digest.hexdigest()
