"""The skeleton window paints before anything heavy is imported or built.

Models, engines, SQLite and the safety scanners load after the first paint (and the models in
workers); even PySide6's `Qt` namespace, whose enums cost 30-45 ms to build, is left alone
until then (desktop/ui/first_paint.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import json, sys
import PySide6.QtCore as QtCore
from desktop.ui.app import application, create_window
app = application([])
win = create_window(app, ["--lang", "en"], staged=True)
win.show(); app.processEvents()
heavy = ["argostranslate", "ctranslate2", "sentencepiece", "langdetect", "lingua", "py3langid",
         "onnxruntime", "jinja2", "babel.numbers", "mnemonic", "keyring", "urllib.request", "fasttext",
         "sqlite3", "desktop.core.detect", "desktop.core.entities", "desktop.core.history",
         "desktop.core.translate.argos", "desktop.ui.compose_flow", "desktop.ui.safety_flow"]
shown = {"heavy": sorted(m for m in heavy if m in sys.modules),
         "qt_namespace": "Qt" in vars(QtCore), "ready": win.is_ready}
win.finish_startup()
ready = {"ready": win.is_ready, "tabs": win.tabs.count(), "status": win.statusBar().currentMessage()}
print(json.dumps({"shown": shown, "after": ready}))
"""


def test_window_paints_before_anything_heavy_is_imported(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPLYBRIDGE_CONFIG_DIR=str(tmp_path / "c"),
               REPLYBRIDGE_DATA_DIR=str(tmp_path / "d"), REPLYBRIDGE_CACHE_DIR=str(tmp_path / "k"))  # fmt: skip
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                         timeout=120, check=True)  # fmt: skip
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["shown"] == {"heavy": [], "qt_namespace": False, "ready": False}
    # Then finish_startup() wires it: one conversation (the placeholder tab replaced), ready.
    assert result["after"] == {"ready": True, "tabs": 1, "status": "Ready"}
