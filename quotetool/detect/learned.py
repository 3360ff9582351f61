"""Entries learned from editors' decisions, used by the detector next to its built-in word lists.

``LearnedLexicon`` is what the store hands to ``detect(text, learned=…)``: a small frozen, hashable value
holding extra speech verbs, frame words and role nouns, quoted phrases never to propose, and speaker
aliases. The detector asks it only where a built-in list said no, so a built-in lookup stays one set test,
and ``learned=None`` gives exactly the output of the built-in rules. Every proposal that exists or changed
because of a learned entry names the entry in ``Proposal.learned`` ("speech-verb:poltern",
"role-noun:platzwart", "frame-word:schilderung", "alias:Kurt R."); a proposal dropped because its quotation
is a rejected phrase does not exist, so it names nothing.

While ``detect`` runs, the compiled form of the lexicon (``Active``) is held in a context variable, so the
noun-phrase chunker deep inside the rules can ask it without every function taking it as an argument; each
thread and each asyncio task sees its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from quotetool.detect import lexicon
from quotetool.detect.inflect import verb_forms
from quotetool.detect.lexicon import VerbInfo
from quotetool.detect.tokens import spellings as word_spellings

# ends of running words as ``str.split`` leaves them (the cheap sentence filter tests those)
_PUNCT: Final = ("", ",", ".", ":", ";", "!", "?", "“", "”", '"', "«", "»", ")")


@dataclass(frozen=True, slots=True)
class LearnedLexicon:
    """Learned entries; build one with ``LearnedLexicon.of(...)``, which normalises them.

    - ``speech_verbs``: a lemma as the lexicon files write it ("poltern", "kund|tun": "|" after a separable
      particle) or one form as written ("polterte"); a lemma brings its finite forms and participle.
    - ``frame_words``: nouns that frame an account as someone's ("schilderung": "nach Schilderung des
      Hausmeisters"), lower-case, matched whole or as the end of a compound, with inflection endings.
    - ``role_nouns``: nouns for people by function ("platzwart"), matched as role_nouns.txt is.
    - ``rejected_quotes``: quoted phrases (titles, slogans) never proposed as a quotation, compared with
      case and spacing folded.
    - ``aliases``: (mention as written or canonical name, canonical name) pairs, sorted: a speaker found as
      the first becomes the second.
    """

    speech_verbs: frozenset[str] = frozenset()
    frame_words: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    rejected_quotes: frozenset[str] = frozenset()
    aliases: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(
        cls,
        *,
        speech_verbs: Iterable[str] = (),
        frame_words: Iterable[str] = (),
        role_nouns: Iterable[str] = (),
        rejected_quotes: Iterable[str] = (),
        aliases: Mapping[str, str] | Iterable[tuple[str, str]] = (),
    ) -> LearnedLexicon:
        pairs = aliases.items() if isinstance(aliases, Mapping) else aliases
        return cls(
            frozenset(v.strip().lower() for v in speech_verbs if v.strip()),
            frozenset(w.strip().lower() for w in frame_words if w.strip()),
            frozenset(w.strip().lower() for w in role_nouns if w.strip()),
            frozenset(n for n in (normal_phrase(q) for q in rejected_quotes) if n),
            tuple(sorted({(" ".join(a.split()), " ".join(b.split())) for a, b in pairs if a.strip() and b.strip()})),
        )

    def entries(self) -> list[str]:
        """Every entry by the name a proposal gives it: "speech-verb:poltern", "alias:Kurt R."."""
        return (
            [f"speech-verb:{v}" for v in sorted(self.speech_verbs)]
            + [f"frame-word:{w}" for w in sorted(self.frame_words)]
            + [f"role-noun:{w}" for w in sorted(self.role_nouns)]
            + [f"rejected-quote:{q}" for q in sorted(self.rejected_quotes)]
            + [f"alias:{a}" for a, _ in self.aliases]
        )


def normal_phrase(text: str) -> str:
    """A quoted phrase as rejected phrases are compared: case-folded, spacing collapsed, no marks around it."""
    return " ".join(text.split()).strip(" „“”\"»«‚‘’'.,;:!?").casefold()


def spellings(entry: str) -> tuple[str, ...]:
    """An entry as learned and as agency copy writes it without umlauts (nörgeln, noergeln); learned from
    agency copy, also with its umlauts back (noergeln -> nörgeln, aeussern -> äussern, äußern), so that what
    editors verified in one spelling is read in the other. A restored spelling that is no German word
    (steuern -> steürn) matches nothing."""
    out = list(word_spellings(entry))  # (also in Swiss copy, ss for ß: äussern)
    if "ae" in entry or "oe" in entry or "ue" in entry:
        restored = entry.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")
        out += [restored, restored.replace("ss", "ß")]
    return tuple(dict.fromkeys(out))


class Active:
    """A ``LearnedLexicon`` compiled into the lookups the rules ask (built once per lexicon)."""

    def __init__(self, lex: LearnedLexicon) -> None:
        self.lexicon = lex
        verbs: dict[str, VerbInfo] = {}
        particle_verbs: dict[str, tuple[VerbInfo, ...]] = {}
        verb_entry: dict[str, str] = {}
        for entry in sorted(lex.speech_verbs):
            for spelling in spellings(entry):
                _add_verb(spelling, entry, verbs, particle_verbs, verb_entry)
        # only what the built-in lists do not already know: a learned entry never changes a built-in cue
        for form in [f for f in verb_entry if f in lexicon.VERBS or f in lexicon.PARTICLE_VERBS]:
            verbs.pop(form, None)
            particle_verbs.pop(form, None)
            del verb_entry[form]
        self.verbs: Final = verbs
        self.particle_verbs: Final = particle_verbs
        self.verb_entry: Final = verb_entry  # form -> the entry it comes from
        self.cue_words: Final = frozenset(verb_entry)
        nouns: dict[str, tuple[str, str]] = {}  # ending -> (kind, entry)
        for kind, words, endings in (
            ("role", lex.role_nouns, ("in", "innen", "s", "n", "en", "e", "es")),
            ("frame", lex.frame_words, ("s", "n", "en")),
        ):
            for entry in sorted(words):
                for spelling in spellings(entry):
                    for ending in ("", *endings):
                        nouns.setdefault(spelling + ending, (kind, entry))
                    if spelling.endswith("e"):
                        for ending in ("r", "n", "m", "s"):
                            nouns.setdefault(spelling + ending, (kind, entry))
        self.nouns: Final = lexicon.suffix_table(nouns)
        # words that make a sentence worth the rules: the verb forms, the nouns capitalised
        cue_words = set(verb_entry) | {n.capitalize() for n in nouns}
        self.sentence_words: Final = frozenset(w + p for w in cue_words for p in _PUNCT)
        self.rejected: Final = lex.rejected_quotes
        self.aliases: Final = dict(lex.aliases)

    def noun(self, word: str) -> tuple[str, str] | None:
        """(kind, entry) of a noun by a learned role or frame noun it ends in, or None."""
        if not self.nouns.endings:
            return None
        w = word.lower()
        lengths = self.nouns.buckets.get(w[-3:])
        if lengths is None:
            return None
        n = len(w)
        for k in lengths:
            if k <= n:
                hit = self.nouns.endings.get(w[n - k :])
                if hit is not None:
                    return hit
        return None

    def tag(self, words: Iterable[str]) -> str | None:
        """The learned entry behind any of ``words`` (a cue's or a speaker phrase's), as a proposal names it."""
        for w in words:
            low = w.strip(".,;:!?()").lower()
            entry = self.verb_entry.get(low)
            if entry is not None:
                return "speech-verb:" + entry
            if w[:1].isupper() and lexicon.head_of(w) is None:
                hit = self.noun(w)
                if hit is not None:
                    return ("role-noun:" if hit[0] == "role" else "frame-word:") + hit[1]
        return None


def _add_verb(
    spelling: str,
    entry: str,
    verbs: dict[str, VerbInfo],
    particle_verbs: dict[str, tuple[VerbInfo, ...]],
    verb_entry: dict[str, str],
) -> None:
    """The forms of one learned speech verb: the entry as written, and a lemma's finite forms."""
    plain = spelling.replace("|", "")
    is_lemma = "|" in spelling or plain.endswith(("en", "ern", "eln"))
    if not is_lemma:
        verbs.setdefault(plain, VerbInfo(plain, "", False))
        verb_entry.setdefault(plain, entry)
        return
    forms = verb_forms(spelling)
    info = VerbInfo(forms.lemma, forms.particle, False)
    for f in forms.joined | {plain}:
        verbs.setdefault(f, info)
        verb_entry.setdefault(f, entry)
    if forms.particle:
        for f in forms.main_finite:
            particle_verbs[f] = (*particle_verbs.get(f, ()), info)
            verb_entry.setdefault(f, entry)
    elif "|" not in spelling:
        for f in forms.main_finite:
            verbs.setdefault(f, info)
            verb_entry.setdefault(f, entry)


@lru_cache(maxsize=16)  # a store hands the same lexicon for every article of an import
def compiled(lex: LearnedLexicon) -> Active:
    return Active(lex)


# the lexicon of the ``detect`` call that runs in this thread or task, None when there is none
ACTIVE: Final[ContextVar[Active | None]] = ContextVar("quotetool_learned", default=None)


def learned_noun(word: str) -> tuple[str, str] | None:
    """A learned role or frame noun that ``word`` ends in, when ``detect`` runs with learned entries."""
    act = ACTIVE.get()
    return act.noun(word) if act is not None else None
