"""The orders of the review queue, shared by the store (its SQL), the review model and the CLI.

Kept apart from quotetool.store so that the CLI can name the orders without loading the database code.
Each order is a sort key over a quote's (or queue row's) fields; the store sorts by the same columns in SQL
(queue.py), so the queue the store loads, the model's next/previous and the store's neighbour agree.
"""

from __future__ import annotations

from typing import Literal, Protocol, get_args

QueueOrder = Literal["document", "uncertain"]
QUEUE_ORDERS: tuple[QueueOrder, ...] = get_args(QueueOrder)
DEFAULT_ORDER: QueueOrder = "document"
ORDER_LABELS: dict[QueueOrder, str] = {"document": "by article", "uncertain": "least confident first"}
# Where a quote without a detector confidence (added by hand) sorts in the uncertain order: after every
# proposal (confidences are at most 1). The store's SQL uses the same value.
UNRATED = 2.0

Key = tuple[float, ...]


class Placed(Protocol):
    """What a quote's place in the queue is read from: a QueueRow or a QuoteView."""

    @property
    def id(self) -> int: ...
    @property
    def document_id(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def confidence(self) -> float | None: ...


def order_key(quote: Placed, order: QueueOrder) -> Key:
    """A quote's place in the queue: ``document`` by article, then position in the text, then id;
    ``uncertain`` by the detector's confidence, lowest first, then as ``document``."""
    if order == "uncertain":
        confidence = quote.confidence
        return (UNRATED if confidence is None else confidence, quote.document_id, quote.start, quote.id)
    return (quote.document_id, quote.start, quote.id)


def next_order(order: QueueOrder) -> QueueOrder:
    """The order the order key switches to (the orders in turn)."""
    return QUEUE_ORDERS[(QUEUE_ORDERS.index(order) + 1) % len(QUEUE_ORDERS)]
