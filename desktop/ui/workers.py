"""One small background-operation API: run a core function off the UI thread, get signals back.

Usage (Anki-style):

    op = run_op(core_fn, arg, success=self.on_done, failure=self.on_error, progress=self.on_step)
    op.cancel()   # sets the cancel event the function receives; its result is then dropped

The function runs in QThreadPool, receives `ctx: OpContext` as its first argument (cancel event
and a progress callback), calls core only (never widgets) and returns a core dataclass.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside an operation when it notices its cancel event."""


@dataclass
class OpContext:
    """What a background function gets: check `cancelled` often, report progress in 0..1."""

    cancel_event: threading.Event = field(default_factory=threading.Event)
    _progress: Callable[[float, str], None] = lambda fraction, message: None

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()

    def progress(self, fraction: float, message: str = "") -> None:
        self._progress(fraction, message)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(float, str)
    finished = Signal()


class Op(QRunnable):
    """A running operation; keep a reference if you may want to cancel it."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.ctx = OpContext(_progress=self.signals.progressed.emit)
        self._fn = fn
        self._args = args
        self.done = threading.Event()

    def cancel(self) -> None:
        self.ctx.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.ctx.cancelled

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(self.ctx, *self._args)
        except Cancelled:
            pass
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI as a signal
            import traceback  # only on failure: keeps the first paint free of it

            exc.__rb_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            if not self.ctx.cancelled:
                self._emit(self.signals.failed, exc)
        else:
            if not self.ctx.cancelled:
                self._emit(self.signals.succeeded, result)
        finally:
            self.done.set()
            self._emit(self.signals.finished)

    @staticmethod
    def _emit(signal: Any, *values: Any) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:
            pass  # the app is shutting down and the receiver side is gone


_live: set[Op] = set()


def run_op(
    fn: Callable[..., Any],
    *args: Any,
    success: Callable[[Any], None] | None = None,
    failure: Callable[[BaseException], None] | None = None,
    progress: Callable[[float, str], None] | None = None,
    finished: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> Op:
    """Start `fn(ctx, *args)` in the thread pool; callbacks run on the UI thread via signals.

    With `owner`, callbacks are dropped once that widget is deleted (a late result must not
    touch a closed window).
    """
    op = Op(fn, args)

    def bind(signal: Any, callback: Callable[..., None] | None) -> None:
        if callback is None:
            return
        if owner is None:
            signal.connect(callback)
            return

        def guarded(*values: Any) -> None:
            if shiboken6.isValid(owner):
                callback(*values)

        signal.connect(guarded)

    bind(op.signals.succeeded, success)
    bind(op.signals.failed, failure)
    bind(op.signals.progressed, progress)
    bind(op.signals.finished, finished)
    _live.add(op)
    op.signals.finished.connect(lambda: _live.discard(op))
    (pool or QThreadPool.globalInstance()).start(op)
    return op


def wait_all(timeout_ms: int = 30_000) -> bool:
    """For shutdown and tests: cancel nothing, just wait for the pool to drain."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
