"""Recovery phrases in every official wordlist (spaced, solid, NFC/NFD), near misses, private
keys (hex in context, WIF, xprv...), redaction, and no false alarms on ordinary text."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from mnemonic import Mnemonic

from desktop.core.sensitive import REDACTED, WORDLISTS, find_sensitive, redact
from tests.core import vectors as v


@pytest.fixture(autouse=True)
def _same_vectors_every_run(request: pytest.FixtureRequest) -> None:
    v.reseed(request.node.nodeid)


STRENGTHS = (128, 160, 192, 224, 256)  # 12, 15, 18, 21, 24 words


def _sep(lang: str) -> str:
    return "\u3000" if lang == "japanese" else " "


def _phrase(lang: str, strength: int = 128) -> str:
    m = Mnemonic(lang)
    return m.generate(strength) if lang != "japanese" else m.generate(strength)


@pytest.mark.parametrize("lang", WORDLISTS)
def test_precision_and_recall_are_100_percent_on_generated_phrases(lang):
    tp = fn = fp = 0
    for strength in STRENGTHS:
        for form in ("NFC", "NFKD"):
            phrase = unicodedata.normalize(form, _phrase(lang, strength))
            message = f"Support, here is what my wallet shows: {phrase} -- is it safe?"
            findings = find_sensitive(message)
            hits = [f for f in findings if message[f.start : f.end] == phrase
                    and f.kind == "recovery-phrase" and f.severity == "high"]  # fmt: skip
            tp += len(hits) == 1
            fn += len(hits) != 1
            fp += len(findings) - len(hits)
            red = redact(message, findings)
            assert phrase not in red and REDACTED["recovery-phrase"] in red
    assert (tp, fn, fp) == (10, 0, 0)


@pytest.mark.parametrize("layout", ["lines", "numbered", "commas", "numbered-cjk"])
def test_phrases_as_wallets_and_people_lay_them_out(layout):
    words = Mnemonic("english").generate(128).split()
    text = {
        "lines": "\n".join(words),
        "numbered": " ".join(f"{i}. {w}" for i, w in enumerate(words, 1)),
        "commas": ", ".join(words),
        "numbered-cjk": "\u3001".join(f"{i}\uff09{w}" for i, w in enumerate(words, 1)),
    }[layout]
    assert [f.kind for f in find_sensitive(f"my words:\n{text}\nthanks")] == ["recovery-phrase"]


@pytest.mark.parametrize("lang", ["chinese_simplified", "chinese_traditional"])
def test_solid_chinese_phrase_after_a_context_word(lang):
    phrase = _phrase(lang).replace(" ", "")
    for text in (f"我的助记词是{phrase}，帮我看看", f"助記詞：{phrase}。", f"seed {phrase}"):
        findings = find_sensitive(text)
        assert [f.kind for f in findings] == ["recovery-phrase"], text
        assert text[findings[0].start : findings[0].end] == phrase


@pytest.mark.parametrize("lang", ["japanese", "korean"])
def test_solid_japanese_and_korean_phrases(lang):
    phrase = unicodedata.normalize("NFC", _phrase(lang))
    solid = phrase.replace(_sep(lang), "").replace(" ", "")
    findings = find_sensitive(f"これです {solid} お願いします")
    assert [f.kind for f in findings] == ["recovery-phrase"]


@pytest.mark.parametrize("lang", ["english", "spanish", "french", "czech", "japanese", "korean",
                                  "chinese_simplified", "italian", "portuguese"])  # fmt: skip
def test_near_misses_are_a_softer_warning(lang):
    sep = _sep(lang)
    m = Mnemonic(lang)
    for _ in range(6):
        words = m.generate(128).split(sep)
        missing = words[:5] + words[6:]
        typo = words[:3] + ["zzqx"] + words[4:]
        swapped = words[:]
        swapped[7] = next(
            w for w in m.wordlist if not m.check(sep.join(words[:7] + [w] + words[8:]))
        )
        for variant in (missing, typo, swapped):
            findings = find_sensitive(sep.join(variant))
            assert [(f.kind, f.severity) for f in findings] == [
                ("possible-recovery-phrase", "warn")
            ], (lang, variant)


def test_a_near_miss_never_hides_a_real_phrase_next_to_it():
    phrase = Mnemonic("english").generate(128)
    findings = find_sensitive(f"{phrase} abandon ability")
    assert [f.kind for f in findings] == ["recovery-phrase"]


def test_private_keys_wif_xprv_and_hex_in_context():
    for key in (v.wif(True), v.wif(False), v.wif(True, testnet=True)):
        assert [f.kind for f in find_sensitive(f"my key {key} ok")] == ["private-key"]
    for version in ("0488ade4", "04358394", "049d7878", "04b2430c"):  # xprv tprv yprv zprv
        key = v.xprv(version)
        assert [f.kind for f in find_sensitive(f"export: {key}")] == ["extended-private-key"]
    hex64 = v.txid()
    for text in (f"my private key is {hex64}", f"мой приватный ключ: {hex64}",
                 f"私钥 0x{hex64}", f"clave privada {hex64}", f"{hex64} is my private key",
                 f"khóa riêng: {hex64}", f"المفتاح الخاص {hex64}"):  # fmt: skip
        assert [f.kind for f in find_sensitive(text)] == ["private-key"], text
    assert find_sensitive(f"txid {hex64}") == []  # a transaction hash is not a secret
    solana_secret = v.base58.b58encode(v.rbytes(64)).decode()
    assert [f.kind for f in find_sensitive(f"Phantom private key: {solana_secret}")] == [
        "private-key"
    ]
    assert find_sensitive(f"signature {solana_secret}") == []


def test_a_changed_character_breaks_a_key():
    for key in (v.wif(True), v.xprv()):
        flipped = v.flip(key, v.B58)
        assert find_sensitive(f"key {flipped}") == []


def test_findings_never_carry_the_secret():
    key = v.wif(True)
    phrase = Mnemonic("english").generate(128)
    for finding in find_sensitive(f"{phrase} and {key}"):
        assert key not in repr(finding) and phrase.split()[0] not in repr(finding)
        assert key not in str(finding)


ORDINARY = [
    "I want to buy a ticket and ride the train to the city with my family and friends",
    "Please check my account, the deposit amount is wrong and I am angry about this issue",
    "Hello, I have a problem with my account. I made a deposit of 500 USDT yesterday and it "
    "still has not arrived, can you please check what happened and when it will be credited",
    "Hola, quiero saber cuándo llega mi retiro, ya pasaron dos días y nadie me responde",
    "Bonjour, j'ai un problème avec mon compte, mon dépôt n'est toujours pas arrivé",
    "Ciao, ho un problema con il mio conto, il deposito non è ancora arrivato, grazie mille",
    "Olá, fiz um depósito ontem e ainda não chegou, podem verificar o que aconteceu",
    "Dobrý den, včera jsem provedl vklad a stále nedorazil, můžete to prosím zkontrolovat",
    "我想问一下我的提现什么时候到账，已经等了很久了，请帮我查一下谢谢",
    "我的助记词是不是被别人知道了我的钱都没了怎么办啊请你们帮帮我吧",
    "出金の申請をしましたが、まだ届いていません。確認していただけますか。",
    "출금 신청을 했는데 아직 도착하지 않았습니다. 확인 부탁드립니다.",
    "Здравствуйте, мой депозит не зачислен уже три дня, помогите пожалуйста",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_do_not_trip(text):
    assert find_sensitive(text) == []


ENGLISH = Mnemonic("english").wordlist
FILLERS = [w for w in "the of to in is that it he was for on are as with his they I at be "
           "have from or had by but not what my".split() if w not in ENGLISH]  # fmt: skip


def _fold(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _has_valid_window(words: list[str], lang: str = "english") -> bool:
    """Customers type French words without accents ("region" for "région"): so does this."""
    m = Mnemonic(lang)
    accented = {_fold(w): w for w in m.wordlist}
    words = [accented.get(w, w) for w in words]
    return any(m.check(" ".join(words[i : i + n])) for n in (12, 15, 18, 21, 24)
               for i in range(len(words) - n + 1))  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(ENGLISH), min_size=12, max_size=30))
def test_wordlist_words_without_a_valid_checksum_never_raise_the_alarm(words):
    # "abandon", "angle"... are French words too: no valid window in any list holding them all.
    assume(not any(_has_valid_window(words, lang) for lang in ("english", "french")))
    assert all(f.kind != "recovery-phrase" for f in find_sensitive(" ".join(words)))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(WORDLISTS), st.lists(st.integers(0, 2047), min_size=1, max_size=10))
def test_short_runs_of_wordlist_words_raise_nothing(lang, indices):
    words = [Mnemonic(lang).wordlist[i] for i in indices]
    assert find_sensitive(_sep(lang).join(words)) == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(ENGLISH), min_size=1, max_size=40),
    st.lists(st.sampled_from(FILLERS), min_size=1, max_size=10),
)
def test_prose_mixing_wordlist_words_and_function_words_never_trips(words, fillers):
    mixed = []
    for i, word in enumerate(words):  # prose: never 11 wordlist words in a row
        mixed.append(word)
        if i % 5 == 4:
            mixed.append(fillers[i % len(fillers)])
    assert find_sensitive(" ".join(mixed)) == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_random_text_never_crashes_or_alarms(text):
    for f in find_sensitive(text):
        assert 0 <= f.start < f.end <= len(text) and f.kind != "recovery-phrase"


def test_redaction_markers_are_ascii_and_idempotent():
    phrase = Mnemonic("spanish").generate(256)
    text = f"mi frase: {phrase}. clave {v.wif()}"
    once = redact(text)
    assert all(marker.isascii() for marker in REDACTED.values())
    assert once == "mi frase: [REDACTED recovery phrase]. clave [REDACTED private key]"
    assert redact(once) == once


def test_huge_input_is_fast():
    started = time.perf_counter()
    find_sensitive(("abandon " * 100_000) + ("hello world " * 50_000) + "a" * 2_000_000)
    assert time.perf_counter() - started < 10
