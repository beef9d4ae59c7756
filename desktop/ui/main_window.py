"""The main window: lays out the panes, owns the actions, and assembles model and presenters.

Nothing here holds a conversation's state: `ConversationModel` does, and each pane has one
presenter that shows the current conversation and sends the agent's input to the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
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


class MainWindow(QMainWindow):
    """Assembles the panes, their presenters and the conversation model; owns the actions."""

    copied = Signal(str)
    ready = Signal()  # finish_startup() is done: presenters wired, conversations restored

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
        """Model, presenters, conversations and shortcuts' slots; once, after the first paint."""
        if self.is_ready:
            return
        from desktop.ui.conversation_model import ConversationModel
        from desktop.ui.desk import ClipboardWatch, CompactMode, make_tray
        from desktop.ui.ime import guard as ime_guard
        from desktop.ui.incoming_presenter import IncomingPresenter
        from desktop.ui.reply_presenter import ReplyPresenter
        from desktop.ui.tabs_presenter import TabsPresenter
        from desktop.ui.template_presenter import TemplatePresenter
        from desktop.ui.translation_presenter import TranslationPresenter

        services = self.services
        services.start()
        settings = self.config.settings
        self.ime = ime_guard()
        self.model = ConversationModel(services, lambda: self.config.settings, self)
        ui = self._current_ui_lang
        self.message_view = IncomingPresenter(self.incoming, self.model, services)
        self.translation_view = TranslationPresenter(self.translation, self.model, ui)
        self.compose = TemplatePresenter(self.templates, self.model, services, ui, self.ime)
        self.reply_view = ReplyPresenter(self.reply, self.model, ui, self.ime)
        self.tabs_view = TabsPresenter(self.tabs, self.model)

        self.clipboard_watch = ClipboardWatch(self)
        self.clipboard_watch.enabled = settings.clipboard_watch
        self.watch_action.setChecked(settings.clipboard_watch)
        self.clipboard_watch.text_copied.connect(self.message_view.take_message)
        self.reply_view.about_to_copy.connect(self.clipboard_watch.ignore)
        self.reply_view.copied.connect(self.copied)
        self.message_view.notice.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.model.failed.connect(self._on_failed)
        self.translation_view.install_requested.connect(self.open_packs)
        services.glossary_loaded.connect(self._attach_glossary)
        services.load_failed.connect(self._on_load_failed)
        self.compact = CompactMode(
            self, [self.translation, self.templates, self.reply.back, self.toolbar],
            self.main_split, on_top=settings.compact_on_top,
        )  # fmt: skip
        window_actions.connect(self)
        self.tray = make_tray(self, [self.paste_action, self.compact_action, self.watch_action,
                                     self.quit_action])  # fmt: skip
        typed = self.incoming.editor.message()  # typed or pasted while the window was starting
        self.model.restore()
        if typed.strip() and not self.model.current.message.strip():
            self.model.paste(self.model.current_id, typed)
        self._set_tab_order()
        self.statusBar().showMessage(self.tr("Ready"))
        self.show_startup_notices()
        self.is_ready = True
        self.ready.emit()

    def _current_ui_lang(self) -> str:
        return self.ui_lang

    def toggle_compact(self) -> None:
        self.compact.set_active(self.compact_action.isChecked())

    def toggle_watch(self) -> None:
        self.clipboard_watch.enabled = self.watch_action.isChecked()

    def paste_and_detect(self) -> None:
        if not self.ime.composing:
            self.message_view.take_message(QGuiApplication.clipboard().text())

    def focus_reply(self) -> None:
        self.reply.editor.setFocus()

    def focus_template_search(self) -> None:
        self.templates.search.setFocus()
        self.templates.search.selectAll()

    def copy_reply(self) -> None:
        self.reply_view.copy_reply()

    def add_term_from_selection(self) -> None:
        """Selected text of the message (customer's language) or of the reply (agent's)."""
        from desktop.ui import glossary_actions

        incoming = self.incoming.editor
        in_message = incoming.textCursor().hasSelection()
        source = incoming if in_message else self.reply.editor
        lang = self.model.current.lang if in_message else self.config.settings.agent_language
        glossary_actions.add_from_selection(
            self, source.textCursor().selectedText().strip(), lang or "en"
        )

    def _on_failed(self, _conv_id: str, step: str, code: str) -> None:
        """Every background step that fails says so (details stay in the pane it belongs to)."""
        names = {
            "analyse": self.tr("Checking the message for secrets failed."),
            "detect": self.tr("Language detection failed."),
            "incoming": self.tr("Translating the message failed."),
            "suggest": self.tr("Suggesting templates failed."),
            "compose": self.tr("Filling in the template failed."),
            "reply": self.tr("Translating the reply failed."),
            "gate": self.tr("Checking the reply failed; it was not copied."),
            "save": self.tr("The draft could not be saved."),
            "history": self.tr("The copied reply could not be added to the history."),
        }
        if code != "missing-pack":
            self.statusBar().showMessage(names.get(step, step), 15_000)

    def _on_load_failed(self, name: str, _message: str) -> None:
        text = self.tr("Could not load %1; see the log file.").replace("%1", name)
        self.statusBar().showMessage(text, 30_000)

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
        for old in getattr(self, "highlighters", ()):
            old.setDocument(None)
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
        for conv_id in self.model.order:
            self.model.translate_incoming(conv_id)

    def _on_settings_saved(self, changes: dict[str, object]) -> None:
        from desktop.core import config as config_mod

        self.config = config_mod.load()
        settings = self.config.settings
        self.services.apply_settings(settings)
        self.clipboard_watch.enabled = settings.clipboard_watch
        self.watch_action.setChecked(settings.clipboard_watch)
        self.compact.on_top = settings.compact_on_top
        self.incoming.chip.set_languages(settings.customer_languages)
        if "ui_language" in changes:
            self.set_ui_language(str(changes["ui_language"]))

    def set_ui_language(self, setting: str) -> None:
        """Switch the interface language in place: Qt sends LanguageChange to every widget."""
        from PySide6.QtWidgets import QApplication

        from desktop.ui.i18n import install_translator, resolve_ui_language

        self.ui_lang = resolve_ui_language(setting)
        install_translator(QApplication.instance(), self.ui_lang)  # type: ignore[arg-type]
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # is_ready first: before the first paint the QEvent enum must not be built.
        if self.is_ready and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window in the current language; the conversations stay as they are."""
        self.setWindowTitle(self.tr("ReplyBridge"))
        window_actions.retranslate(self)
        self.incoming.retranslate(self.ui_lang)
        for pane in (self.translation, self.templates, self.reply):
            pane.retranslate()
        for presenter in (self.message_view, self.translation_view, self.compose,
                          self.reply_view, self.tabs_view):  # fmt: skip
            presenter.retranslate()

    # -- window state ----------------------------------------------------------------------
    def _default_sizes(self) -> None:
        window_state.default_sizes(self)

    def save_state(self) -> None:
        window_state.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        if self.is_ready:
            self.model.cancel_all()
            self.model.save_all_now()
        super().closeEvent(event)
