"""Pack install is validated in staging: every hostile pack is rejected, nothing changes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.core.errors import BadInputError
from desktop.core.translate.packs import install_from_file, list_installed, remove
from tests.packbuilder import build_hostile_packs


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }  # fmt: skip


EXPECTED = {
    "not-a-zip": "not a zip", "html-error-page": "not a zip", "truncated": "not a zip",
    "zip-slip": "unsafe path", "zip-slip-nested": "unsafe path", "absolute-path": "unsafe path",
    "windows-path": "unsafe path", "symlink": "symbolic link", "no-metadata": "no metadata.json",
    "bad-json": "not valid JSON", "metadata-latin1": "not valid JSON",
    "metadata-not-object": "not an object", "wrong-type": "not a translation pack",
    "bad-code": "no valid to_code", "same-language": "into itself", "no-model": "model.bin",
    "no-sentencepiece": "sentencepiece.model", "garbage-model": "sentencepiece.model",
    "garbage-tokenizer": "sentencepiece.model", "garbage-model-bin": "model cannot be loaded",
    "broken-vocabulary": "model cannot be loaded", "two-top-folders": "one top folder",
    "top-is-a-file": "one top folder", "empty-zip": "empty archive",
    "too-many-files": "too many files", "zip-bomb": "zip bomb",
    "code-newline": "no valid to_code", "code-underscore": "no valid from_code",
    "deep-metadata": "nested too deeply", "metadata-is-a-folder": "metadata.json is not a file",
}  # fmt: skip


def test_every_hostile_pack_is_rejected_and_nothing_changes(tmp_path, packs_dir, pack_files):
    before = _snapshot(packs_dir)
    hostile = build_hostile_packs(tmp_path / "hostile", pack_files["en-es"])
    assert sorted(hostile) == sorted(EXPECTED)
    for name, path in hostile.items():
        with pytest.raises(BadInputError) as info:
            install_from_file(packs_dir, path)
        message = str(info.value)
        assert EXPECTED[name] in message and "\n" not in message, (name, message)
        assert str(tmp_path) not in message and len(message) < 160, (name, message)
        assert _snapshot(packs_dir) == before, name
        assert not list(tmp_path.rglob("evil.txt")) and not (tmp_path.parent / "evil.txt").exists()
        assert [p.name for p in packs_dir.iterdir() if p.name.startswith(".")] == [], name


def test_list_install_replace_and_remove(tmp_path, pack_files):
    target = tmp_path / "packs"
    pack = install_from_file(target, pack_files["en-es"])
    assert (pack.source, pack.target, pack.version) == ("en", "es", "1.0") and pack.size > 0
    install_from_file(target, pack_files["en-es"])  # reinstall replaces in place
    assert [p.code for p in list_installed(target)] == ["en-es"]
    (target / "junk-folder").mkdir()  # a folder without metadata never breaks the listing
    assert [p.code for p in list_installed(target)] == ["en-es"]
    assert remove(target, "en-es").code == "en-es"
    assert list_installed(target) == []
    with pytest.raises(BadInputError):
        remove(target, "en-es")


def test_bundled_packs_install_once_and_bad_ones_are_skipped(tmp_path, pack_files):
    import shutil

    from desktop.core.translate.packs import install_bundled

    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy(pack_files["en-es"], bundle)
    (bundle / "broken.argosmodel").write_bytes(b"not a zip")
    target = tmp_path / "packs"
    assert [p.code for p in install_bundled(target, bundle)] == ["en-es"]
    assert install_bundled(target, bundle) == []  # already there: nothing to do
    assert install_bundled(target, tmp_path / "missing") == []


def test_upgrade_progress_and_zh_aliases(tmp_path, pack_files):
    from tests.packbuilder import build_word_pack

    target = tmp_path / "packs"
    steps: list[float] = []
    install_from_file(target, pack_files["en-zh"], progress=lambda f, m: steps.append(f))
    assert steps == sorted(steps) and steps[-1] == 1.0
    newer = build_word_pack(tmp_path / "v2", "en", "zh", {"hello": "\u4f60\u597d"}, version="2.0")
    install_from_file(target, newer)
    assert [(p.code, p.version) for p in list_installed(target)] == [("en-zh-Hans", "2.0")]
    assert remove(target, "en-zh").code == "en-zh-Hans"
    install_from_file(target, newer)
    assert remove(target, "en-zh-Hans").version == "2.0"
    assert list(target.iterdir()) == []


def test_cancelled_install_changes_nothing(tmp_path, packs_dir, pack_files):
    import threading

    from desktop.core.translate.packs import Cancelled

    before = _snapshot(packs_dir)
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        install_from_file(packs_dir, pack_files["en-es"], progress=lambda f, m: cancel.set(),
                          cancel=cancel)  # fmt: skip
    assert _snapshot(packs_dir) == before
    assert not [p for p in packs_dir.iterdir() if p.name.startswith(".")]


def test_leftovers_of_a_crashed_install_are_swept(tmp_path, pack_files):
    import os
    import time

    target = tmp_path / "packs"
    target.mkdir()
    old, fresh = target / ".staging-old", target / ".download-fresh.argosmodel"
    old.mkdir()
    (old / "half.bin").write_bytes(b"x")
    fresh.write_bytes(b"in progress in another process")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    install_from_file(target, pack_files["es-en"])
    assert not old.exists() and fresh.exists()  # a running download is left alone
    assert [p.code for p in list_installed(target)] == ["es-en"]


def test_listing_reads_metadata_without_argostranslate(tmp_path, packs_dir):
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; "
        "from desktop.core.translate.packs import list_installed; "
        f"print(len(list_installed(Path({str(packs_dir)!r})))); "
        "print(sorted(m for m in ('argostranslate', 'ctranslate2', 'onnxruntime') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["4", "[]"]


def test_pack_codes_are_anchored_end_to_end():
    """Issue 15 fault 7: `\\Z`, not `$`: a trailing newline is not a code."""
    from desktop.core.translate.packindex import _entry
    from desktop.core.translate.packs import CODE

    for good in ("en", "zh", "zt", "fil", "zh-Hans", "pt-BR"):
        assert CODE.match(good), good
    for bad in ("es\n", "en_x", "EN", "e", "enxx", "zh-Hansxx", "../x", "en-", " en", "en\n\n"):
        assert not CODE.match(bad), repr(bad)
    link = ["https://m.test/p.argosmodel"]
    assert _entry({"from_code": "en", "to_code": "es\n", "links": link}, "") is None
    assert _entry({"from_code": "en", "to_code": "es", "links": link}, "") is not None


def test_a_metadata_path_that_is_a_folder_or_packs_dir_that_is_a_file(tmp_path, pack_files):
    """Issue 15 fault 14: file-and-folder confusions are clean errors, not OSError tracebacks."""
    packs = tmp_path / "packs"
    (packs / "en_es" / "metadata.json").mkdir(parents=True)
    assert list_installed(packs) == []
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(BadInputError, match="is a file, not a folder"):
        install_from_file(blocker, pack_files["en-es"])
    with pytest.raises(BadInputError, match="not a folder|cannot create"):
        install_from_file(blocker / "packs", pack_files["en-es"])


def test_a_new_packs_folder_is_private(tmp_path, pack_files):
    """Issue 15 fault 11: data folders 0700."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        install_from_file(tmp_path / "data" / "packs", pack_files["en-es"])
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "data" / "packs").stat().st_mode) == 0o700
