"""Open conversations as tabs: each keeps its message, language, draft; all autosave to SQLite."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui.workers import run_op

if TYPE_CHECKING:
    from desktop.core.history import Conversation, HistoryStore
    from desktop.ui.conversation_tabs import ConversationTabs
    from desktop.ui.main_window import MainWindow

AUTOSAVE_DELAY_MS = 400


@dataclass
class ConversationState:
    """What a tab remembers while another tab is shown (UI-side, mutable)."""

    conv: Conversation
    override: str = ""
    detection: Any = None
    context_messages: list[str] = field(default_factory=list)


def _save_job(ctx: object, store: HistoryStore, conv: Conversation) -> None:
    store.save_conversation(conv)


def _record_job(
    ctx: object, store: HistoryStore, conv: Conversation, reply: str, agent: str
) -> int:
    return store.record_copy(conv, reply, agent_lang=agent)


class ConversationManager(QObject):
    """Swaps pane contents on tab change and autosaves the current conversation (debounced)."""

    switched = Signal(str)  # conversation id
    saved = Signal(str)

    def __init__(
        self, window: MainWindow, store: HistoryStore | None, tabs: ConversationTabs
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.tabs = tabs
        self.states: list[ConversationState] = []
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.tabs.currentChanged.connect(self._on_current_changed)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        window.incoming.editor.textChanged.connect(self.schedule_save)
        window.reply.editor.textChanged.connect(self.schedule_save)

    # -- lifecycle ------------------------------------------------------------------------
    def restore(self) -> None:
        """Reopen every conversation that was open (after a normal quit or a crash)."""
        convs = self.store.open_conversations() if self.store is not None else []
        self._loading = True
        try:
            while self.tabs.count() > len(self.states):  # the placeholder shown at start-up
                self.tabs.removeTab(self.tabs.count() - 1)
        finally:
            self._loading = False
        for conv in convs:
            self._add(ConversationState(conv))
        if not self.states:
            self.new()
        else:
            self._show(0)

    def new(self) -> None:
        if self.store is not None:
            conv = self.store.new_conversation()
        else:
            from desktop.core.history import Conversation

            conv = Conversation(id=f"mem-{time.time_ns()}", position=len(self.states))
        self._capture()
        self._add(ConversationState(conv))
        self.tabs.setCurrentIndex(len(self.states) - 1)

    def _add(self, state: ConversationState) -> None:
        self.states.append(state)
        self._loading = True
        try:
            self.tabs.addTab(self._title(state))
        finally:
            self._loading = False

    def close_tab(self, index: int) -> None:
        if not 0 <= index < len(self.states):
            return
        state = self.states.pop(index)
        if self.store is not None:
            self.store.close_conversation(state.conv.id)
        self._loading = True
        try:
            self.tabs.removeTab(index)
        finally:
            self._loading = False
        if not self.states:
            self.new()
        else:
            self._show(self.tabs.currentIndex())

    def current(self) -> ConversationState | None:
        index = self.tabs.currentIndex()
        return self.states[index] if 0 <= index < len(self.states) else None

    # -- switching ------------------------------------------------------------------------
    def _on_current_changed(self, index: int) -> None:
        if self._loading:
            return
        self._show(index)

    def _capture(self) -> None:
        """Copy what the panes show into the current state."""
        state = self.current()
        if state is not None and not self._loading:
            self._capture_into(state)

    def _show(self, index: int) -> None:
        previous = getattr(self, "_shown", None)
        if previous is not None and previous in self.states and previous is not self.states[index]:
            self._capture_into(previous)
        state = self.states[index]
        self._shown = state
        win = self.window
        self._loading = True
        try:
            win.incoming.editor.set_message(state.conv.incoming)
            win.reply.editor.setPlainText(state.conv.draft)
            win.context_messages = list(state.context_messages)
            win.customer_lang = state.conv.customer_lang or None
            chip = win.incoming.chip
            chip.combo.setCurrentIndex(max(chip.combo.findData(state.override), 0))
        finally:
            self._loading = False
        win.detect_now()
        self.switched.emit(state.conv.id)

    def _capture_into(self, state: ConversationState) -> None:
        win = self.window
        state.conv = replace(
            state.conv,
            incoming=win.incoming.editor.message(),
            draft=win.reply.editor.toPlainText(),
            customer_lang=win.customer_lang or "",
        )
        state.override = win.incoming.chip.override()
        state.context_messages = list(win.context_messages)
        if state in self.states:
            self.tabs.setTabText(self.states.index(state), self._title(state))
        self._save(state)

    # -- autosave -------------------------------------------------------------------------
    def schedule_save(self) -> None:
        if not self._loading:
            self._timer.start()

    def mark_pasted(self) -> None:
        state = self.current()
        if state is not None:
            state.conv = replace(state.conv, pasted_at=time.time())

    def save_now(self) -> None:
        self._timer.stop()
        state = self.current()
        if state is None:
            return
        self._capture_into(state)

    def _save(self, state: ConversationState) -> None:
        if self.store is None:
            return
        conv_id = state.conv.id
        run_op(_save_job, self.store, state.conv, success=lambda _r: self.saved.emit(conv_id),
               owner=self)  # fmt: skip

    def record_copy(self, reply: str) -> None:
        """History of what was copied (redacted by the store), in a worker."""
        state = self.current()
        if state is None or self.store is None:
            return
        self._capture_into(state)
        agent = self.window.config.settings.agent_language
        run_op(_record_job, self.store, state.conv, reply, agent, owner=self)

    def _title(self, state: ConversationState) -> str:
        text = " ".join(state.conv.incoming[:200].split())
        if not text:
            return self.tr("New conversation")
        lang = state.conv.customer_lang
        head = text[:18] + ("\u2026" if len(text) > 18 else "")
        return f"{lang} \u00b7 {head}" if lang else head
