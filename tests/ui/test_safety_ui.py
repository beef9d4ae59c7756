"""The safety banner and the copy gate: on their own with qtbot, and driven through the window."""

from __future__ import annotations

import pytest
from mnemonic import Mnemonic
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.core.analysis import analyse
from desktop.core.lint import LintIssue, lint_reply
from desktop.ui.copy_gate import CopyGateDialog
from desktop.ui.safety_banner import SafetyBanner
from tests.core import vectors as v


@pytest.fixture(autouse=True)
def _same_vectors_every_run(request: pytest.FixtureRequest) -> None:
    v.reseed(request.node.nodeid)


ADDR = "0x52908400098527886E0F7030069857D2E4169EE7"


def _banner(qtbot):
    banner = SafetyBanner()
    qtbot.addWidget(banner)
    return banner


def test_banner_for_a_recovery_phrase_is_red_and_offers_the_security_reply(qtbot):
    banner = _banner(qtbot)
    phrase = Mnemonic("spanish").generate(128)
    banner.show_analysis(analyse(f"mi frase: {phrase}"))
    assert banner.isVisible() and banner.level() == "danger"
    assert "recovery phrase" in banner.label.text()
    assert phrase.split()[0] not in banner.label.text()  # never shows the secret
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    with qtbot.waitSignal(banner.template_requested, timeout=2000) as blocker:
        qtbot.mouseClick(banner.template_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["seed-phrase-exposed"]
    with qtbot.waitSignal(banner.dismissed, timeout=2000):
        qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_banner_near_miss_and_private_key(qtbot):
    banner = _banner(qtbot)
    words = Mnemonic("english").generate(128).split()
    banner.show_analysis(analyse(" ".join(words[:11])))
    assert banner.level() == "danger" and "a word off or missing" in banner.label.text()
    banner.show_analysis(analyse(f"my key {v.wif()}"))
    assert banner.level() == "danger" and "private key" in banner.label.text()


def test_banner_for_scams_and_network_mistakes_is_amber(qtbot):
    banner = _banner(qtbot)
    text = f"Support on Telegram said: install AnyDesk and send USDT TRC20 to {ADDR}"
    banner.show_analysis(analyse(text, ("binance.com",)))
    assert banner.isVisible() and banner.level() == "warn"
    body = banner.label.text()
    assert "Telegram" in body and "AnyDesk" in body and "TRC-20" in body
    assert not banner.template_button.isVisible()
    bad = v.flip(v.tron(), v.B58)
    banner.show_analysis(analyse(f"USDT BEP20 to {bad}"))
    assert "BEP20 was mentioned with a TRON address" in banner.label.text()
    assert "fails its checksum" in banner.label.text()
    banner.show_analysis(analyse("Hola, ¿dónde está mi retiro?"))
    assert not banner.isVisible()


def test_gate_with_errors_offers_no_override(qtbot):
    issues = lint_reply(f"Please send your recovery phrase. Sent to {ADDR[:-1]}0.",
                        message=f"sent to {ADDR}")  # fmt: skip
    dialog = CopyGateDialog(issues)
    qtbot.addWidget(dialog)
    assert dialog.blocked and not dialog.copy_anyway.isEnabled()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("asks for a secret" in t for t in texts)
    assert any(t.startswith("Error: Address 0x") and "digit" in t for t in texts)
    dialog._copy_anyway()  # even if something triggers it, an error is never overridden
    with qtbot.waitSignal(dialog.decided, timeout=2000) as blocker:
        dialog.reject()
    assert blocker.args == ["cancel"] and dialog.decision == "cancel"


def test_gate_warning_needs_an_explicit_click_and_enter_does_not_copy(qtbot):
    issues = [LintIssue("link-not-allowed", "warning", ("https://example.org",))]
    dialog = CopyGateDialog(issues)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.blocked and dialog.copy_anyway.isEnabled()
    with qtbot.waitSignal(dialog.decided, timeout=2000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert blocker.args == ["cancel"]
    dialog = CopyGateDialog(issues)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.decided, timeout=2000) as blocker:
        qtbot.mouseClick(dialog.copy_anyway, Qt.MouseButton.LeftButton)
    assert blocker.args == ["copy"] and dialog.result() == dialog.DialogCode.Accepted


def test_every_issue_code_has_words(qtbot):
    codes = ["value-changed", "value-broken", "unknown-number", "unresolved-placeholder",
             "required-empty", "asks-for-secret", "link-not-allowed", "lookalike-link",
             "echoes-secret", "redaction-marker"]  # fmt: skip
    dialog = CopyGateDialog([LintIssue(c, "warning", ("x%2", "y")) for c in codes])
    qtbot.addWidget(dialog)
    for i, code in enumerate(codes):
        text = dialog.list.item(i).text()
        assert code not in text and "%1" not in text, text


def test_recovery_phrase_raises_a_red_banner_in_the_window(window, qtbot):
    phrase = Mnemonic("english").generate(128)
    with qtbot.waitSignal(window.model.analysed, timeout=10_000):
        window.incoming.editor.set_message(f"Hi support, my wallet words: {phrase} help!")
    qtbot.waitUntil(lambda: window.message_view.banner.isVisible())
    assert window.message_view.banner.level() == "danger"
    assert "recovery phrase" in window.message_view.banner.label.text()


def test_scam_and_network_hints_are_amber_in_the_window(window, qtbot):
    with qtbot.waitSignal(window.model.analysed, timeout=10_000):
        window.incoming.editor.set_message(
            f"Support on Telegram told me to send USDT TRC20 to {ADDR}"
        )
    qtbot.waitUntil(lambda: window.message_view.banner.isVisible())
    assert window.message_view.banner.level() == "warn"
    text = window.message_view.banner.label.text()
    assert "Telegram" in text and "TRC-20" in text


def test_copy_gate_blocks_a_changed_address(window, qtbot):
    with qtbot.waitSignal(window.model.analysed, timeout=10_000):
        window.incoming.editor.set_message(f"I sent 250 USDT to {ADDR}")
    QGuiApplication.clipboard().setText("untouched")
    window.reply.editor.setPlainText(f"We see 250 USDT sent to {ADDR[:-1]}8.")
    with qtbot.waitSignal(window.reply_view.gate_shown, timeout=5000) as blocker:
        window.reply.copy_button.click()
    dialog = blocker.args[0]
    assert dialog.blocked and not dialog.copy_anyway.isEnabled()
    assert "digit" in dialog.list.item(0).text()
    dialog.reject()
    assert QGuiApplication.clipboard().text() == "untouched"


def test_copy_gate_warning_needs_explicit_override(window, qtbot):
    window.reply.editor.setPlainText("See https://example.org/help for details.")
    with qtbot.waitSignal(window.reply_view.gate_shown, timeout=5000) as blocker:
        window.copy_reply()
    dialog = blocker.args[0]
    assert not dialog.blocked
    with qtbot.waitSignal(window.copied, timeout=5000):
        dialog.copy_anyway.click()
    assert QGuiApplication.clipboard().text().startswith("See https://example.org")


def test_reply_asking_for_a_secret_cannot_be_copied(window, qtbot):
    window.reply.editor.setPlainText("Please send your recovery phrase so we can verify.")
    with qtbot.waitSignal(window.reply_view.gate_shown, timeout=5000) as blocker:
        window.copy_reply()
    assert blocker.args[0].blocked
    blocker.args[0].reject()


def test_a_long_reply_is_checked_without_freezing_the_window(window, qtbot):
    from PySide6.QtCore import QElapsedTimer

    window.reply.editor.setPlainText("Estimado cliente, lo revisamos. " * 10_000)  # 320 KB
    with qtbot.waitSignal(window.copied, timeout=60_000):
        clock = QElapsedTimer()
        clock.start()
        window.copy_reply()
        assert clock.elapsed() < 1000  # back at once: the check runs in a worker
        assert window.reply_view.checking and not window.reply.copy_button.isEnabled()
        window.copy_reply()  # a second press while checking is ignored
    assert window.reply.copy_button.isEnabled() and not window.reply_view.checking
    assert QGuiApplication.clipboard().text().startswith("Estimado cliente")


def test_a_reply_edited_while_it_is_checked_is_not_copied(window, qtbot):
    copies: list[str] = []
    window.copied.connect(copies.append)
    window.reply.editor.setPlainText("Hola, lo revisamos. " * 5_000)
    with qtbot.waitSignal(window.reply_view.checked, timeout=60_000):
        window.copy_reply()
        window.reply.editor.setPlainText("Otra respuesta")
    assert copies == []
    assert "press Copy again" in window.reply.status.text()
    assert window.reply.copy_button.isEnabled()
