"""The detector as a database has tuned it: its learned entries and learned rule confidences."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quotetool.detect import Proposal, detect
from quotetool.store import Database
from quotetool.store.learning import detector_setup
from quotetool.workers import LearnedDetector


def learned_detector(db: Database) -> Callable[[str], Sequence[Proposal]]:
    """``detect`` with ``db``'s live learned entries and confidences; the plain detector when it has none.
    Only reads the database. The result is picklable, so import's worker processes run it too."""
    lexicon, confidences = detector_setup(db)
    return LearnedDetector(lexicon, confidences) if lexicon is not None or confidences else detect
