"""`replybridge screenshot` in the command list: the command itself needs Qt (desktop.ui)."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    # desktop/__main__.py hands `screenshot` to desktop.ui.screenshot before this parser runs;
    # it is here so `replybridge --help` lists it. Its options: `replybridge screenshot --help`.
    p = sub.add_parser("screenshot", add_help=False,
                       help="render the window in a demo state to a PNG (needs Qt; "
                            "options: replybridge screenshot --help)")  # fmt: skip
    p.set_defaults(func=_elsewhere)


def _elsewhere(args: argparse.Namespace) -> int:
    raise CliError("run `replybridge screenshot` (it needs Qt and is not part of desktop.cli)")
