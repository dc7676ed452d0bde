"""`tollbook serve`: the API and dashboard in one uvicorn process."""

from __future__ import annotations

import argparse
import os

from .. import pipeline
from ..cli import _EXTRA_PARSERS, command


def _add_serve(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser(
        "serve", help="serve the REST API and the dashboard",
        description="Serve the REST API (OpenAPI at /openapi.json) and the dashboard at /. "
                    "Writes need TOLLBOOK_TOKEN; set TOLLBOOK_READ_TOKEN to close reads.")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default loopback)")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    s.add_argument("--db", default=os.environ.get("TOLLBOOK_DB", "tollbook.db"),
                   help="the store: a file path, sqlite:///... or postgresql://... "
                        "(default $TOLLBOOK_DB or tollbook.db)")
    s.add_argument("--max-body", type=int, default=None,
                   help="refuse request bodies over this many bytes (default 2000000)")


_EXTRA_PARSERS.append(_add_serve)


@command("serve")
def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import ServerConfig, create_app

    config = ServerConfig.from_env(max_body=args.max_body)
    app = create_app(args.db, config)
    pipeline.warm()  # the first POST /extract would otherwise load the models (seconds)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                server_header=False, proxy_headers=False)
    return 0
