"""Normalisation and visible marks for invisible characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.text import (
    count_invisible,
    drop_visible_marks,
    make_visible,
    normalize,
    strip_invisible,
    to_halfwidth_digits,
)


def test_normalize_nfc_and_strips_controls():
    assert normalize("Cafe\u0301\u200b\r\nx\x00") == "Caf\u00e9\nx"


def test_bidi_override_becomes_visible_mark():
    shown = make_visible("abc\u202edef")
    assert "\u202e" not in shown
    assert "RLO" in shown


def test_count_and_strip():
    assert count_invisible("a\u200bb\u2066") == 2
    assert strip_invisible("a\u200bb\u2066") == "ab"


def test_fullwidth_digits():
    assert to_halfwidth_digits("\uff11\uff12\uff13\uff0e\uff15") == "123.5"


@given(st.text())
def test_visible_marks_round_trip_to_stripped_text(text):
    # Whatever the message, dropping the marks gives the text without invisible characters.
    shown = make_visible(text)
    assert all(ch not in shown for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    expected = "".join(
        ch
        for ch in strip_invisible(text)
        if ch in "\n\t"
        or not (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 or 0xD800 <= ord(ch) < 0xE000)
    )
    if "\u27e6" not in text:
        assert drop_visible_marks(shown) == expected


@given(st.text(alphabet=st.characters(blacklist_categories=())))  # lone surrogates included
def test_normalize_drops_exactly_invisible_and_control_characters(raw: str) -> None:
    import unicodedata

    from desktop.core.text import INVISIBLE

    lines = raw.replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(ch for ch in lines if ch not in INVISIBLE
                   and (ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")))  # fmt: skip
    assert normalize(raw) == unicodedata.normalize("NFC", kept)
