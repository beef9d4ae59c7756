"""History of copied replies in the window: searchable, exported to CSV, secrets redacted;
startup notices for a damaged database."""

from __future__ import annotations

import csv

from mnemonic import Mnemonic


def test_copied_reply_is_searchable_and_exported(window, qtbot, tmp_path):
    window.incoming.editor.set_message("Hola, mi retiro no llegó")
    window.reply.editor.setPlainText("Estimado cliente, lo revisamos ahora.")
    with qtbot.waitSignal(window.copied, timeout=5000):
        window.copy_reply()
    qtbot.waitUntil(lambda: len(window.services.history.search("revisamos")) == 1, timeout=10_000)
    window.open_history()
    dialog = window.history_dialog
    with qtbot.waitSignal(dialog.searched, timeout=5000) as found:
        dialog.search.setText("revisamos")
    assert found.args == [1]
    target = tmp_path / "history.csv"
    with qtbot.waitSignal(dialog.exported, timeout=5000):
        dialog.export_to(target)
    import io

    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0]["reply"] == "Estimado cliente, lo revisamos ahora."
    assert {"response_seconds", "template_id", "edited", "first_contact_resolution"} <= set(rows[0])


def test_secrets_in_the_message_never_reach_the_database(window, qtbot):
    phrase = Mnemonic("english").generate(128)
    window.incoming.editor.set_message(f"my words: {phrase}")
    window.model.save_now(window.model.current_id)
    qtbot.waitUntil(
        lambda: any("REDACTED" in c.incoming for c in window.services.history.open_conversations()),
        timeout=10_000,
    )
    path = window.services.history.path
    data = path.read_bytes() + (
        path.with_name(path.name + "-wal").read_bytes()
        if path.with_name(path.name + "-wal").exists()
        else b""
    )
    assert phrase.split()[0].encode() + b" " + phrase.split()[1].encode() not in data


def test_damaged_history_is_moved_aside_with_a_notice(qtbot):
    from desktop.core import paths
    from desktop.ui.app import application, create_window

    db = paths.data_dir() / "history.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"garbage" * 1000)
    window = create_window(application([]), ["--lang", "en"])
    qtbot.addWidget(window)
    assert "moved aside" in window.statusBar().currentMessage()
    assert window.services.history.open_conversations()  # a fresh conversation was created
