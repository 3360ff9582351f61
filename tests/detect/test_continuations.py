"""Speakers of continuation sentences (issue 14 item 6)."""

from __future__ import annotations

from quotetool.detect import detect
from tests.detect.detect_helpers import find


def test_demnach_names_its_source_by_the_word_itself() -> None:
    text = "Das Landesamt legte am Montag einen Bericht vor. Demnach ist die Brücke seit Jahren marode."
    p = find(text, "ist die Brücke")
    assert p.speaker is not None and "Landesamt" in p.speaker
    assert p.speaker_mention == "Demnach"
    assert p.mention_start is not None and p.mention_end is not None
    assert text[p.mention_start : p.mention_end] == "Demnach"


def test_a_quantified_group_is_no_topic_speaker() -> None:
    text = "Alle Anwohner mussten ihre Häuser verlassen. Die Brücke sei seit Jahren marode."
    (p,) = detect(text)
    assert p.speaker is None and p.rule == "subjunctive-unattributed"
    # a definite group still is
    text = "Die Anwohner sind verärgert. Die Brücke sei seit Jahren marode."
    (p,) = detect(text)
    assert p.speaker_mention == "Die Anwohner" and p.rule == "subjunctive-continuation-topic"


def test_aus_sicht_frames_a_view_as_its_holders() -> None:
    p = find("Die Klage hat aus Sicht der Verbände keine aufschiebende Wirkung.", "Die Klage")
    assert (p.rule, p.speaker_mention) == ("aus-sicht", "Sicht der Verbände")
    assert len(p.parts) == 2  # the frame in the middle is not part of the statement
    # a possessive names nobody the sentence gives
    assert detect("Aus meiner Sicht ist das falsch.") == []


def test_continuation_takes_the_person_named_after_a_fronted_adverb() -> None:
    # "Ganz" opens the sentence as an adverb; the mayor after the verb is who the next statement is from
    text = (
        "Anna Roth sagte, die Lage sei ernst. Ganz anders sieht das Bürgermeister Peter Lenz. "
        "Es gebe keinen Grund zur Sorge."
    )
    p = find(text, "Es gebe keinen Grund")
    assert p.speaker == "Peter Lenz"


def test_surname_that_is_also_an_adverb_still_speaks() -> None:
    text = "Stark sagte, die Bank sei gut aufgestellt."
    assert find(text, "die Bank sei").speaker == "Stark"


def test_continuation_after_a_fronted_subordinate_clause() -> None:
    text = (
        "Der Wetterdienst warnte am Morgen vor Sturm. Da das Tief nach Osten ziehe, werde es am Abend deutlich kälter."
    )
    p = find(text, "werde es")
    assert p.quote == "Da das Tief nach Osten ziehe, werde es am Abend deutlich kälter"
    assert p.rule == "subjunctive-continuation"
    assert p.speaker == "Wetterdienst"


def test_fronted_subordinate_clause_before_an_indicative_main_clause_continues_nothing() -> None:
    text = (
        "Der Wetterdienst warnte am Morgen vor Sturm. Da das Tief nach Osten ziehe, wird es am Abend deutlich kälter."
    )
    assert all(p.rule != "subjunctive-continuation" for p in detect(text))
