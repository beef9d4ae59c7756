"""TOML from files we do not control: size and nesting limits, so tomllib never recurses away."""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 32  # real settings, profiles and template metadata nest 3 deep at most
MAX_BYTES = 1_000_000


class TomlError(ValueError):
    """The text is not TOML we accept; the message is one line."""


def nesting_depth(text: str) -> int:
    """Deepest [ / { nesting outside strings and comments (table headers count 1-2)."""
    depth = deepest = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif c in "\"'":
            quote3 = c * 3
            if text.startswith(quote3, i):
                end = text.find(quote3, i + 3)
                while c == '"' and end > 0 and _escaped(text, end):
                    end = text.find(quote3, end + 1)
                i = n if end < 0 else end + 3
                while i < n and text[i] == c:  # up to two quotes may close the content
                    i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if c == '"' and text[j] == "\\" else 1
            i = j
        elif c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth = max(0, depth - 1)
        i += 1
    return deepest


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def loads(text: str, max_depth: int = MAX_DEPTH) -> dict[str, Any]:
    """tomllib.loads with limits; every failure is a TomlError with a one-line reason."""
    import tomllib

    if len(text) > MAX_BYTES:
        raise TomlError(f"the file is larger than {MAX_BYTES // 1_000_000} MB")
    depth = nesting_depth(text)
    if depth > max_depth:
        raise TomlError(f"nested {depth} levels deep (the limit is {max_depth})")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TomlError(str(exc)) from None
    except RecursionError:  # the pre-scan missed a case: still a clean error
        raise TomlError("nested too deeply") from None
