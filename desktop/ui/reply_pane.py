"""The reply pane: the agent's editor, the back-translation beside it, and the Copy button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


class ReplyPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Reply"), self)
        self.title.setObjectName("paneTitle")
        self.target = QLabel(self)
        self.target.setObjectName("replyTarget")
        self.target.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("replyEdit")
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(self.tr("Write or pick a template; the reply goes here."))
        self.back = QPlainTextEdit(self)
        self.back.setObjectName("backTranslation")
        self.back.setReadOnly(True)
        self.back.setTabChangesFocus(True)
        self.back.setPlaceholderText(self.tr("Back-translation (what the customer will read)."))
        self.alternatives = QComboBox(self)
        self.alternatives.setObjectName("alternatives")
        self.alternatives.setToolTip(self.tr("Other possible translations"))
        self.alternatives.hide()
        self.translate_button = QPushButton(self.tr("Translate for customer"), self)
        self.translate_button.setObjectName("translateReply")
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setDefault(True)
        self.status = QLabel(self)
        self.status.setObjectName("replyStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("replySplit")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.editor)
        self.split.addWidget(self.back)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.target)
        header.addStretch(1)
        header.addWidget(self.alternatives)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.translate_button)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.split, 1)
        layout.addLayout(buttons)
