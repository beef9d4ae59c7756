"""The team's LibreTranslate server as an engine: a REAL server (own venv) on 127.0.0.1."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from desktop.core.translate.libretranslate import LibreTranslateEngine, ServerError
from desktop.core.translate.protect import Span
from tests.integration import ltserver
from tests.packbuilder import build_word_pack

ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ltserver.Server]:
    ltserver.lt_venv()
    root = tmp_path_factory.mktemp("lt")
    words = {"hello": "hola", "world": "mundo", "my": "mi", "withdrawal": "retiro", "is": "es",
             "pending": "pendiente"}  # fmt: skip
    packs = [
        build_word_pack(root / "src", "en", "es", words, with_sbd=True),
        build_word_pack(root / "src", "es", "en", {v: k for k, v in words.items()}, with_sbd=True),
    ]
    srv = ltserver.start(root, packs, key="team-key-123")
    try:
        yield srv
    finally:
        ltserver.stop(srv)


def test_translate_with_valid_key_protects_entities_and_glossary(server):
    engine = LibreTranslateEngine(server.url, lambda: server.key)
    assert ("en", "es") in engine.pairs()
    text = f"my withdrawal {ADDRESS} is pending"
    start = text.index("pending")
    span = Span(start, start + len("pending"), "en proceso", "glossary", "pending")
    result = engine.translate(text, "en", "es", spans=[span], back=True)
    assert result.text == f"mi retiro {ADDRESS} es en proceso"
    assert result.engine == "libretranslate"
    assert result.glossary_hits == (span,)
    assert result.back is not None and ADDRESS in result.back


def test_alternatives_and_detect(server):
    engine = LibreTranslateEngine(server.url, lambda: server.key)
    result = engine.translate("hello world", "en", "es", n_best=3)
    assert result.text == "hola mundo"
    assert all(isinstance(a, str) for a in result.alternatives)
    detections = engine.client.detect("hola mundo")
    assert detections and 0 <= detections[0].confidence <= 1


@pytest.mark.parametrize("key", ["wrong-key", None])
def test_wrong_or_missing_key_is_a_clear_error(server, key):
    engine = LibreTranslateEngine(server.url, lambda: key)
    with pytest.raises(ServerError) as info:
        engine.translate("hello world", "en", "es")
    assert info.value.code == "bad-key"


def test_server_down_falls_back_to_local_packs(tmp_path):
    from desktop.core.translate.argos import ArgosEngine
    from desktop.core.translate.packs import install_from_file

    pack = build_word_pack(tmp_path, "en", "es", {"hello": "hola", "world": "mundo"})
    install_from_file(tmp_path / "packs", pack)
    down = f"http://127.0.0.1:{ltserver.free_port()}"
    engine = LibreTranslateEngine(down, lambda: "k", fallback=ArgosEngine(tmp_path / "packs"),
                                  timeout=2)  # fmt: skip
    result = engine.translate("hello world", "en", "es")
    assert result.text == "hola mundo" and "server-down-used-local" in result.warnings
    with pytest.raises(ServerError) as info:
        LibreTranslateEngine(down, lambda: "k", timeout=2).translate("hello", "en", "es")
    assert info.value.code == "down"


class _RateLimited(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = b'{"error": "Too many request limits violations"}'
        self.send_response(429)
        self.send_header("Retry-After", "30")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_rate_limit_reports_retry_after():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _RateLimited)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        engine = LibreTranslateEngine(f"http://127.0.0.1:{httpd.server_address[1]}", lambda: "k")
        with pytest.raises(ServerError) as info:
            engine.translate("hello", "en", "es")
        assert info.value.code == "rate-limited" and info.value.retry_after == 30
    finally:
        httpd.shutdown()
        httpd.server_close()
