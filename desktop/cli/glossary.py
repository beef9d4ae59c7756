"""`replybridge glossary validate|stats|import|export`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import CliError, emit

EXPORT_FORMATS = ("tbx", "tbx2", "csv", "dnt-csv", "xlsx")  # exchange.EXPORT_FORMATS


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("glossary", help="the crypto glossary")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    validate = actions.add_parser("validate", help="check glossary files (one line per problem)")
    validate.add_argument("path", nargs="?", type=Path,
                          help="a glossary CSV or folder (default: every layer)")  # fmt: skip
    validate.set_defaults(func=run_validate)
    actions.add_parser("stats", help="concepts, DNT tokens, terms per language").set_defaults(
        func=run_stats
    )
    imp = actions.add_parser(
        "import",
        help="import a glossary file (TBX v2/v3, .xlsx, CSV/TSV, dnt.csv, OmegaT) into your layer",
    )
    imp.add_argument("file", type=Path, help="the file to import")
    imp.add_argument("--from", dest="from_lang", metavar="LANG",
                     help="OmegaT glossary: the language of the first column")  # fmt: skip
    imp.add_argument("--to", dest="to_lang", metavar="LANG",
                     help="OmegaT glossary: the language of the second column")  # fmt: skip
    imp.add_argument("--replace", action="store_true",
                     help="overwrite an earlier import of a file with the same name")  # fmt: skip
    imp.add_argument("--dry-run", action="store_true",
                     help="print what would change, write nothing")  # fmt: skip
    imp.set_defaults(func=run_import)
    exp = actions.add_parser("export", help="export the glossary (stdout by default)")
    exp.add_argument("--format", choices=list(EXPORT_FORMATS), default="tbx",
                     help="tbx: TBX-Basic v3; tbx2: TBX v2 (martif) for Weblate, "
                     "translate-toolkit, "
                     "MultiTerm, memoQ; csv: the glossary's columns; dnt-csv: the do-not-translate "
                     "list; xlsx: Excel, one sheet per domain")  # fmt: skip
    exp.add_argument("-o", "--output", type=Path,
                     help="write here (its folder must exist) instead of stdout")  # fmt: skip
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
    from desktop.core.atomic import write_bytes
    from desktop.core.glossary.exchange import export_glossary

    if args.output is not None:
        if args.output.is_dir():
            raise CliError(f"{args.output} is a folder; give a file name")
        if not args.output.parent.is_dir():
            raise CliError(f"no such folder: {args.output.parent} (it is not created for you)")
    elif args.format == "xlsx" and sys.stdout.isatty():
        raise CliError("an Excel workbook is binary: give a file with -o FILE")
    data = export_glossary(_load(), args.format)
    if args.output:
        try:
            write_bytes(args.output, data)
        except OSError as exc:
            raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop.core import paths
    from desktop.core.glossary.diff import preview, reconcile
    from desktop.core.glossary.exchange import import_name, read_file, read_glossary, write_import

    data = read_file(args.file)
    current = _load()
    result = read_glossary(data, str(args.file), args.from_lang, args.to_lang, current.concepts)
    glossary = reconcile(current.concepts, result.glossary)
    folder = paths.data_dir() / "glossary"
    own = _own_ids(folder)
    change = preview(current.concepts, glossary, current.dnt, own)
    for problem in glossary.problems:
        print(f"{problem.file}:{problem.line}: {problem.message}", file=sys.stderr)
    files: list[str] = []
    added = 0
    if not args.dry_run:
        name = import_name(args.file.name)
        try:
            written, added = write_import(glossary, folder, name, args.replace, current.dnt)
        except OSError as exc:
            raise CliError(f"cannot write into {folder}: {exc.strerror or exc}") from None
        files = [str(p) for p in written]
    conflicts = [{"concept": c.concept_id, "code": c.code, "lang": c.lang, "term": c.term,
                  "other": c.other_id} for c in change.conflicts]  # fmt: skip
    emit({"format": result.format, "encoding": result.encoding, "delimiter": result.delimiter,
          "imported": len(glossary.concepts), "new": len(change.new),
          "changed": len(change.changed), "unchanged": len(change.unchanged),
          "dnt": len(glossary.dnt), "dnt_added": added, "files": files,
          "problems": len(glossary.problems), "conflicts": conflicts,
          "dry_run": bool(args.dry_run)})  # fmt: skip
    return 0


def _own_ids(folder: Path) -> set[str]:
    """Concepts in the user's own layer (edited in the editor or imported before)."""
    from desktop.core.glossary.csvfmt import load_folder

    return set(load_folder(folder).concepts)
