"""How far to trust each rule: its precision measured on annotated German news, rounded.

The figures are what the UI sorts and colours by; they are not probabilities of one proposal.
A proposal whose speaker could not be resolved is trusted less.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import Final

from quotetool.detect.proposal import Kind
from quotetool.detect.rules import RULES

# Share of the rule's proposals that an editor can accept as they are (quote and speaker right), by rule name:
# each registered rule's precision (quotetool.detect.rules, which says how it was measured).
RULE_PRECISION: Final = MappingProxyType({name: r.precision for name, r in RULES.items()})
_DEFAULT: Final = 0.5
_NO_SPEAKER_FACTOR: Final = 0.8


@lru_cache(maxsize=256)  # a few dozen rules, asked once per proposal
def confidence_of(rule: str, kind: Kind, has_speaker: bool) -> float:
    c = RULE_PRECISION.get(rule, _DEFAULT)
    if not has_speaker:
        c *= _NO_SPEAKER_FACTOR
    return round(c, 2)
