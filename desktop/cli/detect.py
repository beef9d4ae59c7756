"""`replybridge detect`: language of a message (or of each stdin line with --jsonl)."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, emit, stdin_lines, text_arg


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("detect", help="detect the language of a customer message")
    p.add_argument("text", nargs="?", help="the message; '-' reads stdin")
    p.add_argument("--jsonl", action="store_true", help="one message per stdin line")
    p.add_argument("--languages", help="comma-separated candidate languages (default: 16)")
    p.add_argument("--context", action="append", default=[],
                   help="an earlier message of the same customer (repeatable)")  # fmt: skip
    p.set_defaults(func=run)


def _as_json(detection: object) -> dict[str, object]:
    return {
        "lang": detection.lang,  # type: ignore[attr-defined]
        "confidence": detection.confidence,  # type: ignore[attr-defined]
        "candidates": [list(c) for c in detection.candidates],  # type: ignore[attr-defined]
        "ask": detection.ask,  # type: ignore[attr-defined]
    }


def run(args: argparse.Namespace) -> int:
    from desktop.core.detect import DEFAULT_LANGUAGES, Detector

    languages = DEFAULT_LANGUAGES
    if args.languages:
        languages = tuple(code.strip() for code in args.languages.split(",") if code.strip())
        unknown = [code for code in languages if code not in DEFAULT_LANGUAGES]
        if unknown:
            raise CliError(f"unsupported language code(s): {', '.join(unknown)}")
    detector = Detector(languages=languages)
    if args.jsonl:
        if args.text:
            raise CliError("--jsonl reads stdin; do not pass TEXT")
        for _number, line in stdin_lines():
            emit(_as_json(detector.detect(line)))
        return 0
    emit(_as_json(detector.detect(text_arg(args), context=tuple(args.context))))
    return 0
