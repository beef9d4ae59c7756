"""Wires translation into the window: incoming -> agent language, reply -> customer language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor

from desktop.core.languages import content_code, display_name
from desktop.ui.workers import Op, run_op

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def _translate_job(ctx: Any, engine: Any, text: str, source: str, target: str, n_best: int,
                   back: bool, glossary: Any = None) -> Any:  # fmt: skip
    from desktop.core.sensitive import redact

    # The customer's secrets never travel, not even to a local model.
    text = redact(text)
    spans = []
    if glossary is not None:
        from desktop.core.glossary.protect import mt_spans

        spans = mt_spans(glossary[0], glossary[1], text, source, target)
    return engine.translate(text, source, target, spans=spans, n_best=n_best, back=back,
                            cancel=ctx.cancel_event)  # fmt: skip


MAX_AUTO_TRANSLATE = 20_000  # characters of an incoming message translated automatically


class TranslationFlow(QObject):
    incoming_translated = Signal(object)  # Translation
    reply_translated = Signal(object)
    missing_pack = Signal(str, str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._incoming_op: Op | None = None
        self._reply_op: Op | None = None
        self._reply_alternatives: list[str] = []
        self._truncated = False
        window.language_decided.connect(self.translate_incoming)
        window.translation.cancel_requested.connect(self.cancel)
        window.reply.translate_button.clicked.connect(self.translate_reply)
        window.reply.alternatives.activated.connect(self._pick_alternative)

    @property
    def agent_lang(self) -> str:
        return self.window.config.settings.agent_language

    def cancel(self) -> None:
        for op in (self._incoming_op, self._reply_op):
            if op is not None:
                op.cancel()
        self.window.translation.show_busy(False)

    def _route_text(self, translation: Any) -> str:
        ui = self.window.ui_lang
        route = translation.pivot or (translation.source, translation.target)
        names = " \u2192 ".join(display_name(code, ui) for code in route)
        return f"{translation.engine} \u00b7 {names}"

    # -- customer -> agent -----------------------------------------------------------------
    def translate_incoming(self, lang: str) -> None:
        win = self.window
        text = win.incoming.editor.message()
        source, target = content_code(lang), content_code(self.agent_lang)
        if not text.strip():
            return
        if source == target:
            win.translation.show_text(text, self.tr("Same language as yours: no translation"))
            return
        if self._incoming_op is not None:
            self._incoming_op.cancel()
        self._truncated = len(text) > MAX_AUTO_TRANSLATE
        text = text[:MAX_AUTO_TRANSLATE]
        win.translation.show_busy(True)
        self._incoming_op = run_op(
            _translate_job, win.services.engine, text, source, target, 1, False,
            win.services.glossary,
            success=self._on_incoming, failure=lambda exc: self._on_failed(exc, source, target),
            owner=win,
        )  # fmt: skip

    def _on_incoming(self, translation: Any) -> None:
        self.window.translation.show_text(translation.text, self._route_text(translation))
        if self._truncated:
            self.window.translation.show_notice(
                self.tr("Long message: the first %1 characters were translated.").replace(
                    "%1", f"{MAX_AUTO_TRANSLATE:,}"
                )
            )
        if "mask-fallback" in translation.warnings:
            self.window.translation.show_notice(
                self.tr("Some parts were translated separately to keep addresses intact.")
            )
        self.incoming_translated.emit(translation)

    def _on_failed(self, exc: BaseException, source: str, target: str) -> None:
        from desktop.core.translate.engine import MissingPackError

        win = self.window
        if isinstance(exc, MissingPackError):
            message = self.tr(
                "No language pack for %1 \u2192 %2. Install one to translate offline."
            )
            message = message.replace("%1", display_name(exc.source, win.ui_lang))
            message = message.replace("%2", display_name(exc.target, win.ui_lang))
            win.translation.show_missing_pack(exc.source, exc.target, message)
            self.missing_pack.emit(exc.source, exc.target)
            return
        win.translation.show_notice(self.tr("Translation failed: %1").replace("%1", str(exc)))

    # -- agent -> customer -----------------------------------------------------------------
    def translate_reply(self) -> None:
        win = self.window
        if win.ime.composing:
            return
        text = win.reply.editor.toPlainText()
        customer = win.customer_lang
        if not text.strip() or not customer:
            win.reply.status.setText(
                self.tr("Write a reply and make sure the customer's language is known.")
            )
            return
        source, target = content_code(self.agent_lang), content_code(customer)
        if source == target:
            return
        win.reply.status.setText(self.tr("Translating..."))
        self._reply_op = run_op(
            _translate_job, win.services.engine, text, source, target, 3, True,
            win.services.glossary,
            success=self._on_reply, failure=self._on_reply_failed, owner=win,
        )  # fmt: skip

    def _on_reply(self, translation: Any) -> None:
        win = self.window
        editor = win.reply.editor
        cursor = editor.textCursor()
        cursor.beginEditBlock()  # one undo step back to what the agent wrote
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(translation.text)
        cursor.endEditBlock()
        win.reply.back.setPlainText(translation.back or "")
        self._reply_alternatives = [translation.text, *translation.alternatives]
        combo = win.reply.alternatives
        combo.clear()
        for i, alternative in enumerate(self._reply_alternatives):
            combo.addItem(self.tr("Option %1").replace("%1", str(i + 1)), alternative)
            combo.setItemData(i, alternative, 3)  # tooltip role: the full text
        combo.setVisible(len(self._reply_alternatives) > 1)
        win.reply.target.setText(self._route_text(translation))
        status = self.tr("Translated. Check the back-translation before copying.")
        if translation.glossary_hits:
            status += " " + self.tr("Glossary terms enforced: %1").replace(
                "%1", ", ".join(sorted({h.replacement for h in translation.glossary_hits}))
            )
        if win.services.glossary is not None:
            from desktop.core.glossary.protect import forbidden_in

            bad = forbidden_in(win.services.glossary[1], translation.text, translation.target)
            if bad:
                status += " " + self.tr("Forbidden terms in the translation: %1").replace(
                    "%1", ", ".join(sorted({m.term for m in bad}))
                )
        win.reply.status.setText(status)
        self.reply_translated.emit(translation)

    def _pick_alternative(self, index: int) -> None:
        if 0 <= index < len(self._reply_alternatives):
            cursor = self.window.reply.editor.textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(self._reply_alternatives[index])

    def _on_reply_failed(self, exc: BaseException) -> None:
        from desktop.core.translate.engine import MissingPackError

        win = self.window
        if isinstance(exc, MissingPackError):
            text = self.tr("No language pack for %1 \u2192 %2.")
            text = text.replace("%1", display_name(exc.source, win.ui_lang))
            text = text.replace("%2", display_name(exc.target, win.ui_lang))
        else:
            text = self.tr("Translation failed: %1").replace("%1", str(exc))
        win.reply.status.setText(text)
