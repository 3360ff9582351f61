"""What the detector proposes: a quote with character offsets into the text it was given."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    DIRECT = "direct"  # the speaker's own words, in quotation marks
    INDIRECT = "indirect"  # reported in the speaker's name (subjunctive, dass-clause, laut X)
    MIXED = "mixed"  # an indirect clause that carries a quoted fragment


@dataclass(frozen=True, slots=True)
class Proposal:
    """One quote event found in a text.

    Offsets are Python string indices into the text given to ``detect`` (end exclusive);
    ``quote == text[start:end]``. For direct quotes the quotation marks are excluded.
    A split quote (``„…“, sagte X, „…“``) is one event: ``start``/``end`` cover all of it
    and ``parts`` lists the quoted pieces, so the cue in between is not taken for quoted text.
    """

    start: int
    end: int
    quote: str
    kind: Kind
    rule: str  # the name of the rule that fired, for audits and error analysis
    confidence: float  # 0..1, the rule's precision as measured, not a probability
    speaker: str | None = None  # canonical name: the fullest form of the person in this text
    speaker_mention: str | None = None  # the words in the text that name the speaker here
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None  # the speech verb or frame (sagte, laut, zufolge, nach Angaben)
    cue_start: int | None = None
    cue_end: int | None = None
    parts: tuple[tuple[int, int], ...] = field(default=())
    # the learned entry this proposal exists or changed by ("speech-verb:poltern", "alias:Kurt R."; several
    # joined by ", "), None when the built-in rules alone made it (see quotetool.detect.learned)
    learned: str | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_dict(self) -> dict:
        """A JSON-ready mapping, the shape `quotetool detect --format jsonl` prints; "learned" is there only
        when a learned entry made or changed the proposal."""
        out = {
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "kind": str(self.kind),
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "mention_start": self.mention_start,
            "mention_end": self.mention_end,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "parts": [list(p) for p in self.parts],
            "rule": self.rule,
            "confidence": self.confidence,
        }
        if self.learned is not None:
            out["learned"] = self.learned
        return out
