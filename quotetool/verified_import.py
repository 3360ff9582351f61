"""``quotetool import --verified GOLD.jsonl``: a gold corpus stored as reviewed articles with accepted quotes.

Each file is read with ``quotetool.evaluate.read_gold`` (the format ``quotetool eval`` reads); a bad line is
named and skipped. Its articles are stored as ``import`` stores them (the detector's proposals, in worker
processes and bounded batches), then each is decided by its gold quotes (``quotetool.store.verified``) and
marked reviewed by ``import:<file name>``. A rerun finds every article reviewed and changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from quotetool.evaluate import NO_OUTLET, GoldArticle, read_gold
from quotetool.ingest import Article, Problem
from quotetool.pipeline import default_jobs, prepared
from quotetool.prepared import content_hash
from quotetool.safe_text import inert
from quotetool.store import Database, Prepared, store_articles, stored_hashes
from quotetool.store.verified import apply_gold, document_for
from quotetool.tuning import learned_detector


@dataclass
class VerifiedTally:
    articles: int = 0
    already: int = 0
    accepted: int = 0
    corrected: int = 0
    rejected: int = 0
    added: int = 0
    skipped: int = 0

    def __str__(self) -> str:
        return (
            f"{self.articles} articles marked reviewed ({self.accepted} proposals accepted as they were, "
            f"{self.corrected} corrected, {self.rejected} rejected, {self.added} quotes added), "
            f"{self.already} already reviewed, {self.skipped} skipped"
        )


def import_verified(
    db: Database, paths: Iterable[str], *, jobs: int | None = None, say: Callable[[str], None] | None = None
) -> int:
    """Import each gold file; returns how many lines or articles were skipped."""
    import click

    out = say or (lambda line: click.echo(inert(line), err=True))
    tally = VerifiedTally()
    for path in paths:
        golds = list(_read(path, tally, out))
        _store(db, path, golds, tally, out, jobs or default_jobs())
        annotator = f"import:{os.path.basename(path)}"
        for gold in golds:
            doc_id = document_for(db, content_hash(gold.text))
            if doc_id is None:  # the detector failed on it: named already
                continue
            result = apply_gold(db, doc_id, gold, annotator=annotator)
            if not result.done:
                tally.already += 1
                continue
            tally.articles += 1
            for name in ("accepted", "corrected", "rejected", "added"):
                setattr(tally, name, getattr(tally, name) + getattr(result, name))
    out(f"{tally} — database {db.path}")
    return tally.skipped


def _read(path: str, tally: VerifiedTally, out: Callable[[str], None]) -> Iterator[GoldArticle]:
    try:
        with open(path, "rb") as lines:
            for item in read_gold(lines):
                if isinstance(item, GoldArticle):
                    yield item
                else:
                    tally.skipped += 1
                    out(f"skipped: {path} {item}")
    except OSError as exc:
        tally.skipped += 1
        out(f"skipped: {path}: cannot be read ({exc.strerror or exc}).")


def _store(
    db: Database, path: str, golds: list[GoldArticle], tally: VerifiedTally, out: Callable[[str], None], jobs: int
) -> None:
    """The articles with the detector's proposals, as ``import`` stores them (those stored already are kept)."""
    articles: list[Article | Problem] = [
        Article(
            g.text,
            f"{path}:{g.id}",
            external_id=g.id,
            outlet=None if g.outlet == NO_OUTLET else g.outlet,
            size=len(g.text.encode()),
        )
        for g in golds
    ]

    def skip(problem: Problem) -> None:
        tally.skipped += 1
        out(f"skipped: {problem}")

    def ready() -> Iterator[Prepared]:
        known = lambda digests: stored_hashes(db, digests)  # noqa: E731
        for item in prepared(articles, detector=learned_detector(db), known=known, on_problem=skip, jobs=jobs):
            if isinstance(item, Problem):
                skip(item)
            elif isinstance(item, Prepared):
                yield item

    for _ in store_articles(db, ready()):
        pass


__all__ = ["VerifiedTally", "import_verified"]
