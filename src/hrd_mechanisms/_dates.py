"""Date arithmetic the rules need (calendar months, as treaties count them)."""

from __future__ import annotations

import datetime as dt

_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_length(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month - 1]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day when it has no such day.

    >>> add_months(dt.date(2025, 8, 31), 6)
    datetime.date(2026, 2, 28)
    >>> add_months(dt.date(2023, 8, 31), 6)
    datetime.date(2024, 2, 29)
    """
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, _month_length(year, month)))


def parse_date(value: object) -> dt.date | None:
    """A date from a ``datetime.date`` (not a datetime) or an ISO ``YYYY-MM-DD`` string; ``None`` otherwise.

    >>> parse_date("2026-11-30"), parse_date("30/11/2026")
    (datetime.date(2026, 11, 30), None)
    """
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None
