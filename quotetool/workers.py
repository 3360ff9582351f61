"""What runs in a detector worker process: only the detector and the reading of files are imported here (no
storage, no UI), so a worker starts quickly. A worker reads an import's small files itself (reading, decoding
and hashing them is work the one writer need not do), and detects. Proposals travel back as the rows the store
inserts (quotetool.prepared.ROW): plain tuples, cheap to pickle whether the detector runs compiled or not, and
all but ready for the one writer, whose work is what the workers cannot share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from quotetool.detect import Proposal, detect
from quotetool.detect.learned import LearnedLexicon
from quotetool.ingest import Article, Entry, Problem, read_one
from quotetool.prepared import content_hash, row

Detector = Callable[[str], Sequence[Proposal]]
Outcome = tuple[list[Proposal] | None, str | None]  # the proposals, or None and why the detector failed
Detected = tuple[list[tuple] | None, str | None]  # the same with each proposal as a row (quotetool.prepared.ROW)
Read = tuple[Article | Problem, str, Detected | None]  # a file's item, its article's content hash, its detection


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


def read_many(entries: list[Entry], detector: Detector | None = None) -> list[Read]:
    """The item of each file (``quotetool.ingest.one_article``), with its article's content hash and, given a
    detector, its detection (else None: the caller first learns which articles are stored already)."""
    out: list[Read] = []
    for entry in entries:
        item = read_one(entry)
        if isinstance(item, Problem):
            out.append((item, "", None))
        else:
            detected = None if detector is None else detect_many([item.text], detector)[0]
            out.append((item, content_hash(item.text), detected))
    return out
