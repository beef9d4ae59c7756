"""Argos language packs: list, validate-then-install atomically, remove, and index downloads.

Nothing here touches the network except `fetch_index` and `download`, which run only when the
user asks. A pack is unpacked and checked in a staging folder, then moved in with one rename,
so the installed set never holds a broken pack (one would make upstream Argos fail entirely).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from desktop.core.errors import BadInputError, ReplyBridgeError
from desktop.core.languages import content_code

MAX_UNPACKED = 2_000_000_000  # bytes; real packs are ~100-300 MB
MAX_RATIO = 100  # zip-bomb guard: uncompressed / compressed, for members over 50 MB
BOMB_MIN = 50_000_000
MAX_FILES = 5_000
CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Pack:
    source: str  # app codes (zh-Hans, not zh)
    target: str
    version: str
    size: int
    path: Path

    @property
    def code(self) -> str:
        return f"{self.source}-{self.target}"


@dataclass(frozen=True)
class IndexEntry:
    source: str
    target: str
    version: str
    links: tuple[str, ...]
    sha256: str | None = None
    size: int | None = None


class DownloadError(ReplyBridgeError):
    """Index or download failed (server error, checksum mismatch...): nothing was installed."""


class Cancelled(ReplyBridgeError):
    def __init__(self) -> None:
        super().__init__("cancelled")


def _folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def read_metadata(folder: Path) -> dict[str, object]:
    meta_path = folder / "metadata.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadInputError("the pack has no metadata.json") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise BadInputError(f"the pack's metadata.json is not valid JSON ({exc})") from None
    if not isinstance(meta, dict):
        raise BadInputError("the pack's metadata.json is not an object")
    if meta.get("type", "translate") != "translate":
        raise BadInputError(f"not a translation pack (type {meta.get('type')!r})")
    for key in ("from_code", "to_code"):
        if not isinstance(meta.get(key), str) or not CODE.match(str(meta[key])):
            raise BadInputError(f"the pack's metadata.json has no valid {key}")
    return meta


def list_installed(packs_dir: Path) -> list[Pack]:
    """Installed packs from their metadata.json (no argostranslate import, no network)."""
    packs: list[Pack] = []
    if not packs_dir.is_dir():
        return packs
    for folder in sorted(packs_dir.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        try:
            meta = read_metadata(folder)
        except BadInputError:
            continue  # never let one broken folder hide the others
        source, target = content_code(str(meta["from_code"])), content_code(str(meta["to_code"]))
        version = str(meta.get("package_version", ""))
        packs.append(Pack(source, target, version, _folder_size(folder), folder))
    return packs


def _safe_members(archive: zipfile.ZipFile) -> str:
    """Check every member; return the single top folder name."""
    infos = archive.infolist()
    if not infos:
        raise BadInputError("the pack is an empty archive")
    if len(infos) > MAX_FILES:
        raise BadInputError(f"the pack has too many files ({len(infos)})")
    total, tops = 0, set()
    for info in infos:
        name = info.filename
        path = PurePosixPath(name)
        if (
            name.startswith(("/", "\\"))
            or ".." in path.parts
            or ":" in path.parts[0]
            or "\\" in name
        ):
            raise BadInputError(f"the pack contains an unsafe path: {name!r}")
        if (info.external_attr >> 16) & 0o170000 == 0o120000:
            raise BadInputError(f"the pack contains a symbolic link: {name!r}")
        total += info.file_size
        if total > MAX_UNPACKED:
            raise BadInputError("the pack would unpack to more than 2 GB")
        if info.file_size > BOMB_MIN and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise BadInputError(f"the pack looks like a zip bomb ({name!r})")
        tops.add(path.parts[0])
    if len(tops) != 1:
        raise BadInputError("the pack must hold exactly one top folder")
    return tops.pop()


def _check_model(folder: Path) -> None:
    if not (folder / "model" / "model.bin").is_file():
        raise BadInputError("the pack has no model/model.bin")
    if not (folder / "sentencepiece.model").is_file():
        raise BadInputError("the pack has no sentencepiece.model")
    import ctranslate2
    import sentencepiece

    try:
        sentencepiece.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    except (OSError, RuntimeError) as exc:
        raise BadInputError(f"the pack's tokenizer cannot be loaded ({exc})") from None
    try:
        ctranslate2.Translator(str(folder / "model"), device="cpu", intra_threads=1)
    except (OSError, RuntimeError, ValueError) as exc:
        raise BadInputError(f"the pack's model cannot be loaded ({str(exc)[:120]})") from None


def install_from_file(
    packs_dir: Path,
    archive_path: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Pack:
    """Validate in staging, then move in atomically; on any problem nothing is changed."""
    report = progress or (lambda fraction, message: None)
    if not archive_path.is_file():
        raise BadInputError(f"no such file: {archive_path}")
    if not zipfile.is_zipfile(archive_path):
        raise BadInputError("not a language pack (the file is not a zip archive)")
    packs_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=packs_dir))
    try:
        with zipfile.ZipFile(archive_path) as archive:
            top = _safe_members(archive)
            members = archive.infolist()
            for i, info in enumerate(members):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                archive.extract(info, staging)
                report(0.8 * (i + 1) / len(members), "unpacking")
        folder = staging / top
        meta = read_metadata(folder)
        report(0.85, "checking model")
        _check_model(folder)
        name = f"{meta['from_code']}_{meta['to_code']}"
        final = packs_dir / name
        old = None
        if final.exists():
            old = packs_dir / f".old-{name}-{os.getpid()}"
            final.rename(old)
        folder.rename(final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        report(1.0, "installed")
        pack = next(p for p in list_installed(packs_dir) if p.path == final)
        return pack
    except zipfile.BadZipFile as exc:
        raise BadInputError(f"the pack archive is damaged ({exc})") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def remove(packs_dir: Path, code: str) -> Pack:
    """Remove the pack for `code` ("en-es"); the folder is renamed away first, then deleted."""
    for pack in list_installed(packs_dir):
        if pack.code == code or pack.code.replace("zh-Hans", "zh") == code:
            trash = packs_dir / f".removing-{pack.path.name}"
            pack.path.rename(trash)
            shutil.rmtree(trash, ignore_errors=True)
            return pack
    raise BadInputError(f"no installed pack {code!r}")


if TYPE_CHECKING:
    import urllib.request


def _request(url: str, token: str | None) -> urllib.request.Request:
    """A GET request; a team mirror may want a token (kept in the keychain, sent as Bearer)."""
    import urllib.request

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return urllib.request.Request(url, headers=headers)


def fetch_index(url: str, timeout: float = 20.0, token: str | None = None) -> list[IndexEntry]:
    """The user asked to see available packs: the only call here that reads an index."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(_request(url, token), timeout=timeout) as response:  # noqa: S310
            data = json.loads(response.read(20_000_000).decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise DownloadError(f"cannot read the pack index: {getattr(exc, 'reason', exc)}") from None
    except ValueError:
        raise DownloadError("the pack index is not valid JSON") from None
    entries = []
    for item in data if isinstance(data, list) else []:
        if not isinstance(item, dict) or item.get("type", "translate") != "translate":
            continue
        links = tuple(str(x) for x in item.get("links", []) if isinstance(x, str))
        if (
            not links
            or not isinstance(item.get("from_code"), str)
            or not isinstance(item.get("to_code"), str)
        ):
            continue
        entries.append(IndexEntry(content_code(item["from_code"]), content_code(item["to_code"]),
                                  str(item.get("package_version", "")), links,
                                  item.get("sha256"), item.get("size")))  # fmt: skip
    return entries


def download(
    packs_dir: Path,
    entry: IndexEntry,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
    token: str | None = None,
) -> Pack:
    """Download to staging (progress, cancel, sha256), then install; nothing left on failure."""
    import urllib.error
    import urllib.request

    report = progress or (lambda fraction, message: None)
    packs_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".download-", suffix=".argosmodel", dir=packs_dir)
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            try:
                request = _request(entry.links[0], token)
                with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                    total = int(response.headers.get("Content-Length") or entry.size or 0)
                    done = 0
                    while True:
                        if cancel is not None and cancel.is_set():
                            raise Cancelled()
                        chunk = response.read(256 * 1024)
                        if not chunk:
                            break
                        out.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        report(0.7 * done / total if total else 0.0, "downloading")
                    if total and done < total:
                        raise DownloadError("the download stopped before the end; try again")
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                raise DownloadError(f"download failed: {getattr(exc, 'reason', exc)}") from None
        if entry.sha256 and digest.hexdigest() != entry.sha256.lower():
            raise DownloadError("the downloaded pack does not match its checksum (sha256)")
        return install_from_file(packs_dir, tmp,
                                 lambda f, m: report(0.7 + 0.3 * f, m), cancel)  # fmt: skip
    finally:
        tmp.unlink(missing_ok=True)


def install_bundled(packs_dir: Path, bundle_dir: Path) -> list[Pack]:
    """Air-gapped builds ship .argosmodel files (`make package PACKS=dir`): install the ones
    whose pair is not installed yet. A bad bundled file is skipped, never fatal."""
    installed = {(p.source, p.target) for p in list_installed(packs_dir)}
    added = []
    for archive in sorted(bundle_dir.glob("*.argosmodel")) if bundle_dir.is_dir() else []:
        try:
            with zipfile.ZipFile(archive) as zf:
                top = _safe_members(zf)
                meta = json.loads(zf.read(f"{top}/metadata.json"))
            pair = (content_code(str(meta["from_code"])), content_code(str(meta["to_code"])))
        except (zipfile.BadZipFile, KeyError, ValueError, BadInputError, OSError):
            continue
        if pair in installed:
            continue
        try:
            added.append(install_from_file(packs_dir, archive))
        except BadInputError:
            continue
        installed.add(pair)
    return added
