"""`replybridge glossary validate|stats|import|export`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import CliError, emit


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("glossary", help="the crypto glossary")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    validate = actions.add_parser("validate", help="check glossary files (one line per problem)")
    validate.add_argument("path", nargs="?", type=Path)
    validate.set_defaults(func=run_validate)
    actions.add_parser("stats", help="concepts, DNT tokens, terms per language").set_defaults(
        func=run_stats
    )
    imp = actions.add_parser("import", help="import a .csv or .tbx into your own layer")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=run_import)
    exp = actions.add_parser("export", help="export the glossary (stdout by default)")
    exp.add_argument("--format", choices=["tbx", "csv"], default="tbx")
    exp.add_argument("-o", "--output", type=Path)
    exp.set_defaults(func=run_export)


def _layers() -> list[Path]:
    from desktop.core import config, paths

    settings = config.load().settings
    layers = [paths.shipped_dir("glossary")]
    if settings.shared_glossary:
        layers.append(Path(settings.shared_glossary))
    layers.append(paths.data_dir() / "glossary")
    return layers


def _load():  # type: ignore[no-untyped-def]
    from desktop.core.glossary import load_layers

    return load_layers(_layers())[0]


def run_validate(args: argparse.Namespace) -> int:
    from desktop.core.glossary import conflicting_terms
    from desktop.core.glossary.csvfmt import load_concepts, load_folder
    from desktop.core.glossary.model import Glossary

    if args.path is None:
        glossary = _load()
    elif args.path.is_dir():
        glossary = load_folder(args.path)
        glossary.problems.extend(conflicting_terms(glossary))
    elif args.path.is_file():
        glossary = Glossary()
        load_concepts(args.path, glossary)
    else:
        raise CliError(f"no such file or folder: {args.path}")
    for problem in glossary.problems:
        print(f"{problem.file}:{problem.line}: {problem.message}")
    return 1 if glossary.problems else 0


def run_stats(args: argparse.Namespace) -> int:
    from desktop.core.glossary.model import LANGS

    glossary = _load()
    n = len(glossary.concepts) or 1
    languages = {lang: sum(len(c.terms.get(lang, ())) for c in glossary.concepts.values())
                 for lang in LANGS}  # fmt: skip
    coverage = {lang: round(sum(1 for c in glossary.concepts.values() if c.terms.get(lang)) / n, 3)
                for lang in LANGS}  # fmt: skip
    emit({"concepts": len(glossary.concepts), "dnt": len(glossary.dnt), "languages": languages,
          "coverage": coverage})  # fmt: skip
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.core.atomic import write_text
    from desktop.core.glossary.csvfmt import dump_concepts
    from desktop.core.glossary.tbx import export_tbx

    glossary = _load()
    text = (
        export_tbx(glossary)
        if args.format == "tbx"
        else dump_concepts(list(glossary.concepts.values()))
    )
    if args.output:
        write_text(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop.core import paths
    from desktop.core.atomic import write_text
    from desktop.core.glossary.csvfmt import dump_concepts, load_concepts
    from desktop.core.glossary.model import Glossary
    from desktop.core.glossary.tbx import import_tbx

    if not args.file.is_file():
        raise CliError(f"no such file: {args.file}")
    if args.file.suffix.lower() == ".tbx":
        glossary = import_tbx(args.file.read_bytes())
    else:
        glossary = Glossary()
        load_concepts(args.file, glossary)
    for problem in glossary.problems:
        print(f"{problem.file}:{problem.line}: {problem.message}", file=sys.stderr)
    target = paths.data_dir() / "glossary" / f"imported-{args.file.stem}.csv"
    write_text(target, dump_concepts(list(glossary.concepts.values())))
    emit(
        {
            "imported": len(glossary.concepts),
            "file": str(target),
            "problems": len(glossary.problems),
        }
    )
    return 0
