"""The engine protocol and its result type, shared by local packs and the team server."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from desktop.core.errors import ReplyBridgeError
from desktop.core.translate.protect import Span


@dataclass(frozen=True)
class Translation:
    """`pivot` is the whole route when pivoted, e.g. ("es", "en", "zh-Hans"); empty if direct."""

    text: str
    source: str
    target: str
    engine: str
    pivot: tuple[str, ...] = ()
    back: str | None = None
    alternatives: tuple[str, ...] = ()
    glossary_hits: tuple[Span, ...] = ()
    warnings: tuple[str, ...] = ()  # codes: mask-fallback, server-down-used-local, ...


class MissingPackError(ReplyBridgeError):
    """No installed pack (direct or via English) for this pair: the UI offers an install."""

    def __init__(self, source: str, target: str) -> None:
        super().__init__(f"no language pack for {source} -> {target}")
        self.source = source
        self.target = target


class Engine(Protocol):
    name: str

    def pairs(self) -> set[tuple[str, str]]: ...

    def translate(
        self,
        text: str,
        source: str,
        target: str,
        *,
        spans: Sequence[Span] = (),
        n_best: int = 1,
        back: bool = False,
        cancel: threading.Event | None = None,
    ) -> Translation: ...
