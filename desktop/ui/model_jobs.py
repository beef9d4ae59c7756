"""What the conversation model runs in workers: each calls one core step, never a widget."""

from __future__ import annotations

from typing import Any

from desktop.core import session as core
from desktop.core.session import Conversation


def analyse(ctx: Any, message: str, domains: tuple[str, ...]) -> Any:
    return core.analyse(message, domains)


def detect(ctx: Any, detector: Any, conv: Conversation) -> Any:
    return core.detect(detector, conv)


def translate_incoming(
    ctx: Any, engine: Any, glossary: Any, conv: Conversation, agent_lang: str
) -> Any:
    return core.translate_for_agent(engine, glossary, conv.message, conv.analysis, conv.lang,
                                    agent_lang, cancel=ctx.cancel_event)  # fmt: skip


def suggest(ctx: Any, library: Any, conv: Conversation) -> Any:
    return core.suggest_for(library, conv)


def compose(
    ctx: Any, renderer: Any, engine: Any, conv: Conversation, agent_lang: str, agent_name: str,
    team_name: str, glossary: Any, extra: dict[str, Any],
) -> Any:  # fmt: skip
    return core.compose_reply(renderer, engine, conv, agent_lang, agent_name=agent_name,
                              team_name=team_name, glossary=glossary,
                              cancel=ctx.cancel_event, extra=extra)  # fmt: skip


def translate_reply(
    ctx: Any, engine: Any, glossary: Any, reply: str, agent_lang: str, customer_lang: str
) -> Any:
    translation, forbidden = core.translate_for_customer(
        engine, glossary, reply, agent_lang, customer_lang, cancel=ctx.cancel_event
    )
    return reply, translation, forbidden


def check(ctx: Any, conv: Conversation, reply: str, domains: tuple[str, ...]) -> Any:
    return core.check_reply(conv, reply, domains)


def save(ctx: Any, store: Any, record: Any) -> None:
    store.save_conversation(record)


def record_pick(ctx: Any, conv: Conversation) -> None:
    """The agent used this template for this message: the suggester learns its features."""
    from desktop.core.suggest.suggester import default_suggester

    default_suggester().record_pick(
        conv.message[: core.SUGGEST_TEXT_LIMIT], conv.template_id, **core.suggest_cues(conv)
    )


def clear_picks(ctx: Any) -> None:
    from desktop.core.suggest.suggester import default_suggester

    default_suggester().clear_picks()


def save_and_close(ctx: Any, store: Any, record: Any) -> None:
    store.save_conversation(record)
    store.close_conversation(record.id)


def record_copy(
    ctx: Any, store: Any, record: Any, reply: str, agent_lang: str, rendered: str
) -> Any:
    return store.record_copy(record, reply, agent_lang=agent_lang, rendered=rendered)
