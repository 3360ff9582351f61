"""What runs in a detector worker process: only the detector is imported here (no storage, no UI), so a
worker starts quickly. Proposals travel back as the rows the store inserts (quotetool.prepared.ROW): plain
tuples, cheap to pickle whether the detector runs compiled or not, and all but ready for the one writer,
whose work is what the workers cannot share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from quotetool.detect import Proposal, detect
from quotetool.detect.learned import LearnedLexicon
from quotetool.prepared import row

Detector = Callable[[str], Sequence[Proposal]]
Outcome = tuple[list[Proposal] | None, str | None]  # the proposals, or None and why the detector failed
Detected = tuple[list[tuple] | None, str | None]  # the same with each proposal as a row (quotetool.prepared.ROW)


@dataclass(frozen=True, slots=True)
class LearnedDetector:
    """``detect`` with a database's learned entries, and each proposal's confidence the learned one of its rule
    when there is one. Frozen and picklable: import hands it to its worker processes."""

    lexicon: LearnedLexicon | None = None
    confidences: tuple[tuple[str, float], ...] = ()  # (rule, learned confidence), sorted

    def __call__(self, text: str) -> list[Proposal]:
        proposals = detect(text, learned=self.lexicon)
        if not self.confidences:
            return proposals
        table = dict(self.confidences)
        return [replace(p, confidence=table[p.rule]) if p.rule in table else p for p in proposals]


def exception_text(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def detect_one(text: str, detector: Detector = detect) -> Outcome:
    """The proposals for one text, or None and why the detector failed on it."""
    try:
        return list(detector(text)), None
    except Exception as exc:  # the one article is skipped and named; the import goes on
        return None, exception_text(exc)


def detect_many(texts: list[str], detector: Detector = detect) -> list[Detected]:
    """The outcome for each text, proposals as rows (in a worker, or in the importing process before the
    workers start)."""
    out: list[Detected] = []
    for text in texts:
        proposals, failure = detect_one(text, detector)
        out.append((None if proposals is None else [row(p, text) for p in proposals], failure))
    return out
