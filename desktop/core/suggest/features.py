"""Language-neutral features of a message: glossary concepts, entity kinds, hashed n-grams."""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.glossary.match import Matcher

# A message's first characters decide its topic; a hostile 1 MB paste must not cost seconds.
MAX_CHARS = 4_000
NGRAM_BITS = 16  # 65,536 hashed n-gram buckets (the model's size is buckets x categories)
NGRAM_ORDERS = (1, 2, 3, 4)
WORD_ORDERS = (1,)  # whole words of spaced scripts, also hashed (+0.2 % first in CV)
SECRET = "secret"  # a pseudo entity kind: a recovery phrase or private key in the message
# Entities whose characters are noise to the model (an amount's ticker, e.g. XRP, is a cue).
MASKED_KINDS = frozenset({"address", "txid", "url", "email", "order_id", SECRET})

_NON_WORD = re.compile(r"[^\w\u0e00-\u0eff]+|_+")  # Thai/Lao vowel and tone marks are kept
_DIGITS = re.compile(r"\d+")
# Diacritics (Latin, Greek, Cyrillic) and Arabic harakat: typed or not, the same word. Thai and
# CJK marks are kept (they carry the vowel), Hangul is recomposed by NFC.
_MARKS = re.compile(r"[\u0300-\u036f\u064b-\u065f\u0670]")
_MUL = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5,
        0xFF51AFD7ED558CCD)  # fmt: skip


@dataclass(frozen=True)
class Features:
    """What the model and the pick memory see of a message: never its text."""

    concepts: tuple[str, ...]  # glossary concept ids, sorted
    kinds: tuple[str, ...]  # entity kinds (address, txid, amount, ...) and `secret`, sorted
    grams: Any  # numpy int64 array: sorted unique hashed n-gram buckets


def fold(text: str) -> str:
    """Casefolded, accent-folded, digits as 0, punctuation as one space, padded with spaces."""
    text = unicodedata.normalize("NFKD", text[:MAX_CHARS].casefold())
    text = unicodedata.normalize("NFC", _MARKS.sub("", text))
    text = _DIGITS.sub("0", text)
    return " " + _NON_WORD.sub(" ", text).strip() + " "


def hashed_ngrams(text: str, bits: int = NGRAM_BITS) -> Any:
    """Sorted unique buckets of the 1-4 character n-grams of fold(text) (a stable hash, numpy)."""
    import numpy as np

    folded = fold(text)
    if not folded.strip():
        return np.zeros(0, dtype=np.int64)
    cps = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts = []
    h = np.zeros(len(cps), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for n in range(1, max(NGRAM_ORDERS) + 1):
            h = h[: len(cps) - n + 1] * np.uint64(1_000_003) + cps[n - 1 :]
            if n in NGRAM_ORDERS and len(h):
                mixed = (h + np.uint64(n)) * np.uint64(_MUL[n - 1])
                mixed ^= mixed >> np.uint64(29)
                mixed *= np.uint64(_MUL[0])
                parts.append(mixed >> np.uint64(64 - bits))
    words = folded.split()
    for n in WORD_ORDERS:
        grams = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
        if grams:
            crcs = np.array([zlib.crc32(g.encode("utf-8")) for g in grams], dtype=np.uint64)
            with np.errstate(over="ignore"):
                mixed = (crcs + np.uint64(100 + n)) * np.uint64(_MUL[0])
                mixed ^= mixed >> np.uint64(29)
                mixed *= np.uint64(_MUL[1])
            parts.append(mixed >> np.uint64(64 - bits))
    if not parts:
        return np.zeros(0, dtype=np.int64)
    return np.unique(np.concatenate(parts)).astype(np.int64)


def concept_ids(matcher: Matcher | None, text: str) -> set[str]:
    if matcher is None or not text:
        return set()
    return {m.concept_id for m in matcher.find(text[:MAX_CHARS]) if m.concept_id}


def scan(text: str) -> tuple[str, set[str]]:
    """The message's start with entities and secrets replaced by their kind (a pasted TXID is
    one cue, not 200 n-grams of hex; a recovery phrase never reaches a feature), and the kinds."""
    from desktop.core.entities import find_entities
    from desktop.core.sensitive import find_sensitive

    head = text[:MAX_CHARS]
    spans = []
    for finding in find_sensitive(head):
        if finding.kind.endswith(("recovery-phrase", "private-key")):
            spans.append((finding.start, finding.end, SECRET))
    for entity in find_entities(head):
        if not any(entity.start < end and start < entity.end for start, end, _ in spans):
            spans.append((entity.start, entity.end, entity.kind))
    out = []
    last = 0
    for start, end, kind in sorted(spans):
        if start >= last and kind in MASKED_KINDS:
            out += [head[last:start], f" {kind} "]
            last = end
    out.append(head[last:])
    return "".join(out), {kind for _, _, kind in spans}


def entity_kinds(text: str) -> set[str]:
    """Entity kinds in the message's start, plus `secret` for a recovery phrase or private key."""
    return scan(text)[1]


def extract(
    matcher: Matcher | None,
    message: str,
    *,
    translation: str | None = None,
    extra_kinds: Sequence[str] = (),
) -> Features:
    """The features of a message and of its machine translation (when there is one)."""
    import numpy as np

    masked, kinds = scan(message)
    kinds |= set(extra_kinds)
    concepts = concept_ids(matcher, masked)
    grams = hashed_ngrams(masked)
    if translation:
        masked_translation, _ = scan(translation)
        concepts |= concept_ids(matcher, masked_translation)
        grams = np.union1d(grams, hashed_ngrams(masked_translation))
    return Features(tuple(sorted(concepts)), tuple(sorted(kinds)), grams)
