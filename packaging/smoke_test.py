"""Smoke-test the frozen app: starts offscreen, detects, installs a tiny pack and translates,
renders a template, and exits 0. Prints bundle size and start time.

Usage: python packaging/smoke_test.py dist/replybridge
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def run(exe: Path, env: dict[str, str], *args: str) -> dict[str, object]:
    out = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"FAILED: replybridge {' '.join(args)}\n{out.stderr}")
    return json.loads(out.stdout.splitlines()[-1]) if out.stdout.strip() else {}


def main(bundle: str) -> int:
    folder = Path(bundle)
    exe = folder / ("replybridge.exe" if os.name == "nt" else "replybridge")
    home = Path(tempfile.mkdtemp(prefix="rb-smoke-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               REPLYBRIDGE_CONFIG_DIR=str(home / "config"), REPLYBRIDGE_DATA_DIR=str(home / "data"),
               REPLYBRIDGE_CACHE_DIR=str(home / "cache"),
               REPLYBRIDGE_PROFILE=str(home / "no-team.toml"))  # fmt: skip
    for key in [
        k
        for k in env
        if k.startswith("REPLYBRIDGE_")
        and k.endswith(("TEMPLATES_DIR", "GLOSSARY_DIR", "TRANSLATIONS_DIR"))
    ]:
        del env[key]  # the bundle must use its own shipped content

    size_mb = (
        sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    )
    started = time.perf_counter()
    proc = subprocess.Popen([str(exe), "--quit-after-show"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    assert proc.stdout is not None
    lines = [line.strip() for line in proc.stdout]
    start_s = time.perf_counter() - started
    wired = "shown" in lines and "ready" in lines[lines.index("shown") :]
    assert proc.wait(timeout=120) == 0 and wired, (
        f"the frozen app did not show and wire its window: {lines[-5:]}"
    )
    proc.stdout.close()

    assert any(folder.rglob("lid.176.ftz")), "the fastText language-id model is not bundled"
    detected = run(exe, env, "detect", "Hola, mi retiro no ha llegado todavía")
    assert detected["lang"] == "es", detected

    from tests.packbuilder import build_word_pack

    pack = build_word_pack(home / "packs-src", "en", "es", {"hello": "hola", "world": "mundo"})
    run(exe, env, "packs", "install", str(pack))
    listed = run(exe, env, "packs", "list")
    assert {"from": "en", "to": "es"}.items() <= listed["packs"][0].items(), listed  # type: ignore[index]
    translated = run(exe, env, "translate", "--from", "en", "--to", "es", "hello world")
    assert translated["text"] == "hola mundo", translated

    rendered = run(exe, env, "render", "general-thanks", "--lang", "en")
    assert rendered["text"], rendered
    templates = run(exe, env, "templates", "list")
    assert len(templates["templates"]) >= 28, len(templates["templates"])  # type: ignore[arg-type]

    print(f"frozen smoke test passed: bundle {size_mb:.0f} MB, start to window shown and quit "
          f"{start_s:.2f} s (first run, cold)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
