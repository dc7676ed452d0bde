"""The batch on a real Dask cluster: a scheduler and two workers on loopback, PostgreSQL."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from test_batch import comparable, gva
from test_warc import make_warc, page
from tollbook import batch
from tollbook.store import open_store

DASK = str(Path(sys.executable).with_name("dask"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def scheduler(tmp_path):
    """tcp://127.0.0.1:PORT with two single-threaded workers; all stopped afterwards."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], stderr=subprocess.DEVNULL)]
    for i in range(2):
        procs.append(subprocess.Popen(
            [DASK, "worker", address, "--host", "127.0.0.1", "--nthreads", "1",
             "--no-dashboard", "--name", f"w{i}", "--local-directory", str(tmp_path / f"w{i}")],
            stderr=subprocess.DEVNULL))
    from distributed import Client

    with Client(address, timeout=30) as c:
        c.wait_for_workers(2, timeout=60)
    yield address
    for p in reversed(procs):
        p.terminate()
    for p in procs:
        p.wait(timeout=30)


def _own_database(pg_url: str) -> str:
    """A fresh database of this test's own, so other store tests on the server are left be."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS tollbook_batch_test")
        conn.execute("CREATE DATABASE tollbook_batch_test")
    return pg_url.rsplit("/", 1)[0] + "/tollbook_batch_test"


def test_dask_cluster_into_postgresql_equals_local_run(tmp_path, shared, scheduler, pg_url):
    rows = gva(shared, 16)
    src = tmp_path / "in"
    src.mkdir()
    make_warc(src / "c.warc.gz", [(f"https://news.example/{i}", page(r["text"]))
                                  for i, r in enumerate(rows)])
    (src / "empty.html").write_text("<html><body></body></html>")
    local = str(tmp_path / "local.db")
    expect = batch.run([str(src)], local, workers=1, progress=False)

    pg_url = _own_database(pg_url)
    got = batch.run([str(src)], pg_url, cluster=scheduler, progress=False,
                    journal=str(tmp_path / "pg.journal"))
    assert (got.articles, got.claims, dict(got.rejected)) == \
        (expect.articles, expect.claims, dict(expect.rejected))
    with open_store(pg_url) as s:
        assert s.stats()["articles"] == expect.articles
    assert comparable(pg_url)["claims"] == comparable(local)["claims"]

    from distributed import Client

    with Client(scheduler) as c:  # the plugin loaded the pipeline on both workers
        warm = c.run(lambda: __import__("tollbook.batch").batch._warm)
        assert list(warm.values()) == [True, True]
    again = batch.run([str(src)], pg_url, cluster=scheduler, progress=False,
                      journal=str(tmp_path / "pg.journal"))
    assert again.done == 0
