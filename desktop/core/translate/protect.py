"""Keep what must not change out of MT: mask spans, translate, verify every mask, restore.

A mask is a short Latin code such as "XQ3" (fixed-width index): NMT models copy codes like
product numbers verbatim, SentencePiece keeps them in a few pieces, and the prefix grows
("XQQ3") until it does not occur in the text. Restoring tolerates what a decoder may do to a
copied code (case, full-width or Cyrillic look-alike letters, a space before the digits). If
the model still drops, duplicates or mangles a mask, the text between the spans is translated
piece by piece and joined with the spans' replacements: the reply is never corrupted, and the
result carries the warning code "mask-fallback".
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.translate.segment import split_sentences

# Entity kinds that pass through MT unchanged (values the copy gate compares byte for byte).
PROTECTED_KINDS = frozenset({"address", "txid", "amount", "memo", "order_id", "email", "url"})
_PLACEHOLDER = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\$?\{[A-Za-z0-9_.]*\}|%\([A-Za-z_]+\)[sd]|%[sd]|%\d+|"
    r"\[REDACTED[^\]]*\]"
)
_UNDERSCORE = re.compile(r"\S*_\S*")  # the packs' tokenizer turns "_" into spaces
MASK_PREFIX = "XQ"
# What a decoder may turn each mask character into (ASCII, full-width, Cyrillic look-alike).
_LOOKALIKE = {"X": "Xx\uff38\uff58\u0425\u0445", "Q": "Qq\uff31\uff51"}
_GAP = "[ \u00a0\u3000]?"
_DIGIT = "[0-9\uff10-\uff19]"
_ANY_MASK = re.compile(f"[{_LOOKALIKE['X']}][{_LOOKALIKE['Q']}]+{_GAP}{_DIGIT}+")

# translate_segments(sentences, source, target, n_best) -> n-best list per sentence
SegmentTranslator = Callable[[Sequence[str], str, str, int], list[list[str]]]


@dataclass(frozen=True)
class Span:
    """text[start:end] must not go through MT; `replacement` goes in its place in the output.

    replacement == the original for addresses and DNT terms; the approved target-language term
    for glossary terms (kind "glossary", ref = concept id).
    """

    start: int
    end: int
    replacement: str
    kind: str
    ref: str | None = None


@dataclass(frozen=True)
class ProtectedResult:
    text: str
    alternatives: tuple[str, ...]
    glossary_hits: tuple[Span, ...]
    warnings: tuple[str, ...]


class TranslationCancelled(Exception):
    """The user cancelled; no result is shown."""


def protected_spans(text: str) -> list[Span]:
    """Entities, template placeholders, redaction markers and `_` words, as identity spans."""
    from desktop.core.entities import find_entities

    spans = [Span(e.start, e.end, e.value, e.kind) for e in find_entities(text)
             if e.kind in PROTECTED_KINDS]  # fmt: skip
    spans += [
        Span(m.start(), m.end(), m.group(0), "placeholder") for m in _PLACEHOLDER.finditer(text)
    ]
    spans += [
        Span(m.start(), m.end(), m.group(0), "underscore") for m in _UNDERSCORE.finditer(text)
    ]
    return spans


def merge_spans(first: Sequence[Span], then: Sequence[Span]) -> list[Span]:
    """Non-overlapping spans by position; on overlap the earlier list (and longer span) wins."""
    starts: list[int] = []
    chosen: list[Span] = []  # sorted by start, non-overlapping
    for group in (first, then):
        for span in sorted(group, key=lambda s: (s.start, -s.end)):
            if span.end <= span.start or span.start < 0:
                continue
            i = bisect.bisect_right(starts, span.start)
            if i > 0 and chosen[i - 1].end > span.start:
                continue
            if i < len(chosen) and chosen[i].start < span.end:
                continue
            starts.insert(i, span.start)
            chosen.insert(i, span)
    return chosen


def _width(count: int) -> int:
    return len(str(max(0, count - 1)))


def _mask_pattern(prefix: str, width: int) -> re.Pattern[str]:
    letters = "".join(f"[{re.escape(_LOOKALIKE.get(c, c))}]" for c in prefix)
    return re.compile(f"{letters}{_GAP}({_DIGIT}{{{width}}})")


def mask(text: str, spans: Sequence[Span]) -> tuple[str, str, list[Span]]:
    """(masked text, mask prefix, spans in order); span i becomes prefix + i (fixed width)."""
    ordered = sorted((s for s in spans if s.end <= len(text)), key=lambda s: s.start)
    prefix = MASK_PREFIX
    while _mask_pattern(prefix, 1).search(text):
        prefix += "Q"
    width = _width(len(ordered))
    out, last = [], 0
    for i, span in enumerate(ordered):
        out.append(text[last : span.start])
        out.append(f"{prefix}{i:0{width}d}")
        last = span.end
    out.append(text[last:])
    return "".join(out), prefix, ordered


def unmask(translated: str, prefix: str, spans: Sequence[Span]) -> str | None:
    """Restore every mask, or None when one is missing, duplicated or out of range."""
    if not spans:
        return translated
    pattern = _mask_pattern(prefix, _width(len(spans)))
    seen = sorted(int(m.group(1)) for m in pattern.finditer(translated))
    if seen != list(range(len(spans))):
        return None
    return pattern.sub(lambda m: spans[int(m.group(1))].replacement, translated)


def _has_words(segment: str) -> bool:
    return any(ch.isalpha() for ch in _ANY_MASK.sub("", segment))


def _translate_many(fn: SegmentTranslator, texts: Sequence[str], source: str, target: str,
                    n_best: int) -> list[list[str]]:  # fmt: skip
    """Up to n_best whole-text variants per text; all sentences of all texts in ONE call."""
    split = [split_sentences(t) for t in texts]
    work = [(t, i, s.strip()) for t, sents in enumerate(split)
            for i, s in enumerate(sents) if _has_words(s)]  # fmt: skip
    results = fn([s for _, _, s in work], source, target, n_best) if work else []
    per_text: list[list[tuple[int, list[str]]]] = [[] for _ in texts]
    for (t, i, _s), hyps in zip(work, results, strict=True):
        per_text[t].append((i, hyps))
    out: list[list[str]] = []
    for sentences, done in zip(split, per_text, strict=True):
        variants: list[str] = []
        for k in range(max(1, n_best)):
            parts = list(sentences)
            for i, hyps in done:
                sentence = sentences[i]
                leading = sentence[: len(sentence) - len(sentence.lstrip())]
                trailing = sentence[len(sentence.rstrip()) :]
                parts[i] = leading + (hyps[k] if k < len(hyps) else hyps[0]) + trailing
            variant = "".join(parts)
            if variant not in variants:
                variants.append(variant)
            if all(len(h) <= k + 1 for _, h in done):
                break
        out.append(variants)
    return out


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise TranslationCancelled()


def translate_protected(
    fn: SegmentTranslator,
    text: str,
    source: str,
    target: str,
    *,
    spans: Sequence[Span] = (),
    n_best: int = 1,
    cancel: threading.Event | None = None,
) -> ProtectedResult:
    """Mask entities, placeholders and caller spans (glossary/DNT), translate, verify, restore."""
    caller = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    merged = merge_spans(protected_spans(text), caller)
    masked, prefix, ordered = mask(text, merged)
    _check(cancel)
    variants = _translate_many(fn, [masked], source, target, n_best)[0]
    restored = [unmask(v, prefix, ordered) for v in variants]
    warnings: list[str] = []
    best = restored[0]
    if best is None:
        _check(cancel)
        warnings.append("mask-fallback")
        best = _fallback(fn, text, ordered, source, target)
    alternatives = tuple(r for r in restored[1:] if r is not None and r != best)[:3]
    hits = tuple(s for s in ordered if s.kind == "glossary")
    return ProtectedResult(best, alternatives, hits, tuple(warnings))


def _fallback(fn: SegmentTranslator, text: str, spans: Sequence[Span], source: str,
              target: str) -> str:  # fmt: skip
    """Translate only the stretches between spans (one batch), then join with the replacements."""
    pieces, last = [], 0
    for span in spans:
        pieces.append(text[last : span.start])
        last = span.end
    pieces.append(text[last:])
    wordy = [i for i, piece in enumerate(pieces) if _has_words(piece)]
    translated = _translate_many(fn, [pieces[i].strip() for i in wordy], source, target, 1)
    for i, variants in zip(wordy, translated, strict=True):
        piece = pieces[i]
        lead = piece[: len(piece) - len(piece.lstrip())]
        trail = piece[len(piece.rstrip()) :]
        pieces[i] = lead + variants[0] + trail
    out = [pieces[0]]
    for span, piece in zip(spans, pieces[1:], strict=True):
        out += [span.replacement, piece]
    return "".join(out)
