"""Settings dialog: the user's own layer (what the team profile lets them change) and API keys
(kept in the OS keychain, or for this session only when there is none)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import config as config_mod
from desktop.core.config import LoadedConfig
from desktop.ui.workers import run_op

AGENT_LANGUAGES = ("zh-Hans", "zh-Hant", "en", "ja", "ko", "vi", "ru", "es", "pt", "tr")
KEY_NAME = "libretranslate-api-key"


def _status_job(ctx: Any, secrets: Any) -> Any:
    return secrets.status()


def _store_key_job(ctx: Any, secrets: Any, value: str, session_only: bool) -> Any:
    return secrets.set(KEY_NAME, value, session_only=session_only)


class SettingsDialog(QDialog):
    saved = Signal(dict)  # the changed keys and their new values
    key_stored = Signal(object)  # KeychainStatus
    keychain_checked = Signal(object)

    def __init__(self, loaded: LoadedConfig, parent: QWidget | None = None, secrets: Any = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._loaded = loaded
        self._secrets = secrets
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
        self.engine = QComboBox(self)
        self.engine.setObjectName("engine")
        self.engine.addItem(self.tr("Language packs on this computer"), "argos")
        self.engine.addItem(self.tr("Team LibreTranslate server"), "libretranslate")
        self.engine.setCurrentIndex(max(self.engine.findData(s.engine), 0))
        self.server_url = QLineEdit(s.libretranslate_url, self)
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("https://translate.team.example")
        self.api_key = QLineEdit(self)
        self.api_key.setObjectName("apiKey")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("Leave empty to keep the stored key"))
        self.session_only = QCheckBox(self.tr("Keep the key for this session only"), self)
        self.session_only.setObjectName("sessionOnly")
        self.session_only.hide()
        self.keychain = QLabel(self)
        self.keychain.setObjectName("keychainStatus")
        self.keychain.setTextFormat(Qt.TextFormat.PlainText)
        self.keychain.setWordWrap(True)
        self.index_url = QLineEdit(s.pack_index_url, self)
        self.index_url.setObjectName("indexUrl")
        self.domains = QLineEdit(", ".join(s.official_domains), self)
        self.domains.setObjectName("officialDomains")
        self.domains.setPlaceholderText("example.com, help.example.com")
        self.clipboard_watch = QCheckBox(
            self.tr("Take customer messages copied in other apps (clipboard watch)"), self
        )
        self.clipboard_watch.setObjectName("clipboardWatch")
        self.clipboard_watch.setChecked(s.clipboard_watch)
        self.compact_on_top = QCheckBox(self.tr("Compact mode stays on top of other windows"), self)
        self.compact_on_top.setObjectName("compactOnTop")
        self.compact_on_top.setChecked(s.compact_on_top)
        self.forget_picks = QPushButton(self.tr("Forget what the suggestions learned"), self)
        self.forget_picks.setObjectName("forgetPicks")
        self.forget_picks.setToolTip(self.tr(
            "Suggestions rank templates you used for similar messages higher (only the "
            "messages' features are kept, never their text). This clears them."
        ))  # fmt: skip
        self.forget_picks.clicked.connect(self._forget_picks)
        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.ui_language)
        form.addRow(self.tr("Your name (sign-off)"), self.agent_name)
        form.addRow(self.tr("Your working language"), self.agent_language)
        form.addRow(self.tr("Translation"), self.engine)
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow(self.tr("Server API key"), self.api_key)
        form.addRow("", self.session_only)
        form.addRow("", self.keychain)
        form.addRow(self.tr("Pack index or mirror"), self.index_url)
        form.addRow(self.tr("Official domains"), self.domains)
        form.addRow("", self.clipboard_watch)
        form.addRow("", self.compact_on_top)
        form.addRow(self.tr("Suggestions"), self.forget_picks)
        team = QLabel(s.team_name or self.tr("(no team profile)"), self)
        form.addRow(self.tr("Team"), team)
        self._fields = {
            "ui_language": self.ui_language, "agent_name": self.agent_name,
            "agent_language": self.agent_language, "engine": self.engine,
            "libretranslate_url": self.server_url, "pack_index_url": self.index_url,
            "official_domains": self.domains, "clipboard_watch": self.clipboard_watch,
            "compact_on_top": self.compact_on_top,
        }  # fmt: skip
        for key, widget in self._fields.items():
            if key not in loaded.user_allowed:
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by your team profile"))
        self.problems = QLabel(self)
        self.problems.setObjectName("configProblems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(loaded.problems))
        self.problems.setText("\n".join(self._problem_text(p) for p in loaded.problems))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        if secrets is not None:
            run_op(_status_job, secrets, success=self._show_keychain, owner=self)

    def _forget_picks(self) -> None:
        from desktop.ui.model_jobs import clear_picks

        self.forget_picks.setEnabled(False)
        run_op(clear_picks, owner=self,
               success=lambda _r: self.forget_picks.setText(self.tr("Forgotten")),
               failure=lambda _e: self.forget_picks.setEnabled(True))  # fmt: skip

    def _problem_text(self, problem: Any) -> str:
        texts = {
            "unknown-key": self.tr("%1: unknown setting %2 (ignored)"),
            "wrong-type": self.tr("%1: %2 has the wrong type, expected %3 (default used)"),
            "bad-value": self.tr("%1: %2 must be one of %3 (default used)"),
            "missing-folder": self.tr("%1: folder for %2 not found: %3"),
            "unreadable": self.tr("%1: the file cannot be read: %3"),
            "not-allowed": self.tr("%1: %2 is set by the team profile"),
        }
        source = self.tr("Team profile") if problem.source == "team" else self.tr("Your settings")
        text = texts.get(problem.code, problem.code)
        return text.replace("%1", source).replace("%2", problem.key).replace("%3", problem.detail)

    def _show_keychain(self, status: Any) -> None:
        if status.available:
            self.keychain.setText(self.tr("API keys are kept in the system keychain."))
            self.session_only.hide()
        else:
            reason = (
                self.tr("is locked") if status.code == "locked" else self.tr("is not available")
            )
            self.keychain.setText(
                self.tr("The system keychain %1: a key can be kept for this session only.").replace(
                    "%1", reason
                )
            )
            self.session_only.show()
            self.session_only.setChecked(True)
        self.keychain_checked.emit(status)

    def _save(self) -> None:
        s = self._loaded.settings
        domains = tuple(d.strip().lower() for d in self.domains.text().split(",") if d.strip())
        wanted: dict[str, object] = {
            "ui_language": self.ui_language.currentData(),
            "agent_name": self.agent_name.text().strip(),
            "agent_language": self.agent_language.currentData(),
            "engine": self.engine.currentData(),
            "libretranslate_url": self.server_url.text().strip(),
            "pack_index_url": self.index_url.text().strip(),
            "official_domains": domains,
            "clipboard_watch": self.clipboard_watch.isChecked(),
            "compact_on_top": self.compact_on_top.isChecked(),
        }
        changes = {
            k: v for k, v in wanted.items()
            if getattr(s, k) != v and k in self._loaded.user_allowed
        }  # fmt: skip
        try:
            if changes:
                config_mod.save_user(changes)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Settings"), self.tr("Could not save: %1").replace("%1", str(exc))
            )
            return
        key = self.api_key.text()
        self.api_key.clear()  # the key never stays in a widget
        if key and self._secrets is not None:
            run_op(_store_key_job, self._secrets, key, self.session_only.isChecked(),
                   success=self.key_stored.emit, failure=self._key_failed)  # fmt: skip
        self.saved.emit(changes)
        self.accept()

    def _key_failed(self, exc: BaseException) -> None:
        parent = self.parentWidget()
        QMessageBox.warning(
            parent, self.tr("API key"),
            self.tr("The key could not be stored in the keychain. Open Settings again and "
                    "choose to keep it for this session only."),
        )  # fmt: skip
