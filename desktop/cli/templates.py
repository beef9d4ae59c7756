"""`replybridge templates list`, `render TEMPLATE_ID --lang L --var k=v`, `suggest TEXT|--jsonl`."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, emit, stdin_lines, text_arg


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("templates", help="reply templates")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="all templates with their languages").set_defaults(
        func=run_list
    )
    render = sub.add_parser("render", help="render a reply template")
    render.add_argument("template_id")
    render.add_argument("--lang", default="en")
    render.add_argument("--var", action="append", default=[], metavar="NAME=VALUE")
    render.add_argument("--agent", default="")
    render.add_argument("--team", default="")
    render.set_defaults(func=run_render)
    suggest = sub.add_parser("suggest", help="templates for a customer message, best first")
    suggest.add_argument("text", nargs="?", help="the message; '-' reads stdin")
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


def run_render(args: argparse.Namespace) -> int:
    from desktop.core.templates.render import Renderer, strip_markers

    variables = {}
    for item in args.var:
        if "=" not in item:
            raise CliError(f"--var needs NAME=VALUE, got {item!r}")
        name, value = item.split("=", 1)
        variables[name.strip()] = value
    rendered = Renderer(_library()).render(
        args.template_id, args.lang, variables, agent_name=args.agent, team_name=args.team
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
