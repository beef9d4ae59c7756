"""The app's log: a rotating file in the user's log folder; never customer text or secrets.

Log records name steps, codes and exception types only. Exception messages and tracebacks can
quote the message being worked on, so they are not written, not even with --debug.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_dir

LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    return Path(os.environ.get("REPLYBRIDGE_LOG_DIR") or user_log_dir("ReplyBridge", False))


def setup(debug: bool = False) -> Path | None:
    """Log to `replybridge.log` (rotated); returns its path, or None when it cannot be written."""
    root = logging.getLogger("desktop")
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    if any(getattr(h, "_replybridge", False) for h in root.handlers):
        return log_dir() / "replybridge.log"
    path = log_dir() / "replybridge.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        os.chmod(path, 0o600)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._replybridge = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if debug:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(FORMAT))
        console._replybridge = True  # type: ignore[attr-defined]
        root.addHandler(console)
    from desktop import __version__

    root.info("ReplyBridge %s started%s", __version__, " (debug)" if debug else "")
    return path
