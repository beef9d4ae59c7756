"""The conversation steps, headless: what one conversation holds and what each step may change."""

from __future__ import annotations

from dataclasses import fields

from mnemonic import Mnemonic

from desktop.core import session
from desktop.core.compose import ComposedReply
from desktop.core.translate.engine import Translation

TXID = "5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"


class RecordingEngine:
    """A real-shaped engine that returns its input upper-cased and keeps what it was sent."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def translate(self, text: str, source: str, target: str, **kwargs: object) -> Translation:
        self.sent.append(text)
        return Translation(text.upper(), source, target, "test")


def test_a_new_message_drops_everything_derived_from_the_old_one():
    conv = session.new_conversation("a")
    conv = session.take_message(conv, "first message", pasted_at=1.0)
    conv = session.decide(conv, None)
    conv = session.take_message(conv, "second message", pasted_at=2.0)
    assert conv.context == ("first message",)
    assert conv.revision == 2 and conv.analysis is None and conv.incoming is None


def test_secrets_never_reach_the_engine_from_any_path():
    phrase = Mnemonic("english").generate(128)
    engine = RecordingEngine()
    message = f"hola, mis palabras son {phrase}"
    analysis = session.analyse(message)
    session.translate_for_agent(engine, None, message, analysis, "es", "en")
    session.translate_text(engine, None, message, "es", "en")
    session.translate_for_customer(engine, None, f"you wrote {phrase}", "en", "es")
    assert engine.sent and all(phrase.split()[0] + " " + phrase.split()[1] not in s
                               for s in engine.sent)  # fmt: skip


def test_same_language_returns_the_text():
    engine = RecordingEngine()
    out = session.translate_text(engine, None, "hello there", "en", "en")
    assert out.text == "hello there" and engine.sent == []


def test_composed_reply_never_overwrites_the_agents_edit_of_the_same_template():
    conv = session.pick_template(session.new_conversation("a"), "order-issue", {})
    reply = ComposedReply("Rendered", "es", "order-issue", True, False, None, ())
    conv = session.apply_composed(conv, reply)
    assert conv.reply == "Rendered" and not conv.edited
    conv = session.Conversation(**{**{f.name: getattr(conv, f.name) for f in fields(conv)},
                                   "reply": "My own words"})  # fmt: skip
    again = session.apply_composed(conv, ComposedReply("New", "es", "order-issue", True, False,
                                                       None, ()))  # fmt: skip
    assert again.reply == "My own words"
    assert again.reply_status == session.Status("edited-not-applied")


def test_the_gate_uses_this_conversations_form_only():
    message = "Hola, mi depósito no aparece"
    a = session.set_variable(session.take_message(session.new_conversation("a"), message),
                             "txid", TXID)  # fmt: skip
    b = session.take_message(session.new_conversation("b"), message)
    reply = f"Su depósito con TXID {TXID} está en camino."
    assert [i.code for i in session.check_reply(b, reply)] == ["value-changed"]
    assert session.check_reply(a, reply) == ()  # the agent typed it in this conversation


def test_prefill_takes_values_from_the_message():
    from desktop.core import paths
    from desktop.core.templates.library import TemplateLibrary

    library = TemplateLibrary([paths.shipped_dir("templates")])
    template = library.get("deposit-not-credited")
    analysis = session.analyse(f"my deposit TXID {TXID} is missing")
    assert session.prefill(template, analysis)["txid"] == TXID


def test_every_setting_is_read_somewhere():
    """A declared setting that nothing reads is a promise the app does not keep."""
    from desktop.core import config, paths

    code = ""
    for path in (paths.REPO_ROOT / "desktop").rglob("*.py"):
        if path.name != "config.py":
            code += path.read_text(encoding="utf-8")
    unused = [
        f.name
        for f in fields(config.Settings)
        if f.name not in code and f.name != "user_may_override"
    ]  # read by config.load
    assert unused == []


def test_earlier_messages_are_context_by_their_start_only():
    conv = session.take_message(session.new_conversation("a"), "x" * 1_000_000, pasted_at=1.0)
    conv = session.take_message(conv, "hola", pasted_at=2.0)
    assert len(conv.context[0]) == session.CONTEXT_CHARS
