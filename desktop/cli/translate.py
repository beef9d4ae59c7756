"""`replybridge translate --from L --to L TEXT`: offline translation with installed packs."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, check_language, emit, stdin_lines, text_arg


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("translate", help="translate text with the installed language packs")
    p.add_argument("--from", dest="source", required=True,
                   help="source language code, e.g. es (zh means zh-Hans)")  # fmt: skip
    p.add_argument("--to", dest="target", required=True, help="target language code, e.g. en")
    p.add_argument("--back", action="store_true", help="also translate the result back")
    p.add_argument("--alternatives", type=int, default=0, metavar="N",
                   help="also give up to N alternative translations (0-3)")  # fmt: skip
    p.add_argument("--jsonl", action="store_true", help="one text per stdin line")
    p.add_argument("text", nargs="?", help="the text; '-' reads stdin")
    p.set_defaults(func=run)


def _as_json(result: object) -> dict[str, object]:
    return {
        "text": result.text,  # type: ignore[attr-defined]
        "engine": result.engine,  # type: ignore[attr-defined]
        "pivot": list(result.pivot),  # type: ignore[attr-defined]
        "back": result.back,  # type: ignore[attr-defined]
        "alternatives": list(result.alternatives),  # type: ignore[attr-defined]
    }


def run(args: argparse.Namespace) -> int:
    from desktop.core import paths
    from desktop.core.translate.argos import ArgosEngine
    from desktop.core.translate.engine import MissingPackError

    source = check_language(args.source, "--from")
    target = check_language(args.target, "--to")
    if not 0 <= args.alternatives <= 3:
        raise CliError("--alternatives must be between 0 and 3")
    if args.jsonl and args.text:
        raise CliError("--jsonl reads stdin; do not pass TEXT")
    texts = (line for _n, line in stdin_lines()) if args.jsonl else iter([text_arg(args)])
    if source == target:  # nothing to translate: no pack needed, the text comes back as is
        for text in texts:
            emit({"text": text, "engine": "none", "pivot": [],
                  "back": text if args.back else None, "alternatives": []})  # fmt: skip
        return 0
    from desktop.core import session
    from desktop.core.glossary import load_layers

    engine = ArgosEngine(paths.packs_dir())
    glossary = load_layers([paths.shipped_dir("glossary"), paths.data_dir() / "glossary"])
    try:
        for text in texts:
            # The same step as the window: secrets redacted, glossary terms enforced.
            result = session.translate_text(
                engine, glossary, text, source, target,
                n_best=args.alternatives + 1, back=args.back,
            )  # fmt: skip
            emit(_as_json(result))
    except MissingPackError as exc:
        raise CliError(f"{exc}; install one with `replybridge packs install FILE`") from None
    return 0
