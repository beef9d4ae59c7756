"""The copy gate dialog: lists what is wrong with the reply; errors block, warnings need a click."""

from __future__ import annotations

import re
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
        args = [str(a) for a in issue.args] + ["", ""]
        texts = {
            "value-changed": self.tr(
                "%1 %2 is not in the message or the form; a digit may have changed."
            ),
            "value-broken": self.tr(
                "%1 is only part of a value from the message: it was cut or split."
            ),
            "unknown-number": self.tr("The number %1 is not in the message or the form."),
            "unresolved-placeholder": self.tr("Unfilled placeholder %1."),
            "required-empty": self.tr("Required field %1 is empty."),
            "asks-for-secret": self.tr(
                "The reply asks for a secret (recovery phrase, key, password or code): %1"
            ),
            "link-not-allowed": self.tr("Link to a domain that is not on the allow-list: %1"),
            "lookalike-link": self.tr("Link to a look-alike of an official domain: %1"),
            "echoes-secret": self.tr("The reply repeats a secret (%1) the customer shared."),
            "redaction-marker": self.tr("The reply contains the placeholder %1; remove it."),
        }
        if issue.code == "value-changed":
            args[0] = self.kind_name(args[0])
        elif issue.code == "echoes-secret":
            args[0] = codes.text(args[0])  # "recovery phrase", not "possible-recovery-phrase"
        text = texts.get(issue.code) or codes.text(issue.code)
        # One pass: a customer value put in for %1 may itself contain "%2".
        return re.sub(r"%([12])", lambda m: args[int(m.group(1)) - 1], text)

    def kind_name(self, kind: str) -> str:
        names = {
            "address": self.tr("Address"),
            "txid": self.tr("Transaction hash"),
            "amount": self.tr("Amount"),
            "order_id": self.tr("Order ID"),
            "memo": self.tr("Memo/tag"),
            "url": self.tr("Link"),
        }
        return names.get(kind) or codes.text(kind)
