"""Delete the shared libraries of a PyInstaller folder that nothing in it links against (Linux).

PyInstaller collects the dependencies of every binary before the spec drops some (Qt's GTK
theme plugin): GTK's cairo, pango, gio, krb5... stay behind, loaded by nothing (~12 MB).
Only top-level system libraries are candidates, and libraries Qt opens with dlopen() are kept.
Usage: python packaging/prune_libs.py dist/replybridge/_internal
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Opened with dlopen() by Qt or Python code, so no NEEDED entry names them.
DLOPENED = ("libdbus-1.so", "libxcb-cursor.so", "libEGL.so", "libGL.so", "libOpenGL.so",
            "libGLX.so", "libvulkan.so", "libcrypto.so", "libssl.so", "libsqlite3.so")  # fmt: skip


def needed(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False)
    return {line.split("[", 1)[1].split("]", 1)[0]
            for line in out.stdout.splitlines() if "(NEEDED)" in line}  # fmt: skip


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def unreferenced(internal: Path) -> list[Path]:
    """Top-level libraries that no live binary needs, transitively from the Python modules,
    the Qt plugins and libpython (the roots the executable loads)."""
    libs = [p for p in internal.rglob("*.so*")
            if p.is_file() and not p.is_symlink() and is_elf(p)]  # fmt: skip
    by_name: dict[str, list[Path]] = {}
    for lib in libs:
        by_name.setdefault(lib.name, []).append(lib)
    for link in internal.rglob("*.so*"):
        if link.is_symlink() and link.resolve().is_file():
            by_name.setdefault(link.name, []).append(link.resolve())
    roots = [
        p
        for p in libs
        if p.parent != internal
        or p.name.startswith("libpython")
        or ".cpython-" in p.name
        or ".abi3." in p.name
    ]  # extension modules load directly
    alive: set[Path] = set()
    stack = list(roots)
    while stack:
        lib = stack.pop()
        if lib in alive:
            continue
        alive.add(lib)
        for name in needed(lib):
            stack += by_name.get(name, [])
    return [p for p in libs if p.parent == internal and p not in alive and p.name.startswith("lib")
            and not p.name.startswith(DLOPENED)]  # fmt: skip


def main(argv: list[str]) -> int:
    internal = Path(argv[0])
    gone = unreferenced(internal)
    size = sum(p.stat().st_size for p in gone)
    for lib in gone:
        lib.unlink()
    for link in internal.glob("*.so*"):  # links to what was deleted
        if link.is_symlink() and not link.exists():
            link.unlink()
    print(f"prune_libs: removed {len(gone)} unreferenced libraries, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
