"""Banner over the message: red for secrets the customer shared, amber for risks and mistakes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class SafetyBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(self)
        self.label.setObjectName("safetyText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setText("\u00d7")
        self.close_button.setToolTip(self.tr("Hide"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def level(self) -> str:
        return str(self.property("level") or "")

    def show_analysis(self, analysis: Any) -> None:
        lines: list[str] = []
        level = "warn"
        if analysis.has_phrase:
            level = "danger"
            lines.append(self.tr(
                "The customer shared a recovery phrase. Never store or repeat it; advise them to "
                "move their funds to a new wallet right away. It is hidden from translation, "
                "history and the clipboard."
            ))  # fmt: skip
        if analysis.has_key:
            level = "danger"
            lines.append(self.tr(
                "The customer shared a private key. Never store or repeat it; advise them to move "
                "their funds to a new wallet right away."
            ))  # fmt: skip
        for hint in analysis.scam:
            lines.append(self._scam_text(hint))
        for hint in analysis.hints:
            lines.append(self._hint_text(hint))
        if not lines:
            self.hide()
            return
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText("\n".join(dict.fromkeys(lines)))
        self.show()

    def _scam_text(self, hint: Any) -> str:
        texts = {
            "lookalike-domain": self.tr("Possible scam: %1 imitates an official website."),
            "punycode-domain": self.tr("Possible scam: %1 uses look-alike letters."),
            "fake-support-channel": self.tr(
                "Possible scam: real support never contacts customers on %1."
            ),
            "remote-desktop": self.tr("Possible scam: a remote-desktop tool (%1) is mentioned."),
            "wallet-lure": self.tr("Possible scam: 'validate/sync your wallet' is a known trick."),
        }
        text = texts.get(hint.code, hint.code)
        return text.replace("%1", hint.args[0] if hint.args else "")

    def _hint_text(self, hint: Any) -> str:
        texts = {
            "trc20-with-evm-address": self.tr(
                "TRC-20 was mentioned with an 0x (EVM) address: check the network."
            ),
            "erc20-with-tron-address": self.tr(
                "ERC-20 was mentioned with a TRON address: check the network."
            ),
            "bep20-erc20-confusion": self.tr(
                "Both BEP-20 and ERC-20 are mentioned: confirm which network was used."
            ),
            "memo-missing": self.tr(
                "%1 deposits need a memo/tag, and none was found in the message."
            ),
            "invalid-address": self.tr(
                "An address in the message fails its checksum: tell the customer it is invalid."
            ),
        }
        text = texts.get(hint.code, hint.code)
        return text.replace("%1", hint.args[0] if hint.args else "")
