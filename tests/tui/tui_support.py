"""Building review databases for the UI tests: the seeds through the real import and detector.

While the detector proposes fewer quotes than a test needs (it is still being written), the
passages between quotation marks of the seed articles are proposed too, through the store's own
`redetect` path, so the UI is exercised exactly as with detector output. Once the detector
proposes enough, this top-up never runs.
"""

from __future__ import annotations

from pathlib import Path

import regex

from quotetool.detect import Kind, Proposal, detect
from quotetool.ingest import read_articles
from quotetool.store import Database, QuoteView, get_quote, history, import_article, redetect
from quotetool.store.queue import load_queue

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ANNOTATOR = "tester"
MIN_PROPOSALS = 6
_QUOTED = regex.compile(r"[„\"“]([^„“”\"\n]{3,}?)[“”\"]")


def quotation_mark_proposals(text: str) -> list[Proposal]:
    """Every passage between quotation marks, as a direct-quote proposal without a speaker."""
    return [
        Proposal(start=m.start(1), end=m.end(1), quote=m.group(1), kind=Kind.DIRECT, rule="test.quotation_marks",
                 confidence=0.5)
        for m in _QUOTED.finditer(text)
    ]


def detector_or_top_up(text: str) -> list[Proposal]:
    """The real detector's proposals, plus quotation-mark passages that none of them overlaps."""
    found = list(detect(text))
    extra = [p for p in quotation_mark_proposals(text) if not any(p.start < f.end and f.start < p.end for f in found)]
    return sorted(found + extra, key=lambda p: p.start)


def import_seeds(db: Database, seeds) -> None:
    """Import the seed articles with the real detector; top up proposals while it finds too few."""
    for article in read_articles([str(seeds)]):
        import_article(db, article)  # Problems cannot occur for the seeds
    if len(load_queue(db)) < MIN_PROPOSALS:
        redetect(db, detector=detector_or_top_up)


def make_app(db: Database, **kwargs):
    """The app as `quotetool annotate` builds it, with a fixed annotator and no user keymap file."""
    from quotetool.tui.app import QuotetoolApp

    kwargs.setdefault("keymap", {})
    return QuotetoolApp(db, annotator=kwargs.pop("annotator", ANNOTATOR), **kwargs)


def fresh(db: Database, quote) -> QuoteView:
    """The quote as stored now."""
    found = get_quote(db, quote if isinstance(quote, int) else quote.id)
    assert found is not None
    return found


def proposals(db: Database) -> list[int]:
    """Ids of the undecided proposals in queue order."""
    return [r.id for r in load_queue(db) if r.status == "proposed"]


def decisions(db: Database, quote_id: int) -> list[tuple[str, str]]:
    """(action, annotator) of every logged decision on a quote, oldest first."""
    return [(d.action, d.annotator) for d in history(db, quote_id)]
