"""The review screen's keys: each binding has an id, which the keymap file and the help screen use."""

from __future__ import annotations

from textual.binding import Binding, BindingType


def _binding(key: str, action: str, description: str, id: str, *, show: bool = True) -> Binding:
    return Binding(key, action, description, id=id, show=show)


# The order is the footer's: the keys used on every quote first; at 80 columns the footer shows a to n
# (FittingFooter leaves out what does not fit whole), wider terminals show more: then the article's
# reviewed mark, comment and flag.
REVIEW_BINDINGS: list[BindingType] = [
    _binding("a", "accept", "Accept", "accept"),
    _binding("x", "reject", "Reject", "reject"),
    _binding("space", "skip", "Skip", "skip"),
    _binding("u", "undo", "Undo", "undo"),
    _binding("s", "speaker", "Speaker", "speaker"),
    _binding("k", "kind", "Kind", "kind"),
    _binding("question_mark", "help", "Help", "help"),
    _binding("n", "step(1)", "Next", "next"),
    _binding("p", "step(-1)", "Previous", "previous"),
    _binding("g", "next_undecided", "Next open", "next_undecided"),
    _binding("m", "add_quote", "Add quote", "add_quote"),
    _binding("M", "next_miss", "Next miss", "next_miss"),
    _binding("R", "reviewed", "Article done", "reviewed"),
    _binding("c", "comment", "Comment", "comment"),
    _binding("f", "flag", "Flag", "flag"),
    _binding("q", "app.quit", "Quit", "quit"),
    _binding("left_square_bracket", "span('start', -1)", "Start ←", "span.start_left"),
    _binding("right_square_bracket", "span('start', 1)", "Start →", "span.start_right"),
    _binding("left_curly_bracket", "span('end', -1)", "End ←", "span.end_left"),
    _binding("right_curly_bracket", "span('end', 1)", "End →", "span.end_right"),
    _binding("ctrl+left", "span('start', -1, 'char')", "Start ← char", "span.start_left_char"),
    _binding("ctrl+right", "span('start', 1, 'char')", "Start → char", "span.start_right_char"),
    _binding("ctrl+shift+left", "span('end', -1, 'char')", "End ← char", "span.end_left_char"),
    _binding("ctrl+shift+right", "span('end', 1, 'char')", "End → char", "span.end_right_char"),
    _binding("ctrl+f", "find", "Find in article", "find"),
    _binding("d", "delete", "Delete added", "delete"),
    _binding("greater_than_sign", "article(1)", "Next article", "next_article"),
    _binding("less_than_sign", "article(-1)", "Prev. article", "previous_article"),
    _binding("slash", "filter", "Filter", "filter"),
    _binding("o", "order", "Order", "order"),  # by article / least confident first (queue_order)
    _binding("e", "export", "Export", "export"),
    _binding("t", "toggle_theme", "Theme", "theme"),
    _binding("ctrl+r", "reload", "Reload", "reload"),
    _binding("S", "speakers", "Speakers", "speakers"),  # the registry across the database (speakers_screen.py)
    _binding("A", "statement('accept')", "Accept statement", "statement.accept"),  # every outlet's quote of it
    _binding("O", "statement('speaker')", "Speaker to statement", "statement.speaker"),
]

# Actions that change or move the review; all are off while a missed quote is being selected.
REVIEW_ACTIONS = frozenset(
    {
        "accept",
        "reject",
        "skip",
        "undo",
        "speaker",
        "kind",
        "comment",
        "flag",
        "reviewed",
        "add_quote",
        "step",
        "next_undecided",
        "span",
        "delete",
        "article",
        "filter",
        "order",
        "export",
        "reload",
        "statement",
    }
)
