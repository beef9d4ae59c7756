"""GUI start-up: QApplication, UI language, the window; heavy parts load after it shows."""

from __future__ import annotations

import gc
import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.core import config as config_mod
from desktop.ui.i18n import install_translator, resolve_ui_language


def create_window(app: QApplication, argv: list[str] | None = None, staged: bool = False) -> object:
    """Build the main window with settings and translator (no heavy imports).

    `staged` returns the skeleton for the first paint (the caller runs `finish_startup()`
    after it); otherwise the window comes back fully wired, as tests and screenshots want.
    """
    from desktop.ui.main_window import MainWindow
    from desktop.ui.services import Services

    loaded = config_mod.load()
    ui_lang = resolve_ui_language(loaded.settings.ui_language)
    if argv and "--lang" in argv:
        index = argv.index("--lang")
        if index + 1 < len(argv):
            ui_lang = resolve_ui_language(argv[index + 1])
    install_translator(app, ui_lang)
    services = Services(loaded.settings)
    window = MainWindow(loaded, services, ui_lang)
    if not staged:
        window.finish_startup()
    return window


# Workers run Python too and share the interpreter lock with the UI thread: handing it over
# every 0.5 ms (default 5 ms) keeps the event loop under the 50 ms stall budget while a worker
# scans a 1 MB message (measured in tests/ui/test_hostile_input.py).
SWITCH_INTERVAL_S = 0.0005
# A full garbage collection holds the lock too, for as long as it walks every object: scanning
# a 1 MB paste allocates enough to trigger several. Fewer young collections, and the models
# frozen out of the walk once loaded (Services), halved the worst stall (95 -> 50 ms, measured
# with tests/bench/bench_ui_stall.py's megabyte message).
GC_THRESHOLDS = (20_000, 20, 100)
BACKGROUND_DELAY_MS = 50


def application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    gc.set_threshold(*GC_THRESHOLDS)
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName("ReplyBridge")
    app.setOrganizationName("ReplyBridge")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("replybridge")
    return app  # type: ignore[return-value]


def _on_ready(app: QApplication, window: Any, quit_after_show: bool) -> None:
    if quit_after_show:  # the start-up benchmark and the packaging smoke test
        print("ready", flush=True)
        QTimer.singleShot(0, app.quit)
        return
    # Heavy models load in workers once the window is wired; the UI never waits for them.
    QTimer.singleShot(BACKGROUND_DELAY_MS, window.services.start_background_loads)
    QTimer.singleShot(BACKGROUND_DELAY_MS, window.compose.start)


def run_gui(argv: list[str]) -> int:
    """Show the skeleton window first, then wire it in the next turn of the event loop."""
    app = application([])
    window: Any = create_window(app, argv, staged=True)
    window.show()
    app.processEvents()  # the first paint, before anything else is built
    if "--quit-after-show" in argv:
        print("shown", flush=True)
    from desktop.core import logs  # after the first paint: logging.handlers is a heavy import

    logs.setup(debug="--debug" in argv)
    window.ready.connect(lambda: _on_ready(app, window, "--quit-after-show" in argv))
    QTimer.singleShot(0, window.finish_startup)
    return app.exec()
