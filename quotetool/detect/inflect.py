"""German verb forms generated from a lexicon line, so the lexicon lists lemmas, not every inflection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# Inseparable prefixes (and -ieren verbs) form the participle without "ge-": erklärt, betont, kritisiert.
_NO_GE_PREFIXES: Final = ("be", "emp", "ent", "er", "ge", "hinter", "miss", "ver", "wider", "zer", "über", "unter")


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
