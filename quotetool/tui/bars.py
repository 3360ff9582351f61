"""The top bar's text, from the review model (plain Text: the annotator and filter come from people)."""

from __future__ import annotations

from rich.text import Text

from quotetool.tui.filters import describe_filter
from quotetool.tui.model import ReviewModel
from quotetool.tui.sanitize import one_line


def topbar_text(model: ReviewModel, annotator: str) -> Text:
    """The top bar: the article's place and progress, overall progress, the filter, the annotator."""
    bar = Text(no_wrap=True, overflow="ellipsis")
    if model.doc is not None:
        pos, count = model.position
        done = sum(x.status in ("accepted", "rejected") for x in model.doc_quotes)
        bar.append(f"Article {pos} of {count}", style="bold")
        if model.doc.reviewed_at is not None:
            bar.append(f" ✓ reviewed by {one_line(model.doc.reviewed_by or 'someone', 20)}", style="bold green")
        bar.append(f" · {done}/{len(model.doc_quotes)} decided here")
    else:
        bar.append("No article", style="bold")
    bar.append(" · overall ")
    if model.overall is not None:
        bar.append(f"{model.overall.decided}/{model.overall.total}", style="bold")
        bar.append(" decided")
        if model.articles is not None:
            bar.append(f", {model.articles.decided}/{model.articles.total} articles reviewed")
    else:
        bar.append("counting…")
    if model.filter.active:
        bar.append(f" · filter {one_line(describe_filter(model.filter), 40)}")
    bar.append(f" · {one_line(annotator, 20)}", style="dim")
    return bar
