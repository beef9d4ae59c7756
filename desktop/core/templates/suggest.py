"""Template suggestions for a message: a thin facade over the learned suggester (core.suggest)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.suggest.suggester import Suggestion, default_suggester
from desktop.core.templates.library import TemplateLibrary

__all__ = ["Suggestion", "suggest"]


def suggest(
    library: TemplateLibrary,
    message: str,
    *,
    translation: str | None = None,
    entity_kinds: Sequence[str] = (),
    sensitive: bool = False,
    concepts: Sequence[str] = (),
    limit: int = 5,
) -> list[Suggestion]:
    """At least 3 templates of `library` (when it has 3), best first, each with a calibrated score.

    The first call loads the model (call it from a worker). `concepts` is accepted for older
    callers and unused: the suggester finds the glossary concepts itself, in any language.
    """
    del concepts
    return default_suggester().suggest(library, message, translation=translation,
                                       entity_kinds=entity_kinds, sensitive=sensitive,
                                       limit=limit)  # fmt: skip
