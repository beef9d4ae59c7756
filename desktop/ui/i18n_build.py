"""Build step: refresh .ts sources from the code (lupdate), compile them to .qm (lrelease)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from desktop.core.paths import REPO_ROOT

TS_LANGS = ("zh_CN", "en")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def update_sources() -> None:
    """Extract tr() strings from desktop/ui into translations/*.ts (keeps existing translations)."""
    sources = sorted(str(p) for p in (REPO_ROOT / "desktop" / "ui").rglob("*.py"))
    for lang in TS_LANGS:
        ts = REPO_ROOT / "translations" / f"replybridge_{lang}.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete", *sources,
             "-ts", str(ts)],
            check=True,
        )  # fmt: skip


def compile_all() -> list[Path]:
    out = []
    for ts in sorted((REPO_ROOT / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    built = compile_all()
    print(f"compiled {len(built)} UI translation(s)")
