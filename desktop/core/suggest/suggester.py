"""Rank a library's templates for a message: the model's calibrated scores plus the desk's picks."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.suggest.features import SECRET, Features, extract
from desktop.core.suggest.memory import PickMemory
from desktop.core.suggest.model import MODEL_FILE, Model, softmax

if TYPE_CHECKING:
    from desktop.core.glossary.match import Matcher
    from desktop.core.templates.library import TemplateLibrary

MIN_SUGGESTIONS = 3
PRESELECT_SCORE = 0.7  # the UI preselects the top suggestion at or above this (bench_suggest)
PICK_FLOOR = 0.3  # picks less similar than this do not move the ranking
PICK_FULL = 0.8  # a pick this similar (e.g. the same concepts in another language) counts fully
PICK_WEIGHT = 0.9  # the share of the score a fully similar pick takes over from the model
SECRET_CATEGORY = "seed-phrase-exposed"
SECRET_BOOST = 12.0  # a shared recovery phrase or private key outranks everything
REASON_PICK = "pick"  # a similar message was answered with this template before


@dataclass(frozen=True)
class Suggestion:
    """`reasons`: "concept:<id>", "entity:<kind>" or "pick", strongest first (for the tooltip)."""

    template_id: str
    category: str
    score: float  # calibrated probability that this template answers the message
    reasons: tuple[str, ...] = ()


class Suggester:
    """Load once in a worker (model, glossary matcher, picks); `suggest` is then ~1-3 ms."""

    def __init__(self, model: Model, matcher: Matcher | None, memory: PickMemory | None) -> None:
        self.model = model
        self.matcher = matcher
        self.memory = memory
        self._index = {c: i for i, c in enumerate(model.categories)}

    @classmethod
    def load(
        cls,
        *,
        model_path: Path = MODEL_FILE,
        matcher: Matcher | None = None,
        memory: PickMemory | None = None,
    ) -> Suggester:
        """`matcher`: the app's glossary matcher; default: the shipped glossary's."""
        if matcher is None:
            from desktop.core.glossary import load_layers
            from desktop.core.paths import shipped_dir

            matcher = load_layers([shipped_dir("glossary")])[1]
        return cls(Model.load(model_path), matcher, memory)

    def features(
        self,
        message: str,
        translation: str | None = None,
        entity_kinds: Sequence[str] = (),
        sensitive: bool = False,
    ) -> Features:
        kinds = list(entity_kinds) + ([SECRET] if sensitive else [])
        return extract(self.matcher, message, translation=translation, extra_kinds=kinds)

    def suggest(
        self,
        library: TemplateLibrary,
        message: str,
        *,
        translation: str | None = None,
        entity_kinds: Sequence[str] = (),
        sensitive: bool = False,
        limit: int = 5,
    ) -> list[Suggestion]:
        """Templates of `library`, best first: at least 3 (when the library has 3), never empty."""
        return self.rank(library, self.features(message, translation, entity_kinds, sensitive),
                         limit)  # fmt: skip

    def rank(
        self, library: TemplateLibrary, features: Features, limit: int = 5
    ) -> list[Suggestion]:
        import numpy as np

        logits = self.model.logits(features) / self.model.temperature
        if SECRET in features.kinds and SECRET_CATEGORY in self._index:
            # Above every other category, however sure the model is of one.
            logits[self._index[SECRET_CATEGORY]] = float(logits.max()) + SECRET_BOOST
        nearest = self.memory.nearest(features) if self.memory is not None else {}
        floor = float(logits.min()) - 1.0  # a template of a category the model does not know
        ids = sorted(library.templates)
        if not ids:
            return []
        index = [self._index.get(library.templates[tid].category) for tid in ids]
        probs = softmax(np.array([float(logits[i]) if i is not None else floor for i in index]))
        pulls = np.array([_pull(nearest.get(tid, 0.0)) for tid in ids])
        if pulls.any():  # the desk's earlier picks: a mixture, so the scores stay probabilities
            share = PICK_WEIGHT * float(pulls.max())
            probs = (1.0 - share) * probs + share * pulls / pulls.sum()
        order = sorted(range(len(ids)), key=lambda i: (-probs[i], ids[i]))
        out = []
        for i in order[: max(MIN_SUGGESTIONS, limit)]:
            template = library.templates[ids[i]]
            out.append(Suggestion(ids[i], template.category, round(float(probs[i]), 4),
                                  self._reasons(features, template.category,
                                                nearest.get(ids[i], 0.0))))  # fmt: skip
        return out

    def _reasons(self, features: Features, category: str, similar: float) -> tuple[str, ...]:
        reasons = [REASON_PICK] if similar > PICK_FLOOR else []
        index = self._index.get(category)
        if index is not None:
            for key, _weight in self.model.contributions(features, index)[:4]:
                group, name = key.split(":", 1)
                reasons.append(("concept:" if group == "c" else "entity:") + name)
        return tuple(reasons)

    def record_pick(self, message: str, template_id: str, *, translation: str | None = None,
                    entity_kinds: Sequence[str] = (), sensitive: bool = False) -> None:  # fmt: skip
        """The agent used `template_id` for `message`: keep its features (never its text)."""
        if self.memory is not None:
            features = self.features(message, translation, entity_kinds, sensitive)
            self.memory.record(features, template_id)

    def clear_picks(self) -> None:
        if self.memory is not None:
            self.memory.clear()


def _pull(similar: float) -> float:
    """How much an earlier pick this similar pulls its template up, 0..1."""
    return min(1.0, max(0.0, (similar - PICK_FLOOR) / (PICK_FULL - PICK_FLOOR)))


_default: Suggester | None = None
_default_lock = threading.Lock()


def default_suggester(shared_examples: str | None = None) -> Suggester:
    """The process-wide suggester (shipped model and glossary, the user's picks); built on first
    use, so call it first from a worker. `shared_examples`: the team's read-only picks file
    (settings key `shared_suggest_examples`; read from the settings when None)."""
    global _default
    with _default_lock:
        if _default is None:
            if shared_examples is None:
                from desktop.core import config

                shared_examples = getattr(config.load().settings, "shared_suggest_examples", "")
            shared = Path(shared_examples) if shared_examples else None
            _default = Suggester.load(memory=PickMemory(shared=shared))
        return _default


def reset_default() -> None:
    """Forget the process-wide suggester (after the settings or the model file changed)."""
    global _default
    with _default_lock:
        _default = None


def scores(model: Model, features: Features) -> Any:
    """Calibrated probabilities over the model's categories (for benchmarks and tests)."""
    return softmax(model.logits(features), model.temperature)
