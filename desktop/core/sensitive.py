"""Secrets a customer may paste (recovery phrases, private keys): find them and redact them.

A finding never carries the secret itself (only kind and span), so it cannot leak through a
repr, a log line or the CLI.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import base58

from desktop.core.bip39 import PHRASE_LENGTHS, WORDLISTS, find_phrases
from desktop.core.text import finditer_chunked, to_halfwidth_digits

__all__ = [
    "PHRASE_LENGTHS", "REDACTED", "REDACTED_PATTERN", "WORDLISTS", "Finding", "find_sensitive",
    "is_private_key_context", "redact",
]  # fmt: skip

# ASCII markers: they survive every MT engine and tokenizer, and are masked in translation.
REDACTED = {
    "recovery-phrase": "[REDACTED recovery phrase]",
    "possible-recovery-phrase": "[REDACTED possible recovery phrase]",
    "private-key": "[REDACTED private key]",
    "extended-private-key": "[REDACTED private key]",
}
REDACTED_PATTERN = re.compile(r"\[REDACTED[^\]\n]{0,40}\]")
# Words near a 64-hex (or 64-byte base58) string that make it a private key, not a TXID.
KEY_CONTEXT = re.compile(
    r"(private\s*key|priv\s*key|secret\s*key|privkey|\u79c1\u94a5|\u79c1\u9470|\u5bc6\u94a5|\u79d8\u5bc6\u9375|\u79d8\u5bc6\u30ad\u30fc|"
    r"\u30d7\u30e9\u30a4\u30d9\u30fc\u30c8\u30ad\u30fc|\uac1c\uc778\s*\ud0a4|\ud504\ub77c\uc774\ube57\s*\ud0a4|\ube44\ubc00\s*\ud0a4|"
    r"\u043f\u0440\u0438\u0432\u0430\u0442\u043d\w*\s*\u043a\u043b\u044e\u0447|\u0441\u0435\u043a\u0440\u0435\u0442\u043d\w*\s*\u043a\u043b\u044e\u0447|\u0437\u0430\u043a\u0440\u044b\u0442\w*\s*\u043a\u043b\u044e\u0447|"
    r"clave\s+privada|chave\s+privada|cl[\u00e9e]\s+priv[\u00e9e]e|privater?\s+schl[\u00fcu]ssel|"
    r"privatschl[\u00fcu]ssel|chiave\s+privata|priv[\u00e9e]\s*sleutel|private\s+sleutel|"
    r"geheime\s+sleutel|[\u00f6o]zel\s+anahtar|gizli\s+anahtar|kh[\u00f3o]a\s+(?:ri[\u00eae]ng|b[\u00edi]\s+m[\u1eada]t)|"
    r"kunci\s+(?:pribadi|privat)|\u0627\u0644\u0645\u0641\u062a\u0627\u062d\s+\u0627\u0644\u062e\u0627\u0635|\u0645\u0641\u062a\u0627\u062d\s+\u062e\u0627\u0635|\u0e04\u0e35\u0e22\u0e4c\u0e2a\u0e48\u0e27\u0e19\u0e15\u0e31\u0e27|\u0e01\u0e38\u0e0d\u0e41\u0e08\u0e2a\u0e48\u0e27\u0e19\u0e15\u0e31\u0e27)",
    re.IGNORECASE,
)
_HEX64 = re.compile(r"(?:0x)?[0-9a-fA-F]{64}")
_WIF = re.compile(r"[59KLc][1-9A-HJ-NP-Za-km-z]{50,51}")
# BIP-32 extended private keys: xprv/tprv and the BIP-49/84 and multisig variants.
_XPRV = re.compile(r"[xyztuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{100,108}")
_XPRV_VERSIONS = frozenset(
    bytes.fromhex(v)
    for v in ("0488ade4", "04358394", "049d7878", "044a4e28", "04b2430c", "045f18bc",
              "0295b005", "024285b5", "02aa7a99", "02575048")
)  # fmt: skip
_B58_64 = re.compile(r"[1-9A-HJ-NP-Za-km-z]{86,88}")
# Keys are long runs of letters and digits: find those runs first (a cheap scan), then test
# each one, instead of trying every key pattern at every position of a long message.
_LONG_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{50,120}(?![0-9A-Za-z])")


@dataclass(frozen=True)
class Finding:
    """Where a secret is; deliberately without its value."""

    kind: str  # recovery-phrase, possible-recovery-phrase, private-key, extended-private-key
    start: int
    end: int
    severity: str  # "high" (certain) or "warn" (likely: a near-complete phrase)
    wordlist: str = ""


def is_private_key_context(text: str, start: int, end: int | None = None) -> bool:
    """Whether a key-shaped string at text[start:end] is introduced as a private key."""
    if KEY_CONTEXT.search(text, max(0, start - 60), start):
        return True
    return end is not None and bool(KEY_CONTEXT.search(text, end, min(len(text), end + 30)))


is_private_key_hex = is_private_key_context  # the name older callers use


def _b58check(value: str) -> bytes | None:
    try:
        raw = base58.b58decode(value)
    except ValueError:
        return None
    if len(raw) < 5:
        return None
    ok = hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]
    return raw[:-4] if ok else None


def _key_kind(text: str, value: str, start: int, end: int) -> str | None:
    if _XPRV.fullmatch(value):
        payload = _b58check(value)
        if payload and len(payload) == 78 and payload[:4] in _XPRV_VERSIONS:
            return "extended-private-key"
    elif _WIF.fullmatch(value):
        payload = _b58check(value) or b""
        if payload[:1] in (b"\x80", b"\xef") and (
            len(payload) == 33 or (len(payload) == 34 and payload[-1] == 1)
        ):
            return "private-key"
    if _HEX64.fullmatch(value) and is_private_key_context(text, start, end):
        return "private-key"
    if _B58_64.fullmatch(value) and is_private_key_context(text, start, end):
        try:
            if len(base58.b58decode(value)) == 64:  # a Solana secret key (Phantom export)
                return "private-key"
        except ValueError:
            return None
    return None


def _keys(text: str) -> list[Finding]:
    found = []
    for run in finditer_chunked(_LONG_RUN, text):
        kind = _key_kind(text, run.group(0), run.start(), run.end())
        if kind is not None:
            found.append(Finding(kind, run.start(), run.end(), "high"))
    return found


def find_sensitive(text: str) -> list[Finding]:
    """Recovery phrases (checksum-validated, plus near misses) and private keys, by position."""
    return list(_find_cached(text))


@lru_cache(maxsize=32)
def _find_cached(text: str) -> tuple[Finding, ...]:
    # One message is scanned for the banner, the autosave and the translation input: once.
    scan = to_halfwidth_digits(text)  # same length, so spans index the original
    findings = _keys(scan)
    for hit in find_phrases(scan):
        kind = "recovery-phrase" if hit.valid else "possible-recovery-phrase"
        findings.append(Finding(kind, hit.start, hit.end, "high" if hit.valid else "warn",
                                hit.wordlist))  # fmt: skip
    # Certain findings first, then the longest: a near miss never hides a real phrase.
    findings.sort(key=lambda f: (f.severity != "high", -(f.end - f.start)))
    chosen: list[Finding] = []
    for f in findings:
        if not any(f.start < c.end and c.start < f.end for c in chosen):
            chosen.append(f)
    return tuple(sorted(chosen, key=lambda f: f.start))


def redact(text: str, findings: list[Finding] | None = None) -> str:
    """Replace every finding with a fixed ASCII marker: safe to store, log, copy or translate."""
    if findings is None:
        findings = find_sensitive(text)
    out, last = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < last:
            continue
        out.append(text[last : f.start])
        out.append(REDACTED.get(f.kind, "[REDACTED]"))
        last = f.end
    out.append(text[last:])
    return "".join(out)
