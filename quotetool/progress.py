"""Progress of long commands on stderr: a bar with articles/s and the time left on a terminal, and a plain
line every few seconds when stderr is a file or a pipe (a log keeps a record, nothing redraws).

Messages (a skipped file, a warning) go through ``say`` so that they appear above the bar, not inside it.
Everything shown is already display-safe text (see quotetool.safe_text); Rich gets it as ``Text``, never markup.
"""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import Any, TextIO

ENV_INTERVAL = "QUOTETOOL_PROGRESS_SECONDS"  # seconds between plain progress lines (default 10)
DEFAULT_INTERVAL = 10.0


def _interval() -> float:
    try:
        return max(0.0, float(os.environ.get(ENV_INTERVAL, DEFAULT_INTERVAL)))
    except ValueError:
        return DEFAULT_INTERVAL


def _megabytes(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


class Progress:
    """How far a command is: ``advance`` after each piece of work, ``say`` for a message line."""

    def __init__(self, verb: str, total: int | None, *, unit: str = "articles", by_items: bool = False,
                 stream: TextIO | None = None) -> None:  # fmt: skip
        """``total``: bytes of input, or with ``by_items`` the number of items; None when not known."""
        self.verb = verb
        self.total = total or None
        self.by_items = by_items
        self.unit = unit
        self.items = 0
        self.bytes = 0
        self._stream = stream or sys.stderr
        self._started = time.monotonic()
        self._interval = _interval()
        self._last_line = self._started
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self._stream.isatty():
            self._start_bar()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

        console = Console(file=self._stream)
        self._bar = Progress(
            TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(), console=console, transient=True,
        )  # fmt: skip
        self._task = self._bar.add_task(self.verb, total=self.total, rate="")
        self._bar.start()

    def set_total(self, total: int | None) -> None:
        """The total, once known (bytes, or with ``by_items`` items); the bar's length follows it."""
        self.total = total or None
        if self._bar is not None:
            self._bar.update(self._task, total=self.total)

    @property
    def done(self) -> int:
        return self.items if self.by_items else self.bytes

    @property
    def fraction(self) -> float | None:
        return min(1.0, self.done / self.total) if self.total else None

    def rate(self) -> float:
        return self.items / max(time.monotonic() - self._started, 1e-9)

    def advance(self, items: int = 0, nbytes: int = 0) -> None:
        self.items += items
        self.bytes += nbytes
        now = time.monotonic()
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done,
                             rate=f"{self.items:,} {self.unit}, {self.rate():,.0f}/s")  # fmt: skip
        elif now - self._last_line >= self._interval:
            self._last_line = now
            print(self.line(), file=self._stream, flush=True)

    def line(self) -> str:
        """The plain progress line: how many, how fast, how far, how long still."""
        elapsed = time.monotonic() - self._started
        text = f"{self.verb}: {self.items:,} {self.unit} in {_duration(elapsed)}, {self.rate():,.0f} {self.unit}/s"
        fraction = self.fraction
        if fraction is None or not self.total:
            return text
        if self.by_items:
            text += f", {fraction:.0%} of {self.total:,}"
        else:
            text += f", {fraction:.0%} of {_megabytes(self.total)} ({self.bytes / max(elapsed, 1e-9) / 1e6:.1f} MB/s)"
        if 0 < fraction < 1:
            text += f", about {_duration(elapsed * (1 - fraction) / fraction)} left"
        return text

    def where(self) -> str:
        """How far the input was read, for a message when the command stops early."""
        fraction = self.fraction
        return f"{fraction:.0%} of the input" if fraction is not None else f"{self.items:,} {self.unit}"

    def say(self, line: str) -> None:
        """A message line for a person (already display-safe)."""
        if self._bar is not None:
            from rich.text import Text

            self._bar.console.print(Text(line), soft_wrap=True)
        else:
            print(line, file=self._stream, flush=True)
