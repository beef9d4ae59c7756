"""Local translation with Argos packs, calling CTranslate2 and SentencePiece directly.

Upstream argostranslate's translate path downloads a sentence-splitter model on first use (and
hangs offline), so we own splitting (segment.py), batching, n-best and decoding here.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.core.languages import ARGOS_CODE, content_code
from desktop.core.translate.engine import MissingPackError, Translation
from desktop.core.translate.packs import list_installed
from desktop.core.translate.protect import Span, translate_protected
from desktop.core.translate.segment import chunk_tokens

MAX_TOKENS = 200  # per batch item: long sentences are split, never silently truncated
PIVOT = "en"


def _decode(pieces: Sequence[str]) -> str:
    """Our own decode: SentencePiece's would turn every "_" into a space."""
    kept = [p for p in pieces if p not in ("<unk>", "<s>", "</s>", "<pad>")]
    return "".join(kept).replace("\u2581", " ").strip()


class _Model:
    def __init__(self, folder: Path, intra_threads: int) -> None:
        import ctranslate2
        import sentencepiece

        self.translator = ctranslate2.Translator(
            str(folder / "model"), device="cpu", intra_threads=intra_threads, inter_threads=1
        )
        self.sp = sentencepiece.SentencePieceProcessor(
            model_file=str(folder / "sentencepiece.model")
        )

    def translate(self, sentences: Sequence[str], n_best: int) -> list[list[str]]:
        """All sentences of a message in one translate_batch call."""
        batch: list[list[str]] = []
        owner: list[int] = []
        for i, sentence in enumerate(sentences):
            tokens = self.sp.encode(sentence, out_type=str)
            for chunk in chunk_tokens(tokens, MAX_TOKENS):
                batch.append(chunk)
                owner.append(i)
        longest = max((len(b) for b in batch), default=1)
        results = self.translator.translate_batch(
            batch,
            beam_size=max(2, n_best),
            num_hypotheses=max(1, n_best),
            max_decoding_length=min(512, 2 * longest + 10),
            max_input_length=0,
        )
        out: list[list[str]] = [[] for _ in sentences]
        parts: list[list[list[str]]] = [[] for _ in sentences]
        for i, result in zip(owner, results, strict=True):
            parts[i].append([_decode(h) for h in result.hypotheses])
        for i, chunks in enumerate(parts):
            for k in range(max(1, n_best)):
                joined = " ".join(c[k] if k < len(c) else c[0] for c in chunks).strip()
                if joined not in out[i]:
                    out[i].append(joined)
        return out


class ArgosEngine:
    """Engine over installed packs; models load per pair, lazily or via `preload` in a worker."""

    name = "argos"

    def __init__(self, packs_dir: Path, intra_threads: int = 1, cache_size: int = 256) -> None:
        self.packs_dir = packs_dir
        self.intra_threads = intra_threads
        self._models: dict[tuple[str, str], _Model] = {}
        self._lock = threading.Lock()
        self._pair_locks: dict[tuple[str, str], threading.Lock] = {}
        self._cache: OrderedDict[tuple[Any, ...], Translation] = OrderedDict()
        self._cache_size = cache_size
        self._installed: dict[tuple[str, str], Path] | None = None

    def refresh(self) -> None:
        """After an install/remove: forget loaded models, the pack list and cached results."""
        with self._lock:
            self._models.clear()
            self._cache.clear()
            self._installed = None

    def _packs(self) -> dict[tuple[str, str], Path]:
        """Installed packs, read once (listing walks folders) until refresh()."""
        with self._lock:
            if self._installed is None:
                self._installed = {
                    (p.source, p.target): p.path for p in list_installed(self.packs_dir)
                }
            return dict(self._installed)

    def pairs(self) -> set[tuple[str, str]]:
        return set(self._packs())

    def route(self, source: str, target: str) -> list[tuple[str, str]]:
        """Hops from source to target: direct, or via English; MissingPackError otherwise."""
        source, target = content_code(source), content_code(target)
        pairs = self.pairs()
        if (source, target) in pairs:
            return [(source, target)]
        if (source, PIVOT) in pairs and (PIVOT, target) in pairs:
            return [(source, PIVOT), (PIVOT, target)]
        raise MissingPackError(source, target)

    def _model(self, pair: tuple[str, str]) -> _Model:
        with self._lock:
            model = self._models.get(pair)
            if model is not None:
                return model
            lock = self._pair_locks.setdefault(pair, threading.Lock())
        with lock:  # one load per pair; other pairs stay usable meanwhile
            with self._lock:
                if pair in self._models:
                    return self._models[pair]
            folder = self._packs().get(pair)
            if folder is None:
                raise MissingPackError(*pair)
            model = _Model(folder, self.intra_threads)
            with self._lock:
                self._models[pair] = model
            return model

    def preload(self, source: str, target: str) -> list[tuple[str, str]]:
        hops = self.route(source, target)
        for hop in hops:
            self._model(hop)
        return hops

    def _segments_fn(self, hops: list[tuple[str, str]]) -> Any:
        def run(sentences: Sequence[str], _s: str, _t: str, n_best: int) -> list[list[str]]:
            current = list(sentences)
            for hop in hops[:-1]:
                current = [h[0] for h in self._model(hop).translate(current, 1)]
            return self._model(hops[-1]).translate(current, n_best)

        return run

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
    ) -> Translation:
        source, target = content_code(source), content_code(target)
        key = (text, source, target, tuple(spans), n_best, back)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        hops = self.route(source, target)
        result = translate_protected(self._segments_fn(hops), text, source, target,
                                     spans=spans, n_best=n_best, cancel=cancel)  # fmt: skip
        back_text = None
        if back:
            back_hops = self.route(target, source)
            back_text = translate_protected(self._segments_fn(back_hops), result.text, target,
                                            source, cancel=cancel).text  # fmt: skip
        route = tuple([hops[0][0]] + [h[1] for h in hops]) if len(hops) > 1 else ()
        translation = Translation(
            text=result.text, source=source, target=target, engine=self.name, pivot=route,
            back=back_text, alternatives=result.alternatives, glossary_hits=result.glossary_hits,
            warnings=result.warnings,
        )  # fmt: skip
        with self._lock:
            self._cache[key] = translation
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return translation


def argos_code(code: str) -> str:
    return ARGOS_CODE.get(code, code)
