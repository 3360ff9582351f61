"""The help screen (`?`): every key of the review screen as bound now, keymap changes included."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

SELECTION_KEYS = (
    ("← →", "move the cursor one word (shift: extend the selection)"),
    ("↑ ↓", "move the cursor one line (shift: extend the selection)"),
    ("s", "select the sentence under the cursor"),
    ("+ -", "one clause more / less at the cursor's end (clauses end at , ; : dashes, dass, ob)"),
    (") (", "one sentence more / less at the cursor's end"),
    ("o", "put the cursor at the other end of the selection"),
    ("[ ] { }", "start / end one word left or right (never past the paragraph)"),
    ("ctrl+← →", "start one character left / right (takes in or leaves out punctuation, quotation marks)"),
    ("ctrl+shift+← →", "end one character left / right"),
    ("M", "select the next likely miss"),
    ("/  n N", "find in the article; next / previous match"),
    ("Enter", "use the selection: choose kind, then speaker"),
    ("Esc", "cancel the selection"),
    ("mouse", "drag over the text to select; click a quote to show it"),
)
QUEUE_KEYS = (
    ("↑ ↓ PgUp PgDn", "in the queue (Tab to focus it): show that quote"),
    ("Tab", "move focus: queue, article"),
)
# Longer explanations than the footer has room for, by binding id.
LONG = {
    "accept": "accept the quote, then show the next undecided one",
    "reject": "reject the quote, then show the next undecided one",
    "skip": "leave the quote undecided and show the next undecided one",
    "undo": "take back your last decision (again and again, also from earlier sessions)",
    "speaker": "change the speaker: a person of the article at one of its mentions, a known name or alias "
    "(the highlighted row is what Enter saves), or a new name; ctrl+t gives it to every quote of the mention",
    "kind": "change the kind: direct, indirect or mixed",
    "add_quote": "add a quote the detector missed: select it in the article",
    "next_miss": "select the next likely miss: a sentence with a Konjunktiv, a quotation or a speech verb "
    "that no quote covers (Enter, kind, speaker add it)",
    "find": "find words in the article: places the cursor (n / N for the next / previous match)",
    "span.start_left_char": "quote starts one character earlier (takes in a quotation mark)",
    "span.start_right_char": "quote starts one character later",
    "span.end_left_char": "quote ends one character earlier (leaves out a full stop)",
    "span.end_right_char": "quote ends one character later (takes in a closing quotation mark)",
    "reviewed": "mark the article reviewed (read to its end, misses added), or take the mark back",
    "comment": "write a one-line comment on the quote (an empty line removes it)",
    "flag": "flag the quote: s second-opinion, c check-source, n no flag",
    "next": "show the next quote in the queue",
    "previous": "show the previous quote in the queue",
    "next_undecided": "jump to the next undecided proposal",
    "span.start_left": "quote starts one word earlier (within its paragraph)",
    "span.start_right": "quote starts one word later",
    "span.end_left": "quote ends one word earlier",
    "span.end_right": "quote ends one word later (within its paragraph)",
    "delete": "delete a quote you added by hand (proposals are rejected instead)",
    "next_article": "show the next article (also one without quotes)",
    "previous_article": "show the previous article",
    "filter": "filter the queue by status, kind, article, speaker and words",
    "order": "order the queue least confident first, or by article again (n, p and g follow the queue)",
    "export": "write the accepted quotes to a CSV file",
    "theme": "switch between the dark and the light theme",
    "reload": "read again what other editors changed (queue, article, counts)",
    "help": "this screen",
    "quit": "leave; every decision is already saved",
}

FILTER_HELP = (
    "Filter (/): words search the quote, speaker and mention; status:proposed|accepted|rejected "
    "(comma for several), kind:direct|indirect|mixed, doc:ID, speaker:NAME (quote names with spaces: "
    'speaker:"Andrej Belousow"), reviewed:yes|no (the article is marked reviewed), '
    "flag:second-opinion|check-source|any|none, comment:WORDS (comment:* any comment); words also search "
    "comments. An empty filter shows everything."
)


def _section(title: str, rows) -> Table:
    table = Table.grid(padding=(0, 2))
    table.title = Text(title, style="bold underline")
    table.title_justify = "left"
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1)
    for key, description in rows:
        table.add_row(Text(key), Text(description))
    return table


def help_text(keys: list[tuple[str, str]]) -> Group:
    """Every key with what it does; plain Text cells, so nothing in them is read as markup."""
    notes = Text(
        "\nEvery decision is saved the moment it is made. Undo goes back through your own decisions, "
        "also those of earlier sessions. Keys can be changed in ~/.config/quotetool/keys.toml "
        '(binding-id = "key", the ids in brackets) or a file named by $QUOTETOOL_KEYMAP.',
        style="dim",
    )
    return Group(
        _section("Review screen", [*keys, ("ctrl+p", "command palette: every action by name")]),
        Text(""),
        _section("Selecting a missed quote (after the add key)", SELECTION_KEYS),
        Text(""),
        _section("Queue", QUEUE_KEYS),
        Text("\n" + FILTER_HELP),
        notes,
    )


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("question_mark", "close", "Close", show=False),
        Binding("q", "close", "Close", show=False),
    ]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="help-dialog"):
            yield Label(Content("Keys — Esc closes"), id="dialog-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(help_text(self.keys), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)
