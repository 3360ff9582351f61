"""Tokens of one sentence, with each quotation folded into a single QUOTE token.

The rules read a sentence as its "frame": the words outside quotation marks, where cues and
speakers are, and one placeholder token per quotation. Word classes are plain frozensets.
"""

from __future__ import annotations

from typing import Final

import regex

from quotetool.detect.marks import QuoteSpan
from quotetool.detect.memo import remember

QUOTE: Final = "\u0000Q"  # the text of a token that stands for a whole quotation


_UMLAUTS: Final = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"))


def umlaut_free(word: str) -> str:
    """A word as written without umlauts and ß, as agency feeds and archives do: fügte -> fuegte,
    äußerte -> aeusserte. Word lists hold both spellings; the text itself is never rewritten."""
    for a, b in _UMLAUTS:
        if a in word:
            word = word.replace(a, b)
    return word


def spellings(word: str) -> tuple[str, ...]:
    """A word as written, then as Swiss copy writes it (ss for ß, umlauts kept: äußerte -> äusserte, gemäss), then
    without umlauts and ß (aeusserte), then in the spelling before 1996 (ß for ss at the end of a syllable:
    dass -> daß, musste -> mußte): the spellings every word list and word test reads, each once."""
    if "ß" not in word and "ss" not in word:
        plain = umlaut_free(word)
        return (word,) if plain == word else (word, plain)
    return tuple(dict.fromkeys((word, word.replace("ß", "ss"), umlaut_free(word), old_spelling(word))))


# "ss" before a consonant or at the end of a word, which the spelling before 1996 wrote ß (daß, läßt, Prozeß;
# not between vowels: müssen, Klasse)
_SS_CLOSING: Final = regex.compile(r"(?<=\p{L})ss(?=[^\W\d_aeiouyäöüAEIOUYÄÖÜ]|$)")


def old_spelling(word: str) -> str:
    """A word as written before 1996: ß for ss at the end of a syllable (dass -> daß, musste -> mußte)."""
    return _SS_CLOSING.sub("ß", word) if "ss" in word else word


def both_spellings(words: set[str] | frozenset[str]) -> frozenset[str]:
    """The words, and each also as written without ß or umlauts (hätte, haette; gemäß, gemäss, gemaess)."""
    return frozenset(s for w in words for s in spellings(w))


def both_spelled(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words in order (endings, prefixes, phrases for ``endswith``/``startswith``), then each one with an umlaut
    or ß as written without them ("ität", "itaet")."""
    return words + tuple(dict.fromkeys(s for w in words for s in spellings(w)[1:] if s not in words))


def wordset(words: str) -> frozenset[str]:
    """A word list written as one string, split on white space (compact for long lists), with each word
    also as written without ß or umlauts (für, fuer)."""
    return both_spellings(frozenset(words.split()))


class Tok:
    """One token: a word, a punctuation mark, or a whole quotation (``quote`` set, ``text`` == QUOTE)."""

    # a slotted class, not a NamedTuple: the rules read token fields millions of times per megabyte, and a
    # slot is read about twice as fast as a tuple field (building one costs a little more)
    __slots__ = ("end", "low", "quote", "start", "text", "title")

    def __init__(
        self, start: int, end: int, text: str, low: str, quote: QuoteSpan | None = None, title: bool = False
    ) -> None:
        self.start = start
        self.end = end
        self.text = text  # as written; QUOTE for a quotation placeholder
        self.low = low  # lower-cased text
        self.quote = quote  # the quotation this token stands for
        self.title = title  # a short capitalised quotation without final punctuation: a name or title, maybe

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r}, quote={self.quote is not None})"


def tokenize(
    text: str, start: int, end: int, quotes: list[QuoteSpan], *, pieces: tuple[str, list[str]] | None = None
) -> list[Tok]:
    """Tokens of ``text[start:end]``; ``quotes`` are the quotations inside that range, in order.
    ``pieces`` may pass ``(text[start:end], text[start:end].split())`` when the caller has them already
    (only without quotations)."""
    out: list[Tok] = []
    if pieces is not None and not quotes:
        _pieces(start, pieces[0], pieces[1], out)
        return out
    pos = start
    for q in quotes:
        _words(text, pos, q.open, out)
        out.append(Tok(q.open, q.end, QUOTE, QUOTE, q, _titleish(text, q)))
        pos = q.end
    _words(text, pos, end, out)
    return out


_MAX_TITLE_WORDS: Final = 6


def _titleish(text: str, q: QuoteSpan) -> bool:
    inner = text[q.inner_start : q.inner_end].strip()
    if not inner or inner[-1] in ".!?…,:" or inner.count(" ") >= _MAX_TITLE_WORDS:
        return False
    return inner[0].isupper() or (inner.count(" ") < _MAX_LOWER_NAME_WORDS and _after_article(text, q.open))


_MAX_LOWER_NAME_WORDS: Final = 3  # "der „con energy ag“", "das Modell „mindset“"


def _after_article(text: str, pos: int) -> bool:
    """The word before ``pos`` is an article: a quotation after it is a name, also in lower case ("der „con energy
    ag“")."""
    before = text[max(0, pos - 8) : pos].rstrip()
    k = before.rfind(" ")
    return before[k + 1 :].lower() in _ARTICLES


_ARTICLES: Final = frozenset(
    {"der", "die", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem"}
)  # (not "das": "nannte das „…“")


def _words(text: str, start: int, end: int, out: list[Tok]) -> None:
    """Word and punctuation tokens of ``text[start:end]``."""
    if start < end:
        chunk = text[start:end]
        _pieces(start, chunk, chunk.split(), out)


def _pieces(start: int, chunk: str, pieces: list[str], out: list[Tok]) -> None:
    """Tokens of ``chunk`` (at ``start`` in the text) from its whitespace-separated ``pieces``: leading and
    trailing punctuation split off each piece ("sagte," -> "sagte" ","; "(CDU)" -> "(" "CDU" ")")."""
    # (out.append and chunk.find are called directly, not bound to locals: compiled, a direct call is a
    # C function call, a bound method a generic Python call)
    # pieces separated by one white space character each (most sentences) sit one after the other: their
    # offsets need no search
    single = len(chunk) == sum(len(p) for p in pieces) + len(pieces) - 1
    pos = 0
    for piece in pieces:
        if not single:
            pos = chunk.find(piece, pos)
        s = start + pos
        n = len(piece)
        pos += n + single
        if piece.isalnum():
            out.append(Tok(s, s + n, piece, _lower(piece)))
            continue
        if not piece.isprintable() and has_control(piece):
            _split_at_controls(s, piece, out)  # "Müller\x1b]52;…": a control character is no part of a word
            continue
        # leading punctuation
        i = 0
        while i < n and not piece[i].isalnum():
            out.append(Tok(s + i, s + i + 1, piece[i], piece[i]))
            i += 1
        if i == n:
            continue
        j = n
        while j > i and not piece[j - 1].isalnum() and piece[j - 1] != "-":
            j -= 1
        word = piece[i:j]
        slash = _number_slash_word(word)
        if slash > 0:  # "90/Die" (Bündnis 90/Die Grünen): a number and the article of a name, apart
            out.append(Tok(s + i, s + i + slash, word[:slash], word[:slash]))
            out.append(Tok(s + i + slash, s + i + slash + 1, "/", "/"))
            i += slash + 1
            word = piece[i:j]
        out.append(Tok(s + i, s + j, word, _lower(word)))
        for k in range(j, n):
            out.append(Tok(s + k, s + k + 1, piece[k], piece[k]))


_LOWER_SEEN: Final[dict[str, str]] = {}


def _lower(word: str) -> str:
    """``word.lower()``, remembered: a token's lower case is asked for every word of every sentence read."""
    low = _LOWER_SEEN.get(word)
    if low is None:
        low = remember(_LOWER_SEEN, word, word.lower())
    return low


def _number_slash_word(word: str) -> int:
    """Where the slash is in a number joined to a capitalised word ("90/Die"), else 0 (not "CDU/CSU", "km/h",
    "2008/09")."""
    k = word.find("/")
    if k <= 0 or k + 2 >= len(word) or not word[:k].isdigit():
        return 0
    rest = word[k + 1 :]
    return k if rest[0].isupper() and rest[1:].isalpha() and rest[1:].islower() else 0


def is_control(ch: str) -> bool:
    """A C0 or C1 control character (escape codes, bell): never part of a word or a name."""
    o = ord(ch)
    return o < 32 or 127 <= o < 160


def has_control(piece: str) -> bool:
    return any(is_control(ch) for ch in piece)


def _split_at_controls(start: int, piece: str, out: list[Tok]) -> None:
    """Tokens of a piece that holds control characters: each one a token of its own, the rest as usual."""
    seg = 0
    n = len(piece)
    for k in range(n + 1):
        if k == n or is_control(piece[k]):
            if k > seg:
                _pieces(start + seg, piece[seg:k], [piece[seg:k]], out)
            if k < n:
                out.append(Tok(start + k, start + k + 1, piece[k], piece[k]))
            seg = k + 1


def core_of(piece: str) -> str:
    """The word token ``_words`` makes of a whitespace-separated piece ("sagte," -> "sagte"), or ""."""
    if piece.isalnum():
        return piece
    i = 0
    n = len(piece)
    while i < n and not piece[i].isalnum():
        i += 1
    j = n
    while j > i and not piece[j - 1].isalnum() and piece[j - 1] != "-":
        j -= 1
    return piece[i:j]


DETERMINERS_NOM: Final = wordset(
    """
    der die das ein eine dieser diese dieses jener jene sein seine ihr ihre unser unsere kein keine
    mehrere einige viele zahlreiche beide alle manche jede jeder jedes
    """
)
DETERMINERS_OBL: Final = wordset(
    """
    dem den des einem einen eines einer diesem diesen dieses seinem seinen seines seiner ihrem ihren
    ihres ihrer unserem unseren unseres keinem keinen keines keiner jedem jeden
    """
)
DETERMINERS: Final = DETERMINERS_NOM | DETERMINERS_OBL
PRONOUNS_NOM: Final = wordset("er sie es man ich wir ihr du")
PRONOUNS_OBL: Final = wordset("ihm ihn ihnen uns mir mich dir dich euch sich")
PREPOSITIONS: Final = wordset(
    """
    in im ins an am ans auf aufs aus bei beim mit nach von vom vor vorm zu zum zur für fürs gegen
    gegenüber über übers unter um durch ohne seit während wegen trotz laut per pro ab bis binnen
    innerhalb außerhalb neben hinter zwischen entlang angesichts anlässlich aufgrund infolge statt
    anstatt samt nahe via je seitens zufolge
    """
)
CONJUNCTIONS: Final = wordset(
    """
    und oder aber sondern denn doch dass daß ob weil da wenn als wie wobei während obwohl obgleich damit
    sodass sofern falls bevor nachdem seit seitdem indem ehe bis wonach wogegen wohingegen sowie
    """
)
# "während", a conjunction or a preposition, in both spellings (agency copy writes "waehrend")
WAEHREND: Final = both_spellings({"während"})
FUER: Final = both_spellings({"für"})  # (für, fuer)
# the complementizers as words of the text, in every spelling (dass, daß)
DASS: Final = both_spellings({"dass"})
DASS_OB: Final = both_spellings({"dass", "ob"})
DASS_WONACH: Final = both_spellings({"dass", "wonach"})
HEISST: Final = both_spellings({"heißt", "hieß"})  # "es heißt", "hieß es" (heisst, hiess)
HEISSEN: Final = both_spellings({"heißen"})  # the lemma of these, as the text spells it (heissen)
# Words that open a subordinate clause; a clause they open is not a main clause.
SUBORDINATORS: Final = wordset(
    """
    dass daß ob weil da wenn als wie obwohl obgleich damit sodass sofern falls bevor nachdem seitdem
    indem ehe wonach wogegen wohingegen weshalb weswegen wodurch womit wobei worauf woraufhin wo wohin
    woher zumal obschon wenngleich
    """
)
RELATIVES: Final = wordset("der die das dem den dessen deren denen welcher welche welches welchem welchen")
NAME_PARTICLES: Final = wordset("von van der den de di da du del della le la al el bin ibn zu ter ten dos y")
CLAUSE_PUNCT: Final = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—"})
AUXILIARIES: Final = wordset(
    """
    ist sind war waren wird werden wurde wurden hat haben hatte hatten habe hätte hätten sei seien wäre
    wären würde würden kann können konnte konnten könne könnte muss müssen musste mussten müsse müsste
    soll sollen sollte sollten solle will wollen wollte wollten wolle darf dürfen durfte dürfe dürfte
    mag möge
    """
)
# Adverbs and connectives that open sentences and are then written with a capital: never a name.
SENTENCE_ADVERBS: Final = wordset(
    """
    ferner zudem außerdem dabei danach dann später bereits heute gestern morgen jedoch allerdings
    trotzdem deshalb daher damit dazu darüber hier dort nun jetzt inzwischen mittlerweile weiter
    weiterhin auch doch wiederum andererseits einerseits zuvor zunächst schließlich erst noch so vorher
    nachher seither bisher gleichzeitig zugleich außerdem insgesamt derzeit aktuell zuletzt demnach
    demzufolge folglich somit also immerhin stattdessen vielmehr zwar ebenfalls ebenso nämlich
    eigentlich offenbar offensichtlich angeblich vermutlich wahrscheinlich möglicherweise sicherlich
    tatsächlich bislang künftig anschließend daraufhin darauf dafür dagegen davor dahinter darin daraus
    davon dadurch deswegen hierbei hingegen indes jedenfalls mehr weniger nur vor allem kürzlich jüngst
    unterdessen währenddessen nie niemals immer oft selten offiziell aktuell generell eventuell
    insbesondere besonders gleichwohl dennoch letztlich grundsätzlich ursprünglich wörtlich konkret
    relativierend ergänzend abschließend zusammenfassend erneut ferner inzwischen überdies ansonsten
    andernfalls hierzu dazu hierbei dabei ebenso zuerst zuletzt später vorerst vorher wohl kaum
    einzig lediglich allein bloß damals daneben darunter dazwischen demgegenüber dementsprechend einst bald
    sofort soeben eben gerade neulich unlängst längst stets mitunter manchmal häufig meist meistens oftmals
    zumeist teils teilweise überall hierzulande darum infolgedessen nichtsdestotrotz allenfalls zumindest
    wenigstens ausschließlich sogar selbst freilich gar obendrein zusätzlich gleichfalls desgleichen vorab
    erstmals endlich indessen derweil heutzutage momentan gegenwärtig zukünftig demnächst einstweilen nunmehr
    wieder abermals nochmals anders genauso sodann überhaupt keineswegs keinesfalls durchaus natürlich
    selbstverständlich bekanntlich mutmaßlich vorsorglich ausdrücklich zwischenzeitlich hinterher vorgestern
    übermorgen morgens abends nachts tagsüber
    """
)
FUNCTION_WORDS: Final = (
    DETERMINERS
    | PREPOSITIONS
    | CONJUNCTIONS
    | PRONOUNS_NOM
    | PRONOUNS_OBL
    | SENTENCE_ADVERBS
    | frozenset({"es", "dies", "das", "was", "wer", "wo", "nicht", "kein", "keine"})
)
