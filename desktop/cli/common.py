"""Shared CLI helpers: JSON output, reading text arguments and stdin safely."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any

MAX_TEXT_BYTES = 1_000_000  # one message; larger input is refused with a clear message


# Content languages (glossary, templates, packs): the detector's 16, Chinese as zh-Hans/zh-Hant.
LANGUAGES = (
    "en", "es", "pt", "fr", "de", "it", "nl", "tr", "vi", "id", "ru", "ar", "zh-Hans", "zh-Hant",
    "ja", "ko", "th",
)  # fmt: skip
ALIASES = {"zh": "zh-Hans"}


class CliError(Exception):
    """A bad command-line input: printed as one line on stderr, exit code 2."""


def check_language(code: str, option: str) -> str:
    """A known content language code (`zh` means zh-Hans), or a CliError listing the known ones."""
    code = ALIASES.get(code, code)
    if code not in LANGUAGES:
        raise CliError(f"{option}: unknown language {code!r}; known: {', '.join(LANGUAGES)}")
    return code


def emit(obj: Any) -> None:
    """Print one JSON object on one line (UTF-8, not ASCII-escaped)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def text_arg(args: argparse.Namespace, name: str = "text") -> str:
    """The TEXT argument, or stdin when it is `-`; refuses empty, binary or oversized input."""
    value = getattr(args, name)
    if value == "-" or value is None:
        raw = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
        value = decode(raw)
    if len(value.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        raise CliError(f"text is larger than {MAX_TEXT_BYTES // 1_000_000} MB; split it")
    if not value.strip():
        raise CliError("text is empty")
    return str(value)


def decode(raw: bytes) -> str:
    if b"\x00" in raw:
        raise CliError("input looks binary (contains NUL bytes), expected UTF-8 text")
    if len(raw) > MAX_TEXT_BYTES:
        raise CliError(f"text is larger than {MAX_TEXT_BYTES // 1_000_000} MB; split it")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"input is not UTF-8 text (bad byte at offset {exc.start})") from None


def stdin_lines() -> Iterator[tuple[int, str]]:
    """(line number, text) for each line of stdin, for `--jsonl` batch modes."""
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        if len(raw) > MAX_TEXT_BYTES:
            raise CliError(f"line {number} is larger than {MAX_TEXT_BYTES // 1_000_000} MB")
        if b"\x00" in raw:
            raise CliError(f"line {number} looks binary (contains NUL bytes)")
        try:
            yield number, raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            raise CliError(f"line {number} is not UTF-8 text") from None
