"""Presents suggestions, type-ahead search and the variables form of the current conversation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidgetItem

if TYPE_CHECKING:
    from desktop.core.session import Conversation
    from desktop.ui.conversation_model import ConversationModel
    from desktop.ui.template_pane import TemplatePane

ROLE_ID = Qt.ItemDataRole.UserRole
RELOAD_CHECK_MS = 3000
LIST_LIMIT = 40
FIELD_KINDS = {"txid": "txid", "address": "address", "amount": "amount", "order_id": "order_id"}


class TemplatePresenter(QObject):
    """Knows the Templates pane and the model: picks and form values go to the model."""

    templates_ready = Signal()
    composed = Signal(object)  # ComposedReply of the current conversation
    suggestions_shown = Signal(list)  # template ids, best first

    def __init__(self, pane: TemplatePane, model: ConversationModel, services: Any,
                 ui_lang: Any, ime: Any) -> None:  # fmt: skip
        super().__init__(pane)
        self.pane = pane
        self.model = model
        self.services = services
        self._ui_lang = ui_lang
        self._ime = ime
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self._form_for: tuple[str, str] = ("", "")  # (conversation id, template id) shown
        self._rendering = False
        self.problems = QLabel(pane)
        self.problems.setObjectName("templateProblems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.hide()
        pane.layout().insertWidget(2, self.problems)
        pane.search.textChanged.connect(lambda _t: self._show_list())
        pane.search.returnPressed.connect(self._pick_first)
        pane.search.installEventFilter(self)
        pane.list.itemActivated.connect(self._on_activated)
        pane.list.currentItemChanged.connect(self._on_current_item)
        services.templates_loaded.connect(self._on_loaded)
        model.current_changed.connect(self._on_switched)
        model.changed.connect(self._on_changed)
        model.composed.connect(lambda cid, r: cid == model.current_id and self.composed.emit(r))
        from PySide6.QtCore import QTimer

        self._watch = QTimer(self)
        self._watch.setInterval(RELOAD_CHECK_MS)
        self._watch.timeout.connect(self.check_reload)

    # -- the library ---------------------------------------------------------------------------
    @property
    def library(self) -> Any:
        return self.services.templates[0] if self.services.templates else None

    @property
    def renderer(self) -> Any:
        return self.services.templates[1] if self.services.templates else None

    @property
    def agent_lang(self) -> str:
        return str(self.model.agent_lang)

    def start(self) -> None:
        """Load the templates in the background (called once the window is on screen)."""
        self.services.load_templates()
        self._watch.start()

    def check_reload(self) -> None:
        """Templates edited on disk (team folder, user folder) show up without a restart."""
        if self.library is not None:
            self.services.load_templates()

    def _on_loaded(self) -> None:
        problems = self.services.templates[2]
        if problems:
            lines = [f"{p.file}:{p.line}: {p.message}" for p in problems[:5]]
            self.problems.setText(self.tr("Some templates have errors:") + "\n" + "\n".join(lines))
        self.problems.setVisible(bool(problems))
        for conv_id in self.model.order:
            if not self.model.convs[conv_id].suggestions:
                self.model.suggest(conv_id)
        self._form_for = ("", "")
        self._render(self.model.current)
        self.templates_ready.emit()

    # -- list ----------------------------------------------------------------------------------
    def _on_switched(self, _conv_id: str) -> None:
        self._rendering = True
        try:
            self.pane.search.clear()  # a filter of the view, not the conversation's state
        finally:
            self._rendering = False
        self._render(self.model.current)

    def _on_changed(self, conv_id: str, aspects: frozenset[str]) -> None:
        if conv_id != self.model.current_id:
            return
        conv = self.model.current
        if "suggestions" in aspects:
            self._show_list()
            self.suggestions_shown.emit([s.template_id for s in conv.suggestions])
        if aspects & {"template_id", "variables"}:
            self._render(conv, list_too="template_id" in aspects)

    def _render(self, conv: Conversation, list_too: bool = True) -> None:
        if list_too:
            self._show_list()
        self._render_form(conv)

    def _show_list(self) -> None:
        library = self.library
        lst = self.pane.list
        if library is None:
            return
        query = self.pane.search.text().strip()
        conv = self.model.current
        if query:
            shown = library.search(query, self.agent_lang)[:LIST_LIMIT]
        else:
            ids = [s.template_id for s in conv.suggestions if library.get(s.template_id)]
            rest = [t for t in library.search("", self.agent_lang) if t.id not in ids]
            shown = [library.get(i) for i in ids] + rest[: LIST_LIMIT - len(ids)]
        reasons = {s.template_id: s for s in conv.suggestions}
        self._rendering = True
        lst.blockSignals(True)
        try:
            lst.clear()
            for template in shown:
                item = QListWidgetItem(template.title(self.agent_lang))
                item.setData(ROLE_ID, template.id)
                item.setToolTip(self._why(template, reasons.get(template.id)))
                lst.addItem(item)
                if template.id == conv.template_id:
                    lst.setCurrentItem(item)
            if not conv.template_id and not query and self._sure(conv):
                lst.setCurrentRow(0)  # preselected, not picked: Enter (or Ctrl+T, Enter) accepts
        finally:
            lst.blockSignals(False)
            self._rendering = False

    @staticmethod
    def _sure(conv: Conversation) -> bool:
        """The top suggestion is likely enough to preselect (measured in bench_suggest)."""
        from desktop.core.suggest.suggester import PRESELECT_SCORE

        return bool(conv.suggestions) and conv.suggestions[0].score >= PRESELECT_SCORE

    def _why(self, template: Any, suggestion: Any) -> str:
        """Tooltip: the category, and why it was suggested (score, matched cues)."""
        text = template.category
        if suggestion is not None:
            text += "\n" + self.tr("Score: %1").replace("%1", f"{suggestion.score:.2f}")
            reasons = [self._reason(r) for r in getattr(suggestion, "reasons", ())]
            if reasons:
                text += "\n" + self.tr("Because of: %1").replace("%1", ", ".join(reasons))
        return text

    def _reason(self, reason: str) -> str:
        """A suggester cue ("concept:<id>", "entity:<kind>", "pick") in the agent's words."""
        from desktop.ui import codes

        kind, _, name = reason.partition(":")
        if kind == "concept":
            glossary = self.services.glossary
            concept = glossary[0].concepts.get(name) if glossary is not None else None
            return (concept.preferred(self.agent_lang) or name) if concept is not None else name
        if kind == "entity":
            return codes.text(name)
        return self.tr("you used it for a similar message")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Down in the search field lands on the first suggestion (Ctrl+T, Down, Enter)."""
        if watched is self.pane.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.pane.list.count():  # type: ignore[attr-defined]
                self.pane.list.setFocus()
                if self.pane.list.currentRow() < 0:
                    self.pane.list.setCurrentRow(0)
                return True
        return False

    def _on_current_item(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and not self._rendering:
            self.pick(item.data(ROLE_ID))

    def _pick_first(self) -> None:
        if self._ime.composing:
            return
        lst = self.pane.list
        if lst.count():
            lst.setCurrentRow(0)
            self._on_activated(lst.item(0))

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.pick(item.data(ROLE_ID))
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()
        else:
            self.pane.focusNextChild()

    def pick(self, template_id: str) -> None:
        self.model.pick(self.model.current_id, template_id)

    def compose_now(self) -> None:
        self.model.compose(self.model.current_id)

    # -- the variables form --------------------------------------------------------------------
    def _render_form(self, conv: Conversation) -> None:
        library = self.library
        template = library.get(conv.template_id) if library and conv.template_id else None
        if (conv.id, conv.template_id) != self._form_for:
            self._build_form(template)
            self._form_for = (conv.id, conv.template_id)
        self._rendering = True
        try:
            for name, widget in self.fields.items():
                value = conv.variables.get(name, "")
                if _text(widget) != value:
                    if isinstance(widget, QLineEdit):
                        widget.setText(value)
                    else:
                        widget.setCurrentText(value)
        finally:
            self._rendering = False
        self.validate()

    def _build_form(self, template: Any) -> None:
        form = self.pane.form
        while form.rowCount():
            form.removeRow(0)
        self.fields = {}
        if template is None:
            return
        ui = self._ui_lang().replace("zh_CN", "zh-Hans")
        for var in template.variables:
            if var.type == "choice":
                widget: QLineEdit | QComboBox = QComboBox(self.pane.form_host)
                widget.setEditable(True)
                widget.addItems(list(var.choices))
                widget.setCurrentText("")
                widget.currentTextChanged.connect(lambda v, n=var.name: self._on_field(n, v))
            else:
                widget = QLineEdit(self.pane.form_host)
                widget.setPlaceholderText(var.example)
                widget.textChanged.connect(lambda v, n=var.name: self._on_field(n, v))
            widget.setObjectName(f"var_{var.name}")
            form.addRow(var.label(ui) + (" *" if var.required else ""), widget)
            self.fields[var.name] = widget

    def _on_field(self, name: str, value: str) -> None:
        if not self._rendering:
            self.model.set_variable(self.model.current_id, name, value)
            self.validate()

    def values(self) -> dict[str, str]:
        return dict(self.model.current.variables)

    def validate(self) -> list[str]:
        """Mark fields whose value does not look like its type (a TXID, an address...)."""
        from desktop.core.entities import find_entities

        conv = self.model.current
        template = self.library.get(conv.template_id) if self.library and conv.template_id else None
        bad = []
        for var in template.variables if template else ():
            widget = self.fields.get(var.name)
            value = conv.variables.get(var.name, "")
            ok = True
            if value and var.type in FIELD_KINDS:
                found = [e for e in find_entities(value) if e.kind == FIELD_KINDS[var.type]]
                ok = bool(found) and found[0].value == value and found[0].valid is not False
            if widget is not None:
                widget.setProperty("invalid", not ok)
                widget.setStyleSheet("" if ok else "border: 1px solid #c62828;")
                label = var.label(self._ui_lang().replace("zh_CN", "zh-Hans"))
                hint = self.tr("This does not look like a valid %1.").replace("%1", label)
                widget.setToolTip("" if ok else hint)
            if not ok:
                bad.append(var.name)
        return bad

    def retranslate(self) -> None:
        self._form_for = ("", "")
        self._render(self.model.current)


def _text(widget: QLineEdit | QComboBox) -> str:
    return (widget.text() if isinstance(widget, QLineEdit) else widget.currentText()).strip()
