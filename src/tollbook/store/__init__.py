"""The store: articles, claims, events and area totals in SQLite or PostgreSQL.

    store = open_store("tollbook.db")          # or "postgresql://..."; None: $TOLLBOOK_DB
    result = store.ingest(pipeline.run(article))
    store.events(country="SY")                 # the JSON shape of `tollbook events`

Ingest is idempotent and all-or-nothing per article: the same article (same id, URL
or normalised text hash) twice changes nothing; an edited version (same id or URL,
other text) replaces its claims; a failure leaves nothing of the article behind. Each
ingest is its own transaction, or, inside `with store.group():`, a savepoint of the
group's one transaction (a batch writer's group commit: one commit for many articles).
Event grouping and the tally policy live in tollbook.events; the store only keeps what
they decide.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .. import events as ev
from ..errors import StorageError
from ..model import (
    Actor,
    ActorKind,
    AreaTotal,
    Claim,
    DatePrecision,
    DateRange,
    Event,
    EventFigure,
    Extraction,
    Figure,
    GroupTally,
    Outcome,
    Place,
    PlacePrecision,
    Qualifier,
    Rejection,
    Scope,
    Source,
    Span,
    VictimType,
)
from . import schema
from .db import Database


def text_hash(text: str) -> str:
    """The hash that makes two copies of one article the same: whitespace and case aside."""
    norm = " ".join(text.split()).casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class IngestResult:
    """What one ingest did."""

    article_id: str  # the article's id (the stored one when it was a duplicate)
    status: str  # "added", "replaced", "unchanged" or "rejected"
    claims: int = 0  # claims stored for it
    events_created: list[int] = field(default_factory=list)  # new event ids
    events_updated: list[int] = field(default_factory=list)  # stored events it reported on
    area_totals: int = 0  # area totals and cumulative tolls stored
    rejection_code: str | None = None  # set when status is "rejected"


def open_store(url: str | None = None) -> Store:
    """The store at `url` (a path, sqlite:///path or postgresql://...), migrated."""
    return Store(Database(url))


class Store:
    """Reads and writes the tollbook database. One connection; not for sharing across
    threads (open one per worker)."""

    def __init__(self, db: Database):
        self.db = db
        self.version = schema.migrate(db)
        self.before_commit = None  # test hook: called inside each ingest transaction
        self._grouped = False

    # --- writing -------------------------------------------------------------------------

    @contextmanager
    def group(self) -> Iterator[None]:
        """Many ingests, one commit. Each article stays all-or-nothing (a savepoint: one
        that fails is undone alone and its error raised); the group commits at the end, or
        not at all on an error or a crash, so only whole articles are ever lost."""
        with self.db.transaction():
            self._grouped = True
            try:
                yield
            finally:
                self._grouped = False

    def _unit(self):
        """One article's writes: a transaction of its own, or a savepoint in a group."""
        return self.db.savepoint() if self._grouped else self.db.transaction()

    def ingest(self, extraction: Extraction, *, outlet: str | None = None,
               syndicated_of: str | None = None,
               drafted: tuple[list[Event], list[AreaTotal]] | None = None) -> IngestResult:
        """Store one article's claims, events and area totals, all or nothing.

        `syndicated_of`: the id of the article this one is a near-copy of (the first
        telling of a wire story); its figures then add no independent source.
        `drafted`: `events.article_events(extraction, outlet=outlet)` already computed
        (by a batch worker, in parallel), so the single writer does not redo it.
        """
        from ..pipeline import VERSION

        if extraction.rejection or extraction.article is None:
            rej = extraction.rejection or Rejection(extraction.id, "E199", "no article")
            self.record_rejection(rej)
            return IngestResult(rej.id, "rejected", rejection_code=rej.code)
        art = extraction.article
        outlet = outlet or art.outlet
        digest = text_hash(art.text)
        drafts, totals = drafted or ev.article_events(extraction, outlet=outlet)
        result = IngestResult(art.id, "added")
        try:
            with self._unit():
                old = self._find_article(art.id, art.url, digest)
                if old and old["text_hash"] == digest and old["extraction_version"] == VERSION:
                    return IngestResult(old["id"], "unchanged")
                touched: set[int] = set()
                if old:
                    touched = {r["event_id"] for r in self.db.all(
                        "SELECT DISTINCT event_id FROM event_figures WHERE article_id = ?",
                        (old["id"],))}
                    self.db.execute("DELETE FROM articles WHERE id = ?", (old["id"],))
                    result.status = "replaced"
                self._insert_article(art, outlet, digest, VERSION, syndicated_of)
                for c in extraction.claims:
                    self._insert_claim(art.id, c)
                for t in totals:
                    self._insert_area_total(t)
                for draft in drafts:
                    eid, created = self._place_event(draft)
                    (result.events_created if created else result.events_updated).append(eid)
                    touched.discard(eid)
                for eid in sorted(touched):  # events the replaced version fed
                    self._refresh(eid)
                if self.before_commit:
                    self.before_commit(art)
        except StorageError:
            raise
        except Exception as e:
            if type(e).__module__.split(".")[0] not in ("sqlite3", "psycopg"):
                raise
            raise StorageError("E304", f"article {art.id}: {e}") from None
        result.claims = len(extraction.claims)
        result.area_totals = len(totals)
        return result

    def record_rejection(self, rejection: Rejection) -> None:
        """Keep a refused document's id, code and reason (once per id, origin and code)."""
        from ..pipeline import VERSION

        with self._unit():
            self.db.execute(
                "INSERT INTO rejections (doc_id, code, reason, origin, extraction_version) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (doc_id, origin, code) DO NOTHING",
                (rejection.id, rejection.code, rejection.reason, rejection.origin or "",
                 VERSION))

    def _find_article(self, art_id: str, url: str | None, digest: str) -> dict | None:
        row = self.db.one("SELECT id, text_hash, extraction_version FROM articles "
                          "WHERE id = ?", (art_id,))
        if row is None and url:
            row = self.db.one("SELECT id, text_hash, extraction_version FROM articles "
                              "WHERE url = ?", (url,))
        if row is None:
            row = self.db.one("SELECT id, text_hash, extraction_version FROM articles "
                              "WHERE text_hash = ?", (digest,))
        return row

    def _insert_article(self, art, outlet, digest, version, syndicated_of=None) -> None:
        self.db.execute(
            "INSERT INTO articles (id, url, text_hash, title, outlet, published, origin, "
            "language, cut_at, text, extraction_version, ingested_at, syndicated_of) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (art.id, art.url, digest, art.title, outlet,
             art.published.isoformat() if art.published else None, art.origin, art.language,
             art.cut_at, art.text, version, datetime.now(UTC).isoformat(timespec="seconds"),
             syndicated_of))

    def _insert_claim(self, article_id: str, c: Claim) -> None:
        f, v, p, d = c.figure, c.victims, c.place, c.date
        self.db.execute(
            "INSERT INTO claims (article_id, claim_id, outcome, value, qualifier, low, high, "
            "best, victim_type, victim_actor, victim_group, source, " + _PLACE_COLS + ", "
            "date_start, date_end, date_precision, scope, part_of, evidence_start, "
            "evidence_end, number_start, number_end, victims_start, victims_end, "
            "source_start, source_end, place_start, place_end, date_span_start, "
            "date_span_end, mentions) VALUES (" + ", ".join(["?"] * 37) + ")",
            (article_id, c.id, c.outcome.value, f.value, f.qualifier.value, f.low, f.high,
             f.best, v.type.value, v.actor, ev.victim_group(c),
             c.source.name if c.source else None, *_place_row(p),
             d.start, d.end, d.precision.value, c.scope.value, c.part_of,
             c.evidence.start, c.evidence.end, f.span.start, f.span.end,
             *_span_row(v.span), *_span_row(c.source.span if c.source else None),
             *_span_row(p.span if p else None), *_span_row(d.span),
             json.dumps([[m.start, m.end] for m in c.mentions])))

    def _insert_area_total(self, t: AreaTotal) -> None:
        self.db.execute(
            "INSERT INTO area_totals (article_id, claim_id, scope, outcome, " + _PLACE_COLS
            + ", date_start, date_end, low, best, high, source, published) VALUES ("
            + ", ".join(["?"] * 18) + ")",
            (t.article_id, t.claim_id, t.scope.value, t.outcome.value, *_place_row(t.place),
             t.date.start, t.date.end, t.low, t.best, t.high, t.source, t.published))

    def _place_event(self, draft: Event) -> tuple[int, bool]:
        """Attach a draft to the stored event it describes, or store it as a new one."""
        match = ev.same_event(draft, self._candidates(draft))
        if match is None:
            row = self.db.one(
                "INSERT INTO events (type, sub_type, " + _PLACE_COLS + ", date_start, "
                "date_end, date_precision, actors, span_days) VALUES ("
                + ", ".join(["?"] * 14) + ") RETURNING id",
                (*_event_row(draft), _span_days(draft)))
            eid, created = row["id"], True
            merged = draft
        else:
            eid, created = match.id, False
            merged = ev.merge(self._with_figures(match), draft)
            self.db.execute(
                "UPDATE events SET type = ?, sub_type = ?, place_name = ?, country = ?, "
                "admin1 = ?, lat = ?, lon = ?, place_precision = ?, geonameid = ?, "
                "date_start = ?, date_end = ?, date_precision = ?, actors = ?, span_days = ? "
                "WHERE id = ?", (*_event_row(merged), _span_days(merged), eid))
        for f in draft.figures:
            self.db.execute(
                "INSERT INTO event_figures (article_id, claim_id, event_id, outcome, "
                "victim_group, low, best, high, source, published, part_of, qualifier) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (f.article_id, f.claim_id, eid, f.outcome.value, f.group, f.low, f.best,
                 f.high, f.source, f.published, f.part_of, f.qualifier.value))
        self._write_tallies(eid, merged.figures)
        return eid, created

    def _candidates(self, draft: Event) -> list[Event]:
        """Stored events that could be the draft: same country, dates near.

        Both ends of the date range are bounded so the (country, date_start) index reads
        only events near the draft's dates, not every earlier event in the country: a
        stored event that ends on or after the draft's first day starts at most the
        country's widest event span (span_days, indexed) before it."""
        if draft.place is None or draft.place.precision == PlacePrecision.COUNTRY:
            return []
        country = draft.place.country
        days = ev._days(draft.date)
        if not days:
            rows = self.db.all("SELECT * FROM events WHERE country IS NOT DISTINCT FROM ? "
                               "ORDER BY id", (country,))
            return [_event_of(r) for r in rows]
        row = self.db.one("SELECT MAX(span_days) AS w FROM events "
                          "WHERE country IS NOT DISTINCT FROM ?", (country,))
        widest = timedelta(days=(row or {}).get("w") or 0)
        first, last = days[0] - ev.DATE_SLACK, days[1] + ev.DATE_SLACK
        rows = self.db.all(
            "SELECT * FROM events WHERE country IS NOT DISTINCT FROM ? AND date_start IS NULL "
            "UNION ALL "
            "SELECT * FROM events WHERE country IS NOT DISTINCT FROM ? AND date_start >= ? "
            "AND date_start <= ? AND date_end >= ?",
            (country, country, (first - widest).isoformat(), last.isoformat(),
             first.isoformat()))
        return [_event_of(r) for r in sorted(rows, key=lambda r: r["id"])]

    def _with_figures(self, e: Event) -> Event:
        rows = self.db.all("SELECT * FROM event_figures WHERE event_id = ? "
                           "ORDER BY published, article_id, claim_id", (e.id,))
        return Event(e.type, e.sub_type, e.place, e.date, e.actors,
                     tuple(_figure_of(r) for r in rows), e.id)

    def _write_tallies(self, eid: int, figures: Iterable[EventFigure]) -> None:
        figures = list(figures)
        self.db.execute("DELETE FROM event_tallies WHERE event_id = ?", (eid,))
        for t in ev.tally(figures, copies=self._copies({f.article_id for f in figures})):
            self.db.execute(
                "INSERT INTO event_tallies (event_id, outcome, victim_group, low, best, high, "
                "n_sources, sources, claims, articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (eid, t.outcome.value, t.group, t.low, t.best, t.high, len(t.sources),
                 json.dumps(t.sources), json.dumps(t.claims), json.dumps(t.articles)))

    def _copies(self, article_ids: set[str]) -> dict[str, str]:
        """Which of these articles are syndicated copies, and of which original."""
        if not article_ids:
            return {}
        ids = sorted(article_ids)
        rows = self.db.all("SELECT id, syndicated_of FROM articles WHERE syndicated_of IS "
                           f"NOT NULL AND id IN ({', '.join(['?'] * len(ids))})", ids)
        return {r["id"]: r["syndicated_of"] for r in rows}

    def _refresh(self, eid: int) -> None:
        """Re-tally an event after a replaced article left it; drop it if it is empty."""
        row = self.db.one("SELECT * FROM events WHERE id = ?", (eid,))
        if row is None:
            return
        e = self._with_figures(_event_of(row))
        if not e.figures:
            self.db.execute("DELETE FROM events WHERE id = ?", (eid,))
            return
        self._write_tallies(eid, e.figures)

    # --- reading -------------------------------------------------------------------------

    def has_article(self, article_id_or_hash: str) -> bool:
        """True when an article with this id, URL or text hash is stored."""
        return self.db.one("SELECT 1 AS x FROM articles WHERE id = ? OR url = ? "
                           "OR text_hash = ?", (article_id_or_hash,) * 3) is not None

    def articles(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Stored articles without their text, in ingest order."""
        q = ("SELECT id, url, title, outlet, published, origin, extraction_version, "
             "ingested_at, syndicated_of, "
             "(SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claims "
             "FROM articles a ORDER BY ingested_at, id")
        rows = self.db.all(q + (" LIMIT ?" if limit else ""), (limit,) if limit else ())
        return rows

    def claims(self, article_id: str) -> list[Claim]:
        """An article's claims as records again, every span restored from its text."""
        art = self.db.one("SELECT text FROM articles WHERE id = ?", (article_id,))
        if art is None:
            raise StorageError("E303", f"article {article_id}")
        rows = self.db.all("SELECT * FROM claims WHERE article_id = ?", (article_id,))
        out = [_claim_of(r, art["text"]) for r in rows]
        return sorted(out, key=lambda c: (c.evidence.start, c.figure.span.start, c.id))

    def events(self, *, country: str | None = None, since: str | None = None,
               until: str | None = None, type: str | None = None,
               actor: str | None = None, limit: int | None = None,
               admin1: str | None = None,
               bbox: tuple[float, float, float, float] | None = None,
               ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
        """Events in the `tollbook events --format json` shape, oldest first.

        `admin1` is a first-order area's name (any case); `bbox` is (west, south, east,
        north) in degrees, west > east for a box across the antimeridian; `ids` keeps
        only those events (a page chosen from `event_points`)."""
        where, params = _event_where(country=country, since=since, until=until, type=type,
                                     actor=actor, admin1=admin1, bbox=bbox, ids=ids)
        q = "SELECT * FROM events WHERE " + where + " ORDER BY date_start, id"
        if limit:
            q += " LIMIT ?"
            params.append(limit)
        rows = self.db.all(q, params)
        return self._event_dicts(rows)

    def event_points(self, **filters: Any) -> list[dict[str, Any]]:
        """Matching events (the filters of `events`) as map points, oldest first:
        `{"id", "type", "place", "lat", "lon", "start", "end", "killed"}` (place is the
        place's name), killed being the best total of `events()` (the same
        `events.total`). A few columns and no JSON lists, so a map or a timeline over
        tens of thousands of events stays cheap."""
        where, params = _event_where(**filters)
        killed = Outcome.KILLED.value
        # One pass joins each event to its killed tallies: with one victim group (most
        # events) the total is that group's best under events.total, whatever the group,
        # since figures are never negative. Events with several groups are tallied below.
        rows = self.db.execute(
            "SELECT e.id, e.type, e.place_name, e.lat, e.lon, e.date_start, e.date_end, "
            "COUNT(t.event_id) AS n, MAX(t.best) AS best FROM (SELECT id, type, place_name, "
            "lat, lon, date_start, date_end FROM events WHERE " + where + ") e "
            "LEFT JOIN event_tallies t ON t.event_id = e.id AND t.outcome = ? "
            "GROUP BY e.id, e.type, e.place_name, e.lat, e.lon, e.date_start, e.date_end "
            "ORDER BY e.date_start, e.id", [*params, killed]).fetchall()
        groups: dict[int, list[GroupTally]] = {}
        if any(r["n"] > 1 for r in rows):
            for t in self.db.all(
                    "SELECT event_id, victim_group, low, best, high FROM event_tallies "
                    "WHERE outcome = ? AND event_id IN (SELECT event_id FROM event_tallies "
                    "WHERE outcome = ? GROUP BY event_id HAVING COUNT(*) > 1) "
                    "AND event_id IN (SELECT id FROM events WHERE " + where + ")",
                    [killed, killed, *params]):
                groups.setdefault(t["event_id"], []).append(GroupTally(
                    Outcome.KILLED, t["victim_group"], t["low"], t["best"], t["high"],
                    (), (), ()))
        out = []
        for r in rows:
            best = r["best"]
            if r["n"] > 1:
                best = ev.total(groups[r["id"]], Outcome.KILLED).best
            out.append({"id": r["id"], "type": r["type"], "place": r["place_name"],
                        "lat": r["lat"], "lon": r["lon"], "start": r["date_start"],
                        "end": r["date_end"], "killed": best})
        return out

    def _event_dicts(self, rows: list[dict]) -> list[dict[str, Any]]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ", ".join(["?"] * len(ids))
        tallies: dict[int, list[dict]] = {}
        for t in self.db.all(f"SELECT * FROM event_tallies WHERE event_id IN ({marks}) "
                             "ORDER BY event_id, outcome, victim_group", ids):
            tallies.setdefault(t["event_id"], []).append(t)
        return [_event_dict(r, tallies.get(r["id"], [])) for r in rows]

    def event(self, event_id: int | str) -> dict[str, Any]:
        """One event with its claims, evidence, each source's figures side by side, and
        its history (every figure in the order the reports came)."""
        try:
            eid = int(event_id)
        except (TypeError, ValueError):
            raise StorageError("E303", f"event {event_id!r}") from None
        rows = self.db.all("SELECT * FROM events WHERE id = ?", (eid,))
        if not rows:
            raise StorageError("E303", f"event {eid}")
        out = self._event_dicts(rows)[0]
        figs = self.db.all(
            "SELECT f.*, c.value, c.qualifier AS claim_qualifier, c.evidence_start, "
            "c.evidence_end, c.number_start, c.number_end, a.text, a.url, a.outlet, a.title, "
            "a.ingested_at FROM event_figures f "
            "JOIN claims c ON c.article_id = f.article_id AND c.claim_id = f.claim_id "
            "JOIN articles a ON a.id = f.article_id WHERE f.event_id = ? "
            "ORDER BY f.published, a.ingested_at, f.article_id, c.evidence_start", (eid,))
        claims, side = [], {}
        for f in figs:
            text = f.pop("text")
            claims.append({
                "article": f["article_id"], "claim": f["claim_id"], "outcome": f["outcome"],
                "victims": f["victim_group"], "figure": text[f["number_start"]:f["number_end"]],
                "low": f["low"], "best": f["best"], "high": f["high"], "source": f["source"],
                "published": f["published"], "ingested_at": f["ingested_at"],
                "part_of": f["part_of"], "outlet": f["outlet"], "url": f["url"],
                "evidence": {"start": f["evidence_start"], "end": f["evidence_end"],
                             "text": text[f["evidence_start"]:f["evidence_end"]]},
            })
            cell = side.setdefault(f["outcome"], {}).setdefault(f["victim_group"], {})
            cell.setdefault(f["source"], []).append(
                {"best": f["best"], "low": f["low"], "high": f["high"],
                 "figure": text[f["number_start"]:f["number_end"]],
                 "article": f["article_id"], "published": f["published"],
                 "part_of": f["part_of"]})
        out["claims"] = claims
        out["by_source"] = side
        out["history"] = [{k: c[k] for k in ("published", "ingested_at", "article", "claim",
                                              "outcome", "victims", "figure", "best",
                                              "source")} for c in claims]
        return out

    def area_totals(self, *, country: str | None = None, outcome: str | None = None,
                    scope: str | None = None) -> list[dict[str, Any]]:
        """Area totals and cumulative tolls as a time series, kept apart from events."""
        q, params = "SELECT * FROM area_totals WHERE 1 = 1", []
        for col, val in (("country", country), ("outcome", outcome), ("scope", scope)):
            if val:
                q += f" AND {col} = ?"
                params.append(val)
        rows = self.db.all(q + " ORDER BY country, date_end, published, article_id, claim_id",
                           params)
        return [{
            "article": r["article_id"], "claim": r["claim_id"], "scope": r["scope"],
            "outcome": r["outcome"], "place": _place_dict(r),
            "date": {"start": r["date_start"], "end": r["date_end"]},
            "low": r["low"], "best": r["best"], "high": r["high"], "source": r["source"],
            "published": r["published"],
        } for r in rows]

    def rejections(self) -> list[dict[str, Any]]:
        return self.db.all("SELECT doc_id, code, reason, origin, extraction_version "
                           "FROM rejections ORDER BY id")

    def stats(self) -> dict[str, Any]:
        """Row counts, rejections by code, and the schema version."""
        n = {t: self.db.one(f"SELECT COUNT(*) AS n FROM {t}")["n"]
             for t in ("articles", "claims", "events", "area_totals", "rejections")}
        n["rejected_by_code"] = {r["code"]: r["n"] for r in self.db.all(
            "SELECT code, COUNT(*) AS n FROM rejections GROUP BY code ORDER BY code")}
        n["schema_version"] = self.version
        n["database"] = self.db.dialect
        return n

    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table, sorted: for comparing two states of a store."""
        out = {}
        for t in self.db.tables():
            rows = self.db.all(f"SELECT * FROM {t}")
            out[t] = sorted(tuple(sorted((k, str(v)) for k, v in r.items())) for r in rows)
        return out

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _event_where(*, country: str | None = None, since: str | None = None,
                 until: str | None = None, type: str | None = None, actor: str | None = None,
                 admin1: str | None = None,
                 bbox: tuple[float, float, float, float] | None = None,
                 ids: Iterable[int] | None = None) -> tuple[str, list]:
    """The WHERE clause (over `events`) and its parameters for the event filters."""
    q, params = "1 = 1", []
    if ids is not None:
        ids = [int(i) for i in ids]
        q += f" AND id IN ({', '.join(['?'] * len(ids))})" if ids else " AND 1 = 0"
        params += ids
    if country:
        q += " AND UPPER(country) = UPPER(?)"
        params.append(country)
    if since:
        q += " AND date_end >= ?"
        params.append(since)
    if until:
        q += " AND date_start <= ?"
        params.append(until)
    if type:
        q += " AND (LOWER(type) = LOWER(?) OR LOWER(sub_type) = LOWER(?))"
        params += [type, type]
    if actor:
        q += " AND LOWER(actors) LIKE ?"
        params.append("%" + actor.lower() + "%")
    if admin1:
        q += " AND LOWER(admin1) = LOWER(?)"
        params.append(admin1)
    if bbox:
        west, south, east, north = bbox
        q += " AND lat BETWEEN ? AND ?"
        params += [south, north]
        if west <= east:
            q += " AND lon BETWEEN ? AND ?"
            params += [west, east]
        else:  # the box crosses the antimeridian
            q += " AND (lon >= ? OR lon <= ?)"
            params += [west, east]
    return q, params


# --- rows <-> records --------------------------------------------------------------------

_PLACE_COLS = "place_name, country, admin1, lat, lon, place_precision, geonameid"


def _place_row(p: Place | None) -> tuple:
    if p is None:
        return (None,) * 7
    return (p.name, p.country, p.admin1, p.lat, p.lon, p.precision.value, p.geonameid)


def _span_row(s: Span | None) -> tuple:
    return (s.start, s.end) if s else (None, None)


def _span(text: str, a: int | None, b: int | None) -> Span | None:
    return Span.of(text, a, b) if a is not None else None


def _place_of(r: dict, span: Span | None = None) -> Place | None:
    if r["place_name"] is None:
        return None
    return Place(name=r["place_name"], country=r["country"],
                 precision=PlacePrecision(r["place_precision"]), admin1=r["admin1"],
                 lat=r["lat"], lon=r["lon"], geonameid=r["geonameid"], span=span)


def _place_dict(r: dict) -> dict[str, Any] | None:
    if r["place_name"] is None:
        return None
    return {"name": r["place_name"], "country": r["country"], "admin1": r["admin1"],
            "lat": r["lat"], "lon": r["lon"], "precision": r["place_precision"],
            "geonameid": r["geonameid"]}


def _claim_of(r: dict, text: str) -> Claim:
    src_span = _span(text, r["source_start"], r["source_end"])
    return Claim(
        id=r["claim_id"], outcome=Outcome(r["outcome"]),
        figure=Figure(r["value"], Qualifier(r["qualifier"]), r["low"], r["high"], r["best"],
                      Span.of(text, r["number_start"], r["number_end"])),
        victims=_victims(r, text),
        source=Source(r["source"], src_span) if r["source"] is not None else None,
        place=_place_of(r, _span(text, r["place_start"], r["place_end"])),
        date=DateRange(r["date_start"], r["date_end"], DatePrecision(r["date_precision"]),
                       _span(text, r["date_span_start"], r["date_span_end"])),
        scope=Scope(r["scope"]),
        evidence=Span.of(text, r["evidence_start"], r["evidence_end"]),
        part_of=r["part_of"],
        mentions=tuple(Span.of(text, a, b) for a, b in json.loads(r["mentions"])),
    )


def _victims(r: dict, text: str):
    from ..model import Victims

    return Victims(VictimType(r["victim_type"]), r["victim_actor"],
                   _span(text, r["victims_start"], r["victims_end"]))


def _event_row(e: Event) -> tuple:
    return (e.type, e.sub_type, *_place_row(e.place), e.date.start, e.date.end,
            e.date.precision.value,
            json.dumps([{"name": a.name, "kind": a.kind.value} for a in e.actors]))


def _span_days(e: Event) -> int | None:
    """Days from an event's first to its last day (stored dates are whole ISO days)."""
    if e.date.start is None or e.date.end is None:
        return None
    return (date.fromisoformat(e.date.end) - date.fromisoformat(e.date.start)).days


def _event_of(r: dict) -> Event:
    actors = tuple(Actor(a["name"], ActorKind(a["kind"])) for a in json.loads(r["actors"]))
    return Event(type=r["type"], sub_type=r["sub_type"], place=_place_of(r),
                 date=DateRange(r["date_start"], r["date_end"],
                                DatePrecision(r["date_precision"])),
                 actors=actors, figures=(), id=r["id"])


def _figure_of(r: dict) -> EventFigure:
    return EventFigure(
        article_id=r["article_id"], claim_id=r["claim_id"], outcome=Outcome(r["outcome"]),
        group=r["victim_group"], low=r["low"], best=r["best"], high=r["high"],
        source=r["source"], published=r["published"], part_of=r["part_of"],
        qualifier=Qualifier(r["qualifier"]))


def _event_dict(r: dict, tallies: list[dict]) -> dict[str, Any]:
    """The `tollbook events --format json` shape."""
    actors = json.loads(r["actors"])
    out: dict[str, Any] = {
        "id": r["id"], "type": r["type"], "sub_type": r["sub_type"],
        "place": _place_dict(r) or {"name": None, "country": None, "admin1": None,
                                    "lat": None, "lon": None, "precision": "unknown"},
        "date": {"start": r["date_start"], "end": r["date_end"],
                 "precision": r["date_precision"]},
        "actors": [a["name"] for a in actors],
        "actor_kinds": {a["name"]: a["kind"] for a in actors},
    }
    sources, articles = set(), set()
    grouped: dict[str, list] = {}
    for t in tallies:
        grouped.setdefault(t["outcome"], []).append(t)
    for outcome in [o.value for o in Outcome]:
        ts = grouped.get(outcome, [])
        if not ts and outcome not in ("killed", "wounded"):
            continue
        recs = [_group_tally(t) for t in ts]
        tot = ev.total(recs, Outcome(outcome))
        out[outcome] = {
            "total": tot.to_dict() if tot else {"low": None, "best": None, "high": None},
            "by_victims": {t["victim_group"]: {
                "low": t["low"], "best": t["best"], "high": t["high"],
                "n_sources": t["n_sources"], "sources": json.loads(t["sources"]),
                "claims": json.loads(t["claims"]), "articles": json.loads(t["articles"]),
            } for t in ts},
        }
        for t in ts:
            sources.update(json.loads(t["sources"]))
            articles.update(json.loads(t["articles"]))
    out["sources"] = list(ev.source_names(sources))
    out["articles"] = sorted(articles)
    out["n_sources"] = len(out["sources"])
    return out


def _group_tally(t: dict):
    from ..model import GroupTally

    return GroupTally(Outcome(t["outcome"]), t["victim_group"], t["low"], t["best"], t["high"],
                      tuple(json.loads(t["claims"])), tuple(json.loads(t["sources"])),
                      tuple(json.loads(t["articles"])))


__all__ = ["open_store", "Store", "IngestResult", "text_hash"]
