"""API keys in the OS keychain via keyring; a session-only fallback when there is no keychain."""

from __future__ import annotations

import threading
from dataclasses import dataclass

SERVICE = "ReplyBridge"
# Names of the secrets the app knows; the UI shows them by label, never by value.
KNOWN = ("libretranslate-api-key", "pack-mirror-token")


@dataclass(frozen=True)
class KeychainStatus:
    """Whether secrets can be stored for good, and if not, why (a code the UI translates)."""

    available: bool
    backend: str
    code: str = ""  # "no-backend", "locked", "error"
    detail: str = ""


class SecretStore:
    """get/set/delete a secret by name; never logs or repr()s a value.

    When the keychain is missing or locked, `set(..., session_only=True)` keeps the value in
    memory for this run only (the UI offers that and says so).
    """

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SecretStore(service={self.service!r}, session_keys={sorted(self._session)})"

    def status(self) -> KeychainStatus:
        import keyring
        from keyring.backends import fail

        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # noqa: BLE001 - a broken backend config must not crash start-up
            return KeychainStatus(False, "", "error", type(exc).__name__)
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        if isinstance(backend, fail.Keyring):
            return KeychainStatus(False, name, "no-backend")
        if type(backend).__module__.startswith("keyrings.alt"):
            # A plaintext file is not a keychain: treat it like none.
            return KeychainStatus(False, name, "no-backend", "plaintext backend refused")
        return KeychainStatus(True, name)

    def get(self, name: str) -> str | None:
        """The secret, or None when unset; session-only values win; keychain errors -> None."""
        import keyring
        from keyring.errors import KeyringError

        with self._lock:
            if name in self._session:
                return self._session[name]
        if not self.status().available:
            return None
        try:
            return keyring.get_password(self.service, name)
        except KeyringError:
            return None

    def set(self, name: str, value: str, *, session_only: bool = False) -> KeychainStatus:
        """Store in the keychain; on failure raise SecretStoreError with a status code."""
        import keyring
        from keyring.errors import KeyringError, KeyringLocked

        if not value:
            raise ValueError("empty secret")
        if session_only:
            with self._lock:
                self._session[name] = value
            return KeychainStatus(False, "session", "session-only")
        status = self.status()
        if not status.available:
            raise SecretStoreError(status)
        try:
            keyring.set_password(self.service, name, value)
        except KeyringLocked:
            raise SecretStoreError(KeychainStatus(False, status.backend, "locked")) from None
        except KeyringError as exc:
            raise SecretStoreError(
                KeychainStatus(False, status.backend, "error", type(exc).__name__)
            ) from None
        with self._lock:
            self._session.pop(name, None)
        return status

    def delete(self, name: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        with self._lock:
            self._session.pop(name, None)
        if not self.status().available:
            return
        try:
            keyring.delete_password(self.service, name)
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            raise SecretStoreError(KeychainStatus(False, "", "error", type(exc).__name__)) from None


class SecretStoreError(Exception):
    """The keychain refused; `status.code` says why (no-backend, locked, error)."""

    def __init__(self, status: KeychainStatus) -> None:
        super().__init__(status.code)
        self.status = status
