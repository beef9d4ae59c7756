"""The conversation model's plumbing: its signals, state, autosave and background operations.

Every background operation of the window runs through `_run`, tagged with its conversation id,
its step and a generation number; a result for a closed conversation, for an older message or
for a superseded run is dropped. Database writes run one at a time, in order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from desktop.core.session import Conversation, Status
from desktop.ui import model_jobs as jobs
from desktop.ui.workers import Op, run_op

if TYPE_CHECKING:
    from desktop.core.config import Settings
    from desktop.ui.services import Services

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 400
# Steps whose result belongs to one message text: dropped when the message changed since.
PER_MESSAGE = {"analyse", "detect", "incoming", "suggest"}


class ModelBase(QObject):
    """State (conversations by id, in tab order), signals, autosave and operations."""

    changed = Signal(str, object)  # conversation id, frozenset of changed field names
    current_changed = Signal(str)
    added = Signal(str)
    removed = Signal(str, int)  # conversation id, its former index
    failed = Signal(str, str, str)  # conversation id, step, message for the agent
    analysed = Signal(str, object)  # Analysis
    detected = Signal(str, object)  # Detection
    language_decided = Signal(str, str)
    incoming_translated = Signal(str, object)  # Translation
    suggested = Signal(str, object)  # list of Suggestion
    composed = Signal(str, object)  # ComposedReply
    reply_translated = Signal(str, object)  # Translation
    checked = Signal(str, str, object)  # conversation id, the reply checked, its LintIssues
    copied = Signal(str, str)  # conversation id, text
    saved = Signal(str)

    def __init__(self, services: Services, settings: Callable[[], Settings], parent: QObject):
        super().__init__(parent)
        self.services = services
        self._settings = settings
        self.convs: dict[str, Conversation] = {}
        self.order: list[str] = []
        self.current_id = ""
        self._ops: dict[tuple[str, str], tuple[Op, int]] = {}
        self._generation = 0
        self._save_due: set[str] = set()
        self._save_timer = self._timer(AUTOSAVE_DELAY_MS, self.save_due)
        # Database writes one at a time, in order: an older save never lands after a newer one.
        self._store_pool = QThreadPool(self)
        self._store_pool.setMaxThreadCount(1)

    def _timer(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    @property
    def settings(self) -> Settings:
        return self._settings()

    @property
    def agent_lang(self) -> str:
        return str(self.settings.agent_language)

    # -- conversations ---------------------------------------------------------------------
    def get(self, conv_id: str) -> Conversation | None:
        return self.convs.get(conv_id)

    @property
    def current(self) -> Conversation:
        return self.convs[self.current_id]

    def _set(self, conv: Conversation, *aspects: str) -> None:
        if conv.id not in self.convs:
            return  # closed meanwhile
        self.convs[conv.id] = conv
        self.changed.emit(conv.id, frozenset(aspects))

    # -- copy ----------------------------------------------------------------------------------
    def checking(self, conv_id: str) -> bool:
        return (conv_id, "gate") in self._ops

    # -- saving ----------------------------------------------------------------------------------
    def schedule_save(self, conv_id: str) -> None:
        if self.services.history is not None:
            self._save_due.add(conv_id)
            self._save_timer.start()

    def save_due(self) -> None:
        due, self._save_due = self._save_due, set()
        for conv_id in due:
            self.save_now(conv_id)

    def save_now(self, conv_id: str) -> None:
        conv = self.convs.get(conv_id)
        store = self.services.history
        if conv is None or store is None:
            return
        if (conv_id, "analyse") in self._ops:
            return  # saved once the scan is done: the draft is redacted with that one scan
        self._run(conv_id, "save", jobs.save, store, self._record(conv),
                  success=lambda c, _r: self.saved.emit(c.id), pool=self._store_pool)  # fmt: skip

    def save_all_now(self) -> None:
        """On quit: every conversation, synchronously (the app is about to go)."""
        store = self.services.history
        if store is None:
            return
        self._store_pool.waitForDone(10_000)  # an older queued save must not land after these
        for conv_id in self.order:
            try:
                store.save_conversation(self._record(self.convs[conv_id]))
            except Exception as exc:  # noqa: BLE001 - quitting must not fail
                log.error("saving a conversation on quit failed: %s", type(exc).__name__)

    def _record(self, conv: Conversation) -> Any:
        from desktop.core.history import Conversation as Record

        return Record(id=conv.id, customer_lang=conv.lang, incoming=conv.message,
                      draft=conv.reply, template_id=conv.template_id,
                      variables=dict(conv.variables), position=conv.position,
                      pasted_at=conv.pasted_at)  # fmt: skip

    # -- operations ------------------------------------------------------------------------------
    def _run(self, conv_id: str, step: str, fn: Callable[..., Any], *args: Any,
             success: Callable[[Conversation, Any], None],
             failure: Callable[[Conversation, BaseException], Status] | None = None,
             pool: QThreadPool | None = None) -> None:  # fmt: skip
        """Start `fn` for one conversation; only the newest run of a step may report back."""
        key = (conv_id, step)
        previous = self._ops.pop(key, None)
        if previous is not None:
            previous[0].cancel()
        self._generation += 1
        generation = self._generation
        revision = self.convs[conv_id].revision

        def take() -> Conversation | None:
            """The conversation to report to, once; None when the result no longer belongs."""
            entry = self._ops.get(key)
            if entry is None or entry[1] != generation:
                return None  # superseded, cancelled, or its conversation closed
            del self._ops[key]
            conv = self.convs.get(conv_id)
            if conv is None or (step in PER_MESSAGE and conv.revision != revision):
                return None  # the message changed since: the result is about another text
            return conv

        def ok(result: Any) -> None:
            conv = take()
            if conv is not None:
                success(conv, result)

        def bad(exc: BaseException) -> None:
            conv = take()
            if conv is None:
                return
            # Type only: exception texts can quote the customer's message or a secret.
            level = logging.INFO if type(exc).__name__ == "MissingPackError" else logging.WARNING
            log.log(level, "%s failed: %s", step, type(exc).__name__)
            status = failure(conv, exc) if failure is not None else failure_status(exc)
            self.failed.emit(conv_id, step, status.code)

        op = run_op(fn, *args, success=ok, failure=bad, finished=take, owner=self, pool=pool)
        self._ops[key] = (op, generation)

    @property
    def busy(self) -> bool:
        """Background work is running whose result this model still waits for."""
        return bool(self._ops)

    def cancel_all(self) -> None:
        for op, _generation in self._ops.values():
            op.cancel()
        self._ops.clear()


def failure_status(exc: BaseException) -> Status:
    from desktop.core.translate.engine import MissingPackError

    if isinstance(exc, MissingPackError):
        return Status("missing-pack", (exc.source, exc.target))
    return Status("failed", (str(exc) or type(exc).__name__,))  # shown, never logged
