"""Produce a reply in the customer's language from a template.

Native body when the template has one; otherwise render in English and machine-translate the
unlocked parts, keeping each locked safety sentence in its approved wording for that language.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.languages import content_code
from desktop.core.templates.render import Renderer, split_locked, strip_markers
from desktop.core.translate.protect import Span


@dataclass(frozen=True)
class ComposedReply:
    text: str
    lang: str
    template_id: str
    native: bool
    machine_translated: bool
    back: str | None
    missing: tuple[str, ...]
    warnings: tuple[str, ...] = ()  # locked-not-approved, back-unavailable, mt-unavailable
    # The values in the reply: the form's, plus team policy defaults (for the copy gate).
    values: tuple[tuple[str, str], ...] = ()


def _value_spans(text: str, variables: Mapping[str, str]) -> list[Span]:
    """The form's values pass through MT unchanged, whatever they look like (IDs, names)."""
    spans = []
    for value in sorted({v for v in variables.values() if v and v.strip()}, key=len, reverse=True):
        start = text.find(value)
        while start != -1:
            spans.append(Span(start, start + len(value), value, "variable"))
            start = text.find(value, start + len(value))
    return spans


def compose(
    renderer: Renderer,
    engine: Any,
    template_id: str,
    customer_lang: str,
    agent_lang: str,
    variables: Mapping[str, str],
    *,
    agent_name: str = "",
    team_name: str = "",
    cancel: threading.Event | None = None,
    glossary: Any = None,
    customer_zone: str = "",
    policy: Mapping[str, str] | None = None,
) -> ComposedReply:
    """`glossary` is (Glossary, Matcher): approved terms and DNT tokens are enforced in MT.
    `customer_zone` (UTC offset or time zone, "" unknown) picks the greeting; `policy` (the team
    profile's `[policy]` table) fills variables the form left empty."""
    from desktop.core.translate.engine import MissingPackError

    lang = content_code(customer_lang)
    agent = content_code(agent_lang)
    rendered = renderer.render(template_id, lang, variables, agent_name=agent_name,
                               team_name=team_name, customer_zone=customer_zone,
                               policy=policy)  # fmt: skip
    variables = {**dict(policy or {}), **variables}  # policy values pass through MT unchanged
    warnings: list[str] = []
    if rendered.native:
        text = strip_markers(rendered.text)
        machine = False
    else:
        parts = []
        machine = True
        for segment in split_locked(rendered.text):
            if segment.locked:
                approved = renderer.locked_text(segment.key, lang)
                if approved is None:
                    warnings.append("locked-not-approved")
                    approved = segment.text
                parts.append(approved)
            elif segment.text.strip():
                spans = _value_spans(segment.text, variables)
                if glossary is not None:
                    from desktop.core.glossary.protect import mt_spans

                    spans += mt_spans(glossary[0], glossary[1], segment.text, rendered.lang, lang)
                try:
                    translated = engine.translate(
                        segment.text, rendered.lang, lang, spans=spans, cancel=cancel
                    )
                except MissingPackError:
                    warnings.append("mt-unavailable")
                    english = strip_markers(rendered.text)
                    return ComposedReply(english, rendered.lang, template_id, False, False, None,
                                         rendered.missing, tuple(warnings),
                                         tuple(variables.items()))  # fmt: skip
                lead = segment.text[: len(segment.text) - len(segment.text.lstrip())]
                trail = segment.text[len(segment.text.rstrip()) :]
                parts.append(lead + translated.text + trail)
            else:
                parts.append(segment.text)
        text = "".join(parts)
    back = None
    if lang != agent:
        try:
            back = engine.translate(text, lang, agent, cancel=cancel).text
        except MissingPackError:
            warnings.append("back-unavailable")
    return ComposedReply(text, lang, template_id, rendered.native, machine, back,
                         rendered.missing, tuple(warnings), tuple(variables.items()))  # fmt: skip
