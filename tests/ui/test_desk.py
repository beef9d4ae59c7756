"""Desk workflow: IME-safe shortcuts, compact always-on-top mode, clipboard watch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication


def _compose(widget, preedit: str) -> None:
    QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))


def _commit(widget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_copy_shortcut_does_not_fire_while_pinyin_is_composing(window, qtbot):
    reply = window.reply.editor
    reply.setFocus()
    qtbot.waitUntil(reply.hasFocus)
    reply.setPlainText("您好")
    copies = []
    window.copied.connect(copies.append)
    _compose(reply, "nihao")
    assert window.ime.composing
    qtbot.keyClick(reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.copy_reply()  # even a direct trigger is refused mid-composition
    assert copies == []
    _commit(reply, "你好")
    assert not window.ime.composing
    assert "你好" in reply.toPlainText()
    qtbot.keyClick(reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(copies))  # the copy gate checks the reply in a worker
    assert "你好" in copies[0]


def test_paste_shortcut_waits_for_kana_composition(window, qtbot):
    editor = window.incoming.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    QGuiApplication.clipboard().setText("Bonjour, mon dépôt n'est pas arrivé")
    _compose(editor, "かな")
    qtbot.keyClick(
        window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Bonjour" not in editor.toPlainText()
    _commit(editor, "")
    with qtbot.waitSignal(window.model.language_decided, timeout=10_000) as blocker:
        qtbot.keyClick(
            window,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert blocker.args[1:] == ["fr"]


def test_compact_mode_is_small_on_top_and_reversible(window, qtbot):
    window.resize(780, 580)
    qtbot.waitUntil(lambda: window.width() == 780)
    window.compact_action.trigger()
    assert window.compact_action.isChecked()
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert not window.templates.isVisible() and not window.translation.isVisible()
    assert window.incoming.isVisible() and window.reply.copy_button.isVisible()
    assert window.width() <= 500
    window.compact_action.trigger()
    assert not (window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)
    assert window.templates.isVisible()
    qtbot.waitUntil(lambda: window.width() == 780)


def test_clipboard_watch_picks_up_customer_text_but_not_our_reply(window, qtbot):
    window.watch_action.trigger()
    assert window.clipboard_watch.enabled
    with qtbot.waitSignal(window.model.language_decided, timeout=10_000) as blocker:
        QGuiApplication.clipboard().setText("Merhaba, para çekme işlemim hala beklemede")
    assert blocker.args[1:] == ["tr"]
    window.reply.editor.setPlainText("Merhaba, kontrol ediyoruz.")
    window.copy_reply()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "Merhaba, kontrol ediyoruz.")
    assert "Merhaba, para" in window.incoming.editor.toPlainText()
    window.watch_action.trigger()
    QGuiApplication.clipboard().setText("Hola, otro mensaje")
    assert "Hola" not in window.incoming.editor.toPlainText()
