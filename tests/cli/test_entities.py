"""`replybridge entities` per DESIGN.md section 4: entities with spans, secrets by kind only."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from mnemonic import Mnemonic

from desktop.cli import run
from tests.core import vectors as v


@pytest.fixture(autouse=True)
def _same_vectors_every_run(request: pytest.FixtureRequest) -> None:
    v.reseed(request.node.nodeid)


ENTITY_KEYS = {"kind", "value", "start", "end", "chain", "valid", "reason"}


def test_entities_json(capsys):
    tron = v.tron()
    text = f"Envié 1.234,56 USDT a {tron}, orden 7731982045"
    assert run(["entities", text]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"entities", "sensitive"} and out["sensitive"] == []
    assert all(set(e) == ENTITY_KEYS for e in out["entities"])
    got = [(e["kind"], e["value"], e["chain"], e["valid"]) for e in out["entities"]]
    assert got == [("amount", "1.234,56 USDT", None, None), ("address", tron, "tron", True),
                   ("order_id", "7731982045", None, None)]  # fmt: skip
    for e in out["entities"]:
        assert text[e["start"] : e["end"]] == e["value"]


def test_invalid_checksum_is_reported_not_dropped(capsys):
    bad = v.flip(v.b58check(0x00), v.B58)
    assert run(["entities", f"to {bad}"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(e["value"], e["chain"], e["valid"]) for e in out["entities"]] == [
        (bad, "bitcoin", False)
    ]


def test_secrets_are_never_printed(capsys):
    phrase = Mnemonic("english").generate(256)
    key = v.wif()
    hexkey = v.txid()
    text = f"my seed: {phrase}; WIF {key}; private key {hexkey}"
    assert run(["entities", text]) == 0
    raw = capsys.readouterr().out
    out = json.loads(raw)
    assert [s["kind"] for s in out["sensitive"]] == [
        "recovery-phrase",
        "private-key",
        "private-key",
    ]
    assert all(set(s) == {"kind", "start", "end"} for s in out["sensitive"])
    for secret in (key, hexkey, *phrase.split()[:3]):
        assert secret not in raw
    assert out["entities"] == []


def test_jsonl_batch(monkeypatch, capsys):
    lines = f"deposit 100 USDT\n\nprivate key {v.txid()}\n{v.eip55()}\n"
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode()), encoding="utf-8")
    )
    assert run(["entities", "--jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 4
    assert [e["kind"] for e in rows[0]["entities"]] == ["amount"]
    assert rows[1] == {"entities": [], "sensitive": []}
    assert [s["kind"] for s in rows[2]["sensitive"]] == ["private-key"]
    assert rows[3]["entities"][0]["chain"] == "evm"


def test_bad_input_is_a_clear_message(capsys):
    assert run(["entities", "  "]) == 2
    assert capsys.readouterr().err.strip() == "replybridge: text is empty"
    assert run(["entities", "--jsonl", "text"]) == 2


def test_real_subprocess():
    exe = Path(sys.executable).parent / "replybridge"
    tx = "0x" + v.txid()
    out = subprocess.run([str(exe), "entities", f"hash {tx}"], capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["entities"] == [{"kind": "txid", "value": tx, "start": 5, "end": 71,
                                 "chain": None, "valid": None, "reason": None}]  # fmt: skip
    out = subprocess.run([str(exe), "entities", "-"], input=b"a\x00b", capture_output=True,
                         timeout=60)  # fmt: skip
    assert out.returncode == 2 and b"Traceback" not in out.stderr
