"""Qt fixtures: a ready main window, and a check that no test leaves background work running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool


@pytest.fixture(autouse=True)
def no_leftover_threads(qapp: object) -> Iterator[None]:
    yield
    pool = QThreadPool.globalInstance()
    drained = pool.waitForDone(20_000)
    assert drained, "a test left background operations running"


@pytest.fixture
def window(qtbot: object) -> Iterator[object]:
    from desktop.ui.app import application, create_window

    app = application([])
    win = create_window(app, ["--lang", "en"])
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.services.detector.load()  # type: ignore[attr-defined]
    win.services.detector_ready = True  # type: ignore[attr-defined]
    win.show()  # type: ignore[attr-defined]
    yield win
    QThreadPool.globalInstance().waitForDone(20_000)
