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

import contextlib
import dataclasses
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

import regex

from quotetool.detect import Proposal, detect
from quotetool.ingest import Article, Entry, Problem, one_article, read_entry, read_one
from quotetool.prepared import Prepared, Rows, content_hash
from quotetool.processes import start_pool
from quotetool.workers import Detected, Detector, LearnedDetector, Read, detect_many, detect_one, read_many

Known = Callable[[list[str]], set[str]]
_T = TypeVar("_T")

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
    items: Iterable[Article | Problem | Entry],
    *,
    detector: Detector = detect,
    known: Known | None = None,
    on_problem: Callable[[Problem], None] = _raise,
    jobs: int = 1,
) -> Iterator[Prepared | Stored | Problem]:
    """Each item in order: a Problem as it is, a Stored article, or an article Prepared with its proposals.

    An item may be a file ``quotetool.ingest.walk`` found (an ``Entry``): it is read here, or, when it holds one
    small article, by a worker. With ``jobs`` > 1 the articles are read and detected in that many worker
    processes (the detector is pure), started once there is enough work to pay for them; results still come in
    the order of ``items``. Given ``known``, an article stored already is not detected (see ``_Sorting``). A long
    article's proposals come as an iterator (detected here, a window at a time, as the store takes them);
    ``on_problem`` hears of a window of it that failed.
    """
    parallel = detector is detect or isinstance(detector, LearnedDetector)  # what a worker process can be sent
    with _Workers(jobs if parallel else 1, detector) as workers, _ReadAhead(_expanded(items)) as ahead:
        sorting = _Sorting(workers, known, detector, on_problem)
        pending: deque[_Pending] = deque()  # every item on its way, in order
        chars = 0  # of the articles (and files not read yet) among them
        for group in _groups(ahead if workers.jobs > 1 else _expanded(items)):
            slots = [_Pending(item, chars=_chars(item)) for item in group]
            sorting.add(slots)
            pending.extend(slots)
            chars += sum(p.chars for p in slots)
            while pending and (
                len(pending) > workers.queue or chars > _FLIGHT_CHARS or (pending[0].sorted and pending[0].ready())
            ):
                if not pending[0].sorted:
                    sorting.next()
                chars -= pending[0].chars
                yield pending.popleft().result()
        sorting.finish()
        while pending:
            yield pending.popleft().result()


# Text on its way through the workers at most. The writer takes no articles while it writes a batch (a few
# hundred articles): the workers detect on meanwhile only if that much and more is in flight.
_FLIGHT_CHARS = 16 * 1024 * 1024


def _expanded(items: Iterable[Article | Problem | Entry]) -> Iterator[Article | Problem | Entry]:
    """The items with each file read, except a small file holding one article: a worker may read that one."""
    for item in items:
        if isinstance(item, Entry) and not (one_article(item) and item.size <= _WORKER_READS_BYTES):
            yield from read_entry(item)
        else:
            yield item


# A larger file is read by this process (the thread reading ahead): its text is never held by two processes
# at once, and an article this long is detected here a window at a time anyway.
_WORKER_READS_BYTES = WINDOW_CHARS


class _Sorting:
    """Groups of items, read (by the workers or here), then sorted out in order: each article stored already
    (``known``), detected, or a Problem.

    Which articles are stored is known only once they are read and hashed. A worker reads and detects in one go
    while the groups sorted out lately held no stored article (a new import: each text crosses between the
    processes once); at first, and once one did (an import run again), the workers only read and hash, and the
    articles not stored are then sent to them to detect. A wrong guess costs a few groups' detection (or their
    texts crossing twice more), never a result.
    """

    def __init__(
        self, workers: _Workers, known: Known | None, detector: Detector, on_problem: Callable[[Problem], None]
    ) -> None:
        self.workers, self.known, self.detector, self.on_problem = workers, known, detector, on_problem
        self.groups: deque[list[_Pending]] = deque()  # being read, in order
        self.stored_lately = known is not None  # until the first group tells: detecting in vain costs more

    def add(self, group: list[_Pending]) -> None:
        """Have the group read, and sort out the groups that can be."""
        self.workers.read(group, detect_too=not self.stored_lately)
        self.groups.append(group)
        while self.groups and all(p.read() for p in self.groups[0]):
            self.next()

    def finish(self) -> None:
        while self.groups:
            self.next()

    def next(self) -> None:
        """Sort out the first group (waiting for its files to be read)."""
        group = self.groups.popleft()
        for p in group:
            p.take_read()
        digests = [p.digest for p in group if p.digest]
        done = self.known(digests) if self.known is not None and digests else set()
        self.stored_lately = bool(done)
        to_detect: list[_Pending] = []
        for p in group:
            p.sorted = True
            if not isinstance(p.item, Article):
                continue
            if p.digest in done:
                p.item = Stored(p.item)
            elif p.outcome is not None:
                continue  # detected by the worker that read it
            elif len(p.item.text) > WINDOW_CHARS:
                p.item = Prepared(p.item, p.digest, detect_in_windows(p.item, self.detector, self.on_problem))
            else:
                to_detect.append(p)
        self.workers.detect(to_detect)


@dataclass(slots=True)
class _Pending:
    """An item on its way: a file being read, an article whose detection runs (in ``task``) or ran, or ready."""

    item: Article | Entry | Prepared | Stored | Problem
    digest: str = ""
    outcome: Detected | None = None
    reading: Future[list[Read]] | None = None  # the worker's task reading the file
    task: Future[list[Detected]] | None = None  # the worker's task detecting the article
    index: int = 0  # this item's place in its task's result
    sorted: bool = False  # known to be stored already or not, and handed to the detector if not
    chars: int = 0  # the article's length (a file's size until it is read)

    def read(self) -> bool:
        """Whether the item is here to be sorted out (its file read)."""
        return not isinstance(self.item, Entry) or self.reading is None or self.reading.done()

    def take_read(self) -> None:
        """The read item in place of its file (read here if no worker reads it), and its article's hash."""
        if isinstance(self.item, Entry):
            if self.reading is None:
                self.item = read_one(self.item)
            else:
                self.item, self.digest, self.outcome = self.reading.result()[self.index]
                self.reading = None
        if isinstance(self.item, Article) and not self.digest:
            self.digest = content_hash(self.item.text)

    def ready(self) -> bool:
        return self.task is None or self.task.done()

    def result(self) -> Prepared | Stored | Problem:
        item = self.item
        if not isinstance(item, Article):
            assert not isinstance(item, Entry)
            return item
        outcome = self.task.result()[self.index] if self.task is not None else self.outcome
        assert outcome is not None
        rows, failure = outcome
        if rows is None:
            return detector_failed(item, failure or "unknown")
        return Prepared(item, self.digest, Rows(rows))


# Added to a worker's nice value: the one writer, which everything waits for, comes first. With two workers
# beside it on two cores, at this weight (526 against 1024) the writer gets about a whole core when it needs
# one, and the workers whatever it leaves; under other programs' load the workers get about half a share.
WORKER_NICENESS = 3


def _worker_start() -> None:
    """Workers leave Ctrl-C to the main process, which stops them once the current batch is stored. They run
    at a lower priority than the writer: with as many workers as cores, the writer would otherwise get only
    its share of a core although everything waits for it, while the workers can use whatever it leaves."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError):  # not allowed here: the workers run as they are
        os.nice(WORKER_NICENESS)


class _Workers:
    """Detection in worker processes once the work pays for starting them; in this process until then."""

    START_ARTICLES = 32  # articles seen before workers start (starting them takes a good part of a second)
    START_CHARS = 256 * 1024
    TASK_ARTICLES = 16  # articles sent to a worker at once
    TASK_CHARS = 256 * 1024
    FLIGHT_ARTICLES = 256  # per worker: more than the writer takes in one batch (see _FLIGHT_CHARS)

    def __init__(self, jobs: int, detector: Detector) -> None:
        self.jobs = max(1, jobs)
        self.detector = detector
        self.queue = self.jobs * self.FLIGHT_ARTICLES  # articles in flight, bounding memory; the order is kept
        self._pool: ProcessPoolExecutor | None = None
        self._seen_articles = self._seen_chars = 0

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def read(self, group: list[_Pending], *, detect_too: bool) -> None:
        """Have the group's files read (and with ``detect_too`` their articles detected) by the workers, in tasks
        of a few, once there is enough work to start them; until then each is read when it is sorted out."""
        self._seen_articles += sum(1 for p in group if not isinstance(p.item, Problem))
        self._seen_chars += sum(_chars(p.item) for p in group if isinstance(p.item, Article | Entry))
        worth = self._seen_articles >= self.START_ARTICLES or self._seen_chars >= self.START_CHARS
        if self._pool is None and self.jobs > 1 and worth:
            self._pool = _start_pool(self.jobs)
        if self._pool is None:
            return
        files = [(p, p.item) for p in group if isinstance(p.item, Entry)]
        detector = self.detector if detect_too else None
        for part in self._tasks(files, [entry.size for _, entry in files]):
            future = self._pool.submit(read_many, [entry for _, entry in part], detector)
            for index, (p, _) in enumerate(part):
                p.reading, p.index = future, index

    def detect(self, articles: list[_Pending]) -> None:
        """Detect these articles: here, or in tasks of a few for the workers."""
        texts = [(p, p.item.text) for p in articles if isinstance(p.item, Article)]
        if self._pool is None:
            for (p, _), outcome in zip(texts, detect_many([t for _, t in texts], self.detector), strict=True):
                p.outcome = outcome
            return
        for part in self._tasks(texts, [len(t) for _, t in texts]):
            future = self._pool.submit(detect_many, [t for _, t in part], self.detector)
            for index, (p, _) in enumerate(part):
                p.task, p.index = future, index

    def _tasks(self, items: list[_T], sizes: list[int]) -> Iterator[list[_T]]:
        """The items in runs of at most TASK_ARTICLES, or fewer that reach TASK_CHARS."""
        start = chars = 0
        for end, size in enumerate(sizes, start=1):
            chars += size
            if end - start >= self.TASK_ARTICLES or chars >= self.TASK_CHARS or end == len(sizes):
                yield items[start:end]
                start, chars = end, 0


def _start_pool(jobs: int) -> ProcessPoolExecutor:
    """Workers that have loaded the detector once (quotetool.processes)."""
    return start_pool(jobs, ["quotetool.workers", "quotetool.detect.detector"], _worker_start)


def _groups(items: Iterable[Article | Problem | Entry]) -> Iterator[list[Article | Problem | Entry]]:
    """Items in groups of a few dozen articles (fewer when they are long)."""
    group: list[Article | Problem | Entry] = []
    chars = 0
    for item in items:
        group.append(item)
        chars += _chars(item)
        if len(group) >= _LOOKUP_ARTICLES or chars >= _LOOKUP_CHARS:
            yield group
            group, chars = [], 0
    if group:
        yield group


class _ReadAhead:
    """The items of an iterable, taken from it by a thread a few dozen (and a few MB of text) ahead: reading
    the files, which waits for the disk without holding the interpreter, goes on while this process stores
    and feeds the workers. An exception in the thread is raised here, where the item would have come."""

    def __init__(self, items: Iterable[Article | Problem | Entry]) -> None:
        self._items = items
        self._ready: deque[Article | Problem | Entry] = deque()
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

    def __iter__(self) -> Iterator[Article | Problem | Entry]:
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


def _chars(item: Article | Problem | Entry) -> int:
    """The length of an article, or of a file not read yet its size in bytes."""
    if isinstance(item, Article):
        return len(item.text)
    return item.size if isinstance(item, Entry) else 0
