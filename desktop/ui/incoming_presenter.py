"""Presents the current conversation's message, language chip and safety banner (Incoming pane)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.safety_banner import SafetyBanner

if TYPE_CHECKING:
    from desktop.core.session import Conversation
    from desktop.ui.conversation_model import ConversationModel
    from desktop.ui.incoming_pane import IncomingPane

ALL = frozenset({"message", "detection", "override", "analysis", "customer_lang"})


class IncomingPresenter(QObject):
    """Knows the Incoming pane and the model; the agent's typing and override go to the model."""

    notice = Signal(str)  # a status-bar message for the agent

    def __init__(self, pane: IncomingPane, model: ConversationModel, services: Any) -> None:
        super().__init__(pane)
        self.pane = pane
        self.model = model
        self.services = services
        self.banner = SafetyBanner(pane)
        pane.body.insertWidget(1, self.banner)
        self._rendering = False
        self._dismissed: dict[str, int] = {}  # conversation id -> message revision hidden
        pane.editor.textChanged.connect(self._on_typed)
        pane.editor.huge_message.connect(self._on_huge)
        pane.chip.override_changed.connect(self._on_override)
        self.banner.dismissed.connect(self._on_dismissed)
        self.banner.template_requested.connect(
            lambda template_id: model.pick(model.current_id, template_id)
        )
        model.current_changed.connect(lambda _id: self.render(ALL))
        model.changed.connect(self._on_changed)
        services.detector_loaded.connect(lambda: self.render(frozenset({"detection"})))

    def take_message(self, text: str) -> None:
        """A pasted message (Ctrl+Shift+V or the clipboard watch) for the current conversation."""
        if not text.strip():
            self.notice.emit(self.tr("The clipboard holds no text."))
            return
        self.model.paste(self.model.current_id, text)

    def _on_typed(self) -> None:
        if not self._rendering:
            self.model.edit_message(self.model.current_id, self.pane.editor.message())

    def _on_override(self, code: str) -> None:
        if not self._rendering:
            self.model.set_override(self.model.current_id, code)

    def _on_dismissed(self) -> None:
        conv = self.model.current
        self._dismissed[conv.id] = conv.revision

    def _on_huge(self, length: int) -> None:
        text = self.tr("Long message (%1 characters): the start is shown; all of it is checked.")
        self.notice.emit(text.replace("%1", f"{length:,}"))

    def _on_changed(self, conv_id: str, aspects: frozenset[str]) -> None:
        if conv_id == self.model.current_id:
            self.render(aspects)

    def render(self, aspects: frozenset[str]) -> None:
        conv = self.model.current
        self._rendering = True
        try:
            if "message" in aspects and self.pane.editor.message() != conv.message:
                self.pane.editor.set_message(conv.message)
            if aspects & {"override", "message"}:
                chip = self.pane.chip
                chip.combo.setCurrentIndex(max(chip.combo.findData(conv.override), 0))
            if aspects & {"detection", "override", "message", "customer_lang"}:
                self._render_chip(conv)
            if aspects & {"analysis", "message"}:
                self._render_banner(conv)
        finally:
            self._rendering = False

    def _render_chip(self, conv: Conversation) -> None:
        chip = self.pane.chip
        if conv.override:
            chip.show_override(conv.override)
        elif conv.detection is not None:
            d = conv.detection
            chip.show_detection(d.lang, d.confidence, d.ask)
        elif conv.message.strip() and not self.services.detector_ready:
            chip.show_loading()
        else:
            chip.show_pending()

    def _render_banner(self, conv: Conversation) -> None:
        if conv.analysis is None or self._dismissed.get(conv.id) == conv.revision:
            self.banner.hide()
        else:
            self.banner.show_analysis(conv.analysis)

    def retranslate(self) -> None:
        self.banner.retranslate()
        self.render(ALL)
