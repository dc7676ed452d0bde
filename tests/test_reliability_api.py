"""The API under a short load and every attack, against a real `tollbook serve` process.

tests/test_api.py covers tokens, SQL injection and path parameters in-process through
FastAPI's TestClient; this drives a real server over loopback (the same checks as
make check-reliability, smaller), adding the early refusal of a declared-only body.
"""

from __future__ import annotations

import pytest

from tollbook.reliability import api


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    d = tmp_path_factory.mktemp("api")
    db = str(d / "api.db")
    api.seed_store(db, n=16)
    p = api.serve(db, 8731)
    yield db, 8731
    p.terminate()
    p.wait(timeout=30)


@pytest.mark.slow
def test_short_load_has_no_errors(server):
    _db, port = server
    out = api.load(port, count=150, seconds=20, concurrency=4)
    assert out["reads"]["errors"] == 0 and out["extract"]["errors"] == 0, out
    assert out["reads"]["requests"] == 150


def test_every_attack_is_refused_and_the_store_is_unchanged(server):
    db, port = server
    out = api.attacks(port, db)
    assert out["failures"] == [] and out["tried"] >= 60, out
