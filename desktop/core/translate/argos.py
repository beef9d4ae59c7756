"""Local translation with Argos packs, calling CTranslate2 and SentencePiece directly.

Upstream argostranslate's translate path downloads a sentence-splitter model on first use (and
hangs offline), so we own splitting (segment.py), batching, n-best and decoding here; only
argostranslate's pure BPE module is imported (tokenizers.py, for `bpe.model` packs).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.core.errors import BadInputError, ReplyBridgeError
from desktop.core.translate.engine import MissingPackError, Translation
from desktop.core.translate.packs import app_code, list_installed, read_metadata
from desktop.core.translate.protect import Span, TranslationCancelled, translate_protected
from desktop.core.translate.segment import chunk_tokens, join_chunks
from desktop.core.translate.tokenizers import _sp_decode, load_tokenizer

MAX_TOKENS = 200  # per batch item: long sentences are split, never silently truncated
MAX_CHARS = 100_000  # one message; a 5 MB paste is refused with a clear message
PIVOT = "en"
_decode = _sp_decode  # SentencePiece decoding (kept under its old name for callers)


class PackLoadError(ReplyBridgeError):
    """An installed pack's model cannot be loaded or run (damaged on disk): reinstall it."""


class _Model:
    def __init__(self, folder: Path, intra_threads: int) -> None:
        import ctranslate2

        try:
            meta = read_metadata(folder)
            self.prefix = str(meta.get("target_prefix") or "")
            self.translator = ctranslate2.Translator(
                str(folder / "model"), device="cpu", intra_threads=intra_threads, inter_threads=1
            )
            # sentencepiece.model, or bpe.model + Moses: every layout argostranslate loads.
            self.tokenizer = load_tokenizer(folder, str(meta["from_code"]), str(meta["to_code"]))
        except (OSError, RuntimeError, ValueError, BadInputError) as exc:
            raise PackLoadError(
                f"the language pack {folder.name} cannot be loaded; reinstall it ({exc})"
            ) from None

    def translate(self, sentences: Sequence[str], n_best: int) -> list[list[str]]:
        """All sentences of a message in one translate_batch call; n-best list per sentence."""
        batch: list[list[str]] = []
        owner: list[int] = []
        for i, sentence in enumerate(sentences):
            for chunk in chunk_tokens(self.tokenizer.encode(sentence), MAX_TOKENS):
                batch.append(chunk)
                owner.append(i)
        if not batch:
            return []
        longest = max(len(b) for b in batch)
        try:
            results = self.translator.translate_batch(
                batch,
                target_prefix=[[self.prefix]] * len(batch) if self.prefix else None,
                beam_size=max(2, n_best),
                num_hypotheses=max(1, n_best),
                max_decoding_length=min(512, 2 * longest + 10),
                max_input_length=0,
                replace_unknowns=True,
            )
        except (RuntimeError, ValueError) as exc:
            raise PackLoadError(f"the language pack failed while translating ({exc})") from None
        parts: list[list[list[str]]] = [[] for _ in sentences]
        for i, result in zip(owner, results, strict=True):
            parts[i].append([self.tokenizer.decode(h, self.prefix) for h in result.hypotheses])
        out: list[list[str]] = [[] for _ in sentences]
        for i, chunks in enumerate(parts):
            for k in range(max(1, n_best)):
                joined = join_chunks([c[k] if k < len(c) else c[0] for c in chunks])
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
        source, target = app_code(source), app_code(target)
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
        """Load the models of a route (run it in a worker so first use does not freeze)."""
        hops = self.route(source, target)
        for hop in hops:
            self._model(hop)
        return hops

    def _segments_fn(self, hops: list[tuple[str, str]], cancel: threading.Event | None) -> Any:
        def run(sentences: Sequence[str], _s: str, _t: str, n_best: int) -> list[list[str]]:
            current = list(sentences)
            for hop in hops[:-1]:
                current = [h[0] for h in self._model(hop).translate(current, 1)]
                if cancel is not None and cancel.is_set():
                    raise TranslationCancelled()
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
        source, target = app_code(source), app_code(target)
        if len(text) > MAX_CHARS:
            raise BadInputError(
                f"the text is too long to translate ({len(text):,} characters; "
                f"the limit is {MAX_CHARS:,}): split it"
            )
        n_best = min(max(1, n_best), 4)
        key = (text, source, target, tuple(spans), n_best, back)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        hops = self.route(source, target)
        result = translate_protected(self._segments_fn(hops, cancel), text, source, target,
                                     spans=spans, n_best=n_best, cancel=cancel)  # fmt: skip
        warnings = list(result.warnings)
        back_text = None
        if back:
            if cancel is not None and cancel.is_set():
                raise TranslationCancelled()
            try:
                back_hops = self.route(target, source)
            except MissingPackError:
                warnings.append("back-missing-pack")  # the translation itself is still useful
            else:
                back_text = translate_protected(self._segments_fn(back_hops, cancel),
                                                result.text, target, source,
                                                cancel=cancel).text  # fmt: skip
        route = tuple([hops[0][0]] + [h[1] for h in hops]) if len(hops) > 1 else ()
        translation = Translation(
            text=result.text, source=source, target=target, engine=self.name, pivot=route,
            back=back_text, alternatives=result.alternatives, glossary_hits=result.glossary_hits,
            warnings=tuple(warnings),
        )  # fmt: skip
        with self._lock:
            self._cache[key] = translation
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return translation
