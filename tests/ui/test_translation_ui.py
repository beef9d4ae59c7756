"""Translation in the window: incoming -> agent language with pivot shown, reply -> customer
language with back-translation and alternatives, missing packs offered, nothing blocks."""

from __future__ import annotations

from PySide6.QtCore import QTimer


def test_incoming_is_translated_with_the_pivot_visible(installed_packs, window, qtbot):
    with qtbot.waitSignal(window.model.incoming_translated, timeout=20_000) as blocker:
        window.incoming.editor.set_message("hola, mi retiro no ha llegado")
    translation = blocker.args[1]
    assert translation.pivot == ("es", "en", "zh-Hans")
    assert window.translation.view.toPlainText() == translation.text
    assert "\u63d0\u73b0" in translation.text  # withdrawal
    assert "\u2192" in window.translation.route.text()


def test_reply_goes_out_in_the_customer_language_with_back_translation(
    installed_packs, window, qtbot
):
    with qtbot.waitSignal(window.model.language_decided, timeout=20_000):
        window.incoming.editor.set_message("hola, mi retiro no ha llegado")
    window.reply.editor.setPlainText("\u4f60\u597d \u8c22\u8c22")
    with qtbot.waitSignal(window.model.reply_translated, timeout=20_000):
        window.reply.translate_button.click()
    assert window.reply.editor.toPlainText() == "hola gracias"
    assert window.reply.back.toPlainText() == "\u4f60\u597d \u8c22\u8c22"
    window.reply.editor.undo()  # one undo step returns to what the agent wrote
    assert window.reply.editor.toPlainText() == "\u4f60\u597d \u8c22\u8c22"


def test_missing_pack_is_offered_not_failed(window, qtbot):
    window.incoming.editor.set_message("Merhaba, para çekme işlemim hâlâ beklemede")
    qtbot.waitUntil(lambda: window.translation.install.isVisible(), timeout=20_000)
    status = window.model.current.incoming_status
    assert (status.code, status.args) == ("missing-pack", ("tr", "zh-Hans"))
    assert "pack" in window.translation.notice.text()


def test_ui_stays_responsive_while_translating(installed_packs, window, qtbot):
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(window.model.incoming_translated, timeout=30_000):
        window.incoming.editor.set_message("Hola, mi retiro no ha llegado todavía. " * 300)
    timer.stop()
    assert ticks
