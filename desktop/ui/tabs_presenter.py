"""Presents the open conversations as tabs; switching a tab switches the model's conversation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from desktop.core.session import Conversation
    from desktop.ui.conversation_model import ConversationModel
    from desktop.ui.conversation_tabs import ConversationTabs

TITLE_CHARS = 18


class TabsPresenter(QObject):
    def __init__(self, tabs: ConversationTabs, model: ConversationModel) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.model = model
        self._syncing = True
        while tabs.count():  # the placeholder painted at start-up
            tabs.removeTab(0)
        self._syncing = False
        tabs.currentChanged.connect(self._on_tab)
        tabs.tabCloseRequested.connect(self._on_close)
        model.added.connect(self._on_added)
        model.removed.connect(self._on_removed)
        model.current_changed.connect(self._on_current)
        model.changed.connect(self._on_changed)

    def _on_tab(self, index: int) -> None:
        if not self._syncing and 0 <= index < len(self.model.order):
            self.model.set_current(self.model.order[index])

    def _on_close(self, index: int) -> None:
        if 0 <= index < len(self.model.order):
            self.model.close(self.model.order[index])

    def close_current(self) -> None:
        self.model.close(self.model.current_id)

    def _on_added(self, conv_id: str) -> None:
        self._syncing = True
        try:
            self.tabs.addTab(self.title(self.model.convs[conv_id]))
        finally:
            self._syncing = False

    def _on_removed(self, _conv_id: str, index: int) -> None:
        self._syncing = True
        try:
            self.tabs.removeTab(index)
            if self.model.current_id in self.model.order:
                self.tabs.setCurrentIndex(self.model.order.index(self.model.current_id))
        finally:
            self._syncing = False

    def _on_current(self, conv_id: str) -> None:
        self._syncing = True
        try:
            self.tabs.setCurrentIndex(self.model.order.index(conv_id))
        finally:
            self._syncing = False

    def _on_changed(self, conv_id: str, aspects: frozenset[str]) -> None:
        if aspects & {"message", "customer_lang", "override", "detection"}:
            index = self.model.order.index(conv_id)
            self.tabs.setTabText(index, self.title(self.model.convs[conv_id]))

    def title(self, conv: Conversation) -> str:
        text = " ".join(conv.message[:200].split())
        if not text:
            return self.tr("New conversation")
        head = text[:TITLE_CHARS] + ("\u2026" if len(text) > TITLE_CHARS else "")
        return f"{conv.lang} \u00b7 {head}" if conv.lang else head

    def retranslate(self) -> None:
        """Every tab's title again (after a close, or in the new interface language)."""
        for index, conv_id in enumerate(self.model.order):
            self.tabs.setTabText(index, self.title(self.model.convs[conv_id]))
