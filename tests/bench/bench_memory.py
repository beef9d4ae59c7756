"""Resident memory of the app at each stage (fresh process, offscreen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

PROBE = r"""
import json, sys
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
out = {"python": rss()}
from desktop.ui.app import application, create_window
app = application([]); win = create_window(app, ["--lang", "en"]); win.show(); app.processEvents()
out["window shown"] = rss()
win.services.detector.load(); out["+ language detection models"] = rss()
from desktop.ui.services import warm_up; warm_up(); out["+ safety scanners"] = rss()
from desktop.core.translate.packs import install_from_file
from pathlib import Path; install_from_file(win.services.engine.packs_dir, Path(sys.argv[1]))
win.services.engine.translate("hello world", "en", "es"); out["+ one tiny translation model"] = rss()
print(json.dumps(out))
"""


def run() -> list[tuple[str, str, str]]:
    from tests.packbuilder import build_word_pack

    tmp = tempfile.mkdtemp(prefix="rb-bench-mem-")
    pack = build_word_pack(tmp, "en", "es", {"hello": "hola", "world": "mundo"})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPLYBRIDGE_CONFIG_DIR=tmp + "/c",
               REPLYBRIDGE_DATA_DIR=tmp + "/d", REPLYBRIDGE_CACHE_DIR=tmp + "/k")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", PROBE, str(pack)], env=env, capture_output=True,
                         text=True, check=True, timeout=300)  # fmt: skip
    stages = json.loads(out.stdout.strip().splitlines()[-1])
    return [(f"RSS: {stage}", f"{mb:.0f} MB", "") for stage, mb in stages.items()] + [
        ("note", "real Argos packs add ~100-300 MB each when loaded", "loaded per pair, on use")
    ]
