"""Packs dialog against a real local index server (127.0.0.1) and real pack files."""

from __future__ import annotations

import hashlib
import http.server
import json
import shutil
import threading
import time

import pytest

from desktop.ui.packs_dialog import PacksDialog


class _Server(http.server.SimpleHTTPRequestHandler):
    """Static files; `slow` paths trickle out (for cancel), `bad` paths fail with 500."""

    slow: set[str] = set()

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        name = self.path.lstrip("/")
        if name == "broken.argosmodel":
            self.send_error(500, "boom")
            return
        if name in self.slow:
            data = (self.directory_path / name).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                for i in range(0, len(data), 16_384):
                    self.wfile.write(data[i : i + 16_384])
                    time.sleep(0.05)
            except OSError:
                pass  # the client cancelled and closed the connection
            return
        super().do_GET()


@pytest.fixture
def index_server(tmp_path, ui_pack_files):
    root = tmp_path / "www"
    root.mkdir()
    pack = root / "en_es.argosmodel"
    shutil.copy(ui_pack_files["en-es"], pack)
    shutil.copy(ui_pack_files["zh-en"], root / "zh_en.argosmodel")
    shutil.copy(ui_pack_files["es-en"], root / "es_en.argosmodel")
    digest = hashlib.sha256(pack.read_bytes()).hexdigest()

    class Handler(_Server):
        directory_path = root

    handler = lambda *a, **k: Handler(*a, directory=str(root), **k)  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    Handler.slow = {"es_en.argosmodel"}
    entry = {"type": "translate", "package_version": "1.0"}
    (root / "index.json").write_text(json.dumps([
        {**entry, "from_code": "en", "to_code": "es", "links": [f"{base}/en_es.argosmodel"],
         "sha256": digest},
        {**entry, "from_code": "zh", "to_code": "en", "links": [f"{base}/zh_en.argosmodel"],
         "sha256": "0" * 64},
        {**entry, "from_code": "es", "to_code": "en", "links": [f"{base}/es_en.argosmodel"]},
        {**entry, "from_code": "en", "to_code": "ja", "links": [f"{base}/broken.argosmodel"]},
    ]))  # fmt: skip
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield f"{base}/index.json"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def _leftovers(dialog):
    return [p.name for p in dialog.packs_dir.iterdir() if p.name.startswith(".")]


def test_install_from_file_lists_it_and_remove(qtbot, tmp_path, ui_pack_files):
    dialog = PacksDialog(tmp_path / "packs", "http://127.0.0.1:9/none")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        dialog.install_file(ui_pack_files["es-en"])
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 0).text() == "es \u2192 en"
    assert dialog.table.item(0, 1).text() == "1.0"
    assert dialog.table.item(0, 2).text().endswith("MB")
    qtbot.waitUntil(dialog.remove_button.isEnabled)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.changed):
        dialog.remove_selected()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert not any((tmp_path / "packs").iterdir())


def test_bad_file_shows_a_clear_message(qtbot, tmp_path):
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("not a zip")
    dialog = PacksDialog(tmp_path / "packs", "http://127.0.0.1:9/none")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.install_file(bad)
    assert "zip" in dialog.message.text()
    qtbot.waitUntil(dialog.install_button.isEnabled)
    assert not dialog.cancel_button.isVisible()


def test_download_from_index_with_progress(qtbot, tmp_path, index_server):
    dialog = PacksDialog(tmp_path / "packs", index_server)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.index_loaded, timeout=20_000):
        dialog.load_button.click()
    assert dialog.available.count() == 4
    assert dialog.available.item(1).text().startswith("zh-Hans \u2192 en")
    dialog.available.setCurrentRow(0)
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert values and max(values) == 100 and values == sorted(values)
    assert dialog.table.item(0, 0).text() == "en \u2192 es"


def test_checksum_mismatch_and_server_error_install_nothing(qtbot, tmp_path, index_server):
    dialog = PacksDialog(tmp_path / "packs", index_server)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.index_loaded, timeout=20_000):
        dialog.load_index()
    qtbot.waitUntil(dialog.download_button.isEnabled)
    dialog.available.setCurrentRow(1)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.download_selected()
    assert "checksum" in dialog.message.text()
    qtbot.waitUntil(dialog.download_button.isEnabled)
    dialog.available.setCurrentRow(3)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.download_selected()
    assert "500" in dialog.message.text()
    qtbot.waitUntil(dialog.download_button.isEnabled)
    assert list((tmp_path / "packs").iterdir()) == []


def test_cancel_a_download(qtbot, tmp_path, index_server):
    dialog = PacksDialog(tmp_path / "packs", index_server)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.index_loaded, timeout=20_000):
        dialog.load_index()
    qtbot.waitUntil(dialog.download_button.isEnabled)
    dialog.available.setCurrentRow(2)  # served slowly
    dialog.download_selected()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)
    assert not dialog.install_button.isEnabled()
    with qtbot.waitSignal(dialog.idle, timeout=20_000):
        dialog.cancel_button.click()
    assert dialog.message.text() == "Cancelled. Nothing was installed."
    assert dialog.install_button.isEnabled() and not dialog.cancel_button.isVisible()
    assert list((tmp_path / "packs").iterdir()) == []


def test_unreachable_index_is_a_message_not_a_crash(qtbot, tmp_path):
    dialog = PacksDialog(tmp_path / "packs", "http://127.0.0.1:9/index.json")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.load_button.click()
    assert dialog.message.text().startswith("Cannot read the index:")
    qtbot.waitUntil(dialog.load_button.isEnabled)
    dialog.url.setText("file:///etc/passwd")
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.load_button.click()
    assert "http" in dialog.message.text()
