"""Queue filter terms for what editors note on articles and quotes: `reviewed:no`, `reviewed:yes`,
`flag:second-opinion` (any flag of models.Flag, `flag:any`, `flag:none`), `comment:WORDS` (`comment:*`: any
comment). The queue's filter (queue.py) wires them in; this module only turns them into SQL on the queue's
quote table, aliased ``q``, with the fold function ``qt_fold`` that the queue registers.

Wiring (queue.py / tui filters): ``parse_term(word)`` gives ``(field, value)`` for a QueueFilter field
(``reviewed``: bool, ``flag``: str, ``comment``: str) or None when the word is not one of these terms;
``conditions(reviewed=…, flag=…, comment=…)`` gives the SQL conditions (AND them to the queue's WHERE) and
their arguments; and a free-text search should OR ``COMMENT_TEXT_SQL`` (one argument: the folded words) to
its match on the quote, speaker and mention, so that words in a comment are found too.
"""

from __future__ import annotations

from quotetool.detect import fold
from quotetool.errors import InvalidEdit
from quotetool.store.enums import Flag

COMMENT_TEXT_SQL = "instr(qt_fold(q.comment), ?) > 0"
ANY = "any"
NONE = "none"
ANY_COMMENT = "*"
# (from the reviewed articles to their quotes, through ix_document_reviewed and ix_quote_document)
_REVIEWED = "q.document_id IN (SELECT d.id FROM document d WHERE d.reviewed_at IS NOT NULL)"
# The few flagged or commented quotes, from partial indexes (ix_quote_flag, ix_quote_comment): written as a set of
# ids, SQLite reads them there instead of walking the whole queue in its order.
_FLAGGED = "q.id IN (SELECT id FROM quote WHERE flag IS NOT NULL)"
_COMMENTED = "q.id IN (SELECT id FROM quote WHERE comment IS NOT NULL)"
_YES_NO = {"yes": True, "ja": True, "no": False, "nein": False}


def parse_term(word: str) -> tuple[str, bool | str] | None:
    """The QueueFilter field and value for a filter word such as `reviewed:no`; None when it is not one of
    these terms. A known term with a value that means nothing is refused in a sentence."""
    key, colon, value = word.partition(":")
    key = key.lower()
    if not colon or key not in ("reviewed", "flag", "comment"):
        return None
    value = value.strip()
    if key == "reviewed":
        if value.lower() not in _YES_NO:
            raise InvalidEdit(f"reviewed:{value} means nothing; write reviewed:yes or reviewed:no.")
        return "reviewed", _YES_NO[value.lower()]
    if key == "flag":
        flags = {f.value for f in Flag} | {ANY, NONE}
        if value.lower() not in flags:
            raise InvalidEdit(f"flag:{value} means nothing; write flag: and one of {', '.join(sorted(flags))}.")
        return "flag", value.lower()
    if not value:
        raise InvalidEdit("comment: needs words to look for in comments, or * for any comment.")
    return "comment", value


def conditions(
    *, reviewed: bool | None = None, flag: str | None = None, comment: str | None = None
) -> tuple[list[str], list[object]]:
    """SQL conditions on ``q`` (to be joined with AND) and their arguments; None does not filter."""
    where: list[str] = []
    args: list[object] = []
    if reviewed is not None:
        where.append(_REVIEWED if reviewed else f"NOT {_REVIEWED}")
    if flag == ANY:
        where.append(_FLAGGED)
    elif flag == NONE:
        where.append("q.flag IS NULL")
    elif flag:
        where.append("q.id IN (SELECT id FROM quote WHERE flag = ?)")
        args.append(flag)
    if comment == ANY_COMMENT:
        where.append(_COMMENTED)
    elif comment:
        where.append(f"{_COMMENTED} AND {COMMENT_TEXT_SQL}")
        args.append(fold(comment))
    return where, args
