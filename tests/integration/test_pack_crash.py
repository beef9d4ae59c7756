"""A pack install killed (SIGKILL) at every step of its swap leaves a working pack; concurrent
installs in separate processes serialise (issue 15 fault 6)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.core.translate.argos import ArgosEngine
from desktop.core.translate.packs import install_from_file, list_installed
from tests.packbuilder import build_word_pack

ROOT = Path(__file__).resolve().parents[2]
KILL_AT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from desktop.core.translate import packs

    def hook(name):
        if name == sys.argv[1]:
            os.kill(os.getpid(), signal.SIGKILL)

    packs._step_hook = hook
    packs.install_from_file(Path(sys.argv[2]), Path(sys.argv[3]))
    print("finished", flush=True)
""")
INSTALL_LOOP = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from desktop.core.translate import packs
    from desktop.core.translate.packs import install_from_file

    # Widen the window between the two renames, where unserialised installs collided.
    packs._step_hook = lambda name: time.sleep(0.3) if name == "old-moved-aside" else None

    for archive in sys.argv[2:]:
        install_from_file(Path(sys.argv[1]), Path(archive))
    print("ok", flush=True)
""")


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("crash-packs")
    words = {"hello": "hola", "world": "mundo"}
    return (build_word_pack(root / "v1", "en", "es", words, version="1.0"),
            build_word_pack(root / "v2", "en", "es", {**words, "my": "mi"}, version="2.0"))  # fmt: skip


def _run(script: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)  # fmt: skip


@pytest.mark.parametrize("step", ["old-moved-aside", "new-moved-in", "old-removed"])
def test_kill_9_at_each_step_of_the_swap_leaves_a_working_pack(step, versions, tmp_path):
    v1, v2 = versions
    packs = tmp_path / "packs"
    install_from_file(packs, v1)
    done = _run(KILL_AT, step, str(packs), str(v2))
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    if step == "old-moved-aside":  # the window the issue found: no pack, the old one aside
        assert not (packs / "en_es").exists()
        assert [p.name[:5] for p in packs.iterdir() if p.name.startswith(".old-")] == [".old-"]
    (pack,) = list_installed(packs)  # recovers on the first listing after the crash
    assert pack.version == ("1.0" if step == "old-moved-aside" else "2.0")
    assert not [p for p in packs.iterdir() if p.name.startswith(".old-")]
    engine = ArgosEngine(packs)
    assert engine.translate("hello world", "en", "es").text == "hola mundo"
    install_from_file(packs, v2)  # and the next install works on what the crash left
    assert [p.version for p in list_installed(packs)] == ["2.0"]


def test_recovery_also_runs_before_the_next_install(versions, tmp_path):
    v1, v2 = versions
    packs = tmp_path / "packs"
    install_from_file(packs, v1)
    done = _run(KILL_AT, "old-moved-aside", str(packs), str(v2))
    assert done.returncode == -signal.SIGKILL
    from desktop.core.translate.packs import recover

    assert recover(packs) == ["en_es"]
    assert [p.version for p in list_installed(packs)] == ["1.0"]


def test_concurrent_installs_of_the_same_pack_serialise(versions, tmp_path):
    v1, v2 = versions
    packs = tmp_path / "packs"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rounds = [str(v1), str(v2)] * 3
    procs = [subprocess.Popen([sys.executable, "-c", INSTALL_LOOP, str(packs), *rounds], cwd=ROOT,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]  # fmt: skip
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and out.strip() == "ok", err[-2000:]
    assert [p.code for p in list_installed(packs)] == ["en-es"]
    assert sorted(p.name for p in packs.iterdir() if not p.name.startswith(".staging-")) == [
        "en_es"
    ]
