"""Settings layers: team profile, user file, validation that never stops the app."""

from __future__ import annotations

import os

from desktop.core import config


def test_defaults_without_files(tmp_path, monkeypatch):
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(tmp_path / "none.toml"))
    loaded = config.load()
    assert loaded.settings == config.Settings()
    assert loaded.problems == ()


def test_bad_profile_opens_with_defaults_and_lists_problems(tmp_path, monkeypatch):
    team = tmp_path / "team.toml"
    team.write_text(
        'team_name = "Desk A"\nengine = "google"\nhistory_days = "ten"\ncolour = "red"\n'
        'shared_templates = "/nonexistent/folder"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(team))
    loaded = config.load()
    assert loaded.settings.team_name == "Desk A"
    assert loaded.settings.engine == "argos"
    codes = {(p.key, p.code) for p in loaded.problems}
    assert codes == {
        ("engine", "bad-value"),
        ("history_days", "wrong-type"),
        ("colour", "unknown-key"),
        ("shared_templates", "missing-folder"),
    }


def test_broken_toml_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    team = tmp_path / "team.toml"
    team.write_bytes(b"team_name = \xff\xfe[[[")
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(team))
    loaded = config.load()
    assert loaded.settings == config.Settings()
    assert loaded.problems[0].code == "unreadable"


def test_user_may_only_override_what_team_allows(tmp_path, monkeypatch):
    team = tmp_path / "team.toml"
    team.write_text(
        'engine = "libretranslate"\nagent_language = "zh-Hans"\n'
        'user_may_override = ["agent_language"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(team))
    config.save_user({"engine": "argos", "agent_language": "en", "agent_name": "Li"})
    loaded = config.load()
    assert loaded.settings.engine == "libretranslate"
    assert loaded.settings.agent_language == "en"
    assert loaded.settings.agent_name == "Li"  # personal keys stay the user's unless fixed
    assert ("engine", "not-allowed") in {(p.key, p.code) for p in loaded.problems}


def test_save_user_is_atomic_and_merges(tmp_path, monkeypatch):
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(tmp_path / "none.toml"))
    config.save_user({"agent_name": "Wang"})
    config.save_user({"ui_language": "zh_CN"})
    loaded = config.load()
    assert (loaded.settings.agent_name, loaded.settings.ui_language) == ("Wang", "zh_CN")
    leftovers = [p for p in config.user_settings_path().parent.iterdir() if p.suffix == ".tmp"]
    assert leftovers == []


def _deep(depth: int, key: str = "team_name") -> str:
    return f"{key} = " + "[" * depth + "]" * depth + "\n"


def test_toml_nested_500_deep_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    """Issue 15 fault 4: RecursionError in tomllib used to end the app."""
    team = tmp_path / "team.toml"
    for text in (_deep(600), "a = " + "{b = " * 600 + "1" + "}" * 600 + "\n", _deep(5000)):
        team.write_text(text, encoding="utf-8")
        monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(team))
        config.user_settings_path().parent.mkdir(parents=True, exist_ok=True)
        config.user_settings_path().write_text(text, encoding="utf-8")
        loaded = config.load()
        assert loaded.settings == config.Settings()
        assert [(p.source, p.code) for p in loaded.problems] == [
            ("team", "unreadable"), ("user", "unreadable")]  # fmt: skip
        assert "nested" in loaded.problems[0].detail


def test_unreadable_team_profile_fails_closed(tmp_path, monkeypatch):
    """Issue 15 fault 12: with a broken profile the user file may not set the keys a valid
    profile locks (engine, libretranslate_url, pack_index_url, shared_templates)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    config.save_user({
        "engine": "libretranslate", "libretranslate_url": "https://lt.example.test",
        "pack_index_url": "https://evil.example.test/index.json",
        "shared_templates": str(shared), "agent_name": "Li",
    })  # fmt: skip
    team = tmp_path / "team.toml"
    for broken in (b'engine = "argos"\nteam_name = \xff', _deep(600).encode(), b"[[[ nope"):
        team.write_bytes(broken)
        monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(team))
        loaded = config.load()
        s = loaded.settings
        assert (s.engine, s.libretranslate_url, s.pack_index_url, s.shared_templates) == (
            "argos",
            "",
            config.ARGOS_INDEX_URL,
            "",
        )
        assert s.agent_name == "Li"  # personal keys are still the user's
        assert ("team", "", "unreadable") in {(p.source, p.key, p.code) for p in loaded.problems}
        assert {"engine", "shared_templates"} & loaded.user_allowed == set()
    team.write_bytes(b"")
    team.chmod(0o000)
    try:
        if not os.access(team, os.R_OK):  # (root reads anything)
            loaded = config.load()
            assert loaded.settings.engine == "argos" and loaded.settings.agent_name == "Li"
    finally:
        team.chmod(0o600)
    # A profile whose every value is invalid still locks the keys it names.
    team.write_text("engine = 5\nshared_templates = 7\n", encoding="utf-8")
    loaded = config.load()
    assert loaded.settings.engine == "argos" and loaded.settings.shared_templates == ""
    # No profile at all: the user decides.
    team.unlink()
    assert config.load().settings.engine == "libretranslate"


def test_libretranslate_url_must_be_https_or_loopback(tmp_path, monkeypatch):
    """Issue 15 fault 13."""
    for url, ok in (("https://lt.example.test", True), ("http://127.0.0.1:5000", True),
                    ("http://localhost:5000/", True), ("http://[::1]:5000", True),
                    ("http://lt.example.test", False), ("file:///etc", False),
                    ("ftp://lt.example.test", False), ("https://", False),
                    ("http://127.0.0.1:99999", False), ("lt.example.test", False)):  # fmt: skip
        config.save_user({"libretranslate_url": url})
        loaded = config.load()
        assert (loaded.settings.libretranslate_url == url) is ok, url
        assert (
            ("libretranslate_url", "bad-value") in {(p.key, p.code) for p in loaded.problems}
        ) is not ok, url


def test_file_url_is_refused_by_the_client_too(tmp_path):
    import pytest

    from desktop.core.translate.libretranslate import LibreTranslateClient, ServerError

    (tmp_path / "languages").write_text("[]")
    client = LibreTranslateClient(tmp_path.as_uri(), lambda: "key")
    with pytest.raises(ServerError, match="refused"):
        client._call("/languages")


def test_template_and_glossary_roots_may_not_be_root_or_home(tmp_path, monkeypatch):
    """Issue 15 fault 5: `shared_templates = "/"` walked the whole file system."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for value in ("/", str(home), str(home) + "/./", "/tmp/.."):
        config.save_user({"shared_templates": value, "shared_glossary": value})
        loaded = config.load()
        assert loaded.settings.shared_templates == "" and loaded.settings.shared_glossary == ""
        codes = {(p.key, p.code) for p in loaded.problems}
        assert {("shared_templates", "bad-value"), ("shared_glossary", "bad-value")} <= codes


def test_save_user_keeps_an_unreadable_file_aside(tmp_path):
    path = config.user_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_deep(600), encoding="utf-8")
    config.save_user({"agent_name": "Wang"})
    assert config.load().settings.agent_name == "Wang"
    assert path.with_name("settings.toml.unreadable").read_text(encoding="utf-8") == _deep(600)


def test_settings_or_profile_path_that_is_a_folder(tmp_path, monkeypatch):
    """Issue 15 fault 14: a folder where the file belongs is a listed problem."""
    team = tmp_path / "team.toml"
    team.mkdir()
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(team))
    config.user_settings_path().mkdir(parents=True)
    loaded = config.load()
    assert loaded.settings == config.Settings()
    assert {(p.source, p.code) for p in loaded.problems} == {("team", "unreadable"),
                                                             ("user", "unreadable")}  # fmt: skip
    assert "engine" not in loaded.user_allowed  # the profile is there but unreadable: closed
    config.save_user({"agent_name": "Li"})
    assert config.load().settings.agent_name == "Li"
    assert config.user_settings_path().with_name("settings.toml.unreadable").is_dir()
