"""The REST API and the dashboard: a thin door into the library.

Each endpoint parses its input, calls `tollbook.pipeline`, `tollbook.store` or
`tollbook.export`, and maps TollbookError to an HTTP status with the same stable code
the CLI prints: `{"error": {"code", "message", "detail", "hint"}}`.
"""

from __future__ import annotations

import dataclasses
import hmac
import io
import os
import re
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import pipeline
from ..errors import ApiError, ConfigError, StorageError, TollbookError
from ..model import Extraction
from ..read import parse_date, read_text
from ..read.html import read_html

STATIC = Path(__file__).parent / "static"

# HTTP status for each stable code; codes not listed map by family (see status_of).
STATUS = {
    "E303": 404, "E401": 401, "E402": 403, "E403": 413, "E404": 404, "E422": 422,
    "E104": 413,
}


def status_of(code: str) -> int:
    if code in STATUS:
        return STATUS[code]
    if code.startswith(("E1", "E2")):
        return 422
    if code.startswith("E3"):
        return 503
    return 500


@dataclass(frozen=True)
class ServerConfig:
    """What the server needs beyond the database: tokens and limits."""

    token: str | None = None  # bearer token for writes; None refuses every write (E402)
    read_token: str | None = None  # bearer token for reads; None leaves reads open
    max_body: int = 2_000_000  # request bodies over this many bytes are refused (E403)
    max_page: int = 10_000  # the largest page of events one request may ask for
    max_points: int = 100_000  # the most map points /events/summary returns at once

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> ServerConfig:
        """TOLLBOOK_TOKEN, TOLLBOOK_READ_TOKEN, TOLLBOOK_MAX_BODY, then explicit overrides."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {
            "token": env.get("TOLLBOOK_TOKEN") or None,
            "read_token": env.get("TOLLBOOK_READ_TOKEN") or None,
        }
        if env.get("TOLLBOOK_MAX_BODY"):
            try:
                values["max_body"] = int(env["TOLLBOOK_MAX_BODY"])
            except ValueError:
                raise ConfigError("E202", "TOLLBOOK_MAX_BODY must be a whole number of "
                                          f"bytes, not {env['TOLLBOOK_MAX_BODY']!r}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        if values.get("max_body", 1) <= 0:
            raise ConfigError("E202", "max_body must be a positive number of bytes")
        return cls(**values)


def error_response(e: TollbookError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if e.code == "E401" else None
    return JSONResponse({"error": e.to_dict()}, status_code=status_of(e.code), headers=headers)


class BodyLimit:
    """ASGI middleware refusing bodies over the limit before the app sees them.

    A declared Content-Length over the limit is refused without reading the body; a
    chunked body is read up to the limit and refused as soon as it passes it. A body
    within the limit is then handed on to the app unchanged.
    """

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                return await self._refuse(scope, receive, send)
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                return await self._refuse(scope, receive, send)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope, receive, send):
        e = ApiError("E403", f"the limit is {self.limit} bytes")
        await error_response(e)(scope, receive, send)


class ArticleIn(BaseModel):
    """An article to read: plain text or an HTML page, and what else is known of it."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="plain text of the article")
    html: str | None = Field(None, description="the HTML page (main text is taken out)")
    published: str | None = Field(None, description="publication date YYYY-MM-DD")
    id: str | None = Field(None, max_length=200, description="your id for the article")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)


def read_article(body: ArticleIn):
    """The Article (or Rejection) a request body stands for."""
    if (body.text is None) == (body.html is None):
        raise ApiError("E422", "give exactly one of 'text' or 'html'")
    pub = parse_date(body.published)
    if body.text is not None:
        return read_text(body.text, doc_id=body.id, published=pub, title=body.title,
                         url=body.url, origin="api")
    return read_html(body.html, doc_id=body.id, published=pub, url=body.url, origin="api")


def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _same(given: str | None, expected: str) -> bool:
    # compare_digest on bytes runs in time independent of where the strings differ.
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None or value == "":
        return None
    parts = value.split(",")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise ApiError("E422", "bbox is west,south,east,north in degrees") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise ApiError("E422", "bbox is west,south,east,north in degrees, within -180..180 "
                               "and -90..90, south <= north")
    return w, s, e, n


def _day(value: str | None, name: str) -> date | None:
    try:
        return parse_date(value)
    except TollbookError:
        raise ApiError("E422", f"{name} must be a date YYYY-MM-DD, not {value!r}") from None


# Event ids and article ids are opaque strings; this keeps them from carrying paths,
# control characters or SQL into logs and errors (the store binds them as parameters).
ID_RE = re.compile(r"^[A-Za-z0-9_.:@+-]{1,200}$")


def _check_id(value: str, what: str) -> str:
    if not ID_RE.match(value) or ".." in value:
        raise ApiError("E404", f"no {what} with that id")
    return value


EXPORT_TYPES = {
    "json": "application/json",
    "geojson": "application/geo+json",
    "acled": "text/csv; charset=utf-8",
    "ucdp": "text/csv; charset=utf-8",
}


def event_filters(
    country: str | None = Query(None, max_length=100, description="ISO 3166-1 alpha-2"),
    admin1: str | None = Query(None, max_length=200, description="first-order area name"),
    bbox: str | None = Query(None, max_length=200, description="west,south,east,north"),
    start: str | None = Query(None, max_length=40, description="events ending on or after"),
    end: str | None = Query(None, max_length=40, description="events starting on or before"),
    type: str | None = Query(None, max_length=100, description="event type"),
    actor: str | None = Query(None, max_length=200, description="an actor involved"),
    min_killed: int | None = Query(None, ge=0, description="best killed at least this"),
) -> dict[str, Any]:
    return {
        "country": country or None, "admin1": admin1 or None, "bbox": _bbox(bbox),
        "start": _day(start, "start"), "end": _day(end, "end"), "type": type or None,
        "actor": actor or None, "min_killed": min_killed,
    }


# Declared at module level so the annotations resolve (this module defers them).
Filters = Annotated[dict[str, Any], Depends(event_filters)]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean_query(request: Request) -> None:
    """Control characters in a query parameter are refused before any store sees them
    (PostgreSQL rejects NUL bytes in text with an error of its own)."""
    for name, value in request.query_params.multi_items():
        if _CONTROL.search(value) or _CONTROL.search(name):
            raise ApiError("E422", f"control character in query parameter {name!r}")


def create_app(db_url: str | None, config: ServerConfig | None = None) -> FastAPI:
    """The API and dashboard over the store at db_url (None: /extract only)."""
    config = config or ServerConfig.from_env()
    app = FastAPI(
        dependencies=[Depends(_clean_query)],
        title="tollbook",
        version=pipeline.VERSION if hasattr(pipeline, "VERSION") else "0",
        description="Casualty figures from conflict news, with their sources and evidence.",
    )
    # A Store holds one connection and is not shared across threads; FastAPI runs the
    # endpoints in a thread pool, so each worker thread opens its own.
    local = threading.local()

    def store():
        if db_url is None:
            raise ApiError("E404", "this server has no store (start it with --db)")
        if getattr(local, "store", None) is None:
            try:
                from ..store import open_store
            except ImportError as e:
                raise StorageError("E301", f"the store is not available: {e}") from None
            local.store = open_store(db_url)
        return local.store

    def matching(filters: dict[str, Any]) -> list[dict[str, Any]]:
        """Events for the filters. min_killed is applied here: the best total comes out
        of the tally policy (events.total), which is Python, not a column to compare."""
        items = store().events(**_store_filters(filters))
        return [e for e in items if _enough_killed(_best_killed(e), filters)]

    def points(filters: dict[str, Any]) -> list[dict[str, Any]]:
        """Map points for the filters (Store.event_points), min_killed as in matching."""
        items = store().event_points(**_store_filters(filters))
        return [e for e in items if _enough_killed(e["killed"] or 0, filters)]

    def can_read(request: Request) -> None:
        if config.read_token and not _same(_bearer(request), config.read_token):
            raise ApiError("E401", "reads need the read token")

    def can_write(request: Request) -> None:
        if not config.token:
            raise ApiError("E402")
        if not _same(_bearer(request), config.token):
            raise ApiError("E401", "writes need the write token")

    @app.exception_handler(TollbookError)
    async def _tollbook_error(request: Request, e: TollbookError):
        return error_response(e)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, e: RequestValidationError):
        where = "; ".join(
            f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg')}"
            for err in e.errors()
        )
        return error_response(ApiError("E422", where[:500]))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, e: StarletteHTTPException):
        if e.status_code == 404:
            return error_response(ApiError("E404"))
        err = ApiError("E422", str(e.detail)[:200])
        return JSONResponse({"error": err.to_dict()}, status_code=e.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, e: Exception):
        # Still JSON with a code, so clients never have to parse a bare 500 page.
        err = TollbookError("E499", type(e).__name__)
        return JSONResponse({"error": err.to_dict()}, status_code=500)

    @app.get("/health", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/extract", summary="Extract casualty claims from one article, without storing")
    def extract(body: ArticleIn) -> dict[str, Any]:
        """The same object as one line of `tollbook extract --format jsonl`."""
        return pipeline.run(read_article(body)).to_dict()

    @app.post("/articles", status_code=201, dependencies=[Depends(can_write)],
              summary="Read, extract and store one article")
    def post_article(body: ArticleIn) -> dict[str, Any]:
        extraction: Extraction = pipeline.run(read_article(body))
        result = store().ingest(extraction)
        return {"extraction": extraction.to_dict(), "stored": _jsonable(result)}

    @app.get("/events", dependencies=[Depends(can_read)], summary="Events matching filters")
    def events(
        filters: Filters,
        limit: int = Query(100, ge=1, le=config.max_page),
        offset: int = Query(0, ge=0),
        sort: Literal["date", "-date", "killed", "-killed"] = Query("-date"),
    ) -> dict[str, Any]:
        # Filter and sort the compact points, then read full records for one page only:
        # building every full record costs a second per 10,000 events.
        chosen = _sorted_points(points(filters), sort)
        page = [p["id"] for p in chosen[offset:offset + limit]]
        full = {e["id"]: e for e in store().events(ids=page)}
        return {"events": [full[i] for i in page], "total": len(chosen),
                "limit": limit, "offset": offset}

    # Declared before /events/{event_id}, which would otherwise take "summary" as an id.
    @app.get("/events/summary", dependencies=[Depends(can_read)],
             summary="Every matching event as a map point: id, place, position, type, "
                     "dates and best killed")
    def events_summary(
        filters: Filters,
        limit: int = Query(config.max_points, ge=1, le=config.max_points),
        timeline: Literal["auto", "day", "week"] | None = Query(
            None, description="also return GET /timeline's answer for the same events"),
    ) -> JSONResponse:
        """A few fields per event so a map can show tens of thousands at once. Over the
        limit, the events with most killed are kept (the ones a map must not miss).
        With `timeline`, the bins of GET /timeline come along, from the same read of
        the store (the dashboard's first view is then one request, not two)."""
        items = points(filters)
        out: dict[str, Any] = {"total": len(items), "limit": limit}
        if timeline:
            out["timeline"] = _timeline(items, timeline)
        if len(items) > limit:
            items = sorted(items, key=lambda e: (-(e["killed"] or 0), e["id"]))[:limit]
        out["events"] = items
        # A JSONResponse skips FastAPI's jsonable_encoder walk over every value, which
        # took longer than reading the points from the store.
        return JSONResponse(out)

    @app.get("/timeline", dependencies=[Depends(can_read)],
             summary="Killed and events per day or week, for the filters")
    def timeline(
        filters: Filters,
        bucket: Literal["auto", "day", "week"] = Query(
            "auto", description="auto: by week when the events span over 120 days"),
    ) -> dict[str, Any]:
        return _timeline(points(filters), bucket)

    @app.get("/events/{event_id}", dependencies=[Depends(can_read)],
             summary="One event with its claims, evidence, sources and history")
    def event(event_id: str) -> dict[str, Any]:
        event_id = _check_id(event_id, "event")
        s = store()
        out = s.event(event_id)
        # The event keeps each claim's evidence; the article's claims keep every span
        # (number, source, place, date, victims) the page highlights.
        spans = {}
        for article in {c["article"] for c in out.get("claims", [])}:
            for c in s.claims(article):
                spans[(article, c.id)] = c.to_dict()
        for c in out.get("claims", []):
            full = spans.get((c["article"], c["claim"]))
            if full:
                c["spans"] = {**full["spans"], "source": full["source_span"],
                              "place": (full["place"] or {}).get("span"),
                              "date": full["date"]["span"], "victims": full["victims"]["span"]}
        return out

    @app.get("/articles", dependencies=[Depends(can_read)], summary="Stored articles")
    def articles(limit: int = Query(100, ge=1, le=1000),
                 offset: int = Query(0, ge=0)) -> dict[str, Any]:
        items = store().articles(limit=offset + limit)
        return {"articles": items[offset:], "limit": limit, "offset": offset}

    @app.get("/totals", dependencies=[Depends(can_read)],
             summary="Area totals and cumulative tolls as time series")
    def totals(
        country: str | None = Query(None, max_length=100),
        outcome: Literal["killed", "wounded"] | None = Query(None),
        scope: Literal["area_total", "cumulative"] | None = Query(None),
    ) -> dict[str, Any]:
        return {"totals": store().area_totals(country=country or None, outcome=outcome,
                                              scope=scope)}

    @app.get("/export/{fmt}", dependencies=[Depends(can_read)],
             summary="Events in the formats of `tollbook export`")
    def export(fmt: Literal["json", "geojson", "acled", "ucdp"],
               filters: Filters) -> Response:
        try:
            from .. import export as exporting
        except ImportError:
            raise ApiError("E404", "exports are not in this build of tollbook") from None
        chosen = _sorted(matching(filters), "-date")[::-1]
        view = _Filtered(chosen, store())
        buf = io.StringIO()
        exporting.write(view, fmt, buf)
        return Response(buf.getvalue(), media_type=EXPORT_TYPES[fmt], headers={
            "Content-Disposition": f'attachment; filename="tollbook-events.{_ext(fmt)}"'})

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers=_PAGE_HEADERS)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=config.max_body)
    return app


class _Filtered:
    """The store as export.write sees it, narrowed to the events the filters chose."""

    def __init__(self, events: list[dict[str, Any]], store):
        self._events = events
        self._store = store

    def events(self) -> list[dict[str, Any]]:
        return self._events

    def area_totals(self) -> list[dict[str, Any]]:
        return self._store.area_totals()


def _best_killed(e: dict[str, Any]) -> int:
    return ((e.get("killed") or {}).get("total") or {}).get("best") or 0


def _store_filters(f: dict[str, Any]) -> dict[str, Any]:
    """The request's filters as Store.events and Store.event_points take them."""
    return {"country": f["country"], "type": f["type"], "actor": f["actor"],
            "admin1": f["admin1"], "bbox": f["bbox"],
            "since": f["start"].isoformat() if f["start"] else None,
            "until": f["end"].isoformat() if f["end"] else None}


def _enough_killed(killed: int, f: dict[str, Any]) -> bool:
    return f["min_killed"] is None or killed >= f["min_killed"]


# Over this many days of events a daily chart has more bars than a screen has pixels.
WEEKLY_AFTER_DAYS = 120


def _timeline(points: list[dict[str, Any]], bucket: str) -> dict[str, Any]:
    """Best killed and number of events per day or week (weeks start on Monday), every
    bin from the first to the last present, empty ones as zero. Events are counted on
    their first day; those without a full date (a month, unknown) are left out and
    counted in `undated`."""
    # Add up by day first (as text): far fewer days than events to parse as dates.
    per_day: dict[str, list[int]] = {}
    dated = 0
    for p in points:
        if p["start"] and len(p["start"]) == 10:
            cell = per_day.setdefault(p["start"], [0, 0])
            cell[0] += p["killed"] or 0
            cell[1] += 1
            dated += 1
    if not per_day:
        return {"bucket": "day" if bucket == "auto" else bucket, "bins": [],
                "undated": len(points)}
    days = {date.fromisoformat(d): cell for d, cell in per_day.items()}
    first, last = min(days), max(days)
    if bucket == "auto":
        bucket = "week" if (last - first).days > WEEKLY_AFTER_DAYS else "day"
    step = 7 if bucket == "week" else 1

    def start_of(d: date) -> date:
        return d - timedelta(days=d.weekday()) if step == 7 else d

    sums: dict[date, list[int]] = {}
    for d, (killed, n) in days.items():
        cell = sums.setdefault(start_of(d), [0, 0])
        cell[0] += killed
        cell[1] += n
    bins, at = [], start_of(first)
    while at <= last:
        killed, n = sums.get(at, (0, 0))
        bins.append({"start": at.isoformat(), "killed": killed, "events": n})
        at += timedelta(days=step)
    return {"bucket": bucket, "bins": bins, "undated": len(points) - dated}


def _sorted(items: list[dict[str, Any]], sort: str) -> list[dict[str, Any]]:
    if sort.lstrip("-") == "killed":
        def key(e):
            return (_best_killed(e), e["id"])
    else:
        def key(e):
            return ((e.get("date") or {}).get("start") or "", e["id"])
    return sorted(items, key=key, reverse=sort.startswith("-"))


def _sorted_points(items: list[dict[str, Any]], sort: str) -> list[dict[str, Any]]:
    """Event points in the order of _sorted (ties broken by id, the same way)."""
    if sort.lstrip("-") == "killed":
        def key(e):
            return (e["killed"] or 0, e["id"])
    else:
        def key(e):
            return (e["start"] or "", e["id"])
    return sorted(items, key=key, reverse=sort.startswith("-"))


def _ext(fmt: str) -> str:
    return {"acled": "csv", "ucdp": "csv"}.get(fmt, fmt)


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)  # IngestResult: plain fields, lists of ids
    return str(value)


# The dashboard needs nothing from elsewhere: a strict policy makes an injected script
# or a stray remote URL fail closed, on top of the escaping the page does itself.
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                               "base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    "Cache-Control": "no-cache",
}


class SecurityHeaders:
    """nosniff and no framing on every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"x-frame-options", b"DENY"))
                headers.append((b"referrer-policy", b"no-referrer"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
