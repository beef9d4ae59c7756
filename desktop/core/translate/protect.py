"""Keep what must not change out of MT: mask spans, translate, verify every mask, restore.

If the model drops, duplicates or mangles a mask, the text between the spans is translated
piece by piece instead and joined with the spans' replacements: the reply is never corrupted.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.translate.segment import split_sentences

# Entity kinds that pass through MT unchanged (values the copy gate compares byte for byte).
PROTECTED_KINDS = frozenset({"address", "txid", "amount", "memo", "order_id", "email", "url"})
_PLACEHOLDER = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\{[A-Za-z_][A-Za-z0-9_]*\}|%\([a-z_]+\)s|%[sd]|%\d+|"
    r"\[REDACTED[^\]]*\]"
)
_UNDERSCORE = re.compile(r"\S*_\S*")  # the packs' tokenizer turns "_" into spaces
MASK_PREFIX = "XQ"

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
    chosen: list[Span] = []
    for span in sorted(first, key=lambda s: (s.start, -s.end)) + sorted(
        then, key=lambda s: (s.start, -s.end)
    ):
        if span.end <= span.start:
            continue
        if any(span.start < c.end and c.start < span.end for c in chosen):
            continue
        chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def _mask_token(prefix: str, index: int) -> str:
    return f"{prefix}{index}"


def mask(text: str, spans: Sequence[Span]) -> tuple[str, str, list[Span]]:
    """(masked text, mask prefix, spans in order); each span becomes prefix+index."""
    prefix = MASK_PREFIX
    while prefix in text:
        prefix += "Q"
    out, last = [], 0
    ordered = sorted(spans, key=lambda s: s.start)
    for i, span in enumerate(ordered):
        out.append(text[last : span.start])
        out.append(_mask_token(prefix, i))
        last = span.end
    out.append(text[last:])
    return "".join(out), prefix, ordered


def unmask(translated: str, prefix: str, spans: Sequence[Span]) -> str | None:
    """Restore every mask, or None when one is missing, duplicated or glued to other text."""
    pattern = re.compile(rf"{re.escape(prefix)}(\d+)")
    seen = [int(m.group(1)) for m in pattern.finditer(translated)]
    if sorted(seen) != list(range(len(spans))):
        return None
    return pattern.sub(lambda m: spans[int(m.group(1))].replacement, translated)


def _translate_text(fn: SegmentTranslator, text: str, source: str, target: str,
                    n_best: int) -> list[str]:  # fmt: skip
    """Translate sentence by sentence (one batch); returns up to n_best whole-text variants."""
    sentences = split_sentences(text)
    work = [(i, s.strip()) for i, s in enumerate(sentences) if _has_words(s)]
    results = fn([s for _, s in work], source, target, n_best) if work else []
    variants = []
    for k in range(max(1, n_best)):
        parts = list(sentences)
        for (i, _sentence), hyps in zip(work, results, strict=True):
            hyp = hyps[k] if k < len(hyps) else hyps[0]
            trailing = sentences[i][len(sentences[i].rstrip()) :]
            leading = sentences[i][: len(sentences[i]) - len(sentences[i].lstrip())]
            parts[i] = leading + hyp + trailing
        variant = "".join(parts)
        if variant not in variants:
            variants.append(variant)
        if k >= 1 and all(len(h) <= k for h in results):
            break
    return variants


def _has_words(segment: str) -> bool:
    return any(ch.isalpha() for ch in re.sub(rf"{MASK_PREFIX}Q*\d+", "", segment))


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
    merged = merge_spans(protected_spans(text), spans)
    masked, prefix, ordered = mask(text, merged)
    if cancel is not None and cancel.is_set():
        raise TranslationCancelled()
    variants = _translate_text(fn, masked, source, target, n_best)
    restored = [unmask(v, prefix, ordered) for v in variants]
    warnings: list[str] = []
    if restored[0] is None:
        warnings.append("mask-fallback")
        best = _fallback(fn, text, ordered, source, target, cancel)
    else:
        best = restored[0]
    alternatives = tuple(r for r in restored[1:] if r is not None and r != best)[:3]
    hits = tuple(s for s in ordered if s.kind == "glossary")
    return ProtectedResult(best, alternatives, hits, tuple(warnings))


def _fallback(fn: SegmentTranslator, text: str, spans: Sequence[Span], source: str,
              target: str, cancel: threading.Event | None) -> str:  # fmt: skip
    """Translate only the stretches between spans, then join them with the replacements."""
    pieces, last = [], 0
    for span in spans:
        pieces.append(text[last : span.start])
        last = span.end
    pieces.append(text[last:])
    out = []
    for i, piece in enumerate(pieces):
        if cancel is not None and cancel.is_set():
            raise TranslationCancelled()
        if _has_words(piece):
            lead = piece[: len(piece) - len(piece.lstrip())]
            trail = piece[len(piece.rstrip()) :]
            out.append(lead + _translate_text(fn, piece.strip(), source, target, 1)[0] + trail)
        else:
            out.append(piece)
        if i < len(spans):
            out.append(spans[i].replacement)
    return "".join(out)


class TranslationCancelled(Exception):
    """The user cancelled; no result is shown."""
