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
             {"type": "translate", "from_code": "en", "to_code": "es", "package_version": "1.0",
              "links": [f"{base}/error.argosmodel", f"{base}/{pack.name}"]}]  # fmt: skip
    (root / "index.json").write_text(json.dumps(index))
    return f"{base}/index.json"


def test_index_download_with_progress_and_checksum(server, tmp_path):
    base, root = server
    entries = fetch_index(_publish(root, base))
    assert [e.code for e in entries] == ["en-es", "es-zh-Hans", "en-es"]
    steps: list[float] = []
    pack = download(tmp_path / "packs", entries[0], progress=lambda f, m: steps.append(f))
    assert pack.code == "en-es"
    assert steps[-1] == 1.0 and steps == sorted(steps)
    assert [p.name for p in (tmp_path / "packs").iterdir()] == ["en_es"]


def test_the_next_link_is_tried_when_a_mirror_fails(server, tmp_path):
    base, root = server
    entries = fetch_index(_publish(root, base))
    assert download(tmp_path / "packs", entries[2]).code == "en-es"


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
        {"from_code": "en", "to_code": "es", "links": ["http://[::1", "https://h:99999/p"]},
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


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Second origin: records every Authorization header it is sent, serves `files`."""

    seen: list[str | None] = []
    files: dict[str, bytes] = {}
    redirect_to: str = ""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        type(self).seen.append(self.headers.get("Authorization"))
        if self.redirect_to:
            self.send_response(302)
            self.send_header("Location", self.redirect_to + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = self.files.get(self.path.lstrip("/"))
        if data is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def other_origin() -> Iterator[tuple[str, type[_Recorder]]]:
    handler = type("Other", (_Recorder,), {"seen": [], "files": {}, "redirect_to": ""})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


class _Redirecting(_Handler):
    target = ""

    def do_GET(self) -> None:  # noqa: N802
        if self.path.startswith("/away/"):
            if self.headers.get("Authorization") != f"Bearer {self.token}":
                self.send_error(401, "token required")
                return
            self.send_response(302)
            self.send_header("Location", self.target + "/" + self.path[len("/away/") :])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()


def test_token_never_leaves_the_index_origin(server, other_origin, tmp_path):
    """Issue 15 fault 1: links to another host, and a redirect to another origin (a second
    loopback port), get no Authorization header; the download itself still works."""
    base, root = server
    other, recorder = other_origin
    pack = build_word_pack(root, "en", "es", {"hello": "hola"})
    recorder.files = {pack.name: pack.read_bytes()}
    index = [{"from_code": "en", "to_code": "es", "package_version": "1.0",
              "links": [f"{other}/{pack.name}"]}]  # fmt: skip
    (root / "index.json").write_text(json.dumps(index))
    _Handler.token = "s3cret"
    (entry,) = fetch_index(f"{base}/index.json", token="s3cret")
    assert entry.origin == base
    assert download(tmp_path / "packs", entry, token="s3cret").code == "en-es"
    assert recorder.seen == [None]

    # The index's own origin answers a 302 to the other origin: the token stays behind.
    recorder.seen.clear()
    handler = lambda *a, **k: _Redirecting(*a, directory=str(root), **k)  # noqa: E731
    _Redirecting.target = other
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        redirecting = f"http://127.0.0.1:{httpd.server_address[1]}"
        index = [{"from_code": "en", "to_code": "es", "package_version": "1.1",
                  "links": [f"{redirecting}/away/{pack.name}"]}]  # fmt: skip
        (root / "index2.json").write_text(json.dumps(index))
        (entry,) = fetch_index(f"{redirecting}/index2.json", token="s3cret")
        assert download(tmp_path / "packs", entry, token="s3cret").code == "en-es"
        assert recorder.seen == [None]  # reached through the redirect, without the token
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_a_redirecting_index_does_not_forward_the_token(server, other_origin):
    base, root = server
    other, recorder = other_origin
    recorder.redirect_to = base  # other -> base: the token was only for `other`
    (root / "index.json").write_text("[]")
    assert fetch_index(f"{other}/index.json", token="tok") == []
    assert recorder.seen == ["Bearer tok"]  # its own origin does get it
    _Handler.token = "tok"
    with pytest.raises(DownloadError, match="401"):  # ...and base, another port, never does
        fetch_index(f"{other}/index.json", token="tok")


def test_token_needs_https_or_loopback_and_redirects_stay_on_the_web(other_origin):
    from desktop.core.translate.packindex import origin, token_allowed

    with pytest.raises(BadInputError, match="https"):
        fetch_index("http://mirror.example.test/index.json", token="tok")  # no network used
    assert token_allowed("https://m.test/p.zip", origin("https://m.test/index.json"))
    assert token_allowed("https://M.test:443/p.zip", origin("https://m.test/index.json"))
    assert not token_allowed("http://m.test/p.zip", origin("http://m.test/index.json"))
    assert not token_allowed("https://m.test.evil/p", origin("https://m.test/index.json"))
    assert not token_allowed("https://m.test:8443/p", origin("https://m.test/index.json"))
    assert token_allowed("http://[::1]:8/p", origin("http://[::1]:8/i"))
    assert token_allowed("http://localhost:8/p", origin("http://localhost:8/i"))
    other, recorder = other_origin
    recorder.redirect_to = "file:///etc"
    with pytest.raises(DownloadError, match="not allowed"):
        fetch_index(f"{other}/passwd")
    recorder.redirect_to = "ftp://127.0.0.1:9"  # urllib itself would follow this one
    with pytest.raises(DownloadError, match="non-web"):
        fetch_index(f"{other}/index.json")


def test_an_entry_whose_pack_is_another_pair_installs_nothing(server, tmp_path):
    """Issue 15 fault 1: an entry labelled en->fr serving the en_es pack is refused and the
    installed en_es pack stays as it was."""
    base, root = server
    pack = build_word_pack(root, "en", "es", {"hello": "hola"})
    packs = tmp_path / "packs"
    from desktop.core.translate.packs import install_from_file

    installed = install_from_file(packs, pack)
    before = sorted(p.relative_to(packs) for p in packs.rglob("*"))
    index = [{"from_code": "en", "to_code": "fr", "package_version": "9.0",
              "links": [f"{base}/{pack.name}"]}]  # fmt: skip
    (root / "index.json").write_text(json.dumps(index))
    (entry,) = fetch_index(f"{base}/index.json")
    with pytest.raises(BadInputError, match="en->es but the index lists it as en->fr"):
        download(packs, entry)
    assert sorted(p.relative_to(packs) for p in packs.rglob("*")) == before
    assert [p.code for p in list_installed(packs)] == [installed.code]


def test_malformed_index_urls_are_clear_errors():
    for url in ("http://[::1", "https://host:99999/x", "http:///nohost", "javascript:alert(1)"):
        with pytest.raises(BadInputError):
            fetch_index(url)
