"""Checksum validation of crypto addresses, with well-kept libraries for the cryptography.

base58 (base58check), bech32 (BIP-173 polymod; BIP-350 bech32m uses the same polymod with a
different constant), eth-hash (keccak-256 for EIP-55). Each validator returns
(chain, valid) where valid None means well-formed but carrying no checksum to verify.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re

import base58
import bech32

BECH32M_CONST = 0x2BC830A3
XRP_ALPHABET = b"rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"

EVM = re.compile(r"0x[0-9a-fA-F]{40}")
BECH32_ADDR = re.compile(r"(?:bc|tb|ltc|tltc)1[02-9ac-hj-np-z]{8,87}", re.IGNORECASE)
BASE58_ADDR = re.compile(r"[1-9A-HJ-NP-Za-km-z]{25,44}")
TON_RAW = re.compile(r"-?[01]:[0-9a-fA-F]{64}")
TON_FRIENDLY = re.compile(r"[EU]Q[A-Za-z0-9_-]{46}|[kK0][A-Za-z0-9_-]{47}")


def _keccak(data: bytes) -> bytes:
    from eth_hash.auto import keccak

    return bytes(keccak(data))


def evm(address: str) -> tuple[str, bool | None]:
    body = address[2:]
    if body.islower() or body.isupper() or body.isdigit():
        return "evm", None  # no mixed case: no EIP-55 checksum to check
    digest = _keccak(body.lower().encode()).hex()
    ok = all(
        (ch.upper() if int(digest[i], 16) >= 8 else ch.lower()) == ch
        for i, ch in enumerate(body)
        if ch.isalpha()
    )
    return "evm", ok


def segwit(address: str) -> tuple[str, bool]:
    lowered = address.lower()
    if address != lowered and address != address.upper():
        return _segwit_chain(lowered), False  # mixed case is invalid bech32
    hrp, data = bech32.bech32_decode(lowered)
    chain = _segwit_chain(lowered)
    if hrp is None or data is None:
        # bech32_decode only accepts BIP-173 checksums: try BIP-350 (bech32m) with its polymod.
        return chain, _bech32m_ok(lowered)
    witver = data[0]
    program = bech32.convertbits(data[1:], 5, 8, False)
    ok = program is not None and 2 <= len(program) <= 40 and witver == 0
    ok = ok and (len(program) in (20, 32))  # type: ignore[arg-type]
    return chain, bool(ok)


def _segwit_chain(address: str) -> str:
    return "litecoin" if address.startswith(("ltc1", "tltc1")) else "bitcoin"


def _bech32m_ok(address: str) -> bool:
    pos = address.rfind("1")
    hrp, rest = address[:pos], address[pos + 1 :]
    if len(rest) < 7 or any(ch not in bech32.CHARSET for ch in rest):
        return False
    data = [bech32.CHARSET.find(ch) for ch in rest]
    if bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data) != BECH32M_CONST:
        return False
    witver = data[0]
    program = bech32.convertbits(data[1:-6], 5, 8, False)
    return 1 <= witver <= 16 and program is not None and 2 <= len(program) <= 40


def base58_address(address: str) -> tuple[str, bool] | None:
    """Bitcoin/Litecoin/Dogecoin/TRON base58check addresses, by version byte; else None."""
    try:
        payload = base58.b58decode_check(address)
    except ValueError:
        return None
    if len(payload) != 21:
        return None
    version = payload[0]
    chains = {0x00: "bitcoin", 0x05: "bitcoin", 0x6F: "bitcoin", 0xC4: "bitcoin",
              0x30: "litecoin", 0x32: "litecoin", 0x1E: "dogecoin", 0x16: "dogecoin",
              0x41: "tron"}  # fmt: skip
    chain = chains.get(version)
    return (chain, True) if chain else None


def guess_base58_chain(address: str) -> str | None:
    """The chain a base58 string looks like by its first character (for invalid ones)."""
    first = address[0]
    if first == "T" and len(address) == 34:
        return "tron"
    if first in "13" and 26 <= len(address) <= 35:
        return "bitcoin"
    if first in "LM" and len(address) == 34:
        return "litecoin"
    if first == "D" and len(address) == 34:
        return "dogecoin"
    if first == "r" and 25 <= len(address) <= 35:
        return "xrp"
    return None


def xrp(address: str) -> bool:
    try:
        payload = base58.b58decode_check(address, alphabet=XRP_ALPHABET)
    except ValueError:
        return False
    return len(payload) == 21 and payload[0] == 0x00


def solana(address: str) -> bool:
    try:
        return len(base58.b58decode(address)) == 32
    except ValueError:
        return False


def ton_friendly(address: str) -> bool:
    """36 bytes: flags, workchain, 32-byte account id, CRC16-XMODEM of the first 34."""
    padded = address.replace("-", "+").replace("_", "/")
    try:
        raw = base64.b64decode(padded + "=" * (-len(padded) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    if len(raw) != 36:
        return False
    return binascii.crc_hqx(raw[:34], 0) == int.from_bytes(raw[34:], "big")


def hash160(data: bytes) -> bytes:
    """For tests and tooling: RIPEMD-160(SHA-256(data)), via hashlib."""
    return hashlib.new("ripemd160", hashlib.sha256(data).digest()).digest()
