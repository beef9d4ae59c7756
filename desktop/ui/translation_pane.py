"""The translation pane: the customer's message in the agent's language, with engine and route."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class TranslationPane(QWidget):
    install_requested = Signal(str, str)  # source, target: the user wants a pack for this pair
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Translation"), self)
        self.title.setObjectName("paneTitle")
        self.route = QLabel(self)
        self.route.setObjectName("translationRoute")
        self.route.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(80)
        self.busy.hide()
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.hide()
        self.cancel.clicked.connect(self.cancel_requested)
        self.install = QPushButton(self.tr("Install language pack..."), self)
        self.install.setObjectName("installPack")
        self.install.hide()
        self.install.clicked.connect(self._ask_install)
        self.view = QPlainTextEdit(self)
        self.view.setObjectName("translationView")
        self.view.setReadOnly(True)
        self.view.setTabChangesFocus(True)
        self.view.setPlaceholderText(self.tr("The translation appears here."))
        self.notice = QLabel(self)
        self.notice.setObjectName("translationNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
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
        layout.addWidget(self.install, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view, 1)
        self._pair = ("", "")

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
