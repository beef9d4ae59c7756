"""The template layers for this install: shipped < team folder (profile) < user folder."""

from __future__ import annotations

from pathlib import Path

from desktop.core import paths
from desktop.core.config import Settings


def template_layers(settings: Settings) -> list[Path]:
    layers = [paths.shipped_dir("templates")]
    if settings.shared_templates:
        layers.append(Path(settings.shared_templates))
    layers.append(paths.data_dir() / "templates")
    return layers
