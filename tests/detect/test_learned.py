"""Learned entries (issue 14 item 3): each kind changes a sentence of our own as expected and names itself;
without them, or with an empty lexicon, the output is exactly the built-in rules'."""

from __future__ import annotations

import threading

import pytest

from quotetool.detect import Proposal, detect
from quotetool.detect.learned import LearnedLexicon, normal_phrase
from tests.detect.regen_golden import articles


def _one(text: str, learned: LearnedLexicon | None, phrase: str) -> Proposal:
    props = [p for p in detect(text, learned) if phrase in p.quote]
    assert len(props) == 1, [(p.rule, p.quote) for p in detect(text, learned)]
    return props[0]


def test_learned_speech_verb_lemma_makes_a_cue() -> None:
    text = "Die Kasse sei leer, polterte der Kämmerer Jens Hollmann am Montag im Stadtrat."
    before = _one(text, None, "Die Kasse sei leer")
    assert before.speaker is None and before.learned is None
    after = _one(text, LearnedLexicon.of(speech_verbs=["poltern"]), "Die Kasse sei leer")
    assert after.quote == "Die Kasse sei leer"
    assert after.speaker == "Jens Hollmann" and after.cue == "polterte"
    assert after.learned == "speech-verb:poltern"
    assert after.to_dict()["learned"] == "speech-verb:poltern"


def test_learned_speech_verb_form_and_umlaut_free_spelling() -> None:
    direct = "Jens Hollmann frotzelte: „Wir sind so gut wie pleite.“"
    p = _one(direct, LearnedLexicon.of(speech_verbs=["frotzelte"]), "pleite")
    assert (p.speaker, p.rule, p.learned) == ("Jens Hollmann", "direct-cue-before", "speech-verb:frotzelte")
    # a lemma with an umlaut is read in agency spelling too
    plain = "Der Kaemmerer Jens Hollmann knoetterte, die Kasse sei leer."
    assert _one(plain, None, "Kasse").cue is None
    p = _one(plain, LearnedLexicon.of(speech_verbs=["knöttern"]), "Kasse")
    assert (p.quote, p.speaker, p.cue, p.learned) == (
        "die Kasse sei leer",
        "Jens Hollmann",
        "knoetterte",
        "speech-verb:knöttern",
    )


def test_learned_particle_verb_needs_its_particle() -> None:
    lex = LearnedLexicon.of(speech_verbs=["heraus|posaunen"])
    p = _one("Die Vorsitzende Ute Brandl posaunte heraus, der Verein steige auf.", lex, "steige auf")
    assert (p.speaker, p.learned) == ("Ute Brandl", "speech-verb:heraus|posaunen")


def test_learned_frame_word_frames_a_statement() -> None:
    text = "Nach Schilderung des Hausmeisters brach das Feuer im Heizungskeller aus."
    assert detect(text) == []
    p = _one(text, LearnedLexicon.of(frame_words=["schilderung"]), "Feuer")
    assert p.rule == "nach-frame" and p.learned == "frame-word:schilderung"
    assert "Hausmeister" in (p.speaker or "")


def test_learned_role_noun_makes_the_subject_a_speaker() -> None:
    text = "Der Platzwart ist verärgert. Der Rasen sei nach dem Regen nicht bespielbar."
    before = _one(text, None, "Rasen")
    assert before.speaker is None
    after = _one(text, LearnedLexicon.of(role_nouns=["platzwart"]), "Rasen")
    assert after.speaker_mention == "Der Platzwart"
    assert after.rule == "subjunctive-continuation-topic"
    assert after.learned == "role-noun:platzwart"


def test_rejected_quote_is_never_proposed() -> None:
    text = "Der Trainer sagte, man spiele auf Sieg.\n\n„Nie mehr zweite Liga!“"
    assert any(p.quote == "Nie mehr zweite Liga!" for p in detect(text))
    got = detect(text, LearnedLexicon.of(rejected_quotes=["  nie mehr   Zweite Liga "]))
    assert [p.quote for p in got] == ["man spiele auf Sieg"]


def test_alias_renames_the_speaker_and_its_continuations() -> None:
    text = "Rehm sagte, der Rasen sei nicht bespielbar. Das Spiel müsse verlegt werden."
    lex = LearnedLexicon.of(aliases={"Rehm": "Kurt Rehm"})
    got = detect(text, lex)
    assert [(p.speaker, p.learned) for p in got] == [("Kurt Rehm", "alias:Rehm"), ("Kurt Rehm", "alias:Rehm")]
    assert [p.speaker for p in detect(text)] == ["Rehm", "Rehm"]


def test_several_entries_are_named_together() -> None:
    text = "Rehm polterte, der Rasen sei nicht bespielbar."
    lex = LearnedLexicon.of(speech_verbs=["poltern"], aliases={"Rehm": "Kurt Rehm"})
    p = _one(text, lex, "Rasen")
    assert p.speaker == "Kurt Rehm"
    assert p.learned == "speech-verb:poltern, alias:Rehm"


def test_learned_entries_never_change_built_in_cues() -> None:
    """A learned form the built-in lists know already ("sagte") names nothing: the built-in rule made it."""
    text = "Jens Hollmann sagte, die Kasse sei leer."
    p = _one(text, LearnedLexicon.of(speech_verbs=["sagen", "sagte"], role_nouns=["minister"]), "Kasse")
    assert p.learned is None and p == _one(text, None, "Kasse")


@pytest.mark.parametrize("lex", [None, LearnedLexicon(), LearnedLexicon.of(speech_verbs=["frotzeln"])])
def test_without_matching_entries_output_is_the_built_in_one(lex: LearnedLexicon | None) -> None:
    for path in articles():
        text = path.read_text(encoding="utf-8")
        got = detect(text, lex)
        assert got == detect(text)
        assert all("learned" not in p.to_dict() for p in got)


def test_lexicon_is_frozen_hashable_and_normalised() -> None:
    a = LearnedLexicon.of(speech_verbs=[" Poltern "], aliases={"Rehm": "Kurt  Rehm"}, rejected_quotes=["„Ja!“"])
    b = LearnedLexicon.of(speech_verbs=["poltern"], aliases=[("Rehm", "Kurt Rehm")], rejected_quotes=["ja"])
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    with pytest.raises(AttributeError):
        a.speech_verbs = frozenset()  # type: ignore[misc]
    assert a.entries() == ["speech-verb:poltern", "rejected-quote:ja", "alias:Rehm"]
    assert normal_phrase("„Nie  mehr Zweite Liga!“") == "nie mehr zweite liga"


def test_learned_entries_stay_in_their_own_call() -> None:
    """A call with entries leaves none behind for the next call, nor for another thread running meanwhile."""
    text = "Nach Schilderung des Hausmeisters brach das Feuer im Heizungskeller aus."
    lex = LearnedLexicon.of(frame_words=["schilderung"])
    assert detect(text, lex) and detect(text) == []
    seen: list[int] = []
    worker = threading.Thread(target=lambda: seen.append(len(detect(text))))
    worker.start()
    worker.join()
    assert seen == [0]
