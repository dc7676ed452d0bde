"""Readers: files and streams -> Articles (or Rejections). One function per format."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date

from ..errors import InputError
from ..model import Article, Rejection
from .html import read_html
from .text import decode, read_text

Read = Article | Rejection


def parse_date(value: str | None) -> date | None:
    """An ISO date (or datetime) string -> date; E109 when it is not one."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError("E109", repr(value)) from None


def read_jsonl_lines(lines, origin: str, published: date | None = None) -> Iterator[Read]:
    """One article per JSON line: {"id", "text" or "html", "published", "title", "url"}."""
    for n, line in enumerate(lines, 1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                yield Rejection(f"{origin}:{n}", "E103", "line is not UTF-8", origin)
                continue
        if not line.strip():
            continue
        doc_id = f"{origin}:{n}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text", obj.get("html")), str):
                raise ValueError("no text")
            pub = parse_date(obj.get("published")) or published
        except InputError as e:
            yield Rejection(str(obj.get("id") or doc_id), e.code, e.detail or e.message, origin)
            continue
        except ValueError as e:
            yield Rejection(doc_id, "E108", str(e)[:200], origin)
            continue
        doc_id = str(obj.get("id") or doc_id)
        if "text" in obj and isinstance(obj["text"], str):
            yield read_text(obj["text"], doc_id=doc_id, published=pub, title=obj.get("title"),
                            url=obj.get("url"), outlet=obj.get("outlet"), origin=origin)
        else:
            yield read_html(obj["html"], doc_id=doc_id, published=pub, url=obj.get("url"),
                            origin=origin)


def read_path(path: str, published: date | None = None, stdin=None) -> Iterator[Read]:
    """Every article in a file (.txt, .html/.htm, .jsonl) or '-' for standard input."""
    if path == "-":
        raw = (stdin.buffer if hasattr(stdin, "buffer") else stdin).read()
        yield from _read_raw(raw, "stdin", "stdin", published)
        return
    if not os.path.isfile(path):
        raise InputError("E110", path)
    ext = os.path.splitext(path)[1].lower()
    if ext == ".jsonl":
        with open(path, "rb") as f:
            yield from read_jsonl_lines(f, path, published)
        return
    if ext not in (".txt", ".text", ".html", ".htm", ""):
        raise InputError("E111", path)
    with open(path, "rb") as f:
        raw = f.read()
    yield from _read_raw(raw, _stem(path), path, published)


def _stem(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]


def _read_raw(raw: bytes, doc_id: str, origin: str, published: date | None) -> Iterator[Read]:
    try:
        text = decode(raw)
    except InputError as e:
        yield Rejection(doc_id, e.code, e.detail or e.message, origin)
        return
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head:
        yield read_html(text, doc_id=doc_id, published=published, origin=origin)
    else:
        yield read_text(text, doc_id=doc_id, published=published, origin=origin)


__all__ = ["read_path", "read_text", "read_html", "read_jsonl_lines", "parse_date", "Read"]
