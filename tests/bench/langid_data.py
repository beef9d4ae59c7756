"""Chat-length messages from ../shared/data/langid-lingua: the first 2-15 words of each sentence.

Words: whitespace tokens for spaced scripts (Thai puts spaces between phrases, so its tokens
are phrases); for zh/ja (no spaces at all) two characters count as one word. The word count per sentence is drawn with a fixed seed, so every run sees the same set.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

LANGS = (
    "en",
    "es",
    "pt",
    "fr",
    "de",
    "it",
    "nl",
    "tr",
    "vi",
    "id",
    "ru",
    "ar",
    "zh",
    "ja",
    "ko",
    "th",
)
UNSPACED = ("zh", "ja")


def data_dir() -> Path:
    env = os.environ.get("REPLYBRIDGE_LANGID_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared" / "data" / "langid-lingua"


def messages(seed: int = 2026) -> list[tuple[str, str, int, int]]:
    """(lang, message, word count, sentence index) for every sentence of every language."""
    rng = random.Random(seed)
    out = []
    for lang in LANGS:
        lines = (data_dir() / "sentences" / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
        for index, line in enumerate(l for l in lines if l.strip()):
            n = rng.randint(2, 15)
            if lang in UNSPACED:
                text = "".join(line.split())[: n * 2]
            else:
                text = " ".join(line.split()[:n])
            out.append((lang, text, n, index))
    return out
