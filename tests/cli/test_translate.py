"""`replybridge translate` per DESIGN.md section 4, plus the offline proof in real processes."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.cli import run
from tests.packbuilder import build_word_pack

EN_ES = {"hello": "hola", "world": "mundo", "my": "mi", "is": "es", "pending": "pendiente"}
EXE = Path(sys.executable).parent / "replybridge"


@pytest.fixture
def packs(tmp_path):
    from desktop.core import paths
    from desktop.core.translate.packs import install_from_file

    src = tmp_path / "src"
    install_from_file(paths.packs_dir(), build_word_pack(src, "en", "es", EN_ES))
    install_from_file(
        paths.packs_dir(), build_word_pack(src, "es", "en", {v: k for k, v in EN_ES.items()})
    )
    install_from_file(paths.packs_dir(), build_word_pack(src, "en", "zh",
                                                         {"hello": "\u4f60\u597d"}))  # fmt: skip
    return paths.packs_dir()


def _json(capsys):
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_translate_json_contract(capsys, packs):
    assert run(["translate", "--from", "en", "--to", "es", "hello world"]) == 0
    assert _json(capsys) == [{"text": "hola mundo", "engine": "argos", "pivot": [], "back": None,
                              "alternatives": []}]  # fmt: skip
    assert run(["translate", "--from", "en", "--to", "es", "--back", "--alternatives", "2",
                "my world is pending"]) == 0  # fmt: skip
    (out,) = _json(capsys)
    assert out["text"] == "mi mundo es pendiente" and out["back"] == "my world is pending"
    assert len(out["alternatives"]) <= 2 and out["text"] not in out["alternatives"]


def test_pivot_route_is_reported(capsys, packs):
    assert run(["translate", "--from", "es", "--to", "zh-Hans", "hola"]) == 0
    (out,) = _json(capsys)
    assert out["text"] == "\u4f60\u597d" and out["pivot"] == ["es", "en", "zh-Hans"]


def test_jsonl_translates_each_line(capsys, monkeypatch, packs):
    stdin = io.TextIOWrapper(io.BytesIO(b"hello\n\nmy world\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert run(["translate", "--from", "en", "--to", "es", "--jsonl"]) == 0
    assert [o["text"] for o in _json(capsys)] == ["hola", "", "mi mundo"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "en", "--to", "ja", "hello"], "no language pack for en -> ja"),
        (["--from", "en", "--to", "es", "--alternatives", "7", "hello"], "between 0 and 3"),
        (["--from", "en", "--to", "es", "   "], "text is empty"),
    ],
)
def test_errors_are_one_line(capsys, packs, argv, message):
    assert run(["translate", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_real_process(packs):
    out = subprocess.run([str(EXE), "translate", "--from", "en", "--to", "es", "hello world"],
                         capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
    assert json.loads(out.stdout)["text"] == "hola mundo"


_GUARD = textwrap.dedent("""
    import socket, sys
    def _deny(*args, **kwargs):
        raise OSError("network disabled for this test")
    socket.socket.connect = socket.socket.connect_ex = _deny
    socket.getaddrinfo = socket.create_connection = _deny
    import atexit
    HEAVY = ("argostranslate", "onnxruntime", "urllib.request", "http.client")
    atexit.register(lambda: sys.stderr.write(
        "LOADED " + ",".join(m for m in HEAVY if m in sys.modules) + "\\n"))
""")


def test_translate_with_all_sockets_refused(tmp_path, packs):
    """A real process where every connect and name lookup raises (even 127.0.0.1)."""
    (tmp_path / "guard").mkdir()
    (tmp_path / "guard" / "sitecustomize.py").write_text(_GUARD)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(tmp_path / "guard"), *filter(None, [os.environ.get("PYTHONPATH")])]))  # fmt: skip
    for argv, key, value in (
        (
            ["translate", "--from", "es", "--to", "zh-Hans", "--back", "hola"],
            "text",
            "\u4f60\u597d",
        ),
        (["packs", "list"], "packs", None),
    ):
        out = subprocess.run([str(EXE), *argv], env=env, capture_output=True, text=True,
                             timeout=120)  # fmt: skip
        assert out.returncode == 0, out.stderr
        result = json.loads(out.stdout)
        assert value is None or result[key] == value
        assert "LOADED \n" in out.stderr  # no argostranslate, onnxruntime or HTTP client at all


@pytest.mark.skipif(
    not shutil.which("unshare")
    or subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode != 0,
    reason="kernel: unshare -rn (a network namespace without network) is not available here",
)
def test_translate_in_a_network_namespace_without_network(packs):
    out = subprocess.run(["unshare", "-rn", str(EXE), "translate", "--from", "en", "--to", "es",
                          "--back", "hello world"], capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["back"] == "hello world"
