"""Interviews: an answer is a paragraph that opens with the interviewee's name and a colon ("Otto: Sehr sicher.
Jede Hitzewelle …"). It is that person's own words, though no quotation marks enclose them; the interviewer's
paragraphs ("Frage: …", "SPIEGEL: …") are no one's statement. Pure functions over the text's paragraphs.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from quotetool.detect.coref import Entity, Registry

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
        return []
    out: list[Answer] = []
    for lab in labelled:
        person = registry.person_labelled(text[lab.label_start : lab.label_end], lab.label_start)
        if person is not None:
            out.append(Answer(lab, person))
    return out
