"""Rank templates for an incoming message by per-language keywords, entities and secrets."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.templates.library import TemplateLibrary

# Entity kinds that hint at a category (small boosts; keywords decide).
ENTITY_HINTS = {
    "txid": ("deposit-not-credited", "transaction-stuck", "withdrawal-pending"),
    "memo": ("deposit-missing-memo",),
    "order_id": ("order-issue", "withdrawal-pending", "p2p-dispute"),
}


CONCEPT_WEIGHT = 0.1  # a tie-breaker: measured on tests/data/suggest_labelled.jsonl (bench_suggest)


@dataclass(frozen=True)
class Suggestion:
    template_id: str
    category: str
    score: float


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Keywords are the same few thousand strings for every message: folded once each.
_fold_keyword = lru_cache(maxsize=16_384)(_fold)


def suggest(
    library: TemplateLibrary,
    message: str,
    *,
    translation: str | None = None,
    entity_kinds: Sequence[str] = (),
    sensitive: bool = False,
    concepts: Sequence[str] = (),
    limit: int = 5,
) -> list[Suggestion]:
    """`concepts`: English terms of glossary concepts found in the message, in any language, so
    "вывод" or "提现" also meets the English keyword "withdrawal"."""
    text = _fold(message + "\n" + (translation or ""))
    concept_text = _fold("\n".join(concepts))
    scores: dict[str, float] = {}
    for template in library.templates.values():
        score = 0.0
        for words in template.keywords.values():
            for word in words:
                folded = _fold_keyword(word)
                if folded and folded in text:
                    score += 1.0 + 0.1 * len(folded.split())  # longer phrases are stronger cues
                elif folded and folded in concept_text:
                    score += CONCEPT_WEIGHT  # a weaker, cross-language cue
        for kind in entity_kinds:
            if template.category in ENTITY_HINTS.get(kind, ()):
                score += 0.3
        if sensitive and template.category == "seed-phrase-exposed":
            score += 10.0  # a shared secret outranks everything
        if score > 0:
            scores[template.id] = score
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [Suggestion(tid, library.templates[tid].category, round(s, 2)) for tid, s in ranked]
