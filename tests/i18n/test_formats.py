"""Dates read as people in Kazakhstan write them, in each language (Django has no kk formats)."""

import datetime as dt

import pytest
from django.utils import translation
from django.utils.formats import date_format

WHEN = dt.datetime(2026, 12, 3, 9, 5)


@pytest.mark.parametrize(
    ("language", "date", "datetime"),
    [
        ("kk", "03.12.2026", "03.12.2026, 09:05"),
        ("ru", "3 декабря 2026 г.", "3 декабря 2026 г. 9:05"),
        ("en", "3 December 2026", "3 December 2026, 09:05"),
    ],
)
def test_dates_are_day_first_with_a_24_hour_clock(language, date, datetime):
    with translation.override(language):
        assert date_format(WHEN.date()) == date
        assert date_format(WHEN, "DATETIME_FORMAT") == datetime
