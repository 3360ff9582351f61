"""What a rule proposes before the speaker is resolved: spans in the text plus a speaker phrase."""

from __future__ import annotations

from typing import NamedTuple

from quotetool.detect.proposal import Kind
from quotetool.detect.rules import Rule
from quotetool.detect.speakers import Mention


class Candidate(NamedTuple):
    start: int
    end: int
    kind: Kind
    rule: Rule  # the registered rule that made it (quotetool.detect.rules)
    mention: Mention | None = None  # the speaker phrase, None when the rule inherits or knows none
    inherit: bool = False  # the speaker is the previous statement's (continuation, "demnach")
    cue: tuple[int, int, str] | None = None  # (start, end, text)
    parts: tuple[tuple[int, int], ...] = ()
    plural_verb: bool = False  # the cue verb is plural (sagten): "sie" is then a group
    priority: int = 0  # higher wins when candidates overlap: the rule's, unless the reading is a weaker one

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end
