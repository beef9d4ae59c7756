"""The compose flow in the window: suggestions, prefilled form, reply in the customer's
language with approved safety sentences, back-translation, and a clean copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

TXID = "5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"


def test_message_to_copied_reply_from_the_keyboard(installed_packs, window, qtbot):
    flow = window.compose
    qtbot.waitUntil(lambda: flow.library is not None, timeout=10_000)
    with qtbot.waitSignal(flow.suggestions_shown, timeout=20_000) as shown:
        window.incoming.editor.set_message(f"Hola, mi depósito no llegó. TXID {TXID}")
    assert shown.args[0][0] == "deposit-not-credited"
    qtbot.waitUntil(lambda: window.model.current.lang == "es", timeout=10_000)
    window.templates.list.setFocus()
    window.templates.list.setCurrentRow(0)
    with qtbot.waitSignal(flow.composed, timeout=20_000) as done:
        qtbot.keyClick(window.templates.list, Qt.Key.Key_Return)
    reply = done.args[0]
    assert flow.fields["txid"].text() == TXID  # prefilled from the message
    assert reply.lang == "es" and reply.native  # the common categories ship a Spanish body
    text = window.reply.editor.toPlainText()
    assert TXID in text
    assert flow.renderer.locked_text("never-share-secrets", "es") in text
    with qtbot.waitSignal(window.copied, timeout=5000):
        qtbot.keyClick(window.reply.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == text


def test_type_ahead_search_in_the_agent_language(window, qtbot):
    flow = window.compose
    qtbot.waitUntil(lambda: flow.library is not None, timeout=10_000)
    window.templates.search.setText("提现")
    titles = [window.templates.list.item(i).text() for i in range(window.templates.list.count())]
    assert {"\u63d0\u73b0\u5904\u7406\u4e2d", "\u63d0\u73b0\u5931\u8d25"} <= set(
        titles
    )  # the agent works in zh-Hans


def test_agent_edits_are_not_overwritten(window, qtbot):
    flow = window.compose
    qtbot.waitUntil(lambda: flow.library is not None, timeout=10_000)
    with qtbot.waitSignal(flow.composed, timeout=20_000):
        flow.pick("order-issue")
    window.reply.editor.setPlainText("My own words")
    flow.fields["order_id"].setText("7731982045")
    flow.compose_now()
    qtbot.waitUntil(lambda: "edited" in window.reply.status.text(), timeout=10_000)
    assert window.reply.editor.toPlainText() == "My own words"


def test_form_validation_marks_a_bad_txid(window, qtbot):
    flow = window.compose
    qtbot.waitUntil(lambda: flow.library is not None, timeout=10_000)
    flow.pick("deposit-not-credited")
    flow.fields["txid"].setText("not-a-hash")
    assert flow.validate() == ["txid"]
    assert flow.fields["txid"].property("invalid") is True
    flow.fields["txid"].setText(TXID)
    assert flow.validate() == []


def test_templates_reload_when_a_file_changes(window, qtbot, tmp_path):
    import shutil

    from desktop.core import paths

    flow = window.compose
    qtbot.waitUntil(lambda: flow.library is not None, timeout=10_000)
    user = paths.data_dir() / "templates"
    shutil.copytree(paths.shipped_dir("templates") / "general-thanks", user / "general-thanks")
    meta = user / "general-thanks" / "general-thanks.toml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace(
            'zh-Hans = "感谢与结束语"', 'zh-Hans = "团队版感谢"'
        ),
        encoding="utf-8",
    )
    with qtbot.waitSignal(flow.templates_ready, timeout=15_000):
        flow.check_reload()
    assert flow.library.get("general-thanks").layer == user
    assert flow.library.get("general-thanks").title("zh-Hans") == "团队版感谢"


def test_a_sure_top_suggestion_is_preselected_and_one_key_accepts_it(window, qtbot):
    from desktop.core.suggest.suggester import PRESELECT_SCORE

    flow = window.compose
    qtbot.waitUntil(lambda: flow.library is not None, timeout=15_000)
    with qtbot.waitSignal(flow.suggestions_shown, timeout=20_000) as shown:
        window.message_view.take_message(
            "Hola, hice un retiro de 250 USDT hace 3 horas y todavía no llega a mi billetera"
        )
    top = window.model.current.suggestions[0]
    assert shown.args[0][0] == top.template_id
    if top.score >= PRESELECT_SCORE:
        assert window.templates.list.currentRow() == 0
        assert window.model.current.template_id == ""  # shown, not picked yet
    assert "Score" in window.templates.list.item(0).toolTip()
    window.focus_template_search()
    with qtbot.waitSignal(window.model.composed, timeout=20_000):
        qtbot.keyClick(window.templates.search, Qt.Key.Key_Return)
    assert window.model.current.template_id == top.template_id


def test_settings_forget_what_suggestions_learned(window, qtbot):
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.config, window)
    qtbot.addWidget(dialog)
    dialog.forget_picks.click()
    qtbot.waitUntil(lambda: dialog.forget_picks.text() == "Forgotten", timeout=10_000)
