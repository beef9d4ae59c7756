"""Where ReplyBridge keeps settings, data and caches (platform dirs, overridable by env vars)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP = "ReplyBridge"
_dirs = PlatformDirs(APP, appauthor=False)
REPO_ROOT = Path(__file__).resolve().parents[2]


def _dir(env: str, default: str) -> Path:
    return Path(os.environ.get(env) or default)


def config_dir() -> Path:
    """User settings (settings.toml, window state)."""
    return _dir("REPLYBRIDGE_CONFIG_DIR", _dirs.user_config_dir)


def data_dir() -> Path:
    """User data: language packs, user templates/glossary layer, history database."""
    return _dir("REPLYBRIDGE_DATA_DIR", _dirs.user_data_dir)


def private_dir(path: Path) -> Path:
    """Create a data folder readable by the user only (0700); tighten it if it exists."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        if path.stat().st_uid == os.getuid():
            path.chmod(0o700)
    except (AttributeError, OSError):  # Windows has no getuid; a read-only mount stays as is
        pass
    return path


def private_file(path: Path) -> Path:
    """Create the file if missing with mode 0600 (never readable by others), tighten it if not."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    try:
        path.chmod(0o600)
    except OSError:
        pass
    return path


def cache_dir() -> Path:
    return _dir("REPLYBRIDGE_CACHE_DIR", _dirs.user_cache_dir)


def packs_dir() -> Path:
    """Installed Argos language packs (one folder per pack)."""
    return _dir("REPLYBRIDGE_PACKS_DIR", str(data_dir() / "packs"))


def shipped_dir(name: str) -> Path:
    """A shipped content folder (`templates`, `glossary`, `translations`).

    Source checkouts and editable installs find it beside the package; frozen builds
    (PyInstaller) put it beside the executable's `_internal` data.
    """
    env = os.environ.get(f"REPLYBRIDGE_{name.upper()}_DIR")
    if env:
        return Path(env)
    import sys

    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / name
    return REPO_ROOT / name
