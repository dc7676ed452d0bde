"""Exports: ACLED and UCDP columns, GeoJSON, JSON, through the command and the library."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from storekit import TALKALAKH, claim, extraction, report
from tollbook import export
from tollbook.model import VictimType
from tollbook.store import open_store

TOLLBOOK = str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "tollbook")


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "x.db"))
    s.ingest(report("afp", 23, "Observatory"))
    s.ingest(report("voa", 28, "activists"))
    text = "An air strike on Tallkalakh killed 7 civilians on Sunday."
    s.ingest(extraction("strike", text, [claim(
        text, "c1", "7", victims="civilians", vtype=VictimType.CIVILIANS,
        place=dict(TALKALAKH, mention="Tallkalakh"))]))
    yield s
    s.close()


def _csv(store, fmt):
    out = io.StringIO()
    export.write(store, fmt, out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_acled_fatalities_are_conservative(store):
    rows = {r["location"]: r for r in _csv(store, "acled")}
    fight = rows["Al Qusayr"]
    assert set(export.ACLED_COLUMNS) == set(fight)
    assert (fight["event_type"], fight["sub_event_type"]) == ("Battles", "Armed clash")
    assert fight["fatalities"] == "23"  # lowest reliable figure, not the best (28)
    assert fight["time_precision"] == "1" and fight["geo_precision"] == "1"
    assert fight["admin1"] == "Homs" and fight["event_date"] == "2013-05-19"
    assert rows["Tallkalakh"]["sub_event_type"] == "Air/drone strike"


def test_ucdp_splits_deaths_by_side(store):
    rows = {r["where_coordinates"]: r for r in _csv(store, "ucdp")}
    fight = rows["Al Qusayr"]
    assert (fight["best"], fight["low"], fight["high"]) == ("28", "23", "28")
    assert fight["deaths_b"] == "28" and fight["deaths_a"] == "0"
    assert fight["number_of_sources"] == "2"
    assert "rebels" in fight["side_b"] and "government forces" in fight["side_a"]
    assert rows["Tallkalakh"]["deaths_civilians"] == "7"


def test_geojson_has_one_feature_an_event(store):
    out = io.StringIO()
    export.write(store, "geojson", out)
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    f = next(f for f in fc["features"] if f["properties"]["place"] == "Al Qusayr")
    lon, lat = f["geometry"]["coordinates"]
    assert abs(lat - 34.51) < 0.01 and abs(lon - 36.58) < 0.01
    assert f["properties"]["killed"]["total"]["best"] == 28


def test_export_and_events_commands(store, tmp_path):
    db = str(tmp_path / "x.db")
    target = tmp_path / "out.json"
    run = subprocess.run([TOLLBOOK, "export", "--format", "json", "--db", db, "--output",
                          str(target)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert len(json.loads(target.read_text())["events"]) == 2
    run = subprocess.run([TOLLBOOK, "events", "--db", db, "--format", "json", "--type",
                          "Battles"], capture_output=True, text=True)
    (e,) = json.loads(run.stdout)
    for key in ("id", "type", "sub_type", "place", "date", "actors", "killed", "wounded",
                "sources", "articles"):
        assert key in e
    assert set(e["place"]) >= {"name", "country", "admin1", "lat", "lon", "precision"}
    assert set(e["killed"]["by_victims"]["rebels"]) >= {"low", "best", "high", "sources",
                                                         "claims"}
    run = subprocess.run([TOLLBOOK, "show", str(e["id"]), "--db", db], capture_output=True,
                         text=True)
    assert run.returncode == 0 and "history:" in run.stdout and "'28'" in run.stdout
    run = subprocess.run([TOLLBOOK, "show", "999", "--db", db], capture_output=True, text=True)
    assert run.returncode == 2 and "[E303]" in run.stderr
