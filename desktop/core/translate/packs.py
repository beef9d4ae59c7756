"""Argos language packs on disk: list, validate-then-install atomically, remove.

Nothing here touches the network (downloads live in packindex.py). A pack is unpacked and
checked in a staging folder, then moved in with one rename, so the installed set never holds a
broken pack (one folder without metadata.json makes upstream Argos fail entirely).

Swaps run under a lock file (concurrent installs serialise); a crash between the two renames of
a swap leaves the old pack in `.old-<name>-...`, and `recover` (run before every install and by
every listing) puts it back.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.core.errors import BadInputError, ReplyBridgeError
from desktop.core.languages import ARGOS_CODE

MAX_UNPACKED = 2_000_000_000  # bytes; real packs are ~100-300 MB
MAX_RATIO = 100  # zip-bomb guard: uncompressed / compressed, for members over 50 MB
BOMB_MIN = 50_000_000
MAX_FILES = 5_000
MAX_METADATA = 1_000_000
STALE_SECONDS = 3600  # leftovers of a crashed install older than this are swept away
CODE = re.compile(r"\A[a-z]{2,3}(?:-[A-Za-z]{2,4})?\Z")  # \Z: "es\n" is not a code
_LEFTOVER = (".staging-", ".download-", ".old-", ".removing-")
_APP_CODE = {argos: app for app, argos in ARGOS_CODE.items()}  # zh -> zh-Hans, zt -> zh-Hant
Progress = Callable[[float, str], None]
# Tests set this to kill the process at a named step of a swap (crash-safety regression test).
_step_hook: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if _step_hook is not None:
        _step_hook(name)


def app_code(code: str) -> str:
    """Argos/detection code -> the app's content code ("zh" -> "zh-Hans", "zt" -> "zh-Hant")."""
    return _APP_CODE.get(code, code)


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


class Cancelled(ReplyBridgeError):
    def __init__(self) -> None:
        super().__init__("cancelled; nothing was installed")


def _folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def parse_metadata(raw: str | bytes) -> object:
    """json.loads that turns a 100 000-deep nesting into a clean error, not RecursionError."""
    try:
        return json.loads(raw)
    except RecursionError:
        raise BadInputError("the pack's metadata.json is nested too deeply") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadInputError(f"the pack's metadata.json is not valid JSON ({exc})") from None


def read_metadata(folder: Path) -> dict[str, object]:
    meta_path = folder / "metadata.json"
    try:
        if not meta_path.is_file() and meta_path.exists():
            raise BadInputError("the pack's metadata.json is not a file")
        if meta_path.stat().st_size > MAX_METADATA:
            raise BadInputError("the pack's metadata.json is too large")
        meta = parse_metadata(meta_path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        raise BadInputError("the pack has no metadata.json") from None
    except UnicodeDecodeError as exc:
        raise BadInputError(f"the pack's metadata.json is not valid JSON ({exc})") from None
    except OSError as exc:
        raise BadInputError(f"the pack's metadata.json cannot be read ({exc.strerror})") from None
    if not isinstance(meta, dict):
        raise BadInputError("the pack's metadata.json is not an object")
    if meta.get("type", "translate") != "translate":
        raise BadInputError(f"not a translation pack (type {meta.get('type')!r})")
    for key in ("from_code", "to_code"):
        if not isinstance(meta.get(key), str) or not CODE.match(str(meta[key])):
            raise BadInputError(f"the pack's metadata.json has no valid {key}")
    if meta["from_code"] == meta["to_code"]:
        raise BadInputError("the pack translates a language into itself")
    return meta


def list_installed(packs_dir: Path) -> list[Pack]:
    """Installed packs from their metadata.json (no argostranslate import, no network)."""
    packs: list[Pack] = []
    if not packs_dir.is_dir():
        return packs
    if any(p.name.startswith(".old-") for p in packs_dir.iterdir()):
        try:
            recover(packs_dir, blocking=False)
        except OSError:
            pass  # a read-only packs folder: list what is there

    for folder in sorted(packs_dir.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        try:
            meta = read_metadata(folder)
        except BadInputError:
            continue  # never let one broken folder hide the others
        source, target = app_code(str(meta["from_code"])), app_code(str(meta["to_code"]))
        version = str(meta.get("package_version", ""))
        packs.append(Pack(source, target, version, _folder_size(folder), folder))
    return packs


def _safe_members(archive: zipfile.ZipFile) -> tuple[str, int]:
    """Check every member; return the single top folder name and the unpacked size."""
    infos = archive.infolist()
    if not infos:
        raise BadInputError("the pack is an empty archive")
    if len(infos) > MAX_FILES:
        raise BadInputError(f"the pack has too many files ({len(infos)})")
    total, tops = 0, set()
    for info in infos:
        name = info.filename
        path = PurePosixPath(name)
        if name.startswith(("/", "\\")) or ".." in path.parts or any(c in name for c in ":\\\0"):
            raise BadInputError(f"the pack contains an unsafe path: {name!r}")
        if (info.external_attr >> 16) & 0o170000 == 0o120000:
            raise BadInputError(f"the pack contains a symbolic link: {name!r}")
        if info.flag_bits & 0x1:
            raise BadInputError("the pack is encrypted")
        total += info.file_size
        if total > MAX_UNPACKED:
            raise BadInputError("the pack would unpack to more than 2 GB")
        if info.file_size > BOMB_MIN and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise BadInputError(f"the pack looks like a zip bomb ({name!r})")
        tops.add(path.parts[0])
    top = tops.pop() if len(tops) == 1 else ""
    if not top or not any(i.filename.startswith(f"{top}/") for i in infos):
        raise BadInputError("the pack must hold exactly one top folder")
    return top, total


def _extract(archive: zipfile.ZipFile, staging: Path, total: int, report: Progress,
             cancel: threading.Event | None) -> None:  # fmt: skip
    """Unpack in 1 MB steps so cancel and progress work inside a 100 MB model file."""
    done = 0
    for info in archive.infolist():
        target = staging.joinpath(*PurePosixPath(info.filename).parts)
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as dst:
            while chunk := src.read(1 << 20):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                dst.write(chunk)
                done += len(chunk)
                report(0.8 * done / max(1, total), "unpacking")


def _check_model(folder: Path, meta: dict[str, object]) -> None:
    """The model and tokenizer must load AND translate one short sentence."""
    if not (folder / "model" / "model.bin").is_file():
        raise BadInputError("the pack has no model/model.bin")
    import ctranslate2

    from desktop.core.translate.tokenizers import load_tokenizer

    tokenizer = load_tokenizer(folder, str(meta["from_code"]), str(meta["to_code"]))
    try:
        translator = ctranslate2.Translator(str(folder / "model"), device="cpu", intra_threads=1)
        translator.translate_batch([tokenizer.encode("Hello.")], max_decoding_length=8)
    except (OSError, RuntimeError, ValueError, IndexError) as exc:
        raise BadInputError(f"the pack's model cannot be loaded ({str(exc)[:120]})") from None


def clean_leftovers(packs_dir: Path, older_than: float = STALE_SECONDS) -> None:
    """Sweep staging/download/removal folders that a crashed install left behind."""
    now = time.time()
    for path in packs_dir.iterdir() if packs_dir.is_dir() else []:
        try:
            if path.name.startswith(_LEFTOVER) and now - path.stat().st_mtime > older_than:
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
        except OSError:
            continue


def lock_path(packs_dir: Path) -> Path:
    """Beside the folder, not in it: the packs folder holds packs and nothing else."""
    return packs_dir.parent / f".{packs_dir.name}.lock"


@contextlib.contextmanager
def install_lock(packs_dir: Path, blocking: bool = True) -> Iterator[bool]:
    """An exclusive lock on `.<packs>.lock` beside the packs folder (flock / msvcrt), across
    processes and threads; yields False when `blocking` is off and someone else holds it."""
    fd = os.open(lock_path(packs_dir), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                    break
                except OSError:
                    if not blocking:
                        yield False
                        return
                    time.sleep(0.05)
        else:
            import fcntl

            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
            except BlockingIOError:
                yield False
                return
        yield True
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def recover(packs_dir: Path, blocking: bool = True) -> list[str]:
    """Finish swaps a crash interrupted: an `.old-<name>-<pid>-<ns>` copy is put back when
    `<name>` is missing, and deleted when the new pack made it in. Returns restored names."""
    restored: list[str] = []
    with install_lock(packs_dir, blocking) as locked:
        if not locked:
            return restored  # an install is running; it will recover itself
        olds = sorted(p for p in packs_dir.iterdir() if p.name.startswith(".old-"))
        for old in olds:
            parts = old.name[len(".old-") :].rsplit("-", 2)
            if len(parts) != 3 or not old.is_dir():
                continue
            final = packs_dir / parts[0]
            try:
                if not final.exists() and (old / "metadata.json").is_file():
                    old.rename(final)
                    restored.append(parts[0])
                else:
                    shutil.rmtree(old, ignore_errors=True)
            except OSError:
                continue
    return restored


def ensure_packs_dir(packs_dir: Path) -> None:
    try:
        packs_dir.mkdir(parents=True, exist_ok=True, mode=0o700)  # new data folders: user only
    except FileExistsError:
        raise BadInputError(f"the packs folder is a file, not a folder: {packs_dir}") from None
    except OSError as exc:
        raise BadInputError(
            f"cannot create the packs folder {packs_dir} ({exc.strerror})"
        ) from None


def install_from_file(
    packs_dir: Path,
    archive_path: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    expect: tuple[str, str] | None = None,
) -> Pack:
    """Validate in staging, then move in atomically; on any problem nothing is changed.

    `expect` (app codes): the pair an index entry promised; another pair is refused.
    """
    report = progress or (lambda fraction, message: None)
    if not archive_path.is_file():
        raise BadInputError(f"no such file: {archive_path}")
    if not zipfile.is_zipfile(archive_path):
        raise BadInputError("not a language pack (the file is not a zip archive)")
    ensure_packs_dir(packs_dir)
    recover(packs_dir)
    clean_leftovers(packs_dir)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=packs_dir))
    try:
        with zipfile.ZipFile(archive_path) as archive:
            top, total = _safe_members(archive)
            if shutil.disk_usage(packs_dir).free < total + 50_000_000:
                raise BadInputError(f"not enough disk space to unpack the pack ({total:,} bytes)")
            _extract(archive, staging, total, report, cancel)
        folder = staging / top
        meta = read_metadata(folder)
        pair = (app_code(str(meta["from_code"])), app_code(str(meta["to_code"])))
        if expect is not None and pair != expect:
            raise BadInputError(
                f"the pack translates {pair[0]}->{pair[1]} but the index lists it as "
                f"{expect[0]}->{expect[1]}; nothing was installed"
            )
        report(0.85, "checking model")
        _check_model(folder, meta)
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        with install_lock(packs_dir):
            return _move_in(packs_dir, folder, f"{meta['from_code']}_{meta['to_code']}", report)
    except zipfile.BadZipFile as exc:
        raise BadInputError(f"the pack archive is damaged ({exc})") from None
    except (zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise BadInputError(f"the pack archive cannot be read ({exc})") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _move_in(packs_dir: Path, folder: Path, name: str, report: Progress) -> Pack:
    """One rename puts the checked pack in place; an older version is swapped out, not lost.

    Called under install_lock; a crash at any step is undone or finished by recover().
    """
    final = packs_dir / name
    old = None
    if final.exists():
        old = packs_dir / f".old-{name}-{os.getpid()}-{time.monotonic_ns()}"
        final.rename(old)
        _step("old-moved-aside")
    try:
        folder.rename(final)
    except OSError:
        if old is not None:
            old.rename(final)
        raise
    _step("new-moved-in")
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
        _step("old-removed")
    report(1.0, "installed")
    return next(p for p in list_installed(packs_dir) if p.path == final)


def remove(packs_dir: Path, code: str) -> Pack:
    """Remove the pack for `code` ("en-es", "en-zh" or "en-zh-Hans"): rename away, then delete."""
    for pack in list_installed(packs_dir):
        argos = (
            f"{ARGOS_CODE.get(pack.source, pack.source)}-{ARGOS_CODE.get(pack.target, pack.target)}"
        )
        if code in (pack.code, argos, pack.path.name):
            trash = packs_dir / f".removing-{pack.path.name}-{time.monotonic_ns()}"
            with install_lock(packs_dir):
                pack.path.rename(trash)
            shutil.rmtree(trash, ignore_errors=True)
            return pack
    raise BadInputError(f"no installed pack {code!r}")


def install_bundled(packs_dir: Path, bundle_dir: Path) -> list[Pack]:
    """Air-gapped builds ship .argosmodel files (`make package PACKS=dir`): install the ones
    whose pair is not installed yet. A bad bundled file is skipped, never fatal."""
    installed = {(p.source, p.target) for p in list_installed(packs_dir)}
    added = []
    for archive in sorted(bundle_dir.glob("*.argosmodel")) if bundle_dir.is_dir() else []:
        try:
            with zipfile.ZipFile(archive) as zf:
                top, _total = _safe_members(zf)
                meta: Any = parse_metadata(zf.read(f"{top}/metadata.json"))
            pair = (app_code(str(meta["from_code"])), app_code(str(meta["to_code"])))
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, BadInputError, OSError):
            continue
        if pair in installed:
            continue
        try:
            added.append(install_from_file(packs_dir, archive))
        except BadInputError:
            continue
        installed.add(pair)
    return added
