"""Private keys by their labels in the 16 team languages (before or after, any separator, up to
a sentence away), WIF/xprv by checksum, Solana secret keys; a bare 64-hex string is a TXID."""

from __future__ import annotations

import pytest

from desktop.core.entities import find_entities
from desktop.core.sensitive import find_sensitive, redact
from tests.core import vectors as v


@pytest.fixture(autouse=True)
def _same_vectors_every_run(request: pytest.FixtureRequest) -> None:
    v.reseed(request.node.nodeid)


LABELS_BEFORE = [
    "private_key=", "private_key: ", "my key: ", "key=", "priv key:", "privkey ", "Private Key\n",
    '"private_key": "', "secret key - ", "llave privada ", "clave privada: ", "chave privada: ",
    "cl\u00e9 priv\u00e9e : ", "privater Schl\u00fcssel: ", "chiave privata: ",
    "priv\u00e9sleutel: ", "\u00f6zel anahtar: ", "kh\u00f3a ri\u00eang: ", "kunci pribadi: ",
    "\u043f\u0440\u0438\u0432\u0430\u0442\u043d\u044b\u0439 \u043a\u043b\u044e\u0447: ",
    "\u0437\u0430\u043a\u0440\u044b\u0442\u044b\u0439 \u043a\u043b\u044e\u0447 \u2014 ",
    "\u0627\u0644\u0645\u0641\u062a\u0627\u062d \u0627\u0644\u062e\u0627\u0635: ",
    "\u6211\u7684\u79c1\u94a5\u662f", "\u79c1\u9470\uff1a", "\u79d8\u5bc6\u9375\uff1a",
    "\uac1c\uc778\ud0a4: ", "\uac1c\uc778 \ud0a4 ",
    "\u0e04\u0e35\u0e22\u0e4c\u0e2a\u0e48\u0e27\u0e19\u0e15\u0e31\u0e27: ",
    "Here is my private key. I exported it from my wallet app yesterday, I think it is right:\n",
    "\u041c\u043e\u0439 \u043a\u043e\u0448\u0435\u043b\u0451\u043a \u0432\u0437\u043b\u043e\u043c"
    "\u0430\u043b\u0438, \u0432\u043e\u0442 \u043f\u0440\u0438\u0432\u0430\u0442\u043d\u044b\u0439"
    " \u043a\u043b\u044e\u0447 \u043e\u0442 \u043d\u0435\u0433\u043e, \u043f\u0440\u043e\u0432"
    "\u0435\u0440\u044c\u0442\u0435: ",
]  # fmt: skip
LABELS_AFTER = [
    " is my private key", " (private key)", " \u662f\u6211\u7684\u79c1\u94a5",
    " este es mi clave privada", " \u2014 \u044d\u0442\u043e \u043c\u043e\u0439 \u043f\u0440"
    "\u0438\u0432\u0430\u0442\u043d\u044b\u0439 \u043a\u043b\u044e\u0447",
]  # fmt: skip


@pytest.mark.parametrize("label", LABELS_BEFORE)
def test_a_64_hex_key_behind_a_label_in_any_language(label):
    for key in (v.txid(), "0x" + v.txid()):
        text = f"hello {label}{key} thanks"
        found = find_sensitive(text)
        assert [f.kind for f in found] == ["private-key"], text
        assert key not in redact(text)
        assert not [e for e in find_entities(text) if e.kind == "txid"]


@pytest.mark.parametrize("label", LABELS_AFTER)
def test_a_label_after_the_key(label):
    assert [f.kind for f in find_sensitive(f"{v.txid()}{label}")] == ["private-key"]


@pytest.mark.parametrize(
    "template",
    ["txid {h}", "tx hash: {h}", "https://etherscan.io/tx/0x{h}", "{h}", "deposit {h} missing",
     "I never shared my private key, the transaction is {h}", "\u4ea4\u6613\u54c8\u5e0c\uff1a{h}",
     "private key is safe. hash {h}"],
)  # fmt: skip
def test_a_bare_64_hex_or_one_labelled_as_a_transaction_is_a_txid(template):
    h = v.txid()
    text = template.format(h=h)
    assert find_sensitive(text) == []
    assert [e.kind for e in find_entities(text) if h in e.value or e.kind == "txid"]


def test_wif_and_extended_keys_need_no_label_and_a_valid_checksum():
    for key in (v.wif(True), v.wif(False), v.wif(True, testnet=True)):
        assert [f.kind for f in find_sensitive(f"{key}")] == ["private-key"]
        assert find_sensitive(v.flip(key, v.B58)) == []
    for version in ("0488ade4", "04358394", "049d7878", "04b2430c"):  # xprv tprv yprv zprv
        key = v.xprv(version)
        assert [f.kind for f in find_sensitive(f"wallet export\n{key}")] == ["extended-private-key"]


def test_solana_secret_keys_base58_and_byte_array():
    secret = v.base58.b58encode(v.rbytes(64)).decode()
    for text in (f"Phantom private key: {secret}", f"privkey={secret}", f"{secret} (private key)"):
        assert [f.kind for f in find_sensitive(text)] == ["private-key"], text
    array = "[" + ",".join(str(b) for b in v.rbytes(64)) + "]"
    assert [f.kind for f in find_sensitive(f"my id.json: {array}")] == ["private-key"]
    assert find_sensitive("[" + ",".join(["300"] * 64) + "]") == []


@pytest.mark.parametrize(
    "template",
    ["I never shared my private key with anyone, but my funds are gone: {h}",
     "\u6211\u4ece\u6765\u6ca1\u6709\u6cc4\u9732\u8fc7\u79c1\u94a5\uff0c\u53ef\u662f\u94b1\u6ca1"
     "\u4e86 {h}",
     "Nunca compart\u00ed mi clave privada, pero perd\u00ed todo: {h}"],
)  # fmt: skip
def test_a_private_key_that_was_never_shared_does_not_make_a_txid_a_key(template):
    h = v.txid()
    text = template.format(h=h)
    assert find_sensitive(text) == []
    assert [e.value for e in find_entities(text) if e.kind == "txid"] == [h]


@pytest.mark.parametrize(
    "template",
    ["no, here is my private key: {h}", "not sure it is right, private key {h}",
     "\u6211\u4e0d\u786e\u5b9a\u79c1\u94a5\u5bf9\u4e0d\u5bf9\uff1a{h}"],
)  # fmt: skip
def test_a_negation_elsewhere_does_not_hide_a_key(template):
    assert [f.kind for f in find_sensitive(template.format(h=v.txid()))] == ["private-key"]
