"""The batch runner: many files in, one store out; parallel, resumable, deduplicated.

    inputs (files, folders walked recursively)
      -> units: one per document (a WARC response, a feed entry, a JSONL line, a file),
         sent to workers in chunks of CHUNK
      -> workers: read (HTML via trafilatura) + pipeline.run + the article's draft
         events (events.article_events)  [in parallel]
      -> parent, in input order: exact duplicates, syndicated near-copies, store, journal

Workers compute everything that needs no view of other articles; the parent alone
writes. Deduplication needs one view of everything seen, SQLite has one writer anyway,
and writing in input order makes a run's result independent of which worker finished
first, so an interrupted and resumed run ends with exactly the store an uninterrupted
one makes.

Group commit: the parent stores up to GROUP articles (or GROUP_SECONDS' worth) in one
store transaction, each article in a savepoint of its own, so one commit and one fsync
serve many articles. Resuming: once the group has committed, its units are written to a
journal (a small SQLite file beside the store), in one journal transaction. A run skips
journalled units. A kill before the store commit loses whole articles, never part of
one; a kill between the two commits only means those units are done again, and
Store.ingest is idempotent, so nothing is lost and nothing is counted twice.

Backends: a local process pool (default: all cores) or a Dask cluster (`cluster=` a
scheduler address or "local"); either way each worker process loads the pipeline once.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field

from . import dedup, pipeline
from . import events as ev
from .errors import InputError
from .model import AreaTotal, Article, Event, Extraction, Rejection
from .read import read_jsonl_lines
from .read.feeds import Entry, entries, read_entry
from .read.html import read_html_bytes
from .read.text import max_bytes, read_bytes, text_id
from .read.warc import Record, read_record, records

FEED_EXTS = (".xml", ".rss", ".atom")
HTML_EXTS = (".html", ".htm")
TEXT_EXTS = (".txt", ".text")
WARC_EXTS = (".warc", ".warc.gz")
KNOWN_EXTS = FEED_EXTS + HTML_EXTS + TEXT_EXTS + WARC_EXTS + (".jsonl",)
# Units per task: one round trip to a worker per document cost Dask about as much as the
# extraction itself; a few documents per task amortise it and keep results in order.
CHUNK = 8
# Articles per store commit, and the longest a stored article waits for its commit.
GROUP = 64
GROUP_SECONDS = 0.5


@dataclass(frozen=True)
class Unit:
    """One document to process: its stable key and what the worker needs to read it."""

    key: str  # stable across runs: "path", "path@offset", "path#n"
    payload: Record | Entry | Article | Rejection | tuple[str, bytes]  # (path, html bytes)


@dataclass(frozen=True)
class Done:
    """What a worker sends back for one unit."""

    key: str
    extraction: Extraction
    text_hash: str | None = None  # normalised-text hash, for exact duplicates
    sig: bytes | None = None  # MinHash signature, for near-copies
    drafted: tuple[list[Event], list[AreaTotal]] | None = None  # events.article_events


@dataclass
class Summary:
    """The counts a batch reports at the end."""

    articles: int = 0  # stored as new articles (syndicated copies included)
    claims: int = 0  # claims in those articles
    events: int | None = None  # events in the store afterwards, when the store can say
    syndicated: int = 0  # articles stored as near-copies of an earlier one
    skipped: int = 0  # units already done by an earlier run
    rejected: collections.Counter = field(default_factory=collections.Counter)  # by code

    @property
    def done(self) -> int:
        return self.articles + sum(self.rejected.values())

    def format(self) -> str:
        lines = [f"articles  {self.articles:>8,}  ({self.syndicated:,} syndicated copies)",
                 f"claims    {self.claims:>8,}"]
        if self.events is not None:
            lines.append(f"events    {self.events:>8,}  (in the store)")
        lines.append(f"rejected  {sum(self.rejected.values()):>8,}")
        from .errors import CODES

        for code, n in sorted(self.rejected.items()):
            lines.append(f"  {code}  {n:>6,}  {CODES.get(code, ('?',))[0]}")
        if self.skipped:
            lines.append(f"skipped   {self.skipped:>8,}  (done by an earlier run)")
        return "\n".join(lines)


# -- inputs --------------------------------------------------------------------------

def discover(inputs: Iterable[str]) -> list[str]:
    """The files to read: files as given, folders walked recursively in sorted order."""
    out: list[str] = []
    for path in inputs:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                out += [os.path.join(root, f) for f in sorted(files) if not f.startswith(".")]
        else:
            out.append(path)
    return out


def units(path: str) -> Iterator[Unit]:
    """The documents in one file, each with its stable key; unreadable ones as Rejections."""
    low = path.lower()
    if not os.path.isfile(path):
        yield Unit(path, Rejection(path, "E110", "no such file", path))
    elif low.endswith(WARC_EXTS):
        for r in records(path):
            yield Unit(r.origin, r)
    elif low.endswith(FEED_EXTS):
        for e in entries(path):
            yield Unit(e.origin, e)
    elif low.endswith(".jsonl"):
        with open(path, "rb") as f:
            for n, item in enumerate(read_jsonl_lines(f, path), 1):
                yield Unit(f"{path}#{n}", item)
    elif low.endswith(HTML_EXTS + TEXT_EXTS):
        size = os.path.getsize(path)
        if size > max_bytes():  # never read into memory: the 100 MB page case
            yield Unit(path, Rejection(path, "E104", f"{size:,} bytes, limit {max_bytes():,}",
                                       path))
            return
        with open(path, "rb") as f:
            raw = f.read()
        yield Unit(path, (path, raw))
    else:
        yield Unit(path, Rejection(path, "E111", "unknown file type", path))


# -- the worker side -----------------------------------------------------------------

_warm = False


def load_pipeline() -> None:
    """Load the pipeline's data (gazetteer, grammars, spaCy's tagger) once per worker
    process, before its first unit: a worker's start-up is then all in one place."""
    global _warm
    if not _warm:
        warm = Article("warm-up", "Two people were killed in Kabul on Monday, police said.")
        pipeline.run(warm)
        ev.article_events(pipeline.run(warm))  # the demonym table, for actors
        from . import nlp

        nlp.tagger()  # otherwise loaded by the first sentence that needs it, mid-run
        _warm = True


def process(unit: Unit) -> Done:
    """Read and extract one unit, and draft its events: the costly part, run in a worker."""
    load_pipeline()
    item = _read(unit)
    ex = pipeline.run(item)
    if ex.article is None:
        return Done(unit.key, ex)
    return Done(unit.key, ex, text_id(ex.article.text), dedup.signature(ex.article.text),
                ev.article_events(ex))


def process_chunk(chunk: list[Unit]) -> list[Done]:
    """`process` over a few units in one task."""
    return [process(u) for u in chunk]


def _read(unit: Unit) -> Article | Rejection:
    p = unit.payload
    if isinstance(p, Record):
        return read_record(p)
    if isinstance(p, Entry):
        return read_entry(p)
    if isinstance(p, tuple):
        path, raw = p
        if path.lower().endswith(HTML_EXTS):
            return read_html_bytes(raw, origin=path)
        return read_bytes(raw, origin=path)
    return p


# -- the journal of done units -------------------------------------------------------

class Journal:
    """Which units are done, and what dedup must remember between runs (SQLite)."""

    def __init__(self, path: str):
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.executescript("""
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=FULL;
            CREATE TABLE IF NOT EXISTS done (key TEXT PRIMARY KEY, status TEXT NOT NULL,
                article TEXT);
            CREATE TABLE IF NOT EXISTS seen (what TEXT PRIMARY KEY, article TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS sigs (n INTEGER PRIMARY KEY, article TEXT NOT NULL,
                sig BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER,
                mtime REAL);
            CREATE TABLE IF NOT EXISTS syndicated (article TEXT PRIMARY KEY,
                original TEXT NOT NULL, similarity REAL NOT NULL);
        """)

    def done_keys(self) -> set[str]:
        return {k for (k,) in self.db.execute("SELECT key FROM done")}

    def seen(self, *whats: str | None) -> str | None:
        for w in whats:
            if w:
                row = self.db.execute("SELECT article FROM seen WHERE what=?", (w,)).fetchone()
                if row:
                    return row[0]
        return None

    def index(self) -> dedup.Index:
        ix = dedup.Index()
        for art, sig in self.db.execute("SELECT article, sig FROM sigs ORDER BY n"):
            ix.add(art, sig)
        return ix

    def finish(self, key: str, status: str, article: str | None = None,
               seen: Iterable[str] = (), sig: bytes | None = None,
               near: tuple[str, float] | None = None) -> None:
        """Record one unit as done, with its dedup keys, in one transaction."""
        self.finish_many([(key, status, article, tuple(seen), sig, near)])

    def finish_many(self, entries: Iterable[tuple], files: Iterable[str] = ()) -> None:
        """Record units as done (`finish`'s arguments, one tuple each) and files as fully
        handled, all in one transaction: written after the store's group commit."""
        with self.db:
            for key, status, article, seen, sig, near in entries:
                self.db.execute("INSERT OR REPLACE INTO done VALUES (?,?,?)",
                                (key, status, article))
                if near:
                    self.db.execute("INSERT OR REPLACE INTO syndicated VALUES (?,?,?)",
                                    (article, *near))
                for w in seen:
                    self.db.execute("INSERT OR IGNORE INTO seen VALUES (?,?)", (w, article))
                if sig is not None:
                    self.db.execute("INSERT INTO sigs (article, sig) VALUES (?,?)",
                                    (article, sig))
            for path in files:
                if os.path.isfile(path):
                    st = os.stat(path)
                    self.db.execute("INSERT OR REPLACE INTO files VALUES (?,?,?)",
                                    (path, st.st_size, st.st_mtime))

    def syndicated(self) -> dict[str, str]:
        """Each near-copy's article id -> the id of the story's first telling."""
        return dict(self.db.execute("SELECT article, original FROM syndicated"))

    def file_done(self, path: str) -> bool:
        st = os.stat(path)
        row = self.db.execute("SELECT size, mtime FROM files WHERE path=?", (path,)).fetchone()
        return row == (st.st_size, st.st_mtime)

    def finish_file(self, path: str) -> None:
        self.finish_many([], [path])

    def close(self) -> None:
        self.db.close()


def journal_path(store_url: str) -> str:
    """The default journal: beside a SQLite store, else in the user's state folder."""
    if "://" not in store_url or store_url.startswith("sqlite:///"):
        return store_url.removeprefix("sqlite:///") + ".batch"
    state = os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state")
    os.makedirs(os.path.join(state, "tollbook"), exist_ok=True)
    name = hashlib.sha256(store_url.encode()).hexdigest()[:16]
    return os.path.join(state, "tollbook", f"batch-{name}.sqlite")


# -- executors -----------------------------------------------------------------------

class _Inline:
    """One worker, in this process: no pool to start, the same results in the same order."""

    def submit(self, fn, *args) -> Future:
        f: Future = Future()
        f.set_result(fn(*args))
        return f

    def close(self) -> None:
        pass


class _Pool:
    def __init__(self, workers: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # forkserver: workers start from a clean interpreter, not a copy of a parent
        # that may hold open database connections and threads.
        self.pool = ProcessPoolExecutor(workers, initializer=load_pipeline,
                                        mp_context=multiprocessing.get_context("forkserver"))

    def submit(self, fn, *args) -> Future:
        return self.pool.submit(fn, *args)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class _Dask:
    def __init__(self, address: str, workers: int):
        from distributed import Client, LocalCluster

        if address == "local":
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                        host="127.0.0.1", dashboard_address=None)
            self.client = Client(self.cluster)
        else:
            self.cluster = None
            self.client = Client(address)
        from .dask_plugin import PipelinePlugin  # (distributed is imported only for Dask)

        self.client.register_plugin(PipelinePlugin(), name="tollbook-pipeline")

    def submit(self, fn, *args):
        return self.client.submit(fn, *args, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def executor(workers: int | None, cluster: str | None):
    """The backend for these options: inline, a local process pool, or Dask."""
    workers = workers or os.cpu_count() or 1
    if cluster:
        return _Dask(cluster, workers)
    return _Inline() if workers == 1 else _Pool(workers)


# -- the runner ----------------------------------------------------------------------

class Batch:
    """A store, its journal and a backend, kept open across runs (for `watch`)."""

    def __init__(self, store_url: str, *, workers: int | None = None,
                 cluster: str | None = None, journal: str | None = None):
        from .store import open_store

        self.store = open_store(store_url)
        self.journal = Journal(journal or journal_path(store_url))
        self.done = self.journal.done_keys()
        self.index = self.journal.index()
        self.workers = workers or os.cpu_count() or 1
        self.exec = executor(workers, cluster)
        # The open group commit: its store transaction, and what the journal records
        # once it has committed (units, their dedup keys, fully handled files).
        self._group: contextlib.ExitStack | None = None
        self._since = 0.0
        self._entries: list[tuple] = []
        self._files: list[str] = []
        self._seen: dict[str, str] = {}  # dedup keys of the open group -> article id
        # When the first result came back (time.monotonic): what came before it is
        # starting the workers and loading the pipeline, for benchmarks to set apart.
        self.first_result: float | None = None

    def close(self) -> None:
        self.exec.close()
        self.journal.close()
        close = getattr(self.store, "close", None)
        if close:
            close()

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def run(self, files: list[str], *, progress: bool = True,
            summary: Summary | None = None) -> Summary:
        """Process every unit of these files not done before; returns the counts."""
        summary = summary or Summary()
        todo = [f for f in files if not (os.path.isfile(f) and self.journal.file_done(f))]
        bar = counter = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=None, unit="art", dynamic_ncols=True, smoothing=0.05)
            counter = _Counter(todo, self.done)
        # Futures in input order, each chunk followed by the files whose last unit it
        # holds: a file is finished once all its units are handled, not just submitted.
        window: collections.deque[Future | str] = collections.deque()
        # Chunks in flight: two per worker and two more, so a worker never waits for the
        # writer to take a finished chunk before it gets the next (results are taken in
        # input order, and the head chunk may be a slower worker's).
        inflight = 2 * self.workers + 2
        chunk: list[Unit] = []
        ended: list[str] = []

        def submit() -> None:
            if chunk:
                window.append(self.exec.submit(process_chunk, list(chunk)))
                chunk.clear()
            window.extend(ended)
            ended.clear()
            while sum(not isinstance(x, str) for x in window) >= inflight:
                self._pop(window, summary, bar, counter)

        try:
            for path in todo:
                for unit in units(path):
                    if unit.key in self.done:
                        summary.skipped += 1
                        continue
                    chunk.append(unit)
                    if len(chunk) >= CHUNK:
                        submit()
                ended.append(path)
            submit()
            while window:
                self._pop(window, summary, bar, counter)
            self._commit()
        except BaseException:
            self._abandon()
            raise
        finally:
            if bar is not None:
                bar.close()
        summary.events = self.store.stats()["events"]
        return summary

    def _pop(self, window, summary: Summary, bar, counter) -> None:
        head = window.popleft()
        if isinstance(head, str):
            self._files.append(head)  # journalled with the group that holds its end
            return
        results = head.result()
        if self.first_result is None:
            self.first_result = time.monotonic()
        for done in results:
            self._handle(done, summary)
            if bar is not None:
                if bar.total is None and counter.total is not None:
                    bar.total = counter.total
                bar.update(1)
                bar.set_postfix(rejected=sum(summary.rejected.values()), refresh=False)
        if (len(self._entries) >= GROUP
                or time.monotonic() - self._since >= GROUP_SECONDS):
            self._commit()

    def _open(self) -> None:
        if self._group is None:
            self._group = contextlib.ExitStack()
            self._group.enter_context(self.store.group())
            self._since = time.monotonic()

    def _commit(self) -> None:
        """Commit the group in the store, then journal it: never the other way round."""
        if self._group is not None:
            self._group.close()
            self._group = None
        if self._entries or self._files:
            self.journal.finish_many(self._entries, self._files)
        self._entries, self._files = [], []
        self._seen.clear()

    def _abandon(self) -> None:
        """Roll the open group back (an error, Ctrl-C): none of it was journalled."""
        import sys

        if self._group is not None:
            try:
                self._group.__exit__(*sys.exc_info())
            finally:
                self._group = None
        self.done -= {e[0] for e in self._entries}
        self._entries, self._files = [], []
        self._seen.clear()

    def _first(self, *whats: str | None) -> str | None:
        for w in whats:
            if w and w in self._seen:
                return self._seen[w]
        return self.journal.seen(*whats)

    def _handle(self, done: Done, summary: Summary) -> None:
        """Dedup, store and queue for the journal one result, in input order."""
        self._open()
        ex = done.extraction
        if ex.article is None:
            self.store.record_rejection(ex.rejection)
            self._entries.append((done.key, ex.rejection.code, None, (), None, None))
            summary.rejected[ex.rejection.code] += 1
        else:
            art = ex.article
            url = f"url:{art.url}" if art.url else None
            first = self._first(f"text:{done.text_hash}", url)
            if first:
                rej = Rejection(art.id, "E116", f"same URL or text as {first}", art.origin)
                self.store.record_rejection(rej)
                self._entries.append((done.key, "E116", first, (), None, None))
                summary.rejected["E116"] += 1
            else:
                near = self.index.original_of(done.sig)
                near = near if near and near[0] != art.id else None
                original = near[0] if near else None
                self.store.ingest(ex, syndicated_of=original, drafted=done.drafted)
                seen = (f"text:{done.text_hash}",) + ((url,) if url else ())
                self._entries.append((done.key, "ok", art.id, seen, done.sig, near))
                self._seen.update(dict.fromkeys(seen, art.id))
                self.index.add(art.id, done.sig)
                summary.articles += 1
                summary.claims += len(ex.claims)
                summary.syndicated += original is not None
        self.done.add(done.key)


class _Counter:
    """Counts the units left to do in a thread of its own, for the progress bar's total:
    work starts at once instead of after a first pass over every input."""

    def __init__(self, files: list[str], done: set[str]):
        self.total: int | None = None
        done = set(done)  # a copy: the runner adds to its own as it goes
        thread = threading.Thread(target=self._count, args=(files, done), daemon=True)
        thread.start()

    def _count(self, files: list[str], done: set[str]) -> None:
        self.total = sum(1 for f in files for u in units(f) if u.key not in done)


def run(inputs: Iterable[str], store_url: str, *, workers: int | None = None,
        cluster: str | None = None, progress: bool = True,
        journal: str | None = None) -> Summary:
    """Ingest every document in the inputs (files or folders) into the store."""
    files = discover(inputs)
    if not files:
        raise InputError("E110", "no input files")
    with Batch(store_url, workers=workers, cluster=cluster, journal=journal) as b:
        return b.run(files, progress=progress)


def watch(folder: str, store_url: str, *, workers: int | None = None,
          cluster: str | None = None, progress: bool = False, journal: str | None = None,
          interval: float = 2.0, max_seconds: float | None = None,
          once: bool = False) -> Summary:
    """Ingest files as they arrive in a folder, polling every `interval` seconds.

    A file is read once its size and modification time have held still for one poll,
    so a file still being copied in is not read half-written.
    """
    summary = Summary()
    sizes: dict[str, tuple[int, float]] = {}
    start = time.monotonic()
    with Batch(store_url, workers=workers, cluster=cluster, journal=journal) as b:
        while True:
            ready = []
            for f in discover([folder]):
                try:
                    st = os.stat(f)
                except FileNotFoundError:
                    continue
                now = (st.st_size, st.st_mtime)
                if (once or sizes.get(f) == now) and not b.journal.file_done(f):
                    ready.append(f)
                sizes[f] = now
            if ready:
                b.run(ready, progress=progress, summary=summary)
            if once or (max_seconds is not None and time.monotonic() - start >= max_seconds):
                return summary
            time.sleep(interval)
