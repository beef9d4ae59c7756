"""The main window offscreen: detection chip, override, shortcuts, plain-text safety, state."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QWidget


def test_typing_a_message_shows_its_language(window, qtbot):
    with qtbot.waitSignal(window.model.detected, timeout=10_000) as blocker:
        qtbot.keyClicks(window.incoming.editor, "Hola, no me ha llegado el retiro de ayer")
    assert blocker.args[1].lang == "es"
    qtbot.waitUntil(lambda: "Spanish" in window.incoming.chip.label.text())
    assert window.incoming.chip.state() == "sure"
    assert window.model.current.lang == "es"


def test_override_wins_over_detection(window, qtbot):
    window.incoming.editor.set_message("Obrigado pela ajuda com o saque")
    with qtbot.waitSignal(window.model.language_decided, timeout=10_000) as blocker:
        window.incoming.chip.set_override("es")
    assert blocker.args[1:] == ["es"]
    assert "set by you" in window.incoming.chip.label.text()
    # Going back to Auto detects again.
    with qtbot.waitSignal(window.model.language_decided, timeout=10_000) as blocker:
        window.incoming.chip.set_override("")
    assert blocker.args[1:] == ["pt"]


def test_paste_and_detect_shortcut_uses_clipboard_plain_text(window, qtbot):
    QGuiApplication.clipboard().setText("Здравствуйте, не пришёл депозит USDT")
    with qtbot.waitSignal(window.model.language_decided, timeout=10_000) as blocker:
        qtbot.keyClick(
            window,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert blocker.args[1:] == ["ru"]
    assert window.incoming.editor.message().startswith("Здравствуйте")


def test_focus_reply_and_copy_shortcuts(window, qtbot):
    window.incoming.editor.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.reply.editor.hasFocus())
    qtbot.keyClicks(window.reply.editor, "Gracias por esperar.")
    with qtbot.waitSignal(window.copied, timeout=2000) as blocker:
        qtbot.keyClick(window.reply.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["Gracias por esperar."]
    assert QGuiApplication.clipboard().text() == "Gracias por esperar."


def test_incoming_is_plain_text_and_shows_invisible_characters(window):
    editor = window.incoming.editor
    assert isinstance(editor, QPlainTextEdit)
    mime = QMimeData()
    mime.setHtml("<b>bold</b><script>x</script>")
    mime.setText("pay\u202eusdt\u200b <b>now</b>")
    editor.insertFromMimeData(mime)
    shown = editor.toPlainText()
    assert "\u202e" not in shown and "\u200b" not in shown
    assert "RLO" in shown and "ZWSP" in shown and "<b>now</b>" in shown
    assert editor.message() == "payusdt <b>now</b>"


def test_ambiguous_message_asks_the_agent(window, qtbot):
    with qtbot.waitSignal(window.model.detected, timeout=10_000) as blocker:
        window.incoming.editor.set_message("ok")
    detection = blocker.args[1]
    if detection.ask:
        qtbot.waitUntil(lambda: window.incoming.chip.state() == "ask")


def test_detection_never_blocks_the_ui_thread(window, qtbot):
    # A 1 MB message: the window keeps processing events while the worker detects.
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(window.model.detected, timeout=20_000):
        window.incoming.editor.setPlainText("Bonjour, mon retrait est bloqué. " * 30_000)
    timer.stop()
    assert ticks, "the event loop did not run while detecting"


def test_geometry_and_splitters_are_remembered(window, qtbot):
    from desktop.ui.app import application, create_window

    window.resize(760, 560)  # the offscreen screen is 800x600
    window.main_split.setSizes([300, 460])
    window.close()
    again = create_window(application([]), ["--lang", "en"])
    qtbot.addWidget(again)
    again.show()
    assert again.size().width() == 760
    sizes = again.main_split.sizes()
    assert abs(sizes[0] - 300) <= 10, sizes


def test_all_panes_are_laid_out_in_splitters(window):
    splitters = window.findChildren(QSplitter)
    names = {s.objectName() for s in splitters}
    assert {"mainSplit", "leftSplit", "rightSplit", "replySplit", "templateSplit"} <= names
    for name in ("incomingEdit", "translationView", "templateList", "replyEdit", "copyButton"):
        assert window.findChild(QWidget, name) is not None, name
