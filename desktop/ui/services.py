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


def _load_templates(ctx: object, settings: Settings) -> Any:
    from desktop.core.templates.library import TemplateLibrary
    from desktop.core.templates.paths import template_layers
    from desktop.core.templates.render import Renderer

    library = TemplateLibrary(template_layers(settings))
    renderer = Renderer(library)
    return library, renderer, [*library.problems, *renderer.check()]


def _reload_templates(ctx: object, library: Any) -> Any:
    from desktop.core.templates.render import Renderer

    if not library.reload_if_changed():
        return None
    renderer = Renderer(library)
    return library, renderer, [*library.problems, *renderer.check()]


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
    from desktop.core.session import redact_for_storage

    return redact_for_storage(text, None)  # empty text: no scan, no wordlists loaded


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
    templates_loaded = Signal()  # also after a reload of edited template files
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
        self.templates: Any = None  # (TemplateLibrary, Renderer, problems), loaded in a worker
        self._templates_loading = False

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

    def load_templates(self) -> None:
        """Load the template layers once (later calls re-check the files for edits)."""
        from desktop.ui.workers import run_op

        if self.templates is not None:
            run_op(_reload_templates, self.templates[0], success=self._on_templates,
                   failure=self._load_failed("templates"), owner=self)  # fmt: skip
        elif not self._templates_loading:
            self._templates_loading = True
            run_op(_load_templates, self.settings, success=self._on_templates,
                   failure=self._load_failed("templates"), owner=self)  # fmt: skip

    def _on_templates(self, loaded: Any) -> None:
        if loaded is None:
            return  # nothing changed on disk
        self._templates_loading = False
        self.templates = loaded
        self.templates_loaded.emit()

    def _load_failed(self, name: str) -> Any:
        def failed(exc: BaseException) -> None:
            import logging

            logging.getLogger(__name__).error("loading %s failed: %s", name, type(exc).__name__)
            if name == "templates":
                self._templates_loading = False
            self.load_failed.emit(name, str(exc))

        return failed

    def load_glossary(self) -> None:
        from desktop.ui.workers import run_op

        run_op(_load_glossary, self.settings, success=self._on_glossary,
               failure=self._load_failed("glossary"), owner=self)  # fmt: skip

    def _on_glossary(self, loaded: Any) -> None:
        self.glossary = loaded
        gc.freeze()  # kept for the whole session: no collection needs to walk it again
        self.glossary_loaded.emit()

    def start_background_loads(self) -> None:
        from desktop.ui.workers import run_op

        self.load_glossary()
        run_op(_install_bundled, self.local_engine.packs_dir,
               success=lambda added: self.local_engine.refresh() if added else None,
               failure=self._load_failed("bundled packs"), owner=self)  # fmt: skip
        run_op(_load_detector, self.detector, success=self._on_detector_loaded,
               failure=self._load_failed("detector"), owner=self)  # fmt: skip

    def _on_detector_loaded(self, _detector: Any) -> None:
        gc.freeze()  # the models live as long as the app: keep them out of every collection
        self.detector_ready = True
        self.detector_loaded.emit()
