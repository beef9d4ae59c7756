"""Resident memory: the app at each stage and `replybridge detect`'s peak (fresh processes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

GOAL_DETECT_MB = 150
GOAL_APP_MB = 250

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
detector = win.services.detector
detector.load(); out["+ language detection models"] = rss()
from desktop.ui.services import warm_up; warm_up(); out["+ safety scanners"] = rss()
from desktop.core.translate.packs import install_from_file
from pathlib import Path; install_from_file(win.services.engine.packs_dir, Path(sys.argv[1]))
win.services.engine.translate("hello world", "en", "es"); out["+ one tiny translation model"] = rss()
detector.detect("retiro pendiente"); out["+ a short Latin message detected"] = rss()
print(json.dumps(out))
"""

# The peak of a whole `replybridge detect` process, read as it exits: VmHWM of its own memory
# map (ru_maxrss would report the bench process's size, inherited across fork).
DETECT = (
    "import sys; from desktop.__main__ import main; code = main(sys.argv[1:]); "
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]; "
    "sys.stderr.write('PEAK %s\\n' % hwm); sys.exit(code)"
)
DETECT_CASES = (
    ("Hola, hice un retiro de 250 USDT ayer y todavía no llega a mi billetera", "12 words"),
    ("Привет, где мой вывод?", "Cyrillic, decided by script"),
    ("retiro pendiente", "2 words"),
)


def _detect_peak(text: str, env: dict[str, str]) -> float:
    out = subprocess.run([sys.executable, "-c", DETECT, "detect", text], env=env,
                         capture_output=True, text=True, check=True, timeout=300)  # fmt: skip
    peak = [line for line in out.stderr.splitlines() if line.startswith("PEAK ")][-1]
    return int(peak.split()[1]) / 1024


def _verdict(mb: float, goal: int) -> str:
    return f"goal <= {goal} MB: {'met' if mb <= goal else 'NOT met'}"


def run() -> list[tuple[str, str, str]]:
    from tests.packbuilder import build_word_pack

    tmp = tempfile.mkdtemp(prefix="rb-bench-mem-")
    pack = build_word_pack(tmp, "en", "es", {"hello": "hola", "world": "mundo"})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPLYBRIDGE_CONFIG_DIR=tmp + "/c",
               REPLYBRIDGE_DATA_DIR=tmp + "/d", REPLYBRIDGE_CACHE_DIR=tmp + "/k")  # fmt: skip
    rows = []
    for text, what in DETECT_CASES:
        mb = _detect_peak(text, env)
        goal = _verdict(mb, GOAL_DETECT_MB)
        rows.append((f"`replybridge detect` peak RSS, {what}", f"{mb:.0f} MB", goal))
    out = subprocess.run([sys.executable, "-c", PROBE, str(pack)], env=env, capture_output=True,
                         text=True, check=True, timeout=300)  # fmt: skip
    stages = json.loads(out.stdout.strip().splitlines()[-1])
    for stage, mb in stages.items():
        note = ""
        if stage == "+ one tiny translation model":
            note = "app with detection, scanners, one tiny pack: " + _verdict(mb, GOAL_APP_MB)
        elif stage.startswith("+ a short"):
            note = "nothing loads later (lingua, ~240 MB, is gone); " + _verdict(mb, GOAL_APP_MB)
        rows.append((f"RSS: {stage}", f"{mb:.0f} MB", note))
    return rows + [
        ("note", "real Argos packs add ~100-300 MB each when loaded", "loaded per pair, on use")
    ]
