"""Glossary matching: a 1 KB message against a generated 50,000-concept glossary, ours vs a
naive loop of one regex per term; load times; import/export of the shipped glossary in each
exchange format and of a 50,000-concept TBX."""

from __future__ import annotations

import random
import re
import statistics
import time


def _generated(n: int):  # type: ignore[no-untyped-def]
    from desktop.core.glossary.model import Concept, Glossary, Term

    rng = random.Random(7)
    syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vor", "qui", "del", "pa", "zen", "ro"]
    concepts = {}
    for i in range(n):
        words = " ".join(
            "".join(rng.choice(syllables) for _ in range(3)) for _ in range(rng.randint(1, 2))
        )
        concepts[f"c{i}"] = Concept(f"c{i}", terms={"en": (Term(f"{words}{i}"),)})
    return Glossary(concepts=concepts)


def run() -> list[tuple[str, str, str]]:
    from desktop.core.glossary import load_layers
    from desktop.core.glossary.match import Matcher
    from desktop.core.paths import shipped_dir

    started = time.perf_counter()
    load_layers([shipped_dir("glossary")])
    shipped_load = time.perf_counter() - started
    glossary = _generated(50_000)
    started = time.perf_counter()
    matcher = Matcher(glossary)
    build = time.perf_counter() - started
    terms = [c.terms["en"][0].text for c in glossary.concepts.values()]
    message = (" ".join(terms[i * 997] for i in range(20)) + " my withdrawal is pending ") * 4
    message = message[:1024]
    ours = []
    for _ in range(50):
        t = time.perf_counter()
        matcher.find(message)
        ours.append(time.perf_counter() - t)
    naive_patterns = [re.compile(r"\b" + re.escape(t) + r"\b", re.IGNORECASE) for t in terms]
    t = time.perf_counter()
    naive_hits = sum(1 for p in naive_patterns if p.search(message))
    naive = time.perf_counter() - t
    med = statistics.median(ours)
    return _exchange(glossary) + [
        ("shipped glossary load", f"{shipped_load * 1000:.0f} ms", ""),
        ("index build, 50,000 concepts", f"{build * 1000:.0f} ms", "once, in a worker"),
        ("match 1 KB message, median (ours)", f"{med * 1000:.2f} ms", "target <= 2 ms"),
        ("naive: one regex per term", f"{naive * 1000:.0f} ms ({naive_hits} hits)", ""),
        ("speed-up ours vs naive", f"{naive / med:.0f}x", "target >= 50x"),
    ]


def _timed(fn, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - started


def _exchange(big) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    from desktop.core.glossary import load_layers
    from desktop.core.glossary.exchange import export_glossary, read_glossary
    from desktop.core.paths import shipped_dir

    shipped, _ = load_layers([shipped_dir("glossary")])
    rows = []
    for fmt in ("tbx", "tbx2", "xlsx", "csv"):
        data, out = _timed(export_glossary, shipped, fmt)
        result, back = _timed(read_glossary, data, f"shipped.{fmt.rstrip('2')}")
        same = len(result.glossary.concepts) == len(shipped.concepts)
        rows.append((f"{fmt} export / import, shipped ({len(shipped.concepts)} concepts)",
                     f"{out * 1000:.0f} / {back * 1000:.0f} ms ({len(data) // 1024} KB)",
                     "all concepts back" if same else "CONCEPTS LOST"))  # fmt: skip
    legacy = export_glossary(shipped, "csv").decode().encode("gb18030", "replace")
    result, took = _timed(read_glossary, legacy, "zh.csv")
    rows.append(("GB18030 CSV import (detected: " + result.encoding + ")",
                 f"{took * 1000:.0f} ms", "encoding detection included"))  # fmt: skip
    data = export_glossary(big, "tbx")
    result, took = _timed(read_glossary, data, "big.tbx")
    rows.append((f"TBX import, {len(big.concepts):,} concepts ({len(data) // 1_000_000} MB)",
                 f"{took:.1f} s", f"{len(result.glossary.concepts):,} concepts back"))  # fmt: skip
    return rows
