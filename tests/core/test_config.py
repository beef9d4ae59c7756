"""Settings layers: team profile, user file, validation that never stops the app."""

from __future__ import annotations

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
