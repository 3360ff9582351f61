"""From articles to proposals: the detection step of `import` and `detect`, one item at a time.

Whatever goes wrong while detecting one article (the detector is our code, but an article can be
anything) names that article and skips it; the rest goes on. Articles already stored are not
detected again (``known``).

An article longer than ``WINDOW_CHARS`` (a whole archive pasted into one file) is detected a window
at a time, cut at a line break or else a sentence end, and its proposals stream to the store as
they come: memory stays bounded by a window, not by the article. Speakers are then resolved within
a window (a million characters, some hundred articles' worth) rather than across the whole text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import regex

from quotetool.detect import Proposal, detect
from quotetool.ingest import Article, Problem
from quotetool.store.documents import Prepared, content_hash

Detector = Callable[[str], Sequence[Proposal]]
Known = Callable[[list[str]], set[str]]

# Articles looked up together in the database to learn which are stored already.
_LOOKUP_ARTICLES = 64
_LOOKUP_CHARS = 4 * 1024 * 1024
WINDOW_CHARS = 1024 * 1024
_SENTENCE_END = regex.compile(r"[.!?“\"»]\s+")


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


def windows(text: str, size: int = WINDOW_CHARS) -> Iterator[tuple[int, int]]:
    """[start, end) pieces of ``text`` of at most ``size`` characters, cut after a line break if one lies in
    the second half of the piece, else after a sentence end, else after a space."""
    start = 0
    while len(text) - start > size:
        limit = start + size
        half = start + size // 2
        cut = text.rfind("\n", half, limit) + 1
        if not cut:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, half, limit)]
            cut = ends[-1] if ends else text.rfind(" ", half, limit) + 1 or limit
        yield start, cut
        start = cut
    yield start, len(text)


def shifted(p: Proposal, offset: int) -> Proposal:
    """The proposal found in a window, with offsets into the whole text."""

    def add(value: int | None) -> int | None:
        return None if value is None else value + offset

    return dataclasses.replace(
        p, start=p.start + offset, end=p.end + offset, cue_start=add(p.cue_start), cue_end=add(p.cue_end),
        mention_start=add(p.mention_start), mention_end=add(p.mention_end),
        parts=tuple((s + offset, e + offset) for s, e in p.parts),
    )  # fmt: skip


def detect_in_windows(
    article: Article, detector: Detector, on_problem: Callable[[Problem], None]
) -> Iterator[Proposal]:
    """The proposals of a long article, a window at a time; a window the detector fails on is named."""
    for start, end in windows(article.text):
        proposals, failure = detect_one(article.text[start:end], detector)
        if proposals is None:
            on_problem(Problem(f"{article.origin} (characters {start}-{end})",
                               f"made the detector fail ({failure}); the rest of the article is stored"))  # fmt: skip
            continue
        for p in proposals:
            yield shifted(p, start) if start else p


def _raise(problem: Problem) -> None:
    raise RuntimeError(str(problem))


def prepared(
    items: Iterable[Article | Problem],
    *,
    detector: Detector = detect,
    known: Known | None = None,
    on_problem: Callable[[Problem], None] = _raise,
) -> Iterator[Prepared | Stored | Problem]:
    """Each item in order: a Problem as it is, a Stored article, or an article Prepared with its proposals.

    A long article's proposals come as an iterator; ``on_problem`` hears of a window of it that failed.
    """
    for group in _groups(items):
        digests = [content_hash(a.text) if isinstance(a, Article) else "" for a in group]
        done = known([d for d in digests if d]) if known is not None else set()
        for item, digest in zip(group, digests, strict=True):
            if isinstance(item, Problem):
                yield item
            elif digest in done:
                yield Stored(item)
            elif len(item.text) > WINDOW_CHARS:
                yield Prepared(item, digest, detect_in_windows(item, detector, on_problem))
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
