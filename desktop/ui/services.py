"""The core services the window uses: created after the first paint, loaded in the background."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.core import paths

if TYPE_CHECKING:
    from desktop.core.config import Settings
    from desktop.core.history import HistoryStore


def _load_detector(ctx: object, detector: Any) -> Any:
    detector.load()
    warm_up()
    return detector


def _load_glossary(ctx: object, settings: Settings) -> Any:
    from pathlib import Path

    from desktop.core.glossary import load_layers

    layers = [paths.shipped_dir("glossary")]
    if settings.shared_glossary:
        layers.append(Path(settings.shared_glossary))
    layers.append(paths.data_dir() / "glossary")
    return load_layers(layers)


def _install_bundled(ctx: object, packs_dir: Any) -> Any:
    from desktop.core.translate.packs import install_bundled

    return install_bundled(packs_dir, paths.shipped_dir("packs"))


def warm_up() -> None:
    """Import and compile the safety scanners off the UI thread (big regexes, wordlists)."""
    from desktop.core.analysis import analyse
    from desktop.core.lint import lint_reply

    analyse("warm up 0x0000000000000000000000000000000000000000 abandon")
    lint_reply("warm up", message="warm up")


def _redact(text: str) -> str:
    if not text.strip():
        return text  # nothing to scan: do not load the wordlists on the UI thread at start-up
    from desktop.core.sensitive import find_sensitive, redact

    return redact(text, find_sensitive(text))


def open_history(settings: Settings) -> HistoryStore | None:
    """Drafts and history; a broken database is moved aside (reported), never fatal."""
    import sqlite3

    from desktop.core.history import HistoryStore

    try:
        return HistoryStore(paths.data_dir() / "history.sqlite3", redact=_redact,
                            keep_days=settings.history_days)  # fmt: skip
    except (OSError, sqlite3.Error):
        return None


class Services(QObject):
    """Detector, history, keychain and engines; `start()` creates them once the window shows.

    Nothing is imported or opened in `__init__`, so the window's first paint does not wait
    for SQLite, the engines' modules or the detector's patterns; models load later, in workers.
    """

    detector_loaded = Signal()
    glossary_loaded = Signal()
    load_failed = Signal(str, str)  # service name, message

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.started = False
        self.detector_ready = False
        self.detector: Any = None
        self.history: HistoryStore | None = None
        self.secrets: Any = None
        self.local_engine: Any = None
        self.engine: Any = None
        self.glossary: Any = None  # (Glossary, Matcher), loaded in a worker at start

    def start(self) -> None:
        if self.started:
            return
        from desktop.core.detect import Detector
        from desktop.core.secrets import SecretStore
        from desktop.core.translate.argos import ArgosEngine

        self.detector = Detector(languages=self.settings.customer_languages)
        self.history = open_history(self.settings)
        self.secrets = SecretStore()
        self.local_engine = ArgosEngine(paths.packs_dir())  # models load per pair, in workers
        self.started = True
        self.apply_settings(self.settings)

    def apply_settings(self, settings: Settings) -> None:
        """Pick the engine: local packs, or the team's LibreTranslate server (local fallback)."""
        self.settings = settings
        if not self.started:
            return
        if settings.engine == "libretranslate" and settings.libretranslate_url:
            from desktop.core.translate.libretranslate import LibreTranslateEngine

            self.engine = LibreTranslateEngine(
                settings.libretranslate_url,
                lambda: self.secrets.get("libretranslate-api-key"),
                fallback=self.local_engine,
            )
        else:
            self.engine = self.local_engine

    def load_glossary(self) -> None:
        from desktop.ui.workers import run_op

        run_op(_load_glossary, self.settings, success=self._on_glossary)

    def _on_glossary(self, loaded: Any) -> None:
        self.glossary = loaded
        gc.freeze()  # kept for the whole session: no collection needs to walk it again
        self.glossary_loaded.emit()

    def start_background_loads(self) -> None:
        from desktop.ui.workers import run_op

        self.load_glossary()
        run_op(_install_bundled, self.local_engine.packs_dir,
               success=lambda added: self.local_engine.refresh() if added else None)  # fmt: skip
        run_op(
            _load_detector,
            self.detector,
            success=self._on_detector_loaded,
            failure=lambda exc: self.load_failed.emit("detector", str(exc)),
        )

    def _on_detector_loaded(self, _detector: Any) -> None:
        gc.freeze()  # the models live as long as the app: keep them out of every collection
        self.detector_ready = True
        self.detector_loaded.emit()
