"""Pack index and downloads: the only code that fetches packs, and only when the user asks.

The index is Argos's `index.json` (a list of {from_code, to_code, package_version, links, ...},
optionally sha256) from a configurable URL: the public Argos index or a team mirror. A download
goes to a partial file in the packs folder, is checked (size, sha256, language pair) and
installed through packs.install_from_file; on any failure nothing is left behind.

A team mirror's token is sent only to the index's own origin (scheme, host, port), only over
https or http to a loopback address, and never follows a redirect to another origin.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop.core.errors import BadInputError, ReplyBridgeError
from desktop.core.netcheck import is_loopback_host
from desktop.core.translate.packs import (
    CODE,
    Cancelled,
    Pack,
    Progress,
    app_code,
    ensure_packs_dir,
    install_from_file,
)

if TYPE_CHECKING:
    import urllib.request

MAX_INDEX_BYTES = 20_000_000
MAX_PACK_BYTES = 2_000_000_000
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")


@dataclass(frozen=True)
class IndexEntry:
    source: str  # app codes
    target: str
    version: str
    links: tuple[str, ...]
    sha256: str | None = None
    size: int | None = None
    origin: str = ""  # the index's origin: the only one a mirror token is sent to

    @property
    def code(self) -> str:
        return f"{self.source}-{self.target}"


class DownloadError(ReplyBridgeError):
    """Index or download failed (server error, checksum mismatch...): nothing was installed."""


def _check_url(url: str) -> str:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise BadInputError(f"not a valid web address: {url!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInputError(f"not a web address (http or https): {url!r}")
    return url


def _is_web_url(url: str) -> bool:
    try:
        _check_url(url)
    except BadInputError:
        return False
    return True


def origin(url: str) -> str:
    """scheme://host:port, lower-cased, default port filled in ("" for a malformed URL)."""
    try:
        parts = urlsplit(url)
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower(), 0)
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    return f"{parts.scheme.lower()}://{host}:{port}" if host else ""


def token_allowed(url: str, token_origin: str) -> bool:
    """The token goes to the index's own origin, over https or loopback http only."""
    parts = urlsplit(url)
    if not token_origin or origin(url) != token_origin:
        return False
    return parts.scheme == "https" or (
        parts.scheme == "http" and is_loopback_host(parts.hostname or "")
    )


def _request(url: str, token: str | None, token_origin: str) -> urllib.request.Request:
    """A GET request; a team mirror may want a token (kept in the keychain, sent as Bearer)."""
    import urllib.request

    _check_url(url)
    headers = (
        {"Authorization": f"Bearer {token}"} if token and token_allowed(url, token_origin) else {}
    )
    return urllib.request.Request(url, headers=headers)


def _opener() -> urllib.request.OpenerDirector:
    """Like urlopen, but redirects stay on the web and never carry the token to another origin."""
    import urllib.error
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = 5

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            if urlsplit(newurl).scheme not in ("http", "https"):
                raise urllib.error.HTTPError(newurl, code, "redirect to a non-web address",
                                             headers, fp)  # fmt: skip
            new = super().redirect_request(req, fp, code, msg, headers, newurl)
            if new is not None and origin(newurl) != origin(req.full_url):
                # Another origin (host, port or scheme): the mirror's token stays behind.
                for store in (new.headers, new.unredirected_hdrs):
                    for key in [k for k in store if k.lower() == "authorization"]:
                        del store[key]
            return new

    return urllib.request.build_opener(Redirects)


def _reason(exc: BaseException) -> str:
    """A short reason; also closes an HTTP error's response (it holds the socket open)."""
    close = getattr(exc, "close", None)
    if callable(close):
        close()
    code = getattr(exc, "code", None)
    reason = str(getattr(exc, "reason", None) or exc or type(exc).__name__)
    return f"HTTP {code} ({reason})" if isinstance(code, int) else reason


def _entry(item: object, index_origin: str) -> IndexEntry | None:
    if not isinstance(item, dict) or item.get("type", "translate") != "translate":
        return None
    source, target = item.get("from_code"), item.get("to_code")
    if not isinstance(source, str) or not isinstance(target, str):
        return None
    if not CODE.match(source) or not CODE.match(target):
        return None
    raw_links = item.get("links", []) or []
    links = tuple(x for x in raw_links if isinstance(x, str) and _is_web_url(x))
    if not links:
        return None
    sha = item.get("sha256")
    size = item.get("size")
    return IndexEntry(
        app_code(source),
        app_code(target),
        str(item.get("package_version", "")),
        links,
        sha.lower() if isinstance(sha, str) and _SHA256.match(sha) else None,
        size if isinstance(size, int) and not isinstance(size, bool) and size > 0 else None,
        index_origin,
    )


def fetch_index(url: str, timeout: float = 20.0, token: str | None = None) -> list[IndexEntry]:
    """The user asked to see available packs: the only call here that reads an index."""
    import http.client
    import urllib.error

    _check_url(url)
    if token and not token_allowed(url, origin(url)):
        raise BadInputError(
            f"the pack mirror token is only sent over https (or http to this computer): {url!r}"
        )
    try:
        with _opener().open(_request(url, token, origin(url)), timeout=timeout) as response:
            raw = response.read(MAX_INDEX_BYTES + 1)
    except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
        raise DownloadError(f"cannot read the pack index: {_reason(exc)}") from None
    if len(raw) > MAX_INDEX_BYTES:
        raise DownloadError("the pack index is larger than 20 MB")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        raise DownloadError("the pack index is not valid JSON") from None
    if not isinstance(data, list):
        raise DownloadError("the pack index is not a list of packs")
    return [e for e in (_entry(item, origin(url)) for item in data) if e is not None]


def _fetch(url: str, out: Path, entry: IndexEntry, report: Progress,
           cancel: threading.Event | None, timeout: float, token: str | None) -> str:  # fmt: skip
    """Stream one link into `out`; return its sha256."""
    import http.client
    import urllib.error

    digest = hashlib.sha256()
    try:
        with (
            _opener().open(_request(url, token, entry.origin), timeout=timeout) as response,
            open(out, "wb") as handle,
        ):
            total = int(response.headers.get("Content-Length") or entry.size or 0)
            done = 0
            while chunk := response.read(256 * 1024):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                handle.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if done > MAX_PACK_BYTES:
                    raise DownloadError("the download is larger than 2 GB; stopped")
                report(0.7 * min(1.0, done / total) if total else 0.0, "downloading")
            if total and done < total:
                raise DownloadError("the download stopped before the end; try again")
            handle.flush()
            os.fsync(handle.fileno())
    except (urllib.error.URLError, http.client.HTTPException, TimeoutError, OSError) as exc:
        raise DownloadError(f"download failed: {_reason(exc)}") from None
    return digest.hexdigest()


def download(
    packs_dir: Path,
    entry: IndexEntry,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
    token: str | None = None,
) -> Pack:
    """Download (links in order, next on a network error), check sha256, then install.

    The pack must translate the entry's pair: an entry labelled en->fr never installs en_es.
    """
    report = progress or (lambda fraction, message: None)
    ensure_packs_dir(packs_dir)
    fd, tmp_name = tempfile.mkstemp(prefix=".download-", suffix=".argosmodel", dir=packs_dir)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        error: DownloadError | None = None
        for url in entry.links:
            try:
                digest = _fetch(url, tmp, entry, report, cancel, timeout, token)
                break
            except DownloadError as exc:
                error = exc
        else:
            raise error or DownloadError("the index gives no link for this pack")
        if entry.sha256 and digest != entry.sha256:
            raise DownloadError("the downloaded pack does not match its checksum (sha256)")
        return install_from_file(packs_dir, tmp, lambda f, m: report(0.7 + 0.3 * f, m), cancel,
                                 expect=(entry.source, entry.target))  # fmt: skip
    finally:
        tmp.unlink(missing_ok=True)
