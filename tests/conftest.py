"""Suite-wide fixtures: isolated dirs and env for every test, and a guard against the network."""

from __future__ import annotations

import ipaddress
import os
import socket
import tempfile
from pathlib import Path

import pytest

# Isolate everything before any test module imports argostranslate or onnxruntime: both read
# these variables once, at import time.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="rb-test-home-"))
for _var, _sub in (
    ("XDG_DATA_HOME", "xdg-data"),
    ("XDG_CONFIG_HOME", "xdg-config"),
    ("XDG_CACHE_HOME", "xdg-cache"),
    ("ARGOS_PACKAGES_DIR", "argos-packages"),
):
    os.environ[_var] = str(_SESSION_HOME / _sub)
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class NetworkBlocked(RuntimeError):
    """A test tried to reach a non-loopback address."""


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
    else:
        return True  # AF_UNIX paths (e.g. D-Bus sockets) are local
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def network_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that opens a connection to a non-loopback address or resolves a name."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: object) -> None:
        if not _is_loopback(address):
            raise NetworkBlocked(f"test tried to connect to {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    def connect_ex(self: socket.socket, address: object) -> int:
        if not _is_loopback(address):
            raise NetworkBlocked(f"test tried to connect to {address!r}")
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host not in (None, "localhost", "127.0.0.1", "::1") and not str(host).startswith("127."):
            raise NetworkBlocked(f"test tried to resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test gets fresh config/data/cache dirs, so nothing leaks into the user's profile."""
    root = tmp_path_factory.mktemp("rb")
    for var, sub in (
        ("REPLYBRIDGE_CONFIG_DIR", "config"),
        ("REPLYBRIDGE_DATA_DIR", "data"),
        ("REPLYBRIDGE_CACHE_DIR", "cache"),
        ("REPLYBRIDGE_LOG_DIR", "log"),
    ):
        monkeypatch.setenv(var, str(root / sub))
    monkeypatch.delenv("REPLYBRIDGE_PACKS_DIR", raising=False)
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(root / "no-team-profile.toml"))
    return root


_SKIPPED: list[str] = []
# A skip the machine's kernel forces (not a package `make test` could install) says so first.
ALLOWED_SKIP_PREFIX = "kernel:"


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
        if not str(reason).removeprefix("Skipped: ").startswith(ALLOWED_SKIP_PREFIX):
            _SKIPPED.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under `make test` (REPLYBRIDGE_FORBID_SKIPS=1) a skipped test fails the run: the README
    promises every check ran, and a skip for a missing package would be a silent green."""
    if os.environ.get("REPLYBRIDGE_FORBID_SKIPS") and _SKIPPED and exitstatus == 0:
        print(f"\n{len(_SKIPPED)} test(s) skipped, which `make test` forbids: "
              + ", ".join(_SKIPPED[:5]))  # fmt: skip
        session.exitstatus = 1
