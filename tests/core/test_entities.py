"""Addresses generated with libraries (valid and one-character near misses), TXIDs, amounts,
memos, order IDs, emails, URLs; precision and recall must be 100 % on the vectors."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import random

import base58
import bech32
import pytest
from eth_hash.auto import keccak
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.addresses import XRP_ALPHABET, hash160
from desktop.core.entities import find_entities, network_hints

RNG = random.Random(1)


def p2pkh(version: int = 0x00) -> str:
    return base58.b58encode_check(bytes([version]) + hash160(os.urandom(33))).decode()


def segwit_v0(hrp: str = "bc") -> str:
    return bech32.encode(hrp, 0, list(hash160(os.urandom(33))))


def taproot() -> str:
    """bech32m (BIP-350) built with the bech32 package's polymod and charset."""
    data = [1] + bech32.convertbits(list(os.urandom(32)), 8, 5)
    values = bech32.bech32_hrp_expand("bc") + data
    polymod = bech32.bech32_polymod(values + [0] * 6) ^ 0x2BC830A3
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(bech32.CHARSET[d] for d in data + checksum)


def eip55() -> str:
    body = os.urandom(20).hex()
    digest = bytes(keccak(body.encode())).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c
                          for i, c in enumerate(body))  # fmt: skip


def tron() -> str:
    return base58.b58encode_check(b"\x41" + os.urandom(20)).decode()


def xrp() -> str:
    return base58.b58encode_check(b"\x00" + os.urandom(20), alphabet=XRP_ALPHABET).decode()


def solana() -> str:
    while True:
        value = base58.b58encode(os.urandom(32)).decode()
        if len(value) >= 43:
            return value


def ton() -> str:
    body = b"\x11\x00" + os.urandom(32)
    raw = body + binascii.crc_hqx(body, 0).to_bytes(2, "big")
    return base64.urlsafe_b64encode(raw).decode()


GENERATORS = {
    "bitcoin-p2pkh": (p2pkh, "bitcoin"), "bitcoin-p2sh": (lambda: p2pkh(0x05), "bitcoin"),
    "bitcoin-segwit": (segwit_v0, "bitcoin"), "bitcoin-taproot": (taproot, "bitcoin"),
    "litecoin": (lambda: p2pkh(0x30), "litecoin"), "litecoin-segwit": (lambda: segwit_v0("ltc"), "litecoin"),
    "dogecoin": (lambda: p2pkh(0x1E), "dogecoin"), "evm": (eip55, "evm"), "tron": (tron, "tron"),
    "xrp": (xrp, "xrp"), "solana": (solana, "solana"), "ton": (ton, "ton"),
}  # fmt: skip
TEMPLATES = ["Hola, envié fondos a {a} y no llegaron", "我的地址是{a}，请查一下", "адрес: {a}.",
             "{a}", "Please check ({a}) thanks", "ｱﾄﾞﾚｽ：{a}"]  # fmt: skip


@pytest.mark.parametrize("kind", sorted(GENERATORS))
def test_valid_addresses_found_with_chain(kind):
    make, chain = GENERATORS[kind]
    for i in range(25):
        address = make()
        text = TEMPLATES[i % len(TEMPLATES)].format(a=address)
        found = [e for e in find_entities(text) if e.kind == "address"]
        assert len(found) == 1, (text, found)
        assert found[0].value == address and text[found[0].start : found[0].end] == address
        assert found[0].chain == chain, (address, found[0])
        assert found[0].valid in (True, None)


def _flip(value: str, alphabet: str) -> str:
    i = RNG.randrange(len(value) // 2, len(value) - 1)
    choices = [c for c in alphabet if c != value[i] and c.lower() != value[i].lower()]
    return value[:i] + RNG.choice(choices) + value[i + 1 :]


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@pytest.mark.parametrize("kind", ["bitcoin-p2pkh", "bitcoin-segwit", "bitcoin-taproot", "tron",
                                  "litecoin", "dogecoin", "evm", "xrp", "ton"])  # fmt: skip
def test_one_flipped_character_is_reported_invalid_not_dropped(kind):
    make, chain = GENERATORS[kind]
    alphabet = {"bitcoin-segwit": bech32.CHARSET, "bitcoin-taproot": bech32.CHARSET,
                "evm": "abcdef0123456789", "xrp": XRP_ALPHABET.decode(),
                "ton": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"}.get(kind, B58)  # fmt: skip
    for _ in range(25):
        good = make()
        if kind == "evm":
            bad = _flip_case(good)
        else:
            bad = _flip(good, alphabet)
        found = [e for e in find_entities(f"to {bad} please") if e.kind == "address"]
        assert len(found) == 1 and found[0].value == bad, (bad, found)
        assert found[0].valid is False, (kind, bad, found[0])


def _flip_case(address: str) -> str:
    body = address[2:]
    letters = [i for i, c in enumerate(body) if c.isalpha()]
    i = RNG.choice(letters)
    return "0x" + body[:i] + body[i].swapcase() + body[i + 1 :]


def test_evm_lowercase_is_well_formed_but_unchecked():
    found = find_entities("0x" + os.urandom(20).hex())
    assert found[0].chain == "evm" and found[0].valid is None


def test_txids_amounts_memos_orders_emails_urls():
    tx = hashlib.sha256(b"t").hexdigest()
    text = (f"txid 0x{tx} y {tx}. Retiré 1.234,56 USDT, luego $1,234.56 y 3万 USDT y ０.５ BTC; "
            f"memo: 104858 tag 99, orden 7731982045, escribe a ana.p@mail.example.com o "
            f"https://tronscan.org/#/transaction/{tx[:10]}.")  # fmt: skip
    got = [(e.kind, e.value, e.note) for e in find_entities(text)]
    assert ("txid", f"0x{tx}", None) in got and ("txid", tx, None) in got
    assert ("amount", "1.234,56 USDT", "1234.56 USDT") in got
    assert ("amount", "$1,234.56", "1234.56 $") in got
    assert ("amount", "3万 USDT", "30000 USDT") in got
    assert ("amount", "０.５ BTC", "0.5 BTC") in got
    assert ("memo", "104858", None) in got and ("memo", "99", None) in got
    assert ("order_id", "7731982045", None) in got
    assert ("email", "ana.p@mail.example.com", None) in got
    assert ("url", f"https://tronscan.org/#/transaction/{tx[:10]}", None) in got


def test_private_key_hex_is_not_a_txid():
    key = hashlib.sha256(b"k").hexdigest()
    assert [e for e in find_entities(f"my private key is {key}") if e.kind == "txid"] == []


def test_network_mismatch_hints():
    codes = lambda t: {h.code for h in network_hints(t)}  # noqa: E731
    assert "trc20-with-evm-address" in codes(f"sent USDT TRC20 to {eip55()}")
    assert "erc20-with-tron-address" in codes(f"USDT ERC-20 to {tron()}")
    assert "bep20-erc20-confusion" in codes("I chose BEP20 but the site said ERC20")
    assert "memo-missing" in codes("I deposited 500 XRP but it is not credited")
    assert "memo-missing" not in codes("I deposited 500 XRP with tag 12345")


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_random_text_spans_are_exact(text):
    for e in find_entities(text):
        assert text[e.start : e.end] == e.value
