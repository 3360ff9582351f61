"""The noun-phrase chunker's stages (speakers.parse_np), each on tokens of a phrase of our own."""

from __future__ import annotations

from quotetool.detect import speakers as sp
from quotetool.detect.marks import pair_quotes, paragraphs
from quotetool.detect.tokens import Tok, tokenize


def _toks(text: str) -> list[Tok]:
    return tokenize(text, 0, len(text), pair_quotes(text, paragraphs(text)))


def _words(toks: list[Tok], a: int, b: int) -> str:
    return " ".join(t.text for t in toks[a:b])


def test_pre_head_reads_determiner_attribute_adjectives_and_age() -> None:
    toks = _toks("der 52-jährige ehemalige Bürgermeister sagte")
    det, j, attribute, mods, age = sp._pre_head(toks, 0, len(toks))
    assert (det, toks[j].text, attribute, age) == ("der", "Bürgermeister", False, 52)
    assert mods == ["52jä", "ehem"]
    toks = _toks("die für die Region zuständige Koordinatorin sagte")
    det, j, attribute, _, _ = sp._pre_head(toks, 0, len(toks))
    assert (det, toks[j].text, attribute) == ("die", "Koordinatorin", True)


def test_capitalised_run_takes_titles_initials_particles_and_parties() -> None:
    for phrase, run in [
        ("Prof. Dr. Anna Roth sagte", "Prof . Dr . Anna Roth"),
        ("George W. Bush sagte", "George W . Bush"),
        ("Ursula von der Leyen sagte", "Ursula von der Leyen"),
        ("Dr. med. Jan Roth sagte", "Dr . med . Jan Roth"),
        ("Ärzte ohne Grenzen warnten", "Ärzte ohne Grenzen"),
        ("CDU / CSU lehnte ab", "CDU / CSU"),
    ]:
        toks = _toks(phrase)
        j, _, quoted = sp._capitalised_run(toks, 0, len(toks), "")
        assert _words(toks, 0, j) == run and not quoted, phrase
    toks = _toks("Prof. Dr. Anna Roth sagte")
    assert sp._capitalised_run(toks, 0, len(toks), "")[1]  # dots: the words are rewritten
    toks = _toks("die Wochenzeitung „Die Zeit“ berichtet")
    assert sp._capitalised_run(toks, 1, len(toks), "die")[1:] == (False, True)


def test_within_name_says_what_continues_a_name() -> None:
    toks = _toks("Anna von Roth und Jan")
    assert sp._within_name(toks, 1, len(toks)) == (2, 0)  # "von" continues it
    assert sp._within_name(toks, 3, len(toks)) == (-1, 0)  # "und" ends it
    toks = _toks("Dr. med. Jan Roth")
    assert sp._within_name(toks, 1, len(toks)) == (2, 1)  # the title's dot does not count as a word


def test_head_words_rewrite_initials_and_quoted_compounds() -> None:
    toks = _toks("George W. Bush sagte")
    caps, j = sp._head_words("George W. Bush sagte", toks, 0, 4, len(toks), True, False)
    assert [c.text for c in caps] == ["George", "W.", "Bush"] and j == 4
    text = "der „Bild“-Chef Kai Roth sagte"
    toks = _toks(text)
    j, dots, quoted = sp._capitalised_run(toks, 1, len(toks), "der")
    assert (j, dots, quoted) == (2, False, True)
    caps, j = sp._head_words(text, toks, 1, j, len(toks), dots, quoted)
    assert [c.text for c in caps] == ["Bild-Chef", "Kai", "Roth"] and toks[j].text == "sagte"


def test_no_phrase_for_a_sentence_adverb_or_a_capitalised_determiner() -> None:
    toks = _toks("Sinngemäß hofft Musk")
    assert sp._no_phrase(toks, 0, -1, "", toks[:1])
    toks = _toks("Ministerin Roth")
    assert not sp._no_phrase(toks, 0, -1, "", toks[:2])


def test_field_genitive_and_seat_after_the_head() -> None:
    text = "das Landesministerium für Verkehr in Kiel teilte mit"
    toks = _toks(text)
    assert sp._field_end(toks, 2, len(toks)) == 4
    m, _ = sp.parse_np(text, toks, 0, len(toks))
    assert m is not None and m.text == "das Landesministerium für Verkehr in Kiel" and m.kind == "org"
    text = "ein Sprecher der Polizei sagte"
    toks = _toks(text)
    head, _ = sp.parse_np(text, toks, 0, 2, nested=True)
    assert head is not None
    gen, j = sp._genitive(text, toks, head, 2, len(toks))
    assert gen is not None and gen.text == "der Polizei" and toks[j].text == "sagte"
    assert sp._genitive(text, toks, head, 4, len(toks)) == (None, 4)


def test_post_head_reads_a_bracketed_age() -> None:
    text = "Markus Venhoff (52) sagte"
    toks = _toks(text)
    m, _ = sp.parse_np(text, toks, 0, 2, nested=True)
    assert m is not None
    post = sp._post_head(text, toks, m, 2, toks[1].end, len(toks), False, None, [])
    assert (post.age, toks[post.j].text, post.gen) == (52, "sagte", None)


def test_relative_clause_comma_inside_a_phrase() -> None:
    toks = _toks("Jan Roth , dessen Amt zuständig ist ,")
    assert sp._relative_clause_comma(toks, 2, len(toks)) == len(toks) - 1
    assert sp._relative_clause_comma(toks, 2, len(toks) - 1) == 2


def test_apposition_merges_role_and_name_either_way() -> None:
    text = "Der Präsident des Städtetags, Markus Venhoff, sagte"
    toks = _toks(text)
    m, j = sp.parse_np(text, toks, 0, len(toks))
    assert m is not None and (m.kind, m.name, m.role) == ("name", "Markus Venhoff", "Präsident des Städtetags")
    assert toks[j].text == "sagte"
    text = "Anna Roth, Sprecherin der Stadt, sagte"
    toks = _toks(text)
    head, _ = sp.parse_np(text, toks, 0, 2, nested=True)
    assert head is not None
    merged = sp._apposition(text, toks, head, 2, len(toks))
    assert merged is not None and merged[0].role == "Sprecherin der Stadt" and toks[merged[1]].text == "sagte"
    assert sp._apposition(text, toks, head, 3, len(toks)) is None  # no comma at 3


def test_place_before_an_apposition() -> None:
    text = "die Delegationsleiterin beim Gipfel, Dana Hollis, sagte"
    toks = _toks(text)
    head, _ = sp.parse_np(text, toks, 0, 2, nested=True)
    assert head is not None
    assert toks[sp._before_apposition(text, toks, head, 2, len(toks))].text == ","
    m, _ = sp.parse_np(text, toks, 0, len(toks))
    assert m is not None and m.name == "Dana Hollis"


def test_mentions_are_built_with_keywords_and_kinds_are_a_closed_set() -> None:
    kinds = set(sp.MentionKind.__args__)  # type: ignore[attr-defined]
    assert kinds == {"name", "role", "org", "source", "frame", "pronoun", "group", "other"}
    for text in [
        "Die Ministerin sagte",
        "Einige sagten",
        "Er sagte",
        "ein Bericht der Kommission zeigt",
        "Angaben der Polizei zufolge",
        "Die Stadt sagte",
        "80 Prozent der Befragten sagten",
    ]:
        toks = _toks(text)
        m, _ = sp.parse_np(text, toks, 0, len(toks) - 1)
        assert m is not None and m.kind in kinds, text
