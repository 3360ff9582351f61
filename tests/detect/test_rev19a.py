"""Review round 19 (rev19a): must-fire and must-not-fire cases for mends in indirect, cues and intro."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- a verb form after the cue's comma that is no finite past: the complement opens with it --------------------------


def test_an_infinitive_in_ten_after_the_comma_opens_the_complement() -> None:
    for text, phrase, speaker in (
        ("Der Sprecher der Firma bat darum, antworten zu dürfen.", "antworten zu dürfen", "Sprecher der Firma"),
        ("Die Ministerin kündigte an, berichten zu lassen, wie es weitergeht.", "berichten zu lassen", "Ministerin"),
        ("Der Trainer versprach, halten zu wollen, was er zugesagt habe.", "halten zu wollen", "Trainer"),
    ):
        p = find(text, phrase)
        assert (p.rule, p.speaker) == ("infinitive-clause", speaker), text


def test_a_fronted_participle_after_the_comma_opens_the_complement() -> None:
    text = "Die Polizei bestätigte, gehalten worden sei der Verdächtige nicht."
    p = find(text, "worden sei")
    assert (p.rule, p.speaker) == ("subjunctive-clause", "Polizei")


def test_a_weak_past_after_the_comma_stays_the_second_predicate() -> None:
    for text in (
        "Der Minister lobte den Plan, kritisierte aber die Kosten.",
        "Die Sprecherinnen bestätigten den Termin, nannten aber keine Gäste.",
    ):
        assert detect(text) == [], text


# -- "Diese … Worte stammen von X": the hedge before "von" in any spelling ---------------------------------------------


def test_the_origin_hedge_in_the_spelling_without_umlauts() -> None:
    text = "„Geduld bringt Rosen.“ Dieser Satz stammt urspruenglich vom Gärtner Paul Wendel."
    assert find(text, "Geduld").speaker == "Paul Wendel"


def test_words_ascribed_to_an_era_or_to_common_talk_have_no_speaker() -> None:
    for text in (
        "„Wer rastet, der rostet.“ Diese oft dem Mittelalter zugeschriebene Weisheit gilt bis heute.",
        "„Wer rastet, der rostet.“ Diese dem Volksmund zugeschriebene Weisheit gilt bis heute.",
    ):
        assert find(text, "rastet").speaker is None, text
