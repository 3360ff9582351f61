"""A third round of the small steps the detector's long functions were split into, each called alone on a
phrase, a token list or a sentence of our own making."""

from __future__ import annotations

from quotetool.detect import coref as co
from quotetool.detect import cues as cu
from quotetool.detect import detector as dt
from quotetool.detect import direct as di
from quotetool.detect import indirect as ind
from quotetool.detect import intro as it
from quotetool.detect import speakers as sp
from quotetool.detect.candidate import Candidate
from quotetool.detect.context import SentenceView
from quotetool.detect.coref import Registry
from quotetool.detect.cues import Cue, find_cues
from quotetool.detect.marks import pair_quotes, paragraphs
from quotetool.detect.sentences import split_sentences
from quotetool.detect.speakers import Mention
from quotetool.detect.tokens import Tok, tokenize


def _caps(text: str) -> list[Tok]:
    """One token per space-separated word of ``text``, with its offsets."""
    toks: list[Tok] = []
    at = 0
    for word in text.split(" "):
        toks.append(Tok(at, at + len(word), word, word.lower()))
        at += len(word) + 1
    return toks


def _toks(text: str) -> list[Tok]:
    """The tokens of a one-sentence text."""
    return tokenize(text, 0, len(text), pair_quotes(text, paragraphs(text)))


def _view(text: str) -> SentenceView:
    """The view of a one-sentence text."""
    toks = _toks(text)
    return SentenceView(text, 0, len(text), 0, toks, find_cues(toks, None))


def _cue_of(view: SentenceView, word: str) -> Cue:
    """The cue at the first token ``word``."""
    cue = view.cue_at(_at(view.toks, word))
    assert cue is not None
    return cue


def _after_comma(toks: list[Tok]) -> tuple[int, int]:
    """The clause after the first comma: its first token and the index of the closing full stop."""
    return _at(toks, ",") + 1, len(toks) - 1


def _at(toks: list[Tok], word: str) -> int:
    """The index of the first token ``word``."""
    return next(i for i, t in enumerate(toks) if t.text == word)


def _np(text: str, toks: list[Tok], hi: int) -> tuple[Mention, int]:
    """The noun phrase at the start of ``text``, read up to token ``hi``, and the index after it."""
    m, j = sp.parse_np(text, toks, 0, hi, sentence_start=0)
    assert m is not None
    return m, j


# --- speakers._pre_head ---------------------------------------------------------------------------------


def test_determiner_or_owner_reads_an_article_or_a_saxon_genitive() -> None:
    toks = _caps("der neue Bürgermeister")
    assert sp._determiner_or_owner(toks, 0, len(toks)) == ("der", "", 1)
    toks = _caps("Kramers langjähriger Sprecher Ulf Bode")
    assert sp._determiner_or_owner(toks, 0, len(toks)) == ("", sp._stem("Kramers"), 1)
    toks = _caps("Weitere Einzelheiten nannte")
    assert sp._determiner_or_owner(toks, 0, len(toks)) == ("", "", 0)


def test_may_open_extended_attribute_after_the_determiner() -> None:
    toks = _caps("der am Montag gewählte Präsident Ole Brandt")
    assert sp._may_open_extended_attribute(toks, 1, len(toks))
    assert not sp._may_open_extended_attribute(toks, 1, 3)  # no room for a participle and a noun
    toks = _caps("der neue Bürgermeister")
    assert not sp._may_open_extended_attribute(toks, 1, len(toks))


def test_adjectives_before_head_collect_stems_an_age_and_an_adverb_after_a_determiner() -> None:
    toks = _caps("die 52-jährige Lehrerin")
    assert sp._adjectives_before_head(toks, 0, 1, len(toks), True) == (2, [sp._stem("52-jährige")], 52)
    toks = _caps("der sehr erfahrene Richter")
    assert sp._adjectives_before_head(toks, 0, 1, len(toks), True) == (3, ["sehr", sp._stem("erfahrene")], None)
    # a quantifier capitalised first in the sentence is passed over, but is no modifier
    toks = _caps("Weitere Einzelheiten nannte")
    assert sp._adjectives_before_head(toks, 0, 0, len(toks), False) == (1, [], None)


def test_pre_head_joins_the_steps() -> None:
    toks = _caps("der am Montag gewählte Präsident Ole Brandt")
    assert sp._pre_head(toks, 0, len(toks)) == ("der", 4, True, [sp._stem("gewählte")], None)
    toks = _caps("Kramers langjähriger Sprecher Ulf Bode")
    assert sp._pre_head(toks, 0, len(toks)) == ("", 2, False, [sp._stem("Kramers"), sp._stem("langjähriger")], None)


# --- speakers._np_ending_at -----------------------------------------------------------------------------


def test_past_leading_particles_skips_auch_and_einzig() -> None:
    toks = _toks("Auch die Feuerwehr teilte mit.")
    assert sp._past_leading_particles(toks, 0, _at(toks, "teilte")) == 1
    toks = _toks("Die Feuerwehr teilte mit.")
    assert sp._past_leading_particles(toks, 0, _at(toks, "teilte")) == 0


def test_rest_leaves_subject_after_a_particle_but_not_after_an_adverbial() -> None:
    text = "Die Gemeinde hingegen lehnte ab."
    toks = _toks(text)
    v = _at(toks, "lehnte")
    m, j = _np(text, toks, v)
    assert j < v and sp._rest_leaves_subject(toks, m, j, v)
    text = "Die Gemeinde gestern Abend lehnte ab."
    toks = _toks(text)
    v = _at(toks, "lehnte")
    m, j = _np(text, toks, v)
    assert not sp._rest_leaves_subject(toks, m, j, v)


def test_insertion_after_subject_is_a_clause_in_commas_or_an_apposition_to_a_name() -> None:
    for text in (
        "Jana Wolff, die seit Jahren dort wohnt, sagte nichts.",
        "Jana Wolff, die Sprecherin des Vereins sagte nichts.",
    ):
        toks = _toks(text)
        m, j = _np(text, toks, 2)
        assert sp._insertion_after_subject(toks, m, j, _at(toks, "sagte"))
    text = "Er, der Chef, sagte nichts."
    toks = _toks(text)
    m, j = _np(text, toks, 1)
    assert m.kind == "pronoun" and not sp._insertion_after_subject(toks, m, j, _at(toks, "sagte"))


def test_with_place_phrase_takes_the_place_up_to_the_verb() -> None:
    text = "Der Stadtrat im benachbarten Eschenau erklärte nichts."
    toks = _toks(text)
    v = _at(toks, "erklärte")
    m, j = _np(text, toks, 2)
    placed = sp._with_place_phrase(text, toks, m, j, v)
    assert placed is not None and placed.text == "Der Stadtrat im benachbarten Eschenau"
    text = "Die Gemeinde gestern Abend lehnte ab."
    toks = _toks(text)
    m, j = _np(text, toks, 2)
    assert sp._with_place_phrase(text, toks, m, j, _at(toks, "lehnte")) is None


def test_extended_to_makes_a_one_word_name_with_a_place_no_name() -> None:
    text = "Rohde aus Bremen erklärte nichts."
    toks = _toks(text)
    m, _ = _np(text, toks, 1)
    wider = sp._extended_to(text, m, toks[2].end)
    assert (wider.text, wider.kind, wider.name, wider.head) == ("Rohde aus Bremen", "other", "", "Rohde")
    text = "Jana Wolff aus Bremen erklärte nichts."
    toks = _toks(text)
    m, _ = _np(text, toks, 2)
    assert sp._extended_to(text, m, toks[3].end).kind == "name"


def test_np_ending_at_joins_the_steps() -> None:
    text = "Auch der Verband in Bayern, die Lobby der Bauern, hatte erklärt."
    toks = _toks(text)
    m = sp._np_ending_at(text, toks, 0, _at(toks, "hatte"))
    assert m is not None and m.text == "der Verband in Bayern"


# --- indirect._opens_main_clause ------------------------------------------------------------------------


def test_opens_dependent_clause_by_relative_subordinator_or_infinitive() -> None:
    for text in (
        "Sie sagte, die verreist war.",
        "Sie sagte, dass es regne.",
        "Sie bestritt, den Mann gewarnt zu haben.",
    ):
        toks = _toks(text)
        assert ind._opens_dependent_clause(toks, *_after_comma(toks)), text
    for text in ("Sie sagte, die Eltern wollten helfen.", "Sie sagte, die Stadt habe kein Geld."):
        toks = _toks(text)
        assert not ind._opens_dependent_clause(toks, *_after_comma(toks)), text


def test_verb_after_fronted_adverb() -> None:
    toks = _toks("Er sagte, vermutlich reichen die Plätze nicht.")
    assert ind._verb_after_fronted_adverb(toks, *_after_comma(toks))
    toks = _toks("Er sagte, vermutlich die Plätze.")
    assert not ind._verb_after_fronted_adverb(toks, *_after_comma(toks))


def test_may_be_finite_and_verb_closes_clause() -> None:
    toks = _toks("Er meinte, das Mieter geschützt hat.")
    e = _after_comma(toks)[1]
    assert ind._may_be_finite(toks, _at(toks, "hat")) and ind._may_be_finite(toks, _at(toks, "geschützt"))
    assert not ind._may_be_finite(toks, _at(toks, "Mieter"))
    assert ind._verb_closes_clause(toks, _at(toks, "geschützt"), e)  # the auxiliary after it ends the clause
    toks = _toks("Sie sagte, die Stadt habe kein Geld.")
    assert not ind._verb_closes_clause(toks, _at(toks, "habe"), _after_comma(toks)[1])


def test_finite_verb_early_needs_length_and_no_closing_verb_after_a_relative() -> None:
    toks = _toks("Sie sagte, die Stadt habe kein Geld.")
    assert ind._finite_verb_early(toks, *_after_comma(toks), None)
    toks = _toks("Er meinte, das Mieter besser schützt.")
    assert not ind._finite_verb_early(toks, *_after_comma(toks), None)
    toks = _toks("Er sagte, sie kommt.")  # too short for a statement
    assert not ind._finite_verb_early(toks, *_after_comma(toks), None)
    view = _view("Er sagte, ihre „Gedanken sind bei den Opfern“.")
    assert ind._finite_verb_early(view.toks, *_after_comma(view.toks), view)


def test_opens_main_clause_joins_the_steps() -> None:
    for text, main in (
        ("Sie sagte, die Stadt habe kein Geld.", True),
        ("Er sagte, vermutlich reichen die Plätze nicht.", True),
        ("Sie sagte, dass es regne.", False),
        ("Er meinte, das Mieter besser schützt.", False),
    ):
        toks = _toks(text)
        assert ind._opens_main_clause(toks, *_after_comma(toks)) is main, text


# --- indirect.names_previous ----------------------------------------------------------------------------


def _named(found: tuple[Mention, int] | None) -> tuple[str, int] | None:
    return (found[0].text, found[1]) if found is not None else None


def test_cue_pointer_reads_a_cue_a_place_cue_or_a_passive() -> None:
    view = _view("Das sagte die Bürgermeisterin Ute Hahn am Montag.")
    assert _named(ind._cue_pointer(view)) == ("die Bürgermeisterin Ute Hahn", 1)
    view = _view("Dies geht aus einem Bericht des Umweltamts hervor.")
    assert _named(ind._cue_pointer(view)) == ("einem Bericht des Umweltamts", 1)
    view = _view("Das wurde vom Presseamt der Stadt bekannt gegeben.")
    found = ind._cue_pointer(view)
    assert found is not None and found[0].text == "Presseamt der Stadt"
    assert ind._cue_pointer(_view("Das glaubt der Trainer.")) is None  # a thought, not a statement


def test_verb_after_back_noun() -> None:
    assert ind._verb_after_back_noun(_view("Diese Einschätzung teilt der Verband der Bäcker.").toks) == 2
    assert (
        ind._verb_after_back_noun(_view("Mit diesen Worten eröffnete die Präsidentin Ana Roth die Sitzung.").toks) == 3
    )
    assert ind._verb_after_back_noun(_view("Diese Woche regnete es.").toks) == -1


def test_pointed_speaker_takes_er_and_sie_but_no_other_pronoun() -> None:
    view = _view("Das sagte er am Montag.")
    assert _named(ind._pointed_speaker(view, 1, len(view.toks))) == ("er", 1)
    view = _view("Das sagte man am Montag.")
    assert ind._pointed_speaker(view, 1, len(view.toks)) is None


def test_names_previous_needs_extended_for_so_and_back_nouns() -> None:
    view = _view("Diese Einschätzung teilt der Verband der Bäcker.")
    assert _named(ind.names_previous(view)) == ("der Verband der Bäcker", 2)
    assert ind.names_previous(view, extended=False) is None
    view = _view("So äußerte sich auch der Landrat.")
    assert _named(ind.names_previous(view)) == ("der Landrat", 1)
    assert ind.names_previous(view, extended=False) is None


# --- coref._run_names -----------------------------------------------------------------------------------


def test_adjectives_before_a_run() -> None:
    text = "Gestern sagte der neue Innenminister Jonas Kramer nichts."
    assert co._adjectives_before(text, text.index("Innenminister")) == (sp._stem("neue"),)
    assert co._adjectives_before("Jonas Kramer sagte nichts.", 0) == ()


def test_age_around_after_the_name_or_before_a_run() -> None:
    text = "Am Mittwoch sagte Holger Mertens (52) nichts."
    at = text.index("Holger")
    assert co._age_around(text, at, at, at + len("Holger Mertens")) == 52
    text = "Der 52-jährige Holger Mertens sagte nichts."
    at = text.index("Holger")
    assert co._age_around(text, at, at, at + len("Holger Mertens")) == 52
    assert co._age_around(text, at - 3, at, at + len("Holger Mertens")) is None  # not where the run starts


def test_apposed_role_gives_the_role_and_its_genitive() -> None:
    text = "Laut Ute Hahn, der Sprecherin der Stadtwerke, gibt es nichts."
    at = text.index("Ute")
    named = co.NameSighting(at, "Ute Hahn", "?", "", (), None)
    assert co._apposed_role(text, at + len("Ute Hahn"), named) == co.NameSighting(
        at, "Ute Hahn", "f", "sprecher", (sp._stem("Stadtwerke"),), None
    )
    text = "Laut Ute Hahn, der Wanderung zum Trotz, gibt es nichts."
    assert co._apposed_role(text, at + len("Ute Hahn"), named) is None


def test_add_sightings_skips_the_unnamed_holder_of_a_genitive() -> None:
    out: list[co.NameSighting] = []
    text = "Gestern sagte der neue Innenminister Jonas Kramer nichts."
    step = (14, 26, True, "m", "innenminister", (), "Jonas Kramer", True)  # the run's plan
    co._add_sightings(text, text.index("Innenminister"), step, out)
    assert [(s.name, s.role, s.modifiers) for s in out] == [("Jonas Kramer", "innenminister", (sp._stem("neue"),))]
    assert len(co._run_names("Laut Ute Hahn, der Sprecherin der Stadtwerke, gibt es nichts.")) == 2
    assert [s.name for s in co._run_names("Jonas Kramer schwieg. Der Anwalt Kramers widersprach.")] == ["Jonas Kramer"]


# --- direct._fragment -----------------------------------------------------------------------------------


def _quote_at(view: SentenceView) -> int:
    """The index of the first quotation token."""
    return next(i for i, t in enumerate(view.toks) if t.quote is not None)


def test_clause_around_stops_at_punctuation() -> None:
    view = _view("Der Trainer kritisierte den Schiedsrichter, der gepfiffen hatte, als „Versager“.")
    q = _quote_at(view)
    assert di._clause_around(view.toks, q) == (_at(view.toks, "als"), q + 1)


def test_fragment_cue_in_the_clause_before_als_or_none_in_a_subordinate_clause() -> None:
    view = _view("Die Ministerin sprach von einem „schwarzen Tag für die Region“.")
    q = _quote_at(view)
    cue = di._fragment_cue(view, q, *di._clause_around(view.toks, q))
    assert cue is not None and cue.lemma == "sprechen"
    view = _view("Der Trainer kritisierte den Schiedsrichter, der gepfiffen hatte, als „Versager“.")
    q = _quote_at(view)
    cue = di._fragment_cue(view, q, *di._clause_around(view.toks, q))
    assert cue is not None and cue.lemma == "kritisieren"
    view = _view("Sie lachte, weil Ole von einem „schwarzen Tag“ sprach.")
    q = _quote_at(view)
    assert di._fragment_cue(view, q, *di._clause_around(view.toks, q)) is None


def test_quoted_name_unless_a_word_before_makes_it_a_phrase() -> None:
    view = _view("Er nennt „Twitter“ ein Problem.")
    assert di._quoted_name(view, _quote_at(view))
    view = _view("Sie sprach von „Verrat“.")
    assert not di._quoted_name(view, _quote_at(view))
    view = _view("Der Bürgermeister nannte die Pläne „völlig überzogen“.")
    assert not di._quoted_name(view, _quote_at(view))  # no title at all


def test_fragment_speaker_is_no_impersonal_pronoun_and_not_the_quotation() -> None:
    view = _view("Der Bürgermeister nannte die Pläne „völlig überzogen“.")
    speaker = di._fragment_speaker(view, _quote_at(view), _cue_of(view, "nannte"))
    assert speaker is not None and speaker.text == "Der Bürgermeister"
    view = _view("Das wird als „Sonnenwind“ bezeichnet.")
    assert di._fragment_speaker(view, _quote_at(view), _cue_of(view, "bezeichnet")) is None
    view = _view("Das schreibt die „Computerwoche“ am Montag.")
    assert di._fragment_speaker(view, _quote_at(view), _cue_of(view, "schreibt")) is None


def test_fragment_joins_the_steps() -> None:
    view = _view("Sie sprach von „Verrat“.")
    c = di._fragment(view, _quote_at(view))
    assert c is not None and c.mention is not None and c.mention.text == "Sie"
    view = _view("Er nennt „Twitter“ ein Problem.")
    assert di._fragment(view, _quote_at(view)) is None


# --- direct.main_subject --------------------------------------------------------------------------------


def _text_of(m: Mention | None) -> str | None:
    return m.text if m is not None else None


def test_clause_opening_passes_over_a_dateline_and_particles() -> None:
    toks = _toks("Und auch der Landrat will prüfen.")
    assert di._clause_opening(toks, 0, len(toks)) == 2
    toks = _toks("BERLIN (dpa) - Der Landrat will prüfen.")
    assert di._clause_opening(toks, 0, len(toks)) == _at(toks, "Der")


def test_past_relative_clause_after_the_subject() -> None:
    toks = _toks("Die Richterin, die den Fall leitet, will prüfen.")
    assert di._past_relative_clause(toks, 2, len(toks)) == _at(toks, "will")
    toks = _toks("Die Richterin will prüfen.")
    assert di._past_relative_clause(toks, 2, len(toks)) == 2


def test_early_finite_and_verb_second() -> None:
    toks = _toks("Unter dem Motto „Nie wieder“ zogen die Demonstranten durch die Stadt.")
    assert di._early_finite(toks, 0, len(toks)) == _at(toks, "zogen")
    toks = _toks("Im Kreistag warb Jana Wolff für den Plan.")
    assert di._early_finite(toks, 0, len(toks)) == -1
    assert di._verb_second(toks, 0, len(toks)) == _at(toks, "warb")


def test_subject_after_verb_wants_a_name_role_or_body_after_verb_second() -> None:
    view = _view("Im Kreistag warb Jana Wolff für den Plan.")
    assert _text_of(di._subject_after_verb(view.text, view.toks, 0, len(view.toks) - 1)) == "Jana Wolff"
    view = _view("Im Kreistag warb man für den Plan.")
    assert di._subject_after_verb(view.text, view.toks, 0, len(view.toks) - 1) is None
    view = _view("Unter dem Motto „Nie wieder“ zogen die Demonstranten durch die Stadt.")
    assert _text_of(di._subject_after_verb(view.text, view.toks, 0, len(view.toks) - 1)) == "die Demonstranten"


def test_main_subject_joins_the_steps() -> None:
    for text, subject in (
        ("Und auch der Landrat will prüfen.", "der Landrat"),
        ("Die Richterin, die den Fall leitet, will prüfen.", "Die Richterin"),
        ("Am Rande einer Sitzung des Kreistags nahm die Landrätin Stellung.", "die Landrätin"),
    ):
        view = _view(text)
        assert _text_of(di.main_subject(view, 0, len(view.toks) - 1)) == subject


# --- cues._noun_opens -----------------------------------------------------------------------------------


def _noun(text: str, word: str) -> tuple[list[Tok], int]:
    toks = _toks(text)
    return toks, _at(toks, word)


def test_conclusion_after_zu() -> None:
    assert cu._conclusion_after_zu(*_noun("Sie kamen zu dem Schluss, dass es reicht.", "Schluss"))
    assert cu._conclusion_after_zu(*_noun("Sie kamen zum Schluss, dass es reicht.", "Schluss"))
    assert not cu._conclusion_after_zu(*_noun("Sie zogen einen Schluss daraus.", "Schluss"))


def test_bare_claim_after_verb_but_not_after_a_preposition() -> None:
    assert cu._bare_claim_after_verb(*_noun("Gegen ihn stehen Vorwürfe im Raum, er habe gelogen.", "Vorwürfe"))
    assert not cu._bare_claim_after_verb(*_noun("Sie sprach über Vorwürfe, er habe gelogen.", "Vorwürfe"))


def test_determiner_before_adjectives() -> None:
    assert cu._determiner_before_adjectives(*_noun("Er teilt die wachsenden Ängste, die Stadt verarme.", "Ängste"))
    assert not cu._determiner_before_adjectives(
        *_noun("Neue Gerüchte, der Trainer gehe, machten die Runde.", "Gerüchte")
    )


def test_adjective_at_sentence_start() -> None:
    assert cu._adjective_at_sentence_start(*_noun("Neue Gerüchte, der Trainer gehe, machten die Runde.", "Gerüchte"))
    assert cu._adjective_at_sentence_start(
        *_noun("Auch neue Gerüchte, der Trainer gehe, machten die Runde.", "Gerüchte")
    )
    assert not cu._adjective_at_sentence_start(*_noun("Er hörte heute neue Gerüchte, der Trainer gehe.", "Gerüchte"))


def test_noun_opens_joins_the_steps() -> None:
    assert cu._noun_opens(*_noun("Die von der Opposition erhobene Forderung, er solle gehen, blieb.", "Forderung"))
    assert cu._noun_opens(*_noun("Er hörte heute neue Gerüchte, der Trainer gehe.", "Gerüchte"))  # after a verb
    assert not cu._noun_opens(*_noun("Sie zogen einen Schluss daraus.", "Schluss"))


# --- speakers._within_name ------------------------------------------------------------------------------


def _word_in(text: str, j: int) -> tuple[list[Tok], int, int]:
    toks = _toks(text)
    return toks, j, len(toks)


def test_joining_word_particle_ngo_and_club_number() -> None:
    assert sp._joining_word(*_word_in("Laut Ute von der Leyen fehlt Geld.", 2)) == 4
    assert sp._joining_word(*_word_in("Laut Ärzte ohne Grenzen fehlt Geld.", 2)) == 4
    assert sp._joining_word(*_word_in("Laut Hannover 96 fehlt Geld.", 2)) == 3
    assert sp._joining_word(*_word_in("Laut Ute Hahn fehlt Geld.", 2)) == -1


def test_title_part_degree_dot_initial_and_regnal_number() -> None:
    text = "Laut Dr. med. Ute Hahn fehlt Geld."  # Laut Dr . med . Ute
    assert [sp._title_part(*_word_in(text, j)) for j in (2, 3, 4, 5)] == [3, 4, 5, -1]
    assert sp._title_part(*_word_in("Laut Jonas W. Kramer fehlt Geld.", 3)) == 4
    assert sp._title_part(*_word_in("Laut Papst Benedikt XVI. fehlt Geld.", 4)) == 5
    assert sp._title_part(*_word_in("Laut Ute Hahn. Dann fehlt Geld.", 3)) == -1  # a full stop


def test_party_slash_takes_the_article_of_the_second_name() -> None:
    assert sp._party_slash(*_word_in("Laut CDU / CSU fehlt Geld.", 2)) == 3
    assert sp._party_slash(*_word_in("Laut Bündnis 90 / Die Grünen fehlt Geld.", 3)) == 5
    assert sp._party_slash(*_word_in("Laut CDU / die fehlt Geld.", 2)) == -1


def test_within_name_counts_title_parts_apart() -> None:
    assert sp._within_name(*_word_in("Laut Ute von der Leyen fehlt Geld.", 2)) == (4, 0)
    assert sp._within_name(*_word_in("Laut Jonas W. Kramer fehlt Geld.", 3)) == (4, 1)
    assert sp._within_name(*_word_in("Laut Bündnis 90 / Die Grünen fehlt Geld.", 2)) == (3, 0)  # the number first
    assert sp._within_name(*_word_in("Laut Ute Hahn fehlt Geld.", 3)) == (-1, 0)


# --- detector._speaker ----------------------------------------------------------------------------------


def _candidate(text: str, index: int, first: bool) -> Candidate:
    """The first candidate the detector chooses in sentence ``index`` of ``text`` (a continuation unless
    ``first``)."""
    paras = paragraphs(text)
    quotes = pair_quotes(text, paras)
    sent = split_sentences(text, paras, quotes)[index]
    toks = tokenize(text, sent.start, sent.end, [q for q in quotes if sent.start <= q.open and q.end <= sent.end])
    view = SentenceView(text, sent.start, sent.end, index, toks, find_cues(toks, None))
    return dt._chosen_candidates(view, None, first, not first)[0]


_TWO = "„Die Brücke wird im Mai fertig“, sagte Jonas Kramer. Die Straße sei gesperrt."


def test_speaker_of_own_mention_from_the_mention_or_none_to_look_further() -> None:
    c = _candidate(_TWO, 0, True)
    found = dt._speaker_of_own_mention(c, Registry(_TWO), None, 0, None, _TWO, [])
    assert found is not None and found[0] == "Jonas Kramer"
    c = _candidate(_TWO, 1, False)  # a continuation names no one
    assert dt._speaker_of_own_mention(c, Registry(_TWO), None, 1, None, _TWO, []) is None


def test_inherited_speaker_from_the_sentence_before_or_resumed_within_three() -> None:
    c = _candidate(_TWO, 1, False)
    last = dt._Last(0, "Jonas Kramer", None, None, None)
    found = dt._inherited_speaker(c, Registry(_TWO), last, 1, None, _TWO, [])
    assert (found[0], found[3].name) == ("Jonas Kramer", "subjunctive-continuation")
    found = dt._inherited_speaker(c, Registry(_TWO), last, 3, None, _TWO, [])
    assert (found[0], found[3].name) == ("Jonas Kramer", "subjunctive-continuation-resumed")
    found = dt._inherited_speaker(c, Registry(_TWO), last, 5, None, _TWO, [])
    assert (found[0], found[3].name) == (None, "subjunctive-continuation")


def test_speaker_joins_the_steps() -> None:
    c = _candidate(_TWO, 1, False)
    last = dt._Last(0, "Jonas Kramer", None, None, None)
    assert dt._speaker(c, Registry(_TWO), last, 1, None, _TWO, [])[0] == "Jonas Kramer"
    assert dt._speaker(c, Registry(_TWO), None, 1, None, _TWO, [])[0] is None


# --- direct._mixed_phrase -------------------------------------------------------------------------------


def test_reported_phrase_start_goes_back_to_the_preposition_or_gives_up_at_an_adverb() -> None:
    view = _view("Die Ministerin sprach von der Notwendigkeit eines „Neuanfangs“ in der Partei.")
    assert di._reported_phrase_start(view.toks, _quote_at(view)) == _at(view.toks, "der")
    view = _view("Sie sprach gestern „offen“ über alles.")
    assert di._reported_phrase_start(view.toks, _quote_at(view)) == -1


def test_cue_reports_phrase_after_its_preposition_with_the_cue_outside() -> None:
    view = _view("Sie begründete die Absage mit einer „neuen Situation“ nach dem Unfall.")
    q = _quote_at(view)
    lo = _at(view.toks, "einer")
    assert di._cue_reports_phrase(view.toks, lo, q, _cue_of(view, "begründete"))
    assert not di._cue_reports_phrase(view.toks, lo - 1, q, _cue_of(view, "begründete"))  # "mit" is no phrase word


def test_phrase_end_at_the_clause_end_the_closing_cue_or_after_the_quotation() -> None:
    view = _view("Er will den Streik nicht als „Kapitulation“ vor den Randalierern sehen.")
    q = _quote_at(view)
    assert di._phrase_end(view.toks, q, len(view.toks) - 1, _cue_of(view, "sehen")) == _at(view.toks, "sehen")
    view = _view("Sie sprach von der Notwendigkeit eines „Neuanfangs“ in der Partei.")
    q = _quote_at(view)
    assert di._phrase_end(view.toks, q, len(view.toks) - 1, _cue_of(view, "sprach")) == len(view.toks) - 1
    view = _view("Sie sprach von der Notwendigkeit eines „Neuanfangs“ schon seit Jahren.")
    q = _quote_at(view)
    assert di._phrase_end(view.toks, q, len(view.toks) - 1, _cue_of(view, "sprach")) == q + 1


def test_mixed_phrase_not_for_a_quotation_that_is_the_whole_phrase() -> None:
    view = _view("Sie begründete die Absage mit einer „neuen Situation“ nach dem Unfall.")
    c = di._fragment(view, _quote_at(view))
    assert c is not None and view.text[c.start : c.end] == "einer „neuen Situation“ nach dem Unfall"
    view = _view("Sie sprach von einer „Wende“.")
    q = _quote_at(view)
    cue = _cue_of(view, "sprach")
    assert di._mixed_phrase(view, q, len(view.toks) - 1, cue, _mention(view, "Sie")) is None


def _mention(view: SentenceView, word: str) -> Mention:
    """A one-word name mention of the first token ``word``."""
    t = view.toks[_at(view.toks, word)]
    return Mention(start=t.start, end=t.end, text=t.text, kind="name", head=t.text, name=t.text)


# --- speakers._post_head --------------------------------------------------------------------------------


def test_with_field_extends_an_institution_by_its_field() -> None:
    text = "Das Landesministerium für Verkehr teilte mit."
    toks = _toks(text)
    m, j = _np(text, toks, 2)
    widened, k = sp._with_field(text, toks, m, j, len(toks))
    assert (widened.text, k) == ("Das Landesministerium für Verkehr", _at(toks, "teilte"))
    text = "Die Regierung in Lomé teilte mit."
    toks = _toks(text)
    m, j = _np(text, toks, 2)
    assert sp._with_field(text, toks, m, j, len(toks)) == (m, j)


def test_seat_follows_as_one_place_noun_without_article() -> None:
    for text, seat in (
        ("Die Regierung in Lomé teilte mit.", True),
        ("Die Regierung in der Hauptstadt teilte mit.", False),
        ("Die Regierung in Lomé Stadt teilte mit.", False),
    ):
        toks = _toks(text)
        m, j = _np(text, toks, 2)
        assert sp._seat_follows(toks, m, j, len(toks)) is seat, text


def test_bracket_note_reads_an_age_or_a_party() -> None:
    mods: list[str] = []
    toks = _toks("Markus Venhoff (52) sagte.")
    assert sp._bracket_note(toks, 2, len(toks), None, mods) == (5, 52)
    assert mods == []
    toks = _toks("Anna Roth (Bündnis 90/Die Grünen) sagte.")
    assert sp._bracket_note(toks, 2, len(toks), None, mods) == (_at(toks, "sagte"), None)
    assert mods == [sp._stem("Grünen")]
    toks = _toks("Anna Roth sagte.")
    assert sp._bracket_note(toks, 2, len(toks), 40, mods) == (2, 40)


# --- speakers.subject_after -----------------------------------------------------------------------------


def test_ends_subject_search_at_marks_dass_and_quotations_but_not_a_quoted_name() -> None:
    text = "Er sagte, dass es regne."
    toks = _toks(text)
    assert [sp._ends_subject_search(text, t) for t in toks[2:5]] == [True, True, False]
    text = "Das berichtet „Die Zeit“."
    toks = _toks(text)
    assert not sp._ends_subject_search(text, toks[2])
    text = "Das berichtet sie „mit Sorge“."
    toks = _toks(text)
    assert sp._ends_subject_search(text, toks[3])


def test_past_adverbial_or_object_skips_a_dative_or_a_prepositional_phrase() -> None:
    text = "Das sagte dem Sender die Ministerin."
    toks = _toks(text)
    assert sp._past_adverbial_or_object(text, toks, 2, len(toks)) == _at(toks, "die")
    text = "Das sagte ihm die Ministerin."
    toks = _toks(text)
    assert sp._past_adverbial_or_object(text, toks, 2, len(toks)) == 3


def test_dative_addressee_is_a_medium_or_no_person() -> None:
    for text, addressee in (("der Zeitung", True), ("der Vorfall", True), ("der Minister", False)):
        toks = _toks(text)
        m, _ = _np(text, toks, len(toks))
        assert sp._dative_addressee(m) is addressee, text


def test_subject_after_passes_over_an_object() -> None:
    text = "Das sagte dem Sender die Ministerin am Montag."
    toks = _toks(text)
    m, j = sp.subject_after(text, toks, 1, len(toks))
    assert m is not None and (m.text, j) == ("die Ministerin", _at(toks, "am"))


# --- intro.after_intro ----------------------------------------------------------------------------------


_REACTION = "Widerspruch kommt von den Grünen: „Das ist falsch und gefährlich.“"


def test_intro_span_ends_at_the_colon_of_a_short_introduction() -> None:
    toks = _toks(_REACTION)
    colon = _REACTION.find(":")
    assert it._intro_span(toks, _REACTION.find("„"), colon, True) == (0, _at(toks, ":"))
    text = "Der „Spiegel“ meldet: „Das ist falsch und gefährlich.“"
    toks = _toks(text)
    assert it._intro_span(toks, text.rfind("„"), text.find(":"), True)[1] == -1  # a quotation before the colon
    text = "Das alles und noch viel mehr kommt am Ende der langen Sitzung von den Grünen: „Das ist falsch.“"
    toks = _toks(text)
    assert it._intro_span(toks, text.rfind("„"), text.find(":"), True)[1] == -1  # too long


def test_holder_for_reaction_replaces_the_statement_noun() -> None:
    c = _candidate(_REACTION, 0, True)
    view = _view(_REACTION)
    holder = sp.parse_np(_REACTION, view.toks, _at(view.toks, "den"), _at(view.toks, ":"))[0]
    assert holder is not None and holder.text == "den Grünen"
    reaction = c._replace(mention=_mention(view, "Widerspruch"))
    assert it._holder_for_reaction(reaction, holder).mention == holder
    person = c._replace(mention=Mention(start=0, end=0, text="Ute Hahn", kind="name", head="Hahn", name="Ute Hahn"))
    assert it._holder_for_reaction(person, holder) is person
    assert it._holder_for_reaction(reaction, None) is reaction


def test_statement_after_intro_starts_after_the_colon_with_the_holder() -> None:
    text = "Dazu der Vorsitzende: Die Pläne seien völlig überzogen."
    view = _view(text)
    c = _candidate(text, 0, False)
    whole = c._replace(start=0)
    k = _at(view.toks, ":")
    holder = _mention(view, "Vorsitzende")
    cut = it._statement_after_intro(view, whole, 0, k, holder)
    assert (cut.rule.name, text[cut.start : cut.end], cut.mention) == (
        "colon-intro",
        "Die Pläne seien völlig überzogen",
        holder,
    )
    assert it._statement_after_intro(view, whole, 0, k, None).mention is None


# --- speakers._apposition -------------------------------------------------------------------------------


def _phrase_and_apposition(text: str) -> tuple[Mention, Mention]:
    """The phrase before the first comma of ``text`` and the one after it."""
    toks = _toks(text)
    comma = _at(toks, ",")
    first, _ = sp.parse_np(text, toks, 0, comma)
    second, _ = sp.parse_np(text, toks, comma + 1, len(toks))
    assert first is not None and second is not None
    return first, second


def test_role_words_drop_the_determiner() -> None:
    role, _ = _phrase_and_apposition("Der Präsident des Städtetags, Markus Venhoff, sagte.")
    assert sp._role_words(role) == "Präsident des Städtetags"


def test_role_named_and_name_with_role_merge_into_one_name() -> None:
    text = "Der Präsident des Städtetags, Markus Venhoff, sagte."
    role, name = _phrase_and_apposition(text)
    merged = sp._role_named(text, role, name)
    assert (merged.text, merged.name, merged.role, merged.kind) == (
        "Der Präsident des Städtetags, Markus Venhoff",
        "Markus Venhoff",
        "Präsident des Städtetags",
        "name",
    )
    name, role = _phrase_and_apposition("Anna Roth, die Sprecherin der Stadt, sagte.")
    merged = sp._name_with_role(name, role)
    assert (merged.text, merged.name, merged.role) == ("Anna Roth", "Anna Roth", "Sprecherin der Stadt")


def test_apposition_needs_a_name_and_a_role() -> None:
    text = "Anna Roth, Jonas Kramer, sagte."
    toks = _toks(text)
    first, _ = sp.parse_np(text, toks, 0, 2)
    assert first is not None and sp._apposition(text, toks, first, 2, len(toks)) is None
