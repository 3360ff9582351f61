"""The quote detector: pure functions from German text to quote proposals (no I/O, no storage, no UI).

``detect(text)`` returns ``Proposal`` objects ordered by start, never overlapping. The pipeline
(detector.py) pairs quotation marks (marks.py), splits sentences without breaking quotations
(sentences.py), skips sentences without a quotation, cue or subjunctive, and runs the rules on the
rest: direct quotes (direct.py), indirect and mixed speech after cues (indirect.py) and in frames such
as "laut X", "nach Angaben von X", "wie X sagte" (frames.py), with shared span helpers (spans.py) and
the Konjunktiv test (mood.py), non-speech quotations (nonspeech.py). Speaker phrases are chunked in
speakers.py (tokens.py, cues.py, context.py help) and resolved to canonical names per document in
coref.py; names.py folds names into grouping keys.
Word lists live in lexicon/*.txt, loaded once by quotetool.detect.lexicon. ``DETECTOR_VERSION``
changes whenever the rules change, so stored proposals can be traced to the detector that made them.
The code is written for mypyc (hatch_build.py compiles it for a wheel): module-level constants are
``Final`` (C statics, not a dictionary lookup per use), and hot loops are plain loops or generator
expressions rather than ``map``/``attrgetter``/bound methods, which compile to native code.
"""

from typing import TYPE_CHECKING

from quotetool.detect.names import fold, name_key
from quotetool.detect.proposal import Kind, Proposal

if TYPE_CHECKING:
    from quotetool.detect.learned import LearnedLexicon

DETECTOR_VERSION = "17"


def detect(text: str, learned: "LearnedLexicon | None" = None) -> list[Proposal]:
    """Quote proposals for one article, ordered by start offset; spans never overlap.

    ``learned`` (a ``quotetool.detect.learned.LearnedLexicon``) adds entries learned from editors'
    decisions; proposals they make or change name them in ``Proposal.learned``."""
    # The rules and lexicons load on first use: the review UI starts without them.
    from quotetool.detect.detector import detect as run_rules

    return run_rules(text, learned)


def build() -> str:
    """How the rules run here: "compiled (mypyc)" when installed from a wheel, else "pure Python"."""
    from importlib.machinery import ExtensionFileLoader

    from quotetool.detect import detector, speakers

    compiled = [isinstance(m.__loader__, ExtensionFileLoader) for m in (detector, speakers)]
    return "compiled (mypyc)" if all(compiled) else "pure Python" if not any(compiled) else "partly compiled"


__all__ = ["DETECTOR_VERSION", "Kind", "Proposal", "build", "detect", "fold", "name_key"]
