"""Settings: typed defaults in one place, a team profile IT deploys, and the user's own layer."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.atomic import write_text

DEFAULT_LANGUAGES = (
    "en", "es", "pt", "fr", "de", "it", "nl", "tr", "vi", "id", "ru", "ar", "zh", "ja", "ko", "th",
)  # fmt: skip
ARGOS_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
ENGINES = ("argos", "libretranslate")
UI_LANGUAGES = ("", "en", "zh_CN")


@dataclass(frozen=True)
class Settings:
    """Every setting with its type and default; the team profile and user file override these."""

    team_name: str = ""
    agent_name: str = ""
    agent_language: str = "zh-Hans"
    customer_languages: tuple[str, ...] = DEFAULT_LANGUAGES
    ui_language: str = ""  # "" follows the system locale
    shared_templates: str = ""
    shared_glossary: str = ""
    shared_suggest_examples: str = ""  # a team's read-only template picks (core/suggest/memory)
    pack_index_url: str = ARGOS_INDEX_URL
    official_domains: tuple[str, ...] = ()
    # The customer's UTC offset or time zone ("+08:00", "Asia/Tokyo"): greetings by their clock;
    # "" = unknown, a neutral greeting. Policy values: defaults for template variables.
    customer_utc_offset: str = ""
    policy: dict[str, str] = field(default_factory=dict)
    engine: str = "argos"
    libretranslate_url: str = ""
    history_days: int = 90
    clipboard_watch: bool = False
    compact_on_top: bool = True  # compact mode stays above the helpdesk window
    # Keys of this table the user file may change; set by the team profile only.
    user_may_override: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong in a settings file: shown to the user, the app still opens."""

    source: str
    key: str
    code: str  # unknown-key, wrong-type, bad-value, missing-folder, unreadable, not-allowed
    detail: str = ""


@dataclass(frozen=True)
class LoadedConfig:
    settings: Settings
    problems: tuple[ConfigProblem, ...]
    team_file: Path | None
    user_file: Path
    user_allowed: frozenset[str] = frozenset()  # keys the settings dialog may change


_FIELDS = {f.name: f for f in fields(Settings)}
_TEAM_ONLY = {"user_may_override"}
# Keys a user may always set for themselves unless the team profile fixes them.
_PERSONAL = (
    "agent_name", "ui_language", "clipboard_watch", "compact_on_top", "history_days",
)  # fmt: skip


def team_profile_path() -> Path | None:
    """The system-wide team profile: $REPLYBRIDGE_PROFILE, else the platform's system config."""
    env = os.environ.get("REPLYBRIDGE_PROFILE")
    if env:
        return Path(env)
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
        return base / "ReplyBridge" / "team.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/ReplyBridge/team.toml")
    return Path("/etc/replybridge/team.toml")


def user_settings_path() -> Path:
    return paths.config_dir() / "settings.toml"


def _coerce(key: str, value: Any, source: str, problems: list[ConfigProblem]) -> Any:
    default = getattr(Settings(), key)
    if isinstance(default, dict):
        from desktop.core.templates.policy import coerce_policy

        good, bad = coerce_policy(value)
        if bad:
            problems.append(ConfigProblem(source, key, "wrong-type", ", ".join(bad)))
        return good if good or not bad else None
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    elif isinstance(default, tuple):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        value = tuple(value) if ok else value
    else:
        ok = isinstance(value, str)
    if not ok:
        expected = type(default).__name__.replace("tuple", "list of strings")
        problems.append(ConfigProblem(source, key, "wrong-type", expected))
        return None
    if key == "engine" and value not in ENGINES:
        problems.append(ConfigProblem(source, key, "bad-value", ", ".join(ENGINES)))
        return None
    if key == "ui_language" and value not in UI_LANGUAGES:
        problems.append(ConfigProblem(source, key, "bad-value", "en, zh_CN"))
        return None
    if key in ("shared_templates", "shared_glossary") and value and not Path(value).is_dir():
        problems.append(ConfigProblem(source, key, "missing-folder", value))
        return None
    if key in ("shared_templates", "shared_glossary") and value and too_broad_root(Path(value)):
        detail = "a folder other than / and the home folder"  # shown as "must be one of …"
        problems.append(ConfigProblem(source, key, "bad-value", detail))
        return None
    if key == "libretranslate_url" and value:
        from desktop.core.netcheck import secure_url_problem

        if secure_url_problem(value) is not None:  # the key would travel in clear, or file://
            detail = "https://…, http://127.0.0.1:… (plain http only to this computer)"
            problems.append(ConfigProblem(source, key, "bad-value", detail))
            return None
    return value


def too_broad_root(folder: Path) -> bool:
    """A template/glossary folder of `/` or the home folder would make us walk everything."""
    try:
        resolved = folder.expanduser().resolve()
        home = Path.home().resolve()
    except (OSError, RuntimeError):
        return True
    return resolved == Path(resolved.anchor) or resolved == home


def _read(
    path: Path, source: str, problems: list[ConfigProblem], seen: set[str] | None = None
) -> dict[str, Any] | None:
    """The file's valid values; {} when it does not exist, None when it cannot be read.

    `seen` collects every key the file sets, valid or not (a team profile locks them).
    """
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return {}  # the common case at start-up: no TOML parser needed (it is imported lazily)
    except OSError as exc:
        problems.append(ConfigProblem(source, "", "unreadable", exc.strerror or str(exc)))
        return None
    from desktop.core import tomlsafe

    try:
        with handle:
            data = tomlsafe.loads(handle.read(tomlsafe.MAX_BYTES + 1).decode("utf-8"))
    except (OSError, tomlsafe.TomlError, UnicodeDecodeError) as exc:
        problems.append(ConfigProblem(source, "", "unreadable", str(exc)))
        return None
    if seen is not None:
        seen.update(data)
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _FIELDS:
            problems.append(ConfigProblem(source, key, "unknown-key"))
            continue
        if source == "user" and key in _TEAM_ONLY:
            problems.append(ConfigProblem(source, key, "not-allowed"))
            continue
        coerced = _coerce(key, value, source, problems)
        if coerced is not None:
            values[key] = coerced
    return values


def load() -> LoadedConfig:
    """Defaults < team profile < user file (only keys the team lets users change).

    A team profile that cannot be read fails closed: the user may change only personal keys,
    and every key the profile names stays locked even when its value is invalid.
    """
    problems: list[ConfigProblem] = []
    team_file = team_profile_path()
    team_keys: set[str] = set()
    team = _read(team_file, "team", problems, team_keys) if team_file else {}
    user_file = user_settings_path()
    user = _read(user_file, "user", problems) or {}
    if team is None:
        team, allowed = {}, set(_PERSONAL)
    else:
        allowed = set(team.get("user_may_override", ())) | (set(_PERSONAL) - team_keys)
        if not team_keys:
            allowed = set(_FIELDS) - _TEAM_ONLY
    for key in list(user):
        if key not in allowed:
            problems.append(ConfigProblem("user", key, "not-allowed"))
            del user[key]
    settings = replace(Settings(), **{**team, **user})
    return LoadedConfig(settings, tuple(problems), team_file, user_file, frozenset(allowed))


def save_user(changes: dict[str, Any]) -> None:
    """Merge `changes` into the user file atomically (only the keys given are written)."""
    path = user_settings_path()
    problems: list[ConfigProblem] = []
    current = _read(path, "user", problems)
    if current is None:  # unreadable: kept beside the new file, never overwritten and lost
        current = {}
        try:
            os.replace(path, path.with_name(f"{path.name}.unreadable"))
        except OSError:
            pass
    for key, value in changes.items():
        if key not in _FIELDS or key in _TEAM_ONLY:
            raise KeyError(key)
        current[key] = list(value) if isinstance(value, tuple) else value
    import tomli_w

    write_text(
        path, tomli_w.dumps({k: list(v) if isinstance(v, tuple) else v for k, v in current.items()})
    )
