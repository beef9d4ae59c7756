"""Cold start: ReplyBridge against a bare PySide6 window, same run, same machine.

"Shown" is the first paint of the main window (the skeleton: panes, tabs, toolbar, menus);
"ready" is when it is wired (services, flows, conversations restored, shortcuts live), one
turn of the event loop later. Models load after that, in workers. Both programs start from
compiled bytecode, as an installed app does. Wall-clock medians move with the load on a shared
machine, so the instruction counts of the same two start-ups (valgrind, when installed) are
given too: they repeat exactly from run to run.
"""

from __future__ import annotations

import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
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
# The floor any window with text pays and a bare one does not: font database, text layout.
BARE_TEXT = BARE.replace(
    "w = QMainWindow();",
    "from PySide6.QtWidgets import QPlainTextEdit\n"
    "w = QMainWindow(); w.setCentralWidget(QPlainTextEdit('Hello'));",
)
APP = "import sys; from desktop.__main__ import main; sys.exit(main(['--quit-after-show']))"
# The same first paint as run_gui(), ending the process there (for instruction counts).
APP_SHOWN = (
    "import os\n"
    "from desktop.__main__ import preload_core; preload_core()\n"
    "from desktop.ui.app import application, create_window\n"
    "app = application([])\n"
    "w = create_window(app, [], staged=True); w.show(); app.processEvents()\n"
    "os._exit(0)\n"
)
BARE_SHOWN = BARE.replace("print('shown', flush=True)", "import os; os._exit(0)")
RUNS = 11


def _time(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to "shown" and to "ready" (the child prints both)."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    assert proc.stdout is not None
    shown = ready = 0.0
    for line in proc.stdout:
        if line.strip() == "shown":
            shown = ready = time.perf_counter() - started
        elif line.strip() == "ready":
            ready = time.perf_counter() - started
    proc.wait(timeout=60)
    proc.stdout.close()
    assert shown, "the window never showed"
    return shown, ready


def _instructions(code: str, env: dict[str, str]) -> int | None:
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    out = subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=600)  # fmt: skip
    found = re.search(r"refs:\s+([\d,]+)", out.stderr)
    return int(found.group(1).replace(",", "")) if found else None


def run() -> list[tuple[str, str, str]]:
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)  # what an installed wheel has
    home = tempfile.mkdtemp(prefix="rb-bench-start-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home + "/c",
               XDG_DATA_HOME=home + "/d", XDG_CACHE_HOME=home + "/k")  # fmt: skip
    for var in ("REPLYBRIDGE_CONFIG_DIR", "REPLYBRIDGE_DATA_DIR", "REPLYBRIDGE_CACHE_DIR"):
        env.pop(var, None)  # the platform-dirs lookup is part of a real start
    _time(BARE, env)  # warm the OS file cache for both
    _time(APP, env)
    bare, text, shown, ready = [], [], [], []
    for _ in range(RUNS):
        bare.append(_time(BARE, env)[0])
        text.append(_time(BARE_TEXT, env)[0])
        s, r = _time(APP, env)
        shown.append(s)
        ready.append(r)
    b, s, r = statistics.median(bare), statistics.median(shown), statistics.median(ready)
    t = statistics.median(text)
    rows = [
        (f"bare PySide6 window, process start to shown (median of {RUNS})", f"{b * 1000:.0f} ms",
         ""),
        (f"ReplyBridge window, process start to shown (median of {RUNS})", f"{s * 1000:.0f} ms",
         "first paint: panes, tabs, toolbar, menus"),
        ("start-up ratio ReplyBridge / bare (wall clock)", f"{s / b:.2f}x", "target <= 1.3x"),
        ("for scale: bare window holding one text editor (fonts loaded)", f"{t * 1000:.0f} ms",
         f"{t / b:.2f}x bare; ReplyBridge is {s / t:.2f}x this"),
        (f"ReplyBridge window ready (wired), median of {RUNS}", f"{r * 1000:.0f} ms",
         f"{r / b:.2f}x bare; models then load in workers"),
    ]  # fmt: skip
    i_bare, i_app = _instructions(BARE_SHOWN, env), _instructions(APP_SHOWN, env)
    if i_bare and i_app:
        rows.append(("instructions to shown, ReplyBridge / bare (callgrind)",
                     f"{i_app / 1e6:.0f} M / {i_bare / 1e6:.0f} M = {i_app / i_bare:.2f}x",
                     "repeatable: not moved by other load"))  # fmt: skip
    return rows
