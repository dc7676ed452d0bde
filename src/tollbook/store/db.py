"""One database layer for SQLite and PostgreSQL: SQL is written once, with `?` placeholders.

The dialect shim is small on purpose: placeholders (`?` -> `%s`), the autoincrement
column type, a date difference for a migration, and the writer lock. Everything else
(ON CONFLICT, RETURNING, CASCADE) both engines understand alike.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import StorageError

DEFAULT_PATH = "tollbook.db"
# pg_advisory_xact_lock key taken by every writing transaction: matching a new article's
# events against stored ones must see every earlier article's events, so writers queue.
WRITE_LOCK = 0x70_11_B0_0C
MIGRATE_LOCK = WRITE_LOCK + 1

_TYPES = {
    "sqlite": {"serial": "INTEGER PRIMARY KEY AUTOINCREMENT",
               "span_days": "CAST(julianday(date_end) - julianday(date_start) AS INTEGER)"},
    "postgresql": {"serial": "BIGSERIAL PRIMARY KEY",
                   "span_days": "(CAST(date_end AS DATE) - CAST(date_start AS DATE))"},
}


def parse_url(url: str | None) -> tuple[str, str]:
    """(dialect, target): a file path, sqlite:///path or postgresql://... ."""
    url = url or os.environ.get("TOLLBOOK_DB") or DEFAULT_PATH
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql", url
    if url.startswith("sqlite:///"):
        return "sqlite", url[len("sqlite:///"):] or ":memory:"
    if "://" in url:
        raise StorageError("E301", f"unknown database scheme in {url!r}")
    return "sqlite", url


class Database:
    """A connection with the dialect shim; rows come back as dicts."""

    def __init__(self, url: str | None = None):
        self.dialect, target = parse_url(url)
        try:
            if self.dialect == "sqlite":
                # Autocommit mode: transactions are opened explicitly by transaction().
                self.conn = sqlite3.connect(target, isolation_level=None, timeout=60)
                self.conn.row_factory = sqlite3.Row
                self.conn.execute("PRAGMA foreign_keys = ON")
                self.conn.execute("PRAGMA journal_mode = WAL")
            else:
                import psycopg
                from psycopg.rows import dict_row

                self.conn = psycopg.connect(target, autocommit=True, row_factory=dict_row)
        except Exception as e:  # sqlite3.Error, psycopg.Error, OSError: all one story
            raise StorageError("E301", f"{_redact(target)}: {e}".strip()) from None
        self._depth = 0

    def sql(self, query: str) -> str:
        """The query in this dialect: placeholders and column types."""
        query = query.format(**_TYPES[self.dialect])
        return query.replace("?", "%s") if self.dialect == "postgresql" else query

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.sql(query), tuple(params))

    def all(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.execute(query, params).fetchall()]

    def one(self, query: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        row = self.execute(query, params).fetchone()
        return dict(row) if row is not None else None

    def script(self, statements: Sequence[str]) -> None:
        for s in statements:
            self.execute(s)

    @contextmanager
    def transaction(self, lock: int | None = WRITE_LOCK) -> Iterator[None]:
        """One transaction; on PostgreSQL it first takes advisory lock `lock`. SQLite's
        BEGIN IMMEDIATE already lets one writer in at a time."""
        if self._depth:
            raise StorageError("E304", "nested transaction")
        self._depth = 1
        try:
            if self.dialect == "sqlite":
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
                self.conn.execute("COMMIT")
            else:
                with self.conn.transaction():
                    if lock is not None:
                        self.execute("SELECT pg_advisory_xact_lock(?)", (lock,))
                    yield
        finally:
            self._depth = 0

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A part of the open transaction that fails alone: on an error only its own
        statements are undone, and the transaction goes on."""
        if not self._depth:
            raise StorageError("E304", "savepoint outside a transaction")
        if self.dialect == "postgresql":
            with self.conn.transaction():  # psycopg nests as SAVEPOINT / RELEASE
                yield
            return
        self.conn.execute("SAVEPOINT part")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK TO part")
            self.conn.execute("RELEASE part")
            raise
        self.conn.execute("RELEASE part")

    @property
    def in_transaction(self) -> bool:
        return bool(self._depth)

    def tables(self) -> list[str]:
        if self.dialect == "sqlite":
            rows = self.all("SELECT name FROM sqlite_master WHERE type = 'table' "
                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")
        else:
            rows = self.all("SELECT table_name AS name FROM information_schema.tables "
                            "WHERE table_schema = current_schema() ORDER BY table_name")
        return [r["name"] for r in rows]

    def close(self) -> None:
        self.conn.close()


def _redact(target: str) -> str:
    """The URL without its password, for error messages."""
    if "://" in target and "@" in target:
        scheme, rest = target.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}@{host}"
    return target
