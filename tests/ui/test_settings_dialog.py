"""Settings: team-locked fields, problems shown, engine switch, API key without a keychain."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from desktop.core import config


@pytest.fixture
def no_keychain():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_team_profile_locks_fields_and_problems_are_readable(tmp_path, monkeypatch, qtbot):
    team = tmp_path / "team.toml"
    team.write_text('team_name = "Desk A"\nengine = "libretranslate"\n'
                    'libretranslate_url = "http://127.0.0.1:9"\nhistory_days = "x"\n',
                    encoding="utf-8")  # fmt: skip
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(team))
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(config.load())
    qtbot.addWidget(dialog)
    assert not dialog.engine.isEnabled() and not dialog.server_url.isEnabled()
    assert dialog.agent_name.isEnabled()
    assert "history_days" in dialog.problems.text() and "Team profile" in dialog.problems.text()


def test_engine_switch_applies_without_restart(window, qtbot):
    from desktop.core.translate.libretranslate import LibreTranslateEngine

    window.open_settings()
    dialog = window.settings_dialog
    dialog.engine.setCurrentIndex(dialog.engine.findData("libretranslate"))
    dialog.server_url.setText("http://127.0.0.1:9")
    dialog._save()
    assert isinstance(window.services.engine, LibreTranslateEngine)
    assert window.services.engine.fallback is window.services.local_engine


def test_api_key_without_keychain_is_kept_for_the_session(no_keychain, window, qtbot):
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitUntil(lambda: dialog.session_only.isVisible(), timeout=10_000)
    assert "not available" in dialog.keychain.text()
    dialog.api_key.setText("secret-key-1")
    with qtbot.waitSignal(dialog.key_stored, timeout=10_000) as blocker:
        dialog._save()
    assert blocker.args[0].code == "session-only"
    assert window.services.secrets.get("libretranslate-api-key") == "secret-key-1"
    assert dialog.api_key.text() == ""
    from desktop.core import paths

    for folder in (paths.config_dir(), paths.data_dir()):
        for file in folder.rglob("*"):
            if file.is_file():
                assert b"secret-key-1" not in file.read_bytes(), file
