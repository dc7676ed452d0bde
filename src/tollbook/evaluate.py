"""Scores extraction against gold readings and labelled dev case files.

Gold files (../shared/gold/*.json, format in their README): a predicted claim matches a
gold claim when the outcome and value are equal and its evidence overlaps a gold
evidence snippet; matched claims are then scored field by field. Predictions on a
`not_claims` snippet count as false positives.

Dev case files (../shared/data/dev/*.jsonl): exact match of totals.killed.best (and
wounded where the set has it) against the coded figure, on non-zero cases, overall, and
the false-positive rate on zero cases. ACLED cases flagged `acled_rule` are scored apart.
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from . import pipeline
from .errors import InputError
from .model import Claim, Extraction, Outcome, km
from .read import parse_date, read_text

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
FLOORS = ROOT / "eval_floors.json"
FIELDS = ("qualifier", "low", "high", "victims.type", "victims.actor", "source", "place",
          "date", "scope", "part_of")


def default_gold_dir() -> Path:
    return SHARED / "gold"


def default_dev_dir() -> Path:
    return SHARED / "data" / "dev"


def default_invented_dir() -> Path:
    """Invented wire reports with gold readings that ship in the repository (eval/invented):
    a gate that runs on any clone, ../shared or not."""
    return ROOT / "eval" / "invented"


# --- gold files --------------------------------------------------------------------------

def _norm(s: Any) -> str:
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\b(the|a|an|al|el|to|of|for|from)\b", " ", s)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def _as_list(v: Any) -> list:
    return v if isinstance(v, list) else [v]


def _text_matches(pred: str | None, gold: Any) -> bool:
    """Names agree when one normalised form contains the other (any listed gold form)."""
    for g in _as_list(gold):
        if g is None or pred is None:
            if g is None and pred is None:
                return True
            continue
        a, b = _norm(pred), _norm(g)
        if a and b and (a in b or b in a):
            return True
    return False


def _occurrences(text: str, snippet: str) -> list[tuple[int, int]]:
    out = []
    start = text.find(snippet)
    while start >= 0:
        out.append((start, start + len(snippet)))
        start = text.find(snippet, start + 1)
    return out


def _spans(c: Claim) -> list[tuple[int, int]]:
    return [(c.evidence.start, c.evidence.end)] + [(m.start, m.end) for m in c.mentions]


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


def _field_ok(field: str, c: Claim, g: dict, id_map: dict[str, str]) -> bool | None:
    """Whether a matched claim's field is right; None when the gold does not score it."""
    f = c.figure
    if field == "qualifier":
        return f.qualifier.value in _as_list(g["qualifier"])
    if field == "low":
        return f.low == g.get("low")
    if field == "high":
        return f.high == g.get("high")
    if field == "victims.type":
        return c.victims.type.value in _as_list(g["victims"]["type"])
    if field == "victims.actor":
        return _text_matches(c.victims.actor, g["victims"].get("actor"))
    if field == "source":
        return _text_matches(c.source.name if c.source else None, g.get("source"))
    if field == "place":
        gp = g.get("place") or {}
        if c.place is None:
            return False
        if gp.get("lat") is not None and c.place.lat is not None:
            if km(gp["lat"], gp["lon"], c.place.lat, c.place.lon) <= 25:
                return True
        if gp.get("country") and c.place.country and \
                c.place.country not in _as_list(gp["country"]):
            return False  # a namesake in another country is no match of the name
        names = _as_list(gp.get("name"))
        return _text_matches(c.place.name, names) or (
            c.place.span is not None and _text_matches(c.place.span.surface, names))
    if field == "date":
        gd = g.get("date") or {}
        checks = [(c.date.start, gd.get("start"), False), (c.date.end, gd.get("end"), True)]
        scored = [(p, q, last) for p, q, last in checks if q is not None]
        if not scored:
            return None
        return all(p == q or _as_day(p, last) == _as_day(q, last) is not None
                   for p, q, last in scored)
    if field == "scope":
        return c.scope.value in _as_list(g["scope"])
    if field == "part_of":
        want = g.get("part_of")
        if want is None:
            return c.part_of is None
        return c.part_of is not None and id_map.get(want) == c.part_of
    raise KeyError(field)


def _as_day(d: Any, last: bool) -> str | None:
    """A period's first (or last) day: "2023-05" starts on "2023-05-01" and ends on
    "2023-05-31", "2009" on "2009-01-01" and "2009-12-31", so that a month told as a month
    and the same month told as its days are one period. None for anything else."""
    if not isinstance(d, str):
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", d)
    if m is None:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return d
    if not month:
        month = "12" if last else "01"
    if not last:
        return f"{year}-{month}-01"
    return f"{year}-{month}-{calendar.monthrange(int(year), int(month))[1]:02d}"


def _gold_reading(path: Path) -> dict[str, Any]:
    """The gold file at path, checked for the fields scoring reads (E117 if it is no gold
    reading: another JSON file in the folder, a list, a file cut short)."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError("E117", f"{path.name}: {e}") from e
    if not isinstance(gold, dict) or not isinstance(gold.get("document"), str) or \
            not isinstance(gold.get("claims"), list):
        raise InputError("E117", f"{path.name}: no 'document' string and 'claims' list")
    return gold


def score_gold_file(path: Path) -> dict[str, Any]:
    """Precision, recall and field accuracy of extraction on one gold file."""
    gold = _gold_reading(path)
    text_path = (path.parent / gold["document"]).resolve()
    try:
        raw = text_path.read_text(encoding="utf-8")
    except OSError as e:
        raise InputError("E110", f"{path.name}: its document {gold['document']}: {e}") from e
    art = read_text(raw, doc_id=path.stem, published=parse_date(gold.get("published")))
    ex = pipeline.run(art)
    text = ex.article.text if ex.article else raw
    failed = _internal_error(ex)
    preds = list(ex.claims)
    gold_claims = gold["claims"]
    matched: dict[str, Claim] = {}
    used: set[str] = set()
    for g in gold_claims:
        g_spans = [o for ev in _as_list(g["evidence"]) for o in _occurrences(text, ev)]
        for c in preds:
            if c.id in used:
                continue
            if c.outcome.value == g["outcome"] and c.figure.value == g["value"] and \
                    _overlap(_spans(c), g_spans):
                matched[g["id"]] = c
                used.add(c.id)
                break
    optional = [o for opt in gold.get("optional_claims", []) for ev in _as_list(opt["evidence"])
                for o in _occurrences(text, ev)]
    not_spans = [o for n in gold.get("not_claims", []) for o in _occurrences(text, n["text"])]
    on_not = [c.id for c in preds if _overlap([(c.figure.span.start, c.figure.span.end)],
                                               not_spans)]
    unmatched = [c for c in preds if c.id not in used and not _overlap(
        [(c.figure.span.start, c.figure.span.end)], optional)]
    id_map = {gid: c.id for gid, c in matched.items()}
    fields: dict[str, list[bool]] = {f: [] for f in FIELDS}
    wrong: list[str] = []
    for gid, c in matched.items():
        g = next(x for x in gold_claims if x["id"] == gid)
        for f in FIELDS:
            ok = _field_ok(f, c, g, id_map)
            if ok is None:
                continue
            fields[f].append(ok)
            if not ok:
                wrong.append(f"{gid}.{f}")
    n_pred = len(matched) + len(unmatched)
    return {
        "file": path.name,
        "gold": len(gold_claims),
        "predicted": len(preds),
        "matched": len(matched),
        "false_positives": len(unmatched),
        "on_not_claims": len(on_not),
        "precision": len(matched) / n_pred if n_pred else 1.0,
        "recall": len(matched) / len(gold_claims) if gold_claims else 1.0,
        "fields": {f: (sum(v), len(v)) for f, v in fields.items()},
        "missed": [g["id"] for g in gold_claims if g["id"] not in matched],
        "wrong_fields": wrong,
        "totals": {o.value: t.to_dict() for o, t in ex.totals.items()},
        "internal_errors": [failed] if failed else [],
    }


# --- dev case files ----------------------------------------------------------------------

def score_dev_file(path: Path, limit: int | None = None, errors: list | None = None
                   ) -> dict[str, Any]:
    """Exact-match rates of article totals against the coded figures of one case file."""
    counts: Counter = Counter()
    internal: list[dict[str, str]] = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                break
            case = json.loads(line)
            gold = case["gold"]
            art = read_text(case["text"], doc_id=case["id"],
                            published=parse_date(case.get("published")))
            ex = pipeline.run(art)
            failed = _internal_error(ex)
            if failed:
                internal.append(failed)
            rule = "acled_rule" in case.get("flags", [])
            for outcome in ("killed", "wounded"):
                want = gold.get(outcome)
                if want is None:
                    continue
                got = _best(ex, outcome)
                key = f"{outcome}_rule" if rule else outcome
                counts[f"{key}_n"] += 1
                counts[f"{key}_exact"] += got == want
                if want:
                    counts[f"{key}_nonzero_n"] += 1
                    counts[f"{key}_nonzero_exact"] += got == want
                else:
                    counts[f"{key}_zero_n"] += 1
                    counts[f"{key}_zero_fp"] += got > 0
                if got != want and errors is not None and not rule:
                    errors.append({"set": path.stem, "id": case["id"], "outcome": outcome,
                                   "gold": want, "got": got, "text": case["text"][:3000],
                                   "claims": [c.to_dict()["spans"]["number"]["text"] + " / " +
                                              c.outcome.value for c in ex.claims]})
    out: dict[str, Any] = {"file": path.name, "internal_errors": internal}
    for key in ("killed", "wounded", "killed_rule"):
        if counts[f"{key}_n"] == 0:
            continue
        out[key] = {
            "cases": counts[f"{key}_n"],
            "exact": _rate(counts[f"{key}_exact"], counts[f"{key}_n"]),
            "nonzero_cases": counts[f"{key}_nonzero_n"],
            "nonzero_exact": _rate(counts[f"{key}_nonzero_exact"], counts[f"{key}_nonzero_n"]),
            "zero_cases": counts[f"{key}_zero_n"],
            "zero_fp_rate": _rate(counts[f"{key}_zero_fp"], counts[f"{key}_zero_n"]),
        }
    return out


def _internal_error(ex: Extraction) -> dict[str, str] | None:
    """The article's rejection when it is an error inside tollbook (E199), not bad input.

    pipeline.run turns an exception into a rejection so that a batch carries on; scoring
    would then count the article as read with no claims, and a broken rule would pass for
    a lower score. The eval names each one instead, and --check fails on any."""
    r = ex.rejection
    if r is not None and r.code == "E199":
        return {"id": r.id, "code": r.code, "reason": r.reason}
    return None


def _internal_errors(report: dict[str, Any]) -> list[dict[str, str]]:
    return [e for part in ("gold", "invented", "dev") for f in report.get(part, [])
            for e in f.get("internal_errors", [])]


def _best(ex: Extraction, outcome: str) -> int:
    t = ex.totals.get(Outcome(outcome))
    return t.best if t and t.best is not None else 0


def _rate(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


# --- the whole run -----------------------------------------------------------------------

def run(gold_dir: str | None = None, dev_dir: str | None = None, limit: int | None = None,
        errors_path: str | None = None, invented_dir: str | None = None) -> dict[str, Any]:
    """Score every gold file, every invented gold file and every dev case file; returns one
    report. A folder that does not exist is left out of it."""
    gdir = Path(gold_dir) if gold_dir else default_gold_dir()
    ddir = Path(dev_dir) if dev_dir else default_dev_dir()
    idir = Path(invented_dir) if invented_dir else default_invented_dir()
    report: dict[str, Any] = {"version": pipeline.VERSION, "gold": [], "invented": [],
                              "dev": []}
    if gdir.is_dir():
        for p in sorted(gdir.glob("*.json")):
            report["gold"].append(score_gold_file(p))
        report["gold_summary"] = _gold_summary(report["gold"])
    if idir.is_dir():
        report["invented"] = [score_gold_file(p) for p in sorted(idir.glob("*.json"))]
        report["invented_summary"] = _gold_summary(report["invented"])
    errors: list | None = [] if errors_path else None
    if ddir.is_dir():
        for p in sorted(ddir.glob("*.jsonl")):
            report["dev"].append(score_dev_file(p, limit, errors))
    if errors_path and errors is not None:
        with open(errors_path, "w", encoding="utf-8") as f:
            for e in errors:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return report


def _gold_summary(files: list[dict]) -> dict[str, Any]:
    matched = sum(f["matched"] for f in files)
    gold = sum(f["gold"] for f in files)
    fps = sum(f["false_positives"] for f in files)
    fields = {}
    for fld in FIELDS:
        ok = sum(f["fields"][fld][0] for f in files)
        n = sum(f["fields"][fld][1] for f in files)
        fields[fld] = _rate(ok, n)
    return {
        "precision": _rate(matched, matched + fps) or 0.0,
        "recall": _rate(matched, gold) or 0.0,
        "on_not_claims": sum(f["on_not_claims"] for f in files),
        "fields": fields,
    }


def format_report(r: dict[str, Any]) -> str:
    lines = [f"tollbook eval ({r['version']})", ""]
    errors = _internal_errors(r)
    if errors:
        lines.append(f"INTERNAL ERRORS (E199) on {len(errors)} documents, scored as empty:")
        lines += [f"  {e['id']}: {e['reason']}" for e in errors[:20]]
        lines.append("")
    if r["gold"]:
        lines.append("gold files                              gold  pred match  FP  not  P     R")
        for f in r["gold"]:
            lines.append(f"  {f['file'][:36]:36} {f['gold']:5} {f['predicted']:5} "
                         f"{f['matched']:5} {f['false_positives']:3} {f['on_not_claims']:4}  "
                         f"{f['precision']:.2f}  {f['recall']:.2f}")
        lines += _summary_lines(r["gold_summary"])
    if r.get("invented"):
        n = sum(f["gold"] for f in r["invented"])
        lines.append(f"invented gold (eval/invented): {len(r['invented'])} files, {n} claims")
        lines += _summary_lines(r["invented_summary"])
    if r["dev"]:
        lines.append("dev sets                         outcome   cases  exact  "
                     "nonzero-exact  zero-FP")
        for d in r["dev"]:
            for key in ("killed", "wounded", "killed_rule"):
                if key in d:
                    m = d[key]
                    lines.append(
                        f"  {d['file'][:30]:30} {key:12} {m['cases']:5}  {_f(m['exact'])}  "
                        f"{_f(m['nonzero_exact'])} ({m['nonzero_cases']})    "
                        f"{_f(m['zero_fp_rate'])} ({m['zero_cases']})")
    return "\n".join(lines)


def _summary_lines(s: dict[str, Any]) -> list[str]:
    """A gold summary's two lines (and a blank one) in the report."""
    return [f"  all: precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
            f"predictions on not_claims {s['on_not_claims']}",
            "  field accuracy on matched claims: " + ", ".join(
                f"{k} {v:.2f}" for k, v in s["fields"].items() if v is not None),
            ""]


def _f(v: float | None) -> str:
    return " n/a " if v is None else f"{v:.3f}"


def check_floors(report: dict[str, Any], floors_path: Path = FLOORS) -> list[str]:
    """Scores below the committed floors (eval_floors.json), as readable lines."""
    if not floors_path.exists():
        return []
    floors = json.loads(floors_path.read_text())
    failures = [f"internal error on {e['id']}: {e['reason']}"
                for e in _internal_errors(report)]
    for part in ("gold", "invented"):
        s = report.get(f"{part}_summary")
        for key, floor in floors.get(part, {}).items():
            if s is None:
                continue
            val = s["fields"].get(key) if key in FIELDS else s.get(key)
            if val is not None and val < floor:
                failures.append(f"{part} {key} {val} < {floor}")
    for d in report["dev"]:
        for key, floor in floors.get("dev", {}).get(d["file"], {}).items():
            outcome, metric = key.split(".")
            val = d.get(outcome, {}).get(metric)
            if val is None:
                continue
            bad = val > floor if metric.endswith("fp_rate") else val < floor
            if bad:
                failures.append(f"{d['file']} {key} {val} vs floor {floor}")
    return failures


