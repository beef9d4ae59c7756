"""`replybridge translate --from L --to L TEXT`: offline translation with installed packs."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, emit, text_arg


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("translate", help="translate text with the installed language packs")
    p.add_argument("--from", dest="source", required=True, help="source language code")
    p.add_argument("--to", dest="target", required=True, help="target language code")
    p.add_argument("--back", action="store_true", help="also translate the result back")
    p.add_argument("--alternatives", type=int, default=1, metavar="N",
                   help="up to N-1 alternative translations (max 4)")  # fmt: skip
    p.add_argument("text", nargs="?", help="the text; '-' reads stdin")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.core import paths
    from desktop.core.translate.argos import ArgosEngine
    from desktop.core.translate.engine import MissingPackError

    if not 1 <= args.alternatives <= 4:
        raise CliError("--alternatives must be between 1 and 4")
    engine = ArgosEngine(paths.packs_dir())
    try:
        result = engine.translate(text_arg(args), args.source, args.target,
                                  n_best=args.alternatives, back=args.back)  # fmt: skip
    except MissingPackError as exc:
        raise CliError(f"{exc}; install one with `replybridge packs install FILE`") from None
    emit({"text": result.text, "engine": result.engine, "pivot": list(result.pivot),
          "back": result.back, "alternatives": list(result.alternatives)})  # fmt: skip
    return 0
