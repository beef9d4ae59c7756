"""Error types the core raises for bad input: each carries a one-line message for people."""

from __future__ import annotations


class ReplyBridgeError(Exception):
    """Base for expected failures (bad file, missing pack...): shown to users, never a traceback."""


class BadInputError(ReplyBridgeError):
    """The user's input (file, text, argument) cannot be used; the message says why."""
