"""`replybridge detect` per DESIGN.md section 4."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from desktop.cli import run


def test_detect_json(capsys):
    assert run(["detect", "Здравствуйте, где мой депозит?"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"lang", "confidence", "candidates", "ask"}
    assert out["lang"] == "ru" and out["ask"] is False


def test_detect_jsonl(monkeypatch, capsys):
    stdin = io.TextIOWrapper(
        io.BytesIO("hola amigo, gracias\n\n안녕하세요\n".encode()), encoding="utf-8"
    )
    monkeypatch.setattr(sys, "stdin", stdin)
    assert run(["detect", "--jsonl"]) == 0
    lines = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert [l["lang"] for l in lines] == ["es", None, "ko"]


def test_bad_input_is_a_clear_message(capsys):
    assert run(["detect", "   "]) == 2
    assert capsys.readouterr().err.strip() == "replybridge: text is empty"
    assert run(["detect", "--languages", "en,xx", "hi"]) == 2


def test_real_subprocess_binary_and_huge_input():
    exe = [sys.executable, "-m", "desktop"]
    out = subprocess.run([*exe, "detect", "-"], input=b"a\x00b", capture_output=True, timeout=60)
    assert out.returncode == 2 and b"binary" in out.stderr and b"Traceback" not in out.stderr
    big = ("Merhaba, param nerede? " * 250_000).encode()  # ~5.7 MB
    out = subprocess.run([*exe, "detect", "-"], input=big, capture_output=True, timeout=60)
    assert out.returncode == 2 and b"larger than" in out.stderr
    out = subprocess.run([*exe, "detect", "Merhaba, para çekme işlemim beklemede"],
                         capture_output=True, timeout=60)  # fmt: skip
    assert json.loads(out.stdout)["lang"] == "tr"


def test_detect_vietnamese_without_tone_marks_and_korean_with_english(capsys):
    assert run(["detect", "em van chua nhan duoc tien, kiem tra giup em voi"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["lang"] == "vi" and out["ask"] is False
    assert run(["detect", "출금 신청했는데 Withdrawal Pending Status 계속 나와요"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["lang"] == "ko" and out["ask"] is False
