"""The command line behaves like one: help and version without Qt, exit 2 on bad options,
required template variables and language codes checked, README commands as the CLI takes them."""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import build_parser, run
from desktop.cli.common import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
# Proves no Qt: no display, no platform plugin chosen, and PySide6 never imported.
NO_QT = (
    "import sys; from desktop.__main__ import main; code = main(sys.argv[1:]); "
    "assert 'PySide6' not in sys.modules, 'PySide6 was imported'; sys.exit(code)"
)


def _bare_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    return env


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", NO_QT, *args], cwd=ROOT, env=_bare_env(),
                          capture_output=True, text=True, timeout=120)  # fmt: skip


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_prints_usage_without_a_display_or_qt(flag):
    out = _run(flag)
    assert out.returncode == 0, out.stderr
    assert "usage:" in out.stdout and "open the window" in out.stdout
    for command in ("detect", "translate", "render", "templates", "screenshot", "packs"):
        assert re.search(rf"^\s+{command}\s", out.stdout, re.M), command
    assert out.stderr == ""


def test_version_without_qt():
    out = _run("--version")
    assert (out.returncode, out.stdout) == (0, f"replybridge {__version__}\n"), out.stderr


@pytest.mark.parametrize("args", [["--bogus"], ["--lang", "xx"], ["detect", "--bogus", "hi"],
                                  ["render", "--nope", "x"], ["nonsense"]])  # fmt: skip
def test_unknown_option_or_command_is_exit_2_without_qt(args):
    out = _run(*args)
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr and out.stderr.strip()


def test_screenshot_rejects_unknown_ui_language_before_qt():
    out = _run("screenshot", "shot.png", "--lang", "xx")
    assert out.returncode == 2 and "invalid choice: 'xx'" in out.stderr
    assert "zh_CN" in out.stderr


def _walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield (*path, name), "", helps.get(name)
                yield from _walk(sub, (*path, name))
        elif not isinstance(action, argparse._HelpAction):
            yield path, action.dest, action.help


# desktop/cli/glossary.py is another branch's (glossary import/export): its help lines land there.
NOT_OURS = ("glossary",)


def test_every_subcommand_and_option_has_a_help_line():
    missing = [f"{' '.join(path)} {dest}".strip() for path, dest, text in _walk(build_parser())
               if not text and path[:1] not in [(n,) for n in NOT_OURS]]  # fmt: skip
    assert missing == []


def test_render_refuses_a_missing_required_variable(capsys):
    assert run(["render", "withdrawal-pending", "--lang", "es", "--var", "amount=250 USDT"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "missing required variable(s)" in captured.err and "order_id" in captured.err


def test_render_with_allow_missing_keeps_the_placeholder(capsys):
    assert run(["render", "withdrawal-pending", "--lang", "es", "--allow-missing"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "order_id" in out["missing"] and "{{ order_id }}" in out["text"]


def test_render_with_every_variable(capsys):
    assert run(["render", "withdrawal-pending", "--lang", "es", "--var", "amount=250 USDT",
                "--var", "order_id=7731982045"]) == 0  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert out["missing"] == [] and "7731982045" in out["text"] and out["lang"] == "es"


@pytest.mark.parametrize("args", [["render", "withdrawal-pending", "--lang", "xx"],
                                  ["translate", "--from", "xx", "--to", "en", "hola"],
                                  ["translate", "--from", "es", "--to", "klingon", "hola"]])  # fmt: skip
def test_unknown_language_codes_list_the_known_ones(args, capsys):
    assert run(args) == 2
    err = capsys.readouterr().err
    assert "unknown language" in err and ", ".join(LANGUAGES) in err


def test_translate_a_language_to_itself_returns_the_text(capsys):
    text = "Hello, my withdrawal of 250 USDT is pending"
    assert run(["translate", "--from", "en", "--to", "en", "--back", text]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"text": text, "engine": "none", "pivot": [], "back": text, "alternatives": []}
    assert run(["translate", "--from", "zh", "--to", "zh-Hans", "你好"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == "你好"


def _readme_commands() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    lines = [line.split("  #", 1)[0].strip() for line in block.splitlines()]
    commands = []
    for line in lines:
        if line.startswith("replybridge "):
            lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
            lexer.whitespace_split = True
            words = list(lexer)
            # `a | b` reads as alternatives to a human and as a pipe to the shell: neither is the CLI
            assert "|" not in words, f"README writes alternatives as a pipe: {line}"
            cut = [i for i, word in enumerate(words) if word in ("<", ">")]
            commands.append(words[1 : cut[0] if cut else None])  # redirections are not arguments
    return commands


def test_readme_commands_are_written_as_the_cli_takes_them():
    commands = _readme_commands()
    assert len(commands) >= 10
    parser = build_parser()
    for args in commands:
        if args[0] == "screenshot":  # parsed by desktop.ui.screenshot, checked above
            continue
        try:
            parser.parse_args(args)
        except SystemExit as exc:
            pytest.fail(f"README: `replybridge {shlex.join(args)}` does not parse ({exc.code})")
