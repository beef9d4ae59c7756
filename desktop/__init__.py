"""ReplyBridge: offline translation, glossary and reply templates for crypto support agents."""

__version__ = "0.1.0"
