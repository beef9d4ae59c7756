"""Property-based fuzzing of the files a team or an attacker controls: template metadata TOML,
team profile and settings TOML, a pack's metadata.json. Each example must end in a result or a
clear error of ours, never a traceback, and within its deadline (issue 15).

Bounded: ~40-80 examples per target, 3 s deadline each; the whole file runs in ~10-30 s.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import config
from desktop.core.errors import ReplyBridgeError
from desktop.core.paths import shipped_dir
from desktop.core.templates.library import TemplateLibrary
from desktop.core.templates.render import Renderer
from desktop.core.translate.packs import install_from_file, list_installed, read_metadata

FUZZ = settings(max_examples=60, deadline=3000, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])  # fmt: skip

scalars = (st.text(max_size=30) | st.integers(-(10**20), 10**20) | st.booleans()
           | st.floats(allow_nan=False) | st.sampled_from(["", "/", "~", "file:///etc",
                                                          "http://10.0.0.1", "es\n"]))  # fmt: skip
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(min_size=1, max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def _deep(draw_depth: int, opener: str) -> str:
    closer = {"[": "]", "{": "}"}[opener]
    inner = "1" if opener == "[" else ""
    if opener == "{":
        return "k = " + "{a = " * draw_depth + "1" + "}" * draw_depth + "\n"
    return "k = " + opener * draw_depth + inner + closer * draw_depth + "\n"


def toml_documents(keys: list[str]) -> st.SearchStrategy[str]:
    """Valid TOML with the real keys and wrong-shaped values, mangled TOML, deep nesting."""
    table = st.dictionaries(st.sampled_from(keys) | st.text(min_size=1, max_size=8), values,
                            max_size=8)  # fmt: skip
    valid = table.map(lambda d: _dumps(d))
    mangled = st.tuples(valid, st.integers(0, 400), st.text(max_size=20)).map(
        lambda t: t[0][: t[1]] + t[2] + t[0][t[1] :]
    )
    deep = st.tuples(st.integers(1, 3000), st.sampled_from("[{")).map(lambda t: _deep(*t))
    return valid | mangled | deep | st.text(max_size=200)


def _dumps(data: dict[str, Any]) -> str:
    try:
        return tomli_w.dumps(data)
    except (TypeError, ValueError):
        return ""


TEMPLATE_KEYS = ["id", "category", "title", "tone", "locked", "keywords", "variables"]
META_BASE = {"id": "fz", "category": "general-thanks", "title": {"en": "a", "zh-Hans": "b"}}


@st.composite
def template_metadata(draw: st.DrawFn) -> str:
    """Mostly near-valid metadata (the base with some keys replaced), sometimes anything."""
    if draw(st.booleans()):
        changes = draw(st.dictionaries(st.sampled_from(TEMPLATE_KEYS), values, max_size=3))
        variables = draw(st.lists(st.dictionaries(
            st.sampled_from(["name", "type", "required", "entity", "example", "choices",
                             "label"]), values, max_size=5), max_size=3))  # fmt: skip
        return _dumps({**META_BASE, "variables": variables, **changes})
    return draw(toml_documents(TEMPLATE_KEYS))


BODIES = st.sampled_from(["Hi {{ customer_name }}\n", "{{ greeting() }}\n{{ signoff() }}\n",
                          "{% for i in range(3) %}{{ i }}{% endfor %}\n", "{{ x }}\n",
                          "{% if %}\n", "{{ 1/0 }}\n", "{{ locked('nope') }}\n"])  # fmt: skip


@FUZZ
@given(meta=template_metadata(), body=BODIES)
def test_template_metadata_never_crashes_the_library_or_render(meta: str, body: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        layer = Path(tmp) / "layer"
        folder = layer / "fz"
        folder.mkdir(parents=True)
        (folder / "fz.toml").write_text(meta, encoding="utf-8")
        for lang in ("en", "zh-Hans"):
            (folder / f"fz.{lang}.j2").write_text(body, encoding="utf-8")
        shutil.copytree(shipped_dir("templates") / "_shared", layer / "_shared")
        library = TemplateLibrary([layer])
        for problem in library.problems:
            assert problem.file and "\n" not in problem.message
        renderer = Renderer(library)
        renderer.check()
        for template in library.templates.values():
            for lang in ("en", "es"):
                try:
                    renderer.render(template.id, lang, {v.name: v.example
                                                        for v in template.variables})  # fmt: skip
                except ReplyBridgeError:
                    pass


SETTING_KEYS = [f.name for f in config.fields(config.Settings)]


@FUZZ
@given(team=toml_documents(SETTING_KEYS) | st.none(), user=toml_documents(SETTING_KEYS))
def test_profile_and_settings_never_stop_the_app(team: str | None, user: str,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:  # fmt: skip
    team_file = tmp_path / "team.toml"
    team_file.unlink(missing_ok=True)
    if team is not None:
        team_file.write_text(team, encoding="utf-8")
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(team_file))
    user_file = config.user_settings_path()
    user_file.parent.mkdir(parents=True, exist_ok=True)
    user_file.write_text(user, encoding="utf-8")
    loaded = config.load()
    assert isinstance(loaded.settings, config.Settings)
    url = loaded.settings.libretranslate_url
    assert not url or url.startswith(("https://", "http://127.", "http://localhost",
                                      "http://[::1]"))  # fmt: skip
    assert loaded.settings.shared_templates not in ("/", str(Path.home()))
    if team is not None and any(p.source == "team" and p.code == "unreadable"
                                for p in loaded.problems):  # fmt: skip
        assert loaded.settings.engine == "argos"  # fails closed
    config.save_user({"agent_name": "fuzz"})
    assert config.load().settings.agent_name in ("fuzz", "")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=4),
    max_leaves=12,
)  # fmt: skip
META_KEYS = ["type", "from_code", "to_code", "package_version", "target_prefix", "languages"]


@st.composite
def pack_metadata(draw: st.DrawFn) -> bytes:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        base: dict[str, Any] = {"type": "translate", "from_code": "en", "to_code": "es"}
        base.update(draw(st.dictionaries(st.sampled_from(META_KEYS), json_values, max_size=3)))
        return json.dumps(base).encode()
    if kind == 1:
        depth = draw(st.integers(1, 200_000))
        return b"[" * depth + b"]" * depth
    if kind == 2:
        return json.dumps(draw(json_values)).encode()
    return draw(st.binary(max_size=200))


@FUZZ
@given(meta=pack_metadata())
def test_pack_metadata_is_a_clear_error_or_a_pack(meta: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        packs = Path(tmp) / "packs"
        (packs / "p").mkdir(parents=True)
        (packs / "p" / "metadata.json").write_bytes(meta)
        try:
            read_metadata(packs / "p")
        except ReplyBridgeError as exc:
            assert "\n" not in str(exc)
        assert all(p.path.name == "p" for p in list_installed(packs))
        archive = Path(tmp) / "fuzz.argosmodel"
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr("p/metadata.json", meta)
            zf.writestr("p/model/model.bin", b"not a model")
        with pytest.raises(ReplyBridgeError):
            install_from_file(Path(tmp) / "installed", archive)


@FUZZ
@given(item=st.dictionaries(st.sampled_from([*META_KEYS, "links", "sha256", "size"]),
                            json_values | st.lists(st.text(max_size=30), max_size=3),
                            max_size=6) | json_values)  # fmt: skip
def test_pack_index_entries_are_kept_or_skipped(item: Any) -> None:
    from desktop.core.translate.packindex import _entry

    entry = _entry(item, "https://mirror.test:443")
    if entry is not None:
        assert entry.links and all(link.startswith(("http://", "https://")) for link in entry.links)
