"""packaging/ensure_system.py: what `make run`/`make test` install on a fresh Debian machine."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "ensure_system.py"
_spec = importlib.util.spec_from_file_location("ensure_system", SCRIPT)
assert _spec and _spec.loader
es = importlib.util.module_from_spec(_spec)
sys.modules["ensure_system"] = es
_spec.loader.exec_module(es)

LDD = """\
\tlinux-vdso.so.1 (0x00007ffc)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibEGL.so.1 => not found
\tlibQt6Gui.so.6 => /opt/Qt/lib/libQt6Gui.so.6 (0x00007f)
\tlibfoo_bar2.so.7 => not found
"""


def test_ldd_not_found_lines_map_to_debian_packages():
    sonames = es.parse_ldd(LDD)
    assert sonames == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0",
                       "libEGL.so.1", "libfoo_bar2.so.7"]  # fmt: skip
    assert [es.guess_package(s) for s in sonames] == [
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxkbcommon-x11-0",
        "libegl1",
        "libfoo-bar2-7",
    ]


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libdbus-1.so.3", "libdbus-1-3"),
    ("libfontconfig.so.1", "libfontconfig1"), ("libGL.so.1", "libgl1"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
    # not in the table: Debian's library packaging policy
    ("libxcb-xinerama.so.0", "libxcb-xinerama0"), ("libwayland-client.so.0", "libwayland-client0"),
    ("libxcb-xinput.so.0.1.0", "libxcb-xinput0"), ("libfoo2.so.5", "libfoo2-5"),
])  # fmt: skip
def test_table_and_policy_guess(soname, package):
    assert es.guess_package(soname) == package


def test_table_agrees_with_the_policy_rule_or_is_a_known_exception():
    exceptions = {"libEGL.so.1", "libGL.so.1", "libOpenGL.so.0", "libGLX.so.0", "libX11-xcb.so.1",
                  "libX11.so.6", "libglib-2.0.so.0", "libgthread-2.0.so.0", "libICE.so.6",
                  "libSM.so.6"}  # fmt: skip
    table = dict(es.SONAME_PACKAGES)
    es.SONAME_PACKAGES.clear()
    try:
        wrong = {s: p for s, p in table.items() if es.guess_package(s) != p}
    finally:
        es.SONAME_PACKAGES.update(table)
    assert set(wrong) <= exceptions


def test_install_command_uses_sudo_only_when_not_root():
    assert es.install_command(["xvfb"], 0, None) == [
        ["apt-get", "update", "-q"],
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", "xvfb"],
    ]
    as_user = es.install_command(["xvfb", "gnome-keyring"], 1000, "/usr/bin/sudo")
    assert as_user is not None and all(c[0] == "/usr/bin/sudo" for c in as_user)
    assert as_user[1][-2:] == ["xvfb", "gnome-keyring"]
    assert es.install_command(["xvfb"], 1000, None) is None


def test_missing_tools_with_a_fake_list(monkeypatch):
    fake = [("rb-no-such-program", "rb-fake-package", "because"), ("sh", "dash", "a shell")]
    assert es.missing_tools(fake) == [
        es.Missing("rb-no-such-program", "rb-fake-package", "because")
    ]


def test_without_apt_get_it_lists_what_is_missing_and_fails(monkeypatch, capsys):
    """A non-Debian system (or a fresh one, faked): nothing installed, everything named."""
    fake = [es.Missing("libxcb-icccm.so.4", "libxcb-icccm4", "Qt's xcb plugin"),
            es.Missing("Xvfb", "xvfb", "screenshots")]  # fmt: skip
    monkeypatch.setattr(es, "find_missing", lambda purpose: fake)
    real_which = es.shutil.which
    monkeypatch.setattr(es.shutil, "which", lambda p: None if p == "apt-get" else real_which(p))
    assert es.ensure("test") == 1
    err = capsys.readouterr().err
    assert "libxcb-icccm.so.4" in err and "Xvfb" in err and "no apt-get" in err
    assert "apt-get install libxcb-icccm4 xvfb" in err


def test_this_machine_has_everything_make_test_needs():
    """`make test` ran the script before pytest: nothing may be missing now."""
    out = subprocess.run([sys.executable, str(SCRIPT), "--for", "test", "--check"],
                         capture_output=True, text=True, timeout=120, env=dict(os.environ))  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""


def test_make_test_fails_a_run_with_a_skipped_test(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_one.py").write_text(
        "import pytest\n\ndef test_ok():\n    pass\n\n"
        "def test_needs_a_tool():\n    pytest.skip('tool not installed')\n",
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", "-c",
               str(tmp_path / "pytest.ini"), str(tmp_path / "test_one.py")]  # fmt: skip
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("REPLYBRIDGE_FORBID_SKIPS", None)  # `make test` sets it for the outer run
    plain = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert plain.returncode == 0, plain.stdout
    env["REPLYBRIDGE_FORBID_SKIPS"] = "1"
    strict = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert (
        strict.returncode == 1 and "1 test(s) skipped, which `make test` forbids" in strict.stdout
    )
    assert "test_needs_a_tool" in strict.stdout and "user_namespaces" not in strict.stdout


def test_ci_runs_only_the_readme_commands():
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    commands = [line for line in lines if line and not line.startswith("#")]
    assert commands[-2:] == ["make test", "make test-package"]
    assert not any("apt" in line or "sudo" in line for line in commands)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test " in readme and "make test-package " in readme
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\t$(ENSURE) --for $*" in makefile
    for purpose in ("run", "test", "package"):
        target = next(line for line in makefile.splitlines() if line.startswith(f"{purpose}:"))
        prerequisites = target.split()[1:]
        assert prerequisites.index(f"system-{purpose}") < prerequisites.index("translations")
