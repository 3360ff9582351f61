"""The rule registry (issue 14 item 4): one example sentence of our own per rule, each proposing that rule;
every rule the detector emits is registered; the registry's fields are what the pipeline acts on."""

from __future__ import annotations

import pytest

from quotetool.detect import detect
from quotetool.detect.candidate import Candidate
from quotetool.detect.confidence import RULE_PRECISION, confidence_of
from quotetool.detect.proposal import Kind
from quotetool.detect.rules import (
    PRIORITY_CUE,
    PRIORITY_DIRECT_CUE,
    RESUMED_VARIANT,
    RULES,
    SUBJUNCTIVE_CLAUSE,
    TOPIC_VARIANT,
    choose,
    rule,
)
from tests.detect.regen_golden import articles

_SAID = "Anna Weber sagte, die Brücke werde neu gebaut."
_LONG = "„Wir müssen jetzt endlich mit dem Neubau beginnen, sonst ist es für uns alle zu spät.“"

# (rule, a text of our own, the rule's proposal is the last one of the text)
EXAMPLES: list[tuple[str, str]] = [
    ("direct-cue-after", "„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Weber."),
    ("direct-so", "„Wir bauen die Brücke neu“, so Bürgermeisterin Anna Weber."),
    ("direct-wie", "„Wir bauen die Brücke neu“, wie Bürgermeisterin Anna Weber betonte."),
    ("direct-split", "„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Weber, „aber erst im Herbst.“"),
    ("direct-cue-before", "Bürgermeisterin Anna Weber sagte: „Wir bauen die Brücke neu.“"),
    ("direct-colon-speaker", "Der Bau verzögert sich, und die Bürgermeisterin Anna Weber: „Wir bauen neu.“"),
    ("direct-colon-subject", "Anna Weber zieht eine klare Bilanz: „Wir bauen die Brücke neu.“"),
    ("direct-colon-nextline", "Bürgermeisterin Anna Weber sagte:\n\n„Wir bauen die Brücke neu.“"),
    ("direct-bracketed", "Auch der Stadtrat Jan Roth („Wir haben lange genug gewartet.“) äußerte sich zum Plan."),
    (
        "interview-answer",
        "Ein Gespräch mit der Stadtplanerin Anna Weber.\n\nFrage: Wann kommt die Brücke?\n\n"
        "Weber: Im Herbst. Wir bauen sie neu.",
    ),
    ("direct-in-clause", "Die Sprecherin nannte das Ergebnis einen „Erfolg für alle Beteiligten in der Stadt“."),
    ("direct-after-noun", "Die Demonstranten zogen mit Parolen wie „Die Brücke gehört uns“ durch die Stadt."),
    ("mixed-phrase", "Die Ministerin sprach von der Notwendigkeit eines „Neuanfangs“ in der Partei."),
    ("direct-continuation", "Die Brücke ist marode.\n\n" + _LONG),
    ("direct-continuation-resumed", _SAID + " Das Wetter ist gut.\n\n" + _LONG),
    ("direct-unattributed", "Der Vorwurf „Wir wurden von der Stadt im Stich gelassen“ wiegt schwer."),
    (
        "direct-unattributed-resumed",
        _SAID + " Der Stadtrat tagt. Der Vorwurf „Wir wurden von der Stadt im Stich gelassen“ wiegt schwer.",
    ),
    ("dass-clause", "Bürgermeisterin Anna Weber sagte, dass die Brücke neu gebaut werde."),
    ("subjunctive-clause", _SAID),
    ("cue-after", "Die Brücke werde neu gebaut, sagte Bürgermeisterin Anna Weber."),
    ("demonstrative-cue", "Die Brücke wird neu gebaut. Das sagte Bürgermeisterin Anna Weber am Montag."),
    ("v2-clause", "Bürgermeisterin Anna Weber berichtete, die Brücke wird neu gebaut."),
    ("colon-clause", "Bürgermeisterin Anna Weber hat entschieden: Die Brücke wird neu gebaut."),
    ("infinitive-clause", "Bürgermeisterin Anna Weber kündigte an, die Brücke neu zu bauen."),
    ("konjunktiv-dass", "Anna Weber beruft sich darauf, dass die Brücke nicht zu retten sei."),
    ("colon-intro", "Kritik kommt vom Personalrat: Die Pläne seien nicht abgestimmt."),
    ("demand-phrase", "Die Forderung der Anwohner nach einer neuen Brücke stieß im Rathaus auf Ablehnung."),
    ("impersonal-clause", "Es wird vermutet, dass die Brücke schon lange marode ist."),
    ("laut", "Laut Bürgermeisterin Anna Weber wird die Brücke neu gebaut."),
    ("gemäß", "Gemäß dem Gutachten der Stadt wird die Brücke neu gebaut."),
    ("zufolge", "Der Bürgermeisterin Anna Weber zufolge wird die Brücke neu gebaut."),
    ("nach-frame", "Nach Angaben der Stadtverwaltung wird die Brücke neu gebaut."),
    ("possessive-frame", "Ihrer Ansicht nach wird die Brücke neu gebaut."),
    ("wie-frame", "Wie Bürgermeisterin Anna Weber mitteilte, wird die Brücke neu gebaut."),
    ("so-frame", "Die Brücke wird neu gebaut, so Bürgermeisterin Anna Weber."),
    ("aus-sicht", "Aus Sicht der Stadtverwaltung muss die Brücke neu gebaut werden."),
    ("demnach", _SAID + " Demnach soll der Neubau im Herbst beginnen."),
    ("demnach-topic", "Der Stadtrat hat einen Bericht vorgelegt. Demnach wird die Brücke neu gebaut."),
    ("demnach-resumed", _SAID + " Es regnet.\n\nDemnach wird die Brücke neu gebaut."),
    ("demnach-unattributed", "Die Zahlen wurden korrigiert. Demnach sind bei dem Unglück acht Menschen gestorben."),
    ("subjunctive-continuation", _SAID + " Der Neubau koste zwölf Millionen Euro."),
    ("subjunctive-continuation-topic", "Die Bürgermeisterin ist verärgert. Die Brücke sei seit Jahren marode."),
    ("subjunctive-continuation-resumed", _SAID + " Es regnet. Die Kosten seien gestiegen."),
    ("conditional-continuation", _SAID + " Ohne Neubau würde der Verkehr zusammenbrechen."),
    ("hearsay-continuation", _SAID + " Der Bauherr soll den Auftrag ohne Ausschreibung vergeben haben."),
    ("subjunctive-subordinate", "Die Anwohner legten Widerspruch gegen den Bau ein, weil der Lärm zu laut sei."),
    ("subjunctive-unattributed", "Die Brücke sei seit Jahren marode."),
    ("named-after", "Die Brücke sei seit Jahren marode. So äußerte sich Bürgermeisterin Anna Weber am Montag."),
    ("direct-named-after", _LONG + " Das sagte Bürgermeisterin Anna Weber am Montag."),
    ("direct-joined", "Anna Weber versprach: „Wir bauen die Brücke neu.“ und „Niemand muss mehr mit dem Auto fahren.“"),
]
# registered, but no text reaches them today: a conditional continuation is only read right after a statement
# (so it never takes a topic or a resumed speaker), and the line before a quotation names its speaker whenever
# it has a cue
NOT_REACHED: frozenset[str] = frozenset(
    {
        "conditional-continuation-topic",
        "conditional-continuation-resumed",
        "hearsay-continuation-topic",
        "hearsay-continuation-resumed",
        "direct-colon-nextline-resumed",
    }
)


@pytest.mark.parametrize(("name", "text"), EXAMPLES, ids=[n for n, _ in EXAMPLES])
def test_each_rule_has_an_example_that_proposes_it(name: str, text: str) -> None:
    props = detect(text)
    assert props and props[-1].rule == name, [(p.rule, p.quote) for p in props]
    assert props[-1].confidence == confidence_of(name, props[-1].kind, props[-1].speaker is not None)


def test_the_examples_cover_the_registry() -> None:
    assert {n for n, _ in EXAMPLES} | NOT_REACHED == set(RULES)
    assert len(EXAMPLES) == len({n for n, _ in EXAMPLES})


def test_every_emitted_rule_is_registered() -> None:
    emitted = {p.rule for _, text in EXAMPLES for p in detect(text)}
    for path in articles():
        emitted |= {p.rule for p in detect(path.read_text(encoding="utf-8"))}
    assert emitted <= set(RULES), emitted - set(RULES)
    assert set(RULE_PRECISION) == set(RULES)


def test_variants_are_registered_rules_with_their_base_flags() -> None:
    for base, variant in [*TOPIC_VARIANT.items(), *RESUMED_VARIANT.items()]:
        assert variant.name.startswith(base + "-") and RULES[variant.name] is variant
        b = RULES[base]
        assert (variant.kind, variant.priority, variant.needs_speaker, variant.inherits) == (
            b.kind,
            b.priority,
            b.needs_speaker,
            b.inherits,
        )
    assert not any(r.kind == "direct" for r in TOPIC_VARIANT.values())
    with pytest.raises(KeyError):
        rule("no-such-rule")


def test_registry_fields_hold_what_the_pipeline_asks() -> None:
    assert {r.name for r in RULES.values() if r.frame} == {
        "laut",
        "gemäß",
        "zufolge",
        "nach-frame",
        "possessive-frame",
        "wie-frame",
        "so-frame",
        "aus-sicht",
    }
    assert {r.name for r in RULES.values() if r.needs_speaker and not r.name.endswith(("-topic", "-resumed"))} == {
        "subjunctive-continuation",
        "conditional-continuation",
        "hearsay-continuation",
        "demnach",
        "demand-phrase",
    }
    assert RULES["subjunctive-continuation"].unattributed == "subjunctive-unattributed"
    assert RULES["demnach"].unattributed == "demnach-unattributed"
    assert RULES["subjunctive-unattributed"].kind == RULES["impersonal-clause"].kind == "unsourced"
    assert all(0 < r.precision <= 0.95 for r in RULES.values())


def _cand(start: int, end: int, kind: Kind, name: str, priority: int = -1) -> Candidate:
    r = RULES[name]
    return Candidate(start, end, kind, r, priority=r.priority if priority < 0 else priority)


def test_overlap_policy_clause_absorbs_a_quotation_it_carries() -> None:
    clause = _cand(0, 60, Kind.MIXED, "dass-clause")
    fragment = _cand(20, 40, Kind.DIRECT, "direct-in-clause")
    assert choose([clause, fragment]) == [clause]


def test_overlap_policy_quotation_with_a_cue_beats_a_clause_that_is_little_more() -> None:
    clause = _cand(10, 52, Kind.MIXED, "subjunctive-clause")
    quotation = _cand(11, 50, Kind.DIRECT, "direct-cue-after")
    assert quotation.priority == PRIORITY_DIRECT_CUE > SUBJUNCTIVE_CLAUSE.priority == PRIORITY_CUE
    assert choose([clause, quotation]) == [quotation]


def test_overlap_policy_takes_higher_priority_then_text_order() -> None:
    frame = _cand(0, 30, Kind.INDIRECT, "nach-frame")
    cue = _cand(20, 50, Kind.INDIRECT, "dass-clause")
    later = _cand(60, 80, Kind.INDIRECT, "subjunctive-continuation")
    assert choose([later, frame, cue]) == [cue, later]
