"""Secrets against a real Secret Service (gnome-keyring) and against no keychain at all."""

from __future__ import annotations

import subprocess
import sys

import keyring
import pytest
from keyring.backends import fail

from desktop.core.secrets import SecretStore, SecretStoreError


def test_round_trip_in_real_secret_service(real_keyring):
    store = SecretStore(service="ReplyBridge-test")
    status = store.status()
    assert status.available, status
    assert "SecretService" in status.backend
    store.set("libretranslate-api-key", "k-123-secret")
    assert store.get("libretranslate-api-key") == "k-123-secret"
    # A second store (e.g. the next app start) reads the same keychain entry.
    assert SecretStore(service="ReplyBridge-test").get("libretranslate-api-key") == "k-123-secret"
    store.delete("libretranslate-api-key")
    assert store.get("libretranslate-api-key") is None
    assert "k-123-secret" not in repr(store)


def test_secret_is_visible_to_another_process(real_keyring, secret_service_env):
    SecretStore(service="ReplyBridge-test").set("pack-mirror-token", "tok-xyz")
    code = (
        "from desktop.core.secrets import SecretStore;"
        "print(SecretStore(service='ReplyBridge-test').get('pack-mirror-token'))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=secret_service_env,
                         capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    assert out.stdout.strip() == "tok-xyz"


def test_no_keychain_says_so_and_offers_session_only(monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = SecretStore()
        status = store.status()
        assert not status.available and status.code == "no-backend"
        with pytest.raises(SecretStoreError) as info:
            store.set("libretranslate-api-key", "abc")
        assert info.value.status.code == "no-backend"
        assert store.get("libretranslate-api-key") is None
        store.set("libretranslate-api-key", "abc", session_only=True)
        assert store.get("libretranslate-api-key") == "abc"
        store.delete("libretranslate-api-key")
        assert store.get("libretranslate-api-key") is None
    finally:
        keyring.set_keyring(previous)


def test_keyrings_alt_is_not_a_runtime_dependency():
    from importlib.metadata import requires

    deps = " ".join(requires("replybridge") or [])
    assert "keyrings.alt" not in deps and "keyrings-alt" not in deps
