"""Downloads from an index served by a real http.server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import BadInputError
from desktop.core.translate.packindex import DownloadError, download, fetch_index
from desktop.core.translate.packs import Cancelled, list_installed
from tests.packbuilder import build_word_pack


class _Handler(http.server.SimpleHTTPRequestHandler):
    broken: set[str] = set()
    token: str | None = None

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        if self.token and self.headers.get("Authorization") != f"Bearer {self.token}":
            self.send_error(401, "token required")
            return
        if self.path.lstrip("/") in self.broken:
            data = Path(self.translate_path(self.path)).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 3])  # then the server dies mid-download
            self.wfile.flush()
            self.connection.close()
            return
        if self.path == "/error.argosmodel":
            self.send_error(500, "boom")
            return
        super().do_GET()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    root = tmp_path / "www"
    root.mkdir()
    handler = lambda *a, **k: _Handler(*a, directory=str(root), **k)  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", root
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
        _Handler.broken = set()
        _Handler.token = None


def _publish(root: Path, base: str, sha_ok: bool = True) -> str:
    pack = build_word_pack(root, "en", "es", {"hello": "hola"})
    digest = hashlib.sha256(pack.read_bytes()).hexdigest() if sha_ok else "0" * 64
    index = [{"type": "translate", "from_code": "en", "to_code": "es", "package_version": "1.0",
              "links": [f"{base}/{pack.name}"], "sha256": digest},
             {"type": "translate", "from_code": "es", "to_code": "zh", "package_version": "2.0",
              "links": [f"{base}/error.argosmodel"]},
             {"type": "translate", "from_code": "en", "to_code": "ja", "package_version": "1.0",
              "links": [f"{base}/error.argosmodel", f"{base}/{pack.name}"]}]  # fmt: skip
    (root / "index.json").write_text(json.dumps(index))
    return f"{base}/index.json"


def test_index_download_with_progress_and_checksum(server, tmp_path):
    base, root = server
    entries = fetch_index(_publish(root, base))
    assert [e.code for e in entries] == ["en-es", "es-zh-Hans", "en-ja"]
    steps: list[float] = []
    pack = download(tmp_path / "packs", entries[0], progress=lambda f, m: steps.append(f))
    assert pack.code == "en-es"
    assert steps[-1] == 1.0 and steps == sorted(steps)
    assert [p.name for p in (tmp_path / "packs").iterdir()] == ["en_es"]


def test_the_next_link_is_tried_when_a_mirror_fails(server, tmp_path):
    base, root = server
    entries = fetch_index(_publish(root, base))
    assert download(tmp_path / "packs", entries[2]).code == "en-es"  # (the file is en->es)


def test_checksum_mismatch_installs_nothing(server, tmp_path):
    base, root = server
    entries = fetch_index(_publish(root, base, sha_ok=False))
    with pytest.raises(DownloadError, match="checksum"):
        download(tmp_path / "packs", entries[0])
    assert list_installed(tmp_path / "packs") == []
    assert list((tmp_path / "packs").iterdir()) == []


def test_server_error_and_cut_connection_leave_nothing(server, tmp_path):
    base, root = server
    entries = fetch_index(_publish(root, base))
    with pytest.raises(DownloadError, match="HTTP 500"):
        download(tmp_path / "packs", entries[1])
    _Handler.broken = {Path(entries[0].links[0]).name}
    with pytest.raises(DownloadError):
        download(tmp_path / "packs", entries[0])
    assert list((tmp_path / "packs").iterdir()) == []


def test_cancel_mid_download(server, tmp_path):
    base, root = server
    entries = fetch_index(_publish(root, base))
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        download(tmp_path / "packs", entries[0], progress=lambda f, m: cancel.set(), cancel=cancel)
    assert list((tmp_path / "packs").iterdir()) == []


def test_bad_indexes_are_clear_errors_or_filtered(server):
    base, root = server
    (root / "obj.json").write_text('{"packages": []}')
    (root / "junk.json").write_text("<html>captive portal</html>")
    (root / "mixed.json").write_text(json.dumps([
        "nonsense", {"from_code": "en"}, {"from_code": 1, "to_code": "es", "links": ["http://x"]},
        {"from_code": "en", "to_code": "es", "links": ["file:///etc/passwd"]},
        {"from_code": "en", "to_code": "../..", "links": [f"{base}/x"]},
        {"type": "sbd", "from_code": "en", "to_code": "es", "links": [f"{base}/x"]},
        {"from_code": "en", "to_code": "de", "links": [f"{base}/x"], "sha256": "nothex",
         "size": "big"},
    ]))  # fmt: skip
    with pytest.raises(DownloadError, match="not a list"):
        fetch_index(f"{base}/obj.json")
    with pytest.raises(DownloadError, match="not valid JSON"):
        fetch_index(f"{base}/junk.json")
    (only,) = fetch_index(f"{base}/mixed.json")
    assert (only.code, only.sha256, only.size) == ("en-de", None, None)
    with pytest.raises(DownloadError, match="HTTP 404"):
        fetch_index(f"{base}/missing.json")
    with pytest.raises(BadInputError, match="http"):
        fetch_index("file:///etc/passwd")


def test_unreachable_index_is_a_clear_error():
    with pytest.raises(DownloadError, match="cannot read"):
        fetch_index("http://127.0.0.1:9/index.json", timeout=2)


def test_team_mirror_with_a_token(server, tmp_path):
    base, root = server
    url = _publish(root, base)
    _Handler.token = "mirror-token"
    with pytest.raises(DownloadError, match="401"):
        fetch_index(url)
    entries = fetch_index(url, token="mirror-token")
    assert download(tmp_path / "packs", entries[0], token="mirror-token").code == "en-es"
