"""Cold start to window shown: ReplyBridge against a bare PySide6 window, same run, same machine."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.resize(1200, 780); w.show()\n"
    "app.processEvents()\n"
    "print('shown', flush=True)\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)
APP = "import sys; from desktop.__main__ import main; sys.exit(main(['--quit-after-show']))"
RUNS = 7


def _time(code: str, env: dict[str, str]) -> float:
    """Seconds from process start to the window being shown (the child prints "shown")."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "shown":
            break
    shown = time.perf_counter() - started
    proc.wait(timeout=60)
    proc.stdout.close()
    return shown


def run() -> list[tuple[str, str, str]]:
    home = tempfile.mkdtemp(prefix="rb-bench-start-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPLYBRIDGE_CONFIG_DIR=home + "/c",
               REPLYBRIDGE_DATA_DIR=home + "/d", REPLYBRIDGE_CACHE_DIR=home + "/k")  # fmt: skip
    _time(BARE, env)  # warm the OS file cache for both
    _time(APP, env)
    bare, ours = [], []
    for _ in range(RUNS):
        bare.append(_time(BARE, env))
        ours.append(_time(APP, env))
    b, o = statistics.median(bare), statistics.median(ours)
    return [
        ("bare PySide6 window, process start to shown (median of 7)", f"{b * 1000:.0f} ms", ""),
        ("ReplyBridge window, process start to shown (median of 7)", f"{o * 1000:.0f} ms", ""),
        ("start-up ratio ReplyBridge / bare", f"{o / b:.2f}x", "target <= 1.3x"),
    ]
