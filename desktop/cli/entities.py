"""`replybridge entities TEXT`: entities and sensitive spans (values of secrets never printed)."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, emit, stdin_lines, text_arg


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("entities", help="addresses, TXIDs, amounts... and secrets in a message")
    p.add_argument("text", nargs="?", help="the message; '-' reads stdin")
    p.add_argument("--jsonl", action="store_true", help="one message per stdin line")
    p.set_defaults(func=run)


def analyse(text: str) -> dict[str, object]:
    from desktop.core.entities import find_entities
    from desktop.core.sensitive import find_sensitive

    sensitive = find_sensitive(text)
    hidden = [(f.start, f.end) for f in sensitive]
    entities = [
        e for e in find_entities(text) if not any(e.start < b and a < e.end for a, b in hidden)
    ]
    return {
        "entities": [
            {"kind": e.kind, "value": e.value, "start": e.start, "end": e.end,
             "chain": e.chain, "valid": e.valid, "reason": e.reason}
            for e in entities
        ],
        "sensitive": [{"kind": f.kind, "start": f.start, "end": f.end} for f in sensitive],
    }  # fmt: skip


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        if args.text:
            raise CliError("--jsonl reads stdin; do not pass TEXT")
        for _number, line in stdin_lines():
            emit(analyse(line))
        return 0
    emit(analyse(text_arg(args)))
    return 0
