"""Pack install is validated in staging: every hostile pack is rejected, nothing changes."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from desktop.core.errors import BadInputError
from desktop.core.translate.packs import install_from_file, list_installed, remove
from tests.packbuilder import zip_bytes

META = {"type": "translate", "from_code": "en", "to_code": "fr", "package_version": "1.0",
        "argos_version": "1.9.0", "from_name": "English", "to_name": "French"}  # fmt: skip


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }  # fmt: skip


def _bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("p/metadata.json", json.dumps(META))
        with zf.open("p/model/model.bin", "w", force_zip64=True) as handle:
            chunk = b"\0" * (1 << 20)
            for _ in range(60):  # 60 MB of zeros: compresses ~1000x
                handle.write(chunk)


def _hostile(tmp: Path, good: Path) -> dict[str, Path]:
    out: dict[str, Path] = {}

    def write(name: str, data: bytes) -> None:
        out[name] = tmp / f"{name}.argosmodel"
        out[name].write_bytes(data)

    write("not-a-zip", b"definitely not a zip file")
    write(
        "zip-slip",
        zip_bytes({"p/metadata.json": json.dumps(META).encode(), "../../evil.txt": b"x"}),
    )
    write("absolute", zip_bytes({"/etc/evil": b"x"}))
    write("no-metadata", zip_bytes({"p/model/model.bin": b"x", "p/sentencepiece.model": b"x"}))
    write("bad-json", zip_bytes({"p/metadata.json": b"{not json", "p/model/model.bin": b"x"}))
    write(
        "wrong-type", zip_bytes({"p/metadata.json": json.dumps({**META, "type": "sbd"}).encode()})
    )
    write("no-model", zip_bytes({"p/metadata.json": json.dumps(META).encode(),
                                 "p/sentencepiece.model": b"x"}))  # fmt: skip
    write("garbage-model", zip_bytes({"p/metadata.json": json.dumps(META).encode(),
                                      "p/model/model.bin": b"garbage",
                                      "p/sentencepiece.model": b"garbage"}))  # fmt: skip
    write("two-tops", zip_bytes({"a/metadata.json": b"{}", "b/metadata.json": b"{}"}))
    write("empty", zip_bytes({}))
    truncated = good.read_bytes()
    write("truncated", truncated[: len(truncated) // 2])
    out["bomb"] = tmp / "bomb.argosmodel"
    _bomb(out["bomb"])
    return out


def test_every_hostile_pack_is_rejected_and_nothing_changes(tmp_path, packs_dir, pack_files):
    before = _snapshot(packs_dir)
    for name, path in _hostile(tmp_path, pack_files["en-es"]).items():
        with pytest.raises(BadInputError) as info:
            install_from_file(packs_dir, path)
        assert str(info.value), name
        assert _snapshot(packs_dir) == before, name
        assert not (tmp_path.parent / "evil.txt").exists()
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
