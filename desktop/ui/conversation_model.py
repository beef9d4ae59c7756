"""The window's conversation model: every open conversation, and the background work that fills it.

It holds `desktop.core.session.Conversation` values (one per tab), owns every background
operation, and tags each with its conversation id, the step and a generation number: a result
for a closed conversation, for an older message or for a superseded run is dropped. Presenters
read conversations from here and send the agent's input here; they never talk to each other.
The order of the steps is the one in `desktop.core.session`'s docstring.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.core import session as core
from desktop.core.session import Conversation, Status
from desktop.ui import model_jobs as jobs
from desktop.ui.model_base import ModelBase, failure_status
from desktop.ui.workers import run_op

if TYPE_CHECKING:
    from desktop.core.config import Settings
    from desktop.ui.services import Services

DETECT_DELAY_MS = 250  # typing pauses before the message is analysed again
COMPOSE_DELAY_MS = 300  # form edits pause before the reply is rendered again


class ConversationModel(ModelBase):
    """The steps of `desktop.core.session`, run for one conversation at a time."""

    def __init__(self, services: Services, settings: Callable[[], Settings], parent: QObject):
        super().__init__(services, settings, parent)
        self._detect_due: set[str] = set()
        self._compose_due: set[str] = set()
        self._detect_timer = self._timer(DETECT_DELAY_MS, self._run_due_detections)
        self._compose_timer = self._timer(COMPOSE_DELAY_MS, self._run_due_compositions)

    def restore(self) -> None:
        """Reopen every conversation that was open (after a normal quit or a crash)."""
        store = self.services.history
        records = store.open_conversations() if store is not None else []
        for rec in records:
            conv = Conversation(
                id=rec.id, position=rec.position, message=rec.incoming, revision=1,
                customer_lang=rec.customer_lang, pasted_at=rec.pasted_at,
                template_id=rec.template_id, variables=dict(rec.variables), reply=rec.draft,
            )  # fmt: skip
            self._add(conv)
        if not self.order:
            self.new()
            return
        self.set_current(self.order[0])
        for conv_id in self.order:
            self._start_pipeline(conv_id)

    def new(self) -> str:
        store = self.services.history
        position = max((c.position for c in self.convs.values()), default=-1) + 1
        if store is not None:
            conv_id = store.new_conversation().id
        else:
            conv_id = f"mem-{time.time_ns()}"
        self._add(core.new_conversation(conv_id, position))
        self.set_current(conv_id)
        return conv_id

    def _add(self, conv: Conversation) -> None:
        self.convs[conv.id] = conv
        self.order.append(conv.id)
        self.added.emit(conv.id)

    def close(self, conv_id: str) -> None:
        if conv_id not in self.convs:
            return
        for key in [k for k in self._ops if k[0] == conv_id]:
            self._ops.pop(key)[0].cancel()
        index = self.order.index(conv_id)
        self.order.remove(conv_id)
        conv = self.convs.pop(conv_id)
        for due in (self._detect_due, self._compose_due, self._save_due):
            due.discard(conv_id)
        if self.services.history is not None:  # after any save still queued for it
            run_op(jobs.save_and_close, self.services.history, self._record(conv),
                   pool=self._store_pool)  # fmt: skip
        self.removed.emit(conv_id, index)
        if not self.order:
            self.new()  # a truly empty conversation, never the closed one's leftovers
        elif conv_id == self.current_id:
            self.set_current(self.order[min(index, len(self.order) - 1)])

    def set_current(self, conv_id: str) -> None:
        if conv_id in self.convs and conv_id != self.current_id:
            self.current_id = conv_id
            self.current_changed.emit(conv_id)

    # -- the message ---------------------------------------------------------------------------
    def edit_message(self, conv_id: str, text: str) -> None:
        """Typed edits: the message is re-analysed once typing pauses."""
        conv = self.convs.get(conv_id)
        if conv is None or conv.message == text:
            return
        self._set(core.take_message(conv, text), "message")
        self._detect_due.add(conv_id)
        self._detect_timer.start()
        self.schedule_save(conv_id)

    def paste(self, conv_id: str, text: str) -> None:
        """A new customer message (pasted or from the clipboard watch): analyse it now."""
        conv = self.convs.get(conv_id)
        if conv is None:
            return
        self._set(core.take_message(conv, text, pasted_at=time.time()), "message")
        self._detect_due.discard(conv_id)
        self._start_pipeline(conv_id)
        self.schedule_save(conv_id)

    def set_override(self, conv_id: str, code: str) -> None:
        conv = self.convs.get(conv_id)
        if conv is None or conv.override == code:
            return
        self._set(replace(conv, override=code), "override")
        if code:
            self._language_changed(conv_id, conv.lang)
        else:
            self._start_pipeline(conv_id)

    def _run_due_detections(self) -> None:
        due, self._detect_due = self._detect_due, set()
        for conv_id in due:
            self._start_pipeline(conv_id)

    def _start_pipeline(self, conv_id: str) -> None:
        conv = self.convs.get(conv_id)
        if conv is None:
            return
        domains = tuple(self.settings.official_domains)
        self._run(conv_id, "analyse", jobs.analyse, conv.message, domains, success=self._analysed,
                  failure=self._analyse_failed)  # fmt: skip
        if not conv.message.strip():
            self._set(replace(conv, detection=None), "detection")
            return
        if conv.override:
            self._language_changed(conv_id, "")
            return
        self._run(conv_id, "detect", jobs.detect, self.services.detector, conv,
                  success=self._detected)  # fmt: skip

    def _analysed(self, conv: Conversation, analysis: Any) -> None:
        self._set(replace(conv, analysis=analysis), "analysis")
        self.analysed.emit(conv.id, analysis)
        self.schedule_save(conv.id)  # the draft can now be stored redacted without a new scan
        self.suggest(conv.id)

    def _analyse_failed(self, conv: Conversation, exc: BaseException) -> Status:
        self.schedule_save(conv.id)  # the store still redacts with its own scan
        return failure_status(exc)

    def _detected(self, conv: Conversation, detection: Any) -> None:
        before = conv.lang
        conv = core.decide(conv, detection)
        self._set(conv, "detection", "customer_lang")
        self.detected.emit(conv.id, detection)
        if conv.lang:
            self._language_changed(conv.id, before)

    def _language_changed(self, conv_id: str, before: str) -> None:
        conv = self.convs[conv_id]
        self.language_decided.emit(conv_id, conv.lang)
        self.translate_incoming(conv_id)
        if conv.template_id and conv.lang != before:
            self.compose(conv_id)
        self.schedule_save(conv_id)

    # -- customer -> agent ---------------------------------------------------------------------
    def translate_incoming(self, conv_id: str) -> None:
        conv = self.convs.get(conv_id)
        if conv is None or not conv.message.strip() or not conv.lang:
            return
        self._set(replace(conv, incoming=None, incoming_status=Status("translating")),
                  "incoming")  # fmt: skip
        self._run(conv_id, "incoming", jobs.translate_incoming, self.services.engine,
                  self.services.glossary, conv, self.agent_lang,
                  success=self._incoming_done, failure=self._incoming_failed)  # fmt: skip

    def _incoming_done(self, conv: Conversation, translation: Any) -> None:
        status = None
        if len(conv.message) > core.MAX_AUTO_TRANSLATE:
            status = Status("truncated", (f"{core.MAX_AUTO_TRANSLATE:,}",))
        elif translation.engine == "none":
            status = Status("same-language")
        elif "mask-fallback" in translation.warnings:
            status = Status("mask-fallback")
        self._set(replace(conv, incoming=translation, incoming_status=status), "incoming")
        self.incoming_translated.emit(conv.id, translation)
        self.suggest(conv.id)

    def _incoming_failed(self, conv: Conversation, exc: BaseException) -> Status:
        status = failure_status(exc)
        self._set(replace(conv, incoming=None, incoming_status=status), "incoming")
        return status

    def cancel_incoming(self, conv_id: str) -> None:
        op = self._ops.pop((conv_id, "incoming"), None)
        if op is not None:
            op[0].cancel()
        conv = self.convs.get(conv_id)
        if conv is not None and conv.incoming_status == Status("translating"):
            self._set(replace(conv, incoming_status=Status("cancelled")), "incoming")

    # -- templates -----------------------------------------------------------------------------
    def suggest(self, conv_id: str) -> None:
        conv = self.convs.get(conv_id)
        templates = self.services.templates
        if conv is None or templates is None or conv.analysis is None:
            return
        self._run(conv_id, "suggest", jobs.suggest, templates[0], conv,
                  success=self._suggested)  # fmt: skip

    def _suggested(self, conv: Conversation, found: list[Any]) -> None:
        self._set(replace(conv, suggestions=tuple(found)), "suggestions")
        self.suggested.emit(conv.id, found)

    def pick(self, conv_id: str, template_id: str) -> None:
        conv = self.convs.get(conv_id)
        templates = self.services.templates
        if conv is None or templates is None or conv.template_id == template_id:
            return
        template = templates[0].get(template_id)
        if template is None:
            return
        conv = core.pick_template(conv, template_id, core.prefill(template, conv.analysis))
        self._set(conv, "template_id", "variables")
        self.compose(conv_id)
        self.schedule_save(conv_id)

    def set_variable(self, conv_id: str, name: str, value: str) -> None:
        conv = self.convs.get(conv_id)
        if conv is None or conv.variables.get(name, "") == value.strip():
            return
        self._set(core.set_variable(conv, name, value), "variables")
        self._compose_due.add(conv_id)
        self._compose_timer.start()
        self.schedule_save(conv_id)

    def _run_due_compositions(self) -> None:
        due, self._compose_due = self._compose_due, set()
        for conv_id in due:
            self.compose(conv_id)

    def compose(self, conv_id: str) -> None:
        conv = self.convs.get(conv_id)
        templates = self.services.templates
        if conv is None or templates is None or not conv.template_id:
            return
        s = self.settings
        self._run(conv_id, "compose", jobs.compose, templates[1], self.services.engine, conv,
                  self.agent_lang, s.agent_name, s.team_name, self.services.glossary,
                  {"policy": dict(s.policy), "customer_zone": s.customer_utc_offset},
                  success=self._composed, failure=self._reply_failed)  # fmt: skip

    def _composed(self, conv: Conversation, reply: Any) -> None:
        if reply.template_id != conv.template_id:
            return  # the agent picked another template meanwhile
        self._set(core.apply_composed(conv, reply), "reply", "composed")
        self.composed.emit(conv.id, reply)
        self.schedule_save(conv.id)

    # -- the reply -----------------------------------------------------------------------------
    def set_reply(self, conv_id: str, text: str) -> None:
        """The agent's own edit of the reply."""
        conv = self.convs.get(conv_id)
        if conv is None or conv.reply == text:
            return
        self._set(replace(conv, reply=text, gate=None), "reply_text")
        self.schedule_save(conv_id)

    def set_reply_status(self, conv_id: str, code: str, *args: str) -> None:
        conv = self.convs.get(conv_id)
        if conv is not None:
            self._set(replace(conv, reply_status=Status(code, args)), "reply_status")

    def translate_reply(self, conv_id: str) -> None:
        conv = self.convs.get(conv_id)
        if conv is None:
            return
        if not conv.reply.strip() or not conv.lang:
            self.set_reply_status(conv_id, "need-reply-and-language")
            return
        self.set_reply_status(conv_id, "translating")
        self._run(conv_id, "reply", jobs.translate_reply, self.services.engine,
                  self.services.glossary, conv.reply, self.agent_lang, conv.lang,
                  success=self._reply_translated, failure=self._reply_failed)  # fmt: skip

    def _reply_translated(self, conv: Conversation, result: Any) -> None:
        source_reply, translation, forbidden = result
        if conv.reply != source_reply:
            self._set(replace(conv, reply_status=Status("changed-while-translating")),
                      "reply_status")  # fmt: skip
            return
        self._set(core.apply_reply_translation(conv, source_reply, translation, forbidden),
                  "reply", "reply_translation")  # fmt: skip
        self.reply_translated.emit(conv.id, translation)
        self.schedule_save(conv.id)

    def _reply_failed(self, conv: Conversation, exc: BaseException) -> Status:
        status = failure_status(exc)
        self._set(replace(conv, reply_status=status), "reply_status")
        return status

    def pick_alternative(self, conv_id: str, index: int) -> None:
        conv = self.convs.get(conv_id)
        if conv is None or conv.reply_translation is None:
            return
        options = [conv.reply_translation.text, *conv.reply_translation.alternatives]
        if 0 <= index < len(options):
            self._set(replace(conv, reply=options[index], rendered=options[index], gate=None),
                      "reply_text")  # fmt: skip
            self.schedule_save(conv_id)

    def check_for_copy(self, conv_id: str) -> bool:
        """Lint this conversation's reply in a worker; `checked` carries the result."""
        conv = self.convs.get(conv_id)
        if conv is None or self.checking(conv_id):
            return False
        if not conv.reply.strip():
            self.set_reply_status(conv_id, "nothing-to-copy")
            return False
        self.set_reply_status(conv_id, "checking")
        reply = conv.reply
        domains = tuple(self.settings.official_domains)
        self._run(conv_id, "gate", jobs.check, conv, reply, domains,
                  success=lambda c, issues: self._checked(c, reply, issues),
                  failure=self._check_failed)  # fmt: skip
        return True

    def _checked(self, conv: Conversation, reply: str, issues: tuple[Any, ...]) -> None:
        self._set(replace(conv, gate=issues, gate_reply=reply, reply_status=None),
                  "gate", "reply_status")  # fmt: skip
        self.checked.emit(conv.id, reply, issues)

    def _check_failed(self, conv: Conversation, exc: BaseException) -> Status:
        status = Status("check-failed", (str(exc) or type(exc).__name__,))
        self._set(replace(conv, reply_status=status), "reply_status")
        return status

    def record_copy(self, conv_id: str, text: str) -> None:
        """History of what was copied (redacted by the store), with its template, in a worker."""
        conv = self.convs.get(conv_id)
        if conv is None:
            return
        self.set_reply_status(conv_id, "copied")
        self.copied.emit(conv_id, text)
        if conv.template_id and conv.message.strip():  # suggestions learn from the desk
            self._run(conv_id, "learn", jobs.record_pick, conv, success=lambda _c, _r: None,
                      pool=self._store_pool)  # fmt: skip
        store = self.services.history
        if store is not None:
            self._run(conv_id, "history", jobs.record_copy, store, self._record(conv), text,
                      self.agent_lang, conv.rendered, success=lambda _c, _r: None,
                      pool=self._store_pool)  # fmt: skip
