"""What ``quotetool learn`` derives from decided quotes: pure functions over plain records, deterministic.

A ``Decided`` is one quote an editor (or ``import --verified``) settled, with the live decisions behind it.
``derive`` turns them into ``Candidate`` entries, each naming the decisions it rests on. The rules, kept
simple and conservative on purpose (an entry must be explainable by pointing at its evidence):

- **confidence** of a rule: its proposals accepted with the speaker they were proposed with count as right,
  those rejected or given another speaker as wrong (a corrected span or kind does not count against a rule:
  boundaries differ by a word or a mark between annotators); the estimate is the mean of a beta distribution
  with the shipped precision as prior, worth ``PSEUDO_COUNT`` (20) decisions:
  (prior * 20 + right) / (20 + right + wrong).
- **speech verb**: the word right after an added or corrected quote (after its closing mark and comma:
  „…“, polterte er) or right before it (before a colon, or a comma and "dass": Er polterte: „…“), when it is a
  weak verb's past or present form (-te, -ten, -t; lower-case, letters only, no auxiliary, modal or adverb) that the
  built-in lists do not know. It is learned as the lemma (polterte -> poltern); a particle ending the
  sentence makes it a particle verb (fuegte … hinzu -> hinzu|fuegen). At least ``MIN_EVIDENCE`` (2) quotes.
- **frame word**: the noun of "nach/laut/gemäß X des/der …" next to an added or corrected quote, unknown to
  the built-in lists. At least 2 quotes.
- **role noun**: in a speaker mention an editor chose ("der Platzwart", "Platzwart Kurt Rainer"), the
  capitalised word after an article, or before the name, that is not part of the speaker's name and that
  no built-in list knows. At least 2 quotes.
- **rejected quote**: a quoted phrase of at most 12 words that editors rejected as a proposal at least 2
  times (normalised as the detector compares: case and spacing folded).
- **alias**: a speaker correction maps the mention the detector went by (else its speaker's name) to the
  person the editor chose. A mention that is a name needs 1 correction and a word in common with the person's
  name ("Kurt R." -> "Kurt Rainer"; "Merkel" -> "Olaf Scholz" corrects who spoke, it is no alias); any
  other mention ("der Minister") needs 2. All corrections of one mention must agree, and a person's name the
  mention holds already ("Der Minister" -> "Minister") is no alias.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

import regex

from quotetool.detect import Proposal, fold
from quotetool.detect import lexicon as lx
from quotetool.detect.learned import LearnedLexicon, normal_phrase, spellings
from quotetool.detect.rules import RULES
from quotetool.detect.tokens import umlaut_free
from quotetool.evaluate import Counts, GoldArticle, Prediction, score

PSEUDO_COUNT: Final = 20
MIN_EVIDENCE: Final = 2
MIN_ARTICLES: Final = 2  # a word seen in one article only may be that article's quirk
UNKNOWN_PRIOR: Final = 0.5
MAX_PHRASE_WORDS: Final = 12
_LOOK: Final = 120  # characters looked at on either side of a quote for its cue


@dataclass(frozen=True, slots=True)
class Decided:
    """One settled quote, as ``learn`` reads it from the store."""

    quote_id: int
    text: str  # the article's text
    start: int
    end: int
    kind: str
    status: str  # accepted / rejected / proposed (corrected, not yet accepted)
    origin: str  # detector / manual
    rule: str | None
    corrected: bool  # a detector quote accepted with another span, kind or speaker than proposed
    speaker_corrected: bool  # ... with another speaker than proposed
    speaker: str | None  # the canonical name now
    mention: str | None  # the mention now
    mention_chosen: bool  # the editor chose the mention (a speaker decision with a mention, or an added quote)
    settling: int  # the id of the decision that settled it (the last live one)
    corrections: tuple[tuple[int, str, str], ...] = ()  # (decision id, mention or name before, name after)
    document: int = 0  # the article's id: a word must be seen in ``MIN_ARTICLES`` articles


@dataclass(slots=True)
class Candidate:
    kind: str
    value: str
    target: str | None = None
    confidence: float | None = None
    evidence: list[int] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.evidence)


def derive(decided: Iterable[Decided]) -> list[Candidate]:
    """Every entry the decisions support, sorted by kind and value."""
    rules: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    words: dict[tuple[str, str], set[int]] = defaultdict(set)  # (kind, value) -> settling decisions
    articles: dict[tuple[str, str], set[int]] = defaultdict(set)  # (kind, value) -> the articles they lie in
    rejected: list[Decided] = []
    accepted: dict[int, list[tuple[int, int]]] = defaultdict(list)  # document -> accepted spans
    accepted_text: set[str] = set()
    aliases: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for d in decided:
        if d.origin == "detector" and d.rule and d.status in ("accepted", "rejected"):
            right, wrong = rules[d.rule]
            (right if d.status == "accepted" and not d.speaker_corrected else wrong).append(d.settling)
        if d.status == "accepted":
            accepted[d.document].append((d.start, d.end))
            accepted_text.add(normal_phrase(d.text[d.start : d.end]))
            found = cue_words(d.text, d.start, d.end) if d.origin == "manual" or d.corrected else []
            if d.mention_chosen and d.mention and d.speaker and (noun := role_noun(d.mention, d.speaker)):
                found.append(("role-noun", noun))
            for key in found:
                words[key].add(d.settling)
                articles[key].add(d.document)
        if d.status == "rejected" and d.origin == "detector":
            rejected.append(d)
        for decision, before, after in d.corrections:
            aliases[" ".join(before.split())].append((decision, after, d.document))
    out = [_confidence(rule, right, wrong) for rule, (right, wrong) in rules.items()]
    out += [
        Candidate(k, v, evidence=sorted(ev))
        for (k, v), ev in words.items()
        if len(ev) >= MIN_EVIDENCE and len(articles[(k, v)]) >= MIN_ARTICLES
    ]
    out += _rejected_phrases(rejected, accepted, accepted_text)
    out += [c for mention, seen in aliases.items() if (c := _alias(mention, seen)) is not None]
    return sorted(out, key=lambda c: (c.kind, c.value))


def _rejected_phrases(
    rejected: Sequence[Decided], accepted: dict[int, list[tuple[int, int]]], accepted_text: set[str]
) -> list[Candidate]:
    """Quoted phrases rejected ``MIN_EVIDENCE`` times that no editor accepted anywhere. A rejected proposal
    that overlaps a quote accepted in its article is a piece or a duplicate of a real quote (an editor keeps
    one proposal of two), not a phrase that is never a quote; nor is a phrase that lies in an accepted quote."""
    phrases: dict[str, set[int]] = defaultdict(set)
    for d in rejected:
        if any(s < d.end and d.start < e for s, e in accepted.get(d.document, ())):
            continue
        phrase = normal_phrase(d.text[d.start : d.end])
        if phrase and len(phrase.split()) <= MAX_PHRASE_WORDS:
            phrases[phrase].add(d.settling)
    kept = [p for p, ev in phrases.items() if len(ev) >= MIN_EVIDENCE]
    held = [p for p in kept if any(p in text for text in accepted_text)]  # (few phrases, so a plain scan)
    return [Candidate("rejected-quote", p, evidence=sorted(phrases[p])) for p in kept if p not in held]


def _confidence(rule: str, right: list[int], wrong: list[int]) -> Candidate:
    prior = RULES[rule].precision if rule in RULES else UNKNOWN_PRIOR
    value = (prior * PSEUDO_COUNT + len(right)) / (PSEUDO_COUNT + len(right) + len(wrong))
    return Candidate("confidence", rule, confidence=round(value, 3), evidence=sorted(right + wrong))


# --- cue words ------------------------------------------------------------------------------------------

_AFTER: Final = regex.compile(r"^[\s\"„“”»«‚‘’']*[,;]?\s*(?:[-–]\s*)?(\p{Ll}+)\b")
_SENTENCE_REST: Final = regex.compile(r"^[^.!?\n]*?\b(\p{Ll}+)\s*[.!?]")
_FRAME: Final = regex.compile(
    r"\b(?:[Nn]ach|[Ll]aut|[Gg]emäß|[Gg]emaess)\s+(?:(?:der|dem|den|seiner|ihrer|seinen|ihren|eigener|eigenen)\s+)?"
    r"(\p{Lu}\p{Ll}{3,})\s+(?:des|der|von|vom|eines|einer)\b"
)
_NOT_VERBS: Final = frozenset(
    [
        "nicht",
        "jetzt",
        "heute",
        "gut",
        "bereits",
        "erst",
        "zuletzt",
        "selbst",
        "meist",
        "seit",
        "weit",
        "mit",
        "bist",
        "ist",
        "hat",
        "wird",
        "hatte",
        "hatten",
        "wurde",
        "wurden",
        "wollte",
        "wollten",
        "sollte",
        "sollten",
        "konnte",
        "konnten",
        "musste",
        "mussten",
        "durfte",
        "durften",
        "könnte",
        "könnten",
        "müsste",
        "möchte",
        "möchten",
        "dürfte",
        "dürften",
        "würde",
        "würden",
        "hätte",
        "hätten",
        "wäre",
        "wären",
        "werde",
        "sei",
        "seien",
        "habe",
        "haben",
        "damit",
        "sodass",
        "sonst",
        "stets",
        "meinte",
        "meinten",
        "zumindest",
        "mindestens",
        "nächste",
        "letzte",
        "erste",
        "zweite",
        "dritte",
        "bekannt",
        "geplant",
        "gerade",
        "derzeit",
        "seitdem",
        "bisher",
        "insgesamt",
    ]
)
_PARTICLES: Final = frozenset(
    [
        "hinzu",
        "an",
        "ein",
        "aus",
        "zu",
        "fest",
        "klar",
        "mit",
        "vor",
        "zurück",
        "zurueck",
        "dar",
        "ab",
        "auf",
        "bei",
        "nach",
        "heraus",
        "hervor",
        "entgegen",
    ]
)


def cue_words(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """(kind, value) of the speech verbs and frame words next to the quote at start..end."""
    out: list[tuple[str, str]] = []
    after = text[end : end + _LOOK]
    m = _AFTER.match(after)
    if m:
        rest = _SENTENCE_REST.match(after, m.end(1))
        particle = rest.group(1) if rest and rest.group(1) in _PARTICLES else ""
        lemma = verb_lemma(m.group(1), particle)
        if lemma:
            out.append(("speech-verb", lemma))
    before = text[max(0, start - _LOOK) : start]
    out += [("speech-verb", lemma) for lemma in _clause_verbs(before)]
    for piece in (before, after):
        for f in _FRAME.finditer(piece):
            noun = f.group(1)
            if lx.head_of(noun) is None and lx.frame_of(noun) is None:
                out.append(("frame-word", noun.lower()))
    return list(dict.fromkeys(out))


def _clause_verbs(before: str) -> list[str]:
    """The unknown weak verbs of the clause that introduces a quote: the clause before it ends in a colon
    (Er polterte: „…“) or a comma, with or without the quote's conjunction (Er polterte, dass …; the quote
    may begin with its "dass"; Der Minister polterte am Montag, die Kasse sei leer). The clause is
    read back to the sentence's start, its last ``_CLAUSE_WORDS`` words; a particle closing it makes a
    particle verb (Sie wies darauf hin, dass … -> hin|weisen, when weisen were weak)."""
    m = _INTRO_END.search(before)
    if m is None:
        return []
    clause = _CLAUSE_START.split(before[: m.start()])[-1]
    words = _WORD.findall(clause)[-_CLAUSE_WORDS:]
    particle = words[-1] if words and words[-1] in _PARTICLES else ""
    out = []
    for word, following in zip(words, [*words[1:], ""], strict=False):
        if word.endswith("en") and following[:1].isupper():
            continue  # an adjective before its noun (die konkreten Vorschläge), not a verb
        lemma = verb_lemma(word, particle if word != particle else "")
        if lemma:
            out.append(lemma)
    return out


_INTRO_END: Final = regex.compile(r"([,:])\s*(dass\s*|ob\s*)?[\"„“”»«‚‘’']?\s*$")
_CLAUSE_START: Final = regex.compile(r"[.!?;:\n„“”»«\"]")
_WORD: Final = regex.compile(r"\b\p{L}+\b")
_CLAUSE_WORDS: Final = 8


def verb_lemma(word: str, particle: str) -> str | None:
    """The lemma of a weak verb's past or present form unknown to the built-in lists, else None
    (polterte -> poltern, kritisierte -> kritisieren, begründete -> begründen)."""
    if not word.islower() or len(word) < 5 or word in _NOT_VERBS or _known_verb(word):
        return None
    if word.startswith("ge") or (word.endswith(("ste", "sten")) and not word.endswith(("sste", "ssten"))):
        return None  # a participle or an adjective (gesagt, geäußerten), a superlative (ersten, meisten)
    for ending in ("ten", "te", "t"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            break
    else:
        return None
    if stem.endswith("e") and stem[-2:-1] in ("d", "t", "n", "m"):
        stem = stem[:-1]  # begründete, eröffnete, rechnete: the e that joins the ending
    if len(stem) < 3 or not regex.search(r"[aeiouäöüy]", stem):
        return None
    lemma = stem + ("n" if stem.endswith(("er", "el")) and not stem.endswith("ier") else "en")
    if lemma in _COMMON or umlaut_free(lemma) in _COMMON:
        return None  # kommen, stehen, bleiben: frequent verbs that introduce no speech
    return f"{particle}|{lemma}" if particle else lemma


_COMMON: Final = frozenset(line.split()[0].replace("|", "") for line in lx.lines("common_verbs.txt"))


def _known_verb(word: str) -> bool:
    forms = {word, umlaut_free(word)}
    return any(f in lx.VERBS or f in lx.PARTICLE_VERBS for f in forms)


# --- role nouns and aliases ----------------------------------------------------------------------------

_ARTICLES: Final = frozenset(
    ["der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "einem", "einen"]
)


def role_noun(mention: str, speaker: str) -> str | None:
    """The unknown noun by which a mention an editor chose names a person by function, else None."""
    words = [w.strip(".,;:()") for w in mention.split()]
    name_words = {fold(w) for w in speaker.split()}
    if len(words) >= 2 and words[0].lower() in _ARTICLES:
        candidate = words[1]
    elif len(words) >= 2 and fold(words[0]) not in name_words and fold(words[1]) in name_words:
        candidate = words[0]
    else:
        return None
    if not regex.fullmatch(r"\p{Lu}\p{Ll}{3,}", candidate) or fold(candidate) in name_words:
        return None
    if lx.head_of(candidate) is not None or candidate in lx.FIRST_NAMES or candidate.rstrip(".") in lx.TITLES:
        return None
    return candidate.lower()


def is_name(mention: str) -> bool:
    """Whether a mention is a name (capitalised words, no article, no word the built-in lists know as a head)."""
    words = mention.split()
    return (
        bool(words)
        and words[0].lower() not in _ARTICLES
        and all(w[:1].isupper() and lx.head_of(w.strip(".,")) is None for w in words)
    )


def _alias(mention: str, seen: Sequence[tuple[int, str, int]]) -> Candidate | None:
    targets = {after for _, after, _ in seen}
    if len(targets) != 1 or not mention:
        return None
    target = targets.pop()
    if fold(target) in fold(mention):
        return None  # "der Minister" -> "Minister": a shorter name for the same mention, no other person
    if is_name(mention):
        shared = {fold(w.strip(".,")) for w in mention.split()} & {fold(w) for w in target.split()}
        if not shared:
            return None
    elif len(seen) < MIN_EVIDENCE or len({doc for _, _, doc in seen}) < MIN_ARTICLES:
        return None  # "die Richterin" is Bauer in one article and somebody else in the next
    return Candidate("alias", mention, target=target, evidence=sorted(d for d, _, _ in seen))


# --- checking a word on the reviewed articles --------------------------------------------------------

LEXICAL: Final = ("speech-verb", "frame-word", "role-noun", "alias", "rejected-quote")  # the checked kinds
MAX_CHECKED: Final = 200  # reviewed articles a word is checked on (the first that contain it, by id)


@dataclass(frozen=True, slots=True)
class Check:
    """What an entry does on the reviewed articles that contain it: the detector with it against without it.
    ``found``/``attributed``: more gold quotes found / found with the right speaker; ``false``: more proposals
    that are no gold quote. Kept when it finds ``need`` more (found or attributed), finds none fewer, and
    lowers neither precision; a rejected phrase, when it drops a false proposal and no gold quote; an entry no
    reviewed article holds is not judged (kept)."""

    articles: int
    found: int
    attributed: int
    false: int
    precision_kept: bool
    need: int = MIN_EVIDENCE  # quotes gained; 0: an entry that drops proposals (a rejected phrase)

    @property
    def passed(self) -> bool:
        if not self.articles:
            return True
        gained = max(self.found, self.attributed) >= self.need if self.need else self.false < 0
        return self.precision_kept and self.found >= 0 and self.attributed >= 0 and gained

    def to_dict(self) -> dict[str, int | bool]:
        return {"articles": self.articles, "found": self.found, "attributed": self.attributed, "false": self.false}

    def __str__(self) -> str:
        return (
            f"on {self.articles} reviewed articles: {self.found:+d} quotes found, {self.attributed:+d} with the "
            f"right speaker, {self.false:+d} false"
        )


def lexicon_of(c: Candidate) -> LearnedLexicon:
    """A lexicon of the one entry ``c``."""
    if c.kind == "alias":
        return LearnedLexicon.of(aliases=[(c.value, c.target or "")])
    if c.kind == "rejected-quote":
        return LearnedLexicon.of(rejected_quotes=[c.value])
    if c.kind == "speech-verb":
        return LearnedLexicon.of(speech_verbs=[c.value])
    if c.kind == "frame-word":
        return LearnedLexicon.of(frame_words=[c.value])
    return LearnedLexicon.of(role_nouns=[c.value])


def probe(c: Candidate) -> tuple[str, ...]:
    """Lower-case pieces one of which a text must hold for the entry to matter there (a verb's stem; an
    alias's mention; a rejected phrase's longest word)."""
    if c.kind == "rejected-quote":
        longest = max(c.value.split(), key=len)
        return tuple(dict.fromkeys((longest, longest.replace("ss", "ß"))))
    word = c.value.rpartition("|")[2].lower()
    if c.kind == "speech-verb":
        word = word[:-2] if word.endswith("en") else word[:-1]
        word = word[:-1] if word.endswith(("e", "l", "r")) and len(word) > 4 else word
    return spellings(word)


def check(
    c: Candidate,
    articles: Sequence[GoldArticle],
    detect: Callable[[str, LearnedLexicon | None], Sequence[Proposal]],
    before: Callable[[GoldArticle], Sequence[Proposal]],
) -> Check:
    """Score the detector without and with the one entry ``c`` on the articles that contain it."""
    pieces = probe(c)
    hold = [a for a in articles if any(p in a.text.lower() for p in pieces)][:MAX_CHECKED]
    lex = lexicon_of(c)
    old = score((a, [Prediction.from_proposal(p) for p in before(a)]) for a in hold).overall
    new = score((a, [Prediction.from_proposal(p) for p in detect(a.text, lex)]) for a in hold).overall
    kept = all(a >= b for a, b in zip(_precisions(new), _precisions(old), strict=True))
    return Check(
        len(hold),
        new.found - old.found,
        new.found_attributed - old.found_attributed,
        (new.predictions - new.precise) - (old.predictions - old.precise),
        kept,
        {"alias": 1, "rejected-quote": 0}.get(c.kind, MIN_EVIDENCE),  # an alias of a name: one correction
    )


def _precisions(c: Counts) -> tuple[float, float]:
    """Quote and attributed precision, 1.0 where nothing was proposed (nothing proposed, nothing wrong)."""
    return (c.precise / c.predictions if c.predictions else 1.0, c.attributed / c.judged if c.judged else 1.0)
