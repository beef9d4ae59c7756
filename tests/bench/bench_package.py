"""Size of the frozen folder and the .deb in dist/ (from `make package`), beside their goals."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOAL_FOLDER_MB = 300
GOAL_DEB_MB = 120


def _tree_mb(folder: Path) -> float:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total / 2**20  # MiB, as `du -sm` (the figures)


def _largest(folder: Path, count: int = 6) -> str:
    """The biggest top-level entries of _internal: where the next megabytes are."""
    internal = folder / "_internal"
    if not internal.is_dir():
        return ""
    sizes = [(_tree_mb(p) if p.is_dir() else p.stat().st_size / 2**20, p.name)
             for p in internal.iterdir() if not p.is_symlink()]  # fmt: skip
    sizes.sort(reverse=True)
    return ", ".join(f"{name} {mb:.0f}" for mb, name in sizes[:count])


def _verdict(mib: float, goal: int) -> str:
    """Met in both units: MiB as `du -sm` counts (the issue's 522), and decimal MB."""
    met = mib <= goal and mib * 2**20 / 1e6 <= goal
    return f"goal <= {goal} MB: {'met' if met else 'NOT met'}"


def _both(mib: float) -> str:
    return f"{mib:.0f} MiB ({mib * 2**20 / 1e6:.0f} MB)"


def run() -> list[tuple[str, str, str]]:
    dist = ROOT / "dist"
    folder = dist / "replybridge"
    if not folder.is_dir():
        return [("frozen folder", "not built", "run `make package` first")]
    folder_mb = _tree_mb(folder)
    rows = [("frozen folder (dist/replybridge)", _both(folder_mb),
             _verdict(folder_mb, GOAL_FOLDER_MB))]  # fmt: skip
    for deb in sorted(dist.glob("*.deb")):
        mb = deb.stat().st_size / 2**20
        rows.append((f".deb ({deb.name})", _both(mb), _verdict(mb, GOAL_DEB_MB)))
    rows.append(("largest parts of the folder (MiB)", _largest(folder), ""))
    return rows
