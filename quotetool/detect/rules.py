"""The detector's rules as data: one registry of what each rule is, and the policy that settles overlaps.

Every candidate carries its ``Rule``; the pipeline asks the rule's fields instead of lists of names, the
confidence of a proposal is its rule's precision, and the continuation variants (``-topic``: the speaker is
the previous sentence's subject; ``-resumed``: the speaker of a statement two or three sentences back) are
registered rules of their own. A name the registry does not know fails at import of the module that uses it.

Priorities are one scale for all rules: when two candidates of a sentence overlap, the higher one wins
(``choose``). A direct quotation with a cue of its own (30) beats any reported reading of the sentence,
a cue and its complement (20) beat a frame (18), a frame beats a fragment in quotation marks (10), and
continuations (5, 4) come last.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

from quotetool.detect.proposal import Kind

if TYPE_CHECKING:
    from quotetool.detect.candidate import Candidate

RuleKind = Literal["direct", "cue", "frame", "continuation", "unsourced"]


class Rule(NamedTuple):
    """What one rule is, apart from the code that finds its candidates."""

    name: str  # as proposals, audits and the evaluation name it
    kind: RuleKind  # direct: a quotation; cue: a speech verb and its complement; frame: "laut X", "wie X sagte";
    # continuation: a sentence that goes on with an earlier statement; unsourced: a claim the text gives nobody
    priority: int  # higher wins when candidates of one sentence overlap
    precision: float  # the prior confidence: the share of its proposals an editor accepts unchanged
    needs_speaker: bool = False  # without a speaker the sentence is no reported speech: not proposed
    frame: bool = False  # names its source by its construction: an abstract source ("die Mitteilung") still speaks
    inherits: bool = False  # takes its speaker from the context, not from a cue of its own
    guessed: bool = False  # a quotation without any cue: a reported reading of its sentence is tried as well
    unattributed: str = ""  # the rule a proposal of this one becomes when no speaker is found ("" : dropped)


PRIORITY_DIRECT_CUE: Final = 30
PRIORITY_CUE: Final = 20
PRIORITY_FRAME: Final = 18
PRIORITY_WEAK_CUE: Final = 17  # a cue whose complement is a main clause (v2-clause, colon-clause)
PRIORITY_WEAKER_CUE: Final = 16  # konjunktiv-dass, infinitive-clause; a frame inside a clause
PRIORITY_FRAGMENT: Final = 10
PRIORITY_DIRECT_CONTINUATION: Final = 5
PRIORITY_CONTINUATION: Final = 4
# a frame inside a clause or in the middle of one ("Die Ursache ist nach Angaben der Polizei unklar") is a
# weaker reading than a frame that opens or closes the sentence
FRAME_INSIDE_CLAUSE: Final = PRIORITY_WEAKER_CUE

# Precisions: measured on the SpkAtt-2023 training split with detector version 4 and the project's scorer
# (a speaker counts as right when its phrase in the text is the annotated one), rounded to 0.05, capped at
# 0.95; rules with fewer than ten proposals keep a cautious estimate. Re-measure when the rules change.
_DIRECT: Final = (
    Rule("direct-cue-after", "direct", PRIORITY_DIRECT_CUE, 0.95),
    Rule("direct-so", "direct", PRIORITY_DIRECT_CUE, 0.95),
    Rule("direct-wie", "direct", PRIORITY_DIRECT_CUE, 0.8),
    Rule("direct-split", "direct", PRIORITY_DIRECT_CUE, 0.95),
    Rule("direct-cue-before", "direct", PRIORITY_DIRECT_CUE, 0.9),
    Rule("direct-colon-speaker", "direct", PRIORITY_DIRECT_CUE, 0.85),
    Rule("direct-colon-subject", "direct", PRIORITY_DIRECT_CUE, 0.85),
    Rule("direct-colon-nextline", "direct", PRIORITY_DIRECT_CUE, 0.95),
    Rule("direct-bracketed", "direct", PRIORITY_DIRECT_CUE, 0.9),
    # an interview's answer: a paragraph after the interviewee's name and a colon ("Otto: Sehr sicher. …"); new
    # in detector version 11, not yet measured: a cautious estimate
    Rule("interview-answer", "direct", PRIORITY_DIRECT_CUE, 0.8),
    Rule("direct-in-clause", "direct", PRIORITY_FRAGMENT, 0.8),
    Rule("direct-after-noun", "direct", PRIORITY_FRAGMENT, 0.7),
    # a quoted phrase inside the phrase a cue reports ("sprach von der Notwendigkeit eines „Neuanfangs“ in der
    # Partei"): the phrase, mixed; new in detector version 8, not yet measured: a cautious estimate
    Rule("mixed-phrase", "direct", PRIORITY_FRAGMENT, 0.6),
    Rule("direct-continuation", "direct", PRIORITY_DIRECT_CONTINUATION, 0.85, inherits=True),
    # the quotation is right, the speaker a guess from the context
    Rule("direct-unattributed", "direct", PRIORITY_DIRECT_CONTINUATION, 0.25, inherits=True, guessed=True),
    # a quotation without a speaker whose speaker the next sentence names ("„…“ Das sagte X am Montag."): new in
    # detector version 6, not yet measured
    Rule("direct-named-after", "direct", PRIORITY_DIRECT_CONTINUATION, 0.7),
    # a quotation joined by "und"/"oder" to the one before it in its sentence, which has a speaker ("X sagte: „…“
    # und „…“"): new in detector version 9, not yet measured: a cautious estimate
    Rule("direct-joined", "direct", PRIORITY_DIRECT_CONTINUATION, 0.8, inherits=True),
)
_REPORTED: Final = (
    Rule("dass-clause", "cue", PRIORITY_CUE, 0.85),
    Rule("subjunctive-clause", "cue", PRIORITY_CUE, 0.8),
    Rule("cue-after", "cue", PRIORITY_CUE, 0.9),
    Rule("demonstrative-cue", "cue", PRIORITY_CUE, 0.85),
    Rule("v2-clause", "cue", PRIORITY_WEAK_CUE, 0.8),
    Rule("colon-clause", "cue", PRIORITY_WEAK_CUE, 0.8),
    Rule("infinitive-clause", "cue", PRIORITY_WEAKER_CUE, 0.8),
    # the speaker is the main clause's subject, which is often no speaker
    Rule("konjunktiv-dass", "cue", PRIORITY_WEAKER_CUE, 0.55),
    Rule("colon-intro", "cue", PRIORITY_CUE, 0.7),  # new in version 5, not yet measured: a cautious estimate
    # what a demand asks for, named after it with "nach" ("die Forderung der Opposition nach Neuwahlen"): the
    # phrase, with the demand's holder; new in recall round 13, not yet measured: a cautious estimate
    Rule("demand-phrase", "cue", PRIORITY_FRAGMENT, 0.6, needs_speaker=True),
    # no speaker by design: the confidence's no-speaker factor applies
    Rule("impersonal-clause", "unsourced", PRIORITY_CUE, 0.8),
    Rule("laut", "frame", PRIORITY_FRAME, 0.9, frame=True),
    Rule("gemäß", "frame", PRIORITY_FRAME, 0.7, frame=True),
    Rule("zufolge", "frame", PRIORITY_FRAME, 0.95, frame=True),
    Rule("nach-frame", "frame", PRIORITY_FRAME, 0.85, frame=True),
    Rule("possessive-frame", "frame", PRIORITY_FRAME, 0.7, frame=True),
    Rule("wie-frame", "frame", PRIORITY_FRAME, 0.9, frame=True),
    Rule("so-frame", "frame", PRIORITY_FRAME, 0.85, frame=True),
    Rule("aus-sicht", "frame", PRIORITY_FRAME, 0.8, frame=True),  # new in version 6, not yet measured
    Rule(
        "demnach",
        "frame",
        PRIORITY_FRAME,
        0.7,
        needs_speaker=True,
        inherits=True,
        unattributed="demnach-unattributed",
    ),
    # "Demnach …" after a sentence that names no source: a report by its adverb, whose source the editor names;
    # new in quality round 3, not yet measured: a cautious estimate
    Rule("demnach-unattributed", "unsourced", PRIORITY_FRAME, 0.6),
    Rule(
        "subjunctive-continuation",
        "continuation",
        PRIORITY_CONTINUATION,
        0.9,
        needs_speaker=True,
        inherits=True,
        unattributed="subjunctive-unattributed",
    ),
    Rule("conditional-continuation", "continuation", PRIORITY_CONTINUATION, 0.75, needs_speaker=True, inherits=True),
    # right after a statement, hearsay ("Er soll gedroht haben") goes on with it; new in detector version 9: the
    # SpkAtt gold leaves hearsay optional, so a cautious estimate
    Rule("hearsay-continuation", "continuation", PRIORITY_CONTINUATION, 0.6, needs_speaker=True, inherits=True),
    Rule("subjunctive-subordinate", "continuation", PRIORITY_CONTINUATION, 0.6),
    # a main clause in the Konjunktiv I with no speaker before it: reported by its grammar; no speaker by design,
    # as impersonal-clause, so this is the quote's precision
    Rule("subjunctive-unattributed", "unsourced", PRIORITY_CONTINUATION, 0.85),
    # a reported statement without a speaker whose speaker the next sentence names ("Die Lage sei ernst. So
    # äußerte sich X."): new in detector version 6, not yet measured
    Rule("named-after", "continuation", PRIORITY_CONTINUATION, 0.7),
)
# Continuations that found no speaker in the sentence before: "-topic" takes the previous sentence's subject
# (reported speech only), "-resumed" the speaker of a statement two or three sentences back. (A conditional
# continuation, like a hearsay one, is only read right after a statement, so its variants do not occur today.) Measured
# precisions; 0.5 where a variant has too few proposals to say.
_VARIANT_PRECISION: Final = MappingProxyType(
    {
        "direct-continuation-resumed": 0.7,
        "direct-unattributed-resumed": 0.25,
        "demnach-topic": 0.5,
        "demnach-resumed": 0.4,
        "subjunctive-continuation-topic": 0.5,  # the previous sentence's subject: often right, often not
        "subjunctive-continuation-resumed": 0.5,
    }
)
_UNMEASURED: Final = 0.5
# rules whose candidates may take their speaker from the context (direct-colon-nextline: when the line before
# the quotation has a cue but names nobody)
_WITH_VARIANTS: Final = (
    "direct-continuation",
    "direct-unattributed",
    "direct-colon-nextline",
    "demnach",
    "subjunctive-continuation",
    "conditional-continuation",
    "hearsay-continuation",
)


def _registry() -> tuple[MappingProxyType, MappingProxyType, MappingProxyType]:
    rules: dict[str, Rule] = {r.name: r for r in (*_DIRECT, *_REPORTED)}
    topic: dict[str, Rule] = {}
    resumed: dict[str, Rule] = {}
    for name in _WITH_VARIANTS:
        base = rules[name]
        for suffix, table in (("-topic", topic), ("-resumed", resumed)):
            if suffix == "-topic" and base.kind == "direct":
                continue  # a quotation's speaker is never guessed from the previous sentence's subject
            variant = base._replace(name=name + suffix, precision=_VARIANT_PRECISION.get(name + suffix, _UNMEASURED))
            table[name] = rules[variant.name] = variant
    return MappingProxyType(rules), MappingProxyType(topic), MappingProxyType(resumed)


_TABLES: Final = _registry()
RULES: Final = _TABLES[0]  # name -> Rule: every rule a proposal can name
TOPIC_VARIANT: Final = _TABLES[1]  # base name -> its "-topic" rule
RESUMED_VARIANT: Final = _TABLES[2]  # base name -> its "-resumed" rule
# the rules by name, for the modules that make their candidates (a name not registered fails here, at import)
DIRECT_CUE_AFTER: Final = RULES["direct-cue-after"]
DIRECT_SO: Final = RULES["direct-so"]
DIRECT_WIE: Final = RULES["direct-wie"]
DIRECT_SPLIT: Final = RULES["direct-split"]
DIRECT_CUE_BEFORE: Final = RULES["direct-cue-before"]
DIRECT_COLON_SPEAKER: Final = RULES["direct-colon-speaker"]
DIRECT_COLON_SUBJECT: Final = RULES["direct-colon-subject"]
DIRECT_COLON_NEXTLINE: Final = RULES["direct-colon-nextline"]
INTERVIEW_ANSWER: Final = RULES["interview-answer"]
DIRECT_BRACKETED: Final = RULES["direct-bracketed"]
DIRECT_IN_CLAUSE: Final = RULES["direct-in-clause"]
DIRECT_AFTER_NOUN: Final = RULES["direct-after-noun"]
MIXED_PHRASE: Final = RULES["mixed-phrase"]
DIRECT_CONTINUATION: Final = RULES["direct-continuation"]
DIRECT_UNATTRIBUTED: Final = RULES["direct-unattributed"]
DIRECT_NAMED_AFTER: Final = RULES["direct-named-after"]
DASS_CLAUSE: Final = RULES["dass-clause"]
SUBJUNCTIVE_CLAUSE: Final = RULES["subjunctive-clause"]
CUE_AFTER: Final = RULES["cue-after"]
DEMONSTRATIVE_CUE: Final = RULES["demonstrative-cue"]
V2_CLAUSE: Final = RULES["v2-clause"]
COLON_CLAUSE: Final = RULES["colon-clause"]
INFINITIVE_CLAUSE: Final = RULES["infinitive-clause"]
KONJUNKTIV_DASS: Final = RULES["konjunktiv-dass"]
COLON_INTRO: Final = RULES["colon-intro"]
DEMAND_PHRASE: Final = RULES["demand-phrase"]
IMPERSONAL_CLAUSE: Final = RULES["impersonal-clause"]
LAUT_FRAME: Final = RULES["laut"]
GEMAESS_FRAME: Final = RULES["gemäß"]
ZUFOLGE_FRAME: Final = RULES["zufolge"]
NACH_FRAME: Final = RULES["nach-frame"]
POSSESSIVE_FRAME: Final = RULES["possessive-frame"]
WIE_FRAME: Final = RULES["wie-frame"]
SO_FRAME: Final = RULES["so-frame"]
AUS_SICHT_FRAME: Final = RULES["aus-sicht"]
DEMNACH_FRAME: Final = RULES["demnach"]
SUBJUNCTIVE_CONTINUATION: Final = RULES["subjunctive-continuation"]
CONDITIONAL_CONTINUATION: Final = RULES["conditional-continuation"]
HEARSAY_CONTINUATION: Final = RULES["hearsay-continuation"]
SUBJUNCTIVE_SUBORDINATE: Final = RULES["subjunctive-subordinate"]
SUBJUNCTIVE_UNATTRIBUTED: Final = RULES["subjunctive-unattributed"]
# what a quotation's part is before it is joined to its statement (never a proposal's rule)
PART: Final = Rule("part", "cue", 0, 0.0)


def rule(name: str) -> Rule:
    """The registered rule of that name (a KeyError names a rule nobody registered)."""
    return RULES[name]


_SLACK: Final = 3  # characters of punctuation and marks around a quotation that do not make a clause
# direct rules whose quotation stays a quotation even when a clause around it is little more than it
_QUOTE_OVER_CLAUSE: Final = frozenset({"direct-cue-before"})


def choose(cands: list[Candidate]) -> list[Candidate]:
    """The overlap policy: which candidates of one sentence are proposed, none overlapping, in text order.

    First a reported clause that carries a direct quotation absorbs it (one mixed statement), unless the
    quotation has a cue of its own and the clause is little more than the quotation; then candidates are
    taken by priority (then position), each only if it overlaps none taken before."""
    if len(cands) <= 1:
        return cands
    drop: set[int] = set()
    for i, a in enumerate(cands):
        if a.kind is Kind.DIRECT:
            continue
        for j, b in enumerate(cands):
            if b.kind is not Kind.DIRECT or j in drop:
                continue
            if a.start <= b.start and b.end <= a.end:
                outside = b.start - a.start > _SLACK or a.end - b.end > _SLACK
                if b.priority < PRIORITY_DIRECT_CUE or outside or b.rule.name in _QUOTE_OVER_CLAUSE:
                    drop.add(j)
                else:
                    drop.add(i)
    rest = [c for i, c in enumerate(cands) if i not in drop]
    rest.sort(key=_by_priority)
    chosen: list[Candidate] = []
    for c in rest:
        if not any(c.overlaps(d) for d in chosen):
            chosen.append(c)
    chosen.sort(key=_by_start)
    return chosen


def _by_priority(c: Candidate) -> tuple[int, int]:
    return (-c.priority, c.start)


def _by_start(c: Candidate) -> int:
    return c.start
