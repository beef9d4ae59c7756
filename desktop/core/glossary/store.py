"""The user's writable glossary layer: atomic saves that never lose a colleague's work.

Two maintainers may save the same file: on save we compare with what is on disk now, merge
concept by concept (three-way, by id), and return the conflicts for the UI to ask about.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from desktop.core.atomic import write_text
from desktop.core.glossary.csvfmt import dump_concepts, load_concepts
from desktop.core.glossary.model import Concept, Glossary


@dataclass(frozen=True)
class Conflict:
    concept_id: str
    mine: Concept | None  # None: I deleted it
    theirs: Concept | None  # None: they deleted it


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""


def _read(path: Path) -> dict[str, Concept]:
    glossary = Glossary()
    if path.exists():
        load_concepts(path, glossary)
    return glossary.concepts


def _same(a: Concept | None, b: Concept | None) -> bool:
    if a is None or b is None:
        return a is b
    return dump_concepts([a]) == dump_concepts([b])


def merge(
    base: dict[str, Concept], mine: dict[str, Concept], theirs: dict[str, Concept]
) -> tuple[dict[str, Concept], list[Conflict]]:
    """Three-way merge by concept id; a concept changed differently on both sides conflicts."""
    merged: dict[str, Concept] = {}
    conflicts: list[Conflict] = []
    for cid in sorted(set(base) | set(mine) | set(theirs)):
        b, m, t = base.get(cid), mine.get(cid), theirs.get(cid)
        if _same(m, t):
            result = m
        elif _same(b, m):
            result = t  # only they changed it
        elif _same(b, t):
            result = m  # only I changed it
        else:
            conflicts.append(Conflict(cid, m, t))
            result = m  # provisional; the UI asks which one to keep
        if result is not None:
            merged[cid] = result
    return merged, conflicts


class GlossaryStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.base = _read(path)
        self._digest = _digest(path)

    def changed_on_disk(self) -> bool:
        return _digest(self.path) != self._digest

    def save(
        self, concepts: dict[str, Concept], resolutions: dict[str, Concept | None] | None = None
    ) -> list[Conflict]:
        """Write atomically; when the file changed meanwhile, merge. Unresolved conflicts are
        returned and nothing is written until `resolutions` (id -> chosen concept) cover them."""
        to_write = dict(concepts)
        if self.changed_on_disk():
            theirs = _read(self.path)
            to_write, conflicts = merge(self.base, concepts, theirs)
            resolutions = resolutions or {}
            open_conflicts = [c for c in conflicts if c.concept_id not in resolutions]
            if open_conflicts:
                return open_conflicts
            for cid, choice in resolutions.items():
                if choice is None:
                    to_write.pop(cid, None)
                else:
                    to_write[cid] = choice
        write_text(self.path, dump_concepts(list(to_write.values())))
        self.base = dict(to_write)
        self._digest = _digest(self.path)
        return []
