"""`replybridge templates list | lint`, `render TEMPLATE_ID ...`, `suggest TEXT|--jsonl`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import CliError, check_language, emit, stdin_lines, text_arg


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("templates", help="reply templates")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="all templates with their languages").set_defaults(
        func=run_list
    )
    lint = actions.add_parser("lint", help="content lint: one line per finding, exit 1 if any")
    lint.add_argument("--glossary-notes", action="store_true",
                      help="also check the glossary's notes and definitions")  # fmt: skip
    lint.set_defaults(func=run_lint)
    render = sub.add_parser("render", help="render a reply template (ids: `templates list`)")
    render.add_argument("template_id", help="the template's id, e.g. withdrawal-pending")
    render.add_argument("--lang", default="en",
                        help="language of the reply (default: en); other languages than the "
                             "template's own come back in English with native=false")  # fmt: skip
    render.add_argument("--var", action="append", default=[], metavar="NAME=VALUE",
                        help="a template variable (repeatable)")  # fmt: skip
    render.add_argument("--allow-missing", action="store_true",
                        help="render even when a required variable is missing (it stays "
                             "visible as {{ name }}); otherwise that is an error")  # fmt: skip
    render.add_argument("--agent", default="", help="the agent's name, for the signature")
    render.add_argument("--team", default="", help="the team's name, for the signature")
    render.add_argument("--customer-zone", default="",
                        help="the customer's UTC offset or zone, for the greeting")  # fmt: skip
    render.set_defaults(func=run_render)
    suggest = sub.add_parser("suggest", help="templates for a customer message, best first")
    suggest.add_argument("text", nargs="?", help="the customer's message; '-' reads stdin")
    suggest.add_argument("--jsonl", action="store_true", help="one message per stdin line")
    suggest.set_defaults(func=run_suggest)


def _library():  # type: ignore[no-untyped-def]
    from desktop.core import config
    from desktop.core.templates.library import TemplateLibrary
    from desktop.core.templates.paths import template_layers

    return TemplateLibrary(template_layers(config.load().settings))


def run_list(args: argparse.Namespace) -> int:
    library = _library()
    emit({"templates": [{"id": t.id, "category": t.category, "languages": sorted(t.bodies)}
                        for t in sorted(library.templates.values(), key=lambda t: t.id)],
          "problems": [f"{p.file}:{p.line}: {p.message}" for p in library.problems]})  # fmt: skip
    return 0


def run_lint(args: argparse.Namespace) -> int:
    from desktop.core import config, paths
    from desktop.core.glossary import load_layers
    from desktop.core.templates.content_lint import lint_glossary, lint_library
    from desktop.core.templates.library import TemplateLibrary
    from desktop.core.templates.paths import template_layers

    settings = config.load().settings
    folders = [paths.shipped_dir("glossary")]
    if settings.shared_glossary:
        folders.append(Path(settings.shared_glossary))
    folders.append(paths.data_dir() / "glossary")
    glossary, _matcher = load_layers(folders)
    issues = lint_library(TemplateLibrary(template_layers(settings)), glossary)
    if args.glossary_notes:
        issues += lint_glossary(glossary)
    for issue in issues:
        print(issue.line())
    return 1 if issues else 0


def run_render(args: argparse.Namespace) -> int:
    from desktop.core.templates.render import Renderer, strip_markers

    variables = {}
    for item in args.var:
        if "=" not in item:
            raise CliError(f"--var needs NAME=VALUE, got {item!r}")
        name, value = item.split("=", 1)
        variables[name.strip()] = value
    from desktop.core import config

    lang = check_language(args.lang, "--lang")
    settings = config.load().settings
    rendered = Renderer(_library()).render(
        args.template_id,
        lang,
        variables,
        agent_name=args.agent,
        team_name=args.team,
        customer_zone=args.customer_zone or settings.customer_utc_offset,
        policy=settings.policy,
    )
    if rendered.missing and not args.allow_missing:
        raise CliError(
            f"missing required variable(s): {', '.join(rendered.missing)}; pass each with "
            "--var NAME=VALUE (or --allow-missing to keep them as {{ name }})"
        )
    emit({"text": strip_markers(rendered.text), "missing": list(rendered.missing),
          "lang": rendered.lang, "native": rendered.native})  # fmt: skip
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    from desktop.core.suggest.suggester import default_suggester

    library = _library()
    suggester = default_suggester()

    def one(text: str) -> dict[str, object]:
        found = suggester.suggest(library, text)
        return {"templates": [{"id": s.template_id, "category": s.category, "score": s.score,
                               "reasons": list(s.reasons)} for s in found]}  # fmt: skip

    if args.jsonl:
        if args.text:
            raise CliError("--jsonl reads stdin; do not pass TEXT")
        for _number, line in stdin_lines():
            emit(one(line))
        return 0
    emit(one(text_arg(args)))
    return 0
