"""Shared fixtures: the bundled dataset and a fixed 'today' so that answers do not drift."""

from __future__ import annotations

import datetime as dt

import pytest

import hrd_mechanisms as hm

#: Every test judges on this date, so that deadlines and memberships give the same answer every day.
ON = dt.date(2026, 11, 30)


@pytest.fixture(scope="session")
def ds() -> hm.Dataset:
    return hm.load()
