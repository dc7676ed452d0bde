"""The batch runner: folders, bad input, duplicates, resuming after kill -9, watch."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_warc import REPORT, make_warc, page
from tollbook import batch
from tollbook.store import open_store

ROOT = Path(__file__).resolve().parents[1]
TOLLBOOK = str(ROOT / ".venv" / "bin" / "tollbook")
if not os.path.exists(TOLLBOOK):
    TOLLBOOK = str(Path(sys.executable).with_name("tollbook"))


def gva(shared: Path, n: int) -> list[dict]:
    with open(shared / "data" / "dev" / "gva-articles.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for _, line in zip(range(n), f, strict=False)]


def comparable(db: str) -> dict:
    """A store's rows without what differs between equal runs (clock times, serial ids)."""
    with open_store(db) as s:
        dump = s.dump()
    out = {}
    for table, rows in dump.items():
        drop = {"ingested_at", "applied_at"} | ({"id"} if table == "rejections" else set())
        out[table] = sorted(tuple(kv for kv in row if kv[0] not in drop) for row in rows)
    return out


def test_folder_walk_and_every_kind_of_bad_input_is_recorded(tmp_path):
    src = tmp_path / "in"
    (src / "deep" / "er").mkdir(parents=True)
    (src / "ok.html").write_text(page(REPORT.format(n=3), title="Blast"), encoding="utf-8")
    (src / "deep" / "er" / "ok.txt").write_text(REPORT.format(n=12), encoding="utf-8")
    (src / "deep" / "nobody.html").write_text("<html><head></head><body></body></html>")
    (src / "deep" / "ru.html").write_bytes(
        page("По меньшей мере шесть человек погибли при взрыве на рынке в воскресенье, "
             "сообщила полиция.", lang="").replace("<head>", "<head><meta charset='cp1251'>")
        .encode("cp1251"))
    (src / "fr.html").write_text(page("Au moins six personnes ont été tuées dimanche dans "
                                      "l'explosion d'une voiture piégée, selon la police.",
                                      lang="fr"), encoding="utf-8")
    with open(src / "huge.html", "wb") as f:  # a 100 MB page, made on the fly
        f.write(b"<html><body><article>")
        chunk = f"<p>{REPORT.format(n=2)}</p>".encode() * 1000
        while f.tell() < 100_000_000:
            f.write(chunk)
    (src / "feed.xml").write_text("<rss><channel><item><title>cut", encoding="utf-8")
    (src / "photo.jpg").write_bytes(b"\xff\xd8\xff" + bytes(100))
    warc = src / "crawl.warc.gz"
    make_warc(warc, [(f"https://ex.com/w{i}", page(REPORT.format(n=i + 20) + f" Case {i}."))
                     for i in range(3)])
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 40])

    db = str(tmp_path / "t.db")
    summary = batch.run([str(src)], db, workers=2, progress=False)

    # E101: the cut feed's one recovered entry, a title with no text
    assert summary.rejected == {"E101": 1, "E104": 1, "E105": 2, "E106": 1, "E111": 1,
                                "E113": 1, "E114": 1}
    # ok.html, ok.txt and the two WARC records before the cut
    assert summary.articles == 4 and summary.claims >= 4
    with open_store(db) as s:
        rejected = {(r["code"], os.path.basename(r["origin"].split("@")[0])) for r in
                    s.rejections()}
        assert len(s.articles()) == 4
    assert ("E104", "huge.html") in rejected and ("E113", "crawl.warc.gz") in rejected
    assert "E104" in summary.format() and "E113" in summary.format()


def test_exact_duplicates_are_processed_once(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = REPORT.format(n=7)
    (src / "a.txt").write_text(text, encoding="utf-8")
    (src / "b.txt").write_text("  " + text.upper() + "\n", encoding="utf-8")  # same, normalised
    make_warc(src / "c.warc", [("https://ex.com/x", page(REPORT.format(n=30))),
                               ("https://ex.com/x", page(REPORT.format(n=31)))])
    db = str(tmp_path / "t.db")
    summary = batch.run([str(src)], db, workers=1, progress=False)
    assert summary.articles == 2 and summary.rejected == {"E116": 2}
    with open_store(db) as s:
        assert len(s.articles()) == 2


def test_syndicated_copy_is_stored_and_linked_to_the_first(tmp_path, shared):
    story = gva(shared, 1)[0]["text"]
    words = story.split()
    copy = "WASHINGTON (AP) - " + " ".join(words[: int(len(words) * 0.9)])
    src = tmp_path / "in"
    src.mkdir()
    (src / "1-wire.txt").write_text(story, encoding="utf-8")
    (src / "2-copy.txt").write_text(copy, encoding="utf-8")
    (src / "3-other.txt").write_text(REPORT.format(n=4), encoding="utf-8")
    db = str(tmp_path / "t.db")
    summary = batch.run([str(src)], db, workers=1, progress=False)
    assert summary.articles == 3 and summary.syndicated == 1
    j = batch.Journal(batch.journal_path(db))
    links = j.syndicated()
    j.close()
    with open_store(db) as s:
        arts = s.articles()
    ids = {os.path.basename(a["origin"]): a["id"] for a in arts}
    assert links == {ids["2-copy.txt"]: ids["1-wire.txt"]}
    # The store keeps the link too (issue 4), on the copy only.
    assert {a["id"]: a["syndicated_of"] for a in arts} == {
        ids["1-wire.txt"]: None, ids["2-copy.txt"]: ids["1-wire.txt"], ids["3-other.txt"]: None}


def _inputs(tmp_path: Path, shared: Path, n: int = 50) -> Path:
    """About n real articles: a WARC of n - 10 pages, a JSONL of 10 lines, two bad files."""
    rows = gva(shared, n)
    src = tmp_path / "in"
    src.mkdir()
    make_warc(src / "crawl.warc.gz", [
        (f"https://news.example/{r['id'].replace(':', '-')}",
         page(r["text"].replace("\n", "</p><p>"), title=r["id"])) for r in rows[:-10]])
    with open(src / "more.jsonl", "w", encoding="utf-8") as f:
        for r in rows[-10:]:
            f.write(json.dumps({"id": r["id"], "text": r["text"],
                                "published": "2016-01-04"}) + "\n")
    (src / "empty.html").write_text("<html><body></body></html>")
    (src / "broken.xml").write_text("<rss><channel><item>")
    return src


def _batch(src: Path, db: str) -> list[str]:
    return [TOLLBOOK, "batch", str(src), "--db", db, "--workers", "2", "--quiet"]


def _stored(db: str) -> int:
    """Articles and rejections committed so far, read without writing (no migration, no
    lock) while a batch may be writing."""
    import sqlite3

    if not os.path.exists(db):
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return sum(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                       for t in ("articles", "rejections"))
        finally:
            con.close()
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_kill_9_at_random_points_then_resume_equals_an_uninterrupted_run(tmp_path, shared):
    # 200 articles: once the workers are warm they handle ~100 a second, and the writer
    # commits every half second, so there are several commits to land between.
    src = _inputs(tmp_path, shared, 200)
    whole = str(tmp_path / "whole.db")
    subprocess.run(_batch(src, whole), check=True, timeout=300)
    total = _stored(whole)

    killed = str(tmp_path / "killed.db")
    # Each kill lands a random moment after the run's first commit: startup takes most
    # of a run this small and the writer commits in groups, so a kill timed as a share
    # of the whole run tends to land before any work or after all of it.
    delays = [round(random.uniform(0, 0.3), 2) for _ in range(3)]
    partial = []
    for delay in delays:
        before = _stored(killed)
        p = subprocess.Popen(_batch(src, killed), start_new_session=True)
        deadline = time.monotonic() + 120
        while _stored(killed) == before and p.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(delay)
        os.killpg(p.pid, signal.SIGKILL)  # the whole job, workers too, as a crash would
        p.wait()
        partial.append(_stored(killed))
    subprocess.run(_batch(src, killed), check=True, timeout=300)

    final = comparable(killed)
    assert final == comparable(whole), f"kill delays {delays}"
    assert len(final["articles"]) + len(final["rejections"]) == total >= 200
    # The kills really interrupted work in progress, not a finished or unstarted run.
    assert any(0 < n < total for n in partial), (delays, partial, total)


def test_watch_ingests_files_as_they_arrive(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "first.txt").write_text(REPORT.format(n=5), encoding="utf-8")
    db = str(tmp_path / "w.db")
    p = subprocess.Popen([TOLLBOOK, "watch", str(folder), "--db", db, "--workers", "1",
                          "--interval", "0.3", "--max-seconds", "12"],
                         stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    second = folder / "later" / "second.txt"

    def stored() -> int:
        if not os.path.exists(db):
            return 0
        with open_store(db) as s:
            return len(s.articles())

    while stored() < 1 and time.monotonic() < deadline:
        time.sleep(0.2)
    second.parent.mkdir()
    second.write_text("Rebels said on Tuesday that 14 soldiers were killed in a raid on an "
                      "army post in the north, a claim the army denied.", encoding="utf-8")
    while stored() < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    _, err = p.communicate(timeout=30)
    assert p.returncode == 0, err
    assert stored() == 2
    assert "articles         2" in err


def test_watch_once_skips_files_already_done(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT.format(n=5), encoding="utf-8")
    db = str(tmp_path / "w.db")
    first = batch.watch(str(folder), db, workers=1, once=True)
    again = batch.watch(str(folder), db, workers=1, once=True)
    assert (first.articles, again.articles, again.done) == (1, 0, 0)


@pytest.mark.parametrize("command", ["batch", "watch"])
def test_commands_have_help(command):
    out = subprocess.run([TOLLBOOK, command, "--help"], capture_output=True, text=True,
                         check=True).stdout
    assert "--workers" in out and "--cluster" in out and "--db" in out
