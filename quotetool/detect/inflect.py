"""German verb forms generated from a lexicon line, so the lexicon lists lemmas, not every inflection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from quotetool.detect.tokens import both_spelled, spellings

# Inseparable prefixes (and -ieren verbs) form the participle without "ge-": erklärt, betont, kritisiert.
_NO_GE_PREFIXES: Final = (
    "be",
    "emp",
    "ent",
    "er",
    "ge",
    "hinter",
    "miss",
    "ver",
    "wider",
    "zer",
    *spellings("über"),  # (ueber; "miss" alone: its old spelling "miß" is not read as a prefix)
    "unter",
)


@dataclass(frozen=True, slots=True)
class VerbForms:
    """The forms of one verb a detector needs; ``particle`` is the separable prefix or empty."""

    lemma: str  # the infinitive as written in the lexicon, without the "|"
    particle: str
    main_finite: frozenset[str]  # finite forms in a main clause, particle split off: teilte (… mit)
    joined: frozenset[str]  # forms with the particle attached: mitteilte, mitgeteilt, mitteilen, gesagt
    subjunctive: frozenset[str]  # Konjunktiv I, 3rd person singular: teile (… mit), sage
    participle: str = ""  # mitgeteilt, gesagt
    singular: frozenset[str] = frozenset()  # 3rd person singular present and past: teilt, teilte


def _weak_ending_needs_e(stem: str) -> bool:
    """antwort-et, rechn-et, but sag-t, warn-t: an -e- is inserted after t/d and after consonant + m/n."""
    if stem.endswith(("t", "d")):
        return True
    if len(stem) >= 2 and stem[-1] in "mn":
        before = stem[-2]
        if before == "h":
            return len(stem) >= 3 and stem[-3] == "c"  # zeichn-et, rechn-et; but wohn-t
        return before not in "aeiouäöülrmn"
    return False


def _stem(infinitive: str) -> str:
    if infinitive.endswith(("eln", "ern")):
        return infinitive[:-1]  # äußer-n, handel-n
    if infinitive.endswith("en"):
        return infinitive[:-2]
    if infinitive.endswith("n"):
        return infinitive[:-1]  # tu-n
    return infinitive


def _participle_prefix(base: str) -> str:
    if base.endswith("ieren") or base.startswith(_NO_GE_PREFIXES):
        return ""
    return "ge"


def verb_forms(line: str) -> VerbForms:
    """Forms of one lexicon line: ``sagen``, ``mit|teilen`` or ``an|geben gibt gab gegeben``."""
    fields = line.split()
    head = fields[0]
    particle, _, base = head.rpartition("|")
    stem = _stem(base)
    e = "e" if _weak_ending_needs_e(stem) else ""
    if len(fields) >= 4:  # strong or irregular: present, past, participle given
        present, past, participle = fields[1], fields[2], fields[3]
        participle_full = particle + participle
    else:
        present = stem + e + "t"
        past = stem + e + "te"
        participle_full = particle + _participle_prefix(base) + stem + e + "t"
    past_plural = past + ("n" if past.endswith("e") else "en")
    finite = {present, past, past_plural, base}
    joined = {particle + f for f in finite} if particle else set(finite)
    joined.add(participle_full)
    if particle:
        joined.add(particle + "zu" + base)
    return VerbForms(
        lemma=particle + base,
        particle=particle,
        main_finite=frozenset(finite),
        joined=frozenset(joined),
        subjunctive=frozenset({stem + "e"}),
        participle=participle_full,
        singular=frozenset({present, past}),
    )


# Determiners of a genitive singular of the masculine or neuter (its noun takes -s or -es), and those that may
# open a feminine or plural genitive (or dative: the noun keeps its form, only adjectives change).
_GENITIVE_MN: Final = frozenset({"des", "eines", "dieses", "jenes", "seines", "ihres", "keines"})
_GENITIVE_F_PL: Final = frozenset({"der", "einer", "dieser", "jener", "seiner", "ihrer", "keiner"})
# endings of capitalised adjectives in names: der Deutschen Bank, des Bayerischen Rundfunks, der Vereinten Nationen
_NAME_ADJECTIVE: Final = both_spelled(("ischen", "lichen", "igen", "alen", "ellen", "ären", "ten", "schen", "eren"))


def nominative(phrase: str, det: str, base_of: Callable[[str], str | None] | None = None) -> str:
    """A speaker phrase found in the genitive as it is named in the nominative (without article, as every
    canonical name): "Kraftfahrt-Bundesamtes in Flensburg" after "des" -> "Kraftfahrt-Bundesamt in Flensburg",
    "ehemaligen Richters" -> "ehemalige Richter", "argentinischen Zentralbank" after "der" -> "argentinische
    Zentralbank". Only the words before and of the head noun change; what follows it stays as written.
    ``base_of`` gives a lexicon noun's base form as written ("Präsidenten" -> "Präsident"), None for other
    words; a capitalised word it knows is a noun, not an adjective ("Grünen")."""
    masc = det in _GENITIVE_MN
    if not masc and det not in _GENITIVE_F_PL:
        return phrase
    words = phrase.split(" ")
    n = len(words)
    for i, w in enumerate(words):
        if not w:
            continue
        if w[0].islower():
            if w.endswith("en") and len(w) > 4 and _attribute_of_noun(words, i + 1):
                words[i] = w[:-1]  # ehemaligen -> ehemalige
                continue
            break  # a word that is no attribute: the head is not reached
        base = base_of(w) if base_of is not None else None
        if base is None and i + 1 < n and words[i + 1][:1].isupper() and w.endswith(_NAME_ADJECTIVE) and "-" not in w:
            words[i] = w[:-1]  # Bayerischen -> Bayerische
            continue
        if masc:
            words[i] = base if base is not None else _without_genitive_s(w)
        break
    return " ".join(words)


def _attribute_of_noun(words: list[str], k: int) -> bool:
    """Words from ``k`` on are more adjectives in -en and then a capitalised word."""
    while k < len(words) and words[k][:1].islower() and words[k].endswith("en"):
        k += 1
    return k < len(words) and words[k][:1].isupper()


def _without_genitive_s(noun: str) -> str:
    """Kraftfahrt-Bundesamtes -> Kraftfahrt-Bundesamt, Senders -> Sender, Hauses -> Haus, Komitees -> Komitee;
    a word without a genitive ending stays as it is."""
    if len(noun) < 4 or not noun.endswith("s") or noun.endswith("ss") or noun.isupper():
        return noun
    if noun.endswith(("ses", "zes", "xes")):
        return noun[:-2]  # Hauses, Gesetzes
    if noun.endswith("es") and noun[-3] not in "aeiouäöüy":
        return noun[:-2]  # Amtes, Verlages, Tages
    return noun[:-1]  # Senders, Rundfunks, Ministeriums, Komitees, Büros
