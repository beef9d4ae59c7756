"""One pass over an incoming message: entities, secrets, network and scam hints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.entities import Entity, Hint, find_entities, network_hints
from desktop.core.scam import ScamHint, scan
from desktop.core.sensitive import Finding, find_sensitive


@dataclass(frozen=True)
class Analysis:
    entities: tuple[Entity, ...]
    sensitive: tuple[Finding, ...]
    hints: tuple[Hint, ...]
    scam: tuple[ScamHint, ...]
    entities_complete: bool = True  # False: entities were looked for in the message's start only

    @property
    def has_phrase(self) -> bool:
        return any(f.kind.endswith("recovery-phrase") for f in self.sensitive)

    @property
    def has_key(self) -> bool:
        return any(f.kind.endswith("private-key") for f in self.sensitive)


# Entities and scam hints are looked for in the first 100,000 characters (no real message is
# longer; a hostile 1 MB paste must not hold the interpreter for long). Secrets: everywhere.
ENTITY_SCAN_LIMIT = 100_000


def analyse(text: str, official_domains: Sequence[str] = ()) -> Analysis:
    sensitive = find_sensitive(text)
    complete = len(text) <= ENTITY_SCAN_LIMIT
    text = text[:ENTITY_SCAN_LIMIT]
    hidden = [(f.start, f.end) for f in sensitive]
    entities = [e for e in find_entities(text)
                if not any(e.start < b and a < e.end for a, b in hidden)]  # fmt: skip
    return Analysis(
        tuple(entities),
        tuple(sensitive),
        tuple(network_hints(text, entities)),
        tuple(scan(text, official_domains)),
        complete,
    )
