"""Presents the current conversation's reply, back-translation and status, and gates Copy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor

from desktop.ui.copy_gate import CopyGateDialog
from desktop.ui.translation_presenter import route_text

if TYPE_CHECKING:
    from desktop.core.session import Conversation, Status
    from desktop.ui.conversation_model import ConversationModel
    from desktop.ui.reply_pane import ReplyPane

TEXT_ASPECTS = frozenset({"reply", "reply_text"})


class ReplyPresenter(QObject):
    """Knows the Reply pane and the model. Copy checks this conversation's reply only."""

    about_to_copy = Signal(str)  # our own clipboard text (the clipboard watch ignores it)
    copied = Signal(str)
    gate_shown = Signal(object)  # the CopyGateDialog
    checked = Signal(object)  # the reply's LintIssues, once the copy gate has checked it

    def __init__(self, pane: ReplyPane, model: ConversationModel, ui_lang: Any, ime: Any) -> None:
        super().__init__(pane)
        self.pane = pane
        self.model = model
        self._ui_lang = ui_lang
        self._ime = ime
        self._rendering = False
        self._shown_id = ""
        self.dialog: CopyGateDialog | None = None
        pane.editor.textChanged.connect(self._on_edited)
        pane.translate_button.clicked.connect(self.translate_reply)
        pane.copy_button.clicked.connect(self.copy_reply)
        pane.alternatives.activated.connect(
            lambda index: model.pick_alternative(model.current_id, index)
        )
        model.current_changed.connect(lambda _id: self.render(frozenset({"all"})))
        model.changed.connect(self._on_changed)
        model.checked.connect(self._on_checked)

    def _on_changed(self, conv_id: str, aspects: frozenset[str]) -> None:
        if conv_id == self.model.current_id:
            self.render(aspects)

    def _on_edited(self) -> None:
        if not self._rendering:
            self.model.set_reply(self.model.current_id, self.pane.editor.toPlainText())

    # -- rendering -----------------------------------------------------------------------------
    def render(self, aspects: frozenset[str]) -> None:
        conv = self.model.current
        switched = conv.id != self._shown_id or "all" in aspects
        self._shown_id = conv.id
        self._rendering = True
        try:
            if switched:
                self.pane.editor.setPlainText(conv.reply)  # also empties the undo history
            elif aspects & TEXT_ASPECTS and self.pane.editor.toPlainText() != conv.reply:
                self._replace_text(conv.reply)
            if switched or aspects & {"reply", "reply_translation"}:
                self._render_translation(conv)
            self.pane.status.setText(self.status_text(conv.reply_status))
            self.pane.copy_button.setEnabled(not self.model.checking(conv.id))
        finally:
            self._rendering = False

    def _replace_text(self, text: str) -> None:
        """One undo step back to what the agent had (a render or translation replaced it)."""
        cursor = self.pane.editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def _render_translation(self, conv: Conversation) -> None:
        pane = self.pane
        pane.back.setPlainText(conv.back)
        translation = conv.reply_translation
        combo = pane.alternatives
        combo.clear()
        if translation is not None:
            options = [translation.text, *translation.alternatives]
            for i, option in enumerate(options):
                combo.addItem(self.tr("Option %1").replace("%1", str(i + 1)), option)
                combo.setItemData(i, option, 3)  # tooltip role: the full text
            combo.setVisible(len(options) > 1)
        else:
            combo.setVisible(False)
        if conv.route:
            engine, *route = conv.route.split("|")
            pane.target.setText(route_text(engine, tuple(route), self._ui_lang()))
        else:
            pane.target.clear()

    def status_text(self, status: Status | None) -> str:
        if status is None:
            return ""
        args = [*status.args, "", ""]
        texts = {
            "native": self.tr("Native template in the customer's language."),
            "machine-translated": self.tr(
                "Machine-translated; safety sentences use approved wording."
            ),
            "no-pack-english": self.tr("No language pack: the reply is in English."),
            "edited-not-applied": self.tr("You edited the reply; the form change was not applied."),
            "translating": self.tr("Translating..."),
            "need-reply-and-language": self.tr(
                "Write a reply and make sure the customer's language is known."
            ),
            "changed-while-translating": self.tr(
                "The reply changed while it was translated: translate again."
            ),
            "nothing-to-copy": self.tr("Nothing to copy: the reply is empty."),
            "checking": self.tr("Checking the reply..."),
            "changed-while-checking": self.tr(
                "The reply changed while it was checked: press Copy again."
            ),
            "check-failed": self.tr(
                "The reply could not be checked, so it was not copied: %1"
            ).replace("%1", args[0]),
            "copied": self.tr("Copied. Paste it into your helpdesk."),
            "failed": self.tr("Failed: %1").replace("%1", args[0]),
        }
        if status.code == "missing-pack":
            text = self.tr("No language pack for %1 \u2192 %2.")
            from desktop.core.languages import display_name

            return text.replace("%1", display_name(args[0], self._ui_lang())).replace(
                "%2", display_name(args[1], self._ui_lang())
            )
        if status.code in ("native", "machine-translated", "no-pack-english") and status.args:
            return (
                texts[status.code]
                + " "
                + self.tr("Fill in: %1").replace("%1", ", ".join(status.args))
            )
        if status.code == "translated":
            text = self.tr("Translated. Check the back-translation before copying.")
            if args[0]:
                text += " " + self.tr("Glossary terms enforced: %1").replace("%1", args[0])
            if args[1]:
                text += " " + self.tr("Forbidden terms in the translation: %1").replace(
                    "%1", args[1]
                )
            return text
        return texts.get(status.code, "")

    # -- actions -------------------------------------------------------------------------------
    def translate_reply(self) -> None:
        if not self._ime.composing:
            self.model.translate_reply(self.model.current_id)

    def copy_reply(self) -> None:
        """Lint the reply in a worker; copy when clean, else show the gate (errors block).

        A reply edited during the check is not copied, and neither is one whose conversation
        is no longer shown.
        """
        if self._ime.composing:
            return
        if self.model.check_for_copy(self.model.current_id):
            self.pane.copy_button.setEnabled(False)

    @property
    def checking(self) -> bool:
        return self.model.checking(self.model.current_id)

    def _on_checked(self, conv_id: str, reply: str, issues: tuple[Any, ...]) -> None:
        self.checked.emit(list(issues))
        conv = self.model.get(conv_id)
        if conv_id != self.model.current_id or conv is None:
            return  # the agent switched conversations: nothing is copied for a hidden one
        self.pane.copy_button.setEnabled(True)
        if conv.reply != reply:
            self.model.set_reply_status(conv_id, "changed-while-checking")
            return
        if not issues:
            self._copy(conv_id, reply)
            return
        self.dialog = CopyGateDialog(issues, self.pane.window())
        self.dialog.accepted.connect(lambda: self._copy(conv_id, reply))
        self.dialog.open()
        self.gate_shown.emit(self.dialog)

    def _copy(self, conv_id: str, reply: str) -> None:
        conv = self.model.get(conv_id)
        if conv_id != self.model.current_id or conv is None or conv.reply != reply:
            return
        self.about_to_copy.emit(reply)
        QGuiApplication.clipboard().setText(reply)  # plain text only
        self.model.record_copy(conv_id, reply)
        self.copied.emit(reply)

    def retranslate(self) -> None:
        self.render(frozenset({"reply_translation", "reply_status"}))
