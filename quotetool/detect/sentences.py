"""Sentence segmentation that knows German abbreviations, ordinals and quotations.

A quotation is never split: "„Wir kommen. Morgen.“, sagte sie." is one sentence, so that a cue after
a quote sits in the same sentence as the quote it introduces.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from quotetool.detect.marks import QuoteSpan
from quotetool.detect.memo import remember
from quotetool.detect.tokens import FUNCTION_WORDS, both_spellings, wordset

_END_MARKS: Final = ".!?…"
_CLOSING_MARKS: Final = "“”\"»«‘’'›‹)]"
_START_MARKS: Final = (
    '„"»«›‹‚‘“([–—-+•'  # (besides capitals and digits: an opening mark, a bracket, a dash, "+++", a bullet)
)
# Sentence-final punctuation, closing marks, then space and something that can start a sentence.
# (or a brand written with a lower-case first letter: "… versteigert. eVendo hält es für möglich …")
_BOUNDARY: Final = regex.compile(
    f"[{regex.escape(_END_MARKS)}]+[{regex.escape(_CLOSING_MARKS)}]*"
    rf"(?=\s+(?:[\p{{Lu}}\p{{N}}{regex.escape(_START_MARKS)}]|\p{{Ll}}{{1,4}}\p{{Lu}}))"
)
_OPENING_MARKS: Final = frozenset('„"»«“›‹')
_WORD_AFTER: Final = regex.compile(r"\s+(\w+)")
_WORD_BEFORE: Final = regex.compile(r"(?r)[^\W_]+$")  # searched backwards from the dot: one attempt, not twenty
_ASCII_ALNUM: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

_ABBREVIATIONS: Final = wordset(
    """
    dr prof nr st bzw ca vgl usw etc sog gem geb gest hr fr mr mrs ms jr sr vs ebd hrsg dipl ing min sek
    std kap bd abs str tel ggf evtl inkl exkl bspw jan feb mär apr jun jul aug sep sept okt nov dez co
    corp ltd mio mrd jh jhd ua bzgl zt ua uu va ad chr lt allg ehem max mind rd insb
    med dent vet rer nat phil jur oec habil em kfm kffr psych biol phys päd volksw
    """
)


# abbreviations only before a number ("Art. 5", "Ziff. 3"); elsewhere the word may end a sentence ("seine Art.")
_BEFORE_NUMBER: Final = frozenset({"art", "ziff"})


class Sentence(NamedTuple):
    start: int
    end: int  # exclusive, just after the final punctuation (and closing marks)
    para: int  # index of its paragraph


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the '.' at ``dot`` ends an abbreviation, an initial or an ordinal number, not a sentence."""
    if text[dot] != ".":
        return False
    lo = max(0, dot - 20)
    k = lo + len(text[lo:dot].rstrip(_ASCII_ALNUM))  # start of the ASCII letters and digits before the dot
    if k < dot and (k == lo or text[k - 1] < "\x80"):
        word = text[k:dot]  # what the regex below finds, when the word is plain ASCII (most are)
    else:
        m = _WORD_BEFORE.search(text, lo, dot)
        if m is None:
            return False
        word = m.group()
        k = m.start()
    if word.isdigit():
        return _ordinal_dot(text, dot, k, word)
    if len(word) == 1:
        # initials (George W. Bush), z. B., u. a.; but a unit after a number before a capitalised function word
        # ends the sentence: "… und wiegt 140 g. Der Akku …"
        return not (word.islower() and _unit_after_number(text, k) and _function_word_after(text, dot))
    if word.lower() in _ABBREVIATIONS:
        return True
    if word.lower() in _BEFORE_NUMBER:
        return text[dot + 1 : dot + 3].lstrip()[:1].isdigit()  # "nach Art. 51 der Charta" (not "auf seine Art. Dann")
    # z.B. / u.a. / d.h.: a letter-dot-letter chain
    return k >= 1 and text[k - 1] == "."


def _ordinal_dot(text: str, dot: int, k: int, word: str) -> bool:
    """Whether the '.' at ``dot`` after the number ``word`` (at ``k``) makes it an ordinal, not a sentence end."""
    # "am 29. November", "der 3. Platz" — but "… des Modells 3. Ein Sprecher …" ends a sentence
    if len(word) > 2 and not (len(word) <= 4 and _before_ordinal(text, k)):
        return False  # (but "zum 100. Geburtstag", "seines 150. Jubiläums": an ordinal after its article)
    if k >= 2 and text[k - 1] == ":" and text[k - 2].isdigit():
        return False  # a score or a clock time ("mit 27:28.", "um 20:15."): no ordinal after the colon
    if k >= 2 and text[k - 1] == "." and text[k - 2].isdigit():
        return True  # a date: "am 7.10. in Berlin"
    after = text[dot + 1 : dot + 3].lstrip()
    if after[:1] in _OPENING_MARKS:
        return False  # "… in Halle 4. „Vielfalt …“": a quotation opens the next sentence
    nxt = _WORD_AFTER.match(text, dot + 1, min(len(text), dot + 30))
    if nxt and nxt.group(1)[:1].isupper() and nxt.group(1) not in _MONTHS and _counted_by_noun(text, k):
        return False  # "… auf Platz 19. Trainer Meier …": a number after its noun is no ordinal
    return not (nxt and nxt.group(1).lower() in FUNCTION_WORDS)


# articles and contractions that open a noun phrase with an ordinal of three or four digits in it
_ORDINAL_OPENERS: Final = frozenset(
    {
        "des",
        "der",
        "dem",
        "den",
        "die",
        "das",
        "zum",
        "zur",
        "am",
        "im",
        "vom",
        "beim",
        "seines",
        "seiner",
        "seinem",
        "seinen",
        "ihres",
        "ihrer",
        "ihrem",
        "ihren",
    }
)


def _before_ordinal(text: str, k: int) -> bool:
    """The word before the number at ``k`` is an article or contraction ("zum 100. Geburtstag")."""
    i, word = _word_before(text, k)
    return i >= 0 and word in _ORDINAL_OPENERS


def _word_before(text: str, k: int) -> tuple[int, str]:
    """The letters right before the space before ``k``, and where they start; (-1, "") without that space."""
    j = k - 1
    if j < 1 or text[j] != " ":
        return -1, ""
    i = j
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i, text[i:j]


_MONTHS: Final = both_spellings(
    {
        "Januar",
        "Jänner",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    }
)
_WEEKDAYS: Final = frozenset(
    {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag"}
)


def _counted_by_noun(text: str, k: int) -> bool:
    """The word before the number at ``k`` is a noun that the number counts ("Platz 19", "Artikel 5", "Gleis 3"):
    capitalised and no function word ("Am 19. Januar", "Bis 3. Mai" take an ordinal)."""
    i, word = _word_before(text, k)
    if len(word) <= 2 or not word[0].isupper() or word in _WEEKDAYS:
        return False  # (not "am Samstag 3. Oktober")
    return word.lower() not in FUNCTION_WORDS and (i == 0 or text[i - 1] == " ")


def _unit_after_number(text: str, k: int) -> bool:
    """The one-letter word at ``k`` follows a number and a space ("165 g")."""
    return k >= 2 and text[k - 1] == " " and text[k - 2].isdigit()


def _function_word_after(text: str, dot: int) -> bool:
    """A capitalised function word opens the text after the dot ("Das", "Die", "Er")."""
    nxt = _WORD_AFTER.match(text, dot + 1, min(len(text), dot + 30))
    if nxt is None:
        return False
    word = nxt.group(1)
    return word[:1].isupper() and word.lower() in FUNCTION_WORDS


def split_sentences(text: str, paras: list[tuple[int, int]], quotes: list[QuoteSpan]) -> list[Sentence]:
    """Sentences of all paragraphs, in order; boundaries inside a quotation are ignored."""
    out: list[Sentence] = []
    qi = 0
    nq = len(quotes)
    ends = [q.end for q in quotes]  # (a property: read once)
    for pi, (pstart, pend) in enumerate(paras):
        start = _entry_start(text, pstart, pend)
        for a, b in boundaries(text, pstart, pend):
            while qi < nq and ends[qi] <= b:
                qi += 1
            if qi < nq and quotes[qi].open < b < ends[qi]:
                continue  # inside a quotation
            # the dot may be followed by closing marks; check the first punctuation of the run
            if b - a == 1 and _is_abbreviation(text, a):
                continue
            out.append(_new(Sentence, (start, b, pi)))
            start = b
            while start < pend and text[start].isspace():
                start += 1
            start = _entry_start(text, start, pend)
        if start < pend:
            out.append(_new(Sentence, (start, pend, pi)))
        while qi < nq and ends[qi] <= pend:
            qi += 1
    return _capped(text, out, quotes)


# a live ticker's entry or a list's item opens with marks and a time stamp: "+++ 14.10 Uhr: ", "• ", "18:45 Uhr – "
_ENTRY_MARKS: Final = "+•"
_TIME_STAMP: Final = regex.compile(r"\d{1,2}[.:]\d{2}(?:[ ]Uhr)?[ ]?[:–—-][ ]+(?=[\p{Lu}„\"»«])")


def _entry_start(text: str, start: int, end: int) -> int:
    """Where the sentence at ``start`` begins its words: past a ticker's "+++" or a bullet and a time stamp
    ("+++ 14.10 Uhr: Die Zahl der Verletzten ist gestiegen, teilte die Feuerwehr mit")."""
    k = start
    while k < end and (text[k] in _ENTRY_MARKS or (k > start and text[k] == " ")):
        k += 1
    if k < end and text[k].isdigit():
        m = _TIME_STAMP.match(text, k, end)
        if m is not None:
            k = m.end()
    return k if k < end else start


_new: Final = tuple.__new__  # builds a Sentence without the Python-level __new__ of NamedTuple


_SPACE: Final = regex.compile(r"\s")
_CAN_START: Final = regex.compile(rf"[\p{{Lu}}\p{{N}}{regex.escape(_START_MARKS)}]")
_SPACE_MEMO: Final[dict[str, bool]] = {}
_START_MEMO: Final[dict[str, bool]] = {}


def boundaries(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans ``_BOUNDARY.finditer(text, lo, hi)`` finds, without the regex engine's scan of every character
    (a tenth of the detector's time): only a run of end marks can open a match, and only the whole run with its
    closing marks can make one, so each run is tested once, where the next character is."""
    out: list[tuple[int, int]] = []
    marks = _end_marks(text, lo, hi)
    done = lo
    for a in marks:
        if a < done:
            continue  # (inside a run already tested)
        e = a + 1
        while e < hi and text[e] in _END_MARKS:
            e += 1
        done = e
        while e < hi and text[e] in _CLOSING_MARKS:
            e += 1
        if _sentence_follows(text, e, hi) and not _speaker_note(text, a, e, hi):
            out.append((a, e))  # (no end mark lies among the closing marks: ``done`` stays right)
    return out


_NOTE_CHARS: Final = 80  # a bracketed note after a quotation ("(Trainer Uwe Kasper nach dem 0:3)") is short


def _speaker_note(text: str, a: int, e: int, hi: int) -> bool:
    """ "„Das war zu wenig.“ (Uwe Kasper)": a short bracket after a quotation that closes its paragraph (or the
    text, or a sentence with its own dot) names who said it; it stays in the quotation's sentence."""
    if e == a + 1 or text[e - 1] not in '“”"»«':
        return False
    k = e
    while k < hi and text[k] in " \t":
        k += 1
    if k >= hi or text[k] != "(":
        return False
    close = text.find(")", k, min(hi, k + _NOTE_CHARS))
    if close < 0 or any(text.find(m, k, close) >= 0 for m in ".!?\n"):
        return False
    after = close + 1
    if after < hi and text[after] == ".":
        after += 1
    return after >= hi or text[after] in "\n\r" or (text[after] == " " and text[after - 1] == ".")


def _end_marks(text: str, lo: int, hi: int) -> list[int]:
    """The positions of the sentence-final marks in text[lo:hi], in order (``str.find``, not a loop over the
    characters)."""
    found: list[int] = []
    for mark in _END_MARKS:
        i = text.find(mark, lo, hi)
        while i >= 0:
            found.append(i)
            i = text.find(mark, i + 1, hi)
    found.sort()
    return found


def _sentence_follows(text: str, e: int, hi: int) -> bool:
    """``_BOUNDARY``'s look-ahead at ``e``: white space, then something that can start a sentence (before ``hi``)."""
    k = e
    while k < hi and _is_space(text[k]):
        k += 1
    return e < k < hi and (_can_start(text[k]) or _brand_opens(text, k, hi))


def _brand_opens(text: str, k: int, hi: int) -> bool:
    """A brand written with a lower-case first letter opens the sentence at ``k``: one to four lower-case letters,
    then a capital ("… versteigert. eVendo hält es für möglich …")."""
    j = k
    while j < hi and j - k < 4 and text[j].islower():
        j += 1
    return k < j < hi and text[j].isupper()


def _is_space(c: str) -> bool:
    """``\\s`` of the regex engine, remembered per character."""
    try:
        return _SPACE_MEMO[c]
    except KeyError:
        return remember(_SPACE_MEMO, c, _SPACE.match(c) is not None)


def _can_start(c: str) -> bool:
    """The character can open a sentence (an upper-case letter, a digit, an opening mark, a bracket, a dash),
    as the regex engine judges it, remembered per character."""
    try:
        return _START_MEMO[c]
    except KeyError:
        return remember(_START_MEMO, c, _CAN_START.match(c) is not None)


MAX_SENTENCE_CHARS: Final = 1200  # longer "sentences" (lists, dumps without punctuation) are cut at a space


def _capped(text: str, sentences: list[Sentence], quotes: list[QuoteSpan]) -> list[Sentence]:
    """The sentences, with any longer than ``MAX_SENTENCE_CHARS`` cut into pieces at white space (not
    inside a quotation), so that no rule ever works on an unbounded stretch of text."""
    if all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences):
        return sentences
    out: list[Sentence] = []
    qi = 0
    nq = len(quotes)
    for s in sentences:
        start = s.start
        while s.end - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
            if cut <= start:
                cut = start + MAX_SENTENCE_CHARS
            while qi < nq and quotes[qi].end <= cut:
                qi += 1
            if qi < nq and quotes[qi].open < cut < quotes[qi].end and quotes[qi].end < s.end:
                cut = quotes[qi].end  # keep a long quotation whole (it is at most MAX_QUOTE_CHARS)
            out.append(Sentence(start, cut, s.para))
            start = cut
            while start < s.end and text[start].isspace():
                start += 1
        if start < s.end:
            out.append(Sentence(start, s.end, s.para))
    return out
