"""Hostile documents through the readers and the whole extraction: count crashes and hangs.

A crash is any exception escaping a reader or pipeline.run (both promise to return a
Rejection instead); a hang is a document that takes longer than the per-article budget
plus SLACK. Every document must come out as an Article with claims or a coded Rejection.
"""

from __future__ import annotations

import collections
import gzip
import json
import os
import random
import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from io import BytesIO

from .. import pipeline
from ..model import Article, Rejection
from ..read import read_jsonl_lines
from ..read.html import read_html, read_html_bytes
from ..read.text import read_bytes, read_text

BUDGET = 2.0  # seconds per article in these runs (the default is 10)
SLACK = 6.0  # watchdog grace + one long C call (a regex over 5 MB) on a shared 2-core box
REPORT = ("At least {n} people were killed when a car bomb exploded in a crowded market in "
          "Kabul on Sunday, police said. Officials said the toll could rise as rescuers "
          "searched the rubble, and the hospital appealed for blood donors.")


@dataclass
class Tally:
    """What a run of hostile inputs did."""

    tried: int = 0  # documents (or grammar inputs) fed in
    crashes: list[str] = field(default_factory=list)  # "case: ExceptionType: message"
    hangs: list[str] = field(default_factory=list)  # "case: seconds"
    codes: collections.Counter = field(default_factory=collections.Counter)  # outcomes
    worst_seconds: float = 0.0
    peak_rss_mb: int = 0

    def add(self, other: Tally) -> None:
        self.tried += other.tried
        self.crashes += other.crashes
        self.hangs += other.hangs
        self.codes.update(other.codes)
        self.worst_seconds = max(self.worst_seconds, other.worst_seconds)
        self.peak_rss_mb = max(self.peak_rss_mb, other.peak_rss_mb)


def rss_mb() -> int:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def whole(item: Article | Rejection, seconds: float = BUDGET) -> str:
    """Read result -> pipeline.run -> its outcome code ("ok" or the rejection's code).

    Raises AssertionError when the outcome breaks a promise: a span that does not match
    the text, or an uncoded rejection.
    """
    ex = pipeline.run(item, seconds=seconds)
    if ex.rejection is not None:
        assert ex.rejection.code and ex.rejection.code.startswith("E"), ex.rejection
        return ex.rejection.code
    text = ex.article.text
    for c in ex.claims:
        for span in (c.evidence, c.figure.span):
            assert text[span.start:span.end] == span.surface, (c.id, span)
    return "ok"


def feed(tally: Tally, case: str, fn: Callable[[], str], limit: float = BUDGET + SLACK) -> None:
    """Run one hostile case, counting its outcome, a crash or a hang."""
    tally.tried += 1
    t = time.monotonic()
    try:
        code = fn()
    except Exception as e:  # the point: nothing may escape
        tally.crashes.append(f"{case}: {type(e).__name__}: {str(e)[:200]}")
        code = "crash"
    took = time.monotonic() - t
    tally.worst_seconds = max(tally.worst_seconds, took)
    if took > limit:
        tally.hangs.append(f"{case}: {took:.1f} s")
    tally.codes[code] += 1
    tally.peak_rss_mb = max(tally.peak_rss_mb, rss_mb())


def _entity_bomb(n: int) -> str:
    # HTML has no user-defined entities, but a parser may still expand numeric ones and
    # an XML-minded one may honour an internal DTD subset: both, nested.
    dtd = "<!DOCTYPE html [<!ENTITY a 'aaaaaaaaaa'>" + "".join(
        f"<!ENTITY {chr(98 + i)} '" + f"&{chr(97 + i)};" * 10 + "'>" for i in range(8)) + "]>"
    return (dtd + "<html><body><article><p>" + REPORT.format(n=3) + " &i; " +
            "&#x41;&amp;&#65;&lt;" * n + "</p></article></body></html>")


def hostile_documents(rng: random.Random) -> Iterator[tuple[str, Callable[[], str]]]:
    """(name, thunk) for each named hostile case; each thunk returns an outcome code."""
    report = REPORT.format(n=5)
    yield "random bytes", lambda: whole(read_bytes(rng.randbytes(200_000), doc_id="rb"))
    yield "random bytes as HTML", lambda: whole(read_html_bytes(rng.randbytes(200_000)))
    yield "invalid UTF-8", lambda: whole(read_bytes(report.encode() + b"\xff\xfe\xc3(" * 500,
                                                    doc_id="bad-utf8"))
    mixed = report.encode("utf-8") + " Déjà vu à Alep.".encode("latin-1") + \
        " Ещё".encode("cp1251") + report.encode("utf-16")
    yield "mixed encodings", lambda: whole(read_bytes(mixed, doc_id="mixed"))
    zw = "".join(ch + rng.choice("\u200b\u200c\u200d\u2060\ufeff\u202e\u202d\u2066\u2069\u00ad")
                 for ch in report)
    yield "zero-width and bidi", lambda: whole(read_text(zw, doc_id="zw"))
    yield "bidi override around a number", lambda: whole(read_text(
        report.replace("At least 5", "At least \u202e51\u202c"), doc_id="rlo"))
    yield "5,000-digit number", lambda: whole(read_text(
        "At least " + "9" * 5000 + " people were killed in Kabul, police said.", doc_id="d"))
    yield "1,000,000-digit number", lambda: whole(read_text(
        "At least " + "9" * 1_000_000 + " people were killed in Kabul, police said.",
        doc_id="d2"))
    yield "digits with 100k separators", lambda: whole(read_text(
        "At least " + "1," * 100_000 + "000 people were killed, police said.", doc_id="sep"))
    yield "100k repeated trigger words", lambda: whole(read_text(
        report + " " + "killed " * 100_000, doc_id="trig"))
    yield "100k figures in one sentence", lambda: whole(read_text(
        "Five people were killed in Kabul " + "5 soldiers and 6 rebels were killed, " * 15_000,
        doc_id="coord"))
    yield "a single 5 MB line", lambda: whole(read_text(
        ("At least 5 soldiers said " * 200_001)[:4_999_000], doc_id="line"))
    deep = "<div>" * 100_000 + f"<p>{report}</p>" + "</div>" * 100_000
    yield "HTML nested 100,000 deep", lambda: whole(read_html(deep, doc_id="deep"))
    yield "HTML unclosed 200,000 deep", lambda: whole(read_html(
        "<html><body>" + "<b><i>" * 100_000 + report, doc_id="unclosed"))
    yield "HTML entity bomb", lambda: whole(read_html(_entity_bomb(200_000), doc_id="ent"))
    yield "HTML over the size limit", lambda: whole(read_html(
        "<html><body><p>" + report * 40_000 + "</p></body></html>", doc_id="big"))
    yield "script and XSS payloads", lambda: whole(read_html(
        "<html><body><article><p>" + report + "<script>alert(1)</script><img src=x "
        "onerror=alert(2)></p><p>" + report.replace("Kabul", "<svg onload=alert(3)>") +
        "</p></article></body></html>", doc_id="xss"))


def run_hostile(seed: int = 6, limit: float = BUDGET + SLACK) -> Tally:
    """Every named hostile case once; over `limit` seconds counts as a hang."""
    tally = Tally()
    rng = random.Random(seed)
    pipeline.run(Article("warm", "Two people were killed in Kabul on Monday, police said."))
    for name, thunk in hostile_documents(rng):
        feed(tally, name, thunk, limit)
    return tally


# -- archives and streams (files made on the fly in a temporary folder) ----------------

def gzip_bomb_warc(path: str, gigabytes: float = 1.0) -> None:
    """A WARC with a normal page, then one whose HTTP body is gzip of `gigabytes` of
    zeros (a few MB compressed) declared with Content-Encoding: gzip, then a normal one."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
        zeros = b"\0" * (1 << 20)
        for _ in range(int(gigabytes * 1024)):
            gz.write(zeros)
    bomb = buf.getvalue()

    def page(n):
        return (f"<html lang='en'><body><article><p>{REPORT.format(n=n)} Case {n}.</p>"
                "</article></body></html>").encode()

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=path.endswith(".gz"))
        for url, body, enc in (("https://ex.com/1", page(11), None),
                               ("https://ex.com/bomb", bomb, "gzip"),
                               ("https://ex.com/2", page(12), None)):
            headers = [("Content-Type", "text/html; charset=utf-8")]
            if enc:
                headers.append(("Content-Encoding", enc))
            hh = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=BytesIO(body),
                                                http_headers=hh))


def jsonl_lines(n: int, rng: random.Random) -> Iterator[bytes]:
    """n JSONL lines: reports, and every kind of broken line, made on the fly."""
    kinds = [
        lambda i: json.dumps({"id": f"r{i}", "text": REPORT.format(n=i % 97 + 2)}),
        lambda i: "{not json",
        lambda i: json.dumps([1, 2, 3]),
        lambda i: json.dumps({"id": f"p{i}", "text": "too short"}),
        lambda i: json.dumps({"id": f"d{i}", "text": REPORT.format(n=3), "published": "x"}),
        lambda i: "",
    ]
    for i in range(n):
        line = kinds[i % len(kinds)](i)
        if i % 1000 == 999:
            yield b"\xff\xfe broken bytes\n"
        else:
            yield line.encode() + b"\n"


def stream_jsonl(n: int = 1_000_000, seed: int = 6, tmp: str | None = None) -> Tally:
    """A million-line JSONL file written to `tmp` and read back by the streaming reader:
    every non-blank line becomes an Article or a coded Rejection, memory stays flat."""
    import tempfile

    tally = Tally()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(dir=tmp) as d:
        path = os.path.join(d, "million.jsonl")
        blank = 0
        with open(path, "wb") as f:
            for line in jsonl_lines(n, rng):
                blank += line.strip() == b""
                f.write(line)
        before = rss_mb()
        t = time.monotonic()
        with open(path, "rb") as f:
            for item in read_jsonl_lines(f, path):
                tally.tried += 1
                tally.codes["ok" if isinstance(item, Article) else item.code] += 1
        tally.worst_seconds = time.monotonic() - t
        tally.peak_rss_mb = rss_mb() - before  # growth while streaming
        if tally.tried != n - blank:
            tally.crashes.append(f"jsonl: {n - blank} lines, {tally.tried} outcomes")
    return tally
