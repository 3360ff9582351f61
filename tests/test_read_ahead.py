"""The import reads its files in a thread a little ahead of the detector workers and the writer: items come
in order, an error while reading comes where its item would have, and the thread never runs far ahead."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from quotetool.ingest import Article, Problem
from quotetool.pipeline import _READ_AHEAD_ARTICLES, _READ_AHEAD_CHARS, _ReadAhead


def _items(n: int) -> list[Article | Problem]:
    return [Problem(f"{i}.txt", "is empty") if i % 7 == 0 else Article(f"Text {i}.", f"{i}.txt") for i in range(n)]


def test_items_come_in_order() -> None:
    items = _items(500)
    with _ReadAhead(items) as ahead:
        assert list(ahead) == items


def test_an_error_while_reading_comes_after_the_items_before_it() -> None:
    def failing() -> Iterator[Article | Problem]:
        yield from _items(3)
        raise OSError("the disk went away")

    got = []
    with _ReadAhead(failing()) as ahead, pytest.raises(OSError, match="went away"):
        for item in ahead:
            got.append(item)
    assert got == _items(3)


@pytest.mark.parametrize("length", [10, _READ_AHEAD_CHARS // 3])
def test_the_thread_stays_a_bounded_number_of_articles_and_characters_ahead(length: int) -> None:
    taken = 0

    def counted() -> Iterator[Article | Problem]:
        nonlocal taken
        for i in range(1000):
            taken += 1
            yield Article("x" * length, f"{i}.txt")

    with _ReadAhead(counted()) as ahead:
        first = next(iter(ahead))
        time.sleep(0.5)  # time for the thread to read as far as it may
        ahead_by = taken - 1
    assert first.origin == "0.txt"
    assert ahead_by <= _READ_AHEAD_ARTICLES
    assert (ahead_by - 1) * length < _READ_AHEAD_CHARS
    assert ahead_by >= 1  # it did read ahead
