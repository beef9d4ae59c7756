"""The translation pane: the customer's message in the agent's language, with engine and route."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.first_paint import button, pane_title, plain_label


class TranslationPane(QWidget):
    install_requested = Signal(str, str)  # source, target: the user wants a pack for this pair
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = pane_title("", self)
        self.route = plain_label(self, "translationRoute")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(80)
        self.busy.hide()
        self.cancel = button("", self)
        self.cancel.hide()
        self.cancel.clicked.connect(self.cancel_requested)
        self.install = button("", self)
        self.install.setObjectName("installPack")
        self.install.hide()
        self.install.clicked.connect(self._ask_install)
        self.view = QPlainTextEdit(self)
        self.view.setObjectName("translationView")
        self.view.setReadOnly(True)
        self.view.setTabChangesFocus(True)
        self.notice = plain_label(self, "translationNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.route)
        header.addWidget(self.busy)
        header.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        install_row = QHBoxLayout()  # the button at its own width, on the left
        install_row.addWidget(self.install)
        install_row.addStretch(1)
        layout.addLayout(install_row)
        layout.addWidget(self.view, 1)
        self._pair = ("", "")
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Translation"))
        self.cancel.setText(self.tr("Cancel"))
        self.install.setText(self.tr("Install language pack..."))
        self.view.setPlaceholderText(self.tr("The translation appears here."))

    def _ask_install(self) -> None:
        self.install_requested.emit(*self._pair)

    def show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel.setVisible(busy)

    def show_text(self, text: str, route: str) -> None:
        self.show_busy(False)
        self.install.hide()
        self.notice.hide()
        self.view.setPlainText(text)
        self.route.setText(route)

    def show_missing_pack(self, source: str, target: str, message: str) -> None:
        self.show_busy(False)
        self._pair = (source, target)
        self.view.clear()
        self.route.clear()
        self.notice.setText(message)
        self.notice.show()
        self.install.show()

    def show_notice(self, message: str) -> None:
        self.show_busy(False)
        self.install.hide()
        self.notice.setText(message)
        self.notice.setVisible(bool(message))
