"""Window geometry and splitter sizes, remembered between runs (config dir, window.ini)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter

from desktop.core import paths


def _store() -> QSettings:
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def _splits(window: Any) -> dict[str, QSplitter]:
    return {
        "main": window.main_split,
        "left": window.left,
        "right": window.right,
        "templates": window.templates.split,
        "reply": window.reply.split,
    }


def default_sizes(window: Any) -> None:
    width, height = max(window.width(), 900), max(window.height(), 600)
    window.main_split.setSizes([int(width * 0.45), int(width * 0.55)])
    window.left.setSizes([int(height * 0.55), int(height * 0.45)])
    window.right.setSizes([int(height * 0.42), int(height * 0.58)])
    window.templates.split.setSizes([int(height * 0.22), int(height * 0.2)])


def restore(window: Any) -> None:
    default_sizes(window)
    store = _store()
    geometry = store.value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = store.value("state")
    if state is not None:
        window.restoreState(state)
    for name, split in _splits(window).items():
        value = store.value(f"split/{name}")
        if value is not None:
            split.restoreState(value)


def save(window: Any) -> None:
    store = _store()
    store.setValue("geometry", window.saveGeometry())
    store.setValue("state", window.saveState())
    for name, split in _splits(window).items():
        store.setValue(f"split/{name}", split.saveState())
    store.sync()
