"""Recovery phrases in every official wordlist, near misses, private keys, and no false alarms."""

from __future__ import annotations

import hashlib
import os
import random
import unicodedata

import base58
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mnemonic import Mnemonic

from desktop.core.sensitive import REDACTED, WORDLISTS, find_sensitive, redact


@pytest.mark.parametrize("lang", WORDLISTS)
@pytest.mark.parametrize("strength", [128, 160, 192, 224, 256])
def test_valid_phrases_found_exactly_in_every_language(lang, strength):
    phrase = Mnemonic(lang).generate(strength)
    for text in (phrase, unicodedata.normalize("NFC", phrase)):
        message = f"Support, here is what my wallet shows: {text} -- is it safe?"
        findings = find_sensitive(message)
        assert [f.kind for f in findings] == ["recovery-phrase"], findings
        assert message[findings[0].start : findings[0].end] == text
        assert text not in redact(message, findings)
        assert REDACTED["recovery-phrase"] in redact(message, findings)


def test_unspaced_chinese_phrase():
    phrase = Mnemonic("chinese_simplified").generate(128).replace(" ", "")
    findings = find_sensitive(f"我的助记词是{phrase}，帮我看看")
    assert findings and findings[0].kind == "recovery-phrase"


@pytest.mark.parametrize("lang", ["english", "spanish", "japanese", "korean"])
def test_near_misses_are_a_softer_warning(lang):
    rng = random.Random(7)
    m = Mnemonic(lang)
    words = m.generate(128).split("\u3000" if lang == "japanese" else " ")
    sep = "\u3000" if lang == "japanese" else " "
    missing = sep.join(words[:5] + words[6:])  # one word missing
    typo = words[:]
    typo[3] = "zzqx"  # one word not in any list
    for text in (missing, sep.join(typo)):
        findings = find_sensitive(text)
        assert [f.kind for f in findings] in (["possible-recovery-phrase"], ["recovery-phrase"])
        assert findings[0].severity in ("warn", "high")
    swapped = words[:]
    rng.shuffle(swapped)
    if not m.check(sep.join(swapped)):
        assert [f.kind for f in find_sensitive(sep.join(swapped))] == ["possible-recovery-phrase"]


def _wif(compressed: bool) -> str:
    payload = b"\x80" + os.urandom(32) + (b"\x01" if compressed else b"")
    return base58.b58encode_check(payload).decode()


def test_private_keys_wif_xprv_and_hex_in_context():
    for wif in (_wif(True), _wif(False)):
        assert [f.kind for f in find_sensitive(f"my key {wif} ok")] == ["private-key"]
    xprv = base58.b58encode_check(bytes.fromhex("0488ade4") + os.urandom(74)).decode()
    assert [f.kind for f in find_sensitive(f"export: {xprv}")] == ["extended-private-key"]
    hex64 = hashlib.sha256(b"x").hexdigest()
    assert [f.kind for f in find_sensitive(f"my private key is {hex64}")] == ["private-key"]
    assert [f.kind for f in find_sensitive(f"мой приватный ключ: {hex64}")] == ["private-key"]
    assert find_sensitive(f"txid {hex64}") == []  # a transaction hash is not a secret


def test_flipped_character_breaks_a_key():
    wif = _wif(True)
    flipped = wif[:-3] + ("A" if wif[-3] != "A" else "B") + wif[-2:]
    assert find_sensitive(f"key {flipped}") == []


ORDINARY = [
    "I want to buy a ticket and ride the train to the city with my family and friends",
    "Please check my account, the deposit amount is wrong and I am angry about this issue",
    "Hola, quiero saber cuándo llega mi retiro, ya pasaron dos días y nadie me responde",
    "我想问一下我的提现什么时候到账，已经等了很久了，请帮我查一下谢谢",
    "出金の申請をしましたが、まだ届いていません。確認していただけますか。",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_do_not_trip(text):
    assert find_sensitive(text) == []


FILLERS = [
    w
    for w in "the of to in is that it he was for on are as with his they I at be this "
    "have from or had by but not what".split()
    if w not in Mnemonic("english").wordlist
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(Mnemonic("english").wordlist), min_size=1, max_size=10),
    st.lists(st.sampled_from(FILLERS), min_size=1, max_size=10),
)
def test_prose_mixing_wordlist_words_and_function_words_never_trips(words, fillers):
    # Real prose alternates: no run of 11+ wordlist words.
    mixed = []
    for i, word in enumerate(words):
        mixed.append(word)
        mixed.append(fillers[i % len(fillers)])
    assert all(f.kind != "recovery-phrase" for f in find_sensitive(" ".join(mixed)))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_random_text_never_crashes_or_alarms(text):
    for f in find_sensitive(text):
        assert 0 <= f.start < f.end <= len(text)


def test_huge_input_is_fast():
    import time

    started = time.perf_counter()
    find_sensitive("abandon " * 100_000 + "hello world " * 50_000)
    assert time.perf_counter() - started < 5
