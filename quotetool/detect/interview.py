"""Interviews: an answer is a paragraph that opens with the interviewee's name and a colon ("Otto: Sehr sicher.
Jede Hitzewelle …"). It is that person's own words, though no quotation marks enclose them; the interviewer's
paragraphs ("Frage: …", "SPIEGEL: …") are no one's statement. Pure functions over the text's paragraphs.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from quotetool.detect.coref import ADDRESS_TITLES, Entity, Registry
from quotetool.detect.tokens import both_spelled

# a paragraph's opening label: one to three capitalised words (an initial with its dot), a colon, then text
_LABEL: Final = regex.compile(r"(\p{Lu}[\p{L}'’-]*\.?(?:[ ]\p{Lu}[\p{L}'’-]*\.?){0,2}):[ \t]+(?=\S)")
_LABEL_CHARS: Final = 120  # a label of three words ends well before this
_MIN_LABELLED: Final = 2  # an interview has questions and answers: one labelled line alone may be a headline


class Labelled(NamedTuple):
    """A paragraph that opens with a label: the label's span and the text after it."""

    label_start: int
    label_end: int
    body_start: int
    body_end: int


class Answer(NamedTuple):
    """An interviewee's answer: the paragraph's text after the label, and who gave it."""

    labelled: Labelled
    person: Entity


def labelled_paragraphs(text: str, paras: list[tuple[int, int]]) -> list[Labelled]:
    """The paragraphs that open with a label and a colon ("Frage: …", "Otto: …")."""
    out: list[Labelled] = []
    for start, end in paras:
        if text.find(":", start, min(end, start + _LABEL_CHARS)) < 0:
            continue  # (most paragraphs: no colon near their start, no label)
        m = _LABEL.match(text, start, end)
        if m is not None:
            body_end = end
            while body_end > m.end() and text[body_end - 1].isspace():
                body_end -= 1
            out.append(Labelled(m.start(1), m.end(1), m.end(), body_end))
    return out


def answers(text: str, paras: list[tuple[int, int]], registry: Registry) -> list[Answer]:
    """The answers of an interview: labelled paragraphs whose label names a person the text introduced
    ("Interview mit der Klimaforscherin Friederike Otto … Otto: …") or gives with a first name; none unless
    the text has two labelled paragraphs at least."""
    labelled = labelled_paragraphs(text, paras)
    if len(labelled) < _MIN_LABELLED:
        return unlabelled_answers(text, paras, registry) if len(paras) > _MIN_QUESTIONS else []
    out: list[Answer] = []
    generic: list[Labelled] = []
    for lab in labelled:
        label = text[lab.label_start : lab.label_end]
        if label in _ANSWER_LABELS:
            generic.append(lab)
            continue
        person = registry.person_labelled(label, lab.label_start)
        if person is not None:
            out.append(Answer(lab, person))
    if generic:
        person = _interviewee(text, labelled, out, registry)
        if person is not None:
            out = sorted(out + [Answer(lab, person) for lab in generic], key=lambda a: a.labelled.label_start)
    return out


# labels of answers that do not name who gives them ("Frage: … Antwort: …")
_ANSWER_LABELS: Final = frozenset({"Antwort", "A"})
_QUESTION_LABELS: Final = frozenset({"Frage", "F"})
# "Frau Adler, wie …": a question that addresses the interviewee by title and surname
# (with titles between: "Frau Professorin Engel,", "Herr Dr. Brandt,")
_ADDRESS: Final = regex.compile(r"(?:Herr|Frau)[ ]" + ADDRESS_TITLES + r"(\p{Lu}[\p{L}'’-]+)[ ]?,")


def _interviewee(text: str, labelled: list[Labelled], named: list[Answer], registry: Registry) -> Entity | None:
    """Who gives the answers labelled "Antwort:": the one person the named answers are from, else the person a
    question labelled "Frage:" addresses ("Frage: Frau Adler, wie …"); None (an explainer's questions and its
    author's answers) when neither tells."""
    people = {id(a.person): a.person for a in named}
    if len(people) == 1:
        return named[0].person
    if people:
        return None
    for lab in labelled:
        if text[lab.label_start : lab.label_end] in _QUESTION_LABELS:
            m = _ADDRESS.match(text, lab.body_start, lab.body_end)
            if m is not None:
                return registry.person_labelled(m.group(1), m.start(1))
    return _announced_interviewee(text, labelled[0].label_start, registry)


# a lead that announces an interview: "im Gespräch", "im Interview", "spricht über"
_INTERVIEW_WORDS: Final = regex.compile(
    r"\b(?:" + "|".join(both_spelled(("Interview", "Gespräch", "spricht", "sprach"))) + r")\b"
)
# or the name, then "über" and the topic, with no verb: "Anna Roth über den Wohnungsmarkt." (the lead's end)
_ABOUT_TOPIC: Final = regex.compile(r"[ ](?:" + "|".join(both_spelled(("über",))) + r")[ ][^.!?\n]*\.\s*$")


def _announced_interviewee(text: str, first_label: int, registry: Registry) -> Entity | None:
    """The one person named before the first labelled paragraph when that lead announces an interview ("Die
    Ökonomin Anna Roth über den Wohnungsmarkt.⏎⏎F: … A: …"), else None (not "Ein Überblick von Jan Mertens.",
    an explainer's author; not "Carla Wendt hat am Montag über die Reform informiert.")."""
    people = registry.people_between(0, first_label)
    if len(people) != 1:
        return None
    if _INTERVIEW_WORDS.search(text, 0, first_label) is not None:
        return people[0]
    about = _ABOUT_TOPIC.search(text, 0, first_label)
    surname = people[0].canonical.rsplit(" ", 1)[-1]
    return people[0] if about is not None and text.endswith(surname, 0, about.start()) else None


# -- interviews without labels: the questions are paragraphs that end in "?", the answers the paragraphs after them --

_MIN_QUESTIONS: Final = 2
_CREDITS: Final = both_spelled(("Das Interview führte", "Das Gespräch führte", "Interview:", "Das Interview wurde"))
_FIRST_PERSON: Final = regex.compile(r"\b(?:ich|wir|mir|mich|uns|mein\w*|unser\w*)\b", flags=regex.IGNORECASE)
_QUOTE_MARKS: Final = '„“”"»«'


def unlabelled_answers(text: str, paras: list[tuple[int, int]], registry: Registry) -> list[Answer]:
    """The answers of an interview that labels no paragraph ("Herr Wagner, wie hat sich der Beruf verändert?⏎⏎
    Früher gab es …"): the paragraphs after questions (paragraphs ending in "?"), given to the person a question
    addresses with Herr or Frau; none unless two questions at least, one such address, no quotation marks in the
    answers and one of them in the first person."""
    questions = [k for k, (s, e) in enumerate(paras) if _last_char(text, s, e) == "?"]
    if len(questions) < _MIN_QUESTIONS:
        return []
    address = _address(text, [paras[k] for k in questions])
    if address is None:
        return []
    spans = _answer_spans(text, paras, set(questions))
    if not spans or not any(_FIRST_PERSON.search(text, s, e) for s, e in spans):
        return []
    person = registry.person_labelled(address.group(1), address.start(1))
    if person is None:
        return []
    # (the surname in the question's address stands for the label the answers lack)
    return [Answer(Labelled(address.start(1), address.end(1), s, e), person) for s, e in spans]


def _last_char(text: str, s: int, e: int) -> str:
    while e > s and text[e - 1].isspace():
        e -= 1
    return text[e - 1] if e > s else ""


def _address(text: str, questions: list[tuple[int, int]]) -> regex.Match[str] | None:
    """The first address of a person in the questions ("Herr Wagner, …", "Frau Ott, …"), if any."""
    for s, e in questions:
        m = _ADDRESS_IN.search(text, s, e)
        if m is not None:
            return m
    return None


_ADDRESS_IN: Final = regex.compile(r"(?:^|(?<=\s))(?:Herr|Frau)[ ]" + ADDRESS_TITLES + r"(\p{Lu}[\p{L}'’-]+),")


def _answer_spans(text: str, paras: list[tuple[int, int]], questions: set[int]) -> list[tuple[int, int]]:
    """The paragraphs after the first question that are no question and no credit line, trimmed; [] when one of
    them holds a quotation mark (an article that quotes, not an interview)."""
    out: list[tuple[int, int]] = []
    for k in range(min(questions) + 1, len(paras)):
        if k in questions:
            continue
        s, e = paras[k]
        while e > s and text[e - 1].isspace():
            e -= 1
        if text.startswith(_CREDITS, s):
            continue
        if any(c in _QUOTE_MARKS for c in text[s:e]):
            return []
        out.append((s, e))
    return out
