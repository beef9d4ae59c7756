"""The copy gate dialog: lists what is wrong with the reply; errors block, warnings need a click."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import codes

COPY, CANCEL = "copy", "cancel"


class CopyGateDialog(QDialog):
    """Shows LintIssues as translated text. With errors only Cancel is offered; with warnings
    only, "Copy anyway" (never the default button) is the explicit override. `decision` is
    "copy" or "cancel" once the dialog closes, and `decided` carries it."""

    decided = Signal(str)

    def __init__(self, issues: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyGate")
        self.setWindowTitle(self.tr("Check the reply before copying"))
        self.issues = list(issues)
        self.blocked = any(i.severity == "error" for i in self.issues)
        self.decision = CANCEL
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
        self.list.setWordWrap(True)
        for issue in self.issues:
            prefix = self.tr("Error") if issue.severity == "error" else self.tr("Warning")
            item = QListWidgetItem(f"{prefix}: {self.describe(issue)}")
            item.setData(Qt.ItemDataRole.UserRole, issue.code)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.copy_anyway = QPushButton(self.tr("Copy anyway"), self)
        self.copy_anyway.setObjectName("copyAnyway")
        self.copy_anyway.setAutoDefault(False)
        self.copy_anyway.setDefault(False)
        self.copy_anyway.setEnabled(not self.blocked)
        self.copy_anyway.setVisible(not self.blocked)
        buttons.addButton(self.copy_anyway, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_anyway.clicked.connect(self._copy_anyway)
        self.finished.connect(lambda _result: self.decided.emit(self.decision))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        cancel.setFocus()

    def _copy_anyway(self) -> None:
        if self.blocked:
            return  # errors can never be overridden
        self.decision = COPY
        self.accept()

    def describe(self, issue: Any) -> str:
        """The issue in the UI language, from the one table of codes (desktop/ui/codes.py)."""
        args = [str(a) for a in issue.args]
        if args and issue.code in ("value-changed", "echoes-secret"):
            args[0] = codes.text(args[0])  # "Transaction hash", "recovery phrase": not the code
        return codes.text(issue.code, *args)

    def kind_name(self, kind: str) -> str:
        return codes.text(kind)
