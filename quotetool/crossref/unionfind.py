"""Disjoint sets over hashable ids: which proposals connect which records."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Union by size with path halving; ids are added on first sight."""

    def __init__(self, ids: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {}
        self._size: dict[T, int] = {}
        for i in ids:
            self.add(i)

    def add(self, i: T) -> None:
        if i not in self._parent:
            self._parent[i] = i
            self._size[i] = 1

    def find(self, i: T) -> T:
        self.add(i)
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: T, b: T) -> bool:
        """Join the sets of ``a`` and ``b``; False if they were one set already."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]
        return True

    def groups(self) -> list[list[T]]:
        """Every set with more than one member, members in the order they were added."""
        out: dict[T, list[T]] = {}
        for i in self._parent:
            out.setdefault(self.find(i), []).append(i)
        return [g for g in out.values() if len(g) > 1]
