"""Events out: ACLED and UCDP GED columns, GeoJSON, JSON, and the tables people read.

Input is the event dicts of Store.events() / Store.event(); nothing here touches the
database, so the batch runner and the API can reuse every function.

Conventions (documented in the README):
- ACLED `fatalities` is conservative: the sum over victim groups of each group's low,
  i.e. the lowest reliable figure.
- UCDP `best`/`low`/`high` are the event's killed totals; `deaths_a` counts the groups
  of the state side, `deaths_b` every other armed group, `deaths_civilians` civilians,
  `deaths_unknown` unstated people, each at its best figure.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type",
                 "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
                 "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"]
UCDP_COLUMNS = ["id", "date_start", "date_end", "side_a", "side_b", "country", "adm_1",
                "where_coordinates", "latitude", "longitude", "where_prec", "date_prec",
                "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low",
                "high", "source_original", "number_of_sources"]

# ACLED geo_precision: 1 the town itself, 2 near it or a district, 3 a province or wider.
_ACLED_GEO = {"town": 1, "district": 2, "province": 3, "country": 3}
# UCDP where_prec: 1 exact place, 3 second-order division, 4 first-order, 6 country.
_UCDP_WHERE = {"town": 1, "district": 3, "province": 4, "country": 6}
# Victim groups that are the state side when the actors do not say otherwise.
_STATE_WORDS = ("soldiers", "police", "troops", "army", "government", "security forces")


def _killed(e: dict) -> dict:
    return e.get("killed") or {"total": {"low": None, "best": None, "high": None},
                               "by_victims": {}}


def _days_between(a: str | None, b: str | None) -> int | None:
    from datetime import date

    if not a or not b or len(a) != 10 or len(b) != 10:
        return None
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def _time_precision(e: dict) -> int:
    """ACLED: 1 the day, 2 within a week, 3 within a month."""
    span = _days_between(e["date"]["start"], e["date"]["end"])
    if span is None:
        return 3
    return 1 if span == 0 else 2 if span < 7 else 3


def _sides(e: dict) -> tuple[list[str], list[str]]:
    """(state side, other armed side) actor names."""
    kinds = e.get("actor_kinds", {})
    a = [n for n in e["actors"] if kinds.get(n) == "state forces"]
    b = [n for n in e["actors"] if kinds.get(n) in ("rebels", "militia", "external")]
    return a, b


def _group_side(group: str, e: dict) -> str:
    if group in ("civilians", "unknown"):
        return group
    kinds = e.get("actor_kinds", {})
    g = group.lower()
    if kinds.get(group) == "state forces" or any(w in g for w in _STATE_WORDS):
        return "a"
    return "b"


def acled_rows(events: list[dict]) -> list[dict[str, Any]]:
    """One row an event in ACLED's columns."""
    out = []
    for e in events:
        a, b = _sides(e)
        actor1 = (a + b)[0] if a + b else ""
        others = [n for n in e["actors"] if n != actor1]
        if e["type"] == "Violence against civilians" and "civilians" in e["actors"]:
            others = ["civilians"]
        killed = _killed(e)
        p = e["place"]
        start = e["date"]["start"] or ""
        out.append({
            "event_id_cnty": f"{p['country'] or 'XX'}{e['id']}",
            "event_date": start, "year": start[:4],
            "time_precision": _time_precision(e),
            "event_type": e["type"], "sub_event_type": e["sub_type"],
            "actor1": actor1, "actor2": others[0] if others else "",
            "country": p["country"] or "", "admin1": p["admin1"] or "",
            "location": p["name"] or "", "latitude": p["lat"], "longitude": p["lon"],
            "geo_precision": _ACLED_GEO.get(p["precision"], 3),
            "source": "; ".join(e["sources"]),
            "notes": _notes(e),
            "fatalities": killed["total"]["low"] or 0,
        })
    return out


def _notes(e: dict) -> str:
    parts = []
    for outcome in ("killed", "wounded"):
        for g, t in (e.get(outcome) or {}).get("by_victims", {}).items():
            parts.append(f"{g} {outcome} {t['low']}-{t['high']} (best {t['best']}, "
                         f"{t['n_sources']} sources)")
    return "; ".join(parts)


def ucdp_rows(events: list[dict]) -> list[dict[str, Any]]:
    """One row an event in UCDP GED's columns."""
    out = []
    for e in events:
        a, b = _sides(e)
        killed = _killed(e)
        deaths = {"a": 0, "b": 0, "civilians": 0, "unknown": 0}
        for g, t in killed["by_victims"].items():
            deaths[_group_side(g, e)] += t["best"]
        span = _days_between(e["date"]["start"], e["date"]["end"])
        p = e["place"]
        out.append({
            "id": e["id"], "date_start": e["date"]["start"], "date_end": e["date"]["end"],
            "side_a": "; ".join(a), "side_b": "; ".join(b), "country": p["country"] or "",
            "adm_1": p["admin1"] or "", "where_coordinates": p["name"] or "",
            "latitude": p["lat"], "longitude": p["lon"],
            "where_prec": _UCDP_WHERE.get(p["precision"], 6),
            "date_prec": 5 if span is None else 1 if span == 0 else 2 if span < 7 else 4,
            "deaths_a": deaths["a"], "deaths_b": deaths["b"],
            "deaths_civilians": deaths["civilians"], "deaths_unknown": deaths["unknown"],
            "best": killed["total"]["best"] or 0, "low": killed["total"]["low"] or 0,
            "high": killed["total"]["high"] or 0,
            "source_original": "; ".join(e["sources"]),
            "number_of_sources": e.get("n_sources", len(e["sources"])),
        })
    return out


def geojson(events: list[dict]) -> dict[str, Any]:
    """A FeatureCollection, one Feature an event; events without coordinates are left
    out of the features and counted in `unplaced`."""
    feats = []
    for e in events:
        p = e["place"]
        if p["lat"] is None or p["lon"] is None:
            continue
        props = {k: v for k, v in e.items() if k != "place"}
        props.update({"place": p["name"], "country": p["country"], "admin1": p["admin1"],
                      "precision": p["precision"]})
        feats.append({"type": "Feature", "id": e["id"],
                      "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
                      "properties": props})
    return {"type": "FeatureCollection", "features": feats,
            "unplaced": len(events) - len(feats)}


def write(store, fmt: str, out: IO[str]) -> None:
    """Export every stored event in `fmt` (acled, ucdp, geojson, json) to `out`."""
    events = store.events()
    if fmt in ("acled", "ucdp"):
        cols, rows = (ACLED_COLUMNS, acled_rows(events)) if fmt == "acled" else (
            UCDP_COLUMNS, ucdp_rows(events))
        w = csv.DictWriter(out, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    elif fmt == "geojson":
        json.dump(geojson(events), out, ensure_ascii=False)
        out.write("\n")
    else:
        json.dump({"events": events, "area_totals": store.area_totals()}, out,
                  ensure_ascii=False, indent=2)
        out.write("\n")


# --- for people ----------------------------------------------------------------------------

def event_table(events: list[dict]) -> tuple[list[str], list[list[Any]]]:
    """The columns of `tollbook events --format table|csv`."""
    head = ["id", "date", "type", "place", "country", "actors", "killed", "low", "high",
            "wounded", "sources"]
    rows = []
    for e in events:
        k = _killed(e)["total"]
        w = (e.get("wounded") or {}).get("total") or {}
        d = e["date"]["start"] or "?"
        if e["date"]["end"] and e["date"]["end"] != e["date"]["start"]:
            d += ".." + e["date"]["end"][5:]
        rows.append([e["id"], d, e["sub_type"], e["place"]["name"] or "-",
                     e["place"]["country"] or "-", ", ".join(e["actors"]),
                     _s(k["best"]), _s(k["low"]), _s(k["high"]), _s(w.get("best")),
                     e.get("n_sources", len(e["sources"]))])
    return head, rows


def format_events(events: list[dict]) -> str:
    head, rows = event_table(events)
    if not rows:
        return "no events\n"
    rows = [[_cut(str(x), 40) for x in r] for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=False)]
    lines = ["  ".join(str(x).ljust(w) for x, w in zip(r, widths, strict=False)).rstrip()
             for r in [head, *rows]]
    return "\n".join(lines) + "\n"


def format_event(e: dict) -> str:
    """`tollbook show`: the event, each source's figures side by side, evidence, history."""
    p = e["place"]
    lines = [f"event {e['id']}: {e['type']} / {e['sub_type']}",
             f"  place   {p['name'] or '-'}, {p['admin1'] or '-'}, {p['country'] or '-'} "
             f"({p['precision']}; {p['lat']}, {p['lon']})",
             f"  date    {e['date']['start']} .. {e['date']['end']}",
             f"  actors  {', '.join(e['actors']) or '-'}", ""]
    for outcome, groups in e.get("by_source", {}).items():
        tally = e.get(outcome, {})
        t = tally.get("total", {})
        lines.append(f"{outcome}: best {_s(t.get('best'))} (low {_s(t.get('low'))}, "
                     f"high {_s(t.get('high'))})")
        for group, by_src in groups.items():
            g = tally.get("by_victims", {}).get(group)
            summary = (f"best {g['best']} (low {g['low']}, high {g['high']}), "
                       f"sources {g['n_sources']}" if g else "not counted: part of another figure")
            lines.append(f"  {group}: {summary}")
            for src, figs in by_src.items():
                cells = "; ".join(f"{f['figure']!r} [{f['article']}, {f['published'] or '?'}]"
                                  + (f" part of {f['part_of']}" if f["part_of"] else "")
                                  for f in figs)
                lines.append(f"    {_cut(src, 36):36}  {cells}")
        lines.append("")
    lines.append("evidence:")
    sentences: dict[tuple, list[str]] = {}  # one sentence often states several figures
    for c in e.get("claims", []):
        key = (c["article"], c["evidence"]["start"], c["evidence"]["text"])
        sentences.setdefault(key, []).append(c["claim"])
    for (article, _, text), ids in sentences.items():
        lines.append(f"  [{article} {','.join(ids)}] {text}")
    lines.append("")
    lines.append("history:")
    for h in e.get("history", []):
        lines.append(f"  {h['published'] or '?'}  {h['article']} {h['claim']}: "
                     f"{h['victims']} {h['outcome']} {h['figure']!r} ({h['source']})")
    return "\n".join(lines) + "\n"


def _s(v) -> str:
    return "-" if v is None else str(v)


def _cut(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "\u2026"
