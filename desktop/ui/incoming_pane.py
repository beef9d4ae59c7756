"""The Incoming pane: the customer's message as plain text, and the language chip."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.languages import display_name
from desktop.core.text import drop_visible_marks, make_visible, strip_invisible
from desktop.ui.first_paint import pane_title, plain_label

# On the chip's label only: a style sheet higher up would restyle every widget below it.
CHIP_STYLE = """
QLabel { border-radius: 9px; padding: 2px 8px; background: #e8e8e8; }
QLabel[state="sure"] { background: #dcf5e3; color: #0b5d23; }
QLabel[state="ask"] { background: #fff1c2; color: #6b4e00; }
QLabel[state="override"] { background: #dbe9ff; color: #0b3d91; }
"""
MAX_SHOWN = 20_000  # characters shown of a huge paste; the whole message is kept and used
PREVIEW_LINE = 200  # a huge paste is shown in short lines: one giant paragraph stalls layout


def _preview(text: str) -> str:
    lines, line = [], []
    width = 0
    for word in text.split(" "):
        line.append(word)
        width += len(word) + 1
        if width >= PREVIEW_LINE:
            lines.append(" ".join(line))
            line, width = [], 0
    lines.append(" ".join(line))
    return "\n".join(lines)


class IncomingEdit(QPlainTextEdit):
    """Plain text only; invisible and bidi-control characters are shown as visible marks.

    A huge message (a 1 MB paste) is kept whole for the pipeline but only its start is shown,
    read-only, so the UI never stalls laying out megabytes of text.
    """

    huge_message = Signal(int)  # length of a message shown truncated

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomingEdit")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._full: str | None = None

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        # Only the text/plain part is used: HTML or images on the clipboard never get in.
        text = source.text()
        if len(text) > MAX_SHOWN or self._full is not None:
            self.set_message(text)
        else:
            self.insertPlainText(make_visible(text))

    def set_message(self, text: str) -> None:
        if len(text) > MAX_SHOWN:
            self._full = strip_invisible(text)
            self.setReadOnly(True)
            self.setPlainText(_preview(make_visible(text[:MAX_SHOWN])) + "\n\u2026")
            self.huge_message.emit(len(text))
        else:
            self._full = None
            self.setReadOnly(False)
            self.setPlainText(make_visible(text))

    def is_truncated(self) -> bool:
        return self._full is not None

    def message(self) -> str:
        """The text the pipeline works on (visible marks removed; the whole of a huge one)."""
        if self._full is not None:
            return self._full
        return drop_visible_marks(self.toPlainText())


class LanguageChip(QWidget):
    """Detected language + confidence, and a one-click override (the combo box)."""

    override_changed = Signal(str)  # "" means automatic

    def __init__(self, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui_lang = ui_lang
        self.label = plain_label(self, "languageChip")
        self.label.setStyleSheet(CHIP_STYLE)
        self.combo = QComboBox(self)
        self.combo.setObjectName("languageOverride")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._on_activated)
        self.set_languages(())
        self.show_pending(repolish=False)  # not polished yet (a re-polish costs ~30 ms here)

    def set_ui_language(self, ui_lang: str) -> None:
        self._ui_lang = ui_lang
        self.set_languages(self._languages)

    def set_languages(self, languages: tuple[str, ...] | list[str]) -> None:
        self._languages = tuple(languages)
        current = self.override()
        self.combo.clear()
        self.combo.addItem(self.tr("Auto"), "")
        for code in languages:
            self.combo.addItem(display_name(code, self._ui_lang), code)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0))

    def override(self) -> str:
        return str(self.combo.currentData() or "")

    def set_override(self, code: str) -> None:
        index = self.combo.findData(code)
        self.combo.setCurrentIndex(max(index, 0))
        self.override_changed.emit(self.override())

    def _on_activated(self, _index: int) -> None:
        self.override_changed.emit(self.override())

    def show_pending(self, repolish: bool = True) -> None:
        self._set_state("pending", self.tr("Language: -"), repolish)

    def show_loading(self) -> None:
        self._set_state("pending", self.tr("Language: loading..."))

    def show_detection(self, lang: str | None, confidence: float, ask: bool) -> None:
        if lang is None:
            self._set_state("ask", self.tr("Language: unknown - please choose"))
            return
        name = display_name(lang, self._ui_lang)
        percent = str(round(confidence * 100))
        if ask:
            text = self.tr("%1? (%2%) - please confirm").replace("%1", name).replace("%2", percent)
            self._set_state("ask", text)
        else:
            text = self.tr("%1 (%2%)").replace("%1", name).replace("%2", percent)
            self._set_state("sure", text)

    def show_override(self, lang: str) -> None:
        name = display_name(lang, self._ui_lang)
        self._set_state("override", self.tr("%1 (set by you)").replace("%1", name))

    def state(self) -> str:
        return str(self.label.property("state"))

    def _set_state(self, state: str, text: str, repolish: bool = True) -> None:
        self.label.setText(text)
        self.label.setProperty("state", state)
        if repolish:  # the style sheet reads the state property
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)


class IncomingPane(QWidget):
    """Header (title + chip) over the message editor; the safety banner slots in between."""

    def __init__(self, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = pane_title("", self)
        self.chip = LanguageChip(ui_lang, self)
        self.editor = IncomingEdit(self)
        self.retranslate()
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.chip)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(6, 6, 6, 6)
        self.body.addLayout(header)
        self.body.addWidget(self.editor, 1)

    def retranslate(self, ui_lang: str | None = None) -> None:
        """Texts in the current interface language (also after a change in place)."""
        self.title.setText(self.tr("Incoming"))
        self.editor.setPlaceholderText(
            self.tr("Paste the customer's message here (Ctrl+Shift+V pastes and detects)")
        )
        if ui_lang is not None:
            self.chip.set_ui_language(ui_lang)
