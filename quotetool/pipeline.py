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
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing.context import BaseContext

import regex

from quotetool.detect import Proposal, detect
from quotetool.ingest import Article, Problem
from quotetool.prepared import Prepared, Rows, content_hash
from quotetool.workers import Detected, Detector, LearnedDetector, detect_many, detect_one

Known = Callable[[list[str]], set[str]]

# Articles looked up together in the database to learn which are stored already.
_LOOKUP_ARTICLES = 64
_LOOKUP_CHARS = 4 * 1024 * 1024
WINDOW_CHARS = 1024 * 1024
_SENTENCE_END = regex.compile(r"[.!?“\"»]\s+")
_READ_AHEAD_ARTICLES = 64  # read by a thread ahead of the articles handed on
_READ_AHEAD_CHARS = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Stored:
    """An article whose text is completely stored already: nothing to detect or write."""

    article: Article


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


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def prepared(
    items: Iterable[Article | Problem],
    *,
    detector: Detector = detect,
    known: Known | None = None,
    on_problem: Callable[[Problem], None] = _raise,
    jobs: int = 1,
) -> Iterator[Prepared | Stored | Problem]:
    """Each item in order: a Problem as it is, a Stored article, or an article Prepared with its proposals.

    With ``jobs`` > 1 the articles are detected in that many worker processes (the detector is pure),
    started once there is enough work to pay for them; results still come in the order of ``items``.
    A long article's proposals come as an iterator (detected here, a window at a time, as the store
    takes them); ``on_problem`` hears of a window of it that failed.
    """
    parallel = detector is detect or isinstance(detector, LearnedDetector)  # what a worker process can be sent
    with _Workers(jobs if parallel else 1, detector) as workers, _ReadAhead(items) as ahead:
        pending: deque[_Pending] = deque()
        for group in _groups(ahead if workers.jobs > 1 else items):
            digests = [content_hash(a.text) if isinstance(a, Article) else "" for a in group]
            done = known([d for d in digests if d]) if known is not None else set()
            to_detect: list[_Pending] = []
            for item, digest in zip(group, digests, strict=True):
                if isinstance(item, Problem):
                    pending.append(_Pending(item))
                elif digest in done:
                    pending.append(_Pending(Stored(item)))
                elif len(item.text) > WINDOW_CHARS:
                    pending.append(_Pending(Prepared(item, digest, detect_in_windows(item, detector, on_problem))))
                else:
                    to_detect.append(_Pending(item, digest))
                    pending.append(to_detect[-1])
            workers.detect(to_detect)
            while pending and (len(pending) > workers.queue or pending[0].ready()):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


@dataclass(slots=True)
class _Pending:
    """An item on its way: ready as it is, or an article whose detection runs (in ``task``) or ran."""

    item: Article | Prepared | Stored | Problem
    digest: str = ""
    outcome: Detected | None = None
    task: Future[list[Detected]] | None = None
    index: int = 0  # of this article's outcome among the task's

    def ready(self) -> bool:
        return self.task is None or self.task.done()

    def result(self) -> Prepared | Stored | Problem:
        if not isinstance(self.item, Article):
            return self.item
        outcome = self.task.result()[self.index] if self.task is not None else self.outcome
        assert outcome is not None
        rows, failure = outcome
        if rows is None:
            return detector_failed(self.item, failure or "unknown")
        return Prepared(self.item, self.digest, Rows(rows))


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops them once the current batch is stored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Workers:
    """Detection in worker processes once the work pays for starting them; in this process until then."""

    START_ARTICLES = 32  # articles seen before workers start (starting them takes a good part of a second)
    START_CHARS = 256 * 1024
    TASK_ARTICLES = 16  # articles sent to a worker at once
    TASK_CHARS = 256 * 1024

    def __init__(self, jobs: int, detector: Detector) -> None:
        self.jobs = max(1, jobs)
        self.detector = detector
        self.queue = self.jobs * 4 * self.TASK_ARTICLES  # articles in flight, bounding memory; the order is kept
        self._pool: ProcessPoolExecutor | None = None
        self._seen_articles = self._seen_chars = 0

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def detect(self, articles: list[_Pending]) -> None:
        """Detect these articles: here, or in tasks of a few for the workers."""
        texts = [p.item.text for p in articles if isinstance(p.item, Article)]
        self._seen_articles += len(texts)
        self._seen_chars += sum(map(len, texts))
        worth = self._seen_articles >= self.START_ARTICLES or self._seen_chars >= self.START_CHARS
        if self._pool is None and self.jobs > 1 and worth:
            self._pool = _start_pool(self.jobs)
        if self._pool is None:
            for p, outcome in zip(articles, detect_many(texts, self.detector), strict=True):
                p.outcome = outcome
            return
        start = chars = 0
        for end, text in enumerate(texts, start=1):
            chars += len(text)
            if end - start >= self.TASK_ARTICLES or chars >= self.TASK_CHARS or end == len(texts):
                future = self._pool.submit(detect_many, texts[start:end], self.detector)
                for index, p in enumerate(articles[start:end]):
                    p.task, p.index = future, index
                start, chars = end, 0


def _start_pool(jobs: int) -> ProcessPoolExecutor:
    """Workers forked from a server process that has loaded the detector once (never from this process,
    whose threads and open files a fork would copy)."""
    context: BaseContext
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        multiprocessing.set_forkserver_preload(["quotetool.workers", "quotetool.detect.detector"])
        _start_forkserver()
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_ignore_interrupts)


def _start_forkserver() -> None:
    """Start the server with this process's module path. It runs as `python -c`, which puts the working
    directory first on its path (Python 3.11 and 3.12 leave aside the path multiprocessing gives it): in a
    folder holding a `quotetool` folder (a source checkout) the workers would import that one instead of the
    installed package this process runs (a compiled detector, say)."""
    from multiprocessing import forkserver

    saved = {name: os.environ.get(name) for name in ("PYTHONPATH", "PYTHONSAFEPATH")}
    os.environ["PYTHONSAFEPATH"] = "1"  # no working directory first
    os.environ["PYTHONPATH"] = os.pathsep.join(os.path.abspath(p) if p else os.getcwd() for p in sys.path)
    try:
        forkserver.ensure_running()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


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


class _ReadAhead:
    """The items of an iterable, taken from it by a thread a few dozen (and a few MB of text) ahead: reading
    the files, which waits for the disk without holding the interpreter, goes on while this process stores
    and feeds the workers. An exception in the thread is raised here, where the item would have come."""

    def __init__(self, items: Iterable[Article | Problem]) -> None:
        self._items = items
        self._ready: deque[Article | Problem] = deque()
        self._chars = 0
        self._end: BaseException | None = None  # StopIteration at the end
        self._stopped = False
        self._change = threading.Condition()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> _ReadAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        with self._change:
            self._stopped = True
            self._change.notify_all()

    def __iter__(self) -> Iterator[Article | Problem]:
        self._thread = threading.Thread(target=self._read, name="quotetool-read-ahead", daemon=True)
        self._thread.start()
        while True:
            with self._change:
                while not self._ready and self._end is None:
                    self._change.wait()
                if not self._ready:
                    break
                item = self._ready.popleft()
                self._chars -= _chars(item)
                self._change.notify_all()
            yield item
        if not isinstance(self._end, StopIteration):
            raise self._end  # type: ignore[misc]

    def _read(self) -> None:
        """Wait for room before reading the next item, so that a large article is never held twice."""
        items = iter(self._items)
        try:
            while True:
                with self._change:
                    while self._full() and not self._stopped:
                        self._change.wait()
                    if self._stopped:
                        return
                item = next(items)
                with self._change:
                    self._ready.append(item)
                    self._chars += _chars(item)
                    self._change.notify_all()
        except BaseException as exc:  # StopIteration at the end; either way handed to the reader of the items
            with self._change:
                self._end = exc
                self._change.notify_all()

    def _full(self) -> bool:
        return bool(self._ready) and (len(self._ready) >= _READ_AHEAD_ARTICLES or self._chars >= _READ_AHEAD_CHARS)


def _chars(item: Article | Problem) -> int:
    return len(item.text) if isinstance(item, Article) else 0
