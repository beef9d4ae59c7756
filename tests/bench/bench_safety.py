"""Safety detectors (secrets + entities) on chat messages: median time per message, a fresh
probe (secrets caught, TXIDs in links, false alarms) and alarms on the language-ID corpus.

"Before" figures: the same measurement on main at 6d9067e (2026-12-02, same machine), kept
here because the old code is not importable beside the new one.
"""

from __future__ import annotations

import secrets
import statistics
import time

BEFORE = {
    "median_ms": 0.060,
    "p95_ms": 0.16,
    "probe": "caught 36/42 secrets, 0/8 TXIDs in links, 8 alarms (seed 1)",
    "corpus_alarms": 0,
}


def chat_messages() -> list[str]:
    """Every corpus sentence cut to 2-15 words (tests.bench.langid_data's chat length) plus
    the probe's messages."""
    import random

    from tests.core.probe import corpus_dir

    rng = random.Random(2026)
    out = []
    for path in sorted((corpus_dir() / "sentences").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            n = rng.randint(2, 15)
            unspaced = path.stem in ("zh", "ja")
            out.append("".join(line.split())[: n * 2] if unspaced else " ".join(line.split()[:n]))
    return out


def timings(messages: list[str]) -> list[float]:
    """Seconds per message for find_sensitive (its cache cleared) plus find_entities."""
    from desktop.core import sensitive
    from desktop.core.entities import find_entities

    clear = getattr(sensitive, "_find_cached", None)
    out = []
    for text in messages:
        if clear is not None:
            clear.cache_clear()
        started = time.perf_counter()
        sensitive.find_sensitive(text)
        find_entities(text)
        out.append(time.perf_counter() - started)
    return out


def run() -> list[tuple[str, str, str]]:
    from desktop.core.entities import find_entities
    from desktop.core.sensitive import find_sensitive
    from tests.core.probe import corpus_messages, make_probe, score

    seed = secrets.randbits(32)
    cases = make_probe(seed)
    messages = chat_messages() + [c.text for c in cases]
    timings(messages[:500])  # warm the wordlists and regexes
    times = sorted(timings(messages))
    median_ms = statistics.median(times) * 1000
    p95_ms = times[int(len(times) * 0.95)] * 1000
    result = score(cases, find_sensitive, find_entities)
    corpus = corpus_messages()
    corpus_alarms = sum(len(find_sensitive(text)) for _where, text in corpus)
    ordinary = result.ordinary + result.links
    return [
        ("detection median per chat message", f"{median_ms:.3f} ms",
         f"goal <= 1 ms; before {BEFORE['median_ms']:.3f} ms ({len(messages)} messages)"),
        ("detection p95 per chat message", f"{p95_ms:.3f} ms", f"before {BEFORE['p95_ms']} ms"),
        ("probe: secrets caught", f"{result.caught}/{result.secrets}",
         f"goal 100 %; seed {seed}; before: {BEFORE['probe']}"),
        ("probe: TXIDs found inside explorer links", f"{result.links_found}/{result.links}",
         "goal 100 %"),
        ("probe: false alarms", f"{result.alarms} (on {ordinary} clean + secrets' extras)",
         "goal 0"),
        ("language-ID corpus: alarms", f"{corpus_alarms} in {len(corpus)} messages",
         f"goal 0; before {BEFORE['corpus_alarms']}"),
    ]  # fmt: skip


if __name__ == "__main__":
    for row in run():
        print(" | ".join(row))
