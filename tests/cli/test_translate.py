"""`replybridge translate` and `replybridge packs` per DESIGN.md section 4, plus offline proof."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from desktop.cli import run
from tests.packbuilder import build_word_pack


@pytest.fixture
def pack(tmp_path):
    return build_word_pack(tmp_path / "src", "en", "es", {"hello": "hola", "world": "mundo"})


def test_install_list_translate_remove(capsys, pack):
    assert run(["packs", "install", str(pack)]) == 0
    capsys.readouterr()
    assert run(["packs", "list"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["packs"][0]["from"] == "en" and listed["packs"][0]["to"] == "es"
    assert run(["translate", "--from", "en", "--to", "es", "--back", "hello world"]) == 2
    assert "es -> en" in capsys.readouterr().err  # the back direction has no pack
    assert run(["translate", "--from", "en", "--to", "es", "hello world"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"text": "hola mundo", "engine": "argos", "pivot": [], "back": None,
                   "alternatives": []}  # fmt: skip
    assert run(["packs", "remove", "en-es"]) == 0
    capsys.readouterr()
    assert run(["translate", "--from", "en", "--to", "es", "hello"]) == 2
    assert "no language pack" in capsys.readouterr().err


def test_bad_pack_file_is_one_line(tmp_path, capsys):
    bad = tmp_path / "x.argosmodel"
    bad.write_text("nope")
    assert run(["packs", "install", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a zip" in err


def test_translate_with_networking_disabled(tmp_path, pack):
    """A real subprocess where any non-loopback socket use raises: translation still works."""
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(
        textwrap.dedent("""
        import socket
        _real = socket.socket.connect
        def _deny(self, address):
            if isinstance(address, tuple) and address[0] not in ("127.0.0.1", "::1", "localhost"):
                raise OSError("network disabled for this test")
            return _real(self, address)
        socket.socket.connect = _deny
        def _no_dns(*args, **kwargs):
            raise OSError("name resolution disabled for this test")
        socket.getaddrinfo = _no_dns
    """)
    )
    env = dict(os.environ, PYTHONPATH=f"{guard}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    exe = [sys.executable, "-m", "desktop"]
    subprocess.run([*exe, "packs", "install", str(pack)], env=env, check=True, capture_output=True)
    out = subprocess.run([*exe, "translate", "--from", "en", "--to", "es", "hello world"],
                         env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["text"] == "hola mundo"
