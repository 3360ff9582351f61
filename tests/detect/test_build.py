"""Which detector the tests exercise: the sources, or the wheel's compiled modules (tests/test_compiled_build.py)."""

from __future__ import annotations

import os

from quotetool.detect import build


def test_the_build_under_test_is_the_one_asked_for() -> None:
    # The compiled run sets QUOTETOOL_EXPECT_BUILD, so it cannot silently test the sources instead.
    assert build() in ("pure Python", "compiled (mypyc)")
    expected = os.environ.get("QUOTETOOL_EXPECT_BUILD")
    if expected is not None:
        assert build() == expected
