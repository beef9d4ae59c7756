"""Crypto glossary: concepts and terms, the CSV source format, matching and MT enforcement."""

from __future__ import annotations

from pathlib import Path

from desktop.core.glossary.csvfmt import load_folder
from desktop.core.glossary.match import Matcher
from desktop.core.glossary.model import Glossary, Problem


def load_layers(layers: list[Path]) -> tuple[Glossary, Matcher]:
    """Shipped < team < user: a higher layer replaces a concept by id."""
    glossary = Glossary()
    for folder in layers:
        load_folder(folder, glossary)
    glossary.problems.extend(conflicting_terms(glossary))
    return glossary, Matcher(glossary)


def conflicting_terms(glossary: Glossary) -> list[Problem]:
    """The same preferred term for two concepts in one language makes MT enforcement ambiguous."""
    owners: dict[tuple[str, str], str] = {}
    problems = []
    for concept in sorted(glossary.concepts.values(), key=lambda c: c.id):
        for lang, terms in concept.terms.items():
            for term in terms:
                if term.status != "preferred":
                    continue
                key = (lang, term.text.casefold())
                other = owners.setdefault(key, concept.id)
                if other != concept.id:
                    message = f"{lang} term {term.text!r} is preferred for {other} and {concept.id}"
                    problems.append(
                        Problem(concept.source, concept.line, "conflicting-term", message)
                    )
    return problems
