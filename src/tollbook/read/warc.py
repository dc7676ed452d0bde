"""WARC and WARC.gz files -> HTML pages -> Articles (or Rejections), via warcio.

Only HTTP responses with an HTML content type are documents; requests, metadata,
images and stylesheets are skipped. A corrupt or truncated record, or a gzip error, ends
the file with an E113 rejection naming the offset: everything before it has been read.

Reading is split in two so a batch can do the cheap part in one place and the costly
part in parallel: `records()` walks the archive and hands out raw pages, `read_record()`
turns one page into an Article.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from ..model import Article, Rejection
from .html import read_html_bytes
from .text import max_bytes

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Record:
    """One HTML response from a WARC file, not yet read."""

    origin: str  # "path@offset": where the record starts, stable across runs
    url: str | None  # WARC-Target-URI
    fetched: date | None  # WARC-Date: a fallback when the page states no date
    charset: str | None  # from the HTTP Content-Type header
    body: bytes  # the HTTP payload, de-chunked and decompressed by warcio


def records(path: str) -> Iterator[Record | Rejection]:
    """Every HTML response in a WARC(.gz) file, or a Rejection where the file breaks."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    offset = 0
    with open(path, "rb") as f:
        it = ArchiveIterator(f)
        try:
            for rec in it:
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                ctype = rec.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                status = rec.http_headers.get_statuscode() or ""
                length = int(rec.rec_headers.get_header("Content-Length") or 0)
                # The body is read before the offset is asked for: warcio's
                # get_record_offset() reads the record to its end, discarding it.
                # At most one byte over the limit: a gzip-encoded payload is inflated by
                # warcio, and a few kB of compressed zeros read whole was 1 GB in memory.
                body = b"" if length > max_bytes() else rec.content_stream().read(max_bytes() + 1)
                offset = it.get_record_offset()
                origin = f"{path}@{offset}"
                if not status.startswith("2"):
                    yield Rejection(origin, "E115", f"HTTP status {status}", origin)
                    continue
                if length > max_bytes():
                    yield Rejection(origin, "E104", f"{length:,} bytes, limit {max_bytes():,}",
                                    origin)
                    continue
                if len(body) > max_bytes():
                    yield Rejection(origin, "E104", f"the payload inflates past the limit "
                                    f"of {max_bytes():,} bytes", origin)
                    continue
                missing = getattr(rec.raw_stream, "limit", 0)
                if missing:  # the file ended inside this record
                    yield Rejection(origin, "E113", f"record truncated, {missing:,} bytes "
                                    "missing", origin)
                    continue
                m = _CHARSET.search(ctype)
                yield Record(origin, rec.rec_headers.get_header("WARC-Target-URI"),
                             _warc_date(rec.rec_headers.get_header("WARC-Date")),
                             m.group(1).lower() if m else None, body)
        except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as e:
            where = f"{path}@end"  # one per file: reading stops here
            yield Rejection(where, "E113", f"after the record at byte {offset}: "
                            f"{type(e).__name__}: {str(e)[:200]}", where)


def read_record(record: Record) -> Article | Rejection:
    """One WARC HTML response as an Article, or a Rejection."""
    return read_html_bytes(record.body, charset=record.charset, doc_id=record.url or record.origin,
                           fallback=record.fetched, url=record.url, origin=record.origin)


def read_warc(path: str) -> Iterator[Article | Rejection]:
    """Every HTML page in a WARC(.gz) file as an Article, or a Rejection."""
    for r in records(path):
        yield r if isinstance(r, Rejection) else read_record(r)


def _warc_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
