"""Shared clean-up for imported glossaries: language codes, concept ids, term order and text."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Collection

from desktop.core.glossary.model import LANGS, Term

_BY_FOLD = {lang.casefold(): lang for lang in LANGS}
_ALIASES = {"in": "id"}  # old ISO code for Indonesian
_ID_OK = re.compile(r"\A[a-z0-9][a-z0-9-]{0,79}\Z")
_BREAKS = re.compile(r"[\x00-\x20\x7f-\x9f\u2028\u2029]+")  # controls, line breaks, spaces


def norm_lang(code: str) -> str | None:
    """A glossary column for a language tag (`zh_CN`, `en-US`, `PT-br`), or None if we have none."""
    fold = code.strip().replace("_", "-").casefold()
    if fold in _BY_FOLD:
        return _BY_FOLD[fold]
    parts = fold.split("-")
    if parts[0] == "zh":
        traditional = "hant" in parts or any(p in ("tw", "hk", "mo") for p in parts)
        return "zh-Hant" if traditional else "zh-Hans"
    return _BY_FOLD.get(_ALIASES.get(parts[0], parts[0]))


def clean_text(text: str) -> str:
    """One line, no control characters: cells and terms are single-line in the CSV source."""
    return _BREAKS.sub(" ", text).strip()


def clean_term(text: str) -> str:
    """A term the CSV cell syntax can hold: no ` | ` separator, no leading `!` (forbidden mark)."""
    text = clean_text(text).replace(" | ", " / ")
    return text.lstrip("!").strip()


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")[:60].strip("-")


def concept_id(wanted: str, fallback_term: str, taken: Collection[str]) -> str:
    """A usable id (lowercase, digits, '-'): the file's own when it is one, else from the term."""
    base = wanted if _ID_OK.match(wanted) else slug(fallback_term) or slug(wanted)
    if not base:
        digest = hashlib.sha1((fallback_term or wanted).encode("utf-8", "replace")).hexdigest()
        base = "term-" + digest[:8]
    cid, n = base, 2
    while cid in taken:
        cid, n = f"{base}-{n}", n + 1
    return cid


def status_of(value: str | None) -> str | None:
    """TBX administrativeStatus (any spelling) -> preferred / admitted / forbidden."""
    fold = (value or "").strip().casefold()
    if not fold:
        return None
    if fold.startswith("preferred"):
        return "preferred"
    if fold.startswith(("deprecated", "superseded", "forbidden", "notrecommended")):
        return "forbidden"
    return "admitted"


def tidy_terms(terms: list[Term]) -> tuple[Term, ...]:
    """What the CSV cell keeps: unique texts, the preferred one first, the rest admitted or
    forbidden (a cell has one preferred term: its first non-forbidden one)."""
    seen: set[str] = set()
    unique = []
    for term in terms:
        text = clean_term(term.text)
        if text and text not in seen:
            seen.add(text)
            unique.append(Term(text, term.status))
    preferred = [t for t in unique if t.status == "preferred"][:1]
    rest = [t for t in unique if t not in preferred]
    ordered = preferred + rest
    out = []
    for i, term in enumerate(ordered):
        if term.status == "forbidden":
            out.append(term)
        else:
            out.append(Term(term.text, "preferred" if i == 0 else "admitted"))
    return tuple(out)
