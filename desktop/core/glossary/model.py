"""Glossary data: concepts with terms per language (preferred/admitted/forbidden), DNT tokens."""

from __future__ import annotations

from dataclasses import dataclass, field

LANGS = ("en", "zh-Hans", "zh-Hant", "ja", "ko", "vi", "th", "id", "ru", "tr", "es", "pt", "fr",
         "de", "ar", "it", "nl")  # fmt: skip
STATUSES = ("preferred", "admitted", "forbidden")  # TBX administrativeStatus values


@dataclass(frozen=True)
class Term:
    text: str
    status: str = "preferred"


@dataclass(frozen=True)
class Concept:
    id: str
    pos: str = "noun"
    definitions: dict[str, str] = field(default_factory=dict)
    note: str = ""
    terms: dict[str, tuple[Term, ...]] = field(default_factory=dict)
    source: str = ""
    line: int = 0
    domain: str = ""  # the file it belongs in ("core", "wallets-onchain"); "" = from `source`

    def preferred(self, lang: str) -> str | None:
        for term in self.terms.get(lang, ()):
            if term.status == "preferred":
                return term.text
        return None


def domain_of(concept: Concept) -> str:
    """The concept's domain: set by an import, else its CSV file's name (imported-x--core: core)."""
    if concept.domain:
        return concept.domain
    stem = concept.source.replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".csv")
    stem = stem.removeprefix("imported-")
    return stem.rsplit("--", 1)[-1] if stem else ""


@dataclass(frozen=True)
class DntTerm:
    text: str
    kind: str = "other"  # ticker, network, standard, product, brand, other
    case_sensitive: bool = True
    sentence_start: bool = True  # False: also an ordinary word ("Base"), kept only mid-sentence


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    code: str  # malformed-row, unknown-column, duplicate-id, conflicting-term, empty-preferred
    message: str


@dataclass
class Glossary:
    concepts: dict[str, Concept] = field(default_factory=dict)
    dnt: list[DntTerm] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
