"""Settings dialog: the user's own layer (what the team profile lets them change)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import config as config_mod
from desktop.core.config import LoadedConfig

AGENT_LANGUAGES = ("zh-Hans", "zh-Hant", "en", "ja", "ko", "vi", "ru", "es", "pt", "tr")


class SettingsDialog(QDialog):
    saved = Signal(dict)  # the changed keys and their new values

    def __init__(self, loaded: LoadedConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._loaded = loaded
        s = loaded.settings
        self.ui_language = QComboBox(self)
        self.ui_language.setObjectName("uiLanguage")
        self.ui_language.addItem(self.tr("System default"), "")
        self.ui_language.addItem("English", "en")
        self.ui_language.addItem("\u7b80\u4f53\u4e2d\u6587", "zh_CN")
        self.ui_language.setCurrentIndex(max(self.ui_language.findData(s.ui_language), 0))
        self.agent_name = QLineEdit(s.agent_name, self)
        self.agent_name.setObjectName("agentName")
        self.agent_language = QComboBox(self)
        self.agent_language.setObjectName("agentLanguage")
        for code in AGENT_LANGUAGES:
            self.agent_language.addItem(code, code)
        self.agent_language.setCurrentIndex(max(self.agent_language.findData(s.agent_language), 0))
        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.ui_language)
        form.addRow(self.tr("Your name (sign-off)"), self.agent_name)
        form.addRow(self.tr("Your working language"), self.agent_language)
        team = QLabel(s.team_name or self.tr("(no team profile)"), self)
        form.addRow(self.tr("Team"), team)
        self.problems = QLabel(self)
        self.problems.setObjectName("configProblems")
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(loaded.problems))
        self.problems.setText(
            "\n".join(
                self.tr("%1: %2 (%3)")
                .replace("%1", p.source)
                .replace("%2", p.key or "-")
                .replace("%3", p.code)
                for p in loaded.problems
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def _save(self) -> None:
        s = self._loaded.settings
        wanted = {
            "ui_language": self.ui_language.currentData(),
            "agent_name": self.agent_name.text().strip(),
            "agent_language": self.agent_language.currentData(),
        }
        changes = {k: v for k, v in wanted.items() if getattr(s, k) != v}
        try:
            if changes:
                config_mod.save_user(changes)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Settings"), self.tr("Could not save: %1").replace("%1", str(exc))
            )
            return
        self.saved.emit(changes)
        self.accept()
