"""WARC(.gz) reading: HTML responses only, bad records recorded with coded reasons."""

from __future__ import annotations

import gzip
from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tollbook.model import Article, Rejection
from tollbook.read.warc import Record, read_warc, records

REPORT = ("At least {n} people were killed when a car bomb exploded in a crowded market in "
          "the town on Sunday, police said. Officials said the toll could rise as rescuers "
          "searched the rubble for survivors, and the hospital appealed for blood donors.")


def page(body: str, title: str = "Report", head: str = "", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>{title}</title>{head}</head><body><article>"
            f"<h1>{title}</h1><p>{body}</p></article></body></html>")


def make_warc(path, pages, gz=None) -> None:
    """A WARC of (url, html bytes or str[, content type, status]) responses."""
    gz = str(path).endswith(".gz") if gz is None else gz
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        for url, html, *rest in pages:
            ctype = rest[0] if rest else "text/html; charset=utf-8"
            status = rest[1] if len(rest) > 1 else "200 OK"
            body = html.encode("utf-8") if isinstance(html, str) else html
            hh = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=BytesIO(body),
                                                http_headers=hh))


@pytest.mark.parametrize("name", ["a.warc", "a.warc.gz"])
def test_reads_html_responses_only(tmp_path, name):
    path = tmp_path / name
    make_warc(path, [
        ("https://ex.com/1", page(REPORT.format(n=3))),
        ("https://ex.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
        ("https://ex.com/2", page(REPORT.format(n=9))),
    ])
    got = list(read_warc(str(path)))
    assert [type(g) for g in got] == [Article, Article]
    assert [g.url for g in got] == ["https://ex.com/1", "https://ex.com/2"]
    assert "At least 9 people" in got[1].text
    assert got[0].origin == f"{path}@0"


def test_truncated_record_is_e113_and_earlier_ones_kept(tmp_path):
    path = tmp_path / "t.warc"
    make_warc(path, [(f"https://ex.com/{i}", page(REPORT.format(n=i + 2))) for i in range(3)])
    data = path.read_bytes()
    path.write_bytes(data[:-150])
    got = list(records(str(path)))
    assert [type(g) for g in got] == [Record, Record, Rejection]
    assert got[2].code == "E113" and "truncated" in got[2].reason


def test_corrupt_gzip_member_is_e113_and_earlier_ones_kept(tmp_path):
    path = tmp_path / "c.warc.gz"
    make_warc(path, [(f"https://ex.com/{i}", page(REPORT.format(n=i + 2))) for i in range(3)])
    data = bytearray(path.read_bytes())
    mid = len(data) // 2
    data[mid : mid + 40] = b"\x00" * 40
    path.write_bytes(bytes(data))
    got = list(records(str(path)))
    assert isinstance(got[0], Record)
    assert isinstance(got[-1], Rejection) and got[-1].code == "E113"


def test_gzip_cut_short_is_e113(tmp_path):
    path = tmp_path / "short.warc.gz"
    make_warc(path, [(f"https://ex.com/{i}", page(REPORT.format(n=i + 2))) for i in range(2)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 30])
    codes = [g.code for g in records(str(path)) if isinstance(g, Rejection)]
    assert codes == ["E113"]


def test_not_a_warc_is_e113(tmp_path):
    path = tmp_path / "x.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a web archive\n" * 10))
    got = list(records(str(path)))
    assert len(got) == 1 and got[0].code == "E113"


def test_oversized_record_is_e104_without_reading_it(tmp_path):
    path = tmp_path / "big.warc"
    big = page(REPORT.format(n=4) * 40_000)  # about 9 MB, over the 5 MB limit
    make_warc(path, [("https://ex.com/big", big), ("https://ex.com/ok", page(REPORT.format(n=5)))])
    got = list(read_warc(str(path)))
    assert got[0].code == "E104"
    assert isinstance(got[1], Article)


def test_error_status_is_e115(tmp_path):
    path = tmp_path / "s.warc"
    make_warc(path, [("https://ex.com/gone", page("Not found"), "text/html", "404 Not Found")])
    (got,) = list(read_warc(str(path)))
    assert got.code == "E115" and "404" in got.reason


def test_page_in_another_encoding_is_decoded_with_its_charset(tmp_path):
    path = tmp_path / "enc.warc"
    english = page("Café owners in the old town said " + REPORT.format(n=6))
    russian = page("По меньшей мере шесть человек погибли в результате взрыва на рынке "
                   "в воскресенье, сообщила полиция города и местные власти.", lang="")
    make_warc(path, [
        ("https://ex.com/latin1", english.encode("latin-1"), "text/html; charset=iso-8859-1"),
        ("https://ex.com/ru", russian.encode("cp1251"), "text/html; charset=windows-1251"),
    ])
    latin, ru = read_warc(str(path))
    assert isinstance(latin, Article) and "Café owners" in latin.text
    assert ru.code == "E105"
