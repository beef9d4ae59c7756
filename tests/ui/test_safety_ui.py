"""The safety banner and the copy gate, driven through the window."""

from __future__ import annotations

from mnemonic import Mnemonic
from PySide6.QtGui import QGuiApplication

ADDR = "0x52908400098527886E0F7030069857D2E4169EE7"


def test_recovery_phrase_raises_a_red_banner(window, qtbot):
    phrase = Mnemonic("english").generate(128)
    with qtbot.waitSignal(window.safety.analysis_ready, timeout=10_000):
        window.incoming.editor.set_message(f"Hi support, my wallet words: {phrase} help!")
    qtbot.waitUntil(lambda: window.safety.banner.isVisible())
    assert window.safety.banner.level() == "danger"
    assert "recovery phrase" in window.safety.banner.label.text()


def test_scam_and_network_hints_are_amber(window, qtbot):
    with qtbot.waitSignal(window.safety.analysis_ready, timeout=10_000):
        window.incoming.editor.set_message(
            f"Support on Telegram told me to send USDT TRC20 to {ADDR}"
        )
    qtbot.waitUntil(lambda: window.safety.banner.isVisible())
    assert window.safety.banner.level() == "warn"
    text = window.safety.banner.label.text()
    assert "Telegram" in text and "TRC-20" in text


def test_copy_gate_blocks_a_changed_address(window, qtbot):
    with qtbot.waitSignal(window.safety.analysis_ready, timeout=10_000):
        window.incoming.editor.set_message(f"I sent 250 USDT to {ADDR}")
    QGuiApplication.clipboard().setText("untouched")
    window.reply.editor.setPlainText(f"We see 250 USDT sent to {ADDR[:-1]}8.")
    with qtbot.waitSignal(window.safety.gate_shown, timeout=5000) as blocker:
        window.reply.copy_button.click()
    dialog = blocker.args[0]
    assert dialog.blocked and not dialog.copy_anyway.isEnabled()
    assert "digit" in dialog.list.item(0).text()
    dialog.reject()
    assert QGuiApplication.clipboard().text() == "untouched"


def test_copy_gate_warning_needs_explicit_override(window, qtbot):
    window.reply.editor.setPlainText("See https://example.org/help for details.")
    with qtbot.waitSignal(window.safety.gate_shown, timeout=5000) as blocker:
        window.copy_reply()
    dialog = blocker.args[0]
    assert not dialog.blocked
    with qtbot.waitSignal(window.copied, timeout=5000):
        dialog.copy_anyway.click()
    assert QGuiApplication.clipboard().text().startswith("See https://example.org")


def test_reply_asking_for_a_secret_cannot_be_copied(window, qtbot):
    window.reply.editor.setPlainText("Please send your recovery phrase so we can verify.")
    with qtbot.waitSignal(window.safety.gate_shown, timeout=5000) as blocker:
        window.copy_reply()
    assert blocker.args[0].blocked
    blocker.args[0].reject()
