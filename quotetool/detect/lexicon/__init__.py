"""The detector's word lists: data files in this folder, loaded once at import into frozen lookups.

Each ``*.txt`` file starts with comment lines saying what it holds and how a line is read; extend a
list by adding lines, no code change needed. Everything here is immutable after import.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from types import MappingProxyType
from typing import Final

from quotetool.detect.inflect import verb_forms
from quotetool.detect.memo import WORD_MEMO, remember
from quotetool.detect.tokens import both_spellings, old_spelling, spellings
from quotetool.detect.tokens import umlaut_free as umlaut_free  # (re-exported: tests read it here)


@cache
def lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of one lexicon file, then each line with an umlaut or ß as written
    without them (erklären -> erklaeren, Jürgen -> Juergen, gemäß -> gemaess), as agency feeds and archives
    write German: every list reads that spelling too, and the text itself is never rewritten. Read and spelled
    once per file (several tables read the same file: source_nouns.txt, demonyms.txt, …)."""
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(dict.fromkeys(out + [f for line in out for f in spellings(line)[1:]]))


@dataclass(frozen=True, slots=True)
class VerbInfo:
    """What a verb form found in text tells about the cue."""

    lemma: str  # infinitive with particle: mitteilen
    particle: str  # separable particle that must close the clause when the form stands alone ("" if none)
    cognition: bool  # thinking verb: needs a dass/ob/subjunctive complement to report speech


_PARTICIPLES: Final[set[str]] = set()
# forms of speech verbs that are more often forms of other verbs: gestanden (stehen)
_AMBIGUOUS_FORMS: Final = frozenset({"gestanden", "einige", "einigen"})  # (stehen; the quantifier "einige")
_FINITE: Final[set[str]] = set()


def _verbs() -> tuple[MappingProxyType, MappingProxyType, frozenset[str]]:
    main: dict[str, tuple[VerbInfo, ...]] = {}
    joined: dict[str, VerbInfo] = {}
    subj: set[str] = set()
    for fname, cognition in (("speech_verbs.txt", False), ("cognition_verbs.txt", True)):
        for line in lines(fname):
            forms = verb_forms(line)
            info = VerbInfo(forms.lemma, forms.particle, cognition)
            for f in forms.main_finite:
                if forms.particle:
                    main[f] = (*main.get(f, ()), info)
                else:
                    joined.setdefault(f, info)
            for f in forms.joined:
                joined.setdefault(f, info)
            if forms.particle:  # "bekannt gegeben", "fest gestellt": the participle written apart
                bare = forms.participle[len(forms.particle) :]
                main[bare] = (*main.get(bare, ()), info)
            subj |= forms.subjunctive
            _PARTICIPLES.add(forms.participle)
            _FINITE.update(forms.singular if not forms.particle else ())
    for form in _AMBIGUOUS_FORMS:
        joined.pop(form, None)
    _old_forms(main, joined, subj)
    return MappingProxyType(main), MappingProxyType(joined), frozenset(subj)


def _old_forms(main: dict[str, tuple[VerbInfo, ...]], joined: dict[str, VerbInfo], subj: set[str]) -> None:
    """Each verb form also in the spelling before 1996 (läßt, mußte, beschloß): the forms are made from the
    lemma, which has no ß there (lassen, beschließen)."""
    for key in list(main):
        main.setdefault(old_spelling(key), main[key])
    for key in list(joined):
        joined.setdefault(old_spelling(key), joined[key])
    subj |= {old_spelling(f) for f in subj}
    _PARTICIPLES.update([old_spelling(f) for f in _PARTICIPLES])
    _FINITE.update([old_spelling(f) for f in _FINITE])


_VERB_TABLES: Final = _verbs()
# Bare verb forms of particle verbs (teilte -> mitteilen, …) and forms that cue on their own (sagte, mitteilte).
PARTICLE_VERBS: Final = _VERB_TABLES[0]
VERBS: Final = _VERB_TABLES[1]
_SPEECH_SUBJ: Final = _VERB_TABLES[2]
# gesagt, mitgeteilt, beschlossen (not erklärt, which is also finite): cues only with an auxiliary
PARTICIPLES: Final = frozenset(_PARTICIPLES - _FINITE)


# Konjunktiv I forms that are as often adjectives or pronouns ("reiche", "meine"): verbs only in context
AMBIGUOUS_SUBJUNCTIVE: Final = frozenset(lines("ambiguous_subjunctive.txt"))


def _subjunctive() -> tuple[frozenset[str], frozenset[str]]:
    one: set[str] = set(_SPEECH_SUBJ)
    two: set[str] = set()
    for line in lines("common_verbs.txt"):
        one |= verb_forms(line).subjunctive
    for line in lines("subjunctive_forms.txt"):
        word, _, mark = line.partition(" ")
        (two if mark.strip() == "II" else one).add(word)
    # stem + e collides with frequent non-verbs; these count only where mood.py reads them as verbs
    one -= AMBIGUOUS_SUBJUNCTIVE
    return frozenset(one), frozenset(two)


_SUBJUNCTIVE_TABLES: Final = _subjunctive()
SUBJUNCTIVE_I: Final = _SUBJUNCTIVE_TABLES[0]
SUBJUNCTIVE_II: Final = _SUBJUNCTIVE_TABLES[1]
SUBJUNCTIVE: Final = SUBJUNCTIVE_I | SUBJUNCTIVE_II


@dataclass(frozen=True, slots=True)
class SuffixTable:
    """Word endings -> (kind, lexicon entry). ``buckets`` maps the last three letters to the ending
    lengths present (longest first), so most words are rejected by one dictionary lookup."""

    endings: MappingProxyType  # ending -> (kind, entry)
    buckets: MappingProxyType  # last three letters -> (length, …) longest first


# heads whose plural takes an umlaut, which no ending added to the entry makes: "die Ärzte", "Rechtsanwälte",
# "Stadträte" (an entry ending in one of them gets its plural too: staatsanwalt -> staatsanwälte)
_UMLAUT_PLURALS: Final = (
    ("arzt", "ärzte"),
    ("anwalt", "anwälte"),
    ("bischof", "bischöfe"),
    ("general", "generäle"),
    ("kardinal", "kardinäle"),
    ("vorstand", "vorstände"),
    ("verband", "verbände"),
    ("ausschuss", "ausschüsse"),
    ("landrat", "landräte"),
    ("stadtrat", "stadträte"),
)


def _umlaut_plural(base: str) -> str:
    """The plural of an entry whose head takes an umlaut ("arzt" -> "ärzte"), or ""."""
    for singular, plural in _UMLAUT_PLURALS:
        if base.endswith(singular):
            return base[: len(base) - len(singular)] + plural
    return ""


def _endings(name: str, endings: tuple[str, ...]) -> dict[str, str]:
    """Lower-case word endings -> the lexicon entry they stand for, with inflectional endings added."""
    table: dict[str, str] = {}
    for entry in lines(name):
        base = entry.lower()
        for ending in ("", *endings):
            table.setdefault(base + ending, base)
        plural = _umlaut_plural(base)
        if plural:
            for form in spellings(plural):  # ("die Ärzte", in agency copy "die Aerzte")
                table.setdefault(form, base)
                table.setdefault(form + "n", base)  # (the dative: "den Ärzten")
        if base.endswith("e"):  # nominalised adjectives and weak nouns: Vorsitzende-r/-n, Experte -> Expertin
            for ending in ("r", "n", "m", "s"):
                table.setdefault(base + ending, base)
            table.setdefault(base[:-1] + "in", base)
            table.setdefault(base[:-1] + "innen", base)
        if base.endswith("ium"):
            table.setdefault(base[:-3] + "ien", base)
    return table


def _table(*parts: tuple[str, dict[str, str]]) -> SuffixTable:
    """One table over several lists; an ending in more than one keeps the first list's kind."""
    combined: dict[str, tuple[str, str]] = {}
    for kind, table in parts:
        for ending, entry in table.items():
            combined.setdefault(ending, (kind, entry))
    return suffix_table(combined)


def suffix_table(endings: dict[str, tuple[str, str]]) -> SuffixTable:
    """The table over endings -> (kind, entry), with its buckets of ending lengths (also for learned nouns)."""
    lengths: dict[str, set[int]] = {}
    for ending in endings:
        lengths.setdefault(ending[-3:], set()).add(len(ending))
    buckets = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
    return SuffixTable(MappingProxyType(endings), MappingProxyType(buckets))


_ROLE_INFLECTIONS: Final = ("in", "innen", "s", "n", "en", "e", "es")
# (a nationality is a role noun too; an entry of role_nouns.txt wins where both end alike)
_ROLE: Final = {
    **_endings("demonyms.txt", _ROLE_INFLECTIONS),
    **_endings("role_nouns.txt", _ROLE_INFLECTIONS),
}
DEMONYMS: Final = frozenset(lines("demonyms.txt"))
EPITHETS: Final = frozenset(lines("epithet_nouns.txt"))  # positions in team sports: "der Innenverteidiger"
OCCUPATIONS: Final = frozenset(lines("occupation_nouns.txt"))  # what a public figure is known as: "die Sängerin"
DISCIPLINES: Final = frozenset(lines("discipline_nouns.txt"))  # what a person is trained in: "die Ökonomin"
_ORG: Final = _endings("organisation_nouns.txt", ("s", "es", "en", "n", "e"))
_SOURCE: Final = {
    **_endings("sign_nouns.txt", ("s", "es", "e", "en", "n", "ern")),
    **_endings("source_nouns.txt", ("s", "es", "e", "en", "n", "ern")),
}
SIGNS: Final = frozenset(lines("sign_nouns.txt"))  # a source of written words only: "das Plakat"
_FRAME: Final = _endings("frame_nouns.txt", ("s", "n", "en"))
_MEDIA: Final = _endings("media_nouns.txt", ("s", "es", "e", "en", "n", "ern"))
_TRADE: Final = _endings("trade_nouns.txt", ("s", "es", "en", "n"))
_BARE_OBJECT: Final = _endings("bare_object_nouns.txt", ("s", "es", "e", "en", "n", "er", "ern"))
HEADS: Final = _table(("role", _ROLE), ("org", _ORG), ("source", _SOURCE), ("frame", _FRAME))
ROLE_ENDINGS: Final = _table(("role", _ROLE))
ORG_ENDINGS: Final = _table(("org", _ORG))
SOURCE_ENDINGS: Final = _table(("source", _SOURCE))
FRAME_ENDINGS: Final = _table(("frame", _FRAME))
MEDIA_ENDINGS: Final = _table(("media", _MEDIA))
EVENT_ENDINGS: Final = _table(("event", _endings("event_nouns.txt", ("s", "es", "en", "n"))))
TRADE_ENDINGS: Final = _table(("trade", _TRADE))
BARE_OBJECT_ENDINGS: Final = _table(("object", _BARE_OBJECT))

# Compounds that end like a role or organisation but are neither.
NOT_HEADS: Final = both_spellings(
    {
        "lautsprecher",
        "urkunde",
        "heirat",
        "apparat",
        "vorrat",
        "salat",
        "automat",
        "format",
        "zierat",
        "datenbank",
        "sandbank",
        "gottesdienst",
        "samt",
        "gesamt",
        "insgesamt",
        "einführung",
        "durchführung",
        "ausführung",
        "fortführung",
        "verführung",
        "autobahn",
        "eisenbahn",
        "innenstadt",
        "altstadt",
        "rathaus",
        "kaution",
        "nation",
    }
)


# Word lookups repeat across sentences and documents; bounded caches and memos keep them cheap.
_WORD_CACHE: Final = WORD_MEMO


def _longest_ending(word: str, table: SuffixTable) -> tuple[str, str, int] | None:
    """(kind, lexicon entry, length of the matched ending) for the longest ending of ``word``."""
    w = word.lower()
    lengths = table.buckets.get(w[-3:])
    if lengths is None or w in NOT_HEADS:
        return None
    endings = table.endings
    n = len(w)
    for k in lengths:
        if k <= n:
            hit = endings.get(w[n - k :])
            if hit is not None:
                return hit[0], hit[1], k
    return None


_HEADS_SEEN: Final[dict[str, tuple[str, str] | None]] = {}


def head_of(word: str) -> tuple[str, str] | None:
    """(kind, entry) of a noun by its ending: role, org, source or frame (in that order of precedence)."""
    try:
        return _HEADS_SEEN[word]  # (asked for nearly every capitalised word; one lookup, as in coref._run_plan)
    except KeyError:
        hit = _longest_ending(word, HEADS)
        return remember(_HEADS_SEEN, word, (hit[0], hit[1]) if hit else None)


def _entry(word: str, table: SuffixTable) -> str | None:
    hit = _longest_ending(word, table)
    return hit[1] if hit else None


@lru_cache(maxsize=_WORD_CACHE)
def role_key(word: str) -> str | None:
    """The role noun in its base form with its compound prefix: Verteidigungsministerin -> verteidigungsminister."""
    hit = _longest_ending(word, ROLE_ENDINGS)
    if hit is None:
        return None
    w = word.lower()
    return w[: len(w) - hit[2]] + hit[1]


@lru_cache(maxsize=_WORD_CACHE)
def role_of(word: str) -> str | None:
    """The role noun a word ends in (Verteidigungsministerin -> minister), or None."""
    return _entry(word, ROLE_ENDINGS)


@lru_cache(maxsize=_WORD_CACHE)
def org_of(word: str) -> str | None:
    return _entry(word, ORG_ENDINGS)


@lru_cache(maxsize=_WORD_CACHE)
def trade_of(word: str) -> str | None:
    """The trade noun a word ends in, which names a company by its business (Chemiekonzerns -> konzern,
    Supermarktkette -> kette), or None."""
    return _entry(word, TRADE_ENDINGS)


@lru_cache(maxsize=_WORD_CACHE)
def bare_object(word: str) -> bool:
    """A noun that stands without an article as an object (Gewinn, Stellen, Millionen), never a company's name."""
    return _entry(word, BARE_OBJECT_ENDINGS) is not None


@lru_cache(maxsize=_WORD_CACHE)
def frame_of(word: str) -> str | None:
    return _entry(word, FRAME_ENDINGS)


@lru_cache(maxsize=_WORD_CACHE)
def source_of(word: str) -> str | None:
    return _entry(word, SOURCE_ENDINGS)


@lru_cache(maxsize=_WORD_CACHE)
def event_of(word: str) -> str | None:
    """The occasion a word ends in (Landesparteitag -> parteitag): where words were said, not who said them."""
    return _entry(word, EVENT_ENDINGS)


@lru_cache(maxsize=_WORD_CACHE)
def named_by(word: str) -> str | None:
    """The entry of media_nouns.txt a word ends in, whatever longer ending it has: a quoted string after it is a
    name ("der Zeitung „Tagesblatt“", and "der Verband „Faire Milch“" by its letters)."""
    return _entry(word, MEDIA_ENDINGS)


@lru_cache(maxsize=_WORD_CACHE)
def media_of(word: str) -> str | None:
    """The medium or named work a word ends in (Tageszeitung -> zeitung), unless a longer ending makes it a
    person or a body: "Verband" ends in "band" but is an organisation, "Ministerin" no "-in" of anything."""
    hit = _longest_ending(word, MEDIA_ENDINGS)
    if hit is None:
        return None
    head = _longest_ending(word, HEADS)
    return None if head is not None and head[2] > hit[2] else hit[1]


def _first_names() -> MappingProxyType:
    out: dict[str, str] = {}
    for line in lines("first_names.txt"):
        name, _, gender = line.partition(" ")
        out.setdefault(name, gender.strip() or "?")
    return MappingProxyType(out)


FIRST_NAMES: Final = _first_names()  # name -> "m" / "f"
# past indicative forms of strong verbs that no Konjunktiv shares ("ließ", "ging"): a narrated clause
PAST_FORMS: Final = frozenset(lines("past_forms.txt"))
# speech verbs whose reflexive use is no speech ("sich befinden", "sich herausstellen")
REFLEXIVE_NONSPEECH: Final = frozenset(lines("reflexive_nonspeech.txt"))
# "wie erwartet", "offen gesagt": a participle of a speech verb as an adverbial, after the word before it
PARTICIPLE_ADVERBIALS: Final = frozenset(lines("participle_adverbials.txt"))
# legal forms that end a company's name ("Hansa Bau AG", "Kramer Logistik GmbH"): an organisation
LEGAL_FORMS: Final = frozenset(lines("legal_forms.txt"))
# "In dem Bericht steht, dass …": verb forms that report a document named by "in"/"auf" in their clause
PLACE_VERB_FORMS: Final = frozenset(lines("place_verbs.txt"))
# "das Unternehmen", "der Konzern": nouns that refer again to a company named with its legal form
COMPANY_NOUNS: Final = frozenset(lines("company_nouns.txt"))


# finite forms of verbs that make figures or a document public ("veröffentlichte", "legte", "gab"): what
# follows such a sentence is its subject's report
def _publishing_forms() -> MappingProxyType:
    out: dict[str, str] = {}
    for line in lines("publishing_verbs.txt"):
        forms = verb_forms(line)
        for f in forms.joined:
            out[f] = ""
        for f in forms.main_finite:
            out.setdefault(f, forms.particle)  # (a bare form counts with its particle: "legte … vor")
    return MappingProxyType(out)


PUBLISHING_FORMS: Final = _publishing_forms()  # form -> the particle it needs in its sentence ("" none)
# outlets and agencies written in lower case ("die taz", "laut dpa"): names all the same
LOWERCASE_NAMES: Final = frozenset(lines("lowercase_names.txt"))
NEWSROOM_ROLES: Final = frozenset(lines("newsroom_roles.txt"))
PRESS_TITLE_ENDINGS: Final = _table(("press", _endings("press_titles.txt", ())))


@lru_cache(maxsize=_WORD_CACHE)
def ends_press_title(word: str) -> bool:
    """A word that ends a newspaper's or broadcaster's name (Post, Rundschau, Tageszeitung)."""
    return _entry(word, PRESS_TITLE_ENDINGS) is not None


def _titles() -> MappingProxyType:
    out: dict[str, str] = {}
    for line in lines("titles.txt"):
        title, _, gender = line.partition(" ")
        out[title.rstrip(".")] = gender.strip() or "?"
    return MappingProxyType(out)


TITLES: Final = _titles()  # Herr -> m, Dr -> ? (stored without the dot)

STATEMENT_NOUNS: Final = frozenset(lines("statement_nouns.txt"))  # lower-case: ansicht, forderung, …
REPORT_VERBS: Final = frozenset(lines("report_verbs.txt"))  # lemmas that take a plain main clause as content
ATTITUDE_ADJECTIVES: Final = frozenset(lines("attitude_adjectives.txt"))
# of a feeling about a fact: with an indicative "sein" a narrated feeling, no statement (froh, erleichtert, …)
FACTIVE_EMOTIONS: Final = frozenset(lines("factive_emotions.txt"))
SHARED_VIEWS: Final = frozenset(lines("shared_views.txt"))  # lower-case: einigkeit, konsens, meinung, …
ACT_NOUNS: Final = frozenset(lines("act_nouns.txt"))  # lower-case: plan, bitte, aufforderung, …
REJECTING_VERBS: Final = frozenset(lines("rejecting_verbs.txt"))  # cue lemmas: zurückweisen, dementieren, …
REACTION_NOUNS: Final = frozenset(lines("reaction_nouns.txt"))  # lower-case: widerspruch, lob, …
EXPLAINED_NOUNS: Final = frozenset(lines("explained_nouns.txt"))  # lower-case: grund, bedingung, …
EVIDENCE_NOUNS: Final = frozenset(lines("evidence_nouns.txt"))  # lower-case plurals: zahlen, ergebnisse, …
SCARE_MARKERS: Final = frozenset(w.lower() for w in lines("scare_markers.txt"))
BOILERPLATE_OPENINGS: Final = tuple(w.lower() for w in lines("boilerplate.txt"))
RUBRICS: Final = frozenset(lines("rubrics.txt"))  # Interview, Kommentar, Analyse: a headline's label, no speaker


def _hypernyms() -> MappingProxyType:
    out: dict[str, frozenset[str]] = {}
    for line in lines("role_hypernyms.txt"):
        general, _, specific = line.partition(":")
        key = general.strip().lower()
        # (a line with an umlaut comes again written without them, under the same general noun: both count)
        out[key] = out.get(key, frozenset()) | frozenset(w.lower() for w in specific.split())
    return MappingProxyType(out)


ROLE_HYPERNYMS: Final = _hypernyms()  # offizier -> {general, oberst, …}: "der Offizier" may refer to a general


@lru_cache(maxsize=_WORD_CACHE)
def base_form(word: str) -> str | None:
    """A role, organisation, source or frame noun without a genitive or plural ending, as written:
    "Präsidenten" -> "Präsident", "Bundesamtes" -> "Bundesamt", "Sprecherin" -> "Sprecherin"; None for a word the
    lexicon does not know."""
    hit = _longest_ending(word, HEADS)
    if hit is None:
        return None
    entry, k = hit[1], hit[2]
    suffix = word[len(word) - k :].lower()
    extra = suffix[len(entry) :] if suffix.startswith(entry) else ""
    return word[: len(word) - len(extra)] if extra in ("s", "es", "n", "en") else word
