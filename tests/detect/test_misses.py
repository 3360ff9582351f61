"""Likely misses: sentences with a sign of speech that no quote covers (quotetool.detect.misses)."""

from __future__ import annotations

from quotetool.detect.misses import likely_misses, sentence_spans, speech_signs

TEXT = (
    "Der Stadtrat tagte am Dienstag im Rathaus.\n"
    "Die Kämmerin sagte, das Geld reiche bis zum Herbst. Danach gab es Kuchen.\n"
    "Die Opposition sei enttäuscht. „Das ist ein Haushalt ohne jeden Mut“, hieß es aus der Fraktion.\n"
    "Das Wetter war schön."
)


def _texts(spans):
    return [TEXT[s:e] for s, e in spans]


def test_sentences_stay_in_their_paragraph_and_keep_quotations_whole():
    found = _texts(sentence_spans(TEXT))
    assert found == [
        "Der Stadtrat tagte am Dienstag im Rathaus.",
        "Die Kämmerin sagte, das Geld reiche bis zum Herbst.",
        "Danach gab es Kuchen.",
        "Die Opposition sei enttäuscht.",
        "„Das ist ein Haushalt ohne jeden Mut“, hieß es aus der Fraktion.",
        "Das Wetter war schön.",
    ]


def test_a_speech_verb_a_konjunktiv_or_a_quotation_makes_a_likely_miss():
    assert _texts(likely_misses(TEXT, [])) == [
        "Die Kämmerin sagte, das Geld reiche bis zum Herbst.",  # speech verb (and Konjunktiv)
        "Die Opposition sei enttäuscht.",  # Konjunktiv I only
        "„Das ist ein Haushalt ohne jeden Mut“, hieß es aus der Fraktion.",  # a quotation
    ]


def test_a_sentence_a_quote_touches_is_no_miss():
    quote = TEXT.index("das Geld")
    covered = [(quote, quote + 10)]
    assert "Die Kämmerin sagte, das Geld reiche bis zum Herbst." not in _texts(likely_misses(TEXT, covered))
    assert len(likely_misses(TEXT, covered)) == 2


def test_a_single_quoted_word_is_no_sign_of_speech():
    text = "Das Projekt „Vielfalt“ beginnt im Mai."
    assert not speech_signs(text, 0, len(text))
    assert likely_misses(text, []) == []


def test_only_the_given_stretch_is_scanned():
    start = TEXT.index("Die Opposition")
    assert _texts(likely_misses(TEXT, [], start, len(TEXT))) == _texts(likely_misses(TEXT, []))[1:]
