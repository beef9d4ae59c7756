"""Language identification for short chat messages: script rules, then two models combined.

Non-Latin scripts are decided by rule (Hangul, kana, Han, Thai, Arabic, Cyrillic). Latin text
goes to py3langid (calibrated, fast) and lingua (strong on 2-4 words), both restricted to the
team's languages, combined in log space; langdetect adds its vote on long messages, where it is
reliable (on short ones it lowered accuracy: see tests/bench/bench_detect.py). Weights and the
ask threshold were fitted on even-numbered benchmark sentences and are reported on odd ones.
Below `ask_below` the UI asks the agent instead of guessing.
"""

from __future__ import annotations

import math
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.detect_strip import strip_non_language
from desktop.core.text import normalize

DEFAULT_LANGUAGES = (
    "en", "es", "pt", "fr", "de", "it", "nl", "tr", "vi", "id", "ru", "ar", "zh", "ja", "ko", "th",
)  # fmt: skip
SAMPLE_CHARS = 2000  # a 5 MB paste is judged on its start: language does not change mid-message
ASK_BELOW = 0.7
# Weights of the combination, fitted on even-numbered benchmark sentences.
W_LANGID = 1.0
W_LINGUA = 0.5
W_LANGDETECT = 0.5
LONG_WORDS = 16  # langdetect votes from this many words on
# lingua earns its place on short messages; on long ones py3langid alone is reliable, and
# lingua (native code holding the interpreter lock) would only stall the UI thread.
LINGUA_MAX_CHARS = 400
TEMPERATURE = 1.0
CONTEXT_WEIGHT = 0.5
SHORT_WORDS = 5

_SCRIPT_LANG = {"hangul": "ko", "kana": "ja", "han": "zh", "thai": "th", "arabic": "ar",
                "cyrillic": "ru"}  # fmt: skip
_LANGDETECT_CODE = {"zh": "zh-cn"}


@dataclass(frozen=True)
class Detection:
    """`lang` None means no language signal at all; `ask` means the agent should confirm."""

    lang: str | None
    confidence: float
    candidates: tuple[tuple[str, float], ...]
    ask: bool
    reason: str  # script, model, context, empty, unsupported-script


def _script_of(ch: str) -> str | None:
    code = ord(ch)
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D:
        return "kana"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x0E00 <= code <= 0x0E7F:
        return "thai"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if ch.isalpha() and ord(ch) < 0x0250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    return "other" if ch.isalpha() else None


def script_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        script = _script_of(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    return counts


def _by_script(counts: dict[str, int], languages: Sequence[str]) -> str | None:
    """The language a non-Latin script decides, when it dominates the message's letters."""
    total = sum(counts.values())
    if not total:
        return None
    if counts.get("kana") and "ja" in languages:
        return "ja"  # kana (even with Han) is Japanese
    if counts.get("hangul", 0) * 2 >= total and "ko" in languages:
        return "ko"
    for script in ("han", "thai", "arabic", "cyrillic"):
        lang = _SCRIPT_LANG[script]
        if counts.get(script, 0) * 2 >= total and lang in languages:
            return lang
    return None


def _warm_lingua(languages: list[Any], builder: Any) -> None:
    """Load lingua's n-gram models one language and one order at a time.

    lingua loads models lazily and holds the GIL while it does: left to the first real
    message it froze the UI for ~850 ms. In small steps the worst pause is ~100 ms, once, in
    the background load at start-up (measured in tests/bench/bench_detect.py).
    """
    for i, language in enumerate(languages):
        partner = languages[i - 1] if i else languages[-1]
        pair = builder.from_languages(language, partner).build()
        for order in range(1, 6):
            pair.compute_language_confidence_values("abcde"[:order])


class Detector:
    """Cheap to construct; `load()` (from a worker at start-up) does the heavy imports."""

    def __init__(self, languages: Sequence[str] = DEFAULT_LANGUAGES, ask_below: float = ASK_BELOW):
        self.languages = tuple(dict.fromkeys(languages))
        self.latin = tuple(l for l in self.languages if l not in _SCRIPT_LANG.values())
        self.ask_below = ask_below
        self._lock = threading.Lock()
        self._langid: object | None = None
        self._factory: object | None = None
        self._lingua: object | None = None

    @property
    def loaded(self) -> bool:
        return self._langid is not None

    def load(self) -> None:
        with self._lock:
            if self._langid is not None:
                return
            from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            DetectorFactory.seed = 0
            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            if self.latin:
                identifier.set_languages(list(self.latin))
            factory = DetectorFactory()
            profiles = []
            for lang in self.latin:
                name = _LANGDETECT_CODE.get(lang, lang)
                with open(f"{PROFILES_DIRECTORY}/{name}", encoding="utf-8") as handle:
                    profiles.append(handle.read())
            if len(profiles) >= 2:
                factory.load_json_profile(profiles)
            self._factory = factory if len(profiles) >= 2 else None
            if len(self.latin) >= 2:
                wanted = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
                          for code in self.latin]  # fmt: skip
                self._lingua = LanguageDetectorBuilder.from_languages(*wanted).build()
                _warm_lingua(wanted, LanguageDetectorBuilder)
            self._langid = identifier

    # -- scoring ---------------------------------------------------------------------------
    def _latin_scores(self, text: str) -> dict[str, float]:
        """Log-probabilities over the configured Latin-script languages."""
        assert self._langid is not None
        floor = 1e-6
        scores = {lang: W_LANGID * math.log(max(p, floor))
                  for lang, p in self._langid.rank(text)}  # type: ignore[attr-defined]  # fmt: skip
        if self._lingua is not None and W_LINGUA and len(text) <= LINGUA_MAX_CHARS:
            values = {
                c.language.iso_code_639_1.name.lower(): c.value
                for c in self._lingua.compute_language_confidence_values(text)  # type: ignore[attr-defined]
            }
            for lang in scores:
                scores[lang] += W_LINGUA * math.log(max(values.get(lang, 0.0), floor))
        if self._factory is not None and W_LANGDETECT and len(text.split()) >= LONG_WORDS:
            from langdetect.lang_detect_exception import LangDetectException

            detector = self._factory.create()  # type: ignore[attr-defined]
            detector.append(text)
            try:
                probs = {p.lang: p.prob for p in detector.get_probabilities()}
            except LangDetectException:
                probs = {}
            if probs:
                for lang in scores:
                    p = probs.get(_LANGDETECT_CODE.get(lang, lang), 0.0)
                    scores[lang] += W_LANGDETECT * math.log(max(p, 1e-4))
        return scores

    @staticmethod
    def _softmax(scores: dict[str, float]) -> list[tuple[str, float]]:
        if not scores:
            return []
        top = max(scores.values())
        exp = {l: math.exp((s - top) / TEMPERATURE) for l, s in scores.items()}
        total = sum(exp.values())
        return sorted(((l, v / total) for l, v in exp.items()), key=lambda x: -x[1])

    def _clean(self, text: str) -> str:
        return strip_non_language(normalize(text[: SAMPLE_CHARS * 4])[: SAMPLE_CHARS * 2])[
            :SAMPLE_CHARS
        ]

    def detect(self, text: str, context: Sequence[str] = ()) -> Detection:
        clean = self._clean(text)
        counts = script_counts(clean)
        if not counts:
            return Detection(None, 0.0, (), True, "empty")
        lang = _by_script(counts, self.languages)
        if lang is not None:
            return Detection(lang, 1.0, ((lang, 1.0),), False, "script")
        if not self.latin or counts.get("latin", 0) * 2 < sum(counts.values()):
            # Mostly a script none of the team's languages is written in.
            return Detection(None, 0.0, (), True, "unsupported-script")
        self.load()
        scores = self._latin_scores(clean)
        reason = "model"
        if context and len(clean.split()) < SHORT_WORDS:
            earlier = " ".join(self._clean(c) for c in context[-3:])
            if earlier.strip() and _by_script(script_counts(earlier), self.languages) is None:
                ctx_scores = self._latin_scores(earlier)
                for l in scores:
                    scores[l] += CONTEXT_WEIGHT * ctx_scores.get(l, -20.0)
                reason = "context"
        ranked = self._softmax(scores)
        best, confidence = ranked[0]
        candidates = tuple((l, round(p, 4)) for l, p in ranked[:5])
        return Detection(
            best, round(confidence, 4), candidates, confidence < self.ask_below, reason
        )


def is_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L")
