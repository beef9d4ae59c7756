"""One regression test per defect of the shared-widget window (issue 12), on the real window."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

WITHDRAWAL = (
    "Hola, hice un retiro de 250 USDT a mi billetera TRC20 "
    "TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW hace 3 horas y todavía no llega. ¿Qué pasa?"
)
DEPOSIT = "Hola, mi depósito de 0.5 ETH no aparece en mi cuenta"
TXID = "5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _paste(window, qtbot, text):
    QGuiApplication.clipboard().setText(text)
    with qtbot.waitSignal(window.model.analysed, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_V, CTRL | SHIFT)


def _idle(window, qtbot):
    qtbot.waitUntil(lambda: not window.model.busy, timeout=30_000)


def test_keyboard_scenario_never_copies_the_previous_customers_reply(window, qtbot):
    qtbot.waitUntil(lambda: window.compose.library is not None, timeout=15_000)
    _paste(window, qtbot, WITHDRAWAL)
    _idle(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    qtbot.keyClick(window.templates.search, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.model.composed, timeout=20_000) as composed:
        qtbot.keyClick(window.templates.list, Qt.Key.Key_Return)
    assert composed.args[1].template_id == "withdrawal-pending"
    qtbot.keyClick(QGuiApplication.focusWindow() and window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget().objectName() == "var_order_id"
    with qtbot.waitSignal(window.model.composed, timeout=20_000):
        qtbot.keyClicks(window.focusWidget(), "7731982045")
    _idle(window, qtbot)
    with qtbot.waitSignal(window.copied, timeout=10_000) as first:
        qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)
    assert "7731982045" in first.args[0] and "250" in first.args[0]

    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    _paste(window, qtbot, DEPOSIT)
    _idle(window, qtbot)
    copies = []
    window.copied.connect(copies.append)
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)
    _idle(window, qtbot)
    assert copies == [] and window.reply.editor.toPlainText() == ""
    assert "Nothing to copy" in window.reply.status.text()
    assert window.templates.form.rowCount() == 0  # no form of the other customer's template


def test_the_gate_never_uses_another_tabs_form(window, qtbot):
    qtbot.waitUntil(lambda: window.compose.library is not None, timeout=15_000)
    window.model.pick(window.model.current_id, "deposit-not-credited")
    _idle(window, qtbot)
    window.compose.fields["txid"].setText(TXID)
    _idle(window, qtbot)
    window.new_action.trigger()
    _paste(window, qtbot, DEPOSIT)
    _idle(window, qtbot)
    window.reply.editor.setPlainText(f"Su depósito con TXID {TXID} está en camino.")
    with qtbot.waitSignal(window.reply_view.checked, timeout=10_000) as checked:
        window.copy_reply()
    assert "value-changed" in [i.code for i in checked.args[0]]


def test_closing_the_last_tab_leaves_a_truly_empty_conversation(installed_packs, window, qtbot):
    _paste(window, qtbot, "hola, mi retiro no ha llegado")
    _idle(window, qtbot)
    assert window.translation.view.toPlainText()
    window.close_conv_action.trigger()
    _idle(window, qtbot)
    assert window.incoming.editor.toPlainText() == ""
    assert window.incoming.chip.state() == "pending"
    assert window.translation.view.toPlainText() == "" and window.translation.route.text() == ""
    assert window.tabs.count() == 1


def test_no_stale_route_back_translation_or_template_in_a_new_conversation(
    installed_packs, window, qtbot
):
    _paste(window, qtbot, "hola, mi retiro no ha llegado")
    _idle(window, qtbot)
    window.reply.editor.setPlainText("\u4f60\u597d \u8c22\u8c22")
    with qtbot.waitSignal(window.model.reply_translated, timeout=20_000):
        window.reply.translate_button.click()
    assert window.reply.target.text() and window.reply.back.toPlainText()
    window.new_action.trigger()
    assert window.reply.target.text() == "" and window.reply.back.toPlainText() == ""
    assert not window.reply.alternatives.isVisible()
    assert window.templates.list.currentRow() == -1 and window.templates.form.rowCount() == 0


def test_history_records_the_template(window, qtbot):
    qtbot.waitUntil(lambda: window.compose.library is not None, timeout=15_000)
    _paste(window, qtbot, WITHDRAWAL)
    with qtbot.waitSignal(window.model.composed, timeout=20_000):
        window.model.pick(window.model.current_id, "general-thanks")
    _idle(window, qtbot)
    with qtbot.waitSignal(window.copied, timeout=10_000):
        window.copy_reply()
    qtbot.waitUntil(lambda: bool(window.services.history.search("")), timeout=10_000)
    assert window.services.history.search("")[0].template_id == "general-thanks"


def test_a_failed_step_is_shown_and_logged_without_customer_text(window, qtbot):
    from desktop.core import logs

    log_file = logs.setup()

    def broken(*_args, **_kwargs):
        raise RuntimeError("model exploded on " + DEPOSIT)

    window.services.detector.detect = broken
    _paste(window, qtbot, DEPOSIT)
    qtbot.waitUntil(lambda: "detection failed" in window.statusBar().currentMessage().lower())
    text = log_file.read_text(encoding="utf-8")
    assert "detect failed: RuntimeError" in text
    assert "depósito" not in text and "0.5 ETH" not in text


def test_screenshot_uses_a_throwaway_profile(tmp_path, isolated_dirs):
    from desktop.core import paths
    from desktop.core.history import HistoryStore

    store = HistoryStore(paths.data_dir() / "history.sqlite3", redact=lambda t: t)
    conv = store.new_conversation()
    from dataclasses import replace

    store.save_conversation(replace(conv, incoming="the user's own customer", draft="draft"))
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "desktop", "screenshot", str(tmp_path / "s.png"),
                    "--state", "demo", "--lang", "en"], env=env, check=True, timeout=180,
                   capture_output=True)  # fmt: skip
    with sqlite3.connect(paths.data_dir() / "history.sqlite3") as db:
        rows = db.execute("SELECT incoming, draft FROM conversations WHERE open=1").fetchall()
    assert rows == [("the user's own customer", "draft")]


def test_packs_dialog_late_signal_of_an_earlier_operation_touches_nothing(qtbot, tmp_path):
    from desktop.ui.packs_dialog import PacksDialog

    dialog = PacksDialog(tmp_path, "http://127.0.0.1:9/index.json")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: True)
    release = threading.Event()

    def slow(ctx, *_args):
        release.wait(10)
        return []

    def downloading(ctx, *_args):
        while not ctx.cancelled:
            ctx.cancel_event.wait(0.05)

    dialog._start(slow, success=lambda _r: None, failure=lambda _e: None, progress=False)
    first = dialog._op
    dialog._start(downloading, success=lambda _r: None, failure=lambda _e: None, progress=True)
    second = dialog._op
    release.set()
    qtbot.waitUntil(lambda: first.done.is_set(), timeout=10_000)
    qtbot.waitUntil(lambda: True)
    assert dialog._op is second and not dialog.cancel_button.isHidden()
    assert not dialog.download_button.isEnabled()  # still busy with the download
    with qtbot.waitSignal(dialog.idle, timeout=10_000):
        dialog.cancel()
    assert second.cancelled
