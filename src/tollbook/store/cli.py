"""The store's commands: ingest, events, show, export. Argument wiring only."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from .. import cli
from ..read import parse_date

_DB_HELP = ("database: a file path (default tollbook.db, or $TOLLBOOK_DB), sqlite:///PATH "
            "or postgresql://...")


def _parsers(sub: argparse._SubParsersAction) -> None:
    i = sub.add_parser("ingest", help="extract articles and store their claims and events",
                       description="Read files, folders or JSONL, extract casualty claims "
                                   "and store them, grouped into events.")
    i.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="a .txt, .html or .jsonl file, a folder of them, or - for stdin")
    i.add_argument("--db", help=_DB_HELP)
    i.add_argument("--published", help="publication date YYYY-MM-DD for inputs without one")
    i.add_argument("--quiet", action="store_true", help="print only the summary")

    e = sub.add_parser("events", help="list stored events with their tallies",
                       description="List stored events, oldest first.")
    e.add_argument("--db", help=_DB_HELP)
    e.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. SY")
    e.add_argument("--since", help="events ending on or after YYYY-MM-DD")
    e.add_argument("--until", help="events starting on or before YYYY-MM-DD")
    e.add_argument("--type", help="ACLED event type or sub-type, e.g. Battles")
    e.add_argument("--actor", help="an actor's name, or part of it")
    e.add_argument("--format", choices=["table", "json", "csv"], default="table",
                   help="table: for people (default); json: the documented shape; csv")

    s = sub.add_parser("show", help="one event: each source's figures, evidence, history",
                       description="Show one event with every source's figures side by side.")
    s.add_argument("event_id", metavar="EVENT_ID", help="the id `tollbook events` lists")
    s.add_argument("--db", help=_DB_HELP)
    s.add_argument("--format", choices=["text", "json"], default="text",
                   help="text: for people (default); json")

    x = sub.add_parser("export", help="export events as ACLED, UCDP, GeoJSON or JSON",
                       description="Export every stored event.")
    x.add_argument("--format", choices=["acled", "ucdp", "geojson", "json"], required=True,
                   help="acled/ucdp: CSV in their columns; geojson: one Feature an event")
    x.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    x.add_argument("--db", help=_DB_HELP)


cli._EXTRA_PARSERS.append(_parsers)


def _open(args):
    from . import open_store

    return open_store(args.db)


@cli.command("ingest")
def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import ingest_inputs

    def progress(r):
        if not args.quiet:
            extra = (f" [{r.rejection_code}]" if r.rejection_code else
                     f" {r.claims} claims, events {r.events_created + r.events_updated}"
                     if r.status != "unchanged" else "")
            print(f"{r.status:9} {r.article_id}{extra}", file=sys.stderr)

    with _open(args) as store:
        summary = ingest_inputs(store, args.inputs, parse_date(args.published), progress)
    d = summary.to_dict()
    rejected = ", ".join(f"{k} {v}" for k, v in d["rejected"].items()) or "none"
    print(f"articles {d['articles']} (unchanged {d['unchanged']}, replaced {d['replaced']}), "
          f"claims {d['claims']}, events {d['events_created']} new, "
          f"{d['events_updated']} updated, area totals {d['area_totals']}, "
          f"rejected: {rejected}")
    return 0


@cli.command("events")
def cmd_events(args: argparse.Namespace) -> int:
    from .. import export

    with _open(args) as store:
        rows = store.events(country=args.country, since=args.since, until=args.until,
                            type=args.type, actor=args.actor)
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        w = csv.writer(sys.stdout)
        head, table = export.event_table(rows)
        w.writerow(head)
        w.writerows(table)
    else:
        sys.stdout.write(export.format_events(rows))
    return 0


@cli.command("show")
def cmd_show(args: argparse.Namespace) -> int:
    from .. import export

    with _open(args) as store:
        e = store.event(args.event_id)
    if args.format == "json":
        json.dump(e, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(export.format_event(e))
    return 0


@cli.command("export")
def cmd_export(args: argparse.Namespace) -> int:
    from .. import export

    with _open(args) as store:
        if args.output:
            try:
                f = open(args.output, "w", encoding="utf-8", newline="")
            except OSError as e:
                raise cli.usage_error(f"--output {args.output}: {e.strerror}") from None
            with f:
                export.write(store, args.format, f)
        else:
            export.write(store, args.format, sys.stdout)
    return 0
