"""Sentence splitting for MT: Latin, CJK and Thai punctuation, keeping numbers and abbreviations."""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr sra srta st no nr etc e.g i.e vs approx dept inc ltd co jr "
    "u.s u.s.a u.k p.s a.m p.m sig art nº".split()
)  # fmt: skip
# A sentence ends at . ! ? (and their CJK/Arabic forms) followed by space/end, or at CJK
# full stops directly; newlines always end a segment.
_END = re.compile(
    r"([.!?\u2026]+[\"'\u201d\u2019)\]]*)(\s+)|([\u3002\uff01\uff1f\uff1b\u061f\u06d4]+)"
)


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


# Thai writes no full stop: a space between Thai words separates sentences or clauses.
_THAI_BREAK = re.compile(r"(?<=[\u0e00-\u0e7f])(\s+)(?=[\u0e00-\u0e7f])")


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
            if match.group(1):
                dot = match.start(1)
                if match.group(1) == "." and _is_abbreviation(line, dot):
                    continue
            end = match.end()
            out.append(line[start:end])
            start = end
        if start < len(line):
            out.append(line[start:])
    return [piece for s in out if s for piece in _split_thai(s)]


def chunk_tokens(tokens: list[str], limit: int) -> list[list[str]]:
    """Split an over-long token list (CTranslate2 truncates at 1024) into pieces <= limit."""
    return [tokens[i : i + limit] for i in range(0, len(tokens), limit)] or [[]]
