"""BIP-39 recovery phrases in text, in every official wordlist, spaced or written solid.

A phrase is 12/15/18/21/24 wordlist words joined only by phrase separators (spaces, commas,
numbering, newlines; never sentence punctuation) whose checksum holds. A run of a phrase's
length failing the checksum, one word short or with one unknown word is a "possible" phrase
when it stands apart from prose or a word naming a phrase is near; prose has neither.
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
# A word never spans two scripts: "\u662fcard" is two words, "\u306fbrave" too.
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
_TOKEN = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff]|[\u3040-\u309f]+|[\u30a0-\u30ff]+|[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+|"
    rf"(?:(?![{_CJK}])[^\W\d_]|[\u0300-\u036f])+"
)
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
# Softer context for a near miss: also "words", "wallet" (never enough for solid Chinese).
NEAR_CONTEXT = re.compile(
    PHRASE_CONTEXT.pattern[:-1]
    + r"|words|palabras|palavras|mots|parole|slova|w\u00f6rter|woorden|kata\s+kunci|"
    r"\u5358\u8a9e|\ub2e8\uc5b4|\u0441\u043b\u043e\u0432\u0430|\u0643\u0644\u0645\u0627\u062a|"
    r"wallet|cartera|billetera|carteira|portefeuille|\u94b1\u5305|\u9322\u5305|"
    r"\u30a6\u30a9\u30ec\u30c3\u30c8|\uc9c0\uac11)",
    re.IGNORECASE,
)
_COPULA = frozenset("\u662f\u4e3a\u70ba")  # "is" / "as" right after the context word
# What may stand between two words of one phrase: spaces (also U+3000), commas, numbering
# ("1. ", "2) ", "3-", "(4)"), newlines, bullets. A period, "?" or ":" after a word ends it.
_SEPS = r"[\s,\uff0c\u3001;\uff1b|/\u00b7\u2022*_\u2013\u2014-]*"
_GAP = re.compile(
    _SEPS + r"(?:[(\[\uff08#]?\d{1,2}\s*[.)\]:\uff1a\uff09\uff0e\u3001,\-]?" + _SEPS + ")?"
)


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
    if word.isascii():
        return word.lower()  # the common case, and 20x faster
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


def _valid_window(
    name: str, words: list[str], glued: tuple[int, int] = (0, 0)
) -> tuple[int, int] | None:
    """The longest checksum-valid phrase in a run, allowing a few extra words around it.

    Among equally long ones, the one that leaves out a word glued to prose (Chinese "\u662f"
    written against "\u52a9\u8bb0\u8bcd") wins: a 12-word checksum holds by chance 1 in 16.
    """
    for length in sorted(PHRASE_LENGTHS, reverse=True):
        if not length <= len(words) <= length + SLACK:
            continue
        valid = [o for o in range(len(words) - length + 1)
                 if checksum_ok(name, words[o : o + length])]  # fmt: skip
        if valid:
            last = len(words) - length
            best = min(valid, key=lambda o: glued[0] * (o == 0) + glued[1] * (o == last))
            return best, best + length
    return None


def _segments(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges joined only by phrase separators (spaces, commas, numbering, newlines).

    Sentence punctuation breaks a segment, and so does a Chinese character glued to the next
    one: a phrase is written word by word, prose is not.
    """
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(tokens) + 1):
        if i < len(tokens):
            gap = text[tokens[i - 1][2] : tokens[i][1]]
            if gap and (gap == " " or _GAP.fullmatch(gap)):
                continue
        out.append((start, i))
        start = i
    return out


def _solid_pieces(tokens: list[Token], a: int, b: int) -> Iterator[tuple[int, int]]:
    """Pieces of a run written without any gap (punctuation ends a piece)."""
    start = a
    for i in range(a + 1, b):
        if tokens[i][1] != tokens[i - 1][2]:
            yield start, i
            start = i
    yield start, b


def _solid_chinese(text: str, tokens: list[Token], runs: list[tuple[int, int]]) -> list[int]:
    """Unspaced Chinese counts only right after a word naming a phrase, and only at exactly a
    phrase's length: returns the start index of each such candidate (its end is the piece's)."""
    kept: list[tuple[int, int]] = []
    for a0, b0 in runs:
        for a, b in _solid_pieces(tokens, a0, b0):
            if b - a < PHRASE_LENGTHS[0]:
                continue
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
    return [x for pair in kept for x in pair]


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


def _context(text: str, start: int, end: int) -> bool:
    """A word naming a phrase shortly before or right after the run."""
    return bool(
        NEAR_CONTEXT.search(text, max(0, start - 80), start)
        or NEAR_CONTEXT.search(text, end, min(len(text), end + 40))
    )


class _Scan:
    """One message's tokens, list membership and segments, shared by every wordlist."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokens(text)
        index = _index()
        self.segments = _segments(text, self.tokens)
        for a, b in self.segments:
            if b - a >= PHRASE_LENGTHS[0] - 1:
                self._trim_kana(a, index, suffix=True)
                self._trim_kana(b - 1, index, suffix=False)
        self.member = [index.get(fold(t[0]), frozenset()) for t in self.tokens]

    def _trim_kana(self, i: int, index: dict[str, frozenset[str]], suffix: bool) -> None:
        """Japanese and Korean glue particles to the words at a phrase's edges ("\u306f" before
        the first, "\u3067\u3059" / "\uc785\ub2c8\ub2e4" after the last): keep the longest
        wordlist word at that edge."""
        word, start, end = self.tokens[i]
        if "\u3040" <= word[0] <= "\u309f":
            name = "japanese"
        elif "\uac00" <= word[0] <= "\ud7a3" or "\u1100" <= word[0] <= "\u11ff":
            name = "korean"
        else:
            return
        if name in index.get(fold(word), ()):
            return
        for n in range(min(len(word) - 1, 12), 1 if name == "japanese" else 0, -1):
            part = word[-n:] if suffix else word[:n]
            if name in index.get(fold(part), ()):
                self.tokens[i] = (part, end - n, end) if suffix else (part, start, start + n)
                return

    def glued_left(self, i: int) -> bool:
        return i > 0 and self.tokens[i - 1][2] == self.tokens[i][1]

    def left_weight(self, i: int) -> int:
        """How unlikely a word glued to the prose before it starts the phrase: more so for
        "\u662f" ("is") or when numbering ("1)") follows it."""
        if not self.glued_left(i):
            return 0
        numbered = i + 1 < len(self.tokens) and any(
            ch.isdigit() for ch in self.text[self.tokens[i][2] : self.tokens[i + 1][1]]
        )
        return 1 + (self.tokens[i][0] in _COPULA) + numbered

    def glued_right(self, i: int) -> bool:
        return i + 1 < len(self.tokens) and self.tokens[i][2] == self.tokens[i + 1][1]

    def isolated(self, a: int, b: int, seg: tuple[int, int]) -> tuple[bool, bool]:
        """Whether the run stands apart from prose on the left / on the right."""
        left = a == seg[0] and not self.glued_left(a)
        right = b == seg[1] and not self.glued_right(b - 1)
        return left, right


def _near_misses(
    scan: _Scan, name: str, runs: list[tuple[int, int]], seg: tuple[int, int]
) -> Iterator[tuple[int, int]]:
    """Likely mistyped phrases: a whole list-word run of a phrase's length (checksum failing),
    one word short, or with one unknown word inside. Alarms only when the run stands apart
    from prose on both sides or a word naming a phrase is near (prose has neither)."""
    for k, (a, b) in enumerate(runs):
        spans = [(a, b, b - a, 0)]
        if k + 1 < len(runs) and runs[k + 1][0] == b + 1:
            spans.append((a, runs[k + 1][1], runs[k + 1][1] - a, 1))
        for s, e, n, unknown in spans:
            trimmed = n - scan.glued_left(s) * 1 - scan.glued_right(e - 1) * 1
            lengths = {n, trimmed} if name.startswith("chinese") else {n}
            if not any(x in PHRASE_LENGTHS or (not unknown and x + 1 in PHRASE_LENGTHS)
                       for x in lengths):  # fmt: skip
                continue
            left, right = scan.isolated(s, e, seg)
            start, end = scan.tokens[s][1], scan.tokens[e - 1][2]
            if (left and right) or _context(scan.text, start, end):
                yield s, e
                break


def find_phrases(text: str) -> list[PhraseHit]:
    scan = _Scan(text)
    tokens, member = scan.tokens, scan.member
    found: list[PhraseHit] = []
    for token in tokens:
        if len(token[0]) >= 24 and _SOLID.match(fold(token[0])):
            hit = _solid_phrase(token)
            if hit is not None:
                found.append(hit)
    for name in ("chinese_simplified", "chinese_traditional"):
        if any(name in m for m in member):
            pairs = _solid_chinese(text, tokens, _runs(member, name))
            for a, b in zip(pairs[::2], pairs[1::2], strict=True):
                if checksum_ok(name, [t[0] for t in tokens[a:b]]):
                    found.append(PhraseHit(tokens[a][1], tokens[b - 1][2], True, name))
    for seg in scan.segments:
        sa, sb = seg
        if sb - sa < PHRASE_LENGTHS[0] - 1:
            continue
        names: set[str] = set().union(*member[sa:sb])
        for name in sorted(names):
            runs = [(sa + a, sa + b) for a, b in _runs(member[sa:sb], name)]
            rest: list[tuple[int, int]] = []
            for a, b in runs:
                window = None
                if PHRASE_LENGTHS[0] <= b - a <= MAX_SEGMENT:
                    glued = (scan.left_weight(a), int(scan.glued_right(b - 1)))
                    window = _valid_window(name, [t[0] for t in tokens[a:b]], glued)
                if window is None:
                    rest.append((a, b))
                    continue
                # Redact the whole run: a 12-word checksum holds by chance 1 in 16, so the valid
                # window may be shifted off a mistyped phrase; only words glued to prose stay.
                s0 = a + 1 if window[0] > 0 and scan.glued_left(a) else a
                e0 = b - 1 if a + window[1] < b and scan.glued_right(b - 1) else b
                found.append(PhraseHit(tokens[s0][1], tokens[e0 - 1][2], True, name))
            for a, b in _near_misses(scan, name, rest, seg):
                found.append(PhraseHit(tokens[a][1], tokens[b - 1][2], False, name))
    return found
