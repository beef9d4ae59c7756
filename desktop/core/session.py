"""One customer conversation and the steps over it, shared by the window and the command line.

The whole flow, in order (the window runs each step in a worker, the CLI calls them directly):

    conv = new_conversation(id)
    conv = take_message(conv, text)                      # a paste; the old message becomes context
    analysis = analyse(conv.message, domains)            # the one scan: entities, secrets, hints
    detection = detect(detector, conv)                   # entity-stripped, with context
    conv = decide(conv, detection)                       # or the agent's override
    incoming = translate_for_agent(engine, glossary, conv.message, analysis, lang, agent)
    ranked = suggest_for(library, glossary, conv.message, analysis, incoming)
    conv = pick_template(conv, template_id, prefill(template, analysis))
    composed = compose_reply(renderer, engine, conv, agent, ...)
    conv = apply_composed(conv, composed)                # never over the agent's own edits
    reply = translate_for_customer(engine, glossary, conv.reply, agent, lang)
    issues = check_reply(conv, reply_text, domains)      # the copy gate, for this conversation
    record = redact_for_storage(text, analysis)          # drafts and history

Every step takes and returns plain values; the conversation is a frozen dataclass, so one
customer's state cannot leak into another's through a shared widget or attribute.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from desktop.core.languages import content_code

if TYPE_CHECKING:  # the steps import their modules when they run: the window wires up fast
    from desktop.core.analysis import Analysis
    from desktop.core.compose import ComposedReply
    from desktop.core.lint import LintIssue
    from desktop.core.translate.engine import Translation

MAX_AUTO_TRANSLATE = 20_000  # characters of an incoming message translated automatically
CONTEXT_KEEP = 5  # earlier messages of the same customer kept as detection context
CONTEXT_CHARS = 2_000  # of each


@dataclass(frozen=True)
class Status:
    """A message for the agent as a code and its arguments; the UI turns it into text."""

    code: str
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conversation:
    """Everything one customer conversation holds; the window shows exactly this."""

    id: str
    position: int = 0
    message: str = ""
    context: tuple[str, ...] = ()
    pasted_at: float | None = None
    revision: int = 0  # +1 for every new message text: results for an older one are dropped
    override: str = ""
    detection: Any = None  # desktop.core.detect.Detection
    customer_lang: str = ""  # the decided language (detected, overridden or restored)
    analysis: Analysis | None = None
    incoming: Translation | None = None
    incoming_status: Status | None = None
    suggestions: tuple[Any, ...] = ()  # Suggestion, best first
    template_id: str = ""
    variables: Mapping[str, str] = field(default_factory=dict)
    composed: ComposedReply | None = None
    rendered: str = ""  # the last text the app put in the reply (not the agent)
    reply: str = ""  # the reply as the agent sees and edits it (the draft)
    reply_translation: Translation | None = None
    back: str = ""  # back-translation of the reply, for the agent to check
    route: str = ""  # engine and languages of the reply shown, as codes "engine|es|en|zh"
    reply_status: Status | None = None
    gate: tuple[LintIssue, ...] | None = None  # the last copy check of `gate_reply`
    gate_reply: str = ""

    @property
    def lang(self) -> str:
        """The customer's language as decided now ("" when unknown)."""
        return self.override or self.customer_lang

    @property
    def edited(self) -> bool:
        return bool(self.reply.strip()) and self.reply != self.rendered

    @property
    def required_missing(self) -> tuple[str, ...]:
        return self.composed.missing if self.composed is not None else ()


def new_conversation(conv_id: str, position: int = 0) -> Conversation:
    return Conversation(id=conv_id, position=position)


def take_message(conv: Conversation, text: str, *, pasted_at: float | None = None) -> Conversation:
    """A new message text for this conversation: everything derived from the old one goes."""
    if text == conv.message:
        return conv
    context = conv.context
    if pasted_at is not None and conv.message.strip():
        # The start of each earlier message is context enough: a 1 MB paste must not make
        # every later detection (a regex pass holding the interpreter lock) scan it again.
        context = (*context, conv.message[:CONTEXT_CHARS])[-CONTEXT_KEEP:]
    return replace(
        conv, message=text, context=context, revision=conv.revision + 1,
        pasted_at=pasted_at if pasted_at is not None else conv.pasted_at,
        detection=None, analysis=None, incoming=None, incoming_status=None, suggestions=(),
        customer_lang=conv.customer_lang if not text.strip() else conv.customer_lang,
        gate=None,
    )  # fmt: skip


def analyse(message: str, official_domains: Sequence[str] = ()) -> Analysis:
    """The one scan of a message; every consumer (banner, redaction, form, gate) shares it."""
    from desktop.core.analysis import analyse as run

    return run(message, official_domains)


def detect(detector: Any, conv: Conversation) -> Any:
    return detector.detect(conv.message, context=conv.context)


def decide(conv: Conversation, detection: Any) -> Conversation:
    """Record a detection; the language is decided only when the detector is sure."""
    lang = conv.customer_lang
    if detection is not None and detection.lang and not detection.ask:
        lang = detection.lang
    return replace(conv, detection=detection, customer_lang=lang)


def redact_for_storage(text: str, analysis: Analysis | None) -> str:
    """Secrets replaced by markers; reuses the message's scan when it is the same text."""
    from desktop.core.sensitive import find_sensitive, redact

    if not text.strip():
        return text
    # find_sensitive keeps its last results: the message's own scan is not run again.
    findings = analysis.sensitive if analysis is not None else find_sensitive(text)
    return redact(text, list(findings))


def translate_for_agent(
    engine: Any,
    glossary: Any,
    message: str,
    analysis: Analysis | None,
    source: str,
    target: str,
    *,
    cancel: threading.Event | None = None,
) -> Translation:
    """Customer -> agent: secrets never travel (not even to a local model), glossary enforced.

    Same language: the text itself. Long messages: the first MAX_AUTO_TRANSLATE characters.
    """
    from desktop.core.translate.engine import Translation

    source, target = content_code(source), content_code(target)
    text = redact_for_storage(message, analysis)[:MAX_AUTO_TRANSLATE]
    if source == target:
        return Translation(text, source, target, "none")
    return _translate(engine, glossary, text, source, target, 1, False, cancel)


def translate_for_customer(
    engine: Any,
    glossary: Any,
    reply: str,
    source: str,
    target: str,
    *,
    cancel: threading.Event | None = None,
) -> tuple[Translation, tuple[str, ...]]:
    """Agent -> customer with 3-best and back-translation; also the forbidden terms it holds."""
    from desktop.core.translate.engine import Translation

    source, target = content_code(source), content_code(target)
    if source == target:
        return Translation(reply, source, target, "none"), ()
    translation = translate_text(engine, glossary, reply, source, target, n_best=3, back=True,
                                 cancel=cancel)  # fmt: skip
    forbidden: tuple[str, ...] = ()
    if glossary is not None:
        from desktop.core.glossary.protect import forbidden_in

        found = forbidden_in(glossary[1], translation.text, translation.target)
        forbidden = tuple(sorted({m.term for m in found}))
    return translation, forbidden


def translate_text(
    engine: Any, glossary: Any, text: str, source: str, target: str, *, n_best: int = 1,
    back: bool = False, cancel: threading.Event | None = None,
) -> Translation:  # fmt: skip
    """Any text, either way (the command line): secrets redacted, glossary enforced."""
    from desktop.core.translate.engine import Translation

    source, target = content_code(source), content_code(target)
    text = redact_for_storage(text, None)
    if source == target:
        return Translation(text, source, target, "none")
    return _translate(engine, glossary, text, source, target, n_best, back, cancel)


def _translate(
    engine: Any, glossary: Any, text: str, source: str, target: str, n_best: int, back: bool,
    cancel: threading.Event | None,
) -> Translation:  # fmt: skip
    spans = []
    if glossary is not None:
        from desktop.core.glossary.protect import mt_spans

        spans = mt_spans(glossary[0], glossary[1], text, source, target)
    result: Translation = engine.translate(
        text, source, target, spans=spans, n_best=n_best, back=back, cancel=cancel
    )
    return result


SUGGEST_TEXT_LIMIT = 20_000


def suggest_cues(conv: Conversation) -> dict[str, Any]:
    """What the suggester learns from, for ranking and for recording a pick alike."""
    analysis, incoming = conv.analysis, conv.incoming
    return {
        "translation": incoming.text[:SUGGEST_TEXT_LIMIT] if incoming is not None else None,
        "entity_kinds": tuple(e.kind for e in analysis.entities) if analysis is not None else (),
        "sensitive": analysis is not None and (analysis.has_phrase or analysis.has_key),
    }


def suggest_for(library: Any, conv: Conversation) -> list[Any]:
    """Templates for this message, best first (the suggester finds glossary concepts itself)."""
    from desktop.core.templates.suggest import suggest

    return suggest(library, conv.message[:SUGGEST_TEXT_LIMIT], **suggest_cues(conv))


def prefill(template: Any, analysis: Analysis | None) -> dict[str, str]:
    """Form values taken from the message's entities (the first of each kind)."""
    entities = analysis.entities if analysis is not None else ()
    values = {}
    for var in template.variables:
        value = next((e.value for e in entities if var.entity and e.kind == var.entity), "")
        if value:
            values[var.name] = value
    return values


def pick_template(conv: Conversation, template_id: str, values: Mapping[str, str]) -> Conversation:
    """A template for this conversation; the form starts from the message's values."""
    if template_id == conv.template_id:
        return conv
    return replace(conv, template_id=template_id, variables=dict(values), composed=None)


def set_variable(conv: Conversation, name: str, value: str) -> Conversation:
    variables = dict(conv.variables)
    if value.strip():
        variables[name] = value.strip()
    else:
        variables.pop(name, None)
    return replace(conv, variables=variables)


def compose_reply(
    renderer: Any, engine: Any, conv: Conversation, agent_lang: str, *, agent_name: str = "",
    team_name: str = "", glossary: Any = None, cancel: threading.Event | None = None,
    extra: Mapping[str, Any] | None = None,
) -> ComposedReply:  # fmt: skip
    from desktop.core.compose import compose

    return compose(renderer, engine, conv.template_id, conv.lang or "en", agent_lang,
                   dict(conv.variables), agent_name=agent_name, team_name=team_name,
                   glossary=glossary, cancel=cancel, **(extra or {}))  # fmt: skip


def apply_composed(conv: Conversation, composed: ComposedReply) -> Conversation:
    """Show a composed reply, unless the agent edited the reply of the same template."""
    same = conv.composed is not None and conv.composed.template_id == composed.template_id
    if conv.edited and same:
        return replace(conv, reply_status=Status("edited-not-applied"))
    if composed.native:
        code = "native"
    elif composed.machine_translated:
        code = "machine-translated"
    else:
        code = "no-pack-english"
    return replace(
        conv, composed=composed, reply=composed.text, rendered=composed.text,
        back=composed.back or "", reply_translation=None, route="",
        reply_status=Status(code, tuple(composed.missing)), gate=None,
    )  # fmt: skip


def apply_reply_translation(
    conv: Conversation, source_reply: str, translation: Translation, forbidden: Sequence[str]
) -> Conversation:
    """A reply translated for the customer (dropped when the agent changed the reply since)."""
    if conv.reply != source_reply:
        return conv
    route = "|".join(
        [translation.engine, *(translation.pivot or (translation.source, translation.target))]
    )
    hits = tuple(sorted({h.replacement for h in translation.glossary_hits}))
    status = Status("translated", (", ".join(hits), ", ".join(forbidden)))
    return replace(
        conv, reply=translation.text, rendered=translation.text, reply_translation=translation,
        back=translation.back or "", route=route, reply_status=status, gate=None,
    )  # fmt: skip


def check_reply(
    conv: Conversation, reply: str, official_domains: Sequence[str] = ()
) -> tuple[LintIssue, ...]:
    """The copy gate for this conversation's message, form values and template only."""
    from desktop.core.lint import lint_reply

    known = conv.analysis
    return tuple(
        lint_reply(
            reply,
            message=conv.message,
            message_entities=known.entities
            if known is not None and known.entities_complete
            else None,
            # The form's values and the team policy values the reply was rendered with.
            variables={**dict(conv.composed.values if conv.composed else ()), **conv.variables},
            required_missing=conv.required_missing,
            official_domains=official_domains,
            message_sensitive=known.sensitive if known is not None else None,
        )
    )
