"""The review app: the review screen (screen.py) with the user's keymap and theme, and a clean exit.

Every decision is stored the moment it is made, so the app may end at any time: on `q`, on
SIGTERM (the terminal is restored first) or, as a last resort, after an error outside every
guarded handler (one sentence, no traceback).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import signal
import tomllib
from collections.abc import Iterable
from pathlib import Path

from rich.text import Text
from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from quotetool.queue_order import DEFAULT_ORDER, QueueOrder
from quotetool.store import Database, DocumentView, QuoteView, load_orm
from quotetool.store.queue import Progress
from quotetool.tui.article_view import ArticleView
from quotetool.tui.queue_view import QueueView
from quotetool.tui.sanitize import one_line
from quotetool.tui.screen import ReviewScreen
from quotetool.tui.typeahead import TypeAheadApp

ENV_KEYMAP = "QUOTETOOL_KEYMAP"  # a TOML file of `binding-id = "key"`; default ~/.config/quotetool/keys.toml
ENV_THEME = "QUOTETOOL_THEME"  # "light" or "dark" (default)
ENV_DEBUG = "QUOTETOOL_DEBUG"  # show tracebacks (as the CLI does)
DARK, LIGHT = "textual-dark", "textual-light"
BINDING_IDS = frozenset(
    b.id for b in (*ReviewScreen.BINDINGS, *ArticleView.BINDINGS) if isinstance(b, Binding) and b.id
)


def _keymap_path() -> Path:
    if os.environ.get(ENV_KEYMAP):
        return Path(os.environ[ENV_KEYMAP])
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "quotetool" / "keys.toml"


def check_keymap(entries: object, path: Path | str = "the keymap") -> tuple[dict[str, str], str | None]:
    """The usable entries of a keymap (binding id → key), and one sentence naming the ones left out.

    An unknown binding id, or a value that is not a key (a number, a list, an empty string), keeps the
    default key of that binding; the rest of the keymap is used.
    """
    if not isinstance(entries, dict):
        return {}, f'The keymap {path} was not used: it is not a table of binding-id = "key".'
    usable: dict[str, str] = {}
    unknown: list[str] = []
    bad: list[str] = []
    for name, value in entries.items():
        if name not in BINDING_IDS:
            unknown.append(one_line(str(name), 30))
        elif not isinstance(value, str) or not value.strip() or any(not k.strip() for k in value.split(",")):
            bad.append(f"{name} = {one_line(repr(value), 30)}")
        else:
            usable[name] = value
    problems = []
    if unknown:
        problems.append(
            f"{', '.join(unknown)} {'is not a binding id' if len(unknown) == 1 else 'are not binding ids'}"
            " (the ids are in brackets on the help screen, ?)"
        )
    if bad:
        problems.append(f'{", ".join(bad)} {"is" if len(bad) == 1 else "are"} not a key such as "y" or "ctrl+y"')
    if not problems:
        return usable, None
    return usable, f"The keymap {path}: {'; '.join(problems)}; those keys keep their defaults."


def load_keymap(path: Path) -> tuple[dict[str, str], str | None]:
    """The user's key overrides, and a sentence if (part of) the file could not be used."""
    if not path.is_file():
        return {}, None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, f"The keymap {path} was not used: {exc}."
    keys = data["keys"] if isinstance(data.get("keys"), dict) else data  # a [keys] table, or top-level entries
    return check_keymap(keys, path)


class QuotetoolApp(TypeAheadApp):
    """Review proposals of the detector: accept, reject, correct, add, undo, export. Keys typed ahead of a dialog
    go to that dialog (typeahead.py)."""

    CSS_PATH = "quotetool.tcss"
    TITLE = "quotetool"

    def __init__(
        self,
        db: Database,
        *,
        annotator: str,
        keymap: dict[str, str] | None = None,
        theme: str | None = None,
        order: QueueOrder = DEFAULT_ORDER,
    ) -> None:
        super().__init__()
        self.db = db
        self.annotator = annotator
        self.order = order  # the queue's order at the start (o switches it)
        if keymap is None:
            self._keys, self._keymap_problem = load_keymap(_keymap_path())
        else:
            self._keys, self._keymap_problem = check_keymap(keymap)
        chosen = theme or os.environ.get(ENV_THEME, "")
        self.theme = LIGHT if chosen.lower() == "light" else DARK

    def get_default_screen(self) -> Screen:
        return ReviewScreen(self.db, annotator=self.annotator, notice=self._keymap_problem, order=self.order)

    def on_ready(self) -> None:
        # The first screen is up (it read through plain SQL): load the store's ORM modules, which the decisions
        # use, in the background now, so that the first decision does not wait for them (quotetool.store).
        self.run_worker(load_orm, thread=True, group="load-orm", exit_on_error=False)

    def on_mount(self) -> None:
        if self._keys:
            try:
                self.set_keymap(self._keys)
            except Exception as exc:  # a key Textual cannot read: the defaults stay
                self.set_keymap({})
                self.review.set_status(f"The keymap was not used: {exc}.", error=True)
        # SIGTERM ends the app like `q`: the terminal is restored (decisions are already stored). Not on
        # every platform, and only in the main thread: elsewhere the default handling stays.
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, self.exit)

    # --- what the review screen shows (tests and benchmarks read it here) -------------------------

    @property
    def review(self) -> ReviewScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, ReviewScreen)
        return screen

    @property
    def current(self) -> QuoteView | None:
        return self.review.model.current

    @property
    def doc(self) -> DocumentView | None:
        return self.review.model.doc

    @property
    def overall(self) -> Progress | None:
        return self.review.model.overall

    @property
    def queue(self) -> QueueView:
        return self.review.queue

    @property
    def article(self) -> ArticleView:
        return self.review.article

    def show_quote(self, quote: QuoteView) -> None:
        self.review.show_quote(quote)

    def help_keys(self) -> list[tuple[str, str]]:
        return self.review.help_keys()

    # --- errors, theme, palette --------------------------------------------------------------------

    def _fatal_error(self) -> None:
        """Last line of defence (an error outside every guarded handler): one sentence, not a traceback."""
        if os.environ.get(ENV_DEBUG):
            super()._fatal_error()
            return
        exc = self._exception
        self._exit_renderables.append(
            Text(
                f"quotetool: internal error ({type(exc).__name__}: {exc}). Every decision made so far is saved; "
                f"set {ENV_DEBUG}=1 to see the traceback and please report it."
            )
        )
        self._close_messages_no_wait()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if not isinstance(screen, ReviewScreen):
            return
        for binding, key in screen.mapped_bindings():
            if binding.action == "app.quit":
                continue
            yield SystemCommand(
                f"{binding.description} ({key})",
                f"Same as the key {key}",
                functools.partial(self.run_action, binding.action, screen),
            )
