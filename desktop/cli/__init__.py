"""Command-line interface over core: argparse subcommands that print JSON; never imports Qt."""

from __future__ import annotations

import argparse
import importlib
import sys

from desktop.cli.common import CliError
from desktop.core.errors import ReplyBridgeError

# Each module registers its subcommands with `register(subparsers)`; kept lazy-imported so
# `replybridge detect` does not pay for template or translation imports.
COMMAND_MODULES = (
    "detect",
    "entities",
    "translate",
    "packs",
    "glossary",
    "templates",
    "screenshot",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="replybridge", description="ReplyBridge command line")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"desktop.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"desktop.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (CliError, ReplyBridgeError) as exc:
        print(f"replybridge: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
