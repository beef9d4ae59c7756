"""Worst event-loop stall (5 ms QTimer heartbeat) while the window takes hostile messages."""

from __future__ import annotations

import os


def run() -> list[tuple[str, str, str]]:
    """Measured in a fresh process, like the app (not in the bench runner's crowded heap)."""
    import json
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = (
        "import json; from tests.bench.bench_ui_stall import measure; print(json.dumps(measure()))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True, timeout=600)  # fmt: skip
    return [tuple(row) for row in json.loads(out.stdout.strip().splitlines()[-1])]  # type: ignore[misc]


def measure() -> list[tuple[str, str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    for var in ("REPLYBRIDGE_CONFIG_DIR", "REPLYBRIDGE_DATA_DIR", "REPLYBRIDGE_CACHE_DIR"):
        os.environ[var] = tempfile.mkdtemp(prefix="rb-bench-ui-")
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

    from desktop.ui.app import application, create_window
    from desktop.ui.services import warm_up
    from tests.ui.test_hostile_input import HOSTILE, Heartbeat

    app = application([])
    window = create_window(app, ["--lang", "en"])
    window.services.detector.load()
    warm_up()
    import gc

    gc.freeze()  # as Services does once the models are loaded (else a full collection stalls)
    window.show()
    rows = []
    for name in sorted(HOSTILE):
        worst = []
        for _ in range(3):
            with Heartbeat() as beat:
                window.model.paste(window.model.current_id, HOSTILE[name])
                loop = QEventLoop()
                QTimer.singleShot(1500, loop.quit)
                loop.exec()
            worst.append(beat.worst)
        rows.append((f"max stall, {name} message", f"{max(worst)} ms", "target <= 50 ms"))
    QThreadPool.globalInstance().waitForDone(30_000)
    window.close()
    return rows
