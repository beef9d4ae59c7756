"""Real test vectors built with libraries (base58, bech32, eth-hash, hashlib, mnemonic):
valid addresses of every supported chain, keys, and one-character near misses."""

from __future__ import annotations

import base64
import binascii
import hashlib
import random

import base58
import bech32
from eth_hash.auto import keccak

RNG = random.Random(20240601)


def reseed(name: str) -> None:
    """Each test draws the same vectors whatever ran before it."""
    RNG.seed(f"{name}-20240601")


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rbytes(n: int) -> bytes:
    return bytes(RNG.getrandbits(8) for _ in range(n))


def hash160(data: bytes) -> bytes:
    return hashlib.new("ripemd160", hashlib.sha256(data).digest()).digest()


def b58check(version: int) -> str:
    return base58.b58encode_check(bytes([version]) + hash160(rbytes(33))).decode()


def segwit_v0(hrp: str = "bc", size: int = 20) -> str:
    return bech32.encode(hrp, 0, list(rbytes(size)))


def bech32m(hrp: str = "bc", version: int = 1) -> str:
    """Taproot: bech32m (BIP-350) with the bech32 package's polymod and charset."""
    data = [version] + bech32.convertbits(list(rbytes(32)), 8, 5)
    values = bech32.bech32_hrp_expand(hrp) + data
    polymod = bech32.bech32_polymod(values + [0] * 6) ^ 0x2BC830A3
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(bech32.CHARSET[d] for d in data + checksum)


def eip55(body: str | None = None) -> str:
    body = body or rbytes(20).hex()
    digest = bytes(keccak(body.encode())).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c
                          for i, c in enumerate(body))  # fmt: skip


def eip55_mixed() -> str:
    while True:  # an address whose checksum puts capitals AND small letters in it
        a = eip55()
        if sum(c.isupper() for c in a[2:]) >= 2 and sum(c.islower() for c in a[2:]) >= 2:
            return a  # one case flip can never make it single-case (unchecked)


def evm_lower() -> str:
    return "0x" + rbytes(20).hex()


def tron() -> str:
    return base58.b58encode_check(b"\x41" + rbytes(20)).decode()


def xrp() -> str:
    return base58.b58encode_check(b"\x00" + rbytes(20), alphabet=base58.XRP_ALPHABET).decode()


def solana() -> str:
    while True:
        value = base58.b58encode(rbytes(32)).decode()
        if len(value) >= 43:
            return value


def ton(flags: int = 0x11, workchain: int = 0x00, urlsafe: bool = True) -> str:
    body = bytes([flags, workchain]) + rbytes(32)
    raw = body + binascii.crc_hqx(body, 0).to_bytes(2, "big")
    encode = base64.urlsafe_b64encode if urlsafe else base64.standard_b64encode
    return encode(raw).decode()


def ton_raw() -> str:
    return "0:" + rbytes(32).hex()


def txid() -> str:
    return rbytes(32).hex()


# kind -> (generator, chain, expected valid, alphabet for near misses or None)
ADDRESSES = {
    "btc-p2pkh": (lambda: b58check(0x00), "bitcoin", True, B58),
    "btc-p2sh": (lambda: b58check(0x05), "bitcoin", True, B58),
    "btc-segwit": (segwit_v0, "bitcoin", True, bech32.CHARSET),
    "btc-segwit-p2wsh": (lambda: segwit_v0(size=32), "bitcoin", True, bech32.CHARSET),
    "btc-taproot": (bech32m, "bitcoin", True, bech32.CHARSET),
    "btc-testnet": (lambda: segwit_v0("tb"), "bitcoin", True, bech32.CHARSET),
    "ltc-legacy": (lambda: b58check(0x30), "litecoin", True, B58),
    "ltc-p2sh": (lambda: b58check(0x32), "litecoin", True, B58),
    "ltc-segwit": (lambda: segwit_v0("ltc"), "litecoin", True, bech32.CHARSET),
    "doge": (lambda: b58check(0x1E), "dogecoin", True, B58),
    "evm-eip55": (eip55_mixed, "evm", True, None),
    "evm-lower": (evm_lower, "evm", None, None),
    "tron": (tron, "tron", True, B58),
    "xrp": (xrp, "xrp", True, base58.XRP_ALPHABET.decode()),
    "solana": (solana, "solana", None, None),
    "ton-bounceable": (ton, "ton", True, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
    "ton-non-bounceable": (lambda: ton(0x51), "ton", True, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
    "ton-masterchain-std-b64": (lambda: ton(0x11, 0xFF, urlsafe=False), "ton", True, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
    "ton-raw": (ton_raw, "ton", None, None),
}  # fmt: skip


def flip(value: str, alphabet: str) -> str:
    """One character replaced by another of the same alphabet (never a mere case change)."""
    lo = 4 if not value.startswith(("bc1", "tb1", "ltc1")) else value.index("1") + 2
    i = RNG.randrange(lo, len(value))
    choices = [c for c in alphabet if c.lower() != value[i].lower()]
    return value[:i] + RNG.choice(choices) + value[i + 1 :]


def flip_case(address: str) -> str:
    body = address[2:]
    letters = [i for i, c in enumerate(body) if c.isalpha()]
    i = RNG.choice(letters)
    return "0x" + body[:i] + body[i].swapcase() + body[i + 1 :]


def wif(compressed: bool = True, testnet: bool = False) -> str:
    payload = (b"\xef" if testnet else b"\x80") + rbytes(32) + (b"\x01" if compressed else b"")
    return base58.b58encode_check(payload).decode()


def xprv(version: str = "0488ade4") -> str:
    # version, depth, parent fingerprint, child number, chain code, 0x00 + 32-byte key
    payload = bytes.fromhex(version) + b"\x00" * 9 + rbytes(32) + b"\x00" + rbytes(32)
    return base58.b58encode_check(payload).decode()
