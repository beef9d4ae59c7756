"""Presents the current conversation's incoming translation (Translation pane)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.core.languages import display_name

if TYPE_CHECKING:
    from desktop.core.session import Status
    from desktop.ui.conversation_model import ConversationModel
    from desktop.ui.translation_pane import TranslationPane


def route_text(engine: str, route: tuple[str, ...], ui_lang: str) -> str:
    names = " \u2192 ".join(display_name(code, ui_lang) for code in route)
    return f"{engine} \u00b7 {names}"


class TranslationPresenter(QObject):
    install_requested = Signal(str, str)  # source, target

    def __init__(self, pane: TranslationPane, model: ConversationModel, ui_lang: Any) -> None:
        super().__init__(pane)
        self.pane = pane
        self.model = model
        self._ui_lang = ui_lang  # a callable: the UI language can change in place
        pane.cancel_requested.connect(lambda: model.cancel_incoming(model.current_id))
        pane.install_requested.connect(self.install_requested)
        model.current_changed.connect(lambda _id: self.render())
        model.changed.connect(self._on_changed)

    def _on_changed(self, conv_id: str, aspects: frozenset[str]) -> None:
        if conv_id == self.model.current_id and aspects & {"incoming", "message"}:
            self.render()

    def render(self) -> None:
        conv = self.model.current
        pane = self.pane
        status = conv.incoming_status
        pane.show_busy(status is not None and status.code == "translating")
        if conv.incoming is not None:
            t = conv.incoming
            if t.engine == "none":
                route = self.tr("Same language as yours: no translation")
            else:
                route = route_text(t.engine, t.pivot or (t.source, t.target), self._ui_lang())
            pane.show_text(t.text, route)
            pane.show_notice(self._status_text(status) if status is not None else "")
            return
        if status is not None and status.code == "missing-pack":
            source, target = status.args
            message = self.tr(
                "No language pack for %1 \u2192 %2. Install one to translate offline."
            )
            message = message.replace("%1", display_name(source, self._ui_lang()))
            message = message.replace("%2", display_name(target, self._ui_lang()))
            pane.show_missing_pack(source, target, message)
            return
        pane.view.clear()
        pane.route.clear()
        text = self._status_text(status) if status is not None else ""
        if status is not None and status.code == "translating":
            pane.notice.hide()
            pane.install.hide()
        else:
            pane.show_notice(text)

    def _status_text(self, status: Status) -> str:
        code, args = status.code, status.args
        if code == "truncated":
            return self.tr("Long message: the first %1 characters were translated.").replace(
                "%1", args[0]
            )
        if code == "mask-fallback":
            return self.tr("Some parts were translated separately to keep addresses intact.")
        if code == "cancelled":
            return self.tr("Translation cancelled.")
        if code == "failed":
            return self.tr("Translation failed: %1").replace("%1", args[0] if args else "")
        return ""

    def retranslate(self) -> None:
        self.render()
