"""More of the small steps the detector's long functions were split into (frames, spans, context), each called
alone on a sentence of our own making."""

from __future__ import annotations

from quotetool.detect import context as cx
from quotetool.detect import frames as fr
from quotetool.detect import spans as sp
from quotetool.detect.candidate import Candidate
from quotetool.detect.context import SentenceView
from quotetool.detect.cues import Cue, find_cues
from quotetool.detect.marks import pair_quotes, paragraphs
from quotetool.detect.rules import NACH_FRAME
from quotetool.detect.speakers import Mention
from quotetool.detect.tokens import tokenize


def _view(text: str) -> SentenceView:
    """The view of a one-sentence text."""
    toks = tokenize(text, 0, len(text), pair_quotes(text, paragraphs(text)))
    return SentenceView(text, 0, len(text), 0, toks, find_cues(toks, None))


def _at(view: SentenceView, word: str) -> int:
    """The index of the first token ``word``."""
    return next(i for i, t in enumerate(view.toks) if t.text == word)


def _cue_of(view: SentenceView, word: str) -> Cue:
    """The cue at the first token ``word``."""
    cue = view.cue_at(_at(view, word))
    assert cue is not None
    return cue


def _text_of(m: Mention | None) -> str | None:
    return m.text if m is not None else None


def _found(view: SentenceView, c: Candidate | None) -> tuple[str, str, str | None] | None:
    """The rule, the statement and the speaker's words of a candidate."""
    if c is None:
        return None
    return c.rule.name, view.text[c.start : c.end], c.mention.text if c.mention is not None else None


# --- frames.frame_candidates ----------------------------------------------------------------------------


def test_may_hold_frame_needs_a_frame_word_and_no_question() -> None:
    assert fr._may_hold_frame(_view("Laut der Feuerwehr brannte die Scheune bis auf die Mauern nieder.").toks)
    assert not fr._may_hold_frame(_view("Die Scheune brannte bis auf die Mauern nieder.").toks)
    assert not fr._may_hold_frame(_view("Wie hoch ist der Schaden seiner Meinung nach?").toks)


def test_opens_relative_frame_after_a_comma_only() -> None:
    view = _view("Es gibt ein Gutachten, laut dem die Brücke marode ist.")
    assert fr._opens_relative_frame(view.toks, _at(view, "laut"))
    view = _view("Laut dem Gutachten ist die Brücke marode.")
    assert not fr._opens_relative_frame(view.toks, _at(view, "Laut"))


def test_frame_at_reads_the_phrase_the_word_opens() -> None:
    view = _view("Laut der Feuerwehr brannte die Scheune nieder.")
    assert _found(view, fr._frame_at(view, 0)) == ("laut", "brannte die Scheune nieder", "der Feuerwehr")
    view = _view("Die Scheune brannte, wie immer, lichterloh.")
    assert fr._frame_at(view, _at(view, "wie")) is None


def test_prepositional_frame_needs_its_noun() -> None:
    view = _view("Dem Bericht der Kommission zufolge fehlen Lehrer.")
    c = fr._prepositional_frame(view, _at(view, "zufolge"), "zufolge")
    assert c is not None and c.mention is not None and "Bericht" in c.mention.text
    view = _view("Das Spiel endete nach Verlängerung.")
    assert fr._prepositional_frame(view, _at(view, "nach"), "nach") is None


def test_clause_frame_needs_the_clause_to_open_after_a_comma() -> None:
    view = _view("Das Werk schließt, so der Betriebsrat.")
    c = fr._clause_frame(view, _at(view, "so"), "so")
    assert c is not None and c.mention is not None and c.mention.text == "der Betriebsrat"
    view = _view("Das Werk schließt so schnell wie möglich.")
    assert fr._clause_frame(view, _at(view, "so"), "so") is None


def test_perspective_frame_reads_a_possessive_frame_or_aus_sicht() -> None:
    view = _view("Seiner Meinung nach ist der Plan gescheitert.")
    c = fr._perspective_frame(view, 0, "seiner")
    assert c is not None and view.text[c.start : c.end] == "ist der Plan gescheitert"
    view = _view("Aus Sicht der Polizei war die Lage ruhig.")
    c = fr._perspective_frame(view, 1, "sicht")
    assert c is not None and c.mention is not None and c.mention.text == "Sicht der Polizei"
    view = _view("Seiner Schwester nach lief er nach Hause.")
    assert fr._perspective_frame(view, 0, "seiner") is None


# --- frames._relative_frame ------------------------------------------------------------------------------


def test_preposition_and_its_noun_tells_an_article_from_a_relative_pronoun() -> None:
    view = _view("Der Verein klagte, nach der Wahl sei alles teurer geworden.")
    assert fr._preposition_and_its_noun(view.toks, _at(view, "nach"))
    view = _view("Es gibt eine Umfrage, nach der die Mehrheit zufrieden ist.")
    assert not fr._preposition_and_its_noun(view.toks, _at(view, "nach"))


def test_reporting_noun_before_passes_particles_and_a_place() -> None:
    view = _view("Es liegt ein Gutachten vor, laut dem die Halle einsturzgefährdet ist.")
    assert fr._reporting_noun_before(view.toks, _at(view, "laut")) == _at(view, "Gutachten")
    view = _view("Es gibt Umfragen im Land, nach denen die Mehrheit zufrieden ist.")
    assert fr._reporting_noun_before(view.toks, _at(view, "nach")) == _at(view, "Umfragen")
    view = _view("Sie kamen spät an, nach denen wir gefragt hatten.")
    assert fr._reporting_noun_before(view.toks, _at(view, "nach")) == -1


def test_past_particles_stops_at_the_window() -> None:
    toks = _view("Es liegt ein Gutachten vor, laut dem es brennt.").toks
    assert fr._past_particles(toks, 4) == 3
    toks = _view("Das Gutachten liegt nun endlich vor, laut dem es brennt.").toks
    assert fr._past_particles(toks, 5) == 3  # two particles at most


def test_after_genitive_lets_the_clause_hang_on_the_noun_before() -> None:
    view = _view("Es gab eine Änderung der Statistik, nach der alles besser wurde.")
    assert fr._after_genitive(view.toks, _at(view, "Statistik"), "der")
    assert not fr._after_genitive(view.toks, _at(view, "Statistik"), "denen")
    view = _view("Es gibt eine Studie, nach der alles besser wurde.")
    assert not fr._after_genitive(view.toks, _at(view, "Studie"), "der")


def test_what_the_noun_reports_gives_a_source_or_a_bare_claim() -> None:
    view = _view("Es gibt eine Studie, nach der die Mieten steigen.")
    c = fr._what_the_noun_reports(view, _at(view, "nach"), view.toks[_at(view, "Studie")], False)
    assert _found(view, c) == ("nach-frame", "die Mieten steigen", "Studie")
    view = _view("Es gibt Gerüchte, nach denen der Sänger krank war.")
    c = fr._what_the_noun_reports(view, _at(view, "nach"), view.toks[_at(view, "Gerüchte")], True)
    assert c is not None and c.mention is None and view.text[c.start : c.end] == "der Sänger krank war"
    assert fr._relative_frame(view, _at(view, "nach")) is not None


# --- frames._wie ---------------------------------------------------------------------------------------


def test_wie_clause_end_passes_a_closing_auxiliary() -> None:
    view = _view("Wie der Verband bekanntgegeben hat, fällt das Turnier aus.")
    assert fr._wie_clause_end(view.toks, _cue_of(view, "bekanntgegeben")) == _at(view, ",")
    view = _view("Wie der Verband mitteilte, fällt das Turnier aus.")
    assert fr._wie_clause_end(view.toks, _cue_of(view, "mitteilte")) == _at(view, ",")


def test_wie_source_takes_the_subject_or_none() -> None:
    view = _view("Wie der Verband mitteilte, fällt das Turnier aus.")
    cue = _cue_of(view, "mitteilte")
    m = fr._wie_source(view, 0, cue, _at(view, ","))
    assert m is not None and m.text == "der Verband"
    view = _view("Wie mitgeteilt wurde, fällt das Turnier aus.")
    cue = _cue_of(view, "mitgeteilt")
    assert fr._wie_source(view, 0, cue, _at(view, ",")) is None


def test_after_wie_clause_takes_the_main_clause() -> None:
    view = _view("Wie der Verband mitteilte, fällt das Turnier aus.")
    c = fr._after_wie_clause(view, _at(view, ","), None, _cue_of(view, "mitteilte"))
    assert c is not None and view.text[c.start : c.end] == "fällt das Turnier aus"


def test_statement_goes_on_after_a_comma_but_not_after_a_conjunction() -> None:
    view = _view("Die Kürzung verstoße, wie das Gericht entschied, gegen das Grundgesetz.")
    assert fr._statement_goes_on(view, _at(view, "entschied") + 1)
    view = _view("Die Kürzung verstoße, wie das Gericht entschied, aber das sei egal.")
    assert not fr._statement_goes_on(view, _at(view, "entschied") + 1)
    view = _view("Die Kürzung verstoße, wie das Gericht entschied.")
    assert not fr._statement_goes_on(view, _at(view, "entschied") + 1)


def test_around_wie_clause_joins_both_parts() -> None:
    view = _view("Die Kürzung verstoße, wie das Gericht entschied, gegen das Grundgesetz.")
    i = _at(view, "wie")
    cue = _cue_of(view, "entschied")
    c = fr._around_wie_clause(view, i, _at(view, "entschied") + 1, None, cue)
    assert c is not None and len(c.parts) == 2
    view = _view("Die Kürzung verstoße, wie das Gericht entschied, aber das sei egal.")
    c = fr._around_wie_clause(view, _at(view, "wie"), _at(view, "entschied") + 1, None, _cue_of(view, "entschied"))
    assert c is not None and view.text[c.start : c.end] == "Die Kürzung verstoße" and not c.parts
    assert fr._wie(view, _at(view, "wie")) is not None


# --- spans.sentence_tail --------------------------------------------------------------------------------


def test_tail_ends_at_a_semicolon_and_a_colon_before_a_quotation() -> None:
    view = _view("Die Lage sei ernst; man müsse handeln.")
    assert sp._tail_ends_at(view, 0, _at(view, ";"), False, False)
    view = _view("Die Lage sei ernst: „Wir müssen handeln.“")
    assert sp._tail_ends_at(view, 0, _at(view, ":"), False, False)
    view = _view("Die Lage sei ernst: Man müsse handeln.")
    assert not sp._tail_ends_at(view, 0, _at(view, ":"), False, False)


def test_tail_ends_at_und_only_in_a_complement_before_a_further_verb() -> None:
    view = _view("Sie müssten handeln und bemühte dann ein Bild.")
    und = _at(view, "und")
    assert sp._tail_ends_at(view, 0, und, False, True)
    assert not sp._tail_ends_at(view, 0, und, False, False)


def test_comma_ends_tail_before_a_speech_verb_or_another_report() -> None:
    view = _view("Die Lage sei ernst, sagte der Bürgermeister.")
    assert sp._comma_ends_tail(view, 0, _at(view, ","), False)
    view = _view("Die Lage sei ernst, doch der Sprecher erklärte, alles sei gut.")
    assert sp._comma_ends_tail(view, 0, _at(view, ","), False)
    view = _view("Die Lage sei ernst, weil die Kassen leer seien.")
    assert not sp._comma_ends_tail(view, 0, _at(view, ","), False)


def test_main_clause_after_a_fronted_subordinate_clause() -> None:
    view = _view("Als sie merkte, dass Rauch aufstieg, floh sie aus dem Haus.")
    assert sp._main_clause_after(view.toks, _at(view, "aufstieg") + 1)
    assert not sp._main_clause_after(view.toks, _at(view, "merkte") + 1)  # "dass Rauch": no pronoun


def test_narrated_clause_after_a_report() -> None:
    view = _view("Er sei unschuldig, erkannte das Gericht aber nicht an.")
    assert sp._narrated_clause_after(view.toks, 0, _at(view, ","))
    view = _view("Er sei unschuldig, die Anklage sei falsch.")
    assert not sp._narrated_clause_after(view.toks, 0, _at(view, ","))


def test_speech_verb_after_unless_a_complement_follows_it() -> None:
    view = _view("Die Lage sei ernst, sagte der Bürgermeister.")
    assert sp._speech_verb_after(view, _at(view, ","))
    view = _view("Die Lage sei ernst, die Kassen seien leer.")
    assert not sp._speech_verb_after(view, _at(view, ","))
    assert sp.sentence_tail(view, 0) == len(view.toks)


# --- context._main_clause_subject -----------------------------------------------------------------------


def test_finite_aux_before_the_cue() -> None:
    view = _view("Der Minister hat erklärt, die Lage sei ernst.")
    cue = _cue_of(view, "erklärt")
    assert cx._finite_aux(view.toks, cue, 0, cue.index) == _at(view, "hat")
    view = _view("Der Minister erklärte, die Lage sei ernst.")
    cue = _cue_of(view, "erklärte")
    assert cx._finite_aux(view.toks, cue, 0, cue.index) is None


def test_first_cues_speaker_is_shared_after_und() -> None:
    view = _view("Die Ministerin erklärte, die Lage sei ernst, und kündigte Hilfen an.")
    assert _text_of(cx._first_cues_speaker(view, _at(view, "kündigte"))) == "Die Ministerin"
    assert cx._first_cues_speaker(view, _at(view, "erklärte")) is None  # no cue before


def test_fronted_subject_but_not_a_fronted_object() -> None:
    view = _view("Die Ministerin erklärte, die Lage sei ernst.")
    assert _text_of(cx._fronted_subject(view, _at(view, "erklärte"))) == "Die Ministerin"
    view = _view("Ihren Widersacher forderte sie auf, zurückzutreten.")
    assert cx._fronted_subject(view, _at(view, "forderte")) is None


def test_subject_after_verb_or_none_for_an_indefinite_phrase() -> None:
    view = _view("Das sei ernst, sagte die Ministerin.")
    cue = _cue_of(view, "sagte")
    assert _text_of(cx._subject_after_verb(view, cue, cue.index, cue.index)) == "die Ministerin"
    view = _view("Dazu sagte ein Umdenken nichts, es sei ernst.")
    cue = _cue_of(view, "sagte")
    assert cx._subject_after_verb(view, cue, 0, cue.index) is None


def test_not_the_holder_an_indefinite_phrase_or_the_opinion_noun() -> None:
    view = _view("Sie vertreten die Auffassung, dass die Lage ernst sei.")
    k = _at(view, "Auffassung")
    noun = view.toks[k]
    opinion = Cue(k, k, "auffassung", True, attitude=True)
    phrase = Mention(start=noun.start - 4, end=noun.end, text="die Auffassung", kind="frame", head="auffassung")
    assert cx._not_the_holder(view.toks, opinion, phrase)
    verb = _cue_of(view, "vertreten")
    assert not cx._not_the_holder(view.toks, verb, phrase)
    some = Mention(start=0, end=3, text="ein Umdenken", kind="other", head="umdenken", det="ein")
    assert cx._not_the_holder(view.toks, verb, some)


def test_shared_subject_of_a_clause_that_opens_with_its_verb() -> None:
    view = _view("Beobachter monieren Mängel, sprechen aber davon, dass alles gut sei.")
    k = _at(view, "sprechen")
    assert _text_of(cx._shared_subject(view, k, k)) == "Beobachter"
    view = _view("Die Lage sei ernst, sagte sie.")
    assert cx._shared_subject(view, 0, _at(view, "sagte")) is None


# --- context._subordinate_subject -----------------------------------------------------------------------


def test_predicative_als_after_a_verb_of_naming_or_before_a_quotation() -> None:
    view = _view("Das Werk wurde von Kennern als „Meilenstein“ bezeichnet.")
    v = _at(view, "bezeichnet")
    assert cx._predicative_als_wie(view.toks, _at(view, "als"), v, "bezeichnen")
    view = _view("Als die Ministerin erklärte, die Lage sei ernst, wurde es still.")
    assert not cx._predicative_als_wie(view.toks, 0, _at(view, "erklärte"), "erklären")


def test_clause_opened_at_a_conjunction_gives_its_subject() -> None:
    view = _view("Als die Ministerin erklärte, die Lage sei ernst, wurde es still.")
    opens, subject = cx._clause_opened_at(view, 0, _at(view, "erklärte"))
    assert opens and _text_of(subject) == "die Ministerin"
    view = _view("Die Marke, die Anna Roth zum Ziel erklärt hatte, wurde verfehlt.")
    opens, subject = cx._clause_opened_at(view, _at(view, "die"), _at(view, "erklärt"))
    assert opens and _text_of(subject) == "Anna Roth"
    view = _view("Die Ministerin und der Bürgermeister erklärten, die Lage sei ernst.")
    assert cx._clause_opened_at(view, _at(view, "und"), _at(view, "erklärten")) == (False, None)


def test_conjunction_opens_but_not_dass() -> None:
    view = _view("Nachdem die Ministerin erklärt hatte, dass alles gut sei, gingen alle.")
    assert cx._conjunction_opens(view.toks, 0)
    assert not cx._conjunction_opens(view.toks, _at(view, "dass"))  # its clause is what is said
    assert cx._conjunction_opens(_view("Während der Sprecher erklärte, es sei gut, lachten alle.").toks, 0)


# --- frames._zufolge -----------------------------------------------------------------------------------


def test_dative_pronoun_reads_like_er_or_sie() -> None:
    view = _view("Ihm zufolge ist die Lage ernst.")
    m = fr._dative_pronoun(view.toks[0])
    assert (m.kind, m.head, m.gender, m.text) == ("pronoun", "er", "m", "Ihm")
    assert fr._dative_pronoun(_view("Ihnen zufolge ist die Lage ernst.").toks[0]).head == "sie"


def test_source_before_zufolge_takes_the_longest_phrase_and_a_place() -> None:
    view = _view("Den Behörden in Mombasa zufolge kamen zwölf Menschen ums Leben.")
    found = fr._source_before_zufolge(view, _at(view, "zufolge"))
    assert found is not None and (found[0], found[1].text) == (0, "Den Behörden in Mombasa")
    view = _view("Angaben der Polizei zufolge gab es keine Verletzten.")
    found = fr._source_before_zufolge(view, _at(view, "zufolge"))
    assert found is not None and found[1].text == "Angaben der Polizei"
    view = _view("Es ist, zufolge, ganz anders.")
    assert fr._source_before_zufolge(view, _at(view, "zufolge")) is None


def test_may_open_phrase_needs_a_determiner_a_noun_or_an_adjective() -> None:
    toks = _view("Dem neuen Bericht zufolge, sagte er, fehlt Geld.").toks
    assert fr._may_open_phrase(toks[0]) and fr._may_open_phrase(toks[1]) and fr._may_open_phrase(toks[2])
    assert not fr._may_open_phrase(toks[4])  # the comma
    assert not fr._may_open_phrase(toks[5])  # a verb


def test_running_to_takes_in_the_place() -> None:
    view = _view("Den Behörden in Mombasa zufolge kamen zwölf Menschen ums Leben.")
    m = Mention(start=0, end=12, text="Den Behörden", kind="org", head="behörden", det="den")
    longer = fr._running_to(view, m, _at(view, "zufolge"))
    assert (longer.text, longer.kind, longer.head, longer.det) == ("Den Behörden in Mombasa", "org", "behörden", "den")


# --- context._coordinated_subject -----------------------------------------------------------------------


def test_first_conjunct_start_goes_back_to_the_comma() -> None:
    view = _view("Als der Zug hielt, trat der Betrunkene den Schaffner und rief nach der Polizei.")
    assert cx._first_conjunct_start(view.toks, _at(view, "rief")) == _at(view, "trat")
    view = _view("Der Student schlief ein und fragte nach dem Weg.")
    assert cx._first_conjunct_start(view.toks, _at(view, "fragte")) == 0


def test_verb_first_conjunct_subject_after_the_verb_or_before_an_apposition() -> None:
    view = _view("Als der Zug hielt, trat der Betrunkene den Schaffner und rief nach der Polizei.")
    m = cx._verb_first_conjunct_subject(view, _at(view, "trat"), _at(view, "rief"))
    assert _text_of(m) == "der Betrunkene"
    view = _view("Einer der Sprecher, Jan Roth, dankte allen und ergänzte, es sei gut.")
    m = cx._verb_first_conjunct_subject(view, _at(view, "dankte"), _at(view, "ergänzte"))
    assert m is not None and "Sprecher" in m.text
    view = _view("Als der Zug hielt, trat und rief er.")
    assert cx._verb_first_conjunct_subject(view, _at(view, "trat"), _at(view, "rief")) is None


def test_subject_first_conjunct_subject_before_its_verb() -> None:
    view = _view("Der Student schlief ein und fragte nach dem Weg.")
    assert _text_of(cx._subject_first_conjunct_subject(view, 0, _at(view, "fragte"))) == "Der Student"
    view = _view("Der Student und fragte nach dem Weg.")
    assert cx._subject_first_conjunct_subject(view, 0, _at(view, "fragte")) is None
    view = _view("Der Student schlief ein und fragte nach dem Weg.")
    assert _text_of(cx._coordinated_subject(view, _at(view, "fragte"))) == "Der Student"


# --- frames._so ----------------------------------------------------------------------------------------


def test_speaker_after_so_with_or_without_a_verb() -> None:
    view = _view("Die Lage sei ernst, so der Minister.")
    i = _at(view, "so")
    m, j = fr._speaker_after_so(view, i, None)
    assert (_text_of(m), view.toks[j].text) == ("der Minister", ".")
    view = _view("Die Ernte werde schlecht, so schätzen Forscher, wegen der Dürre.")
    i = _at(view, "so")
    m, _ = fr._speaker_after_so(view, i, view.cue_at(i + 1))
    assert _text_of(m) == "Forscher"
    view = _view("Die Lage sei ernst, so oder so.")
    assert fr._speaker_after_so(view, _at(view, "so"), None)[0] is None


def test_so_parenthesis_closes_at_a_mark() -> None:
    view = _view("Die Lage sei ernst, so der Minister.")
    assert fr._so_parenthesis(view.toks, _at(view, "so"), _at(view, "."))
    view = _view("Die Lage sei ernst, so der Minister gestern im Landtag.")
    assert not fr._so_parenthesis(view.toks, _at(view, "so"), _at(view, "gestern"))


def test_statement_around_so_joins_the_parts_of_a_report() -> None:
    view = _view("Der Plan sei, so der Minister, endgültig gescheitert.")
    i = _at(view, "so")
    j = _at(view, "Minister") + 1
    m = Mention(
        start=view.toks[i + 1].start, end=view.toks[j - 1].end, text="der Minister", kind="role", head="minister"
    )
    cue_t = (view.toks[i].start, view.toks[i].end, "so")
    c = fr._statement_around_so(view, i, j, m, None, cue_t)
    assert c is not None and len(c.parts) == 2
    view = _view("Es gratulierten ihm, so der Präsident, der Kanzler und die Ministerin.")
    i = _at(view, "so")
    j = _at(view, "Präsident") + 1
    c = fr._statement_around_so(view, i, j, m, None, cue_t)
    assert c is not None and not c.parts and view.text[c.start : c.end] == "Es gratulierten ihm"


# --- frames._frame_candidate ---------------------------------------------------------------------------


def _police(view: SentenceView, word: str) -> Mention:
    t = view.toks[_at(view, word)]
    return Mention(start=t.start, end=t.end, text=t.text, kind="org", head=t.low)


def test_bracketed_statement_is_the_rest_of_the_bracket() -> None:
    view = _view("Die Stadt (nach Angaben der Polizei liegt sie weit entfernt) ist klein.")
    hi = _at(view, "liegt")
    c = fr._bracketed_statement(view, hi, _police(view, "Polizei"), NACH_FRAME, (0, 1, "x"))
    assert c is not None and view.text[c.start : c.end] == "liegt sie weit entfernt"


def test_statement_around_frame_in_two_parts_unless_something_is_made_public() -> None:
    view = _view("Die Ursache ist nach Angaben der Polizei noch unklar.")
    lo, hi = _at(view, "nach"), _at(view, "noch")
    c = fr._statement_around_frame(view, lo, hi, _police(view, "Polizei"), NACH_FRAME, (0, 1, "x"))
    assert c is not None and len(c.parts) == 2
    view = _view("Dies gab nach langen Prüfungen der Professor bekannt.")
    lo, hi = _at(view, "nach"), _at(view, "der")
    assert fr._statement_around_frame(view, lo, hi, _police(view, "Prüfungen"), NACH_FRAME, (0, 1, "x")) is None


def test_frame_of_a_quotes_report_after_the_quotation() -> None:
    view = _view("„Wir schaffen das“, sagte der Trainer laut Spiegel Online.")
    assert fr._frame_of_a_quotes_report(view, _at(view, "sagte"))
    view = _view("Der Trainer sagte laut Spiegel Online, man schaffe das.")
    assert not fr._frame_of_a_quotes_report(view, _at(view, "sagte"))


# --- context._finite_before -----------------------------------------------------------------------------


def test_weak_past_verb_tells_a_verb_from_an_adjective() -> None:
    view = _view("Die Ministerin fasste den Beschluss, dass gebaut werde.")
    assert cx._weak_past_verb(view.toks, _at(view, "fasste"))
    view = _view("Die Ministerin zeigte sich überzeugt, dass gebaut werde.")
    assert cx._weak_past_verb(view.toks, _at(view, "zeigte"))
    assert not cx._weak_past_verb(view.toks, _at(view, "Ministerin"))
    view = _view("In der letzten Sitzung war sie zuversichtlich, dass gebaut werde.")
    assert not cx._weak_past_verb(view.toks, _at(view, "letzten"))  # an adjective before its noun
    assert cx._finite_before(view.toks, _at(view, "zuversichtlich")) == _at(view, "war")


# --- frames._verb_final_cue ----------------------------------------------------------------------------


def test_clause_broken_by_a_colon_or_a_quotation() -> None:
    view = _view("Wie der Trainer: „Wir schaffen das“ sagte, war es laut.")
    assert fr._clause_broken(view.toks, 1, _at(view, "sagte"))
    view = _view("Wie der Trainer der Gäste sagte, war es laut.")
    assert not fr._clause_broken(view.toks, 1, _at(view, "sagte"))


def test_after_verb_final_clause_at_a_comma_or_an_auxiliary() -> None:
    view = _view("Wie der Sprecher mitteilte ist die Halle gesperrt.")
    assert fr._after_verb_final_clause(view.toks, _at(view, "ist"))
    assert fr._after_verb_final_clause(view.toks, len(view.toks))
    assert not fr._after_verb_final_clause(view.toks, _at(view, "Halle"))
    view = _view("Wie der Sprecher mitteilte, ist die Halle gesperrt.")
    assert fr._verb_final_cue(view, 0) == _cue_of(view, "mitteilte")


# --- frames._wie_finding -------------------------------------------------------------------------------


def test_finding_comma_closes_a_short_clause() -> None:
    view = _view("Wie eine Studie ergab, trinken Kinder zu wenig Wasser.")
    assert fr._finding_comma(view.toks, 0) == _at(view, ",")
    view = _view("Wie immer, kamen alle.")
    assert fr._finding_comma(view.toks, 0) == -1  # too short a clause


def test_finder_is_a_study_but_not_a_thing() -> None:
    view = _view("Wie eine Studie ergab, trinken Kinder zu wenig Wasser.")
    assert _text_of(fr._finder(view, 0, _at(view, "ergab"))) == "eine Studie"
    assert fr._wie_finding(view, 0) is not None
    view = _view("Wie das Wetter zeigte, kommt der Herbst früh.")
    assert fr._finder(view, 0, _at(view, "zeigte")) is None


# --- frames._postposed_nach ----------------------------------------------------------------------------


def test_someones_account_before_nach_but_not_aller_voraussicht() -> None:
    view = _view("Ersten Schätzungen nach kamen dreitausend Besucher.")
    m = Mention(start=0, end=18, text="Ersten Schätzungen", kind="frame", head="schätzungen")
    assert fr._someones_account_before(view.toks, 0, m)
    assert fr._postposed_nach(view, _at(view, "nach")) is not None
    view = _view("Aller Voraussicht nach kommen dreitausend Besucher.")
    m = Mention(start=0, end=17, text="Aller Voraussicht", kind="frame", head="voraussicht")
    assert not fr._someones_account_before(view.toks, 0, m)
    view = _view("Meiner Meinung nach kommen dreitausend Besucher.")
    m = Mention(start=0, end=14, text="Meiner Meinung", kind="frame", head="meinung", det="meiner")
    assert not fr._someones_account_before(view.toks, 0, m)


# --- context._subject_after_conjunction -----------------------------------------------------------------


def test_past_words_before_subject_skips_adverbs() -> None:
    view = _view("Wie bereits gestern die Ministerin sagte, sei alles gut.")
    assert cx._past_words_before_subject(view.toks, 1, _at(view, "sagte")) == _at(view, "die")
    view = _view("Wie die Ministerin sagte, sei alles gut.")
    assert cx._past_words_before_subject(view.toks, 1, _at(view, "sagte")) == 1


def test_stands_as_subject_reaches_the_verb_or_reads_as_a_nominative() -> None:
    view = _view("Wie die Ministerin gestern sagte, sei alles gut.")
    m = Mention(start=4, end=18, text="die Ministerin", kind="role", head="ministerin", det="die")
    v = _at(view, "sagte")
    assert cx._stands_as_subject(view.toks, m, v, v, False)
    assert cx._stands_as_subject(view.toks, m, _at(view, "gestern"), v, True)
    assert not cx._stands_as_subject(view.toks, m, _at(view, "gestern"), v, False)
    view = _view("Wie die Ministerin, gestern, sagte, sei alles gut.")
    assert not cx._stands_as_subject(view.toks, m, _at(view, ","), _at(view, "sagte"), True)


# --- context._subject_after_relative --------------------------------------------------------------------


def test_past_possessed_noun_after_dessen() -> None:
    view = _view("Es gab ein Urteil, in dessen Folge das Gericht erklärte, alles sei gut.")
    k = _at(view, "dessen") + 1
    assert cx._past_possessed_noun(view.toks, k, _at(view, "erklärte")) == _at(view, "das")
    view = _view("Es gab ein Urteil, in dessen neuer Folge das Gericht erklärte, alles sei gut.")
    k = _at(view, "dessen") + 1
    assert cx._past_possessed_noun(view.toks, k, _at(view, "erklärte")) == _at(view, "das")
    j = _at(view, "dessen")
    assert _text_of(cx._subject_after_relative(view, j, _at(view, "erklärte"))) == "das Gericht"
    view = _view("Es gab eine Pressekonferenz, auf der erklärte, alles sei gut.")
    k = _at(view, "der") + 1
    assert cx._past_possessed_noun(view.toks, k, k) == k  # nothing before the verb


# --- context.antecedent ---------------------------------------------------------------------------------


def test_antecedent_may_start_at_an_article_not_after_it() -> None:
    view = _view("Nach der Sitzung des Rates, die lange dauerte, ging es weiter.")
    comma = _at(view, ",")
    assert cx._antecedent_may_start(view.toks, _at(view, "der"), comma)
    assert not cx._antecedent_may_start(view.toks, _at(view, "Sitzung"), comma)


def test_speechless_antecedent_a_bare_name_after_a_preposition() -> None:
    view = _view("Er sprach mit Lindner, der alle überraschte.")
    bare = Mention(start=14, end=21, text="Lindner", kind="name", head="lindner", name="Lindner")
    assert cx._speechless_antecedent(view.toks, _at(view, "Lindner"), bare)
    view = _view("Es sprach die Ministerin, die alle überraschte.")
    person = Mention(start=9, end=24, text="die Ministerin", kind="role", head="ministerin", det="die")
    assert not cx._speechless_antecedent(view.toks, _at(view, "die"), person)
    assert _text_of(cx.antecedent(view, _at(view, ","))) == "die Ministerin"


# --- context._antecedent_before_verbs -------------------------------------------------------------------


def test_verbs_before_comma_one_or_none() -> None:
    view = _view("Sie wollen dem Beispiel der Abgeordneten Anna Roth folgen, die erklärt hat, sie trete zurück.")
    comma = _at(view, ",")
    assert cx._verbs_before_comma(view.toks, comma) == _at(view, "folgen")
    assert _text_of(cx._antecedent_before_verbs(view, comma)) == "der Abgeordneten Anna Roth"
    view = _view("Sie sprachen mit der Abgeordneten Anna Roth, die erklärt hat, sie trete zurück.")
    comma = _at(view, ",")
    assert cx._verbs_before_comma(view.toks, comma) == comma


def test_inside_phrase_after_an_article_but_not_at_a_genitive() -> None:
    view = _view("Sie folgen dem Beispiel des Abgeordneten Roth, der erklärt hat, er trete zurück.")
    assert cx._inside_phrase(view.toks, _at(view, "Beispiel"))  # after "dem"
    assert not cx._inside_phrase(view.toks, _at(view, "des"))  # a genitive after the noun


# --- spans._narrated_main_clause ------------------------------------------------------------------------


def test_subject_then_past_verb_past_a_place() -> None:
    view = _view("Sie habe zu spät gehandelt und die Fraktion im Landtag forderte ihren Rücktritt.")
    s = _at(view, "die")
    assert sp._subject_then_past_verb(view, s, len(view.toks) - 1)
    view = _view("Sie habe zu spät gehandelt und die Fraktion im Landtag fordere ihren Rücktritt.")
    assert not sp._subject_then_past_verb(view, s, len(view.toks) - 1)


def test_past_prepositional_phrases_to_the_verb() -> None:
    view = _view("Die Fraktion im Landtag forderte ihren Rücktritt.")
    e = len(view.toks) - 1
    assert sp._past_prepositional_phrases(view.toks, _at(view, "im"), e) == _at(view, "forderte")
    assert sp._past_prepositional_phrases(view.toks, _at(view, "forderte"), e) == _at(view, "forderte")
    view = _view("Die Fraktion im.")
    assert sp._past_prepositional_phrases(view.toks, _at(view, "im"), len(view.toks) - 1) == -1


# --- frames._laut ----------------------------------------------------------------------------------------


def test_can_speak_a_body_but_not_a_contract() -> None:
    agency = Mention(
        start=0, end=22, text="der Agentur Nordpress", kind="other", head="agentur", name="Agentur Nordpress"
    )
    assert fr._can_speak(agency)
    assert fr._can_speak(Mention(start=0, end=3, text="ihr", kind="pronoun", head="sie"))
    assert not fr._can_speak(Mention(start=0, end=11, text="dem Vertrag", kind="other", head="vertrag", det="dem"))
    view = _view("Gemäß dem Vertrag endet die Frist im Mai.")
    assert fr._laut(view, 0, sources_only=True) is None
    view = _view("Gemäß der Agentur Nordpress endet die Frist im Mai.")
    assert fr._laut(view, 0, sources_only=True) is not None


# --- context.speaker_of_cue -----------------------------------------------------------------------------


def _noun_cue(view: SentenceView, word: str) -> Cue:
    """The attitude cue of the statement noun ``word``."""
    for c in view.cues:
        if view.toks[c.index].text == word:
            return c
    raise AssertionError(word)


def test_statement_noun_holder_settles_the_named_holder_or_nobody() -> None:
    view = _view("Die Forderung des Ministers, die Steuern zu senken, stieß auf Kritik.")
    settled, holder = cx._statement_noun_holder(view, _noun_cue(view, "Forderung"))
    assert settled and _text_of(holder) == "des Ministers"
    view = _view("Die Opposition wandte sich gegen die Behauptung, die Steuern würden sinken.")
    assert cx._statement_noun_holder(view, _noun_cue(view, "Behauptung")) == (True, None)
    view = _view("Er teilte die Sorge, die Preise könnten steigen.")
    assert cx._statement_noun_holder(view, _noun_cue(view, "Sorge")) == (False, None)  # the clause tells
    assert _text_of(cx.speaker_of_cue(view, _noun_cue(view, "Sorge"))) == "Er"


# --- frames._nach_frame ---------------------------------------------------------------------------------


def test_frame_noun_ahead_of_nach() -> None:
    view = _view("Nach Angaben der Polizei gab es keine Verletzten.")
    assert fr._frame_noun_ahead(view.toks, 0)
    view = _view("Nach dem Spiel gingen alle nach Hause.")
    assert not fr._frame_noun_ahead(view.toks, 0)


def test_account_after_nach_but_not_a_plan() -> None:
    view = _view("Nach Angaben der Polizei gab es keine Verletzten.")
    police = Mention(start=20, end=31, text="der Polizei", kind="org", head="polizei", det="der")
    frame = Mention(start=5, end=31, text="Angaben der Polizei", kind="frame", head="angaben", inner=police)
    c = fr._account_after_nach(view, 0, _at(view, "gab"), frame)
    assert c is not None and view.text[c.start : c.end] == "gab es keine Verletzten"
    view = _view("Nach Plan beginnt der Bau im Mai.")
    plan = Mention(start=5, end=9, text="Plan", kind="frame", head="plan")
    assert fr._account_after_nach(view, 0, _at(view, "beginnt"), plan) is None
