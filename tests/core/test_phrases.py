"""Recovery phrases in every wordlist, laid out as people paste them inside sentences in many
languages (Chinese spaced inside unspaced Chinese, Japanese with glued particles), the
"possible" tier for mistyped phrases, and prose made of wordlist words staying silent."""

from __future__ import annotations

import random
import unicodedata

import pytest
from mnemonic import Mnemonic

from desktop.core.sensitive import WORDLISTS, find_sensitive

SEPARATORS = {
    "space": lambda ws: " ".join(ws),
    "ideographic": lambda ws: "\u3000".join(ws),
    "comma": lambda ws: ", ".join(ws),
    "cjk-comma": lambda ws: "\u3001".join(ws),
    "fullwidth-comma": lambda ws: "\uff0c".join(ws),
    "newline": lambda ws: "\n".join(ws),
    "numbered-dot": lambda ws: " ".join(f"{i}. {w}" for i, w in enumerate(ws, 1)),
    "numbered-paren": lambda ws: " ".join(f"{i}) {w}" for i, w in enumerate(ws, 1)),
    "numbered-dash": lambda ws: " ".join(f"{i}-{w}" for i, w in enumerate(ws, 1)),
    "numbered-lines": lambda ws: "\n".join(f"{i}. {w}" for i, w in enumerate(ws, 1)),
}
SENTENCES = [
    "Hi, my wallet was emptied, these are my words: {p} can you help?",
    "Hola, mi frase es:\n{p}\n\u00bfest\u00e1 bien?",
    "\u4f60\u597d\uff0c\u6211\u7684\u52a9\u8bb0\u8bcd\u662f{p}\u8bf7\u5e2e\u6211\u770b\u770b",
    "\u4f60\u597d\uff0c\u6211\u7684\u52a9\u8bb0\u8bcd\u662f {p} \u8bf7\u5e2e\u6211\u770b\u770b",
    "\u3053\u3093\u306b\u3061\u306f\u3002\u79c1\u306e\u30ea\u30ab\u30d0\u30ea\u30fc\u30d5\u30ec"
    "\u30fc\u30ba\u306f{p}\u3067\u3059\u3002\u52a9\u3051\u3066\u304f\u3060\u3055\u3044",
    "\uc548\ub155\ud558\uc138\uc694, \uc81c \ubcf5\uad6c \ubb38\uad6c\ub294 {p} \uc785\ub2c8\ub2e4",
    "\uc548\ub155\ud558\uc138\uc694. \uc81c \ubcf5\uad6c \ubb38\uad6c\ub294 {p}\uc785\ub2c8\ub2e4."
    " \ub3c4\uc640\uc8fc\uc138\uc694",
    "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435, \u0432\u043e\u0442 "
    "\u043c\u043e\u0438 \u0441\u043b\u043e\u0432\u0430: {p}. \u041f\u043e\u043c\u043e\u0433\u0438"
    "\u0442\u0435",
    "{p}",
]


def _words(lang: str, rng: random.Random, strength: int) -> list[str]:
    phrase = Mnemonic(lang).to_mnemonic(rng.randbytes(strength // 8))
    return phrase.split("\u3000" if lang == "japanese" else " ")


@pytest.mark.parametrize("lang", WORDLISTS)
def test_every_layout_inside_sentences_in_many_languages(lang):
    rng = random.Random(f"layouts-{lang}")
    missed = []
    for sentence in SENTENCES:
        for name, join in SEPARATORS.items():
            words = _words(lang, rng, rng.choice((128, 160, 192, 224, 256)))
            for form in ("NFC", "NFKD"):
                text = unicodedata.normalize(form, sentence.format(p=join(words)))
                found = find_sensitive(text)
                if [f.kind for f in found] != ["recovery-phrase"]:
                    missed.append((name, form, text[:60], found))
    assert missed == []


@pytest.mark.parametrize("lang", ["chinese_simplified", "chinese_traditional"])
def test_chinese_phrase_written_with_spaces_inside_an_unspaced_chinese_sentence(lang):
    rng = random.Random(lang)
    for _ in range(20):
        phrase = " ".join(_words(lang, rng, 128))
        text = f"\u4f60\u597d\uff0c\u6211\u7684\u52a9\u8bb0\u8bcd\u662f {phrase} \u8bf7\u5e2e\u5fd9"
        found = find_sensitive(text)
        assert [f.kind for f in found] == ["recovery-phrase"], text
        assert text[found[0].start : found[0].end] == phrase


@pytest.mark.parametrize("lang", WORDLISTS)
def test_a_mistyped_phrase_is_a_possible_one_and_still_redacted(lang):
    rng = random.Random(f"typo-{lang}")
    m = Mnemonic(lang)
    sep = "\u3000" if lang == "japanese" else " "
    for _ in range(5):
        words = _words(lang, rng, 128)
        words[rng.randrange(12)] = rng.choice(m.wordlist)
        if m.check(sep.join(words)):
            continue
        for text in (sep.join(words), f"my seed phrase: {sep.join(words)}. Is it ok?"):
            assert [(f.kind, f.severity) for f in find_sensitive(text)] == [
                ("possible-recovery-phrase", "warn")
            ], text


PROSE = [
    "This is absolutely unacceptable, I want to speak with your manager right now, because your "
    "support team keeps ignoring every single message I send about my frozen account and funds",
    "Hello again, just a polite follow up about my KYC documents: I sent the passport scan, the "
    "bank statement and a recent utility bill by email last week, please confirm you got them",
    "please check again account balance because deposit never arrived, support agent said wait",
    "bright ocean today happy family travel, because winter cold. Result again: early morning "
    "coffee fresh bread",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_made_of_wordlist_words_raises_nothing(text):
    assert find_sensitive(text) == []


def test_wordlist_words_broken_by_sentence_punctuation_are_not_a_phrase():
    words = Mnemonic("english").generate(128).split()
    text = ". ".join(" ".join(words[i : i + 3]) for i in range(0, 12, 3)).capitalize() + "."
    assert all(f.kind != "possible-recovery-phrase" for f in find_sensitive(text))
