"""Typing ahead: keys reach the screen they were typed for, one key after the other.

Textual hands a key to the focused widget and takes the next key at once; the binding a key triggers runs
only once the key has come back up to the app. So keys typed right after a key that opens a dialog (`c` for
a comment) were all handed to the review screen before the dialog was pushed: there its letters are decisions
(a accept, x reject, …). Keys that came while the dialog was being built found nothing focused and were lost.

``TypeAheadApp`` takes keys one at a time. A key is handed on, and the next one waits until the key has been
handled and the app has settled: the key has gone up through its widgets to the app (its binding has run), a
dialog it opened is mounted with its focus set, a dialog it closed is gone, and a dialog chain (a worker
awaiting one dialog after another) has pushed its next dialog or finished. So keys typed ahead go, in order,
to the dialog that will be there, exactly as if typed after it appeared; Enter after letters submits them,
Escape cancels. A paste waits its turn as a key does; mouse events are not held.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import time
from typing import Any

from textual import events
from textual.app import App
from textual.dom import DOMNode
from textual.screen import Screen
from textual.worker import NoActiveWorker, Worker, get_current_worker

HOP_SECONDS = 1.0  # a widget that does not run a callback this long (being removed) is passed by
SETTLE_SECONDS = 12.0  # the longest a key is waited for (a chain's store call waits up to the 10 s busy timeout)


class TypeAheadApp(App[None]):
    """An app that hands keys on one at a time, each once the previous one has settled (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._keys_held: collections.deque[events.Key | events.Paste] = collections.deque()
        self._keys_settling = False
        self._keys_task: asyncio.Task[None] | None = None  # (kept: the loop holds tasks only weakly)
        self._dialog_of: dict[Worker[Any], Screen[Any]] = {}  # a worker and the last dialog it pushed
        self._keys_ignored: set[Worker[Any]] = set()  # workers that held a key too long: no key waits for them again
        self.in_flight = 0  # keys and decisions under way (tests wait on it, see guard.py)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._keys_held.append(event)
            if not self._keys_settling:
                await self._hand_on_key()
            return
        await super().on_event(event)

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        with contextlib.suppress(NoActiveWorker):  # a dialog of a chain: the worker awaits it
            self._dialog_of[get_current_worker()] = self.get_screen(screen)
        return super().push_screen(screen, *args, **kwargs)

    async def _hand_on_key(self) -> None:
        """Hand the next held key on (run on the app's own task, as Textual runs keys)."""
        if self._keys_settling or not self._keys_held:
            return
        key = self._keys_held.popleft()
        self._keys_settling = True
        self.in_flight += 1
        target: DOMNode = self.focused or self.screen
        workers = set(self.workers)
        try:
            await super().on_event(key)  # a priority binding, else to the focused widget
        except BaseException:
            self._key_settled()
            raise
        path = list(_up_to_screen(target)) if key.is_forwarded else []
        self._keys_task = asyncio.create_task(self._settle_key(path, workers))

    def _key_settled(self) -> None:
        self._keys_settling = False
        self.in_flight -= 1
        if self._keys_held:
            self.call_later(self._hand_on_key)

    async def _settle_key(self, path: list[DOMNode], workers: set[Worker[Any]]) -> None:
        """Wait until the key has gone through ``path`` to the app, and the app has settled after it."""
        try:
            for node in path:
                await self._through(node)
            await self._through(self)  # the app has run the key's binding (and waited for what it stored)
            deadline = time.monotonic() + SETTLE_SECONDS
            while time.monotonic() < deadline and self.is_running:
                before = self._key_state()
                for node in _up_to_screen(self.focused or self.screen):
                    await self._through(node)  # what the key posted (a Submitted that dismisses a dialog) is handled
                await self._through(self)
                waiting = self._dialog_workers(workers)
                if self._key_state() == before and not waiting and self._top_ready():
                    return
                if waiting:
                    await asyncio.sleep(0.005)  # (a dialog chain storing a decision in a thread)
            self._keys_ignored.update(self._dialog_workers(workers))
        finally:
            if self.is_running:
                self.call_later(self._key_settled)

    async def _through(self, node: DOMNode) -> None:
        """Wait until ``node`` has handled every message posted to it so far."""
        ran = asyncio.Event()
        if not node.call_later(ran.set):
            return
        end = time.monotonic() + HOP_SECONDS
        while not ran.is_set():
            try:
                await asyncio.wait_for(ran.wait(), 0.05)
            except TimeoutError:
                if not node.is_running or (node is not self and time.monotonic() > end):
                    return  # (the app itself is waited for as long as it is busy: no key can go on before)

    def _key_state(self) -> tuple[Any, ...]:
        screen = self.screen
        return (screen, screen.is_mounted, screen.focused, len(self.screen_stack))

    def _top_ready(self) -> bool:
        """The screen on top is mounted and its focus is set (or it has nothing to focus)."""
        screen = self.screen
        return screen.is_mounted and (screen.focused is not None or not screen.focus_chain)

    def _dialog_workers(self, before: set[Worker[Any]]) -> list[Worker[Any]]:
        """Dialog workers under way: started by the key (and in the event loop), or awaiting a dialog no longer
        shown (a chain between two dialogs); not those awaiting a dialog on the screen stack."""
        for worker in [w for w in self._dialog_of if w.is_finished]:
            del self._dialog_of[worker]
        self._keys_ignored = {w for w in self._keys_ignored if not w.is_finished}
        stack = self.screen_stack
        return [
            w
            for w in self.workers
            if not w.is_finished
            and w not in self._keys_ignored
            and (w in self._dialog_of or (w not in before and not getattr(w, "_thread_worker", False)))
            and not (w in self._dialog_of and self._dialog_of[w] in stack)
        ]


def _up_to_screen(node: DOMNode):
    """``node`` and its ancestors up to its screen: the way a key goes up to the app."""
    for ancestor in node.ancestors_with_self:
        if isinstance(ancestor, App):
            return
        yield ancestor
        if isinstance(ancestor, Screen):
            return
