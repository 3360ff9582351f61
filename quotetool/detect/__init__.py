"""The quote detector: pure functions from German text to quote proposals (no I/O, no storage, no UI)."""

from quotetool.detect.names import fold, name_key
from quotetool.detect.proposal import Kind, Proposal

DETECTOR_VERSION = "0"


def detect(text: str) -> list[Proposal]:
    """Quote proposals for one article, ordered by start offset; spans never overlap."""
    return []


__all__ = ["DETECTOR_VERSION", "Kind", "Proposal", "detect", "fold", "name_key"]
