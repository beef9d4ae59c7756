"""Sentence splitting keeps numbers, abbreviations and URLs; handles CJK and Thai."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.translate.segment import chunk_tokens, join_chunks, split_sentences


def test_latin_with_numbers_and_abbreviations():
    text = "Hello Mr. Smith. I paid 1,234.56 USDT on 3.5.2024! See https://x.io/a.b?c=1. Thanks"
    assert split_sentences(text) == [
        "Hello Mr. Smith. ", "I paid 1,234.56 USDT on 3.5.2024! ",
        "See https://x.io/a.b?c=1. ", "Thanks",
    ]  # fmt: skip


def test_abbreviations_decimals_and_quotes():
    text = 'Fees, e.g. gas, are 3.5 USDT in the U.S.A. now. He said "done." Ok? Yes!! No'
    assert split_sentences(text) == [
        "Fees, e.g. gas, are 3.5 USDT in the U.S.A. now. ", 'He said "done." ',
        "Ok? ", "Yes!! ", "No",
    ]  # fmt: skip


def test_cjk_and_thai():
    assert split_sentences("你好。提现没到账！请帮忙？谢谢") == [
        "你好。",
        "提现没到账！",
        "请帮忙？",
        "谢谢",
    ]
    assert split_sentences("入金しました。まだです；確認して") == [
        "入金しました。",
        "まだです；",
        "確認して",
    ]
    assert split_sentences("สวัสดีครับ ยังไม่ได้รับเงิน") == ["สวัสดีครับ ", "ยังไม่ได้รับเงิน"]
    assert split_sentences("مرحبا؟ شكرا") == ["مرحبا؟ ", "شكرا"]


def test_newlines_always_end_a_segment():
    assert split_sentences("line one\nline two\r\n\nthree") == [
        "line one\n", "line two\r\n", "\n", "three",
    ]  # fmt: skip


@given(st.text())
def test_splitting_loses_nothing(text):
    assert "".join(split_sentences(text)) == text


def test_long_token_lists_are_cut_between_words():
    tokens = ["\u2581w", "a", "b"] * 200  # 600 pieces, words of 3 pieces
    chunks = chunk_tokens(tokens, 200)
    assert sum(chunks, []) == tokens
    assert all(len(c) <= 200 and c[0] == "\u2581w" for c in chunks)


@given(st.lists(st.sampled_from(["\u2581a", "b", "\u2581c", "d"]), max_size=900),
       st.integers(1, 300))  # fmt: skip
def test_chunks_cover_everything_within_the_limit(tokens, limit):
    chunks = chunk_tokens(tokens, limit)
    assert sum(chunks, []) == tokens
    assert all(len(c) <= limit for c in chunks)


def test_join_chunks_adds_spaces_only_between_spaced_scripts():
    assert join_chunks(["hola", "mundo"]) == "hola mundo"
    assert join_chunks(["你好", "世界"]) == "你好世界"
    assert join_chunks(["你好", "USDT"]) == "你好 USDT"
    assert join_chunks(["", "a", ""]) == "a"
