"""The Dask worker plugin: its own module, so that a process pool's workers (and every
other user of tollbook.batch) never import distributed, which takes a quarter of a second."""

from __future__ import annotations

from distributed import WorkerPlugin

from .batch import load_pipeline


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline once on every Dask worker, including workers that join later."""

    def setup(self, worker) -> None:
        load_pipeline()
