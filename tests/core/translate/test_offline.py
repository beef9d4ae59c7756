"""Offline proof in-process: the start-up and translation paths create no socket at all."""

from __future__ import annotations

import socket

import pytest

from desktop.cli import run


@pytest.fixture
def no_sockets(monkeypatch):
    """Stricter than the suite's guard: creating ANY socket (even loopback) fails the test."""
    created: list[tuple[object, ...]] = []

    class Refused(socket.socket):
        def __init__(self, *args, **kwargs):
            created.append(args)
            raise AssertionError("a socket was created on an offline path")

    monkeypatch.setattr(socket, "socket", Refused)
    monkeypatch.setattr(socket, "create_connection", Refused)
    yield created
    assert created == []


def test_startup_translate_and_list_open_no_socket(tmp_path, pack_files, no_sockets, capsys):
    import shutil

    from desktop.core import paths
    from desktop.core.translate.argos import ArgosEngine
    from desktop.core.translate.packs import install_bundled, list_installed

    bundle = tmp_path / "bundle"  # what a packaged app installs at first start
    bundle.mkdir()
    for path in pack_files.values():
        shutil.copy(path, bundle)
    assert len(install_bundled(paths.packs_dir(), bundle)) == 4
    engine = ArgosEngine(paths.packs_dir())
    assert engine.preload("es", "zh-Hans") == [("es", "en"), ("en", "zh-Hans")]
    result = engine.translate("hola mundo. mi dep\u00f3sito!", "es", "zh-Hans", n_best=3,
                              back=True)  # fmt: skip
    assert result.text.startswith("\u4f60\u597d \u4e16\u754c") and result.back
    assert len(list_installed(paths.packs_dir())) == 4
    assert run(["packs", "list"]) == 0
    assert run(["translate", "--from", "en", "--to", "es", "--back", "hello world"]) == 0
    assert '"hola mundo"' in capsys.readouterr().out
