"""`tollbook batch` and `tollbook watch`: thin doors into tollbook.batch."""

from __future__ import annotations

import argparse
import os
import sys

from . import batch, cli


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None,
                   help="store: a file path, sqlite:///path or postgresql://... "
                        "(default $TOLLBOOK_DB or tollbook.db)")
    p.add_argument("--workers", type=int, default=None,
                   help="worker processes (default: all local cores; with --cluster "
                        "local, the number of Dask workers)")
    p.add_argument("--cluster", default=None, metavar="ADDRESS",
                   help="run on Dask: a scheduler address tcp://host:8786, or 'local'")
    p.add_argument("--journal", default=None, metavar="FILE",
                   help="record of done inputs for resuming (default: beside the store)")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")


def _parsers(sub: argparse._SubParsersAction) -> None:
    for name in ("batch",) + (("ingest",) if _OWN_INGEST else ()):
        p = sub.add_parser(
            name, help="read files and folders into the store, in parallel, resumably",
            description="Read HTML, text, JSONL, WARC(.gz) and RSS/Atom files (folders "
                        "walked recursively) into the store. Killed, the same command "
                        "continues where it stopped.")
        p.add_argument("inputs", nargs="+", metavar="INPUT", help="a file or a folder")
        _common(p)
    w = sub.add_parser("watch", help="ingest files as they arrive in a folder",
                       description="Poll a folder and ingest every new or changed file.")
    w.add_argument("folder", help="the folder to watch (walked recursively)")
    _common(w)
    w.add_argument("--interval", type=float, default=2.0, help="seconds between polls")
    w.add_argument("--max-seconds", type=float, default=None,
                   help="stop after this many seconds (default: run until interrupted)")
    w.add_argument("--once", action="store_true",
                   help="ingest what is there now and stop")


def _url(args: argparse.Namespace) -> str:
    from .store.db import DEFAULT_PATH

    return args.db or os.environ.get("TOLLBOOK_DB") or DEFAULT_PATH


def cmd_ingest(args: argparse.Namespace) -> int:
    summary = batch.run(args.inputs, _url(args), workers=args.workers, cluster=args.cluster,
                        progress=not args.quiet, journal=args.journal)
    if not args.quiet:
        print(summary.format(), file=sys.stderr)
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    summary = batch.watch(args.folder, _url(args), workers=args.workers,
                          cluster=args.cluster, journal=args.journal,
                          interval=args.interval, max_seconds=args.max_seconds,
                          once=args.once, progress=not args.quiet)
    if not args.quiet:
        print(summary.format(), file=sys.stderr)
    return 0


# store/cli.py is imported first; if it defines `ingest`, that stays (it can call
# batch.run), and `batch` is the parallel door. Otherwise `ingest` is this one too.
_OWN_INGEST = "ingest" not in cli.COMMANDS
for _name in ("batch",) + (("ingest",) if _OWN_INGEST else ()):
    cli.command(_name)(cmd_ingest)
cli.command("watch")(cmd_watch)
cli._EXTRA_PARSERS.append(_parsers)
