"""The agent's template picks, kept as features only (never text), to rank similar messages."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    import numpy as np

    grams = np.asarray(features.grams, dtype=np.uint64)
    with np.errstate(over="ignore"):
        permuted = np.unique((grams * np.uint64(_PERMUTE)) & np.uint64(0xFFFFFFFF))
    return frozenset(int(v) for v in permuted[:SKETCH])


def _jaccard(a: frozenset[str] | frozenset[int], b: frozenset[str] | frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def similarity(a: Pick, b: Pick) -> float:
    """0..1. Shared glossary concepts weigh most (they match across languages; one shared concept
    counts half); the same wording counts fully; entity kinds add a little."""
    shared = len(a.concepts & b.concepts)
    concepts = _jaccard(a.concepts, b.concepts) * min(1.0, shared / 2)
    has_concepts = bool(a.concepts or b.concepts)
    grams = _jaccard(a.sketch, b.sketch)
    text = max(grams, (0.6 * concepts + 0.25 * grams) / (0.6 * has_concepts + 0.25))
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


class _Index:
    """Postings (concept, kind, sketch value -> pick numbers): one message against 2000 picks
    costs a few bincounts instead of 2000 set comparisons."""

    def __init__(self, picks: list[Pick]) -> None:
        import numpy as np

        self.count = len(picks)
        self.templates = sorted({p.template_id for p in picks})
        number = {t: i for i, t in enumerate(self.templates)}
        self.template_of = np.array([number[p.template_id] for p in picks], dtype=np.int64)
        self.postings: list[dict[Any, Any]] = []
        self.sizes = []
        for group in ("concepts", "kinds", "sketch"):
            lists: dict[Any, list[int]] = {}
            for i, pick in enumerate(picks):
                for key in getattr(pick, group):
                    lists.setdefault(key, []).append(i)
            self.postings.append({k: np.array(v, dtype=np.int64) for k, v in lists.items()})
            self.sizes.append(np.array([len(getattr(p, group)) for p in picks], dtype=np.float64))

    def nearest(self, probe: Pick) -> dict[str, float]:
        import numpy as np

        if not self.count:
            return {}
        jaccards = []
        shared_concepts = None
        groups = (probe.concepts, probe.kinds, probe.sketch)
        for postings, sizes, keys in zip(self.postings, self.sizes, groups, strict=True):
            hits = [postings[k] for k in keys if k in postings]
            inter = (
                np.bincount(np.concatenate(hits), minlength=self.count)
                if hits
                else (np.zeros(self.count))
            )
            union = sizes + len(keys) - inter
            jaccards.append(np.divide(inter, union, out=np.zeros(self.count), where=union > 0))
            shared_concepts = inter if shared_concepts is None else shared_concepts
        concepts = jaccards[0] * np.minimum(1.0, np.asarray(shared_concepts) / 2)
        has_concepts = (self.sizes[0] + len(probe.concepts)) > 0
        mixed = (0.6 * concepts + 0.25 * jaccards[2]) / (0.6 * has_concepts + 0.25)
        text = np.maximum(jaccards[2], mixed)
        similar = 0.85 * text + 0.15 * jaccards[1]
        best = np.zeros(len(self.templates))
        np.maximum.at(best, self.template_of, similar)
        return {t: float(v) for t, v in zip(self.templates, best, strict=True) if v > 0}


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
        self._index: _Index | None = None

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
            self._index = None
            self._write(self._own)

    def clear(self) -> None:
        """Forget the user's picks (the team file is not the user's to clear)."""
        with self._lock:
            self._own = []
            self._index = None
            self.path.unlink(missing_ok=True)

    def nearest(self, features: Features) -> dict[str, float]:
        """template id -> similarity of its closest pick to this message (see `similarity`)."""
        with self._lock:
            if self._index is None:
                self._index = _Index(self._picks())
            index = self._index
        return index.nearest(as_pick(features))

    def _write(self, picks: list[Pick]) -> None:
        rows = [{"t": p.template_id, "c": sorted(p.concepts), "e": sorted(p.kinds),
                 "g": sorted(p.sketch)} for p in picks]  # fmt: skip
        data = json.dumps({"version": VERSION, "picks": rows}, separators=(",", ":"))
        write_bytes(self.path, data.encode("utf-8"))  # mkstemp: created 0600
        os.chmod(self.path, 0o600)
