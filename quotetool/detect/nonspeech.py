"""Quoted strings that are not speech: titles, names, labels and scare quotes, and page furniture."""

from __future__ import annotations

from typing import Final

import regex

from quotetool.detect import lexicon
from quotetool.detect.speakers import is_nounlike
from quotetool.detect.tokens import Tok, both_spellings, wordset

# Determiners and contracted prepositions after which a short capitalised quotation is a name or title:
# "der „Rheinischen Post“", "im „Tagesspiegel“", "die „Zeitenwende“".
_NAME_DETERMINERS: Final = wordset("der dem des im am vom zum zur beim ins ans")
_MAX_NAME_WORDS: Final = 6
_NAME_PREPOSITIONS: Final = both_spellings(
    {
        "laut",
        "gemäß",
        "bei",
        "aus",
        "in",
        "nach",
        "mit",
        "für",
        "über",
        "gegen",
        "unter",
    }
)


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
    „Friends of the River Alliance“ name something; „Stärkung der Diplomatie“ is someone's wording."""
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
    if not _has_letter(inner) or text[qs.end : qs.end + 1] == "-":
        return True  # no words; „Bild“-Zeitung: part of a compound name
    if q == 0:
        return _names_the_subject(toks)
    prev = toks[q - 1]
    return (
        prev.low in lexicon.SCARE_MARKERS  # die sogenannte „Reform“
        or _named_term(toks, q, inner)
        or _web_address(inner)
        or _named_by_word(prev, toks[q])
        or _self_naming(toks, q, inner)
        or (prev.low in _COMPANY_OPENERS and _company_name(inner))
        or _name_after_article(prev.low, inner)
        or _name_after_noun(prev, toks[q], qs.open)
    )


def _has_letter(inner: str) -> bool:
    """Whether a quotation has any letter: „123“ or „…“ are no one's words."""
    return any(c.isalpha() for c in inner)


def _names_the_subject(toks: list[Tok]) -> bool:
    """A name or title opening a sentence, a verb after it: „BBC News“ berichtet …"""
    return bool(toks[0].title and len(toks) > 1 and toks[1].text[0].islower())


def _web_address(inner: str) -> bool:
    """One word with a dot inside, letters after the last one: „tagesschau.de“."""
    return " " not in inner and "." in inner[1:-1] and inner.rsplit(".", 1)[-1].isalpha()


def _named_by_word(prev: Tok, tok: Tok) -> bool:
    """A name after "sich" ("nennt sich „kunstwoche 7“") or after a medium (der Zeitung „…“, im Film „…“)."""
    if prev.low == "sich" and tok.title:
        return True
    return is_nounlike(prev) and bool(lexicon.named_by(prev.text))


def _company_name(inner: str) -> bool:
    """A quotation that ends in a legal form is a company's or association's name: „Hansa Bau AG“, „Verein der
    Freunde des Museums e.V.“ (also in lower case, as some firms write it: „nordwind ag“), after an article."""
    words = inner.split()
    if not 2 <= len(words) <= _MAX_COMPANY_WORDS or "," in inner:
        return False  # (a sentence that ends in a company's name is someone's words: „…, sagt die Hansa AG“)
    last = words[-1].rstrip(".")
    return last in lexicon.LEGAL_FORMS or last.upper() in _UPPER_LEGAL_FORMS or last in _ASSOCIATION


_MAX_COMPANY_WORDS: Final = 10
# what stands before a company's name in quotation marks: "des „… e.V.“", "der „… ag“", "bei der", "die"
_COMPANY_OPENERS: Final = _NAME_DETERMINERS | wordset("die das den ein eine einer eines")
_UPPER_LEGAL_FORMS: Final = frozenset(f.upper() for f in lexicon.LEGAL_FORMS if f.isupper())
_ASSOCIATION: Final = frozenset({"e.V", "e. V", "eV"})


_NENNEN: Final = wordset("nennt nennen nannte nannten nenne")


def _self_naming(toks: list[Tok], q: int, inner: str) -> bool:
    """A quotation that something calls itself: "die sich selbst „Rat für die Rettung der Altstadt“ nennt", "nennt
    sich „Bund der Freien“", "nennt sie sich „kunstwoche 7“": a name, whatever its words."""
    j = q - 1
    if toks[j].low == "selbst" and j > 0:
        j -= 1
    if toks[j].low != "sich":
        return False
    after = toks[q + 1].low if q + 1 < len(toks) else ""
    return after in _NENNEN or any(toks[b].low in _NENNEN for b in range(max(0, j - 2), j))


def _name_after_article(prev_low: str, inner: str) -> bool:
    """A short capitalised name after an article or contraction: der „Rheinischen Post“, im „Tagesspiegel“, die
    „Neue Rechte“ (but not a wording: zur „Stärkung der internationalen Lage“, die „Stärkung der Diplomatie“)."""
    words = inner.split()
    if (
        prev_low in _NAME_DETERMINERS
        and len(words) <= _MAX_NAME_WORDS
        and inner[:1].isupper()
        and inner[-1:] not in ".!?…"
        and (len(words) <= 2 or _title_case(words))
    ):
        return True
    return prev_low in ("die", "das", "den") and len(words) >= 2 and _title_case(words) and words[-1][:1].isupper()


def _name_after_noun(prev: Tok, tok: Tok, open_mark: int) -> bool:
    """A name-like quotation (``tok.title``) right after a noun or after a preposition: die Kartoffelsorte
    „Amflora“, laut „Welt“."""
    return tok.title and ((is_nounlike(prev) and prev.end == open_mark - 1) or prev.low in _NAME_PREPOSITIONS)


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


# an agency dateline that opens a paragraph: "Berlin (dpa) – ", "BERLIN (Reuters) - ", "Frankfurt am Main – "
_DATELINE: Final = regex.compile(
    r"\p{Lu}[\p{L}.-]*(?:[ ](?:am|an|der|im|\p{Lu}[\p{L}.-]*)){0,3}(?:[ ]?\([^()\n]{1,40}\))?[ ]+[-–—][ ]+(?=\p{Lu})"
)


def after_dateline(text: str, start: int, end: int) -> int:
    """Where the text at ``start`` goes on after an agency dateline ("BERLIN (Reuters) - Die Inflation …"), when
    ``start`` opens a paragraph; ``start`` when there is none."""
    if start > 0 and text[start - 1] != "\n":
        return start
    if not _dash_after_space(text, start, end):
        return start  # (no dash after a space: no dateline, no regex)
    m = _DATELINE.match(text, start, end)
    return m.end() if m is not None else start


def _dash_after_space(text: str, start: int, end: int) -> bool:
    """Whether a dash follows a space somewhere in start..end (a dateline's " - ", " – ", " — ")."""
    return text.find(" -", start, end) >= 0 or text.find(" –", start, end) >= 0 or text.find(" —", start, end) >= 0
