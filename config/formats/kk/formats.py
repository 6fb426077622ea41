"""Kazakh date formats (Django ships none for kk, so it fell back to US month-first, 12-hour).

Numeric day.month.year and a 24-hour clock, as Kazakh official documents write them; a month name
in the middle of a sentence would need the Kazakh case forms Django's catalogue lacks.
"""

DATE_FORMAT = "d.m.Y"
DATETIME_FORMAT = "d.m.Y, H:i"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%Y-%m-%d"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
