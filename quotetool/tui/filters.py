"""The queue filter line: `status:proposed kind:direct doc:12 speaker:"Andrej Belousow" free words`, and the
terms of what editors note (store/review_terms.py): `reviewed:no`, `flag:second-opinion`, `comment:words`."""

from __future__ import annotations

import shlex

from quotetool.errors import InvalidEdit
from quotetool.store.queue import QueueFilter
from quotetool.store.review_terms import parse_term

STATUSES = ("proposed", "accepted", "rejected")
KINDS = ("direct", "indirect", "mixed")


class FilterError(ValueError):
    """A filter that cannot be read; the message is one sentence."""


def _prefix_choice(value: str, choices: tuple[str, ...], what: str) -> str:
    found = [c for c in choices if c.startswith(value.lower())] if value else []
    if len(found) != 1:
        raise FilterError(f"{value!r} is not a {what}; use one of {', '.join(choices)}.")
    return found[0]


MAX_ID = 2**63 - 1  # SQLite's largest integer: a larger number can name no article


def _document_number(value: str) -> int:
    shown = value if len(value) <= 30 else value[:30] + "…"
    if not (value.isascii() and value.isdigit()):
        raise FilterError(f"doc:{shown} is not a document number.")
    if len(value) > 19 or int(value) > MAX_ID:
        raise FilterError(f"doc:{shown} is larger than any document number.")
    return int(value)


def parse_filter(line: str) -> QueueFilter:
    """Read a filter line; raises FilterError with one sentence."""
    try:
        words = shlex.split(line)
    except ValueError:
        words = line.replace('"', " ").replace("'", " ").split()  # an unbalanced quote: take the words
    statuses: list[str] = []
    kind = speaker = None
    document_id = None
    text: list[str] = []
    notes: dict[str, bool | str] = {}
    for word in words:
        try:
            term = parse_term(word)
        except InvalidEdit as exc:
            raise FilterError(str(exc)) from None
        if term is not None:
            notes[term[0]] = term[1]
            continue
        field, sep, value = word.partition(":")
        field = field.lower()
        if not sep or field not in {"status", "kind", "doc", "document", "speaker", "s", "k", "d"}:
            text.append(word)
            continue
        if field in {"status", "s"}:
            statuses.extend(_prefix_choice(v, STATUSES, "status") for v in value.split(",") if v)
        elif field in {"kind", "k"}:
            kind = _prefix_choice(value, KINDS, "kind")
        elif field in {"doc", "document", "d"}:
            document_id = _document_number(value)
        else:
            speaker = value or None
    return QueueFilter(
        statuses=tuple(dict.fromkeys(statuses)),
        kind=kind,
        document_id=document_id,
        speaker=speaker,
        text=" ".join(text) or None,
        **notes,  # type: ignore[arg-type]
    )


def describe_filter(flt: QueueFilter) -> str:
    parts = []
    if flt.statuses:
        parts.append("status:" + ",".join(flt.statuses))
    if flt.kind:
        parts.append(f"kind:{flt.kind}")
    if flt.document_id is not None:
        parts.append(f"doc:{flt.document_id}")
    if flt.speaker:
        parts.append(f"speaker:{flt.speaker}")
    if flt.reviewed is not None:
        parts.append(f"reviewed:{'yes' if flt.reviewed else 'no'}")
    if flt.flag:
        parts.append(f"flag:{flt.flag}")
    if flt.comment:
        parts.append(f"comment:{shlex.quote(flt.comment)}")
    if flt.text:
        parts.append(f'"{flt.text}"')
    return " ".join(parts)
