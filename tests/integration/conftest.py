"""Integration fixtures: a real Secret Service (dbus-daemon + gnome-keyring) for keyring tests."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _need(binary: str) -> str:
    found = shutil.which(binary)
    if found is None:  # a failure, not a skip: green must mean the keyring was tested
        pytest.fail(f"{binary} is missing: `make test` installs it (packaging/ensure_system.py)")
    return found


@pytest.fixture(scope="session")
def secret_service_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A private session bus with an unlocked gnome-keyring 'login' collection."""
    dbus = _need("dbus-daemon")
    gkd = _need("gnome-keyring-daemon")
    home = tmp_path_factory.mktemp("keyring-home")
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_RUNTIME_DIR=str(home / "run"))  # fmt: skip
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700)
    out = subprocess.run(
        [dbus, "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env, capture_output=True, text=True, check=True, timeout=10,
    )  # fmt: skip
    address, pid = out.stdout.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(
        [gkd, "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        env=env, text=True,
    )  # fmt: skip
    assert daemon.stdin is not None and daemon.stdout is not None
    daemon.stdin.write("test-password")
    daemon.stdin.close()
    line = daemon.stdout.readline()  # GNOME_KEYRING_CONTROL=...: the collection is unlocked
    if "=" in line:
        key, value = line.strip().split("=", 1)
        env[key] = value
    try:
        yield env
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()
        try:
            os.kill(int(pid), signal.SIGTERM)
        except (ProcessLookupError, ValueError):
            pass


@pytest.fixture
def real_keyring(
    secret_service_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Point this process's keyring at the private Secret Service."""
    import keyring
    from keyring.backends import SecretService

    for key in ("DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL", "XDG_RUNTIME_DIR"):
        if key in secret_service_env:
            monkeypatch.setenv(key, secret_service_env[key])
    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
