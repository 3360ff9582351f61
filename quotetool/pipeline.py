"""From articles to proposals: the detection step of `import` and `detect`, one item at a time.

Whatever goes wrong while detecting one article (the detector is our code, but an article can be
anything) names that article and skips it; the rest goes on. Articles already stored are not
detected again (``known``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from quotetool.detect import Proposal, detect
from quotetool.ingest import Article, Problem
from quotetool.store.documents import Prepared, content_hash

Detector = Callable[[str], Sequence[Proposal]]
Known = Callable[[list[str]], set[str]]

# Articles looked up together in the database to learn which are stored already.
_LOOKUP_ARTICLES = 64
_LOOKUP_CHARS = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Stored:
    """An article whose text is completely stored already: nothing to detect or write."""

    article: Article


def exception_text(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def detect_one(text: str, detector: Detector = detect) -> tuple[list[Proposal] | None, str | None]:
    """The proposals for one text, or None and why the detector failed on it."""
    try:
        return list(detector(text)), None
    except Exception as exc:  # the one article is skipped and named; the import goes on
        return None, exception_text(exc)


def detector_failed(article: Article, reason: str) -> Problem:
    return Problem(article.origin, f"made the detector fail ({reason}); please report it", article.size)


def prepared(
    items: Iterable[Article | Problem], *, detector: Detector = detect, known: Known | None = None
) -> Iterator[Prepared | Stored | Problem]:
    """Each item in order: a Problem as it is, a Stored article, or an article Prepared with its proposals."""
    for group in _groups(items):
        digests = [content_hash(a.text) if isinstance(a, Article) else "" for a in group]
        done = known([d for d in digests if d]) if known is not None else set()
        for item, digest in zip(group, digests, strict=True):
            if isinstance(item, Problem):
                yield item
            elif digest in done:
                yield Stored(item)
            else:
                proposals, failure = detect_one(item.text, detector)
                yield detector_failed(item, failure) if proposals is None else Prepared(item, digest, proposals)


def _groups(items: Iterable[Article | Problem]) -> Iterator[list[Article | Problem]]:
    """Items in groups of a few dozen articles (fewer when they are long)."""
    group: list[Article | Problem] = []
    chars = 0
    for item in items:
        group.append(item)
        if isinstance(item, Article):
            chars += len(item.text)
        if len(group) >= _LOOKUP_ARTICLES or chars >= _LOOKUP_CHARS:
            yield group
            group, chars = [], 0
    if group:
        yield group
