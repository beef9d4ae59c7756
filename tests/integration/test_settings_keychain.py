"""The settings dialog stores the server API key in a real Secret Service."""

from __future__ import annotations

from desktop.core import config
from desktop.core.secrets import SecretStore


def test_api_key_goes_to_the_real_keychain(real_keyring, qtbot):
    from desktop.ui.settings_dialog import SettingsDialog

    store = SecretStore(service="ReplyBridge-test-ui")
    dialog = SettingsDialog(config.load(), secrets=store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.keychain_checked, timeout=10_000) as checked:
        pass
    assert checked.args[0].available and not dialog.session_only.isVisible()
    dialog.api_key.setText("team-key-xyz")
    with qtbot.waitSignal(dialog.key_stored, timeout=10_000):
        dialog._save()
    assert (
        SecretStore(service="ReplyBridge-test-ui").get("libretranslate-api-key") == "team-key-xyz"
    )
    from desktop.core import paths

    files = [f for f in paths.config_dir().rglob("*") if f.is_file()]
    assert all(b"team-key-xyz" not in f.read_bytes() for f in files)
    store.delete("libretranslate-api-key")
