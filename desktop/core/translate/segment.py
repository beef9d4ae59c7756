"""Sentence splitting for MT: Latin, CJK and Thai punctuation, keeping numbers and abbreviations."""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr sra srta st no nr etc e.g i.e vs approx dept inc ltd co jr "
    "u.s u.s.a u.k p.s a.m p.m sig art n\u00ba tel ca cf fig ref min max".split()
)  # fmt: skip
# A sentence ends at . ! ? (and their Arabic forms) followed by space, or right after a CJK
# full stop / exclamation / question mark / semicolon; newlines always end a segment.
_END = re.compile(
    r"([.!?\u2026\u061f\u06d4]+[\"'\u201d\u2019)\]\u00bb]*)(\s+)"
    r"|([\u3002\uff01\uff1f\uff1b\uff61]+[\u300d\u300f\uff09\u201d\u2019]*\s*)"
)
# Thai writes no full stop: a space between Thai words separates sentences or clauses.
_THAI_BREAK = re.compile(r"(?<=[\u0e00-\u0e7f])(\s+)(?=[\u0e00-\u0e7f])")
# Scripts written without spaces between words: chunks of them are joined without a space.
_NO_SPACE = re.compile(r"[\u0e00-\u0e7f\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _split_thai(segment: str) -> list[str]:
    parts, start = [], 0
    for match in _THAI_BREAK.finditer(segment):
        parts.append(segment[start : match.end()])
        start = match.end()
    parts.append(segment[start:])
    return [p for p in parts if p]


def split_sentences(text: str) -> list[str]:
    """Sentences with their trailing whitespace kept, so `"".join(result) == text`."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        start = 0
        for match in _END.finditer(line):
            if match.group(1) == "." and _is_abbreviation(line, match.start(1)):
                continue
            out.append(line[start : match.end()])
            start = match.end()
        if start < len(line):
            out.append(line[start:])
    return [piece for s in out if s for piece in _split_thai(s)]


def chunk_tokens(tokens: list[str], limit: int) -> list[list[str]]:
    """Split an over-long token list (CTranslate2 truncates at 1024) into pieces <= limit.

    Cuts before a word-initial piece ("\u2581...") when one is in the second half of the
    window, so words are not cut in two; otherwise (e.g. Chinese) at the limit.
    """
    chunks: list[list[str]] = []
    start = 0
    while len(tokens) - start > limit:
        cut = start + limit
        for i in range(start + limit, start + limit // 2, -1):
            if tokens[i].startswith("\u2581"):
                cut = i
                break
        chunks.append(tokens[start:cut])
        start = cut
    chunks.append(tokens[start:])
    return chunks


def join_chunks(parts: list[str]) -> str:
    """Join translated pieces: with a space, except between Chinese/Japanese/Thai characters."""
    out = ""
    for part in parts:
        if not part:
            continue
        if out and not (_NO_SPACE.match(out[-1]) and _NO_SPACE.match(part[0])):
            out += " "
        out += part
    return out
