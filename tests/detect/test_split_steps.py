"""The small steps the detector's long functions were split into, each called alone on a phrase or sentence of
our own making."""

from __future__ import annotations

from quotetool.detect import Proposal, lexicon
from quotetool.detect import context as cx
from quotetool.detect import coref as co
from quotetool.detect import cues as cu
from quotetool.detect import detector as dt
from quotetool.detect import direct as di
from quotetool.detect import frames as fr
from quotetool.detect import indirect as ind
from quotetool.detect import speakers as sp
from quotetool.detect.candidate import Candidate
from quotetool.detect.context import SentenceView
from quotetool.detect.coref import Registry
from quotetool.detect.cues import Cue, find_cues
from quotetool.detect.indirect import backward_candidate
from quotetool.detect.marks import QuoteSpan, pair_quotes, paragraphs
from quotetool.detect.rules import RULES
from quotetool.detect.sentences import Sentence, split_sentences
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


# --- speakers._classify ---------------------------------------------------------------------------------


def test_leading_titles_take_titles_and_roles_and_pass_over_a_genitive_before_a_role() -> None:
    mods: list[str] = []
    assert sp._leading_titles(_caps("Frau Professorin Petra Lindner"), mods) == ("f", ["Frau", "Professorin"], 2)
    assert mods == []
    gender, roles, idx = sp._leading_titles(_caps("Bayerns Innenminister Jonas Kramer"), mods)
    assert (gender, roles, idx) == ("m", ["Innenminister"], 2)
    assert mods == [sp._stem("Bayerns")]
    # a role noun as the last word is the head, not a title
    assert sp._leading_titles(_caps("Innenminister"), []) == ("?", [], 0)


def test_modifies_role_ahead_needs_a_role_noun_within_two_words() -> None:
    caps = _caps("Bayerns Innenminister")
    assert sp._modifies_role_ahead(caps, 0, "Bayerns")
    assert not sp._modifies_role_ahead(_caps("Bayerns Wälder"), 0, "Bayerns")
    assert not sp._modifies_role_ahead(_caps("Jonas Innenminister"), 0, "Jonas")  # a first name
    assert not sp._modifies_role_ahead(caps, 1, "Innenminister")  # nothing ahead


def test_from_first_name_starts_the_name_at_an_inner_first_name() -> None:
    caps = _caps("Hamburgs Erster Bürgermeister Stefan Hartmann")
    assert [t.text for t in sp._from_first_name(caps)] == ["Stefan", "Hartmann"]
    caps = _caps("Stefan Hartmann")
    assert sp._from_first_name(caps) == caps
    caps = _caps("Deutsche Stefan")  # only between the first and the last word
    assert sp._from_first_name(caps) == caps


def test_classify_last_reads_an_age_a_name_or_a_noun() -> None:
    text = "die 47-Jährige"
    m = sp._classify_last(text, 0, len(text), "die", "47-Jährige", [], "?", [], None)
    assert (m.kind, m.head, m.age, m.gender) == ("role", "jährige", 47, "f")
    text = "Ministerin Vogel"
    m = sp._classify_last(text, 0, len(text), "", "Vogel", ["Ministerin"], "f", [], None)
    assert (m.kind, m.name, m.role, m.gender) == ("name", "Vogel", "Ministerin", "f")
    text = "der Sprecher"
    m = sp._classify_last(text, 0, len(text), "der", "Sprecher", [], "?", [], None)
    assert (m.kind, m.head, m.gender, m.name) == ("role", "sprecher", "m", "")


def test_classify_several_tells_a_persons_name_from_an_organisations() -> None:
    text = "Kanzlerin Petra Lindner"
    caps = _caps(text)
    m = sp._classify_several(text, 0, len(text), "", caps[1:], ["Kanzlerin"], "f", [], None)
    assert (m.kind, m.name, m.head, m.role, m.gender) == ("name", "Petra Lindner", "Lindner", "Kanzlerin", "f")
    text = "die Grüne Jugend"
    m = sp._classify_several(text, 0, len(text), "die", _caps("Grüne Jugend"), [], "?", [], None)
    assert (m.kind, m.name, m.head) == ("other", "Grüne Jugend", "jugend")


def test_phrase_builders_fill_the_mention_fields() -> None:
    text = "der 61-jährige"
    m = sp._age_phrase(text, 0, len(text), "der", "61-jährige", ["x"], 61)
    assert m == sp.Mention(0, len(text), text, "role", "jährige", det="der", gender="m", modifiers=("x",), age=61)
    text = "Dr. Ute Brandt"
    m = sp._name_phrase(text, 0, len(text), "", "Ute Brandt", "Brandt", "f", [], None, ["Dr"])
    assert m == sp.Mention(0, len(text), text, "name", "Brandt", name="Ute Brandt", gender="f", role="Dr")
    text = "die Lage"
    m = sp._noun_phrase(text, 0, len(text), "die", "Lage", "other", "lage", [], None)
    assert (m.kind, m.head, m.gender) == ("other", "lage", "f")


# --- detector._detect -----------------------------------------------------------------------------------


def _sentences(text: str) -> tuple[list[QuoteSpan], list[Sentence]]:
    paras = paragraphs(text)
    quotes = pair_quotes(text, paras)
    return quotes, split_sentences(text, paras, quotes)


def _only(text: str) -> tuple[str, Sentence]:
    """A one-sentence text and its sentence."""
    return text, _sentences(text)[1][0]


def _view(text: str, sent: Sentence, index: int = 0) -> SentenceView:
    quotes, _ = _sentences(text)
    squotes = [q for q in quotes if sent.start <= q.open and q.end <= sent.end]
    toks = tokenize(text, sent.start, sent.end, squotes)
    return SentenceView(text, sent.start, sent.end, index, toks, find_cues(toks, None))


def test_quotes_in_collects_a_sentences_quotations_and_moves_on() -> None:
    text = "„Wir bauen“, sagte sie. Es regnete. „Bald“, sagte er, „ist es fertig.“"
    quotes, sents = _sentences(text)
    ends = [q.end for q in quotes]
    qi, found = dt._quotes_in(quotes, ends, 0, sents[0])
    assert (qi, [text[q.open : q.end] for q in found]) == (0, ["„Wir bauen“"])
    assert dt._quotes_in(quotes, ends, qi, sents[1]) == (1, [])
    qi, found = dt._quotes_in(quotes, ends, 1, sents[2])
    assert (qi, [text[q.open : q.end] for q in found]) == (1, ["„Bald“", "„ist es fertig.“"])


def test_sentence_tokens_pass_over_a_sentence_without_quotation_cue_or_subjunctive() -> None:
    text = "Der Wind war kalt. Die Straße sei gesperrt. „Nein“, sagte sie."
    quotes, sents = _sentences(text)
    assert dt._sentence_tokens(text, sents[0], [], None, False) is None
    toks = dt._sentence_tokens(text, sents[1], [], None, False)
    assert toks is not None and [t.text for t in toks] == ["Die", "Straße", "sei", "gesperrt", "."]
    toks = dt._sentence_tokens(text, sents[2], quotes, None, False)
    assert toks is not None and toks[0].quote is quotes[0]


def test_chosen_candidates_finds_a_direct_quote_or_a_continuation() -> None:
    text = "„Die Brücke wird im Mai fertig“, sagte er. Die Straße sei gesperrt."
    _, sents = _sentences(text)
    chosen = dt._chosen_candidates(_view(text, sents[0]), None, True, False)
    assert [(c.rule.name, text[c.start : c.end]) for c in chosen] == [
        ("direct-cue-after", "Die Brücke wird im Mai fertig")
    ]
    assert chosen[0].mention is not None and chosen[0].mention.text == "er"
    chosen = dt._chosen_candidates(_view(text, sents[1], 1), None, False, True)
    assert [(c.rule.name, text[c.start : c.end]) for c in chosen] == [
        ("subjunctive-continuation", "Die Straße sei gesperrt")
    ]


def test_propose_chosen_adds_proposals_with_their_speakers() -> None:
    text = "„Die Brücke wird im Mai fertig“, sagte Jonas Kramer."
    _, sents = _sentences(text)
    view = _view(text, sents[0])
    chosen = dt._chosen_candidates(view, None, True, False)
    out: list[Proposal] = []
    last, proposed = dt._propose_chosen(text, out, chosen, view.toks, Registry(text), None, 0, None, None)
    assert proposed and [(p.quote, p.speaker) for p in out] == [("Die Brücke wird im Mai fertig", "Jonas Kramer")]
    assert last is not None and (last.sentence, last.speaker) == (0, "Jonas Kramer")
    # a continuation with no statement before it: reported by its grammar, its speaker left to the editor
    text = "Die Straße sei gesperrt."
    _, sents = _sentences(text)
    view = _view(text, sents[0])
    chosen = dt._chosen_candidates(view, None, False, False)
    out = []
    last, proposed = dt._propose_chosen(text, out, chosen, view.toks, Registry(text), None, 0, None, None)
    assert proposed and last is None
    assert [(p.rule, p.speaker) for p in out] == [("subjunctive-unattributed", None)]


def test_report_without_speaker_only_for_rules_that_have_an_unattributed_form() -> None:
    text = "Die Straße sei gesperrt. „Nein“, sagte sie."
    _, sents = _sentences(text)
    view = _view(text, sents[0])
    c = dt._chosen_candidates(view, None, False, True)[0]
    rule = dt._report_without_speaker(c, view.toks)
    assert rule is not None and rule.name == "subjunctive-unattributed"
    view = _view(text, sents[1], 1)
    c = dt._chosen_candidates(view, None, True, False)[0]
    assert dt._report_without_speaker(c, view.toks) is None


def test_propose_backward_attributes_the_sentence_before() -> None:
    text = "Die Straße sei bis Freitag gesperrt. Das bestätigte die Polizei."
    _, sents = _sentences(text)
    view = _view(text, sents[1], 1)
    back = backward_candidate(view, sents[0].start, sents[0].end, 0)
    assert back is not None
    out: list[Proposal] = []
    last = dt._propose_backward(text, out, back, Registry(text), 1, None)
    assert [(p.quote, p.speaker) for p in out] == [("Die Straße sei bis Freitag gesperrt", "Polizei")]
    assert last is not None and (last.sentence, last.speaker) == (1, "Polizei")


# --- indirect._complement_clause ------------------------------------------------------------------------


def _one(text: str) -> tuple[SentenceView, Cue]:
    """The view of a one-sentence text and its first cue."""
    toks = tokenize(text, 0, len(text), pair_quotes(text, paragraphs(text)))
    view = SentenceView(text, 0, len(text), 0, toks, find_cues(toks, None))
    return view, view.cues[0]


def _found(view: SentenceView, c: Candidate | None) -> tuple[str, str, str | None] | None:
    if c is None:
        return None
    return c.rule.name, view.text[c.start : c.end], c.mention.text if c.mention is not None else None


def test_complement_start_passes_over_an_apposition_to_the_subject() -> None:
    view, cue = _one("Der Sprecher erklärte, dass die Brücke gesperrt bleibe.")
    assert ind._complement_start(view.toks, cue) == (3, 4)
    view, cue = _one("Das erklärte der Eigentümer, eine Firma aus Kiel, dass die Halle verkauft werde.")
    e, k = ind._complement_start(view.toks, cue) or (0, 0)
    assert (view.toks[e].text, view.toks[k].text, k) == (",", "dass", 10)
    assert ind._apposition_before_complementizer(view.toks, 5, 9)
    assert not ind._apposition_before_complementizer(view.toks, 10, 14)
    view, cue = _one("Der Sprecher erklärte.")
    assert ind._complement_start(view.toks, cue) == (3, 3)  # (the full stop: no complement there)
    view, cue = _one("Der Sprecher erklärte")
    assert ind._complement_start(view.toks, cue) is None


def test_complementizer_clause_is_a_report_but_not_after_a_verb_of_deciding() -> None:
    view, cue = _one("Der Sprecher erklärte, dass die Brücke gesperrt bleibe.")
    assert _found(view, ind._complementizer_clause(view, cue, 4)) == (
        "dass-clause",
        "die Brücke gesperrt bleibe",
        "Der Sprecher",
    )
    view, cue = _one("Die Firma entscheidet, ob sie bleibt.")
    assert ind._complementizer_clause(view, cue, 4) is None


def test_unmarked_complement_reads_konjunktiv_colon_and_infinitive_clauses() -> None:
    view, cue = _one("Die Ärztin sagte, die Lage sei ernst.")
    assert _found(view, ind._unmarked_complement(view, cue, 3, 4)) == (
        "subjunctive-clause",
        "die Lage sei ernst",
        "Die Ärztin",
    )
    view, cue = _one("Der Richter hat entschieden: Die Stadt muss zahlen.")
    assert _found(view, ind._unmarked_complement(view, cue, 4, 5)) == (
        "colon-clause",
        "Die Stadt muss zahlen",
        "Der Richter",
    )
    view, cue = _one("Der Verband kündigte an, die Beiträge zu senken.")
    assert _found(view, ind._unmarked_complement(view, cue, 4, 5)) == (
        "infinitive-clause",
        "die Beiträge zu senken",
        "Der Verband",
    )
    view, cue = _one("Der Bürgermeister sagte, weil es regnete, wenig.")
    assert ind._unmarked_complement(view, cue, 3, 4) is None


def test_complement_subjunctive_and_the_clauses_that_are_no_complement() -> None:
    view, cue = _one("Die Ärztin sagte, die Lage sei ernst.")
    hi = len(view.toks) - 1
    assert ind._complement_subjunctive(view, 4, hi, hi)
    assert not ind._other_clause_after_cue(view.toks, cue, 4, hi, hi, ",", True)
    view, cue = _one("Die Ärztin sagte, die Lage ist ernst.")
    assert not ind._complement_subjunctive(view, 4, hi, hi)
    view, cue = _one("Der Bürgermeister sagte, weil es regnete, wenig.")
    assert ind._other_clause_after_cue(view.toks, cue, 4, 7, 7, ",", False)


def test_subjunctive_and_colon_complements_alone() -> None:
    view, cue = _one("Die Ärztin sagte, die Lage sei ernst.")
    assert _found(view, ind._subjunctive_complement(view, cue, 4, len(view.toks) - 1)) == (
        "subjunctive-clause",
        "die Lage sei ernst",
        "Die Ärztin",
    )
    view, cue = _one("Der Richter hat entschieden: Die Stadt muss zahlen.")
    hi = len(view.toks) - 1
    assert _found(view, ind._colon_clause(view, cue, 5, hi, hi)) == (
        "colon-clause",
        "Die Stadt muss zahlen",
        "Der Richter",
    )
    view, cue = _one("Der Richter hat entschieden: die Stadt muss zahlen.")  # (no capital after the colon)
    assert ind._colon_clause(view, cue, 5, hi, hi) is None


# --- speakers._with_genitive ----------------------------------------------------------------------------


def test_with_attributes_adds_an_age_or_returns_the_phrase() -> None:
    text = "Anna Roth, 52, sagte"
    m = sp.Mention(0, 9, "Anna Roth", "name", "Roth", name="Anna Roth", gender="f")
    assert sp._with_attributes(text, m, 9, None, []) is m
    got = sp._with_attributes(text, m, 13, 52, [])
    assert (got.text, got.end, got.age, got.name) == ("Anna Roth, 52", 13, 52, "Anna Roth")


def test_role_holder_named_after_the_genitive() -> None:
    text = "Der Vorsitzende des Vereins Jonas Kramer sagte"
    m = sp.Mention(0, 15, "Der Vorsitzende", "role", "vorsitzende", det="der", gender="m")
    gen = sp.Mention(16, 40, "des Vereins Jonas Kramer", "name", "Kramer", name="Jonas Kramer", det="des")
    assert sp._name_after_genitive(text, gen, 40)
    bare = sp.Mention(16, 33, "des Jonas Kramer", "name", "Kramer", name="Jonas Kramer", det="des")
    assert not sp._name_after_genitive("Der Vorsitzende des Jonas Kramer", bare, 33)  # the name is the genitive
    got = sp._role_holder_after_genitive(text, m, gen, 40, ("vere",))
    assert (got.kind, got.name, got.role, got.gender, got.modifiers) == (
        "name",
        "Jonas Kramer",
        "Vorsitzende des Vereins",
        "m",
        ("vere",),
    )
    assert sp._with_genitive(text, m, gen, 0, 40, None, []).name == "Jonas Kramer"


def test_frame_keeps_its_source_inside_and_a_role_takes_the_genitive_as_modifier() -> None:
    text = "Angaben der Polizei zufolge"
    frame = sp.Mention(0, 7, "Angaben", "frame", "angaben")
    police = sp.Mention(8, 19, "der Polizei", "org", "polizei", det="der")
    got = sp._source_inside(text, frame, police, 19, ("poli",))
    assert (got.text, got.kind, got.inner, got.modifiers) == ("Angaben der Polizei", "frame", police, ("poli",))
    text = "der Sprecher des Ministeriums sagte"
    role = sp.Mention(0, 12, "der Sprecher", "role", "sprecher", det="der", gender="m")
    got = sp._genitive_modifier(text, role, 29, ("mini",))
    assert got == role._replace(end=29, text="der Sprecher des Ministeriums", modifiers=("mini",))


# --- speakers._special_phrase ---------------------------------------------------------------------------


def _np_toks(text: str) -> list[Tok]:
    return tokenize(text, 0, len(text), pair_quotes(text, paragraphs(text)))


def test_stands_alone_tells_a_pronoun_from_a_determiner() -> None:
    assert sp._stands_alone(_np_toks("sagte dieser"), 1, 2)
    assert sp._stands_alone(_np_toks("dieser sagte"), 0, 2)
    assert not sp._stands_alone(_np_toks("diese Woche"), 0, 2)


def test_special_phrase_reads_pronouns_and_groups() -> None:
    toks = _np_toks("sagte diese")
    m, j = sp._special_phrase("sagte diese", toks, toks[1], 1, "diese", 2, False)
    assert m is not None and (m.kind, m.head, m.gender, j) == ("pronoun", "diese", "f", 2)
    toks = _np_toks("Beide widersprachen")
    m, j = sp._special_phrase("Beide widersprachen", toks, toks[0], 0, "beide", 2, False)
    assert m is not None and (m.kind, m.head, m.gender, j) == ("group", "beide", "pl", 1)
    toks = _np_toks("Diese Woche")
    assert sp._special_phrase("Diese Woche", toks, toks[0], 0, "diese", 2, False) == (None, -1)


def test_partitive_phrase_takes_the_head_of_the_group() -> None:
    text = "Einige der Ärzte sagten"
    toks = _np_toks(text)
    m, j = sp._partitive_phrase(text, toks, toks[0], 0, "einige", len(toks))
    # (the head is the role noun "Arzt", whose plural the lexicon knows since recall round 13)
    assert m is not None and (m.text, m.kind, m.head, m.det, j) == ("Einige der Ärzte", "group", "arzt", "einige", 3)
    text = "einer der Ärzte sagte"
    toks = _np_toks(text)
    m, _ = sp._partitive_phrase(text, toks, toks[0], 0, "einer", len(toks))
    assert m is not None and m.kind == "role"  # one of them: the kind of the group's phrase (Ärzte: role nouns)


def test_percent_phrase_reads_a_survey_share_with_its_genitive() -> None:
    text = "Rund 40 Prozent der Befragten sagten"
    toks = _np_toks(text)
    m, j = sp._percent_phrase(text, toks, toks[0], 0, "rund", len(toks), False)
    assert m is not None and (m.text, m.kind, m.head, j) == ("Rund 40 Prozent der Befragten", "group", "prozent", 5)
    m, j = sp._percent_phrase(text, toks, toks[0], 0, "rund", len(toks), True)  # (nested: no genitive)
    assert m is not None and (m.text, j) == ("Rund 40 Prozent", 3)
    text = "40 Tage lang"
    toks = _np_toks(text)
    assert sp._percent_phrase(text, toks, toks[0], 0, "40", len(toks), False) == (None, -1)


# --- cues.find_cues -------------------------------------------------------------------------------------


def test_cue_hits_are_the_words_that_may_be_cues() -> None:
    assert cu._cue_hits(_np_toks("Er sagte, er habe Zeit zu geben."), None) == [1, 7]
    assert cu._cue_hits(_np_toks("Der Wind war kalt."), None) == []


def test_word_cues_read_verbs_particle_verbs_and_attitude_adjectives() -> None:
    toks = _np_toks("Die Polizei teilte am Montag mit, dass")
    out: list[Cue] = []
    assert cu._word_cues(toks, [2], None, out)  # the cue runs to its particle
    assert out == [Cue(2, 5, "mitteilen", False)]
    toks = _np_toks("Sie sei zuversichtlich, dass es klappt.")
    out = []
    assert not cu._word_cues(toks, [2], None, out)
    assert out == [Cue(2, 2, "zuversichtlich", True, attitude=True)]


def test_particle_verb_cue_finds_the_particle_after_or_just_before() -> None:
    toks = _np_toks("Die Polizei teilte am Montag mit, dass")
    assert cu._particle_verb_cue(toks, 2, lexicon.PARTICLE_VERBS["teilte"]) == Cue(2, 5, "mitteilen", False)
    toks = _np_toks("wie der Konzern bekannt gab.")
    assert cu._particle_verb_cue(toks, 4, lexicon.PARTICLE_VERBS["gab"]) == Cue(3, 4, "bekanntgeben", False)
    toks = _np_toks("Die Polizei teilte am Montag, dass")
    assert cu._particle_verb_cue(toks, 2, lexicon.PARTICLE_VERBS["teilte"]) is None


def test_attitude_cue_needs_a_complement_after_the_adjective() -> None:
    toks = _np_toks("Sie sei zuversichtlich, dass es klappt.")
    assert cu._attitude_cue(toks, 2, "zuversichtlich")
    toks = _np_toks("Sie war so zuversichtlich, dass sie blieb.")  # ("so …, dass": a consequence)
    assert not cu._attitude_cue(toks, 3, "zuversichtlich")
    toks = _np_toks("Sie sei zuversichtlich und froh.")
    assert not cu._attitude_cue(toks, 2, "zuversichtlich")


def test_without_closing_particles_drops_a_particle_cue_and_sorts() -> None:
    verb = Cue(1, 4, "bekanntgeben", False)
    particle = Cue(4, 4, "bekannt", True, attitude=True)
    other = Cue(0, 0, "sagen", False)
    assert cu._without_closing_particles([verb, particle, other]) == [other, verb]


# --- direct._cue_before ---------------------------------------------------------------------------------


def _quote_index(view: SentenceView) -> int:
    return next(i for i, t in enumerate(view.toks) if t.quote is not None)


def test_cue_before_separator_finds_the_cue_of_the_clause_before() -> None:
    view, _ = _one("Die Ministerin sagte: „Wir bauen.“")
    assert di._cue_before_separator(view, 3, ":") == Cue(2, 2, "sagen", False)
    view = _view(*_only("Der Wind war kalt, „wir bauen“."))
    assert di._cue_before_separator(view, 4, ",") is None


def test_quote_after_cue_takes_the_cues_speaker_but_no_thought_before_a_comma() -> None:
    view, cue = _one("Die Ministerin sagte: „Wir bauen.“")
    assert _found(view, di._quote_after_cue(view, 4, cue, ":")) == ("direct-cue-before", "Wir bauen.", "Die Ministerin")
    view, cue = _one("Er glaubt, „wir bauen“.")
    assert di._quote_after_cue(view, 3, cue, ",") is None


def test_quote_after_colon_without_cue() -> None:
    view = _view(*_only("Die Lage sei ernst: „Wir bauen.“"))
    assert _found(view, di._quote_after_colon(view, _quote_index(view))) == ("direct-continuation", "Wir bauen.", None)
    view = _view(*_only("Die Ministerin: „Wir bauen.“"))
    assert _found(view, di._quote_after_colon(view, 3)) == ("direct-colon-speaker", "Wir bauen.", "Die Ministerin")
    m = di._bare_speaker_before(view, 2)
    assert m is not None and (m.text, m.kind) == ("Die Ministerin", "role")
    view = _view(*_only("Es war kalt und spät: „Wir bauen.“"))
    assert di._bare_speaker_before(view, _quote_index(view) - 1) is None


# --- direct._cue_after ----------------------------------------------------------------------------------


def test_subject_after_cue_is_the_speaker_or_none_for_hiess_es() -> None:
    view = _view(*_only("„Wir bauen“, sagte die Ministerin am Montag."))
    m, end = di._subject_after_cue(view, 2, view.cues[0]) or (None, 0)
    assert m is not None and (m.text, end) == ("die Ministerin", 5)
    view = _view(*_only("„Wir bauen“, hieß es."))
    assert di._subject_after_cue(view, 2, view.cues[0]) == (None, 4)


def test_wie_clause_after_gives_its_cue_and_speaker_but_no_nickname() -> None:
    view = _view(*_only("„Wir bauen“, wie die Ministerin sagte."))
    found = di._wie_clause_after(view, 2)
    assert found is not None
    cue, m, end = found
    assert (cue.lemma, m is not None and m.text, end) == ("sagen", "die Ministerin", 6)
    view = _view(*_only("„Trap“, wie er genannt wird."))
    assert di._wie_clause_after(view, 2) is None


def test_second_part_of_a_split_quote() -> None:
    view = _view(*_only("„Wir bauen“, sagte die Ministerin, „und zwar bald.“"))
    assert di._second_part(view, 5) == 6
    view = _view(*_only("„Wir bauen“, sagte die Ministerin am Montag."))
    assert di._second_part(view, 5) == -1


def test_cue_after_marks_the_second_part_used() -> None:
    text = "„Wir bauen“, sagte die Ministerin, „und zwar bald.“"
    view = _view(*_only(text))
    used: set[int] = set()
    c = di._cue_after(view, 0, used)
    second = (text.index("und"), text.index("“", 20))
    assert c is not None and (c.rule.name, c.parts, used) == ("direct-split", ((1, 10), second), {6})


# --- context.speaker_of_cue -----------------------------------------------------------------------------


def _text_of(m: Mention | None) -> str | None:
    return m.text if m is not None else None


def test_holder_in_noun_cue_is_the_genitive_after_the_statement_noun() -> None:
    view, cue = _one("Die Forderung des Ministers, die Steuern zu senken, stieß auf Kritik.")
    assert _text_of(cx._holder_in_noun_cue(view, cue)) == "des Ministers"
    view, cue = _one("Die Forderung, die Steuern zu senken, stieß auf Kritik.")
    assert cx._holder_in_noun_cue(view, cue) is None


def test_subject_of_clause_for_relative_and_verb_final_clauses() -> None:
    view, _ = _one("Sie traf den Mann, der sagte, er komme morgen.")
    cue = view.cues[-1]
    assert cx._relative_pronoun_subject(view.toks, 5, 6)
    assert _text_of(cx._subject_of_clause(view, cue, 5, 6)) == "den Mann"
    view, cue = _one("Wie die Polizei mitteilte, sei niemand verletzt.")
    assert not cx._relative_pronoun_subject(view.toks, 0, 3)
    assert _text_of(cx._verb_final_subject(view, 0, 3)) == "die Polizei"
    view, cue = _one("Wie von Experten betont wurde, sei das Risiko gering.")
    assert _text_of(cx._verb_final_subject(view, 0, 3)) == "Experten"  # the agent of a passive


def test_place_cue_source_is_a_document_or_a_prepositional_source() -> None:
    view, cue = _one("In der Mitteilung heißt es, die Lage sei ernst.")
    assert _text_of(cx._place_cue_source(view, cue, 0, 3)) == "der Mitteilung"
    view, cue = _one("Eine Erklärung der Behörde, in der es heißt, die Lage sei ernst, kam spät.")
    assert _text_of(cx._place_cue_source(view, cue, 5, 8)) == "Eine Erklärung der Behörde"


# --- speakers._outer_phrase -----------------------------------------------------------------------------


def test_age_in_commas_after_a_name() -> None:
    toks = _np_toks("Alice Kakamara, 30, sagte")
    name = sp.Mention(0, 14, "Alice Kakamara", "name", "Kakamara", name="Alice Kakamara")
    assert sp._age_in_commas(toks, name, 2, len(toks))
    assert not sp._age_in_commas(toks, name._replace(kind="role"), 2, len(toks))
    toks = _np_toks("Alice Kakamara, 2024, sagte")  # (a year, no age)
    assert not sp._age_in_commas(toks, name, 2, len(toks))


def test_past_relative_clause_inside_the_phrase() -> None:
    text = "Jonas Kramer, dessen Amt zuständig ist, sagte"
    toks = _np_toks(text)
    name = sp.Mention(0, 12, "Jonas Kramer", "name", "Kramer", name="Jonas Kramer")
    # only when the clause's closing comma is the last token before the limit
    assert sp._past_relative_clause(toks, name, 2, 12, 8) == (8, text.index(" ist") + 4)
    assert sp._past_relative_clause(toks, name, 2, 12, len(toks)) == (2, 12)


def test_owned_by_possessive_puts_the_owner_inside() -> None:
    text = "ihren Angaben zufolge"
    toks = _np_toks(text)
    frame = sp.Mention(0, 13, "ihren Angaben", "frame", "angaben", det="ihren")
    m = sp._owned_by_possessive(toks[0], frame, "ihren")
    assert m.inner is not None and (m.inner.text, m.inner.kind, m.inner.head, m.inner.gender) == (
        "ihren",
        "pronoun",
        "sie",
        "f",
    )
    assert (m.text, m.kind, m.det) == ("ihren Angaben", "frame", "ihren")


# --- coref._plan_of -------------------------------------------------------------------------------------


def test_word_offsets_and_name_words_of_a_run() -> None:
    run = "Angela Merkel von der SPD"
    words = ("Angela", "Merkel", "von", "der", "SPD")
    assert co._word_offsets(run, words) == [0, 7, 14, 18, 22]
    assert co._name_words(words, 0) == (["Angela", "Merkel"], 2)  # "von" after a surname ends the name
    assert co._name_words(("Ursula", "von", "der", "Leyen"), 0) == (["Ursula", "von", "der", "Leyen"], 4)
    assert co._name_words(("Norbert", "Lammert", "Verzögerung"), 0) == (["Norbert", "Lammert"], 2)


def test_ends_name_at_a_role_a_common_noun_or_a_particle_at_the_end() -> None:
    assert co._ends_name("Bürgermeister", ["Petra", "Lindner"], True)
    assert co._ends_name("von", ["Petra"], False)  # a particle at the end of the run
    assert not co._ends_name("von", ["Ursula"], True)  # after a given name
    assert co._ends_name("von", ["Lindner"], True)  # after a surname
    assert not co._ends_name("Lindner", ["Petra"], False)


def test_plan_of_a_run_with_a_role_before_the_name() -> None:
    assert co._plan_of("Bundeskanzlerin Petra Lindner") == (
        (16, 29, True, "f", "bundeskanzler", (), "Petra Lindner", True),
    )
    assert co._plan_of("Die Polizei") is None


# --- direct.direct_candidates ---------------------------------------------------------------------------


def test_title_not_speech() -> None:
    view = _view(*_only("Er las „Der Name der Rose“ im Urlaub."))
    assert di._title_not_speech(view, 2)
    view = _view(*_only("Sie sagte: „Wir bauen.“"))
    assert not di._title_not_speech(view, 3)


def test_cue_candidate_prefers_the_named_speaker_before_the_colon() -> None:
    view = _view(*_only("Die Ministerin sagte: „Wir bauen.“, betonte sie."))
    assert _found(view, di._cue_candidate(view, 4, set())) == ("direct-cue-before", "Wir bauen.", "Die Ministerin")
    view = _view(*_only("„Wir bauen“, betonte sie."))
    assert _found(view, di._cue_candidate(view, 0, set())) == ("direct-cue-after", "Wir bauen", "sie")


def test_quote_alone_takes_the_colon_intro_or_continues() -> None:
    intro_text = "Die Ministerin sagte:"
    intro = _view(*_only(intro_text))
    speaker = sp.Mention(0, 14, "Die Ministerin", "role", "minister", det="die", gender="f")
    view = _view(*_only("„Wir bauen die Brücke bis zum Sommer fertig.“"))
    c = di._quote_alone(view, view.toks[0], (speaker, intro.cues[0], intro))
    assert (c.rule.name, c.mention, c.inherit, c.cue) == ("direct-colon-nextline", speaker, False, (15, 20, "sagte"))
    c = di._quote_alone(view, view.toks[0], None)
    assert (c.rule.name, c.mention, c.inherit) == ("direct-continuation", None, True)


# --- context._subordinate_subject -----------------------------------------------------------------------


def test_relative_pronoun_opens_a_clause_but_an_apposition_article_does_not() -> None:
    view = _view(*_only("Es gab Stimmen, die dem Kardinal vorwerfen, er habe geschwiegen."))
    assert cx._relative_pronoun_opens(view.toks, 4, 7)
    view = _view(*_only("Jonas Kramer, der Sprecher des Vereins, teilte mit, dass alles gut sei."))
    assert not cx._relative_pronoun_opens(view.toks, 3, 8)


def test_preposition_before_relative() -> None:
    view = _view(*_only("Es war eine Pressekonferenz, auf der die Ministerin erklärte, dass alles gut sei."))
    assert cx._preposition_before_relative(view.toks, 6, 9)
    assert not cx._preposition_before_relative(view.toks, 7, 9)


def test_subject_after_conjunction() -> None:
    view = _view(*_only("Wie die Ministerin erklärte, sei alles gut."))
    assert _text_of(cx._subject_after_conjunction(view, 0, 3, False)) == "die Ministerin"
    # the relative pronoun speaks when the phrase after it is an object
    view = _view(*_only("Es gab Stimmen, die dem Kardinal vorwerfen, er habe geschwiegen."))
    assert _text_of(cx._subject_after_conjunction(view, 4, 7, True)) == "Stimmen"
    assert _text_of(cx._subordinate_subject(view, 7, "vorwerfen")) == "Stimmen"


# --- frames._frame_candidate ----------------------------------------------------------------------------


def test_frame_opens_clause_at_the_start_or_after_a_comma_before_the_verb() -> None:
    view = _view(*_only("Nach Angaben der Polizei wurde niemand verletzt."))
    assert fr._frame_opens_clause(view.toks, 0, 4)
    view = _view(*_only("Die Ursache ist nach Angaben der Polizei unklar."))
    assert not fr._frame_opens_clause(view.toks, 3, 7)
    view = _view(*_only("Die Lage ist ernst, laut Polizei gibt es Verletzte."))
    assert fr._frame_opens_clause(view.toks, 5, 7)


def test_statement_after_frame_past_attributes_and_appositions() -> None:
    view = _view(*_only("Nach dem Entwurf der Koalition aus SPD und Grünen sollen die Steuern sinken."))
    assert fr._past_frame_attributes(view.toks, 5) == 9
    assert fr._past_frame_attributes(view.toks, 9) == 9
    text = "Nach Angaben von Jonas Kramer, dem Sprecher des Vereins, waren alle da."
    view = _view(*_only(text))
    assert fr._past_appositions(view.toks, 5) == 11
    speaker = sp.Mention(17, 29, "Jonas Kramer", "name", "Kramer", name="Jonas Kramer")
    c = fr._statement_after_frame(view, 5, speaker, RULES["nach-frame"], (0, 4, "Nach"))
    assert c is not None and (text[c.start : c.end], c.mention, c.cue) == ("waren alle da", speaker, (0, 4, "Nach"))


def test_end_of_clause_around_a_frame_in_a_relative_clause() -> None:
    view = _view(*_only("Es kamen viele, unter denen sich nach Angaben der Polizei Kinder befanden, zum Platz."))
    assert fr._end_of_clause_around(view, 4, 11) == 13
    # a main clause of its own after a comma: to the end of the sentence
    view = _view(*_only("Der Regen hielt an, die Straße blieb nach Angaben der Polizei gesperrt."))
    assert fr._end_of_clause_around(view, 5, 12) == len(view.toks) - 1
    # a clause that resumes at its finite verb after a subordinate one: neither
    view = _view(*_only("Weil es regnete, blieb nach Angaben der Polizei die Straße gesperrt."))
    assert fr._end_of_clause_around(view, 4, 9) == -1


# --- indirect._statement_start --------------------------------------------------------------------------


def test_clause_opening_passes_over_particles_and_refuses_question_words() -> None:
    view = _view(*_only("Selbst die Polizei war ratlos, sagte sie."))
    assert ind._clause_opening(view.toks, 5) == 1
    view = _view(*_only("Warum die Maschine abbrach, erklärte er nicht."))
    assert ind._clause_opening(view.toks, 4) is None


def test_someone_elses_claim_and_a_subject_with_apposition() -> None:
    view = _view(*_only("Auf den Vorwurf der Grünen, es gehe nur ums Geld, entgegnete er nichts."))
    assert ind._someone_elses_claim(view.toks, 0, 5, 11)
    view = _view(*_only("Die Politikerin, Anna Roth, kritisierte das."))
    assert not ind._someone_elses_claim(view.toks, 0, 2, 5)
    assert ind._subject_with_apposition(view, 0, 2, 5)
    view = _view(*_only("Die Lage sei ernst, sagte sie."))
    assert not ind._subject_with_apposition(view, 0, 4, 4)


def test_main_clause_before_the_comma() -> None:
    view = _view(*_only("Die Zahl stieg auf 40, berichtet Reuters."))
    assert ind._main_clause_before(view, 0, 5)
    assert ind._statement_start(view, 5) == 0
    view = _view(*_only("Im Brief, den er schrieb, heißt es das."))
    assert not ind._main_clause_before(view, 0, 6)
    assert ind._statement_start(view, 6) is None


# --- indirect._main_clause ------------------------------------------------------------------------------


def test_relative_in_clause_and_noun_statement_are_holes_of_the_main_clause() -> None:
    view = _view(*_only("Personen, die dort gewesen seien, seien verletzt."))
    assert ind._relative_in_clause(view.toks, 2)
    assert ind._main_clause(view.toks) == (0, 10, [(2, 6)])
    view = _view(*_only("Er trat dem Vorwurf, das Gericht sei befangen, entgegen."))
    assert not ind._relative_in_clause(view.toks, 5)  # an article before a noun
    assert ind._noun_statement_end(view.toks, 0, 4) == 9
    assert ind._main_clause(view.toks) == (0, 12, [(5, 9)])
    view = _view(*_only("Vor dem Vorwurf, das Gericht sei befangen, warnte er."))
    assert ind._noun_statement_end(view.toks, 0, 3) == -1  # (no verb of the main clause before it)


# --- coref.Registry.resolve -----------------------------------------------------------------------------

_COREF_TEXT = (
    "Der Schauspieler Hans Küng lebt in Bern. Der 84-jährige Küng sagte, Medienberichten zufolge sei die Studie "
    "fertig. Die Studie zeige das. Angaben der Polizei zufolge war es ruhig."
)


def _phrase_at(phrase: str) -> Mention:
    text = _COREF_TEXT
    toks = _np_toks(text)
    i = next(k for k, t in enumerate(toks) if t.start == text.index(phrase))
    m, _ = sp.parse_np(text, toks, i, len(toks))
    assert m is not None
    return m


def test_surname_after_attribute_is_a_person_introduced_before() -> None:
    reg = Registry(_COREF_TEXT)
    aged = _phrase_at("Der 84-jährige Küng")
    reg.advance(aged.start)
    known = reg._surname_after_attribute(aged)
    assert known is not None and known.canonical == "Hans Küng"
    assert reg._surname_after_attribute(aged._replace(text="Küng")) is None  # (no attribute before it)


def test_other_phrases_name_a_source_again() -> None:
    reg = Registry(_COREF_TEXT)
    first = sp.Mention(100, 110, "die Studie", "source", "studie", det="die")
    speaker, ent = reg._other(first)
    again = _phrase_at("Die Studie")
    assert (speaker, ent) == ("Studie", ent) and ent is not None
    assert reg._other(again) == ("Studie", ent)


def test_frame_resolves_its_source_or_the_phrase_or_nothing() -> None:
    reg = Registry(_COREF_TEXT)
    frame = _phrase_at("Angaben der Polizei")
    reg.advance(frame.start)
    assert reg._frame(frame, False)[0] == "Polizei"
    reports = _phrase_at("Medienberichten")
    assert reg._frame(reports._replace(kind="frame"), False) == ("Medienberichten", None)
    hearsay = sp.Mention(0, 13, "dem Vernehmen", "frame", "vernehmen", det="dem")
    assert reg._frame(hearsay, False) == (None, None)


# --- speakers._classify_word ----------------------------------------------------------------------------


def test_classify_word_reads_an_age_a_bare_name_a_title_or_a_noun() -> None:
    m = sp._classify_word("der 61-Jährige", 0, 14, "der", "61-Jährige", [], None)
    assert (m.kind, m.head, m.age, m.gender) == ("role", "jährige", 61, "m")
    m = sp._classify_word("Lindner", 0, 7, "", "Lindner", [], None)
    assert (m.kind, m.name, m.head, m.role) == ("name", "Lindner", "Lindner", "")
    m = sp._classify_word("Frau", 0, 4, "", "Frau", [], None)  # a title alone gives its gender
    assert (m.kind, m.gender) == ("name", "f")
    m = sp._classify_word("die Ministerin", 0, 14, "die", "Ministerin", [], None)
    assert (m.kind, m.head, m.gender) == ("role", "minister", "f")


# --- frames._nach_frame ---------------------------------------------------------------------------------


def _after_nach(text: str) -> tuple[SentenceView, Mention, int]:
    view = _view(*_only(text))
    m, j = sp.parse_np(text, view.toks, 1, len(view.toks))
    assert m is not None
    return view, m, j


def test_document_as_frame_but_not_a_cited_rule() -> None:
    view, m, j = _after_nach("Nach dem Bericht sei die Lage ernst.")
    framed = fr._document_as_frame(view.toks, m, j)
    assert framed is not None and framed == m._replace(kind="frame", gender="?")
    view, m, j = _after_nach("Nach Artikel 68 des Grundgesetzes hat der Präsident das Recht.")
    assert fr._document_as_frame(view.toks, m, j) is None


def test_no_ones_account_for_plans_and_processes() -> None:
    _, m, _ = _after_nach("Nach Plan sollen die Arbeiten enden.")
    assert fr._no_ones_account(m, False)
    _, m, _ = _after_nach("Nach der Auswertung des Flugschreibers sollen die Piloten müde gewesen sein.")
    assert fr._no_ones_account(m, False)
    _, m, _ = _after_nach("Nach Angaben der Polizei wurde niemand verletzt.")
    assert not fr._no_ones_account(m, False)


def test_frame_owner_is_a_genitive_name_before_the_noun() -> None:
    view, m, j = _after_nach("Nach Grupps Meinung ist das falsch.")
    owner = fr._frame_owner(view, m, j, False)
    assert (owner.kind, owner.name, owner.text) == ("name", "Grupp", "Grupps Meinung")
    view, m, j = _after_nach("Nach Ansicht ist das falsch.")
    assert fr._frame_owner(view, m, j, False) is m
