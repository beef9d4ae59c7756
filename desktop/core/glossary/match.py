"""Fast glossary matching: a token index for spaced scripts (with ru/tr/es/pt inflections and
word boundaries) and a prefix index for unspaced CJK/Thai text. Longest match wins."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from desktop.core.glossary.model import Glossary

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f"
# A run of CJK/Thai is a word of its own, so "USDT" in "我的USDT没到账" is a token too.
_WORD = re.compile(rf"[^\W_{_CJK}]+(?:[-'\u2019][^\W_{_CJK}]+)*|[{_CJK}]+")
_UNSPACED = re.compile(rf"[{_CJK}]")
# Endings a term may take in running text (plural, case); only after a whole-word stem.
SUFFIXES = {
    "ru": ("а", "я", "у", "ю", "ом", "ем", "ой", "ей", "е", "ы", "и", "ов", "ев", "ам", "ям",
           "ами", "ями", "ах", "ях"),
    "tr": ("ı", "i", "u", "ü", "ın", "in", "un", "ün", "a", "e", "da", "de", "ta", "te", "dan",
           "den", "tan", "ten", "lar", "ler", "ları", "leri", "nın", "nin", "nun", "nün", "yı",
           "yi", "sı", "si", "ya", "ye", "la", "le", "ım", "im", "ımız", "imiz"),
    "es": ("s", "es"),
    "pt": ("s", "es"),
    "en": ("s", "es"),
    "fr": ("s", "x"),
}  # fmt: skip
MAX_SUFFIX = max(len(s) for values in SUFFIXES.values() for s in values)


_OPENERS = " \t\"'\u201c\u2018\u00ab(*-"  # may stand between a sentence end and its first word


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(_OPENERS)
    return not before or before[-1] in ".!?\n\r\u2026\u3002\uff01\uff1f"


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    concept_id: str  # "" for a do-not-translate token
    lang: str
    term: str
    status: str  # preferred, admitted, forbidden, dnt


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]
    concept_id: str
    lang: str
    term: str
    status: str
    exact_case: bool
    sentence_start: bool = True


class Matcher:
    """Built once per glossary (and language filter); matching a 1 KB message is sub-millisecond."""

    def __init__(self, glossary: Glossary, langs: tuple[str, ...] | None = None) -> None:
        self._words: dict[str, list[_Entry]] = defaultdict(list)
        self._prefix: dict[str, list[_Entry]] = defaultdict(list)
        for concept in glossary.concepts.values():
            for lang, terms in concept.terms.items():
                if langs is not None and lang not in langs:
                    continue
                for term in terms:
                    self._add(
                        term.text, concept.id, lang, term.status, exact_case=term.text.isupper()
                    )
        for dnt in glossary.dnt:
            self._add(dnt.text, "", "*", "dnt", dnt.case_sensitive, dnt.sentence_start)

    def _add(
        self, text: str, cid: str, lang: str, status: str, exact_case: bool, start: bool = True
    ) -> None:
        text = text.strip()
        if not text:
            return
        if _UNSPACED.match(text):
            self._prefix[text[:1]].append(_Entry((text,), cid, lang, text, status, True))
            return
        words = tuple(
            w.group(0) if exact_case else w.group(0).casefold() for w in _WORD.finditer(text)
        )
        if words:
            self._words[words[0] if exact_case else words[0]].append(
                _Entry(words, cid, lang, text, status, exact_case, start)
            )

    def _candidates(self, token: str) -> list[tuple[_Entry, str]]:
        """Entries whose first word is this token, exactly, case-folded, or as a stem."""
        folded = token.casefold()
        found = [(e, "") for e in self._words.get(token, ()) if e.exact_case]
        found += [(e, "") for e in self._words.get(folded, ()) if not e.exact_case]
        for k in range(1, min(MAX_SUFFIX, len(folded) - 2) + 1):
            suffix = folded[-k:]
            for e in self._words.get(folded[:-k], ()):
                if not e.exact_case and suffix in SUFFIXES.get(e.lang, ()):
                    found.append((e, suffix))
        return found

    def find(self, text: str, lang: str | None = None) -> list[Match]:
        """Longest match wins; of equal spans, `lang`'s term (e.g. es "staking", not en's), then a
        DNT token (zh "KYC" stays KYC rather than being taken for the English term)."""
        tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
        raw: list[Match] = []
        for i, (token, start, _end) in enumerate(tokens):
            for entry, suffix in self._candidates(token):
                n = len(entry.words)
                if i + n > len(tokens):
                    continue
                if n > 1:
                    ok = True
                    for j in range(1, n):
                        want, got = entry.words[j], tokens[i + j][0]
                        got_cmp = got if entry.exact_case else got.casefold()
                        last = j == n - 1
                        if got_cmp != want and not (
                            last and got_cmp.startswith(want)
                            and got_cmp[len(want):] in SUFFIXES.get(entry.lang, ())
                        ):  # fmt: skip
                            ok = False
                            break
                    if not ok:
                        continue
                elif suffix and not entry.words[0]:
                    continue
                if not entry.sentence_start and _opens_sentence(text, start):
                    continue  # "Base fees are low": the ordinary word, not the network
                end = tokens[i + n - 1][2]
                raw.append(
                    Match(start, end, entry.concept_id, entry.lang, entry.term, entry.status)
                )
        for m in _UNSPACED.finditer(text):
            for entry in self._prefix.get(m.group(0), ()):
                if text.startswith(entry.term, m.start()):
                    raw.append(Match(m.start(), m.start() + len(entry.term), entry.concept_id,
                                     entry.lang, entry.term, entry.status))  # fmt: skip
        rank = {lang: 0, "*": 1}  # with no language the order of addition decides (concepts first)
        raw.sort(key=lambda m: (m.start, m.start - m.end, rank.get(m.lang, 2) if lang else 0))
        out: list[Match] = []
        for match in raw:
            if out and match.start < out[-1].end:
                continue
            out.append(match)
        return out
