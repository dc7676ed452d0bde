"""Short versions of the crash and concurrency checks (the long ones: make check-reliability).

tests/test_batch.py already kills `tollbook batch` three times on SQLite; these add the
same on PostgreSQL, the canonical comparison that forgives skipped serial ids, WAL mode,
and concurrent writers with the API reading.
"""

from __future__ import annotations

import pytest

from tollbook.reliability import crashes


def test_sqlite_store_runs_in_wal_mode(tmp_path):
    # A killed writer leaves a WAL to replay, never a half-written main file.
    assert crashes.wal_mode(str(tmp_path / "w.db")) == "wal"


@pytest.mark.slow
@pytest.mark.postgres
def test_kill_9_on_postgresql_then_resume_equals_an_uninterrupted_run(tmp_path, pg_url, shared):
    res = crashes.pg_kills(tmp_path, pg_url, kills=2, shared=shared)
    assert res.kills == 2
    assert (res.rows_lost, res.rows_extra, res.restarts_failed) == (0, 0, 0), res


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_writers_on_postgresql_lose_and_double_nothing(tmp_path, pg_url, shared,
                                                                   writers):
    res = crashes.concurrent(tmp_path, pg_url, writers, shared, port=8740 + writers)
    assert res.errors == []
    assert (res.lost, res.duplicates) == (0, 0)
    assert res.reads > 0  # the API really served reads while the writers wrote


def test_canonical_dump_forgives_serial_gaps_but_not_lost_rows(tmp_path):
    from tollbook import pipeline
    from tollbook.model import Article
    from tollbook.store import open_store

    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    text = "At least 12 people were killed in Kabul on Sunday, police said."
    with open_store(a) as s:
        s.ingest(pipeline.run(Article("x", text)))
    with open_store(b) as s:
        s.db.execute("INSERT INTO events (type, sub_type, date_precision, actors) "
                     "VALUES ('t', 's', 'day', '[]')")
        s.db.execute("DELETE FROM events")  # the id sequence moved on, as after a kill
        s.ingest(pipeline.run(Article("x", text)))
    assert crashes.canonical(a) == crashes.canonical(b)
    with open_store(b) as s:
        s.db.execute("DELETE FROM event_tallies")
    assert crashes.diff(crashes.canonical(a), crashes.canonical(b))[0] > 0
