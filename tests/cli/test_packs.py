"""`replybridge packs list|install|remove|available` per DESIGN.md section 4."""

from __future__ import annotations

import hashlib
import http.server
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.cli import run
from tests.packbuilder import build_hostile_packs, build_word_pack

EXE = Path(sys.executable).parent / "replybridge"


@pytest.fixture
def pack(tmp_path):
    return build_word_pack(tmp_path / "src", "en", "es", {"hello": "hola", "world": "mundo"})


def _out(capsys):
    return json.loads(capsys.readouterr().out)


def test_install_list_remove(capsys, pack, tmp_path):
    assert run(["packs", "list"]) == 0
    assert _out(capsys) == {"packs": []}
    assert run(["packs", "install", str(pack)]) == 0
    installed = _out(capsys)["installed"]
    assert installed["from"] == "en" and installed["to"] == "es" and installed["size"] > 0
    zh = build_word_pack(tmp_path / "src", "en", "zh", {"hello": "\u4f60\u597d"}, version="1.9")
    assert run(["packs", "install", str(zh)]) == 0
    capsys.readouterr()
    assert run(["packs", "list"]) == 0
    assert _out(capsys) == {"packs": [{"from": "en", "to": "es", "version": "1.0"},
                                      {"from": "en", "to": "zh-Hans", "version": "1.9"}]}  # fmt: skip
    assert run(["packs", "remove", "en-zh"]) == 0
    assert _out(capsys) == {"removed": {"from": "en", "to": "zh-Hans", "version": "1.9"}}
    assert run(["packs", "remove", "en-es"]) == 0
    capsys.readouterr()
    assert run(["packs", "remove", "en-es"]) == 2
    assert capsys.readouterr().err == "replybridge: no installed pack 'en-es'\n"


def test_hostile_files_are_one_line_errors_and_change_nothing(capsys, tmp_path, pack):
    from desktop.core import paths

    assert run(["packs", "install", str(pack)]) == 0
    capsys.readouterr()
    before = sorted(str(p.relative_to(paths.packs_dir())) for p in paths.packs_dir().rglob("*"))
    hostile = build_hostile_packs(tmp_path / "bad", pack)
    for name in ("not-a-zip", "zip-slip", "zip-bomb", "no-metadata", "garbage-model-bin"):
        assert run(["packs", "install", str(hostile[name])]) == 2, name
        err = capsys.readouterr().err
        assert err.startswith("replybridge: ") and err.count("\n") == 1, err
    assert run(["packs", "install", str(tmp_path / "missing.argosmodel")]) == 2
    assert "no such file" in capsys.readouterr().err
    after = sorted(str(p.relative_to(paths.packs_dir())) for p in paths.packs_dir().rglob("*"))
    assert after == before


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_available_reads_the_given_index(capsys, tmp_path, pack):
    root = tmp_path / "www"
    root.mkdir()
    handler = lambda *a, **k: _Quiet(*a, directory=str(root), **k)  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    digest = hashlib.sha256(pack.read_bytes()).hexdigest()
    (root / "index.json").write_text(json.dumps([
        {"from_code": "es", "to_code": "zh", "package_version": "1.1",
         "links": [f"{base}/p.argosmodel"], "sha256": digest}]))  # fmt: skip
    try:
        assert run(["packs", "available", "--index", f"{base}/index.json"]) == 0
        out = _out(capsys)
        assert out["packs"] == [{"from": "es", "to": "zh-Hans", "version": "1.1",
                                 "links": [f"{base}/p.argosmodel"], "sha256": digest}]  # fmt: skip
        assert run(["packs", "available", "--index", f"{base}/nope.json"]) == 2
        assert "HTTP 404" in capsys.readouterr().err
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_real_process_install_and_list(pack):
    subprocess.run([str(EXE), "packs", "install", str(pack)], check=True, capture_output=True,
                   timeout=120)  # fmt: skip
    out = subprocess.run([str(EXE), "packs", "list"], check=True, capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert json.loads(out.stdout) == {"packs": [{"from": "en", "to": "es", "version": "1.0"}]}
