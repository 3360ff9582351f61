"""How far to trust each rule: its precision measured on annotated German news, rounded.

The figures are what the UI sorts and colours by; they are not probabilities of one proposal.
A proposal whose speaker could not be resolved is trusted less.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import Final

from quotetool.detect.proposal import Kind

# Share of the rule's proposals that an editor can accept as they are: the quote lies in an annotated
# quotation of German news and the speaker is the annotated one (a speaker counts as right when its phrase
# in the text is the annotated one: the annotation names some speakers by role, "der Minister", where the
# detector gives the minister's name). Measured on the SpkAtt-2023 training split with detector version 4
# and the project's scorer, rounded to 0.05, capped at 0.95; rules with fewer than ten proposals keep a
# cautious estimate. Re-measure when the rules change.
RULE_PRECISION: Final = MappingProxyType({
    "direct-cue-after": 0.95,
    "direct-so": 0.95,
    "direct-wie": 0.8,
    "direct-split": 0.95,
    "direct-cue-before": 0.9,
    "direct-colon-speaker": 0.85,
    "direct-colon-subject": 0.85,
    "direct-colon-nextline": 0.95,
    "direct-continuation": 0.85,
    "direct-continuation-topic": 0.7,
    "direct-continuation-resumed": 0.7,
    "direct-unattributed": 0.25,  # the quotation is right, the speaker a guess from the context
    "direct-unattributed-resumed": 0.25,
    "direct-bracketed": 0.9,
    "direct-in-clause": 0.8,
    "direct-after-noun": 0.7,
    "dass-clause": 0.85,
    "konjunktiv-dass": 0.55,  # the speaker is the main clause's subject, which is often no speaker
    "impersonal-clause": 0.8,  # no speaker by design: the factor below applies
    "subjunctive-clause": 0.8,
    "subjunctive-subordinate": 0.6,
    "v2-clause": 0.8,
    "colon-clause": 0.8,
    "colon-intro": 0.7,  # new in version 5, not yet measured: a cautious estimate
    "infinitive-clause": 0.8,
    "cue-after": 0.9,
    "laut": 0.9,
    "gemäß": 0.7,
    "zufolge": 0.95,
    "nach-frame": 0.85,
    "possessive-frame": 0.7,
    "wie-frame": 0.9,
    "so-frame": 0.85,
    "demonstrative-cue": 0.85,
    "demnach": 0.7,
    "demnach-topic": 0.5,
    "demnach-resumed": 0.4,
    "subjunctive-continuation": 0.9,
    "subjunctive-continuation-topic": 0.5,  # the speaker is the previous sentence's subject: often right, often not
    "subjunctive-continuation-resumed": 0.5,  # the speaker of a statement two or three sentences back
    "subjunctive-unattributed": 0.85,  # no speaker by design, as impersonal-clause: the quote's precision
    "conditional-continuation": 0.75,
})
_DEFAULT: Final = 0.5
_NO_SPEAKER_FACTOR: Final = 0.8


@lru_cache(maxsize=256)  # a few dozen rules, asked once per proposal
def confidence_of(rule: str, kind: Kind, has_speaker: bool) -> float:
    c = RULE_PRECISION.get(rule, _DEFAULT)
    if not has_speaker:
        c *= _NO_SPEAKER_FACTOR
    return round(c, 2)
