"""TXIDs and addresses inside explorer links are their own entities (the URL stays), and
invalid look-alikes carry a reason code."""

from __future__ import annotations

import json

import pytest

from desktop.cli import run
from desktop.core.addresses import REASONS
from desktop.core.entities import find_entities
from desktop.core.lint import lint_reply
from tests.core import vectors as v


@pytest.fixture(autouse=True)
def _same_vectors_every_run(request: pytest.FixtureRequest) -> None:
    v.reseed(request.node.nodeid)


TX_LINKS = [
    "https://etherscan.io/tx/0x{h}", "https://bscscan.com/tx/0x{h}",
    "https://tronscan.org/#/transaction/{h}", "https://mempool.space/tx/{h}",
    "https://blockstream.info/tx/{h}", "https://polygonscan.com/tx/0x{h}",
    "https://arbiscan.io/tx/0x{h}", "https://blockchair.com/bitcoin/transaction/{h}",
    "https://www.blockchain.com/explorer/transactions/btc/{h}", "https://example.org/tx/{h}",
    "https://scan.example/transaction/{h}?lang=en", "https://x.example/search?txid={h}",
]  # fmt: skip


@pytest.mark.parametrize("link", TX_LINKS)
def test_a_txid_inside_an_explorer_link_is_its_own_entity(link):
    h = v.txid()
    url = link.format(h=h)
    for text in (f"see {url} thanks", f"\u94fe\u63a5{url}\u8bf7\u770b", f"({url})."):
        found = find_entities(text)
        assert [e.value for e in found if e.kind == "url"] == [url]
        txids = [e for e in found if e.kind == "txid"]
        assert [e.value.removeprefix("0x") for e in txids] == [h], text
        assert text[txids[0].start : txids[0].end] == txids[0].value


def test_a_txid_from_a_known_explorer_carries_its_chain():
    h = v.txid()
    for url, chain in [(f"https://etherscan.io/tx/0x{h}", "evm"),
                       (f"https://tronscan.org/#/transaction/{h}", "tron"),
                       (f"https://mempool.space/tx/{h}", "bitcoin"),
                       (f"https://example.org/tx/{h}", None)]:  # fmt: skip
        assert [e.chain for e in find_entities(url) if e.kind == "txid"] == [chain]


def test_solana_signatures_and_addresses_inside_links():
    sig = v.base58.b58encode(v.rbytes(64)).decode()
    sol = v.base58.b58encode(v.rbytes(32)).decode()
    tron, evm = v.tron(), v.eip55_mixed()
    cases = [
        (f"https://solscan.io/tx/{sig}", "txid", sig, "solana"),
        (f"https://explorer.solana.com/tx/{sig}?cluster=mainnet", "txid", sig, "solana"),
        (f"https://solscan.io/account/{sol}", "address", sol, "solana"),
        (f"https://tronscan.org/#/address/{tron}", "address", tron, "tron"),
        (f"https://etherscan.io/address/{evm}", "address", evm, "evm"),
    ]
    for url, kind, value, chain in cases:
        got = [(e.kind, e.value, e.chain) for e in find_entities(f"look: {url}")]
        assert got == [("url", url, None), (kind, value, chain)]


def test_the_copy_gate_compares_a_txid_taken_from_a_link():
    h = v.txid()
    message = f"where is my deposit? https://tronscan.org/#/transaction/{h}"
    same = f"Your transaction {h} is confirmed."
    assert [i.code for i in lint_reply(same, message=message)] == []
    changed = f"Your transaction {h[:-1]}{'0' if h[-1] != '0' else '1'} is confirmed."
    assert "value-changed" in [i.code for i in lint_reply(changed, message=message)]


def test_invalid_look_alikes_carry_a_reason():
    good_sol = v.base58.b58encode(b"\xff" + v.rbytes(31)).decode()
    too_long = good_sol + "z"
    cases = [
        (v.flip_case(v.eip55_mixed()), "eip55-checksum"),
        (v.eip55_mixed()[:-1], "hex-length"),
        (v.flip(v.tron(), v.B58), "base58-checksum"),
        (v.tron()[:10] + "0" + v.tron()[11:], "base58-alphabet"),
        (too_long, "solana-length"),
    ]
    for value, reason in cases:
        found = [e for e in find_entities(f"send to {value} pls") if e.kind == "address"]
        assert [(e.valid, e.reason) for e in found] == [(False, reason)], value
        assert reason in REASONS
    bech = v.segwit_v0()
    broken = bech[:-1] + ("q" if bech[-1] != "q" else "p")
    found = [e for e in find_entities(f"to {broken}") if e.kind == "address"]
    assert [(e.valid, e.reason) for e in found] == [(False, "bech32-checksum")]
    good = find_entities(f"to {v.tron()}")
    assert [(e.valid, e.reason) for e in good] == [(True, None)]


def test_cli_json_has_the_reason(capsys):
    bad = v.flip(v.tron(), v.B58)
    assert run(["entities", f"to {bad}"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(e["valid"], e["reason"]) for e in out["entities"]] == [(False, "base58-checksum")]
