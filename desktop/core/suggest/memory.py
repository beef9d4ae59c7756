"""The agent's template picks, kept as features only (never text), to rank similar messages."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop.core import paths
from desktop.core.atomic import write_bytes
from desktop.core.suggest.features import Features

MAX_PICKS = 2_000  # oldest dropped first: the file stays under ~1 MB
SKETCH = 48  # n-gram buckets kept per pick: a MinHash-style sample, not enough to rebuild text
_PERMUTE = 0x9E3779B1
VERSION = 1


@dataclass(frozen=True)
class Pick:
    template_id: str
    concepts: frozenset[str]
    kinds: frozenset[str]
    sketch: frozenset[int]


def default_path() -> Path:
    return paths.data_dir() / "suggest" / "picks.json"


def sketch(features: Features) -> frozenset[int]:
    """The SKETCH smallest permuted n-gram buckets: similar messages share many of them."""
    permuted = sorted({(int(g) * _PERMUTE) & 0xFFFFFFFF for g in features.grams})
    return frozenset(permuted[:SKETCH])


def _jaccard(a: frozenset[str] | frozenset[int], b: frozenset[str] | frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def similarity(a: Pick, b: Pick) -> float:
    """0..1. Shared glossary concepts weigh most (they match across languages; one shared concept
    counts half); messages without concepts compare by n-grams; entity kinds add a little."""
    shared = len(a.concepts & b.concepts)
    concepts = _jaccard(a.concepts, b.concepts) * min(1.0, shared / 2)
    has_concepts = bool(a.concepts or b.concepts)
    text = (0.6 * concepts + 0.25 * _jaccard(a.sketch, b.sketch)) / (0.6 * has_concepts + 0.25)
    return 0.85 * text + 0.15 * _jaccard(a.kinds, b.kinds)


def as_pick(features: Features, template_id: str = "") -> Pick:
    return Pick(template_id, frozenset(features.concepts), frozenset(features.kinds),
                sketch(features))  # fmt: skip


def _read(path: Path) -> list[Pick]:
    """Picks in a file; a missing, unreadable or damaged file is no picks (never an error)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            Pick(
                str(p["t"]),
                frozenset(map(str, p["c"])),
                frozenset(map(str, p["e"])),
                frozenset(int(g) for g in p["g"]),
            )  # fmt: skip
            for p in data["picks"]
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return []


class PickMemory:
    """The user's picks (read-write, 0600) plus an optional team file (read-only)."""

    def __init__(
        self, path: Path | None = None, shared: Path | None = None, limit: int = MAX_PICKS
    ) -> None:
        self.path = path or default_path()
        self.shared = shared
        self.limit = limit
        self._lock = threading.Lock()
        self._own: list[Pick] | None = None
        self._team: list[Pick] | None = None

    def _picks(self) -> list[Pick]:
        if self._own is None:
            self._own = _read(self.path)
        if self._team is None:
            self._team = _read(self.shared) if self.shared else []
        return self._own + self._team

    def __len__(self) -> int:
        with self._lock:
            return len(self._picks())

    def record(self, features: Features, template_id: str) -> None:
        """Remember that `template_id` answered a message with these features."""
        pick = as_pick(features, template_id)
        with self._lock:
            self._picks()
            own = [p for p in self._own or [] if p != pick] + [pick]
            self._own = own[-self.limit :]
            self._write(self._own)

    def clear(self) -> None:
        """Forget the user's picks (the team file is not the user's to clear)."""
        with self._lock:
            self._own = []
            self.path.unlink(missing_ok=True)

    def nearest(self, features: Features) -> dict[str, float]:
        """template id -> similarity of its closest pick to this message."""
        probe = as_pick(features)
        best: dict[str, float] = {}
        with self._lock:
            picks = self._picks()
        for pick in picks:
            score = similarity(probe, pick)
            if score > best.get(pick.template_id, 0.0):
                best[pick.template_id] = score
        return best

    def _write(self, picks: list[Pick]) -> None:
        rows = [{"t": p.template_id, "c": sorted(p.concepts), "e": sorted(p.kinds),
                 "g": sorted(p.sketch)} for p in picks]  # fmt: skip
        data = json.dumps({"version": VERSION, "picks": rows}, separators=(",", ":"))
        write_bytes(self.path, data.encode("utf-8"))  # mkstemp: created 0600
        os.chmod(self.path, 0o600)
