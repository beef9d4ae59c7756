"""Compose: suggestions and type-ahead search, a variables form prefilled from the message,
and the reply produced in the customer's language with its back-translation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidgetItem

from desktop.ui.workers import Op, run_op

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

COMPOSE_DELAY_MS = 300
RELOAD_CHECK_MS = 3000
ROLE_ID = Qt.ItemDataRole.UserRole


def _load_templates(ctx: Any, settings: Any) -> Any:
    from desktop.core.templates.library import TemplateLibrary
    from desktop.core.templates.paths import template_layers
    from desktop.core.templates.render import Renderer

    library = TemplateLibrary(template_layers(settings))
    renderer = Renderer(library)
    return library, renderer, renderer.check()


def concept_terms(glossary: Any, text: str) -> list[str]:
    """English terms of the glossary concepts in a message (any language)."""
    if glossary is None:
        return []
    concepts, matcher = glossary[0].concepts, glossary[1]
    found = {m.concept_id for m in matcher.find(text) if m.concept_id}
    return [concepts[c].preferred("en") or c for c in sorted(found)]


@dataclass(frozen=True)
class SuggestCues:
    """What the suggestions are ranked on, taken from the window when a message is analysed."""

    message: str
    translation: str | None
    entity_kinds: tuple[str, ...]
    sensitive: bool


def _suggest_job(ctx: Any, library: Any, glossary: Any, cues: SuggestCues) -> Any:
    from desktop.core.templates.suggest import suggest

    return suggest(library, cues.message, translation=cues.translation,
                   entity_kinds=cues.entity_kinds, sensitive=cues.sensitive,
                   concepts=concept_terms(glossary, cues.message))  # fmt: skip


def _reload_job(ctx: Any, library: Any, renderer: Any) -> Any:
    from desktop.core.templates.render import Renderer

    if not library.reload_if_changed():
        return None
    renderer = Renderer(library)
    return library, renderer, renderer.check()


def _compose_job(ctx: Any, renderer: Any, engine: Any, args: dict[str, Any]) -> Any:
    from desktop.core.compose import compose

    return compose(renderer, engine, cancel=ctx.cancel_event, **args)


class ComposeFlow(QObject):
    templates_ready = Signal()
    composed = Signal(object)  # ComposedReply
    suggestions_shown = Signal(list)  # template ids, best first

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.library: Any = None
        self.renderer: Any = None
        self.template_id: str | None = None
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self._op: Op | None = None
        self._suggest_op: Op | None = None
        self._last_rendered = ""
        self._last_template = ""
        pane = window.templates
        self.problems = QLabel(pane)
        self.problems.setObjectName("templateProblems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.hide()
        pane.layout().insertWidget(2, self.problems)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMPOSE_DELAY_MS)
        self._timer.timeout.connect(self.compose_now)
        pane.search.textChanged.connect(self._on_search)
        pane.search.returnPressed.connect(self._pick_first)
        pane.list.itemActivated.connect(self._on_activated)
        pane.list.currentItemChanged.connect(
            lambda cur, _prev: cur and self.pick(cur.data(ROLE_ID))
        )
        window.safety.analysis_ready.connect(self._on_analysis)
        window.language_decided.connect(lambda _lang: self.schedule())
        window.translation_flow.incoming_translated.connect(self._on_translated)
        self._watch = QTimer(self)
        self._watch.setInterval(RELOAD_CHECK_MS)
        self._watch.timeout.connect(self._check_reload)

    def start(self) -> None:
        """Load the templates in the background (called once the window is on screen)."""
        if self.library is None:
            run_op(_load_templates, self.window.config.settings, success=self._on_loaded,
                   owner=self.window)  # fmt: skip
        self._watch.start()

    def _check_reload(self) -> None:
        """Templates edited on disk (team folder, user folder) show up without a restart."""
        if self.library is not None:
            run_op(_reload_job, self.library, self.renderer, success=self._on_reloaded,
                   owner=self.window)  # fmt: skip

    def _on_reloaded(self, result: Any) -> None:
        if result is None:
            return
        self._on_loaded(result)

    @property
    def agent_lang(self) -> str:
        return str(self.window.config.settings.agent_language)

    def _on_loaded(self, loaded: tuple[Any, Any, list[Any]]) -> None:
        self.library, self.renderer, syntax = loaded
        problems = [*self.library.problems, *syntax]
        if problems:
            lines = [f"{p.file}:{p.line}: {p.message}" for p in problems[:5]]
            self.problems.setText(self.tr("Some templates have errors:") + "\n" + "\n".join(lines))
            self.problems.show()
        self._show(self.library.search("", self.agent_lang)[:40])
        self.templates_ready.emit()

    # -- suggestions and search -----------------------------------------------------------
    def _show(self, templates: list[Any]) -> None:
        lst = self.window.templates.list
        lst.blockSignals(True)
        lst.clear()
        for template in templates:
            item = QListWidgetItem(template.title(self.agent_lang))
            item.setData(ROLE_ID, template.id)
            item.setToolTip(template.category)
            lst.addItem(item)
        lst.blockSignals(False)

    def _on_analysis(self, analysis: Any) -> None:
        """Rank the templates for this message in a worker (a long paste takes a while)."""
        if self.library is None or self.window.templates.search.text().strip():
            return
        self._analysis = analysis
        if self._suggest_op is not None:
            self._suggest_op.cancel()
        window = self.window
        cues = SuggestCues(
            window.incoming.editor.message()[:20_000],
            window.translation.view.toPlainText()[:20_000] or None,
            tuple(e.kind for e in analysis.entities),
            analysis.has_phrase or analysis.has_key,
        )
        self._suggest_op = run_op(_suggest_job, self.library, window.services.glossary, cues,
                                  success=self._on_suggested, owner=window)  # fmt: skip

    def _on_suggested(self, found: list[Any]) -> None:
        self._suggest_op = None
        if self.library is None or self.window.templates.search.text().strip():
            return  # the agent started searching meanwhile: the search owns the list
        ids = [s.template_id for s in found if self.library.get(s.template_id) is not None]
        rest = [t for t in self.library.search("", self.agent_lang) if t.id not in ids]
        self._show([self.library.get(i) for i in ids] + rest[:20])
        self.suggestions_shown.emit(ids)

    def _on_translated(self, _translation: Any) -> None:
        """The agent-language translation is another cue (the template keywords cover it)."""
        analysis = getattr(self, "_analysis", None)
        if analysis is not None:
            self._on_analysis(analysis)

    def _on_search(self, text: str) -> None:
        if self.library is not None:
            self._show(self.library.search(text, self.agent_lang)[:40])

    def _pick_first(self) -> None:
        if self.window.ime.composing:
            return
        lst = self.window.templates.list
        if lst.count():
            lst.setCurrentRow(0)
            self._on_activated(lst.item(0))

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.pick(item.data(ROLE_ID))
        first = next(iter(self.fields.values()), None)
        (first or self.window.reply.editor).setFocus()

    # -- the variables form ---------------------------------------------------------------
    def pick(self, template_id: str) -> None:
        if self.library is None or template_id == self.template_id:
            return
        template = self.library.get(template_id)
        if template is None:
            return
        self.template_id = template_id
        form = self.window.templates.form
        while form.rowCount():
            form.removeRow(0)
        self.fields = {}
        entities = getattr(getattr(self, "_analysis", None), "entities", ())
        ui = self.window.ui_lang.replace("zh_CN", "zh-Hans")
        for var in template.variables:
            if var.type == "choice":
                widget: QLineEdit | QComboBox = QComboBox(self.window.templates.form_host)
                widget.setEditable(True)
                widget.addItems(list(var.choices))
                widget.setCurrentText("")
                widget.currentTextChanged.connect(self.schedule)
            else:
                widget = QLineEdit(self.window.templates.form_host)
                widget.textChanged.connect(self.schedule)
            widget.setObjectName(f"var_{var.name}")
            value = next((e.value for e in entities if var.entity and e.kind == var.entity), "")
            if isinstance(widget, QLineEdit):
                widget.setText(value)
                widget.setPlaceholderText(var.example)
            elif value:
                widget.setCurrentText(value)
            label = var.label(ui) + (" *" if var.required else "")
            form.addRow(label, widget)
            self.fields[var.name] = widget
        self.schedule()

    def validate(self) -> list[str]:
        """Mark fields whose value does not look like its type (a TXID, an address...)."""
        from desktop.core.entities import find_entities

        template = self.library.get(self.template_id) if self.template_id else None
        bad = []
        kinds = {"txid": "txid", "address": "address", "amount": "amount", "order_id": "order_id"}
        for var in template.variables if template else ():
            widget = self.fields.get(var.name)
            value = self.values().get(var.name, "")
            ok = True
            if value and var.type in kinds:
                found = [e for e in find_entities(value) if e.kind == kinds[var.type]]
                ok = bool(found) and found[0].value == value and found[0].valid is not False
            if widget is not None:
                widget.setProperty("invalid", not ok)
                widget.setStyleSheet("" if ok else "border: 1px solid #c62828;")
                label = var.label(self.window.ui_lang.replace("zh_CN", "zh-Hans"))
                hint = self.tr("This does not look like a valid %1.").replace("%1", label)
                widget.setToolTip("" if ok else hint)
            if not ok:
                bad.append(var.name)
        return bad

    def values(self) -> dict[str, str]:
        out = {}
        for name, widget in self.fields.items():
            text = widget.text() if isinstance(widget, QLineEdit) else widget.currentText()
            if text.strip():
                out[name] = text.strip()
        return out

    # -- composing ------------------------------------------------------------------------
    def schedule(self, *_args: object) -> None:
        if self.template_id:
            self.validate()
            self._timer.start()

    def compose_now(self) -> None:
        win = self.window
        if self.renderer is None or self.template_id is None:
            return
        if self._op is not None:
            self._op.cancel()
        settings = win.config.settings
        args = {"template_id": self.template_id, "customer_lang": win.customer_lang or "en",
                "agent_lang": self.agent_lang, "variables": self.values(),
                "agent_name": settings.agent_name, "team_name": settings.team_name,
                "glossary": win.services.glossary}  # fmt: skip
        self._op = run_op(
            _compose_job,
            self.renderer,
            win.services.engine,
            args,
            success=self._on_composed,
            failure=self._on_failed,
            owner=win,
        )

    def _on_composed(self, reply: Any) -> None:
        win = self.window
        editor = win.reply.editor
        current = editor.toPlainText()
        edited = bool(current.strip()) and current != self._last_rendered
        if edited and reply.template_id == self._last_template:
            # Never overwrite the agent's own edits with a re-render of the same template.
            win.reply.status.setText(
                self.tr("You edited the reply; the form change was not applied.")
            )
            return
        self._last_template = reply.template_id
        editor.setPlainText(reply.text)
        self._last_rendered = reply.text
        win.reply.back.setPlainText(reply.back or "")
        win.safety.variables = self.values()
        win.safety.required_missing = reply.missing
        if reply.native:
            status = self.tr("Native template in the customer's language.")
        elif reply.machine_translated:
            status = self.tr("Machine-translated; safety sentences use approved wording.")
        else:
            status = self.tr("No language pack: the reply is in English.")
        if reply.missing:
            status += " " + self.tr("Fill in: %1").replace("%1", ", ".join(reply.missing))
        win.reply.status.setText(status)
        self.composed.emit(reply)

    def _on_failed(self, exc: BaseException) -> None:
        self.window.reply.status.setText(self.tr("Template error: %1").replace("%1", str(exc)))
