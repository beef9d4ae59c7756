"""The team's LibreTranslate server as an engine, with the same protection as local packs.

The API key comes from the keychain (a callable, so it is read when needed and never stored
here). Server down or timing out -> the local engine is used when it has the pair.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime

from desktop.core.errors import ReplyBridgeError
from desktop.core.languages import ARGOS_CODE, content_code
from desktop.core.netcheck import secure_url_problem
from desktop.core.translate.engine import Engine, Translation
from desktop.core.translate.protect import Span

DEFAULT_TIMEOUT = 15.0


class ServerError(ReplyBridgeError):
    """The server refused or failed; `code` is for the UI.

    Codes: bad-key, rate-limited, down, bad-request.
    """

    def __init__(self, code: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.retry_after = retry_after


@dataclass(frozen=True)
class ServerDetection:
    lang: str
    confidence: float  # 0..1


def _wire(code: str) -> str:
    """App code -> LibreTranslate code (it uses Argos codes: zh, zt)."""
    return ARGOS_CODE.get(code, code)


def _retry_after(headers: object) -> float | None:
    value = getattr(headers, "get", lambda _k: None)("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


class LibreTranslateClient:
    """Plain HTTP calls with timeouts and clear errors; no masking (the engine does that)."""

    def __init__(
        self, url: str, api_key: Callable[[], str | None], timeout: float = DEFAULT_TIMEOUT
    ):
        self.url = url.rstrip("/")
        self._api_key = api_key
        self.timeout = timeout

    def _call(self, path: str, payload: dict[str, object] | None = None) -> object:
        problem = secure_url_problem(self.url)
        if problem is not None:  # never file://, never the API key in clear over a network
            raise ServerError("bad-request", f"the LibreTranslate address is refused: {problem}")
        data = None
        headers = {"Accept": "application/json"}
        if payload is not None:
            key = self._api_key()
            if key:
                payload = {**payload, "api_key": key}
            data = json.dumps(payload).encode("utf-8")
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.url + path, data=data, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            try:
                message = str(json.loads(exc.read().decode("utf-8")).get("error", exc.reason))
            except (ValueError, AttributeError):
                message = str(exc.reason)
            if exc.code in (401, 403):
                raise ServerError("bad-key", message) from None
            if exc.code == 429:
                raise ServerError("rate-limited", message, _retry_after(exc.headers)) from None
            if exc.code == 400 and "key" in message.lower():
                raise ServerError("bad-key", message) from None  # no key sent, one is required
            if exc.code == 400:
                raise ServerError("bad-request", message) from None
            raise ServerError("down", f"HTTP {exc.code}: {message}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ServerError("down", f"server unreachable: {reason}") from None
        except ValueError:
            raise ServerError("down", "server answered something that is not JSON") from None

    def languages(self) -> list[dict[str, object]]:
        result = self._call("/languages")
        return result if isinstance(result, list) else []

    def translate(
        self, text: str, source: str, target: str, alternatives: int = 0
    ) -> tuple[str, list[str]]:
        payload: dict[str, object] = {"q": text, "source": _wire(source), "target": _wire(target),
                                      "format": "text"}  # fmt: skip
        if alternatives:
            payload["alternatives"] = alternatives
        result = self._call("/translate", payload)
        if not isinstance(result, dict) or "translatedText" not in result:
            raise ServerError("down", "unexpected answer from /translate")
        alts = result.get("alternatives") or []
        return str(result["translatedText"]), [str(a) for a in alts if isinstance(a, str)]

    def detect(self, text: str) -> list[ServerDetection]:
        result = self._call("/detect", {"q": text})
        out = []
        for item in result if isinstance(result, list) else []:
            if isinstance(item, dict) and "language" in item:
                conf = float(item.get("confidence", 0)) / 100.0
                out.append(ServerDetection(content_code(str(item["language"])), conf))
        return out


class LibreTranslateEngine:
    """Engine protocol over a LibreTranslate server, with the same span protection as local MT."""

    name = "libretranslate"

    def __init__(
        self,
        url: str,
        api_key: Callable[[], str | None],
        *,
        fallback: Engine | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.client = LibreTranslateClient(url, api_key, timeout)
        self.fallback = fallback
        self._pairs: set[tuple[str, str]] | None = None
        self._lock = threading.Lock()

    def pairs(self) -> set[tuple[str, str]]:
        with self._lock:
            if self._pairs is None:
                pairs = set()
                for lang in self.client.languages():
                    src = content_code(str(lang.get("code", "")))
                    targets = lang.get("targets")
                    for tgt in targets if isinstance(targets, list) else []:
                        if content_code(str(tgt)) != src:
                            pairs.add((src, content_code(str(tgt))))
                self._pairs = pairs
            return set(self._pairs)

    def translate(
        self,
        text: str,
        source: str,
        target: str,
        *,
        spans: Sequence[Span] = (),
        n_best: int = 1,
        back: bool = False,
        cancel: threading.Event | None = None,
    ) -> Translation:
        from desktop.core.translate.protect import translate_protected

        try:
            result = translate_protected(
                lambda segments, src, tgt, n: self._translate_segments(segments, src, tgt, n),
                text, source, target, spans=spans, n_best=n_best, cancel=cancel,
            )  # fmt: skip
            back_text = None
            if back:
                back_text = translate_protected(
                    lambda segments, src, tgt, n: self._translate_segments(segments, src, tgt, n),
                    result.text, target, source, spans=(), n_best=1, cancel=cancel,
                ).text  # fmt: skip
        except ServerError as exc:
            if exc.code == "down" and self.fallback is not None:
                local = self.fallback.translate(text, source, target, spans=spans, n_best=n_best,
                                                back=back, cancel=cancel)  # fmt: skip
                return replace(local, warnings=(*local.warnings, "server-down-used-local"))
            raise
        return Translation(
            text=result.text, source=source, target=target, engine=self.name,
            back=back_text, alternatives=result.alternatives,
            glossary_hits=result.glossary_hits, warnings=result.warnings,
        )  # fmt: skip

    def _translate_segments(
        self, segments: Sequence[str], source: str, target: str, n_best: int
    ) -> list[list[str]]:
        out = []
        for segment in segments:
            best, alts = self.client.translate(segment, source, target, max(0, n_best - 1))
            out.append([best, *alts][: max(1, n_best)])
        return out
