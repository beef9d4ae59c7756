"""Packs dialog against a real local index server and real pack files."""

from __future__ import annotations

import hashlib
import http.server
import json
import threading

import pytest

from desktop.ui.packs_dialog import PacksDialog


@pytest.fixture
def index_server(tmp_path, ui_pack_files):
    import shutil

    root = tmp_path / "www"
    root.mkdir()
    pack = root / "en_es.argosmodel"
    shutil.copy(ui_pack_files["en-es"], pack)
    digest = hashlib.sha256(pack.read_bytes()).hexdigest()
    handler = lambda *a, **k: _Quiet(*a, directory=str(root), **k)  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    (root / "index.json").write_text(json.dumps([
        {"type": "translate", "from_code": "en", "to_code": "es", "package_version": "1.0",
         "links": [f"{base}/en_es.argosmodel"], "sha256": digest}]))  # fmt: skip
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"{base}/index.json"
    httpd.shutdown()
    httpd.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_install_from_file_lists_it(qtbot, tmp_path, ui_pack_files):
    dialog = PacksDialog(tmp_path / "packs", "http://127.0.0.1:9/none")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        dialog.install_file(ui_pack_files["es-en"])
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 0).text() == "es \u2192 en"
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.changed):
        dialog.remove_selected()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)


def test_bad_file_shows_a_clear_message(qtbot, tmp_path):
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("not a zip")
    dialog = PacksDialog(tmp_path / "packs", "http://127.0.0.1:9/none")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.install_file(bad)
    assert "zip" in dialog.message.text()
    assert dialog.install_button.isEnabled()


def test_download_from_index_with_progress(qtbot, tmp_path, index_server):
    dialog = PacksDialog(tmp_path / "packs", index_server)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.index_loaded, timeout=20_000):
        dialog.load_button.click()
    assert dialog.available.count() == 1
    dialog.available.setCurrentRow(0)
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert values and max(values) == 100
