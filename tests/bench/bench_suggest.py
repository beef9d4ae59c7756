"""Template suggestions on a labelled set of realistic customer messages (tests/data)."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "suggest_labelled.jsonl"


def evaluate() -> tuple[int, float, float]:
    from desktop.core.analysis import analyse
    from desktop.core.glossary import load_layers
    from desktop.core.paths import shipped_dir
    from desktop.core.templates.library import TemplateLibrary
    from desktop.core.templates.suggest import suggest

    library = TemplateLibrary([shipped_dir("templates")])
    glossary, matcher = load_layers([shipped_dir("glossary")])
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    top1 = top3 = 0
    for row in rows:
        analysis = analyse(row["text"])
        ids = sorted({m.concept_id for m in matcher.find(row["text"]) if m.concept_id})
        concepts = [glossary.concepts[c].preferred("en") or c for c in ids]
        found = suggest(library, row["text"], entity_kinds=[e.kind for e in analysis.entities],
                        sensitive=analysis.has_phrase, concepts=concepts)  # fmt: skip
        cats = [s.category for s in found]
        top1 += cats[:1] == [row["category"]]
        top3 += row["category"] in cats[:3]
    return len(rows), top1 / len(rows), top3 / len(rows)


def run() -> list[tuple[str, str, str]]:
    n, top1, top3 = evaluate()
    return [
        ("labelled messages (28 categories, en es zh ru tr vi pt ja)", str(n), ""),
        ("right category first", f"{top1:.1%}", ""),
        ("right category in the top 3", f"{top3:.1%}", "target >= 85 %"),
    ]
