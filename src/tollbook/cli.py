"""The `tollbook` command: a thin door into the library.

Each command parses its arguments, calls library functions and maps TollbookError to
exit code 2 with the coded message on stderr. No extraction logic lives here.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable

from . import config, pipeline
from .errors import ConfigError, TollbookError
from .model import Extraction
from .read import parse_date, read_path

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str):
    def deco(fn):
        COMMANDS[name] = fn
        return fn
    return deco


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tollbook",
        description="Casualty figures from conflict news, with their sources and evidence.",
    )
    p.add_argument("--config", metavar="FILE",
                   help="a TOML settings file (see default.toml; also $TOLLBOOK_CONFIG)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    e = sub.add_parser("extract", help="print the casualty claims of articles (no store)",
                       description="Print every casualty claim in the given articles.")
    e.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="a .txt, .html or .jsonl file, or - for standard input")
    e.add_argument("--published", help="publication date YYYY-MM-DD for inputs without one")
    e.add_argument("--format", choices=["jsonl", "json", "table"], default="jsonl",
                   help="jsonl: one line per article (default); json: a list; table: for people")

    v = sub.add_parser("eval", help="score extraction against gold files and dev case files",
                       description="Score tollbook against ../shared/gold and ../shared/data/dev.")
    v.add_argument("--gold", default=None, help="folder of gold JSON files")
    v.add_argument("--dev", default=None, help="folder of dev JSONL case files")
    v.add_argument("--invented", default=None,
                   help="folder of invented gold files (default: the repository's eval/invented)")
    v.add_argument("--limit", type=int, default=None, help="at most this many cases per set")
    v.add_argument("--errors", metavar="FILE", help="write every missed dev case to FILE")
    v.add_argument("--json", action="store_true", help="print the scores as JSON")
    v.add_argument("--check", action="store_true",
                   help="exit 1 when a score is below its floor in eval_floors.json")

    for extra in _EXTRA_PARSERS:
        extra(sub)
    return p


# Other modules (store, batch, web) register their subcommands here, keeping cli.py thin.
_EXTRA_PARSERS: list[Callable[[argparse._SubParsersAction], None]] = []


def extractions(inputs: Iterable[str], published: str | None) -> Iterable[Extraction]:
    """Extractions for every article in the inputs, rejected ones included, in order."""
    pub = parse_date(published)
    for path in inputs:
        for item in read_path(path, pub, stdin=sys.stdin):
            yield pipeline.run(item)


@command("extract")
def cmd_extract(args: argparse.Namespace) -> int:
    results = extractions(args.inputs, args.published)
    out = sys.stdout
    if args.format == "jsonl":
        for r in results:
            out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    elif args.format == "json":
        json.dump([r.to_dict() for r in results], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for r in results:
            out.write(format_table(r) + "\n")
    return 0


def format_table(r: Extraction) -> str:
    """One aligned row a claim, readable in a terminal."""
    if r.rejection:
        return f"{r.id}: rejected [{r.rejection.code}] {r.rejection.reason}\n"
    head = ["id", "outcome", "figure", "low", "high", "victims", "source", "place", "date",
            "scope", "part of"]
    rows = []
    for c in r.claims:
        d = c.to_dict()
        victims = d["victims"]["actor"] or d["victims"]["type"]
        date = d["date"]["start"] or "?"
        if d["date"]["end"] and d["date"]["end"] != d["date"]["start"]:
            date += ".." + d["date"]["end"]
        rows.append([
            c.id, c.outcome.value, c.figure.span.surface, _s(c.figure.low), _s(c.figure.high),
            victims, _cut(d["source"] or "-", 28), (d["place"] or {}).get("name") or "-", date,
            c.scope.value, c.part_of or "",
        ])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=False)]
    lines = [f"{r.id}  ({len(r.claims)} claims)"]
    for row in [head, *rows]:
        lines.append("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=False)).rstrip())
    tot = ", ".join(f"{o.value} {t.best} (low {t.low}, high {t.high})"
                    for o, t in r.totals.items())
    lines.append(f"totals: {tot or 'none'}")
    return "\n".join(lines) + "\n"


def _s(v) -> str:
    return "-" if v is None else str(v)


def _cut(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "\u2026"


@command("eval")
def cmd_eval(args: argparse.Namespace) -> int:
    from . import evaluate

    report = evaluate.run(gold_dir=args.gold, dev_dir=args.dev, limit=args.limit,
                          errors_path=args.errors, invented_dir=args.invented)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(evaluate.format_report(report))
    if args.check:
        failures = evaluate.check_floors(report)
        for f in failures:
            print(f if f.startswith("internal error") else f"below floor: {f}",
                  file=sys.stderr)
        return 1 if failures else 0
    return 0


def main(argv: list[str] | None = None) -> int:
    _load_extensions()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        if args.config:
            # Through the environment, so that worker processes read the same file.
            os.environ["TOLLBOOK_CONFIG"] = args.config
        config.use(config.load())
        return COMMANDS[args.command](args)
    except TollbookError as e:
        print(f"tollbook: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("tollbook: interrupted", file=sys.stderr)
        return 130


def _load_extensions() -> None:
    """Import the door modules that add subcommands (store, batch, web), if installed."""
    import importlib

    for mod in ("tollbook.store.cli", "tollbook.batch_cli", "tollbook.web.cli"):
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as e:
            if e.name != mod:
                raise


def usage_error(detail: str) -> ConfigError:
    return ConfigError("E203", detail)


if __name__ == "__main__":
    sys.exit(main())
