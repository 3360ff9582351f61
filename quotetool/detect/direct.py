"""Direct quotes: a quotation with its cue after it, before it (colon), around it (split quote),
inside the cue's clause (a quoted phrase), or without a cue as a continuation of the last speaker."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from quotetool.detect import lexicon
from quotetool.detect.candidate import Candidate
from quotetool.detect.context import (
    PLACE_CUES,
    SentenceView,
    antecedent,
    document_pointed_at,
    is_plural_verb,
    quoted_object,
    source_pp,
    speaker_of_cue,
)
from quotetool.detect.cues import Cue, after_time, clause_end, sentence_part_end
from quotetool.detect.mood import has_subjunctive
from quotetool.detect.nonspeech import is_nonspeech, title_case_name
from quotetool.detect.proposal import Kind
from quotetool.detect.rules import (
    DIRECT_AFTER_NOUN,
    DIRECT_BRACKETED,
    DIRECT_COLON_NEXTLINE,
    DIRECT_COLON_SPEAKER,
    DIRECT_COLON_SUBJECT,
    DIRECT_CONTINUATION,
    DIRECT_CUE_AFTER,
    DIRECT_CUE_BEFORE,
    DIRECT_IN_CLAUSE,
    DIRECT_NAMED_AFTER,
    DIRECT_SO,
    DIRECT_SPLIT,
    DIRECT_UNATTRIBUTED,
    DIRECT_WIE,
    MIXED_PHRASE,
    PRIORITY_DIRECT_CUE,
    Rule,
)
from quotetool.detect.spans import make
from quotetool.detect.speakers import (
    Mention,
    holder_of_view,
    is_adjective,
    parse_np,
    pronoun_mention,
    role_apposition_before,
    subject_after,
    subject_after_pp,
    subject_of_opening,
)
from quotetool.detect.tokens import (
    AUXILIARIES,
    CLAUSE_PUNCT,
    DASS_OB,
    DETERMINERS,
    FUER,
    FUNCTION_WORDS,
    PREPOSITIONS,
    RELATIVES,
    SENTENCE_ADVERBS,
    SUBORDINATORS,
    Tok,
    both_spelled,
    both_spellings,
    spellings,
    wordset,
)

FINITE_HINTS: Final = both_spellings(
    {"sieht", "sah", "zeigt", "zeigte", "gab", "gibt", "hielt", "hält", "fand", "findet"}
)

MIN_UNATTRIBUTED_WORDS: Final = 6  # a quotation this long without any cue is still someone's words
_CLAUSE_PUNCT: Final = CLAUSE_PUNCT


def _quote_words(view: SentenceView, t: Tok) -> int:
    q = t.quote
    assert q is not None
    return len(view.text[q.inner_start : q.inner_end].split())


def _cand(
    view: SentenceView,
    qtoks: list[Tok],
    rule: Rule,
    mention: Mention | None,
    cue: Cue | None,
    *,
    inherit: bool = False,
    priority: int = -1,
) -> Candidate:
    quotes = [t.quote for t in qtoks if t.quote is not None]
    start = quotes[0].inner_start
    end = quotes[-1].inner_end
    parts = tuple((q.inner_start, q.inner_end) for q in quotes) if len(quotes) > 1 else ()
    cue_t = view.cue_tuple(cue) if cue is not None else None
    plural = is_plural_verb(view.toks[cue.index].low) if cue is not None else False
    return Candidate(
        start,
        end,
        Kind.DIRECT,
        rule,
        mention,
        inherit,
        cue_t,
        parts,
        plural,
        rule.priority if priority < 0 else priority,
    )


def direct_candidates(
    view: SentenceView,
    colon_intro: tuple[Mention | None, Cue | None, SentenceView] | None,
) -> list[Candidate]:
    """Direct-quote candidates of one sentence. ``colon_intro`` is the previous sentence when it ended
    in a colon that introduces what follows (X sagte:⏎„…“)."""
    toks = view.toks
    n = len(toks)
    out: list[Candidate] = []
    used: set[int] = set()
    for q in range(n):
        t = toks[q]
        if t.quote is None or q in used:
            continue
        if _title_not_speech(view, q):
            continue
        cand = _cue_candidate(view, q, used)
        cand = (
            cand
            or _bracketed(view, q)
            or _speaker_in_brackets(view, q)
            or _fragment(view, q)
            or _after_noun(view, q)
            or _view_fragment(view, q)
            or _spoken_of(view, q)
        )
        if cand is None and q == _first_content(toks) and _only_quote(toks, q):
            cand = _quote_alone(view, t, colon_intro)
        if cand is None and _quote_words(view, t) >= MIN_UNATTRIBUTED_WORDS and _sounds_spoken(view, t):
            cand = _cand(view, [t], DIRECT_UNATTRIBUTED, None, None, inherit=True)
        if cand is not None:
            cand = _written_in(view, q, cand)
            used.add(q)
            out.append(cand)
    return out


def _written_in(view: SentenceView, q: int, cand: Candidate) -> Candidate:
    """ "In dem Gesetzentwurf gibt es einen Absatz: „…“", "Auf dem Plakat stand: „…“": a quotation whose
    own sentence names no speaker but the document or sign it stands in, before it; that is its source (not the
    speaker of an earlier sentence)."""
    if cand.mention is not None:
        return cand  # (nearly every candidate)
    m = _carrier_before(view, q)
    return cand if m is None else cand._replace(mention=m, inherit=False)


def _carrier_before(view: SentenceView, q: int) -> Mention | None:
    """The document or sign in a phrase "in/auf/an …" before the quotation at ``q`` in its sentence, or None."""
    toks = view.toks
    for j in range(q - 1):
        if toks[j].quote is not None:
            return None  # (a quotation before: the sentence's words are not this one's lead-in)
        if toks[j].low in _CARRIER_PREPOSITIONS:
            m, _ = parse_np(view.text, toks, j + 1, q)
            if m is not None and m.kind != "pronoun" and lexicon.source_of(m.head) is not None:
                return m
    return None


_CARRIER_PREPOSITIONS: Final = frozenset({"in", "im", "auf", "an", "am"})


def _title_not_speech(view: SentenceView, q: int) -> bool:
    """The quotation at ``q`` is a title or a name, no speech: „Anna Holm – Leben einer Malerin“,
    „People's Power Party“ (but "Parolen wie zum Beispiel „Keine Räumung“": a slogan)."""
    toks = view.toks
    t = toks[q]
    return (
        (
            is_nonspeech(view.text, toks, q)
            or (t.title and title_case_name(view.text, t) and not (q > 0 and toks[q - 1].low in _BEFORE_QUOTED_PHRASE))
        )
        and not _quote_noun_before(toks, q)
        and not _opens_split(view, q)
    )


def _opens_split(view: SentenceView, q: int) -> bool:
    """The quotation at ``q``, opening the sentence, is the first part of a split one: „Der Angeklagte“, so X,
    „hat …“ (after a comma, a quotation later in the sentence goes on in lower case after a comma of its own)."""
    toks = view.toks
    if q + 1 >= len(toks) or toks[q + 1].text != "," or q != _first_content(toks):
        return False  # (not a title inside a clause: "Er las „Die Blechtrommel“, sagte sie, …")
    for j in range(q + 2, len(toks)):
        nxt = toks[j].quote
        if nxt is not None:
            return toks[j - 1].text == "," and view.text[nxt.inner_start : nxt.inner_start + 1].islower()
    return False


def _cue_candidate(view: SentenceView, q: int, used: set[int]) -> Candidate | None:
    """The quotation at ``q`` with the cue after it („…“, sagte X) or before it (X sagte: „…“); a speaker named
    before the colon beats a pronoun after the quotation ("X sagte: „…“, betont sie.")."""
    toks = view.toks
    cand = _cue_after(view, q, used)
    if cand is None or (
        cand.mention is not None and cand.mention.kind == "pronoun" and q > 0 and toks[q - 1].text == ":"
    ):
        # "X sagte: „…“, betont sie.": the named speaker before the colon beats the pronoun after
        before = _cue_before(view, q)
        if before is not None and (cand is None or (before.mention is not None and before.mention.kind != "pronoun")):
            cand = before
    return cand


def _quote_alone(
    view: SentenceView, t: Tok, colon_intro: tuple[Mention | None, Cue | None, SentenceView] | None
) -> Candidate:
    """A sentence that is only the quotation ``t``: the speaker and cue of the previous sentence's colon (X
    sagte:⏎„…“), else a continuation of the statement before."""
    if colon_intro is not None and (colon_intro[0] is not None or colon_intro[1] is not None):
        mention, cue, intro = colon_intro
        cue_t = intro.cue_tuple(cue) if cue is not None else None
        qs = t.quote
        assert qs is not None
        return Candidate(
            qs.inner_start,
            qs.inner_end,
            Kind.DIRECT,
            DIRECT_COLON_NEXTLINE,
            mention,
            mention is None,
            cue_t,
            (),
            False,
            DIRECT_COLON_NEXTLINE.priority,
        )
    return _cand(view, [t], DIRECT_CONTINUATION, None, None, inherit=True)


_SPOKEN_WORDS: Final = (
    wordset(
        """
        ich wir uns unser unsere unseren unserem mir mich mein meine du dich dir ihr euch nicht kein keine
        nie ist sind war waren bin bist seid hat haben hatte hatten wird werden wurde wurden kann können
        konnte muss müssen musste soll sollen sollte will wollen wollte darf dürfen mag möchte gibt gab geht
        kommt steht bleibt lässt sieht weiß glaube denke brauchen braucht heißt
        """
    )
    | AUXILIARIES
)


def _sounds_spoken(view: SentenceView, t: Tok) -> bool:
    """Whether a quotation without a cue reads like speech rather than a title or a name: it is a
    sentence (final punctuation), speaks in the first person, or has a finite verb."""
    q = t.quote
    assert q is not None
    inner = view.text[q.inner_start : q.inner_end].rstrip()
    if inner[-1:] in ".!?…":
        return True
    return not _SPOKEN_WORDS.isdisjoint(w.strip(",;:") for w in inner.lower().split())


def _first_content(toks: list[Tok]) -> int:
    i = 0
    while i < len(toks) and toks[i].quote is None and not toks[i].text[0].isalnum():
        i += 1
    return i


def _only_quote(toks: list[Tok], q: int) -> bool:
    """The sentence is the quotation (plus punctuation): a quote paragraph or a quoted sentence."""
    return all(t.quote is None and not t.text[0].isalnum() for i, t in enumerate(toks) if i != q)


def _cue_after(view: SentenceView, q: int, used: set[int]) -> Candidate | None:
    """„…“, sagte X. / „…“, so X. / „…“, wie X sagte. / „…“, sagte X, „…“ (split quote)."""
    toks = view.toks
    n = len(toks)
    j = _past_bracket_note(toks, q + 1)
    if j < n and toks[j].text in (",", "–", "—"):
        j += 1
    if j >= n:
        return None
    t = toks[j]
    cue = view.cue_at(j) or _attitude_of_verb(view, j) or _passive_quoting(view, j) or _self_quoting(view, j)
    mention: Mention | None = None
    rule = DIRECT_CUE_AFTER
    if cue is not None:
        found = _subject_after_cue(view, j, cue)
        if found is None:
            return None
        mention, end_np = found
    elif t.low == "so" and j + 1 < n:
        mention, end_np = parse_np(view.text, toks, j + 1, n)
        if mention is None:
            return None
        rule = DIRECT_SO
    elif t.low == "wie" and j + 1 < n:
        wie = _wie_clause_after(view, j)
        if wie is None:
            return None
        cue, mention, end_np = wie
        rule = DIRECT_WIE
    else:
        pointed = _pointing_back(view, j)
        if pointed is None:
            return None
        mention, end_np = pointed
        rule = DIRECT_NAMED_AFTER
    # split quote: „…“, sagte X, „…“ (or: sagte X: „…“)
    qtoks = [toks[q]]
    second = _second_part(view, end_np)
    if second >= 0:
        qtoks.append(toks[second])
        used.add(second)
        rule = DIRECT_SPLIT
    return _cand(view, qtoks, rule, mention, cue)


def _past_bracket_note(toks: list[Tok], j: int) -> int:
    """After a short note in brackets at ``j`` right after a quotation, before its comma (a translation: „We
    love it“ (Wir lieben es), sagte X; "(lacht)"); ``j`` itself where none is."""
    if j >= len(toks) or toks[j].text != "(":
        return j
    for k in range(j + 1, min(len(toks), j + BRACKET_NOTE_REACH)):
        if toks[k].text == ")":
            return k + 1 if k + 1 < len(toks) and toks[k + 1].text == "," else j
        if toks[k].text in ("(", "."):
            return j
    return j


BRACKET_NOTE_REACH: Final = 16


# "„…“ – mit diesen Worten eröffnete X …", "„…“ – diese Botschaft hatte X im Gepäck": a phrase after the quotation
# that names it as someone's words (as sentences of their own, indirect.names_previous reads more such phrases)
_POINTER_DETERMINERS: Final = frozenset({"diesen", "diese", "dieser", "diesem", "solchen"})
_POINTER_NOUNS: Final = both_spellings(
    {"worten", "worte", "sätzen", "satz", "zitat", "botschaft", "appell", "aussage", "bemerkung", "mahnung", "warnung"}
)


def _pointing_back(view: SentenceView, j: int) -> tuple[Mention, int] | None:
    """The subject after a phrase at ``j``, after a dash or comma, that points back at the quotation before it as
    someone's words ("– mit diesen Worten eröffnete X die Sitzung"), and the index after it; else None."""
    toks = view.toks
    k = j + 1 if toks[j].low == "mit" else j
    if toks[j - 1].text not in ("–", "—", ",") or k + 2 >= len(toks) or toks[k].low not in _POINTER_DETERMINERS:
        return None
    verb = toks[k + 2]
    if toks[k + 1].low not in _POINTER_NOUNS or not verb.text[0].islower() or verb.low in FUNCTION_WORDS:
        return None
    mention, end_np = subject_after(view.text, toks, k + 2, clause_end(toks, k + 3))
    if mention is None or (mention.kind == "pronoun" and mention.head not in ("er", "sie")):
        return None
    return mention, end_np


def _subject_after_cue(view: SentenceView, j: int, cue: Cue) -> tuple[Mention | None, int] | None:
    """„…“, sagte X: the speaker after the cue at ``j`` (for a place cue, "hieß es aus dem Ministerium", its
    source) and the index after it; no speaker for a cue that marks a quote alone ("hieß es"), else None."""
    toks = view.toks
    limit = clause_end(toks, j + 1)
    if cue.lemma in PLACE_CUES:
        mention, end_np = source_pp(view, j + 1, limit) or document_pointed_at(view, j + 1, limit), limit
    elif (
        cue.lemma == "zitieren"
        and cue.index == j
        and toks[j - 1].text in (",", "–", "—")
        and quoted_object(view, j, limit) is not None
    ):
        mention, end_np = quoted_object(view, j, limit), limit  # "„…“, zitiert die Zeitung einen Sprecher"
    else:
        # (after a time phrase: "sagte am Freitag der Minister" is no genitive "Freitag der Minister")
        mention, end_np = subject_after(
            view.text, toks, after_time(toks, j), max(limit, sentence_part_end(toks, j + 1))
        )
    if mention is None:
        if not (_passive_ok(toks, j) or _speech_verb_right_after(toks, j, cue)):
            return None
        return _shared_subject(view, j, cue), limit
    return mention, end_np


def _shared_subject(view: SentenceView, j: int, cue: Cue) -> Mention | None:
    """ "X nannte die Trennung „unvermeidlich“, betonte aber, dass …": a speech verb after the quoted phrase without
    a subject of its own is a second predicate of the clause the phrase stands in; its speaker is that clause's
    cue's (None when no cue comes before the quotation)."""
    toks = view.toks
    q = j - 2
    if q < 1 or toks[q].quote is None or cue.index != j:
        return None
    first = next((c for c in view.cues if c.index < q and c.lemma not in PLACE_CUES), None)
    if first is None or any(t.text in _SHARED_STOPS for t in toks[first.index : q]):
        return None
    m = speaker_of_cue(view, first)
    return m if m is not None and m.kind in ("name", "role", "org", "group", "pronoun") else None


# marks between the first cue and the quotation that end its clause (a colon opens the quotation itself)
_SHARED_STOPS: Final = frozenset({".", ";", ":", "?", "!"})


def _speech_verb_right_after(toks: list[Tok], j: int, cue: Cue) -> bool:
    """„…“, sagte dem Sender … : a verb of speech right after the quotation and its comma marks it as quoted
    speech even when its subject is not parsed; the speaker is then left to the editor."""
    return cue.index == j and not cue.cognition and not cue.attitude and toks[j - 1].text == ","


def _wie_clause_after(view: SentenceView, j: int) -> tuple[Cue, Mention | None, int] | None:
    """„…“, wie X sagte: the cue of the wie-clause at ``j``, its speaker and the clause's end (not „Trap“, wie er
    genannt wird: a nickname)."""
    toks = view.toks
    n = len(toks)
    k = j + 1
    while k < n and toks[k].text not in _CLAUSE_PUNCT and toks[k].quote is None:
        k += 1
    cue = next((c for c in view.cues if j < c.index < k), None)
    if cue is None or cue.lemma in ("nennen", "bezeichnen"):
        return None  # „Trap“, wie er genannt wird: a nickname
    return cue, speaker_of_cue(view, cue), k


def _second_part(view: SentenceView, end_np: int) -> int:
    """„…“, sagte X, „…“: the index of the quotation that goes on after the cue clause (which ends soon after the
    speaker phrase, ending at ``end_np``: "sagte X am Montag in Berlin"), -1 if there is none."""
    toks = view.toks
    n = len(toks)
    k = end_np
    # skip the rest of the cue clause up to its punctuation ("sagte X am Montag in Berlin")
    while k < n and toks[k].text not in _CLAUSE_PUNCT and toks[k].quote is None and k - end_np < 8:
        k += 1
    if (
        k + 1 < n
        and toks[k].text in (",", ":")
        and toks[k + 1].quote is not None
        and not is_nonspeech(view.text, toks, k + 1)
    ):
        return k + 1
    return -1


_COMPLEMENTIZERS: Final = both_spellings({"dass", "ob", "wonach"})


def _attitude_of_verb(view: SentenceView, j: int) -> Cue | None:
    """„…“, zeigte sich der Trainer zufrieden: the attitude word whose clause the verb at ``j`` opens."""
    toks = view.toks
    if toks[j].quote is not None or not toks[j].text[0].islower() or j + 1 >= len(toks) or toks[j + 1].low != "sich":
        return None
    e = sentence_part_end(toks, j + 1)
    for k in range(j + 2, e):
        if toks[k].low in lexicon.ATTITUDE_ADJECTIVES and toks[k].text[0].islower():
            return Cue(k, k, toks[k].low, True, attitude=True)
    return None


def _passive_quoting(view: SentenceView, j: int) -> Cue | None:
    """„…“, wird der Minister zitiert: the subject of "zitiert werden" is the one who said it."""
    toks = view.toks
    if toks[j].low not in ("wird", "wurde", "werden", "wurden"):
        return None
    e = clause_end(toks, j + 1)
    return next((c for c in view.cues if c.lemma == "zitieren" and j < c.index < e), None)


def _bracketed(view: SentenceView, q: int) -> Candidate | None:
    """ "…, Anna Roth („Wir bleiben dabei.“), und …": a quotation in brackets right after a name."""
    toks = view.toks
    if (
        q < 2
        or toks[q - 1].text != "("
        or q + 1 >= len(toks)
        or toks[q + 1].text != ")"
        or toks[q].title
        or not _sounds_spoken(view, toks[q])
    ):
        return None  # "(„Bookmarks“)": a translation or a title, not words someone said
    m = antecedent(view, q - 1)
    if m is None or m.kind not in ("name", "role", "org"):
        return None
    return _cand(view, [toks[q]], DIRECT_BRACKETED, m, None)


def _speaker_in_brackets(view: SentenceView, q: int) -> Candidate | None:
    """ "„Das war zu wenig“ (Trainer Uwe Kasper nach dem 0:3).": a name or role in brackets right after a
    quotation, alone or with a phrase of time or occasion after it (a name also with its body after a comma), is
    its speaker."""
    toks = view.toks
    n = len(toks)
    if q + 3 >= n or toks[q + 1].text != "(" or not _sounds_spoken(view, toks[q]):
        return None
    close = next((j for j in range(q + 2, min(n, q + 14)) if toks[j].text == ")"), -1)
    if close < 0:
        return None
    m, j = parse_np(view.text, toks, q + 2, close)
    if m is None or m.kind not in ("name", "role"):
        return None
    # (with a phrase of time or occasion, or, after a name, its body: "(Jürgen Pohl, Landratsamt)")
    if not (j == close or toks[j].low in PREPOSITIONS or (m.kind == "name" and toks[j].text == ",")):
        return None
    return _cand(view, [toks[q]], DIRECT_BRACKETED, m, None)


_HEISST: Final = both_spellings({"hieß", "heißt"})


def _passive_ok(toks: list[Tok], j: int) -> bool:
    """„…“, hieß es. / „…“, wurde mitgeteilt.: a cue without a subject still marks the quote."""
    return toks[j].low in _HEISST or (j + 1 < len(toks) and toks[j + 1].low == "es")


def _cue_before(view: SentenceView, q: int) -> Candidate | None:
    """X sagte: „…“ / X: „…“ / sagte X, „…“."""
    toks = view.toks
    if q == 0:
        return None
    p = q - 1
    sep = toks[p].text
    if sep not in (":", ","):
        return None
    cue = _cue_before_separator(view, p, sep)
    if cue is not None:
        return _quote_after_cue(view, q, cue, sep)
    if sep == ":" and 0 < p <= 3 and all(t.low in _GOING_ON for t in toks[:p]) and _quoted_before(view):
        # "„…“, sagte Fenn. Und weiter: „…“": the speaker before goes on
        return _cand(view, [toks[q]], DIRECT_CONTINUATION, None, None, inherit=True, priority=PRIORITY_DIRECT_CUE)
    if sep == ":":
        return _quote_after_colon(view, q)
    return None


def _cue_before_separator(view: SentenceView, p: int, sep: str) -> Cue | None:
    """The cue of the clause before the separator at ``p`` (for a colon: any cue before it, no quotation between,
    and not one inside a dass-clause: "glaubt, dass das Team gestärkt hervorgegangen sei: „…“")."""
    toks = view.toks
    cue = next((c for c in reversed(view.cues) if c.last < p and clause_end(toks, c.last + 1) >= p), None)
    if cue is None and sep == ":":
        cue = next(
            (
                c
                for c in reversed(view.cues)
                if c.last < p
                and not any(t.quote is not None and not _name_like(view, t) for t in toks[c.last : p])
                and not any(t.low in _COMPLEMENTIZERS for t in toks[: c.index])
            ),
            None,
        )
    return cue


def _quote_after_cue(view: SentenceView, q: int, cue: Cue, sep: str) -> Candidate | None:
    """X sagte: „…“ / sagte X, „…“: the quotation at ``q`` after the cue's clause and its separator ``sep``,
    with the cue's speaker (not a thought before a comma: "glaubt, „…“", unless the quotation is its
    complement)."""
    toks = view.toks
    p = q - 1
    if cue.cognition and sep == "," and not _quoted_complement(view, q):
        return None
    mention = speaker_of_cue(view, cue)
    if mention is None and sep == ":":
        mention = main_subject(view, 0, p)  # "X wandte sich gegen die Behauptung, …: „…“": X speaks
    if (
        sep == ":"
        and (mention is None or (mention.kind == "pronoun" and mention.head in ("man", "es")))
        and has_subjunctive(toks, 0, p, strong_only=True)
    ):
        # "Man sei für jede Hilfe dankbar: „…“": the reported speaker goes on in their own words
        return _cand(view, [toks[q]], DIRECT_CONTINUATION, None, None, inherit=True, priority=PRIORITY_DIRECT_CUE)
    return _cand(view, [toks[q]], DIRECT_CUE_BEFORE, mention, cue)


def _quote_after_colon(view: SentenceView, q: int) -> Candidate | None:
    """The quotation at ``q`` after a colon with no cue before it: "…, und der Minister Jan Roth: „…“", "Die Lage
    sei ernst: „…“" (a continuation), "Zypries sieht darin eine Bestätigung: „…“" (the clause's subject
    speaks), "Der Minister: „…“"."""
    toks = view.toks
    p = q - 1
    m = _phrase_before(view, p)
    if m is not None and _rubric(m):
        return None  # "Interview: „…“", "Kommentar: „…“": the label of a headline, no speaker
    if m is not None and (m.kind in ("name", "role") or (m.kind == "frame" and m.inner is not None)):
        return _cand(view, [toks[q]], DIRECT_COLON_SPEAKER, m, None)  # "…, und der Minister Jan Roth: „…“"
    if has_subjunctive(toks, 0, p, strong_only=True):
        # "Die Lage sei ernst: „…“": the reported speaker goes on in their own words
        return _cand(view, [toks[q]], DIRECT_CONTINUATION, None, None, inherit=True, priority=PRIORITY_DIRECT_CUE)
    if _titled_before_colon(view, q):
        return None  # "stellte die neue CD der Band vor: „Sommerregen“": the work's title
    m = _possessive_statement(view, p) or main_subject(view, 0, p)
    if (
        m is not None
        and (m.kind in ("name", "role", "org", "pronoun", "source", "group") or (m.kind == "frame" and m.inner))
        and not (m.kind == "pronoun" and m.head == "es")
    ):
        # "Zypries sieht darin eine Bestätigung: „…“": whoever the clause is about speaks ("Seine Meinung zu
        # den Plänen: „…“": the frame's owner)
        return _cand(view, [toks[q]], DIRECT_COLON_SUBJECT, m, None)
    m = _bare_speaker_before(view, p) or _statement_noun_holder_before(view, p)
    if m is not None:
        return _cand(view, [toks[q]], DIRECT_COLON_SPEAKER, m, None)
    return None


def _quoted_before(view: SentenceView) -> bool:
    """A quotation closes in the few sentences before the sentence ``view``."""
    before = view.text[max(0, view.start - _QUOTED_BEFORE_CHARS) : view.start]
    return any(c in before for c in '“”"«»‹')


_QUOTED_BEFORE_CHARS: Final = 400
# words that alone before a colon say the speaker before goes on: "Und weiter: „…“", "Außerdem: „…“"
_GOING_ON: Final = both_spellings({"und", "weiter", "ferner", "außerdem", "zudem", "dann", "später"})
_POSSESSIVE_OWNERS: Final = MappingProxyType({"sein": "er", "seine": "er", "ihr": "sie", "ihre": "sie"})


def _possessive_statement(view: SentenceView, p: int) -> Mention | None:
    """ "Ihre Bitte an die Bürger: „…“": a possessive and a statement noun opening the introduction before the colon
    at ``p`` (whatever follows them: an addressee is no speaker) name the owner's statement; else None."""
    toks = view.toks
    if p < 3 or toks[0].low not in _POSSESSIVE_OWNERS or toks[1].quote is not None:
        return None
    noun = toks[1]
    if not noun.text[0].isupper() or noun.low not in lexicon.STATEMENT_NOUNS:
        return None
    pron = _POSSESSIVE_OWNERS[toks[0].low]
    owner = pronoun_mention(toks[0], pron, "m" if pron == "er" else "f")
    text = view.text[toks[0].start : noun.end]
    return Mention(
        start=toks[0].start, end=noun.end, text=text, kind="source", head=noun.low, det=toks[0].low, inner=owner
    )


def _statement_noun_holder_before(view: SentenceView, p: int) -> Mention | None:
    """ "Die Warnung des Bürgermeisters: „…“", "Die Kritik der Opposition: „…“": the holder a statement noun names
    in the phrase that ends at the colon at ``p`` (the noun opens it, after its article)."""
    toks = view.toks
    lo = p - 1
    while lo > 0 and toks[lo - 1].text not in (",", ";", ":", ".", "(", ")") and toks[lo - 1].quote is None:
        lo -= 1
    head = lo + 1 if toks[lo].low in DETERMINERS else lo
    if head + 2 > p or not toks[head].text[0].isupper() or not _statement_noun(toks[head].low):
        return None
    k = head + 2 if toks[head + 1].low in ("von", "vom") else head + 1
    if k == head + 1 and toks[k].low not in _GENITIVE_OPENERS:
        return None
    m, j = parse_np(view.text, toks, k, p)
    if m is None or j != p or m.kind not in ("name", "role", "org", "group"):
        return None
    return m


_GENITIVE_OPENERS: Final = frozenset({"des", "der", "eines", "einer"})


def _statement_noun(low: str) -> bool:
    """A noun for what someone says (Kritik, Forderung) or how they react (Reaktion, Widerspruch), or one that
    frames an account (Einschätzung)."""
    return low in lexicon.STATEMENT_NOUNS or low in lexicon.REACTION_NOUNS or lexicon.frame_of(low) is not None


def _titled_before_colon(view: SentenceView, q: int) -> bool:
    """The quotation at ``q`` after a colon is the title of a work named just before it ("stellte die neue CD der
    Band vor: „Good morning town“", "Das Album heißt: „Sommerregen“"): a short phrase without sentence punctuation,
    a media noun among the few words before the colon."""
    toks = view.toks
    t = toks[q]
    if t.quote is None:
        return False
    inner = view.text[t.quote.inner_start : t.quote.inner_end].strip()
    if not inner or inner[-1] in ".!?…" or inner.count(" ") >= _TITLE_WORDS:
        return False
    return any(
        toks[k].text[0].isupper() and lexicon.media_of(toks[k].text) is not None
        for k in range(max(0, q - 1 - _TITLE_WINDOW), q - 1)
    )


_TITLE_WORDS: Final = 6
_TITLE_WINDOW: Final = 5


def _rubric(m: Mention) -> bool:
    """A word without article that labels an article's kind ("Interview", "Kommentar"), alone or with its
    genitive ("Zitat des Tages")."""
    words = m.text.split()
    return not m.det and words[0] in lexicon.RUBRICS and (len(words) == 1 or words[1] in ("des", "der"))


def _bare_speaker_before(view: SentenceView, p: int) -> Mention | None:
    """ "Der Minister: „…“" — a bare speaker phrase right before the colon at ``p``, from the last clause
    boundary on."""
    toks = view.toks
    lo = p - 1
    while lo > 0 and toks[lo - 1].text not in (",", ";", ":", ".", "(", ")") and toks[lo - 1].quote is None:
        lo -= 1
    m, j = parse_np(view.text, toks, lo, p, sentence_start=lo)
    if m is not None and j == p and m.kind in ("name", "role", "org", "pronoun", "source"):
        return m
    return None


def _name_like(view: SentenceView, t: Tok) -> bool:
    """A short quotation without sentence punctuation (a name, a title, a term) inside a clause."""
    q = t.quote
    assert q is not None
    inner = view.text[q.inner_start : q.inner_end].strip()
    return t.title or (inner.count(" ") < 3 and inner[-1:] not in ".!?…")


def _quoted_complement(view: SentenceView, q: int) -> bool:
    """„dass …“ after a thinking verb: the quotation is the verb's dass-clause in the speaker's words."""
    qs = view.toks[q].quote
    assert qs is not None
    return view.text[qs.inner_start : qs.inner_start + 8].lstrip().startswith(_COMPLEMENT_OPENINGS)


_COMPLEMENT_OPENINGS: Final = tuple(sorted(w + " " for w in DASS_OB))  # ("dass ", "daß ", "ob ")


def _phrase_before(view: SentenceView, p: int) -> Mention | None:
    """The phrase that ends right before token ``p`` and starts after the previous comma or clause mark."""
    toks = view.toks
    lo = _before_bracket_note(toks, p)
    while lo > 0 and toks[lo - 1].text not in (",", ";", ":", ".", "(", ")", "–", "—") and toks[lo - 1].quote is None:
        lo -= 1
    while lo < p and (toks[lo].low in ("und", "sowie", "auch", "oder", "aber", "so") or _adverb_before_name(toks, lo)):
        lo += 1
    m, j = parse_np(view.text, toks, lo, p, sentence_start=lo)
    return m if m is not None and j == p else None


_NOTE_TOKENS: Final = 6


def _before_bracket_note(toks: list[Tok], p: int) -> int:
    """ "Niko Sahin (Trainer BVB): „…“": the index of the "(" of a short note in brackets that ends right before
    the colon at ``p`` (the phrase before it is the speaker's), else ``p - 1``."""
    if p < 3 or toks[p - 1].text != ")":
        return p - 1
    for b in range(p - 2, max(0, p - 2 - _NOTE_TOKENS), -1):
        if toks[b].text == "(":
            return b if b > 0 else p - 1
        if toks[b].quote is not None or toks[b].text in (".", ":", ";", ")"):
            break
    return p - 1


def _adverb_before_name(toks: list[Tok], k: int) -> bool:
    """ "Dazu Bürgermeister Tobias Frings: „…“", "Hierzu die Ministerin: „…“": a sentence adverb before the
    speaker phrase of a colon (not "Vor allem": a preposition's phrase)."""
    return toks[k].low in SENTENCE_ADVERBS and toks[k].low not in PREPOSITIONS and k + 1 < len(toks)


def main_subject(view: SentenceView, lo: int, hi: int) -> Mention | None:
    """The subject of the main clause in tokens lo..hi: a phrase followed by the finite verb, or the
    first phrase after the verb when the clause opens with an adverbial."""
    toks = view.toks
    text = view.text
    lo = _clause_opening(toks, lo, hi)
    m, j = parse_np(text, toks, lo, hi, sentence_start=lo)
    if m is not None:
        j = _past_relative_clause(toks, j, hi)
        if j < hi and toks[j].text[0].islower() and toks[j].low not in SUBORDINATORS:
            return subject_of_opening(text, toks, m, j, hi)  # m, or after its object the subject after the verb
    else:
        after_pp = subject_after_pp(text, toks, lo, hi)
        if after_pp is not None:
            return after_pp  # "Am Rande einer Sitzung des Landtags nahm X Stellung", "Vom Bahnhof zogen die …"
    return _subject_after_verb(text, toks, lo, hi)


def _clause_opening(toks: list[Tok], lo: int, hi: int) -> int:
    """Where the clause's own words start: after an agency dateline and a conjunction or particle ("Und auch …")."""
    lo = after_dateline(toks, lo, hi)
    while lo < hi and toks[lo].low in ("und", "aber", "doch", "auch", "so", "denn"):
        lo += 1
    return lo


def _past_relative_clause(toks: list[Tok], j: int, hi: int) -> int:
    """The index after a relative clause in commas at ``j`` ("Der Ermittler, der als Zeuge gilt, will …"), or
    ``j``."""
    if j + 1 < hi and toks[j].text == "," and toks[j + 1].low in RELATIVES:
        return _after_relative(toks, j + 1, hi)
    return j


def _subject_after_verb(text: str, toks: list[Tok], lo: int, hi: int) -> Mention | None:
    """The subject after the finite verb of a clause that opens with something else: after a finite form
    anywhere early, or (verb second) after the first lower-case content word, then a name, role or body only."""
    v = _early_finite(toks, lo, hi)
    if v >= 0:
        after, _ = subject_after(text, toks, v, hi)
        return after
    v = _verb_second(toks, lo, hi)
    if v < 0:
        return _subject_after_insertion(text, toks, lo, hi)
    after, _ = subject_after(text, toks, v, hi)
    if after is None:
        return _subject_after_insertion(text, toks, lo, hi)
    return after if after.kind in ("name", "role", "org") else None


def _subject_after_insertion(text: str, toks: list[Tok], lo: int, hi: int) -> Mention | None:
    """ "Am Abend, kurz nach der Sitzung, veröffentlichte die Partei …", "Spöttisch, wohl auf die Kritik
    reagierend, veröffentlichte der Verfasser …": after a fronted phrase and an insertion in commas, the finite
    verb right after the second comma and the name, role or body after it; None if none."""
    commas = [k for k in range(lo + 1, min(hi, lo + _INSERTION_WINDOW)) if toks[k].text == ","]
    if len(commas) < 2:
        return None
    v = commas[1] + 1
    t = toks[v] if v < hi else None
    if t is None or t.quote is not None or not t.text[0].islower() or not _finite_form(t.low):
        return None
    after, _ = subject_after(text, toks, v, hi)
    return after if after is not None and after.kind in ("name", "role", "org", "group") else None


def _finite_form(low: str) -> bool:
    return low in AUXILIARIES or low in FINITE_HINTS or low in _PAST_FORMS or _looks_finite(low)


_INSERTION_WINDOW: Final = 20


def _early_finite(toks: list[Tok], lo: int, hi: int) -> int:
    """The first of the clause's first eight tokens that is a finite verb form (a strong past form too: "Unter
    dem Motto „…“ zogen die Demonstranten …"), or -1."""
    for v in range(lo, min(hi, lo + 8)):
        t = toks[v]
        if (
            t.quote is None
            and t.text[0].islower()
            and (t.low in AUXILIARIES or t.low in FINITE_HINTS or t.low in _PAST_FORMS or _looks_finite(t.low))
        ):
            return v
    return -1


def _verb_second(toks: list[Tok], lo: int, hi: int) -> int:
    """Verb second: after a fronted phrase, the first lower-case content word is the verb ("Im Kongress warb X");
    its index, or -1."""
    for v in range(lo + 1, min(hi, lo + 8)):
        t = toks[v]
        if t.quote is None and t.text[0].islower() and t.low not in FUNCTION_WORDS and not is_adjective(t):
            return v
    return -1


_DASHES: Final = frozenset({"–", "-", "—"})
_DATELINE_WORDS: Final = frozenset({"am", "an", "der", "im", "/", ","})


def after_dateline(toks: list[Tok], lo: int, hi: int) -> int:
    """The index after an agency dateline that opens the sentence at ``lo`` ("Berlin (dpa) – Der Kanzler …",
    "FRANKFURT AM MAIN –"): place words, an agency in brackets, a dash, then a capital; else ``lo``."""
    k = lo
    bracket = False
    while k < hi and k - lo < 10:
        t = toks[k]
        if t.text in _DASHES:
            ok = k > lo and k + 1 < hi and toks[k + 1].text[:1].isupper() and not bracket
            return k + 1 if ok else lo
        if t.quote is not None:
            return lo
        if t.text == "(":
            bracket = True
        elif t.text == ")":
            bracket = False
        elif not bracket and not t.text[:1].isupper() and t.low not in _DATELINE_WORDS:
            return lo
        k += 1
    return lo


def _after_relative(toks: list[Tok], k: int, hi: int) -> int:
    """Index after a relative clause that starts at ``k`` and ends with a comma; ``k - 1`` if it does not."""
    e = k
    while e < hi and e - k < 25 and toks[e].text not in (",", ";", ":", ".") and toks[e].quote is None:
        e += 1
    return e + 1 if e < hi and toks[e].text == "," else k - 1


_PAST_FORMS: Final = lexicon.PAST_FORMS


def _looks_finite(w: str) -> bool:
    return w.endswith(("te", "ten", "t")) and len(w) > 3 and w not in FUNCTION_WORDS and not w.endswith("st")


_LET_FORMS: Final = both_spellings({"ließ", "ließen", "lässt", "lassen"})


def _self_quoting(view: SentenceView, j: int) -> Cue | None:
    """„…“, ließ sich X zitieren: the subject of "sich zitieren lassen" is the one who said it."""
    toks = view.toks
    if toks[j].low not in _LET_FORMS or j + 1 >= len(toks) or toks[j + 1].low != "sich":
        return None
    e = clause_end(toks, j + 2)
    return next((c for c in view.cues if c.lemma == "zitieren" and j < c.index < e), None)


def _fragment(view: SentenceView, q: int) -> Candidate | None:
    """A quoted phrase in the clause of a speech verb: "sprach von einer „…“", "nannte die Pläne „…“"."""
    lo, hi = _clause_around(view.toks, q)
    cue = _fragment_cue(view, q, lo, hi)
    if cue is None:
        before = role_apposition_before(view.toks, lo)  # "nannte X, Chef des Verbands, die Pläne „…“"
        cue = _fragment_cue(view, q, before, hi) if before < lo else None
    if cue is None or _quoted_name(view, q) or (cue.lemma == "zitieren" and view.toks[q].title):
        return None  # ("Die „Welt“ zitiert den Minister", "zitiert die „Computerwoche“ Lynch": the medium's name)
    if cue.lemma in _WITH_PREPOSITION and not any(t.low in _WITH_PREPOSITION[cue.lemma] for t in view.toks[lo:hi]):
        return None  # ("habe „überragend“ gehalten": a goalkeeper's saves; "hält das für „…“" is a view)
    if _named_by_a_noun(view.toks, q, cue):
        return None  # "auf der Homepage von „…“", "den Entwurf für ein „…“": a name, a title
    mention = _fragment_speaker(view, q, cue)
    if mention is None or (cue.lemma == "lauten" and mention.text.lower().endswith(_NAMING_SUBJECTS)):
        return None  # ("Der Name lautet „…“", "Die Übersetzung lautet „…“": a name, a rendering, nobody's words)
    return _mixed_phrase(view, q, hi, cue, mention) or _cand(view, [view.toks[q]], DIRECT_IN_CLAUSE, mention, cue)


# verbs whose quoted phrase is a view only with their preposition in its clause: "hält den Plan für „…“"
_WITH_PREPOSITION: Final = MappingProxyType({"halten": both_spellings({"für", "als"})})


# subjects of "lautet" that make the quotation a name or a rendering
_NAMING_SUBJECTS: Final = both_spelled(("name", "titel", "bezeichnung", "übersetzung", "abkürzung", "kürzel"))


def _view_fragment(view: SentenceView, q: int) -> Candidate | None:
    """ "Für den Minister ist die Lage „alarmierend“": a quoted judgement in a clause that "für" and a person, body
    or group open before a copula is the wording of the one whose view it states (not a name: „Nordlicht“)."""
    toks = view.toks
    lo, hi = _clause_around(toks, q)
    if toks[lo].low not in FUER or toks[q].title or _quoted_name(view, q):
        return None
    holder = holder_of_view(view.text, toks, lo, hi)
    if holder is None or holder.end > toks[q].start:
        return None
    return _cand(view, [toks[q]], DIRECT_IN_CLAUSE, holder, None)


def _spoken_of(view: SentenceView, q: int) -> Candidate | None:
    """ "In dem Schreiben war von einem „offenen Dialog“ die Rede", "Im Bericht wird von „Versäumnissen“ gesprochen":
    a quoted phrase after "von" and before "die Rede" in a clause with "sein", or before the passive "gesprochen",
    is what was spoken of, a phrase of the document or body the clause names ("in …", "bei …"), if any."""
    toks = view.toks
    if q + 1 >= len(toks) or _quoted_name(view, q):
        return None
    rede = q + 2 < len(toks) and toks[q + 1].low == "die" and toks[q + 2].low == "rede"
    if not rede and toks[q + 1].low != "gesprochen":
        return None
    lo, _ = _clause_around(toks, q)
    k = q - 1
    while k > lo and (toks[k].low in DETERMINERS or is_adjective(toks[k])):
        k -= 1
    finite = _FORMS_OF_SEIN if rede else _PASSIVE_FINITE
    if toks[k].low not in ("von", "vom") or not any(t.low in finite for t in toks[lo:k]):
        return None
    return _cand(view, [toks[q]], DIRECT_IN_CLAUSE, source_pp(view, lo, k), None)


_FORMS_OF_SEIN: Final = both_spellings({"ist", "war", "sei", "sind", "waren", "seien", "wäre"})
_PASSIVE_FINITE: Final = both_spellings({"wird", "wurde", "werde", "würde"})


def _named_by_a_noun(toks: list[Tok], q: int, cue: Cue) -> bool:
    """The quotation at ``q`` is named by the noun before its preposition "von" or "für" ("die Homepage von „…“",
    "im Anbringen von „…“", "den Entwurf für ein „…“"): a name or a title, unless the cue governs the preposition
    ("sprach der Minister von einer „Krise“", "hält den Plan für „…“")."""
    p = q - 1
    while p > 0 and q - p <= _NAMED_WINDOW and (toks[p].low in DETERMINERS or is_adjective(toks[p])):
        p -= 1
    prep = toks[p].low
    if prep not in _NAMING_PREPOSITIONS or p < 2 or cue.lemma in _NAMING_PREPOSITIONS[prep]:
        return False
    noun = toks[p - 1]
    return noun.quote is None and noun.text[0].isupper() and noun.low not in FUNCTION_WORDS


_NAMED_WINDOW: Final = 3
# the cues that take the preposition themselves: their phrase is what they report
_NAMING_PREPOSITIONS: Final = MappingProxyType(
    {
        **dict.fromkeys(
            ("von", "vom"), both_spellings({"sprechen", "reden", "berichten", "schwärmen", "distanzieren", "abraten"})
        ),
        **dict.fromkeys(
            spellings("für"),
            both_spellings(
                {
                    "halten",
                    "erklären",
                    "plädieren",
                    "werben",
                    "eintreten",
                    "aussprechen",
                    "danken",
                    "loben",
                    "kritisieren",
                }
            ),
        ),
    }
)


def _clause_around(toks: list[Tok], q: int) -> tuple[int, int]:
    """The tokens between the punctuation marks around token ``q``: (first, after the last)."""
    lo = q
    while lo > 0 and toks[lo - 1].text not in (",", ";", ":", ".", "!", "?", "(", ")"):
        lo -= 1
    hi = q + 1
    n = len(toks)
    while hi < n and toks[hi].text not in (",", ";", ":", ".", "!", "?", "(", ")"):
        hi += 1
    return lo, hi


def _fragment_cue(view: SentenceView, q: int, lo: int, hi: int) -> Cue | None:
    """The cue of the clause lo..hi that holds the quoted phrase at ``q``, or of an evaluative verb before it
    for "als „…“"; None in a subordinate clause, where the indirect rules decide (a mixed quote)."""
    toks = view.toks
    cue = next((c for c in view.cues if lo <= c.index < hi), None)
    if lo < q - 1 and toks[lo].low in SUBORDINATORS and not (cue is not None and cue.lemma in _EVALUATIVE):
        return None  # (not "weil X … als „…“ bezeichnete")
    if cue is None and q > 0 and toks[q - 1].low == "als":
        # "kritisierte die Haltung Kozulins, der …, als „Provokation“": the verb is before the relative clause
        cue = next((c for c in reversed(view.cues) if c.index < lo and c.lemma in _EVALUATIVE), None)
    return cue


def _quoted_name(view: SentenceView, q: int) -> bool:
    """Whether the quotation at ``q`` is a title, a name rather than someone's words ("nennt „Twitter“", "mit
    seinem „Ultimate Aero“"), unless a word before it makes it a phrase ("sprach von „Verrat“")."""
    toks = view.toks
    if not toks[q].title:
        return False
    prev = toks[q - 1] if q > 0 else None
    return not (
        prev is not None
        and (
            prev.low in _BEFORE_QUOTED_PHRASE
            or ((prev.low in DETERMINERS or is_adjective(prev)) and not title_case_name(view.text, toks[q]))
        )
    )


def _fragment_speaker(view: SentenceView, q: int, cue: Cue) -> Mention | None:
    """The speaker of the cue, who says the quoted phrase at ``q``: no impersonal pronoun ("wird als
    „Sonnenwind“ bezeichnet", "nennt man": a label, not someone's words), not the quotation itself ("schreibt
    die „Computerwoche“": the quoted name is the speaker)."""
    mention = speaker_of_cue(view, cue)
    if mention is None or (mention.kind == "pronoun" and mention.head not in ("er", "sie", "dieser", "diese")):
        return None
    if mention.start <= view.toks[q].start < mention.end:
        return None
    return mention


# prepositions whose phrase is what a cue reports, with the cues they go with: "sprach von …", "bezeichnete …
# als …", "begründete … mit …" (not "nannte den Antrag von Lindau „…“": that "von" belongs to a noun)
_REPORTED_PHRASE: Final = both_spellings({"von", "vom", "als", "mit"})
_PHRASE_CUES: Final = MappingProxyType(
    {
        **dict.fromkeys(("von", "vom"), both_spellings({"sprechen", "reden", "berichten", "schwärmen"})),
        "als": both_spellings(
            {
                "bezeichnen",
                "beschreiben",
                "kritisieren",
                "werten",
                "bewerten",
                "loben",
                "verurteilen",
                "sehen",
                "betrachten",
                "feiern",
                "würdigen",
                "beurteilen",
            }
        ),
        "mit": both_spellings({"begründen", "rechtfertigen"}),
    }
)
_PHRASE_LEAD: Final = 4  # words between the preposition and the quotation: "von der Notwendigkeit eines „…“"
# what may follow a quotation inside the phrase: another quotation after "und", or an attribute
_ATTRIBUTE_OPENERS: Final = both_spellings(
    {
        "nach",
        "vor",
        "gegen",
        "gegenüber",
        "für",
        "in",
        "im",
        "an",
        "am",
        "auf",
        "aus",
        "bei",
        "zu",
        "zur",
        "zum",
        "über",
        "und",
        "der",
        "des",
        "eines",
    }
)


def _mixed_phrase(view: SentenceView, q: int, hi: int, cue: Cue, mention: Mention) -> Candidate | None:
    """A quoted phrase inside the reported phrase of a cue, which goes on around it: "sprach von der Notwendigkeit
    eines „Neuanfangs“ in der Partei", "begründete die Absage mit einer „neuen Situation“ nach dem Unfall": the
    phrase after the preposition is the statement (mixed), up to the clause end or the cue closing it."""
    toks = view.toks
    lo = _reported_phrase_start(toks, q)
    if lo < 0 or not _cue_reports_phrase(toks, lo, q, cue):
        return None
    end = _phrase_end(toks, q, hi, cue)
    nouns_before = any(toks[j].text[0].isupper() for j in range(lo, q))
    if not nouns_before and end <= q + 1:
        return None  # "sprach von einer „Wende“": the quotation is the whole phrase
    return make(view, lo, end, MIXED_PHRASE, mention, cue)


def _reported_phrase_start(toks: list[Tok], q: int) -> int:
    """The first word of the phrase that leads up to the quotation at ``q``: back over determiners, adjectives
    and nouns to a reporting preposition ("von der Notwendigkeit eines „…“"); -1 if a verb or an adverb stands
    between (the quotation is no part of such a phrase)."""
    lo = q
    while lo > 0 and q - lo < _PHRASE_LEAD and toks[lo - 1].low not in _REPORTED_PHRASE:
        prev = toks[lo - 1]
        if prev.quote is not None or not (prev.low in DETERMINERS or is_adjective(prev) or prev.text[0].isupper()):
            return -1
        lo -= 1
    return lo


def _cue_reports_phrase(toks: list[Tok], lo: int, q: int, cue: Cue) -> bool:
    """Whether the phrase at ``lo`` follows a preposition the cue reports with ("sprach von", "begründete …
    mit"), and the cue stands outside the phrase."""
    if lo == 0 or toks[lo - 1].low not in _REPORTED_PHRASE:
        return False
    if cue.index < q and cue.index >= lo - 1:
        return False
    return cue.lemma in _PHRASE_CUES[toks[lo - 1].low]


def _phrase_end(toks: list[Tok], q: int, hi: int, cue: Cue) -> int:
    """Where the phrase around the quotation at ``q`` ends: at the clause end ``hi`` or the cue closing it (before
    its auxiliaries); right after the quotation if a verb or a clause goes on after it."""
    end = hi
    if cue.index > q:
        end = min(end, cue.index)  # "… als „Kapitulation“ vor den Sprayern sieht"
        while end > q + 1 and toks[end - 1].low in AUXILIARIES:
            end -= 1
    nxt = toks[q + 1] if q + 1 < end else None
    if nxt is not None and not (nxt.low in _ATTRIBUTE_OPENERS and (nxt.low != "und" or toks[q + 2].quote is not None)):
        end = q + 1  # a verb or a clause goes on after the quotation: not part of the phrase
    return end


# words after which a short quoted phrase is someone's wording, not a name ("sprach von einer „Wende“"); the
# indefinite articles too, even before capitalised words ("von einer „Katastrophe mit Ansage“"), since a name
# or title takes the definite one ("der „Deutschen Bank“")
_BEFORE_QUOTED_PHRASE: Final = both_spellings(
    {
        "als",
        "von",
        "vor",
        "zu",
        "zur",
        "zum",
        "für",
        "über",
        "gegen",
        "um",
        "mit",
        "ein",
        "eine",
        "einer",
        "einem",
        "einen",
        "eines",
    }
)
_EVALUATIVE: Final = both_spellings(
    {
        "bezeichnen",
        "nennen",
        "kritisieren",
        "loben",
        "werten",
        "verurteilen",
        "feiern",
        "würdigen",
        "beschreiben",
        "bewerten",
        "beurteilen",
        "zurückweisen",
    }
)
_QUOTE_NOUNS: Final = both_spellings(
    {
        "worte",
        "worten",
        "feststellung",
        "satz",
        "sätze",
        "parole",
        "parolen",
        "losung",
        "spruch",
        "sprüche",
        "slogan",
        "slogans",
        "aufschrift",
        "devise",
        "frage",
        "zitat",
        "bemerkung",
        "warnung",
        "aufforderung",
        "appell",
        "ruf",
        "rufe",
        "rufen",
    }
)


def _after_noun(view: SentenceView, q: int) -> Candidate | None:
    """ "mit den Worten „…“", "die Feststellung „…“", "Parolen wie „…“", "Hassparolen wie zum Beispiel „…“ und
    „…“": the quoted words of someone."""
    toks = view.toks
    p = _quote_noun_at(toks, q)
    if p < 0 or _one_lower_word(view.text, toks[q]):
        return None  # (not "gewann den dritten Satz „locker“": one word in lower case is the narrator's, marked)
    m = main_subject(view, 0, len(toks))
    if m is not None and (m.kind not in ("name", "role", "org", "pronoun", "group", "source") or m.end > toks[p].start):
        m = None  # (not the noun before the quotation, "Hassparolen wie „…“", nor a phrase that is no one)
    return _cand(view, [toks[q]], DIRECT_AFTER_NOUN, m, None)


def _one_lower_word(text: str, t: Tok) -> bool:
    """The quotation ``t`` is a single word in lower case ("„demontierte“", "„locker“")."""
    q = t.quote
    if q is None:
        return False
    inner = text[q.inner_start : q.inner_end].strip()
    return bool(inner) and inner[0].islower() and " " not in inner


# between "Parolen wie" and the quotation: "Parolen wie zum Beispiel „…“", "Rufe wie etwa „…“"
_EXAMPLE_WORDS: Final = frozenset(
    {"zum", "beispiel", "etwa", "unter", "anderem", "z.", "b.", "z.b.", "u.", "a.", "u.a."}
)
_EXAMPLE_WINDOW: Final = 3
_QUOTE_NOUN_ENDINGS: Final = tuple(w for w in _QUOTE_NOUNS if len(w) >= 5 and w not in ("frage", "rufen"))


def _quote_noun_before(toks: list[Tok], q: int) -> bool:
    return _quote_noun_at(toks, q) >= 0


def _quote_noun_at(toks: list[Tok], q: int) -> int:
    """The index of the noun for quoted words that the quotation at ``q`` follows ("Parolen wie „…“",
    "Hassparolen wie zum Beispiel „…“"), also through a quotation coordinated with it ("„…“ oder „…“"); -1 if
    none."""
    p = q - 1
    if p >= 1 and toks[p].low in ("und", "oder", "sowie") and toks[p - 1].quote is not None:
        return _quote_noun_at(toks, p - 1)
    while p >= 0 and q - p <= _EXAMPLE_WINDOW and toks[p].low in _EXAMPLE_WORDS:
        p -= 1
    if p >= 0 and toks[p].low == "wie":
        p -= 1
        if p >= 0 and not _quote_noun(toks[p]):
            p = _before_attribute(toks, p)  # "Hassparolen in Hebräisch wie „…“"
    return p if p >= 0 and _quote_noun(toks[p]) else -1


def _quote_noun(t: Tok) -> bool:
    """A noun for quoted words: "Parolen", "Worte", "Hassparolen"."""
    if not t.text[0].isupper():
        return False
    low = t.low
    return low in _QUOTE_NOUNS or (len(low) > 7 and low.endswith(_QUOTE_NOUN_ENDINGS))


def _before_attribute(toks: list[Tok], p: int) -> int:
    """The index before a short prepositional attribute that ends at ``p`` ("in Hebräisch", "auf den Plakaten"),
    or -1 when none does."""
    k = p - 1
    if k >= 1 and toks[k].low in DETERMINERS:
        k -= 1
    if k >= 1 and toks[p].text[:1].isupper() and toks[k].low in PREPOSITIONS:
        return k - 1
    return -1


def ends_with_colon(view: SentenceView) -> bool:
    toks = view.toks
    return bool(toks) and toks[-1].text == ":"


def colon_intro_of(view: SentenceView) -> tuple[Mention | None, Cue | None, SentenceView] | None:
    """When a sentence ends in a colon (the quote follows on the next line), its speaker and cue."""
    if not ends_with_colon(view):
        return None
    toks = view.toks
    p = len(toks) - 1
    cue = next((c for c in reversed(view.cues) if c.last < p), None)
    if cue is not None:
        return speaker_of_cue(view, cue), cue, view
    lo = p - 1
    while lo > 0 and toks[lo - 1].text not in (",", ";", ":", ".") and toks[lo - 1].quote is None:
        lo -= 1
    m, j = parse_np(view.text, toks, lo, p, sentence_start=lo)
    if m is not None and j == p and m.kind in ("name", "role", "org", "pronoun"):
        return m, None, view
    return None
