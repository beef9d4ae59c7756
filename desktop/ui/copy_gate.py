"""The copy gate dialog: lists what is wrong with the reply; errors block, warnings need a click."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CopyGateDialog(QDialog):
    def __init__(self, issues: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyGate")
        self.setWindowTitle(self.tr("Check the reply before copying"))
        self.issues = list(issues)
        self.blocked = any(i.severity == "error" for i in issues)
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setText(
            self.tr("This reply cannot be copied until these problems are fixed:")
            if self.blocked
            else self.tr("Please check these warnings:")
        )
        self.list = QListWidget(self)
        self.list.setObjectName("copyGateIssues")
        for issue in issues:
            prefix = self.tr("Error") if issue.severity == "error" else self.tr("Warning")
            self.list.addItem(f"{prefix}: {self.describe(issue)}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        self.copy_anyway = QPushButton(self.tr("Copy anyway"), self)
        self.copy_anyway.setObjectName("copyAnyway")
        self.copy_anyway.setEnabled(not self.blocked)
        self.copy_anyway.setVisible(not self.blocked)
        buttons.addButton(self.copy_anyway, QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_anyway.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def describe(self, issue: Any) -> str:
        args = list(issue.args) + ["", ""]
        texts = {
            "value-changed": self.tr(
                "%1 %2 is not in the message or the form; a digit may have changed."
            ),
            "unresolved-placeholder": self.tr("Unfilled placeholder %1."),
            "required-empty": self.tr("Required field %1 is empty."),
            "asks-for-secret": self.tr(
                "The reply asks for a secret (recovery phrase, key, password or code): %1"
            ),
            "link-not-allowed": self.tr("Link to a domain that is not on the allow-list: %1"),
            "lookalike-link": self.tr("Link to a look-alike of an official domain: %1"),
            "echoes-secret": self.tr("The reply repeats a secret (%1) the customer shared."),
        }
        text = texts.get(issue.code, issue.code)
        return text.replace("%1", str(args[0])).replace("%2", str(args[1]))
