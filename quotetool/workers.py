"""What runs in a detector worker process: only the detector is imported here (no storage, no UI), so a
worker starts quickly. Proposals travel back as plain tuples, cheap to pickle whether the detector runs
compiled or not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quotetool.detect import Kind, Proposal, detect

Detector = Callable[[str], Sequence[Proposal]]
Outcome = tuple[list[Proposal] | None, str | None]  # the proposals, or None and why the detector failed
Rows = tuple[list[tuple] | None, str | None]  # the same with each proposal as a tuple of FIELDS

FIELDS = ("start", "end", "quote", "kind", "rule", "confidence", "speaker", "speaker_mention",
          "mention_start", "mention_end", "cue", "cue_start", "cue_end", "parts")  # fmt: skip


def exception_text(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def detect_one(text: str, detector: Detector = detect) -> Outcome:
    """The proposals for one text, or None and why the detector failed on it."""
    try:
        return list(detector(text)), None
    except Exception as exc:  # the one article is skipped and named; the import goes on
        return None, exception_text(exc)


def detect_many(texts: list[str]) -> list[Rows]:
    """In a worker: the outcome for each text, proposals as tuples."""
    out: list[Rows] = []
    for text in texts:
        proposals, failure = detect_one(text)
        rows = None if proposals is None else [_row(p) for p in proposals]
        out.append((rows, failure))
    return out


def _row(p: Proposal) -> tuple:
    return tuple(str(p.kind) if name == "kind" else getattr(p, name) for name in FIELDS)


def from_rows(rows: Rows) -> Outcome:
    found, failure = rows
    if found is None:
        return None, failure
    proposals = []
    for row in found:
        values = dict(zip(FIELDS, row, strict=True))
        values["kind"] = Kind(values["kind"])
        proposals.append(Proposal(**values))
    return proposals, None
