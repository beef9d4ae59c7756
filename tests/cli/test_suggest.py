"""`replybridge suggest TEXT` and `suggest --jsonl` (DESIGN.md section 4), errors as `detect`."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from desktop.cli import run


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_suggest_text(capsys):
    assert run(["suggest", "I forgot my password"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"templates"} and len(out["templates"]) >= 3
    assert set(out["templates"][0]) == {"id", "category", "score", "reasons"}


def test_suggest_jsonl_one_object_per_line_never_empty(monkeypatch, capsys):
    _stdin(
        monkeypatch, "hola, olvidé mi contraseña\n\n你好，我的账户被冻结了，怎么办？\n😀\n".encode()
    )
    assert run(["suggest", "--jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 4
    assert all(len(line["templates"]) >= 3 for line in lines)


def test_suggest_jsonl_errors_match_detect(monkeypatch, capsys):
    assert run(["suggest", "--jsonl", "text too"]) == 2
    assert capsys.readouterr().err.strip() == "replybridge: --jsonl reads stdin; do not pass TEXT"
    for command in ("detect", "suggest"):
        _stdin(monkeypatch, b"fine\n\xff\xfe bad\n")
        assert run([command, "--jsonl"]) == 2
        captured = capsys.readouterr()
        assert captured.err.strip() == "replybridge: line 2 is not UTF-8 text"
        assert len(captured.out.splitlines()) == 1  # the good line before it was answered
    assert run(["suggest", "   "]) == 2
    assert capsys.readouterr().err.strip() == "replybridge: text is empty"


def test_real_subprocess_binary_line():
    exe = [sys.executable, "-m", "desktop", "suggest", "--jsonl"]
    out = subprocess.run(exe, input=b"ok\na\x00b\n", capture_output=True, timeout=120)
    assert out.returncode == 2 and b"line 2 looks binary" in out.stderr
    assert b"Traceback" not in out.stderr and len(out.stdout.splitlines()) == 1
