"""Jinja's sandbox with limits: a template may not run longer than 1 s or write more than 100 KB.

Python-level loops are stopped by a per-thread trace function that checks a deadline; the few
operations that run in C (``**``, ``*``, ``%``, ``~``, string methods and filters given a huge
width or count) are checked before they run, since no trace event fires inside them.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import jinja2
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.nodes import Concat
from jinja2.sandbox import SandboxedEnvironment

MAX_SECONDS = 1.0
MAX_OUTPUT = 100_000  # characters of one rendered reply (a real one is under 3 000)
MAX_RANGE = 10_000  # items of one range()
MAX_INT_BITS = 4_096  # results of ** and * on integers (amounts never need more)
_CHECK_EVERY = 64  # trace events between two clock reads
_JINJA_DIR = str(Path(jinja2.__file__).parent)
# A printf or str.format width/precision of 6+ digits, or one taken from the arguments.
_PRINTF_WIDE = re.compile(r"%[-#0 +]*(?:\*|\d{6,}|\d*\.(?:\*|\d{6,}))")
_FORMAT_WIDE = re.compile(r"\{[^{}]*:[^{}]*(?:\d{6,}|\{)")


_active = threading.local()  # the Deadline of the render running in this thread, if any


def _check_deadline() -> None:
    """Also checked by the size hooks: a timeout stays raised even if something caught it
    (Python unsets a trace function that raised)."""
    deadline = getattr(_active, "deadline", None)
    if deadline is not None and (deadline.expired or deadline.passed()):
        deadline.expired = True
        raise RenderTimeout()


class LimitExceeded(SecurityError):
    """A template went over a time or size limit (a SecurityError: the sandbox refused it)."""


class RenderTimeout(BaseException):
    """Raised from the trace function at the deadline; a BaseException so that no
    ``except Exception`` on the way (Jinja's own included) can swallow it."""


def _too_long(value: object) -> bool:
    return isinstance(value, str | bytes | list | tuple | dict) and len(value) > MAX_OUTPUT


def _check_args(args: Iterable[Any]) -> None:
    _check_deadline()
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_OUTPUT:
            raise LimitExceeded(f"the number {arg} is too large here")


def _check_printf(fmt: object) -> None:
    if isinstance(fmt, str) and _PRINTF_WIDE.search(fmt):
        raise LimitExceeded("a format width or precision over 5 digits is not allowed")


def _check_replace(text: object, args: tuple[Any, ...]) -> None:
    if isinstance(text, str) and len(args) >= 2 and all(isinstance(a, str) for a in args[:2]):
        old, new = args[0], args[1]
        grows = text.count(old) if old else len(text) + 1
        if len(text) + grows * max(0, len(new) - len(old)) > MAX_OUTPUT:
            raise LimitExceeded("the replacement would be longer than 100 KB")


def _check_join(sep: object, items: object) -> None:
    if isinstance(sep, str) and hasattr(items, "__len__"):
        if len(sep) * len(items) > MAX_OUTPUT:
            raise LimitExceeded("the joined text would be longer than 100 KB")


def _int_bits(value: object) -> int:
    return value.bit_length() if isinstance(value, int) else 0


def _mul_size(left: Any, right: Any) -> None:
    for seq, count in ((left, right), (right, left)):
        if isinstance(seq, str | bytes | list | tuple) and isinstance(count, int):
            if len(seq) * max(0, count) > MAX_OUTPUT:
                raise LimitExceeded("the repeated text would be longer than 100 KB")
    if _int_bits(left) + _int_bits(right) > MAX_INT_BITS:
        raise LimitExceeded("the number would be too large")


def _pow_size(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int) and right > 0:
        if max(1, _int_bits(left) - 1) * right > MAX_INT_BITS and abs(left) > 1:
            raise LimitExceeded("the number would be too large")
    elif isinstance(right, int | float) and abs(right) > 10_000:
        raise LimitExceeded("the exponent is too large")


def _add_size(left: Any, right: Any) -> None:
    if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
        if len(left) + len(right) > MAX_OUTPUT:
            raise LimitExceeded("the text would be longer than 100 KB")


class _Generator(CodeGenerator):
    """`a ~ b` goes through the environment's size-checked join."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:  # noqa: N802
        self.write("environment.limited_join((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)  # keeps jinja_pass_arg, so context-taking filters still work
    def guarded(*args: Any, **kwargs: Any) -> Any:
        # args: [context/eval context/environment,] subject, parameters; widths and counts
        # are parameters (`1000000|amount` is a fine subject, `center(10**9)` is not).
        values = [a for a in args if not hasattr(a, "environment") and not hasattr(a, "filters")]
        _check_args([*values[1:], *kwargs.values()])
        if name == "replace" and values:
            _check_replace(values[0], tuple(values[1:]))
        if name == "format" and values:
            _check_printf(values[0])
        if name == "join" and len(values) >= 2:
            _check_join(values[1], values[0])
        result = func(*args, **kwargs)
        if _too_long(result):
            raise LimitExceeded(f"the {name} filter made something longer than 100 KB")
        return result

    return guarded


def _limited_range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise LimitExceeded(f"range() of more than {MAX_RANGE:,} items")
    return rng


class LimitedEnvironment(SandboxedEnvironment):
    """SandboxedEnvironment + size checks on the operations that run in C."""

    code_generator_class = _Generator
    intercepted_binops = frozenset({"**", "*", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=self._finalize, **options)
        self.filters = {name: _guard_filter(name, f) for name, f in self.filters.items()}
        self.globals["range"] = _limited_range
        self.globals.pop("lipsum", None)

    @staticmethod
    def _finalize(value: Any) -> Any:
        """Every `{{ … }}` output: one value may not exceed the whole reply's limit."""
        _check_deadline()
        if _too_long(value) or (not isinstance(value, str) and _int_bits(value) > MAX_INT_BITS):
            raise LimitExceeded("a value longer than 100 KB")
        return value

    def limited_join(self, parts: Iterable[Any]) -> str:
        _check_deadline()
        texts = [str(p) for p in parts]
        if sum(len(t) for t in texts) > MAX_OUTPUT:
            raise LimitExceeded("the joined text would be longer than 100 KB")
        return "".join(texts)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_deadline()
        if operator == "**":
            _pow_size(left, right)
        elif operator == "*":
            _mul_size(left, right)
        elif operator == "+":
            _add_size(left, right)
        elif operator == "%":
            _check_printf(left)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _check_deadline()
        target = getattr(__obj, "__wrapped__", __obj)  # str.format comes wrapped
        owner = getattr(target, "__self__", None)
        if isinstance(owner, str | bytes | list | tuple | dict):  # C methods: check widths
            _check_args([*args, *kwargs.values()])
        if isinstance(owner, str):
            name = getattr(target, "__name__", "")
            if name in ("format", "format_map") and _FORMAT_WIDE.search(owner):
                raise LimitExceeded("a format width over 5 digits is not allowed")
            if name == "replace":
                _check_replace(owner, args)
            if name == "join" and args:
                _check_join(owner, args[0])
        result = super().call(__context, __obj, *args, **kwargs)
        if _too_long(result):
            raise LimitExceeded("a call made something longer than 100 KB")
        return result


WALL_BACKSTOP = 10.0  # seconds of wall clock, whatever the load


class Deadline:
    """A trace function for the current thread that raises RenderTimeout once the render has
    used `seconds` of this thread's CPU time (a busy machine does not make a real template
    fail), or WALL_BACKSTOP of wall clock; a `with` block, restoring whatever tracer was there
    (a debugger, coverage)."""

    def __init__(self, seconds: float = MAX_SECONDS) -> None:
        self.seconds = seconds
        self.expired = False
        self.until = 0.0  # thread CPU time
        self.until_wall = 0.0
        self._count = 0
        self._previous: Any = None
        self._outer: Deadline | None = None

    def passed(self) -> bool:
        return time.thread_time() > self.until or time.monotonic() > self.until_wall

    def _trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        self._count += 1
        if self._count % _CHECK_EVERY == 0 and self.passed():
            self.expired = True
        if self.expired:
            raise RenderTimeout()
        if event != "call":
            return self._trace
        # Line events only where a template's loops run: its compiled code and Jinja itself.
        # Other code (babel) is trusted and still checked at each of its calls.
        name = frame.f_code.co_filename
        return self._trace if not name.endswith(".py") or _JINJA_DIR in name else None

    def __enter__(self) -> Deadline:
        self.until = time.thread_time() + self.seconds
        self.until_wall = time.monotonic() + max(WALL_BACKSTOP, self.seconds)
        self._outer = getattr(_active, "deadline", None)
        if self._outer is not None:  # nested (a partial inside a render): the earlier one wins
            self.until = min(self.until, self._outer.until)
            self.until_wall = min(self.until_wall, self._outer.until_wall)
        _active.deadline = self
        self._previous = sys.gettrace()
        sys.settrace(self._trace)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._previous)
        _active.deadline = self._outer


def stream_limited(chunks: Iterator[str], limit: int = MAX_OUTPUT) -> str:
    """Join a template's output, stopping (LimitExceeded) once it passes `limit` characters."""
    out: list[str] = []
    size = 0
    for chunk in chunks:
        _check_deadline()
        size += len(chunk)
        if size > limit:
            close = getattr(chunks, "close", None)
            if callable(close):
                close()
            raise LimitExceeded(f"the reply would be longer than {limit // 1000} KB")
        out.append(chunk)
    return "".join(out)
