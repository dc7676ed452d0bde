"""Shared fixtures: paths to ../shared, and the real services CI starts.

Tests that need ../shared, PostgreSQL or Chromium skip with a reason when run outside CI
without them; under CI (CI=true) a missing service is a failure, never a silent skip.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI") == "true"


def _need(ok: bool, what: str) -> None:
    if ok:
        return
    if IN_CI:
        pytest.fail(f"{what} is missing in CI: .ci/run must provide it")
    pytest.skip(f"{what} is not available here")


@pytest.fixture(scope="session")
def shared() -> Path:
    _need(SHARED.is_dir(), f"{SHARED} (the shared gold and dev data)")
    return SHARED


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = os.environ.get("TOLLBOOK_TEST_PG")
    _need(bool(url), "PostgreSQL (TOLLBOOK_TEST_PG; source .ci/postgres.sh)")
    return url


@pytest.fixture(scope="session")
def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    _need(bool(path), "Debian's chromium")
    return path
