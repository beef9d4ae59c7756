"""Glossary terms highlighted in the message with tooltips; approved terms in translations."""

from __future__ import annotations


def test_terms_are_highlighted_with_a_tooltip(window, qtbot):
    with qtbot.waitSignal(window.services.glossary_loaded, timeout=10_000):
        window.services.load_glossary()
    window.incoming.editor.set_message("Mi retiro de USDT por TRC-20 no llega")
    highlighter = window.highlighters[0]
    qtbot.waitUntil(lambda: bool(window.incoming.editor.document().firstBlock().layout().formats()))
    formats = window.incoming.editor.document().firstBlock().layout().formats()
    starts = sorted(f.start for f in formats)
    assert starts == [3, 13, 22]  # retiro, USDT, TRC-20
    tip = highlighter.tooltip_at("Mi retiro de USDT", 5)
    assert "\u63d0\u73b0" in tip  # the agent (zh-Hans) sees the approved Chinese term
    assert "do not translate" in highlighter.tooltip_at("Mi retiro de USDT", 14)
    assert highlighter.tooltip_at("Mi retiro <b>x</b>", 1) is None


def test_forbidden_term_is_marked(window, qtbot):
    with qtbot.waitSignal(window.services.glossary_loaded, timeout=10_000):
        window.services.load_glossary()
    hl = window.highlighters[2]  # the reply editor
    assert "Forbidden" in hl.tooltip_at("请不要泄露种子", 5)
