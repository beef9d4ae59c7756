"""Text normalisation: NFC, invisible and bidi-control characters, and their visible forms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Zero-width and joiner characters that change nothing visible but break matching.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
# Bidi embedding/override/isolate controls: can reorder what the agent sees (Trojan Source).
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
INVISIBLE = ZERO_WIDTH | BIDI_CONTROLS

# What the Incoming pane shows instead of each invisible character (a visible, named mark).
_VISIBLE_NAMES = {
    "\u200b": "ZWSP",
    "\u200c": "ZWNJ",
    "\u200d": "ZWJ",
    "\u2060": "WJ",
    "\ufeff": "BOM",
    "\u00ad": "SHY",
    "\u180e": "MVS",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u061c": "ALM",
}
_C0_ALLOWED = frozenset("\n\t")


# Invisible characters and C0/C1 controls (but newline and tab), removed in one C-level pass.
_STRIP_RE = re.compile("[" + "".join(sorted(INVISIBLE)) + "\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_invisible(text: str) -> str:
    """Remove zero-width and bidi controls and control codes (they hide or reorder text)."""
    return _STRIP_RE.sub("", text)


# The same, plus lone surrogates (category Cs): what `normalize` drops, in one regex pass (a
# per-character loop cost 40 % of language detection on chat messages).
_NORMALIZE_RE = re.compile(_STRIP_RE.pattern[:-1] + r"\ud800-\udfff]")


def normalize(text: str) -> str:
    """The pipeline's canonical form: NFC, no invisible characters, unified newlines, no NULs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _NORMALIZE_RE.sub("", text))


def make_visible(text: str) -> str:
    """Text for display: each invisible or control character becomes a visible mark
    (its short name between U+27E6 and U+27E7).

    Bidi controls are neutralised this way, so the pane can never be reordered by the message.
    """
    out: list[str] = []
    for ch in text:
        name = _VISIBLE_NAMES.get(ch)
        if name is not None:
            out.append(f"\u27e6{name}\u27e7")
        elif ch not in _C0_ALLOWED and unicodedata.category(ch) in ("Cc", "Cs"):
            out.append(f"\u27e6U+{ord(ch):04X}\u27e7")
        else:
            out.append(ch)
    return "".join(out)


def count_invisible(text: str) -> int:
    return sum(1 for ch in text if ch in INVISIBLE)


def to_halfwidth_digits(text: str) -> str:
    """Full-width digits and ASCII punctuation (common in CJK input) to their ASCII forms."""
    if not _HAS_FULLWIDTH.search(text):
        return text  # the common case: one fast scan instead of a per-character mapping
    return text.translate(_FULLWIDTH)


_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HAS_FULLWIDTH = re.compile("[\uff01-\uff5e]")


_MARK_RE = re.compile("\u27e6(?:[A-Z]{2,4}|U\\+[0-9A-F]{4,6})\u27e7")


def drop_visible_marks(text: str) -> str:
    """Undo `make_visible` for the pipeline: the marks stand for characters it strips anyway."""
    return _MARK_RE.sub("", text)


def finditer_chunked(
    pattern: re.Pattern[str], text: str, chunk: int = 8192, overlap: int = 512
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` in bounded slices.

    One regex call scanning a long stretch without a match holds the interpreter lock for the
    whole stretch (70 ms on a 1 MB paste): slices keep every call short so the UI thread gets
    its turn. Matches longer than `overlap` may be cut; callers' matches are far shorter.
    """
    if len(text) <= chunk:
        yield from pattern.finditer(text)
        return
    start, resume = 0, 0
    while start < len(text):
        end = min(len(text), start + chunk)
        for match in pattern.finditer(text, start, min(len(text), end + overlap)):
            if match.start() < resume:
                continue
            if match.start() >= end:
                break
            resume = match.end()
            yield match
        start = end
