"""Nothing heavy is imported before the window shows (models load later, in workers)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import json, sys
from desktop.ui.app import application, create_window
app = application([]); win = create_window(app, ["--lang", "en"]); win.show(); app.processEvents()
heavy = ["argostranslate", "ctranslate2", "sentencepiece", "langdetect", "lingua", "py3langid",
         "onnxruntime", "jinja2", "babel.numbers", "mnemonic", "keyring", "urllib.request"]
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""


def test_window_shows_before_any_heavy_library_is_imported(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                         timeout=120, check=True)  # fmt: skip
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
