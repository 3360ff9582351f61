"""Quoted strings that are not speech: titles, names, labels and scare quotes, and page furniture."""

from __future__ import annotations

from typing import Final

from quotetool.detect import lexicon
from quotetool.detect.speakers import is_nounlike
from quotetool.detect.tokens import Tok, wordset

# Determiners and contracted prepositions after which a short capitalised quotation is a name or title:
# "der „Rheinischen Post“", "im „Tagesspiegel“", "die „Zeitenwende“".
_NAME_DETERMINERS: Final = wordset("der dem des im am vom zum zur beim ins ans")
_MAX_NAME_WORDS: Final = 6
_NAME_PREPOSITIONS: Final = frozenset({
    "laut", "gemäß", "bei", "aus", "in", "nach", "mit", "für", "über", "gegen", "unter",
})


_TITLE_FUNCTION_WORDS: Final = wordset(
    """
    der die das des dem den und von für im in am an auf zu zur zum of the and for de la le ein eine eines einer
    da do di del della van ter du les los el al y
    """
)
# "kurz: „OOo“", "(Codename: „Maelstrom“)": a name given after a colon
_NAMING_BEFORE_COLON: Final = wordset("kurz codename codenamen name namen titel arbeitstitel spitzname abkürzung")
# "(auch „Apogäum“ genannt)", "als „Sonnenwind“ bezeichnet": a term, no one's words
_NAMING_AFTER: Final = wordset("genannt bezeichnet")


def _title_case(words: list[str]) -> bool:
    """All words capitalised except articles and prepositions: Titles And Names Look Like This."""
    return all(w[:1].isupper() or w.lower() in _TITLE_FUNCTION_WORDS for w in words)


def title_case_name(text: str, t: Tok) -> bool:
    """A quotation of two or more words, all capitalised but articles and prepositions: „Black Stars“,
    „People's Alliance for Democracy“ name something; „Stärkung der Diplomatie“ is someone's wording."""
    qs = t.quote
    assert qs is not None
    words = [w for w in text[qs.inner_start : qs.inner_end].split() if any(c.isalnum() for c in w)]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2 and _title_case(words)


def is_boilerplate_line(text: str, start: int, end: int) -> bool:
    """A paragraph that is page furniture: related links, source lines, ads, photo credits."""
    c = text[start : start + 1]
    if c not in "[( " and c.lower()[:1] not in _BOILERPLATE_FIRST:
        return False  # (most paragraphs: no opening starts with their first letter)
    head = text[start : min(end, start + 40)].lstrip("[( ").lower()
    return head.startswith(lexicon.BOILERPLATE_OPENINGS)


_BOILERPLATE_FIRST: Final = frozenset(o[:1] for o in lexicon.BOILERPLATE_OPENINGS)


def is_nonspeech(text: str, toks: list[Tok], q: int) -> bool:
    """Whether the quotation at token ``q`` is a title, a name or a scare quote rather than speech."""
    qs = toks[q].quote
    assert qs is not None
    inner = text[qs.inner_start : qs.inner_end].strip()
    if not any(c.isalpha() for c in inner):
        return True
    after = text[qs.end : qs.end + 1]
    if after == "-":
        return True  # „Bild“-Zeitung: part of a compound name
    if q == 0:
        nxt = toks[1] if len(toks) > 1 else None
        return bool(toks[0].title and nxt is not None and nxt.text[0].islower())  # „BBC News“ berichtet …
    prev = toks[q - 1]
    if prev.low in lexicon.SCARE_MARKERS:
        return True
    if _named_term(toks, q, inner):
        return True
    if " " not in inner and "." in inner[1:-1] and inner.rsplit(".", 1)[-1].isalpha():
        return True  # „tagesschau.de“: a web address
    if prev.low == "sich" and toks[q].title:
        return True  # "nennt sich „documenta 12“": a name
    if is_nounlike(prev) and lexicon.media_of(prev.text):
        return True  # der Zeitung „…“, im Film „…“
    words = inner.split()
    if prev.low in _NAME_DETERMINERS and len(words) <= _MAX_NAME_WORDS and inner[:1].isupper() and \
            inner[-1:] not in ".!?…" and (len(words) <= 2 or _title_case(words)):
        return True  # der „Rheinischen Post“, im „Tagesspiegel“ (but: zur „Stärkung der internationalen Lage“)
    if prev.low in ("die", "das", "den") and len(words) >= 2 and _title_case(words) and words[-1][:1].isupper():
        return True  # die „Neue Rechte“: a name in title case
    if toks[q].title:
        if (is_nounlike(prev) and prev.end == qs.open - 1) or prev.low in _NAME_PREPOSITIONS:
            return True  # die Kartoffelsorte „Amflora“, laut „Welt“: a name
        nxt = toks[q + 1] if q + 1 < len(toks) else None
        if nxt is not None and nxt.text[0].islower() and q == 0:
            return True  # „BBC News“ berichtet …: the quoted name is the subject
    return False


def _named_term(toks: list[Tok], q: int, inner: str) -> bool:
    """A single capitalised word given as a name or term: "kurz: „OOo“", "(Codename: „Maelstrom“)", "(auch
    „Apogäum“ genannt)", "als „Sonnenwind“ bezeichnet wird" (but "als „unsinnig“ bezeichnet" is a wording)."""
    if " " in inner or not inner[:1].isupper():
        return False
    prev = toks[q - 1]
    if prev.text == ":" and q >= 2 and toks[q - 2].low in _NAMING_BEFORE_COLON:
        return True
    nxt = toks[q + 1] if q + 1 < len(toks) else None
    return nxt is not None and nxt.low in _NAMING_AFTER and prev.low in ("auch", "als", "kurz", "(")
