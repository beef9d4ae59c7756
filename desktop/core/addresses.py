"""Checksum validation of crypto addresses, with well-kept libraries for the cryptography.

base58 (base58check), bech32 (BIP-173 polymod; BIP-350 bech32m is the same polymod with a
different constant, the package predates it), eth-hash (keccak-256 for EIP-55), hashlib
(double SHA-256) and binascii (CRC16-XMODEM for TON). Validators return (chain, valid):
valid None means well-formed but carrying no checksum to verify (all-lowercase EVM, Solana,
TON raw).
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
BASE58_CHARS = frozenset("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
_XRP_CHARS = frozenset(XRP_ALPHABET.decode())

# Version byte of a 25-byte base58check payload -> chain.
BASE58_VERSIONS = {
    0x00: "bitcoin", 0x05: "bitcoin", 0x6F: "bitcoin", 0xC4: "bitcoin",
    0x30: "litecoin", 0x32: "litecoin", 0x3A: "litecoin",
    0x1E: "dogecoin", 0x16: "dogecoin", 0x71: "dogecoin",
    0x41: "tron",
}  # fmt: skip
SEGWIT_HRPS = {"bc": "bitcoin", "tb": "bitcoin", "bcrt": "bitcoin", "ltc": "litecoin",
               "tltc": "litecoin"}  # fmt: skip
TON_FLAGS = frozenset({0x11, 0x51, 0x91, 0xD1})  # bounceable or not, +0x80 for testnet
_HEX = re.compile(r"[0-9a-fA-F]+")


def _keccak(data: bytes) -> bytes:
    from eth_hash.auto import keccak

    return bytes(keccak(data))


def to_checksum_address(hex40: str) -> str:
    """EIP-55 form of 40 hex digits (with or without 0x)."""
    body = hex40[2:].lower() if hex40[:2].lower() == "0x" else hex40.lower()
    digest = _keccak(body.encode()).hex()
    return "0x" + "".join(
        ch.upper() if ch.isalpha() and int(digest[i], 16) >= 8 else ch for i, ch in enumerate(body)
    )


def evm(address: str) -> tuple[str, bool | None]:
    """0x + 40 hex; mixed case must match EIP-55, one case carries no checksum."""
    body = address[2:]
    if len(body) != 40 or not _HEX.fullmatch(body):
        return "evm", False
    if body == body.lower() or body == body.upper():
        return "evm", None
    return "evm", to_checksum_address(body) == "0x" + body


def segwit(address: str) -> tuple[str, bool]:
    """bech32 (witness v0) or bech32m (v1+, taproot) with the BIP-173/350 program rules."""
    lowered = address.lower()
    hrp, _, rest = lowered.rpartition("1")
    chain = SEGWIT_HRPS.get(hrp, "bitcoin")
    if address not in (lowered, address.upper()) or len(rest) < 7:
        return chain, False  # mixed case is invalid bech32
    if hrp not in SEGWIT_HRPS or any(ch not in bech32.CHARSET for ch in rest):
        return chain, False
    data = [bech32.CHARSET.find(ch) for ch in rest]
    polymod = bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data)
    if polymod not in (1, BECH32M_CONST):
        return chain, False
    witver = data[0]
    program = bech32.convertbits(data[1:-6], 5, 8, False)
    if program is None or not 2 <= len(program) <= 40 or witver > 16:
        return chain, False
    if witver == 0:
        return chain, polymod == 1 and len(program) in (20, 32)
    return chain, polymod == BECH32M_CONST


def classify_base58(value: str) -> tuple[str, bool | None] | None:
    """A base58-looking string -> (chain, valid), resolving ambiguity by decoding.

    25 bytes is a base58check address (chain from its version byte, checksum decides
    validity); 32 bytes is a Solana public key (no checksum). A string with characters
    outside the alphabet, or of another length, is an invalid address only when its shape
    (first character, length, letters mixed with digits) says which chain it imitates.
    """
    if _HEX.fullmatch(value) and (value == value.lower() or value == value.upper()):
        return None  # hex (a hash, an 0x-less EVM address), not base58
    if value[0] == "r":
        found = _xrp(value)
        if found is not None and (found[1] or _cases(value) >= 2):
            return found
    if not set(value) <= BASE58_CHARS:
        guess = guess_chain(value)
        return (guess, False) if guess else None
    raw = base58.b58decode(value)
    if len(raw) == 25:
        chain = BASE58_VERSIONS.get(raw[0])
        if _checksum_ok(raw):
            return (chain, True) if chain else None
        if chain is not None and _cases(value) >= 2:
            return chain, False
        guess = guess_chain(value)  # a typo in the first characters
        return (guess, False) if guess else None
    if len(raw) == 32 and 32 <= len(value) <= 44 and _mixed(value, upper_and_lower=True):
        return "solana", None
    if 33 <= len(raw) <= 34 and 43 <= len(value) <= 46 and _mixed(value, upper_and_lower=True):
        return "solana", False  # a Solana key with a character changed or added: too long
    guess = guess_chain(value)
    return (guess, False) if guess else None


def _checksum_ok(raw: bytes) -> bool:
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def _cases(value: str) -> int:
    """How many of digits, capitals and small letters a string uses."""
    return sum(
        (any(c.isdigit() for c in value), any(c.isupper() for c in value),
         any(c.islower() for c in value))
    )  # fmt: skip


def _mixed(value: str, upper_and_lower: bool = False) -> bool:
    """Letters and digits (and both cases): the look of an encoded key, not of a word."""
    ok = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    if upper_and_lower:
        ok = ok and any(c.isupper() for c in value) and any(c.islower() for c in value)
    return ok


def _xrp(value: str) -> tuple[str, bool] | None:
    if not set(value) <= _XRP_CHARS or not 25 <= len(value) <= 35:
        return None
    raw = base58.b58decode(value, alphabet=XRP_ALPHABET)
    if len(raw) != 25 or raw[0] != 0x00:
        return None
    return "xrp", _checksum_ok(raw)


def guess_chain(value: str) -> str | None:
    """The chain a malformed base58 string imitates, by first character and length."""
    if _cases(value) < 2:
        return None  # a long word, not an address
    first, n = value[0], len(value)
    if first == "T" and 33 <= n <= 35:
        return "tron"
    if first in "13" and 25 <= n <= 35:
        return "bitcoin"
    if first in "LM" and 33 <= n <= 35:
        return "litecoin"
    if first == "D" and 33 <= n <= 35:
        return "dogecoin"
    if first == "r" and 25 <= n <= 35:
        return "xrp"
    return None


def solana_signature(value: str) -> bool:
    """A Solana transaction signature (or, in key context, a secret key): base58 of 64 bytes."""
    return set(value) <= BASE58_CHARS and len(base58.b58decode(value)) == 64


def ton_friendly(address: str) -> bool | None:
    """36 bytes: flags, workchain, 32-byte account id, CRC16-XMODEM of the first 34.

    None when it does not decode to 36 bytes at all (then it is not a TON address).
    """
    padded = address.replace("-", "+").replace("_", "/")
    try:
        raw = base64.b64decode(padded + "=" * (-len(padded) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != 36:
        return None
    crc_ok = binascii.crc_hqx(raw[:34], 0) == int.from_bytes(raw[34:], "big")
    return crc_ok and raw[0] in TON_FLAGS and raw[1] in (0x00, 0xFF)


def hash160(data: bytes) -> bytes:
    """For tests and tooling: RIPEMD-160(SHA-256(data)), via hashlib."""
    return hashlib.new("ripemd160", hashlib.sha256(data).digest()).digest()


# Why a look-alike is invalid: codes the UI turns into words (see desktop/ui/codes.py).
REASONS = (
    "eip55-checksum", "hex-length", "txid-length", "base58-alphabet", "base58-checksum",
    "base58-length", "solana-length", "bech32-mixed-case", "bech32-alphabet", "bech32-checksum",
    "bech32-program", "ton-checksum", "unknown",
)  # fmt: skip


def invalid_reason(kind: str, value: str, chain: str | None) -> str:
    """Which rule an invalid address or TXID breaks (one of REASONS)."""
    if kind == "txid":
        return "txid-length"
    if value[:2].lower() == "0x":
        return "hex-length" if len(value) != 42 else "eip55-checksum"
    lowered = value.lower()
    hrp = lowered.rpartition("1")[0]
    if hrp in SEGWIT_HRPS and chain in ("bitcoin", "litecoin"):
        rest = lowered[len(hrp) + 1 :]
        if value not in (lowered, value.upper()):
            return "bech32-mixed-case"
        if any(ch not in bech32.CHARSET for ch in rest):
            return "bech32-alphabet"
        data = [bech32.CHARSET.find(ch) for ch in rest]
        polymod = bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data)
        return "bech32-program" if polymod in (1, BECH32M_CONST) else "bech32-checksum"
    if chain == "ton":
        return "ton-checksum"
    alphabet = _XRP_CHARS if chain == "xrp" else BASE58_CHARS
    if not set(value) <= alphabet:
        return "base58-alphabet"
    if chain == "solana":
        return "solana-length"
    raw = base58.b58decode(
        value, alphabet=XRP_ALPHABET if chain == "xrp" else base58.BITCOIN_ALPHABET
    )
    return "base58-length" if len(raw) != 25 else "base58-checksum"
