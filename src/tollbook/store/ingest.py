"""Files, folders and JSONL into the store: read, extract, store, one article at a time."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from .. import pipeline
from ..errors import InputError
from ..model import Rejection
from ..read import read_path
from . import IngestResult, Store

READABLE = (".txt", ".text", ".html", ".htm", ".jsonl")


@dataclass
class Summary:
    """What an ingest run did, for the summary line and for scripts."""

    articles: int = 0  # articles added or replaced
    unchanged: int = 0  # articles already stored as they are
    replaced: int = 0  # articles stored before with another text (edited versions)
    claims: int = 0  # claims stored
    events_created: set[int] = field(default_factory=set)  # new events
    events_updated: set[int] = field(default_factory=set)  # stored events reported on again
    area_totals: int = 0  # area totals and cumulative tolls stored
    rejected: Counter = field(default_factory=Counter)  # code -> documents refused

    def add(self, r: IngestResult) -> None:
        if r.status == "rejected":
            self.rejected[r.rejection_code] += 1
            return
        if r.status == "unchanged":
            self.unchanged += 1
            return
        self.articles += 1
        self.replaced += r.status == "replaced"
        self.claims += r.claims
        self.area_totals += r.area_totals
        self.events_created.update(r.events_created)
        self.events_updated.update(set(r.events_updated) - self.events_created)

    def to_dict(self) -> dict:
        return {"articles": self.articles, "unchanged": self.unchanged,
                "replaced": self.replaced, "claims": self.claims,
                "events_created": len(self.events_created),
                "events_updated": len(self.events_updated),
                "area_totals": self.area_totals, "rejected": dict(sorted(self.rejected.items()))}


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Input paths with folders replaced by the readable files in them, sorted."""
    for path in inputs:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(READABLE):
                        yield os.path.join(root, name)
        else:
            yield path


def ingest_inputs(store: Store, inputs: Iterable[str], published: date | None = None,
                  on_result: Callable[[IngestResult], None] | None = None) -> Summary:
    """Read, extract and store every article in `inputs`; unreadable files are recorded
    as rejections, never dropped."""
    summary = Summary()
    for path in expand(inputs):
        try:
            items = list(read_path(path, published))
        except InputError as e:
            items = [Rejection(path, e.code, e.detail or e.message, path)]
        for item in items:
            result = store.ingest(pipeline.run(item))
            summary.add(result)
            if on_result:
                on_result(result)
    return summary
