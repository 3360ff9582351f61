"""The detector pipeline: marks → sentences → cheap filter → rules per sentence → speakers in order.

Only sentences with a quotation, a cue word or a subjunctive form are tokenised and run through the
rules; everything else costs one ``str.split`` and a set test, so throughput stays flat on long texts.
"""

from __future__ import annotations

from dataclasses import replace
from operator import attrgetter
from typing import Final, NamedTuple

import regex

from quotetool.detect import interview, lexicon
from quotetool.detect.candidate import Candidate
from quotetool.detect.confidence import confidence_of
from quotetool.detect.context import SentenceView, is_plural_verb, plural_people
from quotetool.detect.coref import Entity, Registry, singular_org
from quotetool.detect.cues import CUE_WORDS, INSISTING_FORMS, VIEW_WORDS, Cue, clause_end, find_cues
from quotetool.detect.direct import colon_intro_of, direct_candidates, main_subject
from quotetool.detect.frames import FRAME_TRIGGERS
from quotetool.detect.indirect import (
    CONDITIONS,
    POINTING_COPULAS,
    WEAK_CONTINUING,
    backward_candidate,
    continuation_candidate,
    demnach_candidate,
    indirect_candidates,
    names_previous,
    reported_before_colon,
    reported_main_clause,
    reported_reason_candidate,
    subject_of_speech_sentence,
)
from quotetool.detect.intro import after_intro
from quotetool.detect.learned import ACTIVE, Active, LearnedLexicon, compiled, normal_phrase
from quotetool.detect.marks import QuoteSpan, pair_quotes, paragraphs
from quotetool.detect.memo import remember
from quotetool.detect.mood import has_subjunctive, may_be_verb_in_e
from quotetool.detect.nonspeech import after_dateline, is_boilerplate_line
from quotetool.detect.proposal import Kind, Proposal
from quotetool.detect.rules import INTERVIEW_ANSWER, RESUMED_VARIANT, RULES, TOPIC_VARIANT, Rule, choose
from quotetool.detect.sentences import Sentence, split_sentences
from quotetool.detect.speakers import (
    Mention,
    cannot_speak,
    clause_start,
    oblique,
    own_holder,
    parse_np,
    subject_after,
)
from quotetool.detect.tokens import (
    DETERMINERS,
    Tok,
    both_spelled,
    both_spellings,
    core_of,
    has_control,
    is_control,
    tokenize,
)

_FRAME_WORDS: Final = both_spellings(
    {
        "laut",
        "Laut",
        "zufolge",
        "Demnach",
        "demnach",
        "Danach",
        "wonach",
        "Angaben",
        "Ansicht",
        "Meinung",
        "Auffassung",
        "Einschätzung",
        "Worten",
        "Informationen",
        "Berichten",
        "Darstellung",
        "Aussage",
        "Aussagen",
        "Schätzungen",
        "Berechnungen",
        "Erkenntnissen",
        "Polizeiangaben",
        "Behördenangaben",
        "Medienberichten",
        "Augenzeugen",
        "Sicht",
        "Überzeugung",
        "Auskunft",
    }
)
_PUNCT_VARIANTS: Final = ("", ",", ".", ":", ";", "!", "?", "“", "”", '"', "«", "»", ")")


def _variants(words) -> frozenset[str]:
    """Words as ``str.split`` leaves them in running text: bare or with punctuation attached."""
    return frozenset(w + p for w in words for p in _PUNCT_VARIANTS)


# A sentence is worth the rules when it has a quotation, a speech verb, a frame word or a Konjunktiv I
# form; thinking verbs and bare forms of particle verbs (gibt, geht) also need a "dass"/"ob" or a
# particle; a sentence right after a statement is always read (it may continue it). Tested on ``str.split``
# words with set operations.
_STRONG: Final = _variants(
    {w for w, i in lexicon.VERBS.items() if not i.cognition and w not in lexicon.PARTICIPLES}
    | lexicon.SUBJUNCTIVE_I
    | _FRAME_WORDS
    | lexicon.ATTITUDE_ADJECTIVES
    # "„…“ Mit diesem Satz überraschte X …", "„…“ Diese Worte stammen von X" name the speaker of the quotation before
    | {"Satz", "Zitat", "Worte", "Spruch", "Ausspruch", "Weisheit"}
    # "Sein Fazit: …", "Ihre Prognose: …" (indirect._possessive_label)
    | {w.capitalize() + ":" for w in (*lexicon.STATEMENT_NOUNS, *lexicon.lines("source_nouns.txt"))}
) | frozenset(w + ":" for w in VIEW_WORDS)  # "Für Lenz ist klar: …"
_WEAK: Final = (
    _variants(
        {w for w, i in lexicon.VERBS.items() if i.cognition or w in lexicon.PARTICIPLES}
        | set(lexicon.PARTICLE_VERBS)
        | {w.capitalize() for w in lexicon.STATEMENT_NOUNS}
        | {w.capitalize() for w in lexicon.SHARED_VIEWS}
        | {w.capitalize() for w in lexicon.VERBS}  # a participle put first: "Kritisiert wird, dass"
        | {"bekannt", "ergab", "ergaben", "ergibt"}
        | lexicon.PLACE_VERB_FORMS
        | INSISTING_FORMS
    )
    | frozenset(w + "," for w in VIEW_WORDS)  # "Für Lenz steht fest, dass …"
)  # ("wurde bekannt, dass …", "Wie X ergab, …", "In dem Bericht steht, dass …", "besteht darauf, dass …")
# what a thinking verb, a participle or a particle verb's bare form needs nearby to be a cue
# ("wie" for "Wie der Verband bekanntgegeben hat, …")
_COMPLEMENT: Final = _variants(
    both_spellings({"dass", "ob", "wonach", "zu", "wie", "Wie", "Dass"})  # (and daß, Daß)
    | lexicon.SUBJUNCTIVE_II
    | {i.particle for infos in lexicon.PARTICLE_VERBS.values() for i in infos}
) | frozenset(w + ":" for w in lexicon.VERBS)


# frame nouns inside compounds (Bahnangaben, Expertenmeinung) that a whole-word set test misses; plain
# substring tests on the lower-cased sentence (a regex alternation is many times slower here)
_FRAME_STEMS: Final = both_spelled(("angaben", "meinung", "ansicht", "einschätzung", "informationen", "gemäß"))
_SO_PARENTHESIS: Final = (", so ", "– so ", "— so ")
# after "nach", any frame or document noun may frame a statement ("Nach einer ersten Analyse …")
_NACH: Final = frozenset({"nach", "Nach"})
_NACH_NOUNS: Final = tuple(sorted(set(lexicon.lines("frame_nouns.txt") + lexicon.lines("source_nouns.txt"))))
# the same test with fewer substrings: a noun that contains another listed noun (angaben, anklageschrift) is
# found whenever the shorter one is
_NACH_SUBSTRINGS: Final = tuple(n for n in _NACH_NOUNS if not any(m != n and m in n for m in _NACH_NOUNS))


def _interesting(sentence: str, words: list[str], after_statement: bool) -> bool:
    # cheapest tests first (the answer does not depend on their order)
    kinds = _kinds_of_words(words)
    if kinds & _IS_STRONG:
        return True
    weak = kinds & _IS_WEAK
    if weak and kinds & _IS_COMPLEMENT:
        return True
    if kinds & _HAS_FRAME_STEM:
        return True
    if " so " in sentence and any(p in sentence for p in _SO_PARENTHESIS):
        return True  # "…, so die Polizei."
    if kinds & _IS_NACH:
        low = sentence.lower()
        if any(noun in low for noun in _NACH_SUBSTRINGS):
            return True
    if after_statement and _may_continue(sentence, words):
        return True  # right after a statement even a verb in -e (basiere, verlange) may continue it
    if words[0] == "So" and len(words) <= _SO_ALONE_WORDS:
        return True  # "„…“ So der Kapitän." names the speaker before
    if _points_back(words, bool(weak)):
        return True
    if kinds & _ZU_OR_E and "," in sentence and _may_be_subjunctive_e(words[-1]):
        return True  # "…, das im Norden kaum vorkomme.": a clause that ends in a Konjunktiv I in -e
    # zurückzutreten; "hatte die Ansicht vertreten, der Verein stagniere": a Konjunktiv in -e after a weak cue
    return bool(weak and kinds & _ZU_OR_E)


# what ``_interesting`` asks of each word, as bits: one memo lookup per word instead of a set test per word
# for each word class and a substring test of the lower-cased sentence per frame stem (a stem lies within
# one word: lower-casing neither makes nor removes white space)
_IS_STRONG: Final = 1
_IS_WEAK: Final = 2
_IS_COMPLEMENT: Final = 4
_IS_NACH: Final = 8
_HAS_FRAME_STEM: Final = 16
_ZU_OR_E: Final = 32  # "zu" inside (zurückzutreten) or a possible Konjunktiv I in -e
_KINDS_SEEN: Final[dict[str, int]] = {}


def _kinds_of_words(words: list[str]) -> int:
    """The bits of all the words together (stopping at a strong word: nothing else is asked then)."""
    kinds = 0
    for w in words:
        k = _KINDS_SEEN.get(w)
        if k is None:
            k = remember(_KINDS_SEEN, w, _word_kinds(w))
        kinds |= k
        if k & _IS_STRONG:
            break
    return kinds


def _word_kinds(w: str) -> int:
    low = w.lower()
    return (
        (_IS_STRONG if w in _STRONG else 0)
        | (_IS_WEAK if w in _WEAK else 0)
        | (_IS_COMPLEMENT if w in _COMPLEMENT else 0)
        | (_IS_NACH if w in _NACH else 0)
        | (_HAS_FRAME_STEM if any(stem in low for stem in _FRAME_STEMS) else 0)
        | (_ZU_OR_E if "zu" in w[2:-3] or _may_be_subjunctive_e(w) else 0)
    )


def _points_back(words: list[str], weak: bool) -> bool:
    """ "Dies wurde vom Ministerium mitgeteilt." (a participle after a pointer), "Die Mitteilung erfolgte durch …":
    the sentence may name the speaker of the one before."""
    if len(words) > 3 and words[0] in _POINTER_OPENERS and words[1] in POINTING_COPULAS:
        return True  # "Das ist das Fazit einer Studie …"
    return (weak and words[0] in _POINTER_OPENERS) or (
        len(words) > 3 and words[2] == "erfolgte" and words[3] == "durch"
    )


_SO_ALONE_WORDS: Final = 8
_POINTER_OPENERS: Final = frozenset({"Das", "Dies", "Dieses"})
_SUBJUNCTIVE_E_SEEN: Final[dict[str, bool]] = {}


def _may_be_subjunctive_e(word: str) -> bool:
    """A lower-case word that could be a Konjunktiv I in -e (erkenne, stagniere)."""
    seen = _SUBJUNCTIVE_E_SEEN.get(word)
    if seen is None:
        core = core_of(word)
        seen = remember(_SUBJUNCTIVE_E_SEEN, word, core[:1].islower() and may_be_verb_in_e(core.lower()))
    return seen


# Words without which a sentence after a statement can neither continue it nor report anything itself:
# cues, frame words, Konjunktiv forms, "Demnach …" (the rules would find nothing else there)
_CONTINUING: Final = (
    CUE_WORDS | FRAME_TRIGGERS | lexicon.SUBJUNCTIVE_I | WEAK_CONTINUING | {"demnach", "danach", "darin"}
) - lexicon.PLACE_VERB_FORMS  # ("steht" is a cue only with "in dem Bericht" and a complement after it)


def _may_continue(sentence: str, words: list[str]) -> bool:
    if ":" in sentence or not words:
        return True  # a colon may introduce the next paragraph's quotation
    return any(_continuing_word(w) for w in words)


_CONTINUING_SEEN: Final[dict[str, bool]] = {}


def _continuing_word(word: str) -> bool:
    seen = _CONTINUING_SEEN.get(word)
    if seen is None:
        seen = remember(_CONTINUING_SEEN, word, core_of(word).lower() in _CONTINUING or _may_be_subjunctive_e(word))
    return seen


class _Prev(NamedTuple):
    """The previous sentence: its quotations, whether it proposed anything, its tokens if it was read."""

    sent: Sentence
    quotes: list[QuoteSpan]
    proposed: bool
    toks: list[Tok] | None  # (the same as tokenising it again, when it is no longer than _TOPIC_CHARS)
    pos: int  # its index in ``article.sents``
    first: int  # the first sentence a look-back from it may read (none before a boilerplate line)
    article: _Article  # for "die Rede" a few sentences back: read only then, so nothing is built per sentence


class _Article(NamedTuple):
    """The article's sentences and quotations, for the rare look-back past the previous sentence."""

    sents: list[Sentence]
    quotes: list[QuoteSpan]


class _Last(NamedTuple):
    """The last attributed statement: continuations inherit its speaker."""

    sentence: int
    speaker: str | None
    mention: Mention | None
    entity: Entity | None
    learned: str | None  # the learned entries behind it, which its continuations inherit


def detect(text: str, learned: LearnedLexicon | None = None) -> list[Proposal]:
    """Quote proposals for one article, ordered by start offset; spans never overlap. ``learned`` entries
    are used where the built-in lists say no, and the proposals they make or change name them."""
    if not text or not text.strip():
        return []
    if learned is None:
        return _detect(text, None)
    act = compiled(learned)
    token = ACTIVE.set(act)
    try:
        out = _detect(text, act)
    finally:
        ACTIVE.reset(token)
    if act.rejected:
        out = [p for p in out if normal_phrase(p.quote) not in act.rejected]
    return out


def _detect(text: str, act: Active | None) -> list[Proposal]:
    paras = paragraphs(text)
    quotes = pair_quotes(text, paras)
    sents = split_sentences(text, paras, quotes)
    boiler = {i for i, (s, e) in enumerate(paras) if is_boilerplate_line(text, s, e)}
    registry = Registry(text)
    out: list[Proposal] = []
    last: _Last | None = None
    colon_intro = None
    prev: _Prev | None = None
    article = _new(_Article, (sents, quotes))
    first = 0  # the first sentence after the last boilerplate line
    qi = 0
    quote_ends = [q.end for q in quotes]  # (a property: read once per quotation, not once per sentence)
    for si, sent in enumerate(sents):
        qi, squotes = _quotes_in(quotes, quote_ends, qi, sent)
        if sent.para in boiler:
            colon_intro = None
            prev = None
            first = si + 1
            continue
        follows = last is not None and last.sentence == si - 1
        toks = _sentence_tokens(text, sent, squotes, act, follows)
        if toks is None:  # (no quotation, cue word or subjunctive: the rules would find nothing)
            colon_intro = None
            prev = _new(_Prev, (sent, squotes, False, None, si, first, article))
            continue
        if not toks:
            continue
        view = _new(SentenceView, (text, sent.start, sent.end, si, toks, find_cues(toks, act)))  # (no __new__)
        # (a weak continuation, hearsay or a Konjunktiv II, does not reach into a new paragraph)
        chosen = _chosen_candidates(view, colon_intro, bool(squotes), follows and sents[si - 1].para == sent.para)
        back = None
        if not chosen and prev is not None and not prev.proposed:
            back = backward_candidate(view, prev.sent.start, prev.sent.end, out[-1].end if out else 0)
        colon_intro = colon_intro_of(view)
        chosen = [_narrated_subject_speaker(view, c) if c.inherit else c for c in chosen]
        new_last, proposed = _propose_chosen(text, out, chosen, toks, registry, last, si, prev, act)
        if back is not None:  # (only when nothing was chosen: ``new_last`` is None)
            new_last = _propose_backward(text, out, back, registry, si, act)
        if new_last is None and not chosen:
            new_last = _speaker_named(view, out, prev if back is None else None, registry, act)
        if new_last is not None:
            last = new_last
            registry.spoke(new_last.entity)
        prev = _new(_Prev, (sent, squotes, proposed, toks, si, first, article))
    out = _with_interview_answers(text, paras, registry, out)
    out.sort(key=_START)
    return _inert_mentions(_non_overlapping(_without_datelines(text, _joined_over_paragraphs(text, out, quotes))))


def _without_datelines(text: str, props: list[Proposal]) -> list[Proposal]:
    """A statement that opens a paragraph starts after its agency dateline ("Berlin (dpa) – Die Inflation sei …,
    teilte das Amt mit": the quote is "Die Inflation sei …")."""
    out: list[Proposal] = []
    for p in props:
        start = after_dateline(text, p.start, p.end)
        if start > p.start and not p.parts:
            p = replace(p, start=start, quote=text[start : p.end])
        out.append(p)
    return out


def _with_interview_answers(
    text: str, paras: list[tuple[int, int]], registry: Registry, out: list[Proposal]
) -> list[Proposal]:
    """``out`` with an interview's answers ("Otto: Sehr sicher. …"), each in place of what was found inside it."""
    found = interview.answers(text, paras, registry)
    if not found:
        return out
    spans = [(a.labelled.body_start, a.labelled.body_end) for a in found]
    kept = [p for p in out if not any(p.start < e and s < p.end for s, e in spans)]
    return kept + [_answer_proposal(text, a) for a in found]


def _answer_proposal(text: str, answer: interview.Answer) -> Proposal:
    lab = answer.labelled
    rule = INTERVIEW_ANSWER
    # positional, in the field order of Proposal (see _proposal)
    return Proposal(
        lab.body_start,
        lab.body_end,
        text[lab.body_start : lab.body_end],  # quote
        Kind.DIRECT,
        rule.name,
        confidence_of(rule.name, Kind.DIRECT, True),
        answer.person.canonical,
        text[lab.label_start : lab.label_end],  # speaker_mention
        lab.label_start,
        lab.label_end,
        None,  # cue: the layout is the cue
        None,
        None,
        (),
        None,
    )


def _quotes_in(quotes: list[QuoteSpan], quote_ends: list[int], qi: int, sent: Sentence) -> tuple[int, list[QuoteSpan]]:
    """The quotations inside a sentence, and the index of the first quotation not ending before it (the next
    sentence's search starts there; ``qi`` is the previous sentence's)."""
    start, end = sent.start, sent.end
    nq = len(quotes)
    while qi < nq and quote_ends[qi] <= start:
        qi += 1
    squotes: list[QuoteSpan] = []
    k = qi
    while k < nq and quotes[k].open < end:
        if quote_ends[k] <= end:
            squotes.append(quotes[k])
        k += 1
    return qi, squotes


def _sentence_tokens(
    text: str, sent: Sentence, squotes: list[QuoteSpan], act: Active | None, follows: bool
) -> list[Tok] | None:
    """The tokens of a sentence worth the rules, None for one the cheap filter passes over: no quotation, no cue
    word, frame word or subjunctive (``follows``: right after a statement, which it may continue)."""
    start, end = sent.start, sent.end
    if squotes:
        return tokenize(text, start, end, squotes)
    stext = text[start:end]
    words = stext.split()
    if not _interesting(stext, words, follows) and (act is None or act.sentence_words.isdisjoint(words)):
        return None
    return tokenize(text, start, end, squotes, pieces=(stext, words))  # split once, not twice


def _chosen_candidates(
    view: SentenceView,
    colon_intro: tuple[Mention | None, Cue | None, SentenceView] | None,
    quoted: bool,
    follows: bool,
) -> list[Candidate]:
    """The statements the rules choose in a sentence: direct quotes (``quoted``: it has a quotation; its
    speaker may be the previous sentence's ``colon_intro``), indirect speech and "Demnach …"; a continuation
    or a reported reason when none is chosen (``follows``: right after a statement, even a weak one); each read
    past an introduction ("Kritik kommt vom Personalrat: …")."""
    cands = direct_candidates(view, colon_intro) if quoted else []
    cands += indirect_candidates(view)
    d = demnach_candidate(view)
    if d is not None:
        cands.append(d)
    if cands and all(c.rule.guessed for c in cands):
        # "Es sei schwierig, „dass …“": a reported sentence that carries a quotation is one mixed statement
        c = continuation_candidate(view, allow_weak=follows)
        if c is not None:
            cands.append(c)
    chosen = choose(cands)
    if not chosen:
        c = continuation_candidate(view, allow_weak=follows) or reported_reason_candidate(view)
        if c is not None:
            chosen = [c]
    elif quoted:
        c = reported_before_colon(view, chosen) or _reason_before(view, chosen)  # "Die Lage sei ernst: „…“"
        if c is not None:
            chosen = [c, *chosen]
    if chosen:
        chosen = [after_intro(view, c) for c in chosen]  # "Kritik kommt vom Personalrat: …"
    return chosen


# hearsay modals and the passive: a clause that tells what was said of, or done to, its subject
_NOT_NARRATING: Final = both_spellings(
    {
        "soll",
        "sollen",
        "sollte",
        "sollten",
        "will",
        "wollen",
        "wurde",
        "wurden",
        "worden",
        "ist",
        "sind",
        "war",
        "waren",
    }
)


def _narrated_subject_speaker(view: SentenceView, c: Candidate) -> Candidate:
    """ "Der Kämmerer Jonas Weyrich lehnt den Verkauf ab, ein Verkauf sei unnötig": a continuation after a clause of
    its own sentence that narrates, with no Konjunktiv and not in the passive, what a named person did goes on with
    that person, not with the speaker before."""
    toks = view.toks
    if c.mention is not None or c.rule.kind != "continuation" or c.kind is Kind.DIRECT:
        return c  # (not "Demnach hat X …": the frame's source speaks)
    end = next((k for k in range(len(toks)) if toks[k].start >= c.start), 0) or _first_comma(toks)
    if end < 3 or has_subjunctive(toks, 0, end) or any(t.low in _NOT_NARRATING for t in toks[:end]):
        return c  # (not "Die Täter sollen geflohen sein, …" nor "X wurde 1960 geboren, …": what was said of them)
    m = main_subject(view, 0, end)
    if m is None or m.kind != "name" or m.gender not in ("m", "f") or oblique(m) or cannot_speak(m):
        return c  # (a person named here; a role or group is as often what the report is about)
    pronoun = "er" if m.gender == "m" else "sie"
    if any(t.low == pronoun for t in toks[end:]):
        return c  # ("X verlor die Kontrolle, er sei zu schnell gefahren": said of the person, as likely as by them)
    return c._replace(mention=m)


def _first_comma(toks: list[Tok]) -> int:
    return next((k for k in range(len(toks)) if toks[k].text == ","), 0)


def _reason_before(view: SentenceView, chosen: list[Candidate]) -> Candidate | None:
    """ "X warnte vor einer Hungersnot, falls die Hilfe ausbleibe: „…“": a reported reason or condition before the
    statements chosen in the sentence, none of which covers it."""
    c = reported_reason_candidate(view)
    if c is None or any(c.end > d.start and d.end > c.start for d in chosen):
        return None
    return c


def _propose_chosen(
    text: str,
    out: list[Proposal],
    chosen: list[Candidate],
    toks: list[Tok],
    registry: Registry,
    last: _Last | None,
    si: int,
    prev: _Prev | None,
    act: Active | None,
) -> tuple[_Last | None, bool]:
    """Adds to ``out`` the proposals of the statements chosen in sentence ``si``, each with its speaker (from
    its own phrase or the context); returns the last one with a speaker and whether any was proposed."""
    new_last = None
    proposed = False
    topic_cache: list[Mention | None] = []  # the previous sentence's subject, parsed on first need
    asked = any(c.mention is None for c in chosen) and _asks_someone(toks)
    for c in chosen:
        found: tuple[str | None, Mention | None, Entity | None, Rule] = (None, None, None, c.rule)
        if c.mention is not None or not asked:  # ("Wie stehen Sie zu dem Plan, …?": the asker's, no one's before)
            found = _speaker(_own_account(c, toks, text), registry, last, si, prev, text, topic_cache)
        speaker, mention, entity, rule = _joined_speaker(text, out, c, new_last, found)
        if speaker is None and c.rule.needs_speaker:
            unattributed = _report_without_speaker(c, toks)
            if unattributed is None:
                continue
            rule = unattributed
        shown = mention
        if c.rule.name == "demnach" and speaker is not None and c.cue is not None:
            shown = _anaphor(text, c.cue)  # the word that names the source here: "Demnach", "Danach"
        tag = None
        if act is not None:
            inherited = last.learned if last is not None and mention is not None and mention is last.mention else None
            speaker, tag = _learned_entry(act, text, c, speaker, mention, inherited)
        out.append(_proposal(text, c, speaker, shown, rule, tag))
        proposed = True
        if speaker is not None and not _sign(mention):
            new_last = _new(_Last, (si, speaker, mention, entity, tag))
    return new_last, proposed


def _asks_someone(toks: list[Tok]) -> bool:
    """The sentence asks someone it addresses ("Wie stehen Sie zu dem Plan, …?", "Glaubst du, …?"): the polite
    "Sie" inside it or "du"/"ihr", and a question mark at its end (closing quotation marks aside)."""
    k = len(toks) - 1
    while k > 0 and toks[k].text in _CLOSING_MARKS:
        k -= 1
    if k < 2 or toks[k].text != "?":
        return False
    return any(t.text == "Sie" or t.low in _FAMILIAR_YOU for t in toks[1:k])


_CLOSING_MARKS: Final = frozenset({"“", "”", '"', "«", "»", "'", "''", "‘", "’"})
_FAMILIAR_YOU: Final = frozenset({"du", "ihr", "euch", "dich", "dir"})


def _sign(mention: Mention | None) -> bool:
    """The words stood on a sign or sheet ("Auf dem Plakat stand: „…“"): no one the next sentences go on quoting."""
    return mention is not None and lexicon.source_of(mention.head) in lexicon.SIGNS


def _report_without_speaker(c: Candidate, toks: list[Tok]) -> Rule | None:
    """The rule of a statement found without a speaker that is a report by its grammar, whose speaker the
    editor names; None when such a statement is no proposal. (A frame is a report by its construction:
    "Demnach …"; a continuation only in the Konjunktiv.)"""
    if not c.rule.unattributed or not (c.rule.kind == "frame" or reported_main_clause(toks)):
        return None
    return RULES[c.rule.unattributed]


def _propose_backward(
    text: str, out: list[Proposal], back: Candidate, registry: Registry, si: int, act: Active | None
) -> _Last | None:
    """Adds to ``out`` the statement before sentence ``si`` that this one attributes ("Das bestätigte die
    Polizei."), when its speaker is known; returns it as the last attributed statement (None if not)."""
    speaker, ent = registry.resolve(back.mention) if back.mention is not None else (None, None)
    if speaker is None:
        return None
    tag = None
    if act is not None:
        speaker, tag = _learned_entry(act, text, back, speaker, back.mention)
    out.append(_proposal(text, back, speaker, back.mention, back.rule, tag))
    return _new(_Last, (si, speaker, back.mention, ent, tag))


_JOINING: Final = frozenset({"und", "oder", "sowie", ","})
_QUOTE_MARKS: Final = '„“”"»«‚‘’›‹ '


def _joined_speaker(
    text: str,
    out: list[Proposal],
    c: Candidate,
    sentence_last: _Last | None,
    found: tuple[str | None, Mention | None, Entity | None, Rule],
) -> tuple[str | None, Mention | None, Entity | None, Rule]:
    """ "X sagte: „…“ und „…“": the second quotation takes the speaker of the first one (``sentence_last``, set by
    a statement of this sentence), instead of the one ``found`` from the context."""
    if sentence_last is None or not c.rule.inherits:
        return found
    if not _joined_quote(text, out, c) and not (c.rule.guessed and c.kind is Kind.DIRECT):
        return found  # (a quotation with no cue of its own goes on with its sentence's speaker: "„…“, so X, wird …„…“")
    return sentence_last.speaker, sentence_last.mention, sentence_last.entity, _DIRECT_JOINED


def _joined_quote(text: str, out: list[Proposal], c: Candidate) -> bool:
    """A direct quotation right after the last proposal (a direct one too), with nothing but "und", "oder" or a
    comma between their marks: one speaker's two quotations."""
    if c.kind is not Kind.DIRECT or not out:
        return False
    p = out[-1]
    if p.kind is not Kind.DIRECT or p.speaker is None or not 0 <= c.start - p.end <= 12:
        return False
    return text[p.end : c.start].strip(_QUOTE_MARKS) in _JOINING


_TOPICAL: Final = frozenset({"role", "org", "source"})


def _previous_subject(text: str, prev: _Prev | None, cache: list) -> Mention | None:
    """The subject of the previous sentence's main clause (parsed once per sentence)."""
    if not cache:
        cache.append(_subject_of(text, prev.sent, prev.quotes, prev.toks) if prev is not None else None)
    return cache[0]


def _subject_of(text: str, sent: Sentence, quotes: list[QuoteSpan], toks: list[Tok] | None) -> Mention | None:
    """The subject of ``sent``'s main clause, read from its first _TOPIC_CHARS (``toks``: the sentence's tokens
    where they are at hand and cover that much, else None)."""
    if toks is None or sent.end - sent.start > _TOPIC_CHARS:
        toks = tokenize(text, sent.start, min(sent.end, sent.start + _TOPIC_CHARS), quotes)
    return main_subject(SentenceView(text, sent.start, sent.end, -1, toks, []), 0, len(toks))


def _anaphor(text: str, cue: tuple[int, int, str]) -> Mention:
    """ "Demnach", "Danach", "Darin": the pronominal adverb that names the source of its sentence."""
    word = text[cue[0] : cue[1]]
    return Mention(start=cue[0], end=cue[1], text=word, kind="pronoun", head=word.lower())


# quantified groups ("Alle Opfer", "mehrere Hilfsorganisationen") are what a sentence is about, not who speaks
_QUANTIFIERS: Final = frozenset({"alle", "mehrere", "einige", "viele", "zahlreiche", "manche", "beide", "etliche"})


def _topic(
    text: str, prev: _Prev | None, registry: Registry, cache: list
) -> tuple[str | None, Mention | None, Entity | None]:
    """The subject of the previous sentence, when it names someone: who a following statement is about. Not
    when that sentence is itself a statement no one was found for ("Dort versammeln sich dem Vernehmen nach
    Jugendliche"): its subject is what was said, not who said it; nor the subject of a passive ("X soll erschossen
    worden sein"), to whom something was done."""
    if prev is not None and (prev.proposed or _passive(text[prev.sent.start : prev.sent.end])):
        return None, None, None
    # "Kritik kam dagegen von Kapitän X. Die Mannschaft habe …": whom the reaction came from, else the subject
    m = _reaction_source(text, prev) or _previous_subject(text, prev, cache)
    if (
        m is not None
        and (m.kind in _TOPICAL or (m.kind == "name" and registry.established(m)) or _publisher(text, prev, m))
        and m.text.split(" ", 1)[0].lower() not in _QUANTIFIERS
        and not oblique(m)
    ):
        speaker, ent = registry.resolve(m)
        return speaker, m, ent
    return None, None, None


def _reaction_source(text: str, prev: _Prev | None) -> Mention | None:
    """Who a reaction or statement that opens the previous sentence came from: the phrase after "von"/"vom" in that
    sentence ("Widerspruch kam von der Opposition", "Kritik kam dagegen von Kapitän X"); else None."""
    if prev is None:
        return None
    first = text[prev.sent.start : prev.sent.start + _REACTION_CHARS].split(" ", 1)[0].lower()
    if first not in lexicon.STATEMENT_NOUNS and first not in lexicon.REACTION_NOUNS:
        return None  # (nearly every sentence: no tokens needed)
    sent = prev.sent
    toks = prev.toks
    if toks is None or sent.end - sent.start > _TOPIC_CHARS:
        toks = tokenize(text, sent.start, min(sent.end, sent.start + _TOPIC_CHARS), prev.quotes)
    for k in range(1, len(toks) - 1):
        if toks[k].low in ("von", "vom"):
            src, _ = parse_np(text, toks, k + 1, len(toks))
            if src is not None and src.kind in ("name", "role", "org", "group"):
                return src
            return None
    return None


_REACTION_CHARS: Final = 20


def _publisher(text: str, prev: _Prev | None, m: Mention) -> bool:
    """The named subject of a sentence that makes figures or a document public ("Die Großbank UBS
    veröffentlichte neue Zahlen. Danach …", "Siemens legte seine Bilanz vor."): the source of what follows."""
    if prev is None or m.kind not in ("name", "other") or not m.name or m.start > prev.sent.start + 4:
        return False  # (the phrase that opens the sentence, not an object after the verb)
    words = [w.strip(".,;:!?") for w in text[prev.sent.start : prev.sent.end].split()]
    for w in words:
        particle = _PUBLISHING_FORMS.get(w)
        if particle is not None and (not particle or particle in words):
            return True
    return False


_PUBLISHING_FORMS: Final = lexicon.PUBLISHING_FORMS


def _document_before(
    text: str, prev: _Prev | None, registry: Registry
) -> tuple[str | None, Mention | None, Entity | None]:
    """A document of someone's named in the previous sentence outside its subject ("Im weiteren Verlauf der
    Mitteilung der Agentur wird klar, …", "in einer Anweisung der Botschaft aufgefordert"), or "seitens
    der Behörden": where a report with no speaker of its own, and none before, comes from."""
    if prev is None:
        return None, None, None
    sent = prev.sent
    toks = prev.toks
    if toks is None or sent.end - sent.start > _TOPIC_CHARS:
        toks = tokenize(text, sent.start, min(sent.end, sent.start + _TOPIC_CHARS), prev.quotes)
    n = len(toks)
    for k, t in enumerate(toks):
        if t.low == "seitens" and k + 1 < n:
            m, _ = parse_np(text, toks, k + 1, n)
            if m is not None and m.kind in ("org", "role", "name", "group"):
                speaker, ent = registry.resolve(m)
                return speaker, m, ent
        elif (
            t.quote is None and t.text[0].isupper() and (lexicon.source_of(t.text) or t.low in lexicon.STATEMENT_NOUNS)
        ):
            m, _ = parse_np(text, toks, k - 1 if k and toks[k - 1].low in DETERMINERS else k, n)
            if m is not None and m.inner is not None and m.inner.kind in ("org", "role", "name", "group", "other"):
                speaker, ent = registry.resolve(m)
                return speaker, m, ent
    return None, None, None


_PASSIVE_AUX: Final = frozenset({"wurde", "wurden", "worden"})


def _passive(sentence: str) -> bool:
    """A sentence in the passive: "worden", or "wurde(n)" and a participle as its last word."""
    words = sentence.split()
    if _PASSIVE_AUX.isdisjoint(words):
        return False
    if "worden" in words:
        return True
    last = words[-1].rstrip('.!?;:“”"»«)')
    return last[:1].islower() and (last.startswith("ge") or last.endswith("iert"))


def _antecedent(
    text: str, prev, registry: Registry, cache: list, pronoun: Mention, plural: bool
) -> tuple[str | None, Entity | None]:
    """What "er"/"sie" refers to when no person of the document fits: the previous sentence's subject,
    if it agrees in gender and number ("Die Verteidigung zweifelt das an. Sie argumentiert, …")."""
    m = _previous_subject(text, prev, cache)
    if m is None or m.kind not in _ANTECEDENT_KINDS:
        return None, None
    if plural:
        # (not "Die Polizei nahm zwei Männer fest. Sie gaben an, …": a body named in the singular)
        body = m.kind == "org" and not singular_org(m.phrase.rsplit(" ", 1)[-1])
        fits = m.gender == "pl" or m.kind == "group" or body or plural_people(m) or _plural_by_verb(text, m)
    elif pronoun.head == "er":
        fits = m.gender in ("m", "?") and m.kind != "group"
    else:
        fits = m.gender in ("f", "?") and m.kind != "group"
    return registry.resolve(m) if fits else (None, None)


_ANTECEDENT_KINDS: Final = frozenset({"name", "role", "org", "group", "other"})


def _plural_by_verb(text: str, m: Mention) -> bool:
    """A subject with "die" whose finite verb right after it is plural ("Die Eltern sind empört", "Die Anwohner
    fordern …"): a group, which a plural "sie" can take up, though its noun shows no number."""
    if m.det != "die" or m.kind not in ("role", "other"):
        return False
    nxt = _WORD_AFTER.match(text, m.end)
    if nxt is None:
        return False
    word = nxt.group(1)
    # ("sind" the one plural form the ending test misses: waren, haben, wurden, wollten end in -en)
    return word == "sind" or is_plural_verb(word) or (word.endswith(("ern", "eln")) and word not in _NOT_VERBS)


_WORD_AFTER: Final = regex.compile(r" (\p{Ll}+)\b")
_NOT_VERBS: Final = frozenset({"gestern", "intern", "extern", "modern"})  # (ends like "fordern", "sammeln")


def _salient_antecedent(
    text: str, prev: _Prev | None, registry: Registry, cache: list, last: _Last | None, si: int, c: Candidate
) -> tuple[str | None, Entity | None] | None:
    """Whom "er"/"sie" opening a statement refers to when the sentence names no one before it: whoever spoke in
    the previous sentence, else that sentence's subject, if of the pronoun's gender ("Der Trainer lobte seinen
    Kapitän. Er sagte, …": the trainer, not the captain named last); None to resolve by recency."""
    m = c.mention
    if m is None or m.head not in ("er", "sie") or c.plural_verb or prev is None or m.start < prev.sent.end:
        return None
    want = "m" if m.head == "er" else "f"
    if registry.people_between(prev.sent.end, m.start):
        return None  # "Nachdem Roth den Minister traf, sagte er …": this sentence's own people come first
    if last is not None and last.sentence == si - 1 and (_person_of(last.entity, want) or _unnamed_role(last, want)):
        return last.speaker, last.entity
    people = registry.people_between(prev.sent.start, prev.sent.end, want)
    if len(people) == 1:
        return people[0].canonical, people[0]  # the only one the previous sentence names
    if not people:
        return _role_subject_before(text, prev, registry, cache, want)
    subject = _previous_subject(text, prev, cache)
    if (
        subject is None
        or subject.kind not in ("name", "role")
        or oblique(subject)
        or (subject.kind == "name" and not registry.established(subject))
    ):
        return None  # (not "Reaktionen Der Kanzler nahm Stellung": a heading run into the sentence is no one)
    speaker, ent = registry.resolve(subject)
    return (speaker, ent) if _person_of(ent, want) else None


def _unnamed_of_age_before(
    text: str, prev: _Prev | None, registry: Registry, cache: list, m: Mention
) -> tuple[str | None, Entity | None] | None:
    """ "Vor Gericht hat die Hauptangeklagte ihre Unschuld beteuert. „…“, sagte die 52-Jährige": an age noun for an
    age the text gave no one, where neither the previous sentence nor its own before it names a person of its
    gender, refers to the role of that gender which is the previous sentence's subject, not to a person named
    further back (who is someone else); None to resolve it as a role phrase."""
    if m.kind != "role" or m.age is None or m.gender not in ("m", "f") or prev is None or m.start < prev.sent.end:
        return None
    registry.advance(m.start)
    if registry.knows_age(m.age) or registry.people_between(prev.sent.start, m.start, m.gender):
        return None
    return _role_subject_before(text, prev, registry, cache, m.gender)


def _role_subject_before(
    text: str, prev: _Prev, registry: Registry, cache: list, gender: str
) -> tuple[str | None, Entity | None] | None:
    """ "Der Trainer lobte das Team. Er meinte, …": a previous sentence that names no one has a role of the
    pronoun's gender as its subject: the role (or the person it fits), not a person named paragraphs before;
    None to resolve by recency."""
    subject = _previous_subject(text, prev, cache)
    if subject is None or subject.kind != "role" or subject.gender != gender or oblique(subject):
        return None
    return registry.resolve(subject)


def _person_of(ent: Entity | None, gender: str) -> bool:
    return ent is not None and ent.kind == "person" and ent.gender in (gender, "?")


def _unnamed_role(last: _Last, gender: str) -> bool:
    """The last speaker is someone the text names by a role of the pronoun's gender only ("…, wie eine Sprecherin
    der Gemeinde mitteilte. …, sagte sie")."""
    m = last.mention
    return (
        last.entity is None and m is not None and m.kind == "role" and m.gender == gender and last.speaker is not None
    )


_TOPIC_CHARS: Final = 400
_new: Final = tuple.__new__
_START: Final = attrgetter("start")


def _own_account(c: Candidate, toks: list[Tok], text: str) -> Candidate:
    """ "Nach eigenen Angaben hat das Amt …": the frame's owner is the clause's subject, when it can be found."""
    m = c.mention
    if m is None or m.kind != "frame" or m.inner is not None:
        return c  # (nearly every candidate)
    own = own_holder(text, toks, m)
    # (the frame stays the phrase that names the source here, as "Angaben der Polizei" does; its owner speaks)
    return c if own is None else c._replace(mention=m._replace(inner=own))


def _speaker(
    c: Candidate, registry: Registry, last: _Last | None, si: int, prev, text: str, cache: list
) -> tuple[str | None, Mention | None, Entity | None, Rule]:
    """The speaker of a candidate, and its rule (continuations say how they found it: a "-topic" or
    "-resumed" variant)."""
    if c.rule.kind == "unsourced":
        referred = _claim_referred_to(c, last, si)
        if referred is not None:
            return referred
        return None, c.mention, None, c.rule  # the text names no holder: inheriting one would invent it
    given = _speech_giver(text, c, registry, last, si, prev, cache)
    if given is not None:
        return given[0], given[1], given[2], c.rule  # "…, hieß es in seiner Rede": whoever gave the speech
    named = _speaker_of_own_mention(c, registry, last, si, prev, text, cache)
    if named is not None:
        return named
    if not c.inherit:
        if last is not None and last.sentence == si - 1 and c.kind is not Kind.DIRECT:
            return last.speaker, last.mention, last.entity, c.rule  # "Es werde geschätzt, dass …"
        return None, None, None, c.rule
    return _inherited_speaker(c, registry, last, si, prev, text, cache)


# what makes a claim noun point back: "die Vorwürfe", "diese Behauptung" (not "Vorwürfe wurden laut")
_POINTING_BACK: Final = frozenset({"der", "die", "den", "dem", "des", "diese", "dieser", "diesen", "diesem", "dieses"})


def _claim_referred_to(
    c: Candidate, last: _Last | None, si: int
) -> tuple[str | None, Mention | None, Entity | None, Rule] | None:
    """The holder of a claim named by a definite noun right after a statement ("Die USA warfen X vor, … zu
    haben. X wies die Vorwürfe zurück, es habe …"): the claim is that statement, its speaker the one just
    given; the noun stays the mention. None when the noun is no such pointer or no statement came just before."""
    m = c.mention
    if m is None or m.kind != "source" or last is None or last.sentence != si - 1:
        return None
    if m.head not in lexicon.STATEMENT_NOUNS or m.text.split(" ", 1)[0].lower() not in _POINTING_BACK:
        return None
    return last.speaker, m, last.entity, c.rule


def _speaker_of_own_mention(
    c: Candidate, registry: Registry, last: _Last | None, si: int, prev, text: str, cache: list
) -> tuple[str | None, Mention | None, Entity | None, Rule] | None:
    """The speaker the candidate's own mention names, if it settles the question: found, or not to be inherited
    (an impersonal "es" or "man" may be); None to look further."""
    # (frame phrases name the source by their construction: "laut einer Veröffentlichung", "so die Mitteilung")
    if c.mention is None or (not c.rule.frame and cannot_speak(c.mention)):
        return None  # "Der größte Vorwurf lautet, …": the phrase is what was said, not who
    speaker, ent = _mentioned(c, registry, last, si, prev, text, cache)
    impersonal = c.mention.kind == "pronoun" and c.mention.head in ("es", "man")
    if speaker is not None or (not c.inherit and not impersonal):
        return speaker, c.mention, ent, c.rule
    return None


def _inherited_speaker(
    c: Candidate, registry: Registry, last: _Last | None, si: int, prev, text: str, cache: list
) -> tuple[str | None, Mention | None, Entity | None, Rule]:
    """The speaker a continuation inherits: of the sentence just before, else (not for a direct quote) the subject
    of the sentence before, the last speaker up to three sentences back, or (not for a direct quote) a document
    named in the sentence before."""
    if last is not None and last.sentence == si - 1:
        return last.speaker, last.mention, last.entity, c.rule
    topic = _topic(text, prev, registry, cache) if c.kind is not Kind.DIRECT else (None, None, None)
    if topic[0] is not None:
        return topic[0], topic[1], topic[2], TOPIC_VARIANT[c.rule.name]
    if last is not None and si - last.sentence <= 3:
        mention = _named_again(text, prev, registry, cache, last)
        return last.speaker, mention, last.entity, RESUMED_VARIANT[c.rule.name]
    if c.kind is not Kind.DIRECT:
        doc = _document_before(text, prev, registry)
        if doc[0] is not None:
            return doc[0], doc[1], doc[2], TOPIC_VARIANT[c.rule.name]
    return None, None, None, c.rule


def _named_again(text: str, prev: _Prev | None, registry: Registry, cache: list, last: _Last) -> Mention | None:
    """The mention a resumed statement shows: the previous sentence's subject where it names the last speaker
    again ("Die Ministerin lobte den Plan. Die Kosten sah die Ministerin skeptisch. Sie seien zu hoch."), the
    nearest words for that speaker; else the last statement's own."""
    if last.entity is None:
        return last.mention
    subject = _previous_subject(text, prev, cache)
    if subject is None or subject.kind not in ("name", "role", "org") or oblique(subject):
        return last.mention
    return subject if registry.resolve(subject)[1] is last.entity else last.mention


# speeches, which speak in the name of whoever gave them ("in seiner Rede", "in der Ansprache", "Festrede")
_SPEECHES: Final = both_spelled(("rede", "ansprache", "predigt", "grußwort", "vortrag"))
_SPEECH_DEFINITE: Final = frozenset({"der", "dem", "dieser", "diesem"})


def _speech_giver(
    text: str, c: Candidate, registry: Registry, last: _Last | None, si: int, prev, cache: list
) -> tuple[str, Mention, Entity | None] | None:
    """The speaker of a statement whose source is a speech ("…, hieß es in seiner Rede", "In der Ansprache hieß
    es, …"): the owner its possessive names, else the subject of the previous sentence where that sentence
    mentions a speech ("Die Kanzlerin hielt eine Rede."); None for any other source, or no one found."""
    m = c.mention
    if m is None or m.kind != "other" or m.name or m.modifiers or not m.head.endswith(_SPEECHES):
        return None
    det = m.det.lower()
    if det.startswith(("sein", "ihr")):
        head, gender = ("er", "m") if det.startswith("sein") else ("sie", "f")
        owner = Mention(start=m.start, end=m.start + len(det), text=m.det, kind="pronoun", head=head, gender=gender)
        speaker, ent = _mentioned(c._replace(mention=owner), registry, last, si, prev, text, cache)
        return (speaker, owner, ent) if speaker is not None else None
    if det not in _SPEECH_DEFINITE or prev is None:
        return None
    subject = _speech_subject(text, prev, cache)
    if subject is None or subject.kind not in ("name", "role", "org") or cannot_speak(subject):
        return None
    speaker, ent = registry.resolve(subject)
    return (speaker, subject, ent) if speaker is not None else None


def _speech_subject(text: str, prev: _Prev, cache: list) -> Mention | None:
    """The subject of the sentence that named the speech: the previous one ("Die Kanzlerin hielt eine Rede."), or
    one a little before it ("In ihrer Rede sprach die Kanzlerin über Schulen. Auch die Straßen waren Thema.")."""
    if _mentions_speech(text[prev.sent.start : prev.sent.end]):
        return _previous_subject(text, prev, cache)
    for i in range(prev.pos - 1, max(prev.first, prev.pos - _SPEECH_BACK) - 1, -1):
        sent = prev.article.sents[i]
        if _mentions_speech(text[sent.start : sent.end]):
            return _subject_of(text, sent, _quotes_of(prev.article.quotes, sent), None)
    return None


def _quotes_of(quotes: list[QuoteSpan], sent: Sentence) -> list[QuoteSpan]:
    """The quotations inside ``sent``, as ``_quotes_in`` finds them (those that end in it)."""
    return [q for q in quotes if sent.start < q.end <= sent.end and q.open < sent.end]


def _mentions_speech(sentence: str) -> bool:
    return any(w.strip('.,;:!?„“”"()').lower().endswith(_SPEECHES) for w in sentence.split())


_SPEECH_BACK: Final = 2  # a speech named this many sentences before the previous one is still "die Rede"


def _mentioned(
    c: Candidate, registry: Registry, last: _Last | None, si: int, prev, text: str, cache: list
) -> tuple[str | None, Entity | None]:
    """The speaker and entity the candidate's own mention names (a pronoun's antecedent for "er"/"sie")."""
    m = c.mention
    assert m is not None
    if m.kind in ("frame", "source") and m.inner is not None and m.inner.kind == "pronoun":
        # "Seiner Darstellung zufolge", "Sein Fazit: „…“": the owner is resolved as the pronoun would be
        owner = _salient_antecedent(text, prev, registry, cache, last, si, c._replace(mention=m.inner))
        if owner is None:
            owner = _owner_before(text, prev, registry, cache, m.inner)
        if owner is not None:
            return owner
    if m.kind != "pronoun":
        unnamed = _unnamed_of_age_before(text, prev, registry, cache, m) if m.age is not None else None
        return unnamed if unnamed is not None else registry.resolve(m, c.plural_verb)
    plural = c.plural_verb or m.gender == "pl"  # ("Ihnen zufolge …": the people just named)
    if plural and m.head == "sie" and _things_before(text, prev, cache):
        # "Die Zahlen sind laut X kein Grund zur Freude. Sie zeigten, dass …": the things show what X says
        return (last.speaker, last.entity) if last is not None and last.sentence == si - 1 else (None, None)
    salient = _salient_antecedent(text, prev, registry, cache, last, si, c) if not plural else None
    speaker, ent = salient if salient is not None else registry.resolve(m, plural)
    if speaker is None and m.head in ("er", "sie"):
        speaker, ent = _antecedent(text, prev, registry, cache, m, plural)
    return speaker, ent


def _things_before(text: str, prev: _Prev | None, cache: list) -> bool:
    """The previous sentence's subject is things in the plural, no one who speaks ("Die neuen Zahlen sind …", "Die
    Ergebnisse waren …"), which a plural "sie" right after takes up."""
    m = _previous_subject(text, prev, cache)
    return m is not None and m.kind == "other" and m.det == "die" and m.head in lexicon.EVIDENCE_NOUNS


def _owner_before(
    text: str, prev: _Prev | None, registry: Registry, cache: list, owner: Mention
) -> tuple[str | None, Entity | None] | None:
    """ "Die Pflegekräfte streikten. Ihre Botschaft war klar: …": the owner "ihre"/"seine" of a statement is, as
    "er"/"sie" would be, the subject before; not a medium's ("Die Zeitung … Ihr Bericht: …" stays the report)."""
    if owner.head not in ("er", "sie"):
        return None
    subject = _previous_subject(text, prev, cache)
    if subject is None or lexicon.media_of(subject.head) is not None:
        return None
    found = _antecedent(text, prev, registry, cache, owner, False)
    return found if found[0] is not None else None


def _speaker_named(
    view: SentenceView, out: list[Proposal], prev: _Prev | None, registry: Registry, act: Active | None
) -> _Last | None:
    """The speaker a sentence without a statement of its own names, for the statements after it: the one it
    gives the statements before it that had none ("„…“ Das sagte X."), else its speech verb's subject."""
    text = view.text
    if prev is not None and prev.proposed and out:
        named = _named_after(text, out, prev.sent.start, view, registry, act)
        if named is not None:
            return named._replace(sentence=view.index)
    m, cue = subject_of_speech_sentence(view)
    if m is None or cannot_speak(m):
        return None  # (not "Unterstützung haben auch die USA angeboten": the fronted object is no one)
    if cue is not None and _hypothetical(view.toks, cue):
        return None  # "Wenn die Stadt geklagt hätte, …": speech that did not happen names no one who goes on
    found = _resolved(text, m, registry, act)
    if found is None:
        return None
    speaker, ent, tag = found
    return _new(_Last, (view.index, speaker, m, ent, tag))


# what makes a speech verb's clause a supposition: a condition ("wenn"/"falls" opening it) or a Konjunktiv II
_IRREALIS: Final = both_spellings({"hätte", "hätten", "wäre", "wären", "würde", "würden"})


def _hypothetical(toks: list[Tok], cue: Cue) -> bool:
    """The speech verb's clause supposes the speech rather than reports it ("Wenn die Stadt geklagt hätte, …",
    "Der Verband hätte protestieren müssen"): its subject said nothing the next sentences go on with."""
    lo = clause_start(toks, cue.index, 0)
    if toks[lo].low in CONDITIONS:
        return True
    return any(t.low in _IRREALIS for t in toks[lo : clause_end(toks, cue.last + 1)])


def _resolved(
    text: str, m: Mention, registry: Registry, act: Active | None
) -> tuple[str | None, Entity | None, str | None] | None:
    """The speaker ``m`` names (after the learned entries), its entity and the entries that changed it."""
    speaker, ent = registry.resolve(m)
    if speaker is None:
        return None
    tag = None
    if act is not None:
        speaker, tag = _learned_entry(act, text, None, speaker, m)
    return speaker, ent, tag


_UNNAMED: Final = frozenset({"impersonal-clause"})  # claims the text gives nobody, whoever speaks next
# speakers taken from the context, which a sentence pointing back corrects ("„…“ Mit diesen Worten reagierte X")
_GUESSED_FROM_CONTEXT: Final = frozenset(r.name for r in RULES.values() if r.inherits)


def _named_after(
    text: str, out: list[Proposal], prev_start: int, view: SentenceView, registry: Registry, act: Active | None
) -> _Last | None:
    """The speaker that a sentence pointing back ("Das sagte X", "So äußerte sich X") names for the statements of
    the sentence before that have none; they take it (rule direct-named-after or named-after)."""
    k = len(out)
    while k > 0 and out[k - 1].start >= prev_start:
        k -= 1
    open_ = [
        i
        for i in range(k, len(out))
        if (out[i].speaker is None and out[i].rule not in _UNNAMED) or out[i].rule in _GUESSED_FROM_CONTEXT
    ]
    if not open_:
        return None
    named = names_previous(view)
    m = named[0] if named is not None else _modal_pointer(view) or _so_pointer(view)
    if m is None:
        return None
    found = _resolved(text, m, registry, act)
    if found is None:
        return None
    speaker, ent, tag = found
    for i in open_:
        p = out[i]
        if p.speaker == speaker:
            continue  # the context gave the speaker this sentence names: the proposal stays as it was
        rule = _DIRECT_NAMED_AFTER if p.kind is Kind.DIRECT else _NAMED_AFTER
        out[i] = replace(
            p,
            rule=rule.name,
            confidence=confidence_of(rule.name, p.kind, True),
            speaker=speaker,
            speaker_mention=m.text,
            mention_start=m.start,
            mention_end=m.end,
            learned=tag,
        )
    return _new(_Last, (-1, speaker, m, ent, tag))


# "Das musste X einräumen", "Dies konnte X bestätigen": a modal verb, the speech verb at the clause's end
_MODALS: Final = both_spellings(
    {
        "musste",
        "mussten",
        "muss",
        "müssen",
        "konnte",
        "konnten",
        "kann",
        "können",
        "wollte",
        "wollten",
        "will",
        "wollen",
        "durfte",
        "darf",
        "sollte",
        "soll",
        "mochte",
        "möchte",
    }
)
_NEGATIONS: Final = frozenset({"nicht", "nie", "niemals", "kein", "keine", "keinen", "weder"})
_DEMONSTRATIVE_SUBJECTS: Final = frozenset({"das", "dies", "dieses"})


def _modal_pointer(view: SentenceView) -> Mention | None:
    """The speaker named by "Das musste X zu Beginn der Debatte einräumen": a sentence pointing back at the
    statement before with a modal verb and its speech verb last (not "Das wollte X nicht bestätigen": who denies
    a statement did not make it)."""
    toks = view.toks
    if len(toks) < 4 or toks[0].low not in _DEMONSTRATIVE_SUBJECTS or toks[1].low not in _MODALS:
        return None
    end = clause_end(toks, 2)
    cue = view.cue_at(end - 1)
    if cue is None or cue.cognition or any(t.low in _NEGATIONS for t in toks[2 : end - 1]):
        return None
    m, _ = subject_after(view.text, toks, 1, end - 1)
    return m if m is not None and m.kind in ("name", "role", "org", "group") and not oblique(m) else None


def _so_alone(view: SentenceView) -> Mention | None:
    """ "„…“ So der Kapitän der Fähre, Jan Holm.": "So" and nothing but a speaker phrase names the speaker of the
    statement before (not "So der Plan.": a phrase that cannot speak)."""
    toks = view.toks
    end = len(toks) - 1
    m, j = parse_np(view.text, toks, 1, end)
    return m if m is not None and j == end and m.kind in ("name", "role", "org", "group") and not oblique(m) else None


def _so_pointer(view: SentenceView) -> Mention | None:
    """The speaker named by "So schätzt X die Lage ein", "So sieht es auch X": "so" and a verb of judging or
    seeing point back at the statement before as X's view (the pointers of ``names_previous`` take speech verbs)."""
    toks = view.toks
    if len(toks) < 3 or toks[0].low != "so":
        return None
    if toks[-1].text in (".", "!") and view.cue_at(1) is None:
        return _so_alone(view)
    if len(toks) < 4:
        return None
    cue = view.cue_at(1)
    if cue is None or not cue.cognition:
        return None
    v = 2 if toks[2].low in ("es", "das", "dies") else 1  # "So sieht es auch X": "es" is the object
    m, _ = subject_after(view.text, toks, v, clause_end(toks, 2))
    return m if m is not None and m.kind in ("name", "role", "org", "group") and not oblique(m) else None


_DIRECT_NAMED_AFTER: Final = RULES["direct-named-after"]
_DIRECT_JOINED: Final = RULES["direct-joined"]
_NAMED_AFTER: Final = RULES["named-after"]


def _learned_entry(
    act: Active,
    text: str,
    c: Candidate | None,
    speaker: str | None,
    mention: Mention | None,
    inherited: str | None = None,
) -> tuple[str | None, str | None]:
    """The speaker after the learned aliases, and the learned entries behind the proposal (None if none);
    ``inherited``: those of the statement whose speaker a continuation takes."""
    words: list[str] = []
    if c is not None and c.cue is not None:
        words += (text[c.cue[0] : c.cue[1]] if c.cue[0] is not None else c.cue[2]).split()
    if mention is not None:
        words += mention.text.split()
    tags = [inherited] if inherited is not None else []
    tag = act.tag(words)
    if tag is not None and tag not in tags:
        tags.append(tag)
    if speaker is not None and act.aliases:
        for key in (mention.text, mention.phrase, speaker) if mention is not None else (speaker,):
            alias = act.aliases.get(key)
            if alias is not None:
                if alias != speaker:
                    speaker = alias
                    if "alias:" + key not in tags:
                        tags.append("alias:" + key)
                break
    return speaker, ", ".join(tags) if tags else None


def _proposal(
    text: str, c: Candidate, speaker: str | None, mention: Mention | None, rule: Rule, learned: str | None = None
) -> Proposal:
    cue_s, cue_e, cue_text = c.cue if c.cue is not None else (None, None, None)
    # positional, in the field order of Proposal: keywords would build a dict for every proposal
    return Proposal(
        c.start,
        c.end,
        text[c.start : c.end],  # quote
        c.kind,
        rule.name,
        confidence_of(rule.name, c.kind, speaker is not None),
        speaker,
        mention.text if mention is not None else None,  # speaker_mention
        mention.start if mention is not None else None,  # mention_start
        mention.end if mention is not None else None,  # mention_end
        text[cue_s:cue_e] if cue_s is not None else cue_text,  # cue
        cue_s,
        cue_e,
        c.parts,
        learned,
    )


# direct rules that take a quotation's speaker from the context, not from a cue of its own
_INHERITED_DIRECT: Final = frozenset(r.name for r in RULES.values() if r.kind == "direct" and r.inherits)


def _joined_over_paragraphs(text: str, props: list[Proposal], quotes: list[QuoteSpan]) -> list[Proposal]:
    """A quotation that runs over a paragraph or line break is one proposal of two parts: the part before the
    break (no closing mark) and the one after it, with the speaker of the part that has a cue of its own."""
    follows: dict[int, int] = {}  # the end of a quotation's first part -> where its next part's text starts
    for i in range(len(quotes) - 1):
        if not quotes[i].closed:
            follows[quotes[i].close] = quotes[i + 1].inner_start
    if not follows:
        return props
    out: list[Proposal] = []
    for p in props:
        if out and _continues(text, out[-1], p, follows):
            out[-1] = _joined(text, out[-1], p)
        else:
            out.append(p)
    return out


def _continues(text: str, a: Proposal, b: Proposal, follows: dict[int, int]) -> bool:
    if a.kind is not Kind.DIRECT or b.kind is not Kind.DIRECT:
        return False
    nxt = follows.get(a.end if a.end in follows else len(text[: a.end].rstrip()))
    return nxt is not None and nxt <= b.start and not text[nxt : b.start].strip()


def _joined(text: str, a: Proposal, b: Proposal) -> Proposal:
    cue = b if a.rule in _INHERITED_DIRECT and b.rule not in _INHERITED_DIRECT else a
    parts = (a.parts or ((a.start, a.end),)) + (b.parts or ((b.start, b.end),))
    return Proposal(
        a.start,
        b.end,
        text[a.start : b.end],
        Kind.DIRECT,
        cue.rule,
        cue.confidence,
        cue.speaker,
        cue.speaker_mention,
        cue.mention_start,
        cue.mention_end,
        cue.cue,
        cue.cue_start,
        cue.cue_end,
        parts,
        cue.learned,
    )


def _inert_mentions(props: list[Proposal]) -> list[Proposal]:
    """A mention never holds a control character (ESC, BEL, a line break: no part of a name): one that took
    one in (a quoted source such as „Name\x1f“) is cut before it, and dropped if nothing is left; a speaker's
    name that took one in ("der\x1fal-Said", words joined by a control character) is no name the text gives:
    the proposal keeps no speaker."""
    out: list[Proposal] = []
    for p in props:
        if p.speaker_mention and has_control(p.speaker_mention):
            p = _cut_mention(p)
        if p.speaker and has_control(p.speaker):
            p = replace(p, speaker=None)
        out.append(p)
    return out


def _cut_mention(p: Proposal) -> Proposal:
    mention = p.speaker_mention or ""
    k = next(i for i, ch in enumerate(mention) if is_control(ch))
    cut = mention[:k].rstrip()
    if not cut or p.mention_start is None:
        return replace(p, speaker_mention=None, mention_start=None, mention_end=None)
    return replace(p, speaker_mention=cut, mention_end=p.mention_start + len(cut))


def _non_overlapping(props: list[Proposal]) -> list[Proposal]:
    out: list[Proposal] = []
    for p in props:
        if out and p.start < out[-1].end:
            continue
        out.append(p)
    return out
