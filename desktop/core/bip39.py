"""BIP-39 recovery phrases in text, in every official wordlist, spaced or written solid.

A phrase is a run of 12/15/18/21/24 consecutive wordlist words whose checksum holds (SHA-256,
via hashlib); a near miss (one word unknown or mistyped, one missing, checksum failing) is a
softer finding. Prose never holds a long run of wordlist words, so it does not trip.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.text import finditer_chunked

PHRASE_LENGTHS = (12, 15, 18, 21, 24)
WORDLISTS = (
    "english", "chinese_simplified", "chinese_traditional", "japanese", "korean", "spanish",
    "french", "italian", "portuguese", "czech",
)  # fmt: skip  # the official BIP-39 lists (the package's Russian/Turkish ones are not)
MAX_SEGMENT = 48  # a longer run of wordlist words is a word dump, not one phrase
SLACK = 6  # wordlist words allowed around a phrase in one run ("please help", "seed")
# Letters plus combining marks (phrases are often pasted in NFD: "co\u0301modo", kana+dakuten).
_TOKEN = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u3099-\u309c])+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_SOLID = re.compile(r"^[\u3040-\u309f\u30fc]{24,}$|^[\uac00-\ud7a3]{24,}$")  # kana / hangul
# Chinese wordlists hold the 2048 commonest characters, so ordinary prose is all wordlist
# "words": unspaced Chinese counts only after a word naming a phrase, and only when valid.
PHRASE_CONTEXT = re.compile(
    r"(\u52a9\u8bb0\u8bcd|\u52a9\u8a18\u8a5e|\u6062\u590d\u77ed\u8bed|\u6062\u5fa9\u77ed\u8a9e|"
    r"\u5907\u4efd\u77ed\u8bed|\u79cd\u5b50|\u7a2e\u5b50|\u52a9\u8bb0|\u52a9\u8a18|"
    r"\u8bb0\u5fc6\u8bcd|\u5bc6\u8bed|seed|mnemonic|recovery|phrase|frase|"
    r"\u30d5\u30ec\u30fc\u30ba|\ubcf5\uad6c|\uc2dc\ub4dc|\ub2c8\ubaa8\ub2c9|\u0441\u0438\u0434|"
    r"\u043c\u043d\u0435\u043c\u043e\u043d\u0438|\u0444\u0440\u0430\u0437|kelime|"
    r"t\u1eeb\s+kh\u00f3a|c\u1ee5m\s+t\u1eeb)",
    re.IGNORECASE,
)
_COPULA = frozenset("\u662f\u4e3a\u70ba")  # "is" / "as" right after the context word


@dataclass(frozen=True)
class PhraseHit:
    start: int
    end: int
    valid: bool  # checksum holds (else: a near miss)
    wordlist: str


def fold(word: str) -> str:
    """Case- and accent-insensitive form of Latin words (customers often drop accents).

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
    index: dict[str, set[str]] = {}
    for name in WORDLISTS:
        for word in wordlist(name):
            index.setdefault(fold(word), set()).add(name)
    return {word: frozenset(lists) for word, lists in index.items()}


@lru_cache(maxsize=16)
def wordlist(name: str) -> tuple[str, ...]:
    from mnemonic import Mnemonic

    return tuple(Mnemonic(name).wordlist)


@lru_cache(maxsize=16)
def _positions(name: str) -> dict[str, int]:
    return {fold(w): i for i, w in enumerate(wordlist(name))}


def checksum_ok(name: str, words: list[str]) -> bool:
    """BIP-39: the last ENT/32 bits are the first bits of SHA-256 of the entropy."""
    if len(words) not in PHRASE_LENGTHS:
        return False
    pos = _positions(name)
    try:
        indices = [pos[fold(w)] for w in words]
    except KeyError:
        return False
    bits = 0
    for i in indices:
        bits = (bits << 11) | i
    total = 11 * len(words)
    cs_len = total // 33
    entropy = (bits >> cs_len).to_bytes((total - cs_len) // 8, "big")
    digest = hashlib.sha256(entropy).digest()
    return bits & ((1 << cs_len) - 1) == digest[0] >> (8 - cs_len)


Token = tuple[str, int, int]


def _tokens(text: str) -> list[Token]:
    """Words with spans; Chinese is split into single characters (its wordlist unit)."""
    out: list[Token] = []
    for match in finditer_chunked(_TOKEN, text):
        word = match.group(0)
        if _HAN.search(word):
            out.extend((ch, match.start() + i, match.start() + i + 1) for i, ch in enumerate(word))
        else:
            out.append((word, match.start(), match.end()))
    return out


def _runs(member: list[frozenset[str]], name: str) -> list[tuple[int, int]]:
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


def _valid_window(name: str, words: list[str]) -> tuple[int, int] | None:
    """The longest checksum-valid phrase in a run, allowing a few extra words around it."""
    for length in sorted(PHRASE_LENGTHS, reverse=True):
        if not length <= len(words) <= length + SLACK:
            continue
        for offset in range(len(words) - length + 1):
            if checksum_ok(name, words[offset : offset + length]):
                return offset, offset + length
    return None


def _spaced(tokens: list[Token], a: int, b: int) -> bool:
    """Whether single characters were written apart (as wallets display a phrase)."""
    gaps = [tokens[i + 1][1] - tokens[i][2] for i in range(a, b - 1)]
    return bool(gaps) and sum(1 for g in gaps if g > 0) >= len(gaps) - 1


def _solid_pieces(tokens: list[Token], a: int, b: int) -> Iterator[tuple[int, int]]:
    """Pieces of a run written without any gap (punctuation ends a piece)."""
    start = a
    for i in range(a + 1, b):
        if tokens[i][1] != tokens[i - 1][2]:
            yield start, i
            start = i
    yield start, b


def _chinese_runs(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Spaced runs stay; a solid run counts only right after a word naming a phrase, and
    only at exactly a phrase's length (then the checksum must hold: `strict`)."""
    kept: list[tuple[int, int]] = []
    strict: set[tuple[int, int]] = set()
    for a0, b0 in runs:
        if _spaced(tokens, a0, b0):
            kept.append((a0, b0))
            continue
        for a, b in _solid_pieces(tokens, a0, b0):
            context = None
            for m in PHRASE_CONTEXT.finditer(text, max(0, tokens[a][1] - 40), tokens[b - 1][2]):
                context = m
            if context is None:
                continue
            start = a
            while start < b and tokens[start][1] < context.end():
                start += 1
            if start < b and tokens[start][0] in _COPULA:
                start += 1
            if b - start in PHRASE_LENGTHS:
                kept.append((start, b))
                strict.add((start, b))
    return kept, strict


def _segmentations(word: str, name: str, limit: int = 256) -> Iterator[list[str]]:
    """Ways to cut a solid kana/hangul run into wordlist words (bounded)."""
    pos = _positions(name)
    longest = max(len(w) for w in pos)
    n = len(word)
    reach = [False] * (n + 1)
    reach[n] = True
    for i in range(n - 1, -1, -1):
        reach[i] = any(reach[j] and word[i:j] in pos for j in range(i + 1, min(n, i + longest) + 1))
    if not reach[0]:
        return
    count = 0
    stack: list[tuple[int, list[str]]] = [(0, [])]
    while stack and count < limit:
        i, acc = stack.pop()
        if i == n:
            count += 1
            yield acc
            continue
        if len(acc) >= PHRASE_LENGTHS[-1]:
            continue
        for j in range(min(n, i + longest), i, -1):
            if reach[j] and word[i:j] in pos:
                stack.append((j, [*acc, word[i:j]]))


def _solid_phrase(token: Token) -> PhraseHit | None:
    word = fold(token[0])
    name = "korean" if "\uac00" <= word[0] <= "\ud7a3" else "japanese"
    for words in _segmentations(word, name):
        if checksum_ok(name, words):
            return PhraseHit(token[1], token[2], True, name)
    return None


def find_phrases(text: str) -> list[PhraseHit]:
    index = _index()
    tokens = _tokens(text)
    member = [index.get(fold(t[0]), frozenset()) for t in tokens]
    found: list[PhraseHit] = []
    for token in tokens:
        if len(token[0]) >= 24 and _SOLID.match(fold(token[0])):
            hit = _solid_phrase(token)
            if hit is not None:
                found.append(hit)
    for name in sorted(set().union(*member) if member else set()):
        runs = _runs(member, name)
        strict: set[tuple[int, int]] = set()
        if name.startswith("chinese"):
            runs, strict = _chinese_runs(text, tokens, runs)
        for k, (a, b) in enumerate(runs):
            window = None
            if PHRASE_LENGTHS[0] <= b - a <= MAX_SEGMENT:
                window = _valid_window(name, [t[0] for t in tokens[a:b]])
            if window is not None:
                found.append(PhraseHit(tokens[a + window[0]][1],
                                       tokens[a + window[1] - 1][2], True, name))  # fmt: skip
                continue
            if (a, b) in strict:
                continue  # solid Chinese: only a checksum-valid phrase counts
            # Near misses: one unknown/mistyped word between two runs, or one word missing.
            end = b
            if k + 1 < len(runs) and runs[k + 1][0] == b + 1:
                end = runs[k + 1][1]
            words = end - a - (1 if end != b else 0)
            if words >= PHRASE_LENGTHS[0] - 1:
                found.append(PhraseHit(tokens[a][1], tokens[end - 1][2], False, name))
    return found
