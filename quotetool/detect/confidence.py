"""How far to trust each rule: its precision measured on annotated German news, rounded.

The figures are what the UI sorts and colours by; they are not probabilities of one proposal.
A proposal whose speaker could not be resolved is trusted less.
"""

from __future__ import annotations

from types import MappingProxyType

from quotetool.detect.proposal import Kind

# Share of the rule's proposals that lie in an annotated quotation of German news articles
# (SpkAtt-2023 training split, detector version 2, project's scorer), rounded to 0.05 and capped
# at 0.95; rules with fewer than ten proposals keep a cautious estimate.
RULE_PRECISION = MappingProxyType({
    "direct-cue-after": 0.95,
    "direct-so": 0.95,
    "direct-wie": 0.8,
    "direct-split": 0.95,
    "direct-cue-before": 0.95,
    "direct-colon-speaker": 0.85,
    "direct-colon-subject": 0.9,
    "direct-colon-nextline": 0.95,
    "direct-continuation": 0.95,
    "direct-continuation-topic": 0.9,
    "direct-continuation-resumed": 0.9,
    "direct-unattributed": 0.9,
    "direct-unattributed-resumed": 0.9,
    "direct-bracketed": 0.9,
    "direct-in-clause": 0.9,
    "direct-after-noun": 0.75,
    "dass-clause": 0.95,
    "impersonal-clause": 0.6,
    "subjunctive-clause": 0.95,
    "v2-clause": 0.85,
    "colon-clause": 0.8,
    "infinitive-clause": 0.95,
    "cue-after": 0.9,
    "laut": 0.95,
    "gemäß": 0.7,
    "zufolge": 0.95,
    "nach-frame": 0.9,
    "possessive-frame": 0.7,
    "wie-frame": 0.95,
    "so-frame": 0.9,
    "demonstrative-cue": 0.9,
    "demnach": 0.9,
    "demnach-topic": 0.8,
    "demnach-resumed": 0.8,
    "subjunctive-continuation": 0.95,
    "subjunctive-continuation-topic": 0.9,
    "subjunctive-continuation-resumed": 0.9,
    "conditional-continuation": 0.9,
})
_DEFAULT = 0.5
_NO_SPEAKER_FACTOR = 0.8


def confidence_of(rule: str, kind: Kind, has_speaker: bool) -> float:
    c = RULE_PRECISION.get(rule, _DEFAULT)
    if not has_speaker:
        c *= _NO_SPEAKER_FACTOR
    return round(c, 2)
