"""Speaker phrases: a small noun-phrase chunker over sentence tokens, and where to look for the subject.

It recognises what news writes as a speaker: names with titles and roles ("Prof. Dr. Anna Roth",
"Verteidigungsminister Andrej Belousow"), role nouns ("der Minister", "die Grünen-Politikerin",
"der 52-Jährige"), organisations ("das Ministerium"), documents ("ein Bericht der Kommission"),
pronouns, with a genitive ("ein Sprecher der Polizei") and an apposition ("…, Markus Venhoff,").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, Literal, NamedTuple, cast

import regex

from quotetool.detect import lexicon
from quotetool.detect.learned import learned_noun
from quotetool.detect.memo import remember
from quotetool.detect.names import genitive_of_named
from quotetool.detect.tokens import (
    AUXILIARIES,
    CLAUSE_PUNCT,
    CONJUNCTIONS,
    DASS_OB,
    DETERMINERS,
    DETERMINERS_OBL,
    FUER,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    PREPOSITIONS,
    PRONOUNS_NOM,
    PRONOUNS_OBL,
    SENTENCE_ADVERBS,
    SUBORDINATORS,
    Tok,
    both_spelled,
    both_spellings,
    wordset,
)

_PP_BEFORE_APPOSITION: Final = both_spellings(
    {"beim", "bei", "im", "in", "am", "an", "aus", "von", "vom", "für", "auf", "zur", "zum"}
)
_WEB_ENDINGS: Final = frozenset({"de", "com", "org", "net", "at", "ch", "info", "eu", "uk", "fr", "it", "ru", "tv"})
_RELATIVE_OPENERS: Final = frozenset({"dessen", "deren", "der", "die", "das", "welcher", "welche", "welches"})
_PARTITIVES: Final = frozenset(
    {
        "einer",
        "eine",
        "einige",
        "viele",
        "mehrere",
        "manche",
        "zwei",
        "drei",
        "beide",
        "keiner",
    }
)
_ADVERB_SUFFIXES: Final = both_spelled(
    (
        "gemäß",
        "weise",
        "lich",
        "bar",
        "los",
        "sam",
        "ig",
        "mals",
        "wärts",
        "falls",
        "end",
        "lang",
        "isch",
    )
)  # (Monatelang, Jahrelang; Spöttisch, Kritisch)
_PARTICIPLE_ENDINGS: Final = ("ende", "enden", "ender", "te", "ten", "ter", "ene", "enen", "ener")
_GENITIVE_OPENERS: Final = wordset(
    """
    des der eines einer von vom vieler mehrerer einiger zahlreicher aller beider seines seiner ihres
    ihrer dieser dieses jener jenes
    """
)
_POSSESSIVES: Final = {
    "sein": "er",
    "seine": "er",
    "seiner": "er",
    "seinen": "er",
    "seinem": "er",
    "seines": "er",
    "ihr": "sie",
    "ihre": "sie",
    "ihrer": "sie",
    "ihren": "sie",
    "ihrem": "sie",
    "ihres": "sie",
}
_NUMBER_WORDS: Final = wordset(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend beiden"
)
_AGE: Final = regex.compile(r"(\d{1,3})-[Jj](?:ä|ae)hrige")  # (and as agency feeds write it: "52-Jaehrige")
_MAX_ADJ: Final = 4
_APPROXIMATELY: Final = both_spellings(
    {
        "rund",
        "etwa",
        "fast",
        "knapp",
        "gut",
        "über",
        "nur",
        "mindestens",
        "circa",
        "annähernd",
    }
)
# adverbs inside an attribute: "ein nicht genannter Vertreter", "die besonders betroffene Gemeinde"
_DEGREE_ADVERBS: Final = both_spellings(
    {
        "nicht",
        "namentlich",
        "sehr",
        "besonders",
        "äußerst",
        "stark",
        "schwer",
        "leicht",
        "gut",
        "bestens",
        "eng",
        "hoch",
        "weit",
    }
)
_MAX_CAPS: Final = 6

# Words that are written capitalised but never name a speaker on their own.
# lower-case parts of academic titles (Dr. med., Dr. rer. nat., Prof. em.)
_DEGREE_WORDS: Final = frozenset(t for t in lexicon.TITLES if t[:1].islower())
# (and times of day after a weekday, "Am Montagmorgen stellte eine Streife fest", and the like)
_NOT_NAMES: Final = wordset(
    """
    Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli
    August September Oktober November Dezember Jahr Jahre Jahren Tag Tage Tagen Woche Wochen Monat
    Monate Monaten Uhr Prozent Euro Dollar Millionen Milliarden Ende Anfang Mitte Zeit Fall Grund Ziel
    Weg Weiteren Übrigen Allgemeinen Einzelnen Ganzen Folgenden Vorfeld Rahmen Rande Zuge Namen
    Vormittag Nachmittag Mittag Abend Wochenende Wochenbeginn Jahresende Jahresbeginn Jahresanfang Monatsende
    """
) | frozenset(
    day + part
    for day in ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Sonnabend")
    for part in both_spelled(
        ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh", "abends", "morgens")
    )
)


# what a speaker phrase names: a person by name, a role ("der Minister"), an organisation, a source document
# ("ein Bericht"), a frame noun ("Angaben", with the real source inside), a pronoun, a group ("Einige"), or
# anything else the chunker found in subject position
MentionKind = Literal["name", "role", "org", "source", "frame", "pronoun", "group", "other"]


class Mention(NamedTuple):
    """A speaker phrase as written, with what the chunker could tell about it (a tuple: thousands are made
    per megabyte of text, and a frozen dataclass is several times slower to build)."""

    start: int
    end: int
    text: str
    kind: MentionKind
    head: str  # lexicon entry of the head noun (minister, ministerium), the pronoun, or the noun itself
    name: str = ""  # the personal or proper name inside the phrase, if any
    det: str = ""  # its determiner, lower-cased ("" if none)
    gender: str = "?"  # m / f / ? ; "pl" for plurals
    modifiers: tuple[str, ...] = ()  # folded stems of adjectives and genitives: russ, grün, dvrk
    age: int | None = None
    role: str = ""  # the role phrase bound to a name in the same phrase ("Präsident des Städtetags")
    inner: Mention | None = None  # for frame nouns ("Angaben der Polizei"): the phrase of the real source
    lead: int = 0  # characters of an extended attribute before the head ("die zur Universität gehörende …")

    @property
    def phrase(self) -> str:
        """The phrase without its determiner and extended attribute: what a speaker is called by."""
        if self.lead:
            return self.text[self.lead :]
        if self.det and self.text.lower().startswith(self.det + " "):
            return self.text[len(self.det) + 1 :]
        return self.text


_NEVER_NOMINATIVE: Final = frozenset(
    {
        "dem",
        "den",
        "einem",
        "einen",
        "diesem",
        "diesen",
        "seinem",
        "seinen",
        "ihrem",
        "ihren",
        "jedem",
        "jeden",
        "keinem",
        "keinen",
    }
)


def oblique(m: Mention) -> bool:
    """A phrase that cannot be a subject: a dative or accusative article ("dem Minister") or, without one, an
    adjective in -em ("als möglichem Kandidaten"); the chunker may still find it where a subject was sought."""
    if m.det:
        return m.det in _NEVER_NOMINATIVE
    first = m.text.split(" ", 1)[0]
    return first[:1].islower() and first.endswith("em")


def oblique_der(m: Mention) -> bool:
    """ "Der „Rheinischen Post“ sagte X", "Der regionalen Presse sagte X": after "der" an attribute in -en marks
    the dative or genitive (the nominative is "der rheinische …"); such a phrase before the verb is no subject."""
    if m.det != "der":
        return False
    words = m.text.split()
    if len(words) < 3:
        return False
    first = words[1].strip('„“”"»«')
    return first.endswith("en") and (first[:1].islower() or words[2][:1].isupper())


# Abstract nouns name no one who could speak ("die Investition", "die Feststellung", "der Vorwurf"): a phrase
# headed by one is never a speaker. Organisations with such endings (Regierung, Kommission) are in the
# organisation lexicon and so are not of kind "other".
ABSTRACT_ENDINGS: Final = both_spelled(
    (
        "ung",
        "ungen",
        "heit",
        "heiten",
        "keit",
        "keiten",
        "ität",
        "itäten",
        "ion",
        "ionen",
        "ismus",
    )
)
_NON_AGENTS: Final = both_spellings(
    {
        "rede",
        "fehler",
        "lage",
        "frage",
        "fragen",
        "problem",
        "thema",
        "ziel",
        "feuer",
        "motiv",
        "grund",
        "gründe",
        "fall",
        "ergebnis",
        "situation",
        "einspruch",
        "unterstützung",
    }
)


def cannot_speak(m: Mention) -> bool:
    """A phrase headed by an abstract noun: whatever the chunker found in subject position, nobody speaks.
    (An unknown capitalised word passes for a name; a long one in -ung is a noun, not a surname like Jung.)"""
    words = m.text.split()
    if not words:
        return False
    head = words[-1].lower()
    if m.kind == "name":
        if " " not in m.name and (head in _NON_AGENTS or head in lexicon.STATEMENT_NOUNS):
            return True  # a capitalised noun the chunker took for a surname: "Einspruch", "Vorwürfe"
        return (
            " " not in m.name
            and len(head) >= 8
            and head.endswith(ABSTRACT_ENDINGS)
            and words[0].split("-")[0] not in lexicon.FIRST_NAMES
        )
    if m.kind != "other" or m.name:
        return False
    if head.endswith(ABSTRACT_ENDINGS) or head in _NON_AGENTS or head in lexicon.STATEMENT_NOUNS:
        return True
    # the head noun itself, before its genitive or prepositional attribute: "die Speicherung von Daten"
    noun = m.head
    return noun != head and noun.endswith(ABSTRACT_ENDINGS) and not noun.endswith(BODIES) and (noun not in _NON_AGENTS)


# Abstract endings that also end bodies of people: "die Konzernführung", "die Mehrheit der Befragten"
BODIES: Final = both_spelled(
    (
        "führung",
        "leitung",
        "mehrheit",
        "minderheit",
        "vertretung",
        "delegation",
        "redaktion",
        "bevölkerung",
        "öffentlichkeit",
        "kommission",
        "koalition",
        "opposition",
        "fraktion",
        "organisation",
        "stiftung",
        "vereinigung",
        "union",
        "nation",
        "regierung",
        "verwaltung",
        "direktion",
        "versammlung",
        "initiative",
    )
)


def _adverb_before_adjective(toks: list[Tok], j: int, limit: int) -> bool:
    """Adverbs inside an attribute, then its adjective: "einer gestern verbreiteten Erklärung",
    "ein namentlich nicht genannter Sprecher", "die staatlich kontrollierten Medien" (an adjective without an
    ending, used as an adverb)."""
    k = j
    while (
        k < limit
        and k - j < 3
        and toks[k].text[0].islower()
        and (toks[k].low in SENTENCE_ADVERBS or toks[k].low in _DEGREE_ADVERBS or _bare_adjective(toks[k].low))
    ):
        k += 1
    return j < k < limit and is_adjective(toks[k])


# endings of adjectives that, without an inflection ending, qualify the adjective after them
_BARE_ADJECTIVE_ENDINGS: Final = ("lich", "isch", "ig", "al", "iv", "bar", "los", "sam", "ell")


def _bare_adjective(low: str) -> bool:
    return len(low) > 4 and low.endswith(_BARE_ADJECTIVE_ENDINGS) and low not in FUNCTION_WORDS


def is_nounlike(t: Tok) -> bool:
    """Capitalised word (or 52-Jährige); quotation placeholders are not nouns."""
    if t.quote is not None:
        return False
    c = t.text[0]
    if c.isupper():
        return t.low not in FUNCTION_WORDS or (len(t.text) > 2 and t.text.isupper())  # DER SPIEGEL
    # 52-Jährige, al-Dschasira, el-Baradei: a capital after the hyphen; d'Italia: after an elided article;
    # ndr.de, space.com: a web name
    if "-" in t.text and t.text.split("-", 1)[1][:1].isupper():
        return True
    if "'" in t.text[:3] and t.text.split("'", 1)[1][:1].isupper():
        return True
    if "." in t.text[1:-1] and t.low.rsplit(".", 1)[-1] in _WEB_ENDINGS:
        return True
    if t.text in _LOWERCASE_NAMES or t.text in _LOWERCASE_BODIES:
        return True  # "die taz", "laut dpa", "ver.di"
    return t.text[1:] != t.low[1:] and _inner_capital(t.text)  # (a compare first: most words have no capital)


def _inner_capital(word: str) -> bool:
    """A brand written with a lower-case first letter and a capital inside: "eBay", "easyJet", "zooVia" (letters
    only)."""
    return len(word) > 3 and word.isalpha() and any(c.isupper() for c in word[1:])


# bodies whose name is written in lower case and is no medium (those are lexicon.LOWERCASE_NAMES, which after a
# role are the addressee: "sagte der Sprecher der dpa"): "die Gewerkschaft ver.di"
_LOWERCASE_BODIES: Final = frozenset({"ver.di"})


_LOWERCASE_NAMES: Final = lexicon.LOWERCASE_NAMES


def is_adjective(t: Tok) -> bool:
    """A lower-case word that can stand between determiner and noun (russische, 52-jährige, ehemalige)."""
    return t.quote is None and _adjective_word(t.text, t.low)


@lru_cache(maxsize=1 << 16)  # asked for the same words again and again by every rule
def _adjective_word(text: str, w: str) -> bool:
    c = text[0]
    if not (c.islower() or c.isdigit()):
        return False
    if c.isdigit():
        return not ("-" in text and text.split("-", 1)[1][:1].isupper())  # 52-jährige, 3; not 52-Jährige
    if w in _NUMBER_WORDS:
        return True  # "Vertreter der drei Organisationen"
    if w in DETERMINERS or w in PREPOSITIONS or w in CONJUNCTIONS or w in AUXILIARIES:
        return False
    if w in PRONOUNS_NOM or w in PRONOUNS_OBL or w in lexicon.VERBS or w in lexicon.PARTICLE_VERBS:
        return False
    if w in lexicon.PAST_FORMS:
        return False  # "zogen", "riefen", "gaben": strong past forms in -en are verbs
    return w.endswith(("e", "en", "er", "es", "em")) or w in ("neu", "ehemalig")


def _stem(word: str) -> str:
    """A crude stem for matching modifiers: russische ~ Russlands ~ russischen -> 'russ'."""
    w = word.lower().replace("-", "")
    return w[:4] if len(w) >= 4 else w


def _fem(word: str) -> bool:
    """Feminine role nouns end in -in/-innen (Ministerin, Grünen-Politikerin) or -frau."""
    w = word.lower()
    return (w.endswith(("in", "innen")) and len(w) > 4 and not w.endswith(("main", "chin"))) or w.endswith("frau")


_KIND_SEEN: Final[dict[str, tuple[str, str]]] = {}
_LEGAL_FORMS: Final = lexicon.LEGAL_FORMS


def _kind_of_word(word: str) -> tuple[MentionKind, str]:
    """(kind, lexicon entry) of a head word: role, org, source or frame by the lexicon (its kinds are mention
    kinds), else "other" and the word."""
    seen = _KIND_SEEN.get(word)
    if seen is None and word in _LEGAL_FORMS:
        seen = remember(_KIND_SEEN, word, ("org", word.lower()))  # "Hansa Bau AG": a company
    if seen is None:
        hit = lexicon.head_of(word)
        seen = remember(_KIND_SEEN, word, hit if hit is not None else ("other", word.lower()))
    if seen[0] == "other":  # (the built-in lists said no: a learned role or frame noun?)
        learned = learned_noun(word)
        if learned is not None:
            return cast("tuple[MentionKind, str]", learned)
    return cast("tuple[MentionKind, str]", seen)


def parse_np(
    text: str, toks: list[Tok], i: int, limit: int, *, sentence_start: int = -1, nested: bool = False
) -> tuple[Mention | None, int]:
    """The noun phrase starting at token ``i`` (not beyond ``limit``) and the index after it.

    ``nested`` parses a genitive inside a phrase: no apposition, relative clause or coordination there,
    they belong to the outer phrase. The stages, each a function of its own: a quoted name, or a phrase a
    pronoun or number opens; else the determiner and attributes before the noun (``_pre_head``), the run of
    capitalised words (``_capitalised_run``) and the head words it gives (``_head_words``), classified by
    ``_classify``; then what follows the head (``_post_head``: field, genitive, seat, bracket) and, at the
    outer level only, what ends the phrase (``_outer_phrase``: age, relative clause, apposition,
    coordination)."""
    if i >= limit:
        return None, i
    t = toks[i]
    if t.quote is not None:
        return _quoted_phrase(text, toks, i, limit, nested)
    low = t.low
    if low in _NAME_OPENERS:
        named = _particle_first(text, toks, i, limit)
        if named is not None:
            return named
    if (low == "der" or low == "die") and _demonstrative_subject(toks, i):
        # "Sie übergab die Liste an Marc Roth. Der versprach, …": the person just named
        head, gender = ("dieser", "m") if low == "der" else ("diese", "f")
        return pronoun_mention(t, head, gender), i + 1
    if low in _SPECIAL_FIRST or t.text[0].isdigit():  # (most phrases open with an article or a noun)
        special, j = _special_phrase(text, toks, t, i, low, limit, nested)
        if j >= 0:
            return special, j
    det, caps_start, attribute, mods, age = _pre_head(toks, i, limit)
    j, dots, quoted = _capitalised_run(toks, caps_start, limit, det)
    if j == caps_start:
        return None, i
    caps, j = _head_words(text, toks, caps_start, j, limit, dots, quoted)
    if not caps or _no_phrase(toks, i, sentence_start, det, caps):
        return None, i
    end = toks[j - 1].end
    mention = _classify(text, t.start, end, det, caps, mods, age)
    if quoted:
        mention = _titled_body(mention, caps)
    if attribute and mention.kind != "name" and not mention.lead:
        mention = mention._replace(lead=toks[caps_start].start - t.start)
    post = _post_head(text, toks, mention, j, end, limit, nested, age, mods)
    if nested:
        return post.mention, post.j
    return _outer_phrase(text, toks, t, post, limit, det)


def _titled_body(mention: Mention, caps: list[Tok]) -> Mention:
    """ "der „Bund der Steuerzahler“", "die „Initiative Saubere Luft“": a quoted title alone after an article whose
    first word names a body is that body by its name; else ``mention``."""
    if mention.kind != "other" or len(caps) != 1:
        return mention
    title = caps[0]
    hit = lexicon.head_of(title.text.split(" ", 1)[0])
    if hit is None or hit[0] != "org" or " " not in title.text:
        return mention
    return mention._replace(kind="org", name=title.text)


# name particles that open a surname, capitalised at the start of a sentence: "Zu Guttenberg räumte ein"
_NAME_OPENERS: Final = frozenset({"zu", "von", "van", "de", "di", "da", "del", "della", "ter", "ten", "al", "el"})


def _particle_first(text: str, toks: list[Tok], i: int, limit: int) -> tuple[Mention, int] | None:
    """ "Zu Guttenberg hatte eingeräumt", "Von der Leyen sagte": a surname with its particle, which the sentence
    start capitalises; only when the text also writes it with the particle in lower case ("Karl-Theodor zu
    Guttenberg"), since "Von Berlin aus" and "Zu Beginn" open with a preposition."""
    j = i + 1
    if j + 1 < limit and toks[j].low in _PARTICLE_ARTICLES.get(toks[i].low, ()):
        j += 1
    if j >= limit or toks[j].quote is not None or not toks[j].text[0].isupper() or toks[j].low in FUNCTION_WORDS:
        return None
    written = text[toks[i].start : toks[j].end]
    lower = written[0].lower() + written[1:]
    if written[0].islower():
        if not _named_with_given_name(text, written):
            return None
    else:
        k = text.find(" " + lower)
        if k < 0 or (k + 1 + len(lower) < len(text) and text[k + 1 + len(lower)].isalnum()):
            return None
    return Mention(
        start=toks[i].start, end=toks[j].end, text=written, kind="name", head=toks[j].text, name=lower
    ), j + 1


def _named_with_given_name(text: str, written: str) -> bool:
    """ "sagte von der Leyen", "so van den Berg": a surname with its particle in lower case after the verb is
    the person's name when the text also writes it after a capitalised given name ("Ursula von der Leyen");
    without one, "von der" is a preposition ("sprach von der Krise")."""
    k = text.find(" " + written)
    while k >= 0:
        after = k + 1 + len(written)
        if after >= len(text) or not text[after].isalnum():
            b = k
            while b > 0 and (text[b - 1].isalnum() or text[b - 1] == "-"):
                b -= 1
            if b < k and text[b].isupper() and text[b:k].lower() not in FUNCTION_WORDS:
                return True
        k = text.find(" " + written, k + 1)
    return False


def _quoted_phrase(text: str, toks: list[Tok], i: int, limit: int, nested: bool) -> tuple[Mention | None, int]:
    """A quoted name in subject position: "„BBC News“ berichtet", "„Bild“-Zeitung", "„Bild“-Chef Kai Roth"."""
    t = toks[i]
    if not t.title:
        return None, i
    tt = _title_tok(text, t)
    end, j = t.end, i + 1
    if _compound_tail(toks, j, limit):
        tail = "-" + toks[j + 1].text
        tt = Tok(tt.start, toks[j + 1].end, tt.text + tail, (tt.text + tail).lower())
        end, j = toks[j + 1].end, j + 2
        names = _names_after_role(toks, j, limit, tt.text)
        if names:  # "„Bild“-Chef Kai Roth": the role's holder is named right after it
            last = toks[j + len(names) - 1].end
            return _classify(text, t.start, last, "", [tt, *names], [], None), j + len(names)
    named = Mention(start=t.start, end=end, text=text[t.start : end], kind="name", head=tt.text, name=tt.text)
    return _coordinated(text, toks, named, j, limit) if not nested else (named, j)


def _pre_head(toks: list[Tok], i: int, limit: int) -> tuple[str, int, bool, list[str], int | None]:
    """What stands before the head nouns: (determiner or "", index of the first head word, whether an
    extended attribute was skipped, stems of the adjectives, an age from "52-jährige")."""
    det, saxon, j = _determiner_or_owner(toks, i, limit)
    # an extended attribute: "die den Sturm überlebende Wiebke Tarrant", "der am Montag gewählte Präsident",
    # "der für die Region zuständige Koordinator": a phrase, then a participle or adjective before the noun
    attribute = False
    if det and _may_open_extended_attribute(toks, j, limit):
        j0 = j
        j = _extended_attribute(toks, j, limit)
        attribute = j > j0
    j, mods, age = _adjectives_before_head(toks, i, j, limit, bool(det))
    return det, j, attribute, [saxon, *mods] if saxon else mods, age


def _determiner_or_owner(toks: list[Tok], i: int, limit: int) -> tuple[str, str, int]:
    """The phrase's determiner or its owner in the Saxon genitive: (determiner or "", the owner's stem or "",
    the index after them)."""
    if toks[i].low in DETERMINERS:
        return toks[i].low, "", i + 1
    if _saxon_genitive(toks, i, limit):
        # "Holms wissenschaftlicher Mitarbeiter Jan Pelz": the owner qualifies
        return "", _stem(toks[i].text), i + 1
    return "", "", i


def _may_open_extended_attribute(toks: list[Tok], j: int, limit: int) -> bool:
    """Whether the word after a determiner may open an extended attribute ("der am Montag gewählte
    Präsident"): a determiner, a preposition, a sentence adverb or "sich", with room for more."""
    if j + 2 >= limit:
        return False
    low = toks[j].low
    return low in DETERMINERS or low in PREPOSITIONS or low in SENTENCE_ADVERBS or low == "sich"


def _adjectives_before_head(
    toks: list[Tok], i: int, j: int, limit: int, det: bool
) -> tuple[int, list[str], int | None]:
    """The adjectives (and adverbs before one, after a determiner) from ``j`` on before the head nouns of the
    phrase at ``i``: (index of the first head word, their stems, an age from "52-jährige")."""
    mods: list[str] = []
    age = None
    k = 0
    while j < limit and k < _MAX_ADJ:
        c = toks[j].text[0]
        if j == i and toks[j].low in _QUANTIFYING and j + 1 < limit and is_nounlike(toks[j + 1]):
            j += 1  # "Jegliche Mitverantwortung weist sie zurück": capitalised first in the sentence, no name
            k += 1
            continue
        if not (c.islower() or c.isdigit()):
            break  # (a capitalised word or a mark: neither an adjective nor an adverb before one; the common case)
        if c.isdigit() and _years_old(toks, j, limit):
            age = int(toks[j].text)  # "der 61 Jahre alte Behördenleiter": the age written in words
            j += 3
            k += 1
            continue
        if not (is_adjective(toks[j]) or (det and _adverb_before_adjective(toks, j, limit))):
            break
        age_match = _AGE.match(toks[j].text) if c.isdigit() else None  # (an age starts with a digit)
        if age_match:
            age = int(age_match.group(1))
        mods.append(_stem(toks[j].text))
        j += 1
        k += 1
    return j, mods, age


_YEARS_OLD: Final = frozenset({"alte", "alter", "alten", "altes", "alt"})


def _years_old(toks: list[Tok], j: int, limit: int) -> bool:
    """ "61 Jahre alte" at ``j``: a number of up to three digits, "Jahre" and a form of "alt" before the noun."""
    return (
        j + 3 < limit
        and toks[j].text.isdigit()
        and len(toks[j].text) <= 3
        and toks[j + 1].low == "jahre"
        and toks[j + 2].low in _YEARS_OLD
    )


# adjectives that quantify, capitalised when they open a sentence ("Sämtliche Vorwürfe", "Weitere Details")
_QUANTIFYING: Final = both_spellings(
    {
        "jegliche",
        "jeglicher",
        "jegliches",
        "jeglichen",
        "sämtliche",
        "sämtlichen",
        "weitere",
        "weiteren",
        "etliche",
        "zahlreiche",
        "mehrere",
        "einzelne",
        "sonstige",
        "diverse",
        "verschiedene",
    }
)
_ADVERBIAL_S: Final = ("ends", "ngs", "ts", "ens")  # Abends, Anfangs, Nachts, Eingangs: adverbs, not owners


def _saxon_genitive(toks: list[Tok], i: int, limit: int) -> bool:
    """A name in the genitive before adjectives and the noun it owns: "Jelpkes wissenschaftlicher Mitarbeiter",
    "Roths neue Sprecherin" (a capitalised word in -s, no noun of the lexicon, then an adjective)."""
    t = toks[i]
    if (
        i + 2 >= limit
        or t.quote is not None
        or not t.text[0].isupper()
        or not t.text.endswith("s")
        or len(t.text) < 4
        or t.low in FUNCTION_WORDS
        or t.low.endswith(_ADVERBIAL_S)
        or not is_adjective(toks[i + 1])
    ):
        return False
    k = i + 1
    while k < limit and k - i <= _MAX_ADJ and is_adjective(toks[k]):
        k += 1
    return k < limit and is_nounlike(toks[k]) and lexicon.head_of(t.text) is None


def _capitalised_run(toks: list[Tok], caps_start: int, limit: int, det: str) -> tuple[int, bool, bool]:
    """The index after the head words from ``caps_start``: capitalised words with name particles, title dots
    ("Prof. Dr.", "George W. Bush"), "CDU / CSU", a quoted title after them; and whether dots or a quoted
    title are among them (``_head_words`` then rewrites the words)."""
    j = caps_start
    dots = False
    skipped = 0  # title dots and lower-case title parts, which do not count as words of the name
    while j < limit and j - caps_start - skipped < _MAX_CAPS:
        tj = toks[j]
        if is_nounlike(tj) and (tj.text not in _NOT_NAMES or _online_title(toks, j, limit)):
            if j > caps_start and _ends_before(toks, j, limit):
                break
            j += 1
            continue
        if j == caps_start:
            break  # (the words below continue a name; none opens one)
        nxt, skip = _within_name(toks, j, limit)
        if nxt < 0:
            break
        if skip and tj.text == ".":
            dots = True
        j = nxt
        skipped += skip
    quoted = _quoted_title_at(toks, j, limit) and (j > caps_start or (j == caps_start and bool(det)))
    return (j + 1 if quoted else j), dots, quoted


def _ends_before(toks: list[Tok], j: int, limit: int) -> bool:
    """Whether a name's run of capitalised words ends before the noun-like word at ``j``: an object after a role,
    or a medium after a name ("sagte Anna Roth Spiegel Online", the medium spoken to)."""
    return _object_after_role(toks, j) or _online_title(toks, j, limit)


def _quoted_title_at(toks: list[Tok], j: int, limit: int) -> bool:
    """A quoted title at ``j``: after its noun (die Wochenzeitung „Die Zeit“), or alone after an article (der
    „Spiegel“)."""
    return j < limit and toks[j].quote is not None and toks[j].title


def _online_title(toks: list[Tok], j: int, limit: int) -> bool:
    """ "Zeit Online", "Spiegel Online": a medium's name before "Online" opens at ``j``, also with a word that names
    no one alone ("Zeit")."""
    return j + 1 < limit and toks[j + 1].text == "Online"


def _object_after_role(toks: list[Tok], j: int) -> bool:
    """A common noun after a role noun or a full name is no name but the verb's object: "hat die Sängerin Klage
    eingereicht", "hatte der Minister Kritik geübt" (a surname is rarely a statement noun)."""
    low = toks[j].low
    if (
        len(low) >= 8
        and low.endswith(ABSTRACT_ENDINGS)
        and not low.endswith(BODIES)
        and j >= 2
        and toks[j - 2].text.split("-")[0] in lexicon.FIRST_NAMES
    ):
        return True  # "werfen Norbert Lammert Verzögerung vor": the object after a dative name
    said = low in lexicon.STATEMENT_NOUNS or low in _NON_AGENTS
    if not (said or _abstract_noun(low) or lexicon.bare_object(low)):
        return False  # (nearly every word of a name: no need to ask what the word before is)
    kind = _kind_of_word(toks[j - 1].text)[0]
    if kind == "org":
        # "legte die Bürgerinitiative Widerspruch ein", "übte die Gewerkschaft Kritik" (not the abstract nouns in
        # names: "die Gewerkschaft Erziehung und Wissenschaft")
        return said or lexicon.bare_object(low)
    # (and "beantragte der Vorstand Insolvenz")
    return kind == "role" and (said or _abstract_noun(low))


# endings of nouns that are no surname even alone: the abstract ones, and -enz, -anz, -schaft (Insolvenz)
NOUN_ENDINGS: Final = (*ABSTRACT_ENDINGS, "enz", "anz", "schaft", "tum")


def _abstract_noun(low: str) -> bool:
    return len(low) >= 8 and low.endswith(NOUN_ENDINGS) and not low.endswith(BODIES)


def _within_name(toks: list[Tok], j: int, limit: int) -> tuple[int, int]:
    """A word inside a run of capitalised words that continues it: (the index after it, 1 if it is a title's dot
    or lower-case part, which does not count as a word of the name, else 0); (-1, 0) when it ends the run."""
    nxt = _joining_word(toks, j, limit)
    if nxt >= 0:
        return nxt, 0
    nxt = _title_part(toks, j, limit)
    if nxt >= 0:
        return nxt, 1
    return _party_slash(toks, j, limit), 0


def _joining_word(toks: list[Tok], j: int, limit: int) -> int:
    """The index after a word that joins a name's words: a particle (von, de, al), "ohne Grenzen" or a club's
    number; -1 if token ``j`` is none."""
    tj = toks[j]
    if tj.low in NAME_PARTICLES:
        nxt = _particle_end(toks, j, limit)
        if nxt is not None:
            return nxt
    if tj.text == "&" and j + 1 < limit and toks[j + 1].text[0].isupper() and toks[j - 1].text[0].isupper():
        return j + 1  # "Hellmann & Co.", "Procter & Gamble", "GmbH & Co. KG": an ampersand in a firm's name
    if tj.low == "ohne" and j + 1 < limit and toks[j + 1].text == "Grenzen":
        return j + 2  # "Ärzte ohne Grenzen", "Reporter ohne Grenzen": the names of NGOs
    if _number_in_name(toks, j, limit):
        return j + 1  # "Hannover 96", "Schalke 04", "Bündnis 90": a club's or party's number
    return -1


def _title_part(toks: list[Tok], j: int, limit: int) -> int:
    """The index after a part of a title or initial that is no word of the name: a degree's lower-case part,
    the dot of a title, an initial or a regnal number; -1 if token ``j`` is none."""
    tj = toks[j]
    if tj.text in _DEGREE_WORDS and j + 1 < limit and toks[j + 1].text == "." and toks[j + 1].start == tj.end:
        return j + 1  # "Dr. med.", "Prof. em.": a lower-case part of the title, its dot taken next
    if tj.text != ".":
        return -1
    if toks[j - 1].end == tj.start and (toks[j - 1].text.rstrip(".") in lexicon.TITLES or _initial(toks, j - 1, limit)):
        return j + 1  # "Prof. Dr. Anna Roth", "George W. Bush"
    if _regnal_dot(toks, j):
        return j + 1  # "Papst Benedikt XVI.", "Königin Elisabeth II.": the number's dot ends no name
    return -1


def _party_slash(toks: list[Tok], j: int, limit: int) -> int:
    """The index after a slash between the names of one party ("CDU / CSU", "Bündnis 90 / Die Grünen", with its
    article), or -1."""
    tj = toks[j]
    if (
        j + 2 < limit
        and (tj.text == "/" or (tj.text.isdigit() and toks[j + 1].text == "/"))
        and toks[j + 1 if tj.text == "/" else j + 2].text[0].isupper()
    ):
        j += 1 if tj.text == "/" else 2
        return j + 1 if toks[j].low in DETERMINERS else j
    return -1


def _number_in_name(toks: list[Tok], j: int, limit: int) -> bool:
    """Two digits after a capitalised name or organisation word, before a lower-case word or the end of the
    clause: a club's or party's name ("Hannover 96 teilte mit", "Bündnis 90 erklärte"), not "Artikel 20 des
    Grundgesetzes" or "Platz 10" (role, source and frame words, and a noun after the number, end the name)."""
    t = toks[j]
    if len(t.text) != 2 or not t.text.isdigit() or j == 0:
        return False
    before = toks[j - 1]
    if not before.text[:1].isupper() or before.low in _NUMBERED_NOUNS:
        return False
    head = lexicon.head_of(before.text)
    if head is not None and head[0] != "org":
        return False
    nxt = toks[j + 1] if j + 1 < limit else None
    return nxt is None or (nxt.quote is None and (nxt.text[:1].islower() or nxt.text in (",", ".", "/", ":")))


# nouns that a number follows without making a name: "Artikel 5", "Platz 3", "Jahr 90"
_NUMBERED_NOUNS: Final = frozenset(
    {"artikel", "paragraf", "paragraph", "absatz", "platz", "seite", "kapitel", "jahr", "jahre", "nummer", "nr"}
)


def _head_words(
    text: str, toks: list[Tok], caps_start: int, j: int, limit: int, dots: bool, quoted: bool
) -> tuple[list[Tok], int]:
    """The head words ``caps_start``..``j`` as the phrase names them (an initial with its dot, a quoted title's
    words, "„Bild“-Chef Kai Roth" as one role and its holder), and the index after them."""
    caps = toks[caps_start:j]
    if dots:
        caps = [
            Tok(toks[x].start, toks[x].end + 1, toks[x].text + ".", toks[x].low + ".")  # "W." of George W. Bush
            if x + 1 < j and toks[x + 1].text == "." and _initial(toks, x, limit)
            else toks[x]
            for x in range(caps_start, j)
            if toks[x].text != "."
        ]
        while len(caps) > 1 and caps[-1].text in _DEGREE_WORDS:
            caps.pop()  # "der Polizeipräsident a.D.": a title's part after the last word names no one
    if quoted:
        caps = [_title_tok(text, c) if c.quote is not None else c for c in caps]
    if not caps:
        return caps, j  # (only dots were left: no words to name anyone)
    if toks[j - 1].quote is not None and _compound_tail(toks, j, limit):
        # die „Bild“-Zeitung: the quoted name and its hyphenated tail are one word
        tail = "-" + toks[j + 1].text
        caps[-1] = Tok(caps[-1].start, toks[j + 1].end, caps[-1].text + tail, (caps[-1].text + tail).lower())
        j += 2
        names = _names_after_role(toks, j, limit, caps[-1].text)
        caps.extend(names)  # "der „Bild“-Chef Kai Roth"
        j += len(names)
    return caps, j


def _no_phrase(toks: list[Tok], i: int, sentence_start: int, det: str, caps: list[Tok]) -> bool:
    """Head words that open no speaker phrase: a determiner capitalised at the sentence start, a sentence
    adverb ("Sinngemäß hofft Musk", "Persönlich rief er an")."""
    if i == sentence_start and not det and caps[0].low in DETERMINERS:
        return True
    if i == 0 and len(caps) == 1 and caps[0].low in lexicon.VERBS and len(toks) > 1 and _verb_first(toks):
        return True  # "Hieß es zunächst, …", "Sagte er das?": the sentence opens with its verb, not a name
    if i == sentence_start and len(caps) == 1 and not det and caps[0].low in _OPENING_ADVERBS:
        return True  # "Ganz anders sieht das …", "Besonders betroffen ist …": an adverb, capitalised first
    if len(caps) == 1 and not det and caps[0].low in _ANSWER_WORDS and _capitalised_by_position(toks, i):
        return True  # "Nein, sagte die Ministerin, …": the answer she gave, not who gave it
    return not det and len(caps) == 1 and _capitalised_by_position(toks, i) and _adverb_alone(caps[0])


def _adverb_alone(first: Tok) -> bool:
    """A single capitalised word that looks like an adverb or attitude adjective ("Sinngemäß", "Kritisch") and is
    no given name, role or organisation."""
    return (
        ((first.low.endswith(_ADVERB_SUFFIXES) and len(first.low) >= 7) or first.low in lexicon.ATTITUDE_ADJECTIVES)
        and first.text[0].isupper()
        and first.low not in lexicon.FIRST_NAMES
        and not lexicon.role_of(first.text)
        and not lexicon.org_of(first.text)
    )


def _capitalised_by_position(toks: list[Tok], i: int) -> bool:
    """Whether the word at ``i`` may be capitalised only because it opens a sentence or clause (after no word):
    "Sinngemäß hofft Musk" may open with an adverb, "sagte Hartwig", "so Fröhlich" name a person."""
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.quote is not None or not prev.text[0].isalnum()


# the words of a short answer, quoted before the cue without marks ("Ja, sagte er, …", "Nein, so die Ministerin")
_ANSWER_WORDS: Final = frozenset({"ja", "nein", "jein", "doch", "okay"})
# (not words that are also surnames: Stark, Klar, Gleich, Weiter, Offen)
_OPENING_ADVERBS: Final = both_spellings(
    {
        "ganz",
        "sehr",
        "besonders",
        "äußerst",
        "relativ",
        "kaum",
        "völlig",
        "ähnlich",
        "anders",
        "ebenso",
        "deutlich",
        "zuletzt",
        "zuvor",
    }
)


def _verb_first(toks: list[Tok]) -> bool:
    """A sentence opening with a verb form and then its subject ("Hieß es", "Betonte der Minister"), not with a
    noun that is also a verb form ("Angaben der Polizei zufolge", "Berichten zufolge")."""
    first, nxt = toks[0], toks[1].low
    if _kind_of_word(first.text)[0] != "other" or first.low in lexicon.STATEMENT_NOUNS:
        return False
    return nxt in PRONOUNS_NOM or (nxt in ("der", "die", "das") and not first.low.endswith("en"))


def _field_end(toks: list[Tok], j: int, limit: int) -> int:
    """After "für" at ``j``, the index after an institution's field ("Landesministerium für Verkehr",
    "Gesellschaft für bedrohte Völker", "Klinik für Innere Medizin"), with the fields joined to it ("für Arbeit und
    Soziales", "für Umwelt, Naturschutz und nukleare Sicherheit"), or ``j`` when none follows."""
    k = _field_noun_end(toks, j + 1, limit)
    if k < 0:
        return j
    m = k
    while m + 1 < limit and toks[m].text == ",":
        m = _field_noun_end(toks, m + 1, limit)  # "für Familie, Senioren, Frauen und Jugend"
        if m < 0:
            return k
    if m + 1 < limit and toks[m].low in ("und", "sowie"):
        e = _field_noun_end(toks, m + 1, limit)
        if e > 0 and not (e < limit and toks[e].text[:1].isupper() and toks[e].quote is None):
            return e  # (not "für Verkehr und Bahnchef Roth": a name after the noun joins someone else)
    return k


def _field_noun_end(toks: list[Tok], k: int, limit: int) -> int:
    """The index after one field from ``k``: adjectives (capitalised in a name: "Innere Medizin") and a capitalised
    noun; -1 when none stands there."""
    start = k
    while k < limit and k - start < 3 and (is_adjective(toks[k]) or _named_adjective(toks, k, limit)):
        k += 1
    return k + 1 if k < limit and is_nounlike(toks[k]) and toks[k].text[0].isupper() else -1


def _named_adjective(toks: list[Tok], k: int, limit: int) -> bool:
    """A capitalised adjective inside an institution's name, before its noun: "für Innere Medizin", "für
    Auswärtige Angelegenheiten"."""
    t = toks[k]
    return (
        k + 1 < limit
        and t.quote is None
        and t.text[:1].isupper()
        and _adjective_word(t.low, t.low)
        and toks[k + 1].text[:1].isupper()
        and toks[k + 1].quote is None
    )


def _genitive(text: str, toks: list[Tok], mention: Mention, j: int, limit: int) -> tuple[Mention | None, int]:
    """A genitive attribute at ``j`` and the index after it: "Sprecher der Polizei", "Angaben von Augenzeugen",
    also without article ("Angaben informierter Kreise"); (None, j) when there is none."""
    if j >= limit or mention.kind == "pronoun":
        return None, j
    bare = (
        j + 1 < limit
        and toks[j].text[0].islower()
        and toks[j].low.endswith("er")
        and is_adjective(toks[j])
        and is_nounlike(toks[j + 1])
        and mention.kind in ("frame", "source", "role", "org")
    )
    if toks[j].low == "aus" and mention.kind == "frame":
        return _circle_after_frame(text, toks, j, limit)
    if toks[j].low == "zu" and mention.kind in ("role", "frame", "source"):
        return _noble_genitive(text, toks, j, limit)
    if not (toks[j].low in _GENITIVE_OPENERS or bare) or _dative_after_name(text, toks, mention, j):
        return None, j
    start_g = j + 1 if toks[j].low in ("von", "vom") else j
    g, gj = parse_np(text, toks, start_g, limit, nested=True)
    if g is not None and g.kind != "pronoun" and gj > start_g and not _von_thing(toks[j], g):
        tail = _foreign_tail(toks, gj, limit)
        return (_extended(text, g, toks[tail - 1].end), tail) if tail > gj else (g, gj)
    return None, j


def _noble_genitive(text: str, toks: list[Tok], j: int, limit: int) -> tuple[Mention | None, int]:
    """ "Der Anwalt zu Ebersbachs", "Der Doktorvater zu Lindaus, …": a noble name with "zu" in the genitive after a
    role (not "der Zugang zu Medikamenten", "Fragen zu Steuern": no name in -s); (None, j) if none."""
    if j + 1 >= limit or not toks[j + 1].text[0].isupper() or not toks[j + 1].text.endswith("s"):
        return None, j
    g, gj = parse_np(text, toks, j, limit, nested=True)
    if g is None or g.kind != "name" or gj != j + 2 or lexicon.head_of(toks[j + 1].text) is not None:
        return None, j
    return g, gj


def _foreign_tail(toks: list[Tok], k: int, limit: int) -> int:
    """ "des Parti socialiste, Jean Morel, …", "der Union pour le progrès (UPP), Anne Morel, …": the lower-case
    words of a foreign name after its capitalised first word, when a person's name follows in apposition (German
    puts no adjective after its noun); the index after them, else ``k``."""
    e = k
    while e < limit and e - k < _FOREIGN_TAIL_WORDS and _foreign_word(toks[e]):
        e += 1
    if e == k or e + 1 >= limit or toks[e - 1].low in _NAME_PARTICLES:
        return k
    a = _after_bracket(toks, e, limit)  # ("(UPP)")
    return e if a + 1 < limit and toks[a].text == "," and toks[a + 1].text.split("-")[0] in lexicon.FIRST_NAMES else k


_FOREIGN_TAIL_WORDS: Final = 3
_NAME_PARTICLES: Final = frozenset({"de", "du", "des", "la", "le", "del", "di", "da", "dos", "do", "of"})


def _foreign_word(t: Tok) -> bool:
    """A lower-case word that may belong to a foreign name: no German function word or verb."""
    low = t.low
    return (
        t.quote is None
        and t.text[0].islower()
        and t.text.isalpha()
        and (low in _NAME_PARTICLES or (low not in FUNCTION_WORDS and low not in lexicon.VERBS))
    )


def _circle_after_frame(text: str, toks: list[Tok], j: int, limit: int) -> tuple[Mention | None, int]:
    """ "Angaben aus Regierungskreisen", "Informationen aus dem Ministerium", "Angaben aus Khartum": after a frame
    noun, "aus" names whose account it is (a circle, a body, a capital for its government); (None, j) if none."""
    g, gj = parse_np(text, toks, j + 1, limit, nested=True)
    if g is not None and g.kind in _CIRCLES and gj > j + 1:
        return g, gj
    return None, j


_CIRCLES: Final = frozenset({"name", "org", "group", "role", "source"})


def _von_thing(opener: Tok, g: Mention) -> bool:
    """ "von einem Unfall", "von einer Panne": after "von" an indefinite article and a noun of no one, the object
    of a verb ("geht … von einem Unfall aus"), not whose the phrase before is ("ein Sprecher von Tesla", "von der
    Polizei")."""
    return opener.low == "von" and g.kind == "other" and not g.name and g.det in _ARTICLES_AFTER_VON


_ARTICLES_AFTER_VON: Final = frozenset({"einem", "einer"})  # (not "von der US-Marine": an affiliation)


def _dative_after_name(text: str, toks: list[Tok], mention: Mention, j: int) -> bool:
    """ "sagte Jens Spahn der Zeitung", "sagte Spahn der „Bild“": "der" right after a person's name opens the
    addressee in the dative, no genitive of the name (a person's name takes none without a comma)."""
    return (
        mention.kind == "name"
        and toks[j].low == "der"
        and toks[j - 1].text[0].isupper()
        and _person_name(text, mention.name)
    )


def _person_name(text: str, name: str) -> bool:
    """A name with a known given name ("Jens Spahn"), or a lone surname the text writes after one."""
    words = name.split()
    if not words:
        return False
    if len(words) > 1:
        return words[0] in lexicon.FIRST_NAMES
    i = text.find(" " + name)
    while i > 0:
        before = text[max(0, i - 30) : i].split()
        if before and before[-1] in lexicon.FIRST_NAMES:
            return True
        i = text.find(" " + name, i + 1)
    return False


def _without_agency(text: str, toks: list[Tok], m: Mention, j: int, j2: int) -> tuple[Mention | None, int]:
    """ "sagte der Sprecher der dpa", "sagte die Ministerin der Deutschen Presse-Agentur": after the verb, a
    news agency after "der" at the end of the subject is the addressee in the dative, not the speaker's employer
    (as it is in "Ein Reporter der dpa berichtete"): the subject without it, else ``m`` and ``j2``."""
    last = toks[j2 - 1]
    agency = m.kind in ("role", "org") and (last.text in _LOWERCASE_NAMES or last.low.endswith("agentur"))
    if not agency and m.kind not in ("role", "name"):
        return m, j2
    for g in range(j2 - 2, j, -1):
        if toks[g].low == "der":
            if not (agency or _press_addressed(text, toks, m, j, g, j2)):
                return m, j2
            shorter, gj = parse_np(text, toks, j, g)
            return (shorter, gj) if shorter is not None and gj == g else (m, j2)
    return m, j2


def _press_addressed(text: str, toks: list[Tok], m: Mention, j: int, g: int, j2: int) -> bool:
    """ "sagte die Ökonomin der „Rheinischen Post“", "sagte Grimm der Süddeutschen Zeitung": the newspaper after
    "der" at ``g`` is the one spoken to, unless the role belongs to it ("der Chefredakteur der „Zeit“")."""
    if _newsroom_role(toks, m, j, g):
        return False
    nxt = toks[g + 1]
    if nxt.quote is not None:  # a title in quotation marks: its last word
        words = text[nxt.start : nxt.end].strip("„“”\"»«›‹'‚‘’ ").split()
        return bool(words) and lexicon.ends_press_title(words[-1])
    # (a named person speaks to a news agency: "sagte Müller der Deutschen Presse-Agentur"; a role keeps it as
    # its genitive: "ein Sprecher der Bundesagentur")
    ends = ("zeitung", "presse-agentur", "nachrichtenagentur") if m.kind == "name" else ("zeitung",)
    return any(t.quote is None and t.low.endswith(ends) for t in toks[g + 1 : j2])


def _newsroom_role(toks: list[Tok], m: Mention, j: int, g: int) -> bool:
    """A role that belongs to a medium, with no genitive of its own before ``g`` ("der Chefredakteur der „Zeit“";
    not "ein Sprecher der Bahn der „Post“")."""
    if m.kind != "role" or not (m.head in lexicon.NEWSROOM_ROLES or lexicon.role_key(m.head) in lexicon.NEWSROOM_ROLES):
        return False
    return not any(t.low in ("der", "des") for t in toks[j + 1 : g])


class _Post(NamedTuple):
    """A phrase after ``_post_head``: the mention, the index after it, the end of its genitive (or of its
    head), the genitive phrase, the age and the adjective stems found so far."""

    mention: Mention
    j: int
    end: int
    gen: Mention | None
    age: int | None
    mods: list[str]


def _post_head(
    text: str,
    toks: list[Tok],
    mention: Mention,
    j: int,
    end: int,
    limit: int,
    nested: bool,
    age: int | None,
    mods: list[str],
) -> _Post:
    """What follows the head: an institution's field ("Landesministerium für Verkehr"), a genitive ("Sprecher
    der Polizei", "Angaben informierter Kreise"), the seat ("die Regierung in Lomé", not in a genitive) and a
    note in brackets ("Anna Roth (Grüne)", "Markus Venhoff (52)")."""
    mention, j = _with_field(text, toks, mention, j, limit)
    gen, gj = _genitive(text, toks, mention, j, limit)
    if gen is not None:
        j = gj
        end = toks[j - 1].end
    if not nested and _seat_follows(toks, mention, j, limit):
        mention = _extended(text, mention, toks[j + 1].end)
        j += 2
        end = toks[j - 1].end
    j, age = _bracket_note(toks, j, limit, age, mods)
    if not nested and gen is None and j + 1 < limit and toks[j].low == "um":
        led = _team_leader(text, toks, mention, j, limit)
        if led is not None:
            return _Post(led[0], led[1], toks[led[1] - 1].end, None, age, mods)
    return _Post(mention, j, end, gen, age, mods)


def _other_verb(t: Tok) -> bool:
    """A lower-case word after a phrase that is neither a speech verb, an auxiliary nor a preposition."""
    low = t.low
    return (
        t.text[0].islower()
        and low not in lexicon.VERBS
        and low not in lexicon.PARTICLE_VERBS
        and low not in AUXILIARIES
        and low not in PREPOSITIONS
    )


# groups of researchers or investigators that a text names by whom they work with ("Forscher um Tim Eckert")
_TEAM_HEADS: Final = both_spelled(
    (
        "team",
        "gruppe",
        "forscher",
        "forschende",
        "wissenschaftler",
        "experten",
        "ermittler",
        "ärzte",
        "mediziner",
        "astronomen",
        "archäologen",
        "ökonomen",
        "autoren",
    )
)


def _team_leader(text: str, toks: list[Tok], mention: Mention, j: int, limit: int) -> tuple[Mention, int] | None:
    """ "Forscher um den Bonner Psychologen Tim Eckert", "Das Team um Mira Solberg": the named person after "um" at
    ``j`` whom the group works with speaks for it (the mention runs from the group's noun to the name), with the
    index after the name; None for anything else ("Experten um 10 Uhr")."""
    if mention.kind not in ("role", "group") and not (
        mention.kind in ("other", "org") and mention.head.lower().endswith(_TEAM_HEADS)
    ):
        return None  # (people of any role: "Die Anwälte um X", "Der Vorstand um X"; of other words only groups)
    leader, k = parse_np(text, toks, j + 1, limit, nested=True)
    if leader is None or leader.kind != "name" or not leader.name or " " not in leader.name:
        return None
    if k < len(toks) and _other_verb(toks[k]):
        return None  # ("Das Team um X kam zu dem Schluss, …": what the team found, not said; the frame tells who)
    return leader._replace(start=mention.start, text=text[mention.start : leader.end], det=mention.det), k


def _with_field(text: str, toks: list[Tok], mention: Mention, j: int, limit: int) -> tuple[Mention, int]:
    """The mention with an institution's field after it ("Landesministerium für Verkehr"), and the index after
    it; unchanged without one."""
    if j + 1 < limit and toks[j].low in FUER and mention.kind in ("org", "role", "other", "name"):
        k = _field_end(toks, j, limit)
        if k > j:
            return _extended(text, mention, toks[k - 1].end), k
    return mention, j


def _seat_follows(toks: list[Tok], mention: Mention, j: int, limit: int) -> bool:
    """Whether a body's or role's seat follows at ``j``: "in" or "aus" and one place noun ("die Regierung in
    Lomé"), no article, no role word, not the first of two nouns."""
    return (
        j + 1 < limit
        and toks[j].low in ("in", "aus")
        and mention.kind in ("org", "role", "other")
        and is_nounlike(toks[j + 1])
        and toks[j + 1].low not in DETERMINERS
        and lexicon.head_of(toks[j + 1].text) is None
        and not (j + 2 < limit and is_nounlike(toks[j + 2]))
    )


def _bracket_note(toks: list[Tok], j: int, limit: int, age: int | None, mods: list[str]) -> tuple[int, int | None]:
    """A note in brackets at ``j``: an age ("Markus Venhoff (52)") or a party, one word or several ("Anna Roth
    (Grüne)", "(Bündnis 90/Die Grünen)"), whose last word's stem joins ``mods``; (the index after it, the age)."""
    if j + 2 < limit and toks[j].text == "(" and toks[j + 2].text == ")":
        inside = toks[j + 1].text
        if inside.isdigit():
            age = int(inside)
        else:
            mods.append(_stem(inside))
        return j + 3, age
    close = _name_in_brackets(toks, j, limit)
    if close > 0:
        mods.append(_stem(toks[close - 1].text))
        return close + 1, age
    return j, age


def _name_in_brackets(toks: list[Tok], j: int, limit: int) -> int:
    """The index of ")" when a bracket at ``j`` holds a name of a few capitalised words, numbers and slashes
    ("(Die Linke)", "(Bündnis 90/Die Grünen)", "(Freie Wähler)"), else 0."""
    if j >= limit or toks[j].text != "(":
        return 0
    for k in range(j + 2, min(limit, j + _BRACKET_NAME_WORDS + 2)):
        t = toks[k]
        if t.text == ")":
            return k if k > j + 2 else 0
        if t.quote is not None or not (t.text[0].isupper() or t.text[0].isdigit() or t.text == "/"):
            return 0
    return 0


_BRACKET_NAME_WORDS: Final = 5


def _outer_phrase(text: str, toks: list[Tok], first: Tok, post: _Post, limit: int, det: str) -> tuple[Mention, int]:
    """The end of an outer phrase: an age in commas ("Alice Kakamara, 30, sagte"), a relative clause inside it,
    the genitive and modifiers folded into the mention, a possessive frame's owner ("seine Meinung"), an
    apposition ("Der Präsident des Städtetags, Markus Venhoff,"), a coordination."""
    mention, j, end, gen, age, mods = post.mention, post.j, post.end, post.gen, post.age, post.mods
    if _age_in_commas(toks, mention, j, limit):
        age = int(toks[j + 1].text)
        mention = mention._replace(inner=None, lead=0, age=age)
        j += 3
        if j == limit:
            return mention, j
        j -= 1  # the last comma may open an apposition or close the phrase
    j, end = _past_relative_clause(toks, mention, j, end, limit)
    if gen is not None or age is not None or len(mods) != len(mention.modifiers):  # (else it is the phrase)
        mention = _with_genitive(text, mention, gen, first.start, toks[j - 1].end if gen is None else end, age, mods)
    if mention.kind == "org" and det in _POSSESSIVES and lexicon.source_of(mention.head):
        mention = mention._replace(kind="source")  # "ihre Botschaft": a message, no embassy
    if mention.kind in ("frame", "source") and mention.inner is None and det in _POSSESSIVES:
        mention = _owned_by_possessive(first, mention, det)
    j = _before_apposition(text, toks, mention, j, limit)
    appositioned = _apposition(text, toks, mention, j, limit) or _frame_apposition(text, toks, mention, j, limit)
    if appositioned is not None:
        a, aj = appositioned
        if aj + 1 < limit and toks[aj].low in ("und", "sowie") and toks[aj - 1].text == ",":
            return _coordinated(text, toks, a, aj, limit)  # "Karl Roth, Chef der Firma, und seine Stellvertreterin …"
        return appositioned
    if j + 1 < limit and toks[j].low in ("und", "sowie"):
        return _coordinated(text, toks, mention, j, limit)
    return mention, j


def _age_in_commas(toks: list[Tok], mention: Mention, j: int, limit: int) -> bool:
    """An age in commas follows the name ``mention`` at ``j``: "Alice Kakamara, 30, sagte"."""
    return (
        j + 2 < limit
        and toks[j].text == ","
        and toks[j + 1].text.isdigit()
        and toks[j + 2].text == ","
        and mention.kind == "name"
        and len(toks[j + 1].text) <= 3
    )


def _past_relative_clause(toks: list[Tok], mention: Mention, j: int, end: int, limit: int) -> tuple[int, int]:
    """ "Todor Kolarow, dessen Behörde … zuständig ist, sagte": after a relative clause that opens at ``j`` inside
    the phrase, the index after its closing comma and the end of its last word; else ``j`` and ``end``."""
    if (
        j + 1 < limit
        and toks[j].text == ","
        and toks[j + 1].low in _RELATIVE_OPENERS
        and mention.kind in ("name", "role", "org")
    ):
        k = _relative_clause_comma(toks, j, limit)
        if k > j and not _apposition_in_commas(toks, j, k):
            return k + 1, toks[k - 1].end
    return j, end


def _apposition_in_commas(toks: list[Tok], j: int, k: int) -> bool:
    """ "Ihr Nachbar, der Rentner Horst Ebner, sagte": between the commas ``j`` and ``k`` an article, then nouns
    and adjectives only: an apposition, no relative clause (which has a verb: ", der in Kiel lebt,")."""
    return (
        k - j >= 3
        and toks[j + 1].low in ("der", "die", "das")
        and is_nounlike(toks[k - 1])
        and all(t.quote is None and (is_nounlike(t) or is_adjective(t)) for t in toks[j + 2 : k])
    )


def pronoun_mention(t: Tok, head: str, gender: str) -> Mention:
    """The token ``t`` as a pronoun that names a speaker ("er", "dieser", "ihm", the owner in "seine Meinung"),
    resolved like the pronoun ``head``."""
    return Mention(start=t.start, end=t.end, text=t.text, kind="pronoun", head=head, gender=gender)


def _owned_by_possessive(first: Tok, mention: Mention, det: str) -> Mention:
    """ "seine Meinung", "ihren Angaben": the owner of a frame or source phrase whose determiner ``det`` (the token
    ``first``) is a possessive is the source, a pronoun inside it (of "sein Fazit", "ihre Erklärung" too)."""
    pron = _POSSESSIVES[det]
    inner = pronoun_mention(first, pron, "m" if pron == "er" else "f")
    return Mention(
        start=mention.start,
        end=mention.end,
        text=mention.text,
        kind=mention.kind,
        head=mention.head,
        det=det,
        modifiers=mention.modifiers,
        inner=inner,
    )


def _relative_clause_comma(toks: list[Tok], j: int, limit: int) -> int:
    """ "Todor Kolarow, dessen Behörde … zuständig ist, sagte": the comma that closes a relative clause opened
    at the comma ``j`` when it is the last token before ``limit`` (the clause is inside the phrase), else ``j``."""
    k = j + 2
    while k < limit and k - j < 20 and toks[k].text not in (",", ";", ":", ".") and toks[k].quote is None:
        k += 1
    return k if k < limit and toks[k].text == "," and k + 1 == limit else j


def _before_apposition(text: str, toks: list[Tok], mention: Mention, j: int, limit: int) -> int:
    """A place between a role and its apposition: "die Delegationsleiterin beim Gipfel, Dana Hollis,"
    (also "… der Bundesagentur (BA), Peter Roth,"): the index of the apposition's comma, else ``j``."""
    if j + 1 < limit and toks[j].low in _PP_BEFORE_APPOSITION and mention.kind in ("role", "org", "other"):
        pj = _after_bracket(toks, skip_pp(toks, j + 1, limit), limit)
        if pj > j + 1 and pj + 1 < limit and toks[pj].text == "," and is_nounlike(toks[pj + 1]):
            app, aj = parse_np(text, toks, pj + 1, limit, nested=True)
            if app is not None and app.kind == "name" and aj < limit and toks[aj].text == ",":
                return pj
    return j


def _apposition(text: str, toks: list[Tok], mention: Mention, j: int, limit: int) -> tuple[Mention, int] | None:
    """The phrase merged with an apposition after the comma at ``j``: a role and its name ("Der Präsident des
    Städtetags, Markus Venhoff,") or a name and its role ("Anna Roth, Sprecherin der Stadt,"); None if none."""
    if not (j + 1 < limit and toks[j].text == ","):
        return None
    app, aj = parse_np(text, toks, j + 1, limit)
    # (closed by a comma, a colon, a bracket, the limit, or the sentence's last mark: "…“, so der Chef des
    # Vereins, Jan Holm.")
    if (
        app is None
        or aj > limit
        or not (aj == limit or toks[aj].text in _APPOSITION_ENDS or _last_mark(toks, aj, limit))
    ):
        return None
    after = aj + (1 if aj < limit and toks[aj].text == "," else 0)
    if aj == j + 2 and _enumeration_goes_on(toks, aj, limit):
        return None  # "sagte der Minister, Kinder, Frauen und Alte seien …": a list, no name in apposition
    if app.kind == "name" and mention.kind in ("role", "org", "other") and not mention.name:
        return _role_named(text, mention, app), after
    if app.kind == "role" and mention.kind == "name":
        return _name_with_role(mention, app), after
    return None


_APPOSITION_ENDS: Final = frozenset({",", ":", ")"})


def _enumeration_goes_on(toks: list[Tok], k: int, limit: int) -> bool:
    """A one-word phrase ending at the comma ``k`` is the first of a list: a capitalised word and "und", "oder",
    "sowie" or another comma follow ("Kinder, Frauen und Alte")."""
    return (
        k + 2 < limit
        and toks[k].text == ","
        and toks[k + 1].text[0].isupper()
        and toks[k + 2].low in ("und", "oder", "sowie", ",")
    )


def _last_mark(toks: list[Tok], k: int, limit: int) -> bool:
    """Token ``k`` is the sentence's closing mark, the last before ``limit``."""
    return k == limit - 1 and toks[k].text in (".", "!", "?")


def _role_words(m: Mention) -> str:
    """A role phrase's words without its determiner ("der Präsident des Städtetags" -> "Präsident des …")."""
    return m.text if not m.det else m.text.split(" ", 1)[-1]


def _role_named(text: str, role: Mention, name: Mention) -> Mention:
    """A role phrase and the name in apposition after it, as one name ("Der Präsident des Städtetags, Markus
    Venhoff")."""
    return Mention(
        start=role.start,
        end=name.end,
        text=text[role.start : name.end],
        kind="name",
        head=name.head,
        name=name.name,
        det=role.det,
        gender=_gender_merge(role.gender, name.gender),
        modifiers=role.modifiers + name.modifiers,
        age=name.age or role.age,
        role=_role_words(role),
    )


def _name_with_role(name: Mention, role: Mention) -> Mention:
    """A name with the role in apposition after it ("Anna Roth, Sprecherin der Stadt"): the name, holding the
    role."""
    return Mention(
        start=name.start,
        end=name.end,
        text=name.text,
        kind="name",
        head=name.head,
        name=name.name,
        det=name.det,
        gender=_gender_merge(name.gender, role.gender),
        modifiers=name.modifiers + role.modifiers,
        age=name.age or role.age,
        role=_role_words(role),
    )


def _frame_apposition(text: str, toks: list[Tok], mention: Mention, j: int, limit: int) -> tuple[Mention, int] | None:
    """A frame whose source is a role named in an apposition: "Nach Angaben des Sprechers der Feuerwehr, Uwe
    Kranz, …" -> the frame with the person as its source (None unless the source is a role without a name)."""
    inner = mention.inner
    if mention.kind not in ("frame", "source") or inner is None or inner.kind != "role" or inner.name:
        return None
    if not (j + 1 < limit and toks[j].text == "," and toks[j + 1].text[:1].isupper()):
        return None  # (spare the parse: a name starts with a capital)
    merged = _apposition(text, toks, inner, j, limit)
    if merged is None:
        return None
    person, after = merged
    return mention._replace(end=person.end, text=text[mention.start : person.end], inner=person), after


def _special_phrase(
    text: str, toks: list[Tok], t: Tok, i: int, low: str, limit: int, nested: bool
) -> tuple[Mention | None, int]:
    """The phrases of ``parse_np`` that a pronoun, a quantifier or a number opens; (None, -1) for none."""
    if low in PRONOUNS_NOM and _stands_alone(toks, i, limit):
        gender = {"er": "m", "sie": "f", "es": "n"}.get(low, "?")
        return pronoun_mention(t, low, gender), i + 1
    if low in ("dieser", "diese", "jener") and _stands_alone(toks, i, limit):
        # "sagte dieser": the person just named
        head, gender = ("dieser", "m") if low != "diese" else ("diese", "f")
        return pronoun_mention(t, head, gender), i + 1
    if (
        low in ("einige", "viele", "manche", "andere", "beide")
        and t.text[0].isupper()
        and _stands_alone(toks, i, limit)
        and (i + 1 >= limit or toks[i + 1].low not in ("der", "des"))
    ):
        return Mention(start=t.start, end=t.end, text=t.text, kind="group", head=low, gender="pl"), i + 1  # "Einige …"
    if low in _PARTITIVES and i + 2 < limit and toks[i + 1].low in ("der", "des", "seiner", "ihrer"):
        return _partitive_phrase(text, toks, t, i, low, limit)
    return _percent_phrase(text, toks, t, i, low, limit, nested)


def _demonstrative_subject(toks: list[Tok], i: int) -> bool:
    """ "Der versprach, …", "Die sagte, …": "Der"/"Die" capitalised, right before a speech verb or auxiliary in the
    singular (no noun between), is a demonstrative pronoun, the subject, not an article."""
    if not toks[i].text[0].isupper() or i + 1 >= len(toks) or (i > 0 and toks[i - 1].text not in _SENTENCE_ENDS):
        return False  # (the verb may stand at ``limit``: the subject is parsed up to it)
    verb = toks[i + 1].low
    if verb.endswith("en") or not toks[i + 1].text[0].islower():
        return False  # (not "Die sagten", plural; not "Die Ministerin")
    if verb.endswith("e") and i + 2 < len(toks) and is_nounlike(toks[i + 2]):
        return False  # "Der erklärte Gegner …", "Die bekannte Sängerin …": a past form that is an adjective here
    return verb in lexicon.VERBS or verb in lexicon.PARTICLE_VERBS or verb in AUXILIARIES


_SENTENCE_ENDS: Final = frozenset({".", "!", "?", ":"})


def _stands_alone(toks: list[Tok], i: int, limit: int) -> bool:
    """The word at ``i`` is a pronoun, not a determiner: no noun follows it, nor an adjective before its noun
    ("sagte dieser"; "Beide lehnten ab": a verb in -en, which may look like an adjective, has no noun after it)."""
    if i + 1 >= limit or is_nounlike(toks[i + 1]):
        return i + 1 >= limit
    if not is_adjective(toks[i + 1]):
        return True
    nxt = toks[i + 2] if i + 2 < limit else None
    return nxt is None or not (is_nounlike(nxt) or is_adjective(nxt) or nxt.text[:1].isdigit())


def _partitive_phrase(text: str, toks: list[Tok], t: Tok, i: int, low: str, limit: int) -> tuple[Mention | None, int]:
    """ "einer der Ärzte", "einige der Demonstranten": part of a group speaks, the phrase after the partitive
    ``t`` (at ``i``) gives its head; (None, i) when there is none."""
    inner, j = parse_np(text, toks, i + 1, limit)
    if inner is None:
        return None, i
    return Mention(
        start=t.start,
        end=inner.end,
        text=text[t.start : inner.end],
        kind="group" if low != "einer" else inner.kind,
        head=inner.head,
        name=inner.name,
        det=low,
        gender="?",
        modifiers=inner.modifiers,
    ), j


def _percent_phrase(
    text: str, toks: list[Tok], t: Tok, i: int, low: str, limit: int, nested: bool
) -> tuple[Mention | None, int]:
    """Survey shares speak: "80 Prozent (der Befragten) befürworteten, dass …", "Rund 40 Prozent"; (None, -1)
    when no share opens at ``i``."""
    n0 = i + 1 if low in _APPROXIMATELY and i + 1 < limit else i  # "Rund 40 Prozent", "Knapp die Hälfte"
    if not (
        (toks[n0].text[0].isdigit() or toks[n0].low in _NUMBER_WORDS)
        and n0 + 1 < limit
        and toks[n0 + 1].text == "Prozent"
    ):
        return None, -1
    j = n0 + 2
    if j < limit and toks[j].low in _GENITIVE_OPENERS and not nested:
        g, gj = parse_np(text, toks, j, limit, nested=True)
        if g is not None and gj > j:
            j = gj
    end = toks[j - 1].end
    return Mention(start=t.start, end=end, text=text[t.start : end], kind="group", head="prozent", gender="pl"), j


# the words that may open a phrase of ``_special_phrase`` (or a number: a digit first)
_SPECIAL_FIRST: Final = (
    PRONOUNS_NOM
    | {"dieser", "diese", "jener", "einige", "viele", "manche", "andere", "beide"}
    | _PARTITIVES
    | _APPROXIMATELY
    | _NUMBER_WORDS
)


def _after_bracket(toks: list[Tok], j: int, limit: int) -> int:
    """Index after a short bracket at ``j`` ("(BA)", "(CDU)"), or ``j`` when none opens there."""
    if j < limit and toks[j].text == "(":
        for k in range(j + 1, min(limit, j + 5)):
            if toks[k].text == ")":
                return k + 1
    return j


def _coordinated(text: str, toks: list[Tok], mention: Mention, j: int, limit: int) -> tuple[Mention, int]:
    """ "Russland und Nordkorea", "„Ärzte ohne Grenzen“ sowie das Rote Kreuz": two phrases that speak together."""
    if j + 1 < limit and toks[j].low in ("und", "sowie") and mention.kind in ("name", "org", "other", "role"):
        k = j + 2 if toks[j + 1].low in ("auch", "ebenso") else j + 1  # "die Union sowie auch die FDP"
        other, oj = parse_np(text, toks, k, limit)
        if other is not None and _object_name_after_conjunct(toks, mention, other, k, oj):
            other, oj = parse_np(text, toks, k, k + 1)  # "die USA und Südkorea Pjöngjang": the object ends it
        if (
            other is not None
            and mention.kind == "role"
            and other.kind == "name"
            and other.role
            and not other.det
            and k == j + 1
        ):
            # "der Vizekanzler und Arbeitsminister Franz Roth": two roles of one person, named after the second
            role = mention.phrase + " und " + other.role
            return Mention(
                start=mention.start,
                end=other.end,
                text=text[mention.start : other.end],
                kind="name",
                head=other.head,
                name=other.name,
                det=mention.det,
                gender=_gender_merge(other.gender, mention.gender),
                modifiers=mention.modifiers + other.modifiers,
                age=other.age or mention.age,
                role=role,
            ), oj
        if other is not None and other.kind in ("name", "org", "other", "role") and other.det not in DETERMINERS_OBL:
            return group_of(text, mention, other), oj
    return mention, j


def group_of(text: str, first: Mention, second: Mention) -> Mention:
    """ "Russland und Nordkorea": two phrases that speak together, as one group from the first to the second."""
    return Mention(
        start=first.start,
        end=second.end,
        text=text[first.start : second.end],
        kind="group",
        head=first.head,
        det=first.det,
        gender="pl",
    )


def _object_name_after_conjunct(toks: list[Tok], mention: Mention, other: Mention, k: int, oj: int) -> bool:
    """ "warfen die USA und Südkorea Pjöngjang vor": after a one-word name (a country, a party) the second
    conjunct is one word too, and a second capitalised word after it that no first name opens is the verb's
    object, not a surname ("Greenpeace und Robin Wood" stays one name)."""
    return (
        mention.kind in ("name", "org", "other")
        and " " not in mention.phrase
        and other.kind == "name"
        and not other.det
        and not other.role
        and oj == k + 2
        and toks[k].text[:1].isupper()
        and toks[k + 1].text[:1].isupper()
        and toks[k].text.split("-")[0] not in lexicon.FIRST_NAMES
    )


_ATTRIBUTE_WINDOW: Final = 8


def _extended_attribute(toks: list[Tok], j: int, limit: int) -> int:
    """Index of the adjective that closes an extended attribute starting at ``j`` (or ``j`` when there is
    none): words of a phrase, then an adjective right before a capitalised noun."""
    found = j
    region = -1
    for k in range(j + 1, min(limit - 1, j + _ATTRIBUTE_WINDOW + 2)):
        t = toks[k]
        if k <= region:
            continue
        if t.text == "," and _region_in_commas(toks, k, limit):
            region = k + 2  # "der in Springfield, Illinois, ansässigen Firma": the place's region
            continue
        if k >= j + _ATTRIBUTE_WINDOW + (2 if region > 0 else 0):
            break
        if t.quote is not None or t.text in (",", ";", ":", ".", "(", ")", "–"):
            break
        if is_adjective(t) and is_nounlike(toks[k + 1]):
            if t.low.endswith(_PARTICIPLE_ENDINGS):
                found = k  # the participle that closes the attribute ("… gehörende Hoover Institution")
            elif found == j and t.low.endswith(("ige", "igen", "liche", "lichen", "ische", "ischen")):
                found = k
        elif t.text[0].islower() and not (
            t.low in DETERMINERS
            or t.low in PREPOSITIONS
            or t.low in SENTENCE_ADVERBS
            or is_adjective(t)
            or t.low in ("sich", "als", "nicht")
            or t.low.endswith(_UNINFLECTED_ADJECTIVE)
        ):
            break  # a verb: the attribute (if any) ended before it
    return found


_UNINFLECTED_ADJECTIVE: Final = ("sam", "lich", "bar", "ig", "isch", "haft", "los", "voll")


def _region_in_commas(toks: list[Tok], k: int, limit: int) -> bool:
    """The comma at ``k`` opens a region after a place, closed by a comma before a lower-case word ("in
    Springfield, Illinois, ansässigen"; not a list of places or an apposition)."""
    return (
        k + 3 < limit
        and toks[k - 1].text[0].isupper()
        and toks[k + 1].text[0].isupper()
        and toks[k + 1].quote is None
        and toks[k + 2].text == ","
        and toks[k + 3].text[0].islower()
        and is_adjective(toks[k + 3])
    )


_NOBLE: Final = frozenset({"von", "van", "de", "zu"})


def _particle_end(toks: list[Tok], j: int, limit: int) -> int | None:
    """Index of the name word after the particle(s) at ``j`` ("Ursula von der Leyen", "Mohammed bin Salman"),
    or None when they are no part of a name: "von", "van", "de", "zu" only follow a given name
    ("Karl-Theodor zu Guttenberg", not "Merkel von der SPD")."""
    nxt = j + 1
    if nxt < limit and toks[nxt].low in _PARTICLE_ARTICLES.get(toks[j].low, ()):
        nxt += 1
    if toks[j].low in ("der", "den") or nxt >= limit or not is_nounlike(toks[nxt]):
        return None
    prev = toks[j - 1]
    after_given = (
        prev.text.split("-")[0] in lexicon.FIRST_NAMES
        or prev.low in NAME_PARTICLES
        or (toks[j].low == "van" and lexicon.head_of(prev.text) is None)  # "Piet van Dijk": no noun has "van"
    )
    if toks[j].low in _NOBLE:  # not "Sven Ebert von der IG Bau", "Anna Roth von der Universität"
        word = toks[nxt].text
        return nxt if after_given and not word.isupper() and lexicon.head_of(word) is None else None
    if after_given or (lexicon.head_of(prev.text) is None and lexicon.head_of(toks[nxt].text) is None):
        return nxt
    return None


# the articles a name particle takes before the surname: "von der Leyen", "van den Berg", "de la Fuente"
_PARTICLE_ARTICLES: Final = {
    "von": frozenset({"der", "den"}),
    "van": frozenset({"der", "den", "de"}),
    "de": frozenset({"der", "den", "la", "las", "los", "le"}),
}


def _initial(toks: list[Tok], i: int, limit: int) -> bool:
    """A one-letter initial before a dot and another name word: the "W" of "George W. Bush"."""
    t = toks[i]
    letters = t.text.replace(".", "")
    short = (len(t.text) == 1 and t.text.isupper()) or (len(t.text) <= 5 and "." in t.text and letters.isupper())
    if t.text in _ABBREVIATED_SUFFIXES:
        return True  # "Whatsapp Inc.": the company form ends the name
    if len(t.text) == 1 and t.text.isupper() and i >= 1 and toks[i - 1].text.split("-")[0] in lexicon.FIRST_NAMES:
        return True  # "Thomas K.": a surname's initial, as court and police reports name people
    return short and i + 2 < limit and is_nounlike(toks[i + 2])  # "George W. Bush", "C.Y. Leung"


def _ends_in_initial(name: str) -> bool:
    """A name whose last word is a surname's initial without its dot ("Jürgen B")."""
    words = name.split()
    last = words[-1]
    return len(words) >= 2 and len(last) == 1 and last.isupper() and words[-2].split("-")[0] in lexicon.FIRST_NAMES


_ABBREVIATED_SUFFIXES: Final = frozenset({"Inc", "Ltd", "Corp", "Co", "Jr", "Sr"})
# the ordinal of a pope's or monarch's name: I to XXXIX (a roman number written before a dot)
_REGNAL: Final = regex.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})")


def _regnal_dot(toks: list[Tok], j: int) -> bool:
    """The dot at ``j`` closes the ordinal of a name ("Benedikt XVI."): glued to a roman number after a name."""
    return (
        j >= 2
        and toks[j - 1].end == toks[j].start
        and is_nounlike(toks[j - 2])
        and _REGNAL.fullmatch(toks[j - 1].text) is not None
    )


def _compound_tail(toks: list[Tok], j: int, limit: int) -> bool:
    """A hyphenated word glued to the closing mark before it: the tail of „Bild“-Zeitung."""
    return (
        j + 1 < limit
        and toks[j].text == "-"
        and toks[j].start == toks[j - 1].end
        and toks[j + 1].start == toks[j].end
        and toks[j + 1].text[0].isalnum()
    )


def _names_after_role(toks: list[Tok], j: int, limit: int, word: str) -> list[Tok]:
    """The capitalised words after a role noun glued to a quoted name ("„Bild“-Chef Kai Roth"), if any."""
    if not lexicon.role_of(word):
        return []
    k = j
    while (
        k < limit
        and k - j < _MAX_CAPS
        and toks[k].quote is None
        and is_nounlike(toks[k])
        and toks[k].text not in _NOT_NAMES
        and lexicon.head_of(toks[k].text) is None
    ):
        k += 1
    return toks[j:k]


def _title_tok(text: str, t: Tok) -> Tok:
    """A quoted title stands in a phrase like a capitalised name: its words, without the marks."""
    q = t.quote
    assert q is not None
    inner = text[q.inner_start : q.inner_end].strip()
    return Tok(q.inner_start, q.inner_end, inner, inner.lower())


def _extended(text: str, m: Mention, end: int) -> Mention:
    """The same phrase, running on to ``end`` (its name taking the added words too)."""
    added = text[m.end : end]
    return Mention(
        start=m.start,
        end=end,
        text=text[m.start : end],
        kind=m.kind,
        head=m.head,
        name=(m.name + added) if m.name else "",
        det=m.det,
        gender=m.gender,
        modifiers=m.modifiers,
        age=m.age,
        role=m.role,
        inner=m.inner,
    )


def _gender_merge(a: str, b: str) -> str:
    return a if a in ("m", "f") else b


def _classify(text: str, start: int, end: int, det: str, caps: list[Tok], mods: list[str], age: int | None) -> Mention:
    """Name, role, organisation, document or other, from the capitalised words of a phrase."""
    if len(caps) == 1:
        return _classify_word(text, start, end, det, caps[0].text, mods, age)
    company = _company_after_trade(text, start, end, det, caps, mods)
    if company is not None:
        return company
    gender, roles, idx = _leading_titles(caps, mods)
    rest = caps[idx:]
    if len(rest) >= 2 and not roles:
        frame = _genitive_name_after_frame(text, start, end, det, rest, mods)
        if frame is not None:
            return frame
    rest = _from_first_name(rest)
    if not rest:
        rest = caps[-1:]
        roles = roles[:-1]
    if roles and rest[-1].text[-1] == "s":
        owned = _owner_after_role(text, start, end, det, roles, rest, mods)
        if owned is not None:
            return owned
    if len(rest) == 1:
        return _classify_last(text, start, end, det, rest[0].text, roles, gender, mods, age)
    return _classify_several(text, start, end, det, rest, roles, gender, mods, age)


def _company_after_trade(text: str, start: int, end: int, det: str, caps: list[Tok], mods: list[str]) -> Mention | None:
    """ "der Chemiekonzern BASF", "die Fluggesellschaft Lufthansa": a trade noun, then a company's name, which is
    what the company is called by (not "der Gebrauchtwagenhändler Peter Klein": a given name makes a person)."""
    if lexicon.trade_of(caps[0].text) is None or caps[1].text in lexicon.FIRST_NAMES:
        return None
    if not all(company_name_word(t.text) for t in caps[1:]):
        return None
    name = text[caps[1].start : caps[-1].end]
    g = _det_gender(det, caps[0].text)
    lead = caps[1].start - start
    # (Mention fields in order: start end text kind head name det gender modifiers age role inner lead)
    fields = (
        start,
        end,
        text[start:end],
        "org",
        caps[-1].text.lower(),
        name,
        det,
        g,
        tuple(mods),
        None,
        "",
        None,
        lead,
    )
    return _new(Mention, fields)


def company_name_word(word: str) -> bool:
    """A capitalised word that can be part of a company's name after its trade noun: no noun of the lexicon
    (role, organisation, source, frame), no article, no long abstract noun ("Millionen", "Zustimmung")."""
    return (
        lexicon.head_of(word) is None
        and not lexicon.bare_object(word)
        and word.lower() not in DETERMINERS
        and not _abstract_noun(word.lower())
    )


def _leading_titles(caps: list[Tok], mods: list[str]) -> tuple[str, list[str], int]:
    """The titles and role nouns a phrase starts with ("Prof. Dr.", "Bundeskanzlerin", "Herr"): the gender they
    give ("?" if none), the words, and the index of the first word after them. A genitive or adjective before a
    role noun ("Russlands Verteidigungsminister", "Regierender Bürgermeister") is passed over, its stem added to
    ``mods``."""
    gender = "?"
    roles: list[str] = []
    idx = 0
    while idx < len(caps):
        w = caps[idx].text.rstrip(".")
        if w in lexicon.TITLES:
            g = lexicon.TITLES[w]
            gender = g if g in ("m", "f") else gender
            roles.append(w)
        elif _kind_of_word(w)[0] == "role" and idx + 1 < len(caps) and caps[idx + 1].low != "ohne":
            # (not "Reporter ohne Grenzen", "Ärzte ohne Grenzen": the role noun opens an organisation's name)
            gender = "f" if _fem(w) else ("m" if gender == "?" else gender)
            roles.append(w)
        elif _modifies_role_ahead(caps, idx, w):
            mods.append(_stem(w))
        else:
            break
        idx += 1
    return gender, roles, idx


def _modifies_role_ahead(caps: list[Tok], idx: int, w: str) -> bool:
    """Word ``w`` (at ``idx``) is a genitive or adjective before a role noun among the next two words:
    "Russlands Verteidigungsminister", "Regierender Bürgermeister" (a first name never is)."""
    if idx + 1 >= len(caps):
        return False
    ahead = [_kind_of_word(c.text)[0] for c in caps[idx + 1 : idx + 3]]
    return "role" in ahead and w not in lexicon.FIRST_NAMES and w.endswith(("s", "er", "e", "en"))


def _from_first_name(rest: list[Tok]) -> list[Tok]:
    """The words from an inner first name on, if one stands after the first word and before the last:
    "Kiels Erster Bürgermeister Jens Olsen" -> "Jens Olsen"; else all of them."""
    for k in range(1, len(rest) - 1):
        if rest[k].text.split("-")[0] in lexicon.FIRST_NAMES:
            return rest[k:]
    return rest


def _classify_last(
    text: str,
    start: int,
    end: int,
    det: str,
    last: str,
    roles: list[str],
    gender: str,
    mods: list[str],
    age: int | None,
) -> Mention:
    """``_classify`` when one capitalised word is left after the titles and roles (``gender`` is theirs): an
    age ("der 33-Jährige"), a name ("sagte Merkel", "Kanzlerin Merkel"), or a noun ("der Minister")."""
    m = _AGE.match(last) if last[0].isdigit() else None
    if m:
        return _age_phrase(text, start, end, det, last, mods, int(m.group(1)))
    kind, head = _kind_of_word(last)
    if kind == "other" and (roles or not det):
        # a bare capitalised word without article, or after a title/role, is a name: "sagte Merkel"
        g = lexicon.FIRST_NAMES.get(last, gender)
        return _name_phrase(text, start, end, det, last, last, g, mods, age, roles)
    return _noun_phrase(text, start, end, det, last, kind, head, mods, age)


def _classify_several(
    text: str,
    start: int,
    end: int,
    det: str,
    rest: list[Tok],
    roles: list[str],
    gender: str,
    mods: list[str],
    age: int | None,
) -> Mention:
    """``_classify`` when several capitalised words are left after the titles and roles (``gender`` is theirs):
    a person's name, or an organisation's ("Deutsche Bank", "Ärzte ohne Grenzen")."""
    last = rest[-1].text
    kind, head = _kind_of_word(last)
    first = rest[0].text
    # (after an age, "der 33-jährige Loris Fabbiani", unknown capitalised words are a person's name too)
    aged = age is not None and _all_other(rest)
    name = " ".join(t.text for t in rest)
    if first in lexicon.FIRST_NAMES or (kind == "other" and (roles or not det or aged)):
        g = lexicon.FIRST_NAMES.get(first.split("-")[0], gender)
        if g == "?":
            g = gender
        return _name_phrase(text, start, end, det, name, last, g, mods, age, roles)
    mtext = text[start:end]
    if kind in ("org", "source", "role", "frame"):
        g = _det_gender(det, last)
        return _new(Mention, (start, end, mtext, kind, head, name, det, g, tuple(mods), None, "", None, 0))
    if det and not roles and _named_after_class(rest):
        # "der Nachrichtenagentur Interfax", "die Gewerkschaft „Verdi“": an organisation's class noun, its name
        kind, head = _kind_of_word(first)
        g = _det_gender(det, first)
        return _new(Mention, (start, end, mtext, kind, head, name, det, g, tuple(mods), None, "", None, 0))
    return _new(Mention, (start, end, mtext, "other", last.lower(), name, det, "?", tuple(mods), None, "", None, 0))


def _named_after_class(rest: list[Tok]) -> bool:
    """An organisation's class noun, then words that can only be its name ("Nachrichtenagentur Interfax",
    "Gewerkschaft „Verdi“", "Organisation Human Rights Watch"; not a given name: "Verband Peter Roth"). A word
    in -e may be an adjective that opens the name ("die Grüne Jugend"): then only a quoted name or initials."""
    first, second = rest[0].text, rest[1]
    if first.endswith("e") and second.quote is None and not second.text.isupper():
        return False
    return (
        _kind_of_word(first)[0] == "org"
        and second.text not in lexicon.FIRST_NAMES
        and all(company_name_word(t.text) for t in rest[1:])
    )


def _age_phrase(text: str, start: int, end: int, det: str, word: str, mods: list[str], years: int) -> Mention:
    """A phrase headed by an age word ("der 33-Jährige", "die 80-jährige"): a role phrase, "jährige"."""
    g = _det_gender(det, word)
    # (Mention fields in order: start end text kind head name det gender modifiers age role inner lead)
    return _new(Mention, (start, end, text[start:end], "role", "jährige", "", det, g, tuple(mods), years, "", None, 0))


def _name_phrase(
    text: str,
    start: int,
    end: int,
    det: str,
    name: str,
    head: str,
    gender: str,
    mods: list[str],
    age: int | None,
    roles: list[str],
) -> Mention:
    """A person's name, with the titles and role nouns before it as its role: "Kanzlerin Angela Merkel"."""
    role = " ".join(roles)
    if end < len(text) and text[end] == "." and _ends_in_initial(name):
        name, head, end = name + ".", head + ".", end + 1  # "Nachbar Jürgen B.": the initial's dot ends a sentence too
    return _new(
        Mention, (start, end, text[start:end], "name", head, name, det, gender, tuple(mods), age, role, None, 0)
    )


def _noun_phrase(
    text: str, start: int, end: int, det: str, word: str, kind: MentionKind, head: str, mods: list[str], age: int | None
) -> Mention:
    """A phrase headed by the noun ``word`` (``kind`` and ``head`` its lexicon entry): a role ("der Minister",
    its gender from the noun or the determiner), another noun after a determiner ("die Lage"), or a bare one."""
    mtext = text[start:end]
    if kind == "role":
        g = "f" if _fem(word) else _det_gender(det, word)
        return _new(Mention, (start, end, mtext, "role", head, "", det, g, tuple(mods), age, "", None, 0))
    if kind == "other" and det in DETERMINERS:
        g = _det_gender(det, word)
        return _new(Mention, (start, end, mtext, "other", head, "", det, g, tuple(mods), None, "", None, 0))
    return _new(Mention, (start, end, mtext, kind, head, "", det, "?", tuple(mods), None, "", None, 0))


def _owner_after_role(
    text: str, start: int, end: int, det: str, roles: list[str], rest: list[Tok], mods: list[str]
) -> Mention | None:
    """ "die Anwältin Samanis", "der Sprecher Roths", "der Sprecher Angela Merkels": a role noun before a name
    in the genitive (the text names the person without the -s too) is the owner's role, held by someone
    unnamed: a role phrase, not that name."""
    if (len(rest) == 1 and rest[0].text.split("-")[0] in lexicon.FIRST_NAMES) or not _all_other(rest):
        return None
    owner = text[rest[0].start : rest[-1].end]
    if not genitive_of_named(text, owner):
        return None
    role = roles[-1]
    kind, head = _kind_of_word(role)
    if kind != "role":
        return None
    gender = "f" if _fem(role) else _det_gender(det, role)
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        kind="role",
        head=head,
        det=det,
        gender=gender,
        modifiers=(*mods, _stem(owner)),
    )


def _all_other(words: list[Tok]) -> bool:
    """No word is a role, organisation, document or frame noun of the lexicon."""
    return all(_kind_of_word(w.text)[0] == "other" for w in words)


def _classify_word(text: str, start: int, end: int, det: str, last: str, mods: list[str], age: int | None) -> Mention:
    """``_classify`` for one capitalised word (most phrases), the same answer by a shorter way: a title alone
    is the word of the phrase and gives only its gender ("Herr"), a role noun alone is the head."""
    m = _AGE.match(last) if last[0].isdigit() else None
    if m:
        return _age_phrase(text, start, end, det, last, mods, int(m.group(1)))
    kind, head = _kind_of_word(last)
    if kind == "other" and not det:
        # a bare capitalised word without article is a name: "sagte Merkel"
        title = lexicon.TITLES.get(last.rstrip("."))
        g = lexicon.FIRST_NAMES.get(last, title if title in ("m", "f") else "?")
        return _name_phrase(text, start, end, det, last, last, g, mods, age, [])
    return _noun_phrase(text, start, end, det, last, kind, head, mods, age)


_new: Final = tuple.__new__  # builds a Mention without the Python-level __new__ of NamedTuple


def _genitive_name_after_frame(
    text: str, start: int, end: int, det: str, caps: list[Tok], mods: list[str]
) -> Mention | None:
    """ "Angaben Ibrahims", "Auffassung Österreichs", "Meinung Anna Roths": a frame noun, then a name in the
    genitive without article; the name (without its -s) is the source inside the frame."""
    kind, head = _kind_of_word(caps[0].text)
    last = caps[-1].text
    if (
        kind != "frame"
        or not last.endswith("s")
        or len(last) <= 3
        or caps[-1].quote is not None
        or any(_kind_of_word(c.text)[0] != "other" or c.low in FUNCTION_WORDS for c in caps[1:])
    ):
        return None
    g0, g1 = caps[1].start, caps[-1].end
    name = text[g0 : g1 - 1]
    first = caps[1].text.split("-")[0]
    inner = Mention(
        start=g0,
        end=g1,
        text=text[g0:g1],
        kind="name",
        head=name.split()[-1],
        name=name,
        gender=lexicon.FIRST_NAMES.get(first, "?") if len(caps) > 2 else "?",
    )
    return Mention(
        start=start, end=end, text=text[start:end], kind="frame", head=head, det=det, modifiers=tuple(mods), inner=inner
    )


def _det_gender(det: str, noun: str) -> str:
    if det in ("der", "dieser", "ein", "kein", "sein", "jener", "des", "eines", "dieses"):
        return "m"  # (des, eines: a person's genitive is masculine)
    if det in ("die", "diese", "eine", "keine", "seine", "ihre"):
        return "f" if _fem(noun) or not noun.lower().endswith(("en", "er")) else "?"
    return "?"


def _with_genitive(
    text: str, m: Mention, gen: Mention | None, start: int, end: int, age: int | None, mods: list[str]
) -> Mention:
    """The phrase ``m`` with what follows its head: a genitive ``gen`` (the phrase then ends at ``end``), an age
    and modifiers."""
    if gen is None:
        return _with_attributes(text, m, end, age, mods)
    mods2 = (*mods, _stem(gen.name or gen.head), *gen.modifiers)
    if m.kind == "role" and _name_after_genitive(text, gen, end):
        return _role_holder_after_genitive(text, m, gen, end, mods2)
    if m.kind == "frame" or (m.kind == "source" and gen.kind in ("name", "org", "role", "other")):
        return _source_inside(text, m, gen, end, mods2)
    return _genitive_modifier(text, m, end, mods2)


def _with_attributes(text: str, m: Mention, end: int, age: int | None, mods: list[str]) -> Mention:
    """The phrase ``m`` without genitive, with the age and modifiers found around its head ("Anna Roth, 52,"),
    running on to ``end`` if that is later; ``m`` itself when there are none."""
    if age is None and len(mods) == len(m.modifiers):
        return m
    return Mention(
        start=m.start,
        end=m.end if end <= m.end else end,
        text=text[m.start : max(m.end, end)],
        kind=m.kind,
        head=m.head,
        name=m.name,
        det=m.det,
        gender=m.gender,
        modifiers=tuple(mods),
        age=age or m.age,
        role=m.role,
    )


def _name_after_genitive(text: str, gen: Mention, end: int) -> bool:
    """The genitive phrase ``gen`` ends in a name with a known first name, after more words than its determiner:
    "der Selbstverwaltung Istvan Kovacs" (the name is the holder of the role before it)."""
    return (
        gen.kind == "name"
        and gen.name.split()[0].split("-")[0] in lexicon.FIRST_NAMES
        and text[gen.start : end].endswith(gen.name)
        and len(text[gen.start : end]) > len(gen.name) + len(gen.det) + 1
        and not _holds_own_role(gen)
    )


def _holds_own_role(gen: Mention) -> bool:
    """The name of a genitive has a role noun of its own before it ("ein Sprecher von Gesundheitsminister Karl
    Lauterbach", "die Anwältin der Sängerin Anna Roth"): the owner named, not the holder of the role before."""
    if not gen.role:
        return False
    found = lexicon.head_of(gen.role.split()[-1])
    return found is not None and found[0] == "role"


def _role_holder_after_genitive(text: str, m: Mention, gen: Mention, end: int, mods: tuple[str, ...]) -> Mention:
    """ "Der Vorsitzende des Ältestenrats Istvan Farkasdi": the name after the genitive holds the role ``m``;
    the phrase is that name, its role the words before it (without the determiner)."""
    role_end = end - len(gen.name)
    role = text[m.start : role_end].strip()
    role = role.split(" ", 1)[-1] if m.det else role
    return Mention(
        start=m.start,
        end=end,
        text=text[m.start : end],
        kind="name",
        head=gen.head,
        name=gen.name,
        det=m.det,
        gender=_gender_merge(m.gender, gen.gender),
        modifiers=mods,
        age=m.age or gen.age,
        role=role,
    )


def _source_inside(text: str, m: Mention, gen: Mention, end: int, mods: tuple[str, ...]) -> Mention:
    """ "Angaben der Polizei", "Bericht der Zeitung": a frame or source phrase keeps the real source, its
    genitive, inside."""
    return Mention(
        start=m.start,
        end=end,
        text=text[m.start : end],
        kind=m.kind,
        head=m.head,
        det=m.det,
        modifiers=mods,
        inner=gen,
        lead=m.lead,
    )


def _genitive_modifier(text: str, m: Mention, end: int, mods: tuple[str, ...]) -> Mention:
    """ "der Sprecher des Ministeriums": the phrase ``m`` running on to ``end``, its genitive one more of its
    modifiers."""
    return Mention(
        start=m.start,
        end=end,
        text=text[m.start : end],
        kind=m.kind,
        head=m.head,
        name=m.name,
        det=m.det,
        gender=m.gender,
        modifiers=mods,
        age=m.age,
        role=m.role,
        lead=m.lead,
    )


def subject_of_opening(text: str, toks: list[Tok], m: Mention, j: int, hi: int) -> Mention | None:
    """The subject of a main clause that opens with the phrase ``m``, whose verb is at ``j``: ``m`` itself, or when
    ``m`` is the clause's object, the subject after the verb ("Kritik an dem Plan übte X", "Jede Verantwortung weist
    Hartmann von sich", "Den Ärger … brachte X zum Ausdruck")."""
    if fronted_object(m):
        after = subject_after_object(text, toks, j, hi)
        if after is not None or m.kind == "name":
            return after  # (None for "Scharfe Kritik …": a statement noun capitalised first is no name)
    if m.kind == "other" and not (m.det and m.name and " " in m.name):
        # (not "Die Zürcher Privatbank Ostra veröffentlichte Zahlen": a named body with its article is the subject)
        after, _ = subject_after(text, toks, j, hi)
        if after is not None and after.kind in ("name", "role") and not cannot_speak(after):
            return after  # (not "Die Alliierten hatten Widerspruch eingelegt": a capitalised noun is no name)
    return m


def fronted_object(m: Mention) -> bool:
    """A phrase opening a clause that is its object, not who speaks: "Den Ärger der Eltern brachte X zum Ausdruck",
    "Jede Verantwortung weist X von sich", "Scharfe Kritik an dem Plan übte X" (a statement noun capitalised first
    in the sentence is no name). Not "Die Veröffentlichung dürfte …": with a definite article it is the subject."""
    if oblique(m):
        return True
    if m.det not in _OBJECT_DETERMINERS:
        return False
    last = m.text.rsplit(" ", 1)[-1].lower()
    return m.kind == "other" or cannot_speak(m) or last in lexicon.STATEMENT_NOUNS or last in _NON_AGENTS


_OBJECT_DETERMINERS: Final = frozenset({"", "jede", "jeden", "jegliche", "keine", "keinen"})
# a copula or passive after the fronted phrase makes it the predicate: "Teil der Lieferung waren sechs Anlagen"
_COPULAS: Final = both_spellings(
    {
        "ist",
        "sind",
        "war",
        "waren",
        "sei",
        "seien",
        "wäre",
        "wären",
        "bleibt",
        "blieb",
        "wird",
        "wurde",
        "wurden",
        "werden",
    }
)


def subject_after_object(text: str, toks: list[Tok], j: int, hi: int) -> Mention | None:
    """After a fronted object that ends at ``j`` (with a prepositional attribute: "Kritik an dem Plan"), the verb and
    the subject after it, when that is a person, a body or a group; None when the clause names none."""
    if j < hi and toks[j].low in PREPOSITIONS:
        j = _verb_after_pp(toks, j + 1, hi)
    if (
        j >= hi
        or toks[j].quote is not None
        or not toks[j].text[0].islower()
        or toks[j].low in _COPULAS
        or (toks[j].low in FUNCTION_WORDS and toks[j].low not in AUXILIARIES)
    ):
        return None
    after, _ = subject_after(text, toks, j, hi)
    if after is None or after.kind not in ("name", "role", "org", "group") or oblique(after):
        return None
    return after


def subject_after_pp(text: str, toks: list[Tok], lo: int, hi: int) -> Mention | None:
    """After a fronted prepositional phrase at ``lo`` ("Am Rande einer Sitzung des Landtages in Hannover nahm auch der
    Ministerpräsident Stellung", "Vom Bahnhof zogen die Demonstranten"), the verb and then the subject, when that is a
    person, a body or a group; None when no preposition opens the clause."""
    if lo >= hi or toks[lo].low not in PREPOSITIONS:
        return None
    if toks[lo].low in FUER:
        holder = _holder_of_view(text, toks, lo, hi)
        if holder is not None:
            return holder
    v = _verb_after_pp(toks, lo + 1, hi)
    if (
        v >= hi
        or toks[v].quote is not None
        or not toks[v].text[0].islower()
        or toks[v].low in _COPULAS
        or (toks[v].low in FUNCTION_WORDS and toks[v].low not in AUXILIARIES)
    ):
        return None
    m, _ = subject_after(text, toks, v, hi)
    return m if m is not None and m.kind in ("name", "role", "org", "group") and not oblique(m) else None


def holder_of_view(text: str, toks: list[Tok], lo: int, hi: int) -> Mention | None:
    """``_holder_of_view`` for the direct rules: "Für den Minister ist die Lage „alarmierend“"."""
    return _holder_of_view(text, toks, lo, hi)


def _holder_of_view(text: str, toks: list[Tok], lo: int, hi: int) -> Mention | None:
    """ "Für den Fraktionschef, Tim Albers, ist klar: …", "Für die Grünen steht fest: …": whose view the clause
    states, when "für" and a person, body or group open it and "ist klar"/"steht fest" follows."""
    m, j = parse_np(text, toks, lo + 1, hi)
    if m is None or m.kind not in ("name", "role", "org", "group") or j + 1 >= hi:
        return None
    if toks[j].text == ",":
        j += 1  # (the comma that closes an apposition)
    verb = toks[j].low if j < hi else ""
    if verb not in _VIEW_VERBS:
        return None
    rest = {t.low for t in toks[j + 1 : min(hi, j + 5)]}
    if not rest.isdisjoint(_VIEW_WORDS):
        return m
    # "Für den Minister ist die Lage „alarmierend“": the judgement in quotation marks is the holder's wording
    return m if any(t.quote is not None and not t.title for t in toks[j + 1 : hi]) else None


_VIEW_VERBS: Final = frozenset({"ist", "war", "steht", "stand", "bleibt", "scheint"})
_VIEW_WORDS: Final = frozenset({"klar", "fest", "eindeutig", "sicher", "ausgemacht", "offensichtlich", "unstrittig"})


def _verb_after_pp(toks: list[Tok], j: int, hi: int) -> int:
    """The index of the first lower-case word right after a noun of the prepositional phrase from ``j``: the verb
    ("an den Plänen der Stadt übte", where skip_pp would take "übte" for an adjective)."""
    for k in range(j, min(hi, j + _MAX_PP_WORDS)):
        t = toks[k]
        if t.quote is not None or t.text in CLAUSE_PUNCT:
            return k
        if (
            k > j
            and t.text[0].islower()
            and t.low not in DETERMINERS
            and t.low not in PREPOSITIONS
            and is_nounlike(toks[k - 1])
            and not (t.low.endswith("er") and k + 1 < hi and is_nounlike(toks[k + 1]))
        ):
            return k  # (not the adjective of a bare genitive: "Trotz gestiegener Zahlen verletzter Radfahrer")
    return hi


_MAX_PP_WORDS: Final = 12


# Words that can stand between a cue verb and its subject: adverbs, particles, time words.
def subject_after(text: str, toks: list[Tok], v: int, limit: int) -> tuple[Mention | None, int]:
    """The subject after a verb in inverted order (…, sagte der Minister am Montag; teilte die Polizei mit)."""
    j = v + 1
    candidates: list[tuple[Mention, int]] = []
    steps = 0
    while j < limit and steps < 14:
        steps += 1
        t = toks[j]
        if _ends_subject_search(text, t):
            break
        low = t.low
        named = _particle_first(text, toks, j, limit) if low in _NAME_OPENERS else None
        if named is not None:  # "sagte von der Leyen": a surname with its particle, no prepositional phrase
            candidates.append(named)
            if len(candidates) == 2:
                break
            j = named[1]
            continue
        if low in PREPOSITIONS or (low in DETERMINERS_OBL and low not in ("der", "einer")) or low in PRONOUNS_OBL:
            j = _past_adverbial_or_object(text, toks, j, limit)
            continue
        m, j2 = _subject_candidate(text, toks, j, v, limit)
        if m is not None:
            candidates.append((m, j2))
            if len(candidates) == 2:
                break
            j = j2
            continue
        j += 1
    if not candidates:
        return None, v + 1
    first, fj = candidates[0]
    if len(candidates) == 2 and (
        (_dative_addressee(first) and _may_say(candidates[1][0])) or _object_es(first, candidates[1][0])
    ):
        return candidates[1]  # "sagte der Zeitung der Minister", "So sieht es auch der Verband"
    return first, fj


def _may_say(second: Mention) -> bool:
    """The second phrase after the verb may be its subject after a dative addressee: someone, or a document (not
    "hat der „Bund der Steuerzahler“ sein Schwarzbuch vorgestellt": the thing after the subject is its object)."""
    return second.kind != "other" or bool(second.name)


def _object_es(first: Mention, second: Mention) -> bool:
    """ "So sieht es auch der Verband", "bestätigte es die Polizei": "es" after the verb and before someone who
    can speak is the object; the one after it the subject."""
    return first.kind == "pronoun" and first.head == "es" and second.kind in ("name", "role", "org", "group")


def _ends_subject_search(text: str, t: Tok) -> bool:
    """Whether token ``t`` ends the search for a subject after the verb: a quotation (but a quoted name may be
    the subject: "…, berichtet „Die Zeit“"), a punctuation mark or "dass"/"ob"."""
    return (
        (t.quote is not None and not (t.title and _quoted_name(text, t)))
        or t.text in (",", ":", ";", ".", "!", "?", "–", "—")
        or t.low in DASS_OB
    )


def _past_adverbial_or_object(text: str, toks: list[Tok], j: int, limit: int) -> int:
    """The index after a prepositional phrase (preposition, determiner, adjectives, nouns) or a dative or
    accusative object ("dem Sender", "ihm") at ``j``, which stand between the verb and its subject."""
    if toks[j].low in PREPOSITIONS:
        return _speaker_after_pp(text, toks, j + 1, skip_pp(toks, j + 1, limit))
    _, j2 = parse_np(text, toks, j, limit)
    # "sagte dem Sender NDR Verkehrsminister Jan Roth": the object ends before the bare role and name
    cut = next((k for k in range(j + 2, j2) if _named_person_after_noun(toks, k, j2)), j2)
    return max(cut, j + 1)


# determiners that never open a genitive: after a noun they open a phrase of their own
_NEW_PHRASE_DETERMINERS: Final = frozenset({"die", "das", "ein", "eine"})
_SPEAKING: Final = frozenset({"name", "role", "org", "group", "source"})


def _speaker_after_pp(text: str, toks: list[Tok], j: int, end: int) -> int:
    """Where a prepositional phrase from ``j`` that skip_pp ran to ``end`` really ends: before a nominative
    determiner after its noun that opens someone who can speak ("sagte im Landtag die Ministerin", "teilte in
    Berlin das Ministerium mit"), else at ``end``."""
    for k in range(j + 1, end):
        if _medium_then_speaker(text, toks, k - 2, end) == k:
            return k  # "sagte gegenüber der Zeitung der Minister"
        if toks[k].low in _NEW_PHRASE_DETERMINERS and is_nounlike(toks[k - 1]):
            m, _ = parse_np(text, toks, k, end)
            if m is not None and m.kind in _SPEAKING:
                return k
        if _named_person_after_noun(toks, k, end):
            return k
    return end


def _named_person_after_noun(toks: list[Tok], k: int, end: int) -> bool:
    """ "sagte nach der Sitzung Verkehrsminister Jan Roth", "sagte in Kiel Jan Roth", "in Kiel der Minister Jan
    Roth": after the noun of a prepositional phrase, a role noun or a given name before a capitalised name (a
    genitive would take an article or -s), or "der" and such a role and name after a bare or full name (not after
    a frame noun: "nach Angaben der Ministerin Eva Roth" is one phrase)."""
    prev = toks[k - 1]
    if not is_nounlike(prev) or prev.quote is not None or lexicon.role_of(prev.text) is not None:
        return False  # (not inside "mit Kanzlerin Eva Roth")
    at = k
    if toks[k].low == "der":
        after_name = toks[k - 2].low in _BARE_NAME_PREPOSITIONS or toks[k - 2].text in lexicon.FIRST_NAMES
        if not after_name or lexicon.frame_of(prev.text):
            return False
        at = k + 1
    if at + 1 >= end or toks[at].quote is not None or toks[at + 1].quote is not None:
        return False
    word, nxt = toks[at].text, toks[at + 1].text
    if not (nxt[0].isupper() and nxt.isalpha()):
        return False
    if word in lexicon.FIRST_NAMES:
        return at == k  # (a given name right after the noun)
    if lexicon.role_of(word) is None:
        return False
    # a given name, or a surname that closes the phrase ("nach dem Spiel Bayern-Trainer Lanz am Montag")
    return nxt in lexicon.FIRST_NAMES or at + 2 >= end or not toks[at + 2].text[0].isupper()


# prepositions before a bare name ("in Kiel", "aus Rom"), whose phrase a following "der" does not continue
_BARE_NAME_PREPOSITIONS: Final = both_spellings({"in", "aus", "nach", "bei", "vor", "gegenüber", "von"})


def _dative_addressee(first: Mention) -> bool:
    """Whether the first of two phrases after the verb is its dative addressee, a medium or no person in "der"
    ("sagte der Zeitung der Minister", "sagte dieser Zeitung der Vorsitzende")."""
    return (
        first.det in ("der", "dieser")
        and first.kind in ("other", "org", "source")
        and (first.kind == "other" or addressee_word(first.head))
    )


def addressee_word(word: str) -> bool:
    """A noun that names those a statement is made to: a medium ("Zeitung", "Sender"), the press, an agency."""
    return lexicon.media_of(word) is not None or word.lower().endswith(_ADDRESSEE_ENDS)


_ADDRESSEE_ENDS: Final = both_spelled(("presse", "agentur", "öffentlichkeit"))


def _medium_then_speaker(text: str, toks: list[Tok], j: int, limit: int) -> int:
    """ "sagte der Zeitung der Minister", "sagte dieser Zeitung der Vorsitzende Karl Roth": after a medium in the
    dative at ``j``, a role or name in "der" is the subject, no genitive of the medium; the index where the medium
    ends (at that "der"), else -1."""
    if toks[j].low not in ("der", "dieser") or j + 3 >= limit or not addressee_word(toks[j + 1].text):
        return -1
    if toks[j + 2].low != "der":
        return -1
    m, _ = parse_np(text, toks, j + 2, limit, nested=True)
    return j + 2 if m is not None and m.kind in ("role", "name") else -1


def _subject_candidate(text: str, toks: list[Tok], j: int, v: int, limit: int) -> tuple[Mention | None, int]:
    """The phrase at ``j`` after the verb at ``v`` as a candidate subject: "er" before an addressee ("erklärte er
    Reportern"), a phrase without the agency it was said to ("sagte der Sprecher der dpa"), or the phrase."""
    pronoun = _pronoun_before_addressee(toks, j, v)
    if pronoun is not None:
        return pronoun
    cut = _medium_then_speaker(text, toks, j, limit)
    if cut > 0:
        return parse_np(text, toks, j, cut)  # the medium alone; the subject comes next
    m, j2 = parse_np(text, toks, j, limit)
    return _without_agency(text, toks, m, j, j2) if m is not None and j2 - j > 2 else (m, j2)


def _pronoun_before_addressee(toks: list[Tok], j: int, v: int) -> tuple[Mention, int] | None:
    """ "erklärte er Reportern", "sagte sie Journalisten": a personal pronoun right after the verb is its subject,
    the noun after it the addressee (``parse_np`` reads a pronoun before a noun as no phrase of its own)."""
    t = toks[j]
    if j != v + 1 or t.text not in ("er", "sie") or j + 1 >= len(toks) or not is_nounlike(toks[j + 1]):
        return None
    gender = "m" if t.text == "er" else "f"
    return pronoun_mention(t, t.text, gender), j + 1


_TITLE_PARTICLES: Final = both_spellings(
    {
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "von",
        "vom",
        "für",
        "und",
        "the",
        "of",
        "and",
        "de",
        "la",
        "le",
        "du",
        "el",
    }
)


def _quoted_name(text: str, t: Tok) -> bool:
    """A quotation whose words are all capitalised (but particles): a newspaper, a broadcaster, a party."""
    q = t.quote
    assert q is not None
    words = text[q.inner_start : q.inner_end].split()
    return (
        bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _TITLE_PARTICLES for w in words)
    )


_BETWEEN_SUBJECT_AND_VERB: Final = both_spellings(
    {
        "hingegen",
        "jedoch",
        "aber",
        "allerdings",
        "dagegen",
        "wiederum",
        "indes",
        "ihrerseits",
        "seinerseits",
        "selbst",
        "nun",
        "zudem",
        "ebenfalls",
        "auch",
        "dann",
        "schließlich",
        "selber",
    }
)
_INTENSIFIERS: Final = both_spellings(
    {
        "ganz",
        "sehr",
        "besonders",
        "äußerst",
        "relativ",
        "rund",
        "etwa",
        "knapp",
        "fast",
        "über",
        "mehr",
        "als",
        "bis",
        "zu",
        "nur",
        "noch",
        "so",
        "weit",
        "kaum",
    }
)
_PP_CHAIN: Final = both_spellings(
    {"für", "in", "im", "aus", "von", "vom", "bei", "beim", "am", "an", "der", "des", "und"}
)


def skip_pp(toks: list[Tok], j: int, limit: int) -> int:
    """Index after a prepositional phrase (object and chained modifiers: "vom Zentrum für Meeresforschung in Kiel")."""
    k = 0
    while j < limit and k < 10:
        t = toks[j]
        if (t.quote is not None and not t.title) or t.text in (",", ":", ";", ".", "!", "?"):
            return j
        if (
            t.low in DETERMINERS
            or is_adjective(t)
            or is_nounlike(t)
            or t.text.isdigit()
            or t.title
            or (t.low in _PP_CHAIN and k > 0)
            or t.low in _INTENSIFIERS
        ):
            j += 1
            k += 1
            continue
        break
    return j


_HARD_STOPS: Final = frozenset({";", ":", "!", "?", "–", "—"})  # (a dot inside a sentence ends an abbreviation)
_COORDINATORS: Final = both_spellings(
    {
        "und",
        "aber",
        "oder",
        "doch",
        "denn",
        "sondern",
        "sowie",
        "jedoch",
        "auch",
        "selbst",
        "sogar",
        "nur",
        "gerade",
        "ebenfalls",
        "zudem",
        "außerdem",
    }
)
_PP_ATTACH: Final = both_spellings(
    {"in", "im", "aus", "von", "vom", "bei", "beim", "am", "an", "für", "ohne", "zur", "zum"}
)
_MAX_BACK: Final = 30
_MAX_INSERTION: Final = 25


def opens_subordinate(toks: list[Tok], lo: int) -> bool:
    """Token ``lo`` opens a subordinate clause (weil, dass, wenn, als …). Not "als" before a phrase and a
    finite verb that more follows: "Als Präsident habe er …", "Als Grund nannte die Firma" are main
    clauses, unlike "Als der Minister kam, …"."""
    low = toks[lo].low
    if low not in SUBORDINATORS:
        return False
    if low in _ADVERB_OR_CONJUNCTION:
        return not _finite_next(toks, lo)
    if low != "als":
        return True
    n = len(toks)
    j = lo + 1
    nouns = 0
    while j < n and j - lo < 8 and (toks[j].low in DETERMINERS or is_adjective(toks[j]) or is_nounlike(toks[j])):
        nouns += is_nounlike(toks[j])
        j += 1
    if nouns == 0 or j + 1 >= n:
        return True
    after = toks[j + 1]
    return not (finite_first(toks[j]) and after.text not in CLAUSE_PUNCT and after.low not in ("und", "oder"))


# subordinators that are adverbs as well: before the finite verb they open a main clause ("Damit sei das Problem
# gelöst", "Da habe er …"), unlike "Damit die Bahn fährt, …"
_ADVERB_OR_CONJUNCTION: Final = frozenset({"damit", "da"})


def _finite_next(toks: list[Tok], lo: int) -> bool:
    """The token after ``lo`` is a finite auxiliary or a listed Konjunktiv form (sei, wäre, gebe …)."""
    if lo + 1 >= len(toks):
        return False
    t = toks[lo + 1]
    return t.quote is None and t.text[0].islower() and (t.low in AUXILIARIES or t.low in lexicon.SUBJUNCTIVE)


def finite_first(t: Tok) -> bool:
    """A lower-case content word: after a fronted phrase or frame, the finite verb that opens the clause."""
    return (
        t.quote is None
        and t.text[0].islower()
        and (t.low in AUXILIARIES or (t.low not in FUNCTION_WORDS and not is_adjective(t) and not t.text[0].isdigit()))
    )


def has_verb(toks: list[Tok], lo: int, hi: int) -> bool:
    """Whether tokens lo..hi look like a whole clause (a lower-case word that is no function word or adjective)."""
    for i in range(lo, hi):
        t = toks[i]
        if (
            t.quote is None
            and t.text[0].islower()
            and t.low not in FUNCTION_WORDS
            and not is_adjective(t)
            and "." not in t.text
        ):  # not ver.di, eBay.de
            return True
        if t.low in AUXILIARIES:
            return True
    return False


def _np_ending_at(text: str, toks: list[Tok], s: int, v: int) -> Mention | None:
    """The subject that fills the words from ``s`` to the verb at ``v`` (after a particle such as "auch"), or
    None if they are no noun phrase alone."""
    s = _past_leading_particles(toks, s, v)
    if s >= v:
        return None
    m, j = parse_np(text, toks, s, v, sentence_start=s)
    if m is None:
        return None
    if _rest_leaves_subject(toks, m, j, v):
        return m
    if _pronoun_and_partner(text, toks, m, j, v):
        return m  # "Er und sein Kollege Tim Bauer befürchten …": he speaks (with another), not the object after
    return _with_place_phrase(text, toks, m, j, v)


def _pronoun_and_partner(text: str, toks: list[Tok], m: Mention, j: int, v: int) -> bool:
    """ "Er und sein Kollege Tim Bauer", "Er sowie Giesel": the masculine pronoun joined to a phrase that fills the
    rest up to the verb at ``v``."""
    if m.kind != "pronoun" or m.head != "er" or j + 1 >= v or toks[j].low not in ("und", "sowie"):
        return False
    other, k = parse_np(text, toks, j + 1, v)
    return other is not None and k == v and other.kind in ("name", "role", "org", "group", "other")


def _past_leading_particles(toks: list[Tok], s: int, v: int) -> int:
    """The index after coordinators and sentence adverbs before the subject: "Einzig Sony gab bekannt",
    "Auch die Polizei teilte mit"."""
    while s < v and (toks[s].low in _COORDINATORS or toks[s].low in SENTENCE_ADVERBS):
        if toks[s].low in PREPOSITIONS and s + 1 < v and toks[s + 1].low not in SENTENCE_ADVERBS:
            break  # "Vor Gericht sagte die Zeugin": a prepositional phrase (but "Vor allem …")
        s += 1
    return s


def _rest_leaves_subject(toks: list[Tok], m: Mention, j: int, v: int) -> bool:
    """Whether what stands between the phrase's end ``j`` and the verb ``v`` leaves the phrase the subject:
    nothing, particles ("Die Armeeleitung hingegen sprach"), or an insertion after a comma."""
    if j == v:
        return True
    if j < v and all(toks[k].low in _BETWEEN_SUBJECT_AND_VERB for k in range(j, v)):
        return True
    return toks[j].text == "," and v - j <= _MAX_INSERTION and _insertion_after_subject(toks, m, j, v)


def _insertion_after_subject(toks: list[Tok], m: Mention, j: int, v: int) -> bool:
    """Whether the words from the comma at ``j`` to the verb insert into the subject: a clause closed by a comma
    ("Günther Platter, der … inne hat, sagte": in second position, all before the verb is the subject), or an
    apposition to a name without its closing comma ("Mara Quist, die Leiterin des Amtes … sagte")."""
    if toks[v - 1].text == "," and m.kind != "pronoun":
        return True
    return m.kind in ("name", "role", "org") and all(is_nominal(toks[k]) for k in range(j, v))


def _with_place_phrase(text: str, toks: list[Tok], m: Mention, j: int, v: int) -> Mention | None:
    """The phrase with the prepositional phrase after it that reaches the verb ("Das Exilparlament im indischen
    Dharamshala erklärte") or an apposition in commas ("Die Parteien in Pakistan, die A und B, hatten erklärt");
    None if no such phrase follows."""
    if toks[j].low not in _PP_ATTACH:
        return None
    pp_end = skip_pp(toks, j + 1, v)
    if pp_end > j + 1 and (
        pp_end == v or (toks[v - 1].text == "," and toks[pp_end].text == "," and m.kind != "pronoun")
    ):
        return _extended_to(text, m, toks[pp_end - 1].end)
    return None


def _extended_to(text: str, m: Mention, end: int) -> Mention:
    """The mention ``m`` reaching to ``end``; a one-word name with a phrase after it is no longer a name."""
    kind = "other" if m.kind == "name" and not m.name.count(" ") and m.kind != "pronoun" else m.kind
    return Mention(
        start=m.start,
        end=end,
        text=text[m.start : end],
        kind=kind,
        head=m.head,
        name=m.name if kind == "name" else "",
        det=m.det,
        gender=m.gender,
        modifiers=m.modifiers,
        age=m.age,
        role=m.role,
        inner=m.inner,
    )


def np_spans(text: str, toks: list[Tok], lo: int, hi: int) -> bool:
    """Whether tokens lo..hi are one noun phrase (with apposition), and nothing else."""
    m, j = parse_np(text, toks, lo, hi, sentence_start=lo)
    return m is not None and j >= hi - 1 and (j == hi or toks[j].text == ",")


def role_apposition_before(toks: list[Tok], lo: int) -> int:
    """ "nannte Karl Roth, Geschäftsführer des Verbands, die Pläne …": when the comma before token ``lo`` closes a
    short apposition that a role noun opens (its article may come first), the start of the clause before that
    apposition; else ``lo``."""
    if lo < 4 or toks[lo - 1].text != ",":
        return lo
    p = lo - 2
    while p > 0 and toks[p].text not in CLAUSE_PUNCT and toks[p].quote is None:
        p -= 1
    if toks[p].text != "," or not 1 <= lo - 2 - p <= _ROLE_APPOSITION_WORDS:
        return lo
    head = p + 2 if toks[p + 1].low in DETERMINERS else p + 1
    if head >= lo - 1 or lexicon.role_of(toks[head].text) is None:
        return lo
    if not all(is_nominal(t) and t.text not in ("(", ")") for t in toks[p + 1 : lo - 1]):
        return lo
    k = p
    while k > 0 and toks[k - 1].text not in CLAUSE_PUNCT:
        k -= 1
    return k


_ROLE_APPOSITION_WORDS: Final = 8


def is_nominal(t: Tok) -> bool:
    """A token that can belong to a noun phrase (no verb): nouns, articles, adjectives, prepositions, marks."""
    return (
        t.text in (",", "(", ")", "-", "–")
        or t.low in DETERMINERS
        or t.low in PREPOSITIONS
        or t.low in ("und", "oder", "sowie")
        or is_adjective(t)
        or is_nounlike(t)
        or t.title
        or t.text.isdigit()
    )


def subject_before(text: str, toks: list[Tok], v: int, lo: int) -> Mention | None:
    """The subject in front of a verb in second position (Die Polizei teilte mit; Anna Roth, 52, sagte;
    …, und der Verein erklärte)."""
    if v <= lo:
        return None
    if toks[v - 1].text in ("–", "—"):
        opening = _dash_insertion_start(toks, v - 1, lo)
        if opening >= 0:  # "Die Polizei – sie war mit 200 Beamten vor Ort – teilte mit": the subject before it
            return subject_before(text, toks, opening, lo)
    hard = clause = lo  # (clause: where the clause starts, also beyond the window looked back over)
    commas: list[int] = []
    j = v - 1
    while j >= lo and v - j < _MAX_BACK:
        t = toks[j]
        if t.text in _HARD_STOPS:
            hard = clause = j + 1
            break
        if t.text == "," or t.low in ("und", "aber", "doch"):
            commas.append(j)
        j -= 1
    else:
        hard = max(lo, j + 1)
    m = _np_ending_at(text, toks, hard, v)
    if m is not None:
        return m
    m = _first_of_aber_auch(text, toks, hard, commas, v)
    if m is not None:
        return m
    # a new main clause after a comma: "…, und das Hilfswerk rief auf" (not "Nach dem Treffen mit A, B sagte")
    for c in commas:
        # (the verb of the clause before may stand before the window: "Diese übergab … und das FBI versprach")
        if c > hard and (has_verb(toks, clause, c) or _verb_after_noun(toks, clause, c)):
            m = _np_ending_at(text, toks, c + 1, v)
            if m is not None:
                return m
    return None


def _first_of_aber_auch(text: str, toks: list[Tok], hard: int, commas: list[int], v: int) -> Mention | None:
    """ "Greenpeace, aber auch andere Verbände riefen auf": the phrase named first in a subject joined by ", aber
    auch" / ", sondern auch" (the one the sentence singles out), when both fill the words up to the verb at ``v``."""
    for c in commas:
        if (
            c > hard
            and toks[c].text == ","
            and c + 3 < v
            and toks[c + 1].low in ("aber", "sondern")
            and toks[c + 2].low == "auch"
            and _np_ending_at(text, toks, c + 3, v) is not None
        ):
            return _np_ending_at(text, toks, hard, c)
    return None


def _verb_after_noun(toks: list[Tok], lo: int, hi: int) -> bool:
    """A word in -e right after a noun, before a determiner or the clause's end: a verb ("Die Stadt zahlte, und …",
    "Der Rat lehnte den Plan ab"), not an adjective, which stands before its noun."""
    for i in range(lo + 1, hi):
        t = toks[i]
        if (
            t.quote is None
            and t.text[0].islower()
            and is_nounlike(toks[i - 1])
            and is_adjective(t)
            and (i + 1 == hi or toks[i + 1].low in DETERMINERS)
        ):
            return True
    return False


def clause_start(toks: list[Tok], v: int, lo: int) -> int:
    """Index of the first token of the clause containing token ``v`` (after a comma, colon or quote)."""
    j = v - 1
    while j >= lo:
        t = toks[j]
        if t.text not in _CLAUSE_START_MARKS:
            j -= 1  # (most tokens: one set test)
            continue
        if t.text in (";", ":", "–", "—"):
            return j + 1
        if t.text == ")":
            # skip a bracketed insertion: "(Awoda, dt. etwa Arbeiterpartei)"
            k = j - 1
            while k >= lo and j - k < 15 and toks[k].text != "(":
                k -= 1
            if k >= lo and toks[k].text == "(":
                j = k - 1
                continue
        if t.text == ",":
            # an apposition "Der Präsident des Städtetags, Markus Venhoff, sagte": look past it
            if j + 1 < v and is_nounlike(toks[j + 1]) and j - 1 >= lo and _noun_before(toks, j - 1, lo):
                j -= 1
                continue
            date = _date_apposition(toks, j, lo)
            if date >= 0:
                j = date - 1
                continue
            opening = _closed_name_apposition(toks, j, v, lo)
            if opening >= 0:
                j = opening - 1  # "hatte der Investor für den Bau, Larry Stein, zugesagt": the phrase before it
                continue
            return j + 1
        j -= 1
    return lo


def _closed_name_apposition(toks: list[Tok], j: int, v: int, lo: int) -> int:
    """The comma at ``j`` right before the verb at ``v`` closes a name in apposition after a noun ("der Investor für
    den Bau, Larry Stein, zugesagt"): the index of the comma that opens it, else -1."""
    if j != v - 1:
        return -1
    k = j - 1
    while k > lo and j - k <= _APPOSITION_NAME_WORDS and toks[k].quote is None and _name_part(toks, k):
        k -= 1
    if k == j - 1 or k <= lo or toks[k].text != "," or not _noun_before(toks, k - 1, lo):
        return -1
    words = [t.text for t in toks[k + 1 : j] if t.text != "."]
    if words[0].split("-")[0] in lexicon.FIRST_NAMES:
        return k
    # a name of two or more words the lexicon does not know ("Baitullah Mahmud"), not nouns of its own
    return k if len(words) >= 2 and all(lexicon.head_of(w) is None for w in words) else -1


_APPOSITION_NAME_WORDS: Final = 5


def _name_part(toks: list[Tok], k: int) -> bool:
    """Token ``k`` can be part of a name: a capitalised word, or the dot of an initial ("Larry A. Stein")."""
    if toks[k].text == ".":
        return k > 0 and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper()
    return is_nounlike(toks[k])


_CLAUSE_START_MARKS: Final = frozenset({";", ":", "–", "—", ")", ","})


def _dash_insertion_start(toks: list[Tok], j: int, lo: int) -> int:
    """The index of the dash that opens an insertion closed by the dash at ``j``, when a noun or name stands before
    it ("Die Polizei – sie war mit 200 Beamten vor Ort – teilte mit"), else -1."""
    for k in range(j - 2, max(lo, j - _DASH_INSERTION_WORDS) - 1, -1):
        t = toks[k]
        if t.text in (";", ":") or t.quote is not None:
            return -1
        if t.text == toks[j].text:
            return k if k > lo and _noun_before(toks, k - 1, lo) else -1
    return -1


_DASH_INSERTION_WORDS: Final = 20


def _date_apposition(toks: list[Tok], j: int, lo: int) -> int:
    """The comma at ``j`` opens or closes a date after a weekday ("am Donnerstag, dem 7. Oktober, …", "am Montag,
    den 3.5. …"): the index of the weekday, else -1."""
    for k in range(j, max(lo, j - _DATE_WORDS) - 1, -1):
        if (
            toks[k].text == ","
            and k >= lo + 1
            and k + 2 < len(toks)
            and toks[k - 1].low in _WEEKDAYS
            and toks[k + 1].low in ("dem", "den")
            and toks[k + 2].text[:1].isdigit()
        ):
            return k - 1
        if k < j and toks[k].text == ",":
            return -1
    return -1


_DATE_WORDS: Final = 6  # ", dem 7. Oktober 2010,"
_WEEKDAYS: Final = frozenset({"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"})


def _noun_before(toks: list[Tok], k: int, lo: int) -> bool:
    """Token ``k`` is a noun, or closes a bracket that follows one ("der Bundesagentur (BA)")."""
    if toks[k].text == ")":
        o = k - 1
        while o >= lo and k - o < 6 and toks[o].text != "(":
            o -= 1
        return o > lo and toks[o].text == "(" and is_nounlike(toks[o - 1])
    return is_nounlike(toks[k])


_OWN_HOLDERS: Final = frozenset({"name", "org", "role", "other", "group", "pronoun"})


def own_holder(text: str, toks: list[Tok], frame: Mention) -> Mention | None:
    """Whose own account "nach eigenen Angaben" is: the subject of its clause, after the verb when the frame
    opens the sentence ("Nach eigenen Angaben erhielt das Amt …"), else the phrase the sentence opens with ("Die
    Mutter und ihr Partner haben nach eigenen Angaben …"); None for any other frame, or when none is found."""
    if frame.kind != "frame" or frame.inner is not None or not any(m.startswith("eige") for m in frame.modifiers):
        return None
    n = len(toks)
    f = next((k for k in range(n) if toks[k].start >= frame.start), n)
    j = next((k for k in range(f, n) if toks[k].start >= frame.end), n)
    if f <= 1:
        m, _ = subject_after(text, toks, j, n) if j < n else (None, 0)
    else:
        m, _ = parse_np(text, toks, 0, f - 1, sentence_start=0)
    return (
        m
        if m is not None and m.kind in _OWN_HOLDERS and not (m.kind == "pronoun" and m.head in ("es", "man"))
        else None
    )
