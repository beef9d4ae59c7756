"""Secrets a customer may paste (recovery phrases, private keys): find them and redact them.

A finding never carries the secret itself (only kind and span), so it cannot leak through a
repr, a log line or the CLI.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import base58

from desktop.core.bip39 import PHRASE_LENGTHS, WORDLISTS, find_phrases
from desktop.core.key_context import KEY_CONTEXT, is_private_key_context
from desktop.core.text import finditer_chunked, to_halfwidth_digits

__all__ = [
    "KEY_CONTEXT", "PHRASE_LENGTHS", "REDACTED", "REDACTED_PATTERN", "SENSITIVE_KINDS",
    "SEVERITIES", "WORDLISTS", "Finding", "find_sensitive",
    "is_private_key_context", "redact",
]  # fmt: skip

# ASCII markers: they survive every MT engine and tokenizer, and are masked in translation.
REDACTED = {
    "recovery-phrase": "[REDACTED recovery phrase]",
    "possible-recovery-phrase": "[REDACTED possible recovery phrase]",
    "private-key": "[REDACTED private key]",
    "extended-private-key": "[REDACTED private key]",
}
SENSITIVE_KINDS = tuple(REDACTED)  # every Finding.kind
SEVERITIES = ("high", "warn")  # Finding.severity: certain / likely
REDACTED_PATTERN = re.compile(r"\[REDACTED[^\]\n]{0,40}\]")
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


# A Solana CLI keypair file (id.json): the 64 secret-key bytes as a JSON array.
_BYTE_ARRAY = re.compile(r"\[\s*(?:\d{1,3}\s*,\s*){63}\d{1,3}\s*\]")


def _keys(text: str) -> list[Finding]:
    found = []
    if "[" in text:
        for m in finditer_chunked(_BYTE_ARRAY, text):
            if all(int(n) < 256 for n in re.findall(r"\d+", m.group(0))):
                found.append(Finding("private-key", m.start(), m.end(), "high"))
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
    starts: list[int] = []  # chosen spans, kept sorted and disjoint: O(log n) overlap tests
    ends: list[int] = []
    for f in findings:
        i = bisect.bisect_right(starts, f.start)
        if (i and ends[i - 1] > f.start) or (i < len(starts) and starts[i] < f.end):
            continue
        starts.insert(i, f.start)
        ends.insert(i, f.end)
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
