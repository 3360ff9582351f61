"""Small helpers for the detector tests: find the proposal that covers a phrase."""

from __future__ import annotations

from quotetool.detect import Proposal, detect


def find(text: str, phrase: str) -> Proposal:
    """The one proposal whose span contains ``phrase`` (fails when none or several do)."""
    start = text.index(phrase)
    end = start + len(phrase)
    hits = [p for p in detect(text) if p.start <= start and end <= p.end]
    assert len(hits) == 1, f"expected one proposal covering {phrase!r}, got {[(p.rule, p.quote) for p in detect(text)]}"
    return hits[0]


def quotes(text: str) -> list[str]:
    return [p.quote for p in detect(text)]
