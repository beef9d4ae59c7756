"""The core services the window uses, created cheaply and loaded in the background at start."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.core.config import Settings
from desktop.ui.workers import run_op


def _load_detector(ctx: object, detector: Any) -> Any:
    detector.load()
    return detector


class Services(QObject):
    """Holds the detector (and later engines, glossary, templates); nothing heavy in __init__."""

    detector_loaded = Signal()
    load_failed = Signal(str, str)  # service name, message

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        from desktop.core.detect import Detector

        self.settings = settings
        self.detector = Detector(languages=settings.customer_languages)
        self.detector_ready = False

    def start_background_loads(self) -> None:
        run_op(
            _load_detector,
            self.detector,
            success=self._on_detector_loaded,
            failure=lambda exc: self.load_failed.emit("detector", str(exc)),
        )

    def _on_detector_loaded(self, _detector: Any) -> None:
        self.detector_ready = True
        self.detector_loaded.emit()
