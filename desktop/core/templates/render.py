"""Rendering in Jinja2's sandbox: the customer's text is only ever a variable value.

Approved safety sentences come from `_shared/locked.toml` wrapped in private-use markers, so
the compose flow can keep them out of machine translation and put the approved wording in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import jinja2

from desktop.core.errors import ReplyBridgeError
from desktop.core.templates.greeting import closing_for, customer_daypart, daypart_at
from desktop.core.templates.library import Problem, TemplateLibrary
from desktop.core.templates.policy import with_policy
from desktop.core.templates.sandbox import (
    MAX_SECONDS,
    Deadline,
    LimitedEnvironment,
    RenderTimeout,
    stream_limited,
)

LOCKED_START, LOCKED_END = "\ue000", "\ue001"
_LOCKED = re.compile(f"{LOCKED_START}(?P<key>[a-z0-9-]*)\\|(?P<text>.*?){LOCKED_END}", re.S)
BABEL_LOCALES = {"zh-Hans": "zh_Hans_CN", "zh-Hant": "zh_Hant_TW", "pt": "pt_BR", "en": "en_US"}


class RenderError(ReplyBridgeError):
    """A template failed to render; the message names the file and line when known."""


@dataclass(frozen=True)
class Rendered:
    text: str  # with locked-sentence markers; strip_markers() before showing or copying
    lang: str
    template_id: str
    missing: tuple[str, ...]
    native: bool


@dataclass(frozen=True)
class Segment:
    text: str
    locked: bool
    key: str = ""


def strip_markers(text: str) -> str:
    return _LOCKED.sub(lambda m: m.group("text"), text)


def split_locked(text: str) -> list[Segment]:
    out, last = [], 0
    for m in _LOCKED.finditer(text):
        if m.start() > last:
            out.append(Segment(text[last : m.start()], False))
        out.append(Segment(m.group("text"), True, m.group("key")))
        last = m.end()
    if last < len(text):
        out.append(Segment(text[last:], False))
    return out


def daypart(now: dt.datetime) -> str | None:
    """The daypart of a local clock reading (None at night: the neutral greeting)."""
    return daypart_at(now)


def _locale(lang: str) -> str:
    return BABEL_LOCALES.get(lang, lang.replace("-", "_"))


class Renderer:
    """One sandboxed environment over the library's layers (highest layer wins per file)."""

    def __init__(self, library: TemplateLibrary) -> None:
        self.library = library
        loaders = [jinja2.FileSystemLoader(str(p)) for p in reversed(library.layers)]
        loader = jinja2.ChoiceLoader(loaders)
        self.env = LimitedEnvironment(loader=loader, undefined=jinja2.StrictUndefined,
                                      autoescape=False, keep_trailing_newline=True)  # fmt: skip
        self.max_seconds = MAX_SECONDS
        self.env.filters["amount"] = self._amount
        self.env.filters["date"] = self._date
        self.env.filters["short_addr"] = lambda v: f"{v[:6]}\u2026{v[-4:]}" if len(v) > 14 else v
        self.env.globals.update(greeting=self._greeting, signoff=self._signoff, locked=self._locked)
        self._locked_texts = self._load_locked()
        self._ctx: dict[str, Any] = {}

    def _load_locked(self) -> dict[str, dict[str, str]]:
        merged: dict[str, dict[str, str]] = {}
        for layer in self.library.layers:
            path = layer / "_shared" / "locked.toml"
            if path.is_file():
                from desktop.core import tomlsafe

                try:
                    data = tomlsafe.loads(path.read_text(encoding="utf-8"))
                except (OSError, tomlsafe.TomlError, UnicodeDecodeError):
                    continue
                for key, texts in data.items():
                    if isinstance(texts, dict):
                        merged.setdefault(key, {}).update(
                            {str(k): str(v) for k, v in texts.items()}
                        )
        return merged

    def locked_text(self, key: str, lang: str) -> str | None:
        return self._locked_texts.get(key, {}).get(lang)

    # -- template globals and filters ------------------------------------------------------
    def _greeting(self) -> str:
        return self._render_partial(self._ctx, "greeting")

    def _signoff(self) -> str:
        return self._render_partial(self._ctx, "signoff")

    def _render_partial(self, ctx: dict[str, Any], name: str) -> str:
        """The shared greeting/sign-off in the body's language (English if it has none)."""
        lang = ctx.get("lang", "en")
        for candidate in (lang, "en"):
            try:
                template = self.env.get_template(f"_shared/partials/{name}.{candidate}.j2")
            except jinja2.TemplateNotFound:
                continue
            return template.render(ctx).rstrip("\n")
        return ""

    def _locked(self, key: str) -> str:
        lang = self._ctx.get("lang", "en")
        text = self.locked_text(key, lang) or self.locked_text(key, "en")
        if text is None:
            raise RenderError(f"no approved sentence {key!r} in _shared/locked.toml")
        return f"{LOCKED_START}{key}|{text}{LOCKED_END}"

    def _amount(self, value: Any, ticker: str | None = None) -> str:
        from babel.numbers import format_decimal

        try:
            number = (
                Decimal(str(value).replace(",", "")) if not isinstance(value, Decimal) else value
            )
        except InvalidOperation:
            return str(value)  # already formatted text (e.g. "1.234,56 USDT" from the message)
        text = format_decimal(number, locale=_locale(self._ctx.get("lang", "en")),
                              decimal_quantization=False)  # fmt: skip
        return f"{text} {ticker}" if ticker else text

    def _date(self, value: Any) -> str:
        from babel.dates import format_date

        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                return str(value)
        return str(format_date(value, format="long", locale=_locale(self._ctx.get("lang", "en"))))

    # -- rendering -------------------------------------------------------------------------
    def render(
        self,
        template_id: str,
        lang: str,
        variables: Mapping[str, str] | None = None,
        *,
        agent_name: str = "",
        team_name: str = "",
        customer_name: str = "",
        now: dt.datetime | None = None,
        customer_zone: str = "",
        policy: Mapping[str, str] | None = None,
    ) -> Rendered:
        """`customer_zone`: the customer's UTC offset or time zone ("" = unknown: a neutral
        greeting); `policy`: the team profile's values for variables the form left empty."""
        template = self.library.get(template_id)
        if template is None:
            raise RenderError(f"no template {template_id!r}")
        native = lang in template.bodies
        body_lang = lang if native else "en"
        values = with_policy(template, variables or {}, policy or {})
        missing = tuple(v.name for v in template.variables if v.required and not values.get(v.name))
        # A missing required value stays visible as {{ name }} (the copy gate blocks it);
        # a missing optional one is empty, so `{% if name %}` leaves its sentence out.
        context: dict[str, Any] = {
            v.name: values.get(v.name) or ("{{ " + v.name + " }}" if v.required else "")
            for v in template.variables
        }
        zone = values.get("customer_utc_offset") or customer_zone  # per conversation, else team
        context.update(
            customer_name=values.get("customer_name", customer_name), agent_name=agent_name,
            team_name=team_name, daypart=customer_daypart(zone, now), lang=body_lang,
            closing=closing_for(template.category),
        )  # fmt: skip
        self._ctx = context
        path = template.bodies[body_lang]
        relative = path.relative_to(template.layer).as_posix()
        text = _run_limited(lambda: self.env.get_template(relative).generate(context), path,
                            self.max_seconds)  # fmt: skip
        return Rendered(text.strip() + "\n", body_lang, template_id, missing, native)

    def check(self) -> list[Problem]:
        """Parse every body (syntax errors with file and line) without rendering."""
        problems = []
        for template in self.library.templates.values():
            for path in template.bodies.values():
                try:
                    self.env.parse(path.read_text(encoding="utf-8"))
                except jinja2.TemplateSyntaxError as exc:
                    problems.append(
                        Problem(str(path), exc.lineno, "syntax-error", str(exc.message))
                    )
                except (OSError, UnicodeDecodeError) as exc:
                    problems.append(Problem(str(path), 0, "syntax-error", f"unreadable: {exc}"))
                except RecursionError:
                    problems.append(Problem(str(path), 0, "syntax-error", "nested too deeply"))
        return problems


def _line_in(exc: BaseException, path: Path | str) -> str:
    """':LINE' of the template frame nearest the error (Jinja rewrites tracebacks so)."""
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == str(path)]
    return f":{frames[-1].lineno}" if frames and frames[-1].lineno else ""


def _run_limited(start: Any, path: Path | str, seconds: float) -> str:
    """Render with the time and size limits; every failure is one RenderError naming `path`.

    A template is user content: whatever it raises (1/0, a self-include, a macro calling
    itself) becomes a readable message, never a traceback.
    """
    try:
        with Deadline(seconds):
            return stream_limited(start())
    except RenderTimeout:
        raise RenderError(f"{path}: stopped after {seconds:g} s (a loop too long?)") from None
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(f"{path}:{exc.lineno}: {exc.message}") from None
    except jinja2.exceptions.SecurityError as exc:
        raise RenderError(f"{path}{_line_in(exc, path)}: blocked by the sandbox: {exc}") from None
    except jinja2.UndefinedError as exc:
        raise RenderError(f"{path}{_line_in(exc, path)}: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"{path}: no template {exc.name!r} to include") from None
    except RecursionError:
        raise RenderError(f"{path}: a macro or include calls itself without end") from None
    except MemoryError:
        raise RenderError(f"{path}: the reply would not fit in memory") from None
    except RenderError:
        raise
    except Exception as exc:  # noqa: BLE001 - any error of user content is a message
        reason = f"{type(exc).__name__}: {exc}"[:200]
        raise RenderError(f"{path}{_line_in(exc, path)}: {reason}") from None


def render_text_sandboxed(source: str, values: Mapping[str, Any]) -> str:
    """For tests and tooling: render a template string in the same sandbox and limits."""
    env = LimitedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False)
    return _run_limited(lambda: env.from_string(source).generate(dict(values)), "<template>",
                        MAX_SECONDS)  # fmt: skip


def layers(team: str | Path | None, user: Path | None, shipped: Path) -> Sequence[Path]:
    return [p for p in (shipped, Path(team) if team else None, user) if p is not None]
