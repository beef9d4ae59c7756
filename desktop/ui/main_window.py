"""The main window: lays out the panes, owns the actions and shortcuts, wires core via workers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from desktop.ui import window_actions, window_state
from desktop.ui.conversation_tabs import ConversationTabs
from desktop.ui.first_paint import splitter
from desktop.ui.incoming_pane import IncomingPane
from desktop.ui.reply_pane import ReplyPane
from desktop.ui.template_pane import TemplatePane
from desktop.ui.translation_pane import TranslationPane

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # QEvent's 180-member enum: built on first use

    from desktop.core.config import LoadedConfig
    from desktop.ui.services import Services
    from desktop.ui.workers import Op

DETECT_DELAY_MS = 250


def _detect_job(ctx: object, detector: object, text: str, context: tuple[str, ...]) -> object:
    return detector.detect(text, context=context)  # type: ignore[attr-defined]


class MainWindow(QMainWindow):
    """Signals carry core dataclasses so tests (and later panes) can follow the pipeline."""

    detection_ready = Signal(object)  # desktop.core.detect.Detection
    language_decided = Signal(str)  # the customer's language (detected or overridden)
    copied = Signal(str)
    rebuild_requested = Signal()  # the UI language changed: the app rebuilds the window
    ready = Signal()  # finish_startup() is done: flows wired, conversations restored

    def __init__(self, config: LoadedConfig, services: Services, ui_lang: str) -> None:
        """The skeleton: panes, splitters, tabs, actions and menus, in their final layout.

        It is all the first paint needs; `finish_startup()` wires core in after it.
        """
        super().__init__()
        self.setObjectName("mainWindow")
        self.config = config
        self.services = services
        self.ui_lang = ui_lang
        self.is_ready = False
        self.customer_lang: str | None = None
        self.context_messages: list[str] = []
        self._detect_op: Op | None = None
        self._detect_seq = 0
        self.setWindowTitle(self.tr("ReplyBridge"))

        self.incoming = IncomingPane(ui_lang, self)
        self.translation = TranslationPane(self)
        self.templates = TemplatePane(self)
        self.reply = ReplyPane(self)
        self.incoming.chip.set_languages(config.settings.customer_languages)

        self.left = splitter(self, "leftSplit", vertical=True)
        self.left.addWidget(self.incoming)
        self.left.addWidget(self.translation)
        self.right = splitter(self, "rightSplit", vertical=True)
        self.right.addWidget(self.templates)
        self.right.addWidget(self.reply)
        self.right.setStretchFactor(1, 2)
        self.main_split = splitter(self, "mainSplit", vertical=False)
        self.main_split.addWidget(self.left)
        self.main_split.addWidget(self.right)
        self.main_split.setStretchFactor(1, 1)
        self.tabs = ConversationTabs(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.tabs)
        column.addWidget(self.main_split, 1)
        self.setCentralWidget(central)
        window_actions.build(self)
        self.resize(1200, 780)
        window_state.restore(self)
        self.statusBar().showMessage(self.tr("Starting..."))

    def finish_startup(self) -> None:
        """Services, flows, conversations and shortcuts' slots; runs once, after the first paint."""
        if self.is_ready:
            return
        from desktop.ui.compose_flow import ComposeFlow
        from desktop.ui.conversations import ConversationManager
        from desktop.ui.desk import ClipboardWatch, CompactMode, make_tray
        from desktop.ui.ime import guard as ime_guard
        from desktop.ui.safety_flow import SafetyFlow
        from desktop.ui.translation_flow import TranslationFlow

        services = self.services
        services.start()
        self.conversations = ConversationManager(self, services.history, self.tabs)
        self._detect_timer = QTimer(self)
        self._detect_timer.setSingleShot(True)
        self._detect_timer.setInterval(DETECT_DELAY_MS)
        self._detect_timer.timeout.connect(self.detect_now)
        self.incoming.editor.textChanged.connect(self._detect_timer.start)
        self.incoming.chip.override_changed.connect(self._on_override)
        self.incoming.editor.huge_message.connect(self._on_huge_message)
        self.reply.copy_button.clicked.connect(self.copy_reply)

        self.ime = ime_guard()
        self.clipboard_watch = ClipboardWatch(self)
        self.clipboard_watch.text_copied.connect(self.take_message)
        self.compact = CompactMode(
            self, [self.translation, self.templates, self.reply.back, self.toolbar],
            self.main_split,
        )  # fmt: skip
        self.translation_flow = TranslationFlow(self)
        self.safety = SafetyFlow(self)
        self.compose = ComposeFlow(self)
        self.safety.banner.template_requested.connect(self.compose.pick)
        services.glossary_loaded.connect(self._attach_glossary)
        self.translation.install_requested.connect(self.open_packs)
        window_actions.connect(self)
        self.tray = make_tray(self, [self.paste_action, self.compact_action, self.watch_action,
                                     self.quit_action])  # fmt: skip
        typed = self.incoming.editor.message()  # typed or pasted while the window was starting
        self.conversations.restore()
        if typed.strip() and not self.incoming.editor.message().strip():
            self.incoming.editor.set_message(typed)
        self._set_tab_order()
        self.statusBar().showMessage(self.tr("Ready"))
        self.show_startup_notices()
        self.is_ready = True
        self.ready.emit()

    def toggle_compact(self) -> None:
        self.compact.set_active(self.compact_action.isChecked())

    def toggle_watch(self) -> None:
        self.clipboard_watch.enabled = self.watch_action.isChecked()

    def paste_and_detect(self) -> None:
        if self.ime.composing:
            return
        self.take_message(QGuiApplication.clipboard().text())

    def take_message(self, text: str) -> None:
        """A new customer message (pasted or picked up by the clipboard watch): run the flow."""
        if not text.strip():
            self.statusBar().showMessage(self.tr("The clipboard holds no text."), 4000)
            return
        previous = self.incoming.editor.message().strip()
        if previous:
            self.context_messages = (self.context_messages + [previous])[-5:]
        self.incoming.editor.set_message(text)
        self.conversations.mark_pasted()
        self.detect_now()

    def _on_huge_message(self, length: int) -> None:
        text = self.tr("Long message (%1 characters): the start is shown; all of it is checked.")
        self.statusBar().showMessage(text.replace("%1", f"{length:,}"), 10_000)

    def focus_reply(self) -> None:
        self.reply.editor.setFocus()

    def focus_template_search(self) -> None:
        self.templates.search.setFocus()
        self.templates.search.selectAll()

    def copy_reply(self) -> None:
        if self.ime.composing:
            return
        text = self.reply.editor.toPlainText()
        if not text.strip():
            self.reply.status.setText(self.tr("Nothing to copy: the reply is empty."))
            return
        self.safety.gate(text, self._copy_now)

    def _copy_now(self, text: str) -> None:
        self.clipboard_watch.ignore(text)
        QGuiApplication.clipboard().setText(text)  # plain text only
        self.reply.status.setText(self.tr("Copied. Paste it into your helpdesk."))
        self.conversations.record_copy(text)
        self.copied.emit(text)

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.config, self, secrets=self.services.secrets)
        dialog.saved.connect(self._on_settings_saved)
        dialog.open()
        self.settings_dialog = dialog

    def open_history(self) -> None:
        from desktop.ui.history_dialog import HistoryDialog

        if self.services.history is None:
            self.statusBar().showMessage(self.tr("History is not available."), 5000)
            return
        self.history_dialog = HistoryDialog(self.services.history, self)
        self.history_dialog.open()

    def _attach_glossary(self) -> None:
        """Highlight glossary terms in the message and both translations, with tooltips."""
        from desktop.ui.glossary_highlighter import attach

        glossary, matcher = self.services.glossary
        agent = self.config.settings.agent_language
        self.highlighters = [
            attach(editor, glossary, matcher, agent)
            for editor in (self.incoming.editor, self.translation.view, self.reply.editor)
        ]

    def show_startup_notices(self) -> None:
        """A bad team profile or a damaged history never stops the app: say what happened."""
        notes = []
        if self.config.problems:
            notes.append(self.tr("Some settings could not be used (see Settings)."))
        report = getattr(self.services.history, "report", None)
        if report is not None and report.moved_aside is not None:
            notes.append(self.tr("The history database was damaged; it was moved aside to %1.")
                         .replace("%1", report.moved_aside.name))  # fmt: skip
        if self.services.history is None:
            notes.append(self.tr("History and drafts cannot be saved on this computer."))
        if notes:
            self.statusBar().showMessage(" ".join(notes), 30_000)

    def _set_tab_order(self) -> None:
        """Incoming -> suggestions -> variables -> reply -> Copy, as an agent works."""
        chain = [
            self.incoming.editor, self.templates.search, self.templates.list,
            self.reply.editor, self.reply.translate_button, self.reply.copy_button,
        ]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def open_packs(self, *_args: object) -> None:
        from desktop.ui.packs_dialog import PacksDialog

        packs_dir = self.services.local_engine.packs_dir
        dialog = PacksDialog(packs_dir, self.config.settings.pack_index_url, self,
                             secrets=self.services.secrets)  # fmt: skip
        dialog.changed.connect(self._on_packs_changed)
        dialog.open()
        self.packs_dialog = dialog

    def _on_packs_changed(self) -> None:
        self.services.local_engine.refresh()
        if self.customer_lang:
            self.language_decided.emit(self.customer_lang)

    def _on_settings_saved(self, changes: dict[str, object]) -> None:
        from desktop.core import config as config_mod

        self.config = config_mod.load()
        self.services.apply_settings(self.config.settings)
        if "ui_language" in changes:
            self.rebuild_requested.emit()

    # -- language detection ----------------------------------------------------------------
    def detect_now(self) -> None:
        self._detect_timer.stop()
        override = self.incoming.chip.override()
        if override:
            self._decide(override)
            return
        text = self.incoming.editor.message()
        self.safety.analyse(text)
        if not text.strip():
            self.incoming.chip.show_pending()
            return
        if not self.services.detector_ready:
            self.incoming.chip.show_loading()
        if self._detect_op is not None:
            self._detect_op.cancel()
        from desktop.ui.workers import run_op

        self._detect_seq += 1
        seq = self._detect_seq
        self._detect_op = run_op(
            _detect_job,
            self.services.detector,
            text,
            tuple(self.context_messages),
            success=lambda detection: self._on_detected(seq, detection),
            failure=self._on_detect_failed,
            owner=self,
        )

    def _on_detected(self, seq: int, detection: object) -> None:
        if seq != self._detect_seq or self.incoming.chip.override():
            return
        self.incoming.chip.show_detection(
            detection.lang,  # type: ignore[attr-defined]
            detection.confidence,  # type: ignore[attr-defined]
            detection.ask,  # type: ignore[attr-defined]
        )
        self.detection_ready.emit(detection)
        if detection.lang and not detection.ask:  # type: ignore[attr-defined]
            self._decide(detection.lang)  # type: ignore[attr-defined]

    def _on_detect_failed(self, exc: BaseException) -> None:
        self.incoming.chip.show_detection(None, 0.0, True)
        self.statusBar().showMessage(
            self.tr("Language detection failed: %1").replace("%1", str(exc))
        )

    def _on_override(self, code: str) -> None:
        if code:
            self.incoming.chip.show_override(code)
            self._decide(code)
        else:
            self.detect_now()

    def _decide(self, lang: str) -> None:
        self.customer_lang = lang
        self.language_decided.emit(lang)

    # -- window state ----------------------------------------------------------------------
    def _default_sizes(self) -> None:
        window_state.default_sizes(self)

    def save_state(self) -> None:
        window_state.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        if self.is_ready:
            self.conversations.save_now()
        if self._detect_op is not None:
            self._detect_op.cancel()
        super().closeEvent(event)
