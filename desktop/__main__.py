"""Entry point: `replybridge` opens the window; `replybridge <subcommand>` runs the CLI."""

from __future__ import annotations

import os
import sys


def preload_core() -> None:
    """Import the core modules the first paint needs before PySide6 is imported.

    Once imported, PySide6 runs a hook after every further import: the same modules then cost
    40 % more (instruction counts, tests/bench/bench_startup.py).
    """
    import desktop.core.config
    import desktop.core.languages
    import desktop.core.text  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    # Before anything can import onnxruntime (pulled in by the Argos stack): no telemetry lookups.
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "screenshot":
        from desktop.ui.screenshot import main as screenshot_main

        return screenshot_main(args[1:])
    if args and not args[0].startswith("-"):
        from desktop.cli import run

        return run(args)
    preload_core()
    from desktop.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
