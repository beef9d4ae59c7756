"""Sentence splitting keeps numbers, abbreviations and URLs; handles CJK and Thai."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.translate.segment import split_sentences


def test_latin_with_numbers_and_abbreviations():
    text = "Hello Mr. Smith. I paid 1,234.56 USDT on 3.5.2024! See https://x.io/a.b?c=1. Thanks"
    assert split_sentences(text) == [
        "Hello Mr. Smith. ", "I paid 1,234.56 USDT on 3.5.2024! ",
        "See https://x.io/a.b?c=1. ", "Thanks",
    ]  # fmt: skip


def test_cjk_and_thai():
    assert split_sentences("你好。提现没到账！请帮忙？谢谢") == [
        "你好。",
        "提现没到账！",
        "请帮忙？",
        "谢谢",
    ]
    assert split_sentences("สวัสดีครับ ยังไม่ได้รับเงิน") == ["สวัสดีครับ ", "ยังไม่ได้รับเงิน"]


@given(st.text())
def test_splitting_loses_nothing(text):
    assert "".join(split_sentences(text)) == text
