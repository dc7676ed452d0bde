"""The schema, as numbered migrations recorded in `schema_migrations`.

Plain tables any SQL tool can open. Spans are stored as offsets into `articles.text`
(the surface is that slice); lists are JSON text. A migration, once released, is never
edited: a change is a new number.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..errors import StorageError
from .db import MIGRATE_LOCK, Database

_PLACE = ("place_name TEXT, country TEXT, admin1 TEXT, lat DOUBLE PRECISION, "
          "lon DOUBLE PRECISION, place_precision TEXT, geonameid INTEGER")

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "articles, claims, events, tallies, area totals, rejections", [
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            url TEXT UNIQUE,
            text_hash TEXT NOT NULL UNIQUE,
            title TEXT, outlet TEXT, published TEXT, origin TEXT, language TEXT,
            cut_at INTEGER,
            text TEXT NOT NULL,
            extraction_version TEXT NOT NULL,
            ingested_at TEXT NOT NULL)""",
        f"""CREATE TABLE claims (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            claim_id TEXT NOT NULL,
            outcome TEXT NOT NULL,
            value INTEGER NOT NULL, qualifier TEXT NOT NULL,
            low INTEGER, high INTEGER, best INTEGER NOT NULL,
            victim_type TEXT NOT NULL, victim_actor TEXT, victim_group TEXT NOT NULL,
            source TEXT,
            {_PLACE},
            date_start TEXT, date_end TEXT, date_precision TEXT NOT NULL,
            scope TEXT NOT NULL, part_of TEXT,
            evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
            number_start INTEGER NOT NULL, number_end INTEGER NOT NULL,
            victims_start INTEGER, victims_end INTEGER,
            source_start INTEGER, source_end INTEGER,
            place_start INTEGER, place_end INTEGER,
            date_span_start INTEGER, date_span_end INTEGER,
            mentions TEXT NOT NULL,
            PRIMARY KEY (article_id, claim_id))""",
        f"""CREATE TABLE events (
            id {{serial}},
            type TEXT NOT NULL, sub_type TEXT NOT NULL,
            {_PLACE},
            date_start TEXT, date_end TEXT, date_precision TEXT NOT NULL,
            actors TEXT NOT NULL)""",
        "CREATE INDEX events_country_date ON events (country, date_start)",
        """CREATE TABLE event_figures (
            article_id TEXT NOT NULL, claim_id TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            outcome TEXT NOT NULL, victim_group TEXT NOT NULL,
            low INTEGER NOT NULL, best INTEGER NOT NULL, high INTEGER NOT NULL,
            source TEXT NOT NULL, published TEXT, part_of TEXT, qualifier TEXT NOT NULL,
            PRIMARY KEY (article_id, claim_id),
            FOREIGN KEY (article_id, claim_id) REFERENCES claims (article_id, claim_id)
                ON DELETE CASCADE)""",
        "CREATE INDEX event_figures_event ON event_figures (event_id)",
        """CREATE TABLE event_tallies (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            outcome TEXT NOT NULL, victim_group TEXT NOT NULL,
            low INTEGER NOT NULL, best INTEGER NOT NULL, high INTEGER NOT NULL,
            n_sources INTEGER NOT NULL,
            sources TEXT NOT NULL, claims TEXT NOT NULL, articles TEXT NOT NULL,
            PRIMARY KEY (event_id, outcome, victim_group))""",
        f"""CREATE TABLE area_totals (
            article_id TEXT NOT NULL, claim_id TEXT NOT NULL,
            scope TEXT NOT NULL, outcome TEXT NOT NULL,
            {_PLACE},
            date_start TEXT, date_end TEXT,
            low INTEGER, best INTEGER NOT NULL, high INTEGER,
            source TEXT, published TEXT,
            PRIMARY KEY (article_id, claim_id),
            FOREIGN KEY (article_id, claim_id) REFERENCES claims (article_id, claim_id)
                ON DELETE CASCADE)""",
        """CREATE TABLE rejections (
            id {serial},
            doc_id TEXT NOT NULL, code TEXT NOT NULL, reason TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT '',
            extraction_version TEXT NOT NULL,
            UNIQUE (doc_id, origin, code))""",
    ]),
    # Plain text, no foreign key: replacing the original (delete, insert) keeps the link.
    (2, "articles.syndicated_of: the first telling of the story a near-copy repeats", [
        "ALTER TABLE articles ADD COLUMN syndicated_of TEXT",
    ]),
    # Event matching reads stored events by country and date range; bounding the range
    # from below needs the widest span of any event, read from this index, not a scan.
    (3, "events.span_days: each event's span in days, for bounded candidate lookups", [
        "ALTER TABLE events ADD COLUMN span_days INTEGER",
        "UPDATE events SET span_days = {span_days} "
        "WHERE date_start IS NOT NULL AND date_end IS NOT NULL",
        "CREATE INDEX events_country_span ON events (country, span_days)",
    ]),
]

LATEST = MIGRATIONS[-1][0]


def migrate(db: Database) -> int:
    """Apply the migrations the database lacks; the schema version it ends at."""
    with db.transaction(lock=MIGRATE_LOCK):
        db.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                   "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        row = db.one("SELECT MAX(version) AS v FROM schema_migrations")
        current = (row or {}).get("v") or 0
        if current > LATEST:
            raise StorageError("E302", f"database at version {current}, tollbook knows {LATEST}")
        for version, name, statements in MIGRATIONS:
            if version > current:
                db.script(statements)
                db.execute("INSERT INTO schema_migrations (version, name, applied_at) "
                           "VALUES (?, ?, ?)",
                           (version, name, datetime.now(UTC).isoformat(timespec="seconds")))
    return max(current, LATEST)
