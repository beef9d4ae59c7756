"""Screenshots on a real X server (Xvfb) in English and Chinese at 100 % and 150 %: the window
renders, CJK text has a font, and no label, button or tab is clipped."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QImage


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    binary = shutil.which("Xvfb")
    if binary is None:  # a failure, not a skip: green must mean the screenshots were checked
        pytest.fail("Xvfb is missing: `make test` installs it (packaging/ensure_system.py)")
    read, write = os.pipe()
    proc = subprocess.Popen([binary, "-displayfd", str(write), "-screen", "0", "2400x1600x24",
                             "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)  # fmt: skip
    os.close(write)
    with os.fdopen(read) as handle:
        display = handle.readline().strip()
    try:
        yield f":{display}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_main_window_renders_without_clipping(xvfb, tmp_path, lang, scale):
    path = tmp_path / f"shot-{lang}-{scale}.png"
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "screenshot", str(path), "--lang", lang,
         "--scale", scale, "--check"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"clipped": []}
    image = QImage(str(path))
    assert image.width() == int(1280 * float(scale))
    assert image.height() == int(800 * float(scale))
