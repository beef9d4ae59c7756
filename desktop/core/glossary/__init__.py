"""Crypto glossary: concepts and terms, the CSV source format, matching and MT enforcement."""

from __future__ import annotations

from pathlib import Path

from desktop.core.glossary.csvfmt import load_folder
from desktop.core.glossary.match import Matcher
from desktop.core.glossary.model import Glossary


def load_layers(layers: list[Path]) -> tuple[Glossary, Matcher]:
    """Shipped < team < user: a higher layer replaces a concept by id."""
    glossary = Glossary()
    for folder in layers:
        load_folder(folder, glossary)
    return glossary, Matcher(glossary)
