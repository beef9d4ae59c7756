"""Entry point: `replybridge` opens the window; `replybridge <subcommand>` runs the CLI."""

from __future__ import annotations

import argparse
import os
import sys

GUI_USAGE = """\
replybridge [--lang {en,zh_CN}] [--debug]   open the window
replybridge COMMAND [options]      run a command and print JSON (COMMAND --help for its options)
replybridge --version              print the version"""


def preload_core() -> None:
    """Import the core modules the first paint needs before PySide6 is imported.

    Once imported, PySide6 runs a hook after every further import: the same modules then cost
    40 % more (instruction counts, tests/bench/bench_startup.py).
    """
    import desktop.core.config
    import desktop.core.languages
    import desktop.core.text  # noqa: F401


def gui_parser() -> argparse.ArgumentParser:
    """The window's own options, checked before Qt loads: a typo is exit 2, not a window."""
    from desktop.core.config import UI_LANGUAGES

    parser = argparse.ArgumentParser(prog="replybridge", usage=GUI_USAGE, add_help=False,
                                     description="Without a command: the window.")  # fmt: skip
    parser.add_argument("--lang", choices=[lang for lang in UI_LANGUAGES if lang],
                        help="UI language for this run (default: the setting)")  # fmt: skip
    parser.add_argument("--debug", action="store_true",
                        help="verbose log, also on the console (never customer text)")  # fmt: skip
    parser.add_argument("--quit-after-show", action="store_true",
                        help="print 'shown' and quit once ready (start-up tests)")  # fmt: skip
    return parser


def print_help() -> None:
    """Usage of the window and of every command; imports no Qt, so it works without a display."""
    from desktop.cli import build_parser

    gui_parser().print_help()  # usage (GUI_USAGE) and the window's options
    print("\ncommands (each prints JSON):")
    build_parser().print_help()


def main(argv: list[str] | None = None) -> int:
    # Before anything can import onnxruntime (pulled in by the Argos stack): no telemetry lookups.
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("-h", "--help"):
        print_help()
        return 0
    if args and args[0] in ("-V", "--version"):
        from desktop import __version__

        print(f"replybridge {__version__}")
        return 0
    if args and args[0] == "screenshot":
        from desktop.ui.screenshot import main as screenshot_main

        return screenshot_main(args[1:])
    if args and not args[0].startswith("-"):
        from desktop.cli import run

        return run(args)
    try:
        gui_parser().parse_args(args)
    except SystemExit as exc:  # argparse has printed the error (exit 2)
        return int(exc.code or 0)
    preload_core()
    from desktop.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
