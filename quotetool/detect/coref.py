"""Who a speaker phrase refers to within one document: names, role nouns, organisations, pronouns.

A first pass over the whole text (run when the first phrase is resolved) collects personal names with
their titles, roles and appositions ("Russlands Verteidigungsminister Andrei Beloussow", "No Kwang-chol
…, dem Verteidigungsminister der DVRK"); spellings that fold to one key are one person, and the
fullest form is the canonical name. While the detector walks the document in order,
``Registry.resolve`` maps a phrase at a position to that canonical name: a surname to the full name,
"der Minister" to the most recent person with a compatible role, "er"/"sie" to the most recent person
of that gender, "das Ministerium" to the organisation it shortens. The registry lives for one
``detect`` call; nothing global changes.
"""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter
from typing import Final, NamedTuple

import regex

from quotetool.detect import lexicon
from quotetool.detect.inflect import nominative
from quotetool.detect.memo import remember
from quotetool.detect.names import genitive_of_named, name_key
from quotetool.detect.speakers import ABSTRACT_ENDINGS, BODIES, NOUN_ENDINGS, Mention, _stem, company_name_word
from quotetool.detect.tokens import (
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    PREPOSITIONS,
    PRONOUNS_NOM,
    both_spelled,
    both_spellings,
    spellings,
)

_RECENT: Final = 40
_AGE_LOOKBACK: Final = 1500  # how far back an age stated for an unnamed person ("ein 34-jähriger Mann") counts
_AGE_FORMS: Final = both_spelled(("-jährig", "-Jährig", " Jahre alt", " Jahre alte"))
# "Herr Brandt", "Frau Professorin Engel", "Herr Dr. Brandt": an address and the surname it gives
ADDRESS_TITLES: Final = (
    r"(?:(?:Prof\.|Dr\.|Professor(?:in)?|Doktor|Minister(?:in)?|"
    + "|".join(f"{w}(?:in)?" for w in spellings("Bürgermeister"))
    + r"|Pfarrer(?:in)?)[ ])*"
)
_ADDRESSED: Final = regex.compile(r"\b(?:Herr|Frau)[ ]" + ADDRESS_TITLES + r"(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])")
_EPITHET_WINDOW: Final = 400  # how far back the person may be named that a bare role noun refers to
_CATAPHOR_WINDOW: Final = 160  # how far ahead a role noun that opens the text's cast may be given its name
_HEARSAY: Final = frozenset({"vernehmen"})
_ORG_WINDOW: Final = 2500  # how far back "das Ministerium" looks for its full name
# The complement of an organisation's name: "(Landesministerium) für Verkehr", "(Bundesamt) der Finanzen".
_ORG_COMPLEMENT: Final = regex.compile(r"\s+(?:für|fuer|der|des)\s+(?:\p{Ll}+\s+)?\p{Lu}[\w-]+")

# Runs of capitalised words ("Andrej Belousow", "Prof. Dr. Anna Roth", "No Kwang-chol"), the only places
# where a name can be introduced; one regex pass over the document. After a space the capital is tried
# before the particles (von, de): it is far more common, and the two cannot both match.
# A lower-case academic degree after a title belongs to the run ("Prof. Dr. med. Eva Roth", "Dr. rer. nat. Jan Beck").
_DEGREES: Final = ("med", "rer", "nat", "phil", "jur", "dent", "vet", "oec", "pol", "habil", "em", "h\\.c")
_RUN_WORD: Final = r"\p{Lu}|(?:von|van|de|zu|al|el|bin|ibn|di|da|du|le|la|ter|ten)[ \t]+(?:(?:der|den|la)[ \t]+)?\p{Lu}"
_CAP_RUN: Final = regex.compile(
    rf"\p{{Lu}}[\w'’.-]*(?:[ \t]+(?:{_RUN_WORD}|(?:{'|'.join(_DEGREES)})\.(?=[ \t]))[\w'’.-]*)+"
)
# the same without the degrees, for the many texts that have none (a cheaper pass)
_CAP_RUN_PLAIN: Final = regex.compile(rf"\p{{Lu}}[\w'’.-]*(?:[ \t]+(?:{_RUN_WORD})[\w'’.-]*)+")
_DEGREE_WORDS: Final = frozenset(d.replace("\\", "") + "." for d in _DEGREES)


def _cap_runs(text: str) -> regex.Pattern[str]:
    """The run regex for ``text``: the one that knows degrees only when a degree's abbreviation (after a space
    or a tab) may be there."""
    return _CAP_RUN if _has_degree(text) else _CAP_RUN_PLAIN


def _has_degree(text: str) -> bool:
    """A dot in ``text`` closes a degree's abbreviation right after a space or tab (at the dots: few, and found
    fast)."""
    i = text.find(".")
    while i >= 0:
        lo = max(0, i - 7)
        s = max(text.rfind(" ", lo, i), text.rfind("\t", lo, i))
        if s >= 0 and text[s + 1 : i + 1] in _DEGREE_WORDS:
            return True
        i = text.find(".", i + 1)
    return False


_ADJ_BEFORE: Final = regex.compile(
    r"(?:\b(?:der|die|dem|den|des|ein|eine|einem|einer|eines)\s+)((?:[\p{Ll}\d][\w-]*\s+){1,3})$"
)
_APPOSITION_AFTER: Final = regex.compile(
    r"(?:\s+\p{Ll}\w*){0,2}\s*,\s+(?:der|die|dem|den|des)\s+(?:[\p{Ll}\d][\w-]*\s+){0,2}(\p{Lu}[\w-]*)"
    r"((?:\s+(?:der|des|von)\s+(?:[\p{Ll}][\w-]*\s+){0,2}\p{Lu}[\w-]*)?)"
)
_NOBLE: Final = frozenset({"von", "van", "de", "zu"})
# two or three capitalised words at the start of a sentence, a line or after a quotation, up to a comma
_NAME_BEFORE_COMMA: Final = regex.compile(r"(?:^|[.!?:“”\n]\s*)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})$")
_AGE_AFTER: Final = regex.compile(r"\s*\((\d{1,3})\)")
_AGE_BEFORE: Final = regex.compile(r"(\d{1,3})(?:-j(?:ä|ae)hrige[nr]?| Jahre alte[nr]?)\s+$")
_NOT_NAME_WORDS: Final = frozenset(
    w.capitalize() for w in DETERMINERS | PREPOSITIONS | CONJUNCTIONS | PRONOUNS_NOM
) | both_spellings(
    {
        "Nach",
        "Laut",
        "Auch",
        "Dies",
        "Doch",
        "Dabei",
        "Damit",
        "Dann",
        "So",
        "Zudem",
        "Außerdem",
        "Bereits",
    }
)


class Entity:
    """One person or organisation of the document (mutable while one document is read)."""

    # a plain slotted class, not a dataclass: compiled, its __init__ is native code, a dataclass's is Python
    __slots__ = ("age", "canonical", "described", "first_names", "gender", "kind", "last", "roles", "tokens")

    def __init__(self, kind: str, canonical: str, tokens: int = 1) -> None:
        self.kind = kind  # person | org | source | other
        self.canonical = canonical
        self.tokens = tokens
        self.first_names: set[str] = set()
        self.gender = "?"
        self.roles: list[tuple[str, tuple[str, ...]]] = []  # (role key, modifier stems)
        self.age: int | None = None
        self.last = -1
        self.described = False  # a role phrase was given with the name, known to the lexicon or not

    def __repr__(self) -> str:
        return f"Entity({self.kind!r}, {self.canonical!r}, tokens={self.tokens})"


class NameSighting(NamedTuple):
    """A personal name found by the first pass, with what its surroundings say about the person."""

    pos: int
    name: str
    gender: str
    role: str  # role key (verteidigungsminister) or ""
    modifiers: tuple[str, ...]
    age: int | None


_FIRST_OR_TITLE: Final = (
    frozenset(lexicon.FIRST_NAMES) | frozenset(lexicon.TITLES) | frozenset(t + "." for t in lexicon.TITLES)
)


# "Der Regierungschef Nepals, Koruth Ambelani, …", "eine Sprecherin des Zolls, Jana Okafor (42), …": after
# a comma, a name of two or three capitalised words closed by a comma or a bracket (the cheap test, at commas),
# and before the comma a role phrase (looked for only there)
_NAME_AFTER_COMMA: Final = regex.compile(r",[ \t]+(\p{Lu}[\w'’-]+(?:[ \t]+\p{Lu}[\w'’.-]+){1,2})[ \t]*[,(]")
_ROLE_BEFORE_COMMA: Final = regex.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Ee]in|[Ee]ine)\s+(?:[\p{Ll}\d][\w-]*\s+){0,2}(\p{Lu}[\w-]+)"
    r"(?:\s+(?:der|des|von|vom|für|fuer)\s+(?:[\p{Ll}][\w-]*\s+){0,2}(\p{Lu}[\w-]+)|\s+(\p{Lu}[\w-]*s))?$"
)


def _role_appositions(text: str) -> list[NameSighting]:
    """Names given as the apposition of a role phrase before them (the first pass's runs miss them: no first
    name or title of the lexicon needs to introduce the name)."""
    out: list[NameSighting] = []
    for m in _NAME_AFTER_COMMA.finditer(text):
        comma = m.start()
        role = _ROLE_BEFORE_COMMA.search(text, max(0, comma - 90), comma)
        if role is None:
            continue
        rk = lexicon.role_key(role.group(1))
        name = m.group(1)
        if rk and not any(w in _NOT_NAME_WORDS or lexicon.head_of(w) is not None for w in name.split()):
            owner = role.group(2) or role.group(3)
            mods = (_stem(owner),) if owner else ()  # whose role: "der Behörde", "Thailands"
            gender = "f" if role.group(1).lower().endswith(("in", "innen")) else "?"
            out.append(NameSighting(m.start(1), name, gender, rk, mods, None))
    return out


def find_names(text: str) -> list[NameSighting]:
    """Personal names introduced by a first name, a title or a role noun, in document order."""
    out = _run_names(text)
    more = _role_appositions(text)
    if more:
        out = sorted(out + more, key=_POS)
    return out


_POS: Final = attrgetter("pos")


def _run_names(text: str) -> list[NameSighting]:
    """The names that runs of capitalised words introduce (``find_names`` without role appositions)."""
    out: list[NameSighting] = []
    for m in _cap_runs(text).finditer(text):
        ms = m.start()
        if ms and (text[ms - 1].isalnum() or text[ms - 1] == "-"):
            continue  # inside a word
        for start, run in _sentence_pieces(ms, m.group()):
            plan = _run_plan(run)
            if plan is None:
                continue
            for step in plan:
                _add_sightings(text, start, step, out)
    return out


# a full stop after a word of three letters or more and a capital after it: a sentence ends inside the run
_SENTENCE_END_IN_RUN: Final = regex.compile(r"(?<=\p{L}{3})\.[ \t]+(?=\p{Lu})")


def _sentence_pieces(ms: int, run: str) -> list[tuple[int, str]]:
    """The run of capitalised words at ``ms`` cut where a sentence ends inside it ("… seine Mannschaft. Torwart
    Max Brandt …", "… in Berlin. Die Ministerin …"), each piece with its offset; the run itself when none does (a
    title's dot stays: "Prof. Dr. Anna Roth")."""
    if "." not in run:
        return [(ms, run)]
    pieces: list[tuple[int, str]] = []
    k = 0
    for d in _SENTENCE_END_IN_RUN.finditer(run):
        word = run[k : d.start()].rsplit(" ", 1)[-1]
        if word in lexicon.TITLES or word.isupper():
            continue  # ("Prof. Dr. …"; an acronym's dot)
        pieces.append((ms + k, run[k : d.start()]))
        k = d.end()
    pieces.append((ms + k, run[k:]))
    return pieces


def _surnames_opening_sentences(text: str, sightings: list[NameSighting]) -> list[NameSighting]:
    """ "Steinmetz selbst will …": the surname of a person introduced before, alone at the start of a later
    sentence, mentions that person again there (the subject a following "er" or "der 68-Jährige" refers to)."""
    out: list[NameSighting] = []
    seen: set[str] = set()
    for s in sightings:
        words = s.name.split()
        surname = words[-1]
        if len(words) < 2 or surname in seen or len(surname) < 3:
            continue
        seen.add(surname)
        k = text.find(surname, s.pos + len(s.name))
        while k >= 0:
            end = k + len(surname)
            if (end >= len(text) or not text[end].isalnum()) and _opens_sentence(text, k):
                out.append(s._replace(pos=k, name=surname))
            k = text.find(surname, end)
    return out


def _named_as_the_role(text: str, named: NameSighting, mkey: str, head: str) -> bool:
    """Whether the name sighted later may belong to the role phrase (key ``mkey``, head noun ``head``): a role given
    with it fits the phrase, or it has none and no apposition after it gives one ("Jan Roth, ein Anwohner, …")."""
    if named.role:
        return roles_compatible(mkey, head, named.role)
    end = named.pos + len(named.name)
    return text[end : end + 1] != ","


def _role_word_start(text: str, pos: int) -> int:
    """Where the word right before the name at ``pos`` starts ("Tierheimleiterin Ramona Seidl"), or ``pos``."""
    k = pos
    while k > 0 and text[k - 1] == " ":
        k -= 1
    j = k
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "-"):
        j -= 1
    return j if j < k else pos


def _opens_sentence(text: str, k: int) -> bool:
    """Whether the word at ``k`` opens a sentence or paragraph: after ". ", "! ", "? " or a line break."""
    j = k
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or (text[j - 1] in ".!?\n" and (j < k or text[j - 1] == "\n"))


def _add_sightings(text: str, ms: int, step: _PlanStep, out: list[NameSighting]) -> None:
    """Add to ``out`` the sighting of one name in the run at ``ms``, with its age and the adjectives before a
    role, and a second one for a role in apposition after the run's last name ("Ute Hahn, die Sprecherin der
    Stadt")."""
    start, end, first, gender, role, mods, name, last = step
    start += ms
    end += ms
    if role and not first_named(name) and genitive_of_named(text, name):
        return  # "die Anwältin Samanis": Samani's lawyer, who is not named
    if first and role:
        mods = (*mods, *_adjectives_before(text, ms))
    age = _age_around(text, ms, start, end)
    sighting = NameSighting(start, name, gender, role, mods, age)
    out.append(sighting)
    if last:
        apposition = _apposed_role(text, end, sighting)
        if apposition is not None:
            out.append(apposition)


def _adjectives_before(text: str, ms: int) -> tuple[str, ...]:
    """The stems of the adjectives before the run at ``ms`` ("der neue Innenminister …")."""
    before = _ADJ_BEFORE.search(text, max(0, ms - 60), ms)
    return tuple(_stem(a) for a in before.group(1).split()) if before else ()


def _age_around(text: str, ms: int, start: int, end: int) -> int | None:
    """The age after the name ("Holger Mertens (52)") or, for a name that opens the run at ``ms``, before it
    ("der 52-jährige Holger Mertens")."""
    hi = min(len(text), end + 8)
    am = _AGE_AFTER.match(text, end, hi) if text.find("(", end, hi) >= 0 else None  # (no bracket: no regex)
    if am:
        return int(am.group(1))
    if start == ms and (text.find("-j", max(0, ms - 16), ms) >= 0 or text.find(" Jahre alt", max(0, ms - 16), ms) >= 0):
        ab = _AGE_BEFORE.search(text, max(0, ms - 18), ms)  # ("der 52-jährige Holger Mertens", "der 52 Jahre alte …")
        if ab:
            return int(ab.group(1))
    return None


def _apposed_role(text: str, end: int, named: NameSighting) -> NameSighting | None:
    """The name of ``named`` again with the role of an apposition after it at ``end`` ("Ute Hahn, die Sprecherin
    der Stadt"): the role's key, the genitive's last word as modifier, female for a feminine role; else None."""
    hi = min(len(text), end + 120)
    app = _APPOSITION_AFTER.match(text, end, hi) if text.find(",", end, hi) >= 0 else None  # (no comma: no regex)
    if not app:
        return None
    rk = lexicon.role_key(app.group(1))
    if not rk:
        return None
    gen = app.group(2).split()
    amods = (_stem(gen[-1]),) if gen else ()
    g = "f" if app.group(1).lower().endswith(("in", "innen")) else named.gender
    return NameSighting(named.pos, named.name, g, rk, amods, named.age)


_PlanStep = tuple[int, int, bool, str, str, tuple[str, ...], str, bool]
_Plan = tuple[_PlanStep, ...]
_PLANS: Final[dict[str, _Plan | None]] = {}


def _run_plan(run: str) -> _Plan | None:
    """What ``_plan_of`` tells of a run, remembered: the same runs come again and again (Die Polizei)."""
    try:
        return _PLANS[run]  # (one lookup: a memo another thread empties in between cannot fail it)
    except KeyError:
        return remember(_PLANS, run, _plan_of(run))


def _plan_of(run: str) -> _Plan | None:
    """The names a capitalised run introduces, as far as its words tell: for each, its start and end in the
    run, whether its introducer opens the run (then adjectives before the run may qualify a role), the
    gender and role the introducer implies, modifier stems, the name, and whether it ends the run (then an
    apposition may follow). None for the many runs that introduce none."""
    words = _name_run(run)
    if words is None:
        return None
    offsets = _word_offsets(run, words)
    plan = []
    i = 0
    n = len(words)
    while i < n - 1:
        j, gender, role, mods = _introducer(words, i)
        if (
            j >= n
            or words[j] in NAME_PARTICLES
            or words[j] in _NOT_NAME_WORDS
            or words[j].rstrip(".") in lexicon.TITLES
        ):
            # (nor a title that ends the run: "Prof. Dr." names no one)
            i = max(j, i + 1)
            continue
        first = words[j].split("-")[0]
        has_first = (
            first in lexicon.FIRST_NAMES
            and j + 1 < n
            and (words[j + 1][0].isupper() or words[j + 1] in NAME_PARTICLES)  # "Ursula von der Leyen"
        )
        if not has_first and j == i:
            i += 1
            continue
        if has_first and gender == "?":
            gender = lexicon.FIRST_NAMES[first]
        name_words, k = _name_words(words, j)
        if not name_words:
            i = k + 1
            continue
        if _company_name(words, name_words, k):
            i = k + 1  # "Der Maschinenbauer Kessler AG": a company, no person named Kessler
            continue
        end = offsets[k - 1] + len(words[k - 1])
        plan.append((offsets[j], end, i == 0, gender, role, tuple(mods), " ".join(name_words), k == n))
        i = k
    return tuple(plan)


def _company_name(words: tuple[str, ...], name_words: list[str], k: int) -> bool:
    """The name words (ending before word ``k`` of the run) hold or precede a legal form: a company's name."""
    forms = lexicon.LEGAL_FORMS
    return any(w in forms for w in name_words) or (k < len(words) and words[k] in forms)


def _word_offsets(run: str, words: tuple[str, ...]) -> list[int]:
    """Where each of the words of a run starts in it."""
    offsets: list[int] = []
    p = 0
    for w in words:
        p = run.index(w, p)
        offsets.append(p)
        p += len(w)
    return offsets


def _name_words(words: tuple[str, ...], j: int) -> tuple[list[str], int]:
    """The words of the name that starts at word ``j`` of a run (without particles at its end), and the index
    after them."""
    n = len(words)
    k = j
    name_words: list[str] = []
    while k < n and not _ends_name(words[k], name_words, k + 1 < n):
        if name_words and k + 1 < n and words[k + 1] == "Online":
            break  # "sagte Anna Roth Spiegel Online": the medium spoken to
        name_words.append(words[k])
        k += 1
    while name_words and name_words[-1] in NAME_PARTICLES:
        name_words.pop()
        k -= 1
    return name_words, k


def _ends_name(w: str, name_words: list[str], more: bool) -> bool:
    """The word ``w`` after ``name_words`` is no part of the name (``more``: other words follow it): an
    organisation, role or title, a common noun, a particle at the end, "von" after a surname."""
    if name_words and len(w) > 3 and (lexicon.org_of(w) or lexicon.role_of(w) or w in lexicon.TITLES):
        return not _surname_like_role(w, name_words)
    if w in _NOT_NAME_WORDS or _common_noun(w):
        return True  # "werfen Norbert Lammert Verzögerung vor", "beantragte der Vorstand Insolvenz": an object
    if w in NAME_PARTICLES and (not more or not name_words):
        return True
    # "Angela Merkel von der SPD": "von" continues a name only after a given name
    return (
        w in _NOBLE and name_words[-1].split("-")[0] not in lexicon.FIRST_NAMES and name_words[-1] not in NAME_PARTICLES
    )


def _surname_like_role(w: str, name_words: list[str]) -> bool:
    """ "Julia Richter", "Thomas Koch", "Anna Bauer": right after given names only, a role noun in its plain form
    (no compound, no ending) is the surname."""
    if lexicon.org_of(w) or not all(n.split("-")[0] in lexicon.FIRST_NAMES for n in name_words):
        return False
    first, _, last = w.rpartition("-")
    if first:  # "Eva Fröhlich-Bauer", "Jan Schulze-Richter": a double surname whose second part is a role noun
        return _double_surname_part(first) and lexicon.role_of(last) == last.lower()
    return lexicon.role_of(w) == w.lower()


def _double_surname_part(part: str) -> bool:
    """The first part of a hyphenated word reads as a surname: capitalised, not an acronym, no role or body
    ("Fröhlich-", not "SPD-", "Ex-", "Landes-", "Vize-")."""
    return (
        len(part) >= 3
        and part[0].isupper()
        and not part.isupper()
        and lexicon.role_of(part) is None
        and lexicon.org_of(part) is None
        and part.lower() not in _COMPOUND_FRONTS
    )


# capitalised first parts of role compounds written with a hyphen ("Vize-Präsidentin", "Interims-Trainer")
_COMPOUND_FRONTS: Final = frozenset({"vize", "interims", "landes", "bundes", "kreis", "stadt", "ober", "chef", "ehren"})


def _plural_role(word: str, key: str) -> bool:
    """A role noun in the plural ("den Ermittlern", "die Sprecherinnen"): it introduces no one's name after it
    ("der von den Ermittlern Hollmann zugeordnet wurde")."""
    low = word.lower()
    return low.endswith("innen") or (key.endswith("er") and low == key + "n")


def first_named(name: str) -> bool:
    """A name that opens with a given name of the lexicon ("Anna Roth", "Hans-Peter Kühn")."""
    return name.split(" ", 1)[0].split("-")[0] in lexicon.FIRST_NAMES


def _common_noun(word: str) -> bool:
    """A long noun with an abstract ending (Verzögerung, Zustimmung, Mehrheit, Insolvenz), never a surname."""
    return len(word) >= 8 and word.lower().endswith(NOUN_ENDINGS) and not word.lower().endswith(BODIES)


def _name_run(run: str) -> tuple[str, ...] | None:
    """The words of a capitalised run that may introduce a name, cut after a sentence-final dot; None for
    the many runs that cannot ("Deutsche Bank", "Nach Angaben")."""
    words = run.split()
    # a cheap test first: a first name, a title or a role noun in front (Russlands Verteidigungsminister …)
    if _FIRST_OR_TITLE.isdisjoint(words[:-1]):
        role_tails = lexicon.ROLE_ENDINGS.buckets
        for w in words[:3]:
            if w[-3:].lower() in role_tails:
                break
        else:
            return None
    # a word ending in a dot ends the run unless it is a title ("Dr.", "Prof."): "… in Berlin. Die …"
    for k, w in enumerate(words):
        if w.endswith(".") and w.rstrip(".") not in lexicon.TITLES and not (len(w) == 2 and k + 1 < len(words)):
            words = words[: k + 1]
            if not _surname_initial(w, words):
                words[-1] = w.rstrip(".")
            break
    if len(words) < 2 or not _may_introduce(words):
        return None
    return tuple(words)


def _fuller_name(text: str, surname: str, pos: int) -> str | None:
    """The name a lone surname shortens, written earlier in the text with a given name the lexicon does not know
    ("Tesla-Chef Elon Musk … Musk sagte"): the last "<Word> <surname>" before ``pos`` whose first word follows no
    article or sentence end and is no function word or noun of the lexicon; None when there is none."""
    k = text.rfind(" " + surname, 0, pos)
    while k > 0:
        given = _word_before(text, k)
        end = k + 1 + len(surname)
        if given and (end >= len(text) or not text[end].isalnum()):
            return given + " " + surname if _may_be_given_name(text, k - len(given), given) else None
        k = text.rfind(" " + surname, 0, k)
    return None


def _word_before(text: str, k: int) -> str:
    """The capitalised word (letters, one hyphen) that ends at ``k``, or ""."""
    s = k
    while s > 0 and (text[s - 1].isalpha() or text[s - 1] == "-"):
        s -= 1
    word = text[s:k]
    return word if word[:1].isupper() and word[1:2].islower() else ""


def _may_be_given_name(text: str, start: int, given: str) -> bool:
    """Whether ``given`` at ``start`` can be a given name before a surname: it follows no sentence end or article
    (a noun follows one: "das Land Berlin") and is no function word, noun of the lexicon or trade noun."""
    before = text[max(0, start - 40) : start].rstrip()
    if not before or before[-1] in _SENTENCE_ENDS or before.rsplit(None, 1)[-1].lower() in DETERMINERS:
        return False
    return (
        given.lower() not in FUNCTION_WORDS
        and lexicon.head_of(given) is None
        and lexicon.trade_of(given) is None
        and not _common_noun(given)
    )


_SENTENCE_ENDS: Final = '.!?:;„“"»«'


def _surname_initial(w: str, words: list[str]) -> bool:
    """ "Thomas K.": a capital and its dot after a given name is the surname's initial (court and police reports
    name people so), its dot no sentence end to cut."""
    return len(w) == 2 and w[0].isupper() and len(words) >= 2 and words[-2].split("-")[0] in lexicon.FIRST_NAMES


def _may_introduce(words: list[str]) -> bool:
    """Whether a run holds what a name needs below: a first name, or a title or role noun that
    ``_introducer`` takes (itself, or the role after a genitive); most capitalised runs hold none.
    (A word with a dot left in it has no role ending, so only the word without dots is looked up.)"""
    titles = lexicon.TITLES
    tails = lexicon.ROLE_ENDINGS.buckets  # a role noun's last three letters are a key here (cheap test first)
    for w in words:
        bare = w.rstrip(".")
        if (
            bare in titles
            or w.split("-")[0] in lexicon.FIRST_NAMES
            or (bare.lower()[-3:] in tails and lexicon.role_key(bare))
        ):
            return True
    return False


def _introducer(words: tuple[str, ...], i: int) -> tuple[int, str, str, list[str]]:
    """Titles, role nouns and a genitive before a name (Russlands Verteidigungsminister, Prof. Dr.):
    the index of the first name word, the gender they imply, the role key and modifier stems."""
    gender = "?"
    role = ""
    mods: list[str] = []
    n = len(words)
    while i < n - 1:
        w = words[i].rstrip(".")
        if w in lexicon.TITLES:
            g = lexicon.TITLES[w]
            gender = g if g != "?" else gender
            i += 1
            continue
        rk = lexicon.role_key(w)
        if rk and w not in _NOT_NAME_WORDS and not _plural_role(w, rk):
            role = rk
            if w.lower().endswith(("in", "innen")) and len(w) > 4:
                gender = "f"
            i += 1
            continue
        if w.endswith("s") and lexicon.role_key(words[i + 1]):
            mods.append(_stem(w))
            i += 1
            continue
        break
    return i, gender, role, mods


@lru_cache(maxsize=1 << 16)  # a pure function of the name, which comes again and again
def _name_keys(name: str) -> tuple[int, frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """What ``Registry._person`` files a name under: its number of words, the keys of its given names, the keys
    of its other words from the last (a single word is its own key), and the key of its first word followed by
    those of its given names before the last word."""
    words = name.split()
    firsts = frozenset(name_key(w) for w in words[:-1] if w.split("-")[0] in lexicon.FIRST_NAMES)
    # (the last word is the surname, also where it is a given name too: "Daniel Günther", "Friederike Otto")
    last = len(words) - 1
    keys = tuple(
        name_key(words[k])
        for k in range(last, -1, -1)
        if (k == last or words[k].split("-")[0] not in lexicon.FIRST_NAMES) and words[k] not in NAME_PARTICLES
    )
    first_keys = (
        name_key(words[0]) if words else "",
        *(name_key(w) for w in words[:-1] if w.split("-")[0] in lexicon.FIRST_NAMES),
    )
    return len(words), firsts, keys, first_keys


def _given_clash(name: str, known: str) -> bool:
    """Two full names on one surname whose first words differ ("Anselm Krüger … Maria Krüger", the second with a
    listed given name): different people, also where the first one's given name is not in the list."""
    a, b = name.split(), known.split()
    if len(a) < 2 or len(b) < 2 or a[0] in NAME_PARTICLES or b[0] in NAME_PARTICLES:
        return False
    # (one name inside the other is the same person: "Paul II." in "Johannes Paul II.")
    return a[0][:1].isupper() and b[0][:1].isupper() and a[0] not in b and b[0] not in a


def _strip_det(text: str, det: str) -> str:
    if det and text.lower().startswith(det + " "):
        return text[len(det) + 1 :]
    return text


def _role_head_key(role: str) -> str:
    """The role key of a role phrase's head, not of its genitive: "Bruder des Papstes" -> bruder."""
    head = next((w for w in role.split() if w[:1].isupper()), "")
    return lexicon.role_key(head) or "" if head else ""


def roles_compatible(mention_key: str, mention_head: str, entity_role: str) -> bool:
    """Whether a role phrase can refer to someone with ``entity_role`` (both lower-case role keys)."""
    if not entity_role:
        return False
    mention_key, entity_role = _office(mention_key), _office(entity_role)
    if entity_role.endswith(mention_key) or mention_key.endswith(entity_role):
        return True
    entity_head = lexicon.role_of(entity_role) or entity_role
    specific = lexicon.ROLE_HYPERNYMS.get(mention_head)
    if not specific or (mention_key != mention_head and "-" not in mention_key):
        return False  # ("der Polizeichef" is a role of its own, not any Chef; "die SPD-Politikerin" is a Politikerin)
    return entity_head in specific or any(entity_role.endswith(s) for s in specific)


def _office(key: str) -> str:
    """A role key without the prefix that makes it a former office: "Altkanzler" and "Ex-Kanzler" are one role."""
    if key.startswith("ex-"):
        return key[3:]
    if key.startswith("alt") and key[3:4] not in ("", "e"):  # (not "Altenpfleger")
        return key[3:]
    return key


def _role_score(m: Mention, mkey: str, owned: bool, ent: Entity, discipline: bool) -> int:
    """How well a role phrase fits a person (-1: not at all): a compatible role, more so with shared modifiers;
    ``discipline``: the phrase is an epithet of a discipline that fits the person named last ("die Ökonomin")."""
    if m.head == "jährige":
        # "die 52-Jährige": the person of that age, or else the last person of that gender whose age
        # the text does not contradict
        return 10 if (m.age is not None and ent.age == m.age) else (0 if ent.age is None else -1)
    if m.head in lexicon.DEMONYMS or _sport_position(m) or discipline:
        # "Trainer Vincent Kompany … sagte der Belgier": a nationality is an epithet for the person named last,
        # as is a player's position ("Kapitän Jonas Roth … sagte der Innenverteidiger")
        return 0 if m.start - ent.last < _EPITHET_WINDOW else -1
    score = -1
    for role, mods in ent.roles:
        shared = len(set(m.modifiers) & set(mods))
        if roles_compatible(mkey, m.head, role) and (shared or not (owned and mods)):
            score = max(score, 1 + 3 * shared)
    if score < 0 and not ent.roles and not owned and _epithet_word(m, lexicon.OCCUPATIONS):
        # "Uta Sommer vertreibt eine Creme. … Die Schauspielerin klagte": the person named last, whom the text
        # gave no other role
        return 0 if m.start - ent.last < _EPITHET_WINDOW else -1
    return score


def _discipline_word(m: Mention) -> str:
    """The discipline the phrase's last word names ("Ökonomin" -> ökonom, "Politologin" -> politologe), or ""."""
    word = m.phrase.rsplit(" ", 1)[-1].lower()
    for base in (word, word[:-2], word[:-2] + "e") if word.endswith("in") else (word,):
        if base in lexicon.DISCIPLINES:
            return base
    return ""


def _sport_position(m: Mention) -> bool:
    """A role phrase whose noun is a position in team sports ("der Innenverteidiger", "die Torhüterin")."""
    return _epithet_word(m, lexicon.EPITHETS)


def _epithet_word(m: Mention, words: frozenset[str]) -> bool:
    """The phrase's last word is one of ``words``, or its feminine in -in."""
    word = m.phrase.rsplit(" ", 1)[-1].lower()
    return word in words or (word.endswith("in") and word[:-2] in words)


def _owned(m: Mention) -> bool:
    """A role phrase with a genitive of its own ("der Direktor der Fluggesellschaft", "die Anwältin Samanis"): it
    names whose role it is, so a person holding that role elsewhere ("Direktor der Behörde") is someone else."""
    phrase = m.phrase
    low = phrase.lower()
    if " der " in low or " des " in low:
        return True
    last = phrase.rsplit(" ", 1)[-1]
    return last != phrase and last[:1].isupper() and last.endswith("s") and not lexicon.role_of(last)


def _bare_process(m: Mention) -> bool:
    """A frame noun for a process or a finding, without a compound part that names its source: "der Auszählung",
    "ersten Schätzungen", "bisherigen Ermittlungen" (but "Expertenmeinung", "Medieninformationen" say whose)."""
    head = m.head
    if not head.endswith(ABSTRACT_ENDINGS) or head.endswith(BODIES):
        return False
    word = next((w for w in m.text.lower().split() if head in w), "")
    prefix = word[: word.find(head)]
    return len(prefix) < 4 or prefix in _VERB_PREFIXES  # (Auszählung, Hochrechnung: no source in the prefix)


# prefixes of nouns made from verbs: "Aus|zählung", "Ein|schätzung", "Hoch|rechnung" name no source
_VERB_PREFIXES: Final = both_spellings(
    {"aus", "ein", "auf", "vor", "nach", "hoch", "fest", "über", "unter", "zurück", "erst"}
)


def named_as(m: Mention) -> str:
    """What a phrase names someone by: the phrase without its article, in the nominative when it stands in the
    genitive ("Angaben des Bundesamtes" -> "Bundesamt")."""
    if not m.det:
        return by_title(m.phrase)
    phrase = m.phrase
    if phrase.startswith(("der ", "des ")):
        # a part of a group: "einige der Ärzte", "einer der Demonstranten" is named by the whole phrase
        return m.text[:1].upper() + m.text[1:]
    return by_title(nominative(phrase, m.det, lexicon.base_form))


_OPENING_QUOTES: Final = "„“\"»«‚‘'"
_CLOSING_QUOTES: Final = "“”\"«»‘’'"


def _group_name(phrase: str) -> str:
    """A group's name with its second member, where an article marks it as a genitive or dative, in the nominative
    and without that article, as the first is ("Ministerium und des Verbands" -> "Ministerium und Verband",
    "Ministerium und dem Verband" -> "Ministerium und Verband"); a member in the nominative stays as written ("Stadt
    und der Schwimmverein")."""
    for joiner in (" und ", " sowie "):
        i = phrase.find(joiner)
        if i > 0:
            det, _, rest = phrase[i + len(joiner) :].partition(" ")
            if det not in _OBLIQUE_ARTICLES or not rest:
                return phrase
            return phrase[: i + len(joiner)] + nominative(rest, det, lexicon.base_form)
    return phrase


_OBLIQUE_ARTICLES: Final = frozenset({"des", "dem", "den"})


def _without_state(phrase: str) -> str:
    """A role phrase without the mood it opens with, which names no role ("sichtlich bewegte Bürgermeister": the
    Bürgermeister), so that one person keeps one name; the phrase itself when nothing capitalised would be left.
    (An age stays: it tells two unnamed people apart, "der 34-jährige Fahrer" and "der 20-jährige Fahrer".)"""
    m = _MOOD_LEAD.match(phrase)
    if m is None or not phrase[m.end() :][:1].isupper():
        return phrase
    return phrase[m.end() :]


# a mood before the role noun: an adverb of degree and an adjective ("sichtlich bewegte", "hörbar verärgerte")
_MOOD_LEAD: Final = regex.compile(
    "(?:"
    + "|".join(
        both_spelled(("sichtlich", "hörbar", "merklich", "spürbar", "deutlich", "tief", "sehr", "völlig", "zutiefst"))
    )
    + r")\s+\p{Ll}+e[nrs]?\s+"
)


def by_title(phrase: str) -> str:
    """A medium or work named by its quoted title is called by the title: "„Bild“", "Zeitung „Die Welt“" and
    "britische „Times“" are Bild, Die Welt and Times (not the marks, nor the kind of medium, nor adjectives); any
    other phrase stays as it is."""
    if len(phrase) < 3 or phrase[-1] not in _CLOSING_QUOTES:
        return phrase
    k = 0
    while k < len(phrase) - 1 and phrase[k] not in _OPENING_QUOTES:
        k += 1
    before = phrase[:k].strip()
    # (adjectives before the title are none of its name: "die französische „Allianz für das Klima“")
    described = all(w[:1].islower() for w in before.split())
    if before and not described and (" " in before or lexicon.media_of(before) is None):
        return phrase
    title = phrase[k + 1 : -1].strip()
    return title if title else phrase


_COMPANY_NOUNS: Final = lexicon.COMPANY_NOUNS
_DEFINITE: Final = frozenset({"der", "die", "das", "dieser", "diese", "dieses"})
# "aus dem Haus", "aus dem Hause Siemens": an organisation named by its house
_HOUSE: Final = frozenset({"haus", "hause"})
_HOUSE_OF: Final = "Hause "
# a company's name: up to four capitalised words and its legal form ("Kramer Logistik GmbH", "Hansa Bau AG")
_COMPANY_NAME: Final = regex.compile(
    r"\b((?:\p{Lu}[\p{L}\d&.-]*\s){1,4}(?:"
    + "|".join(regex.escape(f) for f in sorted(lexicon.LEGAL_FORMS, key=len, reverse=True))
    + r"))\b"
)


_TRADE_NAME: Final = regex.compile(
    r"\b(\p{Lu}[\p{L}-]*)\s+(\p{Lu}[\p{L}\d&-]*(?:\s+\p{Lu}[\p{L}\d&-]*){0,2})", flags=regex.V1
)


def _last(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """The last match of ``pattern`` in text[lo:hi] (scanning forwards, as the pattern is written)."""
    found = None
    for m in pattern.finditer(text, lo, hi):
        found = m
    return found


def _after_trade(text: str, lo: int, hi: int, fits: str) -> tuple[int, str]:
    """Where the last company named after a trade noun in text[lo:hi] starts, and its name ("der Chemiekonzern
    BASF" -> BASF); (-1, "") when none is. ``fits``: a trade word the noun must end in ("kette" for "die
    Kette": "Supermarktkette"), "" for any."""
    best, name = -1, ""
    for m in _TRADE_NAME.finditer(text, lo, hi, overlapped=True):
        noun = m.group(1)
        if lexicon.trade_of(noun) is None or (fits and not noun.lower().endswith(fits)):
            continue
        words = m.group(2).split()
        if words[0] in lexicon.FIRST_NAMES:
            continue  # (a person: "der Gebrauchtwagenhändler Peter Klein")
        n = 0
        while n < len(words) and company_name_word(words[n]):
            n += 1
        if n:
            best, name = m.start(), " ".join(words[:n])
    return best, name


# nouns of associations, which a text calls by any of them again ("die Umweltorganisation X … der Verband")
_ASSOCIATIONS: Final = both_spelled(("verband", "organisation", "verein", "vereinigung", "bündnis", "initiative"))


def _name_after(text: str, e: int, hi: int) -> str:
    """The name that follows an organisation's noun ending at ``e`` ("Umweltorganisation Greenpeace", "Bauernverband
    Schleswig-Holstein"): a space and up to three capitalised words no lexicon knows, before ``hi``; else ""."""
    m = _TRADE_NAME_AFTER.match(text, e, hi)
    if m is None:
        return ""
    words = m.group(1).split()
    n = 0
    while n < len(words) and company_name_word(words[n]) and words[0] not in lexicon.FIRST_NAMES:
        n += 1
    return " " + " ".join(words[:n]) if n else ""


_TRADE_NAME_AFTER: Final = regex.compile(r"\s+(\p{Lu}[\p{L}\d&-]*(?:\s+\p{Lu}[\p{L}\d&-]*){0,2})", flags=regex.V1)


def _singular_body(ent: Entity) -> bool:
    """An organisation named by a noun in the singular, which a plural "sie" does not refer to."""
    return ent.kind == "org" and bool(ent.canonical) and singular_org(ent.canonical.rsplit(" ", 1)[-1])


def singular_org(word: str) -> bool:
    """An organisation's noun in the singular ("Polizei", "Entwicklungsbank"), which a plural "sie" ("Sie
    gaben an, …") does not refer to; not "Grünen", "Behörden", "Stadtwerke" (a plural, or a form that may be one)."""
    low = word.lower()
    entry = lexicon.org_of(word)
    return entry is not None and low.endswith(entry) and not low.endswith(("e", "en", "er"))


def _bare_noun(ent: Entity) -> bool:
    """A "person" known only by one long word with a common noun's ending (Insolvenz, Zustimmung, Mehrheit),
    never introduced: no antecedent of "er"/"sie"."""
    word = ent.canonical
    return not _introduced(ent) and " " not in word and _common_noun(word)


def _introduced(ent: Entity) -> bool:
    """A person named with a first name, a title or a role somewhere in the text."""
    return bool(ent.first_names or ent.roles) or ent.tokens > 1


def _describes(role: str) -> bool:
    """A role phrase bound to a name describes the person, an academic title alone does not: "Dr. med. Eva Roth"
    may still be called "die Ärztin" after she spoke, as a person with no role given."""
    return any(w.rstrip(".") not in lexicon.TITLES for w in role.split())


class Registry:
    """The entities of one document and who was mentioned last."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lower: str | None = None  # the text lower-cased as far as asked (``_lowered``)
        self._keys: dict[str, str] = {}  # name_key memo for this document
        self._by_key: dict[str, Entity] = {}
        self._by_first: dict[str, Entity] = {}
        self._orgs: dict[str, Entity] = {}
        self._recent: list[Entity] = []
        self._sightings: list[NameSighting] | None = None  # the first pass, run when a phrase is first resolved
        self._next = 0
        self._speaker: Entity | None = None  # who spoke last, as the detector found

    def _first_pass(self) -> list[NameSighting]:
        # deferred: an article without any speaker phrase never pays for the whole-text scan
        self._sightings = find_names(self._text)
        for s in self._sightings:
            self._person(s.name, s.gender, s.role, s.modifiers, s.age)
        again = _surnames_opening_sentences(self._text, self._sightings)
        if again:
            self._sightings = sorted(self._sightings + again, key=_POS)
        return self._sightings

    def spoke(self, ent: Entity | None) -> None:
        """Take note of who the last statement is from (a bare role noun after it may refer to them)."""
        self._speaker = ent

    # -- building -------------------------------------------------------------------------------

    def _key(self, word: str) -> str:
        k = self._keys.get(word)
        if k is None:
            k = self._keys[word] = name_key(word)
        return k

    def _person(self, name: str, gender: str, role: str, mods: tuple[str, ...], age: int | None) -> Entity:
        n_words, firsts, keys, first_keys = _name_keys(name)
        ent = None
        for k in keys:
            cand = self._by_key.get(k)
            if (
                cand is not None
                and (not firsts or not cand.first_names or firsts & cand.first_names)
                and not (firsts and _given_clash(name, cand.canonical))
            ):
                ent = cand
                break
        if ent is None and n_words == 1:
            ent = self._by_first.get(first_keys[0])
        if ent is None:
            ent = Entity("person", name, tokens=n_words)
        elif n_words > ent.tokens:
            ent.canonical, ent.tokens = name, n_words
        ent.first_names |= firsts
        for k in keys:
            self._by_key.setdefault(k, ent)
        for k in first_keys[1:]:
            self._by_first.setdefault(k, ent)
        if ent.gender == "?" and gender in ("m", "f"):
            ent.gender = gender
        if role and (role, mods) not in ent.roles:
            ent.roles.append((role, mods))
        if age is not None:
            ent.age = age
        return ent

    def _touch(self, ent: Entity, pos: int) -> None:
        ent.last = pos
        rec = self._recent
        if rec and rec[-1] is ent:
            return
        if ent in rec:
            rec.remove(ent)
        rec.append(ent)
        if len(rec) > _RECENT:
            del rec[0]

    def advance(self, pos: int) -> None:
        """Take note of the names the first pass found before ``pos`` (they are now 'mentioned')."""
        s = self._sightings if self._sightings is not None else self._first_pass()
        while self._next < len(s) and s[self._next].pos < pos:
            sg = s[self._next]
            ent = self._by_key.get(self._key(sg.name.split()[-1])) or self._person(
                sg.name, sg.gender, sg.role, sg.modifiers, sg.age
            )
            self._touch(ent, sg.pos)
            self._next += 1

    def people_between(self, start: int, end: int, gender: str = "") -> list[Entity]:
        """The people (of ``gender``, or any) mentioned from ``start`` up to ``end``, the last one first, two at most
        (after the names before ``end`` are noted)."""
        self.advance(end)
        found: list[Entity] = []
        for ent in reversed(self._recent):  # (most recently mentioned last: the look back stops before ``start``)
            if ent.last < start or len(found) == 2:
                break
            if (
                ent.kind == "person"
                and ent.last < end
                and (not gender or ent.gender in (gender, "?"))
                and not _bare_noun(ent)
            ):
                found.append(ent)
        return found

    def person_labelled(self, label: str, pos: int) -> Entity | None:
        """The person a label at ``pos`` names ("Otto", "Friederike Otto", "Prof. Otto"): one the text introduced
        under that surname, or a name that opens with a given name; None for anything else ("Frage", "SPIEGEL")."""
        self.advance(pos)
        words = label.split()
        known = self._known_person(words[-1])
        if known is not None:
            self._touch(known, pos)
            return known
        if (len(words) >= 2 and first_named(label)) or (len(words) == 1 and self._addressed(words[0])):
            ent = self._person(label, "?", "", (), None)
            self._touch(ent, pos)
            return ent
        return None

    def _addressed(self, surname: str) -> bool:
        """ "Herr Brandt, Sie waren …": the text addresses a person under this surname with Herr or Frau."""
        return any(m.group(1) == surname for m in _ADDRESSED.finditer(self._text))

    def _known_person(self, word: str) -> Entity | None:
        """The person introduced (with a first name, title or role) under this surname, if any."""
        if not word[:1].isupper():
            return None
        ent = self._by_key.get(self._key(word))
        if ent is not None and ent.kind == "person" and (ent.first_names or ent.roles) and ent.tokens > 1:
            return ent
        return None

    def established(self, m: Mention) -> bool:
        """A name the text has introduced as a person (first name, title, role) or an acronym (BVG):
        a bare capitalised word ("Menschen", "Daneben") is not enough to make someone the topic."""
        if not m.name:
            return False
        if m.name.isupper() or m.role or (" " in m.name and m.name.split()[0].split("-")[0] in lexicon.FIRST_NAMES):
            return True
        self.advance(m.start)
        ent = self._by_key.get(self._key(m.name.split()[-1]))
        return ent is not None and ent.kind == "person" and (bool(ent.first_names) or bool(ent.roles))

    # -- resolving ------------------------------------------------------------------------------

    def resolve(self, m: Mention, plural_verb: bool = False) -> tuple[str | None, Entity | None]:
        """The canonical speaker for a phrase at its position, and the entity (None when unknown)."""
        self.advance(m.start)
        kind = m.kind
        if kind == "frame":
            return self._frame(m, plural_verb)
        if kind == "name":
            name = m.name
            if " " not in name and not name.isupper() and self._by_key.get(self._key(name)) is None:
                name = _fuller_name(self._text, name, m.start) or name  # "Elon Musk … Musk sagte"
            ent = self._person(name, m.gender, _role_head_key(m.role), m.modifiers, m.age)
            ent.described = ent.described or _describes(m.role)
            self._touch(ent, m.start)
            return ent.canonical, ent
        if kind == "pronoun":
            return self._pronoun(m, plural_verb)
        if kind == "other" and (m.head in _HOUSE or m.name.startswith(_HOUSE_OF)):
            return self._house(m)
        if kind in ("role", "other") and m.det in _DEFINITE:
            company = self._company(m.head, m.phrase.split(), m.start)
            if company is not None:  # "die Supermarktkette Rewe … Die Kette erklärte", "Der Autobauer teilte mit"
                self._touch(company, m.start)
                return company.canonical, company
        if kind == "role":
            return self._role(m, plural_verb)
        if kind == "org":
            return self._org(m)
        return self._other(m)

    def _house(self, m: Mention) -> tuple[str | None, Entity | None]:
        """ "hieß es aus dem Haus", "aus ihrem Haus": the house is the organisation that spoke last, shortly
        before; "aus dem Hause Siemens" is Siemens; else the phrase as written."""
        if m.name.startswith(_HOUSE_OF):
            rest = m.name.split(" ", 1)[1]
            org = self._orgs.get(rest.lower())
            if org is None:
                org = self._orgs[rest.lower()] = Entity("org", rest, tokens=len(rest.split()))
            self._touch(org, m.start)
            return org.canonical, org
        if m.phrase in ("Haus", "Hause"):
            for ent in reversed(self._recent):
                if ent.kind in ("org", "other") and m.start - ent.last < _ORG_WINDOW:
                    self._touch(ent, m.start)
                    return ent.canonical, ent
        return self._other(m)

    def _frame(self, m: Mention, plural_verb: bool) -> tuple[str | None, Entity | None]:
        """``resolve`` for a frame phrase: the source inside it ("Angaben der Polizei"), else the phrase as
        written ("Medienberichten zufolge"), or no one for hearsay and processes."""
        inner = m.inner
        if inner is not None:
            if inner.kind == "role" and m.start <= inner.start and m.end > inner.end:
                # "Angaben des Direktors der Reederei": the genitive after the holder is its own
                inner = inner._replace(end=m.end, text=self._text[inner.start : m.end])
            return self.resolve(inner, plural_verb)
        # "Medienberichten zufolge", "nach palästinensischen Angaben": no one is named; the account is
        # attributed to what the text names, so that is the speaker as written ("dem Vernehmen nach" is
        # hearsay and names nothing)
        if m.head in _HEARSAY or _bare_process(m):
            return None, None  # (nor "nach der Auszählung", "nach ersten Schätzungen": a process names no one)
        return m.phrase or None, None

    def _other(self, m: Mention) -> tuple[str | None, Entity | None]:
        """``resolve`` for a source, group or other phrase: a surname the text introduced earlier ("der 84-jährige
        Küng"), the source a definite phrase names again ("die Studie"), else a new entity named as written."""
        kind = m.kind
        phrase = named_as(m) if kind != "group" else _group_name(named_as(m))
        if kind == "other":
            known = self._surname_after_attribute(m)
            if known is not None:  # "der 84-jährige Küng": a surname the text introduced earlier
                self._touch(known, m.start)
                return known.canonical, known
        if kind == "source" and m.det in _DEFINITE and m.inner is None:
            source = self._orgs.get("src:" + m.head)
            if source is not None:
                return source.canonical, source
        ent = Entity(kind, phrase)
        if kind == "source":
            self._orgs.setdefault("src:" + m.head, ent)
        self._touch(ent, m.start)
        return phrase, ent

    def _surname_after_attribute(self, m: Mention) -> Entity | None:
        """ "der 84-jährige Küng", "die in New York geborene Lopez": the person whose surname the text introduced
        earlier ends the phrase after a lower-case attribute (no head noun before it); None if none."""
        words = m.text.split()
        if (
            len(words) > 1
            and not words[-2][:1].isupper()
            and not any(lexicon.head_of(w) for w in words[:-1] if w[:1].isupper())
        ):
            return self._known_person(words[-1])
        return None

    def _pronoun(self, m: Mention, plural_verb: bool) -> tuple[str | None, Entity | None]:
        if m.head in ("dieser", "diese"):
            # "sagte dieser": the person named last, whatever was said before
            want = "m" if m.head == "dieser" else "f"
            for ent in reversed(self._recent):
                if ent.kind == "person" and ent.gender in (want, "?"):
                    self._touch(ent, m.start)
                    return ent.canonical, ent
            return None, None
        if m.head not in ("er", "sie"):
            return None, None
        if m.head == "sie" and plural_verb:
            for ent in reversed(self._recent):
                if ent.kind in ("org", "other", "group") and not _singular_body(ent):
                    return ent.canonical, ent
            return None, None
        want = "m" if m.head == "er" else "f"
        # people the text introduced come first: a bare capitalised word ("Details") is rarely "er"
        for strict in (True, False):
            for ent in reversed(self._recent):
                if (
                    ent.kind == "person"
                    and ent.gender in (want, "?")
                    and (_introduced(ent) if strict else not _bare_noun(ent))
                ):
                    self._touch(ent, m.start)
                    return ent.canonical, ent
        return None, None

    def _role(self, m: Mention, plural_verb: bool) -> tuple[str | None, Entity | None]:
        phrase = _without_state(named_as(m))
        # (and the genitive of a frame's holder: "nach Meinung des SPD-Politikers", "laut Angaben dieses Ministers")
        definite = m.det in ("der", "die", "das", "des", "dieser", "diese", "dieses", "jener", "jene")
        if not m.det and not plural_verb:
            # a bare role: a name's apposition ("Lasse Korhonen, Präsident des Beirats: „…“"), or a surname that is a
            # role noun ("Ministerin Julia Richter … Laut Richter")
            named = self._named_before(m.start) or self._known_person(phrase)
            if named is not None:
                self._touch(named, m.start)
                return named.canonical, named
        if not definite or plural_verb or m.gender == "pl" or self._unnamed_of_age(m):
            return phrase, None
        words = phrase.split()
        head_word = next((w for w in reversed(words) if lexicon.role_of(w)), words[-1])
        mkey = lexicon.role_key(head_word) or m.head
        best = self._role_holder(m, mkey) or self._epithet_holder(m) or self._named_next(m, mkey)
        if best is None:
            return phrase, None
        self._touch(best, m.start)
        return best.canonical, best

    def _role_holder(self, m: Mention, mkey: str) -> Entity | None:
        """The person mentioned lately whom the definite role phrase ``m`` (role key ``mkey``) fits best; of equal fit
        the one the text named last (a continuation touches its speaker again at the speaker's own mention: "Trainer
        X lobte … Torwart Y habe … Der 23-Jährige sagte")."""
        owned = _owned(m)
        discipline = not owned and self._fresh_discipline(m)
        best: Entity | None = None
        best_score = -1
        for rank, ent in enumerate(reversed(self._recent)):
            if ent.kind != "person" or (m.gender in ("m", "f") and ent.gender not in (m.gender, "?")):
                continue
            score = _role_score(m, mkey, owned, ent, discipline)
            if score >= 0 and (best is None or score > best_score or (score == best_score and ent.last > best.last)):
                best, best_score = ent, score
            if rank > _RECENT:
                break
        return best

    def _fresh_discipline(self, m: Mention) -> bool:
        """A discipline noun the text has not used before ``m`` ("Ein Ökonom der Bank warnte … der Ökonom" is
        someone the text brought in unnamed, not the person named last)."""
        base = _discipline_word(m)
        return bool(base) and base.rstrip("e") not in self._text[: m.start].lower()

    def knows_age(self, age: int) -> bool:
        """Whether a person mentioned lately was given this age ("der 52-jährige Holger Mertens")."""
        return any(ent.age == age for ent in self._recent if ent.kind == "person")

    def _unnamed_of_age(self, m: Mention) -> bool:
        """ "Ein 34-jähriger Mann wurde verurteilt. … sagte der 34-Jährige": the text stated that age before, and
        for no one it named: the age noun refers to that unnamed person, no named one of unknown age."""
        if m.head != "jährige" or m.age is None:
            return False
        if any(ent.age == m.age for ent in self._recent if ent.kind == "person"):
            return False
        before = self._text[max(0, m.start - _AGE_LOOKBACK) : m.start]
        return any(f"{m.age}{form}" in before for form in _AGE_FORMS)

    def _epithet_holder(self, m: Mention) -> Entity | None:
        """ "…, so Gall. Nach Meinung des SPD-Politikers …": a role noun that no one's stated role fits names the
        person mentioned just before, of its gender, when that person spoke last and the text described them by
        no role at all (not "John Demjanjuk … Der Ermittler": the accused is named, the investigator speaks)."""
        words = m.phrase.lower().split()
        if m.gender not in ("m", "f") or not words or words[-1].endswith("innen") or "beiden" in words:
            return None  # (not "die beiden Sängerinnen": several people)
        for ent in reversed(self._recent):
            if ent.kind == "person":
                fits = ent is self._speaker and ent.gender == m.gender and not ent.roles and not ent.described
                return ent if fits and m.start - ent.last < _EPITHET_WINDOW else None
        return None

    def _named_next(self, m: Mention, mkey: str) -> Entity | None:
        """ "Der Schulleiter ist ratlos. „…“, sagt er. Frank Roth leitet die Schule seit 2015.": a definite role noun
        that opens the text's cast names the person whose full name opens one of the next sentences, when the text
        named nobody before it, nobody in between, and neither gender nor a role given with the name contradicts
        (not "Der Polizeisprecher sagte, … Bürgermeister Jan Roth, …": someone else)."""
        if m.gender == "pl" or any(ent.kind == "person" for ent in self._recent):
            return None
        sightings = self._sightings if self._sightings is not None else self._first_pass()
        nxt = next((sg for sg in sightings if sg.pos > m.end), None)
        if (
            nxt is None
            or nxt.pos - m.end > _CATAPHOR_WINDOW
            or len(nxt.name.split()) < 2
            or (m.gender in ("m", "f") and nxt.gender not in (m.gender, "?"))
            or not _opens_sentence(self._text, _role_word_start(self._text, nxt.pos) if nxt.role else nxt.pos)
            or not _named_as_the_role(self._text, nxt, mkey, m.head)
        ):
            return None
        return self._person(nxt.name, nxt.gender, nxt.role, nxt.modifiers, nxt.age)

    def _named_before(self, pos: int) -> Entity | None:
        """The person whose name ends right before ", " at ``pos`` (a bare role there is its apposition)."""
        text = self._text
        k = pos - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k < 1 or text[k] != ",":
            return None
        e = k
        s = e
        while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-'’"):
            s -= 1
        word = text[s:e]
        if not word[:1].isupper():
            return None
        ent = self._by_key.get(self._key(word))
        if ent is not None:
            return ent if ent.kind == "person" and ent.tokens > 1 else None
        run = _NAME_BEFORE_COMMA.search(text, max(0, e - 60), e)
        if run is None:
            return None
        # a name of two or three capitalised words that opens its sentence or line ("Olli Rehn, Kommissar: …"),
        # none of them an article or a noun of the lexicon ("Die Behörde, …")
        words = run.group(1).split()
        if words[0] in _NOT_NAME_WORDS or any(lexicon.head_of(w.rstrip(".")) is not None for w in words):
            return None
        return self._person(run.group(1), "?", "", (), None)

    def _org(self, m: Mention) -> tuple[str | None, Entity | None]:
        phrase = named_as(m)
        key = m.head
        words = phrase.split()
        head_word = words[-1].lower() if words else key
        if m.det in _DEFINITE and len(words) <= 2:
            company = self._company(key, words, m.start)
            if company is not None:  # "Die Kramer Logistik GmbH … Das Unternehmen erklärte"
                self._touch(company, m.start)
                return company.canonical, company
            # (a name of two words, "die DZ Bank", is the organisation of that head word, not any bank)
            named = len(words) == 2 and words[0][:1].isupper()
            for ent in reversed(self._recent):
                last = ent.canonical.lower().split()[-1]
                if ent.kind == "org" and (
                    (named and last.rstrip("s") == head_word.rstrip("s"))
                    or (not named and (last.endswith(head_word.rstrip("s")) or ent.canonical.lower().endswith(key)))
                ):
                    self._touch(ent, m.start)
                    return ent.canonical, ent
            full = None if named else self._fuller_org(m.start, head_word.rstrip("s"))
            if full is not None:
                fuller = self._orgs.get(full.lower())
                if fuller is None:
                    fuller = Entity("org", full, tokens=len(full.split()))
                    self._orgs[full.lower()] = fuller
                self._touch(fuller, m.start)
                return fuller.canonical, fuller
        org = self._orgs.get(phrase.lower())
        if org is None:
            org = Entity("org", phrase, tokens=len(words))
            self._orgs[phrase.lower()] = org
        self._touch(org, m.start)
        return org.canonical, org

    def _company(self, key: str, words: list[str], pos: int) -> Entity | None:
        """The company that a definite "das Unternehmen", "der Konzern", "die Kette" or "der Autobauer" names again:
        the last one named shortly before ``pos`` with its legal form ("die Kramer Logistik GmbH", for the
        nouns that fit any company) or after a trade noun the word fits ("der Chemiekonzern BASF", "die
        Supermarktkette Rewe") - a bounded look back, as for "das Ministerium"."""
        if len(words) != 1:
            return None
        word = words[0]
        trade = lexicon.trade_of(word)
        generic = key in _COMPANY_NOUNS or trade in _COMPANY_NOUNS
        if not generic and trade is None:
            return None
        lo = max(0, pos - _ORG_WINDOW)
        at, name = _after_trade(self._text, lo, pos, "" if generic else word.lower())
        if generic:
            legal = _last(_COMPANY_NAME, self._text, lo, pos)
            if legal is not None and legal.start() > at:
                first, _, rest = legal.group(1).partition(" ")
                name = rest if first.lower() in DETERMINERS else legal.group(1)  # (not "Die" of "Die Hansa Bau AG")
        if not name:
            return None
        ent = self._orgs.get(name.lower())
        if ent is None:
            ent = Entity("org", name, tokens=len(name.split()))
            self._orgs[name.lower()] = ent
        return ent

    def _fuller_org(self, pos: int, head: str) -> str | None:
        """The fuller name that "das Ministerium" shortens, named shortly before: "Landesministerium für
        Verkehr", "das Bundesministerium der Finanzen" (a bounded look back, never the whole text); for an
        association's noun ("der Verband", "die Organisation") the last association named, whatever its noun
        ("die Umweltorganisation Greenpeace … Der Verband")."""
        if head not in _ASSOCIATIONS:
            found = self._fuller_org_at(pos, head)
            return found[1] if found is not None else None
        best: tuple[int, str] | None = None
        for kind in _ASSOCIATIONS:
            found = self._fuller_org_at(pos, kind)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
        return best[1] if best is not None else None

    def _lowered(self, pos: int) -> str:
        """The text lower-cased at least up to ``pos``, made a stretch at a time as mentions ask (one early in a
        long text never pays for the rest); the whole text at once where lower-casing changes lengths ("İ")."""
        low = self._lower if self._lower is not None else ""
        if len(low) < pos:
            text = self._text
            low = text.lower() if "\u0130" in text else low + text[len(low) : pos].lower()
            self._lower = low
        return low

    def _fuller_org_at(self, pos: int, head: str) -> tuple[int, str] | None:
        """Where the last compound in ``head`` before ``pos`` stands, and the fuller name it begins."""
        low = self._lowered(pos)
        text = self._text
        lo = max(0, pos - _ORG_WINDOW)
        hit = low.rfind(head, lo, pos)
        while hit >= 0:
            s = hit
            while s > lo and (text[s - 1].isalnum() or text[s - 1] == "-"):
                s -= 1
            e = hit + len(head)
            tail = e
            while tail < pos and text[tail].isalnum():
                tail += 1
            # a compound that ends in the head ("Landesministerium", "des Oberlandesgerichts"), not one that goes on
            # ("Polizeisprecher", "Gerichtssaal")
            if text[s : s + 1].isupper() and e - s > len(head) + 2 and text[e:tail] in ("", "s", "es"):
                m = _ORG_COMPLEMENT.match(text, e, min(pos, e + 60))
                if m is not None:
                    return s, text[s:e] + m.group(0)
                return s, text[s:e] + _name_after(
                    text, e, pos
                )  # "die Umweltorganisation Greenpeace … die Organisation"
            hit = low.rfind(head, lo, hit)
        return None
