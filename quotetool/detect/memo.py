"""Memos for the word tests the rules ask again and again: plain dictionaries, cleared when full.

Compiled, a dictionary lookup costs a third of a ``functools.lru_cache`` hit (no wrapper call, no
recency bookkeeping); pure Python, both cost the same. Clearing a full memo keeps memory bounded,
as the cache's size limit did.
"""

from __future__ import annotations

from typing import Final, TypeVar

WORD_MEMO: Final = 1 << 16  # entries per memo
V = TypeVar("V")


def remember(memo: dict[str, V], key: str, value: V) -> V:
    """Store ``value`` for ``key`` (emptying a full memo first) and return it."""
    if len(memo) >= WORD_MEMO:
        memo.clear()
    memo[key] = value
    return value
