"""Secrets a customer may paste (recovery phrases, private keys): find them and redact them.

A finding never carries the secret itself (only kind and span), so it cannot leak through a
repr, a log line or the CLI.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import base58

from desktop.core.text import finditer_chunked

PHRASE_LENGTHS = (12, 15, 18, 21, 24)
WORDLISTS = (
    "english", "chinese_simplified", "chinese_traditional", "japanese", "korean", "spanish",
    "french", "italian", "portuguese", "czech",
)  # fmt: skip  # the official BIP-39 lists (the package's Russian/Turkish ones are not)
REDACTED = {
    "recovery-phrase": "[REDACTED recovery phrase]",
    "possible-recovery-phrase": "[REDACTED possible recovery phrase]",
    "private-key": "[REDACTED private key]",
    "extended-private-key": "[REDACTED private key]",
}
# Words near a 64-hex string that make it a private key rather than a transaction hash.
KEY_CONTEXT = re.compile(
    r"(private\s*key|priv\s*key|secret\s*key|私钥|私鑰|秘密鍵|プライベートキー|개인\s*키|개인키|"
    r"приватн\w*\s*ключ|секретн\w*\s*ключ|clave\s+privada|chave\s+privada|cl[ée]\s+priv[ée]e|"
    r"privater?\s+schl[üu]ssel|chiave\s+privata|[öo]zel\s+anahtar|kh[óo]a\s+ri[êe]ng|"
    r"kunci\s+pribadi|المفتاح\s+الخاص|คีย์ส่วนตัว|privésleutel|private\s+sleutel)",
    re.IGNORECASE,
)
_HEX64 = re.compile(r"(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_B58 = re.compile(r"(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{50,112}(?![0-9A-Za-z])")
_XPRV = re.compile(r"(?<![0-9A-Za-z])[xyztuv]prv[1-9A-HJ-NP-Za-km-z]{100,108}(?![0-9A-Za-z])")
# Letters plus combining marks (phrases are often pasted in NFD: "co\u0301modo", kana + dakuten).
_TOKEN = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u3099-\u309c])+")
_CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
# Chinese wordlists hold the 2048 commonest characters, so ordinary prose is all wordlist
# "words": unspaced Chinese counts only right after words that name a phrase.
PHRASE_CONTEXT = re.compile(
    r"(助记词|助記詞|恢复短语|恢復短語|备份短语|种子|種子|seed|mnemonic|recovery|phrase|"
    r"frase|phrase|フレーズ|복구|시드|니모닉|сид|мнемони|фраз|kelime|từ khóa|cụm từ)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Finding:
    kind: str  # recovery-phrase, possible-recovery-phrase, private-key, extended-private-key
    start: int
    end: int
    severity: str  # "high" (certain) or "warn" (likely)
    wordlist: str = ""


def _fold(word: str) -> str:
    """Case- and accent-insensitive form for Latin words (customers often drop accents).

    Marks on non-Latin letters (Japanese dakuten) are kept: they make different words.
    """
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) and out and ord(out[-1]) < 0x250:
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    """folded word -> the wordlists it is in."""
    from mnemonic import Mnemonic

    index: dict[str, set[str]] = {}
    for name in WORDLISTS:
        for word in Mnemonic(name).wordlist:
            index.setdefault(_fold(word), set()).add(name)
    return {word: frozenset(lists) for word, lists in index.items()}


@lru_cache(maxsize=16)
def _mnemonic(name: str) -> object:
    from mnemonic import Mnemonic

    return Mnemonic(name)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Words with spans; unspaced Chinese is split into single characters (its wordlist unit)."""
    out: list[tuple[str, int, int]] = []
    for match in finditer_chunked(_TOKEN, text):
        word = match.group(0)
        if _CJK.search(word):
            out.extend((ch, match.start() + i, match.start() + i + 1) for i, ch in enumerate(word))
        else:
            out.append((word, match.start(), match.end()))
    return out


@lru_cache(maxsize=16)
def _lookup(name: str) -> dict[str, str]:
    from mnemonic import Mnemonic

    m = _mnemonic(name)
    assert isinstance(m, Mnemonic)
    return {_fold(w): w for w in m.wordlist}


def _checksum_ok(name: str, words: list[str]) -> bool:
    from mnemonic import Mnemonic

    m = _mnemonic(name)
    assert isinstance(m, Mnemonic)
    lookup = _lookup(name)
    delimiter = "\u3000" if name == "japanese" else " "
    try:
        return bool(m.check(delimiter.join(lookup[_fold(w)] for w in words)))
    except (KeyError, LookupError, ValueError):
        return False


MAX_PHRASE_SEGMENT = 48  # longer runs of wordlist words are a word dump, not one phrase


def _segments(member: list[frozenset[str]], name: str) -> list[tuple[int, int]]:
    """Maximal runs of consecutive tokens that are all in wordlist `name`."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, lists in enumerate([*member, frozenset()]):
        if name in lists:
            start = i if start is None else start
        elif start is not None:
            out.append((start, i))
            start = None
    return out


def _spaced(tokens: list[tuple[str, int, int]], a: int, b: int) -> bool:
    """Whether single-character tokens were written apart (as wallets display a phrase)."""
    gaps = [tokens[i + 1][1] - tokens[i][2] for i in range(a, b - 1)]
    return bool(gaps) and sum(1 for g in gaps if g > 0) >= len(gaps) - 1


def _contiguous(tokens: list[tuple[str, int, int]], a: int, b: int) -> list[tuple[int, int]]:
    runs, start = [], a
    for i in range(a + 1, b):
        if tokens[i][1] != tokens[i - 1][2]:
            runs.append((start, i))
            start = i
    runs.append((start, b))
    return runs


def _chinese_segments(
    text: str, tokens: list[tuple[str, int, int]], segments: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Spaced runs stay; unspaced runs count only after a word naming a phrase (and strictly)."""
    kept: list[tuple[int, int]] = []
    strict: set[tuple[int, int]] = set()
    for a0, b0 in segments:
        if _spaced(tokens, a0, b0):
            kept.append((a0, b0))
            continue
        for a, b in _contiguous(tokens, a0, b0):  # punctuation ends an unspaced run
            window_start = max(0, tokens[a][1] - 40)
            context = None
            for m in PHRASE_CONTEXT.finditer(text, window_start, tokens[b - 1][2]):
                context = m
            if context is None:
                continue
            start = a
            while start < b and tokens[start][1] < context.end():
                start += 1
            if start < b and tokens[start][0] in ("\u662f", "\u4e3a", "\u70ba"):  # is / as
                start += 1
            # Prose after the word is common characters too: only a run of exactly a
            # phrase's length, right after it, is checked (and must pass the checksum).
            if b - start in PHRASE_LENGTHS:
                kept.append((start, b))
                strict.add((start, b))
    return kept, strict


def _phrases(text: str) -> list[Finding]:
    index = _index()
    tokens = _tokens(text)
    member = [index.get(_fold(t[0]), frozenset()) for t in tokens]
    names = set().union(*member) if member else set()
    found: list[Finding] = []
    for name in sorted(names):
        segments = _segments(member, name)
        strict: set[tuple[int, int]] = set()
        if name.startswith("chinese"):
            segments, strict = _chinese_segments(text, tokens, segments)
        for k, (a, b) in enumerate(segments):
            exact = None
            if PHRASE_LENGTHS[0] <= b - a <= MAX_PHRASE_SEGMENT:
                words = [t[0] for t in tokens[a:b]]
                for length in sorted(PHRASE_LENGTHS, reverse=True):
                    for offset in range(0, b - a - length + 1):
                        if _checksum_ok(name, words[offset : offset + length]):
                            exact = (a + offset, a + offset + length)
                            break
                    if exact:
                        break
            if exact:
                found.append(Finding("recovery-phrase", tokens[exact[0]][1],
                                     tokens[exact[1] - 1][2], "high", name))  # fmt: skip
                continue
            # Near misses: one word mistyped/unknown between two runs, or one word missing.
            end = b
            if k + 1 < len(segments) and segments[k + 1][0] == b + 1:
                end = segments[k + 1][1]
            if (a, b) in strict:
                continue  # unspaced Chinese: only a checksum-valid phrase counts
            if end - a - (1 if end != b else 0) >= PHRASE_LENGTHS[0] - 1:
                found.append(Finding("possible-recovery-phrase", tokens[a][1],
                                     tokens[end - 1][2], "warn", name))  # fmt: skip
    return found


def _b58check(value: str) -> bytes | None:
    try:
        return base58.b58decode_check(value)
    except ValueError:
        return None


# Keys are long runs of letters and digits: find those runs first (a cheap scan), then test
# each one, instead of trying the key patterns at every position of a long message.
_LONG_RUN = re.compile(r"[0-9A-Za-z]{50,}")


def _keys(text: str) -> list[Finding]:
    found = []
    for run in finditer_chunked(_LONG_RUN, text):
        value, start, end = run.group(0), run.start(), run.end()
        if value.startswith("0x") and len(value) == 66:
            value, start = value[2:], start + 2
        if _XPRV.fullmatch(value):
            payload = _b58check(value)
            if payload is not None and len(payload) == 78:
                found.append(Finding("extended-private-key", start, end, "high"))
        elif _B58.fullmatch(value):
            payload = _b58check(value)
            if payload and payload[0] in (0x80, 0xEF) and len(payload) in (33, 34):
                found.append(Finding("private-key", start, end, "high"))
        if _HEX64.fullmatch(value) and is_private_key_hex(text, run.start()):
            found.append(Finding("private-key", run.start(), end, "high"))
    return found


def find_sensitive(text: str) -> list[Finding]:
    """Recovery phrases (checksum-validated, plus near misses) and private keys, by position."""
    return list(_find_cached(text))


@lru_cache(maxsize=32)
def _find_cached(text: str) -> tuple[Finding, ...]:
    # The same message is scanned for the banner, the autosave and the translation input:
    # once is enough.
    findings = _keys(text) + _phrases(text)
    findings.sort(key=lambda f: (f.start, -f.end))
    merged: list[Finding] = []
    for f in findings:
        if merged and f.start < merged[-1].end:
            continue
        merged.append(f)
    return tuple(merged)


def is_private_key_hex(text: str, start: int) -> bool:
    """Whether a 64-hex string at `start` is introduced as a private key (not a TXID)."""
    return bool(KEY_CONTEXT.search(text[max(0, start - 60) : start]))


def redact(text: str, findings: list[Finding] | None = None) -> str:
    """Replace every finding with a fixed marker; the result is safe to store, log or translate."""
    if findings is None:
        findings = find_sensitive(text)
    out, last = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        out.append(text[last : f.start])
        out.append(REDACTED.get(f.kind, "[REDACTED]"))
        last = f.end
    out.append(text[last:])
    return "".join(out)
