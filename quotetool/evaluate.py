"""Scoring quote proposals against gold quotes: pure functions, no I/O, no storage, no UI.

Gold is a sequence of ``GoldArticle``s (a text and its ``GoldEvent``s: one or more character spans,
a kind, speaker keys, required or not); predictions are ``Prediction``s (a span with optional parts,
speaker name and mention, kind, rule). ``score`` takes (article, predictions) pairs and returns a
``Report``. ``read_gold`` reads the gold file format documented in the README. A database of reviewed
articles feeds ``score`` the same plain objects: per reviewed article a ``GoldArticle`` (its stored
text; an event per accepted, corrected or added quote, its parts or start..end as spans, its kind, the
verified speaker's name as the key, none for a quote without a speaker; rejected proposals' spans as
negatives; the source URL's host as outlet), with ``predict(article, detect)`` as its predictions.

Metrics. Only letters and digits count (spacing and punctuation differ between annotations):

- A prediction's characters are those of its parts (the quoted pieces of a split quote, without the
  cue or frame between them), or of start..end when it has none. It belongs to the gold event holding
  most of them (the first on a tie) and is **precise** when at least half of its characters lie in
  that event. A precise prediction on an event that is not required is ignored
  (neither rewarded nor penalised); every other prediction counts.
- A required event is **found** when the precise predictions assigned to it cover at least half of
  its characters. Its main prediction is the one among them that covers most of it.
- A speaker is **right** when, case-, accent- and ß-folded, the predicted canonical name contains one
  of the event's speaker keys (with ``mention_ok``, the speaker's mention as written may hold the key
  instead).
- Quote precision = precise / predictions; quote recall = found / required events; F1 their harmonic
  mean.
- Attribution is judged only where the gold names a speaker. Attributed precision = precise
  predictions with the right speaker / (predictions, less the precise ones on events that name no
  speaker); attributed recall = found events whose main prediction has the right speaker / required
  events that name a speaker.

The definitions are those of the evaluation kit's ``score_quotes.py`` but for one point: the kit reads
every prediction by start..end, so a mid-sentence frame between the two parts of a quote weighs against
it. ``whole_spans`` reads predictions that way too, and the figures then agree with the kit's exactly.

Breakdowns: **per outlet**, both sides restricted to that outlet's articles; **per kind**, predictions
by their own kind, required events by their gold kind; **per rule**, predictions by their rule, and a
found event is credited to the rule of its main prediction, over all required events, so the rules'
recalls add up to the overall recall.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any
from urllib.parse import urlsplit

from quotetool.detect import Proposal, fold

Span = tuple[int, int]
NO_OUTLET = "(none)"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold quote: its spans (end exclusive), its kind, the keys a right speaker's name contains."""

    spans: tuple[Span, ...]
    kind: str
    speakers: tuple[str, ...] = ()  # no keys: the speaker is not judged
    required: bool = True  # False: predictions on it are neither rewarded nor penalised


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    events: tuple[GoldEvent, ...] = ()
    negatives: tuple[Span, ...] = ()  # known non-quotes (titles, boilerplate, rejected proposals)
    outlet: str = NO_OUTLET


@dataclass(frozen=True, slots=True)
class Prediction:
    start: int
    end: int
    kind: str
    rule: str
    speaker: str | None = None  # canonical name
    speaker_mention: str | None = None  # the words in the text that name the speaker
    parts: tuple[Span, ...] = ()  # the quoted pieces of a split quote

    @classmethod
    def from_proposal(cls, p: Proposal) -> Prediction:
        return cls(p.start, p.end, str(p.kind), p.rule, p.speaker, p.speaker_mention, p.parts)


def predict(article: GoldArticle, detector: Callable[[str], Iterable[Proposal]]) -> list[Prediction]:
    """The detector's proposals for ``article``, as predictions."""
    return [Prediction.from_proposal(p) for p in detector(article.text)]


@dataclass(slots=True)
class Counts:
    """What one row of figures is computed from."""

    predictions: int = 0
    precise: int = 0
    judged: int = 0  # predictions whose speaker is judged: all but precise ones on events that name no speaker
    attributed: int = 0  # precise predictions with the right speaker
    required: int = 0
    found: int = 0
    named: int = 0  # required events that name a speaker
    found_attributed: int = 0  # found events whose main prediction has the right speaker

    def figures(self) -> dict[str, float]:
        p, r = _ratio(self.precise, self.predictions), _ratio(self.found, self.required)
        ap, ar = _ratio(self.attributed, self.judged), _ratio(self.found_attributed, self.named)
        return {
            "quote_precision": p,
            "quote_recall": r,
            "quote_f1": _f1(p, r),
            "attributed_precision": ap,
            "attributed_recall": ar,
            "attributed_f1": _f1(ap, ar),
        }

    def to_dict(self, *, rule: bool = False) -> dict[str, int | float]:
        """Counts and figures; for a rule without F1, as its recall is a share of all gold quotes."""
        counts = {f.name: getattr(self, f.name) for f in fields(self)}
        figures = {k: round(v, 3) for k, v in self.figures().items() if not (rule and k.endswith("_f1"))}
        return {**counts, **figures}


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Finding:
    """One error, for error analysis: where it is and what was said about the speaker."""

    article: str
    start: int
    end: int
    text: str
    speaker: str | None = None  # the predicted speaker (wrong speakers)
    expected: tuple[str, ...] = ()  # the gold speaker keys (wrong speakers)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"article": self.article, "start": self.start, "end": self.end, "text": self.text}
        if self.expected:
            d |= {"speaker": self.speaker, "expected": list(self.expected)}
        return d


@dataclass(slots=True)
class Report:
    articles: int = 0
    overall: Counts = field(default_factory=Counts)
    by_rule: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_outlet: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    cover_of_found: float = 0.0  # summed; divided by overall.found for the mean
    negative_hits: int = 0  # imprecise predictions that lie mostly on a known non-quote
    misses: list[Finding] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)
    wrong_speakers: list[Finding] = field(default_factory=list)

    @property
    def mean_cover_of_found(self) -> float:
        return _ratio_f(self.cover_of_found, self.overall.found)

    def to_dict(self) -> dict[str, Any]:
        def rows(table: dict[str, Counts], rule: bool = False) -> dict[str, Any]:
            return {name: table[name].to_dict(rule=rule) for name in sorted(table)}

        return {
            "articles": self.articles,
            "overall": self.overall.to_dict(),
            "by_rule": rows(self.by_rule, True),
            "by_kind": rows(self.by_kind),
            "by_outlet": rows(self.by_outlet),
            "mean_cover_of_found": round(self.mean_cover_of_found, 3),
            "predictions_on_negatives": self.negative_hits,
            "misses": [f.to_dict() for f in self.misses],
            "false_positives": [f.to_dict() for f in self.false_positives],
            "wrong_speakers": [f.to_dict() for f in self.wrong_speakers],
        }


def _ratio_f(part: float, whole: int) -> float:
    return part / whole if whole else 0.0


# --- scoring -------------------------------------------------------------------------------------------


def score(
    pairs: Iterable[tuple[GoldArticle, Sequence[Prediction]]], *, mention_ok: bool = False, whole_spans: bool = False
) -> Report:
    """Score each article's predictions against its gold events (see the module docstring).

    ``whole_spans`` scores a split quote by start..end, the cue between its parts included.
    """
    report = Report()
    for article, predictions in pairs:
        report.articles += 1
        if whole_spans:
            predictions = [replace(p, parts=()) for p in predictions]
        _score_article(report, article, predictions, mention_ok)
    for row in report.by_rule.values():  # a rule's recall is its share of all gold quotes
        row.required, row.named = report.overall.required, report.overall.named
    return report


def speaker_right(prediction: Prediction, keys: Sequence[str], *, mention_ok: bool = False) -> bool:
    """Whether the predicted name (or, with ``mention_ok``, the mention) contains one of ``keys``, folded."""
    names = [prediction.speaker, prediction.speaker_mention] if mention_ok else [prediction.speaker]
    folded_keys = [fold(k) for k in keys]
    for name in names:
        folded = fold(name or "")
        if folded and any(k in folded for k in folded_keys):
            return True
    return False


def letters(text: str, spans: Iterable[Span]) -> frozenset[int]:
    """The offsets of the letters and digits of ``text`` inside ``spans``."""
    return frozenset(i for s, e in spans for i in range(max(0, s), min(len(text), e)) if text[i].isalnum())


def _score_article(report: Report, article: GoldArticle, predictions: Sequence[Prediction], mention_ok: bool) -> None:
    text, events = article.text, article.events
    event_chars = [letters(text, e.spans) for e in events]
    negatives = [letters(text, [span]) for span in article.negatives]
    assigned: dict[int, list[tuple[frozenset[int], Prediction]]] = defaultdict(list)
    for p in predictions:
        chars = letters(text, p.parts or [(p.start, p.end)])
        best, overlap = _best_event(chars, event_chars)
        precise = bool(chars) and overlap * 2 >= len(chars)
        if precise and not events[best].required:
            continue
        rows = (report.overall, report.by_rule[p.rule], report.by_kind[p.kind], report.by_outlet[article.outlet])
        if not precise:
            if any(len(chars & n) * 2 >= max(1, len(chars)) for n in negatives):
                report.negative_hits += 1
            report.false_positives.append(Finding(article.id, p.start, p.end, _excerpt(text, p.start, p.end)))
            for row in rows:
                row.predictions += 1
                row.judged += 1
            continue
        keys = events[best].speakers
        right = bool(keys) and speaker_right(p, keys, mention_ok=mention_ok)
        for row in rows:
            row.predictions += 1
            row.precise += 1
            row.judged += bool(keys)
            row.attributed += right
        assigned[best].append((chars, p))
    for i, event in enumerate(events):
        if event.required:
            _score_event(report, article, event, event_chars[i], assigned.get(i, []), mention_ok)


def _best_event(chars: frozenset[int], event_chars: Sequence[frozenset[int]]) -> tuple[int, int]:
    """The index of the event holding most of ``chars`` (the first on a tie; -1 for none) and how many."""
    best, most = -1, 0
    for i, ev in enumerate(event_chars):
        overlap = len(chars & ev)
        if overlap > most:
            best, most = i, overlap
    return best, most


def _score_event(
    report: Report,
    article: GoldArticle,
    event: GoldEvent,
    chars: frozenset[int],
    got: list[tuple[frozenset[int], Prediction]],
    mention_ok: bool,
) -> None:
    covered: set[int] = set()
    for pc, _ in got:
        covered |= pc & chars
    cover = _ratio(len(covered), len(chars))
    found = cover * 2 >= 1
    main = max(got, key=lambda g: len(g[0] & chars))[1] if found else None
    right = main is not None and bool(event.speakers) and speaker_right(main, event.speakers, mention_ok=mention_ok)
    for row in (report.overall, report.by_kind[event.kind], report.by_outlet[article.outlet]):
        row.required += 1
        row.named += bool(event.speakers)
        row.found += found
        row.found_attributed += right
    start, end = event.spans[0] if event.spans else (0, 0)
    if main is None:
        report.misses.append(Finding(article.id, start, end, _excerpt(article.text, start, end)))
        return
    report.cover_of_found += cover
    rule = report.by_rule[main.rule]
    rule.found += 1
    rule.found_attributed += right
    if event.speakers and not right:
        report.wrong_speakers.append(
            Finding(article.id, start, end, _excerpt(article.text, start, end), main.speaker, event.speakers)
        )


def _excerpt(text: str, start: int, end: int, limit: int = 80) -> str:
    piece = text[start:end]
    return piece if len(piece) <= limit else piece[: limit - 1] + "…"


# --- the gold file -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldProblem:
    """A gold line that cannot be used; ``str()`` is one sentence: "line 3 is not valid JSON (…)."."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line} {self.message}"


class _BadLine(ValueError):
    pass


def read_gold(lines: Iterable[bytes | str]) -> Iterator[GoldArticle | GoldProblem]:
    """Articles from gold JSONL lines (format in the README); each bad line yields a ``GoldProblem``.

    Blank lines are skipped silently. Bytes are decoded as UTF-8 (a BOM on the first line is fine).
    """
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw if isinstance(raw, str) else raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield GoldProblem(number, "is not UTF-8 text.")
            continue
        if not line.strip():
            continue
        try:
            article = _parse_article(line)
            if article.id in seen:
                raise _BadLine(f"repeats the id {article.id!r} of line {seen[article.id]}.")
        except _BadLine as exc:
            yield GoldProblem(number, str(exc))
            continue
        seen[article.id] = number
        yield article


def _parse_article(line: str) -> GoldArticle:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadLine(f"is not valid JSON ({exc.msg} at column {exc.colno}).") from None
    if not isinstance(record, dict):
        raise _BadLine("is not a JSON object.")
    ident, text = record.get("id"), record.get("text")
    if not isinstance(ident, str | int) or isinstance(ident, bool) or str(ident) == "":
        raise _BadLine('has no "id" (a string or a number).')
    if not isinstance(text, str) or not text:
        raise _BadLine('has no "text" (a non-empty string).')
    events = _list(record, "events")
    parsed = tuple(_parse_event(text, event, i) for i, event in enumerate(events, start=1))
    negatives = tuple(_place(text, segment, '"neg"') for segment in _list(record, "neg"))
    return GoldArticle(str(ident), text, parsed, negatives, _outlet(record))


def _list(record: dict[str, Any], key: str) -> list[Any]:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise _BadLine(f'has a "{key}" that is not a list.')
    return value


def _parse_event(text: str, event: Any, number: int) -> GoldEvent:
    where = f"event {number}"
    if not isinstance(event, dict):
        raise _BadLine(f"has an {where} that is not a JSON object.")
    spans = [_place(text, segment, where) for segment in _list(event, "segments")]
    spans += [_span(text, span, where) for span in _list(event, "spans")]
    if not spans:
        raise _BadLine(f'has an {where} without "segments" or "spans".')
    kind = event.get("kind")
    if not isinstance(kind, str) or not kind.strip():
        raise _BadLine(f'has an {where} without a "kind".')
    speakers = event.get("speaker", [])
    speakers = [speakers] if isinstance(speakers, str) else speakers
    if not isinstance(speakers, list) or not all(isinstance(s, str) for s in speakers):
        raise _BadLine(f'has an {where} whose "speaker" is not a list of strings.')
    required = event.get("required", True)
    if not isinstance(required, bool):
        raise _BadLine(f'has an {where} whose "required" is not true or false.')
    keys = tuple(s.strip() for s in speakers if s.strip())
    return GoldEvent(tuple(spans), kind.strip(), keys, required)


def _place(text: str, segment: Any, where: str) -> Span:
    """The span of ``segment``, which must occur exactly once in ``text``."""
    if not isinstance(segment, str) or not segment:
        raise _BadLine(f"has a segment in {where} that is not a non-empty string.")
    count = text.count(segment)
    if count != 1:
        times = "does not occur" if count == 0 else f"occurs {count} times"
        raise _BadLine(f"has a segment in {where} that {times} in the text: {_excerpt(segment, 0, 40)!r}.")
    start = text.find(segment)
    return (start, start + len(segment))


def _span(text: str, span: Any, where: str) -> Span:
    ok = (
        isinstance(span, list)
        and len(span) == 2
        and all(type(x) is int for x in span)
        and 0 <= span[0] < span[1] <= len(text)
    )
    if not ok:
        raise _BadLine(f"has a span in {where} that is not [start, end] inside the text: {span!r}.")
    return (span[0], span[1])


def _outlet(record: dict[str, Any]) -> str:
    """The article's "outlet", else the host of its "url", else NO_OUTLET."""
    outlet, url = record.get("outlet"), record.get("url")
    if isinstance(outlet, str) and outlet.strip():
        return outlet.strip()
    if isinstance(url, str):
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        if host:
            return host.removeprefix("www.")
    return NO_OUTLET


# --- the table for a person ----------------------------------------------------------------------------

_HEADER = ("", "props", "found", "gold", "P", "R", "F1", "aP", "aR", "aF1")
_WIDTHS = (7, 7, 7, 8, 7, 7, 8, 7, 7)
_LEGEND = (
    "P, R, F1: quote precision, recall, F1; aP, aR, aF1: the same where the speaker is right too.\n"
    "A rule's recall is its share of all gold quotes (each found quote counts for the rule of its main "
    "proposal), so no F1 is given for a rule."
)


def format_table(report: Report, inert: Callable[[str], str] = str) -> str:
    """The figures as aligned columns: overall, per rule, per kind, per outlet, then a summary.

    ``inert`` makes a name from the data safe to print (rule names and outlets come from outside).
    """
    sections: list[tuple[str, list[tuple[str, list[str]]]]] = [("", [("overall", _cells(report.overall))])]
    for title, table, is_rule in (
        ("by rule", report.by_rule, True),
        ("by kind (proposals by their kind, gold quotes by theirs)", report.by_kind, False),
        ("by outlet", report.by_outlet, False),
    ):
        rows = [("  " + inert(name), _cells(table[name], rule=is_rule)) for name in sorted(table)]
        sections.append((title, rows))
    width = max(len(name) for _, rows in sections for name, _ in rows)
    lines = [_row(_HEADER[0], _HEADER[1:], width)]
    for title, rows in sections:
        if title:
            lines.append(title)
        lines += [_row(name, cells, width) for name, cells in rows]
    o = report.overall
    lines.append(
        f"{report.articles} articles, {o.required} gold quotes ({o.named} name their speaker), "
        f"{o.predictions} proposals. Found quotes are covered {report.mean_cover_of_found:.1%} on average; "
        f"{len(report.misses)} missed, {len(report.false_positives)} proposed wrongly "
        f"({report.negative_hits} on known non-quotes), {len(report.wrong_speakers)} with a wrong speaker."
    )
    lines.append(_LEGEND)
    return "\n".join(lines) + "\n"


def _cells(c: Counts, *, rule: bool = False) -> list[str]:
    f = {k: f"{v:.3f}" for k, v in c.figures().items()}
    if rule:
        f["quote_f1"] = f["attributed_f1"] = "-"
    return [
        str(c.predictions),
        str(c.found),
        "-" if rule else str(c.required),
        f["quote_precision"],
        f["quote_recall"],
        f["quote_f1"],
        f["attributed_precision"],
        f["attributed_recall"],
        f["attributed_f1"],
    ]


def _row(name: str, cells: Sequence[str], width: int) -> str:
    return name.ljust(width) + "".join(cell.rjust(w) for cell, w in zip(cells, _WIDTHS, strict=True))
