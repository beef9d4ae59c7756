"""`replybridge packs list|install FILE|remove CODE|available`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import emit


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("packs", help="manage Argos language packs (offline unless 'available')")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="installed packs").set_defaults(func=run_list)
    install = actions.add_parser("install", help="install a .argosmodel file")
    install.add_argument("file", type=Path, help="the .argosmodel file")
    install.set_defaults(func=run_install)
    rm = actions.add_parser("remove", help="remove a pack, e.g. en-es")
    rm.add_argument("code", help="FROM-TO, as `packs list` shows it")
    rm.set_defaults(func=run_remove)
    available = actions.add_parser("available", help="packs in the index (uses the network)")
    available.add_argument("--index", help="index URL (default: the configured one)")
    available.set_defaults(func=run_available)


def _pack_json(pack: object) -> dict[str, object]:
    return {
        "from": pack.source,  # type: ignore[attr-defined]
        "to": pack.target,  # type: ignore[attr-defined]
        "version": pack.version,  # type: ignore[attr-defined]
    }


def run_list(args: argparse.Namespace) -> int:
    from desktop.core import paths
    from desktop.core.translate.packs import list_installed

    emit({"packs": [_pack_json(p) for p in list_installed(paths.packs_dir())]})
    return 0


def run_install(args: argparse.Namespace) -> int:
    from desktop.core import paths
    from desktop.core.translate.packs import install_from_file

    pack = install_from_file(paths.packs_dir(), args.file)
    emit({"installed": {**_pack_json(pack), "size": pack.size}})
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from desktop.core import paths
    from desktop.core.translate.packs import remove

    emit({"removed": _pack_json(remove(paths.packs_dir(), args.code))})
    return 0


def run_available(args: argparse.Namespace) -> int:
    """The one packs command that may use the network: the user asked for the index."""
    from desktop.core import config
    from desktop.core.secrets import SecretStore
    from desktop.core.translate.packindex import fetch_index

    url = args.index or config.load().settings.pack_index_url
    entries = fetch_index(url, token=SecretStore().get("pack-mirror-token"))
    emit({"index": url, "packs": [
        {**_pack_json(e), "links": list(e.links), "sha256": e.sha256} for e in entries
    ]})  # fmt: skip
    return 0
