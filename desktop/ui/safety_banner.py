"""Banner over the message: red for secrets the customer shared, amber for risks and mistakes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop.ui import codes

SECURITY_TEMPLATE = "seed-phrase-exposed"
# On the banner itself: a style sheet on the main window would restyle every widget in it.
STYLE = """
QWidget#safetyBanner { background: #fff4d6; border: 1px solid #e0b000; border-radius: 4px; }
QWidget#safetyBanner[level="danger"] { background: #fde2e1; border: 1px solid #c62828; }
QWidget#safetyBanner[level="danger"] QLabel { color: #8e0000; font-weight: bold; }
"""


class SafetyBanner(QWidget):
    """Plain-text warnings built from an Analysis (sensitive findings, scam and network hints).

    Shown red ("danger") when the customer shared a secret, amber ("warn") otherwise; the agent
    can hide it. For secrets it offers the security reply template.
    """

    dismissed = Signal()
    template_requested = Signal(str)  # template id of the suggested reply

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyBanner")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(self)
        self.label.setObjectName("safetyText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("safetyTemplate")
        self.template_button.clicked.connect(
            lambda: self.template_requested.emit(SECURITY_TEMPLATE)
        )
        self.close_button = QToolButton(self)
        self.close_button.setText("\u00d7")
        self.close_button.clicked.connect(self.dismiss)
        text_column = QVBoxLayout()
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.addWidget(self.label)
        text_column.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(text_column, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.template_button.setText(self.tr("Use the security reply"))
        self.close_button.setToolTip(self.tr("Hide"))

    def level(self) -> str:
        return str(self.property("level") or "")

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def show_analysis(self, analysis: Any) -> None:
        """Show what `analysis` (desktop.core.analysis.Analysis) found, or hide when nothing."""
        kinds = {f.kind for f in analysis.sensitive}
        lines: list[str] = []
        if "recovery-phrase" in kinds:
            lines.append(self.tr(
                "The customer shared a recovery phrase. Never store or repeat it; advise them to "
                "move their funds to a new wallet right away. It is hidden from translation, "
                "history and the clipboard."
            ))  # fmt: skip
        elif "possible-recovery-phrase" in kinds:
            lines.append(self.tr(
                "The message seems to contain a recovery phrase (a word off or missing). Treat "
                "it as exposed: never store or repeat it, and advise moving funds to a new wallet."
            ))  # fmt: skip
        if kinds & {"private-key", "extended-private-key"}:
            lines.append(self.tr(
                "The customer shared a private key. Never store or repeat it; advise them to move "
                "their funds to a new wallet right away."
            ))  # fmt: skip
        danger = bool(lines)
        lines += [self._scam_text(hint) for hint in analysis.scam]
        lines += [self._hint_text(hint) for hint in analysis.hints]
        if not lines:
            self.hide()
            return
        self.setProperty("level", "danger" if danger else "warn")
        self.style().unpolish(self)
        self.style().polish(self)
        self.template_button.setVisible(danger)
        self.label.setText("\n".join(dict.fromkeys(lines)))
        self.show()

    def _scam_text(self, hint: Any) -> str:
        return codes.text(hint.code, *hint.args[:1])

    def _hint_text(self, hint: Any) -> str:
        """One table of texts (desktop/ui/codes.py); an invalid address also says which rule."""
        reason = f" {codes.text(hint.args[1])}" if len(hint.args) > 1 else ""
        return codes.text(hint.code, *hint.args[:1]) + reason
