"""Zero alarms on real ordinary text: every line of the shared language-ID corpus (sentences,
word pairs, single words; 16 languages), alone and three lines to a message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.sensitive import find_sensitive


def corpus_dir() -> Path:
    """REPLYBRIDGE_LANGID_DATA, else ../shared/data/langid-lingua above the checkout."""
    env = os.environ.get("REPLYBRIDGE_LANGID_DATA")
    if env:
        return Path(env)
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "data" / "langid-lingua"
        if candidate.is_dir():
            return candidate
    return Path("langid-lingua-not-found")


def corpus_files() -> list[Path]:
    return sorted(corpus_dir().glob("*/*.txt"))


def _alarms(messages: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    out = []
    for where, text in messages:
        for f in find_sensitive(text):
            out.append((where, f.kind, text[f.start : f.end][:60]))
    return out


@pytest.mark.skipif(not corpus_files(), reason="shared language-ID corpus not present")
def test_no_alarm_on_any_line_of_the_language_id_corpus():
    single: list[tuple[str, str]] = []
    grouped: list[tuple[str, str]] = []
    for path in corpus_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        where = f"{path.parent.name}/{path.name}"
        single += [(f"{where}:{i + 1}", line) for i, line in enumerate(lines)]
        grouped += [(f"{where}:{i + 1}+3", " ".join(lines[i : i + 3]))
                    for i in range(0, len(lines), 3)]  # fmt: skip
    assert len(single) > 40_000
    assert _alarms(single) == []
    assert _alarms(grouped) == []
