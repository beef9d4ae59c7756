"""The conversation tab bar, on its own so the skeleton window can show it before the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabBar, QWidget


class ConversationTabs(QTabBar):
    """Built with one placeholder tab, so the first paint already has the final layout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationTabs")
        self.setTabsClosable(True)
        self.setMovable(False)
        self.setExpanding(False)
        self.setDocumentMode(True)
        self.addTab(QCoreApplication.translate("ConversationManager", "New conversation"))
