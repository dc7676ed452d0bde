"""The per-document time budget: a watchdog that stops work wherever it is.

Used around extraction (pipeline.run) and around reading HTML (read.html), the two places
where a hostile document can make pure-Python work run for minutes.
"""

from __future__ import annotations

import ctypes
import threading
import time


class OverBudget(BaseException):
    """Raised into the working thread by Watchdog (BaseException: no stage's
    `except Exception` may swallow it)."""


class Watchdog:
    """Stops extraction `seconds` after it started, wherever it is in pure Python.

    The deadline checks between stages cannot stop a stage that is itself slow (a
    grammar rule that is quadratic in a 5 MB sentence took minutes), so a watcher thread
    raises OverBudget into the extracting thread. It is delivered between bytecodes:
    a single long C call (one regex, one spaCy call) still finishes first.

    One watcher thread serves every extracting thread of the process (a timer thread per
    article cost about a millisecond each, a tenth of an article's extraction time).
    """

    GRACE = 0.5  # the stage checks get the first chance, with their better message
    TICK = 0.05  # how often the watcher looks at the deadlines

    _lock = threading.Lock()
    _deadlines: dict[int, float] = {}  # thread id -> monotonic deadline
    RETRY = 0.5  # raised again while still running: a delivery can be swallowed
    _fired: dict[int, float] = {}  # thread id -> when OverBudget was last raised into it
    _thread: threading.Thread | None = None

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.tid = threading.get_ident()

    @classmethod
    def _watch(cls) -> None:
        while True:
            time.sleep(cls.TICK)
            now = time.monotonic()
            with cls._lock:
                for tid, deadline in list(cls._deadlines.items()):
                    # Raised again after RETRY: delivered inside a gc callback or a
                    # __del__, the exception is "unraisable" and swallowed (seen under
                    # hypothesis, whose gc callback got it), and extraction ran on.
                    if now > deadline and now - cls._fired.get(tid, -1e9) > cls.RETRY:
                        cls._fired[tid] = now
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(
                            ctypes.c_ulong(tid), ctypes.py_object(OverBudget))

    def __enter__(self) -> Watchdog:
        if self.seconds:
            cls = type(self)
            with cls._lock:
                cls._deadlines[self.tid] = time.monotonic() + self.seconds + self.GRACE
                if cls._thread is None or not cls._thread.is_alive():
                    cls._thread = threading.Thread(target=cls._watch, daemon=True,
                                                   name="tollbook-watchdog")
                    cls._thread.start()
        return self

    def __exit__(self, *exc) -> bool:
        if self.seconds:
            cls = type(self)
            with cls._lock:
                cls._deadlines.pop(self.tid, None)
                if cls._fired.pop(self.tid, None) is not None:  # maybe not delivered yet
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.tid), None)
        return False
