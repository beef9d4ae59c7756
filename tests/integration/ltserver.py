"""A real LibreTranslate server on 127.0.0.1 for tests (own venv; tiny packs; API keys)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest


def lt_venv() -> Path:
    path = Path(
        os.environ.get(
            "LIBRETRANSLATE_VENV", Path(__file__).resolve().parents[2] / ".venv-libretranslate"
        )
    )
    if not (path / "bin" / "libretranslate").exists():
        pytest.fail(f"LibreTranslate venv missing at {path}: `make test` creates it")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    key: str
    process: subprocess.Popen[bytes]
    log: Path


def start(workdir: Path, packs: list[Path], key: str) -> Server:
    venv = lt_venv()
    env = dict(os.environ, HOME=str(workdir / "home"), XDG_DATA_HOME=str(workdir / "data"),
               XDG_CONFIG_HOME=str(workdir / "config"), XDG_CACHE_HOME=str(workdir / "cache"),
               ARGOS_PACKAGES_DIR=str(workdir / "packages"), ORT_DISABLE_TELEMETRY="1")  # fmt: skip
    env.pop("PYTHONPATH", None)
    (workdir / "home").mkdir(parents=True, exist_ok=True)
    installer = (
        "import argostranslate.package as p, sys\nfor f in sys.argv[1:]: p.install_from_path(f)"
    )
    subprocess.run([str(venv / "bin" / "python"), "-c", installer, *map(str, packs)], env=env,
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    port = free_port()
    db = workdir / "db" / "api_keys.db"
    log = workdir / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(venv / "bin" / "libretranslate"), "--host", "127.0.0.1", "--port", str(port),
             "--disable-web-ui", "--disable-files-translation", "--api-keys",
             "--api-keys-db-path", str(db), "--require-api-key-origin", "^$never"],
            cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"LibreTranslate exited: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url + "/languages", timeout=2) as r:
                if json.loads(r.read()):
                    break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError("LibreTranslate did not start in 60 s")
    subprocess.run([str(venv / "bin" / "ltmanage"), "keys", "--api-keys-db-path", str(db), "add",
                    "100", "--key", key], env=env, check=True, capture_output=True, timeout=60)  # fmt: skip
    return Server(url, key, process, log)


def stop(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
