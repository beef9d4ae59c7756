"""The reply pane: the agent's editor, the back-translation beside it, and the Copy button."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.first_paint import button, pane_title, plain_label, splitter


class ReplyPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = pane_title("", self)
        self.target = plain_label(self, "replyTarget")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("replyEdit")
        self.editor.setTabChangesFocus(True)
        self.back = QPlainTextEdit(self)
        self.back.setObjectName("backTranslation")
        self.back.setReadOnly(True)
        self.back.setTabChangesFocus(True)
        self.alternatives = QComboBox(self)
        self.alternatives.setObjectName("alternatives")
        self.alternatives.hide()
        self.translate_button = button("", self)
        self.translate_button.setObjectName("translateReply")
        self.copy_button = button("", self)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setDefault(True)
        self.status = plain_label(self, "replyStatus")
        self.status.setWordWrap(True)

        self.split = splitter(self, "replySplit", vertical=False)
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
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reply"))
        self.editor.setPlaceholderText(self.tr("Write or pick a template; the reply goes here."))
        self.back.setPlaceholderText(self.tr("Back-translation (what the customer will read)."))
        self.alternatives.setToolTip(self.tr("Other possible translations"))
        self.translate_button.setText(self.tr("Translate for customer"))
        self.copy_button.setText(self.tr("Copy"))
