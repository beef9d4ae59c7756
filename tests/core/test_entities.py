"""Addresses built with libraries (valid, and one-character near misses), TXIDs, amounts in
many number formats, memos, order IDs, emails, URLs, network hints; 100 % precision/recall."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.entities import configure_order_patterns, find_entities, network_hints
from desktop.core.errors import BadInputError
from tests.core import vectors as v


@pytest.fixture(autouse=True)
def _same_vectors_every_run(request: pytest.FixtureRequest) -> None:
    v.reseed(request.node.nodeid)


TEMPLATES = [
    "Hola, envié fondos a {a} y no llegaron",
    "我的地址是{a}，请查一下",
    "адрес: {a}.",
    "{a}",
    "Please check ({a}) thanks",
    "ｱﾄﾞﾚｽ：{a}。",
    "Adresim {a}\nteşekkürler",
    "địa chỉ:{a}!",
    "عنوان المحفظة {a} شكرا",
    "ที่อยู่ {a} ครับ",
    "宛先「{a}」です",
    "주소 {a} 입니다",
]
N = 24  # per kind


def _addresses(text: str):
    return [e for e in find_entities(text) if e.kind == "address"]


def test_precision_and_recall_are_100_percent_on_generated_addresses():
    tp = fp = fn = 0
    wrong = []
    for kind, (make, chain, valid, _alphabet) in sorted(v.ADDRESSES.items()):
        for i in range(N):
            address = make()
            text = TEMPLATES[i % len(TEMPLATES)].format(a=address)
            found = _addresses(text)
            hits = [e for e in found if e.value == address]
            tp += len(hits) == 1
            fn += len(hits) != 1
            fp += len(found) - len(hits)
            if hits and (hits[0].chain != chain or hits[0].valid is not valid):
                wrong.append((kind, address, hits[0]))
            if len(hits) != 1 or len(found) != 1:
                wrong.append((kind, address, found))
    assert fp == fn == 0 and tp == N * len(v.ADDRESSES), wrong[:5]
    assert wrong == []


NEAR_MISS_KINDS = [k for k, (_m, _c, valid, alphabet) in v.ADDRESSES.items() if alphabet]


@pytest.mark.parametrize("kind", sorted(NEAR_MISS_KINDS) + ["evm-eip55"])
def test_one_changed_character_is_reported_invalid_never_dropped(kind):
    make, chain, _valid, alphabet = v.ADDRESSES[kind]
    for i in range(N):
        good = make()
        bad = v.flip_case(good) if kind == "evm-eip55" else v.flip(good, alphabet)
        text = TEMPLATES[i % len(TEMPLATES)].format(a=bad)
        found = _addresses(text)
        assert [e.value for e in found] == [bad], (kind, bad, found)
        assert found[0].valid is False and found[0].chain == chain, (kind, bad, found[0])


@pytest.mark.parametrize("kind", ["btc-p2pkh", "tron", "ltc-legacy", "doge", "xrp"])
def test_a_character_outside_the_alphabet_or_a_dropped_one_is_invalid(kind):
    make, chain, _valid, _alphabet = v.ADDRESSES[kind]
    for _ in range(N):
        good = make()
        i = v.RNG.randrange(5, len(good) - 1)
        for bad in (good[:i] + "0" + good[i + 1 :], good[:i] + good[i + 1 :]):
            found = _addresses(f"send to {bad} pls")
            assert [(e.value, e.chain, e.valid) for e in found] == [(bad, chain, False)], bad


def test_evm_dropped_digit_and_one_case_forms():
    good = v.eip55_mixed()
    assert [(e.chain, e.valid) for e in _addresses(good[:-1])] == [("evm", False)]
    assert [(e.chain, e.valid) for e in _addresses(good.lower())] == [("evm", None)]
    assert [(e.chain, e.valid) for e in _addresses("0x" + good[2:].upper())] == [("evm", None)]


def test_known_published_addresses():
    # EIP-55 spec vectors, the BIP-173/350 vectors, the genesis P2PKH, a TRON USDT contract.
    for address, chain in [
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "evm"),
        ("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "evm"),
        ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bitcoin"),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bitcoin"),
        ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "bitcoin"),
        ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "tron"),
        ("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", "xrp"),
    ]:
        found = _addresses(f"x {address} y")
        assert [(e.value, e.chain, e.valid) for e in found] == [(address, chain, True)]
    # BIP-350: a v0 program with a bech32m checksum (and v1 with bech32) is invalid.
    for bad in ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",
                "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4"):  # fmt: skip
        assert [e.valid for e in _addresses(bad)] == [False]


NOT_ADDRESSES = [
    "Please check my withdrawal, it has been pending for three days already thanks",
    "Internationalization and AntidisestablishmentarianismXYZ are long words",
    "ThisIsAVeryLongCamelCaseIdentifierName in my code",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b fixed it",  # a git SHA (40 hex, no 0x)
    "uuid 550e8400-e29b-41d4-a716-446655440000",
    "Call me at +1 415 555 0100 or 13800138000",
    "version 1.2.3, build 20240601",
    "我的提现一直没有到账，已经三天了，请尽快处理",
    "Bitte prüfen Sie meine Einzahlung vom 12.03.2024",
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod",
]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_ordinary_text_has_no_addresses_or_txids(text):
    assert [e for e in find_entities(text) if e.kind in ("address", "txid")] == []


def test_txids_evm_bare_and_solana_signatures():
    tx = v.txid()
    sig = v.base58.b58encode(v.rbytes(64)).decode()
    text = f"txid 0x{tx} y {tx.upper()}; firma {sig}"
    got = [(e.kind, e.value, e.chain) for e in find_entities(text)]
    assert got == [("txid", f"0x{tx}", None), ("txid", tx.upper(), None),
                   ("txid", sig, "solana")]  # fmt: skip
    broken = find_entities(f"hash {tx[:-1]}")
    assert [(e.kind, e.valid) for e in broken] == [("txid", False)]


def test_a_64_hex_string_introduced_as_a_key_is_not_a_txid():
    tx = v.txid()
    for text in (f"my private key is {tx}", f"私钥：{tx}", f"мой приватный ключ {tx}",
                 f"{tx} is my private key"):  # fmt: skip
        assert [e for e in find_entities(text) if e.kind == "txid"] == [], text


AMOUNTS = [
    ("Retiré 1.234,56 USDT", "1.234,56 USDT", "1234.56 USDT"),
    ("I sent 1,234.56 USDT", "1,234.56 USDT", "1234.56 USDT"),
    ("J'ai envoyé 1 234,56 USDT", "1 234,56 USDT", "1234.56 USDT"),
    ("Ich habe 1\u202f234,56 USDT", "1\u202f234,56 USDT", "1234.56 USDT"),
    ("Swiss 1'234.50 USDT", "1'234.50 USDT", "1234.5 USDT"),
    ("充值1.5万USDT没到", "1.5万USDT", "15000 USDT"),
    ("提了3千 USDT", "3千 USDT", "3000 USDT"),
    ("我转了2万", "2万", "20000"),
    ("USDT 250 sent", "USDT 250", "250 USDT"),
    ("paid $100 for it", "$100", "100 USD"),
    ("cost 100 € yesterday", "100 €", "100 EUR"),
    ("заплатил 5000 рублей", "5000 рублей", "5000 RUB"),
    ("100 usdt please", "100 usdt", "100 USDT"),
    ("Nạp 1.000.000 VND", "1.000.000 VND", "1000000 VND"),
    ("gönderdim ０.５ BTC", "０.５ BTC", "0.5 BTC"),
    ("sent 1.500 ETH", "1.500 ETH", "1.5 ETH"),
    ("envié 1.500 USDT", "1.500 USDT", "1500 USDT"),
    ("2k USDT lost", "2k USDT", "2000 USDT"),
    ("￥500を入金", "￥500", "500 CNY"),
    ("１２３４,５ USDT", "１２３４,５ USDT", "1234.5 USDT"),
]


@pytest.mark.parametrize(("text", "value", "note"), AMOUNTS)
def test_amounts_keep_the_source_text_and_normalise_the_note(text, value, note):
    found = [e for e in find_entities(text) if e.kind == "amount"]
    assert [(e.value, e.note) for e in found] == [(value, note)]
    assert text[found[0].start : found[0].end] == value


def test_ambiguous_thousands_follow_the_writers_own_decimal_style():
    # "0,5" shows this writer uses a decimal comma: "1.500" is then one thousand five hundred.
    found = [e.note for e in find_entities("Envié 0,5 BTC y 1.500 ETH") if e.kind == "amount"]
    assert found == ["0.5 BTC", "1500 ETH"]


def test_memos_tags_and_orders_in_several_languages():
    text = ("memo: 104858, destination tag 99, 备注：ABC123, メモ 5566, "
            "orden 7731982045, 订单号：202406150001, Bestellung Nr. A-55123, "
            "sipariş no 99887766")  # fmt: skip
    got = [(e.kind, e.value) for e in find_entities(text) if e.kind in ("memo", "order_id")]
    assert got == [("memo", "104858"), ("memo", "99"), ("memo", "ABC123"), ("memo", "5566"),
                   ("order_id", "7731982045"), ("order_id", "202406150001"),
                   ("order_id", "A-55123"), ("order_id", "99887766")]  # fmt: skip


def test_words_after_order_are_not_an_order_id():
    assert [e for e in find_entities("my order status please") if e.kind == "order_id"] == []


def test_configurable_order_patterns():
    try:
        configure_order_patterns([r"\bORD-(?P<id>\d{8})\b"])
        found = [(e.kind, e.value) for e in find_entities("ref ORD-12345678 pls")]
        assert found == [("order_id", "12345678")]
        assert [e.value for e in find_entities("x W99 y", order_patterns=[r"W\d\d"])] == ["W99"]
    finally:
        configure_order_patterns([])
    with pytest.raises(BadInputError):
        configure_order_patterns(["(unclosed"])
    with pytest.raises(BadInputError):
        find_entities("x", order_patterns=["(unclosed"])


def test_emails_and_urls_stop_at_cjk_and_punctuation():
    text = "邮箱abc.d+e@mail.example.com，链接https://tronscan.org/#/tx/abc请看。(see www.okx.com/help)."
    got = [(e.kind, e.value) for e in find_entities(text)]
    assert ("email", "abc.d+e@mail.example.com") in got
    assert ("url", "https://tronscan.org/#/tx/abc") in got
    assert ("url", "www.okx.com/help") in got


def test_network_hints():
    codes = lambda t: {h.code for h in network_hints(t)}  # noqa: E731
    assert "trc20-with-evm-address" in codes(f"sent USDT TRC20 to {v.eip55()}")
    assert "trc20-with-evm-address" not in codes(f"sent USDT TRC-20 to {v.tron()}")
    assert "erc20-with-tron-address" in codes(f"USDT ERC-20 to {v.tron()}")
    assert "erc20-with-tron-address" in codes(f"通过BEP20转到{v.tron()}")
    assert "bep20-erc20-confusion" in codes("I chose BEP20 but the site said ERC20")
    assert "memo-missing" in codes("I deposited 500 XRP but it is not credited")
    assert "memo-missing" in codes("充值了 300 TON 还没到账")
    assert "memo-missing" not in codes("I deposited 500 XRP with tag 12345")
    assert "memo-missing" not in codes("what is the XRP price today?")
    bad = v.flip(v.tron(), v.B58)
    hints = [h for h in network_hints(f"to {bad}") if h.code == "invalid-address"]
    assert hints and hints[0].args == (bad, "base58-checksum")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_random_text_spans_are_exact_sorted_and_disjoint(text):
    last, url_end = 0, 0
    for e in find_entities(text):
        assert text[e.start : e.end] == e.value
        if e.end <= url_end and e.kind in ("txid", "address"):
            continue  # taken from inside an explorer link
        assert e.start >= last
        last = e.end
        url_end = e.end if e.kind == "url" else 0


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["USDT", "1.5", "万", " ", "0x", "ab" * 10, "TR", "memo:",
                                 "1,234", "€", "订单", "order", "7", "@", ".com", "https://"]),
                max_size=40))  # fmt: skip
def test_crafted_fragments_never_break_spans(parts):
    text = "".join(parts)
    for e in find_entities(text):
        assert text[e.start : e.end] == e.value


def test_hostile_5mb_input_is_bounded():
    text = ("0x" + "a" * 39 + " 1,234,567 USDT memo: 1 " + "x" * 50) * 40_000  # ~4.6 MB
    started = time.perf_counter()
    found = find_entities(text)
    assert time.perf_counter() - started < 20 and found
