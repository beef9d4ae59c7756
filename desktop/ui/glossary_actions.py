"""Glossary actions of the main window: open the editor, add a term from the selected text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core import paths
from desktop.core.languages import content_code

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def open_editor(window: MainWindow) -> object:
    from desktop.core.glossary import load_layers
    from desktop.core.glossary.store import GlossaryStore
    from desktop.ui.glossary_editor import GlossaryEditor

    shipped, _ = load_layers([paths.shipped_dir("glossary")])
    store = GlossaryStore(paths.data_dir() / "glossary" / "user.csv")
    loaded = window.services.glossary  # every layer's DNT terms, for exports and import previews
    dnt = loaded[0].dnt if loaded is not None else shipped.dnt
    dialog = GlossaryEditor(store, shipped.concepts, window.config.settings.agent_language, window,
                            dnt)  # fmt: skip
    dialog.saved.connect(window.services.load_glossary)
    dialog.open()
    window.glossary_editor = dialog  # type: ignore[attr-defined]
    return dialog


def add_from_selection(window: MainWindow, text: str, lang: str) -> None:
    if not text:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Select a word or phrase first."), 4000
        )
        return
    dialog = open_editor(window)
    dialog.add_term_from_selection(text, content_code(lang))  # type: ignore[attr-defined]
